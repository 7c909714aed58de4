"""Coverage of the actors beyond Libya: spelling variants, dated roles, and aliases that stay precise."""

from __future__ import annotations

import json
from importlib.resources import files

import pytest

from rasd.entities.kb import KnowledgeBase
from rasd.text.normalize import match_key


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


def _actors() -> list[dict[str, object]]:
    text = (files("rasd") / "data" / "kb" / "actors.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


@pytest.mark.parametrize(("variants", "entity_id"), [
    (["مونوسكو", "بعثة مونوسكو", "بعثة الأمم المتحدة في الكونغو الديمقراطية"], "org:monusco"),
    (["الإيكواس", "إيكواس", "المجموعة الاقتصادية لدول غرب إفريقيا"], "org:ecowas"),
])
def test_spelling_variants_link_to_one_entity(kb: KnowledgeBase, variants: list[str], entity_id: str) -> None:
    assert {kb.lookup(v)[0].id for v in variants} == {entity_id}


def test_state_aliases_extend_the_gazetteer_countries(kb: KnowledgeBase) -> None:
    congo = kb.get("COD")
    assert congo.feature == "country" and congo.lat is not None
    assert kb.lookup("جمهورية الكونغو الديمقراطية")[0].id == "COD"
    assert kb.lookup("المملكة المغربية")[0].id == "MAR"
    assert kb.lookup("جيش الدفاع الإسرائيلي")[0].id == "ISR"
    # A bare "الكونغو" names two states: it is left unlinked.
    assert not [e for e in kb.lookup("الكونغو") if e.id == "COD"]


# Aliases that two curated actors share on purpose (none so far).
_SHARED_ALIASES: frozenset[str] = frozenset()


def test_no_alias_names_two_curated_actors() -> None:
    owner: dict[str, str] = {}
    clashes = []
    for actor in _actors():
        for alias in actor["aliases_ar"]:  # type: ignore[attr-defined]
            key = match_key(alias)
            if key in owner and owner[key] != actor["id"] and key not in _SHARED_ALIASES:
                clashes.append((key, owner[key], actor["id"]))
            owner.setdefault(key, str(actor["id"]))
    assert not clashes


def test_person_aliases_are_not_state_phrases_or_titles(kb: KnowledgeBase) -> None:
    bad = []
    for actor in _actors():
        if actor["kind"] != "person":
            continue
        own_titles = {k for r in kb.get(str(actor["id"])).roles for k in r.title_keys}
        for alias in actor["aliases_ar"]:  # type: ignore[attr-defined]
            key = match_key(alias)
            others = [e.id for e in kb.lookup(key) if e.id != actor["id"] and not e.is_place]
            if others or (kb.is_title(key) and key not in own_titles):
                bad.append((alias, actor["id"], others))
    assert not bad


def test_actor_lines_are_well_formed() -> None:
    keys = ["id", "name", "kind", "country", "aliases_ar", "aliases_en", "affiliation", "roles", "source"]
    seen: set[str] = set()
    for actor in _actors():
        assert list(actor)[: len(keys)] == keys
        assert actor["id"] not in seen
        seen.add(str(actor["id"]))
        for role in actor["roles"]:  # type: ignore[attr-defined]
            start, end = role["start"], role["end"]
            assert start is None or end is None or start < end, (actor["id"], role)
    affiliations = {a["affiliation"] for a in _actors() if a["affiliation"]}
    kb = KnowledgeBase.load()
    assert all(a in kb for a in affiliations)
