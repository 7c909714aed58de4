"""Find PLOVER event triggers in a sentence's tokens, from the lexicon in ``rasd/lang/ar/triggers.tsv``.

Tokens are raw surface words; each is normalised with ``match_key`` and read with its proclitics removed
(``strip_clitics``), so وقصفت, بالقصف and للاشتباكات find قصف* and اشتباكات. Among overlapping candidates the
one covering most tokens wins (then the more specific pattern, then the higher weight), and a token
belongs to at most one trigger. Stop phrases (type ``NONE``, e.g. قواعد الاشتباك) win the same way and
are then dropped, which keeps the shorter trigger inside them from firing.

The phrase matcher here is generic: ``rasd.events.status`` uses it for its cue lexicon too.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Generic, TypeVar

from rasd.events.arabic_words import COMMAS
from rasd.events.dates import find_dates
from rasd.text.normalize import match_key, strip_clitics

__all__ = [
    "PLOVER_TYPES",
    "SPEECH_ACTS",
    "PatternWord",
    "PhraseIndex",
    "PhraseMatch",
    "TriggerEntry",
    "TriggerMatch",
    "find_triggers",
    "lexicon_patterns",
    "opens_with_verb",
    "read_lexicon_rows",
    "token_readings",
    "trigger_index",
]

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
# Types that are statements: their content is what they are about, not another event.
SPEECH_ACTS = frozenset({"REQUEST", "THREATEN", "SUPPORT", "ACCUSE", "REJECT"})
STOP_TYPE = "NONE"
_KINDS = ("verb", "noun", "mwe", "")
# A wildcard word accepts at most this many extra letters: suffix pronouns and plural/dual endings
# (قصفتها، اشتبكوا), not whole other words that happen to share the first letters.
_MAX_SUFFIX = 4
# A gap word ("...") in a cue pattern skips up to this many tokens (نقلت وكالة رويترز عن ...).
_MAX_GAP = 8
_GAP = "..."
_CACHE_READINGS = 50_000  # distinct token readings remembered per phrase index
_PUNCTUATION = frozenset(".،,؛;:!?؟\"'()[]«»-")


@dataclass(frozen=True, slots=True)
class PatternWord:
    """One word of a pattern: its normalised text, whether it ends in ``*``, or a gap (``...``)."""

    text: str
    prefix: bool = False
    gap: bool = False

    def matches(self, reading: str) -> bool:
        if self.prefix:
            return reading.startswith(self.text) and len(reading) - len(self.text) <= _MAX_SUFFIX
        return reading == self.text

    @property
    def specificity(self) -> int:
        return 0 if self.gap else len(self.text) + (0 if self.prefix else 1)


def parse_pattern(pattern: str) -> tuple[PatternWord, ...]:
    words: list[PatternWord] = []
    for raw in pattern.split():
        if raw == _GAP:
            words.append(PatternWord("", gap=True))
            continue
        prefix = raw.endswith("*")
        text = match_key(raw.rstrip("*"))
        if not text:
            raise ValueError(f"empty word in pattern {pattern!r}")
        words.append(PatternWord(text, prefix=prefix))
    if not words or words[0].gap or words[-1].gap:
        raise ValueError(f"bad pattern {pattern!r}")
    return tuple(words)


@lru_cache(maxsize=50_000)
def token_readings(token: str) -> tuple[str, ...]:
    """Readings of a surface token for lexicon lookup: its key, then its clitic-stripped forms.

    A two-letter reading left by removing a preposition, or a three-letter one left by removing a bare
    preposition, is dropped (بحث would otherwise read as حث "urge", كمين as مين); بالقصف still reads
    قصف, and removing only و/ف/س is always kept because short verbs (وحث، فشن) take exactly those.
    """
    key = match_key(token)
    if not key or key in _PUNCTUATION:
        return ()
    readings = [key]
    deferred: list[str] = []
    if len(key) == 3 and key[0] in "وف":
        readings.append(key[1:])  # ولم، ومن، فلا: strip_clitics keeps three-letter words whole
    for reading in strip_clitics(key)[1:]:
        removed = key[: len(key) - len(reading)] if key.endswith(reading) else "لل"
        with_article = "ال" in removed or removed.endswith("لل")
        only_conjunction = not set(removed) - {"و", "ف", "س"}
        if not only_conjunction and len(reading) <= 2:
            continue
        if not only_conjunction and len(reading) == 3 and not with_article:
            # Kept last: a 3-letter stem after a bare preposition (بوقف → وقف) counts only when the
            # whole word means nothing itself (بحث stays بحث, كمين stays كمين).
            deferred.append(reading)
            continue
        readings.append(reading)
    return tuple(readings + deferred)


T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class PhraseMatch(Generic[T]):
    start: int
    end: int  # exclusive
    payload: T
    specificity: int


class PhraseIndex(Generic[T]):
    """Multi-word patterns indexed by their first word (exact words in a dict, wildcards by prefix)."""

    def __init__(self, entries: Iterable[tuple[str, T]]) -> None:
        self._exact: dict[str, list[tuple[tuple[PatternWord, ...], T]]] = {}
        self._prefix: dict[str, list[tuple[tuple[PatternWord, ...], T]]] = {}
        self._prefix_lengths: set[int] = set()
        for pattern, payload in entries:
            words = parse_pattern(pattern)
            first = words[0]
            table = self._prefix if first.prefix else self._exact
            table.setdefault(first.text, []).append((words, payload))
            if first.prefix:
                self._prefix_lengths.add(len(first.text))
        self._lengths = sorted(self._prefix_lengths)
        # reading -> patterns whose first word it matches; news vocabulary repeats, so this is mostly hits
        self._first: dict[str, tuple[tuple[tuple[PatternWord, ...], T], ...]] = {}
        # token -> those lists for each of its readings that begins a pattern (most tokens begin none)
        self._starts: dict[str, tuple[tuple[tuple[tuple[PatternWord, ...], T], ...], ...]] = {}

    def _first_word_candidates(self, reading: str) -> tuple[tuple[tuple[PatternWord, ...], T], ...]:
        got = self._first.get(reading)
        if got is not None:
            return got
        found = list(self._exact.get(reading, ()))
        for n in self._lengths:
            if n > len(reading):
                break
            if len(reading) - n <= _MAX_SUFFIX:
                found.extend(self._prefix.get(reading[:n], ()))
        got = tuple((words, payload) for words, payload in found if words[0].matches(reading))
        if len(self._first) >= _CACHE_READINGS:
            self._first.clear()
        self._first[reading] = got
        return got

    def _token_starts(self, token: str) -> tuple[tuple[tuple[tuple[PatternWord, ...], T], ...], ...]:
        got = self._starts.get(token)
        if got is None:
            got = tuple(c for c in map(self._first_word_candidates, token_readings(token)) if c)
            if len(self._starts) >= _CACHE_READINGS:
                self._starts.clear()
            self._starts[token] = got
        return got

    def _match_rest(
        self, words: tuple[PatternWord, ...], readings: Sequence[tuple[str, ...]], pos: int
    ) -> int:
        """End index if ``words`` match from token ``pos`` on, else -1 (gaps take the fewest tokens)."""
        if not words:
            return pos
        word = words[0]
        if word.gap:
            for skip in range(_MAX_GAP + 1):
                at = pos + skip
                if at > len(readings) or (skip and not readings[at - 1]):
                    break  # a gap never crosses punctuation
                end = self._match_rest(words[1:], readings, at)
                if end >= 0:
                    return end
            return -1
        if pos >= len(readings) or not any(word.matches(r) for r in readings[pos]):
            return -1
        return self._match_rest(words[1:], readings, pos + 1)

    def candidates(self, tokens: Sequence[str]) -> list[PhraseMatch[T]]:
        """Every pattern occurrence, overlapping ones included."""
        starts = [self._token_starts(t) for t in tokens]
        found: list[PhraseMatch[T]] = []
        if not any(starts):
            return found
        readings = [token_readings(t) for t in tokens]
        for i, token_starts in enumerate(starts):
            for patterns in token_starts:
                before = len(found)
                for words, payload in patterns:
                    end = self._match_rest(words[1:], readings, i + 1)
                    if end >= 0:
                        found.append(PhraseMatch(i, end, payload, sum(w.specificity for w in words)))
                if len(found) > before:
                    break  # the first reading that matches is the token's reading: وزير is not و+زير
        return found

    def longest(self, tokens: Sequence[str],
                candidates: Sequence[PhraseMatch[T]] | None = None) -> list[PhraseMatch[T]]:
        """Non-overlapping matches, longest first, then most specific, in text order (of ``candidates`` when
        the caller has them already)."""
        chosen: list[PhraseMatch[T]] = []
        taken: set[int] = set()
        found = self.candidates(tokens) if candidates is None else candidates
        ranked = sorted(found, key=lambda m: (-(m.end - m.start), -m.specificity, m.start))
        for match in ranked:
            span = range(match.start, match.end)
            if any(i in taken for i in span):
                continue
            taken.update(span)
            chosen.append(match)
        return sorted(chosen, key=lambda m: m.start)


@dataclass(frozen=True, slots=True)
class TriggerEntry:
    pattern: str
    type: str
    mode: str
    kind: str
    weight: float
    note: str


@dataclass(frozen=True, slots=True)
class TriggerMatch:
    start: int  # token index
    end: int  # exclusive
    type: str
    mode: str
    kind: str
    weight: float
    pattern: str


def read_lexicon_rows(filename: str) -> list[list[str]]:
    """Rows of a TSV in ``rasd/lang/ar`` without comments, blank lines and the header row."""
    text = resources.files("rasd.lang.ar").joinpath(filename).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    rows = list(csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    return rows[1:]


@cache
def _trigger_entries() -> tuple[TriggerEntry, ...]:
    entries: list[TriggerEntry] = []
    for number, row in enumerate(read_lexicon_rows("triggers.tsv"), start=2):
        cells = (row + [""] * 6)[:6]
        pattern, type_, mode, kind, weight, note = (c.strip() for c in cells)
        if type_ not in PLOVER_TYPES and type_ != STOP_TYPE:
            raise ValueError(f"triggers.tsv row {number}: unknown type {type_!r}")
        if kind not in _KINDS:
            raise ValueError(f"triggers.tsv row {number}: unknown kind {kind!r}")
        entries.append(TriggerEntry(pattern, type_, mode, kind, float(weight or 0), note))
    return tuple(entries)


@cache
def trigger_index() -> PhraseIndex[TriggerEntry]:
    """The trigger lexicon, loaded once."""
    return PhraseIndex((e.pattern, e) for e in _trigger_entries())


def lexicon_patterns() -> list[tuple[str, str]]:
    """(pattern, type) of every trigger entry, stop phrases excluded."""
    return [(e.pattern, e.type) for e in _trigger_entries() if e.type != STOP_TYPE]


def find_triggers(tokens: Sequence[str]) -> list[TriggerMatch]:
    """Event triggers in ``tokens`` (surface words of one sentence), in text order."""
    return list(_find_triggers(tuple(tokens)))


_ASIDE_WORDS = 6  # words of a time adverbial set off by commas
_ASIDE_FILLERS = frozenset(match_key(w) for w in ("في", "يوم", "خلال", "وقت", "سابق", "من", "منذ", "نحو", "حوالي"))


def time_asides(tokens: Sequence[str]) -> set[int]:
    """Tokens of time adverbials set off by commas, the commas included ("أطلق الحرس الثوري، فجر اليوم الأربعاء،
    صواريخ"): a phrase's gap may pass over them, as a reader does."""
    commas = [i for i, t in enumerate(tokens) if t in COMMAS]
    asides: set[int] = set()
    for i, j in zip(commas, commas[1:], strict=False):
        words = tokens[i + 1:j]
        if not 0 < len(words) <= _ASIDE_WORDS:
            continue
        text = " ".join(words)
        spans = [(m.start, m.end) for m in find_dates(text, None)]
        if not spans:
            continue
        at = 0
        covered = True
        for word in words:
            inside = any(a <= at and at + len(word) <= b for a, b in spans)
            if not inside and match_key(word) not in _ASIDE_FILLERS:
                covered = False
                break
            at += len(word) + 1
        if covered:
            asides.update(range(i, j + 1))
    return asides


def opens_with_verb(pattern: str, token: str) -> bool:
    """Whether a phrase begins with a verb: a stem with any ending (شن*، أطلق*) not read as a noun with
    its article (والإطلاق)."""
    return pattern.split()[0].endswith("*") and not match_key(token).startswith(("ال", "وال", "بال", "لل"))


@lru_cache(maxsize=256)  # the entity layer asks first (which sentences to tag), then the event coder
def _find_triggers(tokens: tuple[str, ...]) -> tuple[TriggerMatch, ...]:
    index = trigger_index()
    ranked = index.candidates(tokens)
    asides = time_asides(tokens)
    across: set[int] = set()  # ids of the phrases found across an aside
    if asides:
        # phrases read with the asides taken out, kept where they span one ("وقّعت X، أمس، اتفاقا")
        kept = [i for i in range(len(tokens)) if i not in asides]
        for m in index.candidates(tuple(tokens[i] for i in kept)):
            start, end = kept[m.start], kept[m.end - 1] + 1
            if end - start > m.end - m.start:
                found = PhraseMatch(start, end, m.payload, m.specificity)
                across.add(id(found))
                ranked.append(found)
    ranked.sort(key=lambda m: (-(m.end - m.start), -m.specificity, -m.payload.weight, m.start))
    taken = [False] * len(tokens)
    out: list[TriggerMatch] = []
    for match in ranked:
        if any(taken[match.start : match.end]):
            continue
        for i in range(match.start, match.end):
            taken[i] = True
        entry = match.payload
        if entry.type == STOP_TYPE:
            continue
        # "أطلق الحرس الثوري، فجر اليوم، صواريخ": a phrase that opens with a verb and crosses an aside holds the
        # verb's subject; it is read as that verb (its subject inside, its object after)
        verb = id(match) in across and opens_with_verb(entry.pattern, tokens[match.start])
        out.append(TriggerMatch(match.start, match.end, entry.type, entry.mode, "verb" if verb else entry.kind,
                                entry.weight, entry.pattern))
    out.sort(key=lambda m: m.start)
    return tuple(out)
