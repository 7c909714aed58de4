#!/usr/bin/env python3
"""Throughput and memory figures (not a test): prints articles/s for the full pipeline into SQLite,
NER tokens/s, and peak memory, on articles of the news-ant corpus.

    python scripts/benchmark.py --data SHARED_DATA_DIR [--articles 10000] [--ner-tokens 100000]
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def write_jsonl(src: Path, n: int, out: Path) -> int:
    count = 0
    with gzip.open(src, "rt", encoding="utf-8") as fh, out.open("w", encoding="utf-8") as dst:
        for line in itertools.islice(fh, n):
            row = json.loads(line)
            dst.write(json.dumps({k: row.get(k) for k in ("id", "title", "text", "url", "outlet", "published")},
                                 ensure_ascii=False) + "\n")
            count += 1
    return count


def _tree_pss_mb(pid: int) -> float:
    """Proportional set size of a process and its children in MB (Linux), so shared model pages count once."""
    total = 0.0
    pids = [pid]
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        pids += [int(c) for c in children]
    except OSError:
        return 0.0
    for p in pids:
        try:
            for line in Path(f"/proc/{p}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1]) / 1024
        except OSError:
            continue
    return total


def bench_ingest(jsonl: Path, n: int, workers: int) -> None:
    """Runs ``rasd ingest FILE.jsonl`` as a user would, sampling the memory of the process and its workers."""
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        cmd = [sys.executable, "-c", "import sys; from rasd.serve.cli import main; sys.exit(main())",
               "--db", str(db), "ingest", "--no-progress", "--workers", str(workers), str(jsonl)]
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        peak = 0.0
        while proc.poll() is None:
            peak = max(peak, _tree_pss_mb(proc.pid))
            time.sleep(0.2)
        seconds = time.perf_counter() - started
        summary = (proc.stderr.read() if proc.stderr else "").strip().splitlines()[-1:]
        with sqlite3.connect(db) as con:
            stored = con.execute("SELECT count(*) FROM articles").fetchone()[0]
            n_events = con.execute("SELECT count(*) FROM events").fetchone()[0]
    print(f"rasd ingest ({workers} worker(s)): {stored}/{n} articles stored in {seconds:.1f} s "
          f"(start-up and model loading included) = {n / seconds:.0f} articles/s; {n_events} events "
          f"= {n_events / seconds:.0f} events/s; "
          f"peak memory {peak:.0f} MB (PSS of the process and its workers); {' '.join(summary)}")


def bench_ner(jsonl: Path, max_tokens: int) -> None:
    try:
        from rasd.entities.ner import load_default_tagger
    except ImportError:
        print("ner: no tagger installed")
        return
    from rasd.text.sentences import split_sentences
    from rasd.text.tokens import tokenize

    sentences: list[list[str]] = []
    total = 0
    with jsonl.open(encoding="utf-8") as fh:
        for line in fh:
            text = json.loads(line)["text"]
            for a, b in split_sentences(text):
                toks = [t.text for t in tokenize(text[a:b])]
                sentences.append(toks)
                total += len(toks)
            if total >= max_tokens:
                break
    from threadpoolctl import threadpool_limits

    tagger = load_default_tagger()
    # One core, as the figure says: numpy's BLAS would otherwise start a thread per core, and its threads
    # spin (and the figure drops several-fold) whenever another process holds a core.
    with threadpool_limits(1):
        started = time.perf_counter()
        tagger.tag_many(sentences)
        seconds = time.perf_counter() - started
    print(f"ner: {total} tokens in {seconds:.2f} s = {total / seconds:,.0f} tokens/s (one core)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", required=True, type=Path, help="the shared data folder (holds news-ant/)")
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--ner-tokens", type=int, default=100_000)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="pipeline processes to try")
    args = ap.parse_args(argv)
    src = args.data / "news-ant" / "ant_v2.1_without_libya.jsonl.gz"
    if not src.exists():
        print(f"{src}: not found; pass the shared data folder with --data", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        jsonl = Path(tmp) / "articles.jsonl"
        n = write_jsonl(src, args.articles, jsonl)
        print(f"input: {n} news-ant articles, {jsonl.stat().st_size / 1e6:.1f} MB JSONL")
        bench_ner(jsonl, args.ner_tokens)
        for workers in args.workers:
            bench_ingest(jsonl, n, workers)
    print(f"peak memory of the NER measurement: {peak_mb():.0f} MB (max RSS)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
