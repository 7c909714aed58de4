"""Rules read over a tagger's IOB2 output: what one sentence's tags miss that its words or its neighbours show.

``split_pairs`` parts two people joined by "و"; ``drop_nationality`` leaves a nationality out of a club's or
company's name ("بنفيكا البرتغالي"); ``tag_titles`` tags the quoted title of a book, film or programme after the
word that names the work; ``spread_names`` copies each name found to untagged repeats of
the same words in nearby sentences (a club or party named once with a clear context and again bare a few
sentences later), a person's rare surname to its uses alone, and an organisation's name to its uses without a
head noun ("القاعدة"). Their word lists are language data (``rasd/lang/ar``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rasd.entities.ner.features import word_key, word_readings
from rasd.entities.ner.gazetteer import Gazetteer

__all__ = [
    "GIVEN_LISTS", "SPREAD_WINDOW", "drop_nationality", "names", "split_pairs", "spread_names", "tag_titles",
    "title_cue",
]

# names are spread to repeats up to this many sentences away (dev slice of ANERcorp train: 0.780 -> 0.797)
SPREAD_WINDOW = 10
# name lists of given names (the project's own and the gazetteer sources' first names)
GIVEN_LISTS = frozenset({"GIVEN", "PERSFIRST"})
# quotation marks as ``word_key`` gives them («» and “” read as "), and as tokens
_QUOTES = frozenset({'"', "''"})
_QUOTE_TOKENS = frozenset({'"', "''", "«", "»", "“", "”", "„", "‟", "″"})
_TITLE_LONGEST = 6  # words of a quoted title
_POSSESSIVES = ("هما", "هم", "ها", "ه", "ي")  # برنامجها، روايته، فيلمي


def names(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """``(start, end, type)`` of the names in an IOB2 sequence."""
    out: list[tuple[int, int, str]] = []
    for i, tag in enumerate(tags):
        if tag.startswith("B-"):
            end = i + 1
            while end < len(tags) and tags[end] == "I-" + tag[2:]:
                end += 1
            out.append((i, end, tag[2:]))
    return out


def _sources(
    ks: Sequence[tuple[str, bool]], tags: Sequence[str], surname: Callable[[str], bool] | None,
    heads: frozenset[str],
) -> list[tuple[tuple[str, ...], str, int]]:
    """The names found in one sentence as ``(words, type, weight)``: each name at weight 2; at weight 1, so that
    a full name's type wins, the last word of a person's name of two words or more when ``surname`` accepts it
    ("البارزاني" after "مسعود البارزاني" is the same man), and an organisation's name without its head noun
    (``heads``: "القاعدة" after "تنظيم القاعدة")."""
    out: list[tuple[tuple[str, ...], str, int]] = []
    for a, b, typ in names(tags):
        words = tuple(k for k, _ in ks[a:b])
        out.append((words, typ, 2))
        if surname is not None and typ == "PERS" and b - a >= 2 and surname(words[-1]):
            out.append((words[-1:], typ, 1))
        elif typ == "ORG" and b - a >= 2 and words[0] in heads:
            out.append((words[1:], typ, 1))
    return out


def spread_names(
    keys: Sequence[Sequence[tuple[str, bool]]], tags: Sequence[Sequence[str]], window: int = SPREAD_WINDOW,
    longest: int = 4, surname: Callable[[str], bool] | None = None, heads: frozenset[str] = frozenset(),
) -> list[list[str]]:
    """Tag untagged repeats of a name found within ``window`` sentences (either side) with its commonest type.

    ``keys`` are ``Encoder.match_key`` per token; one-word names that are common words are not spread. The
    names found by the tagger are the only sources, so a spread name never spreads further. With ``surname``
    (``Encoder.rare_word``), a rare last word of a person's name found nearby is tagged alone too, and with
    ``heads`` (``match_key`` forms of lang/ar/org_heads.txt) an organisation's name without its head noun."""
    names = [_sources(ks, tg, surname, heads) for ks, tg in zip(keys, tags, strict=True)]
    out = [list(t) for t in tags]
    for i, (ks, tg) in enumerate(zip(keys, out, strict=True)):
        found: dict[tuple[str, ...], dict[str, int]] = {}
        for near in names[max(0, i - window) : i + window + 1]:
            for words, typ, weight in near:
                seen = found.setdefault(words, {})
                seen[typ] = seen.get(typ, 0) + weight
        if not found:
            continue
        forms = [k for k, _ in ks]
        firsts = {words[0] for words in found}
        p = 0
        while p < len(ks):
            if forms[p] not in firsts:  # most words begin no name found nearby
                p += 1
                continue
            for size in range(min(longest, len(ks) - p), 0, -1):
                counts = found.get(tuple(forms[p : p + size]))
                if counts is None or (size == 1 and ks[p][1]) or any(t != "O" for t in tg[p : p + size]):
                    continue
                typ = max(sorted(counts), key=counts.__getitem__)
                tg[p : p + size] = ["B-" + typ] + ["I-" + typ] * (size - 1)
                p += size - 1
                break
            p += 1
    return out


def split_pairs(tokens: Sequence[str], tags: Sequence[str], gazetteer: Gazetteer) -> list[str]:
    """A person's name does not run on through "و" and a given name: "خالد وريم", "روبي وجون" are two people.

    A word inside a person's name that is و followed by a word on a given-name list (``GIVEN_LISTS``), and is not
    on one as it stands ("وليد", "وائل"), begins a name of its own. (Dev tenths 4 and 9 of ANERcorp train, four
    nets: +0.1 to +0.2, one to four names each.)"""
    out = list(tags)
    if "I-PERS" not in out:  # most sentences: no word to look up
        return out
    for i in range(1, len(tokens)):
        token = tokens[i]
        if out[i] != "I-PERS" or not token.startswith("و") or len(token) < 4:
            continue
        if gazetteer.entries.get(word_key(token), frozenset()) & GIVEN_LISTS:
            continue
        if gazetteer.entries.get(word_key(token[1:]), frozenset()) & GIVEN_LISTS:
            out[i] = "B-PERS"
    return out


def drop_nationality(tokens: Sequence[str], tags: Sequence[str], gazetteer: Gazetteer,
                     rare: Callable[[str], bool]) -> list[str]:
    """A nationality after the name of a club, company or paper is no part of it: "بنفيكا البرتغالي", "بيلد
    الألمانية" are ORG and then a plain word. Only names whose first word is ``rare`` (not a common news word) are
    cut, so that "الجيش الليبي" stays whole. (ANERcorp's training file leaves the nationality outside in all 29
    such names; every name it tags with a nationality inside begins with a common word.)"""
    out = list(tags)
    if "I-ORG" not in out:
        return out
    for a, b, typ in names(out):
        if typ != "ORG" or b - a < 2 or not rare(tokens[a]):
            continue
        if "NAT" in gazetteer.word_lists(word_readings(tokens[b - 1])):
            out[b - 1] = "O"
    return out


def title_cue(token: str, cues: frozenset[str]) -> bool:
    """Whether ``token`` is a word naming a work (``cues``, ``word_key`` forms), also after a proclitic or with
    a possessive ending ("وبرنامج", "برنامجها", "روايته")."""
    for key in word_readings(token):
        if key in cues:
            return True
        for ending in _POSSESSIVES:
            if key.endswith(ending) and len(key) > len(ending) + 2:
                stem = key[: -len(ending)]
                # the feminine ending is written ت before a possessive: رواية -> روايته
                if stem in cues or (stem.endswith("ت") and stem[:-1] + "ه" in cues):
                    return True
    return False


def tag_titles(tokens: Sequence[str], tags: Sequence[str], cues: frozenset[str]) -> list[str]:
    """The quoted title right after a word naming a work is a MISC name: برنامج « حوار من القلب », رواية "X",
    كتاب بعنوان « X »; so is each further quoted title in a list that goes on with "،" or "و". A title with a
    word already tagged is left as the tagger read it. (ANERcorp's training file tags 31 of the 43 such titles
    MISC, the others not at all or in parts; dev tenths 4 and 9, four nets: +0.1 to +0.4.)"""
    out = list(tags)
    if _QUOTE_TOKENS.isdisjoint(tokens):  # most sentences: no word to look up
        return out
    i, listed = 0, False
    while i < len(tokens):
        if word_key(tokens[i]) in _QUOTES and (listed or (i > 0 and title_cue(tokens[i - 1], cues))):
            quote = word_key(tokens[i])
            end = next((j for j in range(i + 1, min(len(tokens), i + _TITLE_LONGEST + 2))
                        if word_key(tokens[j]) == quote), None)
            if end is not None and end > i + 1:
                if all(t == "O" for t in out[i + 1 : end]):
                    out[i + 1 : end] = ["B-MISC"] + ["I-MISC"] * (end - i - 2)
                i = end + 1
                if i < len(tokens) and tokens[i] in ("،", ",", "و"):
                    i += 1
                listed = i < len(tokens) and word_key(tokens[i]) in _QUOTES
                continue
        listed = False
        i += 1
    return out
