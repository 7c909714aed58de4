"""Recall of common wire phrasings: circumstantial participles, crowds of protesters, rocket salvoes and
air raids, dispersals, expulsions, concluded deals, releases, reconstruction money, build-ups and refusals
of talks. Invented news-style sentences (not taken from any test article)."""

from __future__ import annotations

import datetime as dt

import rasd


def _events(text: str, published: str) -> list[rasd.Event]:
    return rasd.process(rasd.Article(doc="r", text=text, published=dt.date.fromisoformat(published))).events


def _names(parties: list[rasd.Party]) -> list[str]:
    return [p.name for p in parties]


def _of_type(text: str, published: str, event_type: str) -> list[rasd.Event]:
    return [e for e in _events(text, published) if e.type == event_type]


def test_a_circumstantial_accusation_is_made_by_the_subject_of_the_clause_before() -> None:
    [accuse] = _of_type("وطالب رئيس الوزراء العراقي بانسحاب القوات الأجنبية، متهما الحكومة التركية بانتهاك "
                        "السيادة العراقية.", "2022-07-21", "ACCUSE")
    assert _names(accuse.target) == ["Turkey"]
    assert "Turkey" not in _names(accuse.actor) and accuse.actor


def test_a_circumstantial_accusation_after_a_statement_is_the_speakers() -> None:
    [accuse] = _of_type("وقال المتحدث باسم الجيش الإسرائيلي إن قواته لم تستهدف المستشفى، متهما حركة حماس "
                        "بإطلاق الصاروخ.", "2023-10-18", "ACCUSE")
    assert _names(accuse.actor) == ["Israel"] and _names(accuse.target) == ["Hamas"]


def test_a_counted_crowd_after_a_protest_verb_is_who_protests() -> None:
    [protest] = _of_type("وتظاهر آلاف الطلاب المحتجين أمام مبنى البرلمان في عمان أمس.", "2019-03-04", "PROTEST")
    assert _names(protest.actor) == ["protesters"]


def test_protesters_gathering_is_a_protest() -> None:
    [protest] = _of_type("وتجمع مئات المحتجين أمام مقر الحكومة في الخرطوم أمس.", "2019-01-10", "PROTEST")
    assert _names(protest.actor) == ["protesters"]


def test_refusing_to_negotiate_in_the_future_tense_is_a_rejection() -> None:
    [reject] = _of_type("وقال وزير الدفاع الإسرائيلي إن إسرائيل لن تتفاوض مع حركة حماس.", "2014-07-20", "REJECT")
    assert _names(reject.actor) == ["Israel"] and _names(reject.target) == ["Hamas"]


def test_an_air_raid_verb_is_an_aerial_assault() -> None:
    [raid] = _of_type("وأغارت طائرات إسرائيلية على مواقع لحركة حماس في خان يونس فجر اليوم.", "2021-05-20",
                      "ASSAULT")
    assert raid.mode == "aerial" and _names(raid.actor) == ["Israel"]


def test_rocket_salvoes_are_a_missile_attack() -> None:
    [salvo] = _of_type("وأعلنت حركة الجهاد الإسلامي مسؤوليتها عن رشقات صاروخية باتجاه عسقلان أمس.",
                       "2022-08-06", "ASSAULT")
    assert salvo.mode == "missile"


def test_dispersing_protesters_is_coercion_by_the_police() -> None:
    [dispersal] = _of_type("وفرقت الشرطة الكينية المتظاهرين في نيروبي بالغاز المسيل للدموع.", "2023-03-20",
                           "COERCE")
    assert _names(dispersal.actor) == ["Kenya"] and _names(dispersal.target) == ["protesters"]


def test_declaring_an_ambassador_persona_non_grata_is_an_expulsion_by_the_declaring_state() -> None:
    [expel] = _of_type("وأعلنت الحكومة الجزائرية السفير الفرنسي شخصا غير مرغوب فيه.", "2021-10-03", "SANCTION")
    assert _names(expel.actor) == ["Algeria"] and _names(expel.target) == ["France"]
    # with a subject before the phrase, the party inside it is the object
    [order] = _of_type("وأمرت الحكومة السودانية قوات الدعم السريع بوقف إطلاق النار في دارفور.", "2023-05-02",
                       "CONCEDE")
    assert _names(order.actor) == ["Sudan"]


def test_letting_a_prisoner_go_is_a_release() -> None:
    [release] = _of_type("وأخلت السلطات المصرية سبيل الصحفي بعد احتجازه أسبوعين.", "2020-02-12", "CONCEDE")
    assert release.mode == "release" and _names(release.actor) == ["Egypt"]


def test_money_set_aside_for_reconstruction_is_aid() -> None:
    [aid] = _of_type("وأعلن الرئيس الجزائري عبد المجيد تبون تخصيص مئة مليون دولار لإعادة إعمار غزة.",
                     "2021-05-25", "AID")
    assert aid.actor


def test_reinforced_defences_and_verb_subject_object_deployments_are_build_ups() -> None:
    [fortify] = _of_type("وعززت القوات الروسية دفاعاتها في شبه جزيرة القرم.", "2022-08-20", "MOBILIZE")
    assert _names(fortify.actor) == ["Russia"]
    [deploy] = _of_type("ونشرت الولايات المتحدة قوات إضافية في بولندا أمس.", "2022-02-03", "MOBILIZE")
    assert _names(deploy.actor) == ["United States"]


def test_two_leaders_meeting_with_a_dual_verb_is_a_meeting() -> None:
    [meet] = _of_type("والتقيا الرئيس التركي رجب طيب أردوغان والرئيس الروسي فلاديمير بوتين في سوتشي أمس.",
                      "2021-09-30", "CONSULT")
    assert len(meet.actor) == 2


def test_gunmen_or_a_force_from_a_named_group_are_that_group() -> None:
    [kidnap] = _of_type("واختطف مسلحون من حركة الشباب موظفين في منظمة إغاثة بالصومال.", "2019-11-02", "COERCE")
    assert _names(kidnap.actor) == ["al-Shabaab"]
    [arrest] = _of_type("واعتقلت قوة من الجيش العراقي خمسة مطلوبين في الموصل.", "2018-04-11", "COERCE")
    assert _names(arrest.actor) == ["Iraq"]


def test_the_palestinian_factions_are_a_party() -> None:
    [salvo] = _of_type("وأطلقت الفصائل الفلسطينية رشقات صاروخية على مستوطنات غلاف غزة مساء أمس.", "2022-08-07",
                       "ASSAULT")
    assert _names(salvo.actor) == ["Palestinian factions"]


def test_an_envoy_summoned_by_a_named_ministry_is_a_summons_of_his_state() -> None:
    [summon] = _of_type("واستدعت وزارة الخارجية العراقية السفير التركي لديها احتجاجا على القصف.", "2022-07-21",
                        "ACCUSE")
    assert _names(summon.actor) == ["Iraq"] and _names(summon.target) == ["Turkey"]


def test_troops_spreading_out_are_a_deployment() -> None:
    [deploy] = _of_type("وانتشرت قوات الجيش اللبناني في بلدات جنوب لبنان.", "2024-11-28", "MOBILIZE")
    assert _names(deploy.actor) == ["Lebanon"]


def test_a_sentence_with_the_accused_named_between_is_coercion() -> None:
    [sentence] = _of_type("وحكمت السلطات الإيرانية على الناشطة بالسجن عشر سنوات.", "2023-01-09", "COERCE")
    assert _names(sentence.actor) == ["Iran"]


def test_a_verb_that_begins_with_al_is_a_verb_not_a_noun_with_the_article() -> None:
    [meet] = _of_type("والتقت وزيرة الخارجية الفرنسية كاترين كولونا الرئيس اللبناني ميشال عون في بعبدا.",
                      "2022-09-15", "CONSULT")
    assert _names(meet.actor) == ["Catherine Colonna"] and _names(meet.target) == ["Michel Aoun"]
    # read as a verb, a title after ب is still the one met, not a subject after the verb
    [meet] = _of_type("وذكرت الوكالة أن الرئيس التركي رجب طيب أردوغان التقى في أنقرة بوزير الخارجية الروسي "
                      "سيرغي لافروف.", "2022-06-08", "CONSULT")
    assert _names(meet.actor) == ["Recep Tayyip Erdoğan"] and _names(meet.target) == ["Sergey Lavrov"]


def test_a_subject_behind_a_long_title_is_found() -> None:
    [meet] = _of_type("والتقى رئيس حكومة تصريف الأعمال نجيب ميقاتي في السراي الحكومي أمس السفيرة الأمريكية.",
                      "2023-03-02", "CONSULT")
    assert _names(meet.actor) == ["Najib Mikati"]



def test_protests_with_no_organiser_named_are_the_protesters() -> None:
    [protest] = _of_type("وامتدت المظاهرات إلى مدن الزرقاء وإربد في شمال الأردن مساء أمس.", "2018-06-04", "PROTEST")
    assert _names(protest.actor) == ["protesters"]
