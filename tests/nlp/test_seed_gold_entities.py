"""The seed article's gold actors, organisations and places (tests/data/seed_gold.json)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from desktop.domain import CardDraft, FactKind
from desktop.nlp.entities import resolve_entities

GOLD = json.loads(
    (Path(__file__).resolve().parent.parent / "data" / "seed_gold.json").read_text("utf-8")
)
GROUPS = [
    ("actors", FactKind.ACTOR),
    ("organisations", FactKind.ORGANISATION),
    ("places", FactKind.PLACE),
]
ITEMS = [
    pytest.param(kind, item, id=f"{group}:{item['label']}")
    for group, kind in GROUPS
    for item in GOLD[group]
]


@pytest.fixture(scope="module")
def seed_cards(nlp_de: Language, seed_body: str) -> list[CardDraft]:
    _index, cards = resolve_entities(nlp_de(seed_body), "de")
    return cards


def _card(cards: list[CardDraft], kind: FactKind, label: str) -> CardDraft:
    found = [c for c in cards if c.kind is kind and c.label == label]
    assert found, f"no {kind.value} card {label!r}; got {sorted(c.label for c in cards)}"
    return found[0]


@pytest.mark.parametrize(("kind", "item"), ITEMS)
def test_gold_entity_found_with_every_alias(
    seed_cards: list[CardDraft], kind: FactKind, item: dict[str, Any]
) -> None:
    card = _card(seed_cards, kind, item["label"])
    assert set(item["aliases"]) <= {m.text for m in card.mentions}
    for other in seed_cards:
        if other is not card and other.kind in {k for _g, k in GROUPS}:
            assert not set(item["aliases"]) & {m.text for m in other.mentions}, other.label


@pytest.mark.parametrize("item", GOLD["actors"], ids=[a["label"] for a in GOLD["actors"]])
def test_gold_actor_role_and_affiliation(seed_cards: list[CardDraft], item: dict[str, Any]) -> None:
    card = _card(seed_cards, FactKind.ACTOR, item["label"])
    assert card.attributes.get("role") == item["role"]
    assert card.attributes.get("affiliation") == item["affiliation"]


def test_no_forbidden_entity(seed_cards: list[CardDraft]) -> None:
    texts = {m.text for c in seed_cards for m in c.mentions} | {c.label for c in seed_cards}
    for forbidden in GOLD["forbidden"]:
        assert not any(forbidden in text for text in texts)


def test_byline_author_and_agency_are_no_actors(seed_cards: list[CardDraft]) -> None:
    actors = {c.label for c in seed_cards if c.kind is FactKind.ACTOR}
    assert GOLD["metadata"]["author"] not in actors
    assert "Reuters" not in actors
    assert actors == {a["label"] for a in GOLD["actors"]}


def test_every_mention_quotes_the_body(seed_body: str, seed_cards: list[CardDraft]) -> None:
    for card in seed_cards:
        for mention in card.mentions:
            assert mention.is_valid_in(seed_body), (card.label, mention)


def test_us_compounds_mention_only_the_country_part(
    seed_body: str, seed_cards: list[CardDraft]
) -> None:
    usa = _card(seed_cards, FactKind.PLACE, "USA")
    compound_starts = {m.start for m in usa.mentions if seed_body[m.end : m.end + 1] == "-"}
    assert seed_body.index("US-Beamte") in compound_starts
    assert seed_body.index("US-Sanktionen") in compound_starts
