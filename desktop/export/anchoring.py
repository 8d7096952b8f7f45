"""Re-anchoring W3C Web Annotations (claims) onto an article body.

An annotation made on one copy of an article must land on the same words in another
copy, even if the text before it changed and every offset moved. So the quote with its
prefix and suffix leads; the stored position only breaks ties or confirms a match.
An annotation whose quote cannot be found is reported with a reason, never dropped.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from desktop.domain import FactsheetError, Span, Verdict
from desktop.export.sheet import VERDICT_LABELS

_VERDICTS_BY_NAME = {label.casefold(): v for v, label in VERDICT_LABELS.items()} | {
    v.value: v for v in Verdict
}


class AnnotationFileError(FactsheetError):
    """A file that holds no readable annotations."""


@dataclass(frozen=True)
class QuoteTarget:
    exact: str
    prefix: str = ""
    suffix: str = ""
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class ClaimAnnotation:
    """What an ``assessing`` annotation says about a claim, before it is anchored."""

    annotation_id: str
    target: QuoteTarget
    verdict: Verdict
    claimant: str | None
    note: str
    tags: tuple[str, ...]
    reviewer: str | None
    evidence: tuple[tuple[str | None, str | None], ...]  # (url, citation)


@dataclass(frozen=True)
class Unanchored:
    annotation_id: str
    exact: str
    reason: str


# -- anchoring ------------------------------------------------------------------------------


def anchor(body: str, target: QuoteTarget) -> Span | None:
    """Where ``target`` quotes ``body`` now, or None when the quote is gone."""
    if not target.exact:
        return _by_position(body, target)
    hits = list(_occurrences(body, target.exact))
    if not hits:
        return None
    if len(hits) == 1:
        start, end = hits[0]
    else:
        start, end = max(hits, key=lambda hit: _score(body, target, hit))
    return Span(start, end, body[start:end])


def _by_position(body: str, target: QuoteTarget) -> Span | None:
    start, end = target.start, target.end
    if start is None or end is None or not 0 <= start < end <= len(body):
        return None
    return Span(start, end, body[start:end])


def _occurrences(body: str, exact: str) -> Iterator[tuple[int, int]]:
    """Exact matches; failing those, matches that differ only in whitespace (reflowed
    copies of the same article)."""
    found = False
    at = body.find(exact)
    while at != -1:
        found = True
        yield at, at + len(exact)
        at = body.find(exact, at + 1)
    if found:
        return
    words = exact.split()
    if not words:
        return
    pattern = re.compile(r"\s+".join(re.escape(w) for w in words))
    for match in pattern.finditer(body):
        yield match.start(), match.end()


def _score(body: str, target: QuoteTarget, hit: tuple[int, int]) -> tuple[int, int]:
    """Context agreement first (characters of prefix and suffix that match), then
    closeness to the old position."""
    start, end = hit
    before = body[max(0, start - len(target.prefix)) : start]
    after = body[end : end + len(target.suffix)]
    agreement = _common_suffix(before, target.prefix) + _common_prefix(after, target.suffix)
    distance = abs(start - target.start) if target.start is not None else 0
    return agreement, -distance


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _common_suffix(a: str, b: str) -> int:
    return _common_prefix(a[::-1], b[::-1])


# -- reading annotation files ------------------------------------------------------------------


def read_claim_annotations(text: str) -> tuple[list[ClaimAnnotation], list[Unanchored]]:
    """The ``assessing`` annotations in a JSON-LD file, and those too broken to use.

    Accepts our own export (an ``@graph``), an AnnotationCollection/AnnotationPage, a
    plain list, or a single annotation. Other nodes (ClaimReviews, card tags) are skipped.
    """
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise AnnotationFileError("The file is not JSON.", detail=str(exc)) from exc
    claims: list[ClaimAnnotation] = []
    broken: list[Unanchored] = []
    for node in _annotation_nodes(data):
        if _motivations(node) != {"assessing"}:
            continue
        try:
            claims.append(_claim_annotation(node))
        except (KeyError, TypeError, ValueError) as exc:
            broken.append(Unanchored(str(node.get("id", "?")), "", f"unreadable: {exc}"))
    return claims, broken


def _annotation_nodes(data: Any) -> Iterator[Mapping[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _annotation_nodes(item)
        return
    if not isinstance(data, Mapping):
        return
    if _types(data) & {"Annotation", "oa:Annotation"}:
        yield data
        return
    for key in ("@graph", "items", "first"):
        if key in data:
            yield from _annotation_nodes(data[key])


def _types(node: Mapping[str, Any]) -> set[str]:
    value = node.get("type", node.get("@type"))
    return set(value) if isinstance(value, list) else {str(value)}


def _motivations(node: Mapping[str, Any]) -> set[str]:
    value = node.get("motivation", [])
    return {str(v) for v in value} if isinstance(value, list) else {str(value)}


def _claim_annotation(node: Mapping[str, Any]) -> ClaimAnnotation:
    bodies = _as_list(node.get("body"))
    verdict = Verdict.UNVERIFIED
    claimant = None
    notes: list[str] = []
    tags: list[str] = []
    evidence: list[tuple[str | None, str | None]] = []
    for body in bodies:
        if not isinstance(body, Mapping):
            continue
        purpose = str(body.get("purpose", ""))
        value = str(body.get("value", "")).strip()
        if purpose == "assessing" and value:
            verdict = _VERDICTS_BY_NAME.get(value.casefold(), Verdict.UNVERIFIED)
        elif purpose == "identifying" and value:
            claimant = value
        elif purpose == "commenting" and value:
            notes.append(value)
        elif purpose == "tagging" and value:
            tags.append(value)
        elif purpose == "linking":
            url = body.get("source") or body.get("id")
            evidence.append((str(url), None) if url else (None, value or None))
    creator = node.get("creator")
    reviewer = str(creator.get("name")) if isinstance(creator, Mapping) else None
    return ClaimAnnotation(
        annotation_id=str(node.get("id", "")),
        target=_quote_target(_as_list(node["target"])[0]),
        verdict=verdict,
        claimant=claimant,
        note="\n\n".join(notes),
        tags=tuple(tags),
        reviewer=reviewer,
        evidence=tuple(e for e in evidence if e != (None, None)),
    )


def _quote_target(target: Mapping[str, Any]) -> QuoteTarget:
    exact = prefix = suffix = ""
    start = end = None
    for selector in _as_list(target.get("selector")):
        if not isinstance(selector, Mapping):
            continue
        kind = selector.get("type")
        if kind == "TextQuoteSelector":
            exact = str(selector["exact"])
            prefix = str(selector.get("prefix", ""))
            suffix = str(selector.get("suffix", ""))
        elif kind == "TextPositionSelector":
            start, end = int(selector["start"]), int(selector["end"])
    if not exact and start is None:
        raise ValueError("no TextQuoteSelector or TextPositionSelector")
    return QuoteTarget(exact, prefix, suffix, start, end)


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


# -- planning an import ------------------------------------------------------------------------


@dataclass(frozen=True)
class PlacedClaim:
    annotation: ClaimAnnotation
    span: Span
    moved: bool  # it landed away from its stated position (the text shifted)


@dataclass(frozen=True)
class AnnotationImportReport:
    """What importing an annotation file onto one article did."""

    added: tuple[int, ...]  # new claim ids
    moved: int  # of those, how many were re-anchored away from their stated offsets
    already_present: int  # same quote at the same place: not added twice
    unanchored: tuple[Unanchored, ...]  # reported, never silently dropped

    def describe(self) -> str:
        parts = [f"{len(self.added)} claim(s) imported"]
        if self.moved:
            parts.append(f"{self.moved} re-anchored to moved text")
        if self.already_present:
            parts.append(f"{self.already_present} already present")
        if self.unanchored:
            parts.append(f"{len(self.unanchored)} not found in the text")
        return ", ".join(parts) + "."


def place_claims(
    body: str, annotations: list[ClaimAnnotation], existing: set[tuple[int, int]]
) -> tuple[list[PlacedClaim], int, list[Unanchored]]:
    """Anchor each annotation in ``body``; spans in ``existing`` count as present."""
    placed: list[PlacedClaim] = []
    present = 0
    lost: list[Unanchored] = []
    seen = set(existing)
    for annotation in annotations:
        span = anchor(body, annotation.target)
        if span is None:
            lost.append(
                Unanchored(annotation.annotation_id, annotation.target.exact, "quote not found")
            )
            continue
        if (span.start, span.end) in seen:
            present += 1
            continue
        seen.add((span.start, span.end))
        moved = annotation.target.start is not None and annotation.target.start != span.start
        placed.append(PlacedClaim(annotation, span, moved))
    return placed, present, lost
