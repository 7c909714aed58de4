"""The event coder on invented news sentences from several countries (not the seed articles)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

import rasd
from event_helpers import party_names as _names


@pytest.fixture(scope="module")
def code() -> Any:
    pipeline = rasd.Pipeline.default()

    def run(text: str, published: str, title: str | None = None) -> list[dict[str, Any]]:
        article = pipeline(rasd.Article(doc="t", text=text, title=title,
                                        published=dt.date.fromisoformat(published)))
        return [e.as_json("t") for e in article.events]

    return run


def test_air_strike_with_target_place_date_and_deaths(code: Any) -> None:
    events = code("قصفت طائرات التحالف مواقع للحوثيين في صعدة أمس، ما أدى إلى مقتل خمسة مسلحين.", "2019-03-12")
    [strike] = [e for e in events if e["type"] == "ASSAULT"]
    assert _names(strike["target"]) == {"Houthis"}
    assert strike["location"]["name"] == "Sa'dah" and strike["location"]["lat"] is not None
    assert strike["date"] == "2019-03-11" and strike["date_precision"] == "day"
    assert strike["fatalities"] == 5 and strike["status"] == "asserted"


def test_denial_gives_a_reject_event_and_a_denied_event(code: Any) -> None:
    events = code("نفى الجيش السوداني قصف قرى في إقليم دارفور.", "2019-05-02")
    by_type = {e["type"]: e for e in events}
    assert by_type["REJECT"]["status"] == "asserted"
    assert by_type["ASSAULT"]["status"] == "denied"
    assert "Sudan" in " ".join(_names(by_type["REJECT"]["actor"]))


def test_scheduled_meeting_is_planned_with_a_resolved_weekday(code: Any) -> None:
    events = code("من المقرر أن يلتقي وزير الخارجية المصري سامح شكري نظيره الأردني في عمان الأحد المقبل.",
                  "2019-05-02")
    [meeting] = events
    assert meeting["type"] == "CONSULT" and meeting["status"] == "planned"
    assert _names(meeting["actor"]) == {"Sameh Shoukry"}
    assert meeting["location"]["name"] == "Amman"
    assert meeting["date"] == "2019-05-05"  # the Sunday after a Thursday publication


def test_arrests_are_coerce_with_place_and_weekday(code: Any) -> None:
    [arrest] = code("اعتقلت قوات الأمن العراقية 20 متظاهرا في بغداد يوم الجمعة.", "2019-10-07")
    assert arrest["type"] == "COERCE" and arrest["mode"] == "arrest"
    assert arrest["location"]["name"] == "Baghdad" and arrest["date"] == "2019-10-04"


def test_unnamed_sources_make_a_claim_with_attribution(code: Any) -> None:
    [clash] = code("وقالت مصادر محلية إن اشتباكات عنيفة اندلعت بين قوات النظام السوري وفصائل المعارضة "
                   "في ريف إدلب الجنوبي.", "2019-05-20")
    assert clash["type"] == "ASSAULT" and clash["status"] == "claimed"
    assert clash["attribution"] == "مصادر محلية"
    assert clash["location"]["name"] == "Idlib"


def test_sanctions_have_actor_and_target(code: Any) -> None:
    [sanction] = code("أعلنت الولايات المتحدة فرض عقوبات جديدة على إيران.", "2019-06-24")
    assert sanction["type"] == "SANCTION"
    assert _names(sanction["actor"]) == {"United States"} and _names(sanction["target"]) == {"Iran"}


def test_what_a_call_asks_for_is_not_a_second_event(code: Any) -> None:
    events = code("دعا الأمين العام للأمم المتحدة الأطراف اليمنية إلى الالتزام بوقف إطلاق النار في الحديدة.",
                  "2019-01-10")
    assert [e["type"] for e in events] == ["REQUEST"]
    assert _names(events[0]["actor"]) == {"António Guterres"}


def test_negated_event_is_not_coded(code: Any) -> None:
    assert [e for e in code("لم تقصف الطائرات الروسية أي موقع في حماة.", "2019-05-02") if e["type"] == "ASSAULT"] == []


def test_headline_repeating_the_body_is_one_event(code: Any) -> None:
    events = code("أعلنت الولايات المتحدة فرض عقوبات جديدة على إيران.", "2019-06-24",
                  title="واشنطن تفرض عقوبات جديدة على طهران")
    assert [e["type"] for e in events] == ["SANCTION"]
    assert "أعلنت" in events[0]["evidence"]


def test_coordinated_parties_agree_with_each_other(code: Any) -> None:
    [deal] = code("اتفقت مصر والسودان على تشكيل لجنة مشتركة لإدارة الحدود.", "2021-05-12")
    assert deal["type"] == "AGREE"
    assert _names(deal["actor"]) == {"Egypt", "Sudan"} == _names(deal["target"])


def test_victims_of_a_strike_are_its_target_and_deaths_are_not_a_second_event(code: Any) -> None:
    events = code("قصفت القوات الإسرائيلية منزلا في مدينة غزة، ما أدى إلى مقتل خمسة مدنيين.", "2021-05-12")
    [strike] = events
    assert _names(strike["actor"]) == {"Israel"} and _names(strike["target"]) == {"civilians"}
    assert strike["fatalities"] == 5 and strike["location"]["name"] == "Gaza"


def test_a_capital_speaking_is_its_state(code: Any) -> None:
    events = code("نفت طهران الاتهامات الأمريكية بتزويد الحوثيين بالصواريخ.", "2021-05-12")
    [denial] = [e for e in events if e["type"] == "REJECT"]
    assert _names(denial["actor"]) == {"Iran"}
    # the accusations the denial answers are the United States' (test_events_sides covers that rule)
    assert [e["type"] for e in events] == ["REJECT", "ACCUSE"]


def test_passive_attack_names_attacker_and_victim(code: Any) -> None:
    [attack] = code("تعرض موكب تابع للجيش الصومالي لهجوم شنته حركة الشباب في مقديشو أمس.", "2021-05-12")
    assert _names(attack["actor"]) == {"al-Shabaab"}
    assert attack["location"]["name"] == "Mogadishu" and attack["date"] == "2021-05-11"


def test_a_spokesmans_side_carries_out_the_strikes_he_reports(code: Any) -> None:
    [strike] = code("وقال المتحدث باسم الجيش العراقي إن قواته شنت غارات على مواقع لتنظيم داعش في الأنبار.",
                    "2021-05-12")
    assert strike["type"] == "ASSAULT" and _names(strike["actor"]) == {"Iraq"}
    assert _names(strike["target"]) == {"Islamic State"} and strike["status"] == "claimed"


def test_a_noun_starting_with_sin_is_not_a_future_verb(code: Any) -> None:
    events = code("أعلنت قوات الدعم السريع سيطرتها على مدينة الفاشر بعد معارك عنيفة مع الجيش السوداني.",
                  "2023-10-30")
    assert events and all(e["status"] != "planned" for e in events)
