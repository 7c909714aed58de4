"""The distillation teacher of train_ner.py: generation G packs nets distilled from generation G - 1."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

import ner_members  # noqa: E402
import train_ner  # noqa: E402


def _args(work: Path, generations: int) -> argparse.Namespace:
    return argparse.Namespace(
        teacher_seeds=[13, 7], final_epochs=20, dev_block=9, reuse_teachers=False, generations=generations,
        epochs=30, hidden=64, teacher_hidden=128, word_drop=0.2, swa_start=12, patience=5, threads=1, dropout=0.5,
        data=work, distill=100, distill_per_epoch=10, distill_weight=1.0,
    )


@pytest.mark.parametrize("generations", [1, 2, 3])
def test_each_generation_learns_from_the_one_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, generations: int
) -> None:
    trained: list[tuple[str, Path | None, int]] = []
    sizes: set[int] = set()
    packed: list[tuple[list[str], str]] = []

    def fake_train(sents: Any, gaz: Any, work: Path, model: Path, *args: Any, **kw: Any) -> None:
        trained.append((model.name, kw.get("teacher"), kw.get("distill", 0)))
        sizes.add(args[2])  # LSTM units
        model.write_bytes(b"net")

    def fake_pack(paths: list[Path], out: Path) -> None:
        packed.append(([p.name for p in paths], out.name))
        out.write_bytes(b"packed")

    monkeypatch.setattr(train_ner, "train_neural", fake_train)
    monkeypatch.setattr(ner_members, "pack_files", fake_pack)
    teacher = train_ner.teacher_ensemble(_args(tmp_path, generations), [], None, tmp_path)  # type: ignore[arg-type]

    assert trained[:2] == [("ner-teacher-all-13.npz", None, 0), ("ner-teacher-all-7.npz", None, 0)]
    assert packed[0] == (["ner-teacher-all-13.npz", "ner-teacher-all-7.npz"], "ner-teacher-all.npz")
    for g in range(2, generations + 1):
        before = tmp_path / packed[g - 2][1]
        assert trained[2 * g - 2 : 2 * g] == [
            (f"ner-teacher-all-g{g}-13.npz", before, 100), (f"ner-teacher-all-g{g}-7.npz", before, 100)
        ]
    assert len(trained) == 2 * generations
    assert sizes == {128}  # --teacher-hidden, whatever the shipped net's size
    assert teacher.name == packed[-1][1] == ("ner-teacher-all.npz" if generations == 1
                                             else f"ner-teacher-all-g{generations}.npz")


@pytest.mark.parametrize("seeds", [[13], [13, 7]])
def test_the_shipped_model_packs_one_net_per_seed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  seeds: list[int]) -> None:
    trained: list[tuple[str, int, int]] = []
    packed: list[tuple[list[str], str]] = []

    class FakeTagger:
        def __init__(self, path: Path, gaz: Any = None) -> None:
            self.path, self.encoder = path, argparse.Namespace(gazetteer=gaz)

    def fake_train(sents: Any, gaz: Any, work: Path, model: Path, *args: Any, **kw: Any) -> FakeTagger:
        trained.append((model.name, args[13], args[2]))  # file, seed, LSTM units
        return FakeTagger(model)

    def fake_pack(paths: list[Path], out: Path) -> None:
        packed.append(([p.name for p in paths], out.name))

    monkeypatch.setattr(train_ner, "train_neural", fake_train)
    monkeypatch.setattr(ner_members, "pack_files", fake_pack)
    monkeypatch.setattr(train_ner, "BiLstmCrfTagger", FakeTagger)
    a = _args(tmp_path, 1)
    a.seed, a.out = seeds, tmp_path / "out"
    a.swa_probe, a.silver, a.silver_weight, a.silver_conf, a.teacher = [], 0, 0.5, 0.95, None
    a.news_priors, a.train_names = 0, 0
    tagger = train_ner.shipped_nets(a, [], None, tmp_path, None)  # type: ignore[arg-type]

    assert tagger.path == a.out / "ner-bilstm.npz"  # type: ignore[attr-defined]
    if len(seeds) == 1:
        assert trained == [("ner-bilstm.npz", 13, 64)] and not packed
    else:
        assert trained == [("ner-net-13.npz", 13, 64), ("ner-net-7.npz", 7, 64)]
        assert packed == [(["ner-net-13.npz", "ner-net-7.npz"], "ner-bilstm.npz")]
