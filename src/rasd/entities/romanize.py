"""Arabic → Latin romanisation of names the knowledge base lacks.

Each word is looked up in a table of name tokens learned from Wikidata's English/Arabic name pairs
(``data/kb/translit_tokens.tsv.gz``: the most frequent English spelling of each Arabic token); a word
not in it is spelled letter by letter with a few vowel rules. The article ``ال`` becomes ``al-`` and
``عبد`` + article becomes ``Abd al-``, so "عبد الرحمن" gives "Abd al-Rahman". The output is
consistent (one spelling per Arabic word) and readable, not a scholarly transliteration.
"""

from __future__ import annotations

import gzip
from functools import lru_cache
from importlib.resources import files

from rasd.text.normalize import match_key

__all__ = ["is_name_word", "romanize"]

_CONSONANTS: dict[str, str] = {
    "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r",
    "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "'", "غ": "gh",
    "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "ء": "'", "پ": "p",
    "چ": "ch", "ڤ": "v", "گ": "g",
}
_LONG = {"ا": "a", "و": "u", "ي": "i"}
_TOKENS_WITH_ARTICLE = ("عبد",)
# Compounds spelled as one word in English.
_COMPOUNDS = {"عبد الله": "Abdullah", "عبدالله": "Abdullah", "ابو بكر": "Abu Bakr", "الله": "Allah"}


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    raw = (files("rasd") / "data" / "kb" / "translit_tokens.tsv.gz").read_bytes()
    table: dict[str, str] = {}
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        arabic, english, _ = line.split("\t")
        table[arabic] = english
    return table


def is_name_word(key: str) -> bool:
    """Whether a normalised word is a known name token (فرنسوا، وليد): its first letter is its own, not و or ف."""
    return key in _table()


def _letters(word: str) -> str:
    """Spell a normalised word letter by letter, guessing short vowels.

    An 'a' goes after a word-initial consonant and inside any run of three consonants, so حفتر gives
    "haftar" and مسماري "masmari".
    """
    out: list[str] = []
    run = 0  # consonants written since the last vowel
    initial = True  # the current run started the word
    for i, ch in enumerate(word):
        last = i == len(word) - 1
        if ch in _LONG:
            if i == 0 or (run == 0 and ch != "ا"):
                # Word-initial و/ي and a glide after a vowel are consonants (w, y).
                out.append({"ا": "a", "و": "w", "ي": "y"}[ch])
                run = 0 if ch == "ا" else 1
                initial = ch != "ا" and i == 0
            else:
                out.append(_LONG[ch])
                run, initial = 0, False
        elif ch == "ه" and last and i > 0:  # ta marbuta after normalisation
            out.append("a")
            run = 0
        elif ch in _CONSONANTS:
            if (run == 1 and initial) or run >= 2:
                out.append("a")
                run, initial = 0, False
            out.append(_CONSONANTS[ch])
            if i == 0:
                initial = True
            run += 1
        elif ch.isascii() and ch.isalnum():
            out.append(ch)
            run = 0
    return "".join(out).strip("'")


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:]


def _word(word: str) -> str:
    if not word:
        return ""
    table = _table()
    if word.startswith("ال") and len(word) > 3:
        rest = word[2:]
        if rest in table:
            return "al-" + _cap(table[rest])
        full = table.get(word)
        if full and full.lower().startswith(("al", "el")) and len(full) > 3:
            return "al-" + _cap(full[2:].lstrip("-"))
        return "al-" + _cap(full or _letters(rest))
    return _cap(table.get(word) or _letters(word))


def romanize(arabic: str) -> str:
    """A readable Latin spelling of an Arabic name ("عبد الرحمن" → "Abd al-Rahman")."""
    key = match_key(arabic)
    for compound, latin in _COMPOUNDS.items():
        key = f" {key} ".replace(f" {compound} ", f" {latin} ").strip()
    words = key.split()
    out: list[str] = []
    for i, word in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if word in _TOKENS_WITH_ARTICLE and nxt.startswith("ال"):
            out.append("Abd")
            continue
        if word.startswith("عبدال") and len(word) > 6:  # written joined: عبدالرحمن
            out.append("Abd " + _word(word[3:]))
            continue
        if not any("\u0600" <= c <= "\u06ff" for c in word):
            out.append(word if word[:1].isupper() else word.capitalize())
            continue
        out.append(_word(word))
    return " ".join(w for w in out if w)
