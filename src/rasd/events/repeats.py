"""One event told more than once: a report repeated in the next sentences, a meeting told per party met,
two words of one event in a sentence. The coder codes each report; these functions fold them together."""

from __future__ import annotations

from dataclasses import replace

from rasd.doc import Event, Party, Place, Token
from rasd.entities.kb import KnowledgeBase
from rasd.events.arabic_words import definite
from rasd.events.triggers import SPEECH_ACTS, TriggerMatch
from rasd.events.word_kinds import non_event_words, word_kinds
from rasd.text.normalize import match_key

__all__ = ["completed", "drop_unattributed_repeats", "fold_casualties", "fold_placeless", "fold_tolls", "merge_repeats",
           "met_before", "per_party_met"]

_REPEAT_REACH = 2  # sentences back in which a report of the same event is looked for
_BROAD_PLACES = frozenset({"country", "state", "admin1"})
_VICTIM_GROUPS = frozenset({"grp:civilians", "grp:protesters", "grp:migrants"})


def merge_repeats(events: list[Event]) -> list[Event]:
    """News tells an event, then tells it again in the next sentence or two with more detail ("وصل الوزير
    إلى طرابلس ... وبحسب الأناضول فإن زيارة الوفد ...", "غارة جوية استهدفت سوقا ... واعترف الجيش بتنفيذ
    الغارة"): same type and mode, the same actor (or none before), agreeing parties, places and dates. The
    first report stays, completed by the later one; an actorless first report gives way to the attributed
    one."""
    kept: list[Event] = []
    for event in events:
        earlier = next((e for e in reversed(kept) if 0 < event.sentence - e.sentence <= _REPEAT_REACH
                        and _same_event(e, event)), None)
        if earlier is None:
            kept.append(event)
        elif not earlier.actor:
            kept[kept.index(earlier)] = completed(event, earlier)
        else:
            kept[kept.index(earlier)] = completed(earlier, event)
    return kept


def _same_event(first: Event, later: Event) -> bool:
    if first.type != later.type or (first.mode and later.mode and not _modes_agree(first.mode, later.mode)):
        return False
    if first.actor and not (_same_parties(first.actor, later.actor) or _one_of_joint(first, later.actor)):
        return False
    if not later.actor:
        return False
    targets = {p.name for p in first.target}, {p.name for p in later.target}
    if first.type in SPEECH_ACTS and (targets[0] != targets[1] or not _points_back(later.evidence)):
        # A spokesman denying something else after his government's denial says a second thing; "هذه
        # الأنباء عارية عن الصحة" after "نفى ... الأنباء" says the same again.
        return False
    if all(targets) and not targets[0] & targets[1]:
        return False
    if later.date is not None and first.date is not None and later.date != first.date:
        return False
    return _places_agree(first.locations, later.locations)


# Modes that name one act through different verbs: reaching an agreement and accepting it (التوصل لاتفاق،
# وافقا على العمل المشترك) are the same agreement.
_SAME_ACT_MODES = (frozenset({"agreement", "accept", "deal", "sign"}),)


def _modes_agree(first: str, later: str) -> bool:
    return first == later or any(first in group and later in group for group in _SAME_ACT_MODES)


def _same_parties(first: list[Party], later: list[Party]) -> bool:
    """The same parties, a person standing for the body or state he speaks for ("وصل وزير الدفاع التركي"
    then "زيارة الوفد التركي"; a spokesman's denial after his army's)."""
    if {p.name for p in first} == {p.name for p in later}:
        return True
    if len(first) != 1 or len(later) != 1:
        return False
    return _speaks_for(first[0], later[0]) or _speaks_for(later[0], first[0])


# Acts that two sides do together: "أعلنت تركيا وروسيا التوصل لاتفاق" then "قال الوزير إن الرئيسين وافقا" or
# "أردوغان وافق" tells the same agreement through one of them.
_MUTUAL_ACTS = frozenset({"AGREE", "CONSULT", "COOPERATE"})


def _one_of_joint(first: Event, later: list[Party]) -> bool:
    """Whether ``later`` is one side (or speaks for one side) of a mutual act ``first`` coded for several."""
    if first.type not in _MUTUAL_ACTS or len(first.actor) < 2 or len(later) != 1:
        return False
    return any(_same_parties([side], later) for side in first.actor)


def _speaks_for(person: Party, body: Party) -> bool:
    if person.kind != "person" or body.kind == "person":
        return False
    kb = KnowledgeBase.load()
    if person.entity_id and person.entity_id in kb:
        affiliation = kb.get(person.entity_id).affiliation
        if affiliation is not None and affiliation == body.entity_id:
            return True
    return body.kind == "state" and person.country is not None and person.country == body.country


def _points_back(text: str) -> bool:
    words = non_event_words()
    return any(words.get(match_key(w)) == "demonstrative" for w in text.split())


def _places_agree(first: list[Place], later: list[Place]) -> bool:
    if not first or not later or {p.name for p in first} & {p.name for p in later}:
        return True
    return any(p.precision in _BROAD_PLACES for p in first + later)


def fold_tolls(events: list[Event]) -> list[Event]:
    """A toll told of "the clashes" or "the raids" with no party named ("قتل سبعة من عناصر القوات في الاشتباكات التي
    رافقت اقتحام المجمع"، "182 قتيلا في حصيلة أولية للغارات") counts an attack the article told before with its
    parties, not a new one: its dead and wounded go to the latest such attack."""
    kept: list[Event] = []
    for event in events:
        if event.type == "ASSAULT" and not event.actor and not event.target and definite(
                match_key((event.trigger or "").split(" ", 1)[0])):
            attack = next((e for e in reversed(kept) if e.type == "ASSAULT" and e.actor), None)
            if attack is not None:
                completed(attack, event, retold=False)
                continue
        kept.append(event)
    return kept


def completed(kept: Event, other: Event, retold: bool = True) -> Event:
    """``kept`` with the target, places, date and counts it lacks taken from ``other`` (``retold``: a report in
    another sentence)."""
    kept.target = kept.target or other.target
    if retold and kept.status == "claimed" and other.status == "asserted":
        # The outlet tells it as fact in one of the reports ("أعلنت مصادر سقوط قتلى بمعارك" then "سقطوا في
        # الاشتباكات مع ..."): the source's word was not all there is.
        kept.status = "asserted"
    kept.locations = kept.locations or other.locations
    if kept.date is None and other.date is not None:
        kept.date, kept.date_text, kept.date_precision = other.date, other.date_text, other.date_precision
    kept.fatalities = kept.fatalities if kept.fatalities is not None else other.fatalities
    kept.wounded = kept.wounded if kept.wounded is not None else other.wounded
    return kept


def met_before(tokens: list[Token], trig: TriggerMatch, earlier: list[Event], index: int) -> list[Event]:
    """The meeting (one event per party met) told in the sentences before that a consultation by
    "المجتمعون" (its subject, just before or after the verb) retells."""
    if trig.type != "CONSULT":
        return []
    near = [tokens[i] for i in (trig.start - 1, trig.end) if 0 <= i < len(tokens)]
    if not any("participants" in word_kinds(t) for t in near):
        return []
    last = next((e for e in reversed(earlier) if e.type == "CONSULT" and e.actor
                 and 0 < index - e.sentence <= _REPEAT_REACH), None)
    if last is None:
        return []
    return [e for e in earlier if e.type == "CONSULT" and e.sentence == last.sentence and e.actor == last.actor]


def _separate_parties(parties: list[Party]) -> bool:
    """People, or bodies of different countries; a state and its government ("ليبيا", "الحكومة الليبية")
    are one side met."""
    countries = [p.country for p in parties]
    return all(p.kind == "person" for p in parties) or (None not in countries and len(set(countries)) == len(parties))


def per_party_met(events: list[Event]) -> list[Event]:
    """A meeting with several parties met ("التقى بوزير الدفاع ... وأمين مجلس الأمن ...") is one meeting
    with each of them, as event data counts dyads; sides that meet each other stay one event."""
    out: list[Event] = []
    for event in events:
        names = {p.name for p in event.actor}
        if (event.type != "CONSULT" or len(event.target) < 2 or names & {p.name for p in event.target}
                or not _separate_parties(event.target)):
            out.append(event)
            continue
        out.extend(replace(event, target=[party]) for party in event.target)
    return out


def fold_casualties(events: list[Event]) -> list[Event]:
    """A killing told with the attack that caused it ("بمقتل سبعة مدنيين جراء القصف التركي", "قتل 5 في غارة
    شنتها ..."): one attack, whose doer is the attack word's and whose victims and toll are the killing's.
    (A killing told after its attack is skipped when coded; this folds one told before.)"""
    attacks = [e for e in events if e.type == "ASSAULT" and e.mode != "killing" and e.actor]
    if not attacks:
        # "فضت القوات الاعتصام، ما أسفر عن مقتل 30": the dispersers killed; the killed never kill.
        force = next((e for e in events if e.type == "COERCE" and e.actor), None)
        for event in events:
            if (force is not None and event.type == "ASSAULT" and event.mode == "killing"
                    and all(p.entity_id in _VICTIM_GROUPS for p in event.actor)):
                event.target = event.target or event.actor
                event.actor = list(force.actor)
        return events
    kept: list[Event] = []
    for event in events:
        if event.type == "ASSAULT" and event.mode == "killing":
            attack = next((a for a in attacks if a.trigger_start > event.trigger_start), attacks[0])
            attack.target = attack.target or [p for p in event.target if p not in attack.actor]
            completed(attack, event, retold=False)
            continue
        kept.append(event)
    return kept


def fold_placeless(events: list[Event]) -> list[Event]:
    """Two words of one type for one actor in a sentence, one of them with no place ("استمرار تحشيد قوات
    الوفاق، وجلب المزيد من المرتزقة ... عبر مصراتة"), tell one event: the first word's reading (its status,
    its attribution) stays, completed by the place and parties of the other."""
    kept: list[Event] = []
    for event in events:
        names = {p.name for p in event.actor}
        other = next((e for e in kept if e.type == event.type and names and {p.name for p in e.actor} == names
                      and (not e.locations or not event.locations)), None)
        if other is None:
            kept.append(event)
        else:
            completed(other, event, retold=False)
    return kept


def drop_unattributed_repeats(events: list[Event]) -> list[Event]:
    """A second word of a type already coded in the sentence with a party ("نفت ... ووصفت الاتهامات
    بأنها عارية عن الصحة") adds nothing when no party of its own is found: it is the same event."""
    attributed = {e.type for e in events if e.actor}
    return [e for e in events if e.actor or e.type not in attributed]
