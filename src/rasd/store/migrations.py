"""Schema migrations, applied in order and recorded in the database's ``_migrations`` table."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

__all__ = ["MIGRATIONS", "apply_migrations"]

Migration = Callable[[sqlite3.Connection], None]


def _run_script(db: sqlite3.Connection, script: str) -> None:
    # executescript() would commit the migration's transaction half-way; run statement by statement.
    for statement in script.split(";\n"):
        if statement.strip():
            db.execute(statement)


def _m001_initial(db: sqlite3.Connection) -> None:
    _run_script(
        db,
        """
        CREATE TABLE articles (
            key TEXT PRIMARY KEY,          -- content hash of title + normalised text
            doc TEXT NOT NULL,             -- the source's id: file stem, JSONL id or URL
            title TEXT, text TEXT NOT NULL, outlet TEXT, published TEXT, url TEXT, source TEXT,
            notes TEXT NOT NULL DEFAULT '[]', credits TEXT NOT NULL DEFAULT '[]',
            removed TEXT NOT NULL DEFAULT '[]',
            ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
        );
        CREATE INDEX articles_doc ON articles(doc);
        CREATE TABLE sentences (
            article_key TEXT NOT NULL REFERENCES articles(key) ON DELETE CASCADE,
            idx INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            text TEXT NOT NULL, is_title INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (article_key, idx)
        );
        CREATE TABLE entities (
            id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, country TEXT,
            lat REAL, lon REAL, precision TEXT, wikidata TEXT, in_kb INTEGER NOT NULL DEFAULT 1
        );
        CREATE TABLE mentions (
            article_key TEXT NOT NULL REFERENCES articles(key) ON DELETE CASCADE,
            sentence INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            text TEXT NOT NULL, label TEXT NOT NULL, entity_id TEXT NOT NULL REFERENCES entities(id),
            score REAL NOT NULL DEFAULT 1.0
        );
        CREATE INDEX mentions_entity ON mentions(entity_id);
        CREATE INDEX mentions_article ON mentions(article_key);
        CREATE TABLE events (
            article_key TEXT NOT NULL REFERENCES articles(key) ON DELETE CASCADE,
            idx INTEGER NOT NULL, sentence INTEGER NOT NULL,
            type TEXT NOT NULL, mode TEXT, status TEXT NOT NULL, date TEXT, fatalities INTEGER,
            data TEXT NOT NULL,            -- the event as EVENTS.md JSON (without doc)
            PRIMARY KEY (article_key, idx)
        );
        CREATE INDEX events_type ON events(type);
        CREATE VIRTUAL TABLE articles_fts USING fts5(key UNINDEXED, body, tokenize = 'unicode61');
        """,
    )


def _m002_source_key(db: sqlite3.Connection) -> None:
    # Articles are keyed by their cleaned content; the hash of the input as read is kept beside it so that
    # re-reading the same file is recognised before the pipeline runs. Rows stored so far were keyed as read.
    _run_script(
        db,
        """
        ALTER TABLE articles ADD COLUMN source_key TEXT;
        UPDATE articles SET source_key = key;
        CREATE INDEX articles_source_key ON articles(source_key)
        """,
    )


MIGRATIONS: list[tuple[str, Migration]] = [
    ("001_initial", _m001_initial),
    ("002_source_key", _m002_source_key),
]


def apply_migrations(db: sqlite3.Connection) -> list[str]:
    db.execute("CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL "
               "DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')))")
    done = {row[0] for row in db.execute("SELECT name FROM _migrations")}
    applied: list[str] = []
    for name, migrate in MIGRATIONS:
        if name in done:
            continue
        db.execute("BEGIN IMMEDIATE")
        try:
            migrate(db)
            db.execute("INSERT INTO _migrations(name) VALUES (?)", (name,))
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        applied.append(name)
    return applied
