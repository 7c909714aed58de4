"""Sentence splitting for Arabic news text."""

from __future__ import annotations

import re

__all__ = ["split_headline", "split_sentences"]

# A sentence ends at . ! ? ؟ … (not inside numbers like 3.5 or initials like د.ب.أ) or at a line break.
_END = re.compile(r"(?<!\d)(?<!\b\w)[.!?؟…]+(?=[\s\"'»”)\]]|$)[\"'»”)\]]*|\n+")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of ``text``, leading and trailing space excluded."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _END.finditer(text):
        _add(text, start, m.end(), spans)
        start = m.end()
    _add(text, start, len(text), spans)
    return spans


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and any(c.isalnum() for c in text[start:end]):
        spans.append((start, end))


_HEADLINE_MAX_WORDS = 30


def split_headline(text: str) -> tuple[str | None, str]:
    """``(title, body)``: a short first line, without a final full stop and followed by more text, is a
    headline; otherwise there is no title."""
    lines = text.strip().split("\n")
    first = lines[0].strip()
    rest = "\n".join(lines[1:]).strip()
    if rest and len(first.split()) <= _HEADLINE_MAX_WORDS and not first.endswith((".", ":", "؟", "?")):
        return first, rest
    return None, text.strip()
