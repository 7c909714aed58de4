"""Read how a sentence reports an event: asserted, claimed, denied or planned; negated; who says so.

The cues are data (``rasd/lang/ar/cues.tsv``); this module applies them in the trigger's clause:

- a denial verb before the trigger (نفى الجيش ... قصف) or a denial phrase after it (... عارية عن الصحة)
  → ``denied``, with the denier as attribution;
- a future marker (سـ on the trigger or a nearby verb, سوف, من المقرر, على وشك, الأسبوع المقبل) or a
  conditional (إذا، لو، في حال) → ``planned`` (``hypothetical`` set for conditionals);
- a hedge or an unnamed/second-hand source (زعم، بحسب، أفادت مصادر، قال شهود عيان، ذكرت وكالة ...)
  → ``claimed``, attribution = the source's words;
- a reporting verb with a named speaker (أعلن الجيش، قال المتحدث باسم ...) keeps ``asserted`` and
  records the speaker as attribution: whether the speaker is the acting side is for the caller to judge;
- a negation right before the trigger (لم تقصف، لن ينسحب، عدم التوصل) sets ``negated``.

A clause ends at sentence punctuation, at "،" followed by a conjunction-prefixed word (، وقصفت), and
at contrastive connectives (فيما، بينما، لكن ...), so a cue in one clause does not colour another.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from rasd.events.triggers import PhraseIndex, PhraseMatch, TriggerMatch, read_lexicon_rows, token_readings
from rasd.text.normalize import match_key

__all__ = ["CueEntry", "StatusReading", "adjective_use", "clause_bounds", "cue_candidates", "cue_index", "find_cues",
           "opening_colon", "read_status"]

CUE_KINDS = ("claimed", "denied", "planned", "negation", "hypothetical", "report", "source", "break", "analysis",
             "none")
SCOPES = ("before", "governs", "after", "either", "immediate", "prefix", "head", "clause", "after comma", "hedge",
          "verb")

_HARD_BREAKS = frozenset(".!?؟;؛")
_COMMAS = frozenset("،,")
# How far a cue may sit from the trigger, in tokens (inside the clause).
_PLANNED_BEFORE = 8
_PLANNED_AFTER = 6
_SPEAKER_MAX = 7
# Words that end a speaker's name: the complementiser (قال الجيش إن ...), times, and prepositions that
# introduce the channel or the content (أشار X إلى ...) rather than the speaker.
_SPEAKER_STOPS = frozenset(match_key(w) for w in (
    "إن", "أن", "بأن", "بأنه", "بأنها", "انه", "إنه", "أنه", "إنها", "أنها", "إنهم", "أنهم",
    "اليوم", "أمس", "الأحد", "الاثنين",
    "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "مساء", "صباح", "في", "عبر", "خلال",
    "عن", "على", "مع", "عدم", "لم", "لن", "لا", "إلى",
    "قيام", "وجود", "صحة", "أي", "ما", "حدوث", "وقوع", "تعرض", "تورط", "مشاركة", "إرسال",
))
_IMPERFECT = frozenset("يتنا")
_OPENING_QUOTES = frozenset({'"', "«", "“", "'"})


@dataclass(frozen=True, slots=True)
class CueEntry:
    pattern: str
    cue: str
    scope: str
    note: str


@dataclass(frozen=True, slots=True)
class StatusReading:
    status: str  # asserted | claimed | denied | planned
    negated: bool
    attribution: str | None
    cue_start: int | None  # token span of the deciding cue, end exclusive
    cue_end: int | None
    hypothetical: bool = False
    cue: str | None = None  # the deciding cue's kind (claimed, report, denied, planned, ...)


@cache
def _cue_entries() -> tuple[CueEntry, ...]:
    entries = []
    for number, row in enumerate(read_lexicon_rows("cues.tsv"), start=2):
        pattern, cue, scope, note = ((row + [""] * 4)[:4])
        if cue not in CUE_KINDS or scope not in SCOPES:
            raise ValueError(f"cues.tsv row {number}: bad cue/scope {cue!r}/{scope!r}")
        entries.append(CueEntry(pattern.strip(), cue, scope, note))
    return tuple(entries)


@cache
def cue_index() -> PhraseIndex[CueEntry]:
    """Cue phrases other than source heads and prefixes, loaded once."""
    return PhraseIndex((e.pattern, e) for e in _cue_entries() if e.scope not in ("head", "prefix"))


def find_cues(tokens: Sequence[str]) -> list[PhraseMatch[CueEntry]]:
    """The cues of a sentence, without verb-only cues used as adjectives ("رتل تابع لجهاز ...")."""
    return list(_find_cues(tuple(tokens)))


@lru_cache(maxsize=64)  # read once per trigger of the same sentence
def _find_cues(tokens: tuple[str, ...]) -> tuple[PhraseMatch[CueEntry], ...]:
    found = cue_index().longest(tokens, cue_candidates(tokens))
    return tuple(m for m in found if m.payload.cue != "none" and not adjective_use(tokens, m)
                 and not (m.payload.scope == "after comma" and (m.start == 0 or tokens[m.start - 1] not in _COMMAS)))


@lru_cache(maxsize=64)  # the event coder asks for a sentence's speakers and for its cues
def cue_candidates(tokens: tuple[str, ...]) -> tuple[PhraseMatch[CueEntry], ...]:
    """Every cue phrase match in ``tokens``, overlapping ones included."""
    return tuple(cue_index().candidates(tokens))


def adjective_use(tokens: Sequence[str], m: PhraseMatch[CueEntry]) -> bool:
    """A verb-only cue followed by a word with the preposition لـ is an adjective."""
    if m.payload.scope != "verb" or m.end >= len(tokens):
        return False
    key = match_key(tokens[m.end])
    return key.startswith("ل") and len(key) > 3




@cache
def _future_prefixes() -> tuple[str, ...]:
    return tuple(match_key(e.pattern) for e in _cue_entries() if e.scope == "prefix")


def _opens_clause(token: str) -> bool:
    """A conjunction-prefixed word that is not an article noun: after "،" it starts a new clause."""
    key = match_key(token)
    return len(key) >= 4 and key[0] in "وف" and not key[1:].startswith("ال")


def clause_bounds(tokens: Sequence[str], start: int, end: int,
                  cues: Sequence[PhraseMatch[CueEntry]] = ()) -> tuple[int, int]:
    """The ``[left, right)`` token span of the clause holding ``tokens[start:end]``."""
    breaks = {m.start for m in cues if m.payload.cue == "break"}
    # "، بحسب المرصد،" is set off inside a clause; "، كشفت مصادر ..." (a reporting verb) opens one
    attributions = {m.start for m in cues if m.payload.cue == "claimed" and m.payload.scope != "before"}
    reports = {m.start for m in cues if m.payload.cue == "claimed" and m.payload.scope == "before"}
    left = start
    while left > 0:
        prev = tokens[left - 1]
        if prev in _HARD_BREAKS or left in breaks:
            break
        if prev in _COMMAS and (_opens_clause(tokens[left]) or left in reports) and left not in attributions:
            break
        left -= 1
    right = end
    while right < len(tokens):
        tok = tokens[right]
        if tok in _HARD_BREAKS or right in breaks:
            break
        if (tok in _COMMAS and right + 1 < len(tokens)
                and (_opens_clause(tokens[right + 1]) or right + 1 in reports) and right + 1 not in attributions):
            break
        right += 1
    return left, right


@cache
def _source_heads() -> frozenset[str]:
    return frozenset(match_key(e.pattern.split()[0]) for e in _cue_entries() if e.cue == "source")


def _is_source_head(tokens: Sequence[str], at: int) -> bool:
    """Whether a speaker starting at ``at`` is unnamed or second-hand (مصادر، شهود، وكالة ...).

    The article is not stripped here: مسؤول is an unnamed official, المسؤول one already named.
    """
    if at >= len(tokens):
        return False
    key = match_key(tokens[at])
    for reading in token_readings(tokens[at]):
        removed = key[: len(key) - len(reading)] if key.endswith(reading) else "لل"
        if "ال" in removed or removed.endswith("لل"):
            continue
        if reading in _source_heads():
            return True
    return False


def _speaker(tokens: Sequence[str], at: int, stop: int, drop_lam: bool = False) -> tuple[str | None, int]:
    """The speaker's surface words from ``at`` (not past ``stop``), and the index of its first word."""
    words: list[str] = []
    i = at
    if drop_lam and i < stop and match_key(tokens[i]) == "ل":
        i += 1
    while i < stop and tokens[i] in _OPENING_QUOTES:
        i += 1  # a name in quotes: أعلنت "الجبهة الوطنية للتحرير" أن ...
    first = i
    while i < stop and len(words) < _SPEAKER_MAX:
        tok = tokens[i]
        readings = token_readings(tok)
        if not readings or tok in _COMMAS or tok == ":":
            break
        if any(r in _SPEAKER_STOPS for r in readings[:2]) and words:
            break
        if readings[0] in _SPEAKER_STOPS:
            break
        surface = tok
        if not words and drop_lam and readings[0].startswith("ل") and len(readings[0]) > 3:
            surface = tok[1:]
        words.append(surface)
        i += 1
    return (" ".join(words) if words else None), first


@cache
def _not_future() -> frozenset[str]:
    text = resources.files("rasd.lang.ar").joinpath("not_future.txt").read_text(encoding="utf-8")
    return frozenset(match_key(w) for w in text.splitlines() if w.strip() and not w.startswith("#"))


def _has_future_prefix(token: str) -> bool:
    key = match_key(token)
    if key[:1] in "وف" and len(key) > 4:
        key = key[1:]
    if key in _not_future() or key.removeprefix("ال") in _not_future():
        return False
    for prefix in _future_prefixes():
        rest = key[len(prefix):]
        if key.startswith(prefix) and len(rest) >= 3 and rest[0] in _IMPERFECT:
            return True
    return False


def _trigger_has_future_prefix(tokens: Sequence[str], trigger: TriggerMatch) -> bool:
    """سـ on the trigger's own verb: the lexicon matched the word only once the prefix was removed."""
    token = tokens[trigger.start]
    if not _has_future_prefix(token):
        return False
    first_word = trigger.pattern.split()[0]
    stem = match_key(first_word.rstrip("*"))
    key = match_key(token)
    without_conj = key[1:] if key[:1] in "وف" and len(key) > 4 else key
    return not without_conj.startswith(stem)


_FUTURE_REACH = 5  # words before a trigger a future verb governs ("ستسخر كل إمكانياتها لمساعدة")


def read_status(tokens: Sequence[str], trigger: TriggerMatch) -> StatusReading:
    """How ``tokens`` (one sentence) reports the event that ``trigger`` names."""
    cues = [m for m in find_cues(tokens) if m.end <= trigger.start or m.start >= trigger.end]
    left, right = clause_bounds(tokens, trigger.start, trigger.end, cues)
    before = sorted((m for m in cues if left <= m.start and m.end <= trigger.start), key=lambda m: -m.end)
    after = sorted((m for m in cues if trigger.end <= m.start and m.end <= right), key=lambda m: m.start)

    negated = any(
        m.payload.cue == "negation" and trigger.start - m.end <= 1
        and (match_key(tokens[m.start]) != "ما" or (trigger.kind == "verb" and m.end == trigger.start
                                                    and not _relative_ma(tokens, m.start)))
        for m in before
    ) or _negated_governor(tokens, trigger, before) or _negated_alternative(tokens, trigger, before)

    for m in before:
        if m.payload.cue == "denied":
            speaker, _ = _speaker(tokens, m.end, trigger.start)
            return StatusReading("denied", negated, speaker, m.start, m.end, cue="denied")
    for m in after:
        if m.payload.cue == "denied" and m.payload.scope in ("after", "either"):
            return StatusReading("denied", negated, None, m.start, m.end, cue="denied")

    attribution, attr_cue = _attribution(tokens, trigger, before, after, right)

    for m in before:
        # An analyst's opinion is read like a supposition: neither is a report of something that happened.
        if m.payload.cue in ("hypothetical", "analysis"):
            return StatusReading("planned", negated, attribution, m.start, m.end, hypothetical=True,
                                 cue="hypothetical")
    if _trigger_has_future_prefix(tokens, trigger):
        return StatusReading("planned", negated, attribution, trigger.start, trigger.start + 1, cue="planned")
    for m in before:
        near = trigger.start - m.end <= _PLANNED_BEFORE or m.payload.scope == "governs"
        if m.payload.cue == "planned" and m.payload.scope != "after" and near:
            return StatusReading("planned", negated, attribution, m.start, m.end, cue="planned")
    for i in range(max(left, trigger.start - _FUTURE_REACH), trigger.start):
        # (not a name in parentheses that merely begins like one: "القيادة المركزية الأمريكية (سنتكوم)")
        if (_has_future_prefix(tokens[i]) and not any(c.start <= i < c.end for c in cues)
                and not (i > 0 and tokens[i - 1] == "(")):
            return StatusReading("planned", negated, attribution, i, i + 1, cue="planned")
    for m in after:
        near = m.start - trigger.end <= _PLANNED_AFTER
        if m.payload.scope == "governs" and any(t in _COMMAS for t in tokens[trigger.end:m.start]):
            continue  # "، ومن المقرر أن ..." opens a clause of its own
        if m.payload.cue == "planned" and m.payload.scope != "before" and near:
            return StatusReading("planned", negated, attribution, m.start, m.end, cue="planned")

    if attr_cue is not None:
        kind = attr_cue.payload.cue
        status = "claimed" if kind == "claimed" else "asserted"
        if kind == "report" and attribution is not None:
            _, first = _speaker(tokens, attr_cue.end, trigger.start)
            if _is_source_head(tokens, first):
                status = "claimed"
        if kind == "report":
            # Subject before the verb: "تقارير صحافية أفادت ...", "مصادر محلية قالت ...".
            head = _source_before(tokens, attr_cue.start, left)
            if head is not None:
                return StatusReading("claimed", negated, head, attr_cue.start, attr_cue.end, cue="claimed")
        return StatusReading(status, negated, attribution, attr_cue.start, attr_cue.end, cue=kind)
    source = _colon_source(tokens, trigger.start)
    if source is not None:
        # "وسائل إعلام إسرائيلية: إطلاق صواريخ ...", "مراسلنا: ...": a live-blog or headline credit.
        return StatusReading("claimed", negated, source, None, None, cue="claimed")
    return StatusReading("asserted", negated, None, None, None)


_COLON_REACH = 6  # words of a credit before its colon ("16:45 - وسائل إعلام إسرائيلية:")


def opening_colon(tokens: Sequence[str], trigger_start: int) -> int | None:
    """The position of the colon that ends a credit opening the sentence before the trigger ("16:45 - وسائل إعلام
    إسرائيلية: ..."), not one inside a time ("16:45")."""
    for i in range(min(trigger_start, _COLON_REACH + 3)):
        if tokens[i] == ":" and not (0 < i < len(tokens) - 1 and tokens[i - 1].isdigit() and tokens[i + 1].isdigit()):
            return i
    return None


def _colon_source(tokens: Sequence[str], trigger_start: int) -> str | None:
    """The credit before a colon that opens the sentence and precedes the trigger, if it names a source."""
    i = opening_colon(tokens, trigger_start)
    if i is None:
        return None
    words = [t for t in tokens[max(0, i - _COLON_REACH):i] if t not in ("-", "–")]
    if words and any(_is_source_head(tokens, j) for j in range(max(0, i - _COLON_REACH), i)):
        return " ".join(words)
    return None


_ALTERNATIVE_REACH = 6  # words from a negation to an alternative after أو ("لم تكن مواجهات عنيفة أو اشتباكات")


def _negated_alternative(tokens: Sequence[str], trigger: TriggerMatch, before: Sequence[PhraseMatch[CueEntry]]) -> bool:
    """A trigger after أو/ولا in a clause whose negation governs the first alternative: "لم تكن مواجهات عنيفة أو
    اشتباكات مسلحة" denies both."""
    if trigger.start == 0 or match_key(tokens[trigger.start - 1]) not in ("او", "ولا"):
        return False
    return any(m.payload.cue == "negation" and trigger.start - m.end <= _ALTERNATIVE_REACH for m in before)


_GOVERNOR_REACH = 8  # words from a negated verb to the verbal noun it governs
_GOVERNING_PREPOSITIONS = frozenset({"من", "عن", "علي"})
_ANY = frozenset({"اي", "باي", "لاي"})  # أي: "any", which a negation before makes "none"
_CLAUSE_OPENERS = frozenset({"ان", "انه", "انها", "بان", "التي", "الذي", "الذين", "اللذين", "اللتين"})


_PARTAKING = ("شارك", "يشارك", "تشارك", "ساهم", "يساهم", "تساهم", "تورط", "يتورط", "تتورط", "انخرط", "ينخرط",
              "تنخرط", "تكن", "يكن")  # لم تكن الحكومة طرفا في الاتفاق


def _takes_part(tokens: Sequence[str], before: Sequence[PhraseMatch[CueEntry]], start: int) -> bool:
    """Whether a verb of taking part (شارك، تورط ... في) stands between a negation and ``start``."""
    negations = [m.end for m in before if m.payload.cue == "negation"]
    if not negations:
        return False
    return any(match_key(t).removeprefix("و").startswith(_PARTAKING) for t in tokens[max(negations):start])


def _negated_governor(tokens: Sequence[str], trigger: TriggerMatch,
                      before: Sequence[PhraseMatch[CueEntry]]) -> bool:
    """A verbal noun governed through a preposition by a negated verb did not happen: "لم يتمكن الجيش من
    استعادة ...", "لم تحدد الأمم المتحدة موعدا لاستئناف المشاورات"."""
    previous = match_key(tokens[trigger.start - 1]) if trigger.start > 0 else ""
    if previous in _GOVERNING_PREPOSITIONS:
        pass  # "من استعادة": a verbal noun even where the lexicon lists the verb
    elif previous in _ANY:
        pass  # "لم توقع على أي اتفاق", "لم يتم التوصل إلى أي اتفاق": no agreement at all
    elif previous == "في" and _takes_part(tokens, before, trigger.start):
        pass  # "لم تشارك حماس في إطلاق الصواريخ"; but "لم يصب أحد في الهجوم": the attack happened
    elif trigger.kind == "verb" or not any(_lam_governed(k) for k in (match_key(tokens[trigger.start]), previous)):
        return False
    for m in before:
        if m.payload.cue != "negation" or match_key(tokens[m.start]) not in ("لم", "ولم", "لن", "ولن"):
            continue
        between = (match_key(t) for t in tokens[m.end:trigger.start])
        return trigger.start - m.end <= _GOVERNOR_REACH and not any(w in _CLAUSE_OPENERS for w in between)
    return False


_RELATIVE_HEADS = frozenset({"هو", "وهو", "هي", "وهي", "هذا", "وهذا", "ذلك", "وذلك"})


def _relative_ma(tokens: Sequence[str], at: int) -> bool:
    """ما after "وهو" is "which" ("وهو ما نفاه مصدر عسكري"), not a negation."""
    return at > 0 and match_key(tokens[at - 1]) in _RELATIVE_HEADS


def _lam_governed(key: str) -> bool:
    """A word with the preposition لـ ("لاستئناف"): it, or the noun after it, is what a verb aims at."""
    return key.startswith("ل") and not key.startswith("ال") and len(key) > 3


def _source_before(tokens: Sequence[str], verb: int, left: int) -> str | None:
    """An unnamed source right before a reporting verb ("تقارير صحافية أفادت"), as its words."""
    for start in range(max(left, verb - 3), verb):
        if _is_source_head(tokens, start):
            return " ".join(tokens[start:verb])
    return None


def _attribution(
    tokens: Sequence[str], trigger: TriggerMatch, before: Sequence[PhraseMatch[CueEntry]],
    after: Sequence[PhraseMatch[CueEntry]], right: int,
) -> tuple[str | None, PhraseMatch[CueEntry] | None]:
    """The nearest claimed/report cue (before the trigger first, then after it) and its source words."""
    for m in before:
        entry = m.payload
        if entry.cue not in ("claimed", "report") or entry.scope == "after":
            continue
        if entry.scope == "hedge":
            return None, m
        head = next((i for i in range(m.start, m.end) if _is_source_head(tokens, i)), None)
        if head is not None:
            speaker, _ = _speaker(tokens, head, trigger.start)
        else:
            speaker, _ = _speaker(tokens, m.end, trigger.start, drop_lam=True)
        if speaker is None and entry.cue == "report":
            continue  # a reporting verb with no subject before the trigger reports nothing here
        return speaker, m
    for m in after:
        entry = m.payload
        if entry.cue == "claimed" and entry.scope in ("after", "either"):
            speaker, _ = _speaker(tokens, m.end, right, drop_lam=True)
            return speaker, m
    return None, None
