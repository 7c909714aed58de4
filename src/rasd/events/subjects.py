"""Who does what a clause tells when it names no subject of its own: a conjoined verb keeps the subject of the
clause before it ("، ودعت الطرفين"), a circumstantial participle describes it ("، متهما ..."), a verb that opens
its sentence keeps the previous sentence's, and "ومن المنتظر أن" goes on with the one the sentence tells of."""

from __future__ import annotations

from rasd.doc import Event, Party, Token
from rasd.events.arabic_words import COMMAS
from rasd.events.arguments import (
    Arguments,
    Slot,
    clause_subject,
    is_place,
    plural_verb,
    subject_before,
    verbal_b_noun,
)
from rasd.events.not_events import MIN_VERB_WITH_PRONOUN, OBJECT_PRONOUNS
from rasd.events.pairs import CALL_COMPLEMENTS, unique_by_name
from rasd.events.parties import as_party, is_known
from rasd.events.roles import COMPLEMENTIZERS
from rasd.events.status import CueEntry
from rasd.events.triggers import PhraseMatch, TriggerMatch
from rasd.events.word_kinds import word_kinds
from rasd.text.normalize import match_key, strip_clitics

__all__ = [
    "CALL_TYPES", "circumstance_subject", "circumstantial", "conjoined_verb", "continues_clause", "dropped_subject",
    "expected_subject", "own_act_after", "previous_subject", "shared_subject", "urged_object",
]

# Calls, threats, accusations and denials: what they are about follows them in their clause.
CALL_TYPES = frozenset({"REQUEST", "THREATEN", "ACCUSE", "REJECT"})


# Words that may open a sentence before a verb whose subject is the previous sentence's ("كما دعت ...").
_OPENERS = frozenset({"كما", "ثم", "بدوره", "بدورها"})


_OBJECT_STARTS = frozenset(match_key(w) for w in ("إلى", "على", "مع", "معه", "معها", "عن", "من", "في", "أن"))


def dropped_subject(tokens: list[Token], trig: TriggerMatch) -> bool:
    """A verb that opens its sentence ("وتعهد بملاحقتهم", "كما دعت الطرفين إلى ...") whose clause names no
    subject: Arabic drops a subject that the sentence before gave."""
    if trig.kind != "verb" or not tokens[trig.start].norm.startswith(("و", "ف")) and trig.start == 0:
        return False
    if not all(t.norm in _OPENERS for t in tokens[:trig.start]) or trig.end >= len(tokens):
        return False
    # what follows is an object or a preposition, not a subject ("واقتحمت قوات من الشرطة" has its own)
    after = tokens[trig.end]
    # (the two sides as object, الطرفين; الطرفان is a subject)
    return (after.norm in _OBJECT_STARTS or after.norm[:1] in ("ب", "ل") and len(after.norm) > 3
            or "sides" in word_kinds(after) and after.norm.endswith("ين"))


def previous_subject(earlier: list[Event], index: int, verb: str) -> list[Party]:
    """The doer of the first event of the sentence before, if it told one and the verb agrees with it: a
    feminine verb (دعت) with a state or a body, a masculine one (تعهد) with a person."""
    before = [e for e in earlier if e.sentence == index - 1 and e.actor]
    if not before:
        return []
    people = all(p.kind == "person" for p in before[0].actor)
    feminine = verb.removeprefix("و").removeprefix("ف").endswith("ت")  # a verb here: دعت، نفت are feminine too
    return list(before[0].actor) if people != feminine else []


_DURING_IT = frozenset(match_key(w) for w in ("خلالها", "خلاله", "أثناءها", "أثناءه"))


def continues_clause(tokens: list[Token], trig: TriggerMatch) -> bool:
    """A verb right after حيث ("يزور حفتر الوزارة، حيث سيلتقي بوغدانوف"), or one followed by "during it" in a
    relative clause on a visit ("في زيارة يلتقي خلالها الرئيس الإريتري"): the clause goes on with its subject."""
    if trig.kind != "verb" or trig.start == 0:
        return False
    return "continuation" in word_kinds(tokens[trig.start - 1]) or (
        trig.end < len(tokens) and tokens[trig.end].norm in _DURING_IT)


def conjoined_verb(tokens: list[Token], trig: TriggerMatch) -> bool:
    """A verb joined by و to what precedes it in the sentence ("..., وطالبت الأطراف بالعودة")."""
    # (a phrase that opens with a verb too: "، وشدد على ضرورة ...")
    verb_phrase = trig.kind == "mwe" and trig.pattern.split()[0].endswith("*")
    if trig.start == 0 or (trig.kind != "verb" and not verb_phrase
                           and not (trig.kind == "noun" and tokens[trig.start - 1].norm in COMMAS
                                    and tokens[trig.start].norm == "و" + match_key(trig.pattern))):
        return False  # a noun may be a verb's bare form after a comma: "، وطلب منهما" (and he asked them)
    stem = match_key(trig.pattern.split()[0].rstrip("*"))
    return tokens[trig.start].norm.startswith("و") and not stem.startswith("و")


def circumstantial(tokens: list[Token], trig: TriggerMatch) -> bool:
    """A participle right after a comma ("قال ...، متهما إياه بـ", "، نافيا ذلك", "، مطالبا الحكومة"): a
    circumstantial clause (حال) that describes the subject of the clause before it. Participles of derived
    verbs begin with م, those of simple verbs have ا second (نافيا، رافضا، داعيا); both end in ا or ة, or in
    ين for a crowd ("خرج المئات ...، مطالبين الحكومة بـ")."""
    if trig.kind != "verb" or trig.start == 0 or tokens[trig.start - 1].norm not in COMMAS:
        return False
    word = tokens[trig.start].norm
    return len(word) > 3 and word.endswith(("ا", "ه", "ة", "ين")) and (word[0] == "م" or word[1] == "ا")


def circumstance_subject(tokens: list[Token], trig: TriggerMatch, args: Arguments, actor: list[Party],
                          verb_subjects: list[tuple[int, list[Party]]], speaker: Slot | None,
                          slots: list[Slot]) -> list[Party]:
    """The doer of a circumstantial clause is the subject of the event before it in the sentence, else the
    speaker, else the first party of the clause before ("أصدر مجلس الوزراء بيانا، متهما ..."); a party the clause
    names itself ("، متهما الحكومة بـ") is whom it is done to."""
    previous = next((subject for at, subject in reversed(verb_subjects) if at < trig.start), None)
    said = _subject_after_that(tokens, slots, speaker, trig.start) if speaker is not None and not previous else None
    if said is not None:
        previous = [as_party(said.entity)]  # "قال المتحدث إن غوتيريش يأسف ...، داعيا الطرفين": Guterres calls
    subject = list(previous) if previous else ([as_party(speaker.entity)] if speaker is not None else [])
    if not subject:
        before = clause_subject(tokens, slots, trig.start)
        subject = [as_party(before.entity)] if before is not None and before not in args.actor else []
    if not subject:
        return actor
    names = {p.name for p in subject}
    ids = {p.entity_id for p in subject}
    # the subject's own official named in the clause ("عادل الجبير") is no object of it
    named = [s for s in args.actor if as_party(s.entity).name not in names and s.entity.affiliation not in ids]
    if named or not args.target:
        args.target = named  # the party right after the participle is its object, before anything further
    return subject


def _subject_after_that(tokens: list[Token], slots: list[Slot], speaker: Slot, before: int) -> Slot | None:
    """The party right after the إن/أن of what a speaker says, before ``before``: the subject of that clause."""
    return next((s for s in reversed(slots) if speaker.end <= s.start < before and s.start > 0
                 and tokens[s.start - 1].norm in COMPLEMENTIZERS and s.label != "MISC"
                 and not is_place(s.entity)), None)


_MASCULINE_HEADS = frozenset({"جيش", "مجلس", "حرس", "حزب", "اتحاد", "تحالف", "نظام", "رئيس", "وزير"})


def _feminine_verb(word: str) -> bool:
    """A past verb with the feminine ending (اتهمت، نفت، طالبت)."""
    word = word.removeprefix("و")
    return len(word) > 3 and word.endswith("ت")


def _masculine_party(tokens: list[Token], slot: Slot) -> bool:
    """A party named by a masculine noun (الجيش، المجلس) or a man: it cannot be the subject of a feminine
    verb. States, bodies ending in ة and plurals in ات agree in the feminine."""
    head = tokens[slot.start].norm
    for reading in strip_clitics(head):
        head = reading
    if slot.entity.kind in ("state", "country") and slot.label != "PERS":
        # A state by its name may agree either way (مصر، إيران are feminine); by its army, masculine.
        return head in _MASCULINE_HEADS
    return not head.endswith(("ه", "ات", "ي")) and slot.entity.kind != "group"


def _disagrees(tokens: list[Token], trig: TriggerMatch, actor: list[Slot]) -> bool:
    """"ونفت قوات الدعم السريع ...، واتهمت الجيش بـ": a feminine verb right before a masculine party has
    that party as its object; the subject is the one before (a verb agrees with the subject after it). So has
    a masculine past verb before a definite feminine noun ("ودعا الحركة إلى ...")."""
    if trig.kind != "verb" or len(actor) != 1 or actor[0].start > trig.end + 1:
        return False
    verb = tokens[trig.start].norm
    if _feminine_verb(verb):
        return _masculine_party(tokens, actor[0])
    head = tokens[actor[0].start].norm
    return (not verb.endswith(("ت", "وا", "تا")) and head.startswith("ال") and head.endswith("ه")
            and actor[0].end - actor[0].start == 1)


def _subjects_before(tokens: list[Token], slots: list[Slot], start: int) -> list[Party]:
    """The subject named before ``start`` with the party joined to it by و ("إيطاليا وإسبانيا")."""
    last = subject_before(tokens, slots, start)
    if last is None:
        return []
    found = [last]
    while tokens[found[0].start].norm.startswith("و"):
        first = next((s for s in slots if s.end == found[0].start), None)
        if first is None:
            break
        found.insert(0, first)
    return unique_by_name([as_party(s.entity) for s in found])


def shared_subject(tokens: list[Token], trig: TriggerMatch, args: Arguments, actor: list[Party],
                    verb_subjects: list[tuple[int, list[Party]]], slots: list[Slot],
                    after_meeting: bool = False) -> list[Party]:
    """A conjoined verb with no subject of its own acts with the actor of the event before it: "دعا
    غوتيريش الأطراف إلى احترام الهدنة، وحث القوات الإريترية على الانسحاب" (the forces are urged, Guterres
    urges). The party after such a call verb is its object when the call's complement follows it."""
    previous = next((subject for at, subject in reversed(verb_subjects) if at < trig.start), None)
    if previous is None and not actor and tokens[trig.start - 1].norm in COMMAS:
        # "وأعربت الجزائر عن أسفها ...، ودعت الطرفين إلى ضبط النفس": the verb the first clause opened with was
        # no event, but its subject goes on
        opener = clause_subject(tokens, slots, trig.start)
        if opener is not None and is_known(opener) and not _disagrees(tokens, trig, [opener]):
            return [as_party(opener.entity)]
    if previous is None and plural_verb(tokens[trig.start].norm) and len(args.actor) == 1:
        # "وأعربت كل من إيطاليا وإسبانيا عن قلقهما، ودعتا المغرب": no event before, but the pair is named.
        pair = _subjects_before(tokens, slots, args.actor[0].start)
        if pair:
            args.target = list(args.actor)
            return pair
    if previous is None:
        return actor
    if not actor:
        return list(previous)
    if args.actor and all(s.end <= trig.start for s in args.actor) and not args.actor_is_speaker:
        # "أجرى الحريري اتصالين ... بمستشار الرئيس الفرنسي، وطلب منهما": the party before a conjoined verb
        # belongs to the clause before; the verb's subject is that clause's subject.
        args.target = args.target or list(args.actor)
        return list(previous)
    if (after_meeting and trig.type == "CONSULT" and len({s.entity.id for s in args.actor}) == 1
            and all(t.entity.id == args.actor[0].entity.id for t in args.target) and not args.actor_is_speaker):
        # "زار الوزير القاهرة والتقى السيسي", "حيث سيلتقي بوغدانوف": the visitor meets the one named.
        args.target = list(args.actor)
        return list(previous)
    if ((plural_verb(tokens[trig.start].norm) or _disagrees(tokens, trig, args.actor))
            and len(args.actor) == 1 and not args.actor_is_speaker):
        # "ودعتا إيران إلى ...": a verb before its named subject is singular in Arabic, so a dual or plural
        # one has a pronoun subject (the two before it) and the party after it is its object.
        args.target = list(args.actor)
        return list(previous)
    named = sorted(args.actor + args.target, key=lambda s: s.start)
    joined = len(named) == 1 or (len(args.actor) == 1 and len(args.target) == 1 and any(
        t.norm.startswith("و") for t in tokens[named[0].end:named[-1].start + 1]))
    if trig.type in CALL_TYPES and args.actor and joined and not args.actor_is_speaker and named[0].start > trig.start:
        # (two parties joined by و too: "ودعا الرئيس سلفا كير ونائبه السابق رياك مشار إلى ...")
        after = named[-1].end
        if after < len(tokens) and (tokens[after].norm in CALL_COMPLEMENTS or verbal_b_noun(tokens[after])):
            args.target = named
            return list(previous)
    return actor


# Calls that always take an object before their complement: "حث X على", "ناشد X أن".
_OBJECTCALL_TYPES = frozenset({"urge", "appeal"})


def urged_object(tokens: list[Token], trig: TriggerMatch, args: Arguments, actor: list[Party],
                  slots: list[Slot]) -> list[Party]:
    """A conjoined "وحثت X على ..." with no event coded before it: X is urged, and the subject is that of
    the verb it is joined to ("أعربت ألمانيا وبريطانيا عن قلقهما وحثتا الحكومة على وقف القتال")."""
    if trig.mode not in _OBJECTCALL_TYPES or len(args.actor) != 1 or args.target or args.actor_is_speaker:
        return actor
    urged = args.actor[0]
    if urged.start < trig.end or urged.end >= len(tokens) or tokens[urged.end].norm not in CALL_COMPLEMENTS:
        return actor
    subject = subject_before(tokens, slots, trig.start)
    if subject is None:
        return actor
    group = [subject]  # with the parties joined before it by و: "ألمانيا وبريطانيا"
    while (first := next((s for s in slots if s.end == group[0].start), None)) is not None \
            and tokens[group[0].start].norm.startswith("و"):
        group.insert(0, first)
    args.target = [urged]
    return [as_party(s.entity) for s in group]


def expected_subject(tokens: list[Token], trig: TriggerMatch, slots: list[Slot], args: Arguments,
                      cues: list[PhraseMatch[CueEntry]]) -> Slot | None:
    """The subject of the clause before "ومن المنتظر أن" when the verb after it names none: the one the
    sentence was telling of ("... أن معيتيق سيصل موسكو، ومن المنتظر أن يلتقي ..."), not the reporting speaker.
    The opener is a planned cue that governs its clause (cues.tsv), right before the أن of the verb."""
    if trig.start < 2 or tokens[trig.start - 1].norm not in COMPLEMENTIZERS:
        return None
    opener = next((m for m in cues if m.end == trig.start - 1 and m.payload.scope == "governs"), None)
    if opener is None:
        return None
    at = opener.start
    speakers = {s.entity.id for s in args.actor}
    speaker_end = max((s.end for s in args.actor if s.end <= at), default=0)
    return next((s for s in reversed(slots) if speaker_end <= s.start and s.end <= at and s.label != "MISC"
                 and not is_place(s.entity) and s.entity.id not in speakers and is_known(s)), None)


_AFTER_REACH = 4  # words between بعد/عقب and the verbal noun it opens ("بعد يوم واحد من استيلائها")


def own_act_after(tokens: list[Token], trig: TriggerMatch, subject_at: int) -> bool:
    """A verbal noun with a possessive pronoun after بعد/عقب/إثر and a span ("بعد يوم واحد من استيلائها
    على هرات"), in the clause of an event coded before it, is an earlier act of that event's subject."""
    if trig.kind == "verb":
        return False
    key = tokens[trig.start].norm
    if len(key) < MIN_VERB_WITH_PRONOUN or key.startswith("ال") or not key.endswith(OBJECT_PRONOUNS):
        return False
    opener = [i for i in range(max(subject_at + 1, trig.start - _AFTER_REACH - 1), trig.start)
              if "after_date" in word_kinds(tokens[i])]
    return bool(opener) and all(t.norm != "." for t in tokens[opener[0]:trig.start])
