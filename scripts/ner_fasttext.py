"""Subword-aware word vectors (fastText skip-gram, gensim) from unlabelled news text, for the NER tagger.

Training-only dependency: gensim. The tagger never loads gensim: the vectors of the commonest words, and of
every clitic-stripped reading of them (``strip_clitics``), are exported to ``ner-vectors.npz`` as a plain
matrix. Because fastText builds a word's vector from its character n-grams, a prefixed form ("والجفره") and
its stripped readings ("الجفره", "جفره") get related vectors even when one of them is rare.

    python scripts/ner_fasttext.py --data DIR --out WORKDIR
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np
from ner_embed import corpus_token_ids

from rasd.text.normalize import strip_clitics


def build_fasttext(data: Path, out: Path, vocab: int = 100_000, dim: int = 100, epochs: int = 5,
                   seed: int = 13) -> None:
    from gensim.models import FastText  # training only

    t0 = time.time()
    corpus = next((data / "news-ant").glob("*.jsonl.gz"))
    words, ids = corpus_token_ids(corpus)
    cuts = np.flatnonzero(ids < 0)
    sentences: list[list[str]] = []
    start = 0
    for cut in cuts:
        doc = [words[i] for i in ids[start:cut]]
        sentences.extend(doc[k : k + 1000] for k in range(0, len(doc), 1000))
        start = cut + 1
    print(f"corpus: {len(ids):,} tokens, {len(sentences):,} chunks ({time.time() - t0:.0f}s)", flush=True)
    model = FastText(
        sentences=sentences, vector_size=dim, window=5, min_count=3, sg=1, negative=5, epochs=epochs,
        min_n=2, max_n=5, bucket=500_000, workers=1, seed=seed,
    )
    print(f"fastText trained ({time.time() - t0:.0f}s)", flush=True)
    kv = model.wv
    top = kv.index_to_key[:vocab]
    export = list(top)
    seen = set(export)
    for w in top:  # stripped readings share vectors with their full forms through n-grams
        for r in strip_clitics(w)[1:] if w[:1].isalpha() else []:
            if r not in seen and len(r) > 1:
                seen.add(r)
                export.append(r)
    vecs = np.stack([kv[w] for w in export]).astype(np.float32)
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True) + 1e-9
    out.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out / "ner-vectors.npz", words=np.asarray(export), vectors=vecs.astype(np.float16))
    print(f"exported {len(export):,} vectors ({time.time() - t0:.0f}s)", flush=True)


def merge_vectors(parts: list[Path], out: Path) -> None:
    """One matrix from several vector files: a word's row is its vectors side by side, zeros where absent."""
    loaded = []
    for part in parts:
        with np.load(part) as z:
            loaded.append(([str(w) for w in z["words"]], z["vectors"]))
    words: list[str] = []
    seen: set[str] = set()
    for part_words, _ in loaded:
        for w in part_words:
            if w not in seen:
                seen.add(w)
                words.append(w)
    row = {w: i for i, w in enumerate(words)}
    mats = []
    for part_words, vecs in loaded:
        mat = np.zeros((len(words), vecs.shape[1]), dtype=np.float16)
        mat[[row[w] for w in part_words]] = vecs
        mats.append(mat)
    np.savez_compressed(out, words=np.asarray(words), vectors=np.hstack(mats))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", required=True, type=Path, help="the shared data folder")
    ap.add_argument("--out", required=True, type=Path, help="folder for ner-vectors.npz")
    ap.add_argument("--vocab", type=int, default=100_000)
    ap.add_argument("--dim", type=int, default=100)
    ap.add_argument("--epochs", type=int, default=5)
    a = ap.parse_args()
    build_fasttext(a.data, a.out, a.vocab, a.dim, a.epochs)


if __name__ == "__main__":
    main()
