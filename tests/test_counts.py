"""Casualty, capture and strike counts of one sentence (invented news-style sentences)."""

from __future__ import annotations

import pytest

from rasd.events.counts import find_counts

# (sentence, killed, wounded, captured, strikes)
CASES = [
    # killed
    ("ما أدى إلى مقتل 7 مدنيين في بلدة معرة النعمان.", 7, None, None, None),
    ("قتل خمسة جنود عراقيين في هجوم على نقطة تفتيش شمال بغداد.", 5, None, None, None),
    ("لقي 3 أشخاص مصرعهم في انفجار سيارة مفخخة في عدن.", 3, None, None, None),
    ("أعلنت وزارة الصحة استشهاد ثلاثة وعشرين فلسطينيا شرق غزة.", 23, None, None, None),
    ("أسفرت المعارك عن سقوط 15 قتيلا من الطرفين.", 15, None, None, None),
    ("أعلنت الشرطة مقتل ١٢ شخصا في اشتباكات قبلية بدارفور.", 12, None, None, None),
    ("قالت مصادر طبية إن خمسة مدنيين قتلوا في القصف على سرت.", 5, None, None, None),
    ("أدى الهجوم إلى مقتل ما لا يقل عن خمسة عشر شخصا في الأنبار.", 15, None, None, None),
    ("أسفر التفجير عن مقتل أكثر من 30 شخصا في سوق الموصل.", 30, None, None, None),
    ("قتل مئة وخمسون مقاتلا في معارك الأسبوع في الحديدة.", 150, None, None, None),
    ("خلفت الحرب في دارفور ثلاثة آلاف قتيل خلال عام.", 3000, None, None, None),
    ("وأعلن الجيش مقتل جنديين في كمين قرب درنة.", 2, None, None, None),
    ("سقط قتيلان في تبادل لإطلاق النار في حي باب التبانة.", 2, None, None, None),
    ("أكدت المصادر مقتل أحد عناصر الأمن في الرمادي.", 1, None, None, None),
    ("أعلن الجيش مقتل جندي في هجوم على موقعه جنوب طرابلس.", 1, None, None, None),
    ("قتل 5 جنود و3 مدنيين في هجوم على قافلة في ديالى.", 8, None, None, None),
    ("ارتفعت حصيلة القتلى إلى 30 بعد مقتل 5 آخرين في المستشفى.", 30, None, None, None),
    ("مقتل 12 شخصا بينهم 3 أطفال في قصف على دوما.", 12, None, None, None),
    ("أعدم التنظيم 9 أشخاص في الرقة.", 9, None, None, None),
    # killed and wounded
    ("أسفر القصف عن سقوط 4 قتلى و18 جريحاً في حلب.", 4, 18, None, None),
    ("أدى الانفجار إلى مقتل 3 وإصابة 5 آخرين في كركوك.", 3, 5, None, None),
    ("أدت الغارة إلى مقتل ٧ مدنيين وإصابة ١٥ آخرين.", 7, 15, None, None),
    ("قتل شخص وأصيب أربعة آخرون في هجوم بسكين في الخرطوم.", 1, 4, None, None),
    ("وأصيب 10 متظاهرين بجروح خلال تفريق الاعتصام.", None, 10, None, None),
    ("ارتفع عدد الجرحى إلى 40 في مستشفيات صنعاء.", None, 40, None, None),
    ("وقالت وزارة الصحة إن 66 مصابا تلقوا العلاج.", None, 66, None, None),
    # captured
    ("أعلنت الشرطة اعتقال 20 شخصا في بغداد.", None, None, 20, None),
    ("تمكنت القوات من أسر 7 من عناصر الميليشيا في تعز.", None, None, 7, None),
    ("ألقت قوات الأمن القبض على 4 مطلوبين في البصرة.", None, None, 4, None),
    ("قالت المنظمة إن السلطات السودانية احتجزت 35 ناشطا في أم درمان.", None, None, 35, None),
    ("أفرجت الحكومة عن 20 معتقلا من سجن في طرابلس.", None, None, None, None),
    ("تبادلت القوات 8 أسرى مع الفصائل بوساطة محلية.", None, None, None, None),
    # strikes
    ("شن التحالف 12 غارة على مواقع في صنعاء.", None, None, None, 12),
    ("نفذت الطائرات 5 ضربات جوية على مواقع التنظيم في الأنبار.", None, None, None, 5),
    ("شنت المقاتلات غارتين على بلدة خان شيخون.", None, None, None, 2),
    ("شنت طائرة حربية غارة على منطقة جارف غرب سرت.", None, None, None, 1),
    # numbers that do not count casualties
    ("قتل طفل يبلغ من العمر 12 عاما في قصف على إدلب.", 1, None, None, None),
    ("تقع البلدة على بعد 180 كم جنوب بغداد.", None, None, None, None),
    ("قدرت الخسائر بقيمة 5 ملايين دولار في ميناء الحديدة.", None, None, None, None),
    ("اتفق الطرفان في 23 فبراير على تبادل الجثامين.", None, None, None, None),
    ("ودعا البيان إلى تطبيق القرار 2254 في سوريا.", None, None, None, None),
    ("وتمركزت عناصر اللواء 155 في محيط المدينة منذ عام 2015.", None, None, None, None),
    ("ولم يسقط أي قتيل في الهجوم على القاعدة.", None, None, None, None),
    ("مقتل 3 أشخاص في غزة عام 2019 حسب التقرير.", 3, None, None, None),
]


@pytest.mark.parametrize(("sentence", "killed", "wounded", "captured", "strikes"), CASES)
def test_counts(
    sentence: str, killed: int | None, wounded: int | None, captured: int | None, strikes: int | None
) -> None:
    counts = find_counts(sentence)
    assert (counts.killed, counts.wounded, counts.captured, counts.strikes) == (killed, wounded, captured, strikes)
    for span in counts.evidence:
        assert sentence[span.start : span.end] == span.text


def test_killed_and_wounded_together_are_not_split() -> None:
    counts = find_counts("أسفر القصف على الحديدة عن مقتل وإصابة 12 مدنيا.")
    assert (counts.killed, counts.wounded, counts.casualties) == (None, None, 12)
    assert counts.evidence[0].text == "مقتل وإصابة 12"
    mixed = find_counts("أسفرت المواجهات عن 9 بين قتيل وجريح.")
    assert (mixed.killed, mixed.wounded, mixed.casualties) == (None, None, 9)


def test_combined_figure_with_a_separate_killed_figure() -> None:
    counts = find_counts("أسفر الهجوم عن مقتل وإصابة 12 شخصا، بينهم 3 قتلى من الشرطة.")
    assert (counts.killed, counts.casualties) == (3, 12)


def test_vague_quantities_are_flagged() -> None:
    counts = find_counts("أسفرت الغارات عن مقتل العشرات وإصابة المئات في الغوطة.")
    assert (counts.killed, counts.wounded) == (None, None)
    assert counts.vague and set(counts.vague_categories) == {"killed", "wounded"}
    some = find_counts("وأدى الاشتباك إلى سقوط عدد من الجرحى في صفوف القوات.")
    assert some.wounded is None and some.vague_categories == ("wounded",)
    exact = find_counts("قتل 4 أشخاص وأصيب العشرات في انفجار ببغداد.")
    assert (exact.killed, exact.wounded, exact.vague_categories) == (4, None, ("wounded",))


def test_counts_are_per_sentence() -> None:
    first = find_counts("قتل 5 أشخاص في سوق الحلة.")
    second = find_counts("وفي حادث منفصل، قتل شخصان في كربلاء.")
    assert (first.killed, second.killed) == (5, 2)
    assert find_counts("لا أرقام في هذه الجملة.").evidence == ()


@pytest.mark.parametrize("sentence", ["وقالت الحكومة إن الجيش حيّد 203 إرهابيين في عملية عسكرية",
                                      "أعلنت وزارة الدفاع تحييد 203 مسلحين شمال البلاد"])
def test_those_neutralised_are_counted_as_killed(sentence: str) -> None:
    assert find_counts(sentence).killed == 203
