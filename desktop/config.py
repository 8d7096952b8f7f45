"""Paths, the database URL and other settings that every layer may read (no Qt)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import PlatformDirs

APP_NAME = "Factsheet"
APP_AUTHOR = "Factsheet"
DB_URL_ENV = "FACTSHEET_DB_URL"
DATA_DIR_ENV = "FACTSHEET_DATA_DIR"
RESOURCES_ENV = "FACTSHEET_RESOURCES"


def _dirs() -> PlatformDirs:
    return PlatformDirs(APP_NAME, APP_AUTHOR)


def data_dir() -> Path:
    """Where the embedded library lives; ``FACTSHEET_DATA_DIR`` overrides it (tests)."""
    override = os.environ.get(DATA_DIR_ENV)
    return Path(override) if override else Path(_dirs().user_data_dir)


def log_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    return Path(override) / "logs" if override else Path(_dirs().user_log_dir)


def default_db_path() -> Path:
    return data_dir() / "library.sqlite3"


def db_url(explicit: str | None = None) -> str:
    """``--db`` wins, then ``FACTSHEET_DB_URL``, then the embedded SQLite library."""
    if explicit:
        return explicit
    from_env = os.environ.get(DB_URL_ENV)
    if from_env:
        return from_env
    return f"sqlite:///{default_db_path()}"


def resources_dir() -> Path:
    """The ``resources/`` tree: beside the package in a checkout, inside a frozen bundle."""
    override = os.environ.get(RESOURCES_ENV)
    if override:
        return Path(override)
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def shared_dir() -> Path:
    """The team's ``shared/`` folder beside the checkout (training data and benchmark
    corpora; never needed at run time). ``FACTSHEET_SHARED`` overrides it."""
    override = os.environ.get("FACTSHEET_SHARED")
    if override:
        return Path(override)
    return Path(__file__).resolve().parent.parent.parent / "shared"
