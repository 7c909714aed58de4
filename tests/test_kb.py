"""The knowledge base: loading, alias lookup, dated roles, and coverage of the gold keys."""

from __future__ import annotations

import csv
import datetime as dt
import math
import unicodedata
from pathlib import Path

import pytest

from rasd.entities.kb import KbEntry, KnowledgeBase
from rasd.entities.romanize import romanize
from rasd.text.normalize import match_key

GOLD = Path(__file__).parent / "fixtures" / "gold"


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


def test_loads_once_per_process() -> None:
    # how long loading takes is a benchmark figure (scripts/benchmark.py), not a test
    first = KnowledgeBase.load()
    assert KnowledgeBase.load() is first
    assert len(first) > 5000


def test_lookup_spelling_variants(kb: KnowledgeBase) -> None:
    for alias in ("أردوغان", "إردوغان", "اردوغان"):
        assert kb.lookup(alias)[0].name == "Recep Tayyip Erdoğan"
    for alias in ("غوتيريش", "جوتيريش", "غوتيريس"):
        assert kb.lookup(alias)[0].id == "p:guterres"
    assert kb.lookup("حفتار")[0].id == kb.lookup("حفتر")[0].id == "p:khalifa_haftar"
    assert kb.lookup("السرّاج")[0].id == "p:fayez_sarraj"


def test_states_have_adjectives_and_institutions(kb: KnowledgeBase) -> None:
    turkey = kb.get("TUR")
    assert turkey.kind == "state" and turkey.feature == "country" and turkey.lat is not None
    assert kb.lookup("التركية")[0].id == "TUR"
    assert kb.lookup("الروسية")[0].id == "RUS"
    assert kb.lookup("الجيش التركي")[0].id == "TUR"
    assert kb.lookup("القوات الروسية")[0].id == "RUS"
    assert kb.lookup("الحكومة الإيطالية")[0].id == "ITA"
    # Every country has an Arabic name and a point.
    countries = [e for e in kb.entries() if e.feature == "country"]
    assert len(countries) > 240
    assert all(e.aliases and e.lat is not None for e in countries if e.population > 1_000_000)


def test_places(kb: KnowledgeBase) -> None:
    sirte = kb.lookup("سرت")[0]
    assert sirte.name == "Sirte" and sirte.country == "LBY" and sirte.feature == "city"
    assert kb.lookup("الجفرة")[0].country == "LBY"
    assert kb.lookup("الوطية")[0].lat is not None
    assert kb.lookup("طرابلس")[0].country == "LBY"  # the larger Tripoli first; context may pick Lebanon's
    assert kb.get("gn:2210247").population > 1_000_000


def test_role_holders_by_date(kb: KnowledgeBase) -> None:
    title = "الأمين العام للأمم المتحدة"
    assert kb.role_holder(title, dt.date(2020, 7, 3)).id == "p:guterres"  # type: ignore[union-attr]
    assert kb.role_holder(title, dt.date(2015, 7, 3)).id == "p:ban_ki_moon"  # type: ignore[union-attr]
    akar = kb.role_holder("وزير الدفاع التركي", dt.date(2020, 6, 1))
    assert akar is not None and akar.name == "Hulusi Akar"
    assert kb.role_holder("وزير الخارجية الأمريكي", dt.date(2019, 5, 1)).name == "Mike Pompeo"  # type: ignore[union-attr]
    assert kb.holder_of("foreign_minister", "RUS", dt.date(2018, 1, 1)).name == "Sergey Lavrov"  # type: ignore[union-attr]
    assert kb.role_holder("وزير الدفاع التركي", dt.date(1990, 1, 1)) is None


def test_romanize_is_readable_and_consistent() -> None:
    assert romanize("عبد الرحمن").startswith("Abd al-")
    assert romanize("خليفة حفتر") == "Khalifa Haftar"
    assert romanize("مصطفى صنع الله").endswith("Allah")
    assert romanize("زغلول البرعصي") == romanize("زغلول البرعصي")
    assert romanize("قرقوزي").isascii()


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


def _gold(name: str) -> list[dict[str, str]]:
    with (GOLD / name).open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def _names(entry: KbEntry) -> set[str]:
    return {_fold(n) for n in (entry.name, *entry.aliases_en)}


def _resolvable(kb: KnowledgeBase, entry: KbEntry) -> bool:
    """Some Arabic alias of ``entry`` looks up to it first."""
    return any(kb.lookup(a) and kb.lookup(a)[0].id == entry.id for a in entry.aliases)


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dlat, dlon = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dlat / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dlon / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(a))


def test_every_gold_actor_resolves_from_arabic(kb: KnowledgeBase) -> None:
    missing = []
    for row in _gold("actors.tsv"):
        accepted = {_fold(n) for n in next(iter(v for k, v in row.items() if k != "key")).split("|")}
        entries = [e for e in kb.entries() if e.name and _fold(e.name) in accepted]
        if not any(_resolvable(kb, e) for e in entries):
            missing.append(row["key"])
    assert not missing


def test_every_gold_place_resolves_from_arabic(kb: KnowledgeBase) -> None:
    missing = []
    for row in _gold("places.tsv"):
        accepted = {_fold(n) for n in row[next(k for k in row if k.startswith("names"))].split("|")}
        ok = False
        for entry in kb.entries():
            if not entry.is_place or not (_names(entry) & accepted):
                continue
            near = (not row["lat"] or entry.lat is None
                    or _km(float(row["lat"]), float(row["lon"]), entry.lat, entry.lon or 0.0) < 30)
            if near and _resolvable(kb, entry):
                ok = True
                break
        if not ok:
            missing.append(row["key"])
    assert not missing


def test_match_keys_of_aliases_are_stable(kb: KnowledgeBase) -> None:
    haftar = kb.get("p:khalifa_haftar")
    assert all(kb.lookup(match_key(a)) for a in haftar.aliases)


def test_common_words_are_not_read_as_small_places() -> None:
    import rasd

    text = "وقال الوزير في حديثه للصحفيين إن أي تقدم بري نحو البلدة سيواجه بالقوة، وإن معسكر الجيش آمن."
    article = rasd.process(rasd.Article(doc="x", text=text))
    assert [m.text for m in article.mentions] == []


def test_hand_made_places_extend_geonames_and_add_missing_cities() -> None:
    import rasd

    text = "وقعت اشتباكات في كابول، وسيطر المسلحون على مدينة هرات، وقصفت الطائرات مواقع قرب ميكيلي."
    article = rasd.process(rasd.Article(doc="x", text=text))
    linked = {article.entities[m.entity_id].name: article.entities[m.entity_id] for m in article.mentions}
    assert {"Kabul", "Herat", "Mekelle"} <= set(linked)
    assert all(linked[name].lat is not None for name in ("Kabul", "Herat", "Mekelle"))


def test_a_bare_surname_is_not_the_district_named_after_its_bearer() -> None:
    from rasd.entities.kb import KnowledgeBase

    kb = KnowledgeBase.load()
    assert "الصدر" not in kb.get("gn:7802746").aliases
