"""Arabic normalisation for matching, keeping a map back to the original characters.

Matching needs one spelling per word (أ/إ/آ → ا, ة → ه, ى → ي, no diacritics or tatweel, ASCII digits);
display and evidence need the original text. ``normalize`` returns both the matching form and, for every
character of it, the offset of the original character it came from, so a span found in the normalised
text maps back to the exact original words.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["Normalized", "match_key", "normalize", "strip_clitics"]

_CACHE_WORDS = 20_000  # distinct words remembered by the per-token helpers
_CACHE_MAX_LEN = 40  # longer strings are not remembered

# Characters removed for matching: harakat, shadda, sukun, superscript alef, Quranic marks, tatweel,
# zero-width and bidi controls that outlets leave inside words.
_DROP = set(
    [chr(c) for c in range(0x064B, 0x0660)]
    + ["\u0670", "\u0640", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u061c", "\ufeff"]
    + [chr(c) for c in range(0x06D6, 0x06EE)]
)

_MAP: dict[str, str] = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ة": "ه", "ى": "ي", "ی": "ي", "ي": "ي", "ک": "ك", "ڪ": "ك",
    "ؤ": "و", "ئ": "ي",
    "«": '"', "»": '"', "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"',
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "`": "'",
    "–": "-", "—": "-", "‒": "-", "―": "-", "−": "-", "ـ": "",
    "،": "،", "؛": "؛", "\u00a0": " ", "\u2009": " ", "\u202f": " ",
}
for _i, _d in enumerate("٠١٢٣٤٥٦٧٨٩"):
    _MAP[_d] = str(_i)
for _i, _d in enumerate("۰۱۲۳۴۵۶۷۸۹"):
    _MAP[_d] = str(_i)


@dataclass(frozen=True, slots=True)
class Normalized:
    """A matching form of a text plus, per character, its offset in the original."""

    text: str
    offsets: tuple[int, ...]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``[start, end)`` span of the normalised text back to the original text."""
        if start >= end:
            pos = self.offsets[start] if start < len(self.offsets) else (self.offsets[-1] + 1 if self.offsets else 0)
            return pos, pos
        return self.offsets[start], self.offsets[end - 1] + 1


def _char_form(ch: str) -> str:
    if ch in _DROP:
        return ""
    mapped = _MAP.get(ch)
    if mapped is not None:
        return mapped
    if "\ufb50" <= ch <= "\ufefc":  # presentation forms from PDFs and old pages
        decomposed = unicodedata.normalize("NFKC", ch)
        if decomposed != ch:  # some (ornate parentheses, unassigned slots) have no decomposition
            return "".join(_char_form(c) for c in decomposed)
    return ch


def normalize(text: str) -> Normalized:
    """Normalise ``text`` for matching and keep the offset of each character in the original."""
    out: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        form = _char_form(ch)
        for c in form:
            out.append(c)
            offsets.append(i)
    return Normalized("".join(out), tuple(offsets))


_SPACES = re.compile(r"\s+")


def _translation_table() -> dict[int, str | None]:
    # The same mapping as _char_form, as one str.translate table: match_key runs on every token.
    table: dict[int, str | None] = {ord(c): None for c in _DROP}
    table.update({ord(c): (m or None) for c, m in _MAP.items()})
    for code in range(0xFB50, 0xFEFD):
        form = _char_form(chr(code))
        if form != chr(code):
            table[code] = form or None
    return table


_TABLE = _translation_table()


def match_key(text: str) -> str:
    """The key two spellings of one name share: normalised, lower-cased, single-spaced."""
    # Words and short phrases are asked for again and again by every layer; whole texts are not, and
    # remembering them would keep every article of a long ingest in memory.
    return _word_key(text) if len(text) <= _CACHE_MAX_LEN else _key(text)


def _key(text: str) -> str:
    return _SPACES.sub(" ", text.translate(_TABLE)).strip().lower()


_word_key = lru_cache(maxsize=_CACHE_WORDS)(_key)


# Proclitics in the order they attach: conjunction (و ف), then preposition (ب ل ك) or future marker
# (س, verbs only), then the article (ال). ل + ال is written لل.
_CONJ = ("و", "ف")
_PREP = ("ب", "ل", "ك")


def strip_clitics(token: str, min_stem: int = 2) -> list[str]:
    """Readings of a normalised token with its proclitics removed, longest first.

    ``strip_clitics("والجفره")`` gives ``["والجفره", "الجفره", "جفره"]``; ``"للجيش"`` gives
    ``["للجيش", "الجيش", "جيش"]``. Callers try each reading against a lexicon and keep the first that
    matches, so a word that merely starts with و (وزير) is still found as itself first.
    """
    return list(_readings(token, min_stem))


@lru_cache(maxsize=_CACHE_WORDS)
def _readings(token: str, min_stem: int) -> tuple[str, ...]:
    readings = [token]

    def add(form: str) -> None:
        if len(form) >= min_stem and form not in readings:
            readings.append(form)

    bases = [token]
    if token[:1] in _CONJ and len(token) > min_stem + 1:
        bases.append(token[1:])
    for base in list(bases):
        if base.startswith("لل") and len(base) > min_stem + 2:
            bases.append("ال" + base[2:])
        elif base[:1] in _PREP and len(base) > min_stem + 1:
            bases.append(base[1:])
        elif base[:1] == "س" and len(base) > 4:
            bases.append(base[1:])
    for base in bases:
        add(base)
    for base in bases:
        if base.startswith("ال") and len(base) > min_stem + 2:
            add(base[2:])
    return tuple(readings)
