"""JSON-LD: claims as W3C Web Annotations and schema.org ClaimReviews, cards as tags."""

from __future__ import annotations

import datetime as dt
import json

from export_fixtures import BODY

from desktop.export.jsonld import ANNO_CONTEXT, SCHEMA_CONTEXT, build_jsonld, render_jsonld

MOMENT = dt.datetime(2026, 3, 2, 10, 0)


def _graph(article, cards, claims):
    return build_jsonld([(article, cards, claims)], MOMENT)["@graph"]


def _nodes(graph, kind):
    return [n for n in graph if n.get("type") == kind or n.get("@type") == kind]


def test_each_claim_is_an_assessing_annotation_with_quote_and_position(article, cards, claims):
    annotations = [
        n
        for n in _nodes(_graph(article, cards, claims), "Annotation")
        if n["motivation"] == "assessing"
    ]
    assert len(annotations) == len(claims)
    for note in annotations:
        assert note["@context"] == ANNO_CONTEXT
        assert note["id"].startswith("urn:factsheet:article:")
        target = note["target"]
        assert target["source"] == f"urn:factsheet:article:{article.body_hash}"
        quote, position = target["selector"]
        assert quote["type"] == "TextQuoteSelector"
        assert position["type"] == "TextPositionSelector"
        assert BODY[position["start"] : position["end"]] == quote["exact"]
        assert BODY[: position["start"]].endswith(quote["prefix"])
        assert BODY[position["end"] :].startswith(quote["suffix"])
        assert 0 < len(quote["prefix"]) <= 32
        assert any(b["purpose"] == "assessing" for b in note["body"])


def test_each_claim_is_a_claim_review_of_the_article(article, cards, claims):
    reviews = _nodes(_graph(article, cards, claims), "ClaimReview")
    assert len(reviews) == len(claims)
    by_quote = {r["claimReviewed"]: r for r in reviews}
    review = by_quote["Venezuela machte am 25. Februar die Vereinigten Staaten und die NATO"]
    assert review["@context"] == SCHEMA_CONTEXT
    assert review["reviewRating"]["alternateName"] == "Mostly true"
    assert review["reviewRating"]["ratingValue"] == 4
    assert review["author"] == {"@type": "Person", "name": "A. Prüferin"}
    item = review["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["author"]["name"] == "Interfax"
    appearance = item["appearance"]
    assert appearance["@type"] == "NewsArticle"
    assert appearance["headline"] == article.title
    assert appearance["datePublished"] == "2022-03-06"
    assert appearance["publisher"]["name"] == "Reuters"


def test_active_cards_are_tag_annotations_and_rejected_ones_are_absent(article, cards, claims):
    graph = _graph(article, cards, claims)
    tags = [
        b["value"]
        for n in _nodes(graph, "Annotation")
        if n["motivation"] in ("tagging", "identifying")
        for b in n["body"]
    ]
    assert "actor:Nicolas Maduro" in tags
    assert "date:25. Februar" in tags
    assert not any("Rejected Person" in t for t in tags)
    place = next(
        n for n in _nodes(graph, "Annotation") if n["body"][0]["value"] == "place:Venezuela"
    )
    assert place["motivation"] == "identifying"
    assert len(place["target"]) == 2  # one target per mention


def test_export_is_plain_json_without_markup(article, cards, claims):
    text = render_jsonld([(article, cards, claims)], MOMENT)
    data = json.loads(text)
    assert data["dateCreated"] == "2026-03-02T10:00:00Z"
    assert "<script" not in text
