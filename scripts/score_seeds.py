#!/usr/bin/env python3
"""Ingest article sets with their manifests and score their events with the shared scorer.

    python scripts/score_seeds.py --shared SHARED_DIR [--set seeds|heldout|...|heldout9|all]
                                   [--out DIR] [--json]

SHARED_DIR holds tools/score_events.py and gold/ (the project's shared evaluation folder). The seeds are
scored against SHARED_DIR/gold; the invented held-out sets in tests/fixtures/ carry their own gold.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
SETS = ("seeds", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8",
        "heldout9")


def _paths(name: str, shared: Path) -> tuple[Path, Path, list[str]]:
    """(articles folder, manifest, extra scorer arguments naming the gold files)."""
    if name == "seeds":
        seeds = ROOT / "examples" / "seeds"
        return seeds, seeds / "manifest.tsv", []
    folder = FIXTURES / name
    gold = folder / "gold"
    gold_args = ["--gold", str(gold / "events.jsonl"), "--actors", str(gold / "actors.tsv"),
                 "--places", str(gold / "places.tsv")]
    return folder / "articles", folder / "manifest.tsv", gold_args


def score_set(name: str, shared: Path, out_dir: Path, as_json: bool) -> int:
    import rasd
    from rasd.ingest.metadata import Manifest
    from rasd.serve.export import write_events

    articles, manifest, gold_args = _paths(name, shared)
    with tempfile.TemporaryDirectory() as tmp:
        store = rasd.open_store(Path(tmp) / f"{name}.db")
        report = rasd.ingest([str(articles)], store, options=rasd.IngestOptions(manifest=Manifest.read(manifest)))
        out = out_dir / f"{name}-events.jsonl"
        with out.open("w", encoding="utf-8") as fh:
            n = write_events(store.events(), "jsonl", fh)
        store.close()
    print(f"== {name}: {report.stored} articles, {n} events -> {out}", file=sys.stderr, flush=True)
    cmd = [sys.executable, str(shared / "tools" / "score_events.py"), str(out), *gold_args]
    if as_json:
        cmd.append("--json")
    return subprocess.call(cmd)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", required=True, type=Path)
    ap.add_argument("--set", choices=(*SETS, "all"), default="seeds")
    ap.add_argument("--out", type=Path, default=None, help="keep the predicted events in this folder")
    ap.add_argument("--json", action="store_true", help="the scorer's full JSON report")
    args = ap.parse_args(argv)
    names = SETS if args.set == "all" else (args.set,)
    with tempfile.TemporaryDirectory() as tmp:
        out_dir = args.out or Path(tmp)
        out_dir.mkdir(parents=True, exist_ok=True)
        status = 0
        for name in names:
            status |= score_set(name, args.shared, out_dir, args.json)
    return status


if __name__ == "__main__":
    sys.exit(main())
