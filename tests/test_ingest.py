from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import httpx
import pytest

from rasd import BinaryInput, EmptyInput, IngestOptions, InputError, InputWarning, ingest
from rasd.ingest.encoding import decode
from rasd.ingest.fetch import Fetcher
from rasd.ingest.metadata import Manifest
from rasd.ingest.sources import iter_articles
from rasd.store import SQLiteStore

BODY = (
    "أعلنت وزارة الدفاع السورية أن وحدات الجيش تصدت لهجوم شنته مجموعات مسلحة على مواقع عسكرية في ريف إدلب الجنوبي.\n"
    "وقالت الوزارة في بيان إن الاشتباكات استمرت عدة ساعات وأسفرت عن مقتل ثمانية مسلحين.\n"
    "وأضاف البيان أن وحدات الهندسة فككت عبوات ناسفة زرعت على الطريق الدولي بين حلب ودمشق.\n"
)

HTML = f"""<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>الجيش السوري يتصدى لهجوم في ريف إدلب | موقع الأخبار</title>
<meta property="og:site_name" content="موقع الأخبار">
<meta property="article:published_time" content="2019-05-14T10:00:00+03:00">
<link rel="canonical" href="https://news.example/syria/idlib-attack"></head>
<body><nav><a href="/">الرئيسية</a> | <a href="/world">العالم</a></nav>
<article><h1>الجيش السوري يتصدى لهجوم في ريف إدلب</h1>
{''.join(f'<p>{p}</p>' for p in BODY.splitlines())}
<p>وتشهد المنطقة تصعيدا عسكريا منذ أسابيع رغم اتفاق خفض التصعيد الذي توصلت إليه روسيا وتركيا العام الماضي.</p>
</article><footer>جميع الحقوق محفوظة</footer></body></html>"""

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>أخبار اليمن</title><link>https://yemen.example/</link>
<item><title>غارات على صنعاء</title><link>https://yemen.example/a1</link>
<pubDate>Tue, 12 Mar 2019 08:00:00 GMT</pubDate>
<description>شن طيران التحالف غارات على مواقع في صنعاء فجر اليوم بحسب مصادر محلية.</description></item>
<item><title>اجتماع في عدن</title><link>https://yemen.example/slow</link>
<pubDate>Wed, 13 Mar 2019 08:00:00 GMT</pubDate>
<description>التقى رئيس الحكومة اليمنية في عدن وفدا أمميا لبحث تنفيذ اتفاق الحديدة.</description></item>
</channel></rss>"""


def _mock_fetcher() -> Fetcher:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/slow":
            raise httpx.ReadTimeout("timed out", request=request)
        assert request.headers["user-agent"].startswith("rasd/")
        return httpx.Response(200, text=HTML.replace("سوري", "يمني"), headers={"content-type": "text/html"})

    return Fetcher(transport=httpx.MockTransport(handler))


def _mixed_folder(root: Path, seeds_dir: Path) -> Path:
    folder = root / "inbox"
    (folder / "nested").mkdir(parents=True)
    for seed in sorted(seeds_dir.glob("*.txt"))[:2]:
        shutil.copy(seed, folder / seed.name)
    (folder / "page.html").write_text(HTML, encoding="utf-8")
    (folder / "feed.rss").write_text(RSS, encoding="utf-8")
    rows = [{"id": "j1", "title": "احتجاجات في الخرطوم",
             "text": "خرج آلاف المتظاهرين في الخرطوم للمطالبة بالحكم المدني.",
             "url": "https://sudan.example/1", "outlet": "sudan-news", "published": "2019-06-03"},
            {"id": "j2", "title": "اعتقالات في بغداد", "text": "اعتقلت قوات الأمن العراقية عشرين شخصا في بغداد.",
             "outlet": "iraq-news", "published": "2019-10-05"}]
    (folder / "batch.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n{broken\n",
                                        encoding="utf-8")
    (folder / "nested" / "windows.txt").write_bytes(("عنوان الخبر\n" + BODY).encode("cp1256"))
    (folder / "nested" / "utf16.txt").write_bytes(("خبر آخر\n" + BODY.replace("إدلب", "حماة")).encode("utf-16"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blob.bin").write_bytes(bytes(range(256)) * 40)
    return folder


def test_mixed_folder_stores_the_good_reports_the_bad_and_reruns_to_nothing(tmp_path: Path, seeds_dir: Path) -> None:
    folder = _mixed_folder(tmp_path, seeds_dir)
    store = SQLiteStore(tmp_path / "t.db")
    options = IngestOptions(fetcher=_mock_fetcher())
    first = ingest([str(folder)], store, options=options)
    failed = sorted(Path(e.source.split(":")[0]).name for e in first.failed)
    assert failed == ["batch.jsonl", "blob.bin", "empty.txt"]
    assert all(e.problem for e in first.failed)
    # 2 seeds + html + 2 feed items + 2 jsonl + cp1256 + utf16
    assert first.stored == 9
    docs = {a.doc for a in store.articles()}
    assert {"j1", "j2", "windows", "utf16", "https://yemen.example/a1", "https://yemen.example/slow"} <= docs
    slow = store.get_article("https://yemen.example/slow")
    assert slow is not None and any("feed item's own text" in n for n in slow.notes)
    assert "وفدا أمميا" in slow.text
    fetched = store.get_article("https://yemen.example/a1")
    assert fetched is not None and "اليمني" in fetched.text
    windows = store.get_article("windows")
    assert windows is not None and windows.title == "عنوان الخبر" and "إدلب" in windows.text
    n_events = len(list(store.events()))

    second = ingest([str(folder)], store, options=IngestOptions(fetcher=_mock_fetcher()))
    assert second.stored == 0
    assert second.skipped == 9
    assert len(list(store.articles())) == 9
    assert len(list(store.events())) == n_events
    store.close()


def test_manifest_metadata_applies_to_seed_files(seeds_dir: Path, store: SQLiteStore) -> None:
    report = ingest([str(seeds_dir)], store)
    assert report.stored == 5 and not report.failed
    article = store.get_article("001_2652ce4f1c7f173e")
    assert article is not None
    assert article.published == dt.date(2020, 6, 9)
    assert article.title is None  # its first line is a whole sentence, not a headline
    titled = store.get_article("002_367928d02be5c67d")
    assert titled is not None and titled.title == "حفتر يبحث مع مسؤولين روس توريد الأسلحة لليبيا"
    slogan = store.get_article("004_9f03acabb281f74f")
    assert slogan is not None and slogan.title and "موقع إخباري" not in slogan.title
    unknown = store.get_article("003_6180295ae112573a")
    assert unknown is not None and unknown.published is None


def test_flags_fill_missing_metadata(tmp_path: Path, store: SQLiteStore) -> None:
    path = tmp_path / "a.txt"
    path.write_text("عنوان\n" + BODY, encoding="utf-8")
    ingest([str(path)], store, options=IngestOptions(outlet="Example", published=dt.date(2021, 1, 2)))
    article = store.get_article("a")
    assert article is not None and article.outlet == "Example" and article.published == dt.date(2021, 1, 2)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1256", "iso-8859-6"])
def test_decode_detects_arabic_encodings(encoding: str) -> None:
    text = "قصفت المدفعية مواقع المسلحين في الموصل يوم الأحد"
    data = text.encode(encoding)
    assert decode(data, "x").text.lstrip("\ufeff") == text


def test_decode_reports_empty_binary_and_truncated() -> None:
    with pytest.raises(EmptyInput, match="x.txt"):
        decode(b"  \n ", "x.txt")
    with pytest.raises(BinaryInput, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "img.txt")
    data = ("خبر عاجل من غزة " * 20).strip().encode("utf-8")[:-1]
    decoded = decode(data, "cut.txt")
    assert decoded.warning and "truncated" in decoded.warning
    assert decoded.text.startswith("خبر عاجل")


def test_oversized_file_is_reported_not_read(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 2_000)
    items = list(iter_articles([str(big)], IngestOptions(max_bytes=1_000)))
    assert len(items) == 1 and isinstance(items[0], InputError) and "limit" in items[0].problem


def test_missing_path_is_one_error() -> None:
    items = list(iter_articles(["no/such/file.txt"]))
    assert len(items) == 1 and isinstance(items[0], InputError) and "no such file" in str(items[0])


def test_truncated_utf8_file_is_stored_with_a_warning(tmp_path: Path, store: SQLiteStore) -> None:
    path = tmp_path / "cut.txt"
    path.write_bytes(("عنوان\n" + BODY).strip().rstrip(".").encode("utf-8")[:-1])  # cut inside a letter
    report = ingest([str(path)], store)
    assert report.stored == 1 and not report.failed
    assert len(report.warnings) == 1 and isinstance(report.warnings[0], InputWarning)


def test_manifest_without_doc_column_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "m.tsv"
    path.write_text("name\toutlet\nx\ty\n", encoding="utf-8")
    with pytest.raises(InputError, match="doc"):
        Manifest.read(path)


def test_workers_store_the_same_as_one_process(tmp_path: Path, seeds_dir: Path) -> None:
    one, two = SQLiteStore(tmp_path / "1.db"), SQLiteStore(tmp_path / "2.db")
    ingest([str(seeds_dir)], one)
    report = ingest([str(seeds_dir)], two, workers=2)
    assert report.stored == 5 and not report.failed
    assert list(one.events()) == list(two.events())
    one.close()
    two.close()


def test_html_page_of_links_only_is_reported_not_stored(tmp_path: Path, store: SQLiteStore) -> None:
    page = tmp_path / "nav.html"
    page.write_text('<html><head><title>الرئيسية</title></head><body><nav><a href="/">الرئيسية</a> '
                    '<a href="/news">أخبار</a></nav></body></html>', encoding="utf-8")
    report = ingest([str(page)], store)
    assert report.stored == 0 and len(report.failed) == 1
    assert "no article text" in report.failed[0].problem and "nav.html" in report.failed[0].source


def test_copies_differing_only_in_boilerplate_are_one_article(tmp_path: Path, store: SQLiteStore) -> None:
    body = "اشتبكت قوات الأمن مع محتجين في ساحة التحرير وسط بغداد مساء أمس.\n"
    (tmp_path / "first.txt").write_text("احتجاجات في بغداد\n5 تعليقات أرسل لصديق نسخة للطباعة\n" + body,
                                        encoding="utf-8")
    (tmp_path / "later.txt").write_text("احتجاجات في بغداد\n12 تعليقات أرسل لصديق نسخة للطباعة\n" + body
                                        + "شاركنا ..\n", encoding="utf-8")
    row = {"id": "j1", "title": "احتجاجات في بغداد", "text": body}
    (tmp_path / "feed.jsonl").write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    report = ingest([str(tmp_path)], store)
    assert report.stored == 1 and report.skipped == 2
    again = ingest([str(tmp_path)], store)  # recognised as read, before the pipeline runs
    assert again.stored == 0 and again.skipped == 3


def test_rows_stored_before_content_keys_are_still_recognised(tmp_path: Path) -> None:
    import sqlite3

    from rasd.doc import Article
    from rasd.store.migrations import MIGRATIONS

    path = tmp_path / "old.db"
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("CREATE TABLE _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL DEFAULT 'x')")
    MIGRATIONS[0][1](db)
    db.execute("INSERT INTO _migrations(name) VALUES ('001_initial')")
    old = Article(doc="old", text="خبر قديم عن حلب.")
    db.execute("INSERT INTO articles(key, doc, text) VALUES (?, ?, ?)", (old.source_key, old.doc, old.text))
    db.close()
    store = SQLiteStore(path)
    assert store.has_article(Article(doc="again", text="خبر قديم عن حلب.").source_key)
    store.close()
