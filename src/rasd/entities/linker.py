"""Gazetteer matching and linking of names, titles and places in a tokenised sentence.

``find_mentions`` scans raw tokens for the longest phrase of the knowledge base starting at each token,
reading the first token with its proclitics removed ("وبأردوغان", "لسرت", "والجفرة"). A phrase is, in
order of preference:

1. a context-dependent phrase (``context_rules.json``: "الجيش الليبي", "الحكومة الليبية", "طرابلس"),
   resolved from cues in the article, its outlet and date;
2. a role title ("الأمين العام للأمم المتحدة", "وزير الدفاع التركي"), resolved to the holder on the
   article's date; a person's name right after it is kept as the same mention;
3. an alias of an entry; when several entries share it, one met earlier in the article, then one in a
   country the article is about, then the better-ranked alias wins;
4. "نظيره الروسي" (his Russian counterpart): the holder of the last-mentioned person's role in Russia.

Honorifics before names (المشير، العقيد ...) are skipped. Names the NER tagger finds that the KB lacks
become new entries with romanised names, shared across the article through ``LinkContext``, which also
remembers each person's name words so a later bare surname links to the same entity.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from rasd.entities.kb import DEMONYM_ALIAS, ORG_KINDS, KbEntry, KnowledgeBase
from rasd.entities.romanize import is_name_word, romanize
from rasd.lang.ar import read_list
from rasd.text.normalize import match_key, strip_clitics

__all__ = ["LinkContext", "LinkedMention", "find_mentions", "label_of"]

_QUOTE_KEYS = frozenset({'"', "«", "»", "“", "”"})
_QUOTED_HEADS = frozenset({"حزب", "حركه", "جماعه", "تيار", "تنظيم", "جبهه"})  # heads of a name often quoted
_NER_KIND = {"PERS": "person", "PER": "person", "ORG": "organization", "LOC": "place", "MISC": "misc",
             "GPE": "state"}


@dataclass(frozen=True, slots=True)
class LinkedMention:
    start: int  # token index
    end: int  # token index, exclusive
    text: str
    entity: KbEntry
    label: str  # PERS / ORG / LOC / GPE / MISC
    score: float


@dataclass
class LinkContext:
    """What the linker knows about the article: its date and outlet, and what it has met so far.

    ``text`` (the whole article) lets context rules see cues that come later in the article; without
    it, cues are read from the sentences linked so far.
    """

    date: dt.date | None = None
    outlet: str | None = None
    text: str | None = None
    seen: Counter[str] = field(default_factory=Counter)
    countries: Counter[str] = field(default_factory=Counter)
    memory: dict[str, KbEntry] = field(default_factory=dict)
    new_entities: dict[str, KbEntry] = field(default_factory=dict)
    last_role: tuple[str, str] | None = None  # (role code, org) of the last person met by title
    _cues: list[str] = field(default_factory=list)

    def cue_text(self) -> str:
        if self.text is not None and not self._cues:
            self._cues.append(" " + match_key(self.text) + " ")
        return " ".join(self._cues)

    def observe(self, normalised_tokens: Sequence[str]) -> None:
        if self.text is None:
            self._cues.append(" " + " ".join(normalised_tokens) + " ")

    def remember(self, entity: KbEntry) -> None:
        self.seen[entity.id] += 1
        country = entity.country or entity.capital_of
        if country:
            self.countries[country] += 1


def label_of(entity: KbEntry) -> str:
    if entity.kind == "person":
        return "PERS"
    if entity.kind == "state":
        return "GPE"
    if entity.kind == "place" or entity.feature:
        return "LOC"
    if entity.kind in ORG_KINDS or entity.kind == "organization":
        return "ORG"
    return "MISC"


# -- static tables ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Tables:
    kb: KnowledgeBase
    rules: dict[str, dict[str, Any]]  # phrase key → rule
    honorifics: frozenset[str]
    counterparts: dict[str, str]  # "نظيره الروسي" → RUS
    place_cues: frozenset[str]
    media_heads: frozenset[str]  # "وكالة", "صحيفة": the name after one is a news outlet
    group_heads: frozenset[str]  # "تنظيم", "حركة": a group's head noun, which alone refers back to it
    common_words: frozenset[str]  # family names that are also words ("بري"): not remembered as names
    max_tokens: int
    prefixes: frozenset[str]  # every word-prefix of every key: lets longest_at stop early


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    kb = KnowledgeBase.load()
    rules: dict[str, dict[str, Any]] = {}
    for rule in kb.context_rules:
        for phrase in rule["phrases"]:
            rules[match_key(phrase)] = rule
    honorifics = _word_list("honorifics.txt")
    place_cues = _word_list("place_cues.txt")
    counterparts: dict[str, str] = {}
    for key, state in kb.demonym_keys.items():
        if key.startswith("ال"):
            counterparts.setdefault(("نظيرته " if key.endswith("ه") else "نظيره ") + key, state)
    max_tokens = max(kb.max_phrase_tokens, *(k.count(" ") + 1 for k in rules))
    prefixes: set[str] = set()
    for key in [*kb.phrase_keys(), *rules, *counterparts]:
        words = key.split(" ")
        prefixes.update(" ".join(words[:n]) for n in range(1, len(words) + 1))
    return _Tables(kb, rules, honorifics, counterparts, place_cues, _word_list("media_heads.txt"),
                   _word_list("group_heads.txt"), _word_list("common_word_names.txt"), max_tokens,
                   frozenset(prefixes))


def _word_list(name: str) -> frozenset[str]:
    return frozenset(match_key(x) for x in read_list(name))


_WORD = re.compile(r"\w", re.UNICODE)


def _is_word(token_key: str) -> bool:
    return bool(_WORD.search(token_key))


# -- resolution helpers ------------------------------------------------------------------------------
def _date_ok(case: dict[str, Any], on: dt.date | None, has_cue_condition: bool) -> bool:
    during = case.get("during")
    if not during:
        return True
    if on is None:
        return has_cue_condition
    start = dt.date.fromisoformat(during[0]) if during[0] else dt.date.min
    end = dt.date.fromisoformat(during[1]) if during[1] else dt.date.max
    return start <= on < end


def _resolve_rule(rule: dict[str, Any], context: LinkContext) -> str | None:
    cues = context.cue_text()
    outlet = (context.outlet or "").lower()
    for case in rule.get("cases", []):
        if_any = case.get("if_any")
        outlets = case.get("outlets")
        if if_any and not any(match_key(c) in cues for c in if_any):
            continue
        if outlets and not any(o in outlet for o in outlets):
            continue
        if any(match_key(c) in cues for c in case.get("unless_any", [])):
            continue
        if not _date_ok(case, context.date, bool(if_any or outlets)):
            continue
        then: str | None = case["then"]
        return then
    default: str | None = rule.get("default")
    return default


_CONTEXT_MIN = 3  # names of a country met before a bare "الحكومة" or "الشرطة" can stand for it


def _context_state(context: LinkContext, excluded: Sequence[str], kb: KnowledgeBase) -> str | None:
    """The state an article is about, for a bare "الحكومة", "قوات الأمن" or "الشرطة": the country most of
    the names linked so far belong to, met at least three times and twice as often as any other."""
    ranked = context.countries.most_common(2)
    if not ranked:
        return None
    country, count = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if count < _CONTEXT_MIN or count < 2 * runner_up or country in excluded or country not in kb:
        return None
    return country if kb.get(country).kind == "state" else None


def _choose(candidates: list[tuple[int, KbEntry]], context: LinkContext) -> tuple[int, KbEntry]:
    def rank(pe: tuple[int, KbEntry]) -> tuple[bool, bool, int, int]:
        prio, entry = pe
        in_context = entry.is_place and (entry.country in context.countries)
        return (entry.id not in context.seen, not in_context, prio, -entry.population)

    return min(candidates, key=rank)


def _new_entity(surface_key: str, tag: str, context: LinkContext, kind: str | None = None,
                state: KbEntry | None = None) -> KbEntry:
    existing = context.new_entities.get(surface_key)
    if existing is not None:
        return existing
    name = romanize(surface_key) or surface_key
    kind = kind or _NER_KIND.get(tag, "misc")
    slug = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_") or "x"
    entry = KbEntry(id=f"new:{kind}:{slug}", name=name, kind=kind, aliases=(surface_key,), linked=False,
                    source="romanised", country=state.country if state else None,
                    affiliation=state.id if state else None)
    context.new_entities[surface_key] = entry
    return entry


def _strip_name_clitics(token_key: str) -> str:
    """A name word without a leading و, or without a preposition before the article (بال، لل)."""
    for reading in strip_clitics(token_key)[1:]:
        prefix = token_key[: len(token_key) - len(reading)] if token_key.endswith(reading) else None
        if prefix is None or len(reading) < 3:
            continue
        if prefix in ("و", "ف") and is_name_word(token_key) and not is_name_word(reading):
            return token_key  # "فرنسوا", "وليد": the letter belongs to the name
        if prefix in ("و", "ف") or (reading.startswith("ال") and prefix in ("ب", "ل", "ك", "وب", "ول", "فب")):
            return reading
    if token_key.startswith("لل") and len(token_key) > 4:
        return "ا" + token_key[1:]
    return token_key


# A compound family name's first word ("عبد السلام", "أبو بكر"): remembered with the word after it.
_NAME_PARTICLES = frozenset(match_key(w) for w in ("عبد", "أبو", "ابو", "بن", "ابن", "بو", "آل"))
# A bare army word refers back to the last army named in full.
_ARMY_WORDS = frozenset({match_key("الجيش")})
_ARMY_KINDS = frozenset({"state", "military", "government"})
_MINISTRY_WORDS = frozenset({match_key("وزارة")})
_GROUP_KINDS = frozenset({"armed_group", "party", "group", "igo"})
# Words between a title and the place of posting ("المبعوث الأممي إلى اليمن").
_POSTING_WORDS = frozenset(match_key(w) for w in ("إلى", "الى", "في", "لدى"))


_QUOTE_REACH = 2  # quote marks between an outlet noun and the outlet's name

@lru_cache(maxsize=20_000)
def _name_readings(key: str) -> list[str]:
    """``strip_clitics`` readings of a token key, never the article alone; callers must not change the list."""
    return [r for r in strip_clitics(key) if "ال" + r not in key] if key else [key]


# -- the matcher ---------------------------------------------------------------------------------------
@dataclass
class _Match:
    start: int
    end: int
    entity: KbEntry
    score: float
    label: str | None = None
    kind: str = "alias"
    name_start: int | None = None  # where the person's own name begins after a title


class _Linker:
    def __init__(self, tokens: Sequence[str], ner_tags: Sequence[str] | None, context: LinkContext) -> None:
        self.t = _tables()
        self.kb = self.t.kb
        self.tokens = tokens
        self.keys = [match_key(tok) for tok in tokens]
        # Readings with proclitics removed, but never the article alone: a name written without ال
        # (مشهد) is not the same word as one written with it (المشهد, "the scene").
        self.readings = [_name_readings(k) for k in self.keys]
        self.ner = list(ner_tags) if ner_tags is not None else None
        self.context = context
        self._ends: dict[int, _Match] = {}  # matches so far by end: what stands right before a name

    def phrase_keys(self, i: int, n: int) -> list[tuple[str, bool]]:
        """Keys of tokens ``i..i+n`` (first token in each clitic reading) and whether it was stripped."""
        rest = self.keys[i + 1: i + n]
        if any(not _is_word(k) and not k.isdigit() and k != "+" for k in rest):
            return []
        return [(" ".join([r, *rest]), j > 0) for j, r in enumerate(self.readings[i])]

    def resolve(self, key: str, stripped: bool, i: int, n: int) -> _Match | None:
        t, ctx = self.t, self.context
        penalty = 0.05 if stripped else 0.0
        if key in t.rules:
            rule = t.rules[key]
            target = _resolve_rule(rule, ctx)
            if target is None and rule.get("context_state") and key not in ctx.memory:
                target = _context_state(ctx, rule.get("not_in", ()), self.kb)
            if target and target in self.kb:
                return _Match(i, i + n, self.kb.get(target), 0.8 - penalty, kind="rule")
            if target is None and rule.get("unlinked_default"):
                return None  # "القيادة العامة للجيش" in a Sudanese report is no Libyan body
        if self.kb.is_title(key):
            holder = self.kb.role_holder(key, ctx.date)
            entity = holder or self.kb.title_org(key)
            if entity is not None:
                if holder is not None:
                    role = next((r for r in holder.roles
                                 if key in r.title_keys and r.holds_on(ctx.date)), None)
                    if role and role.role:
                        ctx.last_role = (role.role, role.org)
                return _Match(i, i + n, entity, (0.85 if holder else 0.6) - penalty, kind="title")
        candidates = self.kb.lookup_ranked(key)
        if candidates:
            prio, entity = _choose(candidates, ctx)
            if prio == DEMONYM_ALIAS:
                return _Match(i, i + n, entity, 0.6 - penalty, label="MISC", kind="demonym")
            if n == 1 and entity.kind == "place" and not self.place_plausible(i, entity, stripped):
                return None
            base = 0.95 if n > 1 else 0.85
            return _Match(i, i + n, entity, base - penalty)
        if key in t.counterparts and ctx.last_role:
            code = ctx.last_role[0]
            state = t.counterparts[key]
            holder = self.kb.holder_of(code, state, ctx.date)
            entity = holder or self.kb.get(state)
            return _Match(i, i + n, entity, 0.8 if holder else 0.55, kind="title")
        return None

    def place_plausible(self, i: int, entity: KbEntry, stripped: bool) -> bool:
        """Whether a one-word place name is more likely a place than a common word here."""
        ctx = self.context
        if entity.id in ctx.seen or entity.source == "hand":
            return True
        if entity.country == "LBY" and ("LBY" in ctx.countries or "ليبي" in ctx.cue_text()):
            # every Libyan place is kept in a Libyan report; elsewhere البيضاء، الخمس، الجوف are words or other
            # countries' places (الجوف in Yemen)
            return True
        if self.ner is not None and self.ner[i].endswith("LOC"):
            return True
        previous = self.keys[i - 1] if i > 0 else ""
        if previous in self.t.place_cues or self.readings[i][0][:1] == "ب" and stripped:
            return True
        if entity.country in ctx.countries:
            return True
        return entity.population >= 200_000 and not stripped

    def longest_at(self, i: int) -> _Match | None:
        # Grow each reading word by word while it is still the start of some key, then try the
        # longest phrases first (as a plain loop over every length would, without the misses).
        limit = min(self.t.max_tokens, len(self.tokens) - i)
        prefixes = self.t.prefixes
        options: list[tuple[int, int, str]] = []
        for j, reading in enumerate(self.readings[i]):
            key = reading
            for n in range(1, limit + 1):
                if n > 1:
                    word = self.keys[i + n - 1]
                    if word in _QUOTE_KEYS and reading in _QUOTED_HEADS:
                        continue  # حزب "القوات اللبنانية": a party's name in quotes after its head noun
                    if not _is_word(word) and not word.isdigit() and word != "+":
                        break
                    key = f"{key} {word}"
                if key not in prefixes:
                    break
                options.append((n, j, key))
        for n, j, key in sorted(options, key=lambda o: (-o[0], o[1])):
            if n == 1 and len(key) < 2:
                continue
            found = self.resolve(key, j > 0, i, n)
            if found is not None:
                return found
            if self.t.rules.get(key, {}).get("unlinked_default"):
                return None  # "مجلس الأمن القومي" of no known state is still not the UN's "مجلس الأمن"
        return None

    def memory_at(self, i: int) -> _Match | None:
        if i + 1 < len(self.keys):
            for reading in self.readings[i]:
                entity = self.context.memory.get(f"{reading} {self.keys[i + 1]}")
                if entity is not None:
                    return _Match(i, i + 2, entity, 0.75, kind="memory")
        for reading in self.readings[i]:
            if reading != self.keys[i] and reading in self.t.common_words:
                continue  # "لصالح" is "in favour of", whoever صالح was
            entity = self.context.memory.get(reading)
            if entity is not None:
                return _Match(i, i + 1, entity, 0.75, kind="memory")
        return None

    def skip_honorifics(self, j: int) -> int:
        while j < len(self.keys):
            if j + 1 < len(self.keys) and f"{self.keys[j]} {self.keys[j + 1]}" in self.t.honorifics:
                j += 2
            elif self.keys[j] in self.t.honorifics or (
                    self.readings[j][-1] in self.t.honorifics and len(self.readings[j]) > 1):
                j += 1
            else:
                return j
        return j

    def ner_span_at(self, j: int) -> tuple[int, str] | None:
        """End and type of an NER span starting at ``j``."""
        if self.ner is None or j >= len(self.ner) or not self.ner[j].startswith("B-"):
            return None
        tag = self.ner[j][2:]
        end = j + 1
        while end < len(self.ner) and self.ner[end] == f"I-{tag}":
            end += 1
        return end, tag

    def run(self) -> list[LinkedMention]:
        ctx = self.context
        ctx.observe(self.keys)
        matches: list[_Match] = []
        i = 0
        while i < len(self.tokens):
            if not _is_word(self.keys[i]):
                i += 1
                continue
            found = self.longest_at(i)
            if found is None and not self.kb.has_alias(self.keys[i]):
                found = self.memory_at(i)
            if found is None:
                i += 1
                continue
            if found.kind in ("alias", "rule"):
                found = self.qualified_by_origin(found)
            if found.kind == "title":
                found = self.attach_name(found)
            elif found.kind == "alias":
                # Honorifics written inside an alias ("المشير خليفة حفتر") stay out of the mention.
                first_name = self.skip_honorifics(found.start)
                if found.start < first_name < found.end:
                    found.start = first_name
            matches.append(found)
            self._ends[found.end] = found
            ctx.remember(found.entity)  # at once: a later name in the sentence may depend on it
            self.memorise_army(found)
            self.memorise_group(found)
            i = found.end
        from_ner = self.ner_matches(matches)
        for m in from_ner:
            ctx.remember(m.entity)
        matches = sorted(matches + from_ner, key=lambda m: m.start)
        out: list[LinkedMention] = []
        for m in matches:
            if m.entity.kind == "person":
                self.memorise_name(m)
            text = " ".join(self.tokens[m.start: m.end])
            out.append(LinkedMention(m.start, m.end, text, m.entity, m.label or label_of(m.entity),
                                     round(m.score, 3)))
        return out

    def qualified_by_origin(self, found: _Match) -> _Match:
        """A body followed by its state's adjective ("قوات الحكومة اليمنية") is one mention, not a body and a
        state; a body the article's context chose is the state the adjective names when they differ ("قوات
        الحكومة السورية" in a report about Yemen)."""
        if found.end >= len(self.keys) or found.entity.kind not in ORG_KINDS:
            return found
        state = self.kb.demonym_keys.get(self.keys[found.end])
        if state is None or state not in self.kb:
            return found
        if state in (found.entity.id, found.entity.country, found.entity.affiliation):
            return replace(found, end=found.end + 1)
        if found.kind == "rule":
            return replace(found, end=found.end + 1, entity=self.kb.get(state))
        return found

    def attach_name(self, title: _Match) -> _Match:
        """A person named right after a title ("وزير الدفاع التركي خلوصي آكار") joins the mention."""
        j = self.skip_honorifics(title.end)
        if j >= len(self.tokens):
            return title
        named = self._name_at(title, j)
        if named is None and title.entity.kind == "person":
            # "المبعوث الأممي إلى اليمن مارتن غريفيث": the name after the posting names the holder, not
            # the title's default holder elsewhere.
            posting = self._posting_end(j)
            if posting is not None:
                named = self._name_at(title, self.skip_honorifics(posting))
        return named or title

    def _name_at(self, title: _Match, j: int) -> _Match | None:
        if j >= len(self.tokens):
            return None
        name = self.longest_at(j)
        if name is not None and name.entity.kind == "person" and name.kind in ("alias", "memory"):
            return _Match(title.start, name.end, name.entity, max(name.score, title.score), kind="alias",
                          name_start=j)
        span = self.ner_span_at(j)
        if span is not None and span[1] in ("PERS", "PER"):
            entity = self.unknown_entity(j, span[0], "PERS", self._state_of(title.entity))
            return _Match(title.start, span[0], entity, 0.6, kind="ner", name_start=j)
        return None

    def _state_of(self, entity: KbEntry) -> KbEntry | None:
        """The state a title stands for ("الرئيس الفرنسي" → France, or its holder's state on another date)."""
        if entity.kind == "state":
            return entity
        country = entity.country
        if country and country in self.kb and self.kb.get(country).kind == "state":
            return self.kb.get(country)
        return None

    def _posting_end(self, j: int) -> int | None:
        """End of "إلى اليمن" / "في ليبيا" right after a title: where an envoy or ambassador is posted."""
        if j + 1 >= len(self.tokens) or self.keys[j] not in _POSTING_WORDS:
            return None
        place = self.longest_at(j + 1)
        return place.end if place is not None and place.entity.kind in ("state", "place") else None

    def unknown_entity(self, start: int, end: int, tag: str, state: KbEntry | None = None) -> KbEntry:
        words = [_strip_name_clitics(self.keys[start]), *self.keys[start + 1: end]]
        person = tag in ("PERS", "PER")
        kind = "media" if not person and self.after_media_head(start) else None
        if person and state is None:
            state = self.titled_by(start)
        return _new_entity(" ".join(words), tag, self.context, kind, state if person else None)

    def titled_by(self, start: int) -> KbEntry | None:
        """The state whose adjective or name stands right before a person the KB lacks, titles skipped
        ("وزير الخارجية المالي عبدولاي ديوب", "العاهل المغربي الملك ..."): the body that person speaks for."""
        k = start
        while k > 0 and (self.keys[k - 1] in self.t.honorifics):
            k -= 1
        before = self._ends.get(k)
        return before.entity if before is not None and before.entity.kind == "state" else None

    def after_media_head(self, start: int) -> bool:
        """Whether a name the KB lacks follows an outlet noun ("لوكالة «نوفوستي»", "صحيفة الصباح"): a news
        outlet, which reports events and is never a party to them."""
        i = start - 1
        while i >= 0 and not _is_word(self.keys[i]) and start - i <= _QUOTE_REACH:
            i -= 1
        return i >= 0 and any(r in self.t.media_heads for r in self.readings[i])

    def ner_matches(self, taken: list[_Match]) -> list[_Match]:
        if self.ner is None:
            return []
        covered = {k for m in taken for k in range(m.start, m.end)}
        found: list[_Match] = []
        j = 0
        while j < len(self.ner):
            span = self.ner_span_at(j)
            if span is None:
                j += 1
                continue
            end, tag = span
            if covered.isdisjoint(range(j, end)):
                found.append(self.link_span(j, end, tag))
            j = end
        return found

    def link_span(self, start: int, end: int, tag: str) -> _Match:
        words = [_strip_name_clitics(self.keys[start]), *self.keys[start + 1: end]]
        key = " ".join(words)
        candidates = self.kb.lookup_ranked(key)
        if candidates:
            return _Match(start, end, _choose(candidates, self.context)[1], 0.8)
        for word in reversed(words):
            remembered = self.context.memory.get(word)
            if remembered is not None and label_of(remembered) == ("PERS" if tag in ("PERS", "PER") else ""):
                return _Match(start, end, remembered, 0.7, kind="memory")
        entity = self.unknown_entity(start, end, tag)
        return _Match(start, end, entity, 0.5, label="PERS" if tag == "PER" else tag, kind="ner")

    def memorise_army(self, m: _Match) -> None:
        """After "الجيش السوداني", a bare "الجيش" ("سلاح الجو التابع للجيش") is the same army."""
        if m.end - m.start < 2 or m.entity.kind not in _ARMY_KINDS:
            return
        head = _strip_name_clitics(self.keys[m.start])
        if head in _ARMY_WORDS:
            self.context.memory[head] = m.entity
        elif self.keys[m.start] in _MINISTRY_WORDS or head in _MINISTRY_WORDS:
            # "وزارة الخارجية التركية ... ودعت الوزارة": the ministry named last
            self.context.memory[match_key("الوزارة")] = m.entity

    def memorise_group(self, m: _Match) -> None:
        """After "تنظيم داعش" or "الحوثيون" (whose name has the form "جماعة الحوثي"), the bare definite head
        noun ("التنظيم", "الجماعة") is that group, until another group with that head is met."""
        if m.entity.kind not in _GROUP_KINDS:
            return
        # the first word of a longer name, without its article ("المجموعة الاقتصادية ..." has the head مجموعة)
        heads = {match_key(w.split(" ", 1)[0]).removeprefix("ال") for w in m.entity.aliases if " " in w}
        if m.start > 0:
            heads.add(_strip_name_clitics(self.keys[m.start - 1]))
        if m.start > 1 and not _is_word(self.keys[m.start - 1]):
            heads.add(_strip_name_clitics(self.keys[m.start - 2]))  # تنظيم "داعش"
        for head in heads:
            if head in self.t.group_heads:
                self.context.memory[match_key("ال" + head)] = m.entity
            elif head[-1:] in ("ي", "و") and head[:-1] + "ي" in self.t.group_heads:
                # a plural in construct ("متمردي الجبهة", "مسلحو التنظيم"): later "المتمردين"/"المتمردون"
                for ending in ("ين", "ون"):
                    self.context.memory[match_key("ال" + head[:-1] + ending)] = m.entity

    def memorise_name(self, m: _Match) -> None:
        """Remember the family name a later bare mention uses: the last word of the name ("لافروف"), or
        the last two when they form one compound ("عبد السلام"). First names (علي reads like على) and
        the words of a title before the name (المتحدث باسم ...) are not names to remember."""
        if m.kind == "title":
            return
        start = m.name_start if m.name_start is not None else self.skip_honorifics(m.start)
        words = [_strip_name_clitics(self.keys[k]) for k in range(start, m.end)]
        words = [w for w in words if _is_word(w)]
        if not words:
            return
        last = words[-1]
        if len(words) >= 2 and words[-2] in _NAME_PARTICLES:
            self.context.memory.setdefault(f"{words[-2]} {last}", m.entity)
        elif len(last) >= 3 and last not in self.t.honorifics and not self.kb.is_title(last):
            self.context.memory.setdefault(last, m.entity)


def find_mentions(tokens: Sequence[str], ner_tags: Sequence[str] | None,
                  context: LinkContext) -> list[LinkedMention]:
    """Linked mentions of places, actors and role titles in one sentence's raw tokens."""
    if ner_tags is not None and len(ner_tags) != len(tokens):
        raise ValueError(f"{len(ner_tags)} NER tags for {len(tokens)} tokens")
    return _Linker(tokens, ner_tags, context).run()
