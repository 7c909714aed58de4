"""Coverage of the actors beyond Libya: spelling variants, dated roles, and aliases that stay precise."""

from __future__ import annotations

import datetime as dt
import json
from importlib.resources import files

import pytest

from rasd.entities.kb import KnowledgeBase
from rasd.entities.linker import LinkContext, LinkedMention, find_mentions
from rasd.text.normalize import match_key
from rasd.text.tokens import tokenize


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


def _actors() -> list[dict[str, object]]:
    text = (files("rasd") / "data" / "kb" / "actors.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def link(sentence: str, day: dt.date | None = None) -> list[LinkedMention]:
    return find_mentions([t.text for t in tokenize(sentence)], None, LinkContext(date=day))


def ids(mentions: list[LinkedMention]) -> list[str]:
    return [m.entity.id for m in mentions]


@pytest.mark.parametrize(("variants", "entity_id"), [
    (["رمطان لعمامرة", "لعمامرة", "رمضان لعمامرة", "رمطان العمامرة"], "p:lamamra"),
    (["فيليكس تشيسيكيدي", "تشيسيكيدي", "فيليكس تشيسكيدي", "تشيسكيدي"], "p:tshisekedi"),
    (["حركة 23 مارس", "حركة 23 آذار", "إم 23", "حركة إم 23", "متمردي إم 23"], "org:m23"),
    (["مونوسكو", "بعثة مونوسكو", "بعثة الأمم المتحدة في الكونغو الديمقراطية"], "org:monusco"),
    (["الملك محمد السادس", "محمد السادس"], "p:mohammed_vi"),
    (["هانس غروندبرغ", "غروندبرغ", "هانس جروندبرج"], "p:grundberg"),
    (["جماعة نصرة الإسلام والمسلمين", "نصرة الإسلام والمسلمين"], "org:jnim"),
    (["جهاز مكافحة الإرهاب العراقي", "قوات مكافحة الإرهاب العراقية"], "org:iraq_cts"),
    (["عباس عراقجي", "عراقجي"], "p:araghchi"),
    (["أبو بكر شيكاو", "أبوبكر شيكاو", "شيكاو", "شكاو"], "p:shekau"),
    (["الإيكواس", "إيكواس", "المجموعة الاقتصادية لدول غرب إفريقيا"], "org:ecowas"),
    (["وكالة الأنباء السورية", "سانا", "الوكالة العربية السورية للأنباء"], "org:sana"),
])
def test_spelling_variants_link_to_one_entity(kb: KnowledgeBase, variants: list[str], entity_id: str) -> None:
    assert {kb.lookup(v)[0].id for v in variants} == {entity_id}


def test_hamza_and_alef_variants_need_no_extra_alias(kb: KnowledgeBase) -> None:
    # match_key folds أ/إ/آ, ة/ه and ى/ي: one stored spelling covers the others.
    assert kb.lookup("احمد عطاف")[0].id == kb.lookup("أحمد عطاف")[0].id == "p:attaf"
    assert kb.lookup("ناصر بوريطه")[0].id == "p:bourita"


def test_state_aliases_extend_the_gazetteer_countries(kb: KnowledgeBase) -> None:
    congo = kb.get("COD")
    assert congo.feature == "country" and congo.lat is not None
    assert kb.lookup("جمهورية الكونغو الديمقراطية")[0].id == "COD"
    assert kb.lookup("المملكة المغربية")[0].id == "MAR"
    assert kb.lookup("جيش الدفاع الإسرائيلي")[0].id == "ISR"
    # A bare "الكونغو" names two states: it is left unlinked.
    assert not [e for e in kb.lookup("الكونغو") if e.id == "COD"]


@pytest.mark.parametrize(("title", "day", "name"), [
    ("وزير الخارجية الجزائري", dt.date(2021, 10, 1), "Ramtane Lamamra"),
    ("وزير الخارجية الجزائري", dt.date(2024, 5, 1), "Ahmed Attaf"),
    ("وزير الخارجية الجزائري", dt.date(2018, 2, 1), "Abdelkader Messahel"),
    ("وزير خارجية المغرب", dt.date(2020, 12, 1), "Nasser Bourita"),
    ("العاهل المغربي", dt.date(2016, 1, 1), "Mohammed VI"),
    ("رئيس الوزراء البريطاني", dt.date(2023, 6, 1), "Rishi Sunak"),
    ("رئيس الوزراء البريطاني", dt.date(2025, 6, 1), "Keir Starmer"),
    ("رئيسة الوزراء البريطانية", dt.date(2018, 6, 1), "Theresa May"),
    ("وزيرة الخارجية الألمانية", dt.date(2023, 6, 1), "Annalena Baerbock"),
    ("المبعوث الأممي إلى اليمن", dt.date(2016, 8, 1), "Ismail Ould Cheikh Ahmed"),
    ("المبعوث الأممي إلى اليمن", dt.date(2023, 8, 1), "Hans Grundberg"),
    ("المبعوث الأممي إلى سوريا", dt.date(2016, 2, 1), "Staffan de Mistura"),
    ("الأمين العام لحزب الله", dt.date(2025, 3, 1), "Naim Qassem"),
    ("الأمين العام لحزب الله", dt.date(2020, 3, 1), "Hassan Nasrallah"),
    ("أمير الكويت", dt.date(2022, 3, 1), "Nawaf Al-Ahmad Al-Jaber Al-Sabah"),
    ("رئيس الكونغو الديمقراطية", dt.date(2023, 3, 1), "Félix Tshisekedi"),
    ("الرئيس النيجيري", dt.date(2020, 3, 1), "Muhammadu Buhari"),
    ("رئيس أركان الجيش الإسرائيلي", dt.date(2024, 3, 1), "Herzi Halevi"),
    ("رئيس مجلس القيادة الرئاسي", dt.date(2023, 3, 1), "Rashad al-Alimi"),
    ("الوزير الأول الجزائري", dt.date(2022, 3, 1), "Aymen Benabderrahmane"),
    ("وزير الخارجية الكويتي", dt.date(2016, 3, 1), "Sabah Al-Khalid Al-Sabah"),
    ("رئيس حكومة صنعاء", dt.date(2020, 3, 1), "Abdulaziz bin Habtour"),
    ("الأمين العام لمنظمة التعاون الإسلامي", dt.date(2023, 3, 1), "Hissein Brahim Taha"),
])
def test_role_phrase_and_date_give_the_holder(kb: KnowledgeBase, title: str, day: dt.date, name: str) -> None:
    holder = kb.role_holder(title, day)
    assert holder is not None and holder.name == name


def test_generic_roles_of_new_holders(kb: KnowledgeBase) -> None:
    on = dt.date(2025, 2, 1)
    assert kb.holder_of("foreign_minister", "IRN", on).name == "Abbas Araghchi"  # type: ignore[union-attr]
    assert kb.holder_of("head_of_state", "KEN", on).name == "William Ruto"  # type: ignore[union-attr]
    assert kb.holder_of("defence_minister", "ISR", on).name == "Israel Katz"  # type: ignore[union-attr]
    assert kb.holder_of("foreign_minister", "USA", dt.date(2012, 1, 1)).name == "Hillary Clinton"  # type: ignore[union-attr]


def test_linker_reads_new_titles_names_and_counterparts() -> None:
    found = link("التقى وزير الخارجية الجزائري نظيره المغربي على هامش قمة الإيكواس.", dt.date(2022, 1, 20))
    assert ids(found) == ["p:lamamra", "p:bourita", "org:ecowas"]
    found = link("وأعلنت حركة إم 23 انسحابها، ورحبت بعثة مونوسكو بالخطوة.", dt.date(2023, 1, 5))
    assert ids(found) == ["org:m23", "org:monusco"]
    found = link("وقال المتحدث باسم حكومة الكونغو الديمقراطية باتريك مويايا إن الجيش الكونغولي صامد.",
                 dt.date(2022, 11, 2))
    assert ids(found) == ["p:muyaya", "org:fardc"]


def test_generic_words_do_not_link() -> None:
    assert ids(link("وقال الشباب في الحي إن الأسعار ارتفعت كثيرا.")) == []
    assert ids(link("ووزعت الجمعية سلال غذائية على الأسر.")) == []
    assert ids(link("وأقامت البلدية الحزام الأمني حول السوق.")) == []
    assert ids(link("وأعلنت روسيا اليوم الخميس أنها سترد.")) == ["RUS"]
    assert ids(link("وأشاد الطبيب بالجيش الأبيض في المستشفيات.")) == []
    assert "org:fatah" not in ids(link("وجددت الحكومة رفضها فتح المعابر أمام الشاحنات."))
    assert ids(link("وقالت حركة فتح إن الانتخابات ستجري في موعدها.")) == ["org:fatah"]


def test_surnames_that_read_as_common_words_after_normalising_are_not_aliases() -> None:
    # ترأس → تراس (Truss), كلامي → ك+لامي (Lammy), فكرتي → ف+كرتي (Karti), مناوئ → مناوي (Minnawi),
    # وأس → واس (the Saudi agency), كونا (they formed) → KUNA, مؤدي → مودي (Modi).
    sentence = "ترأس الوزير الاجتماع وقال إن كلامي واضح وإن فكرتي لم تتغير، وموقفه مناوئ لكل من كونا الشبكة."
    assert ids(link(sentence)) == []
    assert ids(link("وخفضت الشركة سعر هاتفي إس 9 وإس 9 بلس، وكان المؤدي بارعا.")) == []


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
