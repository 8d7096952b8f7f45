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
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from desktop.domain import CardState, FactKind, Origin
from desktop.store.models import Entity, EntityKey, FactCard
from desktop.store.query import fold
from desktop.store.views import EntityMention, EntityView, TimelineEvent

LINKED_KINDS = frozenset(
    {FactKind.ACTOR.value, FactKind.ORGANISATION.value, FactKind.PLACE.value, FactKind.SOURCE.value}
)
_SPACES = re.compile(r"\s+")


def name_key(name: str) -> str:
    return _SPACES.sub(" ", fold(name)).strip(" .,;:'\"’‘„“”")


def link_cards(session: Session, cards: Iterable[FactCard]) -> int:
    """Give each unlinked extracted card of a linkable kind its entity; returns how many."""
    linked = 0
    for card in cards:
        if card.entity_id is not None or card.kind not in LINKED_KINDS:
            continue
        if card.origin != Origin.AUTO.value or card.state != CardState.ACTIVE.value:
            continue
        entity = _find_entity(session, card) or _new_entity(session, card)
        _remember_names(session, entity, card)
        card.entity_id = entity.id
        linked += 1
    return linked


def _card_names(card: FactCard) -> tuple[set[str], set[str]]:
    """The card's strong and weak keys (see the module docstring)."""
    label = name_key(card.label)
    strong, weak = {label}, set[str]()
    for mention in card.mentions:
        key = name_key(mention.text)
        if key and key != label:
            (strong if " " in key else weak).add(key)
    if card.kind == FactKind.ACTOR.value and " " in label:
        weak.add(label.rsplit(" ", 1)[1])
    return strong, weak - strong


def _entities_with(session: Session, kind: str, keys: Iterable[str], strong_only: bool) -> set[int]:
    wanted = [k for k in keys if k]
    if not wanted:
        return set()
    query = (
        select(EntityKey.entity_id)
        .join(Entity, Entity.id == EntityKey.entity_id)
        .where(Entity.kind == kind, EntityKey.key.in_(wanted))
    )
    if strong_only:
        query = query.where(EntityKey.strong.is_(True))
    return set(session.scalars(query))


def _find_entity(session: Session, card: FactCard) -> Entity | None:
    label = name_key(card.label)
    strong, _weak = _card_names(card)
    for keys in ([label], sorted(strong - {label})):
        found = _entities_with(session, card.kind, keys, strong_only=True)
        if len(found) >= 1:
            return session.get(Entity, min(found))
    if " " not in label:
        keys = [label] + ([label[:-1]] if _maybe_genitive(card.kind, label) else [])
        found = _entities_with(session, card.kind, keys, strong_only=False)
        return session.get(Entity, found.pop()) if len(found) == 1 else None
    if card.kind == FactKind.ACTOR.value:
        return _surname_only_entity(session, card, label.rsplit(" ", 1)[1])
    return None


def _maybe_genitive(kind: str, key: str) -> bool:
    """German genitive of a name ("Putins", "Merkels"): also look the name up without -s."""
    return kind == FactKind.ACTOR.value and len(key) > 3 and key.endswith("s")


def _surname_only_entity(session: Session, card: FactCard, surname: str) -> Entity | None:
    found = _entities_with(session, card.kind, [surname], strong_only=True)
    candidates = [e for e in (session.get(Entity, i) for i in found) if e is not None]
    alone = [e for e in candidates if " " not in name_key(e.label)]
    if len(alone) != 1:
        return None
    entity = alone[0]
    taken = session.scalar(
        select(Entity.id).where(Entity.kind == card.kind, Entity.label == card.label)
    )
    if taken is None:
        entity.label = card.label
    return entity


def _new_entity(session: Session, card: FactCard) -> Entity:
    entity = Entity(kind=card.kind, label=card.label, aliases=[])
    session.add(entity)
    session.flush()
    return entity


def _remember_names(session: Session, entity: Entity, card: FactCard) -> None:
    strong, weak = _card_names(card)
    known = {k.key: k for k in entity.keys}
    for key in sorted(strong | weak):
        is_strong = key in strong
        if key not in known:
            entity.keys.append(EntityKey(key=key, strong=is_strong))
        elif is_strong and not known[key].strong:
            known[key].strong = True
    aliases = list(entity.aliases or [])
    for name in [card.label, *(m.text for m in card.mentions)]:
        if name != entity.label and name not in aliases:
            aliases.append(name)
    entity.aliases = aliases
    session.flush()


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
    scope = ""
    params: dict[str, Any] = {"limit": limit, "offset": offset}
    if entity_id is not None:
        scope = " AND fc.article_id IN (SELECT article_id FROM fact_card WHERE entity_id = :entity)"
        params["entity"] = entity_id
    rows = session.execute(
        text(
            "SELECT a.id, a.title, a.published_on, fc.id, fc.label, fc.attributes, "
            'min(m.start), min(m."end") FROM fact_card fc '
            "JOIN article a ON a.id = fc.article_id JOIN mention m ON m.card_id = fc.id "
            "WHERE fc.kind = 'date' AND fc.state = 'active' "
            "AND json_extract(fc.attributes, '$.value') GLOB '[0-9][0-9][0-9][0-9]*'"
            f"{scope} GROUP BY fc.id "
            "ORDER BY json_extract(fc.attributes, '$.value'), a.id, min(m.start) "
            "LIMIT :limit OFFSET :offset"
        ),
        params,
    ).all()
    named = _entity_spans(session, entity_id) if entity_id is not None else None
    events = []
    for row in rows:
        attributes = _json_dict(row[5])
        if named is None or _sentence_names(attributes, int(row[0]), int(row[6]), named):
            events.append(_event(row, attributes))
    return events


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
