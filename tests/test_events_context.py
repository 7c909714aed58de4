"""Event coder: the place a sentence omits is the article's, for events that happen on the ground."""

from __future__ import annotations

from event_helpers import coded, of_type, party_names


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


def test_the_terms_of_an_agreement_and_labelled_background_are_not_events() -> None:
    text = ("وقّعت الحكومة السودانية وحركة تحرير السودان في جوبا أمس اتفاقا للسلام.\n"
            "وينص الاتفاق على انسحاب قوات الدعم السريع من المدن خلال شهرين.\n"
            "خلفية: يأتي الاتفاق بعد عام من اشتباكات عنيفة بين الجيش السوداني وقوات الدعم السريع في دارفور.")
    assert [e["type"] for e in coded(text, "2020-10-04")] == ["AGREE"]


def test_carrying_the_wounded_is_no_attack_and_not_being_party_to_a_deal_is_no_deal() -> None:
    assert not coded("وقالت مصادر إن مروحيات إسرائيلية تنقل مصابين إلى مستشفى في مدينة حيفا.", "2019-09-01")
    text = "ولم تكن الحكومة الأفغانية طرفا في الاتفاق الذي وقعته واشنطن."
    assert not [e for e in coded(text, "2020-03-01") if party_names(e["actor"]) == {"Afghanistan"}]


def test_a_standing_demand_for_years_is_no_event_but_an_attack_on_long_held_positions_is() -> None:
    assert not coded("وتطالب الحكومة العراقية تركيا منذ سنوات بسحب قواتها من شمال العراق.", "2022-07-21")
    text = "وقصفت طائرات تركية أمس مواقع حزب العمال الكردستاني التي يتحصن فيها منذ سنوات في جبال قنديل."
    assert [e["type"] for e in coded(text, "2022-07-21")] == ["ASSAULT"]


def test_a_states_coast_or_territory_is_where_it_happened() -> None:
    text = "وأجرت سفن حربية روسية مناورات عسكرية قبالة السواحل السورية أمس."
    moves = of_type(coded(text, "2021-02-10"), "MOBILIZE")
    assert moves and moves[0]["location"]["name"] == "Syria"


def test_towns_taken_one_after_another_are_one_event_each() -> None:
    text = "وسيطرت قوات الحكومة السورية على مدينة معرة النعمان، ثم سراقب، الأسبوع الماضي."
    attacks = of_type(coded(text, "2020-02-10"), "ASSAULT")
    assert sorted(e["location"]["name"] for e in attacks) == ["Ma‘arrat an Nu‘mān", "Saraqib"]


def test_the_toll_of_an_insurgency_since_a_year_long_ago_is_background() -> None:
    text = "وتخوض حركة الشباب منذ عام 2007 تمردا مسلحا أسفر عن مقتل آلاف الأشخاص في الصومال."
    assert not of_type(coded(text, "2021-03-02"), "ASSAULT")


def test_gunmen_said_to_belong_to_a_group_make_its_attack() -> None:
    text = 'قتل 12 قرويا أمس في هجوم شنه مسلحون يشتبه بانتمائهم إلى جماعة "بوكو حرام" قرب مايدوغوري.'
    attacks = of_type(coded(text, "2021-03-02"), "ASSAULT")
    assert [party_names(e["actor"]) for e in attacks] == [{"Boko Haram"}]


def test_a_dateline_abroad_is_not_where_the_events_happened() -> None:
    text = ("باريس (أ ف ب)\n"
            "قتل خمسة جنود ماليين في هجوم شنه مسلحون من حركة أنصار الدين.\n"
            "وشنت طائرات فرنسية غارات على مواقع في بلدة ديابالي.")
    attacks = of_type(coded(text, "2013-01-15"), "ASSAULT")
    assert [(e["location"] or {}).get("name") for e in attacks] == [None, "Diabaly"]


def test_a_building_named_after_a_city_is_not_the_town_of_the_lede() -> None:
    text = ("سيطرت القوات الحكومية، أمس، على مجمع قاعات واغادوغو للمؤتمرات الذي كان مقرا لتنظيم داعش.\n"
            "وقتل خمسة من عناصر القوات في الاشتباكات.")
    for event in coded(text, "2016-08-11"):
        assert (event["location"] or {}).get("name") != "Ouagadougou"


def test_aid_with_no_recipient_goes_to_the_state_where_it_arrives() -> None:
    text = "وأرسلت قطر مساعدات إنسانية إلى مدينة بورتسودان."
    aid = of_type(coded(text, "2023-05-10"), "AID")
    assert aid and party_names(aid[0]["actor"]) == {"Qatar"}
    assert party_names(aid[0]["target"]) == {"Sudan"}


def test_the_government_delegation_is_the_government_of_the_article() -> None:
    text = ("اتهمت جماعة الحوثي الحكومة اليمنية بعرقلة تنفيذ صفقة الأسرى.\n"
            "ونفى عضو الوفد الحكومي المفاوض في بيان صحة هذه الاتهامات.")
    denials = of_type(coded(text, "2020-10-16"), "REJECT")
    assert denials and party_names(denials[0]["actor"]) == {"Government of Yemen"}
