"""Decode bytes from Arabic news archives without assuming UTF-8.

UTF-8 (with or without BOM) and UTF-16 are recognised by their byte patterns; otherwise the bytes are
read as Windows-1256 or ISO-8859-6, whichever yields more Arabic letters. Bytes that are no text at all
raise BinaryInput.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from rasd.errors import BinaryInput, EmptyInput

__all__ = ["Decoded", "decode"]


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    warning: str | None = None


def _arabic_share(text: str) -> float:
    letters = sum(1 for c in text if c.isalpha())
    arabic = sum(1 for c in text if "\u0621" <= c <= "\u064a")
    return arabic / letters if letters else 0.0


def _looks_binary(text: str) -> bool:
    bad = sum(1 for c in text if (c < " " and c not in "\t\n\r\f") or c == "\ufffd")
    return bad > max(2, len(text) // 100)


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even_zero = sample[0::2].count(0) / len(sample[0::2])
    odd_zero = sample[1::2].count(0) / len(sample[1::2])
    # Latin text in UTF-16 has a zero in every other byte; Arabic has 0x06 there instead.
    even_06 = sample[0::2].count(6) / len(sample[0::2])
    odd_06 = sample[1::2].count(6) / len(sample[1::2])
    if odd_zero + odd_06 > 0.5 and even_zero < 0.05:
        return "utf-16-le"
    if even_zero + even_06 > 0.5 and odd_zero < 0.05:
        return "utf-16-be"
    return None


def decode(data: bytes, source: str) -> Decoded:
    """Decode ``data`` read from ``source`` (named in errors)."""
    if not data.strip():
        raise EmptyInput(source, "the file is empty; nothing to ingest")
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            text = data.decode(enc, errors="replace")
            return _checked(Decoded(text, enc), source)
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _checked(Decoded(data.decode(utf16, errors="replace"), utf16), source)
    if b"\x00" in data[:8000]:
        raise BinaryInput(source, "binary data (NUL bytes), not a text, HTML, feed or JSONL article")
    try:
        return _checked(Decoded(data.decode("utf-8"), "utf-8"), source)
    except UnicodeDecodeError as exc:
        utf8_error = exc
    if _mostly_utf8(data):
        text = data.decode("utf-8", errors="replace")
        at_end = utf8_error.start >= len(data) - 4
        problem = ("truncated UTF-8 at the end of the file (last character dropped)" if at_end else
                   f"invalid UTF-8 at byte {utf8_error.start}; damaged characters replaced with U+FFFD")
        return _checked(Decoded(text.rstrip("\ufffd") if at_end else text, "utf-8", problem), source)
    candidates = []
    for enc in ("cp1256", "iso-8859-6"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        candidates.append((_arabic_share(text), enc, text))
    if candidates:
        share, enc, text = max(candidates)
        if share > 0.3:
            return _checked(Decoded(text, enc), source)
    raise BinaryInput(
        source,
        f"not valid UTF-8 (bad byte at {utf8_error.start}) and not Arabic in Windows-1256, ISO-8859-6 or UTF-16; "
        "convert it to UTF-8 first",
    )


def _mostly_utf8(data: bytes) -> bool:
    """True when nearly all non-ASCII bytes form valid UTF-8 sequences (a damaged UTF-8 file)."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    high = sum(1 for b in data if b >= 0x80)
    return high > 0 and bad * 20 < high


def _checked(decoded: Decoded, source: str) -> Decoded:
    if _looks_binary(decoded.text[:20000]):
        raise BinaryInput(source, f"binary data (control characters after decoding as {decoded.encoding})")
    if not decoded.text.strip():
        raise EmptyInput(source, "the file holds no text")
    return decoded
