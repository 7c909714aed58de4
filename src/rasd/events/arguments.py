"""Who did it, to whom, where: choosing an event's parties and places among a sentence's mentions.

Arabic news sentences are mostly verb–subject–object ("قصفت الطائرات الروسية مواقع ..."), often open with a
reporting clause ("قال المتحدث ... إن ..."), mark targets and partners with prepositions (على، ضد، مع، إلى،
بـ) and agents of passives with a relative clause ("تعرض رتل لقصف شنه الجيش"). The rules read those
cues, word by word, from ``lang/ar/roles.tsv``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from rasd.doc import Entity, Token
from rasd.text.normalize import strip_clitics

__all__ = ["Arguments", "Slot", "find_arguments", "role_word"]

PLACE_KINDS = frozenset(
    {
        "city",
        "town",
        "village",
        "region",
        "admin",
        "admin1",
        "admin2",
        "country",
        "place",
        "locality",
        "district",
        "neighbourhood",
        "neighborhood",
        "base",
        "facility",
        "area",
        "LOC",
        "airport",
        "port",
        "oilfield",
        "landmark",
    }
)
# States are parties when they act, places when something happens in them.
DUAL_KINDS = frozenset({"state", "country"})

# Event types whose "with" party is a co-actor (meetings, clashes, deals) rather than a target.
_PARTNER_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE", "ASSAULT", "CONCEDE"})
_WINDOW = 12  # tokens either side of a trigger that arguments are looked for in


@dataclass(frozen=True, slots=True)
class Slot:
    start: int  # token indices in the sentence
    end: int
    entity: Entity
    text: str


@dataclass(slots=True)
class Arguments:
    actor: list[Slot]
    target: list[Slot]
    places: list[Slot]
    place_description: str | None = None


@cache
def _roles() -> dict[str, str]:
    table: dict[str, str] = {}
    text = files("rasd.lang.ar").joinpath("roles.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            word, role = line.split("\t")[:2]
            table[word] = role
    return table


def role_word(token: Token) -> str | None:
    """The role a function word gives the noun after it ("على" → target), through clitics ("وعلى")."""
    roles = _roles()
    for reading in strip_clitics(token.norm):
        if reading in roles:
            return roles[reading]
    # A bare proclitic preposition on the party itself: بـ / لـ mark objects and partners.
    return None


def _proclitic_role(token: Token) -> str | None:
    norm = token.norm
    if norm.startswith(("ب", "وب")) and not norm.startswith(("بن", "بو")) and len(norm) > 3:
        return "with"
    if norm.startswith(("ل", "لل", "ول")) and len(norm) > 3:
        return "to"
    return None


def is_place(entity: Entity) -> bool:
    return entity.kind in PLACE_KINDS or entity.kind in DUAL_KINDS


def _preceding_role(tokens: Sequence[Token], slot: Slot) -> str | None:
    """The role cue right before a mention (skipping one title or quote word), or on the mention itself."""
    for back in (1, 2):
        i = slot.start - back
        if i < 0:
            break
        role = role_word(tokens[i])
        if role:
            return role
        if tokens[i].norm in ('"', "'", "(", "،") or back == 2:
            continue
    return _proclitic_role(tokens[slot.start])


def find_arguments(
    tokens: Sequence[Token],
    trigger_start: int,
    trigger_end: int,
    event_type: str,
    trigger_kind: str,
    mentions: Sequence[Slot],
) -> Arguments:
    """Actor, target and places of the event whose trigger spans ``[trigger_start, trigger_end)``."""
    near = [
        m
        for m in mentions
        if m.end > trigger_start - _WINDOW
        and m.start < trigger_end + _WINDOW
        and not (m.start >= trigger_start and m.end <= trigger_end)
    ]
    parties = [m for m in near if not is_place(m.entity) or m.entity.kind in DUAL_KINDS]
    places = [m for m in near if is_place(m.entity)]

    actor: list[Slot] = []
    target: list[Slot] = []
    used: set[int] = set()
    roles = {id(m): _preceding_role(tokens, m) for m in near}

    # Passive agent: "تعرض ... لقصف شنه الجيش", "على يد", "من قبل".
    for m in parties:
        if m.start >= trigger_end and roles[id(m)] == "agent":
            actor.append(m)
            used.add(id(m))
            break
    after = [m for m in parties if m.start >= trigger_end and id(m) not in used]
    before = [m for m in parties if m.end <= trigger_start and id(m) not in used]

    if not actor:
        # Verb–subject: the first party after the trigger that no preposition governs.
        for m in after:
            if roles[id(m)] is None and not _in_place_phrase(m, roles):
                actor.append(m)
                used.add(id(m))
                break
    if not actor and trigger_kind != "verb":
        # A verbal noun's genitive is its agent ("قصف الجيش", "زيارة الوزير"), unless it is a place.
        pass
    if not actor:
        # Subject–verb: the nearest party before the trigger, outside a prepositional phrase.
        for m in reversed(before):
            if roles[id(m)] is None:
                actor.append(m)
                used.add(id(m))
                break
    # Co-ordinated subjects: "تركيا وروسيا", "الحكومة والجيش".
    if actor:
        first = actor[0]
        for m in parties:
            if id(m) in used:
                continue
            gap = tokens[first.end : m.start] if m.start >= first.end else []
            if m.start >= first.end and len(gap) == 0 and tokens[m.start].norm.startswith("و"):
                actor.append(m)
                used.add(id(m))

    for m in parties:
        if id(m) in used:
            continue
        role = roles[id(m)]
        if m.start >= trigger_end or role in ("target", "partner", "with", "to", "source"):
            if role in ("target", "partner", "with", "to", "source") or (actor and m.start > actor[0].end):
                if role == "source" and event_type not in ("REQUEST", "RETREAT", "SUPPORT", "AID"):
                    continue
                target.append(m)
                used.add(id(m))
                if len(target) >= 2:
                    break

    chosen_places = _choose_places(tokens, places, trigger_start, trigger_end, roles, parties)
    return Arguments(actor, target, chosen_places, _describe(tokens, chosen_places))


def _in_place_phrase(m: Slot, roles: dict[int, str | None]) -> bool:
    return roles.get(id(m)) == "place"


def _choose_places(
    tokens: Sequence[Token], places: list[Slot], t0: int, t1: int, roles: dict[int, str | None], parties: list[Slot]
) -> list[Slot]:
    party_spans = [(p.start, p.end) for p in parties if not is_place(p.entity)]
    candidates = [
        p
        for p in places
        if not any(a <= p.start and p.end <= b for a, b in party_spans)
        and (roles[id(p)] in ("place", "to", "with", "source", "target") or p.entity.kind not in DUAL_KINDS)
    ]
    if not candidates:
        return []
    # Prefer places after the trigger (where it happened), nearest first; then before it.
    after = sorted((p for p in candidates if p.start >= t1), key=lambda p: p.start)
    before = sorted((p for p in candidates if p.end <= t0), key=lambda p: -p.start)
    ordered = after + before
    first = ordered[0]
    chosen = [first]
    # "سرت والجفرة", "مدينتي هون وسوكنة": places joined by و right after the first one.
    for p in ordered[1:]:
        if p.start == chosen[-1].end and tokens[p.start].norm.startswith("و"):
            chosen.append(p)
    # A more specific place followed by its city ("منطقة جارف جنوب غرب مدينة سرت") keeps both.
    return chosen


def _describe(tokens: Sequence[Token], places: list[Slot]) -> str | None:
    """Relative wording kept verbatim: "جنوب غرب مدينة سرت"."""
    if not places:
        return None
    p = places[0]
    i = p.start
    while i > 0 and role_word(tokens[i - 1]) == "place" and tokens[i - 1].norm not in ("في",):
        i -= 1
    if i == p.start:
        return None
    return " ".join(t.text for t in tokens[i : p.end])
