"""Whether an article is conflict news at all: a match report or a transfer story uses the same words as war
reporting ("هجوم"، "مسيرة"، "يلتقي"، "سيطر على الكرة") and is not coded."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from rasd.events.arabic_words import word_list
from rasd.text.normalize import match_key

__all__ = ["is_sports_report"]

_SPORTS_WORDS = 5  # distinct sports words, and
_SPORTS_SHARE = 0.03  # their share of the article's words, that make it a sports report (a summit held during
# the World Cup names the cup once or twice; a match report is full of such words)
# Words of violence that keep an article in scope whatever its sports vocabulary (a stadium attack).
_CONFLICT = frozenset(match_key(w) for w in ("قتلى", "قتيل", "مقتل", "غارة", "غارات", "قصف", "اشتباكات", "انفجار",
                                             "مسلحين", "مسلحون", "جرحى", "اعتقال", "الشرطة"))


def is_sports_report(words: Sequence[str]) -> bool:
    """Enough distinct sports words, dense enough, and no word of violence, among an article's words (matching
    keys, proclitics attached)."""
    sports = word_list("sports_words.txt")
    if len(_sports_words_within(words, sports)) < _SPORTS_WORDS:
        return False  # most articles: not enough distinct sports words, whatever their words of violence
    seen: set[str] = set()
    hits = 0
    for i, word in enumerate(words):
        # the word, then without one or two proclitic letters (و، ب، ل، وال، بال): cheaper than every reading
        forms = (word, word[1:], word[2:]) if len(word) > 4 else (word,)
        if any(f in _CONFLICT for f in forms):
            return False
        pair = f"{word} {words[i + 1]}" if i + 1 < len(words) else ""
        found = next((f for f in (*forms, pair) if f in sports), None)
        if found:
            seen.add(found)
            hits += 1
    return len(seen) >= _SPORTS_WORDS and hits >= _SPORTS_SHARE * len(words)


def _sports_words_within(words: Sequence[str], sports: frozenset[str]) -> set[str]:
    """Every sports word any reading below could find: as many distinct ones as it can see, or more."""
    distinct = set(words)
    forms = distinct | {w[1:] for w in distinct if len(w) > 4} | {w[2:] for w in distinct if len(w) > 4}
    found = forms & sports
    firsts = _pair_firsts(sports)
    found.update(pair for i, w in enumerate(words[:-1]) if w in firsts
                 and (pair := f"{w} {words[i + 1]}") in sports)
    return found


@cache
def _pair_firsts(sports: frozenset[str]) -> frozenset[str]:
    return frozenset(entry.split(" ", 1)[0] for entry in sports if " " in entry)
