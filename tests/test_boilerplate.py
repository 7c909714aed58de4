"""Boilerplate removal: invented news-style examples for each kind, untouched prose, idempotence."""

from __future__ import annotations

import pytest

from rasd.text.boilerplate import Cleaned, strip_boilerplate

BODY = (
    "أعلنت وزارة الصحة في مدينة حمص، الأحد، ارتفاع عدد الإصابات بالحمى إلى 40 حالة.\n"
    "وقال مسؤول في الوزارة إن فرقا طبية وصلت إلى الأحياء الشرقية لتقديم المساعدة."
)


def kinds(cleaned: Cleaned) -> list[str]:
    return [r.kind for r in cleaned.removed]


def test_plain_article_is_untouched() -> None:
    text = (
        "شارك آلاف المتظاهرين، الجمعة، في مسيرة وسط العاصمة الأردنية احتجاجا على رفع الأسعار.\n"
        "ورفض المتحدث باسم الحكومة التعليق على المطالب، فيما قال ناشط إن أي تعليق لن يغير شيئا.\n"
        "\n"
        "ونقلت وكالة الأنباء الروسية (تاس) عن مصدر دبلوماسي أن الاجتماع تأجل.\n"
        "مخاوف من التصعيد\n"
        "11 أكتوبر\n"
        "ونشرت الشرطة صورا على فيسبوك وتويتر تظهر آثار الحريق."
    )
    cleaned = strip_boilerplate(text)
    assert cleaned.text == text
    assert cleaned.removed == [] and cleaned.credits == []


def test_comment_and_share_widgets_are_removed() -> None:
    text = (
        "عنوان الخبر عن حمص\n\n5 تعليقات أرسل لصديق نسخة للطباعة\n\n" + BODY
        + "\n\nشاركنا ..\n\nإعجاب تحميل...\n\nأضف تعليقاً\n\nلن يتم نشر بريدك الإلكتروني. الحقول الإلزامية"
        " مشار إليها بـ *\n\n3 تعليق"
    )
    cleaned = strip_boilerplate(text)
    assert cleaned.text == "عنوان الخبر عن حمص\n\n" + BODY
    assert set(kinds(cleaned)) == {"comments", "share"}
    assert [r.line for r in cleaned.removed][:1] == [2]


def test_follow_us_line_and_app_promo() -> None:
    text = BODY + "\nتابعوا أخبار الساحل على مواقع التواصل الاجتماعي\nحمّل تطبيق الموقع الآن على هاتفك"
    cleaned = strip_boilerplate(text)
    assert cleaned.text == BODY
    assert kinds(cleaned) == ["share", "promo"]


def test_social_embeds() -> None:
    text = (
        BODY + "\nFacebook Post\n|\n"
        "نحن على الأرض منذ الفجر pic.twitter.com/Ab12Cd34 — Ahmad Salem (@ahmad_s) June 7, 2019\n"
        "ومن المنتظر أن يصل وفد حكومي إلى المدينة غدا."
    )
    cleaned = strip_boilerplate(text)
    assert "pic.twitter" not in cleaned.text and "@ahmad_s" not in cleaned.text
    assert "نحن على الأرض منذ الفجر" in cleaned.text
    assert "Facebook Post" not in cleaned.text
    assert {"social", "separator"} <= set(kinds(cleaned))


def test_dateline_is_cut_and_the_sentence_kept() -> None:
    text = "حلب - (رويترز) - قال شهود إن قصفا استهدف سوقا شعبيا في المدينة صباح الثلاثاء.\n" + BODY
    cleaned = strip_boilerplate(text)
    assert cleaned.text.startswith("قال شهود إن قصفا")
    assert cleaned.credits == ["Reuters"]
    assert cleaned.removed[0].kind == "byline" and "رويترز" in cleaned.removed[0].text


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("الخرطوم - أ ش أ: أكد وزير الري أن مستوى النهر بلغ حدا قياسيا.", "MENA"),
        ("طرابلس، لبنان (CNN)-- أكد وزير الري أن مستوى النهر بلغ حدا قياسيا.", "CNN"),
        ("عمّان - «القدس العربي»: أكد وزير الري أن مستوى النهر بلغ حدا قياسيا.", "Al-Quds Al-Arabi"),
        ("إربد – «صوت الشمال»: أكد وزير الري أن مستوى النهر بلغ حدا قياسيا.", "صوت الشمال"),
        ("دمشق – سانا: أكد وزير الري أن مستوى النهر بلغ حدا قياسيا.", "SANA"),
    ],
)
def test_dateline_shapes(line: str, credit: str) -> None:
    cleaned = strip_boilerplate(line + "\n" + BODY)
    assert cleaned.text.startswith("أكد وزير الري")
    assert cleaned.credits == [credit]


def test_sentence_naming_an_agency_is_not_a_dateline() -> None:
    text = "قالت وكالة رويترز: إن المحادثات انتهت دون اتفاق.\n" + BODY
    assert strip_boilerplate(text).text == text


def test_agency_credit_lines_become_credits() -> None:
    text = BODY + "\n\n(أ ف ب، د ب أ، شينخوا)"
    cleaned = strip_boilerplate(text)
    assert cleaned.text == BODY
    assert cleaned.credits == ["AFP", "DPA", "Xinhua"]
    assert kinds(cleaned) == ["credit"]


def test_credit_after_last_sentence_and_source_line() -> None:
    text = BODY + " (الأناضول)\nالمصدر: وكالة الأنباء الكويتية"
    cleaned = strip_boilerplate(text)
    assert cleaned.text == BODY
    assert cleaned.credits == ["Anadolu", "وكالة الأنباء الكويتية"]


def test_byline_with_generic_agencies() -> None:
    text = "صدى الجنوب – وكالات\n" + BODY
    cleaned = strip_boilerplate(text)
    assert cleaned.text == BODY
    assert kinds(cleaned) == ["byline"] and cleaned.credits == []


def test_related_headlines_block() -> None:
    text = (
        BODY + "\nمواضيع ذات صلة\nانقطاع الكهرباء عن ثلاث محافظات\nالأمطار تغرق شوارع العاصمة\n"
        "وأكدت الوزارة أن الوضع تحت السيطرة.\nاقرأ أيضا: ارتفاع أسعار الخبز في الأسواق"
    )
    cleaned = strip_boilerplate(text)
    assert cleaned.text == BODY + "\nوأكدت الوزارة أن الوضع تحت السيطرة."
    assert kinds(cleaned) == ["related"] * 4


def test_dates_tags_captions_copyright() -> None:
    text = (
        "آخر تحديث: 14 آذار 2019 - 10:45 ص\n" + BODY + "\n(صورة أرشيفية)\nتصوير: سامر علي\n"
        "الكلمات الدالة: حمص، الحمى، الصحة\n#سوريا #حمص\nجميع الحقوق محفوظة لموقع الخبر 2019"
    )
    cleaned = strip_boilerplate(text)
    assert cleaned.text == BODY
    assert set(kinds(cleaned)) == {"date", "caption", "tags", "copyright"}


def test_photo_caption_inside_a_line_goes_alone() -> None:
    text = "وصل الرئيس إلى المطار (صورة أرشيفية) وسط إجراءات أمنية مشددة.\n" + BODY
    cleaned = strip_boilerplate(text)
    assert cleaned.text.splitlines()[0] == "وصل الرئيس إلى المطار وسط إجراءات أمنية مشددة."


def test_disclaimer_slogan_separator_counters() -> None:
    text = (
        "بوابة المدينة موقع إخباري مستقل يهتم بشؤون الخليج\n"
        "موقع إخباري مستقل يهتم بشؤون الخليج\n0 12\n" + BODY
        + "\n* نقلا عن صحيفة الوطن\n** جميع الآراء المنشورة تعبر عن رأي أصحابها فقط.\n*****"
    )
    cleaned = strip_boilerplate(text)
    assert cleaned.text == "بوابة المدينة موقع إخباري مستقل يهتم بشؤون الخليج\n" + BODY
    assert {"slogan", "share", "credit", "disclaimer", "separator"} == set(kinds(cleaned))
    assert cleaned.credits == ["صحيفة الوطن"]


def test_line_structure_and_crlf_are_kept() -> None:
    text = "سطر أول من الخبر عن الفيضانات في الجنوب.\r\n\r\nاترك رداً\r\n\r\nسطر ثان عن عدد الضحايا.\r\n"
    cleaned = strip_boilerplate(text)
    assert cleaned.text == "سطر أول من الخبر عن الفيضانات في الجنوب.\r\n\r\nسطر ثان عن عدد الضحايا.\r\n"


@pytest.mark.parametrize(
    "text",
    [
        "بغداد - (أ ف ب) - أعلنت السلطات حظر التجول.\nالمصدر: رويترز\nتعليقات\n\n\n",
        "(CNN)\n\nقال مسؤول إن المعبر أغلق.\nفرانس24/ أ ف ب",
        "اقرأ أيضا:\nعنوان آخر\n\nعنوان ثالث\nالنص. (رويترز)",
        BODY,
        "",
    ],
)
def test_idempotent(text: str) -> None:
    once = strip_boilerplate(text)
    twice = strip_boilerplate(once.text)
    assert twice.text == once.text
    assert twice.removed == []
