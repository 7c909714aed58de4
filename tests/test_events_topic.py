"""Event coder: match reports and transfer stories are not conflict news."""

from __future__ import annotations

from event_helpers import coded
from rasd.events.topic import is_sports_report
from rasd.text.tokens import tokenize

MATCH = ("سيطر ريال مدريد على المباراة أمام برشلونة في الدوري الإسباني، وشن لاعبوه هجوما متواصلا على مرمى الحارس، "
         "وقال المدرب بعد المباراة إن الفريق يستهدف التأهل إلى نهائي الكأس في ختام مسيرة رائعة هذا الموسم.")


def _words(text: str) -> list[str]:
    return [t.norm for t in tokenize(text)]


def test_a_match_report_codes_no_events() -> None:
    assert is_sports_report(_words(MATCH))
    assert coded(MATCH, "2018-05-06") == []


def test_an_attack_on_a_stadium_is_still_coded() -> None:
    text = ("قتل ثلاثة أشخاص في انفجار عبوة ناسفة قرب ملعب لكرة القدم في مقديشو خلال مباراة في الدوري المحلي، "
            "وتبنت حركة الشباب الهجوم على الملعب الذي حضر المباراة فيه مدرب المنتخب ولاعبو الفريق.")
    assert not is_sports_report(_words(text))
    assert [e for e in coded(text, "2018-05-06") if e["type"] == "ASSAULT"]
