"""Whether an article is conflict news at all: a match report or a transfer story uses the same words as war
reporting ("هجوم"، "مسيرة"، "يلتقي"، "سيطر على الكرة") and is not coded."""

from __future__ import annotations

from collections.abc import Sequence

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
    seen: set[str] = set()
    hits = 0
    sports = word_list("sports_words.txt")
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
