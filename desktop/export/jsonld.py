"""Claims and cards in open standards: W3C Web Annotations and schema.org ClaimReview.

The document is one JSON-LD ``@graph``. Every node carries its own ``@context``, so each
annotation can be lifted out and posted to any Web Annotation server as it is, and each
ClaimReview can be embedded in a web page. It is plain data: no scripts, no markup.

Mapping of a claim onto a Web Annotation (motivation ``assessing``):
- the verdict is a TextualBody with purpose ``assessing`` (value: the verdict's label);
- the claimant a TextualBody with purpose ``identifying``; the note ``commenting``;
  each tag ``tagging``; each evidence URL a SpecificResource with purpose ``linking``
  (a citation without URL is a ``linking`` TextualBody); the reviewer is the ``creator``.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from typing import Any

from desktop.domain import ArticleDetail, CardState, CardView, ClaimView, FactKind, Verdict
from desktop.export.sheet import VERDICT_LABELS, article_uri

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
SCHEMA_CONTEXT = "https://schema.org"
SELECTOR_CONTEXT_CHARS = 32
# schema.org ratings run worst 1 … best 5; verdicts without a place on that scale
# (unverified, unverifiable) carry only their name.
RATING_VALUES: Mapping[Verdict, int] = {
    Verdict.FALSE: 1,
    Verdict.MISLEADING: 2,
    Verdict.MIXED: 3,
    Verdict.MOSTLY_TRUE: 4,
    Verdict.TRUE: 5,
}
# Names and places are identified; dates, sanctions are tagged.
_IDENTIFYING = {FactKind.ACTOR, FactKind.ORGANISATION, FactKind.PLACE, FactKind.SOURCE}

ArticleParts = tuple[ArticleDetail, Sequence[CardView], Sequence[ClaimView]]


def render_jsonld(parts: Sequence[ArticleParts], generated_at: dt.datetime | None = None) -> str:
    return json.dumps(build_jsonld(parts, generated_at), ensure_ascii=False, indent=2) + "\n"


def build_jsonld(
    parts: Sequence[ArticleParts], generated_at: dt.datetime | None = None
) -> dict[str, Any]:
    moment = generated_at or dt.datetime.now(dt.UTC).replace(microsecond=0)
    graph: list[dict[str, Any]] = []
    for article, cards, claims in parts:
        active = [c for c in cards if c.state is CardState.ACTIVE]
        by_id = {c.id: c for c in active}
        graph.extend(claim_annotation(article, claim, by_id) for claim in claims)
        graph.extend(claim_review(article, claim, by_id) for claim in claims)
        graph.extend(card_annotation(article, card) for card in active if card.mentions)
    return {"@context": SCHEMA_CONTEXT, "dateCreated": _iso(moment), "@graph": graph}


# -- selectors ------------------------------------------------------------------------------


def text_target(article: ArticleDetail, start: int, end: int) -> dict[str, Any]:
    """A target that survives edits: the quote with its context, and its position."""
    body = article.body
    return {
        "source": article_uri(article),
        "selector": [
            {
                "type": "TextQuoteSelector",
                "exact": body[start:end],
                "prefix": body[max(0, start - SELECTOR_CONTEXT_CHARS) : start],
                "suffix": body[end : end + SELECTOR_CONTEXT_CHARS],
            },
            {"type": "TextPositionSelector", "start": start, "end": end},
        ],
    }


# -- claims ---------------------------------------------------------------------------------


def claim_annotation(
    article: ArticleDetail, claim: ClaimView, cards: Mapping[int, CardView]
) -> dict[str, Any]:
    bodies: list[dict[str, Any]] = [
        _textual("assessing", VERDICT_LABELS[claim.verdict]),
    ]
    claimant = _claimant_name(claim, cards)
    if claimant:
        bodies.append(_textual("identifying", claimant))
    if claim.note.strip():
        bodies.append(_textual("commenting", claim.note.strip()))
    bodies.extend(_textual("tagging", tag) for tag in claim.tags)
    for evidence in claim.evidence:
        if evidence.url:
            bodies.append(
                {"type": "SpecificResource", "purpose": "linking", "source": evidence.url}
            )
        elif evidence.citation:
            bodies.append(_textual("linking", evidence.citation))
    annotation: dict[str, Any] = {
        "@context": ANNO_CONTEXT,
        "id": f"{_urn(article)}:claim:{claim.id}",
        "type": "Annotation",
        "motivation": "assessing",
        "created": _iso(claim.created_at),
        "modified": _iso(claim.updated_at),
        "body": bodies,
        "target": text_target(article, claim.start, claim.end),
    }
    if claim.reviewer:
        annotation["creator"] = {"type": "Person", "name": claim.reviewer}
    return annotation


def claim_review(
    article: ArticleDetail, claim: ClaimView, cards: Mapping[int, CardView]
) -> dict[str, Any]:
    rating: dict[str, Any] = {
        "@type": "Rating",
        "alternateName": VERDICT_LABELS[claim.verdict],
        "worstRating": 1,
        "bestRating": 5,
    }
    if claim.verdict in RATING_VALUES:
        rating["ratingValue"] = RATING_VALUES[claim.verdict]
    item: dict[str, Any] = {"@type": "Claim", "appearance": news_article(article)}
    claimant = _claimant_name(claim, cards)
    if claimant:
        item["author"] = {"@type": _claimant_type(claim, cards), "name": claimant}
    review: dict[str, Any] = {
        "@context": SCHEMA_CONTEXT,
        "@type": "ClaimReview",
        "@id": f"{_urn(article)}:claimreview:{claim.id}",
        "claimReviewed": claim.quote,
        "datePublished": claim.updated_at.date().isoformat(),
        "reviewRating": rating,
        "itemReviewed": item,
    }
    if claim.reviewer:
        review["author"] = {"@type": "Person", "name": claim.reviewer}
    if claim.note.strip():
        review["reviewBody"] = claim.note.strip()
    citations = [e.url or e.citation for e in claim.evidence if e.url or e.citation]
    if citations:
        review["citation"] = citations
    return review


def news_article(article: ArticleDetail) -> dict[str, Any]:
    node: dict[str, Any] = {
        "@type": "NewsArticle",
        "@id": article_uri(article),
        "headline": article.title,
        "inLanguage": article.language,
    }
    if article.source_url:
        node["url"] = article.source_url
    if article.published_on:
        node["datePublished"] = article.published_on.isoformat()
    publisher = article.agency or article.site
    if publisher:
        node["publisher"] = {"@type": "Organization", "name": publisher}
    if article.author:
        node["author"] = {"@type": "Person", "name": article.author}
    return node


def _claimant_name(claim: ClaimView, cards: Mapping[int, CardView]) -> str:
    card = cards.get(claim.claimant_card_id) if claim.claimant_card_id is not None else None
    return card.label if card else (claim.claimant_text or "").strip()


def _claimant_type(claim: ClaimView, cards: Mapping[int, CardView]) -> str:
    card = cards.get(claim.claimant_card_id) if claim.claimant_card_id is not None else None
    if card is not None and card.kind in (FactKind.ORGANISATION, FactKind.SOURCE):
        return "Organization"
    return "Person"


# -- cards ----------------------------------------------------------------------------------


def card_annotation(article: ArticleDetail, card: CardView) -> dict[str, Any]:
    mentions = sorted(card.mentions, key=lambda m: m.start)
    return {
        "@context": ANNO_CONTEXT,
        "id": f"{_urn(article)}:card:{card.id}",
        "type": "Annotation",
        "motivation": "identifying" if card.kind in _IDENTIFYING else "tagging",
        "body": [_textual("tagging", f"{card.kind.value}:{card.label}")],
        "target": [text_target(article, m.start, m.end) for m in mentions],
    }


def _textual(purpose: str, value: str) -> dict[str, Any]:
    return {"type": "TextualBody", "purpose": purpose, "value": value, "format": "text/plain"}


def _urn(article: ArticleDetail) -> str:
    return f"urn:factsheet:article:{article.body_hash}"


def _iso(moment: dt.datetime) -> str:
    if moment.tzinfo is None:  # the store keeps naive UTC
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.replace(microsecond=0).isoformat().replace("+00:00", "Z")
