"""Full-text search over normalised Arabic: every word is indexed with its clitic-free readings, so a
query for "سرت" finds "وسرت" and "لسرت"."""

from __future__ import annotations

import re

from rasd.text.normalize import match_key, normalize, strip_clitics

__all__ = ["find_in_text", "index_text", "match_query"]


_WORD = re.compile(r"[^\W_]+")  # runs of letters and digits


def _words(text: str) -> list[str]:
    return _WORD.findall(match_key(text))


def index_text(text: str) -> str:
    """The FTS body of a text: each word followed by its readings without proclitics."""
    out: list[str] = []
    for word in _words(text):
        out.extend(strip_clitics(word))
    return " ".join(out)


def match_query(query: str) -> str:
    """An FTS5 MATCH expression: all query words, as quoted phrases (no FTS syntax leaks through)."""
    return " AND ".join(f'"{w}"' for w in _words(query))


def find_in_text(text: str, query: str) -> int:
    """Offset in ``text`` of the first match of the query's first word (any clitic form), or -1."""
    words = _words(query)
    if not words:
        return -1
    norm = normalize(text)
    pos = norm.text.lower().find(words[0])
    return norm.offsets[pos] if pos >= 0 else -1
