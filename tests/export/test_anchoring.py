"""Annotations back onto an article: re-anchored by quote, unfound ones reported."""

from __future__ import annotations

import datetime as dt
import json

from export_fixtures import BODY

from desktop.domain import Verdict
from desktop.export.anchoring import QuoteTarget, anchor, place_claims, read_claim_annotations
from desktop.export.jsonld import render_jsonld

MOMENT = dt.datetime(2026, 3, 2, 10, 0)


def test_shifted_text_still_lands_on_the_quoted_words(article, cards, claims):
    exported = render_jsonld([(article, cards, claims)], MOMENT)
    found, broken = read_claim_annotations(exported)
    assert not broken
    shifted = "EILMELDUNG: Neue Fassung des Berichts.\n\n" + BODY
    placed, present, lost = place_claims(shifted, found, set())
    assert not lost and present == 0
    assert len(placed) == len(claims)
    for item in placed:
        assert item.moved
        assert shifted[item.span.start : item.span.end] == item.annotation.target.exact


def test_annotation_fields_survive_the_round_trip(article, cards, claims):
    found, _ = read_claim_annotations(render_jsonld([(article, cards, claims)], MOMENT))
    by_quote = {a.target.exact: a for a in found}
    mostly = by_quote["Venezuela machte am 25. Februar die Vereinigten Staaten und die NATO"]
    assert mostly.verdict is Verdict.MOSTLY_TRUE
    assert mostly.claimant == "Interfax"
    assert mostly.reviewer == "A. Prüferin"
    assert mostly.tags == ("ukraine", "venezuela")
    assert mostly.evidence == (("https://example.org/interfax-2022-02-25", None),)
    false = by_quote["sie die Sanktionen nicht aufheben wird"]
    assert false.evidence == ((None, "Press briefing, 7 March"),)


def test_repeated_quote_is_told_apart_by_its_context():
    body = "Er sagte: Ja. Dann kam Nein. Später sagte sie: Ja. Ende."
    second = body.rindex("Ja")
    target = QuoteTarget("Ja", prefix="Später sagte sie: ", suffix=". Ende", start=3, end=5)
    span = anchor(body, target)
    assert span is not None and span.start == second


def test_reflowed_whitespace_still_matches():
    body = "Die Regierung hat\ndarauf  bestanden."
    span = anchor(body, QuoteTarget("hat darauf bestanden"))
    assert span is not None and span.text == "hat\ndarauf  bestanden"


def test_a_quote_that_is_gone_is_reported_not_dropped():
    document = {
        "type": "Annotation",
        "id": "urn:x:1",
        "motivation": "assessing",
        "body": [{"type": "TextualBody", "purpose": "assessing", "value": "False"}],
        "target": {
            "source": "urn:x",
            "selector": {"type": "TextQuoteSelector", "exact": "Mondlandung war gefälscht"},
        },
    }
    found, _ = read_claim_annotations(json.dumps([document]))
    placed, _, lost = place_claims(BODY, found, set())
    assert placed == []
    assert [(u.annotation_id, u.reason) for u in lost] == [("urn:x:1", "quote not found")]


def test_claims_already_on_the_article_are_not_added_twice(article, cards, claims):
    found, _ = read_claim_annotations(render_jsonld([(article, cards, claims)], MOMENT))
    existing = {(c.start, c.end) for c in claims}
    placed, present, lost = place_claims(BODY, found, existing)
    assert placed == [] and present == len(claims) and lost == []
