"""CoNLL token-per-line files in and out, for scoring NER against ANERcorp-style data."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Protocol

__all__ = ["read_conll", "tag_conll"]


class _Tagger(Protocol):
    def tag_many(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]: ...


def read_conll(lines: Iterable[str]) -> Iterator[list[str]]:
    """Sentences as token lists: the first column of each line, a blank line between sentences."""
    sentence: list[str] = []
    for line in lines:
        parts = line.split()
        if not parts:
            if sentence:
                yield sentence
                sentence = []
            continue
        sentence.append(parts[0])
    if sentence:
        yield sentence


def tag_conll(lines: Iterable[str], tagger: _Tagger, batch: int = 512) -> Iterator[str]:
    """``token TAG`` lines (IOB2), a blank line after each sentence."""
    pending: list[list[str]] = []

    def flush() -> Iterator[str]:
        for tokens, tags in zip(pending, tagger.tag_many(pending), strict=True):
            for token, tag in zip(tokens, tags, strict=True):
                yield f"{token} {tag}"
            yield ""
        pending.clear()

    for sentence in read_conll(lines):
        pending.append(sentence)
        if len(pending) >= batch:
            yield from flush()
    yield from flush()
