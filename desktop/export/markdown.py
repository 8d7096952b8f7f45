"""The fact sheet as Markdown (CommonMark with pipe tables): the same content as the PDF."""

from __future__ import annotations

import re
from collections.abc import Iterator

from desktop.export.sheet import (
    CLAIMS_TITLE,
    CONTENTS_TITLE,
    INDEX_TITLE,
    KIND_NAMES,
    METADATA_TITLE,
    SUMMARY_TITLES,
    ArticleSheet,
    CardEntry,
    CardSection,
    ClaimEntry,
    Excerpt,
    FactSheet,
    Field,
)

_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")
_SPACE = re.compile(r"\s+")


def render_markdown(sheet: FactSheet) -> str:
    return "\n".join(_document(sheet)).rstrip() + "\n"


def _document(sheet: FactSheet) -> Iterator[str]:
    yield f"# {escape(sheet.title)}"
    yield ""
    kind = "Dossier" if sheet.is_dossier else "Fact sheet"
    yield f"*{kind} generated {sheet.generated_at:%Y-%m-%d %H:%M} UTC by Factsheet*"
    yield ""
    if not sheet.is_dossier:
        yield from _article(sheet.articles[0], level=2)
        return
    yield f"## {CONTENTS_TITLE}"
    yield ""
    for number, article in enumerate(sheet.articles, start=1):
        byline = f" — {escape(article.byline)}" if article.byline else ""
        yield f"{number}. {escape(article.title)}{byline}"
    yield ""
    yield from _index(sheet)
    for number, article in enumerate(sheet.articles, start=1):
        yield f"## {number}. {escape(article.title)}"
        yield ""
        yield from _article(article, level=3)


def _index(sheet: FactSheet) -> Iterator[str]:
    yield f"## {INDEX_TITLE}"
    yield ""
    yield "| Name | Kind | Articles |"
    yield "|---|---|---|"
    for entry in sheet.index:
        where = ", ".join(str(n) for n in entry.articles)
        yield f"| {cell(entry.label)} | {KIND_NAMES[entry.kind]} | {where} |"
    yield ""


def _article(article: ArticleSheet, level: int) -> Iterator[str]:
    hashes = "#" * level
    yield f"{hashes} {METADATA_TITLE}"
    yield ""
    yield from _metadata(article.metadata)
    for section in article.sections:
        yield f"{hashes} {section.title} ({len(section.entries)})"
        yield ""
        yield from _cards(article, section)
    yield f"{hashes} {CLAIMS_TITLE} ({len(article.claims)})"
    yield ""
    if not article.claims:
        yield "*No claims marked.*"
        yield ""
    for number, claim in enumerate(article.claims, start=1):
        yield from _claim(article, claim, number, level + 1)


def _metadata(fields: tuple[Field, ...]) -> Iterator[str]:
    yield "| Field | Value |"
    yield "|---|---|"
    for field in fields:
        value = f"<{field.link}>" if field.link else cell(field.value)
        yield f"| {field.label} | {value} |"
    yield ""


def _cards(article: ArticleSheet, section: CardSection) -> Iterator[str]:
    if not section.entries:
        yield "*None found.*"
        yield ""
        return
    yield f"| {KIND_NAMES[section.kind]} | {SUMMARY_TITLES[section.kind]} | In the text |"
    yield "|---|---|---|"
    for entry in section.entries:
        summary = cell(entry.summary) or "—"
        yield f"| **{cell(entry.label)}** | {summary} | {_in_text(article, entry)} |"
    yield ""


def _in_text(article: ArticleSheet, entry: CardEntry) -> str:
    if entry.statements:
        return " / ".join(_said(article, s.cue, s.text) for s in entry.statements)
    if entry.excerpt is None:
        return "—"
    more = f" (+{entry.mention_count - 1})" if entry.mention_count > 1 else ""
    return article.quoted(_excerpt(entry.excerpt)) + more


def _said(article: ArticleSheet, cue: str, text: str) -> str:
    quote = article.quoted(cell(text))
    return f"{cell(cue)}: {quote}" if cue else quote


def _excerpt(excerpt: Excerpt) -> str:
    return f"{escape(excerpt.before)}**{cell(excerpt.focus)}**{escape(excerpt.after)}"


def _claim(article: ArticleSheet, claim: ClaimEntry, number: int, level: int) -> Iterator[str]:
    yield f"{'#' * level} Claim {number} · {claim.verdict_label.upper()}"
    yield ""
    yield f"> {article.quoted(escape(_flat(claim.quote)))}"
    yield ""
    yield f"- Claimant: {escape(claim.claimant)}"
    if claim.note:
        yield f"- Note: {escape(_flat(claim.note))}"
    if claim.tags:
        yield f"- Tags: {escape(', '.join(claim.tags))}"
    if claim.reviewer:
        yield f"- Reviewer: {escape(claim.reviewer)}"
    yield f"- Position: characters {claim.start}–{claim.end}"
    for evidence in claim.evidence:
        link = escape(evidence.text)
        if evidence.url:
            link = f"[{link}](<{evidence.url}>)"
        comment = f" — {escape(evidence.comment)}" if evidence.comment else ""
        yield f"- Evidence: {link}{comment}"
    yield ""


def escape(text: str) -> str:
    """Keep article text literal: wire copy has asterisks, brackets and pipes."""
    return _SPECIAL.sub(r"\\\1", text)


def cell(text: str) -> str:
    return escape(_flat(text))


def _flat(text: str) -> str:
    return _SPACE.sub(" ", text).strip()
