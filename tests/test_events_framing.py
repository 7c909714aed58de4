"""Event coder: parties named by an outlet's framing (قوات الاحتلال), the side of one who alleges, taking
part denied, and names whose first letter looks like a conjunction."""

from __future__ import annotations

import datetime as dt

import rasd
from event_helpers import coded, of_type, party_names


def test_the_occupation_s_aircraft_are_israel_unless_another_occupier_is_named() -> None:
    attacks = of_type(coded("وقصفت طائرات الاحتلال فجر اليوم منزلا في مدينة خان يونس.", "2023-11-02"), "ASSAULT")
    assert attacks and party_names(attacks[0]["actor"]) == {"Israel"}
    attacks = of_type(coded("وقصفت قوات الاحتلال التركي قرية في ريف مدينة الحسكة.", "2019-10-15"), "ASSAULT")
    assert attacks and party_names(attacks[0]["actor"]) == {"Turkey"}


def test_the_one_who_alleges_speaks_for_the_side_whose_fighters_acted() -> None:
    text = ("هاجم مسلحو حركة الشباب مقرا للشرطة في بلدة بلدوين.\n"
            "وزعمت الحركة في بيان أن مقاتليها سيطروا على المقر بالكامل.")
    attacks = of_type(coded(text, "2019-02-03"), "ASSAULT")
    assert len(attacks) >= 2 and all(party_names(a["actor"]) == {"al-Shabaab"} for a in attacks)


def test_an_act_that_a_party_did_not_take_part_in_is_not_its_act() -> None:
    assert not of_type(coded("ولم تشارك حركة حماس حتى الآن في إطلاق الصواريخ على المدن.", "2022-08-07"),
                        "ASSAULT")
    # Nobody hurt in an attack: the attack happened.
    assert of_type(coded("ولم يصب أحد في الهجوم الذي شنته حركة الشباب على الثكنة.", "2022-08-07"), "ASSAULT")


def test_a_name_that_begins_with_fa_or_wa_keeps_its_first_letter() -> None:
    text = "وأعلن الرئيس الفرنسي فرنسوا ديلماس أن بلاده سترسل قوات إضافية إلى منطقة الساحل."
    article = rasd.process(rasd.Article(doc="t", text=text, published=dt.date(2031, 1, 5)))
    people = [e for e in article.entities.values() if e.kind == "person"]
    assert people and people[0].name.startswith("Fran")
    assert people[0].affiliation == "FRA"


def test_a_capital_after_the_word_capital_is_where_it_happened_not_who_acted() -> None:
    text = "وقّعت الحكومة الإثيوبية وجبهة تحرير شعب تيغراي، أمس الأربعاء في العاصمة الكينية نيروبي، اتفاقا للسلام."
    agreements = of_type(coded(text, "2022-11-03"), "AGREE")
    assert agreements and "Kenya" not in party_names(agreements[0]["actor"])
    assert party_names(agreements[0]["actor"]) == {"Ethiopia", "Tigray People's Liberation Front"}


def test_each_of_two_states_is_a_subject_and_a_dual_verb_after_them_shares_it() -> None:
    text = "وأعربت كل من إيطاليا وإسبانيا عن قلقهما من التصعيد، ودعتا المغرب إلى ضبط النفس."
    calls = of_type(coded(text, "2021-05-19"), "REQUEST")
    assert calls and party_names(calls[0]["actor"]) == {"Italy", "Spain"}
    assert party_names(calls[0]["target"]) == {"Morocco"}


def test_a_condemned_attack_on_protesters_is_blamed_on_its_doer_not_on_them() -> None:
    text = ("أطلقت قوات الأمن الغاز والرصاص على المحتجين في ساحة الاعتصام وسط العاصمة بغداد.\n"
            "ودانت بعثة الأمم المتحدة في العراق الهجوم على المحتجين.")
    accusations = of_type(coded(text, "2019-10-26"), "ACCUSE")
    assert accusations and "protesters" not in party_names(accusations[0]["target"])


def test_the_general_command_is_libyan_only_in_a_libyan_report() -> None:
    text = "وتجمع المحتجون أمام مقر القيادة العامة للجيش في الخرطوم مطالبين بتسليم السلطة."
    article = rasd.process(rasd.Article(doc="t", text=text, published=dt.date(2019, 4, 10)))
    assert "Libyan National Army" not in {e.name for e in article.entities.values()}
    text = "وقال المسماري إن القيادة العامة أصدرت أوامر بالتقدم نحو سرت."
    article = rasd.process(rasd.Article(doc="t", text=text, published=dt.date(2020, 6, 10)))
    assert "Libyan National Army" in {e.name for e in article.entities.values()}


def test_the_killed_in_a_dispersal_were_killed_by_the_dispersers() -> None:
    text = "فضت قوات الشرطة السودانية اعتصام المحتجين في مدينة الأبيض، ما أسفر عن مقتل خمسة أشخاص."
    killings = [e for e in of_type(coded(text, "2019-07-30"), "ASSAULT")]
    assert killings and all("protesters" not in party_names(e["actor"]) for e in killings)


def test_each_of_several_states_makes_its_own_statement() -> None:
    text = "ورحبت بالاتفاق كل من قطر والكويت في بيانين منفصلين."
    welcomes = of_type(coded(text, "2020-03-01"), "SUPPORT")
    assert sorted(party_names(w["actor"]).pop() for w in welcomes) == ["Kuwait", "Qatar"]
    text = "كما رحبت به كل من قطر والكويت."
    assert len(of_type(coded(text, "2020-03-01"), "SUPPORT")) == 2
    # Without "كل من" the two act together: one event.
    text = "ورحبت قطر والكويت بالاتفاق."
    assert len(of_type(coded(text, "2020-03-01"), "SUPPORT")) == 1


def test_a_denial_by_the_spokesman_of_a_force_or_the_office_of_a_person_is_theirs() -> None:
    text = "نفى المتحدث باسم قوات الدفاع الأوغندية أن تكون القاعدة قد سقطت بيد المهاجمين."
    denials = of_type(coded(text, "2016-01-16"), "REJECT")
    assert denials and party_names(denials[0]["actor"]) == {"Uganda"}
    text = "لكن المكتب الإعلامي لباشاغا نفى في بيان أي صلة للحكومة بعمليات الإغلاق."
    denials = of_type(coded(text, "2022-04-18"), "REJECT")
    assert denials and party_names(denials[0]["actor"]) == {"Fathi Bashagha"}


def test_a_feminine_verb_before_a_masculine_army_has_the_army_as_its_object() -> None:
    text = ("ونفت قوات الدعم السريع، في بيان، استهداف المستشفيات، واتهمت الجيش السوداني باتخاذ الأحياء "
            "السكنية دروعا بشرية.")
    accusations = of_type(coded(text, "2024-05-10"), "ACCUSE")
    assert accusations and party_names(accusations[0]["actor"]) == {"Rapid Support Forces"}
    assert party_names(accusations[0]["target"]) == {"Sudan"}


def test_an_aid_body_warning_of_a_danger_threatens_no_one() -> None:
    text = "وحذرت منظمة الصحة العالمية من أن المستشفيات في الفاشر تواجه خطر الانهيار."
    assert not of_type(coded(text, "2024-05-10"), "THREATEN")


def test_a_platform_a_statement_was_posted_on_is_no_party() -> None:
    text = "واتهم وزير الخارجية الأمريكي، في تغريدة على تويتر، إيران بدعم الهجمات على السفن."
    accusations = of_type(coded(text, "2019-06-14"), "ACCUSE")
    assert accusations and party_names(accusations[0]["target"]) == {"Iran"}
    text = "ونشرت الحركة بيانا على الفيسبوك."
    article = rasd.process(rasd.Article(doc="t", text=text, published=dt.date(2020, 1, 1)))
    assert {e.kind for e in article.entities.values()} <= {"media", "armed_group", "group"}


def test_a_credit_before_a_colon_makes_the_report_a_claim_and_is_no_party() -> None:
    events = coded("مصادر محلية: طائرات روسية تقصف بلدة كفرنبل بريف إدلب.", "2019-09-01")
    attacks = of_type(events, "ASSAULT")
    assert attacks and attacks[0]["status"] == "claimed"
    assert attacks[0]["attribution"] == "مصادر محلية"
    text = "12:30 - وسائل إعلام تركية: قصف مدفعي يستهدف مواقع للوحدات الكردية قرب منبج."
    for event in coded(text, "2019-09-01"):
        assert "Turkey" not in party_names(event["actor"])  # the media are Turkish, not the shelling
        assert event["status"] != "planned"  # وسائل is no future verb


def test_the_source_named_after_according_to_is_not_a_party() -> None:
    text = "وشنت طائرات مجهولة، بحسب المرصد السوري لحقوق الإنسان، غارات على بلدة كفرنبل في ريف إدلب أمس."
    events = of_type(coded(text, "2015-02-03"), "ASSAULT")
    assert all("Syrian Observatory for Human Rights" not in party_names(e["actor"]) for e in events)
    text = "وقصفت الطائرات الروسية، وفقا للمرصد السوري لحقوق الإنسان، بلدة كفرنبل في ريف إدلب."
    events = of_type(coded(text, "2015-02-03"), "ASSAULT")
    assert [party_names(e["actor"]) for e in events] == [{"Russia"}]
    assert events[0]["status"] == "claimed"


def test_a_downgrade_of_relations_is_a_sanction_and_a_withdrawn_licence_is_coercion() -> None:
    events = coded("أعلنت موريتانيا أمس خفض مستوى تمثيلها الدبلوماسي لدى الدوحة.", "2017-06-08")
    assert [party_names(e["actor"]) for e in of_type(events, "SANCTION")] == [{"Mauritania"}]
    events = coded("وقررت السلطات المصرية إلغاء ترخيص مكتب القناة في القاهرة.", "2017-06-08")
    assert of_type(events, "COERCE")


def test_who_condemns_an_attack_did_not_make_it() -> None:
    events = coded("ودان الرئيس الكيني أوهورو كينياتا عمليات القتل التي ارتكبها المسلحون في مانديرا.", "2015-07-07")
    assert of_type(events, "ACCUSE")
    assert not [e for e in of_type(events, "ASSAULT") if "Uhuru Kenyatta" in party_names(e["actor"])]


def test_a_reporting_verb_after_a_comma_opens_a_new_clause_with_its_own_event() -> None:
    text = ("وسط تهديدات أمريكية بفرض عقوبات على الحوثيين، كشفت مصادر عن تهديد إيراني جديد "
            "باستهداف السفن في البحر الأحمر.")
    threats = of_type(coded(text, "2024-01-10"), "THREATEN")
    assert {"Iran"} in [party_names(e["actor"]) for e in threats]


def test_a_visit_dated_next_week_is_planned_but_a_call_naming_a_later_date_is_made_now() -> None:
    events = coded("ويزور وزير الخارجية الأمريكي أنتوني بلينكن القاهرة الأسبوع المقبل لإجراء مشاورات.", "2023-05-02")
    assert [e["status"] for e in of_type(events, "CONSULT")] == ["planned"]
    events = coded("ودعا غوتيريش الأطراف إلى احترام الهدنة التي تنتهي الأسبوع المقبل.", "2023-05-02")
    assert [e["status"] for e in of_type(events, "REQUEST")] == ["asserted"]


def test_the_subject_of_a_pluperfect_reporting_verb_speaks_across_a_parenthesis() -> None:
    text = ("وكان وزير الخارجية البحريني خالد بن أحمد آل خليفة قد أعلن، في مؤتمر صحافي بالمنامة، "
            "قطع العلاقات مع إيران، متهما إياها بالتدخل في شؤون المملكة.")
    events = coded(text, "2016-01-05")
    cuts = of_type(events, "SANCTION")
    assert cuts and party_names(cuts[0]["target"]) == {"Iran"}
    assert party_names(cuts[0]["actor"]) & {"Bahrain", "Khalid bin Ahmed Al Khalifa"}
    for accusation in of_type(events, "ACCUSE"):
        assert "Khalid bin Ahmed Al Khalifa" not in party_names(accusation["target"])


def test_a_named_subject_after_that_is_the_doer_not_the_one_who_reports() -> None:
    text = "وأعلن وزير الدفاع الفرنسي أن الإسلاميين سيطروا على بلدة ديابالي."
    for attack in of_type(coded(text, "2013-01-15"), "ASSAULT"):
        assert "France" not in party_names(attack["actor"])


def test_people_counted_after_that_are_their_own_subject_not_the_reporting_agency() -> None:
    text = "وأفادت المنظمة الدولية للهجرة بأن نحو 200 ألف شخص فروا من مدينة الفاشر خلال أسبوع."
    for event in coded(text, "2024-06-01"):
        assert "International Organization for Migration" not in party_names(event["actor"])


def test_a_quantified_subject_after_that_is_not_the_reporter() -> None:
    text = "وقال محققو الأمم المتحدة إن جميع الأطراف قصفت مناطق مدنية في اليمن."
    assert not [e for e in of_type(coded(text, "2018-09-01"), "ASSAULT") if "United Nations" in party_names(e["actor"])]


def test_an_attribution_set_off_by_commas_does_not_end_the_clause_before_its_object() -> None:
    text = "وطالبت مصر، وفقا لبيان صادر عن وزارة الخارجية، إثيوبيا بوقف الملء الثاني لسد النهضة."
    calls = of_type(coded(text, "2021-06-01"), "REQUEST")
    assert calls and party_names(calls[0]["actor"]) == {"Egypt"}
    assert party_names(calls[0]["target"]) == {"Ethiopia"}


def test_the_speaker_is_found_behind_a_long_title() -> None:
    text = "وقال المتحدث باسم المكتب الإعلامي لقوات الدعم السريع إن قواته سيطرت على مدينة نيالا."
    attacks = of_type(coded(text, "2023-10-27"), "ASSAULT")
    assert attacks and party_names(attacks[0]["actor"]) == {"Rapid Support Forces"}


def test_the_speaker_is_never_looked_for_in_what_is_said() -> None:
    text = ("ودعا رئيس بعثة الأمم المتحدة في ليبيا الأطراف إلى وقف القتال، "
            "وقال إنه سيلتقي ممثلين عن مجلس النواب في طبرق الأسبوع المقبل.")
    meetings = of_type(coded(text, "2014-10-16"), "CONSULT")
    assert meetings and "House of Representatives" not in party_names(meetings[0]["actor"])


def test_any_after_a_negation_means_none() -> None:
    for text in ("وأكدت الحكومة السودانية أنه لم يتم التوصل إلى أي اتفاق مع الحركة الشعبية.",
                 'وقال المتحدث باسم الجيش السوري إن الفصائل "لم توقع على أي اتفاق استسلام".'):
        assert not of_type(coded(text, "2018-07-07"), "AGREE")


def test_a_monitor_named_before_a_colon_reports_and_does_not_act() -> None:
    text = ("تواصلت المعارك في ريف إدلب الجنوبي.\n"
            "14:30 - المرصد السوري لحقوق الإنسان: طائرات حربية قصفت أطراف بلدة الفطيرة.")
    attacks = of_type(coded(text, "2020-03-15"), "ASSAULT")
    assert all("Syrian Observatory for Human Rights" not in party_names(a["actor"]) for a in attacks)


def test_ma_after_wahuwa_is_which_not_a_negation() -> None:
    text = "وزعمت الجبهة أن مقاتليها قصفوا مواقع للجيش المغربي، وهو ما نفاه مصدر عسكري مغربي."
    denials = of_type(coded(text, "2020-11-14"), "REJECT")
    assert denials and party_names(denials[0]["actor"]) == {"Morocco"}


def test_a_question_reports_no_event() -> None:
    assert not coded("ويبقى السؤال: هل قصفت إسرائيل مواقع حزب الله في جنوب لبنان؟", "2023-08-07")
    assert [e["type"] for e in coded("قصف الجيش السوري مدينة إدلب، فهل تتدخل الأمم المتحدة؟", "2023-08-07")] == [
        "ASSAULT"]


def test_a_new_clause_after_a_break_is_not_what_the_statement_before_said() -> None:
    text = ('كما قررت الخرطوم قطع علاقاتها مع إيران "تضامنا مع المملكة"، '
            "فيما أعلنت الإمارات خفض تمثيلها الدبلوماسي في طهران إلى مستوى قائم بالأعمال.")
    cuts = of_type(coded(text, "2016-01-05"), "SANCTION")
    assert {frozenset(party_names(e["actor"])) for e in cuts} == {frozenset({"Sudan"}),
                                                                   frozenset({"United Arab Emirates"})}


def test_a_speaker_speaks_for_the_body_his_office_belongs_to() -> None:
    text = ("وقال رئيس لجنة شؤون الأسرى التابعة للحوثيين للصحافيين في مطار صنعاء إن الطرف الآخر ماطل في التنفيذ، "
            "متهما الحكومة اليمنية بعرقلة الصفقة.")
    accusations = of_type(coded(text, "2023-04-15"), "ACCUSE")
    assert accusations and party_names(accusations[0]["actor"]) == {"Houthis"}
    assert party_names(accusations[0]["target"]) & {"Yemen", "Government of Yemen"}


def test_the_pronoun_after_inna_is_the_subject_and_the_party_after_the_verb_its_object() -> None:
    attacks = of_type(coded("وقالت الحكومة الإثيوبية إنها قد قصفت مواقع جبهة تحرير تيغراي.", "2020-11-20"), "ASSAULT")
    assert attacks and party_names(attacks[0]["actor"]) == {"Ethiopia"}
    assert party_names(attacks[0]["target"]) == {"Tigray People's Liberation Front"}
    meetings = of_type(coded("وقال الرئيس التركي إنه سيلتقي الرئيس الروسي في سوتشي.", "2021-09-20"), "CONSULT")
    assert meetings and party_names(meetings[0]["actor"]) == {"Recep Tayyip Erdoğan"}
