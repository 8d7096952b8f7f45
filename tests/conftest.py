"""Fixtures for every test: nothing may touch the user's real data, log or settings."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop import config


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
