"""Parties named as a pair: "the two sides" (الطرفان), "the two countries" (البلدين), "the two leaders" (الزعيمان)
and, in a call, "the parties" (الأطراف، طرفي النزاع). The article told who they are before: the two parties of its
latest fight, truce, meeting or deal, else the pair it sets against each other most often."""

from __future__ import annotations

from rasd.doc import Event, Party, Token
from rasd.events.arabic_words import COMMAS, HARD_STOPS
from rasd.events.roles import COMPLEMENTIZERS
from rasd.events.sides import NOT_SIDES, main_dyad, state_of
from rasd.events.triggers import TriggerMatch
from rasd.events.word_kinds import word_kinds

__all__ = ["CALL_COMPLEMENTS", "MEETINGS", "PAIR_KINDS", "sides_of", "unique_by_name"]


# After a call's object: what it is called to ("حث القوات على الانسحاب", "دعا الأطراف إلى ضبط النفس").
CALL_COMPLEMENTS = frozenset({"الى", "علي", "الي"})
MEETINGS = frozenset({"CONSULT", "COOPERATE"})  # what two leaders do besides fighting and agreeing
PAIR_KINDS = frozenset({"sides", "leaders"})  # kinds of pair words in non_events.tsv
_CALLED_REACH = 12  # words of a caller's name before the parties it calls on
_SIDES_REACH = 4  # words after a trigger in which "الطرفين" is its party ("بمقتل 26 مقاتلا من الطرفين")
_DYAD_ACTS = frozenset({"ASSAULT", "AGREE", "CONCEDE"})


def _names_sides(tokens: list[Token], trig: TriggerMatch) -> tuple[str, str] | None:
    """The word for "the two sides" (الطرفان، الجانبين، البلدين ...), "the two leaders" (الزعيمان) or, for a
    call, "the parties" (الأطراف) when it is a party of the trigger: just before it, or shortly after it in its
    clause. Returns the word and its kind."""
    kinds = PAIR_KINDS | ({"all sides"} if trig.type == "REQUEST" else set())
    before = trig.start - 1
    if before > 0 and tokens[before].norm == "قد":
        before -= 1  # "وكان وزيرا خارجية البلدين قد اتفقا"
    if before >= 0 and (kind := word_kinds(tokens[before]) & kinds):
        return tokens[before].norm, min(kind)
    # the subject after "إن" with the verb of the phrase between ("إن الطرفين توصلا إلى اتفاق لوقف إطلاق النار")
    for at in range(before - 1, max(0, trig.start - _SIDES_REACH), -1):
        if tokens[at - 1].norm in COMPLEMENTIZERS and (kind := word_kinds(tokens[at]) & kinds):
            return tokens[at].norm, min(kind)
    # (inside a phrase too: "واتفق الزعيمان على")
    for token in tokens[trig.start + 1:trig.end + _SIDES_REACH]:
        if token.norm in COMMAS or token.norm in HARD_STOPS:
            return None
        if kind := word_kinds(token) & kinds:
            return token.norm, min(kind)
    if trig.type == "REQUEST":
        # the parties called on stand after the caller's name, before what they are called to ("ودعت بعثة
        # الأمم المتحدة للدعم في ليبيا جميع الأطراف إلى ...")
        for token in tokens[trig.end:trig.end + _CALLED_REACH]:
            if token.norm in COMMAS or token.norm in HARD_STOPS or token.norm in CALL_COMPLEMENTS:
                return None
            if kind := word_kinds(token) & {"all sides", "sides"}:
                return token.norm, min(kind)
    return None


_STATE_SIDES = ("بلد", "دولت")  # "البلدين", "الدولتين": two states, not any two parties


def sides_of(tokens: list[Token], trig: TriggerMatch, earlier: list[Event], current: list[Event]) -> list[Party]:
    named = _names_sides(tokens, trig)
    if named is None:
        return []
    word, kind = named
    # two leaders are those of the latest meeting or deal as much as of a fight
    pair = _two_sides(earlier, current, _DYAD_ACTS | MEETINGS if kind == "leaders" else _DYAD_ACTS)
    if any(s in word for s in _STATE_SIDES) and any(p.kind != "state" for p in pair):
        # "the two countries": the states of the two sides' officials (لعمامرة and the Moroccan kingdom), else of
        # the latest fight or deal between two states (not the latest strike on civilians)
        states = unique_by_name([state_of(p) or p for p in pair])
        if len(states) == 2 and all(p.kind == "state" for p in states):
            return states
        return _two_states(earlier, current)
    return pair


def _two_states(earlier: list[Event], current: list[Event]) -> list[Party]:
    """The two states of the latest event told between the parties of two states ("تبادلت أرمينيا وأذربيجان
    الاتهامات ... وكان وزيرا خارجية البلدين قد اتفقا")."""
    for event in sorted(current, key=lambda e: -e.trigger_start) + earlier[::-1]:
        if not event.actor or not event.target:
            continue
        states = unique_by_name([s for p in event.actor + event.target if (s := state_of(p)) is not None])
        if len(states) == 2:
            return states
    return []


def _two_sides(earlier: list[Event], current: list[Event], acts: frozenset[str] = _DYAD_ACTS) -> list[Party]:
    """The two sides of the story: those of the latest fight, truce or concession (or other ``acts``) between
    exactly two parties told before (none when that is not clear)."""
    latest_first = sorted(current, key=lambda e: -e.trigger_start) + earlier[::-1]
    for event in latest_first:
        if event.type not in acts or not event.actor or not event.target:
            continue
        if any(p.entity_id in NOT_SIDES for p in event.actor + event.target):
            continue  # a strike on civilians is no fight between the story's two sides
        parties = unique_by_name(event.actor + event.target)
        if len(parties) == 2:
            return parties
        break
    return main_dyad(earlier + list(current))  # else the pair most often set against each other so far


def unique_by_name(parties: list[Party]) -> list[Party]:
    seen: set[str] = set()
    out = []
    for p in parties:
        if p.name not in seen:
            seen.add(p.name)
            out.append(p)
    return out
