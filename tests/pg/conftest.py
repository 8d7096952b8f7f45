"""Store and service tests that run on both backends: SQLite and a real PostgreSQL server.

``make pytest`` starts a throwaway server (``scripts/pg_cluster.sh``) and exports its URL
as ``FACTSHEET_TEST_PG_URL``. Without it the PostgreSQL variants are skipped, but only
outside CI and make: there a missing server fails the run instead of hiding it.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from desktop.store import Store

PG_URL_VARIABLE = "FACTSHEET_TEST_PG_URL"


def _server_required() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes") or "MAKELEVEL" in os.environ


def fresh_pg_url() -> str:
    """The test server's URL with an empty ``public`` schema (or a skip/fail without one)."""
    url = os.environ.get(PG_URL_VARIABLE)
    if not url:
        if _server_required():
            pytest.fail(f"{PG_URL_VARIABLE} is not set: run the suite through `make pytest`.")
        pytest.skip(f"no PostgreSQL server ({PG_URL_VARIABLE} is not set)")
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(text("DROP SCHEMA public CASCADE"))
            connection.execute(text("CREATE SCHEMA public"))
    finally:
        engine.dispose()
    return url


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'library.sqlite3'}"
    return fresh_pg_url()


@pytest.fixture
def pg_url() -> str:
    return fresh_pg_url()


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    opened = Store(db_url)
    yield opened
    opened.close()


@pytest.fixture(autouse=True)
def collect_in_the_main_thread() -> Iterator[None]:
    """Windows and connections a test leaves in reference cycles are freed here, on the
    main thread, not by a collection that happens to run in a later test's Qt worker."""
    yield
    gc.collect()
