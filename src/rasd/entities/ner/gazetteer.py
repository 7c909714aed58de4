"""Name lists as NER features: which list a word, or a run of words, belongs to.

The table (``ner-gazetteer.tsv``) maps a normalised phrase to the lists it is on (``LOC``, ``COUNTRY``,
``PERS``, ``PERSFIRST``, ``NAT``, ...). Lists are evidence, not answers: the CRF learns how far to trust
each one, so a common word that is also a village name does not become a place by itself.

``seen_names`` makes lists from tagged sentences (``SEENPERS``, ``SEENLOC``, ...: names the training data tags),
which ``Gazetteer.merged`` adds to a table.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from rasd.text.normalize import strip_clitics

MAX_PHRASE = 4
SEEN = "SEEN"  # prefix of the lists of names seen tagged in training data: SEENPERS, SEENLOC, SEENORG, SEENMISC


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

    def merged(self, extra: Mapping[str, frozenset[str]]) -> Gazetteer:
        """A new table with ``extra``'s lists added to this one's."""
        entries = dict(self.entries)
        for key, flags in extra.items():
            entries[key] = entries.get(key, frozenset()) | flags
        return Gazetteer(entries)

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


def _spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """``(start, end, type)`` of the names in IOB2 tags (an ``I-`` with no name open begins one)."""
    out: list[tuple[int, int, str]] = []
    start, typ = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        pre, _, t = tag.partition("-")
        if start >= 0 and not (pre == "I" and t == typ):
            out.append((start, i, typ))
            start = -1
        if pre == "B" or (pre == "I" and start < 0):
            start, typ = i, t
    return out


def seen_names(
    sentences: Iterable[tuple[Sequence[str], Sequence[str]]], min_share: float = 0.5, min_type_share: float = 0.3
) -> dict[str, frozenset[str]]:
    """Names tagged in ``sentences`` (normalised tokens, IOB2 tags) as lists: phrase -> ``SEEN`` + type.

    A phrase of up to ``MAX_PHRASE`` words is kept when it is tagged as a name in at least ``min_share`` of
    its occurrences, on the list of each type that has at least ``min_type_share`` of its tags. A one-word
    name with a proclitic (والقاهره) also lists its reading with the article (القاهره)."""
    sents = [(list(toks), list(tags)) for toks, tags in sentences]
    tagged: dict[str, Counter[str]] = {}
    for toks, tags in sents:
        for a, b, typ in _spans(tags):
            if b - a <= MAX_PHRASE and all(toks[a:b]):
                tagged.setdefault(" ".join(toks[a:b]), Counter())[typ] += 1
    seen: Counter[str] = Counter()
    for toks, _ in sents:
        for size in range(1, MAX_PHRASE + 1):
            for i in range(len(toks) - size + 1):
                phrase = " ".join(toks[i : i + size])
                if phrase in tagged:
                    seen[phrase] += 1
    out: dict[str, set[str]] = {}
    for phrase, types in tagged.items():
        total = sum(types.values())
        if total < min_share * seen[phrase]:
            continue
        flags = {SEEN + t for t, k in types.items() if k >= min_type_share * total}
        forms = [phrase]
        if " " not in phrase and not phrase.startswith("ال"):
            forms += [r for r in strip_clitics(phrase)[1:] if r.startswith("ال")][:1]
        for form in forms:
            out.setdefault(form, set()).update(flags)
    return {k: frozenset(v) for k, v in out.items()}
