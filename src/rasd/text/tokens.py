"""Tokenisation of Arabic news text into words, numbers and punctuation, with character offsets.

Clitics stay attached to their word (as in ANERcorp); matching code reads them off with
``rasd.text.normalize.strip_clitics``.
"""

from __future__ import annotations

import re

from rasd.doc import Token
from rasd.text.normalize import match_key

__all__ = ["tokenize"]

# A word: letters/marks (incl. Arabic diacritics and tatweel), optionally joined by an apostrophe or a
# hyphen inside Latin words; a number: digits in any script with decimal/thousand separators; anything
# else that is not space is one punctuation token.
_TOKEN = re.compile(
    r"[^\W\d_](?:[^\W\d_]|[\u064B-\u065F\u0670\u0640])*(?:['’\-][^\W\d_]+)*"
    r"|\d+(?:[.,٫٬]\d+)*"
    r"|\S",
)


# The marks of a hashtag ("#الجيش_اليمني"): its words are read as the words they join.
_HASHTAG_MARK = re.compile(r"#(?=[^\W\d_])|(?<=[^\W\d_])_(?=[^\W\d_])")


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Split ``text`` into tokens whose offsets are shifted by ``offset``."""
    marks = {m.start() for m in _HASHTAG_MARK.finditer(text)} if "#" in text or "_" in text else set()
    return [
        Token(m.group(), m.start() + offset, m.end() + offset, match_key(m.group()))
        for m in _TOKEN.finditer(text)
        if m.start() not in marks
    ]
