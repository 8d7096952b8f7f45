"""The service layer on both backends: import, extraction, entity search, re-import."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop import config
from desktop.domain import FactKind, ImportStatus
from desktop.services import Library


@pytest.fixture
def library(db_url: str) -> Iterator[Library]:
    opened = Library.open(db_url)
    yield opened
    opened.close()


def test_bulk_import_extracts_links_and_finds_the_samples(library: Library) -> None:
    samples = sorted(config.resource("samples").glob("*.txt"))
    summary = library.bulk_import(samples, workers=1)
    again = library.bulk_import(samples, extract=False, workers=1)

    imported = [o for o in summary.outcomes if o.status is ImportStatus.IMPORTED]
    assert len(imported) == len(samples) == 4
    assert {o.status for o in again.outcomes} == {ImportStatus.DUPLICATE}
    venezuela = next(o.article_id for o in imported if "venezuela" in str(o.source))
    assert venezuela is not None
    actors = {c.label for c in library.cards(venezuela) if c.kind is FactKind.ACTOR}
    assert "Nicolas Maduro" in actors
    found = {r.article_id for r in library.search_results("actor:Maduro Gespraeche")}
    assert found == {venezuela}
    assert library.library_revision()[0] == 4
