"""Event coder: the place a sentence omits is the article's, for events that happen on the ground."""

from __future__ import annotations

from event_helpers import coded


def _located(text: str, published: str) -> list[tuple[str, str | None]]:
    return [(e["type"], (e["location"] or {}).get("name")) for e in coded(text, published)]


def test_an_attack_told_without_a_place_happened_where_the_last_one_did() -> None:
    text = ("هاجم مسلحون من حركة الشباب فجر اليوم قاعدة عسكرية في مدينة كيسمايو.\n"
            "وقالت الحركة إن مقاتليها سيطروا على القاعدة بالكامل.")
    assert _located(text, "2019-07-12") == [("ASSAULT", "Kismayo"), ("ASSAULT", "Kismayo")]


def test_a_place_comes_from_the_dateline_when_no_event_before_had_one() -> None:
    text = ("مقديشو (وكالات) - قال مسؤول أمني إن عناصر من حركة الشباب هاجموا فندقا فجر اليوم.")
    assert _located(text, "2019-07-12") == [("ASSAULT", "Mogadishu")]


def test_statements_are_not_given_the_place_of_the_fighting() -> None:
    text = ("هاجم مسلحون من حركة الشباب فجر اليوم قاعدة عسكرية في مدينة كيسمايو.\n"
            "ودان الرئيس الصومالي الهجوم.")
    located = _located(text, "2019-07-12")
    assert ("ACCUSE", None) in located
