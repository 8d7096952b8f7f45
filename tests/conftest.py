"""Fixtures for every test: nothing may touch the user's real data, log or settings.

``db_url`` runs a test on both library backends: a SQLite file and a real PostgreSQL
server. ``make pytest`` starts a throwaway server (``scripts/pg_cluster.sh``) and exports
its URL as ``FACTSHEET_TEST_PG_URL``. Without it the PostgreSQL variants are skipped, but
only outside CI and make: there a missing server fails the run instead of hiding it.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from desktop import config

PG_URL_VARIABLE = "FACTSHEET_TEST_PG_URL"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "sqlite_only(reason): tests a SQLite-specific feature (PRAGMA, FTS5 tables, files), "
        "so it runs on a SQLite library only",
    )


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The embedded library, logs and any default DB live in this test's tmp dir."""
    data_dir = tmp_path / "factsheet-data"
    monkeypatch.setenv(config.DATA_DIR_ENV, str(data_dir))
    monkeypatch.delenv(config.DB_URL_ENV, raising=False)
    return data_dir


@pytest.fixture
def tmp_db_url(tmp_path: Path) -> str:
    """A real SQLite library file in the test's tmp dir."""
    return f"sqlite:///{tmp_path / 'library.sqlite3'}"


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
def db_url(request: pytest.FixtureRequest, tmp_db_url: str) -> str:
    """An empty library on each backend in turn: a SQLite file, then the PostgreSQL server."""
    if request.param == "sqlite":
        return tmp_db_url
    return fresh_pg_url()


@pytest.fixture
def pg_url() -> str:
    """An empty library on the PostgreSQL test server only."""
    return fresh_pg_url()


@pytest.fixture(autouse=True)
def collect_in_the_main_thread() -> Iterator[None]:
    """Windows and connections a test leaves in reference cycles are freed here, on the
    main thread, not by a collection that happens to start in a later test's Qt worker
    thread (where finalising Qt objects crashes)."""
    yield
    gc.collect()


@pytest.fixture(scope="session", autouse=True)
def qt_test_mode(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Qt settings and standard paths go to a test location, never the user's.

    Imported lazily so that test runs without Qt (ingest, store) stay light.
    """
    try:
        from PySide6.QtCore import QSettings, QStandardPaths
    except ImportError:  # pragma: no cover - Qt is a dependency, but keep non-UI tests alive
        yield
        return
    QStandardPaths.setTestModeEnabled(True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    settings_dir = str(tmp_path_factory.mktemp("qsettings"))
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, settings_dir)
    yield
