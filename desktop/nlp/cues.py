"""Shared helpers of the rule layers (dates, sanctions, sources): rule data and spans.

Rule data lives as JSON under ``resources/nlp/``; this module loads it once per process
and offers the small text utilities every rule layer needs (sentence bounds, clean spans).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc

from desktop.config import resource
from desktop.domain import Span

_CLOSING_QUOTES = '"“”»'
# Per-Doc caches shared by the rule layers (user_data is spaCy's place for them).
_TEXT_KEY = "factsheet.rules.text"
_SENTENCES_KEY = "factsheet.rules.sentences"
# Characters that never begin or end a clean statement or evidence span.
_EDGE_JUNK = " \t\r\n,;:.–—-\"'„“”‚‘’«»()"


@lru_cache(maxsize=32)
def load_rules(name: str) -> dict[str, Any]:
    """The JSON rule file ``resources/nlp/<name>.json`` ({} when it does not exist)."""
    path = resource("nlp", f"{name}.json")
    if not path.is_file():
        return {}
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


@lru_cache(maxsize=16)
def gazetteer(name: str) -> tuple[dict[str, Any], ...]:
    """Rows of ``resources/gazetteers/<name>.jsonl`` (shared with entity resolution)."""
    path = resource("gazetteers", f"{name}.jsonl")
    if not path.is_file():
        return ()
    lines = path.read_text(encoding="utf-8").splitlines()
    return tuple(json.loads(line) for line in lines if line.strip())


def rules_for(prefix: str, language: str) -> dict[str, Any]:
    """Language rules ``<prefix>_<language>.json``; unsupported languages get none."""
    return load_rules(f"{prefix}_{language.split('-', maxsplit=1)[0].lower()}")


def alternation(words: Iterable[str]) -> str:
    """A regex matching any of the literal words, the longest where several fit.

    Built as a trie (``a(?:m|b)`` rather than ``am|ab``): Python's ``re`` tries the
    branches of a plain alternation one by one at every position, a trie looks at each
    character once, which keeps long word lists cheap to scan for.
    """
    trie: dict[str, Any] = {}
    for word in set(words):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[_END] = {}
    return _trie_pattern(trie)


_END = ""  # marks a complete word inside the trie


def _trie_pattern(node: dict[str, Any]) -> str:
    branches = [
        re.escape(char) + _trie_pattern(child) for char, child in sorted(node.items()) if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{body})?" if _END in node else body


# Breaks no sentence runs across: a paragraph break (a headline has no full stop), and
# a year's full stop, which German tokenizers read as an ordinal ("2019.").
_FORCED_BREAK = re.compile(r"\s*\n\s*\n\s*|(?<=\b[12]\d{3}\.)\s+(?=[A-ZÄÖÜ])")


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per Doc: spaCy joins every token on each access."""
    text = doc.user_data.get(_TEXT_KEY)
    if not isinstance(text, str):
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges of the document's sentences (the whole text if unparsed)."""
    cached = doc.user_data.get(_SENTENCES_KEY)
    if isinstance(cached, list):
        return cached
    text = doc_text(doc)
    if doc.has_annotation("SENT_START"):
        bounds = _split_at_forced_breaks(text, [(s.start_char, s.end_char) for s in doc.sents])
    else:
        bounds = _split_at_forced_breaks(text, [(0, len(text))])
    doc.user_data[_SENTENCES_KEY] = bounds
    return bounds


def _split_at_forced_breaks(text: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    split = []
    for start, end in bounds:
        piece_start = start
        for gap in _FORCED_BREAK.finditer(text, start, end):
            if gap.start() > piece_start:
                split.append((piece_start, gap.start()))
            piece_start = gap.end()
        if end > piece_start:
            split.append((piece_start, end))
    return split


def sentence_containing(bounds: list[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    """The smallest run of sentences covering ``[start, end)``."""
    first = next((b for b in bounds if b[0] <= start < b[1]), (start, end))
    last = next((b for b in bounds if b[0] < end <= b[1]), first)
    return first[0], max(first[1], last[1])


def trim(text: str, start: int, end: int, junk: str = _EDGE_JUNK) -> tuple[int, int]:
    """``[start, end)`` without leading/trailing whitespace and punctuation."""
    while start < end and text[start] in junk:
        start += 1
    while end > start and text[end - 1] in junk:
        end -= 1
    return start, end


def clean_span(text: str, start: int, end: int, junk: str = _EDGE_JUNK) -> Span | None:
    """A trimmed Span quoting ``text`` exactly, or None when nothing is left.

    A quotation opened inside the span keeps its closing mark (``would "keep up the
    pressure"``), so statements never show half a quote.
    """
    start, end = trim(text, start, end, junk)
    if start >= end:
        return None
    if end < len(text) and text[end] in _CLOSING_QUOTES and _opens_quote(text[start:end]):
        end += 1
    return Span(start, end, text[start:end])


def _opens_quote(text: str) -> bool:
    straight = text.count('"') % 2 == 1
    curly = sum(text.count(q) for q in "„“«") > sum(text.count(q) for q in "”»")
    return straight or (curly and not text.endswith("“"))
