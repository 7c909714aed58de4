"""Shared helpers of the event tests: code an invented sentence, read party names off the JSON output."""

from __future__ import annotations

import datetime as dt
from typing import Any

import rasd


def coded(text: str, published: str) -> list[dict[str, Any]]:
    """The events of ``text`` published on ``published`` (ISO date), as EVENTS.md JSON objects."""
    article = rasd.process(rasd.Article(doc="t", text=text, published=dt.date.fromisoformat(published)))
    return [e.as_json("t") for e in article.events]


def party_names(party: Any) -> set[str]:
    """Names of an event's actor or target, which may be one party, a list of them or null."""
    items = party if isinstance(party, list) else [party] if party else []
    return {p["name"] for p in items}


def of_type(events: list[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    """The events of one PLOVER type, in order."""
    return [e for e in events if e["type"] == kind]
