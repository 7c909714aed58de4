"""Train the NER's news language model: a forward and a backward word LSTM that read news-ant sentences and
predict the next (forward) or previous (backward) word. The NER network reads their states, frozen, as a
description of each word's context learnt from 30,000 articles instead of ANERcorp's 4,000 sentences.

Training-only dependency: torch (CPU). Called by ``scripts/train_ner.py --lm-articles N``.

The two directions are stored as one bidirectional LSTM (``lm_w_ih_f`` ... ``lm_b_hh_b``), so numpy runs them
with the same code as the tagger's own BiLSTM; its input is the word's news vector (``Encoder`` vector id).
"""

from __future__ import annotations

import gzip
import json
import random
import time
from pathlib import Path

import numpy as np
import torch
from torch import nn

from rasd.entities.ner.features import word_key

MIN_LEN, MAX_LEN = 4, 80


def news_sentences(data: Path, vec_index: dict[str, int], articles: int, seed: int = 13) -> list[np.ndarray]:
    """Vector ids (0: no vector) of the tokens of each sentence of ``articles`` news-ant articles, picked in a
    seeded random order."""
    from rasd.text.sentences import split_sentences
    from rasd.text.tokens import tokenize

    corpus = next((data / "news-ant").glob("*.jsonl.gz"))
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        texts = [json.loads(line).get("text") or "" for line in fh]
    random.Random(seed).shuffle(texts)
    out: list[np.ndarray] = []
    for text in texts[:articles]:
        for a, b in split_sentences(text):
            toks = [t.text for t in tokenize(text[a:b])]
            if MIN_LEN <= len(toks) <= MAX_LEN:
                out.append(np.array([vec_index.get(word_key(t) or t, 0) for t in toks], dtype=np.int64))
    return out


class LanguageModel(nn.Module):
    def __init__(self, vectors: np.ndarray, hidden: int, vocab: int) -> None:
        super().__init__()
        vec = np.vstack([np.zeros((1, vectors.shape[1]), dtype=np.float32), vectors.astype(np.float32)])
        self.vec = nn.Embedding.from_pretrained(torch.from_numpy(vec), freeze=True)
        self.lstm = nn.LSTM(vec.shape[1], hidden, batch_first=True, bidirectional=True)
        self.drop = nn.Dropout(0.2)
        cutoffs = [c for c in (2000, 8000) if c < vocab - 1]
        self.next_word = nn.AdaptiveLogSoftmaxWithLoss(hidden, vocab, cutoffs, div_value=4.0)
        self.prev_word = nn.AdaptiveLogSoftmaxWithLoss(hidden, vocab, cutoffs, div_value=4.0)
        self.hidden = hidden
        self.vocab = vocab

    def loss(self, ids: torch.Tensor, lengths: torch.Tensor) -> tuple[torch.Tensor, int]:
        """Mean next- and previous-word loss over the batch's predictions, and their number."""
        b, n = ids.shape
        x = self.drop(self.vec(ids))
        packed = nn.utils.rnn.pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
        h, _ = self.lstm(packed)
        h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=n)
        h = self.drop(h)
        # words without a vector, or rarer than the vocabulary, are predicted as one "other word" class
        target = torch.where((ids > 0) & (ids < self.vocab), ids - 1, torch.full_like(ids, self.vocab - 1))
        pos = torch.arange(n)[None, :]
        valid = pos < lengths[:, None]
        fwd = valid[:, 1:]  # state at t predicts word t + 1
        bwd = valid[:, 1:]  # state at t + 1 predicts word t
        hf = h[:, :-1, : self.hidden][fwd]
        hb = h[:, 1:, self.hidden :][bwd]
        lf = self.next_word(hf, target[:, 1:][fwd]).loss
        lb = self.prev_word(hb, target[:, :-1][bwd]).loss
        return (lf + lb) / 2, int(fwd.sum())


def train_lm(
    data: Path, vector_words: list[str], vectors: np.ndarray, out: Path, articles: int = 10_000, epochs: int = 2,
    hidden: int = 128, vocab: int = 20_000, threads: int = 1, seed: int = 13, batch: int = 64,
) -> dict[str, np.ndarray]:
    """Train and return the LSTM weights as ``lm_*`` arrays (also written to ``out``)."""
    torch.manual_seed(seed)
    rng = random.Random(seed)
    torch.set_num_threads(threads)
    t0 = time.time()
    vec_index = {w: i + 1 for i, w in enumerate(vector_words)}
    sents = news_sentences(data, vec_index, articles, seed)
    n_tok = sum(len(s) for s in sents)
    print(f"lm: {len(sents):,} sentences, {n_tok:,} tokens ({time.time() - t0:.0f}s)", flush=True)
    net = LanguageModel(vectors, hidden, vocab)
    opt = torch.optim.Adam([p for p in net.parameters() if p.requires_grad], lr=2e-3)
    for epoch in range(epochs):
        t1 = time.time()
        order = sorted(sents, key=lambda s: len(s) + rng.random() * 6)
        batches = [order[i : i + batch] for i in range(0, len(order), batch)]
        rng.shuffle(batches)
        total, count = 0.0, 0
        net.train()
        for k, group in enumerate(batches):
            lengths = torch.tensor([len(s) for s in group])
            ids = torch.zeros((len(group), int(lengths.max())), dtype=torch.int64)
            for i, s in enumerate(group):
                ids[i, : len(s)] = torch.from_numpy(s)
            loss, n = net.loss(ids, lengths)
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(net.parameters(), 1.0)
            opt.step()
            total += loss.item() * n
            count += n
            if k % 500 == 499:
                print(f"  lm epoch {epoch + 1} batch {k + 1}/{len(batches)}: loss {total / count:.3f} "
                      f"({time.time() - t1:.0f}s)", flush=True)
        print(f"lm epoch {epoch + 1}: loss {total / count:.3f} perplexity {np.exp(total / count):.0f} "
              f"({time.time() - t1:.0f}s)", flush=True)
    sd = {k: v.detach().numpy().copy() for k, v in net.lstm.state_dict().items()}
    weights = {
        "lm_w_ih_f": sd["weight_ih_l0"], "lm_w_hh_f": sd["weight_hh_l0"],
        "lm_b_ih_f": sd["bias_ih_l0"], "lm_b_hh_f": sd["bias_hh_l0"],
        "lm_w_ih_b": sd["weight_ih_l0_reverse"], "lm_w_hh_b": sd["weight_hh_l0_reverse"],
        "lm_b_ih_b": sd["bias_ih_l0_reverse"], "lm_b_hh_b": sd["bias_hh_l0_reverse"],
    }
    np.savez(out, **weights)
    return weights
