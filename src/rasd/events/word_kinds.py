"""What ``rasd/lang/ar/non_events.tsv`` says of words next to a trigger (a topic, a time reference, a
relative pronoun, the two sides ...), read through proclitics."""

from __future__ import annotations

from functools import cache
from importlib.resources import files

from rasd.doc import Token
from rasd.text.normalize import match_key, strip_clitics

__all__ = ["non_event_words", "word_kinds"]


@cache
def non_event_words() -> dict[str, str]:
    text = files("rasd.lang.ar").joinpath("non_events.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {match_key(row[0]): row[1] for row in rows}


def word_kinds(token: Token) -> set[str]:
    """What ``non_events.tsv`` says of a word, read through its proclitics ("لوقف" is "وقف")."""
    words = non_event_words()
    return {words[r] for r in strip_clitics(token.norm) if r in words}
