"""The SQLite store: one file, one writer, WAL so readers don't wait."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from rasd.doc import Article, Entity, Mention, Removed, Sentence
from rasd.errors import StoreError
from rasd.store.base import ArticleSummary, EntityCount, SearchHit
from rasd.store.migrations import apply_migrations
from rasd.store.search import index_text, match_query
from rasd.text.tokens import tokenize

__all__ = ["SQLiteStore"]


class SQLiteStore:
    """A Store over one SQLite file (or ``:memory:``)."""

    def __init__(self, path: str | Path) -> None:
        self.url = f"sqlite:///{path}"
        self.path = str(path)
        try:
            self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self._db.execute("PRAGMA foreign_keys = ON")
            if self.path != ":memory:":
                self._db.execute("PRAGMA journal_mode = WAL")
                self._db.execute("PRAGMA synchronous = NORMAL")
            self.migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: cannot open as a Rasd SQLite database ({exc}). "
                             "Pass another --db path, or move the file away.") from None

    def migrate(self) -> list[str]:
        return apply_migrations(self._db)

    def close(self) -> None:
        self._db.close()

    # -- writing -----------------------------------------------------------------------------------

    def has_article(self, key: str) -> bool:
        sql = "SELECT 1 FROM articles WHERE key = ? OR source_key = ?"
        return self._db.execute(sql, (key, key)).fetchone() is not None

    def add_article(self, article: Article) -> bool:
        return self.add_articles([article])[0]

    def add_articles(self, articles: Sequence[Article]) -> list[bool]:
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            added = [self._insert(article) for article in articles]
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        return added

    def _insert(self, article: Article) -> bool:
        key = article.key
        db = self._db
        if self.has_article(key) or self.has_article(article.source_key):
            return False
        db.execute(
            "INSERT INTO articles(key, source_key, doc, title, text, outlet, published, url, source, notes, credits,"
            " removed) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (key, article.source_key, article.doc, article.title, article.text, article.outlet,
             article.published.isoformat() if article.published else None, article.url, article.source,
             _dump(article.notes), _dump(article.credits),
             _dump([{"kind": r.kind, "text": r.text, "line": r.line} for r in article.removed])),
        )
        db.executemany(
            'INSERT INTO sentences(article_key, idx, start, "end", text, is_title) VALUES (?,?,?,?,?,?)',
            [(key, s.index, s.start, s.end, s.text, int(s.is_title)) for s in article.sentences],
        )
        db.executemany(
            "INSERT INTO entities(id, name, kind, country, lat, lon, precision, wikidata, in_kb)"
            " VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO NOTHING",
            [(e.id, e.name, e.kind, e.country, e.lat, e.lon, e.precision, e.wikidata, int(e.in_kb))
             for e in article.entities.values()],
        )
        db.executemany(
            'INSERT INTO mentions(article_key, sentence, start, "end", text, label, entity_id, score)'
            " VALUES (?,?,?,?,?,?,?,?)",
            [(key, m.sentence, m.start, m.end, m.text, m.label, m.entity_id, m.score) for m in article.mentions],
        )
        db.executemany(
            "INSERT INTO events(article_key, idx, sentence, type, mode, status, date, fatalities, data)"
            " VALUES (?,?,?,?,?,?,?,?,?)",
            [(key, i, e.sentence, e.type, e.mode, e.status, e.date, e.fatalities,
              _dump({k: v for k, v in e.as_json(article.doc).items() if k != "doc"} | {"sentence": e.sentence}))
             for i, e in enumerate(article.events)],
        )
        db.execute("INSERT INTO articles_fts(key, body) VALUES (?, ?)",
                   (key, article.search_text or index_text(f"{article.title or ''}\n{article.text}")))
        return True

    # -- reading -----------------------------------------------------------------------------------

    def articles(self, limit: int | None = None) -> Iterator[ArticleSummary]:
        sql = (
            "SELECT a.key, a.doc, a.title, a.outlet, a.published, a.url,"
            " (SELECT count(*) FROM sentences s WHERE s.article_key = a.key),"
            " (SELECT count(*) FROM events e WHERE e.article_key = a.key)"
            " FROM articles a ORDER BY a.published IS NULL, a.published, a.doc"
        )
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        for row in self._db.execute(sql):
            yield ArticleSummary(*row)

    def _resolve(self, ref: str) -> str | None:
        for sql, arg in (("SELECT key FROM articles WHERE key = ?", ref),
                         ("SELECT key FROM articles WHERE doc = ? ORDER BY ingested_at DESC", ref),
                         ("SELECT key FROM articles WHERE key LIKE ?", ref + "%")):
            rows = self._db.execute(sql, (arg,)).fetchall()
            if len(rows) >= 1 and (len(rows) == 1 or sql.endswith("DESC")):
                return str(rows[0][0])
        return None

    def get_article(self, ref: str) -> Article | None:
        key = self._resolve(ref)
        if key is None:
            return None
        row = self._db.execute(
            "SELECT doc, title, text, outlet, published, url, source, notes, credits, removed, source_key"
            " FROM articles WHERE key = ?", (key,)).fetchone()
        doc, title, text, outlet, published, url, source, notes, credits, removed, source_key = row
        article = Article(doc=doc, text=text, title=title, outlet=outlet,
                          published=dt.date.fromisoformat(published) if published else None, url=url,
                          source=source, notes=json.loads(notes), credits=json.loads(credits),
                          removed=[Removed(**r) for r in json.loads(removed)], key=key,
                          source_key=source_key or key)
        for idx, start, end, stext, is_title in self._db.execute(
                'SELECT idx, start, "end", text, is_title FROM sentences WHERE article_key = ? ORDER BY idx',
                (key,)):
            toks = tokenize(stext) if is_title else tokenize(stext, start)
            article.sentences.append(Sentence(idx, start, end, stext, toks, bool(is_title)))
        for m in self._db.execute(
                'SELECT m.sentence, m.start, m."end", m.text, m.label, m.entity_id, m.score,'
                " e.name, e.kind, e.country, e.lat, e.lon, e.precision, e.wikidata, e.in_kb"
                " FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.article_key = ?"
                " ORDER BY m.sentence, m.start", (key,)):
            article.mentions.append(Mention(*m[:7]))
            article.entities[m[5]] = Entity(id=m[5], name=m[7], kind=m[8], country=m[9], lat=m[10], lon=m[11],
                                            precision=m[12], wikidata=m[13], in_kb=bool(m[14]))
        return article

    def events(self, doc: str | None = None, with_source: bool = False) -> Iterator[dict[str, Any]]:
        sql = ("SELECT a.doc, e.data, a.outlet, a.published, a.url FROM events e"
               " JOIN articles a ON a.key = e.article_key"
               + (" WHERE a.doc = ? OR a.key = ?" if doc else "")
               + " ORDER BY a.published IS NULL, a.published, a.doc, e.idx")
        for adoc, data, outlet, published, url in self._db.execute(sql, (doc, doc) if doc else ()):
            event = json.loads(data)
            event.pop("sentence", None)
            if with_source:
                event.update(outlet=outlet, published=published, url=url)
            yield {"doc": adoc, **event}

    def entities(self, limit: int | None = None) -> list[EntityCount]:
        sql = ("SELECT e.id, e.name, e.kind, e.country, count(*), count(DISTINCT m.article_key)"
               " FROM entities e JOIN mentions m ON m.entity_id = e.id GROUP BY e.id"
               " ORDER BY count(*) DESC, e.name")
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [EntityCount(*row) for row in self._db.execute(sql)]

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        fts = match_query(query)
        if not fts:
            return []
        rows = self._db.execute(
            "SELECT a.key, a.doc, a.title, a.text FROM articles_fts f JOIN articles a ON a.key = f.key"
            " WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?", (fts, limit)).fetchall()
        return [SearchHit(k, d, t, _snippet(text, query)) for k, d, t, text in rows]


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _snippet(text: str, query: str, width: int = 80) -> str:
    from rasd.store.search import find_in_text

    pos = find_in_text(text, query)
    start = max(0, pos - width // 2) if pos >= 0 else 0
    piece = text[start:start + width].replace("\n", " ")
    return ("…" if start else "") + piece + ("…" if start + width < len(text) else "")
