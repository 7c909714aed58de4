"""Status and date rules of the event coder, on invented news sentences."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

import rasd


@pytest.fixture(scope="module")
def code() -> Any:
    pipeline = rasd.Pipeline.default()

    def run(text: str, published: str) -> list[dict[str, Any]]:
        article = pipeline(rasd.Article(doc="t", text=text, published=dt.date.fromisoformat(published)))
        return [e.as_json("t") for e in article.events]

    return run


def _names(party: Any) -> set[str]:
    items = party if isinstance(party, list) else [party] if party else []
    return {p["name"] for p in items}


def _of(events: list[dict[str, Any]], type_: str) -> list[dict[str, Any]]:
    return [e for e in events if e["type"] == type_]


def test_belonging_to_is_not_a_reporting_verb(code: Any) -> None:
    # "تابع لـ" (belonging to) names no speaker: the outlet reports the shelling as fact.
    events = code("وتعرض رتل عسكري تابع لقوات الدعم السريع لقصف مدفعي شنه الجيش السوداني قرب مدينة الأبيض.",
                  "2023-05-02")
    strikes = _of(events, "ASSAULT")
    assert strikes and strikes[0]["status"] == "asserted"
    assert strikes[0]["attribution"] is None


def test_speaker_named_in_quotes_claims_its_fighting(code: Any) -> None:
    # A party announcing its fighters' action is its claim, also when its name stands in quotes.
    events = code('وأعلنت "هيئة تحرير الشام" أن مقاتليها صدوا هجوما للجيش السوري على بلدة كفرنبل.', "2019-06-03")
    strikes = _of(events, "ASSAULT")
    assert strikes and all(e["status"] == "claimed" for e in strikes)


def test_fighting_told_again_as_fact_is_asserted(code: Any) -> None:
    # The sources' report, then the outlet's own telling of the same clashes: the clashes are a fact.
    text = ("وأفادت مصادر محلية باندلاع اشتباكات عنيفة بين الجيش السوداني وقوات الدعم السريع في مدينة الأبيض. "
            "واستمرت الاشتباكات بين الجيش السوداني وقوات الدعم السريع حتى ساعات الفجر.")
    strikes = _of(code(text, "2023-05-02"), "ASSAULT")
    assert strikes and strikes[0]["status"] == "asserted"


def test_a_later_date_in_the_sentence_does_not_date_a_past_event(code: Any) -> None:
    # The call was made; the coming Tuesday is the date of the announced trip, not of the call.
    text = "وحث الأمين العام للأمم المتحدة الأطراف على التهدئة، وأعلن أنه سيزور الخرطوم الثلاثاء المقبل."
    events = code(text, "2023-05-04")
    calls = _of(events, "REQUEST")
    assert calls and calls[0]["date"] is None
    visits = _of(events, "CONSULT")
    assert visits and visits[0]["status"] == "planned" and visits[0]["date"] == "2023-05-09"


def test_one_side_telling_a_joint_agreement_is_the_same_event_and_dates_it(code: Any) -> None:
    text = ("أعلنت مصر والسودان التوصل لاتفاق بشأن تشغيل سد النهضة. "
            "وقال الرئيس المصري عبد الفتاح السيسي، الأحد، إنه وافق على آلية التنسيق مع السودان.")
    deals = _of(code(text, "2021-03-08"), "AGREE")
    assert len(deals) == 1
    assert _names(deals[0]["actor"]) == {"Egypt", "Sudan"} and deals[0]["date"] == "2021-03-07"


def test_mobilisation_noun_is_done_by_its_genitive_and_told_once(code: Any) -> None:
    # The spokesman points to the other side's build-up: the build-up is theirs, and his claim; the
    # conjoined word with a place tells the same build-up.
    text = ("وأشار المتحدث باسم الجيش السوداني إلى استمرار تحشيد قوات الدعم السريع، "
            "وجلب المزيد من المرتزقة إلى مدينة الفاشر.")
    moves = _of(code(text, "2023-05-02"), "MOBILIZE")
    assert len(moves) == 1
    assert _names(moves[0]["actor"]) == {"Rapid Support Forces"} and moves[0]["status"] == "claimed"
    assert moves[0]["attribution"] == "المتحدث باسم الجيش السوداني"


def test_a_meeting_with_two_people_is_two_dyads_dated_by_its_retelling(code: Any) -> None:
    # "المجتمعين ناقشوا أمس" tells the meeting again: no new event, and it dates the meeting.
    text = ("أعلن المتحدث باسم الخارجية المصرية أن الرئيس المصري عبد الفتاح السيسي التقى في القاهرة برئيس "
            "الوزراء الإثيوبي آبي أحمد ورئيس مجلس السيادة السوداني عبد الفتاح البرهان. "
            "وأوضح المتحدث أن المجتمعين ناقشوا أمس ملف سد النهضة.")
    meetings = _of(code(text, "2021-03-08"), "CONSULT")
    assert sorted(_names(e["target"]).pop() for e in meetings) == ["Abdel Fattah al-Burhan", "Abiy Ahmed"]
    assert all(_names(e["actor"]) == {"Abdel Fattah el-Sisi"} and e["date"] == "2021-03-07" for e in meetings)



def test_nationality_of_an_accusative_head_is_who_is_met(code: Any) -> None:
    # "مسؤولين روس" is the object of the meeting verb: the Russians are met, they do not meet.
    text = "وصل وزير الخارجية الجزائري إلى موسكو صباح اليوم، ومن المنتظر أن يلتقي مسؤولين روس خلال الزيارة."
    assert not any("Russia" in _names(e["actor"]) for e in code(text, "2023-01-30"))


def test_a_meeting_verb_after_haith_is_the_visitor_meeting_the_one_named(code: Any) -> None:
    text = ("وصل وزير الخارجية الأمريكي أنتوني بلينكن إلى القاهرة في زيارة رسمية، "
            "حيث التقى سامح شكري وزير الخارجية المصري.")
    meetings = _of(code(text, "2023-01-30"), "CONSULT")
    assert [(_names(e["actor"]), _names(e["target"])) for e in meetings] == [({"Antony Blinken"}, {"Sameh Shoukry"})]


def test_a_hotel_is_not_a_refutation(code: Any) -> None:
    # فندق (hotel) starts like فند (refuted): it is neither a rejection nor a denial of what follows.
    text = 'وأعلنت الشرطة الكينية، اليوم الاثنين، انتهاء احتجاز رهائن داخل فندق "سيرينا" في نيروبي بعد اقتحامه.'
    events = code(text, "2023-01-30")
    assert not _of(events, "REJECT") and all(e["status"] != "denied" for e in events)


def test_a_health_minister_reporting_a_toll_is_not_the_attacker(code: Any) -> None:
    text = "وقال وزير الصحة العراقي هاني العقابي إن 12 شخصا قتلوا في التفجير الذي استهدف سوقا شعبية في بغداد."
    strikes = _of(code(text, "2023-01-30"), "ASSAULT")
    assert strikes and all(not _names(e["actor"]) for e in strikes)
    assert strikes[0]["attribution"] and strikes[0]["status"] == "claimed"


def test_the_accused_did_what_they_are_accused_of(code: Any) -> None:
    text = ("واتهمت منظمة العفو الدولية، أمس الأحد، الجيش الإثيوبي وعناصر من الجيش الإريتري "
            "بقتل عشرات المدنيين في بلدة أكسوم.")
    strikes = _of(code(text, "2023-01-30"), "ASSAULT")
    assert strikes and _names(strikes[0]["actor"]) == {"Ethiopia", "Eritrea"}
    assert _names(strikes[0]["target"]) == {"civilians"} and strikes[0]["status"] == "claimed"


def test_the_two_sides_are_those_of_the_fighting_told_before(code: Any) -> None:
    text = ("تجددت الاشتباكات بين الجيش السوداني وقوات الدعم السريع في مدينة الفاشر. "
            "وأفادت مصادر طبية بمقتل 15 مقاتلا من الطرفين خلال يومين. "
            "وحث الاتحاد الأفريقي الطرفين على وقف القتال.")
    events = code(text, "2023-05-02")
    sides = {"Sudan", "Rapid Support Forces"}
    toll = [e for e in _of(events, "ASSAULT") if e["status"] == "claimed"]
    assert toll and _names(toll[0]["actor"]) == sides
    calls = _of(events, "REQUEST")
    assert calls and _names(calls[0]["actor"]) == {"African Union"} and _names(calls[0]["target"]) == sides
