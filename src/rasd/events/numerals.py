"""Numbers written in digits (Western or Eastern Arabic) or in Arabic words, read at a word position.

"ثلاثة وعشرين" is 23, "خمسة عشر" 15, "ثلاث مئة" 300, "ثلاثة آلاف" 3000, "2.5 مليون" 2500000. Vague quantities
("عشرات"، "عدد من") are read too, with no value, so callers can flag them. Number words live in
``rasd/lang/ar/numbers.tsv``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from rasd.events.arabic_words import Lexicon, Word, load_tsv

__all__ = ["Quantity", "number_lexicon", "read_ordinal_day", "read_quantity"]

_DIGITS = re.compile(r"^(?:[وف])?(?:[بلك])?(?:ال)?(\d+(?:[.,]\d+)*)$")
_CONJ = ("و", "ف")


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number found at words ``[first, end)``; ``value`` is None for a vague quantity."""

    first: int
    end: int
    value: int | None
    vague: bool = False


@cache
def number_lexicon() -> Lexicon:
    return Lexicon((kind, value, form) for kind, value, form in load_tsv("numbers.tsv"))


def _digit_value(key: str) -> float | None:
    m = _DIGITS.match(key)
    if not m:
        return None
    text = m.group(1)
    parts = re.split(r"[.,]", text)
    if len(parts) > 1 and all(len(p) == 3 for p in parts[1:]):
        return float("".join(parts))  # thousands separators: 1,200 / 1.200
    if len(parts) == 2:
        return float(parts[0] + "." + parts[1])
    if len(parts) > 2:
        return None
    return float(text)


def _word_value(key: str, kinds: tuple[str, ...], conj: bool) -> tuple[str, int] | None:
    """(kind, value) of a number word, reading off a leading و/ف (and ب/ل on the first word)."""
    lex = number_lexicon()
    forms = [key]
    if key[:1] in _CONJ and len(key) > 2:
        forms.append(key[1:])
    if not conj and key[:1] in ("ب", "ل") and len(key) > 4:
        forms.append(key[1:])
    for form in forms:
        found = lex.match([Word(form, 0, 0, "")], 0, kinds, clitics=False)
        if found is not None:
            entry = found[0]
            return entry.kind, int(entry.value)
    return None


def read_quantity(words: Sequence[Word], i: int, vague: bool = True, duals: bool = True) -> Quantity | None:
    """The number starting at word ``i``: digits, number words, a dual noun or (if ``vague``) a vague word."""
    if i >= len(words):
        return None
    lex = number_lexicon()
    if vague:
        found = lex.match(words, i, ("vague",), clitics=True)
        if found is not None:
            return Quantity(i, found[1], None, vague=True)
    if duals:
        found = lex.match(words, i, ("dual",), clitics=True)
        if found is not None:
            return Quantity(i, found[1], int(found[0].value))
    digits = _digit_value(words[i].key)
    if digits is not None:
        end = i + 1
        scale = _scale_at(words, end)
        if scale is not None:
            digits *= scale
            end += 1
        if digits != int(digits):
            return None
        return Quantity(i, end, int(digits))
    return _read_words(words, i)


def _scale_at(words: Sequence[Word], j: int) -> int | None:
    if j >= len(words) or not words[j].joined:
        return None
    found = _word_value(words[j].key, ("scale",), conj=True)
    return found[1] if found is not None else None


def _read_words(words: Sequence[Word], i: int) -> Quantity | None:
    first = _word_value(words[i].key, ("cardinal", "scale"), conj=False)
    if first is None:
        return None
    kind, value = first
    total, current = (value, 0) if kind == "scale" else (0, value)
    last = value
    j = i + 1
    while j < len(words) and words[j].joined:
        key = words[j].key
        linked = key[:1] == "و"
        nxt = _word_value(key, ("cardinal", "scale"), conj=True)
        if nxt is None:
            break
        kind, value = nxt
        if kind == "scale" and not linked:
            total += (current or 1) * value
            current = 0
        elif value == 10 and not linked and 1 <= last <= 9:
            current += 10  # teens: خمسة عشر
        elif value == 100 and not linked and 3 <= last <= 9:
            current = current - last + last * 100  # ثلاث مئة
        elif linked and kind == "cardinal":
            current += value
        else:
            break
        last = value
        j += 1
    return Quantity(i, j, total + current)


def read_ordinal_day(words: Sequence[Word], i: int) -> tuple[int, int] | None:
    """A day ordinal ("الأول", "الحادي عشر", "الثالث والعشرين") at word ``i``: (day, index after it)."""
    if i >= len(words):
        return None
    lex = number_lexicon()
    found = lex.match(words, i, ("ordinal",), clitics=True)
    if found is None:
        return None
    day = int(found[0].value)
    j = found[1]
    if j < len(words) and words[j].joined and day < 10:
        key = words[j].key
        if key in ("عشر", "عشره"):
            return day + 10, j + 1
        nxt = lex.match(words, j, ("ordinal",), clitics=True)
        if key[:1] == "و" and nxt is not None and int(nxt[0].value) in (20, 30):
            return day + int(nxt[0].value), nxt[1]
    return day, j
