"""Plain value types shared by every layer (no Qt, no SQL, no spaCy)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class FactKind(StrEnum):
    ACTOR = "actor"
    ORGANISATION = "organisation"
    PLACE = "place"
    SANCTION = "sanction"
    DATE = "date"
    SOURCE = "source"


class Origin(StrEnum):
    AUTO = "auto"
    USER = "user"


class CardState(StrEnum):
    ACTIVE = "active"
    REJECTED = "rejected"
    MERGED = "merged"


class Verdict(StrEnum):
    UNVERIFIED = "unverified"
    TRUE = "true"
    MOSTLY_TRUE = "mostly_true"
    MIXED = "mixed"
    MISLEADING = "misleading"
    FALSE = "false"
    UNVERIFIABLE = "unverifiable"


class ImportStatus(StrEnum):
    IMPORTED = "imported"
    DUPLICATE = "duplicate"
    FAILED = "failed"


class FactsheetError(Exception):
    """An expected failure with a one-sentence message fit to show a user.

    Bugs raise anything else; the UI and CLI treat those as crashes.
    """

    def __init__(self, user_message: str, *, detail: str | None = None) -> None:
        super().__init__(user_message)
        self.user_message = user_message
        self.detail = detail


class IngestError(FactsheetError):
    """A file or text that cannot become an article."""


class NotFoundError(FactsheetError):
    """An id that names nothing in the library."""


class OffsetError(FactsheetError):
    """A span that does not quote the article body exactly."""


class ConflictError(FactsheetError):
    """A card or claim changed elsewhere (another window or process) since it was read."""


@dataclass(frozen=True)
class Span:
    """A half-open character range ``[start, end)`` into an article body."""

    start: int
    end: int
    text: str

    def is_valid_in(self, body: str) -> bool:
        return 0 <= self.start < self.end <= len(body) and body[self.start : self.end] == self.text


@dataclass(frozen=True)
class ArticleDraft:
    """What ingest makes of a file or pasted text, before it is stored."""

    body: str
    raw: str
    title: str = ""
    author: str | None = None
    dateline: str | None = None
    agency: str | None = None
    published_on: dt.date | None = None
    language: str = "und"
    source_path: str | None = None
    source_url: str | None = None
    site: str | None = None


@dataclass(frozen=True)
class CardDraft:
    """A fact card as the nlp layer proposes it."""

    kind: FactKind
    label: str
    attributes: dict[str, Any] = field(default_factory=dict)
    mentions: tuple[Span, ...] = ()


@dataclass(frozen=True)
class PipelineInfo:
    """Which NLP pipeline serves a language, for the About box and article records."""

    language: str
    name: str
    version: str
    statistical: bool

    def describe(self) -> str:
        return f"{self.name} {self.version}"


@dataclass(frozen=True)
class ArticleSummary:
    """One row of the library list."""

    id: int
    title: str
    agency: str | None
    site: str | None
    published_on: dt.date | None
    language: str
    imported_at: dt.datetime
    claim_count: int = 0

    @property
    def source(self) -> str:
        return self.agency or self.site or ""


@dataclass(frozen=True)
class ArticleDetail:
    """An article with its editable metadata and its immutable body."""

    id: int
    title: str
    author: str | None
    dateline: str | None
    agency: str | None
    site: str | None
    published_on: dt.date | None
    language: str
    source_path: str | None
    source_url: str | None
    body: str
    body_hash: str
    imported_at: dt.datetime
    pipeline: str | None
    extracted_at: dt.datetime | None
    version: int


@dataclass(frozen=True)
class MetadataChanges:
    """The metadata fields a user may edit; ``None`` leaves a field unchanged."""

    title: str | None = None
    author: str | None = None
    dateline: str | None = None
    agency: str | None = None
    published_on: dt.date | None = None
    clear_published_on: bool = False
    language: str | None = None
    source_url: str | None = None
    site: str | None = None


@dataclass(frozen=True)
class MentionView:
    id: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class CardView:
    id: int
    article_id: int
    kind: FactKind
    label: str
    attributes: dict[str, Any]
    origin: Origin
    state: CardState
    mentions: tuple[MentionView, ...]
    version: int


@dataclass(frozen=True)
class EvidenceView:
    id: int
    url: str | None
    citation: str | None
    comment: str


@dataclass(frozen=True)
class ClaimView:
    id: int
    article_id: int
    start: int
    end: int
    quote: str
    verdict: Verdict
    claimant_card_id: int | None
    claimant_text: str | None
    note: str
    tags: tuple[str, ...]
    reviewer: str | None
    created_at: dt.datetime
    updated_at: dt.datetime
    evidence: tuple[EvidenceView, ...]
    version: int


@dataclass(frozen=True)
class CardFields:
    """What the card editor sets: kind, label and the attributes (kept whole, so keys the
    editor does not show, such as a source's statements, survive an edit)."""

    kind: FactKind
    label: str
    attributes: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class EvidenceItem:
    """One piece of evidence for a claim: a URL or a citation, and a comment."""

    url: str | None = None
    citation: str | None = None
    comment: str = ""


@dataclass(frozen=True)
class ClaimFields:
    """What the claim editor sets (the quoted span never changes after marking)."""

    verdict: Verdict = Verdict.UNVERIFIED
    claimant_card_id: int | None = None
    claimant_text: str | None = None
    note: str = ""
    tags: tuple[str, ...] = ()
    reviewer: str | None = None
    evidence: tuple[EvidenceItem, ...] = ()


@dataclass(frozen=True)
class SuggestedClaim:
    """A statement the extraction attributed to a source card, offered as a claim."""

    card_id: int
    claimant: str
    span: Span
    cue: str = ""


@dataclass(frozen=True)
class SearchHit:
    article_id: int
    title: str
    snippet: str
    rank: float


@dataclass(frozen=True)
class ImportOutcome:
    """What happened to one file or pasted text on import."""

    status: ImportStatus
    source: str
    article_id: int | None = None
    title: str = ""
    message: str = ""
    duplicate_of: int | None = None

    def describe(self) -> str:
        if self.status is ImportStatus.IMPORTED:
            return "imported"
        if self.status is ImportStatus.DUPLICATE:
            return f"duplicate of id {self.duplicate_of}"
        return f"failed: {self.message}"
