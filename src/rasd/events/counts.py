"""Casualty, capture and strike counts of one Arabic news sentence.

A number counts something when a cue word says what: before it ("مقتل 7 مدنيين", "اعتقال 20"), right
after it ("4 قتلى و18 جريحا", "شن 12 غارة") or a few words after it ("لقي 3 أشخاص مصرعهم"). Numbers are
digits (Western or Eastern Arabic) or number words; dual nouns count two ("قتيلين"), some singular nouns
one ("سقوط قتيل", "مقتل جندي"). Vague quantities ("عشرات القتلى") give no number but are flagged. Killed
and wounded given as one figure ("مقتل وإصابة 12") stay apart as ``casualties``. Dates, ages, distances,
durations and money are not counts. Cue words live in ``rasd/lang/ar/casualty_cues.tsv``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from rasd.events.arabic_words import Lexicon, Word, load_tsv, split_words
from rasd.events.dates import month_lexicon
from rasd.events.numerals import Quantity, read_quantity

__all__ = ["CATEGORIES", "CountSpan", "Counts", "find_counts"]

CATEGORIES = ("killed", "wounded", "captured", "strikes")
_BACK_STEPS = 5  # bridge words allowed between a cue and its number: مقتل ما لا يقل عن 15
_VERB_WINDOW = 3  # words after a number where a verb cue may stand: 3 أشخاص لقوا مصرعهم
_SUBJECT_WORDS = 3  # words of a subject between a verb and its number: قتلت قوات الاحتلال الإسرائيلي 15


@dataclass(frozen=True, slots=True)
class CountSpan:
    """Evidence for one count: the words at ``[start, end)`` of the sentence and what they count."""

    category: str  # killed / wounded / captured / strikes / casualties (killed and wounded together)
    value: int | None  # None for a vague quantity
    start: int
    end: int
    text: str
    vague: bool = False
    total: bool = False  # a running toll ("ارتفعت الحصيلة إلى 30"), not one more group


@dataclass(frozen=True, slots=True)
class Counts:
    """Counts of one sentence; a category is None when the sentence gives no number for it."""

    killed: int | None = None
    wounded: int | None = None
    captured: int | None = None
    strikes: int | None = None
    casualties: int | None = None  # killed and wounded given as one figure
    vague: bool = False  # some category is mentioned only vaguely (عشرات القتلى)
    vague_categories: tuple[str, ...] = ()
    evidence: tuple[CountSpan, ...] = ()


@cache
def cue_lexicon() -> Lexicon:
    return Lexicon((f"{category}:{role}", category, form) for category, role, form in load_tsv("casualty_cues.tsv"))


def _kinds(role: str) -> tuple[str, ...]:
    return tuple(f"{c}:{role}" for c in CATEGORIES)


def _cue(words: Sequence[Word], k: int, role: str, article: bool = False) -> tuple[str, int] | None:
    found = cue_lexicon().match(words, k, _kinds(role), article=article)
    return (found[0].value, found[1]) if found is not None else None


def _is(words: Sequence[Word], k: int, kind: str, article: bool = False) -> bool:
    return 0 <= k < len(words) and cue_lexicon().has(words, k, kind, article=article)


@dataclass(slots=True)
class _Reading:
    category: str
    first: int  # first word of the evidence
    end: int  # word after the evidence
    total: bool = False
    from_before: bool = False  # read from a cue before the number, which a following "و3" may share


def _before(words: Sequence[Word], q: Quantity) -> _Reading | None:
    """A cue before the number, over bridge words: مقتل 7، مقتل ما لا يقل عن 15، عدد القتلى إلى 30."""
    k = q.first - 1
    total = False
    if words[q.first].key.startswith("ب"):
        return None  # أصيب بعدة طلقات، أصيب ب3 رصاصات: what hit them, not how many were hit
    for _ in range(_BACK_STEPS):
        if k < 0 or not words[k + 1].joined:
            return None
        # A multi-word cue ends right before the number or a bridge: القبض على 5
        for start in (k - 1, k):
            cue = _cue(words, start, "before") if start >= 0 else None
            if cue is not None and cue[1] == k + 1 and (start == k or words[k].joined):
                category = cue[0]
                if category in ("killed", "wounded") and _joined_other(words, start, category):
                    category, start = "casualties", start - 1
                total = total or any(_is(words, t, "total:-") for t in (start - 1, start - 2))
                return _Reading(category, start, q.end, total, from_before=True)
        if _is(words, k, "total:-"):
            total = True
        if not _is(words, k, "bridge:-"):
            return _after_subject(words, q, k)
        k -= 1
    return None


def _after_subject(words: Sequence[Word], q: Quantity, k: int) -> _Reading | None:
    """A verb, its subject, then the number: أعدم التنظيم 9، اعتقلت قوات الأمن 20."""
    for start in range(k - 1, max(-1, k - 1 - _SUBJECT_WORDS), -1):
        if not words[start + 1].joined or read_quantity(words, start + 1) is not None:
            return None
        verb = cue_lexicon().match(words, start, _kinds("verb_subject"))
        if verb is not None and verb[1] == start + 1:
            return _Reading(verb[0].value, start, q.end)
    return None


def _joined_other(words: Sequence[Word], k: int, category: str) -> bool:
    """مقتل وإصابة 12 / قتلى وجرحى: a killed cue and a wounded cue joined by و share one number."""
    other = "wounded" if category == "killed" else "killed"
    if words[k].key.startswith("و") and k > 0 and words[k].joined:
        cue = _cue(words, k - 1, "before")
        if cue is not None and cue[0] == other and cue[1] == k:
            return True
    return False


def _noun_cue(words: Sequence[Word], j: int, definite: bool) -> tuple[str, int] | None:
    """A counted noun at ``j``, bare (قتلى) or, when ``definite``, with the article (عشرات من القتلى).

    Prepositions are not read off: "الدقيقة 51 بضربة رأس" is not 51 strikes.
    """
    key = words[j].key
    if definite:
        if not key.startswith("ال"):
            return None
        key = key[2:]
    elif key.startswith("ال"):
        key = key[2:]
    probe = [*words[:j], Word(key, words[j].start, words[j].end, words[j].gap, words[j].joined), *words[j + 1 :]]
    for role in ("after", "single"):
        found = cue_lexicon().match(probe, j, _kinds(role), clitics=False)
        if found is not None:
            return found[0].value, found[1]
    return None


def _after(words: Sequence[Word], q: Quantity) -> _Reading | None:
    """A noun right after the number: 4 قتلى، 12 غارة، عشرات من القتلى، 12 بين قتيل وجريح."""
    j = q.end
    if j >= len(words) or not words[j].joined:
        return None
    definite = False
    if words[j].key in ("من", "بين") and j + 1 < len(words) and words[j + 1].joined:
        definite = words[j].key == "من"
        j += 1
    cue = _noun_cue(words, j, definite)
    if cue is None:
        return None
    category, end = cue
    if category in ("killed", "wounded") and end < len(words) and words[end].joined:
        other = "wounded" if category == "killed" else "killed"
        nxt = _cue(words, end, "after", article=True) or _cue(words, end, "single", article=True)
        if words[end].key.startswith("و") and nxt is not None and nxt[0] == other:
            return _Reading("casualties", q.first, nxt[1])
    return _Reading(category, q.first, end)


def _verb_after(words: Sequence[Word], q: Quantity) -> _Reading | None:
    """A verb a few words after the number: 3 أشخاص لقوا مصرعهم، خمسة جنود قتلوا."""
    for j in range(q.end, min(q.end + _VERB_WINDOW, len(words))):
        if not words[j].joined:
            return None
        cue = _cue(words, j, "verb")
        if cue is not None:
            return _Reading(cue[0], q.first, cue[1])
        if read_quantity(words, j) is not None or _cue(words, j, "before") is not None:
            return None
    return None


def _is_not_a_count(words: Sequence[Word], q: Quantity) -> bool:
    """Ages, distances, money, durations, dates and unit numbers (30 عاما، 180 كم، 23 فبراير، اللواء 155)."""
    j = q.end
    if j < len(words) and words[j].joined:
        if _is(words, j, "unit:skip_after") or month_lexicon().match(words, j) is not None:
            return True
    k = q.first - 1
    return k >= 0 and words[q.first].joined and _is(words, k, "unit:skip_before")


def _released(words: Sequence[Word], first: int, end: int) -> bool:
    """الإفراج عن 20 أسيرا، تبادلت 8 أسرى: prisoners freed or swapped, not taken."""
    return any(_is(words, k, "release:-") for k in range(max(0, first - 3), min(len(words), end + 2)))


def _self_counting(words: Sequence[Word], i: int) -> tuple[Quantity, _Reading] | None:
    """A dual or singular noun that is its own number: قتيلين، سقوط قتيل، شن غارة، مقتل جندي."""
    dual = _cue(words, i, "dual")
    if dual is not None:
        return Quantity(i, dual[1], 2), _Reading(dual[0], i, dual[1])
    if any(_is(words, k, "negation:-") for k in range(max(0, i - 3), i)):
        return None  # لم يسقط أي قتيل، دون وقوع إصابات
    single = _cue(words, i, "single")
    if single is not None:
        return Quantity(i, single[1], 1), _Reading(single[0], i, single[1])
    person = cue_lexicon().match(words, i, ("person:single",))
    if person is None and len(words[i].key) >= 6 and words[i].key.endswith("يان"):
        return _dual_after_cue(words, i)  # قتل فلسطينيان: a dual of a nisba noun
    if person is not None and i > 0 and words[i].joined:
        for start in (i - 2, i - 1):
            cue = _cue(words, start, "before") if start >= 0 else None
            if cue is not None and cue[1] == i:
                return Quantity(i, person[1], 1), _Reading(cue[0], start, person[1])
    return None


def _dual_after_cue(words: Sequence[Word], i: int) -> tuple[Quantity, _Reading] | None:
    if i == 0 or not words[i].joined or words[i].key.startswith("ال"):
        return None
    cue = _cue(words, i - 1, "before")
    if cue is None or cue[1] != i:
        return None
    return Quantity(i, i + 1, 2), _Reading(cue[0], i - 1, i + 1)


def find_counts(sentence: str) -> Counts:
    """People killed, wounded and captured, and strikes, as numbers given in ``sentence``."""
    words = split_words(sentence)
    spans: list[tuple[CountSpan, _Reading]] = []
    i = 0
    while i < len(words):
        q = read_quantity(words, i)
        reading: _Reading | None = None
        if q is None:
            own = _self_counting(words, i)
            if own is None:
                i += 1
                continue
            q, reading = own
        elif _is_not_a_count(words, q):
            i = q.end
            continue
        else:
            reading = _after(words, q) or _before(words, q) or _verb_after(words, q) or _coordinated(words, q, spans)
        if reading is not None and not (reading.category == "captured" and _released(words, q.first, reading.end)):
            first, end = min(reading.first, q.first), max(reading.end, q.end)
            start, stop = words[first].start, words[end - 1].end
            span = CountSpan(reading.category, q.value, start, stop, sentence[start:stop], q.vague, reading.total)
            reading.first, reading.end = first, end
            spans.append((span, reading))
            i = end
        else:
            i = q.end
    return _combine([span for span, _ in spans])


def _coordinated(words: Sequence[Word], q: Quantity, spans: list[tuple[CountSpan, _Reading]]) -> _Reading | None:
    """مقتل 5 جنود و3 مدنيين: a number joined by و to the count just before it counts the same thing."""
    if not spans or not words[q.first].key.startswith("و") or not words[q.first].joined:
        return None
    last, last_reading = spans[-1]
    last_end = last_reading.end
    if last.category == "casualties" or not last_reading.from_before or q.first - last_end > 1:
        return None
    if any(not words[k].joined for k in range(last_end, q.first + 1)):
        return None
    return _Reading(last.category, q.first, q.end, from_before=True)


def _combine(spans: list[CountSpan]) -> Counts:
    values: dict[str, int | None] = {}
    vague: list[str] = []
    for category in (*CATEGORIES, "casualties"):
        found = [s for s in spans if s.category == category]
        exact = [s.value for s in found if s.value is not None]
        totals = [s.value for s in found if s.value is not None and s.total]
        if totals:
            values[category] = max(totals)
        elif exact:
            values[category] = sum(exact)
        else:
            values[category] = None
            if found:
                vague.append(category)
    return Counts(
        killed=values["killed"],
        wounded=values["wounded"],
        captured=values["captured"],
        strikes=values["strikes"],
        casualties=values["casualties"],
        vague=bool(vague),
        vague_categories=tuple(vague),
        evidence=tuple(spans),
    )
