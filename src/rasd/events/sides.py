"""The other side: a hostile act whose sentence names no target is aimed at the actor's adversary in the
article ("وشنت الطائرات الإسرائيلية غارات جديدة" in a report of Israel fighting Islamic Jihad)."""

from __future__ import annotations

from collections import Counter

from rasd.doc import Event, Party

__all__ = ["fill_other_side"]

# Acts that have an adversary: who is attacked, coerced, accused, threatened or sanctioned.
_HOSTILE = frozenset({"ASSAULT", "COERCE", "ACCUSE", "THREATEN", "SANCTION"})
# Groups that suffer acts but are no side of the conflict (their attackers have other adversaries).
_NOT_SIDES = frozenset({"grp:civilians", "grp:migrants", "grp:protesters"})


def _key(party: Party) -> str:
    return party.entity_id or party.name


def _adversaries(events: list[Event]) -> dict[str, Counter[str]]:
    """For each party, how often the article's hostile events set it against each other party."""
    against: dict[str, Counter[str]] = {}
    for event in events:
        if event.type not in _HOSTILE:
            continue
        for a in event.actor:
            for t in event.target:
                ka, kt = _key(a), _key(t)
                if ka == kt or ka in _NOT_SIDES or kt in _NOT_SIDES:
                    continue
                against.setdefault(ka, Counter())[kt] += 1
                against.setdefault(kt, Counter())[ka] += 1
    return against


def fill_other_side(events: list[Event]) -> list[Event]:
    """Give a hostile event with an actor and no target the actor's clear adversary in the article: the
    party most often opposed to it there, when no other party is opposed to it as often."""
    against = _adversaries(events)
    parties = {_key(p): p for e in events for p in (*e.actor, *e.target)}
    for event in events:
        if event.type not in _HOSTILE or event.target or not event.actor:
            continue
        votes: Counter[str] = Counter()
        for a in event.actor:
            votes.update(against.get(_key(a), Counter()))
        for a in event.actor:
            votes.pop(_key(a), None)
        ranked = votes.most_common(2)
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            event.target = [parties[ranked[0][0]]]
    return events
