"""The objects that flow through the pipeline: an Article and what components attach to it."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Any

from rasd.text.normalize import match_key

__all__ = ["Article", "Entity", "Event", "Mention", "Party", "Place", "Removed", "Sentence", "Token", "content_key"]


@dataclass(slots=True)
class Token:
    text: str
    start: int  # character offsets in Article.text
    end: int
    norm: str  # matching form (rasd.text.normalize.match_key)


@dataclass(slots=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    tokens: list[Token] = field(default_factory=list)
    is_title: bool = False


@dataclass(frozen=True, slots=True)
class Removed:
    """A piece of boilerplate taken out of the text, kept for audit."""

    kind: str
    text: str
    line: int


@dataclass(slots=True)
class Entity:
    """A canonical party or place (from the knowledge base, or new with a romanised name)."""

    id: str
    name: str
    kind: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: str | None = None
    wikidata: str | None = None
    in_kb: bool = True
    affiliation: str | None = None  # id of the body a person or unit belongs to
    capital_of: str | None = None  # for a capital city: its state's id ("موسكو تنفي" is Russia speaking)


@dataclass(slots=True)
class Mention:
    sentence: int
    start: int  # character offsets in Article.text
    end: int
    text: str
    label: str  # PERS / ORG / LOC / GPE / MISC
    entity_id: str
    score: float = 1.0


@dataclass(slots=True)
class Party:
    name: str
    country: str | None = None
    kind: str | None = None
    wikidata: str | None = None
    entity_id: str | None = None

    def as_json(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country, "kind": self.kind, "wikidata": self.wikidata}


@dataclass(slots=True)
class Place:
    name: str
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    precision: str | None = None
    description: str | None = None  # relative description kept verbatim ("جنوب غرب مدينة سرت")
    entity_id: str | None = None

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name, "lat": self.lat, "lon": self.lon, "country": self.country,
                               "precision": self.precision}
        if self.description:
            out["description"] = self.description
        return out


@dataclass(slots=True)
class Event:
    """One coded event, shaped as shared/spec/EVENTS.md describes."""

    type: str
    sentence: int
    evidence: str
    mode: str | None = None
    actor: list[Party] = field(default_factory=list)
    target: list[Party] = field(default_factory=list)
    locations: list[Place] = field(default_factory=list)
    date: str | None = None
    date_text: str | None = None
    date_precision: str | None = None
    status: str = "asserted"
    attribution: str | None = None
    fatalities: int | None = None
    wounded: int | None = None
    captured: int | None = None
    trigger: str | None = None
    trigger_start: int = 0  # token index of the trigger in its sentence
    confidence: float = 1.0

    def as_json(self, doc: str) -> dict[str, Any]:
        def parties(ps: list[Party]) -> Any:
            if not ps:
                return None
            return ps[0].as_json() if len(ps) == 1 else [p.as_json() for p in ps]

        out: dict[str, Any] = {
            "doc": doc, "type": self.type, "mode": self.mode,
            "actor": parties(self.actor), "target": parties(self.target),
            "location": self.locations[0].as_json() if self.locations else None,
        }
        if len(self.locations) > 1:
            out["locations"] = [p.as_json() for p in self.locations]
        out.update({
            "date": self.date, "date_text": self.date_text, "date_precision": self.date_precision,
            "status": self.status, "attribution": self.attribution, "fatalities": self.fatalities,
            "evidence": self.evidence,
        })
        return out


def content_key(title: str | None, text: str) -> str:
    """The hash that identifies an article by what it says, whatever its spelling variants or encoding."""
    body = match_key(title or "") + "\n" + match_key(text)
    return hashlib.sha256(body.encode("utf-8")).hexdigest()[:24]


@dataclass(slots=True)
class Article:
    """One news article as read from its source, then enriched by the pipeline's components."""

    doc: str  # the source's id: a file's stem, a JSONL id or a URL
    text: str
    title: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    url: str | None = None
    source: str | None = None  # where it was read from (file path, URL, "stdin")
    headline_in_text: bool = False  # plain text: the first line may be the title (decided after cleaning)
    notes: list[str] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    # Content hash of the title and text. ``source_key`` is taken as read, before any component changes
    # the text, so that an input already stored is skipped before the pipeline runs; the text component
    # then sets ``key`` from the cleaned title and text, so that copies differing only in boilerplate (a
    # comment counter, share buttons, a headline given apart or as the first line) are one article.
    key: str = ""
    source_key: str = ""
    # The full-text index body (store/search.py), when a worker computed it: the one writer then only stores.
    search_text: str = ""

    def __post_init__(self) -> None:
        if not self.source_key:
            self.source_key = content_key(self.title, self.text)
        if not self.key:
            self.key = self.source_key
