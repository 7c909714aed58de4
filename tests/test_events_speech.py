"""Speech, analysis and background are not events: press conferences, anonymity formulas, obligations,
wishes and intentions, analysts' opinions, frames and back-references, descriptions in relative clauses,
circumstances ("بدعم من") and history. Invented news-style sentences (not taken from any test article)."""

from __future__ import annotations

import datetime as dt

import rasd


def _events(text: str, published: str = "2022-05-10") -> list[rasd.Event]:
    return rasd.process(rasd.Article(doc="s", text=text, published=dt.date.fromisoformat(published))).events


def _types(text: str, published: str = "2022-05-10") -> list[str]:
    return [e.type for e in _events(text, published)]


def test_a_press_conference_is_not_a_consultation() -> None:
    types = _types("وقال وزير الخارجية الأردني أيمن الصفدي، خلال مؤتمر صحافي في عمان، إن بلاده ترفض أي تهجير "
                   "للفلسطينيين.", "2023-11-02")
    assert "CONSULT" not in types


def test_a_source_who_declines_to_be_named_rejects_nothing() -> None:
    types = _types("وقال مسؤول في الجيش العراقي، رفض ذكر اسمه، إن التعزيزات وصلت إلى الموصل، لكنه رفض الإفصاح "
                   "عن عددها.", "2016-10-12")
    assert "REJECT" not in types


def test_declared_support_for_a_ceasefire_is_an_endorsement() -> None:
    events = _events("وأعلن الرئيس الفرنسي إيمانويل ماكرون تأييده لوقف إطلاق النار في غزة.", "2023-11-10")
    assert [e.type for e in events] == ["SUPPORT"]
    assert events[0].actor[0].name == "Emmanuel Macron"


def test_what_must_happen_has_not_happened() -> None:
    types = _types("وشدد وزير الخارجية التركي على وجوب قبول جميع الأطراف الحل السياسي في سوريا.", "2019-03-04")
    assert "AGREE" not in types


def test_what_could_happen_has_not_happened() -> None:
    types = _types("وأوضح الوزير الروسي أن اتفاق أستانا يمكن أن يكون أساسا لحوار سوري شامل.", "2019-03-04")
    assert "CONSULT" not in types


def test_a_party_seeking_cooperation_has_not_cooperated() -> None:
    types = _types("وذكرت الوزارة أن الحكومة العراقية تسعى للتعاون مع دول الجوار لضبط الحدود.", "2019-03-04")
    assert "COOPERATE" not in types


def test_talks_that_were_expected_did_not_take_place() -> None:
    types = _types("وكان من المقرر أن تعقد محادثات بين وفدي الحكومة اليمنية والحوثيين في جنيف.", "2018-09-09")
    assert "CONSULT" not in types


def test_analysts_opinions_are_not_news() -> None:
    types = _types("ويرى محللون أن زيارة الرئيس السوداني إلى القاهرة جاءت نتيجة الحصار المفروض على بلاده.",
                   "2019-01-28")
    assert types == []


def test_the_framework_of_a_visit_is_background() -> None:
    types = _types("وتأتي زيارة وزير الدفاع الإيطالي إلى بغداد في إطار مذكرة التفاهم الموقعة بين إيطاليا والعراق.",
                   "2019-01-28")
    assert "AGREE" not in types


def test_these_accusations_point_back_to_an_earlier_report() -> None:
    types = _types("ونفت قيادة الجيش السوداني مشاركة أي من وحداتها في قمع المحتجين، ووصفت هذه الاتهامات بأنها "
                   "كاذبة.", "2019-06-05")
    assert "ACCUSE" not in types


def test_the_end_of_a_siege_is_not_a_siege() -> None:
    types = _types("وأعلنت وزارة الداخلية الأفغانية انتهاء حصار مبنى الوزارة في كابل.", "2017-05-10")
    assert "COERCE" not in types


def test_lifting_an_embargo_to_come_is_not_imposing_it() -> None:
    types = _types("وأكد وزير الخارجية الصيني أن بكين لن تبيع أسلحة للسودان قبل رفع حظر الأسلحة المفروض عليه من قبل "
                   "مجلس الأمن الدولي.", "2017-05-10")
    assert "SANCTION" not in types


def test_a_relative_clause_describing_a_place_is_background() -> None:
    types = _types("وأعلنت قطر إرسال طائرة محملة بالأدوية إلى سكان القرى التي استعادتها القوات العراقية في "
                   "محافظة نينوى.", "2017-05-10")
    assert types == ["AID"]


def test_a_relative_clause_describing_a_party_is_background() -> None:
    types = _types("وقال المتحدث إن قوات سوريا الديمقراطية، التي تدعمها واشنطن، دخلت مدينة الرقة.", "2017-10-17")
    assert "SUPPORT" not in types


def test_with_the_support_of_is_a_circumstance() -> None:
    assert "SUPPORT" not in _types("وتقاتل حركة طالبان الحكومة الأفغانية بدعم من جهات خارجية.", "2017-10-17")
    types = _types("وأعلن الجيش العراقي أمس أنه استعاد السيطرة على قرية في نينوى بمساندة مقاتلين من العشائر.",
                   "2017-10-17")
    assert "SUPPORT" not in types


def test_what_a_speaker_says_his_side_will_do_is_an_intention() -> None:
    types = _types("وقال أمير قطر الشيخ تميم بن حمد: \"سنواصل دعم الشعب الفلسطيني في كل المحافل\".", "2021-05-12")
    assert "SUPPORT" not in types


def test_a_when_clause_on_an_old_year_is_history() -> None:
    types = _types("وأضاف أن الفلوجة كانت ملجأ للتنظيم عندما شنت الولايات المتحدة هجوما على المدينة لطرد المسلحين "
                   "الذين سيطروا عليها في 2004.", "2016-11-03")
    assert "ASSAULT" not in types


def test_what_has_gone_on_for_years_is_background() -> None:
    types = _types("ومنذ سنوات، تقاتل جماعة بوكو حرام الجيش النيجيري، بدعم من جماعات مسلحة في المنطقة.",
                   "2019-06-05")
    assert "SUPPORT" not in types


def test_what_followed_an_old_date_after_since_is_history() -> None:
    events = _events("ويسيطر الجيش السوري الحر على مدينة جرابلس منذ مارس/آذار الماضي بعد طرد تنظيم داعش منها.",
                     "2016-11-03")
    assert "طرد" not in [e.trigger for e in events]


def test_bare_mercenaries_named_as_a_target_are_no_deployment() -> None:
    types = _types("وقال المتحدث باسم الجيش السوداني إن الطائرات الحربية استهدفت آليات لقوات الدعم السريع والمرتزقة "
                   "في الفاشر.", "2024-05-03")
    assert "MOBILIZE" not in types


def test_a_visit_told_again_in_the_next_sentence_is_one_event() -> None:
    events = _events("وصل وزير الخارجية المصري سامح شكري، اليوم الأربعاء، إلى الخرطوم في زيارة رسمية. وبحسب وكالة "
                     "الأنباء السودانية، فإن زيارة شكري إلى الخرطوم تستمر يومين.", "2021-03-03")
    assert [e.type for e in events] == ["CONSULT"]


def test_an_unattributed_strike_gives_way_to_its_acknowledged_report() -> None:
    events = _events("وأفادت مصادر طبية بأن غارة جوية استهدفت مستشفى في بلدة كفرنبل، ما أدى إلى مقتل تسعة أشخاص. "
                     "واعترف الجيش الروسي بتنفيذ الغارة، لكنه قال إنها استهدفت مسلحين.", "2019-05-03")
    [strike] = [e for e in events if e.type == "ASSAULT"]
    assert strike.actor[0].name == "Russia"
    assert strike.locations and strike.fatalities == 9
    # two denials of different things by one government stay two events
    denials = _events("ونفت الحكومة المالية هذه الاتهامات. ونفى المتحدث باسم الحكومة المالية وجود أي عناصر من "
                      "مجموعة فاغنر في البلاد.", "2022-04-06")
    assert [e.type for e in denials].count("REJECT") == 2


def test_an_observer_is_not_the_actor_of_what_it_observed() -> None:
    types = _types("وقالت قوات سوريا الديمقراطية إنها رصدت انسحاب مجموعات من المسلحين من قرى ريف دير الزور.",
                   "2019-02-10")
    assert "RETREAT" not in types


def test_a_name_after_said_that_is_in_what_is_said_not_the_speaker() -> None:
    text = ("وقال المبعوث الأممي غسان سلامة إن الوضع في طرابلس خطير.\n"
            "وأضاف إنه سيستقبل حفتر الأسبوع المقبل في تونس.")
    visits = [e for e in _events(text, "2019-06-28") if e.type == "CONSULT"]
    assert visits and "Khalifa Haftar" in {p.name for p in visits[0].target}
    assert "Libyan National Army" not in {p.name for p in visits[0].actor}


def test_a_verb_phrase_after_a_condemnation_and_a_comma_is_an_act_of_its_own() -> None:
    text = "ودان الرئيس الصومالي حسن شيخ محمود الهجوم، وتعهد بشن حرب شاملة على الحركة."
    assert "THREATEN" in _types(text, "2022-08-21")
