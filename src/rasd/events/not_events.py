"""Why a trigger word names no event of its own: background and history, topics, plans, aims, descriptions.

The coder finds trigger words first; these predicates say which of them are something else than an event that
happened: a label of background ("خلفية:"), a standing position ("منذ سنوات"), the terms of an agreement ("ينص الاتفاق
على"), a topic ("خلافات حول القتال"), the aim of a plan ("مقترح لإخلاء المنطقة"), an event told before and now
described ("ووصف بوتين الضربات"), a prediction about it ("المعركة لن تكون ..."), an adjunct of another event, or
something dated long before the article.
"""

from __future__ import annotations

import datetime as dt

from rasd.doc import Event, Sentence, Token
from rasd.events.arabic_words import COMMAS, HARD_STOPS, LABEL_MARKS
from rasd.events.arguments import DUAL_KINDS, Slot, is_place
from rasd.events.dates import find_dates
from rasd.events.roles import clause_words
from rasd.events.triggers import TriggerMatch
from rasd.events.word_kinds import non_event_words, word_kinds
from rasd.text.normalize import match_key, strip_clitics

__all__ = [
    "ADJUNCT_TYPES", "MIN_VERB_WITH_PRONOUN", "OBJECT_PRONOUNS", "aim_of_plan", "answered", "characterised",
    "describes_noun", "gives_reason", "habitual", "in_past_clause", "is_adjunct", "is_drone", "is_history",
    "is_purpose", "labelled_background", "long_before", "not_an_event", "predicated", "relative_on", "stipulated",
    "the_deal_again", "with_prefix",
]


_HISTORY_DAYS = 30  # an event whose month or year ended this long before the article is background


def is_history(event: Event, published: dt.date | None) -> bool:
    """Whether an event is dated to a month or year well before publication ("في أغسطس الماضي", "عام
    2011"): news recalls such things as background; what it reports happened days ago."""
    if published is None or event.date is None or event.date_precision not in ("month", "year"):
        return False
    if (event.date_text and f"منذ {event.date_text}" in event.evidence
            and (event.date_precision == "month" or int(event.date[:4]) >= published.year - 1)):
        # "منذ مارس الماضي": begun then and still going on; "تمرد منذ عام 2009 أسفر عن مقتل 36 ألفا" is the
        # toll of years, background
        return False
    return long_before(event.date, event.date_precision, published)


# Support nouns that, with ب, say with whose backing something was done ("بدعم من دول عربية", "بمساندة").
ADJUNCT_TYPES = frozenset({"SUPPORT"})


def the_deal_again(tokens: list[Token], trig: TriggerMatch) -> bool:
    """A bare definite "الاتفاق" no deal-making word governs points back to an agreement already told."""
    if trig.type != "AGREE" or trig.kind != "noun" or trig.end - trig.start != 1:
        return False
    if "الاتفاق" not in strip_clitics(tokens[trig.start].norm):
        return False
    before = tokens[max(0, trig.start - 3):trig.start]
    return not any(r in clause_words("deal_making") for t in before for r in strip_clitics(t.norm))


def is_drone(trig: TriggerMatch, slots: list[Slot]) -> bool:
    """"مسيرة إسرائيلية": a march with a state's adjective is a drone (its strike is told by the verb after)."""
    return trig.type == "PROTEST" and trig.mode == "march" and any(
        s.start == trig.end and s.label == "MISC" and s.entity.kind in DUAL_KINDS for s in slots)


def not_an_event(tokens: list[Token], start: int, end: int, kind: str, slots: list[Slot]) -> bool:
    """A trigger inside a party's name ("غرفة عمليات تحرير سرت"), a verbal noun that is a topic
    ("وقف القتال", "لوقف القتال"), a time reference ("منذ بدء المعارك") or one marked possible
    ("ضربات جوية محتملة")."""
    if any(s.start <= start and end <= s.end and not is_place(s.entity) for s in slots):
        return True
    if kind != "verb" and start > 0:
        before = word_kinds(tokens[start - 1])
        if before & {"head", "demonstrative", "since"}:
            return True
        if "opening" in before and start > 1 and "since" in word_kinds(tokens[start - 2]):
            return True
    return end < len(tokens) and non_event_words().get(tokens[end].norm) == "after"


def relative_on(tokens: list[Token], trig: TriggerMatch, antecedents: set[int]) -> bool:
    """A verb right after a relative pronoun whose noun is one of ``antecedents``."""
    if trig.kind != "verb" or trig.start < 2 or "relative" not in word_kinds(tokens[trig.start - 1]):
        return False
    return trig.start - 2 in antecedents


# Object pronouns on a verb after a relative pronoun: the resumptive pronoun of an object relative clause.
OBJECT_PRONOUNS = ("ها", "ه", "هم", "هما", "هن")


MIN_VERB_WITH_PRONOUN = 5  # letters: shorter words ending in ه are stems (وجه)


def describes_noun(tokens: list[Token], trig: TriggerMatch, trigger_tokens: set[int]) -> bool:
    """A verb right after a relative pronoun with its object as a pronoun ("المناطق التي استعادتها القوات
    الحكومية", "الألغام التي زرعتها قوات حفتر", "قوات الوفاق، التي تدعمها أنقرة") describes the noun
    before it: background. When that noun is an event word itself ("غارات شنتها طائرات") the event is
    coded there."""
    if trig.start == 0 or "relative" not in word_kinds(tokens[trig.start - 1]):
        return False
    antecedent = trig.start - 2
    while antecedent >= 0 and tokens[antecedent].norm in COMMAS:
        antecedent -= 1
    if antecedent in trigger_tokens:
        return False
    key = tokens[trig.start].norm
    return len(key) >= MIN_VERB_WITH_PRONOUN and not key.startswith("ال") and key.endswith(OBJECT_PRONOUNS)


_OLD_PRECISIONS = frozenset({"month", "year"})


def in_past_clause(sentence: Sentence, trig: TriggerMatch, published: dt.date | None) -> bool:
    """A trigger in a clause on the past: after منذ and a span of years ("ومنذ سنوات، تنازع ... بدعم من"),
    in a when-clause of a sentence dated to a month or year long before the article ("عندما شن الحلف
    هجوما ... في 2011"), or after what followed such a منذ date ("منذ أغسطس الماضي بعد طرد ...")."""
    tokens = sentence.tokens
    kinds = [word_kinds(t) for t in tokens[:trig.start]]
    if any("since" in k and "ago" in word_kinds(tokens[i + 1]) for i, k in enumerate(kinds[:-1])):
        return True
    when = any("when" in k for k in kinds)
    since = [i for i, k in enumerate(kinds) if "since" in k]
    if not when and not since:
        return False
    base = 0 if sentence.is_title else sentence.start
    old = [m for m in find_dates(sentence.text, published)
           if m.precision in _OLD_PRECISIONS and long_before(m.date, m.precision, published)]
    if when:
        return bool(old)
    for m in old:
        opened = any(tokens[i].end - base <= m.start <= tokens[i].end - base + 1 for i in since)
        after = [i for i in range(trig.start) if tokens[i].start - base >= m.end]
        if opened and any("after_date" in kinds[i] for i in after):
            return True
    return False


def long_before(date: str | None, precision: str | None, published: dt.date | None) -> bool:
    if date is None or published is None:
        return False
    parts = [int(p) for p in date.split("-")]
    if precision == "year":
        end = dt.date(parts[0], 12, 31)
    else:
        year, month = divmod(parts[0] * 12 + parts[1], 12)  # the first day of the next month
        end = dt.date(year, month + 1, 1) - dt.timedelta(days=1)
    return (published - end).days > _HISTORY_DAYS


def with_prefix(tokens: list[Token], trig: TriggerMatch) -> bool:
    if trig.kind == "verb":
        return False
    key = tokens[trig.start].norm.removeprefix("و")
    stem = match_key(trig.pattern.split()[0].rstrip("*"))
    return key.startswith("ب") and not stem.startswith("ب")


_COPULAS = frozenset(match_key(w) for w in ("تكون", "يكون", "تكن", "يكن"))


_FUTURE_COPULAS = frozenset(match_key(w) for w in ("ستكون", "سيكون"))


def predicated(tokens: list[Token], trig: TriggerMatch) -> bool:
    """An event noun that is the subject of a future or negated "be" ("المعركة لن تكون ...", "الحرب ستكون
    طويلة"): something said about the event, not a report of it."""
    if trig.kind == "verb" or trig.end >= len(tokens):
        return False
    after = tokens[trig.end].norm
    if after in _FUTURE_COPULAS:
        return True
    return (after in ("لن", "لم") and trig.end + 1 < len(tokens)
            and tokens[trig.end + 1].norm in _COPULAS)


_CHARACTERISED_REACH = 7  # words of the subject between a verb that characterises and its object


def characterised(tokens: list[Token], trig: TriggerMatch) -> bool:
    """A definite event noun that a verb of characterising takes as object, with at most its subject between
    ("ووصف الرئيس الروسي فلاديمير بوتين الضربات بأنها ..."): an event told before, not a new one."""
    if trig.kind == "verb" or not tokens[trig.start].norm.startswith("ال"):
        return False
    for token in reversed(tokens[max(0, trig.start - _CHARACTERISED_REACH):trig.start]):
        if token.norm in COMMAS or token.norm in HARD_STOPS:
            return False
        if token.norm.removeprefix("و") in clause_words("characterise"):
            return True
    return False


def gives_reason(tokens: list[Token], trig: TriggerMatch) -> bool:
    """An adverbial verbal noun of reason (احتجاجا، تنديدا) as the whole trigger."""
    return trig.end - trig.start == 1 and tokens[trig.start].norm.removeprefix("و") in clause_words("reason")


_IN_RESPONSE = frozenset({"ردا", "رداً", "انتقاما", "ثارا"})  # match keys: ردا على، انتقاما لـ، ثأرا لـ


def answered(tokens: list[Token], trig: TriggerMatch) -> bool:
    """An act named as what another answers ("شنت ... ضربات ... ردا على هجمات الجماعة"، "انتقاما لمقتل"): the
    reason for the act coded, told before or known, not a new event."""
    before = [t.norm.removeprefix("و") for t in tokens[max(0, trig.start - 2):trig.start]]
    return any(w in _IN_RESPONSE for w in before) or any(
        w.startswith(("انتقاما", "ثارا")) for w in before[-1:])


def is_adjunct(tokens: list[Token], trig: TriggerMatch) -> bool:
    """"بدعم من X": with X's backing, a circumstance of the clause rather than an act of support."""
    return (trig.type in ADJUNCT_TYPES and with_prefix(tokens, trig) and trig.end < len(tokens)
            and "adjunct" in word_kinds(tokens[trig.end]))


_BACKGROUND_LABELS = frozenset({"خلفيه", "تحليل", "قراءه"})  # "خلفية: ..." heads a paragraph of background


def labelled_background(tokens: list[Token]) -> bool:
    """A paragraph labelled as background or analysis ("خلفية: يأتي التصعيد بعد ...")."""
    return len(tokens) > 1 and tokens[0].norm in _BACKGROUND_LABELS and tokens[1].norm in LABEL_MARKS


_STIPULATES = ("ينص", "تنص", "نص", "وينص", "وتنص", "ونص")


# Spans of years after منذ: what has gone on that long is a standing position or background.
_LONG_SPANS = frozenset(match_key(w) for w in ("سنوات", "سنين", "أعوام", "عقود", "عقد", "عقدين", "عامين", "سنتين"))


_HABIT_REACH = 8  # words between a trigger and the "منذ سنوات" of its own clause


_RELATIVES = frozenset({"التي", "الذي", "الذين", "اللتي", "اللذي"})


def habitual(tokens: list[Token], trig: TriggerMatch) -> bool:
    """"منذ سنوات" (for years) next to the trigger, not in a relative clause of its own."""
    for i in range(max(0, trig.start - _HABIT_REACH), min(len(tokens) - 1, trig.end + _HABIT_REACH)):
        if tokens[i].norm in ("منذ", "ومنذ") and tokens[i + 1].norm in _LONG_SPANS:
            between = tokens[min(i, trig.end):max(i, trig.start)]
            return not any(t.norm in _RELATIVES for t in between)
    return False


def stipulated(tokens: list[Token], trig: TriggerMatch) -> bool:
    """A trigger after "ينص/تنص ... على" in its sentence: what an agreement stipulates."""
    return any(t.norm in _STIPULATES for t in tokens[:trig.start])


_PLAN_REACH = 3  # words between a plan noun and its aim ("مقترح أميركي جديد لإخلاء")


def aim_of_plan(tokens: list[Token], trig: TriggerMatch) -> bool:
    return any("plan" in word_kinds(t) for t in tokens[max(0, trig.start - _PLAN_REACH):trig.start])


def is_purpose(tokens: list[Token], trig: TriggerMatch) -> bool:
    """A verbal noun that states an aim: with the preposition لـ ("لإجلاء", "للمساعدة") or after a word of
    purpose ("بهدف", "من أجل")."""
    if trig.kind == "verb":
        return False
    if trig.start > 0 and "purpose" in word_kinds(tokens[trig.start - 1]):
        return True
    key = tokens[trig.start].norm.removeprefix("و")
    stem = match_key(trig.pattern.split()[0].rstrip("*"))
    return key.startswith("ل") and not key.startswith("ال") and not stem.startswith("ل")
