"""SQLAlchemy 2 typed rows. The schema changes only through an Alembic migration."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from desktop.domain import CardState, Origin, Verdict

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dict[str, Any]: JSON, list[str]: JSON}


class Article(Base):
    __tablename__ = "article"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(1000), default="")
    author: Mapped[str | None] = mapped_column(String(500))
    dateline: Mapped[str | None] = mapped_column(String(200))
    agency: Mapped[str | None] = mapped_column(String(200))
    site: Mapped[str | None] = mapped_column(String(500))
    published_on: Mapped[dt.date | None] = mapped_column(Date)
    language: Mapped[str] = mapped_column(String(16), default="und")
    source_path: Mapped[str | None] = mapped_column(Text)
    source_url: Mapped[str | None] = mapped_column(Text)
    # The body is written once; every offset in the library points into it.
    body: Mapped[str] = mapped_column(Text)
    raw: Mapped[str] = mapped_column(Text)
    body_hash: Mapped[str] = mapped_column(String(64), unique=True)
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    pipeline: Mapped[str | None] = mapped_column(String(200))
    extracted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # Kept by SQL triggers on ``claim`` (migration 0002) so the library list can sort and
    # filter 100,000 articles by their number of claims through an index.
    claim_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # ``agency`` or else ``site``, the list's "Source" column, kept by SQL triggers
    # (migration 0003) so it can be sorted and filtered through an index.
    source_name: Mapped[str] = mapped_column(String(500), default="", server_default="")
    version: Mapped[int] = mapped_column(Integer, default=1)

    cards: Mapped[list[FactCard]] = relationship(
        back_populates="article", cascade="all, delete-orphan", passive_deletes=True
    )
    claims: Mapped[list[Claim]] = relationship(
        back_populates="article", cascade="all, delete-orphan", passive_deletes=True
    )

    __mapper_args__ = {"version_id_col": version}
    # One index per sortable column of the library list; SQLite appends the rowid, so
    # each also serves the ``id`` tie-break of keyset and offset paging.
    __table_args__ = (
        Index("ix_article_published_on", "published_on"),
        Index("ix_article_title", "title"),
        Index("ix_article_language", "language"),
        Index("ix_article_agency", "agency"),
        Index("ix_article_site", "site"),
        Index("ix_article_source_name", "source_name"),
        # The list filtered by one source, in any order, read from an index (migration 0004).
        Index("ix_article_source_published_on", "source_name", "published_on"),
        Index("ix_article_source_title", "source_name", "title"),
        Index("ix_article_source_language", "source_name", "language"),
        Index("ix_article_source_claim_count", "source_name", "claim_count"),
        Index("ix_article_source_imported_at", "source_name", "imported_at"),
        Index("ix_article_claim_count", "claim_count"),
        Index("ix_article_imported_at", "imported_at"),
    )


class Entity(Base):
    """One real-world actor, organisation, place or source across the whole library."""

    __tablename__ = "entity"
    __table_args__ = (UniqueConstraint("kind", "label"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    label: Mapped[str] = mapped_column(String(500))
    aliases: Mapped[list[str]] = mapped_column(default=list)

    keys: Mapped[list[EntityKey]] = relationship(
        back_populates="entity", cascade="all, delete-orphan", passive_deletes=True
    )


class EntityKey(Base):
    """A folded name an entity is found by when cards of new articles are linked.

    ``strong`` keys (the full label, multi-word mention texts) link on their own; weak keys
    (an actor's surname) link a one-word label only when exactly one entity has them.
    """

    __tablename__ = "entity_key"
    __table_args__ = (
        UniqueConstraint("entity_id", "key"),
        Index("ix_entity_key_key", "key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entity.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(500))
    strong: Mapped[bool] = mapped_column(Boolean, default=True)

    entity: Mapped[Entity] = relationship(back_populates="keys")


class FactCard(Base):
    __tablename__ = "fact_card"
    __table_args__ = (
        Index("ix_fact_card_article_kind", "article_id", "kind"),
        Index("ix_fact_card_kind_entity", "kind", "entity_id"),
        Index("ix_fact_card_entity_id", "entity_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("article.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(32))
    label: Mapped[str] = mapped_column(String(1000))
    attributes: Mapped[dict[str, Any]] = mapped_column(default=dict)
    entity_id: Mapped[int | None] = mapped_column(ForeignKey("entity.id", ondelete="SET NULL"))
    origin: Mapped[str] = mapped_column(String(16), default=Origin.AUTO.value)
    state: Mapped[str] = mapped_column(String(16), default=CardState.ACTIVE.value)
    # Where a merged card went, so re-extraction can route new findings to the survivor.
    merged_into_id: Mapped[int | None] = mapped_column(
        ForeignKey("fact_card.id", ondelete="SET NULL")
    )
    # The extractor's identity for this card (kind + canonical label), kept even after
    # the user renames it, so re-running extraction recognises what it already proposed.
    auto_key: Mapped[str | None] = mapped_column(String(1100))
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    article: Mapped[Article] = relationship(back_populates="cards")
    mentions: Mapped[list[Mention]] = relationship(
        back_populates="card",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Mention.start",
    )

    __mapper_args__ = {"version_id_col": version}


class Mention(Base):
    __tablename__ = "mention"
    __table_args__ = (Index("ix_mention_card_span", "card_id", "start", "end"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    card_id: Mapped[int] = mapped_column(ForeignKey("fact_card.id", ondelete="CASCADE"))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    origin: Mapped[str] = mapped_column(String(16), default=Origin.AUTO.value)

    card: Mapped[FactCard] = relationship(back_populates="mentions")


class Claim(Base):
    __tablename__ = "claim"
    __table_args__ = (
        Index("ix_claim_article_verdict", "article_id", "verdict"),
        Index("ix_claim_verdict_article", "verdict", "article_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("article.id", ondelete="CASCADE"))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    quote: Mapped[str] = mapped_column(Text)
    verdict: Mapped[str] = mapped_column(String(32), default=Verdict.UNVERIFIED.value)
    claimant_card_id: Mapped[int | None] = mapped_column(
        ForeignKey("fact_card.id", ondelete="SET NULL")
    )
    claimant_text: Mapped[str | None] = mapped_column(String(1000))
    note: Mapped[str] = mapped_column(Text, default="")
    tags: Mapped[list[str]] = mapped_column(default=list)
    reviewer: Mapped[str | None] = mapped_column(String(200))
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    article: Mapped[Article] = relationship(back_populates="claims")
    evidence: Mapped[list[Evidence]] = relationship(
        back_populates="claim", cascade="all, delete-orphan", passive_deletes=True
    )

    __mapper_args__ = {"version_id_col": version}


class Evidence(Base):
    __tablename__ = "evidence"

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claim.id", ondelete="CASCADE"))
    url: Mapped[str | None] = mapped_column(Text)
    citation: Mapped[str | None] = mapped_column(Text)
    comment: Mapped[str] = mapped_column(Text, default="")

    claim: Mapped[Claim] = relationship(back_populates="evidence")
