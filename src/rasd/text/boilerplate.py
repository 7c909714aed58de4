"""Boilerplate removal for Arabic news text, keeping what was removed for audit.

Pasted or scraped articles carry comment forms, share widgets, tweet embeds, "read also" headlines,
datelines, agency credits, photo credits and copyright lines. ``strip_boilerplate`` takes out whole
short lines that match a pattern, datelines/credits at the edges of the article and a few embed
fragments inside lines, and turns agency credits into English agency names. Patterns are data
(``rasd/lang/ar/boilerplate.tsv``, ``rasd/lang/ar/agencies.tsv``); they are matched on the text as
normalised by ``rasd.text.normalize`` (through a translation table built from it, so matching runs at C
speed) and mapped back to the original characters. Long lines are never removed whole: a real
sentence that mentions "تعليق" or "شارك" stays.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from rasd.text.normalize import match_key, normalize

__all__ = ["Cleaned", "Removed", "safe_key", "strip_boilerplate"]

MAX_LINE_CHARS = 300  # whole-line patterns only ever apply to lines this short
EDGE_LINES = 3  # "edge" patterns: among the first/last 3 non-empty lines
EDGE_CUT_LINES = 2  # prefixes/suffixes: on the first/last 2 kept lines
BLOCK_MAX = 6  # headlines that follow a "related" header
CREDIT_KINDS = frozenset({"byline", "credit"})


@dataclass(frozen=True, slots=True)
class Removed:
    """A piece of boilerplate: its kind, its original text, its 0-based line in the input."""

    kind: str
    text: str
    line: int


@dataclass(frozen=True, slots=True)
class Cleaned:
    """Cleaned text, the removed pieces, and the credited sources (English agency names)."""

    text: str
    removed: list[Removed] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)


# Presentation-form code points that NFKC leaves as they are (ornate parentheses ﴾﴿, unassigned slots):
# normalize() recurses on them, so they are replaced before keying.
_STUCK = "".join(
    chr(c) for c in range(0xFB50, 0xFEFD) if unicodedata.normalize("NFKC", chr(c)) == chr(c)
)
_STUCK_RX = re.compile(f"[{_STUCK}]")


def safe_key(text: str) -> str:
    """``match_key`` that also survives characters normalize() cannot decompose."""
    try:
        return match_key(text)
    except RecursionError:
        return match_key(_STUCK_RX.sub(" ", text))


def _safe_normalize_text(text: str) -> str:
    try:
        return normalize(text).text
    except RecursionError:
        return normalize(_STUCK_RX.sub(" ", text)).text


@cache
def _table() -> dict[int, str]:
    """normalize() as a str.translate table: normalize works character by character."""
    table: dict[int, str] = {}
    for cp in range(0x10000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        ch = chr(cp)
        form = " " if ch in _STUCK else _safe_normalize_text(ch)
        if form != ch and "\n" not in form:
            table[cp] = form
    return table


def _fold(text: str) -> str:
    return text.translate(_table())


def _spans(text: str) -> list[int]:
    """For each character of ``_fold(text)``, the offset of the original character it came from."""
    table = _table()
    offsets: list[int] = []
    for i, ch in enumerate(text):
        form = table.get(ord(ch), ch)
        offsets.extend([i] * len(form))
    return offsets


def _original(text: str, offsets: list[int], start: int, end: int) -> tuple[int, int]:
    if start >= end:
        pos = offsets[start] if start < len(offsets) else len(text)
        return pos, pos
    return offsets[start], offsets[end - 1] + 1


# ---------------------------------------------------------------------------------------------- data


@dataclass(frozen=True, slots=True)
class _Pattern:
    kind: str
    where: str
    rx: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class _Rules:
    by_where: dict[str, list[_Pattern]]
    widget: re.Pattern[str] | None
    widget_kinds: list[tuple[re.Pattern[str], str]]
    anywhere_probe: re.Pattern[str] | None
    line_probe: dict[str, re.Pattern[str]]
    agency_rx: re.Pattern[str]
    agency_names: dict[str, str]


def _rows(name: str) -> list[list[str]]:
    text = resources.files("rasd.lang.ar").joinpath(name).read_text(encoding="utf-8")
    rows = []
    for raw in text.splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        rows.append(raw.split("\t"))
    return rows[1:]  # header


def _compact(folded: str) -> str:
    key = re.sub(r"[\s.\-]+", "", folded.lower())
    for lead in ("وكالهالانباء", "وكاله"):
        if key.startswith(lead) and len(key) > len(lead):
            key = key[len(lead):]
            break
    return key


def _agency_pattern(folded: str) -> str:
    parts = [p for p in re.split(r"[\s.]+", folded) if p]
    # Abbreviations of single letters need their spaces or dots ("أ ف ب", "أ.ف.ب"), so "اب" is not AP.
    joiner = r"[\s.]+" if all(len(p) == 1 for p in parts) else r"[\s.]*"
    return joiner.join(re.escape(p) for p in parts) + (r"\.?" if len(parts) > 1 and joiner == r"[\s.]+" else "")


def _load_agencies() -> tuple[str, dict[str, str]]:
    names: dict[str, str] = {}
    alternatives: list[str] = []
    for row in _rows("agencies.tsv"):
        name = row[0].strip()
        english = row[1].strip() if len(row) > 1 else ""
        if not name:
            continue
        folded = _fold(name).lower()
        names[_compact(folded)] = english
        alternatives.append(_agency_pattern(folded))
    alternatives.sort(key=len, reverse=True)
    one = r"(?<!\w)(?:وكاله\s+(?:الانباء\s+)?)?(?:" + "|".join(alternatives) + r")(?!\w)"
    return one, names


def _expand(pattern: str, macros: dict[str, str]) -> str:
    for _ in range(5):  # macros may use earlier macros
        new = re.sub(r"\{[A-Z]+\}", lambda m: macros.get(m.group(0), m.group(0)), pattern)
        if new == pattern:
            break
        pattern = new
    return pattern


def _prepare(pattern: str, match: str) -> str:
    folded = _fold(pattern)
    if match == "literal":
        return r"\s+".join(re.escape(part) for part in folded.split())
    return folded.replace(" ", r"\s+")


@cache
def _rules() -> _Rules:
    agency, agency_names = _load_agencies()
    separator = r"(?:\s*[،,/+&]\s*|\s*-\s*|\s+و\s*)"
    macros = {
        "{AGENCY}": f"(?:{agency})",
        "{AGENCIES}": f"(?P<agencies>{agency}(?:{separator}{agency})*)",
    }
    by_where: dict[str, list[_Pattern]] = {}
    widget_parts: list[tuple[str, str]] = []
    for row in _rows("boilerplate.tsv"):
        kind, where, match, pattern = (row + ["", "", "", ""])[:4]
        if kind == "macro":
            macros[where] = f"(?:{_expand(_prepare(pattern, match), macros)})"
            continue
        body = _expand(_prepare(pattern, match), macros)
        if where == "widget":
            widget_parts.append((body, kind))
            continue
        if where == "prefix":
            rx = re.compile(rf"^\s*(?:{body})", re.I)
        elif where == "suffix":
            rx = re.compile(rf"(?:{body})\s*$", re.I)
        elif where == "anywhere":
            rx = re.compile(body, re.I)
        else:  # line, edge, block: the whole stripped line
            rx = re.compile(rf"\s*(?:{body})\s*", re.I)
        by_where.setdefault(where, []).append(_Pattern(kind, where, rx))
    widget = None
    if widget_parts:
        alt = "|".join(f"(?:{b})" for b, _ in sorted(widget_parts, key=lambda p: len(p[0]), reverse=True))
        unit = rf"(?:\d+\s*)?(?<!\w)(?:{alt})(?!\w)"
        widget = re.compile(rf"[\s|•·.,:…/\-]*{unit}(?:[\s|•·.,:…/\-()\d]*{unit})*[\s|•·.,:…/\-()\d]*", re.I)
    widget_kinds = [(re.compile(rf"(?<!\w)(?:{b})(?!\w)", re.I), k) for b, k in widget_parts]
    anywhere = by_where.get("anywhere", [])
    probe = re.compile("|".join(f"(?:{p.rx.pattern})" for p in anywhere), re.I) if anywhere else None
    # One alternation per `where` answers "does any pattern fit?" in a single call; the patterns are
    # only tried one by one on the rare line that fits (group names cannot repeat in one pattern).
    line_probe = {
        where: re.compile("|".join(f"(?:{_unnamed(p.rx.pattern)})" for p in patterns), re.I)
        for where, patterns in by_where.items()
        if where in ("line", "edge", "block")
    }
    return _Rules(by_where, widget, widget_kinds, probe, line_probe, re.compile(agency, re.I), agency_names)


def _unnamed(pattern: str) -> str:
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


# -------------------------------------------------------------------------------------------- matching


@dataclass(slots=True)
class _Line:
    text: str  # current text of the line (without "\r")
    eol: str  # "\r" when the input had CRLF line ends
    key: str = ""  # the folded text, kept in step with `text`
    removed: bool = False


def _clean_source(text: str) -> str:
    text = re.sub(r"[\"«»“”*]+", " ", text)
    return " ".join(text.split()).strip("'()[]:.،, ")


def _credits_of(match: re.Match[str], original: str, offsets: list[int], rules: _Rules) -> list[str]:
    """Credited sources of a match: agencies in its agency group, the text of its source group."""
    found: list[str] = []
    groups = match.re.groupindex
    if "agencies" in groups and match.group("agencies"):
        for m in rules.agency_rx.finditer(match.group("agencies")):
            english = rules.agency_names.get(_compact(m.group(0)), "")
            if english:
                found.append(english)
    if "source" in groups and match.group("source"):
        start, end = _original(original, offsets, *match.span("source"))
        source = _clean_source(original[start:end])
        mapped = rules.agency_names.get(_compact(_fold(source)))
        if mapped is None and source:
            found.append(source)
        elif mapped:
            found.append(mapped)
    return found


def _whole_line(key: str, wheres: tuple[str, ...], rules: _Rules) -> tuple[str, re.Match[str]] | None:
    stripped = key.strip()
    if not stripped or len(stripped) > MAX_LINE_CHARS:
        return None
    for where in wheres:
        probe = rules.line_probe.get(where)
        if probe is None or not probe.fullmatch(key):
            continue
        for pattern in rules.by_where.get(where, ()):
            m = pattern.rx.fullmatch(key)
            if m:
                return pattern.kind, m
    if "line" in wheres and rules.widget is not None and rules.widget.fullmatch(key):
        for rx, kind in rules.widget_kinds:
            if rx.search(key):
                return kind, rules.widget.fullmatch(key)  # type: ignore[return-value]
    return None


def _headline_like(text: str) -> bool:
    stripped = text.strip()
    return 0 < len(stripped.split()) <= 20 and stripped[-1] not in ".!؟?:،,;"


class _Stripper:
    def __init__(self, text: str, rules: _Rules) -> None:
        self.rules = rules
        self.lines: list[_Line] = []
        for raw in text.split("\n"):
            eol = "\r" if raw.endswith("\r") else ""
            self.lines.append(_Line(raw[: len(raw) - len(eol)], eol))
        self.removed: list[Removed] = []
        self.credits: list[tuple[int, str]] = []

    def remove_line(self, i: int, kind: str, match: re.Match[str] | None) -> None:
        line = self.lines[i]
        line.removed = True
        self.removed.append(Removed(kind, line.text.strip(), i))
        if kind in CREDIT_KINDS and match is not None:
            offsets = _spans(line.text)
            self.credits.extend((i, c) for c in _credits_of(match, line.text, offsets, self.rules))

    def cut(self, i: int, kind: str, match: re.Match[str]) -> None:
        """Remove the span of ``match`` (on the folded line) from line ``i``."""
        line = self.lines[i]
        offsets = _spans(line.text)
        start, end = _original(line.text, offsets, *match.span())
        piece = line.text[start:end]
        if kind in CREDIT_KINDS:
            self.credits.extend((i, c) for c in _credits_of(match, line.text, offsets, self.rules))
        before, after = line.text[:start].rstrip(), line.text[end:].lstrip()
        rest = f"{before} {after}" if before and after else before or after
        if not any(ch.isalnum() for ch in rest):
            line.removed = True
            self.removed.append(Removed(kind, line.text.strip(), i))
            return
        self.removed.append(Removed(kind, piece.strip(), i))
        line.text = rest
        line.key = _fold(rest)
        # What is left may itself be a boilerplate line ("بيروت (رويترز) - 0 تعليق").
        found = _whole_line(line.key, ("line",), self.rules)
        if found:
            self.remove_line(i, *found)

    def kept(self) -> list[int]:
        return [i for i, ln in enumerate(self.lines) if not ln.removed and ln.text.strip()]

    def run_lines(self, folded: str) -> None:
        rules = self.rules
        block_left = 0
        keys = folded.split("\n")
        if len(keys) != len(self.lines):  # cannot happen: the table never makes or removes a newline
            keys = [_fold(line.text) for line in self.lines]
        # One search over the whole text tells whether any line can hold an embed fragment.
        probe = rules.anywhere_probe
        if probe is not None and not probe.search(folded):
            probe = None
        for i, line in enumerate(self.lines):
            line.key = keys[i]
            if not line.text.strip():
                continue
            key = keys[i]
            if block_left:
                if _headline_like(key) and len(key) <= MAX_LINE_CHARS:
                    self.remove_line(i, "related", None)
                    block_left -= 1
                    continue
                block_left = 0
            found = _whole_line(key, ("line", "block"), rules)
            if found:
                kind, m = found
                self.remove_line(i, kind, m)
                if any(p.rx is m.re for p in rules.by_where.get("block", ())):
                    block_left = BLOCK_MAX
                continue
            if probe is not None and probe.search(key):
                self.run_anywhere(i)

    def run_anywhere(self, i: int) -> None:
        for pattern in self.rules.by_where.get("anywhere", ()):
            while not self.lines[i].removed:
                m = pattern.rx.search(self.lines[i].key)
                if not m or m.start() == m.end():
                    break
                self.cut(i, pattern.kind, m)

    def run_edges(self) -> None:
        rules = self.rules
        for _ in range(50):  # each round removes something or stops; 50 is a safety bound
            kept = self.kept()
            if not kept:
                return
            edge = dict.fromkeys(kept[:EDGE_LINES] + kept[-EDGE_LINES:])
            hit = False
            for i in edge:
                found = _whole_line(self.lines[i].key, ("edge",), rules)
                if found:
                    self.remove_line(i, *found)
                    hit = True
            if hit:
                continue
            for i in dict.fromkeys(kept[:EDGE_CUT_LINES]):
                hit = self.cut_first(i, "prefix") or hit
            kept = self.kept()
            for i in dict.fromkeys(kept[-EDGE_CUT_LINES:]):
                hit = self.cut_first(i, "suffix") or hit
            if not hit:
                return

    def cut_first(self, i: int, where: str) -> bool:
        line = self.lines[i]
        if line.removed:
            return False
        key = line.key
        for pattern in self.rules.by_where.get(where, ()):
            m = pattern.rx.search(key)
            if m and m.start() != m.end():
                self.cut(i, pattern.kind, m)
                return True
        return False

    def text(self, original: str) -> str:
        if not self.removed:
            return original
        out: list[str] = []
        gap = False
        for line in self.lines:
            if line.removed:
                gap = True
                continue
            blank = not line.text.strip()
            if blank and gap and (not out or not out[-1].strip()):
                continue  # a removal must not leave two blank lines, or a blank first line
            out.append(line.text + line.eol)
            if not blank:
                gap = False
        while out and not out[-1].strip() and gap:
            out.pop()
        result = "\n".join(out)
        if original.endswith("\n") and not result.endswith("\n") and result:
            result += "\n"
        return result


def strip_boilerplate(text: str) -> Cleaned:
    """Remove boilerplate lines, edge datelines and credits; return the kept text, removals and credits.

    Kept lines are returned as they were (line structure kept; a removal leaves no run of blank lines),
    removals carry their kind and 0-based input line, credits are English agency names (or the source
    named by a "المصدر:" / "نقلا عن" line) in order of appearance. Cleaning clean text changes nothing.
    """
    if not text.strip():
        return Cleaned(text, [], [])
    stripper = _Stripper(text, _rules())
    stripper.run_lines(_fold(text))
    stripper.run_edges()
    credits = [name for _, name in sorted(stripper.credits, key=lambda c: c[0])]
    removed = sorted(stripper.removed, key=lambda r: r.line)
    return Cleaned(stripper.text(text), removed, list(dict.fromkeys(credits)))
