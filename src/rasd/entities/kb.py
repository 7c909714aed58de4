"""The knowledge base: places and actors in one alias index.

Package data under ``rasd/data/kb``:

- ``places.tsv.gz``: the gazetteer built by ``scripts/build_kb.py`` (countries, admin1, cities);
- ``places_extra.tsv``: hand-made rows; a row whose id exists extends and corrects it;
- ``actors.jsonl``: hand-curated actors with Arabic aliases and dated roles; an actor whose id is a
  country's ISO3 code extends that state;
- ``state_templates.txt`` and ``role_templates.tsv``: phrases generated for every state from its
  nationality adjectives ("الجيش التركي" → Turkey, "وزير الدفاع التركي" → the holder on a date);
- ``context_rules.json``: phrases whose referent depends on the article (read by the linker).

Every alias is indexed by ``match_key``; ``lookup`` returns entries best first (hand-curated actors,
then places, then generated phrases, then nationality adjectives).
"""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import io
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib.resources import files
from typing import Any

from rasd.text.normalize import match_key

__all__ = ["KbEntry", "KnowledgeBase", "Role", "ORG_KINDS"]

ORG_KINDS = frozenset(
    {"government", "military", "armed_group", "igo", "ngo", "company", "media", "party", "legislature"}
)

# Alias priorities: lower is preferred when one key names several entries.
ACTOR_ALIAS, PLACE_ALIAS, GENERATED_ALIAS, DEMONYM_ALIAS = 0, 1, 2, 3


@dataclass(frozen=True, slots=True)
class Role:
    """A dated position: ``title_keys`` are match keys of the Arabic titles naming it."""

    org: str
    start: dt.date | None
    end: dt.date | None
    title_keys: tuple[str, ...] = ()
    role: str | None = None  # generic code (head_of_state, foreign_minister, ...) for counterparts

    def holds_on(self, on: dt.date | None) -> bool:
        if on is None:
            return True
        return (self.start is None or self.start <= on) and (self.end is None or on < self.end)


@dataclass(frozen=True, slots=True)
class KbEntry:
    """One place or actor. ``feature`` is set for places (country/admin/city/town/village/region)."""

    id: str
    name: str
    kind: str  # person/state/place/government/military/armed_group/igo/ngo/company/media/party/...
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    feature: str | None = None
    population: int = 0
    affiliation: str | None = None
    aliases: tuple[str, ...] = ()
    aliases_en: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    capital_of: str | None = None
    source: str = ""
    linked: bool = True  # False for entities made from a name the KB lacks

    @property
    def precision(self) -> str | None:
        return self.feature

    @property
    def is_place(self) -> bool:
        return self.feature is not None


@dataclass
class _Draft:
    """A mutable entry while the files are merged."""

    fields: dict[str, Any]
    aliases: list[str] = field(default_factory=list)
    aliases_en: list[str] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    generated: list[str] = field(default_factory=list)

    def add(self, target: list[str], values: Iterable[str]) -> None:
        for v in values:
            v = v.strip()
            if v and v not in target:
                target.append(v)


def _resource(name: str) -> bytes:
    return (files("rasd") / "data" / "kb" / name).read_bytes()


def _text_lines(name: str) -> Iterator[str]:
    for line in _resource(name).decode("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.rstrip("\n")


def _float(value: str) -> float | None:
    return float(value) if value.strip() else None


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _split(value: str) -> list[str]:
    return [v for v in value.split("|") if v.strip()]


def _place_rows(data: bytes) -> Iterator[dict[str, str]]:
    text = io.StringIO(data.decode("utf-8"))
    yield from csv.DictReader(text, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\")


def _merge_place(drafts: dict[str, _Draft], row: dict[str, str]) -> None:
    feature = row["kind"] or None
    values: dict[str, Any] = {
        "name": row["name_en"],
        "kind": "state" if feature == "country" else "place",
        "country": row["country"] or None,
        "lat": _float(row["lat"]),
        "lon": _float(row["lon"]),
        "feature": feature,
        "population": int(row["population"]) if row["population"].strip() else None,
        "capital_of": row["capital_of"] or None,
        "source": "GeoNames (geonames.org)" if row["source"] == "geonames" else row["source"],
    }
    draft = drafts.get(row["id"])
    if draft is None:
        draft = drafts[row["id"]] = _Draft({"id": row["id"], "population": 0})
    # Later rows (hand-made) override only the fields they fill.
    draft.fields.update({k: v for k, v in values.items() if v not in (None, "")})
    draft.add(draft.aliases, _split(row["aliases_ar"]))
    draft.add(draft.aliases_en, _split(row["aliases_latin"]))
    draft.add(draft.demonyms, _split(row["demonyms_ar"]))


def _merge_actor(drafts: dict[str, _Draft], obj: dict[str, Any]) -> None:
    draft = drafts.get(obj["id"])
    if draft is None:
        draft = drafts[obj["id"]] = _Draft({"id": obj["id"]})
    for key in ("name", "kind", "country", "affiliation", "source"):
        if obj.get(key):
            draft.fields[key] = obj[key]
    draft.add(draft.aliases, obj.get("aliases_ar", []))
    draft.add(draft.aliases_en, obj.get("aliases_en", []))
    draft.add(draft.demonyms, obj.get("demonyms_ar", []))
    for r in obj.get("roles", []):
        titles = r.get("title_ar", [])
        titles = [titles] if isinstance(titles, str) else titles
        draft.roles.append(Role(r["org"], _date(r.get("start")), _date(r.get("end")),
                                tuple(dict.fromkeys(match_key(t) for t in titles)), r.get("role")))


_PLACE_WORDS = ("مدينه", "منطقه", "بلده")


def _alias_variants(key: str) -> list[str]:
    """"المجموعات المسلحه في درنه" also as "... في مدينه درنه": news names the place with its kind."""
    out = [key]
    if " في " in key:
        head, place = key.rsplit(" في ", 1)
        out += [f"{head} في {word} {place}" for word in _PLACE_WORDS if not place.startswith(word)]
    return out


def _demonym_variants(key: str) -> list[str]:
    """An indefinite masculine adjective (اميركي) also in the accusative (اميركيا) and plural
    (اميركيين، اميركيون), as in "وفدا اميركيا"."""
    if key.endswith("ي") and not key.startswith("ال") and len(key) > 3:
        return [key, key + "ا", key + "ين", key + "ون"]
    return [key]


def _adjectives(demonyms: Iterable[str]) -> tuple[str | None, str | None]:
    """The definite masculine and feminine adjectives (التركي, التركية) among a state's demonyms."""
    definite = [d for d in demonyms if d.startswith("ال")]
    masc = next((d for d in definite if not d.endswith("ة")), None)
    fem = next((d for d in definite if d.endswith("ة")), None)
    return masc, fem


def _expand(template: str, masc: str | None, fem: str | None, name: str | None) -> str | None:
    for slot, value in (("{m}", masc), ("{f}", fem), ("{c}", name)):
        if slot in template:
            if not value:
                return None
            template = template.replace(slot, value)
    return template


class KnowledgeBase:
    """All entries, an alias index and a title index. Build with :meth:`load`."""

    def __init__(self, entries: dict[str, KbEntry], alias_index: dict[str, list[tuple[int, str]]],
                 titles: dict[str, list[tuple[str, Role]]], context_rules: list[dict[str, Any]]) -> None:
        self._entries = entries
        self._alias = alias_index
        self._titles = titles
        self.context_rules = context_rules
        self.max_phrase_tokens = max(
            (k.count(" ") + 1 for k in [*alias_index, *titles]), default=1)
        self.demonym_keys: dict[str, str] = {}
        for entry in entries.values():
            for d in entry.demonyms:
                self.demonym_keys.setdefault(match_key(d), entry.id)

    # -- loading ---------------------------------------------------------------------------------
    @classmethod
    def load(cls) -> KnowledgeBase:
        """The package's knowledge base (read once per process)."""
        return _load_cached()

    @classmethod
    def _build(cls) -> KnowledgeBase:
        drafts: dict[str, _Draft] = {}
        for row in _place_rows(gzip.decompress(_resource("places.tsv.gz"))):
            _merge_place(drafts, row)
        for row in _place_rows(_resource("places_extra.tsv")):
            _merge_place(drafts, row)
        for line in _text_lines("actors.jsonl"):
            _merge_actor(drafts, json.loads(line))

        rules = json.loads(_resource("context_rules.json").decode("utf-8"))["rules"]
        ruled = {match_key(p) for rule in rules for p in rule["phrases"]}
        state_templates = list(_text_lines("state_templates.txt"))
        role_templates: dict[str, list[str]] = {}
        for line in _text_lines("role_templates.tsv"):
            code, _, template = line.partition("\t")
            role_templates.setdefault(code, []).append(template)

        states = {i: d for i, d in drafts.items() if d.fields.get("feature") == "country"}
        for draft in states.values():
            masc, fem = _adjectives(draft.demonyms)
            name = draft.aliases[0] if draft.aliases else None
            for template in state_templates:
                phrase = _expand(template, masc, fem, name)
                if phrase and match_key(phrase) not in ruled:
                    draft.generated.append(phrase)
        # Titles of state roles from the templates ("وزير الدفاع التركي").
        for draft in drafts.values():
            expanded: list[Role] = []
            for role in draft.roles:
                state = states.get(role.org)
                if role.role and state is not None:
                    masc, fem = _adjectives(state.demonyms)
                    name = state.aliases[0] if state.aliases else None
                    extra = [_expand(t, masc, fem, name) for t in role_templates.get(role.role, [])]
                    keys = tuple(dict.fromkeys([*role.title_keys, *(match_key(e) for e in extra if e)]))
                    role = replace(role, title_keys=keys)
                expanded.append(role)
            draft.roles = expanded

        entries: dict[str, KbEntry] = {}
        alias_index: dict[str, list[tuple[int, str]]] = {}
        titles: dict[str, list[tuple[str, Role]]] = {}

        def index(key: str, priority: int, entry_id: str) -> None:
            if len(key) < 2:
                return
            bucket = alias_index.setdefault(key, [])
            if all(e != entry_id for _, e in bucket):
                bucket.append((priority, entry_id))

        for entry_id, draft in drafts.items():
            f = draft.fields
            if "name" not in f:
                continue
            entry = KbEntry(
                id=entry_id, name=f["name"], kind=f.get("kind", "place"), country=f.get("country"),
                lat=f.get("lat"), lon=f.get("lon"), feature=f.get("feature"),
                population=int(f.get("population") or 0), affiliation=f.get("affiliation"),
                aliases=tuple(draft.aliases + draft.generated), aliases_en=tuple(draft.aliases_en),
                demonyms=tuple(draft.demonyms), roles=tuple(draft.roles),
                capital_of=f.get("capital_of"), source=f.get("source", ""),
            )
            entries[entry_id] = entry
            own = PLACE_ALIAS if entry.kind == "place" else ACTOR_ALIAS
            for alias in draft.aliases:
                for key in _alias_variants(match_key(alias)):
                    index(key, own, entry_id)
            for alias in draft.generated:
                index(match_key(alias), GENERATED_ALIAS, entry_id)
            for demonym in draft.demonyms:
                for key in _demonym_variants(match_key(demonym)):
                    index(key, DEMONYM_ALIAS, entry_id)
            for role in entry.roles:
                for key in role.title_keys:
                    titles.setdefault(key, []).append((entry_id, role))
        for bucket in alias_index.values():
            bucket.sort(key=lambda pe: (pe[0], -entries[pe[1]].population))
        return cls(entries, alias_index, titles, rules)

    # -- queries ---------------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self._entries

    def get(self, entry_id: str) -> KbEntry:
        return self._entries[entry_id]

    def entries(self) -> Iterator[KbEntry]:
        return iter(self._entries.values())

    def lookup(self, key: str) -> list[KbEntry]:
        """Entries one of whose aliases has this match key, best first."""
        return [self._entries[i] for _, i in self._alias.get(match_key(key), [])]

    def lookup_ranked(self, key: str) -> list[tuple[int, KbEntry]]:
        """Like :meth:`lookup`, with each entry's alias priority (0 = hand-curated actor alias)."""
        return [(p, self._entries[i]) for p, i in self._alias.get(match_key(key), [])]

    def phrase_keys(self) -> list[str]:
        """Every alias and title key the linker can match."""
        return [*self._alias, *self._titles]

    def has_alias(self, key: str) -> bool:
        return key in self._alias

    def is_title(self, key: str) -> bool:
        return key in self._titles

    def role_holder(self, title_key: str, on: dt.date | None = None) -> KbEntry | None:
        """Who held the titled role on ``on`` (without a date: the latest holder)."""
        holders = self._titles.get(match_key(title_key), [])
        current = [(i, r) for i, r in holders if r.holds_on(on)]
        if not current:
            return None
        latest = max(current, key=lambda ir: ir[1].start or dt.date.min)
        return self._entries[latest[0]]

    def title_org(self, title_key: str) -> KbEntry | None:
        """The body a title belongs to (for a title whose holder on a date is unknown)."""
        holders = self._titles.get(match_key(title_key), [])
        return self._entries.get(holders[0][1].org) if holders else None

    def holder_of(self, role: str, org: str, on: dt.date | None = None) -> KbEntry | None:
        """Who held generic ``role`` (e.g. foreign_minister) of ``org`` on ``on``."""
        best: tuple[dt.date, KbEntry] | None = None
        for entry_id, r in (ir for holders in self._titles.values() for ir in holders):
            if r.role == role and r.org == org and r.holds_on(on):
                start = r.start or dt.date.min
                if best is None or start > best[0]:
                    best = (start, self._entries[entry_id])
        return best[1] if best else None


@lru_cache(maxsize=1)
def _load_cached() -> KnowledgeBase:
    return KnowledgeBase._build()
