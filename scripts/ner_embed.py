"""Word vectors and word clusters for the NER tagger, learnt from unlabelled news text with numpy only.

Method: count left/right neighbours (at distance 1 and 2) of the commonest words against a smaller set of
context words, weight the counts by positive PMI, reduce them with an SVD, and group the resulting vectors
with k-means at several sizes. Coarse clusters generalise across rare words; fine ones keep distinctions.

Used by ``scripts/train_ner.py``; can also be run alone:
    python scripts/ner_embed.py --data DIR --out WORKDIR
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import time
from collections import Counter
from pathlib import Path

import numpy as np

from rasd.entities.ner.features import word_key

TOKEN_RE = re.compile(r"[^\W\d_]+|\d+(?:[.,]\d+)*|[^\w\s]", re.UNICODE)


def corpus_token_ids(path: Path, max_articles: int | None = None) -> tuple[list[str], np.ndarray]:
    """Normalised tokens of every title and text in the gzip JSONL corpus, as ids; -1 separates articles."""
    key_of: dict[str, int] = {}
    words: list[str] = []
    raw_to_id: dict[str, int] = {}
    ids: list[int] = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if max_articles is not None and n >= max_articles:
                break
            doc = json.loads(line)
            for field in ("title", "text"):
                for tok in TOKEN_RE.findall(doc.get(field) or ""):
                    wid = raw_to_id.get(tok)
                    if wid is None:
                        key = word_key(tok)
                        wid = key_of.get(key)
                        if wid is None:
                            wid = key_of[key] = len(words)
                            words.append(key)
                        raw_to_id[tok] = wid
                    ids.append(wid)
                ids.append(-1)
    return words, np.asarray(ids, dtype=np.int64)


def ppmi_svd_vectors(
    words: list[str], ids: np.ndarray, vocab_size: int, n_context: int, dim: int
) -> tuple[list[str], np.ndarray]:
    counts = np.bincount(ids[ids >= 0], minlength=len(words))
    order = np.argsort(-counts, kind="stable")
    vocab = order[:vocab_size]
    row_of = np.full(len(words), -1, dtype=np.int64)
    row_of[vocab] = np.arange(len(vocab))
    col_of = np.full(len(words), -1, dtype=np.int64)
    col_of[order[:n_context]] = np.arange(n_context)
    rows = np.where(ids >= 0, row_of[np.maximum(ids, 0)], -1)
    cols = np.where(ids >= 0, col_of[np.maximum(ids, 0)], -1)
    blocks = []
    for offset in (-2, -1, 1, 2):  # a separate block of columns per relative position
        if offset < 0:
            r, c = rows[-offset:], cols[:offset]
        else:
            r, c = rows[:-offset], cols[offset:]
        ok = (r >= 0) & (c >= 0)
        flat = r[ok] * n_context + c[ok]
        blocks.append(np.bincount(flat, minlength=len(vocab) * n_context).reshape(len(vocab), n_context))
    mat = np.hstack(blocks).astype(np.float64)
    total = mat.sum()
    row_sum = mat.sum(axis=1, keepdims=True) + 1e-9
    col_sum = (mat.sum(axis=0, keepdims=True) + 1e-9) ** 0.75  # context smoothing as in word2vec
    col_sum = col_sum / col_sum.sum() * total
    with np.errstate(divide="ignore"):
        pmi = np.log(mat * total / (row_sum * col_sum))
    ppmi = np.maximum(pmi, 0.0).astype(np.float32)
    del mat, pmi
    gram = ppmi.T @ ppmi
    eigval, eigvec = np.linalg.eigh(gram.astype(np.float64))
    top = np.argsort(-eigval)[:dim]
    vecs = ppmi @ eigvec[:, top].astype(np.float32)
    # U * sqrt(S): divide the projection by sqrt of singular values
    vecs /= np.sqrt(np.sqrt(np.maximum(eigval[top], 1e-9))).astype(np.float32)
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True) + 1e-9
    return [words[i] for i in vocab], vecs


def kmeans(vecs: np.ndarray, k: int, seed: int, iters: int = 25) -> np.ndarray:
    """Spherical k-means; vectors are unit length so the dot product ranks centres."""
    rng = np.random.default_rng(seed)
    centres = vecs[rng.choice(len(vecs), size=k, replace=False)].copy()
    assign = np.zeros(len(vecs), dtype=np.int64)
    for _ in range(iters):
        assign = np.argmax(vecs @ centres.T, axis=1)
        sums = np.zeros_like(centres)
        np.add.at(sums, assign, vecs)
        empty = np.bincount(assign, minlength=k) == 0
        sums[empty] = vecs[rng.choice(len(vecs), size=int(empty.sum()), replace=False)]
        centres = sums / (np.linalg.norm(sums, axis=1, keepdims=True) + 1e-9)
    return assign


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", required=True, type=Path, help="the shared data folder")
    ap.add_argument("--out", required=True, type=Path, help="folder for ner-vectors.npz and ner-clusters.tsv")
    ap.add_argument("--vocab", type=int, default=60000)
    ap.add_argument("--context", type=int, default=1500)
    ap.add_argument("--dim", type=int, default=100)
    ap.add_argument("--max-articles", type=int, default=None)
    a = ap.parse_args()
    build(a.data, a.out, a.vocab, a.context, a.dim, a.max_articles)


CLUSTER_SIZES = (64, 256, 1024)


def build(data: Path, out: Path, vocab: int, context: int, dim: int, max_articles: int | None = None) -> None:
    t0 = time.time()
    corpus = next((data / "news-ant").glob("*.jsonl.gz"))
    words, ids = corpus_token_ids(corpus, max_articles)
    print(f"corpus: {len(ids):,} tokens, {len(words):,} types ({time.time() - t0:.0f}s)", flush=True)
    vocab_words, vecs = ppmi_svd_vectors(words, ids, vocab, context, dim)
    print(f"vectors: {vecs.shape} ({time.time() - t0:.0f}s)", flush=True)
    out.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out / "ner-vectors.npz", words=np.asarray(vocab_words), vectors=vecs.astype(np.float16))
    assigns = [kmeans(vecs, k, seed=k) for k in CLUSTER_SIZES]
    with open(out / "ner-clusters.tsv", "w", encoding="utf-8") as fh:
        fh.write("# word\t" + "\t".join(f"k{k}" for k in CLUSTER_SIZES) + "\n")
        for i, w in enumerate(vocab_words):
            fh.write(w + "\t" + "\t".join(str(int(a[i])) for a in assigns) + "\n")
    print(f"clusters: {CLUSTER_SIZES} ({time.time() - t0:.0f}s)", flush=True)
    sizes = Counter(int(x) for x in assigns[1])
    print("largest k256 clusters:", sizes.most_common(3))


if __name__ == "__main__":
    main()
