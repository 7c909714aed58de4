"""ACLED-shaped CSV and GeoJSON exports of events.

ACLED codes political violence and demonstrations; PLOVER types that have an ACLED counterpart are
exported (ASSAULT, COERCE, PROTEST and, as strategic developments, MOBILIZE, RETREAT, AGREE, CONCEDE).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import Any, TextIO

from rasd.serve.export import party_names

__all__ = ["ACLED_COLUMNS", "acled_row", "write_acled", "write_geojson"]

ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "civilian_targeting", "iso", "country", "location",
    "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags",
]

# (PLOVER type, mode) → (ACLED event type, sub-event type); mode None is the type's default.
_ACLED_TYPES: dict[tuple[str, str | None], tuple[str, str]] = {
    ("ASSAULT", None): ("Battles", "Armed clash"),
    ("ASSAULT", "armed clash"): ("Battles", "Armed clash"),
    ("ASSAULT", "territory"): ("Battles", "Government regains territory"),
    ("ASSAULT", "aerial"): ("Explosions/Remote violence", "Air/drone strike"),
    ("ASSAULT", "drone"): ("Explosions/Remote violence", "Air/drone strike"),
    ("ASSAULT", "shelling"): ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("ASSAULT", "missile"): ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("ASSAULT", "bombing"): ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ("ASSAULT", "suicide bombing"): ("Explosions/Remote violence", "Suicide bomb"),
    ("ASSAULT", "assassination"): ("Violence against civilians", "Attack"),
    ("ASSAULT", "abduction"): ("Violence against civilians", "Abduction/forced disappearance"),
    ("COERCE", None): ("Strategic developments", "Arrests"),
    ("PROTEST", None): ("Protests", "Peaceful protest"),
    ("PROTEST", "riot"): ("Riots", "Violent demonstration"),
    ("MOBILIZE", None): ("Strategic developments", "Other"),
    ("RETREAT", None): ("Strategic developments", "Non-violent transfer of territory"),
    ("AGREE", None): ("Strategic developments", "Agreement"),
    ("CONCEDE", None): ("Strategic developments", "Agreement"),
}

_GEO_PRECISION = {"point": 1, "village": 1, "town": 1, "city": 1, "neighbourhood": 1, "district": 2,
                  "region": 2, "admin": 3, "admin1": 3, "country": 3}
_TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}


def _acled_type(event: dict[str, Any]) -> tuple[str, str] | None:
    etype = str(event.get("type"))
    mapped = _ACLED_TYPES.get((etype, event.get("mode"))) or _ACLED_TYPES.get((etype, None))
    if mapped and etype == "ASSAULT" and "civilian" in party_names(event.get("target")).lower():
        return ("Violence against civilians", "Attack") if mapped[0] == "Battles" else mapped
    return mapped


def _parties(value: Any) -> tuple[str, str]:
    names = [n for n in party_names(value).split("; ") if n]
    return (names[0] if names else "", "; ".join(names[1:]))


def acled_row(event: dict[str, Any], number: int) -> dict[str, Any] | None:
    mapped = _acled_type(event)
    if mapped is None or event.get("status") in ("denied", "planned"):
        return None
    loc = event.get("location") if isinstance(event.get("location"), dict) else {}
    assert isinstance(loc, dict)
    actor1, assoc1 = _parties(event.get("actor"))
    actor2, assoc2 = _parties(event.get("target"))
    date = event.get("date") or ""
    precision = _TIME_PRECISION.get(str(event.get("date_precision")), 3)
    if not date and event.get("published"):
        # ACLED rows always carry a date: an undated event happened by the time it was reported
        date, precision = str(event["published"]), 3
    source = event.get("outlet") or ""
    if event.get("attribution"):
        source = f"{source}; {event['attribution']}" if source else str(event["attribution"])
    return {
        "event_id_cnty": f"{loc.get('country') or 'XXX'}{number}",
        "event_date": date, "year": date[:4],
        "time_precision": precision,
        "disorder_type": ("Demonstrations" if mapped[0] in ("Protests", "Riots") else
                          "Strategic developments" if mapped[0] == "Strategic developments" else "Political violence"),
        "event_type": mapped[0], "sub_event_type": mapped[1],
        "actor1": actor1, "assoc_actor_1": assoc1, "actor2": actor2, "assoc_actor_2": assoc2,
        "civilian_targeting": "Civilian targeting" if "civilian" in actor2.lower() else "",
        "iso": loc.get("country") or "", "country": loc.get("country") or "",
        "location": loc.get("name") or "", "latitude": loc.get("lat"), "longitude": loc.get("lon"),
        "geo_precision": _GEO_PRECISION.get(str(loc.get("precision")), 3) if loc else "",
        "source": source, "source_scale": "",
        "notes": event.get("evidence") or "",
        # ACLED records the most conservative figure; an unknown count is 0 there.
        "fatalities": event.get("fatalities") or 0,
        "tags": f"status: {event.get('status')}; doc: {event.get('doc')}",
    }


def write_acled(events: Iterable[dict[str, Any]], out: TextIO) -> int:
    writer = csv.DictWriter(out, fieldnames=ACLED_COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for event in events:
        row = acled_row(event, n + 1)
        if row is not None:
            writer.writerow(row)
            n += 1
    return n


def write_geojson(events: Iterable[dict[str, Any]], out: TextIO) -> int:
    """A FeatureCollection with one Point feature per event place that has coordinates."""
    features = []
    for event in events:
        places = event.get("locations") or ([event["location"]] if event.get("location") else [])
        for place in places:
            if not isinstance(place, dict) or place.get("lat") is None or place.get("lon") is None:
                continue
            props = {k: v for k, v in event.items() if k not in ("location", "locations")}
            props["actor"] = party_names(event.get("actor"))
            props["target"] = party_names(event.get("target"))
            props["place"] = place.get("name")
            features.append({"type": "Feature", "properties": props,
                             "geometry": {"type": "Point", "coordinates": [place["lon"], place["lat"]]}})
    json.dump({"type": "FeatureCollection", "features": features}, out, ensure_ascii=False)
    out.write("\n")
    return len(features)
