"""The role a word gives the party named after it: "على" a target, "مع" a partner, "من" a source, a head noun
("قيادة"، "مواقع") passing on the cue before it, a preposition on the name itself ("بالبرهان"، "للجيش"); and the
word lists those readings share (titles and ranks, clause words, complementizers)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from importlib.resources import files
from typing import TYPE_CHECKING

from rasd.doc import Token
from rasd.entities.kb import KnowledgeBase
from rasd.events.arabic_words import word_list
from rasd.events.triggers import read_lexicon_rows
from rasd.text.normalize import match_key, strip_clitics

if TYPE_CHECKING:
    from rasd.events.arguments import Slot

__all__ = [
    "COMPLEMENTIZERS", "EACH", "OBJECT_ENDINGS", "SKIPPABLE", "after_inna", "clause_words", "clear_cue", "head_role",
    "preceding_role", "proclitic_role", "role_word", "table_role", "title_tokens", "title_words",
]

SKIPPABLE = frozenset({'"', "'", "(", "«", "»", "-"})  # between a cue word and its party


@cache
def _roles() -> dict[str, str]:
    table: dict[str, str] = {}
    text = files("rasd.lang.ar").joinpath("roles.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            word, role = line.split("\t")[:2]
            table[match_key(word)] = role
    return table


def role_word(token: Token) -> str | None:
    """The role a function word gives the noun after it ("على" → target), through clitics ("وعلى")."""
    role = table_role(token)
    return None if role == "head" else role


def table_role(token: Token) -> str | None:
    """The word's row in roles.tsv, "head" included (a head noun passes on the cue before it)."""
    roles = _roles()
    for reading in strip_clitics(token.norm):
        if reading in roles:
            return roles[reading]
    # a two-letter preposition keeps its conjunction through clitic stripping ("وفي", "ومع")
    if token.norm[:1] in ("و", "ف") and token.norm[1:] in roles:
        return roles[token.norm[1:]]
    return None


@cache
def _alias_first_words() -> frozenset[str]:
    """First words of the knowledge base's multi-word names ("بعثه" of "بعثة الأمم المتحدة")."""
    return frozenset(key.split(" ", 1)[0] for key in KnowledgeBase.load().phrase_keys() if " " in key)


def proclitic_role(token: Token) -> str | None:
    """The role a preposition written on the name itself gives it ("بالبرهان" with, "للجيش" to), unless the letter
    is the name's own."""
    norm = token.norm
    if norm.removeprefix("و").startswith("ب") and norm.removeprefix("و")[1:] in title_tokens():
        return "with"  # "التقى في موسكو بوزير الدفاع": a title after ب, whatever its first letter
    if norm.startswith(("ب", "وب")) and not norm.startswith(("بن", "بو")) and len(norm) > 3:
        own = norm.removeprefix("و")
        if KnowledgeBase.load().has_alias(own) or own in _alias_first_words():
            return None  # the ب is the name's own first letter ("وبريطانيا", "بيروت", "بعثة الأمم المتحدة")
        return "with"
    if norm.startswith(("ل", "لل", "ول")) and len(norm) > 3:
        own = norm.removeprefix("و")
        named = KnowledgeBase.load().lookup(own) if not own.startswith("لل") else []
        if named and not any(e.is_place for e in named):
            return None  # the ل is the name's own first letter ("لعمامرة"); places keep the old reading
        return "to"
    return None


@cache
def clause_words(kind: str) -> frozenset[str]:
    """Words of one kind from ``clause_words.tsv`` (intent verbs, words of belonging, offices ...), matching keys."""
    return frozenset(match_key(row[0]) for row in read_lexicon_rows("clause_words.tsv") if row[1] == kind)


_HEAD_REACH = 2  # head nouns a cue word may stand before its party ("مع مسلحي تنظيم داعش")


_NOUN_PHRASE_PREPOSITIONS = frozenset({"source", "about"})  # "ممثلين عن X", "عناصر من X"


EACH = frozenset({"كل", "وكل"})


def preceding_role(tokens: Sequence[Token], slot: Slot) -> str | None:
    """The role cue right before a mention (skipping quotes and up to two head nouns: "مع قيادة الحوثيين",
    "على مواقع الحوثيين"), or on the mention itself."""
    i = slot.start - 1
    while i >= 0 and tokens[i].norm in SKIPPABLE:
        i -= 1
    if i < 0:
        return proclitic_role(tokens[slot.start])
    if tokens[i].norm == "من" and i > 0 and tokens[i - 1].norm in EACH:
        return None  # "دانت كل من واشنطن ولندن": "each of" names the subjects themselves
    role = role_word(tokens[i])
    if role == "target" and i > 0 and tokens[i - 1].norm in clause_words("belonging"):
        return "agent"  # "مسلحون يشتبه بانتمائهم إلى جماعة بوكو حرام": the group they belong to did it
    if role in _NOUN_PHRASE_PREPOSITIONS and i > 0 and table_role(tokens[i - 1]) == "head":
        # "سيلتقي ممثلين عن مجلس النواب": the representatives stand for their body, which takes the role
        # of the head noun: the cue before it, else object or subject by the noun's case ending.
        outer = head_role(tokens, i - 1)
        if outer is None and tokens[i - 1].norm.endswith(OBJECT_ENDINGS) and not after_inna(tokens, i - 1):
            return "target"
        return outer
    if table_role(tokens[i]) == "head":
        outer = head_role(tokens, i)
        if outer is not None:
            return outer
        if tokens[i].norm.endswith(OBJECT_ENDINGS) and i == slot.start - 1 and not after_inna(tokens, i):
            # "يلتقي مسؤولين روس", "استقبل وفدا أمريكيا": an adjective of an accusative head is the object.
            return "target"
    elif role:
        return role
    if tokens[slot.start].norm.startswith("ل") and tokens[i].norm in clause_words("office"):
        return None  # "المكتب الإعلامي لباشاغا": the office of, not to
    return proclitic_role(tokens[slot.start])


# A preposition with the article on a name ("بالبرهان", "للجيش") is a cue; a bare ب/ل may be the name's own
# first letter ("وبريطانيا", "لبنان").
_ARTICLE_PREPOSITIONS = ("بال", "وبال", "لل", "ولل")


def clear_cue(tokens: Sequence[Token], m: Slot) -> bool:
    """Whether a mention's role comes from a cue word before it or a preposition on its article."""
    i = m.start - 1
    while i >= 0 and tokens[i].norm in SKIPPABLE:
        i -= 1
    return (i >= 0 and table_role(tokens[i]) is not None) or tokens[m.start].norm.startswith(_ARTICLE_PREPOSITIONS)


# Endings of accusative/genitive head nouns (ممثلين، وفدا): the noun is an object, not a subject (ممثلون).
OBJECT_ENDINGS = ("ين", "ا")


# Cues a head noun passes on to its party: "مع قيادة الحوثيين" is talks with the Houthis, "على مواقع
# الحوثيين" strikes on them; "من قيادة الجيش" (orders from it) keeps the army as the one who acts.
_HEAD_PASSES = frozenset({"target", "partner", "with"})


def head_role(tokens: Sequence[Token], head: int) -> str | None:
    """The target or partner cue before a chain of head nouns ending at ``head``, or None."""
    i = head
    while i > 0 and head - i < _HEAD_REACH - 1 and table_role(tokens[i - 1]) == "head":
        i -= 1
    j = i - 1
    while j >= 0 and tokens[j].norm in SKIPPABLE:
        j -= 1
    role = role_word(tokens[j]) if j >= 0 else None
    if role == "target" and j > 0 and tokens[j - 1].norm in clause_words("belonging"):
        return "agent"  # "بانتمائهم إلى جماعة بوكو حرام"
    role = role or proclitic_role(tokens[i])
    return role if role in _HEAD_PASSES else None


# A bare "أن/إن" opens a clause with its own subject; "إنها/أنه" points back to the party before it.
COMPLEMENTIZERS = frozenset({"ان", "بان", "وان"})  # إن، أن، بأن، وأن: a clause of its own follows


def after_inna(tokens: Sequence[Token], head: int) -> bool:
    """Whether a head noun stands right after إن/أن, whose noun is accusative yet the subject of the verb
    that follows ("قال إن مقاتلين من الحركة سيطروا على المدينة")."""
    return head > 0 and tokens[head - 1].norm in COMPLEMENTIZERS


@cache
def title_words() -> frozenset[str]:
    """Titles, offices and honorifics (title_words.txt, honorifics.txt), as match keys."""
    return word_list("title_words.txt") | word_list("honorifics.txt")


@cache
def title_tokens() -> frozenset[str]:
    """Every word of the title and rank lists ("الفريق أول" gives الفريق and اول)."""
    return frozenset(w for phrase in title_words() for w in phrase.split())
