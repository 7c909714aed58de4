from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from rasd import Article, Event, Party, Pipeline, StoreError, open_store
from rasd.store import SQLiteStore
from rasd.store.migrations import MIGRATIONS


def _article(text: str = "اشتبكت قوات الأمن مع محتجين في بغداد أمس.") -> Article:
    a = Article(doc="d1", text=text, title="عنوان", published=dt.date(2019, 10, 5), outlet="x")
    a.events.append(Event(type="ASSAULT", sentence=1, evidence=text, actor=[Party("Iraqi security forces")]))
    return a


def test_migrations_are_recorded_and_idempotent(tmp_path: Path) -> None:
    path = tmp_path / "m.db"
    SQLiteStore(path).close()
    store = SQLiteStore(path)
    assert store.migrate() == []
    names = [r[0] for r in sqlite3.connect(path).execute("SELECT name FROM _migrations")]
    assert names == [name for name, _ in MIGRATIONS]
    store.close()


def test_add_article_is_idempotent_by_content(store: SQLiteStore) -> None:
    assert store.add_article(_article()) is True
    assert store.add_article(_article()) is False
    other = _article()
    other.doc = "renamed-copy"
    assert store.add_article(other) is False  # same content, other file name
    assert len(list(store.articles())) == 1
    assert [e["type"] for e in store.events()] == ["ASSAULT"]


def test_failed_write_leaves_nothing_behind(store: SQLiteStore) -> None:
    bad = _article()
    bad.events[0].type = None  # type: ignore[assignment]  # violates NOT NULL half-way through
    with pytest.raises(sqlite3.IntegrityError):
        store.add_article(bad)
    assert list(store.articles()) == []
    assert store.add_article(_article()) is True


def test_add_articles_stores_a_batch_in_one_transaction(store: SQLiteStore) -> None:
    second = _article("تظاهر الآلاف في البصرة للمطالبة بفرص عمل.")
    assert store.add_articles([_article(), second, _article()]) == [True, True, False]
    assert len(list(store.articles())) == 2
    bad = _article("اعتقلت الشرطة عشرة أشخاص في الناصرية.")
    bad.events[0].type = None  # type: ignore[assignment]
    with pytest.raises(sqlite3.IntegrityError):
        store.add_articles([_article("خبر جديد عن كربلاء."), bad])
    assert len(list(store.articles())) == 2  # all or none


def test_get_article_round_trips(store: SQLiteStore) -> None:
    article = Pipeline.from_names(["rasd.text.v1"])(_article())
    store.add_article(article)
    back = store.get_article(article.key[:8])
    assert back is not None
    assert back.doc == "d1" and back.published == dt.date(2019, 10, 5)
    assert [s.text for s in back.sentences] == [s.text for s in article.sentences]


def test_search_finds_words_behind_clitics(store: SQLiteStore) -> None:
    store.add_article(_article("وصلت تعزيزات إلى وسرت ولسرت وبالموصل."))
    assert [h.doc for h in store.search("سرت")] == ["d1"]
    assert [h.doc for h in store.search("الموصل")] == ["d1"]
    assert store.search("حلب") == []
    assert store.search('" OR *') == []


def test_open_store_by_path_url_and_unknown_scheme(tmp_path: Path) -> None:
    open_store(tmp_path / "a.db").close()
    open_store(f"sqlite:///{tmp_path / 'b.db'}").close()
    assert (tmp_path / "b.db").exists()
    with pytest.raises(Exception, match="Registered"):
        open_store("mongodb://localhost/x")


def test_not_a_database_is_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="junk.db"):
        SQLiteStore(path)
