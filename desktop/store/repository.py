"""Queries and writes over one session. No ORM object leaves this module: callers get views."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session, selectinload

from desktop.domain import (
    ArticleDetail,
    ArticleDraft,
    ArticleSummary,
    CardDraft,
    CardState,
    CardView,
    ClaimView,
    EvidenceView,
    FactKind,
    MentionView,
    MetadataChanges,
    NotFoundError,
    OffsetError,
    Origin,
    SearchHit,
    Span,
    Verdict,
)
from desktop.store import entities, library, postgres
from desktop.store import search as full_text
from desktop.store.models import Article, Claim, Evidence, FactCard, Mention, utcnow
from desktop.store.query import ParsedQuery
from desktop.store.views import (
    ArticleFilters,
    EntityMention,
    EntityView,
    FilterChoices,
    SearchResult,
    Snippet,
    SortKey,
    TimelineEvent,
)


@dataclass(frozen=True)
class MergeReport:
    """What one extraction run added to an article."""

    cards_added: int
    mentions_added: int


def auto_key(draft: CardDraft) -> str:
    """The extractor's identity for a card, stable across runs on the same immutable body.

    Dates are cards per occurrence ("am Samstag" twice means two events), so their key
    includes where they start; every other kind is one card per canonical label.
    """
    key = f"{draft.kind.value}:{draft.label.casefold()}"
    if draft.kind is FactKind.DATE and draft.mentions:
        key += f"@{draft.mentions[0].start}"
    return key


class Repository:
    def __init__(self, session: Session) -> None:
        self.session = session

    # -- articles ---------------------------------------------------------------------------

    def find_by_hash(self, body_hash: str) -> int | None:
        return self.session.scalar(select(Article.id).where(Article.body_hash == body_hash))

    def add_article(self, draft: ArticleDraft, body_hash: str) -> int:
        article = Article(
            title=draft.title,
            author=draft.author,
            dateline=draft.dateline,
            agency=draft.agency,
            site=draft.site,
            published_on=draft.published_on,
            language=draft.language,
            source_path=draft.source_path,
            source_url=draft.source_url,
            body=draft.body,
            raw=draft.raw,
            body_hash=body_hash,
            source_name=draft.agency or draft.site or "",
        )
        self.session.add(article)
        self.session.flush()
        return article.id

    def add_articles(self, drafts: Sequence[tuple[ArticleDraft, str]]) -> None:
        """Insert many new ``(draft, body_hash)`` articles in one statement (bulk builds).

        No duplicate check: the caller knows the hashes are new (a duplicate fails the
        whole transaction on the unique hash).
        """
        rows = [
            {
                **{name: getattr(draft, name) for name in _DRAFT_COLUMNS},
                "body_hash": digest,
                "source_name": draft.agency or draft.site or "",
            }
            for draft, digest in drafts
        ]
        if rows:
            self.session.execute(insert(Article), rows)

    def count_articles(self) -> int:
        return self.session.scalar(select(func.count(Article.id))) or 0

    def library_revision(self) -> tuple[int, dt.datetime | None]:
        """How many articles and when the newest was imported: changes whenever anyone
        adds or deletes an article, and costs two index lookups."""
        row = self.session.execute(
            select(func.count(Article.id), func.max(Article.imported_at))
        ).one()
        newest = row[1]
        if isinstance(newest, str):  # SQLite returns an aggregate's datetime as text
            newest = dt.datetime.fromisoformat(newest)
        return int(row[0]), newest

    def list_articles(self) -> list[ArticleSummary]:
        return library.article_page(self.session, 0, -1)

    def count_filtered(self, filters: ArticleFilters | None = None) -> int:
        return library.count_articles(self.session, filters)

    def article_page(
        self,
        offset: int,
        limit: int,
        *,
        sort: SortKey = SortKey.IMPORTED,
        descending: bool = True,
        filters: ArticleFilters | None = None,
    ) -> list[ArticleSummary]:
        return library.article_page(
            self.session, offset, limit, sort=sort, descending=descending, filters=filters
        )

    def filter_choices(self) -> FilterChoices:
        return library.filter_choices(self.session)

    def article(self, article_id: int) -> ArticleDetail:
        return _article_view(self._article(article_id))

    def _article(self, article_id: int) -> Article:
        article = self.session.get(Article, article_id)
        if article is None:
            raise NotFoundError(f"There is no article with id {article_id}.")
        return article

    def update_metadata(self, article_id: int, changes: MetadataChanges) -> ArticleDetail:
        article = self._article(article_id)
        for name in ("title", "author", "dateline", "agency", "language", "source_url", "site"):
            value = getattr(changes, name)
            if value is not None:
                setattr(article, name, value.strip() or (None if name != "title" else ""))
        article.source_name = article.agency or article.site or ""
        if changes.clear_published_on:
            article.published_on = None
        elif changes.published_on is not None:
            article.published_on = changes.published_on
        self.session.flush()
        return _article_view(article)

    def delete_article(self, article_id: int) -> None:
        self.session.delete(self._article(article_id))

    def mark_extracted(self, article_id: int, pipeline: str) -> None:
        article = self._article(article_id)
        article.pipeline = pipeline
        article.extracted_at = utcnow()

    # -- cards ------------------------------------------------------------------------------

    def cards(
        self, article_id: int, states: Iterable[CardState] = (CardState.ACTIVE,)
    ) -> list[CardView]:
        wanted = [state.value for state in states]
        query = (
            select(FactCard)
            .where(FactCard.article_id == article_id, FactCard.state.in_(wanted))
            .options(selectinload(FactCard.mentions))
            .order_by(FactCard.kind, FactCard.id)
        )
        return [_card_view(card) for card in self.session.scalars(query)]

    def merge_drafts(self, article_id: int, drafts: Sequence[CardDraft]) -> MergeReport:
        """Add what is new in ``drafts``; leave every card the user touched as it is.

        A card the extractor proposed before is recognised by its ``auto_key`` even if the
        user renamed it. Rejected, merged and user-edited cards never change, and a span that
        already belongs to some card of that kind (the user may have moved it) is not added
        again.
        """
        article = self._article(article_id)
        existing = {card.auto_key: card for card in article.cards if card.auto_key}
        taken = {(c.kind, m.start, m.end) for c in article.cards for m in c.mentions}
        cards_added = mentions_added = 0
        for draft in drafts:
            spans = [s for s in draft.mentions if (draft.kind.value, s.start, s.end) not in taken]
            check_spans(article.body, spans)
            key = auto_key(draft)
            card = existing.get(key)
            if card is None:
                card = FactCard(
                    kind=draft.kind.value,
                    label=draft.label,
                    attributes=dict(draft.attributes),
                    auto_key=key,
                )
                article.cards.append(card)
                existing[key] = card
                cards_added += 1
            elif card.origin != Origin.AUTO.value or card.state != CardState.ACTIVE.value:
                continue
            for span in spans:
                card.mentions.append(Mention(start=span.start, end=span.end, text=span.text))
                taken.add((draft.kind.value, span.start, span.end))
                mentions_added += 1
        self.session.flush()
        entities.link_cards(self.session, article.cards)
        return MergeReport(cards_added, mentions_added)

    def add_extracted_article(
        self, draft: ArticleDraft, body_hash: str, cards: Sequence[CardDraft], pipeline: str
    ) -> int:
        """A new article with its freshly extracted cards, linked to entities (bulk import).

        Gives the same cards as ``add_article`` then ``merge_drafts``, written with a few
        multi-row statements instead of one ORM object per card and mention.
        """
        article_id = self.add_article(draft, body_hash)
        planned = _plan_cards(draft.body, cards)
        if planned:
            now = utcnow()
            rows = [{**plan.row, "article_id": article_id, "updated_at": now} for plan in planned]
            card_ids = self.session.scalars(
                insert(FactCard).returning(FactCard.id, sort_by_parameter_order=True), rows
            ).all()
            mentions = [
                {"card_id": card_id, "start": s.start, "end": s.end, "text": s.text}
                for card_id, plan in zip(card_ids, planned, strict=True)
                for s in plan.spans
            ]
            if mentions:
                self.session.execute(insert(Mention), mentions)
            self._link_new_cards(list(zip(card_ids, planned, strict=True)))
        self.mark_extracted(article_id, pipeline)
        return article_id

    def _link_new_cards(self, cards: list[tuple[int, _PlannedCard]]) -> None:
        linkable = [(i, p) for i, p in cards if p.row["kind"] in entities.LINKED_KINDS]
        names = [
            entities.CardNames(p.row["kind"], p.row["label"], tuple(s.text for s in p.spans))
            for _, p in linkable
        ]
        found = entities.resolve_entities(self.session, names)
        if found:
            # Core, not ORM bulk update: the ORM would demand each card's version.
            self.session.execute(
                text("UPDATE fact_card SET entity_id = :entity WHERE id = :card"),
                [{"card": i, "entity": e.id} for (i, _), e in zip(linkable, found, strict=True)],
            )

    def link_entities(self) -> int:
        """Link cards stored before entity linking existed (or by bulk SQL); idempotent."""
        unlinked = select(FactCard).where(
            FactCard.entity_id.is_(None), FactCard.kind.in_(entities.LINKED_KINDS)
        )
        return entities.link_cards(self.session, self.session.scalars(unlinked).all())

    # -- cross-article views ------------------------------------------------------------

    def entities(
        self, kind: FactKind | None = None, query: str | None = None, limit: int = 500
    ) -> list[EntityView]:
        return entities.entities(self.session, kind, query, limit)

    def entity_mentions(self, entity_id: int) -> list[EntityMention]:
        return entities.entity_mentions(self.session, entity_id)

    def timeline(
        self, entity_id: int | None = None, limit: int = 2000, offset: int = 0
    ) -> list[TimelineEvent]:
        return entities.timeline(self.session, entity_id, limit, offset)

    def set_card_attributes(self, card_id: int, attributes: dict[str, Any]) -> None:
        """Replace a card's attributes without marking it as edited (re-normalisation)."""
        card = self.session.get(FactCard, card_id)
        if card is None:
            raise NotFoundError(f"There is no fact card with id {card_id}.")
        card.attributes = dict(attributes)

    # -- claims -----------------------------------------------------------------------------

    def add_claim(
        self,
        article_id: int,
        span: Span,
        *,
        verdict: Verdict = Verdict.UNVERIFIED,
        claimant_card_id: int | None = None,
        claimant_text: str | None = None,
        note: str = "",
        tags: Sequence[str] = (),
        reviewer: str | None = None,
        evidence: Sequence[tuple[str | None, str | None, str]] = (),
    ) -> ClaimView:
        article = self._article(article_id)
        check_spans(article.body, [span])
        claim = Claim(
            start=span.start,
            end=span.end,
            quote=span.text,
            verdict=verdict.value,
            claimant_card_id=claimant_card_id,
            claimant_text=claimant_text,
            note=note,
            tags=list(tags),
            reviewer=reviewer,
            evidence=[Evidence(url=u, citation=c, comment=m) for u, c, m in evidence],
        )
        article.claims.append(claim)
        self.session.flush()
        return _claim_view(claim)

    def claims(self, article_id: int) -> list[ClaimView]:
        query = (
            select(Claim)
            .where(Claim.article_id == article_id)
            .options(selectinload(Claim.evidence))
            .order_by(Claim.start, Claim.id)
        )
        return [_claim_view(claim) for claim in self.session.scalars(query)]

    # -- search -----------------------------------------------------------------------------

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Ranked hits with ``[``/``]`` around the matches in each snippet."""
        return [
            SearchHit(r.article_id, r.title, r.snippet.bracketed(), r.rank)
            for r in self.search_results(query, limit)
        ]

    def search_results(
        self, query: str | ParsedQuery, limit: int = 50, offset: int = 0
    ) -> list[SearchResult]:
        dialect = self.session.get_bind().dialect.name
        if dialect == "postgresql":
            return postgres.search(self.session, query, limit, offset)
        if dialect != "sqlite":
            return self._search_like(str(query), limit)
        return full_text.search(self.session, query, limit, offset)

    def _search_like(self, query: str, limit: int) -> list[SearchResult]:
        """Databases without FTS5: a plain substring match, unranked."""
        pattern = f"%{query.strip()}%"
        rows = self.session.execute(
            select(*library.SUMMARY_COLUMNS[:6], Article.body)
            .where(Article.body.ilike(pattern) | Article.title.ilike(pattern))
            .limit(limit)
        ).all()
        return [
            SearchResult(r[0], r[1], Snippet(r[6][:160]), 0.0, r[4], r[2] or r[3] or "", r[5])
            for r in rows
        ]


@dataclass
class _PlannedCard:
    row: dict[str, Any]
    spans: list[Span]


def _plan_cards(body: str, drafts: Sequence[CardDraft]) -> list[_PlannedCard]:
    """``merge_drafts`` on an article without cards: one card per auto key, each span once."""
    planned: dict[str, _PlannedCard] = {}
    taken: set[tuple[str, int, int]] = set()
    for draft in drafts:
        spans = [s for s in draft.mentions if (draft.kind.value, s.start, s.end) not in taken]
        check_spans(body, spans)
        key = auto_key(draft)
        if key not in planned:
            row = {
                "kind": draft.kind.value,
                "label": draft.label,
                "attributes": dict(draft.attributes),
                "auto_key": key,
                "origin": Origin.AUTO.value,
                "state": CardState.ACTIVE.value,
                "version": 1,
            }
            planned[key] = _PlannedCard(row, [])
        planned[key].spans.extend(spans)
        taken.update((draft.kind.value, s.start, s.end) for s in spans)
    return list(planned.values())


_DRAFT_COLUMNS = (
    "title",
    "author",
    "dateline",
    "agency",
    "site",
    "published_on",
    "language",
    "source_path",
    "source_url",
    "body",
    "raw",
)


def check_spans(body: str, spans: Iterable[Span]) -> None:
    """Refuse any span that does not quote ``body`` exactly (nothing is saved then)."""
    for span in spans:
        if not span.is_valid_in(body):
            raise OffsetError(
                f"The selection {span.start}–{span.end} does not quote the article text "
                f"“{span.text[:40]}” exactly, so it was not saved."
            )


def _article_view(article: Article) -> ArticleDetail:
    return ArticleDetail(
        id=article.id,
        title=article.title,
        author=article.author,
        dateline=article.dateline,
        agency=article.agency,
        site=article.site,
        published_on=article.published_on,
        language=article.language,
        source_path=article.source_path,
        source_url=article.source_url,
        body=article.body,
        body_hash=article.body_hash,
        imported_at=article.imported_at,
        pipeline=article.pipeline,
        extracted_at=article.extracted_at,
        version=article.version,
    )


def _card_view(card: FactCard) -> CardView:
    return CardView(
        id=card.id,
        article_id=card.article_id,
        kind=FactKind(card.kind),
        label=card.label,
        attributes=dict(card.attributes),
        origin=Origin(card.origin),
        state=CardState(card.state),
        mentions=tuple(MentionView(m.id, m.start, m.end, m.text) for m in card.mentions),
        version=card.version,
    )


def _claim_view(claim: Claim) -> ClaimView:
    return ClaimView(
        id=claim.id,
        article_id=claim.article_id,
        start=claim.start,
        end=claim.end,
        quote=claim.quote,
        verdict=Verdict(claim.verdict),
        claimant_card_id=claim.claimant_card_id,
        claimant_text=claim.claimant_text,
        note=claim.note,
        tags=tuple(claim.tags),
        reviewer=claim.reviewer,
        created_at=claim.created_at,
        updated_at=claim.updated_at,
        evidence=tuple(EvidenceView(e.id, e.url, e.citation, e.comment) for e in claim.evidence),
        version=claim.version,
    )
