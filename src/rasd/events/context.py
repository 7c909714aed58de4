"""What the article supplies when a sentence omits it: where a physical event happened.

News tells the place once ("اقتحم مسلحون قاعدة عسكرية قرب بلدة العدي") and goes on without it ("وقتلوا
أكثر من 60 جنديا", "وانسحب المهاجمون مساء"). An attack, arrest, protest, deployment or withdrawal whose
sentence names no place happened where the article's last such event did, or else in the town or city the
article opens with (its dateline or lede)."""

from __future__ import annotations

from functools import cache

from rasd.doc import Event, Place
from rasd.entities.kb import KnowledgeBase
from rasd.text.normalize import match_key

__all__ = ["carry_places", "seat_places"]

# Events that happen somewhere on the ground; statements, calls and meetings are placed only by their text.
_PHYSICAL = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "RETREAT"})
# Places precise enough to stand for where something happened (a country or province is not).
_PRECISE = frozenset({"city", "town", "village", "place", "camp", "base", "airport", "port", "crossing",
                      "field", "district", "neighbourhood", "facility"})


def carry_places(events: list[Event], lede: Place | None) -> list[Event]:
    """Give physical events with no place the place of the last physical event before them that has a
    precise one, else ``lede``."""
    last: list[Place] = []
    # A dateline abroad ("باريس -" over a report on Mali) is where the news was filed, not where it happened.
    countries = {p.country for e in events if e.type in _PHYSICAL for p in e.locations if p.country}
    if lede is not None and countries and lede.country not in countries:
        lede = None
    for event in events:
        if event.type not in _PHYSICAL:
            continue
        if event.locations:
            # "في بلدة العدي بإقليم جدو": the town, not the province, is where what follows happened too
            last = [p for p in event.locations if _precise(p)] or last
            continue
        if last:
            event.locations = [_copy(p) for p in last]
        elif lede is not None:
            event.locations = [_copy(lede)]
    return events


def _precise(place: Place) -> bool:
    # a name the knowledge base lacks is a small place (a village, a base), as precise as a town
    return (place.precision or "") in _PRECISE or (place.precision is None and place.lat is None)


def _copy(place: Place) -> Place:
    # The relative description ("جنوب غرب مدينة سرت") belonged to the sentence that said it.
    return Place(place.name, place.lat, place.lon, place.country, place.precision, None, place.entity_id)


_SEAT = match_key("مقر")  # "زار مقر وزارة الخارجية الروسية": the headquarters of a state's body


@cache
def _capitals() -> dict[str, Place]:
    kb = KnowledgeBase.load()
    return {e.capital_of: Place(e.name, e.lat, e.lon, e.country, e.precision, None, e.id)
            for e in kb.entries() if e.capital_of and e.lat is not None}


def seat_places(events: list[Event]) -> list[Event]:
    """A visit or meeting at the headquarters of a state's body that names no place ("يزور حفتر مقر وزارة الخارجية
    الروسية، حيث سيلتقي بوغدانوف") is held in that state's capital: the state of the one met."""
    for event in events:
        if event.type != "CONSULT" or event.locations or _SEAT not in match_key(event.evidence).split():
            continue
        countries = {t.country for t in event.target if t.country}
        if len(countries) == 1 and (capital := _capitals().get(countries.pop())) is not None:
            event.locations = [capital]
    return events
