"""Train the BiLSTM-CRF NER network with torch and export its weights for numpy inference (``neural.py``).

Training-only dependency: torch (CPU). Called by ``scripts/train_ner.py --model bilstm``.
"""

from __future__ import annotations

import random
import time
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

import numpy as np
import torch
from torch import nn

from rasd.entities.ner.features import word_key
from rasd.entities.ner.gazetteer import Gazetteer
from rasd.entities.ner.neural import MAX_CHARS, PRIOR_TYPES, Encoder

Sentence = tuple[list[str], list[str]]


class Net(nn.Module):
    def __init__(self, vectors: np.ndarray, n_words: int, n_chars: int, n_tags: int, n_dense: int,
                 hidden: int = 128, dropout: float = 0.5, lm: dict[str, np.ndarray] | None = None) -> None:
        super().__init__()
        vec = np.vstack([np.zeros((1, vectors.shape[1]), dtype=np.float32), vectors.astype(np.float32)])
        self.vec = nn.Embedding.from_pretrained(torch.from_numpy(vec), freeze=True)
        # the news language model (ner_lm_train.py), frozen: its states describe each word's context
        self.lm: nn.LSTM | None = None
        lm_size = 0
        if lm is not None:
            lm_size = 2 * lm["lm_w_hh_f"].shape[1]
            self.lm = nn.LSTM(vec.shape[1], lm_size // 2, batch_first=True, bidirectional=True)
            names = {"weight_ih": "w_ih", "weight_hh": "w_hh", "bias_ih": "b_ih", "bias_hh": "b_hh"}
            self.lm.load_state_dict({
                f"{t}_l0{suffix}": torch.from_numpy(lm[f"lm_{n}_{d}"])
                for t, n in names.items() for suffix, d in (("", "f"), ("_reverse", "b"))
            })
            self.lm.requires_grad_(False)
        self.word = nn.Embedding(n_words + 1, 50)
        self.char = nn.Embedding(n_chars + 2, 25, padding_idx=0)
        self.conv = nn.Conv1d(25, 60, 3, padding=1)
        d_in = 2 * vec.shape[1] + 50 + 60 + n_dense + lm_size
        self.drop = nn.Dropout(dropout)
        self.lstm = nn.LSTM(d_in, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hidden, n_tags)
        self.trans = nn.Parameter(torch.zeros(n_tags, n_tags))
        self.start = nn.Parameter(torch.zeros(n_tags))
        self.end = nn.Parameter(torch.zeros(n_tags))

    def emissions(self, vk: torch.Tensor, vs: torch.Tensor, w: torch.Tensor, ch: torch.Tensor,
                  dense: torch.Tensor, lengths: torch.Tensor) -> torch.Tensor:
        b, n = vk.shape
        ce = self.char(ch.view(b * n, MAX_CHARS)).transpose(1, 2)
        cf = torch.tanh(self.conv(ce)).max(dim=2).values.view(b, n, -1)
        parts = [self.vec(vk), self.vec(vs), self.word(w), cf, dense]
        if self.lm is not None:
            with torch.no_grad():
                packed = nn.utils.rnn.pack_padded_sequence(self.vec(vk), lengths, batch_first=True,
                                                           enforce_sorted=False)
                h_lm, _ = self.lm(packed)
                parts.append(nn.utils.rnn.pad_packed_sequence(h_lm, batch_first=True, total_length=n)[0])
        x = self.drop(torch.cat(parts, dim=2))
        packed = nn.utils.rnn.pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
        h, _ = self.lstm(packed)
        h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=n)
        return self.out(self.drop(h))  # type: ignore[no-any-return]

    def nll(self, em: torch.Tensor, tags: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        """CRF negative log-likelihood, summed over the batch."""
        b, n, _ = em.shape
        idx = torch.arange(b)
        score = self.start[tags[:, 0]] + em[idx, 0, tags[:, 0]]
        alpha = self.start + em[:, 0]
        last = tags[:, 0]
        for t in range(1, n):
            m = mask[:, t]
            step = self.trans[tags[:, t - 1], tags[:, t]] + em[idx, t, tags[:, t]]
            score = score + step * m
            nxt = torch.logsumexp(alpha.unsqueeze(2) + self.trans + em[:, t].unsqueeze(1), dim=1)
            alpha = torch.where(m.unsqueeze(1) > 0, nxt, alpha)
            last = torch.where(m > 0, tags[:, t], last)
        score = score + self.end[last]
        log_z = torch.logsumexp(alpha + self.end, dim=1)
        return (log_z - score).sum()


def _batch(enc: Encoder, sents: list[Sentence], tag_index: dict[str, int], word_drop: float,
           rng: random.Random, encoders: Mapping[int, Encoder] | None = None) -> tuple[torch.Tensor, ...]:
    """Tensors of a batch; ``encoders`` maps ``id`` of a sentence to its own encoder (default ``enc``)."""
    n = max(len(t) for t, _ in sents)
    b = len(sents)
    vk = np.zeros((b, n), dtype=np.int64)
    vs = np.zeros((b, n), dtype=np.int64)
    w = np.zeros((b, n), dtype=np.int64)
    ch = np.zeros((b, n, MAX_CHARS), dtype=np.int64)
    dense = np.zeros((b, n, enc.dense_size), dtype=np.float32)
    tags = np.zeros((b, n), dtype=np.int64)
    mask = np.zeros((b, n), dtype=np.float32)
    for i, (toks, tg) in enumerate(sents):
        a, s, ww, c, d = (encoders or {}).get(id(sents[i]), enc).encode(toks)
        k = len(toks)
        if word_drop:
            ww = np.array([0 if rng.random() < word_drop else x for x in ww], dtype=np.int64)
            if enc.priors:  # news priors are dropped as often as learnt words, so context keeps its weight
                d = d.copy()
                d[[rng.random() < word_drop for _ in range(k)], -len(PRIOR_TYPES) - 1 :] = 0.0
        vk[i, :k], vs[i, :k], w[i, :k], ch[i, :k], dense[i, :k] = a, s, ww, c, d
        tags[i, :k] = [tag_index[t] for t in tg]
        mask[i, :k] = 1.0
    lengths = torch.tensor([len(t) for t, _ in sents])
    return tuple(torch.from_numpy(x) for x in (vk, vs, w, ch, dense, tags, mask)) + (lengths,)


def train_bilstm(
    train: list[Sentence], vector_words: list[str], vectors: np.ndarray, gaz: Gazetteer, flags: tuple[str, ...],
    out: Path, evaluate: Callable[[Path], float] | None, epochs: int = 30, seed: int = 13,
    min_word_count: int = 2, hidden: int = 128, word_drop: float = 0.2, patience: int = 5, swa_start: int = 0,
    swa_probe: tuple[int, ...] = (), silver: list[Sentence] | None = None, silver_weight: float = 0.5,
    threads: int = 1, priors: dict[str, np.ndarray] | None = None, dropout: float = 0.5,
    lm: dict[str, np.ndarray] | None = None, fold_gazetteers: Sequence[Gazetteer] = (),
    folds: Sequence[int] = (), distill: Sequence[tuple[list[str], np.ndarray]] = (), distill_per_epoch: int = 0,
    distill_weight: float = 1.0,
) -> float:
    """Train; with ``evaluate`` (dev F1 of an exported file) keep the best epoch, else keep the last one.

    ``swa_start`` > 0: the exported weights are the mean of the weights after each epoch from that one on
    (stochastic weight averaging; same size and speed as one epoch's weights). ``swa_probe``: with ``evaluate``,
    also report the dev F1 of running means started at each of these epochs (for choosing ``swa_start``).
    ``silver``: machine-tagged sentences trained on alongside ``train``, their loss scaled by ``silver_weight``;
    the vocabulary (learnt words, characters, tags) still comes from ``train`` only.
    ``priors``: news priors per word (``Encoder``), shipped inside the model file.
    ``lm``: the news language model's weights (``ner_lm_train.train_lm``), read frozen and shipped alongside.
    ``fold_gazetteers``, ``folds``: train sentence i reads its name lists from ``fold_gazetteers[folds[i]]``
    instead of ``gaz`` (names seen in training, listed from the other folds only).
    ``distill``: unlabelled sentences with a teacher's emission scores (an ensemble packed by ner_members.py);
    each epoch ``distill_per_epoch`` of them are drawn, and the net learns to give each token the teacher's
    distribution over tags (the softmax of its emissions, which a CRF reads up to a constant per token), the
    cross-entropy scaled by ``distill_weight``.
    """
    torch.manual_seed(seed)
    rng = random.Random(seed)
    torch.set_num_threads(threads)
    counts = Counter(word_key(w) for toks, _ in train for w in toks)
    train_words = sorted(w for w, c in counts.items() if c >= min_word_count)
    char_counts = Counter(c for w in counts for c in w)
    chars = sorted(c for c, k in char_counts.items() if k >= 2)
    tag_list = sorted({t for _, tags in train for t in tags})
    tag_index = {t: i for i, t in enumerate(tag_list)}
    enc = Encoder(vector_words, train_words, chars, gaz, flags, priors)
    fold_enc = [Encoder(vector_words, train_words, chars, g, flags, priors) for g in fold_gazetteers]
    encoders = {id(s): fold_enc[k] for s, k in zip(train, folds, strict=True)} if fold_enc else None
    net = Net(vectors, len(train_words), len(chars), len(tag_list), enc.dense_size, hidden, dropout, lm)
    opt = torch.optim.Adam([p for p in net.parameters() if p.requires_grad], lr=2e-3)
    best, bad = -1.0, 0
    tmp = out.with_suffix(".tmp.npz")
    starts = sorted({*swa_probe, *([swa_start] if swa_start else [])})
    means: dict[int, tuple[int, dict[str, np.ndarray]]] = {}  # start epoch -> (epochs averaged, mean weights)

    def save(weights: dict[str, np.ndarray], path: Path) -> None:
        export(weights, vector_words, vectors, train_words, chars, tag_list, flags, path, priors, lm)
    for epoch in range(epochs):
        t0 = time.time()
        net.train()
        # (sentences, loss weight, the teacher's emission scores per sentence for a distillation batch)
        batches: list[tuple[list[Sentence], float, list[np.ndarray] | None]] = []
        for part, weight in ((train, 1.0), (silver or [], silver_weight)):
            order = sorted(part, key=lambda s: len(s[0]) + rng.random() * 8)  # similar lengths per batch
            batches += [(order[i : i + 16], weight, None) for i in range(0, len(order), 16)]
        if distill and distill_per_epoch:
            drawn = rng.sample(range(len(distill)), min(distill_per_epoch, len(distill)))
            order = sorted(drawn, key=lambda k: len(distill[k][0]) + rng.random() * 8)
            for i in range(0, len(order), 16):
                group = [distill[k] for k in order[i : i + 16]]
                batches.append(([(toks, ["O"] * len(toks)) for toks, _ in group], distill_weight,
                                [scores for _, scores in group]))
        rng.shuffle(batches)
        total = 0.0
        for sents, weight, teacher in batches:
            vk, vs, w, ch, dense, tags, mask, lengths = _batch(enc, sents, tag_index, word_drop, rng, encoders)
            em = net.emissions(vk, vs, w, ch, dense, lengths)
            if teacher is None:
                loss = weight * net.nll(em, tags, mask) / len(sents)
            else:
                target = np.zeros(em.shape, dtype=np.float32)
                for i, scores in enumerate(teacher):
                    target[i, : len(scores)] = scores
                soft = torch.softmax(torch.from_numpy(target), dim=2)
                ce = -(soft * torch.log_softmax(em, dim=2)).sum(dim=2)
                loss = weight * (ce * mask).sum() / len(sents)
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(net.parameters(), 5.0)
            opt.step()
            total += loss.item() * len(sents)
        weights = {k: v.detach().numpy().copy() for k, v in net.state_dict().items()
                   if k != "vec.weight" and not k.startswith("lm.")}
        for start in starts:
            if epoch + 1 >= start:
                k, mean = means.get(start, (0, {}))
                means[start] = (k + 1, {n: (mean[n] * k + w) / (k + 1) if k else w for n, w in weights.items()})
        kept = means[swa_start][1] if swa_start and swa_start in means else weights
        save(kept, tmp)
        if evaluate is None:
            print(f"epoch {epoch + 1}: loss {total / len(train):.3f} ({time.time() - t0:.0f}s)", flush=True)
            tmp.replace(out)
            continue
        f1 = evaluate(tmp)
        probes = []
        for start in swa_probe:
            if start in means and means[start][0] > 1:
                save(means[start][1], tmp.with_suffix(".probe.npz"))
                probes.append(f"swa{start} {evaluate(tmp.with_suffix('.probe.npz')):.4f}")
        if probes:
            tmp.with_suffix(".probe.npz").unlink(missing_ok=True)
        print(f"epoch {epoch + 1}: loss {total / len(train):.3f} dev F1 {f1:.4f} {' '.join(probes)} "
              f"({time.time() - t0:.0f}s)", flush=True)
        if f1 > best:
            best, bad = f1, 0
            tmp.replace(out)
        else:
            bad += 1
            if bad >= patience:
                break
    tmp.unlink(missing_ok=True)
    return best


def export(sd: dict[str, np.ndarray], vector_words: list[str], vectors: np.ndarray, train_words: list[str],
           chars: list[str], tags: list[str], flags: tuple[str, ...], path: Path,
           priors: dict[str, np.ndarray] | None = None, lm: dict[str, np.ndarray] | None = None) -> None:
    """Write a net's weights (``state_dict`` as numpy arrays) in the ``.npz`` layout ``neural.py`` reads."""
    extra: dict[str, np.ndarray] = {k: v.astype(np.float16) for k, v in (lm or {}).items()}
    if priors:
        words = sorted(priors)
        extra |= {"prior_words": np.array(words), "priors": np.stack([priors[w] for w in words]).astype(np.float16)}
    np.savez_compressed(
        path,
        tags=np.array(tags), vector_words=np.array(vector_words), train_words=np.array(train_words),
        chars=np.array(chars), flags=np.array(flags), vectors=vectors.astype(np.float16),
        word_emb=sd["word.weight"].astype(np.float16),
        char_emb=sd["char.weight"], conv_w=sd["conv.weight"], conv_b=sd["conv.bias"],
        w_ih_f=sd["lstm.weight_ih_l0"], w_hh_f=sd["lstm.weight_hh_l0"],
        b_ih_f=sd["lstm.bias_ih_l0"], b_hh_f=sd["lstm.bias_hh_l0"],
        w_ih_b=sd["lstm.weight_ih_l0_reverse"], w_hh_b=sd["lstm.weight_hh_l0_reverse"],
        b_ih_b=sd["lstm.bias_ih_l0_reverse"], b_hh_b=sd["lstm.bias_hh_l0_reverse"],
        out_w=sd["out.weight"], out_b=sd["out.bias"],
        trans=sd["trans"], start=sd["start"], end=sd["end"], **extra,
    )
