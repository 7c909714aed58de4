"""General event-coding rules, each on invented news-style sentences (not taken from any test article)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

import rasd
from event_helpers import party_names as _names


def _process(text: str, published: str) -> rasd.Article:
    return rasd.process(rasd.Article(doc="g", text=text, published=dt.date.fromisoformat(published)))


def _events(text: str, published: str) -> list[dict[str, Any]]:
    return [e.as_json("g") for e in _process(text, published).events]


def _mentions(article: rasd.Article) -> list[tuple[str, str]]:
    return [(m.text, article.entities[m.entity_id].name) for m in article.mentions if m.entity_id in article.entities]


# -- linking: what a later bare word refers to --------------------------------------------------------
def test_a_first_name_is_not_remembered_as_the_person() -> None:
    # علي (Ali) and على (on) share a matching form: the preposition must not become the minister.
    article = _process("قال وزير الداخلية علي حسن إن الشرطة اعتقلت عشرة مشتبه بهم.\n"
                       "وشنت الطائرات غارة على مواقع المسلحين قرب الحدود.", "2019-03-02")
    assert not any(text == "على" for text, _ in _mentions(article))


def test_title_words_before_a_name_are_not_remembered() -> None:
    article = _process("وقال المتحدث باسم الجيش المصري العقيد غريب عبد الحافظ إن قواته دمرت أنفاقا.\n"
                       "وأضاف أن الجيش أطلق حملة باسم حق الشهيد.", "2018-02-10")
    assert not any(text == "باسم" for text, _ in _mentions(article))


def test_a_compound_family_name_links_back_to_the_person() -> None:
    article = _process("نفى الناطق باسم جماعة الحوثي محمد عبد السلام الأنباء.\n"
                       "وهدد عبد السلام باستهداف السفن في البحر الأحمر.", "2019-03-02")
    assert ("عبد السلام", "Mohammed Abdulsalam") in _mentions(article)
    [threat] = [e for e in article.events if e.type == "THREATEN"]
    assert [p.name for p in threat.actor] == ["Mohammed Abdulsalam"]


def test_a_name_after_a_posting_overrides_the_default_title_holder() -> None:
    # "المبعوث الأممي" alone would be the UN envoy to Libya in 2019; the name after "في اليمن" wins.
    article = _process("قال المبعوث الأممي في اليمن مارتن غريفيث إن المشاورات ستستأنف قريبا.", "2019-03-02")
    names = {name for _, name in _mentions(article)}
    assert "Martin Griffiths" in names and "Ghassan Salamé" not in names


def test_a_bare_army_word_refers_to_the_army_named_before() -> None:
    events = _events("قال الجيش السوداني إنه صد هجوما على مقر القيادة.\n"
                     "وشن سلاح الجو التابع للجيش غارات على مواقع لقوات الدعم السريع في الخرطوم.", "2023-05-02")
    [strike] = [e for e in events if e["mode"] == "aerial"]
    assert _names(strike["actor"]) == {"Sudan"}
    assert _names(strike["target"]) == {"Rapid Support Forces"}


def test_security_forces_and_protesters_are_parties() -> None:
    events = _events("فرقت قوات الأمن العراقية بالقوة اعتصاما للمتظاهرين في البصرة واعتقلت عشرين محتجا.",
                     "2019-11-02")
    [arrest] = [e for e in events if e["type"] == "COERCE"]
    assert _names(arrest["actor"]) == {"Iraq"}
    assert _names(arrest["target"]) == {"protesters"}


def test_the_government_in_a_country_is_that_state() -> None:
    [denial] = [e for e in _events("نفت الحكومة الانتقالية في بوركينا فاسو التقارير عن مقتل مدنيين.", "2023-04-20")
                if e["type"] == "REJECT"]
    assert _names(denial["actor"]) == {"Burkina Faso"}


# -- who acts --------------------------------------------------------------------------------------------
def test_clashes_between_two_sides_make_both_actors() -> None:
    [clash] = _events("تجددت الاشتباكات العنيفة أمس بين قوات الدعم السريع والجيش السوداني في مدينة الفاشر.",
                      "2023-05-02")
    assert _names(clash["actor"]) == {"Rapid Support Forces", "Sudan"}
    assert _names(clash["target"]) == {"Rapid Support Forces", "Sudan"}
    assert clash["location"]["name"] == "El Fasher"


def test_a_contrastive_clause_does_not_lend_its_party() -> None:
    events = _events("قالت مصادر محلية إن قوات النظام السوري قصفت بلدة كفرنبودة، في حين نفت وزارة الدفاع "
                     "الروسية مشاركة طائراتها.", "2019-05-20")
    [shelling] = [e for e in events if e["type"] == "ASSAULT" and e["status"] != "denied"]
    assert _names(shelling["actor"]) == {"Syria"}
    assert "Russia" not in _names(shelling["target"])


def test_a_second_word_of_the_same_type_without_a_party_is_not_a_second_event() -> None:
    events = _events("نفى الجيش الإثيوبي التقارير عن قصف سوق في البلدة، ووصفها بأنها عارية عن الصحة.",
                     "2021-06-25")
    assert len([e for e in events if e["type"] == "REJECT"]) == 1


# -- what a call asks for is not an event ----------------------------------------------------------------
def test_what_a_call_asks_for_is_not_an_event_even_far_from_the_verb() -> None:
    events = _events("دعت جامعة الدول العربية، في بيان صدر اليوم الأحد، جميع الأطراف إلى حماية المدنيين "
                     "والعودة إلى المفاوضات.", "2021-03-07")
    assert [e["type"] for e in events] == ["REQUEST"]


def test_an_immediate_ceasefire_in_a_call_is_not_shooting() -> None:
    events = _events("وحث الوزير الطرفين على وقف فوري لإطلاق النار.", "2021-03-07")
    assert "ASSAULT" not in {e["type"] for e in events}


def test_a_declared_ceasefire_is_a_concession() -> None:
    [event] = _events("أعلنت الحكومة التشادية، مساء أمس، وقفا فوريا لإطلاق النار في إقليم تيبستي.", "2021-03-02")
    assert event["type"] == "CONCEDE" and _names(event["actor"]) == {"Chad"}


@pytest.mark.parametrize("text", [
    "أجرى وزير الخارجية المصري سامح شكري اتصالين هاتفيين بنظيريه الأردني والسعودي.",
])
def test_dual_phone_calls_are_consultations(text: str) -> None:
    assert "CONSULT" in {e["type"] for e in _events(text, "2020-01-05")}


# -- victims, agents and subjects behind titles ----------------------------------------------------------
def test_the_killed_are_targets_and_the_relative_clause_names_the_attacker() -> None:
    events = _events("قُتل ثمانية مدنيين، اليوم الأحد، جراء غارات جوية شنتها طائرات حربية روسية على قرية "
                     "في ريف إدلب.", "2019-06-02")
    [strike] = [e for e in events if e["type"] == "ASSAULT"]
    assert _names(strike["actor"]) == {"Russia"}
    assert _names(strike["target"]) == {"civilians"}


def test_a_subject_behind_a_spokesman_title_acts() -> None:
    [denial] = [e for e in _events("ونفى الناطق الرسمي باسم حركة حماس التقارير عن هدنة طويلة.", "2021-06-02")
                if e["type"] == "REJECT"]
    assert _names(denial["actor"]) == {"Hamas"}


def test_talks_with_a_partys_leadership_have_that_party_as_partner() -> None:
    events = _events("دعا الرئيس الفرنسي إيمانويل ماكرون إلى التهدئة، وأعلن أنه سيجري محادثات مع قيادة "
                     "حزب الله الأسبوع المقبل.", "2020-08-03")
    [talks] = [e for e in events if e["type"] == "CONSULT"]
    assert _names(talks["actor"]) == {"Emmanuel Macron"}  # a conjoined reporting verb keeps its subject
    assert _names(talks["target"]) == {"Hezbollah"}
    assert talks["status"] == "planned"


# -- what did not happen --------------------------------------------------------------------------------
def test_condemning_an_attack_is_not_a_new_attack() -> None:
    events = _events("كما أدانت بعثة الأمم المتحدة للدعم في ليبيا والسفارة الأمريكية الهجوم.", "2022-08-28")
    assert "ASSAULT" not in {e["type"] for e in events}


@pytest.mark.parametrize("text", [
    "ولم تتمكن القوات الحكومية من استعادة المدينة حتى الآن.",
    "ولم تحدد جامعة الدول العربية بعد موعدا لاستئناف المفاوضات.",
])
def test_a_verbal_noun_under_a_negated_verb_did_not_happen(text: str) -> None:
    assert _events(text, "2021-08-14") == []


def test_words_starting_like_a_future_verb_do_not_make_a_plan() -> None:
    events = _events("وقبل ساعات من بدء الهدنة، شنت طائرات إسرائيلية غارات على مواقع في رفح.", "2021-05-21")
    [strike] = [e for e in events if e["type"] == "ASSAULT"]
    assert strike["status"] == "asserted" and _names(strike["actor"]) == {"Israel"}
