#!/usr/bin/env python3
"""Ground the Arabic trigger lexicon in real news text (a development tool; its output is not committed).

Three reports over the news-ant corpus (gzip JSONL files in the shared data folder):

    # n-grams over-represented in conflict/politics sentences against the rest of the corpus
    python scripts/mine_triggers.py --data DATA_DIR/news-ant contrast [--top 200]
    # the surface variants and 1-3-word phrases around given stems, with one example each
    python scripts/mine_triggers.py --data DATA_DIR/news-ant stems قصف غار اشتباك
    # how often each lexicon entry fires, the dead entries, and frequent words next to fired triggers
    python scripts/mine_triggers.py --data DATA_DIR/news-ant coverage

``--categories`` restricts the articles read (default: middleEast,internationalNews); ``--limit`` caps the
number of articles for a quick look.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from rasd.text.normalize import match_key, strip_clitics  # noqa: E402

_WORD = re.compile(r"[\u0621-\u064A\u0660-\u0669\u0670-\u06D3]+|[.،؛:!?؟]")
_SENTENCE_END = re.compile(r"(?<=[.!?؟])\s+|\n+")

# Words that make a sentence "about conflict or politics" for the contrast report. Deliberately broad;
# the report ranks n-grams by how much more often they occur in such sentences than elsewhere.
_ANCHORS = {
    "قوات", "الجيش", "جيش", "مسلحين", "مسلحون", "مقتل", "قتلى", "قتل", "جرحى", "اصابه", "الحكومه", "حكومه",
    "المعارضه", "الحوثيين", "الحوثي", "التحالف", "داعش", "الفصائل", "فصائل", "الشرطه", "الامن", "وزير",
    "الرئيس", "رئيس", "المتحدث", "الخارجيه", "مجلس", "الامم", "عسكريه", "عسكري", "الاحتلال", "الاسرائيلي",
}


def read_articles(data: Path, categories: set[str], limit: int | None) -> Iterator[str]:
    count = 0
    for path in sorted(data.glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                if categories and row.get("category") not in categories:
                    continue
                yield f"{row.get('title') or ''}\n{row.get('text') or ''}"
                count += 1
                if limit is not None and count >= limit:
                    return


def sentences(text: str) -> Iterator[list[str]]:
    for chunk in _SENTENCE_END.split(text):
        words = [match_key(w) for w in _WORD.findall(chunk)]
        if len(words) >= 3:
            yield words


def base_form(word: str) -> str:
    """The shortest clitic-free reading, so وقصفت / بالقصف / للاشتباكات count with their bare forms."""
    readings = strip_clitics(word)
    return readings[-1] if len(readings[-1]) >= 3 else readings[0]


def ngrams(words: list[str], n_max: int) -> Iterator[str]:
    for n in range(1, n_max + 1):
        for i in range(len(words) - n + 1):
            gram = words[i : i + n]
            if any(g in ".،؛:!?؟" for g in gram):
                continue
            yield " ".join(gram)


def report_contrast(args: argparse.Namespace) -> None:
    inside: Counter[str] = Counter()
    outside: Counter[str] = Counter()
    n_in = n_out = 0
    for text in read_articles(args.data, set(), args.limit):
        for words in sentences(text):
            bases = [base_form(w) for w in words]
            hot = any(w in _ANCHORS or b in _ANCHORS for w, b in zip(words, bases, strict=True))
            target = inside if hot else outside
            target.update(ngrams(bases, 3))
            if hot:
                n_in += 1
            else:
                n_out += 1
    scored = []
    for gram, count in inside.items():
        if count < args.min_count:
            continue
        ratio = (count / max(n_in, 1)) / ((outside[gram] + 1) / max(n_out, 1))
        scored.append((count * math.log(ratio) if ratio > 1 else 0.0, count, outside[gram], gram))
    scored.sort(reverse=True)
    print(f"# {n_in} conflict/politics sentences, {n_out} others; score = count * log(rate ratio)")
    for score, count, other, gram in scored[: args.top]:
        print(f"{score:10.1f}\t{count}\t{other}\t{gram}")


def report_stems(args: argparse.Namespace) -> None:
    stems = [match_key(s) for s in args.stems]
    variants: dict[str, Counter[str]] = defaultdict(Counter)
    phrases: dict[str, Counter[str]] = defaultdict(Counter)
    example: dict[str, str] = {}
    categories = set(args.categories.split(",")) if args.categories else set()
    for text in read_articles(args.data, categories, args.limit):
        for words in sentences(text):
            for i, word in enumerate(words):
                for stem in stems:
                    if not any(r.startswith(stem) for r in strip_clitics(word)):
                        continue
                    variants[stem][word] += 1
                    left = words[max(0, i - 1) : i]
                    right = words[i + 1 : i + 3]
                    grams = (" ".join(left + [word]), " ".join([word] + right[:1]), " ".join([word] + right))
                    for gram in grams:
                        if not any(p in gram for p in ".،؛:!?؟") and " " in gram:
                            phrases[stem][gram] += 1
                            example.setdefault(gram, " ".join(words[max(0, i - 6) : i + 8]))
    for stem in stems:
        print(f"## {stem}")
        print("variants:", ", ".join(f"{w} {c}" for w, c in variants[stem].most_common(args.top)))
        for gram, count in phrases[stem].most_common(args.top):
            print(f"{count}\t{gram}\t| {example[gram]}")


def report_coverage(args: argparse.Namespace) -> None:
    from rasd.events.triggers import find_triggers, lexicon_patterns

    fired: Counter[tuple[str, str]] = Counter()
    neighbours: Counter[str] = Counter()
    categories = set(args.categories.split(",")) if args.categories else set()
    n_tokens = 0
    for text in read_articles(args.data, categories, args.limit):
        for words in sentences(text):
            n_tokens += len(words)
            for match in find_triggers(words):
                fired[(match.pattern, match.type)] += 1
                if match.end < len(words):
                    neighbours[f"{match.pattern} + {base_form(words[match.end])}"] += 1
    print(f"# {n_tokens} tokens, {sum(fired.values())} trigger matches")
    print("## most frequent entries")
    for (pattern, type_), count in fired.most_common(args.top):
        print(f"{count}\t{type_}\t{pattern}")
    print("## entries that never fired")
    for pattern, type_ in lexicon_patterns():
        if (pattern, type_) not in fired:
            print(f"0\t{type_}\t{pattern}")
    print("## frequent right neighbours (guards and longer phrases to consider)")
    for gram, count in neighbours.most_common(args.top):
        print(f"{count}\t{gram}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, required=True, help="folder holding the news-ant *.jsonl.gz")
    parser.add_argument("--categories", default="middleEast,internationalNews")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--top", type=int, default=60)
    parser.add_argument("--min-count", type=int, default=20)
    sub = parser.add_subparsers(dest="report", required=True)
    sub.add_parser("contrast")
    stems = sub.add_parser("stems")
    stems.add_argument("stems", nargs="+")
    sub.add_parser("coverage")
    args = parser.parse_args()
    {"contrast": report_contrast, "stems": report_stems, "coverage": report_coverage}[args.report](args)


if __name__ == "__main__":
    main()
