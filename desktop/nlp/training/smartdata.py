"""DFKI SmartData v1: gzip files holding a stream of JSON documents.

Each document has ``text.string`` and ``conceptMentions.array`` with character spans and
a fine-grained ``type``; only person, organisation and location types are kept.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from desktop.nlp.training.corpus import AnnotatedText, EntitySpan, label_map


def iter_documents(path: Path) -> Iterator[dict[str, Any]]:
    """The concatenated (not line-delimited) JSON objects of one SmartData file."""
    raw = gzip.decompress(path.read_bytes()).decode("utf-8")
    decoder = json.JSONDecoder()
    position = 0
    while True:
        while position < len(raw) and raw[position].isspace():
            position += 1
        if position >= len(raw):
            return
        document, position = decoder.raw_decode(raw, position)
        yield document


def is_derived_adjective(surface: str) -> bool:
    """Lower-case mentions ("deutsche") are GermEval *deriv, which we drop: so drop them."""
    return surface[:1].islower()


def may_be_place_adjective(text: str, entity: EntitySpan) -> bool:
    """Place adjective ("Berliner Polizei", GermEval *deriv) or place ("Hannover Messe")?

    Too ambiguous to teach either way, so such a mention becomes unsure.
    """
    surface = text[entity.start : entity.end]
    following = text[entity.end : entity.end + 2]
    return (
        entity.label == "LOC"
        and " " not in surface
        and surface.endswith("er")
        and following[:1] == " "
        and following[1:].isupper()
    )


def to_annotated(document: dict[str, Any]) -> AnnotatedText:
    text: str = document["text"]["string"]
    mapping = label_map("smartdata")
    mentions = (document.get("conceptMentions") or {}).get("array") or []
    entities: list[EntitySpan] = []
    for mention in mentions:
        label = mapping.get(mention["type"])
        start, end = mention["span"]["start"], mention["span"]["end"]
        surface = text[start:end]
        if label and surface.strip() and not is_derived_adjective(surface):
            entities.append(EntitySpan(start, end, label))
    source = (document.get("uri") or {}).get("string", "")
    kept = drop_overlaps(entities)
    unsure = tuple(e for e in kept if may_be_place_adjective(text, e))
    sure = tuple(e for e in kept if e not in unsure)
    return AnnotatedText(text, sure, source, unsure)


def drop_overlaps(entities: list[EntitySpan]) -> list[EntitySpan]:
    """Keep the longest of overlapping mentions (NER allows no overlap)."""
    kept: list[EntitySpan] = []
    for entity in sorted(entities, key=lambda e: (e.start, -(e.end - e.start))):
        if not kept or entity.start >= kept[-1].end:
            kept.append(entity)
    return kept


def read_annotated(path: Path) -> list[AnnotatedText]:
    return [to_annotated(document) for document in iter_documents(path)]
