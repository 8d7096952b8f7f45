"""PostgreSQL tests; ``db_url`` (both backends), ``pg_url``, the server check and the
garbage collection after each test come from ``tests/conftest.py``.

``make pytest`` starts a throwaway server (``scripts/pg_cluster.sh``) and exports its URL
as ``FACTSHEET_TEST_PG_URL``. Without it the PostgreSQL variants are skipped, but only
outside CI and make: there a missing server fails the run instead of hiding it.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.store import Store


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    opened = Store(db_url)
    yield opened
    opened.close()
