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


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Split ``text`` into tokens whose offsets are shifted by ``offset``."""
    return [
        Token(m.group(), m.start() + offset, m.end() + offset, match_key(m.group()))
        for m in _TOKEN.finditer(text)
    ]
