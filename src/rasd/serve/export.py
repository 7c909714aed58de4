"""Event exports: JSONL (EVENTS.md), CSV, an aligned text table, ACLED-shaped CSV and GeoJSON."""

from __future__ import annotations

import csv
import json
import unicodedata
from collections.abc import Iterable
from typing import Any, TextIO

__all__ = ["EXPORTERS", "NEEDS_SOURCE", "party_names", "write_events"]


def party_names(value: Any) -> str:
    if value is None:
        return ""
    items = value if isinstance(value, list) else [value]
    return "; ".join(str(p.get("name")) for p in items if isinstance(p, dict) and p.get("name"))


def _place(event: dict[str, Any]) -> dict[str, Any]:
    loc = event.get("location")
    return loc if isinstance(loc, dict) else {}


def write_jsonl(events: Iterable[dict[str, Any]], out: TextIO) -> int:
    n = 0
    for event in events:
        out.write(json.dumps(event, ensure_ascii=False) + "\n")
        n += 1
    return n


CSV_COLUMNS = ["doc", "type", "mode", "actor", "target", "location", "lat", "lon", "country", "date",
               "date_text", "status", "attribution", "fatalities", "evidence"]


def _flat(event: dict[str, Any]) -> dict[str, Any]:
    loc = _place(event)
    return {
        "doc": event.get("doc"), "type": event.get("type"), "mode": event.get("mode") or "",
        "actor": party_names(event.get("actor")), "target": party_names(event.get("target")),
        "location": loc.get("name") or "", "lat": loc.get("lat"), "lon": loc.get("lon"),
        "country": loc.get("country") or "", "date": event.get("date") or "",
        "date_text": event.get("date_text") or "", "status": event.get("status"),
        "attribution": event.get("attribution") or "",
        "fatalities": "" if event.get("fatalities") is None else event.get("fatalities"),
        "evidence": event.get("evidence") or "",
    }


def write_csv(events: Iterable[dict[str, Any]], out: TextIO) -> int:
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for event in events:
        writer.writerow(_flat(event))
        n += 1
    return n


def _width(text: str) -> int:
    return sum(0 if unicodedata.combining(c) else 1 for c in text)


def _cut(text: str, limit: int) -> str:
    return text if _width(text) <= limit else text[: limit - 1] + "…"


def write_table(events: Iterable[dict[str, Any]], out: TextIO) -> int:
    cols = [("doc", 22), ("date", 10), ("type", 9), ("mode", 14), ("actor", 30), ("target", 30),
             ("location", 14), ("status", 8), ("dead", 4)]
    out.write("  ".join(name.ljust(w) for name, w in cols).rstrip() + "\n")
    out.write("  ".join("-" * w for _, w in cols) + "\n")
    n = 0
    for event in events:
        row = _flat(event)
        row["dead"] = row.pop("fatalities")
        cells = [_cut(str(row.get(name) or ""), w) for name, w in cols]
        out.write("  ".join(c + " " * (w - _width(c)) for c, (_, w) in zip(cells, cols, strict=True)).rstrip() + "\n")
        n += 1
    return n


def _acled(events: Iterable[dict[str, Any]], out: TextIO) -> int:
    from rasd.serve.acled import write_acled

    return write_acled(events, out)


def _geojson(events: Iterable[dict[str, Any]], out: TextIO) -> int:
    from rasd.serve.acled import write_geojson

    return write_geojson(events, out)


EXPORTERS = {"jsonl": write_jsonl, "csv": write_csv, "table": write_table, "acled": _acled, "geojson": _geojson}
# Formats that need the article's outlet and date next to each event.
NEEDS_SOURCE = frozenset({"acled"})


def write_events(events: Iterable[dict[str, Any]], fmt: str, out: TextIO) -> int:
    """Write events in ``fmt`` (one of EXPORTERS) to ``out``; return how many were written."""
    return int(EXPORTERS[fmt](events, out))
