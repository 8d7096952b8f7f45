"""Europeana Newspapers German NER: ``token TAG`` lines; ``#`` lines are file comments.

Historic, OCR-noisy text without sentence breaks, so it is cut after sentence-final
punctuation. Not used by default: it did not improve scores on contemporary news.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from desktop.nlp.training.corpus import AnnotatedText, EntitySpan, label_map
from desktop.nlp.training.germeval import outer_spans, token_spaces

SENTENCE_END = frozenset(".!?")
MAX_TOKENS = 80


def iter_chunks(path: Path) -> Iterator[tuple[list[str], list[str]]]:
    """``(tokens, tags)`` per sentence-like chunk; tags upper-cased (the data has "B-PEr")."""
    tokens: list[str] = []
    tags: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split()
        if line.startswith("#") or len(fields) < 2:
            continue
        tokens.append(fields[0])
        tags.append(fields[-1].upper())
        at_boundary = fields[0] in SENTENCE_END and tags[-1] == "O"
        if at_boundary or len(tokens) >= MAX_TOKENS:
            yield tokens, tags
            tokens, tags = [], []
    if tokens:
        yield tokens, tags


def to_annotated(tokens: list[str], tags: list[str]) -> AnnotatedText:
    spaces = token_spaces(tokens)
    offsets: list[int] = []
    text = ""
    for token, space in zip(tokens, spaces, strict=True):
        offsets.append(len(text))
        text += token + (" " if space else "")
    entities = tuple(
        EntitySpan(offsets[first], offsets[end - 1] + len(tokens[end - 1]), label)
        for first, end, label in outer_spans(tags, label_map("europeana"))
    )
    return AnnotatedText(text, entities)


def read_annotated(path: Path) -> list[AnnotatedText]:
    return [to_annotated(tokens, tags) for tokens, tags in iter_chunks(path)]
