"""BiLSTM-CRF NER tagger run with numpy only (weights trained with torch, exported to ``.npz``).

Per token the network sees: the news-trained vector of the word and of its form without proclitics (fastText
skip-gram and PPMI-SVD vectors side by side, exported as one matrix), a small
embedding learnt for words frequent in the training data, a character CNN over the normalised word, and
binary name-list / shape indicators, and (in models that carry them) how often news text tagged by an earlier
model read the word as each name type ("news priors"). A bidirectional LSTM reads the sentence and a CRF layer
(Viterbi) picks the tag sequence. ``Encoder`` is shared with the training script so both see identical inputs.

The rules of ``decode`` then read the tags over: two people joined by "و" are parted, a nationality is left out
of a club's or company's name, quoted titles of works are tagged, and names found are spread to their repeats
in nearby sentences.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt

from rasd.entities.ner.crf import repair_iob2
from rasd.entities.ner.decode import SPREAD_WINDOW, drop_nationality, split_pairs, spread_names, tag_titles
from rasd.entities.ner.features import word_key, word_readings
from rasd.entities.ner.gazetteer import Gazetteer
from rasd.entities.ner.members import first_nets
from rasd.lang.ar import read_list

__all__ = [
    "DENSE_SIZE", "FLAGS", "MAX_CHARS", "SURNAME_MIN_RANK", "dense_size", "BiLstmCrfTagger", "Encoder",
    "marginals", "viterbi", "viterbi_batch",
]

FloatArray = npt.NDArray[np.float32]
IntArray = npt.NDArray[np.int64]

# name lists read as features; a model file may name its own list set (``flags``), older files use these
FLAGS = ("CITY", "PLACE", "COUNTRY", "ADMIN", "NAT", "PERS", "PERSFIRST", "PERSLAST", "NAMETOK")
SHAPES = ("ar", "num", "punct", "latin", "latinCap", "alnum")
PRIOR_TYPES = ("PERS", "LOC", "ORG", "MISC")  # news priors: the share of a word's news tokens tagged each type
_PUNCT = set(".,،؛;:!?؟()[]{}\"'«»-/_…%")
MAX_CHARS = 20
_BATCH = 64  # sentences per LSTM batch
_GATE_CACHE = 2_000  # word forms whose input-to-gate products are kept (4 KB each, 8 KB with a language model)
_TOKEN_CACHE = 10_000  # word forms whose features are kept
# single words among the commonest this many of the news vectors are never spread (function words)
_SPREAD_MIN_RANK = 300
# a person's surname found nearby is spread alone if it is not among this many commonest news words (dev
# tenths 4 and 9 of ANERcorp train, three nets / one: +0.0 to +0.5, mean +0.2; without the limit tenth 9 lost 0.3)
SURNAME_MIN_RANK = 10_000


def dense_size(flags: Sequence[str]) -> int:
    """Word-level flags, phrase B- and I- marks per flag, shape one-hot, then 4 extra indicators."""
    return 3 * len(flags) + len(SHAPES) + 4


DENSE_SIZE = dense_size(FLAGS)


_ALL_PUNCT = re.compile(f"[{re.escape(''.join(sorted(_PUNCT)))}]*")
_LATIN = re.compile("[a-z]", re.IGNORECASE)
_DIGIT = re.compile(r"\d")


def _shape(token: str) -> int:
    if token.isdigit():
        return 1
    if _ALL_PUNCT.fullmatch(token):
        return 2
    if _LATIN.search(token):
        return 4 if token[:1].isupper() else 3
    if _DIGIT.search(token):
        return 5
    return 0


class Encoder:
    """Turns raw tokens into the index and indicator arrays the network reads."""

    def __init__(
        self, vector_words: Sequence[str], train_words: Sequence[str], chars: Sequence[str], gazetteer: Gazetteer,
        flags: Sequence[str] = FLAGS, priors: Mapping[str, FloatArray] | None = None,
    ) -> None:
        self.vec_index = {w: i + 1 for i, w in enumerate(vector_words)}  # 0: no vector
        self.word_index = {w: i + 1 for i, w in enumerate(train_words)}  # 0: unknown word
        self.char_index = {c: i + 2 for i, c in enumerate(chars)}  # 0: padding, 1: unknown char
        self.gazetteer = gazetteer
        self.flags = tuple(flags)
        self.flag_at = {f: i for i, f in enumerate(self.flags)}
        self.priors = priors or {}
        # with priors: one share per PRIOR_TYPES and a "has a prior" indicator after the other indicators
        self.dense_size = dense_size(self.flags) + (len(PRIOR_TYPES) + 1 if priors else 0)
        self._cache: dict[str, tuple[str, str, int, int, int, IntArray, FloatArray]] = {}
        self._match: dict[str, tuple[str, bool]] = {}

    def match_key(self, token: str) -> tuple[str, bool]:
        """The form repeats of a word share, and whether it is a common word: the clitic reading with the
        commonest news vector (so "للأهلي" and "الأهلي" meet), else the shortest reading."""
        got = self._match.get(token)
        if got is None:
            readings = word_readings(token)
            known = [r for r in readings if r in self.vec_index]
            form = min(known, key=self.vec_index.__getitem__) if known else readings[-1]
            # vec_index runs in order of news frequency; a word without a vector is rare
            got = (form, self.vec_index.get(form, _SPREAD_MIN_RANK) < _SPREAD_MIN_RANK or len(form) < 3)
            if len(self._match) > 20_000:
                self._match.clear()
            self._match[token] = got
        return got

    def rare_word(self, form: str) -> bool:
        """Whether a ``match_key`` form is outside the ``SURNAME_MIN_RANK`` commonest news words: only such a
        last word of a person's name is spread alone (a common one, "جمعة" or a word wrongly tagged into the
        name, would tag its every use)."""
        return self.vec_index.get(form, SURNAME_MIN_RANK) >= SURNAME_MIN_RANK

    def _token(self, token: str) -> tuple[str, str, int, int, int, IntArray, FloatArray]:
        got = self._cache.get(token)
        if got is not None:
            return got
        readings = word_readings(token)
        key, stem = readings[0], readings[-1]
        base = next((r for r in readings if r.startswith("ال")), stem)
        vec_key = self.vec_index.get(key, 0)
        vec_stem = next((self.vec_index[r] for r in readings[1:] if r in self.vec_index), vec_key)
        word = self.word_index.get(key, 0)
        chars = np.zeros(MAX_CHARS, dtype=np.int64)
        for j, c in enumerate(key[:MAX_CHARS]):
            chars[j] = self.char_index.get(c, 1)
        dense = np.zeros(self.dense_size, dtype=np.float32)
        for flag in self.gazetteer.word_lists(readings):
            if flag in self.flag_at:
                dense[self.flag_at[flag]] = 1.0
        off = 3 * len(self.flags)
        dense[off + _shape(token)] = 1.0
        off += len(SHAPES)
        dense[off] = float(vec_key == 0)
        dense[off + 1] = float(vec_stem == 0)
        dense[off + 2] = float(len(readings) > 1)
        dense[off + 3] = float(key.startswith("ال") or base != stem)
        if self.priors:
            prior = self.priors.get(self.match_key(token)[0])
            if prior is not None:
                dense[off + 4 : off + 4 + len(PRIOR_TYPES)] = prior
                dense[-1] = 1.0
        got = (key, base, vec_key, vec_stem, word, chars, dense)
        if len(self._cache) > _TOKEN_CACHE:  # bounded: a long ingest meets new words forever
            self._cache.clear()
        self._cache[token] = got
        return got

    def encode(self, tokens: Sequence[str]) -> tuple[IntArray, IntArray, IntArray, IntArray, FloatArray]:
        """``(vector ids, stem vector ids, word ids, char ids [n, MAX_CHARS], indicators [n, dense_size])``."""
        infos = [self._token(t) for t in tokens]
        dense = np.stack([i[6] for i in infos])
        marks = self.gazetteer.phrase_marks([i[0] for i in infos], [i[1] for i in infos])
        for j, token_marks in enumerate(marks):
            for mark in token_marks:
                at = self.flag_at.get(mark[2:])
                if at is not None:
                    dense[j, len(self.flags) * (1 if mark[0] == "B" else 2) + at] = 1.0
        return (
            np.array([i[2] for i in infos], dtype=np.int64),
            np.array([i[3] for i in infos], dtype=np.int64),
            np.array([i[4] for i in infos], dtype=np.int64),
            np.stack([i[5] for i in infos]),
            dense,
        )


def viterbi(emissions: FloatArray, trans: FloatArray, start: FloatArray, end: FloatArray) -> list[int]:
    """Best tag path; ``trans[i, j]`` scores tag i followed by tag j."""
    n = emissions.shape[0]
    score = start + emissions[0]
    back = np.zeros((n, emissions.shape[1]), dtype=np.int64)
    for t in range(1, n):
        cand = score[:, None] + trans
        back[t] = np.argmax(cand, axis=0)
        score = cand[back[t], np.arange(cand.shape[1])] + emissions[t]
    best = [int(np.argmax(score + end))]
    for t in range(n - 1, 0, -1):
        best.append(int(back[t, best[-1]]))
    return best[::-1]


def viterbi_batch(
    emissions: Sequence[FloatArray], trans: FloatArray, start: FloatArray, end: FloatArray
) -> list[list[int]]:
    """``viterbi`` over several sentences at once (same paths). Past a sentence's end its scores stay put and
    its back-pointers point to themselves, so every path can be traced back from the last position."""
    lengths = np.array([e.shape[0] for e in emissions])
    batch, steps, n_tags = len(emissions), int(lengths.max()), trans.shape[0]
    em = np.zeros((batch, steps, n_tags), dtype=np.float32)
    for b, e in enumerate(emissions):
        em[b, : e.shape[0]] = e
    score = start + em[:, 0]
    back = np.empty((batch, steps, n_tags), dtype=np.int64)
    back[:, 0] = np.arange(n_tags)
    cols = np.arange(n_tags)
    for t in range(1, steps):
        cand = score[:, :, None] + trans  # [B, from, to]
        best_from = np.argmax(cand, axis=1)  # [B, to]
        moved = cand.max(axis=1) + em[:, t]
        live = (t < lengths)[:, None]
        back[:, t] = np.where(live, best_from, cols)
        score = np.where(live, moved, score)
    tag = np.argmax(score + end, axis=1)
    path = np.empty((batch, steps), dtype=np.int64)
    path[:, -1] = tag
    rows = np.arange(batch)
    for t in range(steps - 1, 0, -1):
        tag = back[rows, t, tag]
        path[:, t - 1] = tag
    return [path[b, : lengths[b]].tolist() for b in range(batch)]


def marginals(emissions: FloatArray, trans: FloatArray, start: FloatArray, end: FloatArray) -> npt.NDArray[np.float64]:
    """``[n, tags]`` probability of each tag at each position under the CRF (forward-backward, log space);
    used to pick confidently tagged sentences, e.g. for self-training."""
    em = emissions.astype(np.float64)
    tr = trans.astype(np.float64)
    n, k = em.shape
    alpha = np.empty((n, k))
    beta = np.zeros((n, k))
    alpha[0] = start + em[0]
    for t in range(1, n):
        alpha[t] = np.logaddexp.reduce(alpha[t - 1][:, None] + tr, axis=0) + em[t]
    beta[-1] = end
    for t in range(n - 2, -1, -1):
        beta[t] = np.logaddexp.reduce(tr + (em[t + 1] + beta[t + 1])[None, :], axis=1)
    log_z = np.logaddexp.reduce(alpha[-1] + end)
    out: npt.NDArray[np.float64] = np.exp(alpha + beta - log_z)
    return out


def _sigmoid(x: FloatArray) -> FloatArray:
    out: FloatArray = 0.5 * (np.tanh(0.5 * x) + 1.0)
    return out


def _bilstm_batch(
    x: FloatArray, lengths: Sequence[int], w_ih: FloatArray, bias: FloatArray, w_hh_t: FloatArray
) -> FloatArray:
    """Both LSTM directions over several sentences at once: ``x`` holds their tokens one after another."""
    return _bilstm_gates(x @ w_ih.T + bias, lengths, w_hh_t)


def _bilstm_gates(input_gates: FloatArray, lengths: Sequence[int], w_hh_t: FloatArray) -> FloatArray:
    """Both LSTM directions given each token's input-to-gate products (both directions side by side).

    ``w_hh_t`` is ``[2, H, 4H]``, or ``[2, K, H, 4H]`` for K nets run side by side (``_lstm_weights`` of a
    packed model): each net's units then only read its own, so the K small products cost what K nets do, not
    what one net K times as wide would. A token's gates are laid out direction, net, gate, unit; its states
    come out as direction, net, unit.

    Sentence b is read forward from its first token and backward from its last; positions past its end are
    computed on padding and dropped, which cannot change its states because each direction only looks back.
    """
    if w_hh_t.ndim == 3:
        w_hh_t = w_hh_t[:, None]
    n_tok = input_gates.shape[0]
    batch, steps = len(lengths), max(lengths)
    nets, hidden = w_hh_t.shape[1], w_hh_t.shape[2]
    width = 4 * nets * hidden  # one direction's gates
    gates = np.vstack([input_gates, np.zeros((1, 2 * width), dtype=np.float32)])  # last row: padding
    offsets = np.concatenate([[0], np.cumsum(lengths)[:-1]]).astype(np.int64)
    lens = np.asarray(lengths, dtype=np.int64)
    # longest sentence first, so that the sentences still running at a position are the first ones and
    # the ended ones cost nothing
    order = np.argsort(-lens, kind="stable")
    offsets, lens = offsets[order], lens[order]
    t = np.arange(steps, dtype=np.int64)
    valid = t[None, :] < lens[:, None]  # [B, T]
    running = valid.sum(axis=0).tolist()
    fwd = np.where(valid, offsets[:, None] + t[None, :], n_tok)
    bwd = np.where(valid, offsets[:, None] + lens[:, None] - 1 - t[None, :], n_tok)
    g_all = np.stack([gates[:, :width][fwd.T], gates[:, width:][bwd.T]], axis=1)  # [T, 2, B, K * 4h]
    g_all = np.ascontiguousarray(g_all.reshape(steps, 2, batch, nets, 4 * hidden).transpose(0, 1, 3, 2, 4))
    # The sigmoid gates (input, forget, output) are read as 0.5 * tanh(x / 2) + 0.5, with the halving done
    # once for all positions; the loop writes into arrays made once where it can.
    g_all[..., : 3 * hidden] *= 0.5
    half_hh = w_hh_t.copy()
    half_hh[..., : 3 * hidden] *= 0.5
    c = np.zeros((2, nets, batch, hidden), dtype=np.float32)
    states = np.empty((steps + 1, 2, nets, batch, hidden), dtype=np.float32)
    states[0] = 0.0  # the state before the first position
    for step, n in enumerate(running):
        g = np.matmul(states[step][:, :, :n], half_hh)
        g += g_all[step][:, :, :n]
        np.tanh(g, out=g)
        g[..., : 3 * hidden] *= 0.5
        g[..., : 3 * hidden] += 0.5
        c_run = c[:, :, :n]
        c_run *= g[..., hidden : 2 * hidden]
        tmp = g[..., :hidden] * g[..., 3 * hidden :]
        c_run += tmp
        np.tanh(c_run, out=tmp)
        np.multiply(g[..., 2 * hidden : 3 * hidden], tmp, out=states[step + 1][:, :, :n])
    by_token = states[1:].transpose(1, 0, 3, 2, 4)  # [2, T, B, K, h]
    out = np.zeros((2, n_tok + 1, nets, hidden), dtype=np.float32)
    out[0, fwd.T] = by_token[0]
    out[1, bwd.T] = by_token[1]
    result: FloatArray = np.concatenate([out[0, :n_tok], out[1, :n_tok]], axis=1).reshape(n_tok, -1)
    return result


def _gate_rows(w: FloatArray, nets: int) -> FloatArray:
    """Rows of a packed LSTM weight (torch's gates input, forget, cell, output, each gate's units net by net)
    laid out net by net, each net's gates as (input, forget, output, cell)."""
    blocks = w.reshape(4, nets, -1, *w.shape[1:])[[0, 1, 3, 2]]
    out: FloatArray = np.ascontiguousarray(np.moveaxis(blocks, 1, 0).reshape(w.shape))
    return out


def _lstm_weights(p: Mapping[str, npt.NDArray[np.generic]], prefix: str,
                  nets: int = 1) -> tuple[FloatArray, FloatArray, FloatArray]:
    """A bidirectional LSTM's exported weights (``{prefix}w_ih_f`` ...) as ``_bilstm_gates`` reads them; with
    ``nets`` > 1, those of nets packed side by side (scripts/ner_members.py), whose recurrent weights only join
    a net's units to its own: each net's block is kept alone."""
    f32 = np.float32
    w_ih = np.concatenate([_gate_rows(p[f"{prefix}w_ih_{d}"].astype(f32), nets) for d in "fb"])
    bias = np.concatenate([_gate_rows(p[f"{prefix}b_ih_{d}"].astype(f32) + p[f"{prefix}b_hh_{d}"].astype(f32), nets)
                           for d in "fb"])
    directions = []
    for d in "fb":
        w_hh = _gate_rows(p[f"{prefix}w_hh_{d}"].astype(f32), nets)  # [K * 4h, K * h]
        hidden = w_hh.shape[1] // nets
        rows = w_hh.reshape(nets, 4 * hidden, nets, hidden)
        directions.append(np.stack([np.ascontiguousarray(rows[k, :, k].T) for k in range(nets)]))
    return w_ih, bias, np.stack(directions)


class BiLstmCrfTagger:
    """Numpy inference for the exported BiLSTM-CRF; same ``tag``/``tag_many`` interface as the CRF tagger."""

    def __init__(self, model_path: Path, gazetteer: Gazetteer, nets: int | None = None,
                 as_one_net: bool = False) -> None:
        """``nets``: of a model that packs several nets (``members.pack``), run only the first ``nets`` of them
        (default: all). ``as_one_net``: run a pack as one net as many times as wide, as packs ran before they
        recorded their nets: the same scores up to the last bits, slower; the training script scores with its
        teacher so, so that retraining gives back the shipped nets exactly."""
        with np.load(model_path, allow_pickle=False) as z:
            p = {k: z[k] for k in z.files}
        if nets is not None:
            p = first_nets(p, nets)
        self.tags = [str(t) for t in p["tags"]]
        self.encoder = Encoder(
            [str(w) for w in p["vector_words"]], [str(w) for w in p["train_words"]],
            [str(c) for c in p["chars"]], gazetteer,
            [str(f) for f in p["flags"]] if "flags" in p else FLAGS,
            dict(zip((str(w) for w in p["prior_words"]), p["priors"].astype(np.float32), strict=True))
            if "prior_words" in p else None,
        )
        f32 = np.float32
        # the big tables stay float16 (as shipped): rows are gathered per token and widened then
        vectors = p["vectors"]
        self.vectors = np.vstack([np.zeros((1, vectors.shape[1]), dtype=vectors.dtype), vectors])
        self.word_emb = p["word_emb"]
        self.char_emb = p["char_emb"].astype(f32)
        # nets packed side by side (scripts/ner_members.py) run as such; an older pack runs as one wide net
        self.nets = int(p["nets"]) if "nets" in p and not as_one_net else 1
        # conv weight [out, in, width] -> per net [width * in, out], one matrix product per window; a pack's
        # weight joins each net's filters to its own character embedding only
        conv_w = p["conv_w"].astype(f32)
        out_k, in_k = conv_w.shape[0] // self.nets, conv_w.shape[1] // self.nets
        self.conv_w = np.stack([
            conv_w[k * out_k : (k + 1) * out_k, k * in_k : (k + 1) * in_k].transpose(2, 1, 0).reshape(-1, out_k)
            for k in range(self.nets)])
        self.conv_b = p["conv_b"].astype(f32)
        w_ih, self.lstm_bias, self.lstm_w_hh_t = _lstm_weights(p, "", self.nets)
        # a model trained with the news language model reads its states too (frozen forward and backward LSTMs)
        self.lm = _lstm_weights(p, "lm_") if "lm_w_ih_f" in p else None
        # The LSTM input of a token is mostly its own (vectors, learnt word, characters, name-list flags): its
        # product with the input weights is kept per word form. Only the phrase marks (a name-list phrase the
        # word is part of) and the language model's states depend on the sentence.
        n_flags = len(self.encoder.flags)
        marks_at = 2 * vectors.shape[1] + self.word_emb.shape[1] + self.conv_b.shape[0] + n_flags
        self._marks = slice(n_flags, 3 * n_flags)  # within the indicators
        own_width = marks_at - n_flags + self.encoder.dense_size
        self.w_own = np.ascontiguousarray(w_ih[:, :own_width])
        self.w_marks = np.ascontiguousarray(w_ih[:, marks_at : marks_at + 2 * n_flags])
        self.w_lm = np.ascontiguousarray(w_ih[:, own_width:]) if self.lm is not None else None
        # per word form: its row in a table of input-to-gate products, filled as forms are met
        self._gate_width = w_ih.shape[0] + (self.lm[0].shape[0] if self.lm is not None else 0)
        self._gate_row: dict[str, int] = {}
        self._gate_table = np.empty((0, self._gate_width), dtype=np.float32)
        self._gate_hits = np.zeros(0, dtype=np.int64)
        self.org_heads = frozenset(self.encoder.match_key(w)[0] for w in read_list("org_heads.txt"))
        self.title_cues = frozenset(word_key(w) for w in read_list("work_nouns.txt"))
        self.out_w = p["out_w"].astype(f32)
        self.out_b = p["out_b"].astype(f32)
        self.trans = p["trans"].astype(f32)
        self.start = p["start"].astype(f32)
        self.end = p["end"].astype(f32)

    def _char_features(self, chars: IntArray) -> FloatArray:
        n, nets = chars.shape[0], self.nets
        emb = self.char_emb[chars].reshape(n, MAX_CHARS, nets, -1)  # [n, L, K, e]
        padded = np.pad(emb, ((0, 0), (1, 1), (0, 0), (0, 0)))
        windows = np.concatenate([padded[:, k : k + MAX_CHARS] for k in range(3)], axis=3)  # [n, L, K, 3e]
        biases = self.conv_b.reshape(nets, -1)
        # net by net, each product over [n, L, 3e] as a single net's always was (same sums, same roundings)
        out: FloatArray = np.concatenate(
            [np.tanh(windows[:, :, k] @ self.conv_w[k] + biases[k]).max(axis=1) for k in range(nets)], axis=1)
        return out

    def _own_gates(self, tokens: Sequence[str], vec_key: IntArray, vec_stem: IntArray, word: IntArray,
                   chars: IntArray, dense: FloatArray) -> FloatArray:
        """Each token's own input-to-gate products (and the language model's), computed once per word form."""
        first = {t: j for j, t in reversed(list(enumerate(tokens)))}
        new = [t for t in first if t not in self._gate_row]
        if not new:
            return self._cached(tokens)
        if len(self._gate_row) + len(new) > _GATE_CACHE:
            self._make_room(len(first))
            new = [t for t in first if t not in self._gate_row]
        rows = np.array([first[t] for t in new], dtype=np.int64)
        own = dense[rows]
        own[:, self._marks] = 0.0
        words = self.vectors[vec_key[rows]].astype(np.float32)
        x = np.concatenate(
            [words, self.vectors[vec_stem[rows]], self.word_emb[word[rows]], self._char_features(chars[rows]), own],
            axis=1, dtype=np.float32,
        )
        gates = x @ self.w_own.T + self.lstm_bias
        if self.lm is not None:
            gates = np.concatenate([gates, words @ self.lm[0].T + self.lm[1]], axis=1)
        if len(self._gate_row) + len(new) > _GATE_CACHE:  # more forms than the table holds: use, keep none
            at = {t: i for i, t in enumerate(new)}
            out: FloatArray = gates[[at[t] for t in tokens]]
            return out
        if self._gate_table.shape[0] == 0:
            self._gate_table = np.empty((_GATE_CACHE, self._gate_width), dtype=np.float32)
            self._gate_hits = np.zeros(_GATE_CACHE, dtype=np.int64)
        start = len(self._gate_row)
        self._gate_table[start : start + len(new)] = gates
        self._gate_row.update(zip(new, range(start, start + len(new)), strict=True))
        return self._cached(tokens)

    def _cached(self, tokens: Sequence[str]) -> FloatArray:
        index = np.fromiter((self._gate_row[t] for t in tokens), dtype=np.int64, count=len(tokens))
        self._gate_hits[index] += 1
        out: FloatArray = self._gate_table[index]
        return out

    def _make_room(self, needed: int) -> None:
        """When the table is full, keep only the word forms met more than once since the last clean-up (news
        repeats its common words; most rare ones never come back), or none if that leaves too little room."""
        kept = [(t, r) for t, r in self._gate_row.items() if self._gate_hits[r] > 1]
        if len(kept) + needed > _GATE_CACHE:
            kept = []
        rows = np.array([r for _, r in kept], dtype=np.int64)
        if kept:
            self._gate_table[: len(kept)] = self._gate_table[rows]
        self._gate_row = {t: i for i, (t, _) in enumerate(kept)}
        self._gate_hits[:] = 0

    def emissions_many(self, sentences: Sequence[Sequence[str]]) -> list[FloatArray]:
        """Emission scores per sentence; all sentences go through the LSTM together, one step per position,
        because numpy's cost here is the number of steps, not the width of each step."""
        lengths = [len(s) for s in sentences]
        tokens = [t for s in sentences for t in s]
        vec_key, vec_stem, word, chars, dense = self.encoder.encode(tokens)
        gates = self._own_gates(tokens, vec_key, vec_stem, word, chars, dense)
        width = self.lstm_bias.shape[0]
        if self.lm is not None and self.w_lm is not None:
            states = _bilstm_gates(np.ascontiguousarray(gates[:, width:]), lengths, self.lm[2])
            gates = gates[:, :width] + states @ self.w_lm.T
        marks = dense[:, self._marks]
        if marks.any():
            gates = gates + marks @ self.w_marks.T
        h = _bilstm_gates(gates, lengths, self.lstm_w_hh_t)
        out: FloatArray = h @ self.out_w.T + self.out_b
        cuts = np.cumsum(lengths)[:-1]
        return list(np.split(out, cuts))

    def _rare_token(self, token: str) -> bool:
        return self.encoder.rare_word(self.encoder.match_key(token)[0])

    def tag(self, tokens: Sequence[str]) -> list[str]:
        return self.tag_many([tokens])[0]

    def tag_many(self, sentences: Sequence[Sequence[str]], window: int = SPREAD_WINDOW, *,
                 documents: Sequence[int] | None = None) -> list[list[str]]:
        """IOB2 tags per sentence; sentences are taken to be in text order, and a name found in one is spread
        to its repeats in it and up to ``window`` sentences away (0: no spreading), within its document when
        ``documents`` gives each sentence's document (the sentences of several articles tagged together)."""
        result = self._tag_each(sentences)
        if window <= 0:
            return result
        keys = [[self.encoder.match_key(t) for t in s] for s in sentences]
        if documents is None:
            return spread_names(keys, result, window, surname=self.encoder.rare_word, heads=self.org_heads)
        groups: dict[int, list[int]] = {}
        for i, doc in enumerate(documents):
            groups.setdefault(doc, []).append(i)
        for members in groups.values():
            spread = spread_names([keys[i] for i in members], [result[i] for i in members], window,
                                  surname=self.encoder.rare_word, heads=self.org_heads)
            for i, tags in zip(members, spread, strict=True):
                result[i] = tags
        return result

    def _tag_each(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        result: list[list[str]] = [[] for _ in sentences]
        todo = [i for i, s in enumerate(sentences) if s]
        # batches of similar length waste few padded steps
        todo.sort(key=lambda i: len(sentences[i]))
        for start in range(0, len(todo), _BATCH):
            group = todo[start : start + _BATCH]
            emissions = self.emissions_many([sentences[i] for i in group])
            for i, path in zip(group, viterbi_batch(emissions, self.trans, self.start, self.end), strict=True):
                tokens, gazetteer = sentences[i], self.encoder.gazetteer
                tags = split_pairs(tokens, repair_iob2([self.tags[k] for k in path]), gazetteer)
                tags = drop_nationality(tokens, tags, gazetteer, self._rare_token)
                result[i] = tag_titles(tokens, tags, self.title_cues)
        return result
