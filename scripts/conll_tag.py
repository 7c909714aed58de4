"""Tag a CoNLL-style file with the shipped Arabic NER model.

    python scripts/conll_tag.py INPUT [-o OUTPUT] [--model-dir DIR]

INPUT has one token per line (first column; any further columns, such as gold tags, are ignored) and a
blank line between sentences. OUTPUT gets ``token TAG`` lines in IOB2 with the same sentence breaks, the
format the shared score_ner.py reads.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from rasd.entities.ner import NerTagger, load_default_tagger, load_tagger


def read_sentences(path: Path) -> Iterator[list[str]]:
    sent: list[str] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if not parts:
                if sent:
                    yield sent
                    sent = []
                continue
            sent.append(parts[0])
    if sent:
        yield sent


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("input", type=Path)
    ap.add_argument("-o", "--output", type=Path, default=None)
    ap.add_argument("--model-dir", type=Path, default=None, help="default: the model shipped with rasd")
    a = ap.parse_args(argv)
    tagger: NerTagger = load_tagger(a.model_dir) if a.model_dir else load_default_tagger()
    out = open(a.output, "w", encoding="utf-8") if a.output else sys.stdout
    n_tokens, t0 = 0, time.perf_counter()
    try:
        for sent in read_sentences(a.input):
            tags = tagger.tag(sent)
            out.writelines(f"{w} {t}\n" for w, t in zip(sent, tags, strict=True))
            out.write("\n")
            n_tokens += len(sent)
    finally:
        if out is not sys.stdout:
            out.close()
    secs = time.perf_counter() - t0
    print(f"tagged {n_tokens} tokens in {secs:.2f}s ({n_tokens / max(secs, 1e-9):,.0f} tokens/s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
