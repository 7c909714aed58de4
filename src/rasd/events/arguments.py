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

from rasd.doc import Entity, Token
from rasd.entities.kb import KnowledgeBase
from rasd.events.arabic_words import CLOSING_QUOTES, COMMAS, OPENING_QUOTES, Word, definite, word_list
from rasd.events.numerals import read_quantity
from rasd.events.roles import (
    COMPLEMENTIZERS,
    EACH,
    OBJECT_ENDINGS,
    SKIPPABLE,
    clause_words,
    clear_cue,
    preceding_role,
    role_word,
    title_tokens,
    title_words,
)
from rasd.events.status import CueEntry, clause_bounds
from rasd.events.triggers import PhraseMatch
from rasd.text.normalize import match_key, strip_clitics

__all__ = ["Arguments", "Slot", "clause_subject", "facility_word", "find_arguments", "plural_verb",
           "pluperfect_subject", "subject_before", "titled", "verbal_b_noun"]

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
_WINDOW = 12  # tokens before a trigger that arguments are looked for in
_WINDOW_AFTER = 20  # and after it: objects and places trail the verb in Arabic
_PUNCT = frozenset({"،", ",", ")"})


@dataclass(frozen=True, slots=True)
class Slot:
    start: int  # token indices in the sentence
    end: int
    entity: Entity
    text: str
    label: str = "ORG"  # MISC for a nationality adjective ("روسية" → Russia)


@dataclass(slots=True)
class Arguments:
    actor: list[Slot]
    target: list[Slot]
    places: list[Slot]
    place_description: str | None = None
    actor_is_speaker: bool = False  # the actor was taken from the reporting clause
    each: bool = False  # "دانت كل من واشنطن ولندن": each actor acted on its own (one event per actor)


# Sources of news are not parties to what they report.
_NEVER_PARTIES = frozenset({"media"})


def _can_be_party(m: Slot, trigger_start: int, trigger_end: int) -> bool:
    if m.entity.kind in _NEVER_PARTIES:
        return False
    if is_place(m.entity) and m.entity.kind not in DUAL_KINDS and not m.entity.capital_of:
        return False
    if m.label == "MISC" and m.entity.kind in DUAL_KINDS:
        # A nationality adjective names a party only next to the event word ("غارة جوية روسية",
        # "طائرة حربية روسية" inside "شن ... غارة"), not when it qualifies a place ("العاصمة الليبية");
        # find_arguments also takes one that qualifies a force ("سفنا حربية روسية أجرت ...").
        return trigger_start - 1 <= m.end and m.start <= trigger_end + 2
    return True


# Acts whose "على دمشق" is where they happened; for the others, "مع كيغالي" is the state dealt with.
_PLACED_ACTS = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "RETREAT", "PROTEST"})


_CALL_TYPES = frozenset({"REQUEST", "THREATEN"})


def verbal_b_noun(token: Token) -> bool:
    """A verbal noun after ب ("بسحب", "بوقف", "بالإفراج"): what a call or threat is about."""
    norm = token.norm.removeprefix("و")
    return norm.startswith("ب") and len(norm) > 3 and not KnowledgeBase.load().has_alias(norm)


def _capital_acts(tokens: Sequence[Token], m: Slot, roles: dict[int, str | None], trigger_start: int,
                  trigger_end: int) -> bool:
    """A capital next to the verb with no preposition is its government acting; a word between them
    other than punctuation ("إلى العاصمة طرابلس في زيارة") makes it a place. So is a capital right after a
    verb of intent that governs the trigger ("وتعتزم الرياض، وفق مصادر، استضافة ...")."""
    if _seat_of_authority(tokens, m, trigger_start, trigger_end):
        return True
    if roles[id(m)] is not None:
        return False
    if (m.end <= trigger_start and m.start >= 1
            and any(r in clause_words("intent") for r in strip_clitics(tokens[m.start - 1].norm))):
        return True
    if any(r in _place_nouns() for t in tokens[max(0, m.start - 2):m.start] for r in strip_clitics(t.norm)):
        return False  # "في العاصمة القطرية الدوحة": a place, however close to the verb
    if m.start == trigger_end:
        return True
    return trigger_start - 1 <= m.end <= trigger_start and all(
        t.norm in SKIPPABLE or t.norm in _PUNCT for t in tokens[m.end:trigger_start])


def _called(tokens: Sequence[Token], m: Slot, parties: Sequence[Slot]) -> bool:
    """A capital right before what a call asks for, alone or joined by و to another party ("ودعت وزارة الخارجية
    الأمريكية بغداد وأربيل إلى ...") is its object: a government called on."""
    end = m.end
    while (nxt := next((p for p in parties if p.start == end and tokens[p.start].norm.startswith("و")), None)):
        end = nxt.end
    return end < len(tokens) and (tokens[end].norm in ("الى", "الي", "علي") or verbal_b_noun(tokens[end]))


def _seat_of_authority(tokens: Sequence[Token], m: Slot, trigger_start: int, trigger_end: int) -> bool:
    """A capital where an authority sits, as the subject before or right after the trigger ("وأعلن المدعي العام
    في طهران اعتقال ...", "واعتقلت السلطات في بغداد ..."): the authority is its state's, and the state is the party."""
    return (bool(m.entity.capital_of) and m.start >= 2 and tokens[m.start - 1].norm == "في"
            and (0 <= trigger_start - m.end <= 1 or m.start - 2 == trigger_end)
            and any(r in clause_words("authority") for r in strip_clitics(tokens[m.start - 2].norm)))


def facility_word(norm: str) -> bool:
    """A building or street noun (قاعات، مستشفى، شارع) in matching form, clitics allowed."""
    return any(r in word_list("facility_heads.txt") for r in strip_clitics(norm))


def _names_facility(tokens: Sequence[Token], m: Slot) -> bool:
    """A name right after a building or street noun ("قاعات واغادوغو", "مستشفى ابن سينا") is the facility's."""
    return m.start > 0 and facility_word(tokens[m.start - 1].norm)


# Nouns of armed means and envoys that a nationality adjective names the owner of ("طائرات حربية تركية").
_FORCES = frozenset(match_key(w) for w in (
    "طائرات", "طائرة", "مقاتلات", "مقاتلة", "سفن", "سفنا", "سفينة", "زوارق", "قوات", "جنود", "جنودا",
    "مدرعات", "مدرعة", "دبابات", "دبابة", "مسيرات", "مسيرة", "بوارج", "غواصات", "غواصة", "وحدات", "مروحيات", "مروحية",
    # and of the people a state sends: "التقى وفدا عسكريا أمريكيا", "يلتقي مسؤولين روسا"
    "وفد", "وفدا", "مسؤولين", "مسؤولون", "مسؤولا", "دبلوماسيين", "دبلوماسيون"))
_FORCE_REACH = 2  # the noun and one adjective before the nationality ("طائرات حربية تركية")


_BODY_REACH = 7  # words of a body's name between the verb and the state adjective that closes it


def _closes_body(tokens: Sequence[Token], m: Slot, trigger_end: int) -> bool:
    """A state's adjective closing the name of a body right after the verb ("دان المجلس الوزاري للأمن الوطني
    العراقي"): the body the knowledge base lacks is that state's, and it acts."""
    if m.label != "MISC" or m.entity.kind not in DUAL_KINDS or not trigger_end < m.start <= trigger_end + _BODY_REACH:
        return False
    if tokens[trigger_end].norm not in clause_words("body_head"):
        return False
    return not any(t.norm in _PUNCT for t in tokens[trigger_end:m.start])


def _accusative_force(tokens: Sequence[Token], m: Slot, trigger_end: int) -> bool:
    """A nationality adjective on a plural noun of people or forces in the accusative (-ين, -ا) right after
    the verb: the verb's object, not its subject ("سيلتقي مسؤولين روس")."""
    return (m.start == trigger_end + 1 and _qualifies_force(tokens, m)
            and tokens[trigger_end].norm.endswith(OBJECT_ENDINGS) and tokens[trigger_end].norm in _FORCES)


def _qualifies_force(tokens: Sequence[Token], m: Slot) -> bool:
    """A nationality adjective on a noun of armed means: its state owns them and acts with them."""
    if m.label != "MISC" or m.entity.kind not in DUAL_KINDS:
        return False
    return any(r in _FORCES for t in tokens[max(0, m.start - _FORCE_REACH):m.start] for r in strip_clitics(t.norm))


_CREDIT_REACH = 9  # words at a sentence's start that a credit before a colon may take ("مراسلنا:")
# Words of a news credit; "الرئيس الفرنسي: سنرسل قوات" is the president speaking, a party.
_CREDIT_HEADS = frozenset(match_key(w) for w in ("وسائل", "إعلام", "مصادر", "مراسل", "مراسلنا", "وكالة", "صحيفة",
                                                  "قناة", "موقع", "إذاعة", "تلفزيون"))


_REPORTING_KINDS = frozenset({"ngo", "media"})  # bodies whose name before a colon credits what follows


def _credit(tokens: Sequence[Token], m: Slot, trigger_start: int) -> bool:
    """A name just before a colon that opens the sentence ("وسائل إعلام تركية: قصف ...") credits the report;
    it is not a party to it."""
    if not (m.end < trigger_start and m.end <= _CREDIT_REACH and tokens[m.end].norm == ":"):
        return False
    if m.entity.kind in _REPORTING_KINDS:
        return True  # "المرصد السوري لحقوق الإنسان: قوات النظام قصفت ...": a monitor reports
    return any(r in _CREDIT_HEADS for t in tokens[:m.start] for r in strip_clitics(t.norm))


def _according_to(tokens: Sequence[Token], m: Slot) -> bool:
    """A name right after "بحسب"/"وفقا لـ"/"نقلا عن" is who reports the event, not a party to it."""
    at = m.start - 1
    if at >= 1 and tokens[at].norm == "عن":
        at -= 1
    return at >= 0 and any(r in clause_words("according") for r in strip_clitics(tokens[at].norm))


def is_place(entity: Entity) -> bool:
    return entity.kind in PLACE_KINDS or entity.kind in DUAL_KINDS


# Words between a verb and its subject that do not count as distance: "رحبت به كل من السعودية والإمارات".
_PASSED = frozenset({"كل", "من", "به", "بها", "بهما", "بهم"})


def _named_subject_after_that(tokens: Sequence[Token], trigger_start: int) -> bool:
    """Whether the clause of the trigger opens with a bare أن/إن and a definite noun of its own ("أعلن أن
    الإسلاميين استولوا"): its doer is that noun, known or not, never the one who reports it."""
    for j in range(trigger_start - 1, max(-1, trigger_start - 7), -1):
        if tokens[j].norm in COMPLEMENTIZERS:
            if j + 1 >= trigger_start:
                return False
            first = tokens[j + 1].norm
            # a definite noun ("الإسلاميين") or a count of people ("نحو 500 ألف شخص"), unless the counted
            # are the reporter's own ("أعلن الجيش أن 11 من جنوده قتلوا")
            own = any(t.norm.endswith(("ه", "ها", "هم")) for t in tokens[j + 2:trigger_start])
            return first.startswith("ال") or ((first[:1].isdigit() or first in clause_words("count")) and not own)
    return False


def _complementizer_between(tokens: Sequence[Token], start: int, end: int) -> bool:
    return any(t.norm in COMPLEMENTIZERS for t in tokens[start:end])


def _noun_use(tokens: Sequence[Token], start: int, trigger_kind: str, own_al: bool = False) -> bool:
    """A trigger read as a verbal noun: lexicon says noun, or a preposition or article comes first
    ("من طرد", "بشن", "الهجوم"). ``own_al``: the verb itself begins with ال (التقى، والتقت), no article."""
    if trigger_kind != "verb":
        return True
    norm = tokens[start].norm
    if not own_al and norm.startswith(("ال", "وال", "بال", "لل")):
        return True
    return start > 0 and role_word(tokens[start - 1]) is not None


_LED_BY = frozenset({"بزعامه", "بقياده", "برئاسه", "بامره"})  # match keys: "led by", "headed by"


def _leader_of(tokens: Sequence[Token], m: Slot, mentions: Sequence[Slot]) -> bool:
    """Whether a party is named as the leader of the party right before it ("جماعة بوكو حرام بزعامة أبو بكر
    شيكاو"): the group acts, its leader only qualifies it."""
    at = m.start - 1
    while at > 0 and any(r in title_tokens() for r in strip_clitics(tokens[at].norm)):
        at -= 1  # "بقيادة اللواء ..."
    return at > 0 and tokens[at].norm.removeprefix("و") in _LED_BY and any(
        p.end == at and p.label != "MISC" for p in mentions)


def find_arguments(
    tokens: Sequence[Token],
    trigger_start: int,
    trigger_end: int,
    event_type: str,
    trigger_kind: str,
    mentions: Sequence[Slot],
    speaker: Slot | None = None,
    cues: Sequence[PhraseMatch[CueEntry]] = (),
    own_al: bool = False,
) -> Arguments:
    """Actor, target and places of the event whose trigger spans ``[trigger_start, trigger_end)``.

    ``speaker`` is the party of a reporting clause the trigger depends on ("أعلن الجيش أنه ..."): the
    actor when the trigger's own clause names none. ``cues``: the sentence's clause breaks and reporting cues
    (a break ends the clause; "، بحسب ...،" is set off inside it). ``own_al``: the trigger verb itself begins
    with ال.
    """
    # A multi-word trigger may hold a party inside ("نصب الجيش منظومة"): that party is a candidate; a
    # one-word trigger that is itself a mention ("المرتزقة") is not.
    # Objects and places come from the trigger's own clause ("، مؤكدة وصول ..." starts another one);
    # a subject may stand before a comma ("تمكنت قوات الحكومة، من طرد ...").
    clause_left, right = clause_bounds([t.text for t in tokens], trigger_start, trigger_end, cues)
    # A contrastive connective ("في حين نفت موسكو ...", "فيما ...") starts another clause: nothing before
    # it is a party of what follows, nothing after it of what precedes.
    left = max((b.end for b in cues if b.end <= trigger_start and b.payload.cue == "break"), default=0)
    near = [m for m in mentions if max(left, trigger_start - _WINDOW) <= m.start
            and m.end <= min(right, trigger_end + _WINDOW_AFTER)
            and not (m.start <= trigger_start and m.end >= trigger_end) and not _names_facility(tokens, m)]
    parties = [m for m in near if (_can_be_party(m, trigger_start, trigger_end) or _qualifies_force(tokens, m)
                                   or _closes_body(tokens, m, trigger_end)
                                   or _pluperfect_body(tokens, m, trigger_start))
               and not _credit(tokens, m, trigger_start) and not _according_to(tokens, m)]
    parties = [m for m in parties if not _leader_of(tokens, m, mentions)]
    places = [m for m in near if is_place(m.entity)]
    roles = {id(m): None if _seat_of_authority(tokens, m, trigger_start, trigger_end) else preceding_role(tokens, m)
             for m in near}
    # Inside the trigger span the words before a mention are the trigger's own, not a preposition; but in the
    # gap of a phrase "في" still names where ("اتفقا الأسبوع الماضي في السويد على": Sweden is no signer).
    for m in near:
        if trigger_start < m.start < trigger_end and not (roles[id(m)] == "place" and m.label in ("LOC", "GPE")):
            roles[id(m)] = None
    # The second of two parties joined by و shares the first one's cue ("اتصالين بالبرهان وحميدتي").
    ends = {m.end: m for m in near}
    for m in sorted(near, key=lambda m: m.start):
        first = ends.get(m.start)
        if (first is not None and roles[id(m)] is None and roles[id(first)] is not None
                and tokens[m.start].norm.startswith("و") and not trigger_start <= m.start < trigger_end
                and clear_cue(tokens, first)):
            roles[id(m)] = roles[id(first)]
    # A capital is a party only as a bare subject or object ("أنقرة وجهت", "تنفي موسكو"), not after
    # a preposition ("في موسكو" is a place).
    noun = _noun_use(tokens, trigger_start, trigger_kind, own_al)
    # "اشتباكات طرابلس", "معارك حلب": a capital right after a noun of fighting is where, not who
    fought_in = {id(m) for m in parties if noun and event_type in _PLACED_ACTS and m.start == trigger_end}
    parties = [m for m in parties
               if not m.entity.capital_of
               or (_capital_acts(tokens, m, roles, trigger_start, trigger_end) and id(m) not in fought_in)
               or (event_type not in _PLACED_ACTS and roles[id(m)] == "partner")
               or (event_type in _CALL_TYPES and m.start > trigger_end and _called(tokens, m, near))]
    free = [m for m in parties if roles[id(m)] is None]
    inner_subject = False
    titles = title_tokens()
    if (noun and trigger_kind == "mwe" and not any(m.end <= trigger_start for m in free)
            and any(trigger_start < m.start and m.end < trigger_end
                    and all(t.norm in titles or t.norm.removeprefix("و") in titles or t.norm in _PASSED
                            for t in tokens[trigger_start + 1:m.start])
                    for m in free)):
        # "فرقت الشرطة الكينية المتظاهرين", "أعلنت الحكومة السفير شخصا غير مرغوب فيه": in a clause that opens
        # with the phrase, a party between its first word and its last is the subject of its verb, not its
        # object (with a subject before, "أمرت القيادة غرفة العمليات بوقف ...", it is the object); a party
        # after that subject inside the phrase is the object.
        noun, inner_subject = False, True

    actor: list[Slot] = []
    target: list[Slot] = []
    from_speaker = False
    agent = next((m for m in parties if m.start >= trigger_end and roles[id(m)] == "agent"), None)
    if agent is None:
        agent = _agent_after_relative(tokens, near, trigger_end)
    # Right after the trigger (a subject for a verb, a genitive for a noun), skipping a word or two.
    right_after = next((m for m in free if trigger_start < m.start <= trigger_end + 2
                        + sum(t.norm in SKIPPABLE or t.norm in _PASSED for t in tokens[trigger_end:m.start])),
                       None)
    if (right_after is not None and not noun and event_type in _CALL_TYPES and trigger_end < right_after.start
            and verbal_b_noun(tokens[trigger_end])):
        right_after = None  # "وطالبت بسحب القوات الرواندية": the forces are what the call is about
    behind_title = None
    if right_after is None and not noun:
        right_after = behind_title = _subject_after_title(tokens, parties, trigger_end)
    if right_after is None and not noun:
        right_after = next((m for m in free if _closes_body(tokens, m, trigger_end)), None)
    if (right_after is not None and right_after is not behind_title and not noun and event_type not in _INTRANSITIVE
            and _counted(tokens, trigger_end, right_after.start)):
        # "اعتقلت 14 متظاهرا", "قتلت سبعة من عناصر الحركة": a counted noun is what the verb acts on.
        free = [m for m in free if m is not right_after]
        right_after = None
    # "قالت الحكومة إنها قصفت مواقع الجبهة": the pronoun after إن is the verb's subject, so the party after
    # the verb is its object; who "she" is, the speaker says
    pronoun_object = None
    if right_after is not None and not noun and (_after_that_pronoun(tokens, trigger_start)
                                                  or _accusative_force(tokens, right_after, trigger_end)):
        # so is a state's people or forces in the accusative right after the verb ("يلتقي مسؤولين روسا")
        pronoun_object, right_after = right_after, None
    before = next((m for m in reversed(free) if m.end <= trigger_start and trigger_start - m.end <= _WINDOW), None)
    if before is None and not noun:
        # "مصدر مقرب من حزب الله ينفي ...": a source close to a party, opening the clause, speaks for it
        before = next((m for m in parties if m.end == trigger_start and roles[id(m)] == "source"
                       and opens_clause(tokens, m, max(left, clause_left))), None)
    victim = before if before is not None and _is_victim(tokens, before) else None
    if victim is not None:
        before = None  # "قُتل 12 مدنيا ... جراء غارات": the killed are hit, they do not strike
    if before is not None and _complementizer_between(tokens, before.end, trigger_start):
        before = None  # "قالت قوات الوفاق إنها رصدت انسحاب ...": the sayer, not the doer
    if agent is not None:
        actor = [agent]
        if right_after is not None and right_after is not agent and right_after.start < agent.start:
            target = [right_after]
        else:
            # "تعرض رتل تابع لجهاز ... لقصف شنه الجيش": what stands before the passive is hit.
            hit = before or next((m for m in reversed(parties) if m.end <= trigger_start), None)
            target = [hit] if hit is not None else []
    elif (noun and right_after is not None and event_type in _SUBJECT_GENITIVE
          and (right_after.label != "MISC" or right_after.start == trigger_end)):
        actor = [right_after]  # "دخول القوات المدينة إثر انسحاب الجيش": who withdrew is the genitive
    elif (trigger_kind == "noun" and right_after is not None and right_after.label == "MISC"
          and right_after.start == trigger_end and not _casualty_noun(tokens, trigger_start)
          and (event_type not in _OBJECT_GENITIVE or definite(tokens[right_after.start].norm))):
        # (not "اعتقال سوري", the arrest of a Syrian: a noun with no article and the word after it may be its genitive)
        actor = [right_after]  # "حصيلة الغارات الإسرائيلية", "العقوبات الأمريكية": the adjective names who acts
    elif noun and before is not None:
        actor = [before]  # "تمكنت القوات من طرد المليشيات": the genitive is the object
        if right_after is not None:
            target = [right_after]
    elif noun and right_after is not None and (event_type in _OBJECT_GENITIVE or _casualty_noun(tokens, trigger_start)):
        target = [right_after]  # "مساعدة الشعب الليبي", "اعتقال الناشط": the genitive is the object
        if speaker is not None:
            actor, from_speaker = [speaker], True
            if right_after.entity.id == speaker.entity.affiliation:
                target = []  # "أكد أردوغان وقوف تركيا إلى جانب ...": the speaker's own state stands by someone
    elif not noun and before is not None and pluperfect_subject(tokens, before, trigger_start):
        actor = [before]  # "وكان العاهل المغربي قد دعا الرئيس الجزائري": كان – subject – قد – verb – object
        if right_after is not None:
            target = [right_after]
    elif (right_after is not None and before is not None and trigger_kind == "verb"
          and (plural_verb(tokens[trigger_start].norm) or opens_clause(tokens, before, max(left, clause_left)))
          and trigger_start - before.end <= 2
          and not any(t.norm in _PUNCT for t in tokens[before.end:trigger_start])):
        # "إن المسلحين هاجموا مركز الشرطة": a verb before its subject is singular, so a plural one follows
        # its subject and the party after it is the object; so does a verb right after the party its clause
        # opens with ("غوتيريش يطالب إسرائيل بالالتزام ...", the subject–verb order of headlines and live blogs).
        actor, target = [before], [right_after]
    elif right_after is not None:
        actor = [right_after]
    elif before is not None:
        actor = [before]
    elif event_type in _PLACED_ACTS and (force := next(
            (m for m in free if m.start >= trigger_end and _qualifies_force(tokens, m)), None)) is not None:
        actor = [force]  # "وصل إلى باماكو رتل من ثلاثين مدرعة فرنسية": the forces' state moves them
    elif event_type in _RECIPIENT_ACTS and (recipient := _recipient(parties, roles, trigger_end)) is not None:
        actor = [recipient]  # "وصول تعزيزات إلى قوات X": the reinforcements are X's
    elif noun and (subject := _frame_subject(tokens, mentions, max(left, clause_left), trigger_start)) is not None:
        actor = [subject]  # "وصل الوزير، اليوم، إلى العاصمة طرابلس في زيارة": the visitor is the verb's subject
    elif (speaker is not None and not (trigger_start <= speaker.start < trigger_end)
          and not _named_subject_after_that(tokens, trigger_start)):
        actor = [speaker]
        from_speaker = True

    if pronoun_object is not None and pronoun_object not in actor and not target:
        target = [pronoun_object]
    signers = _signers(tokens, mentions, left, trigger_start) if noun and event_type == "AGREE" else []
    if signers:
        # "وقّع وفدا الحكومة وقوات حفتر، أمس في جنيف، اتفاقا": the signers stand right after the verb of
        # signing, however far the agreement comes after them.
        actor, target, from_speaker = signers, signers[::-1] if len(signers) > 1 else [], False
    pair = _between_pair(tokens, parties, taken={id(m) for m in actor})
    if event_type in _JOINT_ACTS and len(pair) > 1 and (not actor or from_speaker):
        # "اشتباكات بين الجيش والدعم السريع", "هدنة بين إسرائيل وحماس": the two sides act together,
        # each against the other; a speaker who reports it is not a side.
        actor, target, from_speaker = pair, pair[::-1], False
    elif event_type == "ASSAULT" and len(pair) == 1 and not actor:
        actor = pair  # "اشتباكات بين قوات النظام وفصائل المعارضة" with one side known: that side fights
    if victim is not None and not target and victim not in actor:
        target = [victim]
    taken = {id(m) for m in actor + target}
    # Co-ordinated parties: "تركيا وروسيا", "الحكومة والجيش".
    if actor:
        # A pair may begin before the window ("وقعت الحكومة الإثيوبية وجبهة تحرير شعب تيغراي، أمس ... اتفاقا").
        joined = [m for m in mentions if m.start >= left and _can_be_party(m, trigger_start, trigger_end)
                  and not (m.start <= trigger_start and m.end >= trigger_end)]
        _extend_coordinated(tokens, actor, joined, taken)
        # "نفى الناطق باسم الجيش العميد نبيل عبد الله ...": the name after the subject's title and rank is
        # the subject again, not the object.
        taken.update(id(m) for m in _appositions(tokens, actor[-1], parties))
    acting_ids = {m.entity.id for m in actor}
    bodies = acting_ids | {m.entity.affiliation for m in actor if m.entity.affiliation}
    # "حفتر، القائد العام للجيش الوطني": the body the actor leads or speaks for is no object of his (his state
    # may be: "دعا الرئيس عون الحكومة إلى ...")
    kb = KnowledgeBase.load()
    own_bodies = {a for m in actor if (a := m.entity.affiliation) and a in kb and kb.get(a).kind != "state"}
    own_bodies -= {m.entity.id for m in actor}
    # a government or army acts for its state ("قوات الجيش الوطني اليمني": Yemen is no object of the government's)
    bodies |= {c for m in actor if m.entity.kind in _STATE_ORGANS and (c := m.entity.country)}
    for m in parties:
        # the actor's own official ("وزير الداخلية الصومالي محمد ...") is no object; two bodies that answer to
        # one government may be ("اتهم اللواء 444 جهاز الردع")
        affiliation = m.entity.affiliation
        own_official = affiliation in bodies and (m.entity.kind == "person" or affiliation in acting_ids)
        # a state is not sanctioned, attacked, accused or answered by its own officials ("قطع العلاقات مع المغرب بسبب
        # الأعمال العدائية ضد الجزائر" by Algeria's minister); it may be called on ("دعا الرئيس الحكومة")
        own_state = event_type in _AGAINST_OTHERS and m.entity.kind == "state" and m.entity.id in bodies
        if id(m) in taken or len(target) >= 2 or own_official or own_state or m.entity.id in own_bodies:
            continue  # "وزير الداخلية الصومالي محمد ...": the state's official is the subject, not its object
        role = roles[id(m)]
        beside = event_type == "SUPPORT" and m.start > 0 and tokens[m.start - 1].norm == "جانب"  # "إلى جانب X"
        sourced = role == "source" and event_type in _SOURCE_TARGET and not _requested_by(tokens, m)
        if role in ("target", "partner", "with", "to") or sourced or beside:
            if m.start >= trigger_start - 2 or role in ("partner", "with"):
                target.append(m)
                taken.add(id(m))
        elif (role is None and not noun and actor and not target
              and m.start >= (actor[0].end if inner_subject or trigger_start < actor[0].start < trigger_end
                              else max(trigger_end, actor[0].end))):
            target.append(m)  # verb – subject – object
            taken.add(id(m))
    if not target and actor and event_type == "THREATEN":
        # "تهديد تركي باستهداف مقر حفتر": who the threatened act would hit is the threat's target.
        target = [m for m in parties if m.start >= trigger_end and m.end <= right and id(m) not in taken
                  and m.label != "MISC" and m.entity.id not in bodies][:1]
    if not target and actor and event_type in _ADJECTIVE_TARGET:
        owner = _adjective_owner(tokens, near, actor, max(trigger_end, actor[-1].end), right)
        target = [owner] if owner is not None else []
    if target:
        _extend_coordinated(tokens, target, parties, taken)
    elif event_type == "ASSAULT":
        target = _victims(tokens, [m for m in mentions if _can_be_party(m, trigger_start, trigger_end)], trigger_end)
    if not target and len(actor) > 1 and (event_type in _JOINT_ACTS or _reciprocal(tokens, trigger_start)):
        target = actor[::-1]  # "اتفقت تركيا وروسيا", "تبادلت أرمينيا وأذربيجان الاتهامات": each with the other
    if len(actor) == 1:
        # one actor is never its own object: "مسلحو تنظيم الدولة الإسلامية (داعش)" names it twice
        target = [t for t in target if t.entity.id != actor[0].entity.id]

    # A state that acts is not where it acted ("حثت بريطانيا وفرنسا ..."), and a state named by its army or
    # government ("طائرة تابعة للجيش") is a party, not a place; a state attacked may be both.
    acting = {m.entity.id for m in actor}
    places = [p for p in places if p.entity.id not in acting and not _names_institution(tokens, p)]
    chosen_places = _choose_places(tokens, places, trigger_start, trigger_end, roles, parties)
    if not chosen_places and event_type == "CONSULT" and len(actor) == 1 and actor[0].entity.capital_of:
        chosen_places = [actor[0]]  # "تعتزم الرياض استضافة جولة": a capital that hosts is where it is held
    each = (len(actor) > 1 and actor[0].start >= 2 and tokens[actor[0].start - 1].norm == "من"
            and tokens[actor[0].start - 2].norm in EACH)
    return Arguments(actor, target, chosen_places, _describe(tokens, chosen_places), from_speaker, each)


_AGAINST_OTHERS = frozenset({"SANCTION", "ASSAULT", "ACCUSE", "THREATEN", "REJECT"})
_STATE_ORGANS = frozenset({"government", "military"})
_THAT_PRONOUNS = frozenset({"انه", "انها", "انهم", "انهما", "بانه", "بانها", "بانهم"})  # أنه/إنها: that he/she
_VERB_PARTICLES = frozenset({"قد", "لن", "لم", "لا", "سوف"})
_THAT = frozenset({"ان", "بان"})  # أن، إن، بأن  # between the pronoun and its verb ("أنها قد قصفت")


def _after_that_pronoun(tokens: Sequence[Token], start: int) -> bool:
    """Whether a verb at ``start`` follows أنه/إنها (with a particle between or not), or "أن قواته" (the
    speaker's own forces): its subject is that pronoun or those forces, not the party after it."""
    at = start - 1
    if at > 0 and tokens[at].norm in _VERB_PARTICLES:
        at -= 1
    if at >= 1 and tokens[at].norm in clause_words("own_forces") and tokens[at - 1].norm in _THAT:
        return True
    return at >= 0 and tokens[at].norm in _THAT_PRONOUNS


_CLAUSE_OPENERS = frozenset({"و", "-", "–", "—", ":", "ف"})
# a source that speaks for a party, before it ("مصدر مقرب من حزب الله ينفي ...")
_SOURCE_OPENERS = frozenset(match_key(w) for w in (
    "مصدر", "مصادر", "مقرب", "مقربة", "مقربون", "مطلع", "مطلعة", "من", "في", "داخل", "رفيع", "رفيعة", "مسؤول"))


def opens_clause(tokens: Sequence[Token], party: Slot, clause_start: int) -> bool:
    """Whether ``party`` opens its clause: nothing before it but a conjunction, a dash, a live blog's time or
    a source close to it."""
    titles = title_tokens()
    # (or a comma: "تركيا تعلن دعمها ...، والخارجية الفرنسية تطالب باكو بـ")
    for t in reversed(tokens[clause_start:party.start]):
        if t.norm in COMMAS:
            return True
        if not (t.norm in _CLAUSE_OPENERS or t.norm.isdigit() or t.norm.removeprefix("و") in _SOURCE_OPENERS
                or t.norm.removeprefix("و") in titles):
            return False
    return True


def plural_verb(word: str) -> bool:
    """A past verb marked plural or dual (هاجموا، قصفتا، اتفقا is too short to tell from a noun)."""
    return len(word) > 4 and word.endswith(("وا", "تا"))


_KANA = frozenset({"كان", "كانت", "كانوا", "كانا", "كانتا"})
_KANA_REACH = 8  # words of the subject between كان and قد ("وكان العاهل المغربي الملك محمد السادس قد")


def pluperfect_subject(tokens: Sequence[Token], before: Slot, trigger_start: int) -> bool:
    """Whether ``before`` stands between كان and the قد right before the verb: the verb's subject (one more
    adjective may close its name: "وكان المجلس الوزاري الإسرائيلي المصغر قد وافق")."""
    if trigger_start < 1 or tokens[trigger_start - 1].norm != "قد" or not 0 <= trigger_start - 1 - before.end <= 1:
        return False
    if any(t.norm in _PUNCT for t in tokens[before.end:trigger_start]):
        return False
    return any(t.norm.removeprefix("و") in _KANA for t in tokens[max(0, before.start - _KANA_REACH):before.start])


def _pluperfect_body(tokens: Sequence[Token], m: Slot, trigger_start: int) -> bool:
    """A state's adjective closing the name of a body between كان and قد ("وكان المجلس الوزاري الإسرائيلي المصغر
    قد وافق"): the body the knowledge base lacks is that state's, and it acts."""
    if m.label != "MISC" or m.entity.kind not in DUAL_KINDS or m.start < 2:
        return False
    if not pluperfect_subject(tokens, m, trigger_start):
        return False
    kana = next((i for i in range(m.start - 1, max(-1, m.start - _KANA_REACH - 1), -1)
                 if tokens[i].norm.removeprefix("و") in _KANA), None)
    return kana is not None and kana + 1 < m.start and tokens[kana + 1].norm in clause_words("body_head")


# Acts aimed at a party that the sentence may name only by an adjective on the object: "انتقد الغارات
# الأمريكية" (the United States), "هدد بتدمير الاقتصاد التركي" (Turkey).
_ADJECTIVE_TARGET = frozenset({"ACCUSE", "THREATEN", "REJECT", "SANCTION", "REQUEST"})
_ADJECTIVE_REACH = 5  # words between the verb (or its subject) and the adjective


@cache
def _place_nouns() -> frozenset[str]:
    """Place cue nouns (مدينة، العاصمة، السواحل), not the prepositions of the same list ("أشار إلى أن أنقرة وجهت")."""
    return frozenset(w for w in word_list("place_cues.txt") if len(w) > 2) - _DIRECTIONS


_DIRECTIONS = frozenset(match_key(w) for w in ("إلى", "الى", "نحو"))


def _adjective_owner(tokens: Sequence[Token], near: Sequence[Slot], actor: Sequence[Slot], after: int,
                     right: int) -> Slot | None:
    """The state whose adjective qualifies the object of the act, not a place noun ("العاصمة الليبية")."""
    states = {m.entity.country for m in actor}
    for m in near:
        if not (after <= m.start <= after + _ADJECTIVE_REACH and m.end <= right):
            continue
        if m.label != "MISC" or m.entity.kind not in DUAL_KINDS or m.entity.country in states:
            continue
        if m.start > 0 and not _after_place_noun(tokens, m):
            return m
    return None


_RECIPROCAL_REACH = 8  # words between a verb of exchange and the act exchanged ("تبادل البلدان، أمس، الاتهامات")


def _reciprocal(tokens: Sequence[Token], trigger_start: int) -> bool:
    """Whether a verb or noun of exchange (تبادل، يتبادلان) governs the act: each party does it to the other."""
    before = tokens[max(0, trigger_start - _RECIPROCAL_REACH):trigger_start]
    return any(r.startswith(("تبادل", "يتبادل", "تتبادل")) for t in before for r in strip_clitics(t.norm))


def subject_before(tokens: Sequence[Token], mentions: Sequence[Slot], start: int) -> Slot | None:
    """The nearest party before ``start`` with no cue word of its own and no complementizer after it: the
    subject of the verb a later verb is joined to ("أعربت ألمانيا وبريطانيا عن قلقهما وحثتا الحكومة")."""
    for m in sorted((m for m in mentions if m.end <= start), key=lambda m: -m.start):
        if m.label == "MISC" or not _can_be_party(m, -1, -1) or preceding_role(tokens, m) is not None:
            continue
        return None if _complementizer_between(tokens, m.end, start) else m
    return None


def clause_subject(tokens: Sequence[Token], mentions: Sequence[Slot], start: int) -> Slot | None:
    """The first party before ``start`` with no cue word of its own and no complementizer after it: the subject
    of a verb-first clause ("تحدى الرئيس التركي أردوغان السعودية، مطالبا إياها": Erdoğan, not Saudi Arabia)."""
    for m in sorted((m for m in mentions if m.end <= start), key=lambda m: m.start):
        if m.label == "MISC" or not _can_be_party(m, -1, -1) or preceding_role(tokens, m) is not None:
            continue
        if not _complementizer_between(tokens, m.end, start):
            return m
    return None


_SIGNING = ("وقع", "يوقع", "توقع", "ابرم", "يبرم", "تبرم")
_SIGNERS_REACH = 12  # words of the signers' names after the verb


def _signers(tokens: Sequence[Token], mentions: Sequence[Slot], left: int, trigger_start: int) -> list[Slot]:
    """The parties named right after a verb of signing that opens the agreement's clause."""
    verb = next((i for i in range(left, trigger_start)
                 if tokens[i].norm.startswith(_SIGNING) or tokens[i].norm[1:].startswith(_SIGNING)), None)
    if verb is None:
        return []
    return [m for m in mentions if verb < m.start < min(trigger_start, verb + _SIGNERS_REACH)
            and m.label != "MISC" and _can_be_party(m, -1, -1) and role_word(tokens[m.start - 1]) != "place"
            and not _after_place_noun(tokens, m)][:2]


def _after_place_noun(tokens: Sequence[Token], m: Slot) -> bool:
    """A state named right after a place noun ("عاصمة جنوب السودان") describes a place, it does not act."""
    return m.start > 0 and any(r in _place_nouns() for r in strip_clitics(tokens[m.start - 1].norm))


def _frame_subject(tokens: Sequence[Token], mentions: Sequence[Slot], left: int, trigger_start: int) -> Slot | None:
    """A verbal noun in a prepositional frame ("في زيارة") describes its clause's main verb: its doer is that
    verb's subject, however far back the clause began (times and destinations stand between). The subject is
    the clause's first party with no cue word of its own before it, and nothing but its clause before it."""
    if trigger_start == 0 or role_word(tokens[trigger_start - 1]) != "place":
        return None
    for m in mentions:
        if not left <= m.start < trigger_start:
            continue
        if (m.label == "MISC" or not _can_be_party(m, -1, -1) or preceding_role(tokens, m) is not None
                or _complementizer_between(tokens, m.end, trigger_start)):
            return None
        return m
    return None


_PASSIVE_CASUALTY = frozenset({"قتل", "مقتل", "اصيب", "اصابه", "جرح", "استشهد", "استشهاد", "مصرع", "لقي"})
_AGENT_REACH = 6  # words of the agent's noun phrase before its party ("شنتها طائرات حربية روسية")


def _casualty_word(token: Token) -> bool:
    return any(r in _PASSIVE_CASUALTY for r in strip_clitics(token.norm))


def _is_victim(tokens: Sequence[Token], m: Slot) -> bool:
    """Whether a party is what a casualty word just before it counts ("قُتل 12 مدنيا", "بمقتل جنديين")."""
    return any(_casualty_word(t) for t in tokens[max(0, m.start - 2):m.start])


def _casualty_noun(tokens: Sequence[Token], start: int) -> bool:
    """A casualty noun ("مقتل ثلاثة جنود", "بمقتل"): its genitive is who was killed, not who killed."""
    return _casualty_word(tokens[start])


def _agent_after_relative(tokens: Sequence[Token], mentions: Sequence[Slot], after: int) -> Slot | None:
    """The doer named a few words after a relative agent verb: "غارات شنتها طائرات حربية روسية"."""
    for i in range(after, len(tokens)):
        if role_word(tokens[i]) != "agent" or tokens[i].norm in ("قبل", "يد"):
            continue
        return next((m for m in mentions if i < m.start <= i + _AGENT_REACH
                     and m.entity.kind not in _NEVER_PARTIES
                     and (not is_place(m.entity) or m.entity.kind in DUAL_KINDS)), None)
    return None


_TITLE_REACH = 6  # title words a verb's subject may stand behind


def titled(tokens: Sequence[Token], slot: Slot) -> bool:
    """Whether a title, rank or honorific stands right before a mention ("الناشط جلال ...", "العقيد ...")."""
    return slot.start > 0 and any(r in title_tokens() for r in strip_clitics(tokens[slot.start - 1].norm))


def _subject_after_title(tokens: Sequence[Token], parties: Sequence[Slot], after: int) -> Slot | None:
    """The party a verb's subject names behind title words: "نفى الناطق الرسمي باسم الجيش ..." (the army),
    "نفى المكتب الإعلامي لباشاغا" (Bashagha)."""
    titles = title_words()
    heads = _group_heads()
    i = after
    starts = {m.start for m in parties}
    body = -1  # words of a body the knowledge base lacks after "باسم" ("المتحدث باسم المجلس العسكري الفريق ...")
    while i < len(tokens) and i - after < _TITLE_REACH and i not in starts:
        word = tokens[i].norm
        if i > after and tokens[i - 1].norm in heads and word in OPENING_QUOTES:
            # "متمردو حركة "23 مارس" (إم 23)": a group's name in quotes after its head noun, its short name after
            close = next((j for j in range(i + 1, min(len(tokens), i + _QUOTED_NAME))
                          if tokens[j].norm in CLOSING_QUOTES), None)
            if close is None:
                break
            i = close + 1
            if i < len(tokens) and tokens[i].norm == "(":
                i += 1
            return next((m for m in parties if m.start == i), None)
        if word == "باسم":
            body = 0
        elif 0 <= body < _BODY_WORDS and word not in _PUNCT and word.removeprefix("و") not in titles:
            body += 1
        elif not (word.removeprefix("و") in titles or (i > after and word in _party_heads()) or word in heads):
            break
        i += 1
    if i == after:
        return None
    return next((m for m in parties if m.start == i), None)


_BODY_WORDS = 3
_QUOTED_NAME = 6  # words of a quoted name


@cache
def _group_heads() -> frozenset[str]:
    """Head nouns of a group's name and their plural subjects ("حركة", "متمردو"): words a verb's subject may stand
    behind."""
    heads = word_list("group_heads.txt")
    return heads | {h[:-1] + "و" for h in heads if h.endswith("ي")}


@cache
def _party_heads() -> frozenset[str]:
    return word_list("party_heads.txt")


def _names_institution(tokens: Sequence[Token], m: Slot) -> bool:
    """Whether a state's mention names it by an institution ("للجيش", "الحكومة الإثيوبية")."""
    return m.entity.kind in DUAL_KINDS and any(r in _party_heads() for r in strip_clitics(tokens[m.start].norm))


def _appositions(tokens: Sequence[Token], subject: Slot, parties: Sequence[Slot]) -> list[Slot]:
    """A person named right after the party of a title ("الناطق باسم الجيش", "قائد الجيش"), with nothing but
    rank words between: the title's holder, the same subject (a person right after a person is an object)."""
    titles = title_tokens()
    if subject.entity.kind == "person" or subject.start == 0 or tokens[subject.start - 1].norm not in titles:
        return []
    out = []
    for m in parties:
        if m.start < subject.end or m.entity.kind != "person":
            continue
        if m.start - subject.end <= _TITLE_REACH and all(t.norm in titles or t.norm.removeprefix("و") in titles
                                                         for t in tokens[subject.end:m.start]):
            out.append(m)
        break
    return out


def _counted(tokens: Sequence[Token], start: int, end: int) -> bool:
    """Whether a number stands between a verb (ending at ``start``) and the party at ``end``."""
    return any(read_quantity([Word(t.norm, 0, 0, "")], 0, vague=False, duals=False) is not None
               for t in tokens[start:end])


def _between_pair(tokens: Sequence[Token], parties: Sequence[Slot], taken: set[int]) -> list[Slot]:
    """The parties of "بين X وY" (X and Y joined by و), or [] when the clause names no such pair."""
    for m in parties:
        if id(m) in taken or m.start == 0 or tokens[m.start - 1].norm.removeprefix("و") != "بين":
            continue
        pair = [m]
        _extend_coordinated(tokens, pair, [p for p in parties if p.start > m.start], {id(m)} | taken)
        return pair
    return []


_SOURCE_TARGET = frozenset({"REQUEST", "RETREAT", "CONSULT"})
_REQUESTED_BY = frozenset(match_key(w) for w in ("بطلب", "بدعوة", "بمبادرة", "وبطلب"))  # not the verb طلب من


def _requested_by(tokens: Sequence[Token], m: Slot) -> bool:
    """"جلسة طارئة بطلب من فرنسا وبريطانيا": who asked for the meeting, not who it is held with."""
    for i in range(m.start - 1, max(0, m.start - _REQUESTERS_REACH), -1):
        if tokens[i].norm in _PUNCT:
            return False
        if tokens[i].norm == "من" and tokens[i - 1].norm in _REQUESTED_BY:
            return True
    return False


_REQUESTERS_REACH = 5  # words of the requesters named before this one ("بطلب من فرنسا وبريطانيا")
# Verbs with no object: a counted noun after them is who acts ("تظاهر آلاف المحتجين", "انسحب 300 جندي").
_INTRANSITIVE = frozenset({"PROTEST", "RETREAT"})
# Verbal nouns with no object: their genitive is who acts ("انسحاب القوات", "فرار المسلحين").
_SUBJECT_GENITIVE = frozenset({"RETREAT", "MOBILIZE"})
# Verbal nouns whose genitive is what is acted on, not who acts.
_OBJECT_GENITIVE = frozenset({"AID", "SUPPORT", "COERCE", "SANCTION"})
_JOINT_ACTS = frozenset({"AGREE", "CONSULT", "COOPERATE", "ASSAULT", "CONCEDE", "REJECT"})
_CASUALTY_WORDS = frozenset({"مقتل", "قتل", "اصابه", "اصابة", "استشهاد", "مصرع", "جرح", "اعتقال"})


def _victims(tokens: Sequence[Token], parties: Sequence[Slot], after: int) -> list[Slot]:
    """Who was hit, from the casualty report of an attack, anywhere later in the sentence:
    "..., ما أدى إلى مقتل 7 مدنيين"."""
    for m in parties:
        if after <= m.start:
            window = tokens[max(after, m.start - 3):m.start]
            if any(t.norm.removeprefix("و") in _CASUALTY_WORDS for t in window):
                return [m]
    return []
_RECIPIENT_ACTS = frozenset({"MOBILIZE"})


def _recipient(parties: Sequence[Slot], roles: dict[int, str | None], trigger_end: int) -> Slot | None:
    return next((m for m in parties if m.start >= trigger_end and roles[id(m)] in ("target", "to")), None)


def _extend_coordinated(tokens: Sequence[Token], chosen: list[Slot], parties: Sequence[Slot],
                        taken: set[int]) -> None:
    """Add parties joined by و to the chosen one, after it ("تركيا وروسيا") or before it when the
    nearest one was the second of a pair."""
    grew = True
    while grew:
        grew = False
        for m in parties:
            if id(m) in taken:
                continue
            first, last = chosen[0], chosen[-1]
            if m.start == last.end and tokens[m.start].norm.startswith("و"):
                chosen.append(m)
            elif (m.start == last.end + 1 and tokens[last.end].norm.startswith("وب")
                  and tokens[last.end].norm[2:] in title_tokens()):
                chosen.append(m)  # "بوزير الخارجية الأمريكي ... وبمستشار الرئيس الفرنسي ..."
            elif m.end == first.start and tokens[first.start].norm.startswith("و"):
                chosen.insert(0, m)
            else:
                continue
            taken.add(id(m))
            grew = True


def _in_place_phrase(m: Slot, roles: dict[int, str | None]) -> bool:
    return roles.get(id(m)) == "place"


def _choose_places(
    tokens: Sequence[Token], places: list[Slot], t0: int, t1: int, roles: dict[int, str | None], parties: list[Slot]
) -> list[Slot]:
    party_spans = [(p.start, p.end) for p in parties if not is_place(p.entity)]
    candidates = [
        p
        for p in places
        if not (p.entity.capital_of and _capital_acts(tokens, p, roles, t0, t1))
        and (roles[id(p)] == "place" or not any(a <= p.start and p.end <= b for a, b in party_spans))
        and (roles[id(p)] in ("place", "to", "with", "source", "target") or p.entity.kind not in DUAL_KINDS
             or _after_place_noun(tokens, p))  # "قبالة السواحل الليبية": the state's coast is where
    ]
    if not candidates:
        return []
    # Prefer places after the trigger (where it happened), nearest first; then before it.
    after = sorted((p for p in candidates if p.start >= t1), key=lambda p: p.start)
    before = sorted((p for p in candidates if p.end <= t0), key=lambda p: -p.start)
    # a place between the words of a trigger phrase ("وصل مساء أمس إلى باماكو رتل") is its own
    inside = sorted((p for p in candidates if t0 < p.start and p.end < t1), key=lambda p: p.start)
    ordered = inside + after + before
    if not ordered:  # the only places overlap the trigger itself (a place name inside a trigger phrase)
        return []
    # The most specific place of the clause: a town named with its country ("في ليبيا ... قرب سرت") is where.
    first = next((p for p in ordered if p.entity.kind not in DUAL_KINDS), ordered[0])
    chosen = [first]
    # "سرت والجفرة", "مدينتي هون وسوكنة": places joined by و right after the first one.
    for p in ordered[ordered.index(first) + 1:]:
        if p.start == chosen[-1].end and tokens[p.start].norm.startswith("و"):
            chosen.append(p)
    # A place the knowledge base lacks (no coordinates) followed closely by a known one ("منطقة كافوري
    # بالخرطوم بحري", "في ريف إدلب"): the known place locates the event, the unknown one stays listed.
    if first.entity.lat is None:
        rest = ordered[ordered.index(first) + 1:]
        known = next((p for p in rest if p.entity.lat is not None and 0 <= p.start - first.end <= 3), None)
        if known is not None:
            chosen.insert(0, known)
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
