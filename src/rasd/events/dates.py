"""Date expressions of Arabic news sentences, resolved against the article's publication date.

News dates are mostly relative to the day of publication: "اليوم الجمعة", "أمس", "الإثنين" (the most recent
Monday up to the publication day), "الجمعة الماضية", "23 فبراير/شباط الماضي", "في مارس الماضي". A mention keeps
its words verbatim; its ``date`` is an ISO string at the precision it carries ("2020-06-08", "2020-03",
"2019") or None when the words do not fix a date ("الأسبوع الماضي") or there is no publication date to count
from. Month names and the other date words live in ``rasd/lang/ar/months.tsv`` and ``weekdays.tsv``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache, lru_cache

from rasd.events.arabic_words import Entry, Lexicon, Word, load_tsv, split_words
from rasd.events.numerals import number_lexicon, read_ordinal_day, read_quantity
from rasd.text.normalize import match_key, normalize, strip_clitics

__all__ = ["DateMention", "find_dates", "month_lexicon", "resolve_event_date"]

_YEAR = re.compile(r"^(?:[وف])?(?:[بل])?(\d{4})$")
_DAY = re.compile(r"^(?:[وف])?(?:[بل])?(?:ال)?(\d{1,2})$")
_NEAR_GAP = re.compile(r"[\s/()\-]*")  # what may separate a month from its other name: فبراير/شباط، فبراير (شباط)
_CLAUSE_END = re.compile(r"[.!?؟؛;:\n]")
# "قال الثلاثاء إن الطائرات قصفت ... الإثنين": a date across إن/أن belongs to the other verb.
_COMPLEMENTIZERS = frozenset({"ان", "انه", "انها", "بان", "بانه", "بانها", "وان"})
# A date after one of these, later than the trigger, dates the relative clause ("اتفاق سوتشي الذي توصلت
# إليه روسيا وتركيا في سبتمبر 2018"), not the event.
_RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي", "اللاتي"})
# participles that, like a relative pronoun, qualify a noun with its own date ("اتفاق السلام الموقع عام 2015")
_PARTICIPLES = frozenset(match_key(w) for w in ("الموقع", "الموقعة", "المبرم", "المبرمة", "المنعقد", "المنعقدة",
                                                "الصادر", "الصادرة"))
_QUALIFIERS = ("past", "future", "current")


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression at ``[start, end)`` of a sentence and the date it resolves to."""

    start: int
    end: int
    text: str
    date: str | None
    precision: str | None  # "day", "month", "year", or None when ``date`` is None
    bare_weekday: bool = False  # a weekday with no الماضي/المقبل: the last one, or the next for what is planned

    def ahead(self) -> DateMention:
        """The same expression read as something to come: a bare weekday is the next one ("سيصل الأحد")."""
        if not self.bare_weekday or self.date is None:
            return self
        return replace(self, date=(date.fromisoformat(self.date) + timedelta(days=7)).isoformat())


@dataclass(frozen=True, slots=True)
class _Spec:
    """What a date expression says, before a publication date turns it into a calendar date."""

    kind: str  # day_offset, weekday, date, month_day, month, month_offset, year, year_offset, vague
    offset: int = 0
    weekday: int = 0
    day: int = 0
    month: int = 0
    year: int | None = None
    year_offset: int | None = None
    direction: str | None = None  # past / future / current, or None


@cache
def date_lexicon() -> Lexicon:
    return Lexicon((kind, value, form) for kind, value, form in load_tsv("weekdays.tsv"))


@cache
def month_lexicon() -> Lexicon:
    """Month names; kind "month" may stand alone, "month_strict" needs a day, year or qualifier."""
    return Lexicon(
        ("month" if alone == "yes" else "month_strict", month, name)
        for month, name, _series, alone in load_tsv("months.tsv")
    )


def _near(word: Word) -> bool:
    return _NEAR_GAP.fullmatch(word.gap) is not None


def _at(words: Sequence[Word], j: int, kinds: tuple[str, ...], article: bool = False) -> tuple[Entry, int] | None:
    """Lexicon match at ``j`` when ``j`` follows the previous word with only spaces between."""
    if j >= len(words) or (j > 0 and not words[j].joined):
        return None
    return date_lexicon().match(words, j, kinds, article=article)


def _qualifier(words: Sequence[Word], j: int) -> tuple[str, int] | None:
    found = _at(words, j, _QUALIFIERS)
    if found is None or found[0].form[0] in ("هذا", "هذه"):
        return None
    return found[0].kind, found[1]


def _month_at(words: Sequence[Word], j: int, strict_ok: bool) -> tuple[int, int] | None:
    if j >= len(words):
        return None
    kinds = ("month", "month_strict") if strict_ok else ("month",)
    found = month_lexicon().match(words, j, kinds)
    if found is None:
        return None
    month, end = int(found[0].value), found[1]
    # The other calendar's name of the same month: فبراير/شباط، شباط (فبراير)
    if end < len(words) and _near(words[end]):
        alt = month_lexicon().match(words, end, ("month", "month_strict"))
        if alt is not None and int(alt[0].value) == month:
            end = alt[1]
    return month, end


def _year_digits(words: Sequence[Word], j: int) -> int | None:
    if j >= len(words):
        return None
    m = _YEAR.match(words[j].key)
    if m and 1900 <= int(m.group(1)) <= 2100:
        return int(m.group(1))
    return None


def _year_part(words: Sequence[Word], j: int) -> tuple[dict[str, int | str | None], int]:
    """What follows a month: a year (2019، عام 2019، من العام الماضي) or a qualifier (الماضي)."""
    if j >= len(words) or not _near(words[j]):
        return {}, j
    k = j + 1 if words[j].key == "من" else j
    year = _year_digits(words, k)
    if year is not None:
        return {"year": year}, k + 1
    if words[k].joined and _at(words, k, ("year_cue",)) is not None:
        cue_end = k + 1
        year = _year_digits(words, cue_end) if cue_end < len(words) and words[cue_end].joined else None
        if year is not None:
            return {"year": year}, cue_end + 1
    period = _at(words, k, ("period",), article=False) if k == j or words[k].joined else None
    if period is not None and period[0].value == "year":
        qual = _qualifier(words, period[1])
        if qual is not None:
            offset = {"past": -1, "future": 1, "current": 0}[qual[0]]
            return {"year_offset": offset}, qual[1]
    if k == j:
        qual = _qualifier(words, j)
        if qual is not None:
            return {"direction": qual[0]}, qual[1]
    return {}, j


def _spec_with_year(kind: str, day: int, month: int, extra: dict[str, int | str | None]) -> _Spec:
    year = extra.get("year")
    year_offset = extra.get("year_offset")
    direction = extra.get("direction")
    return _Spec(
        kind,
        day=day,
        month=month,
        year=year if isinstance(year, int) else None,
        year_offset=year_offset if isinstance(year_offset, int) else None,
        direction=direction if isinstance(direction, str) else None,
    )


def _parse_relday(words: Sequence[Word], j: int) -> tuple[_Spec, int] | None:
    found = date_lexicon().match(words, j, ("relday",))
    if found is None:
        return None
    entry, end = found
    if entry.form == ("اليوم",) and end < len(words) and words[end].joined:
        # اليوم التالي / اليوم الثالث: a day of the story, not the publication day
        if _at(words, end, ("not_date_after",)) or read_ordinal_day(words, end) is not None:
            return None
    if end < len(words) and words[end].joined:  # اليوم الجمعة، أمس الخميس (not "أمس والخميس")
        weekday = date_lexicon().match(words, end, ("weekday",), clitics=False)
        if weekday is not None:
            end = weekday[1]
    return _Spec("day_offset", offset=int(entry.value)), end


def _parse_day_month(words: Sequence[Word], j: int) -> tuple[_Spec, int] | None:
    k = j
    weekday = date_lexicon().match(words, k, ("weekday",))
    if weekday is not None:
        k = weekday[1]
    if k >= len(words) or (k > j and not words[k].joined):
        return None
    m = _DAY.match(words[k].key)
    if m and 1 <= int(m.group(1)) <= 31:
        day, k = int(m.group(1)), k + 1
    else:
        ordinal = read_ordinal_day(words, k)
        if ordinal is None:
            return None
        day, k = ordinal
    if k < len(words) and words[k].joined and words[k].key == "من":
        k += 1
    if k < len(words) and words[k].joined and words[k].key == "شهر":
        k += 1
    if k >= len(words) or not words[k].joined:
        return None
    month = _month_at(words, k, strict_ok=True)
    if month is not None:
        extra, end = _year_part(words, month[1])
        return _spec_with_year("date", day, month[0], extra), end
    period = _at(words, k, ("period",))  # في الخامس من الشهر الجاري
    if period is not None and period[0].value == "month":
        qual = _qualifier(words, period[1])
        if qual is not None:
            offset = {"past": -1, "future": 1, "current": 0}[qual[0]]
            return _Spec("month_day", day=day, offset=offset), qual[1]
    return None


def _parse_weekday(words: Sequence[Word], j: int) -> tuple[_Spec, int] | None:
    found = date_lexicon().match(words, j, ("weekday",))
    if found is None:
        return None
    if j > 0 and words[j].joined and date_lexicon().match(words, j - 1, ("not_date_before",)) is not None:
        return None  # بين الاثنين: "between the two"
    spec = _Spec("weekday", weekday=int(found[0].value))
    end = found[1]
    if _at(words, end, ("not_date_after",)) is not None:
        return _Spec("vague"), end + 1  # الأحد التالي: counted from another event
    qual = _qualifier(words, end)
    if qual is not None:
        return _Spec("weekday", weekday=spec.weekday, direction=qual[0]), qual[1]
    return spec, end


def _parse_ago(words: Sequence[Word], j: int) -> tuple[_Spec, int] | None:
    found = date_lexicon().match(words, j, ("ago", "after"))
    if found is None:
        return None
    sign = -1 if found[0].kind == "ago" else 1
    k = found[1]
    if k >= len(words) or not words[k].joined:
        return None
    count: int | None = None
    qty = read_quantity(words, k, vague=False, duals=False)
    if qty is not None and qty.value is not None:
        count, k = qty.value, qty.end
    unit = _at(words, k, ("unit",))
    if unit is None:
        return None
    name, _, dual = unit[0].value.partition(":")
    end = unit[1]
    if dual:
        count = int(dual)
    elif count is None and unit[0].form[0] in ("يوم", "اسبوع", "شهر", "عام", "سنه"):
        if _year_digits(words, end) is not None:
            return None  # منذ عام 2011 is a year, read by the year rule
        count = 1
    if end < len(words) and words[end].joined and words[end].key in ("من", "على"):
        return _Spec("vague"), end  # قبل يومين من الانتخابات: counted from another event
    if count is None:
        return _Spec("vague"), end  # منذ أيام
    if name == "day":
        return _Spec("day_offset", offset=sign * count), end
    if name == "month":
        return _Spec("month_offset", offset=sign * count), end
    if name == "year":
        return _Spec("year_offset", offset=sign * count), end
    return _Spec("vague"), end


def _parse_period(words: Sequence[Word], j: int) -> tuple[_Spec, int] | None:
    k = j
    this = date_lexicon().match(words, j, ("current",))
    if this is not None and this[0].form[0] in ("هذا", "هذه"):
        k = this[1]
        period = _at(words, k, ("period",))
        if period is None:
            return None
        end, direction = period[1], "current"
    else:
        period = date_lexicon().match(words, k, ("period",))
        if period is None:
            return None
        if read_quantity(words, period[1], vague=False, duals=False) is not None:
            k2 = read_quantity(words, period[1], vague=False, duals=False)
            assert k2 is not None
            qual = _qualifier(words, k2.end)  # الأيام الثلاثة الماضية
        else:
            qual = _qualifier(words, period[1])
        if qual is None:
            return None
        end, direction = qual[1], qual[0]
    offset = {"past": -1, "future": 1, "current": 0}[direction]
    if period[0].value == "month":
        return _Spec("month_offset", offset=offset), end
    if period[0].value == "year":
        return _Spec("year_offset", offset=offset), end
    return _Spec("vague"), end


def _parse_hours(words: Sequence[Word], j: int) -> tuple[_Spec, int] | None:
    """الـ24 ساعة الماضية، 48 ساعة المقبلة: a span of time, not a date."""
    qty = read_quantity(words, j, vague=False, duals=False)
    if qty is None or qty.end >= len(words):
        return None
    unit = _at(words, qty.end, ("unit",))
    if unit is None:
        return None
    qual = _qualifier(words, unit[1])
    return (_Spec("vague"), qual[1]) if qual is not None else None


def _parse_month(words: Sequence[Word], j: int) -> tuple[_Spec, int] | None:
    month = _month_at(words, j, strict_ok=True)
    if month is None:
        return None
    extra, end = _year_part(words, month[1])
    strict = month_lexicon().match(words, j, ("month",)) is None
    cued = j > 0 and words[j].joined and date_lexicon().match(words, j - 1, ("month_cue",)) is not None
    if not extra and (strict or not cued):
        return None
    return _spec_with_year("month", 0, month[0], extra), end


def _parse_year(words: Sequence[Word], j: int) -> tuple[_Spec, int] | None:
    cue = date_lexicon().match(words, j, ("year_cue",))
    if cue is not None and cue[0].value == "1":
        if cue[1] < len(words) and words[cue[1]].joined:
            year = _year_digits(words, cue[1])
            if year is not None:
                return _Spec("year", year=year), cue[1] + 1
    year = _year_digits(words, j)
    if year is not None and j > 0 and words[j].joined:
        if date_lexicon().match(words, j - 1, ("year_cue",)) is not None:
            return _Spec("year", year=year), j + 1
    return None


_CORE_PARSERS = (_parse_relday, _parse_day_month, _parse_weekday)
_OTHER_PARSERS = (_parse_ago, _parse_year, _parse_period, _parse_hours, _parse_month)


def _parse_at(words: Sequence[Word], i: int) -> tuple[_Spec, int, int] | None:
    """A date expression starting at word ``i``: (spec, first word, index after it)."""
    part = date_lexicon().match(words, i, ("daypart",))
    if part is not None:
        j = part[1]
        if j < len(words) and words[j].joined and words[j].key == "يوم" and part[0].form != ("يوم",):
            j += 1  # مساء يوم الخميس
        if j < len(words) and words[j].joined:
            for parse in _CORE_PARSERS:
                found = parse(words, j)
                if found is not None:
                    return found[0], i, found[1]
    for parse in (*_CORE_PARSERS, *_OTHER_PARSERS):
        found = parse(words, i)
        if found is not None:
            first = i
            if parse is _parse_month and i > 0 and words[i].joined and words[i - 1].key == "شهر":
                first = i - 1  # شهر مارس
            return found[0], first, found[1]
    return None


@cache
def _date_openers() -> frozenset[str]:
    """Words a date expression can begin with: the first words of the date, month and number lexicons."""
    return date_lexicon().first_words() | month_lexicon().first_words() | number_lexicon().first_words()


@lru_cache(maxsize=20_000)
def _may_open_date(key: str) -> bool:
    """Whether a date expression can begin at a word: it has digits, or one of its readings (clitics off) begins
    an entry of the lexicons every parser starts from. Most words cannot, and are skipped without parsing."""
    if any(c.isdigit() for c in key):
        return True
    openers = _date_openers()
    return any(r in openers for r in (key, key[1:], key[2:], *strip_clitics(key)))


def _shift_month(year: int, month: int, offset: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + offset
    return index // 12, index % 12 + 1


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _pick_year(month: int, day: int, direction: str | None, pub: date) -> int:
    """The year of a day and month given without a year, relative to the publication date."""
    here = (month, day)
    now = (pub.month, pub.day)
    if direction == "past":
        # "فبراير الماضي" written in February means last year's February
        if day == 0:
            return pub.year if month < pub.month else pub.year - 1
        return pub.year if here <= now else pub.year - 1
    if direction == "future":
        if day == 0:
            return pub.year if month > pub.month else pub.year + 1
        return pub.year if here >= now else pub.year + 1
    if direction == "current":
        return pub.year
    # No qualifier: the nearest such day, earlier on a tie (news mostly reports what has happened).
    best = pub.year
    best_gap: int | None = None
    for year in (pub.year - 1, pub.year, pub.year + 1):
        candidate = _safe_date(year, month, max(day, 1) if day else 15)
        if candidate is None:
            continue
        gap = abs((candidate - pub).days)
        if best_gap is None or gap < best_gap:
            best, best_gap = year, gap
    return best


def _resolve(spec: _Spec, pub: date | None) -> tuple[str | None, str | None]:
    if spec.kind == "vague":
        return None, None
    if spec.kind == "year" and spec.year is not None:
        return f"{spec.year:04d}", "year"
    if spec.kind in ("date", "month") and spec.year is not None:
        if spec.kind == "month":
            return f"{spec.year:04d}-{spec.month:02d}", "month"
        found = _safe_date(spec.year, spec.month, spec.day)
        return (found.isoformat(), "day") if found else (None, None)
    if pub is None:
        return None, None
    if spec.kind == "day_offset":
        return (pub + timedelta(days=spec.offset)).isoformat(), "day"
    if spec.kind == "weekday":
        back = (pub.weekday() - spec.weekday) % 7
        if spec.direction == "future":
            ahead = (spec.weekday - pub.weekday()) % 7 or 7
            return (pub + timedelta(days=ahead)).isoformat(), "day"
        if spec.direction == "past" and back == 0:
            back = 7
        return (pub - timedelta(days=back)).isoformat(), "day"
    if spec.kind == "month_offset":
        year, month = _shift_month(pub.year, pub.month, spec.offset)
        return f"{year:04d}-{month:02d}", "month"
    if spec.kind == "year_offset":
        return f"{pub.year + spec.offset:04d}", "year"
    if spec.kind == "month_day":  # day of the current / last / next month
        year, month = _shift_month(pub.year, pub.month, spec.offset)
        found = _safe_date(year, month, spec.day)
        return (found.isoformat(), "day") if found else (None, None)
    if spec.year_offset is not None:
        year = pub.year + spec.year_offset
    else:
        year = _pick_year(spec.month, spec.day, spec.direction, pub)
    if spec.kind == "month":
        return f"{year:04d}-{spec.month:02d}", "month"
    found = _safe_date(year, spec.month, spec.day)
    return (found.isoformat(), "day") if found else (None, None)


def _without_clitic(sentence: str, words: list[Word], first: int, end: int) -> int:
    """Start of a mention without a leading و/ف/ب/ل that is not part of the date words (والخميس)."""
    word = words[first]
    start = word.start
    for _ in range(2):
        key = word.key
        if key[:1] not in ("و", "ف", "ب", "ل") or len(key) < 4:
            break
        trimmed = [*words[:first], Word(key[1:], word.start, word.end, word.gap, word.joined), *words[first + 1 :]]
        again = _parse_at(trimmed, first)
        if again is None or again[1] != first or again[2] != end:
            break
        start += 1
        while start < word.end and not normalize(sentence[start]).text:
            start += 1  # diacritics of the removed letter
        word = trimmed[first]
        words = trimmed
    return start


_NAMED_HEADS = frozenset(match_key(w) for w in ("حركة", "جماعة", "تحالف", "ائتلاف", "تيار", "كتيبة", "لواء",
                                                 "ثورة", "انتفاضة", "مجموعة"))


def _quoted_name(sentence: str, start: int) -> bool:
    """Whether a date expression opens a quoted name after a group's head noun ("متمردو حركة "23 مارس"")."""
    before = sentence[:start].rstrip()
    if not before.endswith(('"', "«", "“")):
        return False
    words = before[:-1].split()
    return bool(words) and match_key(words[-1]) in _NAMED_HEADS


def find_dates(sentence: str, published: date | None) -> list[DateMention]:
    """All date expressions of ``sentence`` in order, resolved against the publication date."""
    return list(_find_dates(sentence, published))


@lru_cache(maxsize=64)  # read once per event of the same sentence
def _find_dates(sentence: str, published: date | None) -> tuple[DateMention, ...]:
    words = split_words(sentence)
    mentions: list[DateMention] = []
    i = 0
    while i < len(words):
        found = _parse_at(words, i) if _may_open_date(words[i].key) else None
        if found is None:
            i += 1
            continue
        spec, first, end = found
        start, stop = _without_clitic(sentence, words, first, end), words[end - 1].end
        if _quoted_name(sentence, start):
            i = end
            continue  # "حركة "23 مارس"": a group named after a date
        iso, precision = _resolve(spec, published)
        bare = (spec.kind == "weekday" and spec.direction is None and iso is not None and published is not None
                and iso < published.isoformat())
        mentions.append(DateMention(start, stop, sentence[start:stop], iso, precision, bare))
        i = end
    return tuple(mentions)


_PRECISION_RANK = {"day": 0, "month": 1, "year": 2, None: 3}


def _clause(sentence: str, offset: int) -> tuple[int, int]:
    start = 0
    for m in _CLAUSE_END.finditer(sentence):
        if m.start() < offset:
            start = m.end()
        else:
            return start, m.start()
    return start, len(sentence)


def _after(iso: str | None, published: date) -> bool:
    """Whether an ISO date at any precision ("2020-06-16", "2020-07", "2021") is after ``published``."""
    return iso is not None and iso > published.isoformat()[: len(iso)]


_OWN_RELATIVE = 3  # a relative pronoun this close to the trigger describes the event itself ("الغارة الجوية التي")


def _in_relative_clause(between: str) -> bool:
    """Whether the words from the trigger to a later date pass a relative pronoun or participle that qualifies
    another noun."""
    words = match_key(between).split()
    return any(w in _RELATIVES or w in _PARTICIPLES for w in words[_OWN_RELATIVE:])


def resolve_event_date(sentence: str, published: date | None, anchor: int | None = None,
                       happened: bool = False) -> DateMention | None:
    """The date of the event of ``sentence``: the expression closest to ``anchor`` in the same clause.

    With ``happened`` (an event reported as done, not planned), a date after publication belongs to
    something else the sentence announces ("دعا ... وأعلن أنه سيصل السبت المقبل") and is not used.

    ``anchor`` is the character offset of the event's trigger word; an expression across a reported-speech
    إن/أن from the trigger belongs to the other verb and is used only when nothing else fits. Without
    an anchor, the first expression
    with a day-precision date wins, else the first one. Expressions in other clauses are used only
    when the trigger's clause has none.
    """
    mentions = find_dates(sentence, published)
    if happened and published is not None:
        mentions = [m for m in mentions if not _after(m.date, published)]
    if not mentions:
        return None
    if anchor is None:
        return min(enumerate(mentions), key=lambda im: (_PRECISION_RANK[im[1].precision], im[0]))[1]
    mentions = [m for m in mentions if m.start < anchor or not _in_relative_clause(sentence[anchor:m.start])]
    if not mentions:
        return None
    lo, hi = _clause(sentence, anchor)

    def rank(m: DateMention) -> tuple[int, int, int, int, int]:
        inside = lo <= m.start and m.end <= hi
        distance = 0 if m.start <= anchor < m.end else min(abs(m.start - anchor), abs(m.end - anchor))
        between = sentence[min(m.end, anchor) : max(m.start, anchor)]
        reported = any(w in _COMPLEMENTIZERS for w in match_key(between).split())
        # a span that pins no day ("بعد أيام من", "بعد يوم") yields to a day the clause names, for what happened
        vague = 1 if happened and m.date is None else 0
        return (0 if inside else 1, vague, 1 if reported else 0, distance, _PRECISION_RANK[m.precision])

    return min(mentions, key=rank)
