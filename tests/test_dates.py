"""Arabic date expressions resolved against a publication date (invented news-style sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from rasd.events.dates import DateMention, find_dates, resolve_event_date

TUE = date(2020, 6, 9)  # a Tuesday
THU_JAN = date(2019, 1, 10)  # a Thursday early in January
THU_MAR = date(2018, 3, 1)  # a Thursday on the first of a month
FRI = date(2021, 5, 14)
SUN = date(2017, 7, 2)
TUE_MAR = date(2019, 3, 5)
SAT_DEC = date(2022, 12, 31)


def _only(sentence: str, published: date | None) -> DateMention:
    mentions = find_dates(sentence, published)
    assert len(mentions) == 1, mentions
    return mentions[0]


CASES = [
    # weekdays alone: the most recent such day up to and including the publication day
    ("قصفت طائرات حربية بلدة كفرنبل في ريف إدلب الإثنين، ما أدى إلى دمار واسع.", TUE, "الإثنين", "2020-06-08"),
    ("أعلن المرصد السوري، الثلاثاء، سيطرة الفصائل على قرية جديدة.", TUE, "الثلاثاء", "2020-06-09"),
    ("شنت مقاتلات التحالف غارات على صعدة الاثنين.", TUE, "الاثنين", "2020-06-08"),
    ("اندلعت اشتباكات في طرابلس الأثنين بين مجموعتين مسلحتين.", TUE, "الأثنين", "2020-06-08"),
    ("وصلت تعزيزات إلى الموصل الأربعاء.", TUE, "الأربعاء", "2020-06-03"),
    ("نفذت قوات الأمن حملة دهم في الفاشر الأحد.", THU_JAN, "الأحد", "2019-01-06"),
    ("أغلق المحتجون الطريق السريع في الخرطوم السبت.", SAT_DEC, "السبت", "2022-12-31"),
    # with a past / future qualifier
    ("قال الجيش إن الهجوم وقع الثلاثاء الماضي قرب درعا.", TUE, "الثلاثاء الماضي", "2020-06-02"),
    ("وتعرضت مدينة بنغازي لقصف مدفعي الجمعة الماضية.", TUE, "الجمعة الماضية", "2020-06-05"),
    ("أغلقت السلطات المعبر منذ السبت الماضي.", SAT_DEC, "السبت الماضي", "2022-12-24"),
    ("ومن المقرر أن يصل الوفد إلى عدن الجمعة المقبلة.", TUE, "الجمعة المقبلة", "2020-06-12"),
    ("ستعقد جولة المحادثات يوم الثلاثاء القادم في جنيف.", TUE, "يوم الثلاثاء القادم", "2020-06-16"),
    # today, yesterday, the day before
    ("أعلن وزير الدفاع، اليوم الجمعة، سحب قواته من الحديدة.", FRI, "اليوم الجمعة", "2021-05-14"),
    ("قتل جنديان في انفجار عبوة ناسفة أمس الخميس في ديالى.", FRI, "أمس الخميس", "2021-05-13"),
    ("سقطت قذائف على حي الشيخ مقصود أمس.", THU_MAR, "أمس", "2018-02-28"),
    ("وكانت الطائرات قد استهدفت الموقع أول من أمس.", THU_MAR, "أول من أمس", "2018-02-27"),
    ("وأفاد شهود بأن الاشتباكات بدأت أول أمس.", FRI, "أول أمس", "2021-05-12"),
    ("وجرت المواجهات أمس الأول في حي الصابري.", FRI, "أمس الأول", "2021-05-12"),
    ("وقالت مصادر طبية إن غارة استهدفت المنزل مساء أمس.", TUE, "مساء أمس", "2020-06-08"),
    ("توغلت آليات إسرائيلية شرق خان يونس فجر اليوم.", TUE, "فجر اليوم", "2020-06-09"),
    ("وقع الانفجار ليلة الأربعاء قرب مطار بغداد.", THU_JAN, "ليلة الأربعاء", "2019-01-09"),
    ("اعتقلت الشرطة ناشطين صباح يوم الأحد في أم درمان.", THU_JAN, "صباح يوم الأحد", "2019-01-06"),
    ("وكان القصف قد توقف بالأمس بعد وساطة محلية.", FRI, "الأمس", "2021-05-13"),
    ("انتشرت قوات الجيش في الموصل والخميس أعلنت الحكومة حظر التجول.", FRI, "الخميس", "2021-05-13"),
    # future
    ("يعقد مجلس الأمن جلسة طارئة غدا لبحث الوضع في غزة.", TUE, "غدا", "2020-06-10"),
    ("ويصل المبعوث الأممي إلى صنعاء بعد غد.", TUE, "بعد غد", "2020-06-11"),
    # counted back in days
    ("أعلن الجيش السوداني قبل يومين إغلاق الحدود.", THU_JAN, "قبل يومين", "2019-01-08"),
    ("وكانت القوات قد دخلت البلدة قبل ثلاثة أيام.", THU_JAN, "قبل ثلاثة أيام", "2019-01-07"),
    ("وكانت القوات قد دخلت البلدة قبل 3 أيام.", THU_MAR, "قبل 3 أيام", "2018-02-26"),
    # absolute dates
    ("اتفق الطرفان في 23 فبراير/شباط الماضي على وقف إطلاق النار.", TUE, "23 فبراير/شباط الماضي", "2020-02-23"),
    ("اندلعت الاحتجاجات في 23 ديسمبر الماضي في عطبرة.", THU_JAN, "23 ديسمبر الماضي", "2018-12-23"),
    ("ذكرت الوكالة أن القافلة وصلت في 23 ديسمبر إلى الحديدة.", THU_JAN, "23 ديسمبر", "2018-12-23"),
    ("دخلت القوات الحكومية المدينة في 23 شباط 2019 بعد حصار طويل.", TUE, "23 شباط 2019", "2019-02-23"),
    ("دخلت القوات الحكومية المدينة في ٢٣ شباط ٢٠١٩ بعد حصار طويل.", None, "٢٣ شباط ٢٠١٩", "2019-02-23"),
    ("وقعت المجزرة في الثالث والعشرين من فبراير في ريف حماة.", TUE, "الثالث والعشرين من فبراير", "2020-02-23"),
    ("انسحبت الميليشيات من المطار في الحادي عشر من أيلول 2019.", TUE, "الحادي عشر من أيلول 2019", "2019-09-11"),
    ("بدأت الهدنة في 5 كانون الثاني الماضي في ريف إدلب.", TUE_MAR, "5 كانون الثاني الماضي", "2019-01-05"),
    ("وقعت الغارة في 12 آب/أغسطس الماضي على سوق شعبي.", TUE, "12 آب/أغسطس الماضي", "2019-08-12"),
    ("ويعود الهجوم إلى 30 يونيه الماضي.", SUN, "30 يونيه الماضي", "2017-06-30"),
    ("وستنطلق المفاوضات في 5 يوليه في الكويت.", SUN, "5 يوليه", "2017-07-05"),
    ("قتل المتظاهرون في الخامس من الشهر الجاري.", TUE, "الخامس من الشهر الجاري", "2020-06-05"),
]


@pytest.mark.parametrize(("sentence", "published", "text", "iso"), CASES)
def test_day_expressions(sentence: str, published: date | None, text: str, iso: str) -> None:
    mention = _only(sentence, published)
    assert (mention.text, mention.date, mention.precision) == (text, iso, "day")
    assert sentence[mention.start : mention.end] == mention.text


@pytest.mark.parametrize(
    ("sentence", "published", "text", "iso", "precision"),
    [
        ("سيطرت الفصائل على المعبر في مارس الماضي.", TUE, "مارس الماضي", "2020-03", "month"),
        ("سيطرت الفصائل على المعبر في مارس الماضي.", TUE_MAR, "مارس الماضي", "2018-03", "month"),
        ("تراجعت الهجمات منذ كانون الأول الماضي.", THU_JAN, "كانون الأول الماضي", "2018-12", "month"),
        ("ووقعت اشتباكات عنيفة في شهر نيسان 2019 جنوب طرابلس.", None, "شهر نيسان 2019", "2019-04", "month"),
        ("شهدت المدينة معارك خلال الشهر الماضي.", THU_JAN, "الشهر الماضي", "2018-12", "month"),
        ("وقعت الحرب في صعدة عام 2009.", None, "عام 2009", "2009", "year"),
        ("تعاني الموصل من الدمار منذ 2017.", TUE, "2017", "2017", "year"),
        ("تضاعف عدد النازحين في دارفور العام الماضي.", THU_JAN, "العام الماضي", "2018", "year"),
    ],
)
def test_month_and_year_precision(sentence: str, published: date | None, text: str, iso: str, precision: str) -> None:
    mention = _only(sentence, published)
    assert (mention.text, mention.date, mention.precision) == (text, iso, precision)


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("تصاعدت الغارات على إدلب خلال الأسبوع الماضي.", "الأسبوع الماضي"),
        ("قتل عشرة أشخاص خلال الـ24 ساعة الماضية في غزة.", "الـ24 ساعة الماضية"),
        ("وكان الوفد قد زار بنغازي منذ أيام.", "منذ أيام"),
        ("وعاد الهدوء إلى المدينة يوم الأحد التالي.", "يوم الأحد التالي"),
    ],
)
def test_periods_without_a_date_keep_their_words(sentence: str, text: str) -> None:
    mention = _only(sentence, TUE)
    assert (mention.text, mention.date, mention.precision) == (text, None, None)


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("قصفت المدفعية التركية قرى في ريف عفرين الإثنين.", "الإثنين"),
        ("قال المتحدث أمس إن القوات تقدمت.", "أمس"),
        ("اتفق الطرفان على الهدنة في 23 فبراير.", "23 فبراير"),
        ("أعلن التحالف عن عملية جديدة الجمعة الماضية.", "الجمعة الماضية"),
    ],
)
def test_no_publication_date_keeps_text_only(sentence: str, text: str) -> None:
    mention = _only(sentence, None)
    assert (mention.text, mention.date, mention.precision) == (text, None, None)


@pytest.mark.parametrize(
    "sentence",
    [
        "وفي اليوم التالي انسحبت القوات من البلدة.",
        "نقلت صحيفة الشرق الأوسط اليومية عن مصادر أن المحادثات متعثرة.",
        "التقت تيريزا ماي وزير الخارجية في لندن.",
        "وهو الذي مارس ضغوطا كبيرة على الحكومة.",
        "قتل 5 أشخاص في انفجار في مدينة الحلة.",
        "ووقع خلاف بين الاثنين حول تقاسم السلطة.",
    ],
)
def test_words_that_are_not_dates(sentence: str) -> None:
    assert find_dates(sentence, TUE) == []


def test_diacritics_and_invalid_days() -> None:
    assert _only("هاجم مسلحون الحاجز أَمْسِ الخَمِيس.", FRI).date == "2021-05-13"
    invalid = _only("وقع الهجوم في 30 فبراير 2019 حسب البيان.", TUE)
    assert (invalid.text, invalid.date) == ("30 فبراير 2019", None)


def test_several_mentions_in_order() -> None:
    sentence = "قال الجيش الثلاثاء إن الهدنة التي أعلنت في 23 فبراير/شباط الماضي انهارت أمس."
    found = [(m.text, m.date) for m in find_dates(sentence, TUE)]
    assert found == [
        ("الثلاثاء", "2020-06-09"),
        ("23 فبراير/شباط الماضي", "2020-02-23"),
        ("أمس", "2020-06-08"),
    ]


def test_event_date_prefers_the_expression_next_to_the_trigger() -> None:
    sentence = "قال المتحدث العسكري الثلاثاء إن الطائرات قصفت مواقع المسلحين الإثنين."
    strike = resolve_event_date(sentence, TUE, anchor=sentence.index("قصفت"))
    said = resolve_event_date(sentence, TUE, anchor=sentence.index("قال"))
    assert strike is not None and strike.date == "2020-06-08"
    assert said is not None and said.date == "2020-06-09"


def test_event_date_stays_in_the_trigger_clause() -> None:
    sentence = "وصل الوفد إلى عدن أمس؛ واندلعت اشتباكات في المدينة بعد وصوله بساعات يوم الأحد."
    found = resolve_event_date(sentence, TUE, anchor=sentence.index("واندلعت"))
    assert found is not None and found.text == "يوم الأحد"
    other = resolve_event_date("واندلعت اشتباكات؛ وذلك أمس.", TUE, anchor=0)
    assert other is not None and other.text == "أمس"  # no date in the trigger clause: fall back


def test_event_date_without_anchor_or_mentions() -> None:
    sentence = "أعلنت الحكومة عام 2019 خطة للمصالحة، وقالت الإثنين إنها بدأت تنفيذها."
    found = resolve_event_date(sentence, TUE)
    assert found is not None and found.date == "2020-06-08"
    assert resolve_event_date("لا تاريخ في هذه الجملة.", TUE) is None


def test_a_date_after_a_participle_belongs_to_the_noun_it_qualifies() -> None:
    # the deal was signed in 2018; the call has no date of its own (and is not history)
    sentence = "وحث الاتحاد الأفريقي، راعي اتفاق المصالحة المبرم عام 2018، الحكومة والمتمردين على ضبط النفس."
    assert resolve_event_date(sentence, TUE, anchor=0, happened=True) is None
    deal = resolve_event_date(sentence, TUE, anchor=sentence.index("اتفاق"), happened=True)
    assert deal is not None and deal.date == "2018"


def test_a_bare_weekday_of_a_planned_event_is_the_coming_one() -> None:
    sentence = "سيصل الوزير موسكو الأحد."
    found = resolve_event_date(sentence, TUE, anchor=0)
    assert found is not None and found.date == "2020-06-07"  # as written: the last Sunday
    assert found.ahead().date == "2020-06-14"
    past = resolve_event_date("وصل الوزير موسكو الأحد الماضي.", TUE, anchor=0)
    assert past is not None and past.ahead().date == past.date  # a qualified weekday stays


def test_a_group_named_after_a_date_is_no_date() -> None:
    found = find_dates('سيطر متمردو حركة "23 مارس" (إم 23)، أمس الاثنين، على بلدة بوناغانا', TUE)
    assert [m.text for m in found] == ["أمس الاثنين"]
    assert [m.text for m in find_dates("وقع الهجوم في 23 مارس الماضي", TUE)] == ["23 مارس الماضي"]


def test_a_span_that_pins_no_day_yields_to_the_day_the_sentence_names() -> None:
    sentence = "أعلن الجيش، أمس الاثنين، أن قواته استعادت السيطرة على المدينة بعد أيام من المعارك."
    found = resolve_event_date(sentence, TUE, anchor=sentence.index("استعادت"), happened=True)
    assert found is not None and found.date == "2020-06-08"
    # what is planned keeps the span: it does not happen on the day it is announced
    planned = "أعلن الوزير، أمس الاثنين، أنه سيزور المدينة بعد أيام."
    later = resolve_event_date(planned, TUE, anchor=planned.index("سيزور"))
    assert later is not None and later.date is None
