"""Pack several BiLSTM-CRF nets trained alike (same word vectors, vocabulary, characters, name lists; other
seeds) into one model file whose emissions are the mean of theirs.

    python scripts/ner_members.py OUT.npz MEMBER.npz MEMBER.npz [...]

The packed file is an ordinary ``ner-bilstm.npz``, one LSTM K times as wide: each member keeps its own block
of units, its learnt word table and character filters, and no weight joins two blocks, so every block computes
exactly what its member did. The output layer reads all blocks with each member's weights divided by K, and the
CRF transitions are the members' mean. The file records how many nets it packs (``nets``), and
``neural.BiLstmCrfTagger`` runs each net's blocks on their own, so K nets cost about K times one net, not what
one net K times as wide would; the shared word vectors (most of the file) are stored once.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

SHARED = ("tags", "vector_words", "train_words", "chars", "flags", "vectors")
DIRECTIONS = "fb"


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


def pack(members: Sequence[dict[str, np.ndarray]]) -> dict[str, np.ndarray]:
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
    packed["nets"] = np.array(k)
    return packed


def pack_files(paths: Sequence[Path], out: Path) -> None:
    members = []
    for path in paths:
        with np.load(path, allow_pickle=False) as z:
            members.append({key: z[key] for key in z.files})
    np.savez_compressed(out, **pack(members))


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    pack_files([Path(p) for p in sys.argv[2:]], Path(sys.argv[1]))
