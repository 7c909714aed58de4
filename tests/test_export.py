from __future__ import annotations

import csv
import io
import json
from typing import Any

from rasd.serve.acled import write_acled, write_geojson
from rasd.serve.export import write_events

EVENT: dict[str, Any] = {
    "doc": "a1", "type": "ASSAULT", "mode": "aerial",
    "actor": {"name": "Syrian Arab Army", "country": "SYR", "kind": "military", "wikidata": None},
    "target": [{"name": "civilians", "country": "SYR", "kind": None, "wikidata": None}],
    "location": {"name": "Maarrat al-Numan", "lat": 35.64, "lon": 36.67, "country": "SYR", "precision": "town"},
    "date": "2019-08-20", "date_text": "أمس", "date_precision": "day", "status": "asserted",
    "attribution": "المرصد السوري", "fatalities": 9, "evidence": "قتل تسعة مدنيين في غارة على معرة النعمان أمس.",
    "outlet": "example", "published": "2019-08-21",
}
MEETING = {**EVENT, "type": "CONSULT", "mode": "meeting", "fatalities": None}
DENIED = {**EVENT, "status": "denied"}


def test_jsonl_round_trips() -> None:
    out = io.StringIO()
    assert write_events([EVENT], "jsonl", out) == 1
    assert json.loads(out.getvalue()) == EVENT


def test_csv_flattens_parties_and_place() -> None:
    out = io.StringIO()
    write_events([EVENT], "csv", out)
    row = next(csv.DictReader(io.StringIO(out.getvalue())))
    assert row["actor"] == "Syrian Arab Army" and row["target"] == "civilians"
    assert row["location"] == "Maarrat al-Numan" and row["fatalities"] == "9"


def test_table_has_a_row_per_event() -> None:
    out = io.StringIO()
    write_events([EVENT, MEETING], "table", out)
    assert len(out.getvalue().splitlines()) == 4


def test_acled_maps_violent_events_only() -> None:
    out = io.StringIO()
    assert write_acled([EVENT, MEETING, DENIED], out) == 1
    row = next(csv.DictReader(io.StringIO(out.getvalue())))
    assert row["event_type"] == "Explosions/Remote violence" and row["sub_event_type"] == "Air/drone strike"
    assert row["actor1"] == "Syrian Arab Army" and row["actor2"] == "civilians"
    assert row["civilian_targeting"] == "Civilian targeting"
    assert row["geo_precision"] == "1" and row["time_precision"] == "1" and row["fatalities"] == "9"
    assert row["source"].startswith("example")


def test_geojson_points_use_lon_lat() -> None:
    out = io.StringIO()
    assert write_geojson([EVENT, {**MEETING, "location": None}], out) == 1
    feature = json.loads(out.getvalue())["features"][0]
    assert feature["geometry"]["coordinates"] == [36.67, 35.64]
    assert feature["properties"]["actor"] == "Syrian Arab Army"


def test_acled_rows_of_undated_events_take_the_publication_date() -> None:
    out = io.StringIO()
    undated = {**EVENT, "date": None, "date_precision": None, "published": "2019-05-12"}
    write_acled([undated], out)
    row = next(csv.DictReader(io.StringIO(out.getvalue())))
    assert row["event_date"] == "2019-05-12" and row["year"] == "2019" and row["time_precision"] == "3"
