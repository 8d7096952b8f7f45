"""Shared value types and label mapping for the training corpora."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

LABELS = ("PER", "ORG", "LOC", "MISC")


@dataclass(frozen=True)
class EntitySpan:
    """One gold entity as character offsets ``[start, end)`` into its text."""

    start: int
    end: int
    label: str


@dataclass(frozen=True)
class AnnotatedText:
    """A sentence or document with its gold entities (already mapped to ``LABELS``).

    ``unsure`` spans carry no training signal at all (neither entity nor outside).
    """

    text: str
    entities: tuple[EntitySpan, ...]
    source: str = ""
    unsure: tuple[EntitySpan, ...] = ()


@cache
def label_map(corpus: str) -> dict[str, str]:
    """The corpus tag -> Factsheet label table from ``labels.json``."""
    raw = resources.files(__package__).joinpath("labels.json").read_text(encoding="utf-8")
    table: dict[str, str] = json.loads(raw)[corpus]
    return table
