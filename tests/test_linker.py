"""Gazetteer matching and linking over invented news sentences."""

from __future__ import annotations

import datetime as dt

from rasd.entities.linker import LinkContext, LinkedMention, find_mentions
from rasd.text.tokens import tokenize


def link(sentence: str, context: LinkContext, tags: list[str] | None = None) -> list[LinkedMention]:
    return find_mentions([t.text for t in tokenize(sentence)], tags, context)


def ids(mentions: list[LinkedMention]) -> list[str]:
    return [m.entity.id for m in mentions]


def test_clitics_and_places() -> None:
    ctx = LinkContext(date=dt.date(2020, 6, 1))
    found = link("وصلت تعزيزات لسرت والجفرة، وانسحبت قوات بمصراتة وبأردوغان.", ctx)
    assert ids(found) == ["gn:2210554", "adm:LY.64", "gn:2214846", "p:erdogan"]
    assert [m.label for m in found] == ["LOC", "LOC", "LOC", "PERS"]
    sirte = found[0]
    assert (sirte.start, sirte.end, sirte.text) == (2, 3, "لسرت")


def test_titles_are_skipped_and_names_kept() -> None:
    found = link("واستقبل المشير خليفة حفتر في مقره الوفد.", LinkContext())
    assert [(m.text, m.entity.name) for m in found] == [("خليفة حفتر", "Khalifa Haftar")]


def test_role_phrases_resolve_to_the_holder_on_the_date() -> None:
    found = link("بحث الأمين العام للأمم المتحدة الأزمة مع وزير الدفاع التركي اليوم.",
                 LinkContext(date=dt.date(2020, 3, 10)))
    assert [m.entity.name for m in found] == ["António Guterres", "Hulusi Akar"]
    assert all(m.label == "PERS" for m in found)
    earlier = link("دعا الأمين العام للأمم المتحدة إلى التهدئة.", LinkContext(date=dt.date(2012, 1, 5)))
    assert earlier[0].entity.name == "Ban Ki-moon"


def test_title_followed_by_name_is_one_mention() -> None:
    found = link("قال وزير الخارجية الروسي سيرغي لافروف إن بلاده مستعدة.",
                 LinkContext(date=dt.date(2019, 1, 1)))
    assert len(found) == 1 and found[0].entity.name == "Sergey Lavrov"
    assert found[0].text == "وزير الخارجية الروسي سيرغي لافروف"


def test_counterpart_resolves_through_the_last_role() -> None:
    ctx = LinkContext(date=dt.date(2020, 1, 8))
    found = link("بحث وزير الخارجية التركي مع نظيره الروسي الوضع في إدلب.", ctx)
    assert ids(found)[:2] == ["p:cavusoglu", "p:lavrov"]


def test_nationality_adjective_names_the_state() -> None:
    found = link("أسقطت الدفاعات طائرة روسية مسيرة.", LinkContext())
    assert ids(found) == ["RUS"] and found[0].label == "MISC"
    assert ids(link("نشر الجيش التركي قوات إضافية.", LinkContext())) == ["TUR"]


def test_libyan_army_depends_on_the_article() -> None:
    neutral = LinkContext(date=dt.date(2019, 5, 1), text="تقدم الجيش الليبي نحو العاصمة بقيادة المشير.")
    assert ids(link("تقدم الجيش الليبي نحو العاصمة.", neutral)) == ["org:lna"]
    framed = LinkContext(date=dt.date(2020, 5, 1),
                         text="قالت حكومة الوفاق إن الجيش الليبي صد هجوم مليشيات حفتر.")
    assert ids(link("صد الجيش الليبي الهجوم.", framed)) == ["org:gna"]


def test_tripoli_follows_the_country_of_the_article() -> None:
    assert ids(link("انفجار في طرابلس.", LinkContext()))[0] == "gn:2210247"
    lebanon = LinkContext(text="أعلن الجيش اللبناني توقيف مطلوبين في طرابلس شمال لبنان.")
    assert ids(link("انفجار في طرابلس.", lebanon))[0] == "gn:266826"


def test_bare_surname_refers_to_the_person_met_earlier() -> None:
    ctx = LinkContext()
    tags = ["O", "B-PERS", "I-PERS", "O", "O"]
    first = link("وصرح زغلول البرعصي للصحفيين .", ctx, tags)
    assert first[0].entity.linked is False and first[0].label == "PERS"
    later = link("وأضاف البرعصي أن الوضع هادئ.", ctx)
    assert later and later[0].entity is first[0].entity


def test_unknown_ner_spans_get_romanised_entities() -> None:
    tokens = ["هاجمت", "كتيبة", "الفاروق", "بلدة", "قرقوزة"]
    tags = ["O", "B-ORG", "I-ORG", "O", "B-LOC"]
    found = find_mentions(tokens, tags, LinkContext())
    assert [m.label for m in found] == ["ORG", "LOC"]
    assert found[0].entity.name == "Katiba al-Farouk" and found[0].entity.kind == "organization"
    assert found[1].entity.name.isascii() and found[1].score < 0.6


def test_igos_and_armed_groups() -> None:
    found = link("رحبت بعثة الأمم المتحدة للدعم في ليبيا بانسحاب مرتزقة فاغنر والجنجويد من هون.",
                 LinkContext(date=dt.date(2020, 9, 1)))
    names = [m.entity.name for m in found]
    assert names == ["United Nations Support Mission in Libya", "Wagner Group", "Janjaweed", "Hun"]


def test_region_beyond_libya() -> None:
    found = link("قصفت جماعة الحوثي مأرب، وقال المتحدث باسم التحالف تركي المالكي إن قوات التحالف ردت.",
                 LinkContext(date=dt.date(2021, 2, 10)))
    assert ids(found)[:3] == ["org:houthis", "gn:72968", "p:turki_maliki"]


def test_financial_is_mali_only_in_an_article_about_mali() -> None:
    sentence = "وأعلنت الحكومة تقديم دعم مالي للمتضررين وفرض عقوبات مالية على الشركات."
    assert "MLI" not in ids(link(sentence, LinkContext(text=sentence)))
    article = "شنت طائرات فرنسية غارات شمال مالي، وقالت باماكو إن القوات المالية تقدمت."
    assert ids(link(article, LinkContext(text=article))).count("MLI") >= 2


def test_a_libyan_place_that_is_a_common_word_is_a_place_only_in_a_libyan_report() -> None:
    sentence = "وتجمع المحتجون قرب المنطقة الخضراء في بغداد، ورفعوا الراية البيضاء."
    assert not [m for m in link(sentence, LinkContext(text=sentence)) if m.entity.country == "LBY"]
    libyan = "وصلت قوات حكومة الوفاق الليبية إلى مدينة البيضاء شرق ليبيا."
    assert "LBY" in {m.entity.country for m in link(libyan, LinkContext(text=libyan)) if m.entity.is_place}


def test_a_bare_military_council_is_the_state_the_article_is_about() -> None:
    text = ("أعلن الجيش التشادي مقتل الرئيس إدريس ديبي في نجامينا. وتولى المجلس العسكري الانتقالي السلطة في تشاد، "
            "وقال المجلس العسكري إنه سيحكم البلاد 18 شهرا.")
    context = LinkContext(text=text)
    link("أعلن الجيش التشادي مقتل الرئيس إدريس ديبي في نجامينا.", context)
    found = link("وقال المجلس العسكري إنه سيحكم البلاد 18 شهرا.", context)
    assert [m.entity.id for m in found if m.text == "المجلس العسكري"] == ["TCD"]


def test_an_unnamed_military_force_is_the_state_the_article_is_about() -> None:
    first = "أعلن الجيش السوداني حالة الطوارئ في الخرطوم وأم درمان وكل أنحاء السودان."
    text = first + " واقتادت قوة عسكرية رئيس الوزراء إلى جهة مجهولة."
    context = LinkContext(text=text)
    link(first, context)
    found = link("واقتادت قوة عسكرية رئيس الوزراء إلى جهة مجهولة.", context)
    assert [m.entity.id for m in found if m.text == "قوة عسكرية"] == ["SDN"]


def test_the_bare_alliance_is_nato_only_where_nato_is_named() -> None:
    text = "شنت طائرات حلف شمال الأطلسي غارات على مواقع في مصراتة، ودعا المجلس الحلف إلى تكثيف ضرباته."
    assert "org:nato" in [m.entity.id for m in link("ودعا المجلس الحلف إلى تكثيف ضرباته.", LinkContext(text=text))]
    other = "ودعا الحزب الحلف الحاكم إلى الحوار."
    assert "org:nato" not in ids(link(other, LinkContext(text=other)))


def test_the_arab_league_council_and_a_bare_counter_terrorism_service_in_iraq() -> None:
    ctx = LinkContext(text="معارك الموصل بين القوات العراقية وتنظيم داعش")
    found = link("وتوغلت قوات جهاز مكافحة الإرهاب في المدينة القديمة", ctx)
    assert "Iraqi Counter-Terrorism Service" in {m.entity.name for m in found}
    found = link("ويعقد مجلس وزراء الخارجية العرب اجتماعا طارئا", LinkContext())
    assert "Arab League" in {m.entity.name for m in found}


def test_fact_is_its_own_group_not_any_chadian_rebel() -> None:
    found = link('في المقابل، رفضت جبهة "فاكت" ما وصفته بالتوريث.', LinkContext())
    assert "Front for Change and Concord in Chad" in {m.entity.name for m in found}
    found = link("وأعلنت جبهة التغيير والوفاق في تشاد أن مقاتليها في طريقهم إلى نجامينا.", LinkContext())
    assert "Front for Change and Concord in Chad" in {m.entity.name for m in found}


def test_a_national_security_council_is_its_states_not_the_un_security_council() -> None:
    found = link("وقال مجلس الأمن القومي الأمريكي إن واشنطن تدرس الرد، ودعا مجلس الأمن الدولي إلى التهدئة.",
                 LinkContext())
    assert ids(found)[0] == "USA" and "org:unsc" in ids(found)
    first = "أعلن الجيش التونسي إغلاق المعبر مع ليبيا، وقالت وزارة الدفاع التونسية إن الجيش التونسي يراقب الحدود."
    context = LinkContext(text=first + " وعقد الرئيس اجتماعا لمجلس الأمن القومي.")
    link(first, context)
    later = link("وعقد الرئيس اجتماعا لمجلس الأمن القومي.", context)
    assert [m.entity.id for m in later if "الأمن" in m.text] == ["TUN"]
    assert "org:unsc" not in ids(link("وعقد الرئيس اجتماعا لمجلس الأمن الوطني.", LinkContext()))


def test_a_body_and_its_states_adjective_are_one_mention() -> None:
    text = "سيطرت قوات الحكومة اليمنية على مواقع للحوثيين في الحديدة بعد معارك مع الحوثيين قرب صنعاء وتعز."
    context = LinkContext(text=text)
    found = link(text, context)
    bodies = [m for m in found if m.text.startswith("قوات")]
    assert [m.text for m in bodies] == ["قوات الحكومة اليمنية"] and "YEM" not in ids(found)


def test_the_regimes_forces_in_a_report_about_syria_are_syrias() -> None:
    text = ("قالت وزارة الدفاع التركية إن جنديين تركيين قتلا في إدلب، فيما ناقشت أنقرة وموسكو الهدنة. "
            "وقال ناشطون إن قوات النظام قصفت أطراف بلدة سراقب.")
    context = LinkContext(text=text)
    link("قالت وزارة الدفاع التركية إن جنديين تركيين قتلا في إدلب، فيما ناقشت أنقرة وموسكو الهدنة.", context)
    found = link("وقال ناشطون إن قوات النظام قصفت أطراف بلدة سراقب.", context)
    assert [m.entity.id for m in found if m.text == "قوات النظام"] == ["SYR"]


def test_civilians_counted_in_the_hundreds_are_civilians() -> None:
    # from eleven on Arabic counts with a singular noun: "300 مدني"
    found = link("واتهمت المنظمة الجيش بإعدام نحو 300 مدني في البلدة.", LinkContext())
    assert "grp:civilians" in ids(found)


def test_the_opposition_factions_in_a_report_about_syria_are_the_syrian_opposition() -> None:
    text = "سيطرت قوات النظام السوري على معبر نصيب في درعا بعد انسحاب فصائل المعارضة منه."
    assert "org:syria_opposition" in ids(link(text, LinkContext(text=text)))
    elsewhere = "وانسحبت فصائل المعارضة من البلدة بعد معارك مع الجيش."
    assert "org:syria_opposition" not in ids(link(elsewhere, LinkContext(text=elsewhere)))


def test_a_party_named_in_quotes_after_its_head_noun_is_found() -> None:
    found = link('واتهم حزب الله حزب "القوات اللبنانية" بالوقوف وراء الكمين.', LinkContext())
    assert "org:lebanese_forces" in ids(found) and "LBN" not in ids(found)
