"""Fact extraction for German and English wire copy: the one entry point of the nlp layer.

The service layer calls exactly these functions. spaCy is imported lazily (inside the
functions) so that importing this package costs nothing when the window starts.

``extract`` runs the language's pipeline (``pipelines.load_pipeline``), resolves actors,
organisations and places (``entities.resolve_entities``), then finds dates, sanctions and
sources with the entity index. Every card's mentions quote ``body`` exactly.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from desktop.domain import CardDraft, PipelineInfo

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = [
    "available_pipelines",
    "extract",
    "extract_many",
    "is_limited",
    "pipeline_info",
    "renormalise_date",
]


def renormalise_date(attributes: dict[str, Any], published_on: dt.date | None) -> dict[str, Any]:
    """A date card's attributes re-normalised against a new article date."""
    from desktop.nlp.pipelines import import_rule_layers

    import_rule_layers()
    from desktop.nlp import dates

    return dates.renormalise_date(attributes, published_on)


def extract(body: str, language: str, published_on: dt.date | None = None) -> list[CardDraft]:
    """All fact cards of one article body (call off the UI thread: it may load a model)."""
    from desktop.nlp.pipelines import language_code, load_pipeline

    code = language_code(language)  # "de-AT", "de_DE", "EN" → "de", "en"
    doc = load_pipeline(code)(body)
    return _cards(doc, code, published_on)


def extract_many(
    items: Sequence[tuple[str, str, dt.date | None]], batch_size: int = 16
) -> list[list[CardDraft]]:
    """Cards for many ``(body, language, published_on)`` items, in their order.

    Items are grouped by language and run through ``nlp.pipe`` in batches.
    """
    from desktop.nlp.pipelines import language_code, load_pipeline

    results: list[list[CardDraft]] = [[] for _ in items]
    by_language: dict[str, list[int]] = defaultdict(list)
    for position, (_body, language, _date) in enumerate(items):
        by_language[language_code(language)].append(position)
    for language, positions in by_language.items():
        nlp = load_pipeline(language)
        bodies = (items[p][0] for p in positions)
        for position, doc in zip(positions, nlp.pipe(bodies, batch_size=batch_size), strict=True):
            results[position] = _cards(doc, language, items[position][2])
    return results


def _cards(doc: Doc, language: str, published_on: dt.date | None) -> list[CardDraft]:
    from desktop.nlp.dates import find_dates
    from desktop.nlp.entities import resolve_entities
    from desktop.nlp.sanctions import find_sanctions
    from desktop.nlp.sources import find_sources

    index, cards = resolve_entities(doc, language)
    cards += find_dates(doc, language, published_on)
    cards += find_sanctions(doc, index, language)
    cards += find_sources(doc, index, language)
    return cards


def pipeline_info(language: str) -> PipelineInfo:
    """Which pipeline serves ``language`` and its version (loads it: call off the UI thread)."""
    from desktop.nlp import pipelines

    return pipelines.pipeline_info(language)


def available_pipelines() -> list[PipelineInfo]:
    """The pipeline of each supported language, for the About box and settings."""
    from desktop.nlp import pipelines

    return pipelines.available_pipelines()


def is_limited(language: str) -> bool:
    """True when only the rule layers serve ``language`` (the UI says extraction is limited)."""
    from desktop.nlp import pipelines

    return pipelines.is_limited(language)
