"""Words of one sentence in matching form, and word lexicons read from the language data files.

Date and count extraction both walk a sentence word by word and look words (or runs of words) up in small
lexicons. Words keep their offsets in the original sentence so a found expression is quoted verbatim.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from rasd.lang.ar import read_list
from rasd.text.normalize import match_key, normalize, strip_clitics

__all__ = ["CLOSING_QUOTES", "COMMAS", "DENOUNCING", "HARD_STOPS", "LABEL_MARKS", "OPENING_QUOTES", "QUOTES",
           "Entry", "Lexicon", "Word", "definite", "load_tsv", "split_words", "word_list"]

# Punctuation tokens the event rules read: commas set off asides and end clauses; quotes enclose names and speech.
COMMAS = frozenset({"،", ","})
OPENING_QUOTES = frozenset({'"', "«", "“"})
CLOSING_QUOTES = frozenset({'"', "»", "”"})
QUOTES = OPENING_QUOTES | CLOSING_QUOTES
HARD_STOPS = frozenset(".!?؟;؛:")  # marks that end a clause outright
# Words of a protest that denounces or mourns what was done ("تنديدا بالهجوم"، "حدادا على الشهداء"), as match keys.
DENOUNCING = frozenset({"تنديدا", "استنكارا", "احتجاجا", "حدادا"})
LABEL_MARKS = frozenset({":", "|", "-"})  # marks after a label or a live blog's time ("خلفية:"، "14:10 -")

# A word: letters/digits, with decimal or thousand separators kept inside numbers ("1,200", "2.5").
_WORD = re.compile(r"[^\W_]+(?:[.,٫٬]\d+)*")  # "_" splits hashtags: #مقتل_شخصين


@dataclass(frozen=True, slots=True)
class Word:
    """One word of a sentence: matching key, original offsets, and the normalised text before it."""

    key: str
    start: int
    end: int
    gap: str
    joined: bool = True  # only spaces separate this word from the previous one (no punctuation)


def definite(key: str) -> bool:
    """Whether a word (as a match key) carries the article, after و and a preposition ("والقصف"، "بالجيش"،
    "للغارات")."""
    return key.removeprefix("و").removeprefix("ب").removeprefix("ل").startswith("ال") or key.startswith(
        ("لل", "ولل"))


def split_words(sentence: str) -> list[Word]:
    """Split ``sentence`` into words with offsets into the original string."""
    norm = normalize(sentence)
    words: list[Word] = []
    prev_end = 0
    for m in _WORD.finditer(norm.text):
        start, end = norm.original_span(m.start(), m.end())
        gap = norm.text[prev_end : m.start()]
        words.append(Word(m.group().lower(), start, end, gap, gap.replace("_", " ").strip() == ""))
        prev_end = m.end()
    return words


@cache
def load_tsv(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated file in ``rasd/lang/ar``, without comments and the header line."""
    text = files("rasd.lang.ar").joinpath(name).read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return tuple(tuple(cell.strip() for cell in row) for row in rows[1:])


@cache
def word_list(name: str) -> frozenset[str]:
    """The matching keys of a one-entry-per-line file in ``rasd/lang/ar``, without comments."""
    return frozenset(match_key(w) for w in read_list(name))


@dataclass(frozen=True, slots=True)
class Entry:
    """One lexicon row: what kind of word it is, its value, and its form as matching keys."""

    kind: str
    value: str
    form: tuple[str, ...]


class Lexicon:
    """Single- and multi-word expressions looked up at a word position, longest first."""

    def __init__(self, rows: Iterable[tuple[str, str, str]]) -> None:
        # first word -> (rest of the words, entries), longest first
        by_first: dict[str, dict[tuple[str, ...], list[Entry]]] = {}
        for kind, value, form in rows:
            key = tuple(match_key(form).split())
            if key:
                by_first.setdefault(key[0], {}).setdefault(key[1:], []).append(Entry(kind, value, key))
        self._by_first = {
            first: sorted(tails.items(), key=lambda item: -len(item[0])) for first, tails in by_first.items()
        }

    def first_words(self) -> frozenset[str]:
        """The first word of every entry (matching keys)."""
        return frozenset(self._by_first)

    def match(
        self,
        words: Sequence[Word],
        i: int,
        kinds: Iterable[str] | None = None,
        clitics: bool = True,
        article: bool = False,
    ) -> tuple[Entry, int] | None:
        """The longest entry starting at word ``i`` (of one of ``kinds``) and the index after it.

        Proclitics (و ف ب ل) are read off the first word only when ``clitics`` is true, and the article
        only when ``article`` is true too (اليوم is not يوم, الأحد is not أحد); the words of a multi-word
        entry must follow each other with nothing but spaces between them.
        """
        if i >= len(words):
            return None
        firsts = _readings(words[i].key, article) if clitics else (words[i].key,)
        wanted = None if kinds is None else set(kinds)
        for first in firsts:
            for tail, entries in self._by_first.get(first, ()):
                size = len(tail)
                if size and (
                    i + size >= len(words)
                    or not all(words[i + 1 + n].joined and words[i + 1 + n].key == tail[n] for n in range(size))
                ):
                    continue
                for entry in entries:
                    if wanted is None or entry.kind in wanted:
                        return entry, i + 1 + size
        return None

    def has(self, words: Sequence[Word], i: int, kind: str, clitics: bool = True, article: bool = False) -> bool:
        return self.match(words, i, (kind,), clitics, article) is not None


@cache
def _readings(key: str, article: bool) -> tuple[str, ...]:
    readings = strip_clitics(key)
    if article:
        return tuple(readings)
    return tuple(r for r in readings if "ال" + r not in readings)
