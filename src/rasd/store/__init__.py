"""Stores: where articles, entities, mentions and events are kept. Chosen by URL from a registry."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from rasd.registry import Registry
from rasd.store.base import ArticleSummary, EntityCount, SearchHit, Store
from rasd.store.sqlite import SQLiteStore

__all__ = ["ArticleSummary", "EntityCount", "SQLiteStore", "SearchHit", "Store", "backends", "open_store"]

DEFAULT_DB = "rasd.db"

# URL scheme → store factory; a PostgreSQL backend registers "postgresql" here (or via the entry point).
backends: Registry[Callable[[str], Store]] = Registry("store backend", "rasd.stores")


@backends.register("sqlite")
def _sqlite(url: str) -> Store:
    return SQLiteStore(url.removeprefix("sqlite:///").removeprefix("sqlite://") or ":memory:")


def open_store(url: str | Path | None = None) -> Store:
    """Open a store: a file path or ``sqlite:///path`` (default ``$RASD_DB`` or ``./rasd.db``), or a URL
    whose scheme names a registered backend (``postgresql://...``)."""
    target = str(url or os.environ.get("RASD_DB") or DEFAULT_DB)
    scheme = target.split("://", 1)[0] if "://" in target else "sqlite"
    if scheme in ("postgres", "postgresql+psycopg"):
        scheme = "postgresql"
    return backends.get(scheme)(target)
