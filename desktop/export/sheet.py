"""The fact sheet as a plain view model: what every output format (PDF, Markdown) shows.

Built from an article, its cards and its claims; rejected and merged cards never reach it.
No Qt and no SQL here, so the same sheet feeds the PDF, Markdown and tests.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from desktop.domain import ArticleDetail, CardState, CardView, ClaimView, FactKind, Verdict

HASH_DIGITS = 12
CONTEXT_CHARS = 90  # how much sentence context a card excerpt keeps on each side

KIND_ORDER = (
    FactKind.ACTOR,
    FactKind.ORGANISATION,
    FactKind.PLACE,
    FactKind.DATE,
    FactKind.SANCTION,
    FactKind.SOURCE,
)
SECTION_TITLES: Mapping[FactKind, str] = {
    FactKind.ACTOR: "Actors",
    FactKind.ORGANISATION: "Organisations",
    FactKind.PLACE: "Places",
    FactKind.DATE: "Timeline",
    FactKind.SANCTION: "Sanctions",
    FactKind.SOURCE: "Sources",
}
KIND_NAMES: Mapping[FactKind, str] = {
    FactKind.ACTOR: "Actor",
    FactKind.ORGANISATION: "Organisation",
    FactKind.PLACE: "Place",
    FactKind.DATE: "Date",
    FactKind.SANCTION: "Sanction",
    FactKind.SOURCE: "Source",
}
# The column that sums up a card's key attributes, per kind.
SUMMARY_TITLES: Mapping[FactKind, str] = {
    FactKind.ACTOR: "Role · affiliation",
    FactKind.ORGANISATION: "Type · country",
    FactKind.PLACE: "Type · country",
    FactKind.DATE: "Date · event",
    FactKind.SANCTION: "Issuer → target · sector · stance",
    FactKind.SOURCE: "Kind · cites",
}
METADATA_TITLE = "Metadata"
INDEX_TITLE = "Index of actors and sources"
CONTENTS_TITLE = "Articles in this dossier"
CLAIMS_TITLE = "Claims"
VERDICT_LABELS: Mapping[Verdict, str] = {
    Verdict.UNVERIFIED: "Unverified",
    Verdict.TRUE: "True",
    Verdict.MOSTLY_TRUE: "Mostly true",
    Verdict.MIXED: "Mixed",
    Verdict.MISLEADING: "Misleading",
    Verdict.FALSE: "False",
    Verdict.UNVERIFIABLE: "Unverifiable",
}
# Typographic quotation marks by article language; English ones are the fallback.
QUOTE_MARKS: Mapping[str, tuple[str, str]] = {
    "de": ("„", "“"),
    "en": ("“", "”"),
    "fr": ("« ", " »"),
}
# A sentence ends at . ! ? and blank lines, but not at German ordinals ("25. Februar").
_SENTENCE_END = re.compile(r"(?<![0-9])[.!?][\"“”»«']?\s+|\n\s*")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Excerpt:
    """A mention or claim in its sentence: ``before + focus + after`` quotes the body."""

    before: str
    focus: str
    after: str
    start: int
    end: int

    @property
    def text(self) -> str:
        return f"{self.before}{self.focus}{self.after}"


@dataclass(frozen=True)
class Field:
    label: str
    value: str
    link: str | None = None
    # The value as a date or UTC moment, for formats that write it the reader's way.
    day: dt.date | None = None
    moment: dt.datetime | None = None


@dataclass(frozen=True)
class Statement:
    """What a source is reported to have said, with the reporting cue."""

    cue: str
    text: str
    start: int | None
    end: int | None


@dataclass(frozen=True)
class CardEntry:
    card_id: int
    kind: FactKind
    label: str
    summary: str  # the key attributes in one line (role · affiliation, issuer → target …)
    sort_key: str
    excerpt: Excerpt | None
    mention_count: int
    statements: tuple[Statement, ...] = ()


@dataclass(frozen=True)
class CardSection:
    kind: FactKind
    title: str
    entries: tuple[CardEntry, ...]


@dataclass(frozen=True)
class EvidenceLink:
    text: str
    url: str | None
    comment: str


@dataclass(frozen=True)
class ClaimEntry:
    claim_id: int
    quote: str
    start: int
    end: int
    verdict: Verdict
    verdict_label: str
    claimant: str
    note: str
    tags: tuple[str, ...]
    reviewer: str | None
    evidence: tuple[EvidenceLink, ...]


@dataclass(frozen=True)
class ArticleSheet:
    article_id: int
    title: str
    language: str
    uri: str
    metadata: tuple[Field, ...]
    sections: tuple[CardSection, ...]
    claims: tuple[ClaimEntry, ...]

    @property
    def byline(self) -> str:
        """Source and date in one line, for the dossier's list of articles."""
        fields = {f.label: f.value for f in self.metadata}
        return " · ".join(
            v for v in (fields.get("Agency"), fields.get("Published")) if v and v != "—"
        )

    def quoted(self, text: str) -> str:
        opening, closing = quote_marks(self.language)
        return f"{opening}{text}{closing}"

    def section(self, kind: FactKind) -> CardSection:
        return next(s for s in self.sections if s.kind is kind)


@dataclass(frozen=True)
class IndexEntry:
    """One actor or source across a dossier, and the articles (1-based) it occurs in."""

    kind: FactKind
    label: str
    articles: tuple[int, ...]


@dataclass(frozen=True)
class FactSheet:
    title: str
    generated_at: dt.datetime
    articles: tuple[ArticleSheet, ...]
    index: tuple[IndexEntry, ...]
    locale: str = "en"  # how the PDF writes labels, dates and numbers (``export.wording``)

    @property
    def is_dossier(self) -> bool:
        return len(self.articles) > 1


def quote_marks(language: str) -> tuple[str, str]:
    return QUOTE_MARKS.get(language.split("-", maxsplit=1)[0].lower(), QUOTE_MARKS["en"])


def article_uri(article: ArticleDetail) -> str:
    """A stable identifier for the article: its URL, else a URN over its body hash."""
    return article.source_url or f"urn:factsheet:article:{article.body_hash}"


def build_fact_sheet(
    parts: Sequence[tuple[ArticleDetail, Sequence[CardView], Sequence[ClaimView]]],
    generated_at: dt.datetime | None = None,
    locale: str = "en",
) -> FactSheet:
    """One sheet per article; with several articles a dossier with a combined index."""
    sheets = tuple(build_article_sheet(a, cards, claims) for a, cards, claims in parts)
    title = sheets[0].title if len(sheets) == 1 else f"Dossier: {len(sheets)} articles"
    return FactSheet(
        title=title,
        generated_at=generated_at or dt.datetime.now(dt.UTC).replace(microsecond=0),
        articles=sheets,
        index=build_index(sheets) if len(sheets) > 1 else (),
        locale=locale,
    )


def build_article_sheet(
    article: ArticleDetail, cards: Sequence[CardView], claims: Sequence[ClaimView]
) -> ArticleSheet:
    active = [c for c in cards if c.state is CardState.ACTIVE and c.article_id == article.id]
    labels = {c.id: c.label for c in active}
    return ArticleSheet(
        article_id=article.id,
        title=article.title.strip() or "Untitled article",
        language=article.language,
        uri=article_uri(article),
        metadata=_metadata(article),
        sections=tuple(_section(kind, active, article.body) for kind in KIND_ORDER),
        claims=tuple(_claim_entry(c, labels) for c in sorted(claims, key=lambda c: c.start)),
    )


def build_index(sheets: Sequence[ArticleSheet]) -> tuple[IndexEntry, ...]:
    """Actors and sources across articles, grouped by case-insensitive label."""
    found: dict[tuple[FactKind, str], tuple[str, set[int]]] = {}
    for number, sheet in enumerate(sheets, start=1):
        for kind in (FactKind.ACTOR, FactKind.SOURCE):
            for entry in sheet.section(kind).entries:
                key = (kind, entry.label.casefold())
                _label, where = found.setdefault(key, (entry.label, set()))
                where.add(number)
    entries = [
        IndexEntry(kind, label, tuple(sorted(where))) for (kind, _), (label, where) in found.items()
    ]
    return tuple(sorted(entries, key=lambda e: (KIND_ORDER.index(e.kind), e.label.casefold())))


# -- metadata -------------------------------------------------------------------------------

LINK_SCHEMES = ("http", "https", "mailto")


def safe_link(url: str | None) -> str | None:
    """``url`` if it may become a clickable link; evidence can come from imported files,
    so ``javascript:``, ``file:`` and the like stay plain text."""
    candidate = (url or "").strip()
    scheme, colon, _rest = candidate.partition(":")
    if colon and scheme.lower() in LINK_SCHEMES:
        return candidate
    return None


def _metadata(article: ArticleDetail) -> tuple[Field, ...]:
    origin = article.source_url or article.source_path or article.site
    fields = [
        Field("Agency", article.agency or article.site or ""),
        Field("Author", article.author or ""),
        Field("Dateline", article.dateline or ""),
        Field(
            "Published",
            article.published_on.isoformat() if article.published_on else "",
            day=article.published_on,
        ),
        Field("Language", article.language),
        Field("Origin", origin or "", safe_link(article.source_url)),
        Field("Imported", _timestamp(article.imported_at), moment=article.imported_at),
        Field("Body hash", article.body_hash[:HASH_DIGITS]),
    ]
    return tuple(f if f.value else Field(f.label, "—") for f in fields)


def _timestamp(moment: dt.datetime) -> str:
    return moment.replace(microsecond=0).strftime("%Y-%m-%d %H:%M")


# -- cards ----------------------------------------------------------------------------------


def _section(kind: FactKind, cards: Iterable[CardView], body: str) -> CardSection:
    entries = [_card_entry(c, body) for c in cards if c.kind is kind]
    entries.sort(key=lambda e: (e.sort_key, e.label.casefold()))
    return CardSection(kind, SECTION_TITLES[kind], tuple(entries))


def _card_entry(card: CardView, body: str) -> CardEntry:
    attrs = card.attributes
    first = min(card.mentions, key=lambda m: m.start) if card.mentions else None
    excerpt = excerpt_around(body, first.start, first.end) if first else None
    summary = _summary(card.kind, attrs)
    if card.kind is FactKind.DATE:
        # The timeline runs by normalised date; undated entries go last in text order.
        sort_key = timeline_key(_text(attrs.get("value")), first.start if first else 0)
    else:
        sort_key = ""
    return CardEntry(
        card_id=card.id,
        kind=card.kind,
        label=card.label,
        summary=summary,
        sort_key=sort_key,
        excerpt=excerpt,
        mention_count=len(card.mentions),
        statements=_statements(attrs) if card.kind is FactKind.SOURCE else (),
    )


def _summary(kind: FactKind, attrs: Mapping[str, Any]) -> str:
    if kind is FactKind.ACTOR:
        return _join(" · ", attrs.get("role"), attrs.get("affiliation"))
    if kind in (FactKind.ORGANISATION, FactKind.PLACE):
        return _join(" · ", attrs.get("type"), attrs.get("country"))
    if kind is FactKind.SANCTION:
        route = _join(" → ", attrs.get("issuer") or "?", attrs.get("target") or "?")
        if route == "? → ?":
            route = ""
        stance = _text(attrs.get("stance")).replace("_", " ")
        return _join(" · ", route, attrs.get("sector"), stance)
    if kind is FactKind.DATE:
        event = _text(attrs.get("event"))
        # Extraction may put the whole sentence in ``event``; the excerpt shows that already.
        return _join(
            " · ", display_date(_text(attrs.get("value"))), event if len(event) <= 40 else ""
        )
    if kind is FactKind.SOURCE:
        return _join(" · ", attrs.get("source_kind"), attrs.get("cites"))
    return ""


def display_date(value: str) -> str:
    """Normalised date values for people: ``--02-25`` has no year, ``weekday:Saturday``
    could not be resolved without the article's date."""
    if value.startswith("--"):
        return f"{value[2:]} (year unknown)"
    if value.startswith("weekday:"):
        return f"{value.split(':', 1)[1]} (date unknown)"
    return value


def timeline_key(value: str, position: int) -> str:
    """Dated entries in date order, then partial dates, then the rest in text order."""
    if value[:1].isdigit():
        return f"0{value}"
    if value.startswith("--"):
        return f"1{value}"
    return f"2{position:09d}"


def _statements(attrs: Mapping[str, Any]) -> tuple[Statement, ...]:
    raw = attrs.get("statements")
    if not isinstance(raw, list):
        return ()
    result = []
    for item in raw:
        if isinstance(item, Mapping) and _text(item.get("text")):
            result.append(
                Statement(
                    cue=_text(item.get("cue")),
                    text=_text(item.get("text")),
                    start=_int(item.get("start")),
                    end=_int(item.get("end")),
                )
            )
        elif isinstance(item, str) and item.strip():
            result.append(Statement("", item.strip(), None, None))
    return tuple(result)


def excerpt_around(body: str, start: int, end: int) -> Excerpt:
    """The sentence holding ``body[start:end]``, clipped to a readable length."""
    left = max((m.end() for m in _SENTENCE_END.finditer(body, 0, start)), default=0)
    after_end = _SENTENCE_END.search(body, end)
    right = after_end.start() + 1 if after_end else len(body)
    clipped_left = left < start - CONTEXT_CHARS
    clipped_right = right > end + CONTEXT_CHARS
    before = body[max(left, start - CONTEXT_CHARS) : start].lstrip()
    after = body[end : min(right, end + CONTEXT_CHARS)].rstrip()
    if clipped_left and before:
        before = "…" + _from_word(before)
    if clipped_right and after:
        after = _to_word(after) + "…"
    return Excerpt(_flat(before), body[start:end], _flat(after), start, end)


def _flat(text: str) -> str:
    return _SPACES.sub(" ", text)


def _from_word(text: str) -> str:
    space = text.find(" ")
    return text[space + 1 :] if 0 <= space < len(text) // 2 else text


def _to_word(text: str) -> str:
    space = text.rfind(" ")
    return text[:space] if space > len(text) // 2 else text


# -- claims ---------------------------------------------------------------------------------


def _claim_entry(claim: ClaimView, card_labels: Mapping[int, str]) -> ClaimEntry:
    if claim.claimant_card_id is not None and claim.claimant_card_id in card_labels:
        claimant = card_labels[claim.claimant_card_id]
    else:
        claimant = (claim.claimant_text or "").strip() or "—"
    evidence = tuple(
        EvidenceLink(
            text=(e.citation or e.url or "").strip(),
            url=safe_link(e.url),
            comment=e.comment.strip(),
        )
        for e in claim.evidence
        if (e.url or e.citation)
    )
    return ClaimEntry(
        claim_id=claim.id,
        quote=claim.quote,
        start=claim.start,
        end=claim.end,
        verdict=claim.verdict,
        verdict_label=VERDICT_LABELS[claim.verdict],
        claimant=claimant,
        note=claim.note.strip(),
        tags=claim.tags,
        reviewer=claim.reviewer,
        evidence=evidence,
    )


# -- robust attribute reading -----------------------------------------------------------------


def _text(value: Any) -> str:
    """Attributes come from extraction or users: strings, numbers, lists or label dicts."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, Mapping):
        return _text(value.get("label") or value.get("text") or value.get("value"))
    if isinstance(value, list | tuple):
        return ", ".join(t for t in (_text(v) for v in value) if t)
    return str(value)


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _join(separator: str, *values: Any) -> str:
    return separator.join(t for t in (_text(v) for v in values) if t)
