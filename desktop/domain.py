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
