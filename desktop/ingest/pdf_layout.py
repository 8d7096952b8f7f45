"""Page texts from a PDF -> paragraphs: margins, page numbers and line-end hyphens go."""

from __future__ import annotations

import math
import re
from collections import Counter

from desktop.ingest.rules import pdf_rules
from desktop.ingest.text import squash_spaces

_MARGIN_LINES = 2  # running headers/footers sit in the first or last lines of a page
_SENTENCE_END = tuple('.!?:"“”»«)')
_SHORT_LINE = 0.6  # a line this much shorter than usual ends a paragraph whatever it ends with
_SHORT_SENTENCE_LINE = 0.85  # … or this much shorter if it ends a sentence
_SPLIT_WORD = re.compile(r"[^\W\d_]-$")


def pages_to_text(pages: list[str]) -> str:
    """Join page texts into paragraphs separated by blank lines."""
    page_lines = [[squash_spaces(line) for line in page.split("\n")] for page in pages]
    repeated = _repeated_margin_lines(page_lines)
    lines: list[str] = []
    for page in page_lines:
        lines.extend(_without_margins(page, repeated))
    return "\n\n".join(_reflow(lines))


def _margin_indexes(lines: list[str]) -> list[int]:
    filled = [index for index, line in enumerate(lines) if line]
    return sorted(set(filled[:_MARGIN_LINES] + filled[-_MARGIN_LINES:]))


def _margin_key(line: str) -> str:
    return re.sub(r"\d+", "#", line.lower())


def _repeated_margin_lines(pages: list[list[str]]) -> set[str]:
    """Margin lines (digits ignored) that recur on at least half of the pages."""
    if len(pages) < 2:
        return set()
    counts: Counter[str] = Counter()
    for lines in pages:
        counts.update({_margin_key(lines[index]) for index in _margin_indexes(lines)})
    needed = max(2, math.ceil(len(pages) / 2))
    return {key for key, count in counts.items() if count >= needed}


def _without_margins(lines: list[str], repeated: set[str]) -> list[str]:
    margins = set(_margin_indexes(lines))
    rules = pdf_rules().page_number_lines
    kept = []
    for index, line in enumerate(lines):
        in_margin = index in margins
        if in_margin and (_margin_key(line) in repeated or any(rule.match(line) for rule in rules)):
            continue
        kept.append(line)
    # A page break is not a paragraph break: the paragraph may run on to the next page.
    while kept and not kept[-1]:
        kept.pop()
    while kept and not kept[0]:
        kept.pop(0)
    return kept


def _typical_length(lines: list[str]) -> float:
    lengths = sorted(len(line) for line in lines if line)
    return float(lengths[int(len(lengths) * 0.8)]) if lengths else 0.0


def _reflow(lines: list[str]) -> list[str]:
    typical = _typical_length(lines)
    paragraphs: list[str] = []
    current = ""
    for line in lines:
        if not line:
            if current:
                paragraphs.append(current)
            current = ""
            continue
        current = _join(current, line) if current else line
        if _ends_paragraph(line, typical):
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return paragraphs


def _ends_paragraph(line: str, typical: float) -> bool:
    if line.endswith("-"):
        return False
    if len(line) < _SHORT_LINE * typical:
        return True
    return line.endswith(_SENTENCE_END) and len(line) < _SHORT_SENTENCE_LINE * typical


def _join(previous: str, line: str) -> str:
    """Re-join a line to its paragraph, mending words split by a line-end hyphen."""
    if not _SPLIT_WORD.search(previous):
        return f"{previous} {line}"
    next_word = line.split(" ", 1)[0]
    if (
        next_word[:1].islower()
        and next_word.lower().strip(",.") not in pdf_rules().keep_hyphen_before
    ):
        return previous[:-1] + line  # Verhand-|lungen -> Verhandlungen
    if next_word[:1].isupper() or next_word[:1].isdigit():
        return previous + line  # US-|Beamte keeps its hyphen
    return f"{previous} {line}"  # Öl-|und Gasexporte
