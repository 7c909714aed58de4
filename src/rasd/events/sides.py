"""The other side: a hostile act whose sentence names no target is aimed at the actor's adversary in the
article ("وشنت الطائرات الإسرائيلية غارات جديدة" in a report of Israel fighting Islamic Jihad), and a denial
or refusal answers that adversary ("ورفضت الجبهة وقف إطلاق النار"). An armed group that fights in its own
country with no adversary named fights that country's state ("سيطرت حركة طالبان على مدينة قندهار"). A force
shares the adversaries of the state it belongs to; condemning "the attack" is aimed at the attacker the article
is about; a visit abroad with no host named is with the state visited."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from rasd.doc import Event, Party
from rasd.entities.kb import KnowledgeBase
from rasd.events.arabic_words import DENOUNCING
from rasd.events.splits import CHARGE_WORDS
from rasd.text.normalize import match_key

__all__ = ["NOT_SIDES", "fill_other_side", "main_dyad", "state_of", "state_party"]

# Acts that have an adversary: who is attacked, coerced, accused, threatened or sanctioned.
_HOSTILE = frozenset({"ASSAULT", "COERCE", "ACCUSE", "THREATEN", "SANCTION"})
_ANSWERS = frozenset({"REJECT"})
_ARMED = frozenset({"ASSAULT", "COERCE"})  # aimed at the adversary too, but no evidence of who the adversaries are
_INSURGENT_KINDS = frozenset({"armed_group"})
# Groups that suffer acts but are no side of the conflict (their attackers have other adversaries).
NOT_SIDES = frozenset({"grp:civilians", "grp:migrants", "grp:protesters"})
# A mobilisation "to face" a party sets the two against each other ("عززت دفاعاتها لمواجهة أي محاولات من ...");
# one "in support of" another does not
_FACING = re.compile(r"(^| )(ل|و)?(مواجهه|التصدي|لصد|صد|ضد) ")


def _key(party: Party) -> str:
    return party.entity_id or party.name


def _opposed(events: list[Event]) -> Iterator[tuple[Party, Party]]:
    """(actor, target) of each hostile event or mobilisation to face someone, sides only: no party against
    itself, no civilians."""
    for event in events:
        if event.type not in _HOSTILE and not (event.type == "MOBILIZE" and _FACING.search(match_key(event.evidence))):
            continue
        for a in event.actor:
            for t in event.target:
                ka, kt = _key(a), _key(t)
                if ka != kt and ka not in NOT_SIDES and kt not in NOT_SIDES:
                    yield a, t


def _adversaries(events: list[Event]) -> dict[str, Counter[str]]:
    """For each party, how often the article's hostile events set it against each other party."""
    against: dict[str, Counter[str]] = {}
    for a, t in _opposed(events):
        ka, kt = _key(a), _key(t)
        against.setdefault(ka, Counter())[kt] += 1
        against.setdefault(kt, Counter())[ka] += 1
    # Two parties that both attack in the article and are not yet known to be at war with anyone fight
    # each other ("قصفت طائرات الاحتلال ..." and "واصلت سرايا القدس إطلاق رشقات صاروخية").
    fighters = {_key(a) for e in events if e.type in _ARMED for a in e.actor} - NOT_SIDES
    if len(fighters) == 2 and not any(k in against for k in fighters):
        first, second = sorted(fighters)
        against[first] = Counter({second: 1})
        against[second] = Counter({first: 1})
    return against


def fill_other_side(events: list[Event]) -> list[Event]:
    """Give a hostile act or a denial with an actor and no target the actor's clear adversary in the
    article: the party most often opposed to it there, when no other party is opposed to it as often."""
    _blame_the_doer(events)
    _what_protesters_demand(events)
    _protest_against_the_doer(events)
    _parties_of_the_deal(events)
    _aimed_at_earlier_doers(events)
    _visited_state(events)
    _embassy_host(events)
    # twice: a state found on the first pass to be fighting an armed group in its own country ("هاجم مسلحو
    # بوكو حرام قاعدة عسكرية") is the adversary that the state's denial or threat answers on the second
    for _ in range(2):
        _fill_from_adversaries(events)
    _answers_the_claim(events)
    _release_from_captor(events)
    _calls_on_the_sides(events)
    _calls_for_inquiry(events)
    return events


def _calls_for_inquiry(events: list[Event]) -> None:
    """A call for an inquiry that names no one ("ودعت فرنسا إلى إجراء تحقيق مستقل في الأحداث") is made to the
    state where the article's events took place, when the caller is not that state."""
    countries = Counter(place.country for e in events for place in e.locations if place.country)
    if not countries:
        return
    state = state_party(countries.most_common(1)[0][0])
    if state is None:
        return
    for event in events:
        if event.type != "REQUEST" or event.target or not event.actor or "تحقيق" not in match_key(event.evidence):
            continue
        if state.entity_id not in _own_side(event.actor) and all(a.country != state.country for a in event.actor):
            event.target = [state]


# What a call to the fighting sides asks for: a stop to the fighting, restraint, calm.
_RESTRAINT = re.compile(r"وقف (اطلاق النار|القتال|الاشتباكات|المعارك|الاعمال العدائيه|فوري)|ضبط النفس|التهدئه"
                        r"|خفض التصعيد|تجنب التصعيد")


def _calls_on_the_sides(events: list[Event]) -> None:
    """A call for a ceasefire or restraint that names no one ("ودعت البعثة إلى وقف فوري للاشتباكات") is made to
    the two sides the article sets against each other (neither of them the caller)."""
    sides: list[Party] | None = None
    for event in events:
        if event.type != "REQUEST" or event.target or not event.actor:
            continue
        if not _RESTRAINT.search(match_key(event.evidence)):
            continue
        sides = main_dyad(events) if sides is None else sides
        own = _own_side(event.actor)
        if len(sides) == 2 and not own & _own_side(sides):
            event.target = list(sides)


def _answers_the_claim(events: list[Event]) -> None:
    """A denial still aimed at no one answers the latest claim told before it by another side ("زعم حزب الله
    تدمير آلية ... ونفى الناطق باسم الجيش الإسرائيلي وقوع إصابات")."""
    for i, event in enumerate(events):
        if event.type not in _ANSWERS or event.target or not event.actor:
            continue
        own = _own_side(event.actor)
        claim = next((e for e in reversed(events[:i]) if e.status == "claimed" and e.actor
                      and not own & _own_side(e.actor)), None)
        if claim is not None:
            event.target = list(claim.actor)


def _fill_from_adversaries(events: list[Event]) -> None:
    against = _adversaries(events)
    parties = {_key(p): p for e in events for p in (*e.actor, *e.target)}
    for event in events:
        if event.type not in _HOSTILE | _ANSWERS or event.target or not event.actor:
            continue
        # a force or an official shares the adversaries of the state it belongs to (قوات الدفاع الكينية and
        # Kenya): the article may tell the fighting with one and the denial with the other
        own = _own_side(event.actor)
        votes: Counter[str] = Counter()
        for k in own:
            votes.update(against.get(k, Counter()))
        for k in own:
            votes.pop(k, None)
        ranked = votes.most_common(2)
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            event.target = [parties[ranked[0][0]]]
        elif ranked and event.type == "THREATEN":
            # a warning that names no one ("حذر الجيش من أي تقدم نحو المدينة") is aimed at the foe the article
            # introduced first when two are fought as often; for attacks and denials a guess did worse than none
            top = ranked[0][1]
            event.target = [next(parties[k] for k in parties if votes.get(k) == top)]
        elif event.type == "ASSAULT" and not votes:
            event.target = _home_state(event)


def _blame_the_doer(events: list[Event]) -> None:
    """A condemnation of an attack on civilians or protesters ("دانت الهجوم على المعتصمين") is aimed at
    whoever attacked them, as told before or in the same sentence; never at the victims."""
    for i, event in enumerate(events):
        if event.type != "ACCUSE" or not event.target or any(_key(t) not in NOT_SIDES for t in event.target):
            continue
        victims = {_key(t) for t in event.target}
        doer = next((e for e in reversed(events[:i + 1]) if e.type in ("ASSAULT", "COERCE") and e.actor
                     and victims & {_key(t) for t in e.target}
                     and not {_key(a) for a in e.actor} & {_key(a) for a in event.actor}), None)
        event.target = list(doer.actor) if doer is not None else []


# What a call for a release asks: "الإفراج عن", "إطلاق سراح" (match keys).
_RELEASE = re.compile(r"(^| )[وب]?(الافراج|افراج|اطلاق سراح)")


def _release_from_captor(events: list[Event]) -> None:
    """A call for a release that names no one ("ودعت يونيسف إلى الإفراج الفوري عن التلميذات") is made to whoever
    took them: the actor of the latest seizure, arrest or abduction told before it or in its sentence, when that
    is not the caller."""
    for i, event in enumerate(events):
        if event.type != "REQUEST" or event.target or not event.actor or not _RELEASE.search(
                match_key(event.evidence)):
            continue
        own = _own_side(event.actor)
        captor = next((e for e in reversed(events[:i + 1]) if e.type == "COERCE" and e.actor
                       and not own & _own_side(e.actor)), None)
        if captor is not None:
            event.target = list(captor.actor)


def _what_protesters_demand(events: list[Event]) -> None:
    """A protest is aimed at whom its crowd makes demands of in the same sentence ("خرج المئات في مسيرة
    احتجاجية، مطالبين الحكومة بتوفير الحماية")."""
    for event in events:
        if event.type != "PROTEST" or event.target or not event.actor:
            continue
        crowd = {_key(a) for a in event.actor}
        demand = next((e for e in events if e.type == "REQUEST" and e.sentence == event.sentence and e.target
                       and crowd & {_key(a) for a in e.actor}), None)
        if demand is not None:
            event.target = list(demand.target)


def _protest_against_the_doer(events: list[Event]) -> None:
    """A protest that denounces an attack or mourns its dead ("خرج الآلاف في مسيرة تنديدا بالهجوم"، "إضراب
    حدادا على الشهداء") is aimed at the attacker the article tells last before it (not a crowd, not the
    protesters' own side)."""
    for i, event in enumerate(events):
        if event.type != "PROTEST" or event.target or not event.actor or DENOUNCING.isdisjoint(
                match_key(event.evidence).split()):
            continue
        own = _own_side(event.actor)
        doer = next((e for e in reversed(events[:i]) if e.type == "ASSAULT" and e.actor
                     and not own & _own_side(e.actor) and all(_key(a) not in NOT_SIDES for a in e.actor)), None)
        if doer is not None:
            event.target = list(doer.actor)


_DEAL_WORDS = ("اتفاق", "هدنه", "وقف اطلاق النار", "صفقه", "تهدئه")
_ABOUT_DEALS = frozenset({"SUPPORT", "REJECT"})


def _parties_of_the_deal(events: list[Event]) -> None:
    """Welcoming or rejecting "the agreement" ("رحب غوتيريش بالاتفاق") is aimed at its parties: those of the
    latest agreement told before."""
    for i, event in enumerate(events):
        if event.type not in _ABOUT_DEALS or event.target or not event.actor:
            continue
        said = match_key(event.evidence)
        words = [w for w in _DEAL_WORDS if w in said]
        if not words:
            continue
        # the latest deal told with the same word ("بالاتفاق": not a joint declaration told since)
        deals = [e for e in reversed(events[:i]) if e.type == "AGREE" and e.actor]
        deal = next((e for e in deals if any(w in match_key(e.evidence) for w in words)), deals[0] if deals else None)
        if deal is not None:
            actors = {_key(a) for a in event.actor}
            event.target = [p for p in _unique([*deal.actor, *deal.target]) if _key(p) not in actors]


# Acts aimed back at the doers of an earlier event that the sentence names only by a word: denying "these
# accusations" answers the latest accuser; a threat or call against "منفذي الهجوم" (the perpetrators of the
# attack) is aimed at the latest attacker; condemning "the attack" (دانت الهجوم، أدان التفجير) with no doer
# named is aimed at the attacker the article is about: the one it tells attacking most often, the first of equals.
# (acts, words naming the earlier event, its type, whether the latest such event is meant, else the main doer)
_PERPETRATORS = re.compile(r"(منفذ|مرتكب|المسوولين عن)\S* (ال)?(هجوم|هجمات|تفجير|مجزره|اعتداء|عمليه)")
_THE_ATTACK = re.compile(r"(?<!\w)[وب]?(ال(هجوم|تفجير|اعتداء|مجزره)|عمليات القتل)(?!\w)")
# condemning or backing "it" (كما دانها، وأيدتها) right after the attack was told
_IT = re.compile(r"(?<!\w)[وف]?(كما )?(ا?دان|ندد ب|استنكر|ايد)(ت|وا)?(ها|ه|هما)(?!\w)")
_ANSWERED: tuple[tuple[frozenset[str], re.Pattern[str], str, bool], ...] = (
    (frozenset({"REJECT"}), re.compile("|".join(CHARGE_WORDS)), "ACCUSE", True),
    (frozenset({"THREATEN", "ACCUSE", "REQUEST", "COERCE"}), _PERPETRATORS, "ASSAULT", True),
    (frozenset({"ACCUSE"}), _THE_ATTACK, "ASSAULT", False),
    (frozenset({"ACCUSE", "SUPPORT"}), _IT, "ASSAULT", False),
)


def _aimed_at_earlier_doers(events: list[Event]) -> None:
    """Give an act with no target that names an earlier event by a word the doers of that event told before
    ("ونفت الخارجية القطرية هذه الاتهامات", "توعد الرئيس بملاحقة منفذي الهجوم", "ودانت البعثة الهجوم")."""
    main_doers: list[Party] = []  # "the attack" is one attack: a second condemnation ("كما أدانت") names it too
    for i, event in enumerate(events):
        if event.target or not event.actor:
            continue
        rule = next((r for r in _ANSWERED if event.type in r[0] and r[1].search(match_key(event.evidence))), None)
        if rule is None:
            continue
        own = _own_side(event.actor)
        before = [e for e in events[:i] if e.type == rule[2] and e.actor and not own & _own_side(e.actor)]
        if rule[3] and before:
            event.target = list(before[-1].actor)
        elif not rule[3] and (main_doers or before):
            main_doers = main_doers or list(_most_told(before).actor)
            event.target = [p for p in main_doers if not own & _own_side([p])]


def _most_told(events: list[Event]) -> Event:
    """The first event of the actor that most of ``events`` have; an armed group's first among equals (the
    attack that officials condemn is more often an armed group's than a state's)."""
    told = Counter(_key(e.actor[0]) for e in events)
    top = max(told.values())
    leading = [e for e in events if told[_key(e.actor[0])] == top]
    return next((e for e in leading if e.actor[0].kind in _INSURGENT_KINDS), leading[0])


def _own_side(parties: list[Party]) -> set[str]:
    """The parties and the bodies they belong to: a president condemning an attack is not its target's foe."""
    return {k for p in parties for k in (_key(p), _belongs_to(p)) if k}


def state_party(state_id: str | None) -> Party | None:
    """The party of a state in the knowledge base (its id is its country code), or None if there is none."""
    kb = KnowledgeBase.load()
    if state_id is None or state_id not in kb or kb.get(state_id).kind != "state":
        return None
    state = kb.get(state_id)
    return Party(state.name, state.country, state.kind, None, state.id)


def state_of(party: Party) -> Party | None:
    """The state a party belongs to in the knowledge base (its own entry when it is a state), or None."""
    return state_party(party.entity_id if party.kind == "state" else _belongs_to(party))


def _belongs_to(party: Party) -> str | None:
    """The body (a state, a government) the knowledge base says a party belongs to."""
    kb = KnowledgeBase.load()
    if party.entity_id is None or party.entity_id not in kb:
        return None
    return kb.get(party.entity_id).affiliation


def _visited_state(events: list[Event]) -> None:
    """A visit abroad with no host named ("زار لعمامرة تونس", "وصل أمير الكويت إلى جدة") is with the states
    visited ("يزور مبيكي الخرطوم وجوبا": both), when no visitor is of one of their countries."""
    for event in events:
        if event.type != "CONSULT" or event.mode != "visit" or event.target or not event.actor:
            continue
        if "ستقبل" in match_key(event.trigger or ""):
            continue  # استقبل، يستقبل: the host receives at home
        countries = list(dict.fromkeys(place.country for place in event.locations if place.country))
        states = [state for country in countries if (state := state_party(country)) is not None]
        if not states or len(states) < len(countries) or any(
                a.country in countries or _belongs_to(a) in countries for a in event.actor):
            continue
        event.target = states


def _embassy_host(events: list[Event]) -> None:
    """An embassy opened, reopened or closed in a country ("استئناف عمل السفارة الروسية في ليبيا") deals with
    that country's state: the one country of its places, when it is not the actor's own."""
    for event in events:
        if event.mode != "embassy" or not event.actor or any(_key(t) not in _own_side(event.actor)
                                                             for t in event.target):
            continue
        countries = {place.country for place in event.locations if place.country}
        state = state_party(countries.pop()) if len(countries) == 1 else None
        if state is not None and state.entity_id not in _own_side(event.actor) and all(
                a.country != state.country for a in event.actor):
            event.target = [state]


def _unique(parties: list[Party]) -> list[Party]:
    seen: set[str] = set()
    out = []
    for p in parties:
        if _key(p) not in seen:
            seen.add(_key(p))
            out.append(p)
    return out


def _home_state(event: Event) -> list[Party]:
    """The state an armed group fights when it acts in its own country, or a group of no one country (تنظيم
    الدولة الإسلامية) anywhere, and no adversary is known."""
    if len(event.actor) != 1 or event.actor[0].kind not in _INSURGENT_KINDS:
        return []
    where = {place.country for place in event.locations if place.country}
    country = event.actor[0].country or (where.pop() if len(where) == 1 else None)
    if country is None or not any(place.country == country for place in event.locations):
        return []
    state = state_party(country)
    return [state] if state is not None else []


def main_dyad(events: list[Event]) -> list[Party]:
    """The two parties most often set against each other in ``events`` (none when no pair leads)."""
    pairs: Counter[tuple[str, str]] = Counter()
    parties: dict[str, Party] = {}
    for a, t in _opposed(events):
        ka, kt = _key(a), _key(t)
        pairs[(min(ka, kt), max(ka, kt))] += 1
        parties[ka], parties[kt] = a, t
    ranked = pairs.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return []
    first, second = ranked[0][0]
    return [parties[first], parties[second]]
