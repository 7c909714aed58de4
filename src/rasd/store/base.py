"""The store interface. SQLite implements it now; a PostgreSQL backend (by URL) implements the same."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from rasd.doc import Article

__all__ = ["ArticleSummary", "EntityCount", "SearchHit", "Store"]


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    key: str
    doc: str
    title: str | None
    outlet: str | None
    published: str | None
    url: str | None
    n_sentences: int
    n_events: int


@dataclass(frozen=True, slots=True)
class EntityCount:
    id: str
    name: str
    kind: str
    country: str | None
    mentions: int
    articles: int


@dataclass(frozen=True, slots=True)
class SearchHit:
    key: str
    doc: str
    title: str | None
    snippet: str


class Store(Protocol):
    """Where articles and what the pipeline found in them live. One writer; reads may run concurrently."""

    url: str

    def migrate(self) -> list[str]:
        """Apply pending schema migrations; return the names applied. Safe to call repeatedly."""
        ...

    def has_article(self, key: str) -> bool:
        """Whether an article with this content key, or read with this source key, is stored."""
        ...

    def add_article(self, article: Article) -> bool:
        """Store an article and everything found in it in one transaction; False if it was already stored."""
        ...

    def add_articles(self, articles: Sequence[Article]) -> list[bool]:
        """``add_article`` for several articles in one transaction (all or none are stored): per-article
        commits dominate the cost of a big ingest."""
        ...

    def articles(self, limit: int | None = None) -> Iterator[ArticleSummary]: ...

    def get_article(self, ref: str) -> Article | None:
        """An article by content key, key prefix or source id (doc)."""
        ...

    def events(self, doc: str | None = None, with_source: bool = False) -> Iterator[dict[str, Any]]:
        """Events as EVENTS.md JSON objects, in article and sentence order; ``with_source`` adds the
        article's outlet, publication date and URL."""
        ...

    def entities(self, limit: int | None = None) -> list[EntityCount]: ...

    def search(self, query: str, limit: int = 20) -> list[SearchHit]: ...

    def close(self) -> None: ...
