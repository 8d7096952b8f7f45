"""Persistence: typed rows, sessions, queries, full-text search and migrations."""

from desktop.store.db import Store, StoreError

__all__ = ["Store", "StoreError"]
