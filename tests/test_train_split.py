"""The NER training script's dev slices (scripts/train_ner.py ``dev_split``): each a contiguous tenth."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
from train_ner import DEV_BLOCKS, dev_split  # noqa: E402


def _sentences(n: int) -> list[tuple[list[str], list[str]]]:
    return [([str(i)], ["O"]) for i in range(n)]


@pytest.mark.parametrize("n", [10, 3989, 4553])
def test_dev_blocks_split_the_file_once_each_and_keep_order(n: int) -> None:
    sents = _sentences(n)
    seen: list[str] = []
    for block in range(DEV_BLOCKS):
        train, dev = dev_split(sents, block)
        assert len(train) + len(dev) == n and abs(len(dev) - n / DEV_BLOCKS) < 1
        ids = [int(s[0][0]) for s in dev]
        assert ids == list(range(ids[0], ids[0] + len(ids)))  # contiguous
        rest = [int(s[0][0]) for s in train]
        assert rest == sorted(rest) and not set(rest) & set(ids)
        seen += [s[0][0] for s in dev]
    assert sorted(seen, key=int) == [str(i) for i in range(n)]


def test_default_dev_slice_is_the_last_tenth() -> None:
    sents = _sentences(3989)
    train, dev = dev_split(sents)
    assert train == sents[: int(3989 * 0.9)] and dev == sents[int(3989 * 0.9) :]


def test_a_block_outside_the_range_is_refused() -> None:
    with pytest.raises(ValueError, match="0..9"):
        dev_split(_sentences(20), 10)
