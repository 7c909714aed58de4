"""Nets of several seeds packed into one model file (scripts/ner_members.py) score as the mean of their scores."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

from rasd.entities.ner.features import word_key
from rasd.entities.ner.gazetteer import Gazetteer
from rasd.entities.ner.members import first_nets
from rasd.entities.ner.neural import BiLstmCrfTagger, dense_size

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
from ner_members import pack, pack_files  # noqa: E402

WORDS = ["جنيف", "في", "بيروت", "قال", "الوزير"]
CHARS = sorted(set("".join(WORDS)))
FLAGS = ("CITY",)
TAGS = ["B-LOC", "I-LOC", "O"]
SENTENCES = [["قال", "الوزير", "في", "جنيف"], ["وبيروت", "في", "كلمة", "جديدة", "جدا"]]


def _gaz() -> Gazetteer:
    return Gazetteer({word_key("جنيف"): frozenset({"CITY"}), word_key("بيروت"): frozenset({"CITY"})})


def _member(seed: int, vectors: np.ndarray, hidden: int = 4) -> dict[str, np.ndarray]:
    """A random net in the exported layout: every block non-zero, so that a misplaced one shows."""
    rng = np.random.default_rng(seed)
    d_in = 2 * vectors.shape[1] + 50 + 60 + dense_size(FLAGS)

    def r(*shape: int) -> np.ndarray:
        return rng.normal(scale=0.3, size=shape).astype(np.float32)

    net = {f"{k}_{d}": r(*s) for d in "fb" for k, s in
           (("w_ih", (4 * hidden, d_in)), ("w_hh", (4 * hidden, hidden)), ("b_ih", (4 * hidden,)),
            ("b_hh", (4 * hidden,)))}
    return net | {
        "tags": np.array(TAGS), "vector_words": np.array(WORDS), "train_words": np.array(["في", "قال"]),
        "chars": np.array(CHARS), "flags": np.array(FLAGS), "vectors": vectors.astype(np.float16),
        "word_emb": r(3, 50).astype(np.float16), "char_emb": r(len(CHARS) + 2, 25), "conv_w": r(60, 25, 3),
        "conv_b": r(60), "out_w": r(3, 2 * hidden), "out_b": r(3), "trans": r(3, 3), "start": r(3), "end": r(3),
    }


def _tagger(arrays: dict[str, np.ndarray], path: Path) -> BiLstmCrfTagger:
    np.savez(path, **arrays)
    return BiLstmCrfTagger(path, _gaz())


def test_packed_nets_score_as_the_mean_of_their_scores(tmp_path: Path) -> None:
    vectors = np.random.default_rng(0).normal(size=(len(WORDS), 6)).astype(np.float32)
    members = [_member(seed, vectors) for seed in (1, 2, 3)]
    singles = [_tagger(m, tmp_path / f"m{i}.npz") for i, m in enumerate(members)]
    packed = _tagger(pack(members), tmp_path / "packed.npz")
    for sentence, *each in zip(SENTENCES, *(t.emissions_many(SENTENCES) for t in singles), strict=True):
        got = packed.emissions_many([sentence])[0]
        np.testing.assert_allclose(got, np.mean(each, axis=0), rtol=1e-4, atol=1e-4)
        assert not np.allclose(each[0], each[1], atol=1e-2)  # the members do differ
    np.testing.assert_allclose(packed.trans, np.mean([t.trans for t in singles], axis=0), rtol=1e-6)
    # each net runs on its own blocks; a pack that does not say how many nets it holds runs as one wide net
    assert packed.nets == 3 and packed.lstm_w_hh_t.shape == (2, 3, 4, 16)
    wide = _tagger({k: v for k, v in pack(members).items() if k != "nets"}, tmp_path / "wide.npz")
    as_one = BiLstmCrfTagger(tmp_path / "packed.npz", _gaz(), as_one_net=True)
    assert wide.nets == as_one.nets == 1
    for a, b, c in zip(packed.emissions_many(SENTENCES), wide.emissions_many(SENTENCES),
                       as_one.emissions_many(SENTENCES), strict=True):
        np.testing.assert_allclose(a, b, rtol=1e-4, atol=1e-4)
        np.testing.assert_array_equal(b, c)
    # one member packed alone is that member
    alone = _tagger(pack(members[:1]), tmp_path / "alone.npz")
    np.testing.assert_allclose(alone.emissions_many(SENTENCES)[1], singles[0].emissions_many(SENTENCES)[1],
                               rtol=1e-5, atol=1e-5)


def test_pack_files_writes_a_model_the_tagger_loads(tmp_path: Path) -> None:
    vectors = np.random.default_rng(0).normal(size=(len(WORDS), 6)).astype(np.float32)
    for seed in (1, 2):
        np.savez(tmp_path / f"m{seed}.npz", **_member(seed, vectors))
    pack_files([tmp_path / "m1.npz", tmp_path / "m2.npz"], tmp_path / "packed.npz")
    tagger = BiLstmCrfTagger(tmp_path / "packed.npz", _gaz())
    assert len(tagger.tag(SENTENCES[0])) == len(SENTENCES[0])


def test_nets_trained_on_other_inputs_are_not_packed() -> None:
    rng = np.random.default_rng(0)
    a = _member(1, rng.normal(size=(len(WORDS), 6)).astype(np.float32))
    b = _member(2, rng.normal(size=(len(WORDS), 6)).astype(np.float32))
    with pytest.raises(ValueError, match="vectors"):
        pack([a, b])
    with pytest.raises(ValueError, match="no member"):
        pack([])
    # a pack is no member, first or not; nor is a net that reads a language model
    with pytest.raises(ValueError, match="itself a pack"):
        pack([pack([a, a]), a])
    with pytest.raises(ValueError, match="language model"):
        pack([a | {"lm_w_ih_f": np.zeros(1)}, a])


def test_the_first_nets_of_a_pack_are_those_nets(tmp_path: Path) -> None:
    vectors = np.random.default_rng(0).normal(size=(len(WORDS), 6)).astype(np.float32)
    members = [_member(seed, vectors) for seed in (1, 2, 3)]
    np.savez(tmp_path / "packed.npz", **pack(members))
    for n in (1, 2, 3):
        alone = _tagger(pack(members[:n]) if n > 1 else members[0], tmp_path / f"first{n}.npz")
        first = BiLstmCrfTagger(tmp_path / "packed.npz", _gaz(), nets=n)
        assert first.nets == n
        for a, b in zip(first.emissions_many(SENTENCES), alone.emissions_many(SENTENCES), strict=True):
            np.testing.assert_allclose(a, b, rtol=1e-5, atol=1e-5)
        for key in ("trans", "start", "end"):
            np.testing.assert_allclose(getattr(first, key), getattr(alone, key), rtol=1e-6)
        assert first.tag_many(SENTENCES) == alone.tag_many(SENTENCES)
    with pytest.raises(ValueError, match="no first 4"):
        first_nets(pack(members), 4)
    with pytest.raises(ValueError, match="pack its nets again"):  # a pack made before the nets' own weights
        first_nets({k: v for k, v in pack(members).items() if not k.startswith("member_")}, 1)
