"""Turn ``AnnotatedText`` into spaCy ``DocBin`` files with the ``de`` tokenizer."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from desktop.nlp.training.corpus import AnnotatedText


def to_doc(nlp: Any, item: AnnotatedText) -> Any:
    """A Doc with gold entities; spans the tokenizer cannot align are marked missing.

    Missing (not "outside") keeps a tokenisation mismatch from teaching the model that
    a real entity is no entity.
    """
    doc = nlp.make_doc(item.text)
    spans: list[Any] = []
    missing: list[Any] = []
    for entity in item.entities:
        start, end = _trimmed(item.text, entity.start, entity.end)
        span = doc.char_span(start, end, label=entity.label)
        # The NER transition system cannot tag whitespace tokens ("Audi\nAG").
        if span is not None and not any(token.is_space for token in span):
            spans.append(span)
            continue
        expanded = doc.char_span(start, end, alignment_mode="expand")
        if expanded is not None:
            missing.append(expanded)
    for unsure in item.unsure:
        span = doc.char_span(unsure.start, unsure.end, alignment_mode="expand")
        if span is not None:
            missing.append(span)
    taken = {i for span in spans for i in range(span.start, span.end)}
    missing = [s for s in missing if not taken.intersection(range(s.start, s.end))]
    doc.set_ents(spans, missing=_without_overlaps(missing), default="outside")
    return doc


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets without leading/trailing whitespace (SmartData spans may include it)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _without_overlaps(spans: list[Any]) -> list[Any]:
    from spacy.util import filter_spans

    return list(filter_spans(spans))


def write_docbin(items: Iterable[AnnotatedText], path: Path) -> int:
    """Write the items to ``path`` and return how many documents were written."""
    import spacy
    from spacy.tokens import DocBin

    nlp = spacy.blank("de")
    docbin = DocBin(store_user_data=False)
    count = 0
    for item in items:
        docbin.add(to_doc(nlp, item))
        count += 1
    path.parent.mkdir(parents=True, exist_ok=True)
    docbin.to_disk(path)
    return count
