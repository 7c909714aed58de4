#!/usr/bin/env python3
"""Ingest the seed articles with their manifest and score the events with the shared scorer.

    python scripts/score_seeds.py --shared SHARED_DIR [--out events.jsonl] [--json]

SHARED_DIR holds tools/score_events.py and gold/ (the project's shared evaluation folder).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", required=True, type=Path)
    ap.add_argument("--seeds", type=Path, default=ROOT / "examples" / "seeds")
    ap.add_argument("--out", type=Path, default=None, help="keep the predicted events here")
    ap.add_argument("--json", action="store_true", help="the scorer's full JSON report")
    args = ap.parse_args(argv)

    import rasd
    from rasd.ingest.metadata import Manifest
    from rasd.serve.export import write_events

    with tempfile.TemporaryDirectory() as tmp:
        store = rasd.open_store(Path(tmp) / "seeds.db")
        options = rasd.IngestOptions(manifest=Manifest.read(args.seeds / "manifest.tsv"))
        report = rasd.ingest([str(args.seeds)], store, options=options)
        out = args.out or Path(tmp) / "events.jsonl"
        with out.open("w", encoding="utf-8") as fh:
            n = write_events(store.events(), "jsonl", fh)
        store.close()
        print(f"{report.stored} articles, {n} events -> {out}", file=sys.stderr)
        cmd = [sys.executable, str(args.shared / "tools" / "score_events.py"), str(out)]
        if args.json:
            cmd.append("--json")
        return subprocess.call(cmd)


if __name__ == "__main__":
    sys.exit(main())
