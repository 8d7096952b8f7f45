"""Persistence: typed rows, sessions, queries, full-text search and migrations."""

from desktop.store.db import Store, StoreError
from desktop.store.repository import MergeReport, Repository

__all__ = ["MergeReport", "Repository", "Store", "StoreError"]
