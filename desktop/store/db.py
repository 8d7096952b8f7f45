"""Engine and session setup; schema upgraded to head through Alembic at start-up."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError
from sqlalchemy.orm import sessionmaker

from desktop.domain import FactsheetError
from desktop.store.query import fold
from desktop.store.repository import Repository


class StoreError(FactsheetError):
    """The library database cannot be opened or written."""


def _operational_message(exc: OperationalError) -> str:
    reason = str(exc.orig).lower()
    if "locked" in reason or "busy" in reason:
        return "The library is busy in another Factsheet window; try again in a moment."
    if "disk" in reason or "full" in reason:
        return "The library could not be saved: the disk is full."
    if "readonly" in reason or "read-only" in reason:
        return "The library is read-only and cannot be changed."
    return "The library database could not be written."


def make_engine(url: str) -> Engine:
    """Build an engine for ``url``; SQLite gets WAL, foreign keys and a busy timeout."""
    try:
        parsed = make_url(url)
        if parsed.get_backend_name() != "sqlite":
            return create_engine(url, pool_pre_ping=True)
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 30})
    except (ArgumentError, ImportError) as exc:
        raise StoreError(
            f"“{url}” is not a database URL Factsheet can open.", detail=str(exc)
        ) from exc
    except OSError as exc:
        raise StoreError(
            f"The folder for the library “{url}” cannot be created.", detail=str(exc)
        ) from exc
    event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()
    # Name filters compare case- and accent-free (``Guaidó`` ~ ``guaido``) in SQL too.
    dbapi_connection.create_function("fs_fold", 1, _fold_or_null, deterministic=True)


def _fold_or_null(value: str | None) -> str | None:
    return None if value is None else fold(value)


def alembic_config(engine: Engine | None = None) -> Config:
    script_location = resources.files("desktop.store") / "migrations"
    config = Config()
    config.set_main_option("script_location", str(script_location))
    if engine is not None:
        config.set_main_option("sqlalchemy.url", engine.url.render_as_string(False))
    config.attributes["engine"] = engine
    return config


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """Alembic filter: the full-text index (FTS5 virtual and shadow tables on SQLite, the
    GIN index on PostgreSQL) is kept by migrations, not by the ORM models."""
    return not (type_ in ("table", "index") and name is not None and name.startswith("article_fts"))


def upgrade_to_head(engine: Engine) -> None:
    """Bring the schema to the newest revision; a no-op when it already is."""
    command.upgrade(alembic_config(engine), "head")


UPGRADE_ATTEMPTS = 4


def _upgrade_with_retry(engine: Engine) -> None:
    """Upgrade, retrying when another instance is creating the same new library.

    Two windows started at once on a missing file both run the first migration; the
    loser sees "already exists" or "locked" and succeeds once the winner has committed.
    """
    for attempt in range(UPGRADE_ATTEMPTS):
        try:
            upgrade_to_head(engine)
            return
        except OperationalError as exc:
            reason = str(exc.orig).lower()
            racing = "already exists" in reason or "locked" in reason
            if not racing or attempt == UPGRADE_ATTEMPTS - 1:
                raise
            time.sleep(0.2 * (attempt + 1))


class Store:
    """The library database: one engine, and a fresh session per unit of work."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        try:
            _upgrade_with_retry(self.engine)
        except DBAPIError as exc:
            self.engine.dispose()
            raise StoreError(
                "The library database cannot be opened; it may be damaged, locked or unreachable.",
                detail=str(exc),
            ) from exc
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def transaction(self) -> Iterator[Repository]:
        """One unit of work: commit on success, roll back everything on any error."""
        try:
            with self._sessions() as session, session.begin():
                yield Repository(session)
        except OperationalError as exc:
            raise StoreError(_operational_message(exc), detail=str(exc)) from exc

    @contextmanager
    def reading(self) -> Iterator[Repository]:
        with self._sessions() as session:
            yield Repository(session)

    def close(self) -> None:
        self.engine.dispose()
