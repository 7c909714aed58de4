"""Event coder: the other side of a conflict as the target of a hostile act that names none."""

from __future__ import annotations

from event_helpers import coded, of_type, party_names


def _attacks(text: str, published: str) -> list[dict[str, object]]:
    return of_type(coded(text, published), "ASSAULT")


def test_an_attack_with_no_target_named_is_aimed_at_the_actors_adversary_in_the_article() -> None:
    text = ("قصف الجيش الإسرائيلي مواقع لحزب الله في جنوب لبنان فجر اليوم.\n"
            "وقالت مصادر محلية إن الطائرات الإسرائيلية شنت بعد ذلك غارات جديدة على بلدة الخيام.")
    attacks = _attacks(text, "2024-01-10")
    assert len(attacks) == 2
    assert all(party_names(a["target"]) == {"Hezbollah"} for a in attacks)


def test_civilians_hit_are_not_a_side_the_actor_fights() -> None:
    text = ("قتل ثلاثة مدنيين في قصف شنه الجيش الإسرائيلي على بلدة عيترون.\n"
            "وشنت الطائرات الإسرائيلية مساء غارات على أطراف بلدة الخيام.")
    attacks = _attacks(text, "2024-01-10")
    assert attacks and all("civilians" not in party_names(a["target"]) for a in attacks[1:])


def test_no_target_is_guessed_when_two_adversaries_are_equally_likely() -> None:
    text = ("قصف الجيش الإسرائيلي مواقع لحزب الله في جنوب لبنان.\n"
            "كما قصف الجيش الإسرائيلي مواقع لحركة حماس في قطاع غزة.\n"
            "وشنت الطائرات الإسرائيلية مساء غارات جديدة على منطقة خالية.")
    attacks = _attacks(text, "2024-01-10")
    assert len(attacks) == 3 and not party_names(attacks[2]["target"])


def test_an_exchange_of_accusations_is_each_side_accusing_the_other() -> None:
    text = "وتبادلت إثيوبيا وإريتريا، مساء أمس، الاتهامات بخرق اتفاق السلام على الحدود."
    accusations = of_type(coded(text, "2018-11-02"), "ACCUSE")
    assert accusations and party_names(accusations[0]["actor"]) == {"Ethiopia", "Eritrea"}
    assert party_names(accusations[0]["target"]) == {"Ethiopia", "Eritrea"}


def test_the_two_countries_before_a_pluperfect_are_the_sides_of_the_article() -> None:
    text = ("اندلعت اشتباكات عنيفة بين القوات الهندية والقوات الباكستانية في إقليم كشمير.\n"
            "وكان وزيرا خارجية البلدين قد اتفقا الشهر الماضي على خفض التصعيد.")
    agreements = of_type(coded(text, "2019-03-01"), "AGREE")
    assert agreements and party_names(agreements[0]["actor"]) == {"India", "Pakistan"}


def test_a_denial_with_no_target_answers_the_adversary_in_the_article() -> None:
    text = ("اتهمت منظمة العفو الدولية الجيش التشادي بارتكاب انتهاكات خلال عملياته.\n"
            "ونفت الحكومة التشادية هذه الاتهامات جملة وتفصيلا.")
    denials = of_type(coded(text, "2017-09-12"), "REJECT")
    assert denials and party_names(denials[0]["target"]) == {"Amnesty International"}


def test_an_armed_group_seizing_a_town_in_its_own_country_fights_that_state() -> None:
    text = "سيطرت حركة طالبان، مساء أمس، على مدينة غزني جنوب غربي العاصمة كابل."
    attacks = of_type(coded(text, "2021-08-13"), "ASSAULT")
    assert attacks and party_names(attacks[0]["target"]) == {"Afghanistan"}


def test_a_call_on_the_two_sides_goes_to_the_pair_most_often_set_against_each_other() -> None:
    text = ("قصفت القوات الإثيوبية مواقع لجبهة تحرير شعب تيغراي قرب مدينة ميكيلي.\n"
            "وردت جبهة تحرير شعب تيغراي بقصف مواقع للقوات الإثيوبية.\n"
            "ودعا الاتحاد الأفريقي الطرفين إلى وقف القتال فورا.")
    calls = of_type(coded(text, "2021-06-20"), "REQUEST")
    assert calls and party_names(calls[0]["target"]) == {"Ethiopia", "Tigray People's Liberation Front"}


def test_the_two_parties_that_attack_in_an_article_fight_each_other() -> None:
    text = ("قصفت المدفعية الأرمينية مواقع في إقليم ناغورنو قره باغ فجر اليوم.\n"
            "وشنت القوات الأذربيجانية هجوما واسعا على محور هادروت.")
    attacks = _attacks(text, "2020-10-11")
    assert [party_names(a["target"]) for a in attacks] == [{"Azerbaijan"}, {"Armenia"}]


def test_welcoming_the_agreement_is_aimed_at_its_parties() -> None:
    text = ("وقّعت الحكومة السودانية والجبهة الثورية في جوبا أمس اتفاقا للسلام.\n"
            "ورحب الاتحاد الأفريقي بالاتفاق، داعيا إلى تنفيذه.")
    welcomes = of_type(coded(text, "2020-10-04"), "SUPPORT")
    assert welcomes and "Sudan" in party_names(welcomes[0]["target"])


def test_the_signers_named_after_the_verb_made_an_agreement_told_much_later() -> None:
    text = ("وقّع ممثلو الحكومة السودانية والجبهة الثورية السودانية في مدينة جوبا، عاصمة جنوب السودان، "
            "أمس السبت، اتفاقا نهائيا للسلام.")
    agreements = of_type(coded(text, "2020-10-04"), "AGREE")
    assert agreements and party_names(agreements[0]["actor"]) == {"Sudan"}  # not South Sudan, where Juba is
    text = ("وقّع وفدا حكومة الوفاق الوطني والجيش الوطني الليبي في مدينة جنيف، أمس الجمعة، اتفاقا لوقف دائم "
            "لإطلاق النار.")
    agreements = of_type(coded(text, "2020-10-24"), "AGREE")
    assert agreements and party_names(agreements[0]["actor"]) == party_names(agreements[0]["target"]) == {
        "Government of National Accord", "Libyan National Army"}


def test_calls_to_two_counterparts_and_a_request_made_of_both_in_the_conjoined_clause() -> None:
    text = ("أجرى وزير الخارجية المصري سامح شكري اتصالين هاتفيين بوزير الخارجية الأمريكي أنتوني بلينكن "
            "وبمستشار الرئيس الفرنسي إيمانويل بون، وطلب منهما التدخل لوقف التصعيد.")
    events = coded(text, "2023-10-20")
    calls = of_type(events, "CONSULT")
    assert len(calls) == 2 and all(party_names(c["actor"]) == {"Sameh Shoukry"} for c in calls)
    requests = of_type(events, "REQUEST")
    assert requests and party_names(requests[0]["actor"]) == {"Sameh Shoukry"}


def test_states_that_cut_ties_together_each_take_their_own_decision() -> None:
    events = coded("أعلنت الكويت وعمان أمس قطع علاقاتهما الدبلوماسية مع إيران.", "2019-03-05")
    cuts = of_type(events, "SANCTION")
    assert sorted(party_names(e["actor"]).pop() for e in cuts) == ["Kuwait", "Oman"]
    assert all(party_names(e["target"]) == {"Iran"} for e in cuts)


def test_states_that_meet_stay_one_event() -> None:
    events = coded("اجتمع وزيرا خارجية الأردن ومصر في عمان أمس.", "2019-03-05")
    assert len(of_type(events, "CONSULT")) <= 1


def test_denying_the_accusations_answers_the_accuser() -> None:
    text = ("شنت طائرات التحالف بقيادة السعودية غارات على مواقع للحوثيين في صعدة.\n"
            "وقصف الحوثيون مواقع سعودية في جازان.\n"
            "واتهمت منظمة هيومن رايتس ووتش الحوثيين بتجنيد الأطفال.\n"
            "ونفى الحوثيون هذه الاتهامات جملة وتفصيلا.")
    denials = of_type(coded(text, "2019-03-10"), "REJECT")
    assert denials and party_names(denials[0]["target"]) == {"Human Rights Watch"}


def test_each_of_the_states_inside_an_announcement_supports_on_its_own() -> None:
    events = coded("وأعلنت كل من قطر والكويت تأييدهما للمبادرة المصرية.", "2020-11-14")
    support = of_type(events, "SUPPORT")
    assert sorted(party_names(e["actor"]).pop() for e in support) == ["Kuwait", "Qatar"]


def test_an_ambassador_called_home_for_consultation_is_a_sanction_not_talks() -> None:
    events = coded("استدعت الحكومة الجزائرية سفيرها لدى المغرب للتشاور.", "2021-08-25")
    assert [e["type"] for e in events if e["type"] in ("SANCTION", "CONSULT")] == ["SANCTION"]


def test_denying_accusations_with_a_nationality_adjective_answers_that_state_which_accused() -> None:
    events = coded("ورفضت طهران اتهامات بحرينية لها بتهريب أسلحة إلى المعارضة.", "2017-03-05")
    denials = of_type(events, "REJECT")
    accusations = of_type(events, "ACCUSE")
    assert [party_names(e["target"]) for e in denials] == [{"Bahrain"}]
    assert [(party_names(e["actor"]), party_names(e["target"])) for e in accusations] == [({"Bahrain"}, {"Iran"})]


def test_a_threat_against_the_perpetrators_of_the_attack_is_aimed_at_its_doer() -> None:
    text = ("فجر مسلحو تنظيم داعش سيارة مفخخة عند حاجز للجيش العراقي في ديالى.\n"
            "وتوعد رئيس الوزراء العراقي بملاحقة منفذي الهجوم.")
    threats = of_type(coded(text, "2021-07-20"), "THREATEN")
    assert threats and party_names(threats[0]["target"]) == {"Islamic State"}


def test_a_force_denying_shares_the_adversary_of_the_state_it_belongs_to() -> None:
    # the fighting is told against the state (Nigeria), the denial comes from its army
    text = ("هاجم مسلحو جماعة بوكو حرام قاعدة عسكرية نيجيرية في ولاية بورنو فجر اليوم.\n"
            "ونفى الجيش النيجيري في بيان سقوط القاعدة.")
    denials = of_type(coded(text, "2019-06-03"), "REJECT")
    assert denials and party_names(denials[0]["target"]) == {"Boko Haram"}


def test_condemning_the_attack_is_aimed_at_the_attacker_the_article_is_about() -> None:
    text = ("شن مسلحو حركة الشباب هجوما على فندق في العاصمة الصومالية مقديشو.\n"
            "وقالت الشرطة إن مسلحي الحركة فجروا سيارة مفخخة عند مدخل الفندق.\n"
            "وردت القوات الصومالية بقصف مواقع للحركة في ضواحي المدينة.\n"
            "ودانت بعثة الاتحاد الأفريقي في الصومال الهجوم.")
    condemnations = of_type(coded(text, "2019-07-13"), "ACCUSE")
    assert condemnations and party_names(condemnations[-1]["target"]) == {"al-Shabaab"}


def test_a_visit_abroad_is_with_the_state_visited() -> None:
    text = "وصل وزير الخارجية الجزائري رمطان لعمامرة، مساء اليوم الاثنين، إلى الخرطوم في زيارة رسمية."
    visits = of_type(coded(text, "2021-11-15"), "CONSULT")
    assert visits and party_names(visits[0]["target"]) == {"Sudan"}


def test_a_host_receiving_at_home_is_not_visiting() -> None:
    text = "استقبل الرئيس التونسي قيس سعيد في قصر قرطاج وزير الخارجية الجزائري رمطان لعمامرة."
    visits = of_type(coded(text, "2021-11-15"), "CONSULT")
    assert visits and "Tunisia" not in party_names(visits[0]["target"])


def test_a_second_condemnation_of_the_attack_names_the_same_attacker() -> None:
    # one attack by each side: "the attack" officials condemn is the armed group's, for both of them
    text = ("أعلن الجيش الصومالي أنه قصف مواقع لحركة الشباب قرب مدينة جوهر.\n"
            "وشن مسلحو حركة الشباب هجوما على مركز للشرطة في مدينة بلدوين.\n"
            "ودان الرئيس الصومالي حسن شيخ محمود الهجوم.\n"
            "كما أدانت السفارة الأمريكية في مقديشو الهجوم.")
    condemnations = of_type(coded(text, "2023-02-20"), "ACCUSE")
    assert len(condemnations) == 2
    assert all(party_names(c["target"]) == {"al-Shabaab"} for c in condemnations)


def test_a_denial_by_a_states_force_answers_the_states_adversary() -> None:
    # the attack is told against Kenya, the denial comes from the Kenya Defence Forces, a body of that state
    text = ("شن مسلحو حركة الشباب هجوما على قاعدة للجيش الكيني في إقليم جوبا السفلى جنوبي الصومال.\n"
            "ونفى المتحدث باسم قوات الدفاع الكينية سقوط القاعدة.")
    denials = of_type(coded(text, "2016-01-16"), "REJECT")
    assert denials and party_names(denials[0]["actor"]) == {"Kenya Defence Forces"}
    assert party_names(denials[0]["target"]) == {"al-Shabaab"}


def test_the_two_countries_are_the_states_of_the_officials_set_against_each_other() -> None:
    text = ("أعلن وزير الخارجية الجزائري رمطان لعمامرة قطع العلاقات الدبلوماسية مع المملكة المغربية.\n"
            "واتهم لعمامرة المغرب بدعم جماعات انفصالية.\n"
            "ودعت السعودية البلدين إلى تغليب الحوار.")
    calls = of_type(coded(text, "2021-08-25"), "REQUEST")
    assert calls and party_names(calls[0]["target"]) == {"Algeria", "Morocco"}


def test_a_state_is_not_the_target_of_its_own_ministers_sanction() -> None:
    text = ("أعلن وزير الخارجية الجزائري رمطان لعمامرة قطع العلاقات الدبلوماسية مع المملكة المغربية، "
            "بسبب ما وصفه بالأعمال العدائية ضد الجزائر.")
    cuts = of_type(coded(text, "2021-08-25"), "SANCTION")
    assert cuts and party_names(cuts[0]["target"]) == {"Morocco"}


def test_a_protest_is_aimed_at_whom_the_crowd_makes_demands_of() -> None:
    text = "وخرج المئات من سكان مايدوغوري في مسيرة احتجاجية أمس، مطالبين الحكومة النيجيرية بتوفير الحماية للمزارعين."
    events = coded(text, "2020-11-30")
    protests = of_type(events, "PROTEST")
    demands = of_type(events, "REQUEST")
    assert protests and party_names(protests[0]["target"]) == {"Nigeria"}
    assert demands and party_names(demands[0]["actor"]) == {"protesters"}


def test_a_group_of_no_one_country_fights_the_state_where_it_acts() -> None:
    text = "سيطر مسلحو تنظيم داعش، أمس الثلاثاء، على مدينة الموصل شمالي العراق."
    attacks = of_type(coded(text, "2014-06-11"), "ASSAULT")
    assert attacks and party_names(attacks[0]["target"]) == {"Iraq"}


def test_a_consulate_is_its_state() -> None:
    text = "واقتحم مسلحو تنظيم داعش القنصلية التركية في الموصل واحتجزوا العاملين فيها."
    seizures = [e for e in coded(text, "2014-06-11") if e["type"] in ("COERCE", "ASSAULT")]
    assert seizures and "Turkey" in party_names(seizures[0]["target"])


def test_a_denial_aimed_at_no_one_answers_the_latest_claim_of_another_side() -> None:
    text = ("وزعم حزب الله أن مقاتليه دمروا آلية عسكرية إسرائيلية قرب الحدود.\n"
            "في المقابل، نفى الناطق باسم الجيش الإسرائيلي وقوع إصابات في صفوف الجنود.")
    events = coded(text, "2019-09-01")
    claims = of_type(events, "ASSAULT")  # "أن مقاتليه دمروا": the claimant's own fighters
    assert claims and party_names(claims[0]["actor"]) == {"Hezbollah"}
    denials = of_type(events, "REJECT")
    assert denials and party_names(denials[0]["target"]) == {"Hezbollah"}


def test_a_call_for_a_ceasefire_that_names_no_one_is_made_to_the_two_sides() -> None:
    text = ("اندلعت اشتباكات عنيفة بين اللواء 444 قتال وجهاز الردع في العاصمة طرابلس.\n"
            "وقصف جهاز الردع مواقع اللواء 444 قتال في منطقة الفرناج.\n"
            "ودعت بعثة الأمم المتحدة للدعم في ليبيا إلى وقف فوري للاشتباكات.")
    calls = of_type(coded(text, "2023-08-15"), "REQUEST")
    assert calls and len(party_names(calls[0]["target"])) == 2
    assert "United Nations Support Mission in Libya" not in party_names(calls[0]["target"])


def test_a_call_for_an_inquiry_is_made_to_the_state_where_it_happened() -> None:
    text = ("قال سكان إن جنودا ماليين ومقاتلين أجانب قتلوا عشرات المدنيين في بلدة مورا وسط مالي.\n"
            "ودعت فرنسا إلى إجراء تحقيق مستقل في الأحداث.")
    calls = of_type(coded(text, "2022-04-05"), "REQUEST")
    assert calls and party_names(calls[0]["target"]) == {"Mali"}


def test_condemning_it_right_after_an_attack_is_aimed_at_the_attacker() -> None:
    text = ("عنوان\nقصفت القوات الروسية ميناء أوديسا الأوكراني بصاروخين أمس.\n"
            "ودان الأمين العام للأمم المتحدة الهجوم، كما دانها الاتحاد الأوروبي.")
    condemnations = of_type(coded(text, "2022-07-24"), "ACCUSE")
    assert condemnations and all(party_names(c["target"]) == {"Russia"} for c in condemnations)


def test_an_embassy_reopened_in_a_country_deals_with_that_countrys_state() -> None:
    text = "عنوان\nأعلنت موسكو استئناف عمل السفارة الروسية في ليبيا، التي تعمل مؤقتا من تونس، خلال الأسابيع المقبلة."
    deals = of_type(coded(text, "2020-07-03"), "COOPERATE")
    assert deals and party_names(deals[0]["target"]) == {"Libya"}


def test_a_threat_with_no_target_is_aimed_at_the_foe_told_first_when_two_are_fought_as_often() -> None:
    text = ("قصف الجيش الإسرائيلي مواقع لحزب الله في جنوب لبنان.\n"
            "كما قصف الجيش الإسرائيلي مواقع لحركة حماس في قطاع غزة.\n"
            "وهدد الجيش الإسرائيلي مساء بالرد بقوة على أي هجوم جديد.")
    threats = of_type(coded(text, "2024-01-10"), "THREATEN")
    assert threats and party_names(threats[0]["target"]) == {"Hezbollah"}


def test_a_visit_to_two_capitals_is_with_both_states() -> None:
    text = "ومن المقرر أن يزور الوسيط الأفريقي ثابو مبيكي الخرطوم وجوبا الأسبوع المقبل لبحث ملف الحدود."
    visits = of_type(coded(text, "2012-04-20"), "CONSULT")
    assert visits and party_names(visits[0]["actor"]) == {"Thabo Mbeki"}
    assert party_names(visits[0]["target"]) == {"Sudan", "South Sudan"}


def test_forces_massed_to_face_a_party_make_it_the_foe_a_later_warning_is_aimed_at() -> None:
    faced = ("حشد الجيش السوداني قوات كبيرة حول مدينة الأبيض لمواجهة قوات الدعم السريع.\n"
             "وحذر الجيش السوداني من أنه سيرد بقوة على أي تقدم نحو المدينة.")
    threats = of_type(coded(faced, "2023-06-01"), "THREATEN")
    assert threats and party_names(threats[0]["target"]) == {"Rapid Support Forces"}
    # reinforcements sent in support of a party do not make it a foe
    backed = ("أرسل الجيش السوداني تعزيزات إلى مدينة الأبيض دعما لقوات الدعم السريع.\n"
              "وحذر الجيش السوداني من أنه سيرد بقوة على أي تقدم نحو المدينة.")
    threats = of_type(coded(backed, "2023-06-01"), "THREATEN")
    assert threats and not party_names(threats[0]["target"])


def test_a_call_for_a_release_is_made_to_the_captor() -> None:
    text = ("احتجز الحرس الثوري الإيراني ناقلة نفط بريطانية في مضيق هرمز أمس الجمعة.\n"
            "وطالب وزير الخارجية البريطاني بالإفراج الفوري عنها وعن طاقمها.")
    calls = of_type(coded(text, "2019-07-20"), "REQUEST")
    assert calls and party_names(calls[0]["target"]) & {"Islamic Revolutionary Guard Corps", "Iran"}


def test_a_protest_denouncing_an_attack_is_aimed_at_the_attacker() -> None:
    text = ("قتل 20 شخصا في هجوم شنته حركة الشباب على فندق في مقديشو.\n"
            "وخرج آلاف الصوماليين، الأحد، في مسيرة غاضبة في شوارع العاصمة تنديدا بالهجوم.")
    protests = of_type(coded(text, "2019-12-31"), "PROTEST")
    assert protests and party_names(protests[0]["target"]) == {"al-Shabaab"}


def test_the_group_a_protest_denounces_is_its_target_not_its_actor() -> None:
    text = "وخرج آلاف الصوماليين، الأحد، في مسيرة غاضبة في شوارع مقديشو تنديدا بالهجوم الذي تبنته حركة الشباب."
    protests = of_type(coded(text, "2019-12-31"), "PROTEST")
    assert protests and party_names(protests[0]["actor"]) == {"protesters"}
    assert party_names(protests[0]["target"]) == {"al-Shabaab"}


def test_groups_accusing_together_each_accuse() -> None:
    text = 'واتهم حزب الله وحركة أمل، في بيان مشترك، الجيش الإسرائيلي بالوقوف وراء الهجوم على البلدة.'
    accusations = of_type(coded(text, "2021-10-15"), "ACCUSE")
    assert sorted(party_names(a["actor"]).pop() for a in accusations) == ["Amal Movement", "Hezbollah"]
