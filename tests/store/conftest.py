"""Store tests run on a real library of each backend (see ``db_url`` in tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.store import Store


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    opened = Store(db_url)
    yield opened
    opened.close()


@pytest.fixture
def sqlite_store(tmp_db_url: str) -> Iterator[Store]:
    """For the ``sqlite_only`` tests of SQLite's own features."""
    opened = Store(tmp_db_url)
    yield opened
    opened.close()
