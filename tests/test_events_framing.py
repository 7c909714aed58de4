"""Event coder: parties named by an outlet's framing (قوات الاحتلال), the side of one who alleges, taking
part denied, and names whose first letter looks like a conjunction."""

from __future__ import annotations

import datetime as dt

import rasd
from event_helpers import coded, party_names


def _of_type(events: list[dict[str, object]], kind: str) -> list[dict[str, object]]:
    return [e for e in events if e["type"] == kind]


def test_the_occupation_s_aircraft_are_israel_unless_another_occupier_is_named() -> None:
    attacks = _of_type(coded("وقصفت طائرات الاحتلال فجر اليوم منزلا في مدينة خان يونس.", "2023-11-02"), "ASSAULT")
    assert attacks and party_names(attacks[0]["actor"]) == {"Israel"}
    attacks = _of_type(coded("وقصفت قوات الاحتلال التركي قرية في ريف مدينة الحسكة.", "2019-10-15"), "ASSAULT")
    assert attacks and party_names(attacks[0]["actor"]) == {"Turkey"}


def test_the_one_who_alleges_speaks_for_the_side_whose_fighters_acted() -> None:
    text = ("هاجم مسلحو حركة الشباب مقرا للشرطة في بلدة بلدوين.\n"
            "وزعمت الحركة في بيان أن مقاتليها سيطروا على المقر بالكامل.")
    attacks = _of_type(coded(text, "2019-02-03"), "ASSAULT")
    assert len(attacks) >= 2 and all(party_names(a["actor"]) == {"al-Shabaab"} for a in attacks)


def test_an_act_that_a_party_did_not_take_part_in_is_not_its_act() -> None:
    assert not _of_type(coded("ولم تشارك حركة حماس حتى الآن في إطلاق الصواريخ على المدن.", "2022-08-07"),
                        "ASSAULT")
    # Nobody hurt in an attack: the attack happened.
    assert _of_type(coded("ولم يصب أحد في الهجوم الذي شنته حركة الشباب على الثكنة.", "2022-08-07"), "ASSAULT")


def test_a_name_that_begins_with_fa_or_wa_keeps_its_first_letter() -> None:
    text = "وأعلن الرئيس الفرنسي فرنسوا ديلماس أن بلاده سترسل قوات إضافية إلى منطقة الساحل."
    article = rasd.process(rasd.Article(doc="t", text=text, published=dt.date(2031, 1, 5)))
    people = [e for e in article.entities.values() if e.kind == "person"]
    assert people and people[0].name.startswith("Fran")
    assert people[0].affiliation == "FRA"
