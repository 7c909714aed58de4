"""A kill in the middle of an ingest leaves a consistent database, and running again finishes the job."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from rasd.store import SQLiteStore

PLACES = ["حلب", "الموصل", "صنعاء", "بنغازي", "غزة", "الخرطوم", "كابول", "مقديشو"]
CLI = "import sys; from rasd.serve.cli import main; sys.exit(main())"


def _articles(n: int) -> list[dict[str, str]]:
    rows = []
    for i in range(n):
        place = PLACES[i % len(PLACES)]
        text = (f"قتل {i % 9 + 2} أشخاص في قصف مدفعي استهدف حيا سكنيا في {place} مساء أمس، بحسب مصادر محلية.\n"
                f"وقالت المصادر إن القصف هو الأعنف منذ أسابيع، وإن عدد الجرحى بلغ {i + 3} جريحا.")
        rows.append({"id": f"a{i}", "title": f"قصف على {place}", "text": text, "published": "2019-05-10"})
    return rows


def _count(db: Path, table: str) -> int:
    with sqlite3.connect(db) as con:
        return int(con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


@pytest.mark.slow
def test_killed_ingest_is_consistent_and_a_rerun_completes_it(tmp_path: Path) -> None:
    rows = _articles(400)
    batch = tmp_path / "batch.jsonl"
    batch.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    db = tmp_path / "news.db"
    cmd = [sys.executable, "-c", CLI, "--db", str(db), "ingest", "--workers", "1", "--no-progress", str(batch)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
        try:
            if _count(db, "articles") >= 20:
                break
        except sqlite3.Error:  # not created yet
            continue
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    partial = _count(db, "articles")
    assert 0 < partial < len(rows), "the kill should land in the middle of the batch"
    with sqlite3.connect(db) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # no half-stored article: every stored article has its sentences
        assert con.execute("SELECT count(*) FROM articles a WHERE NOT EXISTS "
                           "(SELECT 1 FROM sentences s WHERE s.article_key = a.key)").fetchone()[0] == 0

    rerun = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{partial} already stored" in rerun.stderr
    store = SQLiteStore(db)
    docs = [a.doc for a in store.articles()]
    assert sorted(docs) == sorted(r["id"] for r in rows)
    events = list(store.events())
    store.close()
    fresh = tmp_path / "fresh.db"
    subprocess.run([*cmd[:4], str(fresh), *cmd[5:]], check=True, capture_output=True, timeout=300)
    assert _count(fresh, "events") == len(events) == _count(db, "events")
