"""Several BiLSTM-CRF nets trained alike (same word vectors, vocabulary, characters, name lists; other seeds)
packed into one model whose emissions are the mean of theirs, and the first nets of such a pack taken out again.

The packed arrays are an ordinary ``ner-bilstm.npz``, one LSTM K times as wide: each net keeps its own block of
units, its learnt word table and character filters, and no weight joins two blocks, so every block computes
exactly what its net did. The output layer reads all blocks with each net's weights divided by K, and the CRF
transitions are the nets' mean. The pack records how many nets it holds (``nets``) and each net's own output
bias and CRF weights, so that ``first_nets`` gives back the first n nets' model (one net: that net exactly);
``neural.BiLstmCrfTagger`` runs each net's blocks on their own, so K nets cost about K times one net, not what
one net K times as wide would. The shared word vectors (most of the file) are stored once.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

__all__ = ["first_nets", "pack"]

SHARED = ("tags", "vector_words", "train_words", "chars", "flags", "vectors")
DIRECTIONS = "fb"
MEMBER = "member_"  # prefix of the arrays that keep each net's own output bias and CRF weights


def _block_diagonal(blocks: Sequence[np.ndarray]) -> np.ndarray:
    rows, cols = sum(b.shape[0] for b in blocks), sum(b.shape[1] for b in blocks)
    out = np.zeros((rows, cols, *blocks[0].shape[2:]), dtype=blocks[0].dtype)
    r = c = 0
    for b in blocks:
        out[r : r + b.shape[0], c : c + b.shape[1]] = b
        r, c = r + b.shape[0], c + b.shape[1]
    return out


def _by_gate(w: np.ndarray, hidden: int) -> list[np.ndarray]:
    """Torch's four gate blocks (input, forget, cell, output) of a weight or bias, each ``hidden`` rows."""
    return [w[k * hidden : (k + 1) * hidden] for k in range(4)]


def pack(members: Sequence[Mapping[str, np.ndarray]]) -> dict[str, np.ndarray]:
    """One model's arrays from its members' (as ``np.load`` gives them)."""
    if not members:
        raise ValueError("no member nets to pack")
    first = members[0]
    for m in members:
        for key in SHARED:
            if not np.array_equal(m[key], first[key]):
                raise ValueError(f"member nets differ in {key!r}: pack only nets trained on the same inputs")
        if int(m.get("nets", 1)) != 1:
            raise ValueError("a member is itself a pack of nets: pack the nets it was packed from")
        if any(k.startswith(("lm_", "prior")) for k in m):
            raise ValueError("members with a news language model or news priors cannot be packed")
    k = len(members)
    hidden = first["w_hh_f"].shape[1]
    n_vec = 2 * first["vectors"].shape[1]  # the word's vector and its stem's
    n_word, n_char = first["word_emb"].shape[1], first["conv_b"].shape[0]
    packed = {key: first[key] for key in SHARED}
    packed["word_emb"] = np.concatenate([m["word_emb"] for m in members], axis=1)
    packed["char_emb"] = np.concatenate([m["char_emb"] for m in members], axis=1)
    packed["conv_w"] = _block_diagonal([m["conv_w"] for m in members])
    packed["conv_b"] = np.concatenate([m["conv_b"] for m in members])
    for d in DIRECTIONS:
        # input columns: vectors (shared), each member's word table, each member's character filters, the rest
        gates_in = []
        for i, m in enumerate(members):
            w = m[f"w_ih_{d}"]
            own_word = np.zeros((w.shape[0], n_word * k), dtype=w.dtype)
            own_word[:, i * n_word : (i + 1) * n_word] = w[:, n_vec : n_vec + n_word]
            own_char = np.zeros((w.shape[0], n_char * k), dtype=w.dtype)
            own_char[:, i * n_char : (i + 1) * n_char] = w[:, n_vec + n_word : n_vec + n_word + n_char]
            gates_in.append(np.concatenate([w[:, :n_vec], own_word, own_char, w[:, n_vec + n_word + n_char :]], axis=1))
        # rows: gate by gate, each gate's units member by member
        by_member = [_by_gate(w, hidden) for w in gates_in]
        packed[f"w_ih_{d}"] = np.concatenate([by_member[i][g] for g in range(4) for i in range(k)])
        for name in ("b_ih", "b_hh"):
            parts = [_by_gate(m[f"{name}_{d}"], hidden) for m in members]
            packed[f"{name}_{d}"] = np.concatenate([parts[i][g] for g in range(4) for i in range(k)])
        recurrent = [_by_gate(m[f"w_hh_{d}"], hidden) for m in members]
        packed[f"w_hh_{d}"] = np.concatenate([_block_diagonal([recurrent[i][g] for i in range(k)]) for g in range(4)])
    # the LSTM output is [forward units, backward units], each member by member
    out_w = [m["out_w"] / k for m in members]
    packed["out_w"] = np.concatenate([w[:, :hidden] for w in out_w] + [w[:, hidden:] for w in out_w], axis=1)
    for key in ("out_b", "trans", "start", "end"):
        packed[key] = np.mean([m[key] for m in members], axis=0)
        packed[MEMBER + key] = np.stack([m[key] for m in members])  # each net's own, for ``first_nets``
    packed["nets"] = np.array(k)
    return packed


def first_nets(packed: Mapping[str, np.ndarray], n: int) -> dict[str, np.ndarray]:
    """The model of the first ``n`` nets of a pack (their emissions' mean), from its arrays."""
    k = int(packed["nets"]) if "nets" in packed else 1
    if not 1 <= n <= k:
        raise ValueError(f"a pack of {k} nets has no first {n}")
    if n == k:
        return dict(packed)
    if MEMBER + "trans" not in packed:
        raise ValueError("this pack does not keep each net's CRF weights: pack its nets again")
    hidden = packed["w_hh_f"].shape[1] // k
    n_vec = 2 * packed["vectors"].shape[1]
    n_word, n_char = packed["word_emb"].shape[1] // k, packed["conv_b"].shape[0] // k
    e_char = packed["char_emb"].shape[1] // k
    out = {key: packed[key] for key in SHARED}
    out["word_emb"] = packed["word_emb"][:, : n * n_word]
    out["char_emb"] = packed["char_emb"][:, : n * e_char]
    out["conv_w"] = packed["conv_w"][: n * n_char, : n * e_char]
    out["conv_b"] = packed["conv_b"][: n * n_char]
    for d in DIRECTIONS:
        w = packed[f"w_ih_{d}"]
        columns = np.concatenate([np.arange(n_vec), n_vec + np.arange(n * n_word),
                                  n_vec + k * n_word + np.arange(n * n_char),
                                  np.arange(n_vec + k * (n_word + n_char), w.shape[1])])
        rows = w.reshape(4, k, hidden, -1)[:, :n].reshape(4 * n * hidden, -1)
        out[f"w_ih_{d}"] = rows[:, columns]
        for name in ("b_ih", "b_hh"):
            out[f"{name}_{d}"] = packed[f"{name}_{d}"].reshape(4, k, hidden)[:, :n].reshape(-1)
        w_hh = packed[f"w_hh_{d}"].reshape(4, k, hidden, k * hidden)[:, :n, :, : n * hidden]
        out[f"w_hh_{d}"] = w_hh.reshape(4 * n * hidden, n * hidden)
    fwd, bwd = packed["out_w"][:, : k * hidden], packed["out_w"][:, k * hidden :]
    out["out_w"] = np.concatenate([fwd[:, : n * hidden], bwd[:, : n * hidden]], axis=1) * (k / n)
    for key in ("out_b", "trans", "start", "end"):
        out[key] = packed[MEMBER + key][:n].mean(axis=0)
        if n > 1:
            out[MEMBER + key] = packed[MEMBER + key][:n]
    if n > 1:
        out["nets"] = np.array(n)
    return out
