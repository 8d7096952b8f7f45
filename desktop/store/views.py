"""Plain values the library views read: filters, sort keys, search results, entities and
the timeline. No SQL and no Qt; the services hand them to the UI and the command line."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from desktop.domain import FactKind, Verdict


class SortKey(StrEnum):
    """The library list's sortable columns."""

    DATE = "date"
    TITLE = "title"
    SOURCE = "source"
    LANGUAGE = "language"
    CLAIMS = "claims"
    IMPORTED = "imported"


@dataclass(frozen=True)
class ArticleFilters:
    """What the library list shows; ``None`` means "any"."""

    language: str | None = None
    source: str | None = None  # agency or site, exactly as listed by ``filter_choices``
    has_claims: bool | None = None
    verdict: Verdict | None = None


@dataclass(frozen=True)
class FilterChoices:
    """The values the filter menus offer, each with its number of articles."""

    languages: tuple[tuple[str, int], ...]
    sources: tuple[tuple[str, int], ...]
    verdicts: tuple[tuple[Verdict, int], ...]


@dataclass(frozen=True)
class Snippet:
    """A short passage with the matched words marked as ``[start, end)`` ranges of ``text``."""

    text: str
    marks: tuple[tuple[int, int], ...] = ()

    @classmethod
    def from_marked(cls, marked: str, opening: str, closing: str) -> Snippet:
        text: list[str] = []
        marks: list[tuple[int, int]] = []
        length = 0
        start = None
        for part in _split_keep(marked, opening, closing):
            if part == opening:
                start = length
            elif part == closing and start is not None:
                marks.append((start, length))
                start = None
            else:
                text.append(part)
                length += len(part)
        return cls("".join(text), tuple(marks))

    def bracketed(self, opening: str = "[", closing: str = "]") -> str:
        """The passage with each match in brackets, as the command line prints it."""
        return self._render(opening, closing, lambda s: s)

    def html(self) -> str:
        """The passage as escaped HTML with each match in ``<b>``, for rich-text labels."""
        return self._render("<b>", "</b>", html.escape)

    def _render(self, opening: str, closing: str, escape: Callable[[str], str]) -> str:
        parts: list[str] = []
        position = 0
        for start, end in self.marks:
            parts += [escape(self.text[position:start]), opening, escape(self.text[start:end])]
            parts.append(closing)
            position = end
        parts.append(escape(self.text[position:]))
        return "".join(parts)


def _split_keep(text: str, *separators: str) -> list[str]:
    parts: list[str] = []
    current: list[str] = []
    for char in text:
        if char in separators:
            parts += ["".join(current), char]
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return [p for p in parts if p]


@dataclass(frozen=True)
class SearchResult:
    """One ranked hit of the search box (lower ``rank`` is better)."""

    article_id: int
    title: str
    snippet: Snippet
    rank: float
    published_on: dt.date | None
    source: str
    language: str


@dataclass(frozen=True)
class EntityView:
    """One actor, organisation, place or source across the library."""

    id: int
    kind: FactKind
    label: str
    aliases: tuple[str, ...]
    article_count: int
    mention_count: int


@dataclass(frozen=True)
class EntityMention:
    """One place where an entity is named; ``start``/``end`` open the article there.

    ``statement`` is what a source was quoted saying when the mention introduces it.
    """

    article_id: int
    title: str
    published_on: dt.date | None
    card_id: int
    mention_id: int
    start: int
    end: int
    text: str
    statement: str | None = None


@dataclass(frozen=True)
class TimelineEvent:
    """A dated event of some article: the normalised date and the sentence it dates."""

    article_id: int
    title: str
    published_on: dt.date | None
    card_id: int
    value: str  # ISO-like, as precise as the text: 2026-11-29, 2026-11, 2026
    granularity: str
    label: str  # the date as written
    event: str  # the sentence around it
    start: int  # the date's mention in the body
    end: int
