"""Store tests run on a real SQLite library file."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.store import Store


@pytest.fixture
def store(tmp_path: Path) -> Store:
    opened = Store(f"sqlite:///{tmp_path / 'library.sqlite3'}")
    yield opened  # type: ignore[misc]
    opened.close()
