"""The nlp layer's public API as the service layer calls it."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

from desktop.domain import FactKind
from desktop.nlp import extract, extract_many, is_limited, pipeline_info


def test_importing_the_api_does_not_import_spacy() -> None:
    code = "import sys, desktop.nlp; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_extract_seed_cards_quote_the_body(seed_body: str) -> None:
    cards = extract(seed_body, "de", dt.date(2022, 3, 6))
    kinds = {c.kind for c in cards}
    assert {FactKind.ACTOR, FactKind.ORGANISATION, FactKind.PLACE, FactKind.DATE} <= kinds
    for card in cards:
        assert card.mentions, card
        assert all(m.is_valid_in(seed_body) for m in card.mentions), card


def test_extract_many_keeps_order_across_languages(seed_body: str) -> None:
    english = "Russian President Vladimir Putin spoke to Reuters in Moscow on Friday."
    results = extract_many([(english, "en", None), (seed_body, "de", None), ("", "en", None)])
    assert len(results) == 3
    assert (FactKind.ACTOR, "Vladimir Putin") in {(c.kind, c.label) for c in results[0]}
    assert (FactKind.ACTOR, "Nicolas Maduro") in {(c.kind, c.label) for c in results[1]}
    assert results[2] == []
    assert results[1] == extract(seed_body, "de")


def test_pipeline_info_and_limits() -> None:
    assert pipeline_info("en").language == "en"
    assert not is_limited("en")
    assert is_limited("sv")
