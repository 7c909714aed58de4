"""Event coder: a target named only by an adjective on the object, deployments and medical aid, blame
after a long subject, and nouns that point back at an event told elsewhere."""

from __future__ import annotations

from event_helpers import coded, of_type, party_names


def test_an_adjective_on_the_criticised_act_names_the_target() -> None:
    text = "وانتقدت الحكومة العراقية الضربات الأمريكية على مواقع قرب الحدود السورية."
    accusations = of_type(coded(text, "2020-01-03"), "ACCUSE")
    assert accusations and party_names(accusations[0]["target"]) == {"United States"}


def test_an_adjective_on_a_place_noun_is_not_a_target() -> None:
    text = "ودعا الاتحاد الأوروبي إلى وقف القتال في العاصمة الليبية فورا."
    for event in coded(text, "2019-04-10"):
        assert "Libya" not in party_names(event["target"])


def test_a_battalion_deployed_is_a_mobilisation() -> None:
    text = "وأعلن الجيش الكيني نشر كتيبة جديدة على الحدود مع الصومال لملاحقة عناصر حركة الشباب."
    moves = of_type(coded(text, "2019-06-16"), "MOBILIZE")
    assert moves and party_names(moves[0]["actor"]) == {"Kenya"}


def test_a_medical_team_to_be_sent_is_planned_aid_and_the_wounded_of_battles_are_no_new_battle() -> None:
    text = "وأعلنت تركيا أنها سترسل فريقا طبيا إلى مدينة إدلب لعلاج جرحى المعارك."
    events = coded(text, "2020-02-20")
    assert [e["type"] for e in events] == ["AID"]
    assert events[0]["status"] == "planned"


def test_blame_with_a_long_subject_between_verb_and_responsibility() -> None:
    text = "وحمّل وزير الداخلية الصومالي محمد أحمد علي حركة الشباب مسؤولية الهجوم على الفندق."
    blames = of_type(coded(text, "2019-07-14"), "ACCUSE")
    assert blames and "al-Shabaab" in party_names(blames[0]["target"])


def test_the_generic_word_for_a_district_is_not_a_town() -> None:
    text = "وشنت طائرات روسية غارات على مواقع للمعارضة في الحي الشرقي من مدينة حلب."
    attacks = of_type(coded(text, "2016-11-28"), "ASSAULT")
    assert attacks and {p["name"] for p in [attacks[0]["location"]] if p} == {"Aleppo"}


def test_the_doer_of_a_passive_attack_may_stand_behind_an_affiliation_chain() -> None:
    text = ("تعرضت قاعدة عسكرية قرب مدينة حماة، فجر اليوم، لهجوم بطائرات مسيرة نفذتها مجموعات مسلحة موالية "
            "لهيئة تحرير الشام.")
    attacks = of_type(coded(text, "2022-09-05"), "ASSAULT")
    assert attacks and party_names(attacks[0]["actor"]) == {"Hayat Tahrir al-Sham"}


def test_a_place_name_inside_a_building_name_is_neither_the_place_nor_a_party() -> None:
    text = "وقصفت طائرات روسية مساء أمس فندق دمشق في مدينة إدلب، ما أدى إلى دمار كبير."
    attacks = of_type(coded(text, "2019-03-02"), "ASSAULT")
    assert attacks and attacks[0]["location"]["name"] == "Idlib"


def test_speaking_with_a_counterpart_is_a_consultation_and_speaking_about_one_is_not() -> None:
    text = "وتحدث وزير الخارجية المصري سامح شكري مع نظيره الأمريكي أنتوني بلينكن هاتفيا أمس."
    talks = of_type(coded(text, "2022-03-10"), "CONSULT")
    assert talks and party_names(talks[0]["target"]) & {"Antony Blinken", "United States"}
    text = "وتحدث وزير الخارجية المصري سامح شكري عن أهمية التعاون مع الولايات المتحدة."
    assert not of_type(coded(text, "2022-03-10"), "CONSULT")


def test_protesters_shutting_a_port_or_roads_protest_and_an_internet_shutdown_coerces() -> None:
    events = coded("أغلق محتجون، فجر اليوم، ميناء البريقة النفطي احتجاجا على تردي الخدمات.", "2022-04-18")
    assert [(e["type"], party_names(e["actor"])) for e in events] == [("PROTEST", {"protesters"})]
    events = coded("وقطعت السلطات الإيرانية خدمة الإنترنت عن معظم المحافظات مساء أمس.", "2019-11-17")
    assert [(e["type"], party_names(e["actor"])) for e in events] == [("COERCE", {"Iran"})]


def test_sending_an_extra_force_is_a_mobilisation() -> None:
    text = "وأعلنت وزارة الدفاع البريطانية إرسال قوة إضافية إلى قاعدة أكروتيري في قبرص."
    moves = of_type(coded(text, "2024-01-09"), "MOBILIZE")
    assert moves and party_names(moves[0]["actor"]) == {"United Kingdom"}


def test_readiness_to_give_support_is_planned_support() -> None:
    text = "أبدت ألمانيا استعدادها لتقديم دعم لوجستي للقوات الفرنسية في مالي."
    aid = of_type(coded(text, "2013-01-16"), "AID")
    assert aid and aid[0]["status"] == "planned"


def test_a_state_adjective_after_the_place_of_manoeuvres_is_not_who_held_them() -> None:
    text = "وقالت المصادر إن سفنا حربية روسية أجرت مؤخرا مناورات عسكرية قبالة السواحل السورية."
    moves = of_type(coded(text, "2021-02-10"), "MOBILIZE")
    assert moves and party_names(moves[0]["actor"]) == {"Russia"}


def test_who_a_threatened_strike_would_hit_is_the_target_of_the_threat() -> None:
    text = "وكشفت مصادر عن تهديد إيراني جديد باستهداف مقر قوات التحالف الدولي في أربيل."
    threats = of_type(coded(text, "2022-03-14"), "THREATEN")
    assert threats and party_names(threats[0]["actor"]) == {"Iran"}
    assert party_names(threats[0]["target"]) == {"US-led coalition"}


def test_suspended_agreements_sanction_the_capital_dealt_with_and_a_call_about_forces_is_not_by_them() -> None:
    text = "وأعلنت الخرطوم تعليق جميع الاتفاقيات الموقعة مع نيروبي، وطالبت بسحب القوات الكينية من الحدود."
    events = coded(text, "2023-07-20")
    sanctions = of_type(events, "SANCTION")
    assert sanctions and party_names(sanctions[0]["actor"]) == {"Sudan"}
    assert party_names(sanctions[0]["target"]) == {"Kenya"}
    calls = of_type(events, "REQUEST")
    assert calls and party_names(calls[0]["actor"]) == {"Sudan"}


def test_a_feminine_circumstantial_accusation_is_by_the_subject_before() -> None:
    text = "وقالت الحكومة العراقية إن قواتها صدت الهجوم، متهمة أنقرة بقصف القرى الحدودية."
    accusations = of_type(coded(text, "2022-07-21"), "ACCUSE")
    assert accusations and party_names(accusations[0]["actor"]) == {"Iraq"}
    assert party_names(accusations[0]["target"]) == {"Turkey"}


def test_recalling_an_envoy_for_consultation_sanctions_and_calling_up_reservists_mobilises() -> None:
    text = "وقررت الحكومة الأردنية استدعاء سفيرها في تل أبيب لغرض التشاور."
    assert [e["type"] for e in coded(text, "2023-10-20")] == ["SANCTION"]
    text = "وأعلن الجيش الإسرائيلي استدعاء 300 ألف جندي من قوات الاحتياط."
    assert "MOBILIZE" in [e["type"] for e in coded(text, "2023-10-09")]
    text = "وأعلنت البحرية الأمريكية إرسال مدمرة إلى شرق البحر المتوسط."
    assert "MOBILIZE" in [e["type"] for e in coded(text, "2023-10-09")]


def test_a_capital_fronted_with_wa_fi_is_where_the_talks_were_held() -> None:
    text = "وفي الرياض، بحث وزير الخارجية الأردني مع نظيره السعودي سبل دعم التعاون بين البلدين."
    events = coded(text, "2019-05-02")
    talks = of_type(events, "CONSULT")
    assert talks and all("Saudi Arabia" not in party_names(e["actor"]) for e in talks)
    assert {e["location"]["name"] for e in talks if e["location"]} == {"Riyadh"}
    assert not of_type(events, "SUPPORT")  # "سبل دعم": support is the topic of the talks


def test_a_participle_after_a_clause_with_no_event_acts_for_that_clause_s_subject() -> None:
    text = "وأصدر مجلس الوزراء الكيني بيانا شديد اللهجة، متهما مقديشو بالتدخل في شؤون البلاد."
    accusations = of_type(coded(text, "2020-12-15"), "ACCUSE")
    assert [party_names(e["actor"]) for e in accusations] == [{"Kenya"}]
    assert party_names(accusations[0]["target"]) == {"Somalia"}


def test_the_body_the_actor_commands_is_not_whom_he_met() -> None:
    text = "التقى المشير خليفة حفتر، القائد العام لـ«الجيش الوطني» الليبي، أمس في الرجمة."
    meetings = of_type(coded(text, "2020-07-14"), "CONSULT")
    assert meetings and party_names(meetings[0]["actor"]) == {"Khalifa Haftar"}
    assert "Libyan National Army" not in party_names(meetings[0]["target"])


def test_a_name_whose_first_letter_is_lam_is_the_subject_not_a_recipient() -> None:
    events = coded("واتهم لافروف، في مؤتمر صحفي بموسكو، الولايات المتحدة بتأجيج الصراع.", "2022-05-10")
    accusations = of_type(events, "ACCUSE")
    assert [party_names(e["actor"]) for e in accusations] == [{"Sergey Lavrov"}]
    assert party_names(accusations[0]["target"]) == {"United States"}


def test_the_general_command_of_an_army_speaks_for_that_army() -> None:
    events = coded("نفت القيادة العامة للجيش العراقي، في بيان، استهداف أي منطقة سكنية.", "2016-10-20")
    denials = of_type(events, "REJECT")
    assert [party_names(e["actor"]) for e in denials] == [{"Iraq"}]


def test_an_envoy_of_the_un_named_by_his_title_speaks_for_it() -> None:
    text = "ودعا المنسق الخاص للأمم المتحدة في لبنان جميع الأطراف إلى ضبط النفس."
    calls = of_type(coded(text, "2021-05-12"), "REQUEST")
    assert calls and "United Nations" in party_names(calls[0]["actor"])
    assert "United Nations" not in party_names(calls[0]["target"])


def test_a_column_of_foreign_armour_arriving_is_that_state_deploying_where_it_arrives() -> None:
    text = "ووصل صباح اليوم إلى نيامي رتل من عشرين مدرعة فرنسية قادما من تشاد."
    moves = of_type(coded(text, "2013-01-16"), "MOBILIZE")
    assert [party_names(e["actor"]) for e in moves] == [{"France"}]
    assert moves[0]["location"]["name"] == "Niamey"


def test_a_capital_after_a_verb_of_intent_is_the_host_and_where_the_talks_are_held() -> None:
    text = "وتعتزم الدوحة، وفق مصادر دبلوماسية، استضافة جولة جديدة من المحادثات مع حركة طالبان."
    talks = of_type(coded(text, "2020-02-10"), "CONSULT")
    assert [party_names(e["actor"]) for e in talks] == [{"Qatar"}]
    assert talks[0]["location"]["name"] == "Doha" and talks[0]["status"] == "planned"


def test_a_leader_standing_his_state_beside_another_supports_that_one() -> None:
    text = "وأكد الرئيس الإيراني حسن روحاني وقوف إيران إلى جانب الحكومة السورية."
    support = of_type(coded(text, "2016-03-01"), "SUPPORT")
    assert support and "Iran" not in party_names(support[0]["target"])
    assert party_names(support[0]["target"]) == {"Syria"}


def test_the_agreement_told_before_is_not_a_new_one() -> None:
    text = ("وقعت الحكومة السودانية والحركات المسلحة اتفاق سلام في جوبا أمس.\n"
            "وأعرب الاتحاد الأفريقي عن قلقه من هشاشة الاتفاق.")
    deals = of_type(coded(text, "2020-10-04"), "AGREE")
    assert len(deals) == 1 and "جوبا" in deals[0]["evidence"]


def test_a_body_the_kb_lacks_closed_by_a_state_adjective_is_that_state() -> None:
    text = "ودان المجلس الأعلى للأمن القومي الإيراني الضربات الإسرائيلية على دمشق."
    accusations = of_type(coded(text, "2024-04-02"), "ACCUSE")
    assert [party_names(e["actor"]) for e in accusations] == [{"Iran"}]
    assert party_names(accusations[0]["target"]) == {"Israel"}


def test_a_spokesman_of_a_body_the_kb_lacks_is_found_behind_its_name_and_his_rank() -> None:
    text = "ونفى المتحدث باسم المجلس العسكري الفريق شمس الدين الكباشي أن تكون القوات قد استهدفت المعتصمين."
    denials = of_type(coded(text, "2019-06-04"), "REJECT")
    assert [party_names(e["actor"]) for e in denials] == [{"Shams al-Din Kabbashi"}]


def test_two_bodies_under_one_government_can_accuse_each_other() -> None:
    text = "واتهم اللواء 444 في بيان جهاز الردع بخطف آمره في طرابلس."
    accusations = of_type(coded(text, "2023-08-15"), "ACCUSE")
    assert accusations and party_names(accusations[0]["target"]) == {"Rada Special Deterrence Force"}


def test_a_capital_after_a_noun_of_fighting_is_where_not_who() -> None:
    text = "وأسفرت اشتباكات طرابلس أمس عن مقتل 27 شخصا."
    for attack in of_type(coded(text, "2023-08-15"), "ASSAULT"):
        assert "Libya" not in party_names(attack["actor"])


def test_an_evacuation_by_an_aid_body_is_aid_and_by_an_army_a_withdrawal() -> None:
    by_iom = coded("وقالت المنظمة الدولية للهجرة إنها بدأت عملية إجلاء لمئات المهاجرين من ميناء مصراتة.", "2011-04-18")
    assert [e["type"] for e in by_iom] == ["AID"]
    by_army = coded("وبدأت القوات الأمريكية عملية إجلاء لرعاياها من العاصمة كابل.", "2021-08-16")
    assert [e["type"] for e in by_army] == ["RETREAT"]


def test_protest_as_the_reason_of_an_act_is_no_second_event() -> None:
    text = "استدعت الحكومة الصومالية سفيرها لدى إثيوبيا للتشاور، احتجاجا على مذكرة التفاهم مع أرض الصومال."
    assert [e["type"] for e in coded(text, "2024-01-02")] == ["SANCTION"]


def test_a_capital_after_a_street_noun_is_where_the_protest_is_not_who_protests() -> None:
    protests = of_type(coded("وخرج آلاف المحتجين في شوارع الخرطوم احتجاجا على الانقلاب.", "2021-10-30"), "PROTEST")
    assert protests and party_names(protests[0]["actor"]) == {"protesters"}


def test_a_protest_in_front_of_an_embassy_is_aimed_at_its_state() -> None:
    for text, state in (("وتجمع آلاف المحتجين أمام السفارة الأمريكية في بغداد.", "United States"),
                        ("واعتصم مئات المتظاهرين أمام مقر السفارة التركية في بغداد.", "Turkey")):
        protests = of_type(coded(text, "2019-12-31"), "PROTEST")
        assert protests and party_names(protests[0]["actor"]) == {"protesters"}
        assert party_names(protests[0]["target"]) == {state}


def test_a_force_breaking_up_a_sit_in_coerces_the_protesters() -> None:
    text = "فضت قوات الدعم السريع، فجر أمس الاثنين، اعتصام المحتجين أمام مقر القيادة العامة في الخرطوم."
    events = coded(text, "2019-06-04")
    assert [e["type"] for e in events] == ["COERCE"]
    assert party_names(events[0]["target"]) == {"protesters"}


def test_an_authority_sitting_in_a_capital_acts_for_its_state() -> None:
    arrests = coded("وأعلن المدعي العام في طهران اعتقال 40 شخصا على خلفية الهجوم على السفارة.", "2016-01-04")
    assert [(e["type"], party_names(e["actor"])) for e in arrests] == [("COERCE", {"Iran"})]
    arrests = coded("واعتقلت السلطات في بغداد عشرات المحتجين.", "2019-11-02")
    assert arrests and party_names(arrests[0]["actor"]) == {"Iraq"}


def test_an_actor_named_twice_is_not_its_own_target() -> None:
    text = 'سيطر مسلحو تنظيم "الدولة الإسلامية في العراق والشام" (داعش) أمس الثلاثاء على مدينة الموصل.'
    attacks = of_type(coded(text, "2014-06-11"), "ASSAULT")
    assert attacks and party_names(attacks[0]["actor"]) == {"Islamic State"}
    assert "Islamic State" not in party_names(attacks[0]["target"])


def test_a_tour_that_a_visit_is_part_of_is_not_a_second_visit() -> None:
    text = ("ومن المقرر أن يزور وزير الخارجية الجزائري رمطان لعمامرة تونس الأسبوع المقبل، "
            "في جولة مغاربية تشمل موريتانيا.")
    visits = of_type(coded(text, "2021-08-25"), "CONSULT")
    assert len(visits) == 1 and party_names(visits[0]["actor"]) == {"Ramtane Lamamra"}


def test_a_state_is_not_the_target_of_its_own_officials_denial() -> None:
    text = "غير أن نائب وزير الخارجية الإيراني عباس عراقجي نفى إسقاط أي طائرة إيرانية مسيرة فوق مضيق هرمز."
    denials = of_type(coded(text, "2019-07-20"), "REJECT")
    assert denials and "Iran" not in party_names(denials[0]["target"])


def test_the_state_a_weapon_was_made_in_is_no_party() -> None:
    text = "واستهدفت ميليشيا الحوثي مدينة مأرب بصواريخ باليستية إيرانية الصنع، مساء أمس."
    attacks = of_type(coded(text, "2021-03-08"), "ASSAULT")
    assert attacks and party_names(attacks[0]["actor"]) == {"Houthis"}
    assert all("Iran" not in party_names(a["target"]) | party_names(a["actor"]) for a in attacks)


def test_aid_that_names_no_place_goes_to_the_state_where_the_article_happens() -> None:
    text = ("قتل أكثر من مئة شخص في تفجير شاحنة مفخخة استهدف تقاطعا مزدحما في مقديشو أمس السبت.\n"
            "وأعلنت قطر إرسال مساعدات طبية عاجلة.")
    aid = of_type(coded(text, "2017-10-15"), "AID")
    assert aid and party_names(aid[0]["target"]) == {"Somalia"}
