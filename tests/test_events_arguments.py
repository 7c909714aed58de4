"""Who was acted on and where: target and place rules, each on invented news-style sentences."""

from __future__ import annotations

import datetime as dt
from typing import Any

import rasd
from event_helpers import coded
from event_helpers import party_names as _names


def _events(text: str, published: str = "2022-04-12") -> list[dict[str, Any]]:
    return coded(text, published)


def _places(event: dict[str, Any]) -> set[str]:
    items = event.get("locations") or ([event["location"]] if event.get("location") else [])
    return {p["name"] for p in items}


def _one(events: list[dict[str, Any]], kind: str) -> dict[str, Any]:
    found = [e for e in events if e["type"] == kind]
    assert found, events
    return found[0]


# -- head nouns between a cue word and its party --------------------------------------------------------
def test_a_party_behind_member_nouns_after_with_is_the_other_side() -> None:
    # "مع مقاتلي جماعة بوكو حرام": the fighters of the group are the group.
    event = _one(_events("وخاض الجيش النيجيري معارك ضارية مع مقاتلي جماعة «بوكو حرام» في ولاية بورنو."), "ASSAULT")
    assert _names(event["target"]) == {"Boko Haram"}


def test_representatives_of_a_body_met_are_that_body() -> None:
    # "التقى ممثلين عن X": the body the representatives speak for is met; it does not meet itself.
    event = _one(_events("وقال الوزير المصري سامح شكري إنه التقى ممثلين عن حركة حماس في القاهرة أمس.",
                         "2021-05-22"), "CONSULT")
    assert "Hamas" in _names(event["target"])
    assert "Hamas" not in _names(event["actor"])


# -- the name after a title's party is the subject, not the object ---------------------------------------
def test_the_spokesman_named_after_his_body_is_not_the_target() -> None:
    event = _one(_events("ونفى المتحدث باسم الجيش السوداني العميد نبيل عبد الله اتهامات قوات الدعم السريع."),
                 "REJECT")
    assert "Nabil Abdallah" not in _names(event["target"])
    assert "Rapid Support Forces" in _names(event["target"])


def test_the_commander_named_after_his_army_calls_on_the_object() -> None:
    event = _one(_events("اندلعت اشتباكات بين الجيش السوداني وقوات الدعم السريع. وطالب قائد الجيش الفريق أول "
                         "عبد الفتاح البرهان قوات الدعم السريع بإلقاء السلاح."), "REQUEST")
    assert _names(event["target"]) == {"Rapid Support Forces"}


# -- a state that is a party is not the place -------------------------------------------------------------
def test_a_state_named_by_its_army_is_not_the_place() -> None:
    # "طائرة تابعة للجيش فوق أم درمان": the army is hit, the town is where.
    text = ("تجددت المعارك بين الجيش السوداني وقوات الدعم السريع. "
            "وأعلنت قوات الدعم السريع أنها أسقطت طائرة حربية تابعة للجيش فوق أم درمان.")
    events = [e for e in _events(text) if e["type"] == "ASSAULT" and _names(e["actor"]) == {"Rapid Support Forces"}]
    assert [_places(e) for e in events] == [{"Omdurman"}]


def test_acting_states_are_not_the_place_of_their_call() -> None:
    event = _one(_events("كما عبرت كندا وبريطانيا وهولندا، في بيان مشترك، عن قلقها وحثت الطرفين على ضبط النفس."),
                 "REQUEST")
    assert _names(event["actor"]) == {"Canada", "United Kingdom", "The Netherlands"}
    assert _places(event) == set()


# -- unnamed parties: a bare "الشرطة" or "الحكومة" is the state the article is about ----------------------
def test_bare_police_act_for_the_country_the_article_is_about() -> None:
    text = ("تظاهر آلاف العراقيين في العراق أمس في ساحة التحرير وسط بغداد، بحسب مصادر عراقية. "
            "واعتقلت الشرطة عشرين متظاهرا قرب مدينة الكوت.")
    event = _one(_events(text, "2019-11-02"), "COERCE")
    assert _names(event["actor"]) == {"Iraq"}


def test_a_bare_government_is_called_on_in_its_country() -> None:
    text = ("تجددت الاحتجاجات في لبنان، وقطع محتجون طرقا رئيسية في بيروت وصيدا. "
            "ودعا رئيس الجمهورية ميشال عون الحكومة إلى الاستجابة لمطالب الشارع.")
    event = _one(_events(text, "2019-10-25"), "REQUEST")
    assert _names(event["target"]) == {"Lebanon"}


def test_a_bare_police_word_stays_unresolved_when_no_country_leads() -> None:
    text = "التقى وزير الخارجية الإيراني نظيره التركي في أنقرة. واعتقلت الشرطة عشرين متظاهرا."
    assert not [e for e in _events(text) if e["type"] == "COERCE"]


# -- the most specific place of the clause ---------------------------------------------------------------
def test_a_town_named_after_its_country_is_the_place() -> None:
    event = _one(_events("وقصفت المدفعية التركية مواقع في سوريا قرب مدينة منبج، بحسب المرصد."), "ASSAULT")
    assert _places(event) == {"Manbij"}


def test_a_known_place_right_after_an_unknown_one_locates_the_event() -> None:
    article = rasd.process(rasd.Article(
        doc="p", published=dt.date(2023, 5, 2),
        text="اندلعت اشتباكات بين الجيش وقوات الدعم السريع في منطقة الزهيراب بالخرطوم بحري أمس."))
    [event] = article.events
    assert event.locations[0].name == "Khartoum North" and event.locations[0].lat is not None
    assert len(event.locations) == 2  # the unknown, more specific name stays listed


def test_the_leader_named_after_led_by_only_qualifies_the_group() -> None:
    text = ("وأعلنت جماعة بوكو حرام بزعامة أبو بكر شيكاو، في تسجيل مصور أمس الأحد، مسؤوليتها عن الهجوم على "
            "القرية.")
    attacks = [e for e in coded(text, "2020-11-30") if e["type"] == "ASSAULT"]
    assert attacks and _names(attacks[0]["actor"]) == {"Boko Haram"}
