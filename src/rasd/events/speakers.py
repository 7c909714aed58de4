"""Speakers of reporting verbs: "قال المتحدث ..." / "أعلنت الأمم المتحدة أنها ...", a party that opens the
sentence before its verb, an office speaking for its body, and a reporting verb with no subject that goes on
with the previous sentence's speaker."""

from __future__ import annotations

import re
from dataclasses import replace

from rasd.doc import Sentence, Token
from rasd.events.arabic_words import COMMAS
from rasd.events.arguments import DUAL_KINDS, Slot, is_place, opens_clause, pluperfect_subject
from rasd.events.roles import clause_words, title_tokens
from rasd.events.status import adjective_use, cue_candidates
from rasd.text.normalize import strip_clitics

__all__ = ["continues_quote", "find_speakers"]


# Verbs of alleging (زعمت، ادعى): like a reporting verb, their subject speaks for the side that acted.
_ALLEGING = re.compile(r"^[وف]?(?:زعم|يزعم|تزعم|ادع|يدع|تدع)")


def find_speakers(sentence: Sentence, slots: list[Slot], previous: Slot | None) -> list[tuple[int, Slot]]:
    """(position, party) of each reporting verb's speaker: "قال المتحدث ..." / "أعلنت الأمم المتحدة أنها ...".

    A reporting verb near the start with no named speaker ("وأضاف", "كما أكد أن") continues the
    previous sentence's speaker.
    """
    words = [t.text for t in sentence.tokens]
    found: list[tuple[int, Slot]] = []
    for cue in cue_candidates(tuple(words)):
        alleging = cue.payload.cue == "claimed" and _ALLEGING.match(sentence.tokens[cue.start].norm) is not None
        if (cue.payload.cue != "report" and not alleging) or adjective_use(words, cue):
            continue
        cut = _title_then_comma(sentence.tokens, cue.end)
        after = next((s for s in slots if cue.end <= s.start <= _subject_reach(sentence.tokens, cue.end)
                      and s.label != "MISC"
                      and (not is_place(s.entity) or s.entity.kind in DUAL_KINDS) and s.entity.kind != "media"
                      and (cut is None or s.start < cut or s.entity.kind == "person")),
                     None)
        if after is None:
            after = _body_behind_office(sentence.tokens, slots, cue.end)
        pluperfect = next((s for s in slots if s.end == cue.start - 1 and s.label != "MISC"
                           and pluperfect_subject(sentence.tokens, s, cue.start)), None)
        # "حزب الله يعلن في بيان أن ...": a party that opens the sentence right before the verb is its subject
        opener = next((s for s in slots if s.end == cue.start and s.label != "MISC" and not is_place(s.entity)
                       and s.entity.kind != "media" and opens_clause(sentence.tokens, s, 0)), None)
        if after is not None:
            found.append((cue.end, after))
        elif opener is not None:
            found.append((cue.end, opener))
        elif pluperfect is not None:
            found.append((cue.end, pluperfect))  # "وكان وزير الخارجية عادل الجبير قد أعلن، ...، قطع العلاقات"
        elif cue.start <= 2 and previous is not None and not found and _no_subject(sentence, cue.end):
            # The speaker goes on ("وأضاف أن ..."): placed where its name would stand in this sentence, so
            # that position rules never read the earlier sentence's offsets against this one's tokens.
            found.append((cue.end, replace(previous, start=cue.end, end=cue.end)))
        elif cue.start > 2 and sentence.tokens[cue.start].norm.startswith("و") and _no_subject(sentence, cue.end):
            # "دعا المبعوث ... إلى ضبط النفس، وأعلن أنه سيصل ...": a conjoined verb keeps the subject.
            subject = next((s for s in slots if s.end <= cue.start and s.label != "MISC" and not is_place(s.entity)
                            and s.entity.kind != "media"), None)
            if subject is not None:
                found.append((cue.end, subject))
    return sorted(found, key=lambda f: f[0])


_SAID_OPENERS = frozenset({":", "ان", "بان", "انه", "انها", "انهم"})  # what a reporting verb's subject ends at


_SUBJECT_REACH = 3  # words after a reporting verb in which its subject begins, and at most


_TITLE_REACH = 5  # this many more when they are words of a title ("قال عضو المركز الإعلامي لعملية «البنيان ...»")


def _subject_reach(tokens: list[Token], start: int) -> int:
    """The last position where the subject of a reporting verb ending at ``start`` may begin: three words on,
    further over words of a title, but not into what is said ("وقال إنه سيلتقي ممثلين عن مجلس النواب")."""
    titles = title_tokens()
    fillers = 0
    for i, t in enumerate(tokens[start:start + _SUBJECT_REACH + _TITLE_REACH], start):
        if t.norm in _SAID_OPENERS:
            if i == start:
                return start - 1  # "وقال إنه سيلتقي حفتر": no subject is named; Haftar is in what is said
            return start + _SUBJECT_REACH if not fillers else min(i - 1, start + _SUBJECT_REACH + fillers)
        if any(r in titles for r in strip_clitics(t.norm)):
            fillers += 1
    return start + _SUBJECT_REACH + min(fillers, _TITLE_REACH)


def _title_then_comma(tokens: list[Token], start: int) -> int | None:
    """The comma after a title that a reporting verb's subject opens with: past it only the title's holder may
    follow ("وزير الداخلية، أحمد المسيري،"), not another party ("أوضحه مستشاره الإعلامي، إيطاليا")."""
    titles = title_tokens()
    seen_title = False
    for i, t in enumerate(tokens[start:start + _SUBJECT_REACH + _TITLE_REACH], start):
        if t.norm in COMMAS:
            return i if seen_title else None
        seen_title = seen_title or any(r in titles for r in strip_clitics(t.norm))
    return None


_OFFICE_REACH = 8  # words after a reporting verb in which the body its speaker's office belongs to is named


def _body_behind_office(tokens: list[Token], slots: list[Slot], start: int) -> Slot | None:
    """The body named right after التابعة لـ in the subject of a reporting verb ending at ``start`` ("وقال رئيس
    لجنة شؤون الأسرى التابعة للحوثيين ... إن"): the speaker speaks for it."""
    for s in slots:
        if not start < s.start <= start + _OFFICE_REACH or s.label == "MISC":
            continue
        if any(t.norm in _SAID_OPENERS for t in tokens[start:s.start]):
            return None
        if any(r in clause_words("subordinate") for r in strip_clitics(tokens[s.start - 1].norm)):
            return s
    return None


def _no_subject(sentence: Sentence, at: int) -> bool:
    """Whether a reporting verb ending at ``at`` is followed by its content, not a subject:
    "وأضاف: ..." or "كما أكد أن ..." (but not "أكدت مصادر ...")."""
    if at >= len(sentence.tokens):
        return True
    return sentence.tokens[at].norm in _SAID_OPENERS or sentence.tokens[at].norm in {'"', "'", "،", ","}


def continues_quote(sentence: Sentence) -> bool:
    """A sentence that opens with a reporting verb and no named speaker ("وأضاف", "وتابع:")."""
    if not sentence.tokens:
        return False
    return sentence.tokens[0].norm in _CONTINUATIONS


_CONTINUATIONS = frozenset({"واضاف", "وتابع", "واكد", "وقال", "واوضح", "واشار", "ولفت", "وشدد", "واعتبر",
                            "وطالب", "ودعا", "واضافت", "وتابعت", "واكدت", "وقالت", "واوضحت", "واشارت"})
