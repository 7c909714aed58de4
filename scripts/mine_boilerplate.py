"""Mine boilerplate candidates from a news corpus: text repeated across many articles of one outlet.

Real article sentences are (nearly) unique; boilerplate is not. Per outlet the script counts, over
articles (each article counts once):

- whole lines (matching form), and whole first / last lines;
- prefixes of first lines and suffixes of last lines (1-5 words, and the part before a dash or colon,
  which is where datelines and agency credits sit: "القاهرة - أ ش أ:", "... (رويترز)");
- short lines (<= 8 words) that have a URL / @handle / date / time / pic.twitter shape.

and prints the candidates seen in at least ``--min-docs`` articles (or ``--min-share`` of the outlet).
Input: the news-ant gzip JSONL (fields ``outlet`` and ``text``) in the folder given with ``--data``, or
any ``*.jsonl.gz`` / ``*.jsonl`` / ``*.txt`` files there (a ``.txt`` file is one article, outlet = folder).

With ``--audit N`` it instead runs ``rasd.text.boilerplate.strip_boilerplate`` on N articles and prints
articles/s, removed lines per kind, credits found, and ``--show`` random removals (with the line before
and after) to check by eye that no real sentence goes.

Usage: python scripts/mine_boilerplate.py --data DIR [--min-docs 20] [--top 40] [--limit N]
       python scripts/mine_boilerplate.py --data DIR --audit 2000 [--show 30] [--seed 1]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

from rasd.text.boilerplate import safe_key as match_key

_EDGE_SPLIT = re.compile(r"\s[-–—:]\s?|[:：]\s|\)\s?[-–—]|^\(|\)$")
_MARK = re.compile(r"[()\[\]/|*•-]|[-–—:]$|^[-–—]")
_SHAPES = {
    "url": re.compile(r"https?://|www\.|\.com\b|\.net\b", re.I),
    "handle": re.compile(r"@\w+"),
    "pic": re.compile(r"pic\.twitter\.com", re.I),
    "date": re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b(19|20)\d\d\b"),
    "time": re.compile(r"\b\d{1,2}:\d\d\b"),
    "hashtag": re.compile(r"#\w+"),
}


def iter_articles(data: Path, limit: int | None) -> Iterator[tuple[str, str]]:
    """Yield (outlet, text) for every article found under ``data``."""
    count = 0
    for path in sorted(data.rglob("*")):
        if path.suffix not in {".gz", ".jsonl", ".txt"} or not path.is_file():
            continue
        if path.suffix == ".txt":
            yield path.parent.name, path.read_text(encoding="utf-8", errors="replace")
            count += 1
        else:
            opener = gzip.open if path.suffix == ".gz" else open
            with opener(path, "rt", encoding="utf-8") as handle:
                for raw in handle:
                    row = json.loads(raw)
                    yield str(row.get("outlet") or path.stem), str(row.get("text") or "")
                    count += 1
                    if limit and count >= limit:
                        return
        if limit and count >= limit:
            return


def edge_pieces(line: str, first: bool) -> list[str]:
    """Prefixes (first line) or suffixes (last line): word n-grams and the piece up to a separator."""
    words = line.split()
    pieces = []
    for n in range(1, 6):
        if len(words) > n:
            piece = " ".join(words[:n]) if first else " ".join(words[-n:])
            # Plain word n-grams ("قال", "الماضي.") are how sentences start and end, not boilerplate:
            # keep only pieces carrying a credit/dateline mark.
            if _MARK.search(piece):
                pieces.append(piece)
    parts = _EDGE_SPLIT.split(line)
    if len(parts) > 1:
        piece = parts[0] if first else parts[-1]
        if 0 < len(piece.split()) <= 6:
            pieces.append(("<" if first else ">") + piece.strip())
    return pieces


def mine(articles: Iterator[tuple[str, str]]) -> dict[str, dict[str, Counter[str]]]:
    stats: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    for outlet, text in articles:
        s = stats[outlet]
        s["_docs"]["n"] += 1
        lines = [match_key(x) for x in text.splitlines()]
        lines = [x for x in lines if x]
        if not lines:
            continue
        s["line"].update(set(lines))
        s["first"][lines[0]] += 1
        s["last"][lines[-1]] += 1
        s["prefix"].update(set(edge_pieces(lines[0], True)))
        s["suffix"].update(set(edge_pieces(lines[-1], False)))
        for line in set(lines):
            if len(line.split()) <= 8:
                s["short"][re.sub(r"\d", "9", line)] += 1
                for shape, rx in _SHAPES.items():
                    if rx.search(line):
                        # Replace digits so dates/times of one shape group together.
                        s["shape:" + shape][re.sub(r"\d", "9", line)] += 1
    return stats


def audit(data: Path, n: int, show: int, seed: int) -> None:
    import random
    import time

    from rasd.text.boilerplate import Removed, strip_boilerplate

    rows = list(iter_articles(data, None))
    rng = random.Random(seed)
    sample = rng.sample(rows, min(n, len(rows)))
    strip_boilerplate("تحميل")  # load the tables outside the timing
    start = time.perf_counter()
    results = [strip_boilerplate(text) for _, text in sample]
    elapsed = time.perf_counter() - start
    chars = sum(len(t) for _, t in sample)
    print(f"{len(sample)} articles, {chars} chars: {elapsed:.2f} s = {len(sample) / elapsed:.0f} articles/s")
    kinds: Counter[str] = Counter()
    credits: Counter[str] = Counter()
    touched = 0
    pool: list[tuple[str, Removed, list[str]]] = []
    for (outlet, text), cleaned in zip(sample, results, strict=True):
        touched += bool(cleaned.removed)
        kinds.update(r.kind for r in cleaned.removed)
        credits.update(cleaned.credits)
        lines = text.split("\n")
        pool.extend((outlet, r, lines) for r in cleaned.removed)
        again = strip_boilerplate(cleaned.text)
        assert again.text == cleaned.text and not again.removed, "not idempotent"
    print(f"articles with removals: {touched}; removals: {sum(kinds.values())}")
    for kind, count in kinds.most_common():
        print(f"  {kind:12s} {count}")
    print("credits:", dict(credits.most_common()))
    for outlet, r, lines in rng.sample(pool, min(show, len(pool))):
        before = lines[r.line - 1][:80] if r.line > 0 else ""
        after = lines[r.line + 1][:80] if r.line + 1 < len(lines) else ""
        print(f"--- [{outlet}] {r.kind} line {r.line}: {r.text[:160]!r}")
        print(f"      before: {before!r}\n      after:  {after!r}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, required=True, help="folder with the corpus")
    ap.add_argument("--min-docs", type=int, default=20, help="least number of articles for a candidate")
    ap.add_argument("--min-share", type=float, default=0.002, help="or least share of the outlet's articles")
    ap.add_argument("--top", type=int, default=40, help="candidates shown per outlet and kind")
    ap.add_argument("--limit", type=int, default=None, help="read at most this many articles")
    ap.add_argument("--audit", type=int, default=0, help="run the cleaner on this many articles instead")
    ap.add_argument("--show", type=int, default=30, help="random removals shown by --audit")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    if args.audit:
        audit(args.data, args.audit, args.show, args.seed)
        return
    stats = mine(iter_articles(args.data, args.limit))
    for outlet, s in sorted(stats.items()):
        n = s["_docs"]["n"]
        floor = max(args.min_docs, int(args.min_share * n))
        print(f"\n######## {outlet}: {n} articles (candidates seen in >= {floor})")
        for kind in sorted(k for k in s if k != "_docs"):
            rows = [(c, t) for t, c in s[kind].most_common(args.top) if c >= floor]
            if not rows:
                continue
            print(f"== {kind}")
            for c, t in rows:
                print(f"{c:6d}  {t[:140]}")


if __name__ == "__main__":
    main()
