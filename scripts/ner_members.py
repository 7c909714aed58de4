"""Pack several BiLSTM-CRF nets trained alike into one model file whose emissions are the mean of theirs
(``rasd.entities.ner.members``).

    python scripts/ner_members.py OUT.npz MEMBER.npz MEMBER.npz [...]
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from rasd.entities.ner.members import pack

__all__ = ["pack", "pack_files"]


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
