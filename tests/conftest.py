from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from rasd.store import SQLiteStore

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "examples" / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def store() -> Iterator[SQLiteStore]:
    s = SQLiteStore(":memory:")
    yield s
    s.close()


@pytest.fixture
def seeds_dir() -> Path:
    return SEEDS
