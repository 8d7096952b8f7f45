"""User edits of cards, mentions and claims, each returned as an undoable :class:`Edit`.

An edit records the rows it touched as they were before and after. Undo and redo are
:meth:`Editor.apply` of the other side: the rows are put back exactly (ids, mention ids,
which card a mention belongs to, timestamps), in one transaction like any other edit.
Only ``version`` moves on, because it counts writes for optimistic locking.

A card the user creates or changes becomes ``origin=user``; re-running extraction then
leaves it alone (see ``Repository.merge_drafts``). Nothing here deletes a card: rejecting
and merging change its state, so re-extraction still recognises it by ``auto_key``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from desktop.domain import (
    CardFields,
    CardState,
    ClaimFields,
    ConflictError,
    FactsheetError,
    NotFoundError,
    Origin,
    Span,
)
from desktop.store.db import Store
from desktop.store.models import Article, Claim, Evidence, FactCard, Mention, utcnow
from desktop.store.repository import check_spans

CARD_CONFLICT = "This card was changed elsewhere; reload to see the change."
CLAIM_CONFLICT = "This claim was changed elsewhere; reload to see the change."


@dataclass(frozen=True)
class MentionRecord:
    id: int
    start: int
    end: int
    text: str
    origin: str


@dataclass(frozen=True)
class CardRecord:
    """A card row and its mentions; ``exists=False`` stands for "no such row"."""

    id: int
    article_id: int
    exists: bool = True
    kind: str = ""
    label: str = ""
    attributes: dict[str, Any] = field(default_factory=dict)
    origin: str = Origin.USER.value
    state: str = CardState.ACTIVE.value
    merged_into_id: int | None = None
    auto_key: str | None = None
    entity_id: int | None = None
    mentions: tuple[MentionRecord, ...] = ()
    version: int = 0


@dataclass(frozen=True)
class EvidenceRecord:
    id: int
    url: str | None
    citation: str | None
    comment: str


@dataclass(frozen=True)
class ClaimRecord:
    """A claim row and its evidence; ``exists=False`` stands for "no such row"."""

    id: int
    article_id: int
    exists: bool = True
    start: int = 0
    end: int = 0
    quote: str = ""
    verdict: str = ""
    claimant_card_id: int | None = None
    claimant_text: str | None = None
    note: str = ""
    tags: tuple[str, ...] = ()
    reviewer: str | None = None
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    evidence: tuple[EvidenceRecord, ...] = ()
    version: int = 0


Record = CardRecord | ClaimRecord


@dataclass(frozen=True)
class Edit:
    """One user edit: the rows it touched, before and after, in the same order."""

    before: tuple[Record, ...]
    after: tuple[Record, ...]

    def inverted(self) -> Edit:
        return Edit(self.after, self.before)

    def created_card_id(self) -> int | None:
        """The card this edit brought into being (to select it afterwards)."""
        for old, new in zip(self.before, self.after, strict=True):
            if isinstance(new, CardRecord) and new.exists and not old.exists:
                return new.id
        return None

    def claim_id(self) -> int | None:
        return next((r.id for r in self.after if isinstance(r, ClaimRecord)), None)


@contextmanager
def editing(store: Store) -> Iterator[Editor]:
    """One transaction for one edit; a row-version clash becomes a :class:`ConflictError`."""
    try:
        with store.transaction() as repo:
            yield Editor(repo.session)
    except StaleDataError as exc:
        message = CLAIM_CONFLICT if "'claim'" in str(exc) else CARD_CONFLICT
        raise ConflictError(message, detail=str(exc)) from exc


class Editor:
    """The write operations of the card and claim panels over one session."""

    def __init__(self, session: Session) -> None:
        self.session = session

    # -- cards ------------------------------------------------------------------------------

    def update_card(self, card_id: int, fields: CardFields, version: int | None) -> Edit:
        card = self._card(card_id, version)
        label = fields.label.strip()
        if not label:
            raise FactsheetError("A card needs a label.")
        before = card_record(card)
        card.kind = fields.kind.value
        card.label = label
        card.attributes = _clean_attributes(fields.attributes)
        return self._touched([before], [card])

    def create_card(self, article_id: int, fields: CardFields, spans: Sequence[Span]) -> Edit:
        article = self._article(article_id)
        check_spans(article.body, spans)
        label = fields.label.strip() or (spans[0].text.strip() if spans else "")
        if not label:
            raise FactsheetError("A card needs a label.")
        card = FactCard(
            kind=fields.kind.value,
            label=label,
            attributes=_clean_attributes(fields.attributes),
            origin=Origin.USER.value,
            mentions=[_user_mention(span) for span in spans],
        )
        article.cards.append(card)
        self.session.flush()
        return Edit((CardRecord(card.id, article_id, exists=False),), (card_record(card),))

    def add_mention(self, card_id: int, span: Span, version: int | None = None) -> Edit:
        card = self._card(card_id, version)
        check_spans(card.article.body, [span])
        if any((m.start, m.end) == (span.start, span.end) for m in card.mentions):
            raise FactsheetError(f"“{span.text}” is already a mention of “{card.label}”.")
        before = card_record(card)
        card.mentions.append(_user_mention(span))
        return self._touched([before], [card])

    def move_mention(self, mention_id: int, target_id: int) -> Edit:
        mention = self.session.get(Mention, mention_id)
        if mention is None:
            raise NotFoundError(f"There is no mention with id {mention_id}.")
        source, target = mention.card, self._card(target_id, None)
        if target.article_id != source.article_id:
            raise FactsheetError("A mention can only move to a card of the same article.")
        if target.id == source.id:
            raise FactsheetError(f"“{mention.text}” already belongs to “{target.label}”.")
        before = [card_record(source), card_record(target)]
        mention.card = target
        return self._touched(before, [source, target])

    def merge_cards(self, versions: Sequence[tuple[int, int | None]]) -> Edit:
        """Merge into the first card: every mention moves there; the others become
        ``merged`` and point at it."""
        if len(versions) < 2:
            raise FactsheetError("Select two or more cards to merge.")
        cards = [self._card(card_id, version) for card_id, version in versions]
        survivor, others = cards[0], cards[1:]
        if any(c.article_id != survivor.article_id for c in others):
            raise FactsheetError("Only cards of the same article can be merged.")
        before = [card_record(c) for c in cards]
        for other in others:
            for mention in list(other.mentions):
                mention.card = survivor
            other.state = CardState.MERGED.value
            other.merged_into_id = survivor.id
        return self._touched(before, cards)

    def set_card_state(self, card_id: int, state: CardState, version: int | None) -> Edit:
        """Reject a card (hidden, remembered) or restore a rejected one."""
        card = self._card(card_id, version)
        before = card_record(card)
        card.state = state.value
        return self._touched([before], [card])

    def _touched(self, before: Sequence[CardRecord], cards: Sequence[FactCard]) -> Edit:
        # The user's hand is on these cards now: extraction must leave them alone. The
        # timestamp also forces a row update, so the version counts mention moves too.
        for card in cards:
            card.origin = Origin.USER.value
            card.updated_at = utcnow()
        self.session.flush()
        return Edit(tuple(before), tuple(card_record(c) for c in cards))

    # -- claims -----------------------------------------------------------------------------

    def add_claim(self, article_id: int, span: Span, fields: ClaimFields) -> Edit:
        article = self._article(article_id)
        check_spans(article.body, [span])
        claim = Claim(start=span.start, end=span.end, quote=span.text)
        _set_claim_fields(claim, fields)
        article.claims.append(claim)
        self.session.flush()
        return Edit((ClaimRecord(claim.id, article_id, exists=False),), (claim_record(claim),))

    def update_claim(self, claim_id: int, fields: ClaimFields, version: int | None) -> Edit:
        claim = self._claim(claim_id, version)
        before = claim_record(claim)
        _set_claim_fields(claim, fields)
        claim.updated_at = utcnow()
        self.session.flush()
        return Edit((before,), (claim_record(claim),))

    def delete_claim(self, claim_id: int, version: int | None) -> Edit:
        claim = self._claim(claim_id, version)
        before = claim_record(claim)
        self.session.delete(claim)
        self.session.flush()
        return Edit((before,), (ClaimRecord(claim_id, before.article_id, exists=False),))

    # -- undo and redo ----------------------------------------------------------------------

    def apply(self, target: Sequence[Record], expected: Sequence[Record]) -> tuple[Record, ...]:
        """Put rows back to ``target`` if they still look like ``expected``; returns what
        they look like now (new versions), the ``expected`` of the next undo or redo."""
        for want in expected:
            if not _same(self._current(want), want):
                raise ConflictError(
                    CARD_CONFLICT if isinstance(want, CardRecord) else CLAIM_CONFLICT
                )
        cards = [r for r in target if isinstance(r, CardRecord)]
        claims = [r for r in target if isinstance(r, ClaimRecord)]
        self._restore_cards(cards)
        for record in claims:
            self._restore_claim(record)
        self.session.flush()
        self.session.expire_all()
        return tuple(self._current(r) for r in target)

    def _current(self, record: Record) -> Record:
        if isinstance(record, CardRecord):
            card = self.session.get(FactCard, record.id)
            return card_record(card) if card else CardRecord(record.id, record.article_id, False)
        claim = self.session.get(Claim, record.id)
        return claim_record(claim) if claim else ClaimRecord(record.id, record.article_id, False)

    def _restore_cards(self, records: Sequence[CardRecord]) -> None:
        rows: dict[int, FactCard] = {}
        for record in records:
            card = self.session.get(FactCard, record.id)
            if record.exists:
                card = card or FactCard(id=record.id, article_id=record.article_id)
                _set_card_row(card, record)
                self.session.add(card)
                rows[record.id] = card
        self.session.flush()
        self._restore_mentions(records, rows)
        for record in records:
            card = self.session.get(FactCard, record.id)
            if not record.exists and card is not None:
                self.session.delete(card)

    def _restore_mentions(
        self, records: Sequence[CardRecord], rows: Mapping[int, FactCard]
    ) -> None:
        wanted = {m.id: (r.id, m) for r in records if r.exists for m in r.mentions}
        involved = [r.id for r in records]
        current = self.session.scalars(select(Mention).where(Mention.card_id.in_(involved)))
        for mention in current:
            if mention.id not in wanted:
                self.session.delete(mention)
        for mention_id, (card_id, record) in wanted.items():
            mention = self.session.get(Mention, mention_id) or Mention(id=mention_id)
            mention.card = rows[card_id]
            mention.start, mention.end = record.start, record.end
            mention.text, mention.origin = record.text, record.origin
            self.session.add(mention)

    def _restore_claim(self, record: ClaimRecord) -> None:
        claim = self.session.get(Claim, record.id)
        if not record.exists:
            if claim is not None:
                self.session.delete(claim)
            return
        if claim is None:
            claim = Claim(id=record.id, article_id=record.article_id)
            self.session.add(claim)
        for name in ("start", "end", "quote", "verdict", "claimant_card_id", "claimant_text"):
            setattr(claim, name, getattr(record, name))
        claim.note, claim.tags, claim.reviewer = record.note, list(record.tags), record.reviewer
        claim.created_at = record.created_at or utcnow()
        claim.updated_at = record.updated_at or utcnow()  # set, so ``onupdate`` keeps out
        _restore_evidence(claim, record.evidence)

    # -- lookups ----------------------------------------------------------------------------

    def _article(self, article_id: int) -> Article:
        article = self.session.get(Article, article_id)
        if article is None:
            raise NotFoundError(f"There is no article with id {article_id}.")
        return article

    def _card(self, card_id: int, version: int | None) -> FactCard:
        card = self.session.get(FactCard, card_id)
        if card is None:
            raise NotFoundError(f"There is no fact card with id {card_id}.")
        if version is not None and card.version != version:
            raise ConflictError(CARD_CONFLICT, detail=card_change(card))
        return card

    def _claim(self, claim_id: int, version: int | None) -> Claim:
        claim = self.session.get(Claim, claim_id)
        if claim is None:
            raise NotFoundError(f"There is no claim with id {claim_id}.")
        if version is not None and claim.version != version:
            raise ConflictError(CLAIM_CONFLICT, detail=claim_change(claim))
        return claim


def card_change(card: FactCard) -> str:
    """The other change, as a conflict shows it: what the card is now and since when."""
    return (
        f"The card was changed at {_when(card.updated_at)}: label is now “{card.label}”"
        f" ({card.kind}, {card.state})."
    )


def claim_change(claim: Claim) -> str:
    """The other change: who reviewed the claim last, when, and the verdict it has now."""
    by = f" by {claim.reviewer}" if claim.reviewer else ""
    note = f", note “{claim.note}”" if claim.note else ""
    return (
        f"The claim was changed{by} at {_when(claim.updated_at)}: "
        f"verdict is now “{claim.verdict}”{note}."
    )


def _when(moment: dt.datetime) -> str:
    return f"{moment:%Y-%m-%d %H:%M} UTC"


# -- records ---------------------------------------------------------------------------------


def card_record(card: FactCard) -> CardRecord:
    return CardRecord(
        id=card.id,
        article_id=card.article_id,
        kind=card.kind,
        label=card.label,
        attributes=dict(card.attributes),
        origin=card.origin,
        state=card.state,
        merged_into_id=card.merged_into_id,
        auto_key=card.auto_key,
        entity_id=card.entity_id,
        mentions=tuple(
            MentionRecord(m.id, m.start, m.end, m.text, m.origin)
            for m in sorted(card.mentions, key=lambda m: (m.start, m.end, m.id))
        ),
        version=card.version,
    )


def claim_record(claim: Claim) -> ClaimRecord:
    return ClaimRecord(
        id=claim.id,
        article_id=claim.article_id,
        start=claim.start,
        end=claim.end,
        quote=claim.quote,
        verdict=claim.verdict,
        claimant_card_id=claim.claimant_card_id,
        claimant_text=claim.claimant_text,
        note=claim.note,
        tags=tuple(claim.tags),
        reviewer=claim.reviewer,
        created_at=claim.created_at,
        updated_at=claim.updated_at,
        evidence=tuple(
            EvidenceRecord(e.id, e.url, e.citation, e.comment)
            for e in sorted(claim.evidence, key=lambda e: e.id)
        ),
        version=claim.version,
    )


def _same(current: Record, expected: Record) -> bool:
    """Equal but for the write counter (and a claim's clock, which undo sets anyway)."""
    if isinstance(current, ClaimRecord) and isinstance(expected, ClaimRecord):
        return replace(current, version=0, updated_at=None) == replace(
            expected, version=0, updated_at=None
        )
    return replace(current, version=0) == replace(expected, version=0)


def _restore_evidence(claim: Claim, records: Sequence[EvidenceRecord]) -> None:
    # Rows are matched by id: replacing the collection would insert the old ids before
    # deleting the rows that hold them.
    rows = {e.id: e for e in claim.evidence}
    wanted = {r.id for r in records}
    for evidence_id, row in rows.items():
        if evidence_id not in wanted:
            claim.evidence.remove(row)
    for record in records:
        row = rows.get(record.id) or Evidence(id=record.id)
        row.url, row.citation, row.comment = record.url, record.citation, record.comment
        if record.id not in rows:
            claim.evidence.append(row)


def _set_card_row(card: FactCard, record: CardRecord) -> None:
    card.kind, card.label = record.kind, record.label
    card.attributes = dict(record.attributes)
    card.origin, card.state = record.origin, record.state
    card.merged_into_id, card.auto_key = record.merged_into_id, record.auto_key
    card.entity_id = record.entity_id


def _set_claim_fields(claim: Claim, fields: ClaimFields) -> None:
    claimant_text = (fields.claimant_text or "").strip() or None
    claim.verdict = fields.verdict.value
    claim.claimant_card_id = fields.claimant_card_id
    claim.claimant_text = None if fields.claimant_card_id is not None else claimant_text
    claim.note = fields.note.strip()
    claim.tags = list(dict.fromkeys(t.strip() for t in fields.tags if t.strip()))
    claim.reviewer = (fields.reviewer or "").strip() or None
    claim.evidence = [
        Evidence(
            url=(e.url or "").strip() or None,
            citation=(e.citation or "").strip() or None,
            comment=e.comment.strip(),
        )
        for e in fields.evidence
        if (e.url or "").strip() or (e.citation or "").strip()
    ]


def _clean_attributes(attributes: Mapping[str, Any]) -> dict[str, Any]:
    """Empty fields drop out, so a cleared role is no role rather than ``""``."""
    return {
        k: v.strip() if isinstance(v, str) else v
        for k, v in attributes.items()
        if not (isinstance(v, str) and not v.strip()) and v is not None
    }


def _user_mention(span: Span) -> Mention:
    return Mention(start=span.start, end=span.end, text=span.text, origin=Origin.USER.value)
