"""Whitespace and paragraph normalisation shared by every reader."""

from __future__ import annotations

import re
import unicodedata

# Invisible characters that only get in the way of offsets and matching, and the bidi
# embeddings and overrides (LRE … RLO) that can make a quote display in an order different
# from its text (the isolates U+2066-2069 that mixed-direction text needs stay).
_INVISIBLE = dict.fromkeys(
    map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u202a\u202b\u202c\u202d\u202e"), None
)
# Horizontal whitespace variants (tabs, no-break and thin spaces) become one plain space.
_HSPACE = re.compile(r"[ \t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_BLANK_LINES = re.compile(r"\n\s*\n")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")


def clean_characters(text: str) -> str:
    """NFC, one newline style, no invisible characters; typographic quotes stay as they are."""
    text = unicodedata.normalize("NFC", normalise_newlines(text))
    text = text.translate(_INVISIBLE)
    return _CONTROL.sub("", text)


def squash_spaces(line: str) -> str:
    return _HSPACE.sub(" ", line).strip()


def has_blank_lines(text: str) -> bool:
    return _BLANK_LINES.search(text.strip()) is not None


def split_blocks(text: str) -> list[list[str]]:
    """Paragraphs as lists of their lines.

    Text with blank lines is split at them; text without any (one paragraph per line,
    as pasted from many sites) gives one paragraph per line.
    """
    text = text.strip("\n")
    if has_blank_lines(text):
        chunks = _BLANK_LINES.split(text)
        blocks = [[squash_spaces(line) for line in chunk.split("\n")] for chunk in chunks]
    else:
        blocks = [[squash_spaces(line)] for line in text.split("\n")]
    return [[line for line in block if line] for block in blocks if any(block)]


def join_paragraph(lines: list[str]) -> str:
    return squash_spaces(" ".join(lines))


def control_ratio(text: str) -> float:
    """Share of control characters other than line breaks and tabs (binary data has many)."""
    if not text:
        return 0.0
    sample = text[:100_000]
    return len(_CONTROL.findall(sample)) / len(sample)
