"""Arbitrary input never crashes ingest or extraction, and every span quotes its body."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from desktop import nlp
from desktop.domain import IngestError, Span
from desktop.ingest import body_hash, read_path, read_text
from desktop.nlp.pipelines import load_pipeline

# Everything but lone surrogates (they cannot reach us from a file or the clipboard).
_ANY_CHAR = st.characters(codec="utf-8")
# Words the rule layers react to, so that arbitrary text reaches them too.
_NEWSY = st.sampled_from(
    [
        "Angela Merkel", "sagte", "Sprecher", "laut", "Reuters", "(dpa)", "BERLIN",
        "Sanktionen gegen Russland", "verhängt", "said", "according to", "sanctions on Iran",
        "imposed", "on Tuesday", "am 3. März 2024", "1 December", "„", "“", '"', "«", "»",
        "Minister", "Präsident", "the EU", "U.S.", " - ", "–", "\n\n", "\r\n", ",", ".",
    ]
)  # fmt: skip
_TEXT = st.lists(st.one_of(st.text(_ANY_CHAR, max_size=40), _NEWSY), max_size=40).map(" ".join)

_RICH_DE = (
    "BERLIN (dpa) - Angela Merkel sagte am 3. März 2024, die EU habe Sanktionen gegen "
    "Russland verhängt, so ein Sprecher."
)
_RICH_EN = "LONDON (Reuters) - The EU imposed sanctions on Iran on Tuesday, a spokesman said."


@pytest.fixture(scope="module", autouse=True)
def pipelines() -> Iterator[None]:
    """Load both pipelines once, so no example pays for it."""
    load_pipeline("de")
    load_pipeline("en")
    yield


@settings(max_examples=200, deadline=None)
@given(_TEXT)
def test_read_text_raises_only_ingest_errors_and_hashes_stably(text: str) -> None:
    try:
        draft = read_text(text)
    except IngestError as exc:
        assert exc.user_message.endswith(".") and "\n" not in exc.user_message
        return
    assert draft.body.strip() and draft.title.strip()
    again = read_text(text)
    assert body_hash(again.body) == body_hash(draft.body)  # re-import finds the same article
    assert body_hash(draft.body.replace("\n", "\r\n")) == body_hash(draft.body)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000), st.sampled_from([".txt", ".md", ".html", ".pdf"]))
def test_any_bytes_in_any_file_type_end_as_draft_or_ingest_error(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        try:
            draft = read_path(path)
        except IngestError as exc:
            assert exc.user_message.endswith(".") and "\n" not in exc.user_message
            return
    assert draft.body.strip()
    assert "<script" not in draft.body.casefold()


def _spans(value: Any) -> Iterator[Span]:
    """Every ``{"start", "end", "text"}`` found in card attributes (statements, evidence)."""
    if isinstance(value, dict):
        if isinstance(value.get("start"), int) and isinstance(value.get("text"), str):
            yield Span(value["start"], value["end"], value["text"])
        for inner in value.values():
            yield from _spans(inner)
    elif isinstance(value, list | tuple):
        for inner in value:
            yield from _spans(inner)


@pytest.mark.parametrize("language", ["de", "en"])
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_TEXT)
@example(text=_RICH_DE)
@example(text=_RICH_EN)
def test_extraction_never_crashes_and_every_span_quotes_the_body(language: str, text: str) -> None:
    cards = nlp.extract(text, language)
    if text in (_RICH_DE, _RICH_EN):  # the spans below are really checked on many cards
        assert len(cards) >= 3
    for card in cards:
        assert card.label.strip()
        for span in (*card.mentions, *_spans(card.attributes)):
            assert 0 <= span.start < span.end <= len(text), (card.kind, span)
            assert text[span.start : span.end] == span.text, (card.kind, span)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT)
def test_extraction_on_imported_bodies_quotes_the_body(text: str) -> None:
    try:
        draft = read_text(text)
    except IngestError:
        return
    for card in nlp.extract(draft.body, draft.language):
        for span in (*card.mentions, *_spans(card.attributes)):
            assert span.is_valid_in(draft.body), (card.kind, span)
