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
