"""Name lists as NER features: which list a word, or a run of words, belongs to.

The table (``ner-gazetteer.tsv``) maps a normalised phrase to the lists it is on (``LOC``, ``COUNTRY``,
``PERS``, ``PERSFIRST``, ``NAT``, ...). Lists are evidence, not answers: the CRF learns how far to trust
each one, so a common word that is also a village name does not become a place by itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

MAX_PHRASE = 4


class Gazetteer:
    """Phrase → list names, matched longest-first over normalised tokens."""

    def __init__(self, entries: dict[str, frozenset[str]]) -> None:
        self.entries = entries
        self.max_len = max((k.count(" ") + 1 for k in entries), default=1)
        self.max_len = min(self.max_len, MAX_PHRASE)
        self._firsts: frozenset[str] | None = None  # first words of multi-word entries, made on first use

    @classmethod
    def load(cls, path: Path) -> Gazetteer:
        entries: dict[str, frozenset[str]] = {}
        # fewer than a hundred combinations of lists among ~90,000 phrases: one set object per combination
        combinations: dict[str, frozenset[str]] = {}
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("#") or "\t" not in line:
                    continue
                key, flags = line.rstrip("\n").split("\t", 1)
                lists = combinations.get(flags)
                if lists is None:
                    lists = combinations[flags] = frozenset(flags.split(","))
                entries[key] = lists
        return cls(entries)

    def save(self, path: Path) -> None:
        with open(path, "w", encoding="utf-8") as fh:
            fh.write("# normalised phrase\tlists\n")
            for key in sorted(self.entries):
                fh.write(f"{key}\t{','.join(sorted(self.entries[key]))}\n")

    def word_lists(self, readings: Iterable[str]) -> frozenset[str]:
        """Lists that a single word is on, trying each clitic-stripped reading."""
        found: set[str] = set()
        for reading in readings:
            flags = self.entries.get(reading)
            if flags:
                found |= flags
        return frozenset(found)

    def _first_words(self) -> frozenset[str]:
        if self._firsts is None:
            self._firsts = frozenset(k.split(" ", 1)[0] for k in self.entries if " " in k)
        return self._firsts

    def phrase_marks(self, keys: Sequence[str], stripped: Sequence[str]) -> list[list[str]]:
        """BI marks of multi-word list phrases over a sentence (``B-LOC``, ``I-LOC``), longest match first.

        ``keys`` are the normalised tokens; ``stripped`` their forms without proclitics, used for the first
        word of a phrase only (so "وبمدينة نيويورك" still matches "مدينه نيويورك").
        """
        marks: list[list[str]] = [[] for _ in keys]
        firsts = self._first_words()
        i, n = 0, len(keys)
        while i < n:
            if keys[i] not in firsts and stripped[i] not in firsts:
                i += 1  # most words begin no phrase
                continue
            matched = 0
            for length in range(min(self.max_len, n - i), 1, -1):
                tail = " ".join(keys[i + 1 : i + length])
                for first in (keys[i], stripped[i]):
                    flags = self.entries.get(first + " " + tail)
                    if flags:
                        for flag in flags:
                            marks[i].append("B-" + flag)
                            for j in range(i + 1, i + length):
                                marks[j].append("I-" + flag)
                        matched = length
                        break
                if matched:
                    break
            i += matched or 1
        return marks
