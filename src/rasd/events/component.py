"""The events component: PLOVER events from triggers, arguments, status, date and counts."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache
from importlib.resources import files

from rasd.doc import Article, Entity, Event, Mention, Party, Place, Sentence, Token
from rasd.entities.kb import KnowledgeBase
from rasd.events.arabic_words import COMMAS, DENOUNCING, HARD_STOPS, LABEL_MARKS, QUOTES, word_list
from rasd.events.arguments import (
    DUAL_KINDS,
    Arguments,
    Slot,
    clause_subject,
    facility_word,
    find_arguments,
    is_place,
    titled,
)
from rasd.events.context import carry_places, seat_places
from rasd.events.counts import Counts, find_counts
from rasd.events.dates import DateMention, resolve_event_date
from rasd.events.not_events import (
    ADJUNCT_TYPES,
    OBJECT_PRONOUNS,
    aim_of_plan,
    answered,
    characterised,
    describes_noun,
    gives_reason,
    habitual,
    in_past_clause,
    is_adjunct,
    is_drone,
    is_history,
    is_purpose,
    labelled_background,
    not_an_event,
    predicated,
    relative_on,
    stipulated,
    the_deal_again,
    with_prefix,
)
from rasd.events.pairs import CALL_COMPLEMENTS, MEETINGS, PAIR_KINDS, sides_of, unique_by_name
from rasd.events.parties import as_party, is_known, speaks_for
from rasd.events.repeats import (
    completed,
    drop_unattributed_repeats,
    fold_casualties,
    fold_placeless,
    fold_tolls,
    merge_repeats,
    met_before,
    per_party_met,
)
from rasd.events.sides import fill_other_side, state_party
from rasd.events.speakers import continues_quote, find_speakers
from rasd.events.splits import charge_by, each_on_its_own, then_places
from rasd.events.status import (
    CueEntry,
    StatusReading,
    clause_bounds,
    find_cues,
    opening_colon,
    read_status,
)
from rasd.events.subjects import (
    CALL_TYPES,
    circumstance_subject,
    circumstantial,
    conjoined_verb,
    continues_clause,
    dropped_subject,
    expected_subject,
    own_act_after,
    previous_subject,
    shared_subject,
    urged_object,
)
from rasd.events.topic import is_sports_report
from rasd.events.triggers import SPEECH_ACTS, PhraseMatch, TriggerMatch, find_triggers, opens_with_verb
from rasd.events.word_kinds import word_kinds
from rasd.registry import components
from rasd.text.normalize import match_key, strip_clitics

__all__ = ["EventComponent"]

_VIOLENT = frozenset({"ASSAULT"})
_COUNTED = frozenset({"ASSAULT", "COERCE"})
_DEADLY_WEIGHT = 0.8  # an attack word this strong, with casualties, is coded even with no doer found


class _LazyCounts:
    """Casualty counts of a sentence, read only when an event that carries them is coded."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._counts: Counts | None = None

    def get(self) -> Counts:
        if self._counts is None:
            self._counts = find_counts(self._text)
        return self._counts


_VOICED = frozenset({"REQUEST", "ACCUSE"})  # not REJECT: who denies an attack is who is said to have made it


def _said_by_caller(trig: TriggerMatch, args: Arguments, actor: list[Party], coded: Iterable[Event]) -> bool:
    """Whether an attack's doer is only the subject of a call or condemnation earlier in its sentence (the
    attack is what they speak about: "دعا غوتيريش إلى محاسبة المسؤولين عن الهجوم")."""
    names = {p.name for p in actor}
    return all(s.start < trig.start for s in args.actor) and any(
        e.type in _VOICED and {p.name for p in e.actor} == names and e.trigger_start < trig.start for e in coded)


def _deadly(trig: TriggerMatch, counts: _LazyCounts) -> bool:
    """An attack that killed or wounded people is worth coding with its doer unknown (a car bomb, unknown
    gunmen): these are what conflict monitors count first, and ACLED codes them as unidentified."""
    if trig.type not in _VIOLENT or trig.weight < _DEADLY_WEIGHT:
        return False
    found = counts.get()
    return bool(found.killed or found.wounded or found.casualties or "killed" in found.vague_categories)


_CONTENT_SPAN = 8  # tokens after a speech act that hold its content
_HUMANITARIAN = frozenset({"igo", "ngo"})


_LEDE_SENTENCES = 2  # the dateline and first sentence, where an article says where it is reporting from
_LEDE_KINDS = frozenset({"city", "town", "village"})


_DATELINE_END = re.compile(r"[(\-–—:/،,]")


def _lede_place(article: Article) -> Place | None:
    """The town or city of the article's dateline ("مقديشو (وكالات) -", cut from the text as a byline), else
    the first one named in its first body sentences."""
    kb = KnowledgeBase.load()
    for removed in article.removed:
        if removed.kind != "byline" or removed.line > 1:
            continue
        name = _DATELINE_END.split(removed.text, maxsplit=1)[0].strip()
        entry = next((e for e in kb.lookup(name) if e.is_place and e.precision in _LEDE_KINDS), None) if name else None
        if entry is not None:
            return Place(entry.name, entry.lat, entry.lon, entry.country, entry.precision, None, entry.id)
    body = [s.index for s in article.sentences if not s.is_title][:_LEDE_SENTENCES]
    for m in article.mentions:
        entity = article.entities.get(m.entity_id)
        if m.sentence in body and entity is not None and (entity.precision or entity.kind) in _LEDE_KINDS:
            before = article.text[max(0, m.start - 20):m.start].split()
            if before and facility_word(match_key(before[-1])):
                continue  # "مجمع قاعات واغادوغو" in Sirte: a building's name, not the town of the lede
            return _place(entity, None)
    return None


_FORCES = frozenset({"military", "armed_group", "state"})


def _crackdowns(events: list[Event]) -> list[Event]:
    """A "protest" whose doer is a force and whose object is the protesters ("فضت قوات الدعم السريع، فجر
    أمس، اعتصام المحتجين", where the commas split the phrase of dispersal) is the force coercing them."""
    for event in events:
        if (event.type == "PROTEST" and event.actor and all(p.kind in _FORCES for p in event.actor)
                and any(p.entity_id == "grp:protesters" for p in event.target)):
            event.type, event.mode = "COERCE", "dispersal"
    return events


def _aid_to_the_place(events: list[Event], lede: Place | None) -> list[Event]:
    """Aid that names no recipient goes to the state where it arrives ("وصلت إلى مطار بنينا طائرات تحمل مساعدات
    من مصر"): Libya, when the giver is another state. Aid that names no place either goes to the state the
    article's events happen in ("وأعلنت قطر إرسال مساعدات طبية عاجلة" in a report of a bombing in Mogadishu)."""
    scene = _scene_country(events, lede)
    for event in events:
        # (so is backing that names no one: "أكد أردوغان وقوف تركيا إلى جانب أحفاد عمر المختار في ليبيا")
        if event.type not in ("AID", "SUPPORT") or event.target or not event.actor:
            continue
        country = event.locations[0].country if event.locations else scene if event.type == "AID" else None
        state = state_party(country)
        if state is not None and all(p.country != country for p in event.actor):
            event.target = [state]
    return events


def _not_their_own_target(events: list[Event]) -> list[Event]:
    """A single actor is never its own target ("قتل منفذ العملية برصاص مدني مسلح": the civilian shot, the
    attacker was hit); an exchange between several parties keeps each of them on both sides."""
    for event in events:
        if len(event.actor) == 1:
            event.target = [t for t in event.target if t.name != event.actor[0].name]
    return events


def _scene_country(events: list[Event], lede: Place | None) -> str | None:
    """The country where most of the article's placed events on the ground happened, else its lede's."""
    countries = Counter(p.country for e in events if e.type in _ON_THE_GROUND for p in e.locations[:1] if p.country)
    ranked = countries.most_common(2)
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return lede.country if lede is not None and not ranked else None


_ON_THE_GROUND = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "RETREAT", "AID"})


def _place(entity: Entity, description: str | None) -> Place:
    return Place(entity.name, entity.lat, entity.lon, entity.country, entity.precision or entity.kind,
                 description, entity.id)


def _slots(sentence: Sentence, mentions: list[Mention], entities: dict[str, Entity]) -> list[Slot]:
    starts = {t.start: i for i, t in enumerate(sentence.tokens)}
    ends = {t.end: i + 1 for i, t in enumerate(sentence.tokens)}
    slots = []
    tokens = sentence.tokens
    for m in mentions:
        if m.start in starts and m.end in ends and m.entity_id in entities:
            end = ends[m.end]
            if end < len(tokens) and tokens[end].norm == _MADE:
                continue  # "طائرات مسيرة تركية الصنع": where the weapon was made, not who used it
            slots.append(Slot(starts[m.start], end, entities[m.entity_id], m.text, m.label))
    return slots


_MADE = "الصنع"


@dataclass
class EventComponent:
    name: str = "rasd.events.v1"
    requires: tuple[str, ...] = ("sentences", "mentions", "entities")
    assigns: tuple[str, ...] = ("events",)
    min_weight: float = 0.4  # trigger words weaker than this need both an actor and a target
    # An event with no actor found needs a trigger this strong; by default none is. In news text a missing
    # doer is far more often a misreading (a bare "الجبهة" or "قوة من الشرطة", a repeat, a background
    # mention) than a report of an unknown attacker, and a party-less event is of little use to analysts.
    unattributed_weight: float = 1.0

    def __call__(self, article: Article) -> Article:
        if is_sports_report([t.norm for sentence in article.sentences for t in sentence.tokens]):
            article.events = []  # a match report's "هجوم" and "مسيرة" are no conflict events
            return article
        by_sentence: dict[int, list[Mention]] = {}
        for m in article.mentions:
            by_sentence.setdefault(m.sentence, []).append(m)
        body: list[Event] = []
        title: list[Event] = []
        last_date: tuple[int, str | None, str | None] | None = None  # (sentence, date, precision)
        previous: Slot | None = None
        for sentence in article.sentences:
            slots = _slots(sentence, by_sentence.get(sentence.index, []), article.entities)
            speakers = find_speakers(sentence, slots, previous)
            events = self._code(sentence, slots, speakers, article, body)
            if not sentence.is_title:
                last_date = _carry_dates(events, sentence.index, last_date)
            (title if sentence.is_title else body).extend(events)
            if not sentence.is_title:
                previous = speakers[-1][1] if speakers else previous if continues_quote(sentence) else None
        lede = _lede_place(article)
        body = fill_other_side(fold_tolls(merge_repeats(_crackdowns(body))))
        body = _aid_to_the_place(carry_places(body, lede), lede)
        body = _not_their_own_target(seat_places(body))
        # A headline repeats the body; keep a title event only when the body does not report its type.
        body_types = {e.type for e in body}
        article.events = body + [e for e in title if e.type not in body_types and e.actor]
        return article

    def _code(self, sentence: Sentence, slots: list[Slot], speakers: list[tuple[int, Slot]],
              article: Article, earlier: list[Event]) -> list[Event]:
        tokens = sentence.tokens
        words = [t.text for t in tokens]
        triggers = find_triggers(words)
        if not triggers or labelled_background(tokens):
            return []  # most sentences: nothing to read cues, counts or parties for
        counts = _LazyCounts(sentence.text)
        cues = find_cues(words)
        breaks = [m for m in cues if m.payload.cue == "break"]
        # An attribution set off by commas ("دعا صالح، وفقا لما أوضحه مستشاره، إيطاليا إلى ...") does
        # not end the clause of a call.
        clause_cues = [m for m in cues if m.payload.cue in ("break", "claimed")]
        # One event per type, actor and place in a sentence: several trigger words of one kind around
        # one actor ("قصف ... غارات ... ضربات") describe one thing; the strongest word names it.
        best: dict[tuple[str, ...], Event] = {}  # (type, place, *actor names) → event
        last_end = speech_end = content_end = accusation_end = -100
        verb_subjects: list[tuple[int, list[Party]]] = []  # (position, actor) of coded events, in order
        prev_type, prev_coded = "", False  # the previous trigger word and whether it became an event
        content_tokens: set[int] = set()  # tokens of trigger words read as another event's content
        trigger_tokens = {i for t in triggers for i in range(t.start, t.end)}
        called: list[TriggerMatch] = []  # protests a call in the sentence calls for
        for trig in triggers:
            # A noun right after another trigger is its complement, not a second event ("التوصل لاتفاق
            # تعاون"); so is a noun in what a call, threat, welcome or accusation is about ("دعا إلى
            # الالتزام بوقف إطلاق النار", "اتهامات ... بتقديم دعم عسكري").
            gap, speech_gap = trig.start - last_end, trig.start - speech_end
            if any(speech_end <= b.start < trig.start for b in breaks):
                speech_gap = -1  # "، فيما أعلنت الإمارات خفض تمثيلها": a new clause, not what was said before
            # A comma ends the complement: "قبل بدء الهدنة، شنت طائرات ... غارات" is a second event.
            gap = gap if all(t.norm not in COMMAS for t in tokens[max(0, last_end):trig.start]) else -1
            # ... unless it names better the same kind of event that the word before failed to code
            # ("انفجار سيارة مفخخة": a weak انفجار dropped, the car bomb is the event).
            refines = prev_type == trig.type and not prev_coded
            # A verb form after إلى/على is a verbal noun ("دعا إيطاليا إلى حث البعثة"): content like any noun.
            nominal = trig.kind != "verb" or (trig.start > 0 and tokens[trig.start - 1].norm in CALL_COMPLEMENTS)
            if trig.kind == "mwe" and trig.start > 0 and tokens[trig.start - 1].norm in COMMAS and conjoined_verb(
                    tokens, trig):
                nominal = False  # "دان الهجوم، وتعهد بشن حرب": a second verb of the clause, not what was condemned
            chained = nominal and ((0 <= gap <= 2 and not refines) or 0 <= speech_gap <= _CONTENT_SPAN
                                   or speech_end <= trig.start < content_end)
            # "طلب صالح من كونتي، خلال اجتماعهما، ...": the meeting a call was made during is an event of its own
            chained = chained and not (trig.type == "CONSULT" and trig.start > 0
                                       and tokens[trig.start - 1].norm in _DURING)
            # A relative clause on an event noun that is what a call or condemnation is about describes it
            # ("ونددت بريطانيا بالهجوم الذي استهدف مقر البعثة"): content too, not an event of the caller.
            chained = chained or relative_on(tokens, trig, content_tokens)
            last_end = trig.end
            prev_type, prev_coded = trig.type, False
            if trig.type in SPEECH_ACTS:
                speech_end = trig.end
            if trig.type == "ACCUSE" and trig.kind == "verb":
                accusation_end = trig.end
            if trig.type in CALL_TYPES:
                # What a call, threat, condemnation or denial is about runs to the end of its clause
                # ("دعت، أمس، جميع الأطراف إلى حماية المدنيين والالتزام بوقف إطلاق النار", "أدانت البعثة
                # والسفارة الهجوم").
                content_end = max(content_end, _content_end(tokens, trig.end, clause_cues))
            if chained:
                content_tokens.update(range(trig.start, trig.end))
                if trig.type == "PROTEST" and trig.start > 0 and tokens[trig.start - 1].norm in CALL_COMPLEMENTS:
                    called.append(trig)  # "دعا إلى العصيان المدني والإضراب": a protest the caller calls
            if chained or not_an_event(tokens, trig.start, trig.end, trig.kind, slots) or is_drone(trig, slots):
                continue
            if habitual(tokens, trig):
                continue  # "وتطالب بغداد أنقرة منذ سنوات بسحب قواتها": a standing position, not an event
            if stipulated(tokens, trig):
                continue  # "وينص الاتفاق على انسحاب القوات": the terms of an agreement, not events yet
            if (trig.type == "CONSULT" and trig.start > 0 and tokens[trig.start - 1].norm == "في"
                    and _coded_in_clause(words, trig, [e for e in best.values() if e.type == "CONSULT"], breaks)):
                continue  # "يزور لعمامرة تونس، في جولة مغاربية": the tour is the visit told, not another
            if characterised(tokens, trig):
                continue  # "ووصف بوتين الضربات بأنها عمل عدواني": the strikes told before, described
            if predicated(tokens, trig):
                continue  # "إن المعركة لن تكون للجيش وحده": a statement about the battle, not one
            if (gives_reason(tokens, trig) or answered(tokens, trig)) and _coded_in_clause(
                    words, trig, best.values(), breaks):
                continue  # "استدعت الحكومة سفيرها، احتجاجا على المذكرة": why the act was done, not a protest
            if is_purpose(tokens, trig) and aim_of_plan(tokens, trig):
                continue  # "مقترح أميركي لإخلاء المنطقة": the aim of a proposal, not an event
            if is_purpose(tokens, trig) and _coded_in_clause(words, trig, best.values(), breaks):
                continue  # "أرسلت قوات لإجلاء الرعايا": the aim of an event already coded is not another one
            if the_deal_again(tokens, trig):
                continue  # "شكك أردوغان في صمود الاتفاق": the agreement told before, not a new one
            if describes_noun(tokens, trig, trigger_tokens) or in_past_clause(sentence, trig, article.published):
                continue
            if is_adjunct(tokens, trig) or (with_prefix(tokens, trig) and trig.type in ADJUNCT_TYPES
                                             and _coded_in_clause(words, trig, best.values(), breaks)):
                continue  # "استعاد السيطرة على البلدة بمساندة مقاتلين": how it was done, not a second event
            if trig.mode == "killing" and any(e.type == "ASSAULT" for e in best.values()):
                continue  # "غارة ... ما أدى إلى مقتل 7": the deaths are the strike's, not a second event
            status = read_status(words, trig)
            if (status.negated and status.status != "denied") or status.hypothetical:
                continue
            if trig.kind != "verb" and trig.start > 0 and tokens[trig.start - 1].norm == _ANY:
                continue  # "سيرد بقوة على أي هجوم", "لمواجهة أي محاولات": an act that may come, none that did
            if _own_intention(words, trig, status):
                continue
            if trig.mode == "pledge" and status.status == "asserted":
                status = replace(status, status="planned")  # "تعهد الاتحاد الأوروبي بتقديم تمويل": promised
            speaker = next((sp for at, sp in reversed(speakers) if at <= trig.start), None)
            observer = _observed_at(tokens, trig)
            if observer is not None:
                speaker = None  # "قالت القوات إنها رصدت انسحاب ...": the observer did not withdraw
            own_al = match_key(trig.pattern.split()[0]).startswith("ال")
            # the reporting cues too: "، وفقا لبيان الخارجية،" is set off inside the clause, not its end
            args = find_arguments(tokens, trig.start, trig.end, trig.type, trig.kind, slots, speaker, clause_cues,
                                  own_al)
            if _dates_the_statement(tokens, trig, speaker, args):
                continue  # "وقال أردوغان في تصريحات عقب اجتماع الحكومة": the meeting dates what he said
            if observer is not None:
                args.actor = [s for s in args.actor if s.start > observer]
            if tokens[trig.start].norm in _AT_REQUEST and trig.type == "REQUEST":
                # "يعقد مجلس الأمن جلسة طارئة بطلب من فرنسا": France asked it of the Council
                asker = next((s for s in slots if s.start == trig.end and s.label != "MISC"), None)
                if asker is not None:
                    subject = clause_subject(tokens, slots, trig.start)
                    args.target = ([s for s in args.actor if s is not asker] or args.target
                                   or ([subject] if subject is not None and subject is not asker else []))
                    args.actor = [asker]
                    args.actor_is_speaker = False
            if trig.type == "PROTEST" and (denounced := _denounced_from(tokens, trig)) is not None:
                # "خرجوا في مسيرة تنديدا بالهجوم الذي تبنته حركة الشباب": the group is what they denounce
                args.target = args.target or [s for s in args.actor if s.start > denounced]
                args.actor = [s for s in args.actor if s.start < denounced]
            actor = [as_party(s.entity) for s in args.actor]
            # A name the knowledge base lacks, ties to no body and no title introduces (a romanised NER find) is no
            # party: on the scored sets such actors and targets were mostly words the tagger took for names.
            if args.actor and not any(is_known(s) or titled(tokens, s) for s in args.actor):
                # "قوات الحزام الأمني التابعة للمجلس الانتقالي الجنوبي": a force the knowledge base lacks acts
                # for the known body it belongs to
                owner = _owner(tokens, args.actor[-1], slots)
                actor = [as_party(owner.entity)] if owner is not None else []
                args.target = [s for s in args.target if s is not owner]
            args.target = [t for s in args.target
                           if (t := s if is_known(s) or titled(tokens, s) or is_place(s.entity)
                               else _owner(tokens, s, slots)) is not None]
            expected = expected_subject(tokens, trig, slots, args, cues) if args.actor_is_speaker else None
            if expected is not None:
                # "أن معيتيق سيصل موسكو، ومن المنتظر أن يلتقي مسؤولين روس": the visitor meets, not the speaker
                actor = [as_party(expected.entity)]
            elif args.actor_is_speaker and trig.type not in SPEECH_ACTS:
                # A spokesman reports his side's strikes and moves; the side is the actor.
                actor = [speaks_for(s.entity) for s in args.actor]
                if trig.type in _VIOLENT and any(_counts_tolls(tokens, s) for s in args.actor):
                    actor = []  # "قال وزير الصحة إن 21 شخصا قتلوا في الهجوم": he counts, he did not attack
            accusers = {p.name for e in best.values() if e.type == "ACCUSE" for p in e.actor}
            accused = [p for p in _accused(tokens, trig, accusation_end, slots) if p.name not in accusers]
            if accused:
                # "اتهمت المنظمة الجيش وعناصر فاغنر بإعدام مدنيين": the accused did it, to the one it names.
                names = {p.name for p in accused}
                if not args.target:
                    args.target = [s for s in args.actor if s.entity.name not in names]
                actor = accused
            if conjoined_verb(tokens, trig) or continues_clause(tokens, trig):
                met = any(e.type == "CONSULT" and e.trigger_start < trig.start for e in best.values())
                actor = shared_subject(tokens, trig, args, actor, verb_subjects, slots, met)
                actor = urged_object(tokens, trig, args, actor, slots)
            elif circumstantial(tokens, trig):
                actor = circumstance_subject(tokens, trig, args, actor, verb_subjects, speaker, slots)
            elif not actor and verb_subjects and own_act_after(tokens, trig, verb_subjects[-1][0]):
                actor = verb_subjects[-1][1]  # "سيطرت الحركة على قندهار بعد يوم من استيلائها على هرات"
            sides_target: list[Party] = []
            pair = sides_of(tokens, trig, earlier, list(best.values()))
            # (a meeting noun's sides are who it brings together: "اجتماعا يضم ممثلي الطرفين" has a host)
            # "قالت ويليامز إن الطرفين توصلا إلى اتفاق": the sides named as subject act, not the speaker
            subject_sides = args.actor_is_speaker and any(
                word_kinds(t) & PAIR_KINDS for t in tokens[max(0, trig.start - 3):trig.start])
            # "وكان وزيرا خارجية البلدين قد اتفقا ... برعاية لافروف": the two sides named right before the verb are
            # its subject, whoever else the clause names
            before_verb = trig.start - (2 if trig.start > 1 and tokens[trig.start - 1].norm == "قد" else 1)
            verb_led = trig.kind == "verb" or (trig.kind == "mwe"
                                               and opens_with_verb(trig.pattern, tokens[trig.start].text))
            subject_sides = subject_sides or (verb_led and before_verb >= 0
                                              and bool(word_kinds(tokens[before_verb]) & PAIR_KINDS))
            host = _host_of_talks(tokens, trig, slots, actor, pair) if pair and not verb_led else None
            if host is not None:
                # "عقد جولة جديدة من الحوار العسكري بين طرفي النزاع": whoever holds the talks meets both sides
                actor, sides_target = host, pair
            elif (pair and (not actor or subject_sides) and trig.type in _SIDE_ACTS
                    and not (trig.type in MEETINGS and trig.kind == "noun")):
                # "بمقتل 26 مقاتلا من الطرفين", "وصول تعزيزات للطرفين": the two sides of the story act.
                actor, sides_target = pair, (pair[::-1] if trig.type != "MOBILIZE" else [])
            elif pair and actor and trig.type == "REQUEST" and not args.target:
                sides_target = pair  # "حثت الطرفين على ضبط النفس"
            meetings = met_before(tokens, trig, earlier, sentence.index)
            if meetings:
                # "المجتمعين ناقشوا": the meeting told before, told again; it completes that report.
                retold = self._event(sentence, trig, args, actor, status, counts, article)
                for meeting in meetings:
                    completed(meeting, replace(retold, target=[], locations=[]))
                continue
            if trig.mode == "warning" and actor and all(p.kind in _HUMANITARIAN for p in actor):
                continue  # "حذر برنامج الأغذية العالمي من أن ...": an aid body warns of a danger, it threatens no one
            if trig.mode == "evacuation" and actor and all(p.kind in _HUMANITARIAN for p in actor):
                trig = replace(trig, type="AID")  # "سفينة استأجرتها منظمة الهجرة لإجلاء العمال": aid, not retreat
            if trig.type in _COUNTED and actor and _said_by_caller(trig, args, actor, best.values()):
                actor = []  # "ودان الرئيس عمليات القتل التي ارتكبها ...": who condemns or calls did not attack
            if not actor and trig.type == "CONSULT" and tokens[trig.start].norm.endswith("هما"):
                # "طلب صالح من كونتي، خلال اجتماعهما": "their meeting" is the two of the act before it
                pair_event = next((e for e in sorted(best.values(), key=lambda e: -e.trigger_start)
                                   if e.trigger_start < trig.start and len(e.actor) == 1 and len(e.target) == 1), None)
                if pair_event is not None:
                    actor, sides_target = list(pair_event.actor), list(pair_event.target)
            if not actor and dropped_subject(tokens, trig):
                actor = previous_subject(earlier, sentence.index, tokens[trig.start].norm)  # "ودعت الطرفين إلى"
            if not actor and trig.type in _default_actors():
                actor = [_default_actors()[trig.type]]  # "امتدت التظاهرات إلى مدن الجنوب"
            if not actor and trig.weight < self.unattributed_weight and not _deadly(trig, counts):
                continue
            if trig.weight < self.min_weight and not (actor and args.target and not args.actor_is_speaker):
                continue  # a weak word ("اتصال") counts only with both parties named
            place = args.places[0].entity.name if args.places else ""
            key = (trig.type, place, *(p.name for p in actor))
            if key not in best or trig.weight > best[key].confidence:
                event = self._event(sentence, trig, args, actor, status, counts, article)
                event.target = sides_target or event.target
                if trig.type == "CONSULT" and event.target and _received(tokens, trig):
                    # "وتلقى السيسي اتصالا هاتفيا من ترامب": the caller calls the one who received it
                    event.actor, event.target = event.target, event.actor
                if is_history(event, article.published):
                    continue
                if key in best and not event.target:
                    event.target = best[key].target
                best[key] = event
                for then in then_places(tokens, args, slots) if trig.type == "ASSAULT" else []:
                    # "حرر الجيش مدينة ترهونة، ثم بني وليد": a second town taken, a second event
                    base = 0 if sentence.is_title else sentence.start
                    when = resolve_event_date(sentence.text, article.published,
                                              sentence.tokens[then.start].start - base, happened=True)
                    best[(trig.type, then.entity.name, *(p.name for p in actor))] = replace(
                        event, locations=[_place(then.entity, None)], trigger_start=then.start,
                        date=when.date if when else None, date_text=when.text if when else None,
                        date_precision=when.precision if when else None)
                charge = charge_by(tokens, trig, slots) if trig.type == "REJECT" else None
                if charge is not None:
                    # "وتنفي موسكو صحة اتهامات ليبية لها": the state the adjective names accused, and is answered
                    accuser = as_party(charge.entity)
                    event.target = [accuser]
                    best[("ACCUSE", "", accuser.name)] = replace(
                        event, type="ACCUSE", mode="accuse", actor=[accuser], target=list(event.actor),
                        status="asserted", attribution=None, trigger=sentence.tokens[charge.start - 1].text,
                        trigger_start=charge.start - 1)
                mutual = {p.name for p in event.target} == {p.name for p in event.actor}  # "تبادلتا الاتهامات"
                if len(event.actor) > 1 and (args.each or each_on_its_own(trig.type, event.actor)) and not mutual:
                    # "رحبت به كل من السعودية والإمارات": two statements, one event each.
                    del best[key]
                    for party in event.actor:
                        best[(*key, party.name)] = replace(event, actor=[party])
                prev_coded = True
                if actor:
                    verb_subjects.append((trig.start, actor))
            elif not best[key].target and args.target:
                # "وصل الوزير ... في زيارة، حيث التقى نظيره": the weaker word names who was met.
                best[key].target = self._event(sentence, trig, args, actor, status, counts, article).target
        for trig in called:
            call = next((e for e in sorted(best.values(), key=lambda e: -e.trigger_start)
                         if e.type == "REQUEST" and e.actor and e.trigger_start < trig.start), None)
            if call is not None and ("PROTEST", "", *(p.name for p in call.actor)) not in best:
                best[("PROTEST", "", *(p.name for p in call.actor))] = replace(
                    call, type="PROTEST", mode=trig.mode or None, status="planned", attribution=None,
                    trigger=" ".join(t.text for t in tokens[trig.start:trig.end]), trigger_start=trig.start,
                    date=None, date_text=None, date_precision=None)
        coded = fold_placeless(fold_casualties(sorted(best.values(), key=lambda e: e.trigger_start)))
        return per_party_met(drop_unattributed_repeats(coded))

    def _event(self, sentence: Sentence, trig: TriggerMatch, args: Arguments, actor: list[Party],
               status: StatusReading, lazy_counts: _LazyCounts, article: Article) -> Event:
        counts = lazy_counts.get() if trig.type in _COUNTED else None
        base = 0 if sentence.is_title else sentence.start
        anchor = sentence.tokens[trig.start].start - base
        when = resolve_event_date(sentence.text, article.published, anchor, happened=status.status != "planned")
        if when is not None and status.status == "planned":
            when = when.ahead()  # "سيصل موسكو الأحد": the coming Sunday
        if when is None and article.published is not None and _timestamped(sentence.tokens):
            # "14:10 - مسيرة إسرائيلية تقصف ...": a live blog's entry tells what happens on the day it is posted
            when = DateMention(0, 0, sentence.tokens[0].text, article.published.isoformat(), "day")
        if trig.type in _VISITS and status.status in ("asserted", "claimed"):
            ahead = resolve_event_date(sentence.text, article.published, anchor, happened=False)
            if _lies_ahead(ahead, article.published):
                status, when = replace(status, status="planned"), ahead  # "يصل بيرييلو إلى جدة الأسبوع المقبل"
        return Event(
            type=trig.type,
            mode=trig.mode or None,
            sentence=sentence.index,
            evidence=sentence.text,
            actor=actor,
            # a leader calls on his own government but does not back his own state ("أكد أردوغان وقوف تركيا إلى
            # جانب ...": Turkey stands by, it is not backed)
            target=unique_by_name([as_party(s.entity) for s in args.target
                            if len(actor) > 1 or (s.entity.name not in {p.name for p in actor}
                                                  and not (trig.type == "SUPPORT" and s.entity.id
                                                           in {a.entity.affiliation for a in args.actor}))]),
            locations=[_place(s.entity, args.place_description if i == 0 else None)
                       for i, s in enumerate(args.places)],
            date=when.date if when else None,
            date_text=when.text if when else None,
            date_precision=when.precision if when else None,
            status=_military_claim(status, trig.type, _credited(sentence.tokens, trig.start)),
            attribution=status.attribution,
            fatalities=counts.killed if counts and trig.type in _VIOLENT else None,
            wounded=counts.wounded if counts and trig.type in _VIOLENT else None,
            captured=counts.captured if counts and trig.type in ("COERCE", "ASSAULT") else None,
            trigger=" ".join(t.text for t in sentence.tokens[trig.start:trig.end]),
            trigger_start=trig.start,
            confidence=trig.weight,
        )


# Words after which a sentence reports something else than what a call asks for ("طلبت عدم تعريفها،
# إن ..."): complementizers of reporting verbs and opening quotes.
_CONTENT_STOPS = frozenset({"ان", "انه", "انها", "انهم", "بان", "«", '"', "“"})


def _content_end(tokens: list[Token], start: int, cues: list[PhraseMatch[CueEntry]]) -> int:
    """Where the content of a call or threat ending at ``start`` stops: its clause's end, or an earlier
    complementizer or opening quote."""
    right = clause_bounds([t.text for t in tokens], start, start, cues)[1]
    return next((i for i in range(start, right) if tokens[i].norm in _CONTENT_STOPS), right)


def _denounced_from(tokens: list[Token], trig: TriggerMatch) -> int | None:
    """Where what a protest denounces begins in its clause ("، تنديدا بالهجوم", "احتجاجا على"), if it says."""
    return next((i for i in range(trig.end, len(tokens)) if tokens[i].norm in DENOUNCING), None)


def _dates_the_statement(tokens: list[Token], trig: TriggerMatch, speaker: Slot | None, args: Arguments) -> bool:
    """A body's meeting after which a speaker said something ("قال أردوغان في تصريحات عقب اجتماع الحكومة"): a
    time for the statement, not a meeting of the speaker with anyone (his own meeting, "عقب اجتماعه مع ...",
    is one)."""
    if trig.type != "CONSULT" or trig.kind != "noun" or speaker is None or trig.start == 0:
        return False
    own = tokens[trig.start].norm.endswith(OBJECT_PRONOUNS)
    partner = trig.end < len(tokens) and tokens[trig.end].norm in ("مع", "بين")
    return ("after_date" in word_kinds(tokens[trig.start - 1]) and not own and not partner
            and all(s.entity.id == speaker.entity.id for s in args.actor))


def _host_of_talks(tokens: list[Token], trig: TriggerMatch, slots: list[Slot], actor: list[Party],
                   pair: list[Party]) -> list[Party] | None:
    """Who holds talks "between the two sides" told by a noun: the party coded as their actor, else the subject
    of their clause, when it is neither side (None when the talks name no sides after بين or no host)."""
    if trig.type not in MEETINGS or not any(
            t.norm == "بين" and i + 1 < len(tokens) and word_kinds(tokens[i + 1]) & PAIR_KINDS
            for i, t in enumerate(tokens[trig.end:trig.end + _BETWEEN_REACH], trig.end)):
        return None
    sides = {p.name for p in pair}
    if not actor:
        subject = clause_subject(tokens, slots, trig.start)
        actor = [as_party(subject.entity)] if subject is not None else []
    host = [p for p in actor if p.name not in sides]
    return host or None


_BETWEEN_REACH = 3  # words after a talks noun in which "بين الطرفين" names whom they bring together


def _accused(tokens: list[Token], trig: TriggerMatch, accusation_end: int, slots: list[Slot]) -> list[Party]:
    """The parties accused of the act a verbal noun with بـ names after an accusation verb ("اتهمت المنظمة
    الجيش المالي وعناصر من فاغنر بإعدام ..."): those between the verb and the noun, nationality adjectives
    of a name left out."""
    key = tokens[trig.start].norm.removeprefix("و")
    if accusation_end < 0 or not key.startswith("ب") or match_key(trig.pattern.split()[0]).startswith("ب"):
        return []  # only a verbal noun with بـ (بإعدام، بقتل) is what the accused are accused of
    if any(t.norm in HARD_STOPS for t in tokens[accusation_end:trig.start]):
        return []
    between = [s for s in slots if accusation_end <= s.start and s.end <= trig.start
               and (not is_place(s.entity) or s.entity.kind in DUAL_KINDS)]
    named = [s for s in between if s.label != "MISC"] or between
    return unique_by_name([as_party(s.entity) for s in named])


# Acts that "the two sides" (الطرفان) may do in a story of two sides fighting or making a truce.
_SIDE_ACTS = frozenset({"ASSAULT", "AGREE", "CONCEDE", "MOBILIZE", "CONSULT", "COOPERATE"})


def _coded_in_clause(words: list[str], trig: TriggerMatch, events: Iterable[Event],
                     breaks: list[PhraseMatch[CueEntry]]) -> bool:
    left = clause_bounds(words, trig.start, trig.end, breaks)[0]
    return any(left <= e.trigger_start < trig.start for e in events)


_TITLE_REACH = 3  # words of a speaker's title before his name ("وزير الصحة علي ...")


def _counts_tolls(tokens: list[Token], speaker: Slot) -> bool:
    """Whether a speaker is a health ministry, hospital or medic, by its words or its title's."""
    words = tokens[max(0, speaker.start - _TITLE_REACH):speaker.end]
    return any(r in word_list("toll_reporters.txt") for t in words for r in strip_clitics(t.norm))


@cache
def _default_actors() -> dict[str, Party]:
    """The party that acts in an event of a type whose report names none (default_actors.tsv)."""
    kb = KnowledgeBase.load()
    text = files("rasd.lang.ar").joinpath("default_actors.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines()[1:] if line.strip() and not line.startswith("#")]
    entries = {row[0]: kb.get(row[1]) for row in rows if row[0] != "type" and row[1] in kb}
    return {t: Party(e.name, e.country, e.kind, None, e.id) for t, e in entries.items()}


_RECEIVED = frozenset(match_key(w) for w in ("تلقى", "تلقت", "يتلقى", "تتلقى", "تلقيا"))
_RECEIVED_REACH = 6  # words of the receiver's name between the verb and the call


def _received(tokens: list[Token], trig: TriggerMatch) -> bool:
    """A call or message received ("تلقى السيسي اتصالا هاتفيا من ..."): a verb of receiving shortly before it."""
    return any(t.norm.removeprefix("و") in _RECEIVED for t in tokens[max(0, trig.start - _RECEIVED_REACH):trig.start])


_BELONGING = frozenset(match_key(w) for w in ("التابعة", "التابع", "التابعين", "التابعون", "تابعة", "تابع",
                                                "الموالية", "الموالي", "الموالين", "موالية", "موالين"))


def _owner(tokens: list[Token], unknown: Slot, slots: list[Slot]) -> Slot | None:
    """The known party a force belongs to, named right after it ("التابعة للمجلس الانتقالي", "الموالية لمشار")."""
    at = unknown.end
    while at < len(tokens) and tokens[at].norm in QUOTES:
        at += 1
    if at >= len(tokens) - 1 or tokens[at].norm not in _BELONGING:
        return None
    return next((s for s in slots if s.start == at + 1 and is_known(s) and s.label != "MISC"
                 and not is_place(s.entity)), None)


def _timestamped(tokens: list[Token]) -> bool:
    """A live blog's entry: the sentence opens with a time ("14:10 -", "١٧:٠٥ -")."""
    return (len(tokens) > 3 and tokens[0].norm.isdigit() and tokens[1].norm == ":" and tokens[2].norm.isdigit()
            and tokens[3].norm in LABEL_MARKS)


_DURING = frozenset(match_key(w) for w in ("خلال", "أثناء", "اثناء"))
_ANY = match_key("أي")
_AT_REQUEST = frozenset(match_key(w) for w in ("بطلب", "وبطلب"))


_FIRST_PERSON_FUTURE = "سن"  # سـ + نـ: "we will" (سنواصل، سنقف)


def _own_intention(words: list[str], trig: TriggerMatch, status: StatusReading) -> bool:
    """What a speaker says his side will do ("سنواصل دعم إخواننا") is a stated intention, not an event;
    a threat is the exception: saying it is the act."""
    if trig.type == "THREATEN" or status.status != "planned" or status.cue_start is None:
        return False
    return match_key(words[status.cue_start]).removeprefix("و").startswith(_FIRST_PERSON_FUTURE)


_OBSERVE_REACH = 4  # words between a verb of observing and what it observed ("رصدت وصول ما وصفته بـ...")


def _observed_at(tokens: list[Token], trig: TriggerMatch) -> int | None:
    """The position of a verb of observing just before the trigger, or None."""
    for i in range(trig.start - 1, max(-1, trig.start - 1 - _OBSERVE_REACH), -1):
        if "observe" in word_kinds(tokens[i]):
            return i
    return None


# Military moves reported by a party (its spokesman, its sources) are that party's claims.
_CLAIMED_WHEN_REPORTED = frozenset({"ASSAULT", "MOBILIZE", "COERCE", "RETREAT", "CONCEDE"})


_AHEAD = ("المقبل", "القادم")
# Visits, talks, deployments and aid dated ahead are announced, not done; a call or a truce that begins
# is done now whatever later date its sentence names.
_VISITS = frozenset({"CONSULT", "MOBILIZE", "AID"})


def _lies_ahead(when: DateMention | None, published: dt.date | None) -> bool:
    """Whether a date found for an event lies after publication ("غدا", "الأسبوع المقبل")."""
    if when is None or published is None:
        return False
    if when.date is not None and len(when.date) == 10:
        return when.date > published.isoformat()
    return any(match_key(w) in match_key(when.text) for w in _AHEAD)


def _military_claim(status: StatusReading, event_type: str, credited: bool = False) -> str:
    if (status.status == "asserted" and (status.cue == "report" or credited)
            and event_type in _CLAIMED_WHEN_REPORTED):
        return "claimed"
    return status.status


_CREDIT_WORDS = 2  # words of a party's credit before a live blog's colon ("الجيش الإسرائيلي: اعتقلنا ...")


def _credited(tokens: list[Token], trigger_start: int) -> bool:
    """Whether what follows a party's credit and colon at the start of the sentence is that party's account
    ("وزير الصحة فراس الأبيض: ارتفاع حصيلة الغارات"), not a one-word label ("عاجل:")."""
    colon = opening_colon([t.norm for t in tokens], trigger_start)
    if colon is None:
        return False
    return len([t for t in tokens[:colon] if t.norm not in LABEL_MARKS and not t.norm.isdigit()]) >= _CREDIT_WORDS


def _carry_dates(events: list[Event], index: int, last: tuple[int, str | None, str | None] | None
                 ) -> tuple[int, str | None, str | None] | None:
    """An undated event in the sentence after a dated one happened that day: news tells one day's
    events in a row ("وصل الوزير اليوم ... وتأتي الزيارة ...")."""
    for event in events:
        if event.date is None and event.date_text is None and last is not None and last[0] == index - 1:
            event.date, event.date_precision = last[1], last[2]
    dated = [e for e in events if e.date and e.date_precision == "day" and e.status != "planned"]
    if dated:
        return index, dated[-1].date, dated[-1].date_precision
    return (index, last[1], last[2]) if last is not None and last[0] == index - 1 and events else None


@components.register("rasd.events.v1")
def make_event_component(min_weight: float = 0.4, unattributed_weight: float = 1.0) -> EventComponent:
    return EventComponent(min_weight=min_weight, unattributed_weight=unattributed_weight)
