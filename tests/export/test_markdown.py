"""Markdown: a golden file from hand-made input, and the seed article."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from export_fixtures import make_article, make_cards, make_claims

from desktop.export.markdown import escape, render_markdown
from desktop.export.sheet import build_fact_sheet

GOLDEN = Path(__file__).parent / "golden" / "seed_sheet.md"


def test_markdown_matches_the_golden_file():
    sheet = build_fact_sheet(
        [(make_article(), make_cards(), make_claims())], dt.datetime(2026, 3, 2, 10, 0)
    )
    rendered = render_markdown(sheet)
    if os.environ.get("FACTSHEET_UPDATE_GOLDEN"):
        GOLDEN.write_text(rendered, encoding="utf-8")
    assert rendered == GOLDEN.read_text(encoding="utf-8")


def test_markdown_escapes_article_text_that_looks_like_markup():
    assert escape("a|b *c* [d]") == r"a\|b \*c\* \[d\]"


def test_dossier_markdown_lists_articles_then_the_index_then_each_article():
    second = make_article(2, title="Zweiter Artikel", body_hash="ab" * 32, agency="dpa")
    sheet = build_fact_sheet(
        [
            (make_article(), make_cards(), make_claims()),
            (second, make_cards(article_id=2)[:1], []),
        ],
        dt.datetime(2026, 3, 2, 10, 0),
    )
    text = render_markdown(sheet)
    assert "2. Zweiter Artikel — dpa · 2022-03-06" in text
    assert "| Nicolas Maduro | Actor | 1, 2 |" in text
    assert text.index("## Index of actors and sources") < text.index("## 1. US-Beamte")
    assert text.index("## 1. US-Beamte") < text.index("## 2. Zweiter Artikel")
    assert text.count("### Metadata") == 2
