"""A library written by every earlier schema revision upgrades to head without losing a row."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from desktop.services import Library

from .make_schema_fixtures import FIXTURES, ROWS_PER_TABLE, fixture_path, revisions

Snapshot = dict[str, dict[str, dict[Any, dict[str, Any]]]]  # table -> pk -> column -> value


def _tables(connection: sqlite3.Connection) -> list[str]:
    rows = connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE 'article_fts%' AND name != 'alembic_version'"
    ).fetchall()
    return [name for (name,) in rows]


def _snapshot(db_file: Path) -> Snapshot:
    connection = sqlite3.connect(db_file)
    connection.row_factory = sqlite3.Row
    try:
        return {
            table: {row["id"]: dict(row) for row in connection.execute(f'SELECT * FROM "{table}"')}
            for table in _tables(connection)
        }
    finally:
        connection.close()


def _version(db_file: Path) -> str:
    connection = sqlite3.connect(db_file)
    try:
        return str(connection.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        connection.close()


def test_every_earlier_revision_has_a_fixture() -> None:
    missing = [r for r in revisions()[:-1] if not fixture_path(r).exists()]
    assert not missing, f"run tests/reliability/make_schema_fixtures.py for {missing}"


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("schema_*.sqlite3")), ids=lambda p: p.stem)
def test_old_library_upgrades_to_head_without_losing_rows(fixture: Path, tmp_path: Path) -> None:
    db_file = tmp_path / "library.sqlite3"
    shutil.copyfile(fixture, db_file)
    before = _snapshot(db_file)
    assert {"article", "fact_card", "mention", "claim", "evidence"} <= set(before)
    assert all(len(rows) == ROWS_PER_TABLE for rows in before.values())

    library = Library.open(f"sqlite:///{db_file}")
    try:
        assert _version(db_file) == revisions()[-1]
        after = _snapshot(db_file)
        for table, rows in before.items():
            assert set(after[table]) == set(rows), f"rows of {table} lost"
            for key, old in rows.items():
                new = after[table][key]
                changed = {c for c in old if c in new and new[c] != old[c]}
                assert not changed, f"{table} {key}: {changed} changed"
        hits = library.search("sanctions")  # the full-text index came through as well
        assert sorted(hit.article_id for hit in hits) == [1, 2, 3]
        assert [claim.quote for claim in library.claims(1)] == ["LONDON"] * ROWS_PER_TABLE
    finally:
        library.close()
