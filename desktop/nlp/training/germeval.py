"""GermEval 2014 NER TSV: ``#`` source lines, then ``index token outer inner`` rows.

Only the outer tag column is used. The corpus is pre-tokenised without whitespace, so
the text is rebuilt with German typesetting rules (no space before closing punctuation,
none after opening brackets, quotes glued to what they enclose).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from desktop.nlp.training.corpus import AnnotatedText, EntitySpan, label_map

NO_SPACE_BEFORE = frozenset(".,;:!?)]}%…")
NO_SPACE_AFTER = frozenset("([{")
QUOTES = frozenset('"„“”‚‘’«»')


@dataclass(frozen=True)
class GermEvalSentence:
    url: str
    tokens: tuple[str, ...]
    outer_tags: tuple[str, ...]

    @property
    def is_news(self) -> bool:
        """News-site sentence: its source host is not a Wikipedia."""
        host = urlsplit(self.url).hostname or ""
        return "wikipedia" not in host


def read_sentences(path: Path) -> Iterator[GermEvalSentence]:
    url = ""
    tokens: list[str] = []
    tags: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            url = line.split("\t")[1] if "\t" in line else ""
            continue
        if not line.strip():
            if tokens:
                yield GermEvalSentence(url, tuple(tokens), tuple(tags))
            tokens, tags = [], []
            continue
        columns = line.split("\t")
        tokens.append(columns[1])
        tags.append(columns[2])
    if tokens:
        yield GermEvalSentence(url, tuple(tokens), tuple(tags))


def token_spaces(tokens: Sequence[str]) -> list[bool]:
    """Whether each token is followed by a space in the rebuilt text."""
    spaces = [True] * len(tokens)
    quote_open = False
    for i, token in enumerate(tokens):
        if token in QUOTES:
            quote_open = not quote_open
            if quote_open:
                spaces[i] = False
            elif i > 0:
                spaces[i - 1] = False
        elif token in NO_SPACE_AFTER:
            spaces[i] = False
        elif token[0] in NO_SPACE_BEFORE and i > 0:
            spaces[i - 1] = False
    if spaces:
        spaces[-1] = False
    return spaces


def outer_spans(tags: Sequence[str], mapping: Mapping[str, str]) -> list[tuple[int, int, str]]:
    """Token spans ``(first, end, label)`` of BIO tags, labels mapped; unmapped dropped."""
    spans: list[tuple[int, int, str]] = []
    start, current = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, raw_label = tag.partition("-")
        continues = prefix == "I" and raw_label == current
        if current and not continues:
            label = mapping.get(current)
            if label:
                spans.append((start, i, label))
            current = ""
        if prefix == "B" or (prefix == "I" and not continues):
            start, current = i, raw_label
    return spans


def to_annotated(sentence: GermEvalSentence) -> AnnotatedText:
    spaces = token_spaces(sentence.tokens)
    offsets: list[int] = []
    parts: list[str] = []
    cursor = 0
    for token, space in zip(sentence.tokens, spaces, strict=True):
        offsets.append(cursor)
        parts.append(token + (" " if space else ""))
        cursor += len(parts[-1])
    text = "".join(parts)
    entities = tuple(
        EntitySpan(offsets[first], offsets[end - 1] + len(sentence.tokens[end - 1]), label)
        for first, end, label in outer_spans(sentence.outer_tags, label_map("germeval2014"))
    )
    return AnnotatedText(text, entities, sentence.url)


def read_annotated(path: Path) -> list[AnnotatedText]:
    return [to_annotated(sentence) for sentence in read_sentences(path)]
