"""Event coder: parties named by a group's head noun, officials the knowledge base lacks, victims of a
killing told with its cause, and the subject of a pluperfect ("كان ... قد")."""

from __future__ import annotations

import datetime as dt

import rasd
from event_helpers import coded, of_type, party_names


def test_the_bare_head_noun_of_a_group_met_before_is_that_group() -> None:
    text = ("تبنى تنظيم \"داعش\" الهجوم على نقطة تفتيش قرب كركوك.\n"
            "وقالت الشرطة إن قناصة التنظيم استهدفوا الجنود من أسطح المباني.")
    article = rasd.process(rasd.Article(doc="t", text=text, published=dt.date(2019, 3, 4)))
    linked = {m.text: article.entities[m.entity_id].name for m in article.mentions}
    assert linked.get("التنظيم") == "Islamic State"


def test_the_head_noun_of_a_group_is_read_from_its_known_names() -> None:
    # "الحوثيون" has the name "جماعة الحوثي": a later "الجماعة" is the Houthis.
    text = ("أعلن الحوثيون إسقاط طائرة مسيرة في محافظة الجوف.\n"
            "ودانت الحكومة اليمنية تصعيد الجماعة في المحافظة.")
    accusations = of_type(coded(text, "2020-05-06"), "ACCUSE")
    assert accusations and "Houthis" in party_names(accusations[0]["target"])


def test_a_head_noun_with_no_group_met_is_not_linked() -> None:
    text = "ودانت الحكومة اليمنية تصعيد الجماعة في المحافظة."
    for event in coded(text, "2020-05-06"):
        assert "Houthis" not in party_names(event["target"])


def test_an_official_the_kb_lacks_stands_for_the_state_of_his_title() -> None:
    text = "أعلن وزير الدفاع المالي ساديو كامارا، أمس الاثنين، طرد السفير الفرنسي من باماكو."
    events = coded(text, "2022-02-01")
    assert events and all(party_names(e["actor"]) == {"Mali"} for e in events)


def test_an_unknown_name_without_a_state_title_keeps_its_own_name() -> None:
    text = "وأعلن القيادي عثمان ولد محمدو مقتل ثلاثة من عناصر الجيش في هجوم على ثكنة بشمال مالي."
    for event in coded(text, "2022-02-01"):
        assert "Mali" not in party_names(event["actor"])


def test_a_killing_told_with_its_cause_is_one_attack_by_the_cause_s_doer() -> None:
    text = "أفاد مرصد حقوقي بمقتل خمسة مدنيين بينهم امرأة جراء القصف الروسي على بلدة كفرنبل بريف إدلب."
    attacks = of_type(coded(text, "2019-05-20"), "ASSAULT")
    assert len(attacks) == 1
    assert party_names(attacks[0]["actor"]) == {"Russia"}
    assert party_names(attacks[0]["target"]) == {"civilians"}
    assert attacks[0]["fatalities"] == 5


def test_the_killed_after_a_preposition_are_victims_not_attackers() -> None:
    text = "وأعلنت مصادر طبية بمقتل أربعة مدنيين برصاص قناصة الجيش السوري في حي الوعر."
    attacks = of_type(coded(text, "2016-02-10"), "ASSAULT")
    assert attacks and all("civilians" not in party_names(e["actor"]) for e in attacks)


def test_the_subject_of_a_pluperfect_stands_between_kana_and_qad() -> None:
    text = "وكان الرئيس التونسي قيس سعيد قد دعا رئيس البرلمان راشد الغنوشي إلى الاستقالة."
    calls = of_type(coded(text, "2021-07-27"), "REQUEST")
    assert calls and party_names(calls[0]["actor"]) & {"Kais Saied", "Tunisia"}
    assert "Kais Saied" not in party_names(calls[0]["target"])


def test_a_family_name_that_is_a_word_is_the_person_only_in_its_bare_form() -> None:
    text = ("استقبل رئيس مجلس النواب الليبي عقيلة صالح وفدا أمميا في القبة.\n"
            "وقال صالح إن التسوية يجب أن تكون لصالح جميع الليبيين.")
    article = rasd.process(rasd.Article(doc="t", text=text, published=dt.date(2020, 9, 1)))
    linked = [(m.text, article.entities[m.entity_id].name) for m in article.mentions if m.sentence == 1]
    assert ("صالح", "Aguila Saleh") in linked
    assert all(text != "لصالح" for text, _ in linked)


def test_a_bare_ministry_is_the_ministry_named_before() -> None:
    text = ("ونفت وزارة الخارجية الإيرانية أي علاقة لها بالهجوم.\n"
            "ودعت الوزارة الحكومة البريطانية إلى الإفراج عن الناقلة فورا.")
    calls = of_type(coded(text, "2019-07-20"), "REQUEST")
    assert calls and party_names(calls[0]["actor"]) == {"Iran"}
    assert party_names(calls[0]["target"]) == {"United Kingdom"}


def test_the_plural_of_a_group_s_fighters_refers_back_to_that_group() -> None:
    text = ("سيطر مسلحو حركة الشباب على بلدة في إقليم جوبا السفلى.\n"
            "وقال سكان إن المسلحين هاجموا مركز الشرطة في البلدة قبل انسحابهم.")
    attacks = of_type(coded(text, "2021-04-21"), "ASSAULT")
    assert [party_names(a["actor"]) for a in attacks] == [{"al-Shabaab"}, {"al-Shabaab"}]


def test_a_plural_verb_follows_its_subject_and_the_party_after_it_is_its_object() -> None:
    text = "وأكدت مصادر أن الحوثيين قصفوا مواقع الجيش اليمني في مأرب."
    attacks = of_type(coded(text, "2021-04-21"), "ASSAULT")
    assert attacks and party_names(attacks[0]["actor"]) == {"Houthis"}
    assert party_names(attacks[0]["target"]) == {"Yemen"}


def test_a_name_the_kb_lacks_is_a_party_only_with_a_title() -> None:
    titled = coded("واتهم الناشط جلال بن زيدون الحكومة العراقية بقمع المتظاهرين في البصرة.", "2019-11-02")
    assert [party_names(e["actor"]) for e in of_type(titled, "ACCUSE")] == [{"Jalal Ibn Zidun"}]
    # bare, it is as likely a phrase the tagger took for a name: no party, no event
    bare = coded("وهاجم جلال بن زيدون مقر الحكومة العراقية في البصرة أمس.", "2019-11-02")
    assert not [e for e in bare if "Jalal Ibn Zidun" in party_names(e["actor"])]


def test_a_sentence_opening_with_a_verb_and_its_object_continues_the_subject_before() -> None:
    text = ("أعلنت وزارة الخارجية الجزائرية رفضها للتصعيد العسكري في المنطقة العازلة.\n"
            "ودعت الطرفين إلى ضبط النفس.")
    calls = of_type(coded(text, "2020-11-14"), "REQUEST")
    assert calls and party_names(calls[0]["actor"]) == {"Algeria"}


def test_a_masculine_verb_does_not_continue_a_state_subject() -> None:
    # the state rejected; "وأشاد" (masculine) has another subject the sentence does not name
    text = ("أعلنت وزارة الخارجية الجزائرية رفضها للتصعيد العسكري في المنطقة العازلة.\n"
            "وأشاد بجهود الوساطة التي تبذلها الأمم المتحدة.")
    praise = of_type(coded(text, "2020-11-14"), "SUPPORT")
    assert all("Algeria" not in party_names(e["actor"]) for e in praise)


def test_the_bare_head_of_an_international_bodys_name_refers_back_to_it() -> None:
    text = ("هددت المجموعة الاقتصادية لدول غرب أفريقيا بالتدخل العسكري في النيجر.\n"
            "ومن المقرر أن يعقد قادة المجموعة قمة استثنائية في أبوجا الخميس المقبل.")
    summits = of_type(coded(text, "2023-08-07"), "CONSULT")
    assert summits and party_names(summits[0]["actor"]) == {"ECOWAS"}


def test_a_masculine_verb_before_a_feminine_noun_has_it_as_object() -> None:
    text = ("والتقى وزير الخارجية الأمريكي مايك بومبيو وفد حركة طالبان في الدوحة، "
            "ودعا الحركة إلى قطع علاقاتها مع تنظيم القاعدة.")
    calls = of_type(coded(text, "2020-03-01"), "REQUEST")
    assert calls and party_names(calls[0]["actor"]) == {"Mike Pompeo"}
