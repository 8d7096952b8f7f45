"""Cross-article entities: linking extracted cards to one ``Entity`` per real-world name,
and the queries of the entity, mention and timeline views.

Within one article the nlp layer already gives "Putin", "Putins" and "Wladimir Putin" one
canonical label. Across articles a card is linked by folded names (case and accents
ignored):

1. its label or a several-word mention text is a *strong* key of an entity of its kind;
2. a one-word label ("Putin", "Putins") is a strong or weak key (an actor's surname, a
   one-word mention such as "EU") of exactly one entity;
3. a several-word actor ("Wladimir Putin") whose surname alone names exactly one entity,
   which was only ever called by that surname, takes that entity over and gives it the
   fuller name.

Otherwise the card founds a new entity. Two people sharing a surname ("Joe Biden",
"Hunter Biden") stay apart because rule 3 only joins entities named by the surname alone.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, func, select, text
from sqlalchemy.orm import Session

from desktop.domain import CardState, FactKind, Origin
from desktop.store.models import Article, Entity, EntityKey, FactCard, Mention
from desktop.store.query import fold
from desktop.store.views import EntityMention, EntityView, TimelineEvent

LINKED_KINDS = frozenset(
    {FactKind.ACTOR.value, FactKind.ORGANISATION.value, FactKind.PLACE.value, FactKind.SOURCE.value}
)
_SPACES = re.compile(r"\s+")


def name_key(name: str) -> str:
    return _SPACES.sub(" ", fold(name)).strip(" .,;:'\"’‘„“”")


@dataclass(frozen=True)
class CardNames:
    """What linking needs of a card: its kind, canonical label and mention texts."""

    kind: str
    label: str
    mentions: tuple[str, ...] = ()

    @classmethod
    def of(cls, card: FactCard) -> CardNames:
        return cls(card.kind, card.label, tuple(m.text for m in card.mentions))


def link_cards(session: Session, cards: Iterable[FactCard]) -> int:
    """Give each unlinked extracted card of a linkable kind its entity; returns how many."""
    todo = [card for card in cards if _linkable(card)]
    for card, entity in zip(
        todo, resolve_entities(session, [CardNames.of(c) for c in todo]), strict=True
    ):
        card.entity_id = entity.id
    return len(todo)


def resolve_entities(session: Session, cards: Sequence[CardNames]) -> list[Entity]:
    """The entity of each card, found or founded (flushed, so each has its id).

    One query loads every entity any of the cards could join; the rest is decided in
    memory, so linking an article costs the same few statements however many cards it has.
    """
    if not cards:
        return []
    found = []
    with session.no_autoflush:
        index = _KeyIndex.load(session, cards)
        for card in cards:
            entity = _find_entity(session, index, card) or _new_entity(session, card)
            _remember_names(index, entity, card)
            found.append(entity)
    session.flush()
    return found


def _linkable(card: FactCard) -> bool:
    return (
        card.entity_id is None
        and card.kind in LINKED_KINDS
        and card.origin == Origin.AUTO.value
        and card.state == CardState.ACTIVE.value
    )


class _KeyIndex:
    """Entities by (kind, folded key), with whether the key is strong for that entity."""

    def __init__(self) -> None:
        self.entries: dict[tuple[str, str], dict[Entity, bool]] = {}

    @classmethod
    def load(cls, session: Session, cards: Sequence[CardNames]) -> _KeyIndex:
        index = cls()
        wanted: set[str] = set()
        for card in cards:
            strong, weak = _card_names(card)
            wanted |= strong | weak | set(_lookup_variants(card))
        rows = session.execute(
            select(EntityKey.key, EntityKey.strong, Entity)
            .join(Entity, Entity.id == EntityKey.entity_id)
            .where(EntityKey.key.in_(sorted(wanted)))
        ).all()
        for key, is_strong, entity in rows:
            index.add(entity, key, bool(is_strong))
        return index

    def add(self, entity: Entity, key: str, strong: bool) -> None:
        holders = self.entries.setdefault((entity.kind, key), {})
        holders[entity] = holders.get(entity, False) or strong

    def knows(self, entity: Entity, key: str) -> bool | None:
        """Whether ``key`` is strong for ``entity``; None when it is not its key at all."""
        return self.entries.get((entity.kind, key), {}).get(entity)

    def find(self, kind: str, keys: Iterable[str], strong_only: bool) -> list[Entity]:
        found: dict[Entity, None] = {}
        for key in keys:
            for entity, strong in self.entries.get((kind, key), {}).items():
                if strong or not strong_only:
                    found[entity] = None
        return list(found)


def _card_names(card: CardNames) -> tuple[set[str], set[str]]:
    """The card's strong and weak keys (see the module docstring)."""
    label = name_key(card.label)
    strong, weak = {label}, set[str]()
    for mention in card.mentions:
        key = name_key(mention)
        if key and key != label:
            (strong if " " in key else weak).add(key)
    if card.kind == FactKind.ACTOR.value and " " in label:
        weak.add(label.rsplit(" ", 1)[1])
    return strong, weak - strong


def _lookup_variants(card: CardNames) -> list[str]:
    """Keys looked up beyond the card's own: the name without a genitive -s, the surname."""
    label = name_key(card.label)
    if " " in label:
        return [label.rsplit(" ", 1)[1]]
    return [label[:-1]] if _maybe_genitive(card.kind, label) else []


def _maybe_genitive(kind: str, key: str) -> bool:
    """German genitive of a name ("Putins", "Merkels"): also look the name up without -s."""
    return kind == FactKind.ACTOR.value and len(key) > 3 and key.endswith("s")


def _find_entity(session: Session, index: _KeyIndex, card: CardNames) -> Entity | None:
    label = name_key(card.label)
    strong, _weak = _card_names(card)
    for keys in ([label], sorted(strong - {label})):
        found = index.find(card.kind, keys, strong_only=True)
        if found:
            return min(found, key=lambda e: e.id or 0)
    if " " not in label:
        found = index.find(card.kind, [label, *_lookup_variants(card)], strong_only=False)
        return found[0] if len(found) == 1 else None
    if card.kind == FactKind.ACTOR.value:
        return _surname_only_entity(session, index, card, label.rsplit(" ", 1)[1])
    return None


def _surname_only_entity(
    session: Session, index: _KeyIndex, card: CardNames, surname: str
) -> Entity | None:
    candidates = index.find(card.kind, [surname], strong_only=True)
    alone = [e for e in candidates if " " not in name_key(e.label)]
    if len(alone) != 1:
        return None
    entity = alone[0]
    taken = session.scalar(
        select(Entity.id).where(Entity.kind == card.kind, Entity.label == card.label)
    )
    if taken is None:
        entity.label = card.label  # "Putin" becomes "Wladimir Putin"
    return entity


def _new_entity(session: Session, card: CardNames) -> Entity:
    entity = Entity(kind=card.kind, label=card.label, aliases=[])
    session.add(entity)
    return entity


def _remember_names(index: _KeyIndex, entity: Entity, card: CardNames) -> None:
    strong, weak = _card_names(card)
    for key in sorted(strong | weak):
        is_strong = key in strong
        known = index.knows(entity, key)
        if known is None:
            entity.keys.append(EntityKey(key=key, strong=is_strong))
        elif is_strong and not known:
            for row in entity.keys:
                if row.key == key:
                    row.strong = True
        index.add(entity, key, is_strong)
    aliases = list(entity.aliases or [])
    for name in [card.label, *card.mentions]:
        if name != entity.label and name not in aliases:
            aliases.append(name)
    entity.aliases = aliases


# -- the cross-article views ------------------------------------------------------------


def entities(
    session: Session, kind: FactKind | None = None, query: str | None = None, limit: int = 500
) -> list[EntityView]:
    """Entities by number of articles naming them (most first), optionally of one kind and
    with a name beginning a word with ``query``."""
    conditions, params = _entity_conditions(kind, query)
    rows = session.execute(
        text(
            "SELECT e.id, e.kind, e.label, e.aliases, count(DISTINCT fc.article_id), "
            "count(m.id) FROM entity e "
            "JOIN fact_card fc ON fc.entity_id = e.id AND fc.state = 'active' "
            "LEFT JOIN mention m ON m.card_id = fc.id "
            f"WHERE 1 = 1{conditions} GROUP BY e.id "
            "ORDER BY count(DISTINCT fc.article_id) DESC, e.label LIMIT :limit"
        ),
        {**params, "limit": limit},
    ).all()
    return [
        EntityView(int(r[0]), FactKind(r[1]), r[2], tuple(_json_list(r[3])), int(r[4]), int(r[5]))
        for r in rows
    ]


def _entity_conditions(kind: FactKind | None, query: str | None) -> tuple[str, dict[str, Any]]:
    conditions, params = "", {}
    if kind is not None:
        conditions += " AND e.kind = :kind"
        params["kind"] = kind.value
    wanted = name_key(query or "")
    if wanted:
        escaped = wanted.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        conditions += (
            " AND e.id IN (SELECT entity_id FROM entity_key WHERE key LIKE :start ESCAPE '\\' "
            "OR key LIKE :word ESCAPE '\\')"
        )
        params.update(start=f"{escaped}%", word=f"% {escaped}%")
    return conditions, params


def entity_mentions(session: Session, entity_id: int) -> list[EntityMention]:
    """Every mention of the entity across the library, by article date then position."""
    rows = session.execute(
        text(
            'SELECT a.id, a.title, a.published_on, fc.id, m.id, m.start, m."end", m.text, '
            "fc.kind, fc.attributes FROM fact_card fc "
            "JOIN article a ON a.id = fc.article_id JOIN mention m ON m.card_id = fc.id "
            "WHERE fc.entity_id = :entity AND fc.state = 'active' "
            "ORDER BY a.published_on IS NULL, a.published_on, a.id, m.start"
        ),
        {"entity": entity_id},
    ).all()
    return [
        EntityMention(
            article_id=int(r[0]),
            title=r[1],
            published_on=_date(r[2]),
            card_id=int(r[3]),
            mention_id=int(r[4]),
            start=int(r[5]),
            end=int(r[6]),
            text=r[7],
            statement=_statement_near(r[9], int(r[5])) if r[8] == FactKind.SOURCE.value else None,
        )
        for r in rows
    ]


def _statement_near(attributes: Any, position: int) -> str | None:
    """The attributed statement closest to a source's mention (a source card lists them all)."""
    statements = _json_dict(attributes).get("statements") or []
    spans = [s for s in statements if isinstance(s, dict) and isinstance(s.get("start"), int)]
    if not spans:
        return None
    nearest = min(spans, key=lambda s: min(abs(s["start"] - position), abs(s["end"] - position)))
    return str(nearest.get("text") or "") or None


def timeline(
    session: Session, entity_id: int | None = None, limit: int = 2000, offset: int = 0
) -> list[TimelineEvent]:
    """Dated events in date order. With an entity: only dates whose sentence names it."""
    value = FactCard.attributes["value"].as_string()
    first_start = func.min(Mention.start)
    query = (
        select(
            Article.id,
            Article.title,
            Article.published_on,
            FactCard.id,
            FactCard.label,
            FactCard.attributes,
            first_start,
            func.min(Mention.end),
        )
        .join(Article, Article.id == FactCard.article_id)
        .join(Mention, Mention.card_id == FactCard.id)
        .where(
            FactCard.kind == FactKind.DATE.value,
            FactCard.state == CardState.ACTIVE.value,
            _starts_with_a_year(value, session.get_bind().dialect.name),
        )
        .group_by(FactCard.id, Article.id)
        .order_by(value, Article.id, first_start)
        .limit(limit)
        .offset(offset)
    )
    if entity_id is not None:
        naming = select(FactCard.article_id).where(FactCard.entity_id == entity_id)
        query = query.where(FactCard.article_id.in_(naming.scalar_subquery()))
    rows = session.execute(query).all()
    named = _entity_spans(session, entity_id) if entity_id is not None else None
    events = []
    for row in rows:
        attributes = _json_dict(row[5])
        if named is None or _sentence_names(attributes, int(row[0]), int(row[6]), named):
            events.append(_event(row, attributes))
    return events


def _starts_with_a_year(value: ColumnElement[str], dialect: str) -> ColumnElement[bool]:
    """Whether a date card's ISO value is a calendar date ("2024", "2024-03-01"), not an
    undated weekday or time. SQLite's native GLOB needs no Python regex per row."""
    if dialect == "sqlite":
        return value.op("GLOB")("[0-9][0-9][0-9][0-9]*")
    return value.regexp_match("^[0-9]{4}")


def _event(row: Sequence[Any], attributes: dict[str, Any]) -> TimelineEvent:
    return TimelineEvent(
        article_id=int(row[0]),
        title=row[1],
        published_on=_date(row[2]),
        card_id=int(row[3]),
        value=str(attributes.get("value")),
        granularity=str(attributes.get("granularity") or ""),
        label=row[4],
        event=str(attributes.get("event") or ""),
        start=int(row[6]),
        end=int(row[7]),
    )


def _entity_spans(session: Session, entity_id: int) -> dict[int, list[tuple[int, int]]]:
    spans: dict[int, list[tuple[int, int]]] = {}
    for mention in entity_mentions(session, entity_id):
        spans.setdefault(mention.article_id, []).append((mention.start, mention.end))
    return spans


def _sentence_names(
    attributes: dict[str, Any],
    article_id: int,
    position: int,
    named: dict[int, list[tuple[int, int]]],
) -> bool:
    start = attributes.get("sentence_start", position)
    end = attributes.get("sentence_end", position)
    return any(start <= s and e <= end for s, e in named.get(article_id, []))


def _json_dict(value: Any) -> dict[str, Any]:
    parsed = json.loads(value) if isinstance(value, str) else value
    return parsed if isinstance(parsed, dict) else {}


def _json_list(value: Any) -> list[str]:
    parsed = json.loads(value) if isinstance(value, str) else value
    return [str(v) for v in parsed] if isinstance(parsed, list) else []


def _date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))
