"""Unseen wire stories (tests/nlp/stories/): expected facts a careful analyst takes.

Each story ``<name>.txt`` is a clean article body; ``<name>.json`` lists its actors,
organisations, places, sanctions, dates and sources, and what must not appear. The
stories were written for this test and never used to write rules: they check that the
extraction generalises beyond the seed article. Runs ``desktop.nlp.extract`` end to end.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from desktop.domain import CardDraft, FactKind
from desktop.nlp import extract

STORIES = Path(__file__).resolve().parent / "stories"
NAMES = sorted(p.stem for p in STORIES.glob("*.json"))
ENTITY_GROUPS = {
    "actors": FactKind.ACTOR,
    "organisations": FactKind.ORGANISATION,
    "places": FactKind.PLACE,
}


def _gold(name: str) -> dict[str, Any]:
    gold: dict[str, Any] = json.loads((STORIES / f"{name}.json").read_text("utf-8"))
    return gold


def _body(name: str) -> str:
    return (STORIES / f"{name}.txt").read_text("utf-8")


@pytest.fixture(scope="module")
def cards() -> dict[str, list[CardDraft]]:
    """Every story's cards, extracted once for the module."""
    found = {}
    for name in NAMES:
        gold = _gold(name)
        published = dt.date.fromisoformat(gold["published_on"])
        found[name] = extract(_body(name), gold["language"], published)
    return found


def _items(group: str, key: str) -> list[Any]:
    return [
        pytest.param(name, item, id=f"{name}:{group}:{item[key]}")
        for name in NAMES
        for item in _gold(name)[group]
    ]


def _of_kind(cards: list[CardDraft], kind: FactKind) -> list[CardDraft]:
    return [c for c in cards if c.kind is kind]


def _entity(cards: list[CardDraft], kind: FactKind, label: str) -> CardDraft:
    found = [c for c in _of_kind(cards, kind) if c.label == label]
    assert found, f"no {kind.value} {label!r}; got {sorted(c.label for c in _of_kind(cards, kind))}"
    return found[0]


ENTITY_ITEMS = [
    pytest.param(name, kind, item, id=f"{name}:{group}:{item['label']}")
    for name in NAMES
    for group, kind in ENTITY_GROUPS.items()
    for item in _gold(name)[group]
]


@pytest.mark.parametrize(("name", "kind", "item"), ENTITY_ITEMS)
def test_entity_with_its_aliases(
    cards: dict[str, list[CardDraft]], name: str, kind: FactKind, item: dict[str, Any]
) -> None:
    card = _entity(cards[name], kind, item["label"])
    assert set(item["aliases"]) <= {m.text for m in card.mentions}
    for other in cards[name]:
        if other is not card and other.kind in ENTITY_GROUPS.values():
            assert not set(item["aliases"]) & {m.text for m in other.mentions}, other.label
    if "country" in item:
        assert card.attributes.get("country") == item["country"]


@pytest.mark.parametrize(("name", "item"), _items("actors", "label"))
def test_actor_role_and_affiliation(
    cards: dict[str, list[CardDraft]], name: str, item: dict[str, Any]
) -> None:
    card = _entity(cards[name], FactKind.ACTOR, item["label"])
    assert card.attributes.get("role") == item["role"]
    if "affiliation" in item:
        assert card.attributes.get("affiliation") == item["affiliation"]


@pytest.mark.parametrize(("name", "item"), _items("sanctions", "evidence"))
def test_sanction(cards: dict[str, list[CardDraft]], name: str, item: dict[str, Any]) -> None:
    found = [
        c
        for c in _of_kind(cards[name], FactKind.SANCTION)
        if any(item["evidence"] in m.text for m in c.mentions)
    ]
    assert len(found) == 1, [c.label for c in _of_kind(cards[name], FactKind.SANCTION)]
    attributes = found[0].attributes
    assert attributes["issuer"] in item["issuer"]
    if item["target"] is not None:
        assert attributes["target"] == item["target"]
    assert attributes["sector_key"] == item["sector_key"]
    occurrence = next(o for o in attributes["occurrences"] if item["evidence"] in o["text"])
    assert occurrence["stance"] in item["stance"]
    if "stance_detail" in item:
        assert occurrence["stance_detail"] == item["stance_detail"]
    if "target_detail" in item:
        assert attributes["target_detail"] == item["target_detail"]


@pytest.mark.parametrize(("name", "item"), _items("dates", "text"))
def test_date(cards: dict[str, list[CardDraft]], name: str, item: dict[str, Any]) -> None:
    dates = _of_kind(cards[name], FactKind.DATE)
    values = [c.attributes["value"] for c in dates if c.label == item["text"]]
    assert item["value"] in values, [(c.label, c.attributes["value"]) for c in dates]


@pytest.mark.parametrize(("name", "item"), _items("sources", "label"))
def test_source(cards: dict[str, list[CardDraft]], name: str, item: dict[str, Any]) -> None:
    sources = [c for c in _of_kind(cards[name], FactKind.SOURCE) if c.label == item["label"]]
    assert len(sources) == 1, [c.label for c in _of_kind(cards[name], FactKind.SOURCE)]
    assert sources[0].attributes["source_kind"] == item["kind"]
    statements = [
        s
        for s in sources[0].attributes["statements"]
        if item["cue"] in s["cue"] and item["statement_contains"] in s["text"]
    ]
    assert statements, sources[0].attributes["statements"]


@pytest.mark.parametrize("name", NAMES)
def test_nothing_forbidden(cards: dict[str, list[CardDraft]], name: str) -> None:
    forbidden = _gold(name)["forbidden"]
    story = cards[name]
    assert not {c.label for c in _of_kind(story, FactKind.ACTOR)} & set(forbidden["actors"])
    assert not {c.label for c in _of_kind(story, FactKind.PLACE)} & set(forbidden["places"])
    sanctions = [c.attributes for c in _of_kind(story, FactKind.SANCTION)]
    assert not {s["issuer"] for s in sanctions} & set(forbidden["issuers"])
    assert not {s["target"] for s in sanctions} & set(forbidden["sanction_targets"])
    sources = {c.label for c in _of_kind(story, FactKind.SOURCE)}
    assert not sources & set(forbidden.get("sources", []))


@pytest.mark.parametrize("name", NAMES)
def test_every_mention_quotes_the_body(cards: dict[str, list[CardDraft]], name: str) -> None:
    body = _body(name)
    for card in cards[name]:
        assert all(m.is_valid_in(body) for m in card.mentions), card.label


@pytest.mark.parametrize("code", ["de-AT", "de_DE", "DE"])
def test_regional_language_codes_choose_the_german_rules(code: str) -> None:
    body = _body("afp_de_kiew_angriff")
    labels = {c.label for c in extract(body, code, dt.date(2025, 11, 13))}
    assert "Wolodymyr Selenskyj" in labels
    assert "am Mittwoch" in labels
    assert any(label.startswith("USA → Rosneft") for label in labels)
