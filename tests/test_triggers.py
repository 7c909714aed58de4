"""Trigger lexicon and matcher, on invented news-style sentences from several countries."""

from __future__ import annotations

import pytest

from rasd.events.triggers import PLOVER_TYPES, TriggerMatch, find_triggers, lexicon_patterns, token_readings
from rasd.text.tokens import tokenize


def words(sentence: str) -> list[str]:
    return [t.text for t in tokenize(sentence)]


def triggers(sentence: str) -> list[tuple[str, TriggerMatch]]:
    toks = words(sentence)
    return [(" ".join(toks[m.start : m.end]), m) for m in find_triggers(toks)]


# (sentence, type, surface words of the trigger, mode or None)
CASES = [
    ("وقصفت المدفعية التركية قرى في ريف عفرين شمالي سوريا.", "ASSAULT", "وقصفت", "shelling"),
    ("شن طيران التحالف غارات جوية على مواقع للحوثيين في صعدة.", "ASSAULT", "شن", None),
    ("قتل ثلاثة مدنيين بالقصف على أحياء شرق دير الزور.", "ASSAULT", "بالقصف", "shelling"),
    ("وأصيب جنديان في اشتباكات مع مسلحين قرب كركوك.", "ASSAULT", "اشتباكات", "armed clash"),
    ("سقط قتلى للاشتباكات الدائرة في جنوب العاصمة السودانية.", "ASSAULT", "للاشتباكات", "armed clash"),
    ("استهدفت طائرة مسيرة سيارة لقيادي في تنظيم القاعدة بمحافظة شبوة.", "ASSAULT", "استهدفت", "attack"),
    ("وأطلقت الفصائل الفلسطينية صواريخ من قطاع غزة باتجاه مستوطنات الغلاف.", "ASSAULT", "وأطلقت", None),
    ("أحكمت القوات الحكومية سيطرتها على مدينة تكريت بعد معارك ضارية.", "ASSAULT", "أحكمت القوات", None),
    ("انفجرت سيارة مفخخة قرب سوق شعبي في بغداد.", "ASSAULT", "سيارة مفخخة", "bombing"),
    ("تمكنت قوات الحكومة من صد هجوم للمتمردين على بلدة في دارفور.", "ASSAULT", "صد هجوم", "defence"),
    ("وصلت تعزيزات عسكرية كبيرة إلى محيط مدينة الحديدة.", "MOBILIZE", "تعزيزات عسكرية", "reinforcements"),
    ("أجرت القوات البحرية مناورات عسكرية في الخليج.", "MOBILIZE", "مناورات عسكرية", "exercise"),
    ("ودفعت الميليشيا بتعزيزات إلى جبهة نهم شرق صنعاء.", "MOBILIZE", "ودفعت الميليشيا بتعزيزات", None),
    ("اعتقلت قوات الأمن عشرات المحتجين في الخرطوم.", "COERCE", "اعتقلت", "arrest"),
    ("وألقت الشرطة القبض على ثلاثة مشتبه بهم في الموصل.", "COERCE", "القبض على", "arrest"),
    ("فرضت السلطات حظر التجول في مدينة عطبرة.", "COERCE", "فرضت السلطات حظر التجول", None),
    ("تواصل القوات حصار البلدة منذ أسابيع.", "COERCE", "حصار", "siege"),
    ("فرضت وزارة الخزانة الأمريكية عقوبات على قياديين في الميليشيا.", "SANCTION", "عقوبات", "sanctions"),
    ("وقررت الحكومة طرد دبلوماسيين من السفارة.", "SANCTION", "طرد دبلوماسيين", "expel diplomats"),
    ("أعلنت الدولتان قطع العلاقات الدبلوماسية بينهما.", "SANCTION", "قطع العلاقات الدبلوماسية", "cut ties"),
    ("خرج آلاف المتظاهرين في شوارع البصرة احتجاجا على انقطاع الكهرباء.", "PROTEST", "المتظاهرين", None),
    ("ونظم الأطباء وقفة احتجاجية أمام المستشفى في أم درمان.", "PROTEST", "وقفة احتجاجية", "sit-in"),
    ("أعلن المعلمون إضرابا مفتوحا في عدن.", "PROTEST", "إضرابا", "strike"),
    ("هدد زعيم الجماعة باستهداف السفن في البحر الأحمر.", "THREATEN", "هدد", "threat"),
    ("وتوعد الجيش برد حاسم على أي هجوم.", "THREATEN", "وتوعد", "threat"),
    ("اتهمت الحكومة اليمنية الحوثيين بعرقلة وصول الإغاثة.", "ACCUSE", "اتهمت", "accuse"),
    ("وحملت الوزارة الاحتلال المسؤولية الكاملة عن التصعيد.", "ACCUSE", "وحملت الوزارة", None),
    ("نفت قيادة العمليات المشتركة صحة الأنباء عن سقوط المدينة.", "REJECT", "نفت قيادة", None),
    ("رفضت الحركة المقترح المصري للتهدئة.", "REJECT", "رفضت", "reject"),
    ("أجلتا جولة المفاوضات إلى موعد لاحق.", "REJECT", "أجلتا", "postpone"),
    ("دعا المبعوث الأممي إلى وقف فوري للقتال في تعز.", "REQUEST", "دعا المبعوث", None),
    ("وطالبت منظمات حقوقية بالإفراج عن المعتقلين.", "REQUEST", "وطالبت", "demand"),
    ("اتفق الطرفان على تبادل الأسرى خلال أسبوع.", "AGREE", "اتفق الطرفان على", None),
    ("وقعت الحكومة والحركات المسلحة اتفاق سلام في جوبا.", "AGREE", "وقعت", "sign"),
    ("وجرى التوصل إلى اتفاق لوقف إطلاق النار في الجنوب.", "AGREE", "اتفاق لوقف إطلاق النار", "ceasefire"),
    ("وتم التوصل إلى اتفاق بين الفصائل في درعا.", "AGREE", "التوصل إلى اتفاق", "agreement"),
    ("التقى رئيس الوزراء العراقي السفير الإيراني في بغداد.", "CONSULT", "التقى", "meeting"),
    ("وبحث الرئيسان في اتصال هاتفي تطورات الأوضاع.", "CONSULT", "اتصال هاتفي", "phone"),
    ("يبدأ الوزير زيارة رسمية إلى الخرطوم غدا.", "CONSULT", "زيارة رسمية", "visit"),
    ("رحبت الجامعة العربية بمبادرة وقف التصعيد في غزة.", "SUPPORT", "رحبت", "welcome"),
    ("وأشاد الوزير بجهود الوساطة القطرية.", "SUPPORT", "وأشاد", "praise"),
    ("وأعلن الحزب تأييده لحكومة الوحدة.", "SUPPORT", "وأعلن الحزب تأييده", None),
    ("أعلنت الحركة وقف إطلاق النار من جانب واحد.", "CONCEDE", "أعلنت الحركة وقف إطلاق النار", None),
    ("أفرجت السلطات عن عشرات المعتقلين في صنعاء.", "CONCEDE", "أفرجت", "release"),
    ("وتبادلت الأطراف أسرى بوساطة الصليب الأحمر.", "CONCEDE", "وتبادلت الأطراف أسرى", None),
    ("أعلنت البلدان استئناف عمل السفارة في دمشق.", "COOPERATE", "استئناف عمل السفارة", "embassy"),
    ("بدأت دوريات مشتركة بين الجيشين على الحدود.", "COOPERATE", "دوريات مشتركة", "joint patrols"),
    ("وصلت قافلة مساعدات إلى مخيم للنازحين في الحسكة.", "AID", "قافلة مساعدات", "humanitarian"),
    ("تعهدت الدول المانحة بتقديم مساعدات إنسانية لليمن.", "AID", "مساعدات إنسانية", "humanitarian"),
    ("أعلنت الميليشيا انسحابها من مواقع جنوب المدينة.", "RETREAT", "انسحابها", None),
    ("ولاذ المسلحون بالفرار بعد وصول قوات الأمن.", "RETREAT", "ولاذ المسلحون بالفرار", None),
    ("انسحبت القوات من قاعدة جوية قرب الرمادي.", "RETREAT", "انسحبت", "withdrawal"),
    ("وقتل جنديان في انفجار شاحنة مفخخة عند حاجز للجيش.", "ASSAULT", "انفجار شاحنة مفخخة", "bombing"),
    ("وانتشرت وحدات من الحرس الجمهوري في محيط القصر.", "MOBILIZE", "وانتشرت", "deployment"),
    ("وعقد مجلس السلم والأمن الأفريقي جلسة طارئة أمس.", "CONSULT", "وعقد مجلس السلم والأمن الأفريقي جلسة", "meeting"),
    ("وسمحت تونس للطائرات الأمريكية بعبور أجوائها.", "COOPERATE", "وسمحت تونس للطائرات الأمريكية بعبور", "transit"),
    ("وأرسلت ألمانيا طائرتي نقل عسكريتين إلى باماكو.", "AID", "وأرسلت ألمانيا طائرتي نقل", "logistics"),
    ("وأعلن المجلس العسكري وقف التفاوض مع المعارضة.", "REJECT", "وقف التفاوض", "suspend talks"),
    ("وتبنت الحركة الهجوم في بيان، متوعدة بمزيد من العمليات.", "THREATEN", "متوعدة", "threat"),
    ("وأكدت الوزارة دعمها للحكومة، منددة بما وصفته بالتدخل الأجنبي.", "ACCUSE", "منددة", "condemn"),
    ("وهو ما نفاه مصدر عسكري في تصريح صحفي.", "REJECT", "نفاه", "deny"),
    ("وأجرى وزير الخارجية القطري اتصالين بنظيريه المصري والأردني.", "CONSULT", "وأجرى", "phone"),
    ("وتواصل القوات تطويق جيوب المسلحين في الأحياء الشرقية.", "COERCE", "تطويق", "siege"),
    ("وعبر مئات الجنود الحدود إلى تشاد فرارا من المعارك.", "RETREAT", "فرارا", "flee"),
    ("وقال المتحدث إن أي سفينة تقترب من المياه الإقليمية ستكون هدفا مشروعا.", "THREATEN", "هدفا مشروعا", "threat"),
    ("ووجهت المنظمة نداء إلى المانحين لتمويل خطة الاستجابة.", "REQUEST", "ووجهت", "appeal"),
    ("ويدعوهما إلى وقف الأعمال العدائية فورا.", "REQUEST", "ويدعوهما", "call"),
    ("وأقامت القوات المسلحة حزاما أمنيا حول المعبر الحدودي.", "MOBILIZE", "وأقامت", "deployment"),
    ("وأكد أن قوات الجيش حققت تقدما كبيرا على محور الساحل الغربي.", "ASSAULT", "حققت", "offensive"),
    ("وقال مصدر مطلع إن القاهرة سترسل وفدا أمنيا إلى غزة الأسبوع المقبل.", "CONSULT", "سترسل", "visit"),
    ("ويبدأ وزير الخارجية الأمريكي غدا جولة خليجية تشمل الرياض والدوحة.", "CONSULT", "جولة خليجية", "visit"),
    ("وأعلن الرئيس حالة الطوارئ في البلاد لمدة ثلاثة أشهر.", "COERCE", "وأعلن", "state of emergency"),
    ("ورشق المحتجون قوات الأمن بالحجارة أمام مبنى البرلمان.", "ASSAULT", "ورشق", "stone throwing"),
    ("وقال المتحدث إن واشنطن لا تستبعد فرض عقوبات جديدة على قادة الانقلاب.", "THREATEN", "لا", "sanctions"),
]


@pytest.mark.parametrize(("sentence", "type_", "surface", "mode"), CASES)
def test_trigger_found(sentence: str, type_: str, surface: str, mode: str | None) -> None:
    found = [(text, m) for text, m in triggers(sentence) if m.type == type_]
    assert found, f"no {type_} in {triggers(sentence)}"
    heads = [text for text, _ in found]
    first = surface.split()[0]
    assert any(text == surface or text.startswith(first) or first in text.split() for text in heads), heads
    if mode is not None:
        assert any(m.mode == mode for _, m in found)


def test_every_type_is_covered() -> None:
    assert {c[1] for c in CASES} == set(PLOVER_TYPES)
    lexicon_types = {type_ for _, type_ in lexicon_patterns()}
    assert lexicon_types == set(PLOVER_TYPES)
    assert len(lexicon_patterns()) >= 400


def test_longest_match_wins_and_tokens_are_not_shared() -> None:
    found = triggers("أعلن الجيش وقف إطلاق النار في الجبهات كافة.")
    assert [m.type for _, m in found] == ["CONCEDE"]
    toks = words("شنت المقاتلات غارة جوية على مخزن للأسلحة")
    matches = find_triggers(toks)
    assert [(m.type, m.mode) for m in matches] == [("ASSAULT", "aerial")]
    assert matches[0].end - matches[0].start == 4  # VSO: the subject sits inside شنت ... غارة جوية
    covered = [i for m in find_triggers(words("قصف وغارات واشتباكات ومعارك")) for i in range(m.start, m.end)]
    assert len(covered) == len(set(covered)) == 4


@pytest.mark.parametrize(
    "sentence",
    [
        "وتحدث القائد عن قواعد الاشتباك في المنطقة.",
        "وتنتمي هذه الفصائل إلى الحشد الشعبي.",
        "وانتقلت السيطرة إلى هيئة تحرير الشام منذ أعوام.",
        "صدر بحق المدان حكم بعقوبة الإعدام.",
        "تجمع القوات في ثكناتها.",
        "عقد المتحدث مؤتمرا صحفيا في بغداد.",
        "نشرت الصحيفة تقريرا عن الاقتصاد.",
        "وبحث الباحثون في أسباب الظاهرة.",
        "واستقبلت مستشفيات المدينة عشرات الجرحى.",
        "واستقبلت تشاد آلاف اللاجئين السودانيين.",
    ],
)
def test_background_and_names_do_not_fire(sentence: str) -> None:
    strong = [(text, m.type) for text, m in triggers(sentence) if m.weight >= 0.5]
    assert strong == []


def test_clitics_and_spellings() -> None:
    assert "قصف" in token_readings("وبالقصف") or "القصف" in token_readings("وبالقصف")
    assert "حث" not in token_readings("بحث")
    found = triggers("واعتقلتهم الشرطه فى مدينه الفاشر")  # ta marbuta / alef maqsura variants
    assert [m.type for _, m in found] == ["COERCE"]
    assert [m.type for _, m in triggers("ستقصف الطائرات المواقع")] == ["ASSAULT"]


def test_no_student_or_taliban_as_demand() -> None:
    assert all(m.type != "REQUEST" for _, m in triggers("قالت حركة طالبان إنها ستواصل القتال"))


def test_a_phrase_passes_over_a_time_adverbial_set_off_by_commas() -> None:
    words = [t.text for t in tokenize("أطلق الحرس الثوري، فجر اليوم الأربعاء، أكثر من عشرة صواريخ على القاعدة")]
    found = find_triggers(words)
    assert [(m.type, m.kind, words[m.start]) for m in found] == [("ASSAULT", "verb", "أطلق")]
    assert words[found[0].end - 1] == "صواريخ"
    # any other aside still ends the phrase
    other = [t.text for t in tokenize("أطلق الحرس الثوري، بحسب مصادر محلية، أكثر من عشرة صواريخ")]
    assert not [m for m in find_triggers(other) if m.type == "ASSAULT" and m.start == 0]


@pytest.mark.parametrize(("sentence", "kind"), [
    ("كما أشادت كل من الإمارات والسعودية بالاتفاق", "verb"),  # not the noun إشادة with a pronoun
    ("وأعرب الوزير عن إشادته بالجهود المصرية", "noun"),
    ("تظاهرت آلاف النساء في الخرطوم", "verb"),
])
def test_a_feminine_past_verb_is_not_read_as_a_noun_with_a_pronoun(sentence: str, kind: str) -> None:
    assert [m.kind for m in find_triggers(words(sentence))][:1] == [kind]


@pytest.mark.parametrize("sentence", ["كما دانها الاتحاد الأوروبي", "الأردن ومصر يدينان العملية العسكرية",
                                      "وأدانتها الخارجية القطرية"])
def test_condemning_with_an_object_pronoun_or_in_the_dual(sentence: str) -> None:
    assert [m.type for m in find_triggers(words(sentence))][:1] == ["ACCUSE"]


def test_a_call_to_condemn_is_not_read_as_a_condemnation_with_a_pronoun() -> None:
    found = find_triggers(words("وطالبت المجتمع الدولي بإدانة الهجوم"))
    assert [m.kind for m in found if m.type == "ACCUSE"] == ["noun"]


def test_military_supplies_are_reinforcements_and_medical_supplies_aid() -> None:
    assert [m.type for m in find_triggers(words("رصدت وصول إمدادات عسكرية إلى مدينة طبرق"))] == ["MOBILIZE"]
    assert [m.type for m in find_triggers(words("نقلت المنظمة إمدادات طبية إلى المستشفى"))] == ["AID"]


def test_having_nothing_to_do_with_an_attack_is_a_denial() -> None:
    found = find_triggers(words("أكد المسؤولون الروس أنهم لا علاقة لهم بالهجوم"))
    assert [m.type for m in found][:1] == ["REJECT"]


@pytest.mark.parametrize("sentence", ["وأعلن المجلس الجديد فرض حظر للتجول من التاسعة مساء", "فرضت السلطات حظرا للتجول",
                                      "وفرض الجيش حظر التجوال في المدينة"])
def test_curfews_in_their_spellings(sentence: str) -> None:
    assert [m.type for m in find_triggers(words(sentence))] == ["COERCE"]


def test_troops_counted_from_eleven_are_in_the_accusative() -> None:
    found = find_triggers(words("أمر الرئيس بنشر ٤٥ جنديا في جوبا"))
    assert [m.type for m in found] == ["MOBILIZE"]


@pytest.mark.parametrize("sentence", ["وجهت أنقرة عدة طائرات مسيرة لضرب خط إمداد", "وجه الجيش ضربات جوية للمسلحين"])
def test_directing_drones_or_strikes_is_an_attack(sentence: str) -> None:
    assert [(m.type, m.start) for m in find_triggers(words(sentence))][:1] == [("ASSAULT", 0)]  # the verb directs


@pytest.mark.parametrize("sentence", ["مخطط إردوغان يهدد الأمن والسلم في المنطقة", "الألغام التي تهدد حياة المدنيين"])
def test_endangering_is_no_threat(sentence: str) -> None:
    assert not [m for m in find_triggers(words(sentence)) if m.type == "THREATEN"]


def test_a_crowd_of_supporters_is_no_troop_build_up() -> None:
    assert not [m for m in find_triggers(words("وقال البشير أمام حشد من أنصاره في الخرطوم إن المعركة مستمرة"))
                if m.type == "MOBILIZE"]
    assert [m.type for m in find_triggers(words("حشد الجيش قوات كبيرة قرب الحدود"))] == ["MOBILIZE"]


def test_troops_or_medicine_sent_are_a_deployment_or_aid() -> None:
    sent = find_triggers(words("أعلنت وزارة الدفاع إرسال عدد محدود من الجنود الإضافيين إلى المنطقة"))
    assert [m.type for m in sent] == ["MOBILIZE"]
    assert "AID" in [m.type for m in find_triggers(words("وأرسلت الكويت طائرة تحمل أطباء وأدوية إلى الخرطوم"))]


@pytest.mark.parametrize(("sentence", "kind"), [
    ("وقال المتحدث إن الهجوم لن يمر دون رد", "THREATEN"),
    ("وأكد أن أي تصعيد سيقابل بالمثل", "THREATEN"),
    ("وحذر من أن القوات سترد بقوة على أي خرق", "THREATEN"),
    ("وأكد أن المغرب سيرد بأقصى درجات الصرامة على أي تهديد لأمنه", "THREATEN"),
    ("وينص الاتفاق على أن تسحب الولايات المتحدة جميع قواتها خلال عام", "RETREAT"),
    ("وأضرم مسلحون النار في عدد من المنازل", "ASSAULT"),
    ("وانطلقت أول دورية مشتركة روسية تركية على الطريق الدولي", "COOPERATE"),
    ("وأعلنت الشركة استئناف الرحلات إلى العاصمة الأسبوع المقبل", "COOPERATE"),
    ("وقال الجيش إن المسلحين استولوا على البلدة", "ASSAULT"),
    ("وأحرق المسلحون عشرات المنازل في القرية", "ASSAULT"),
    ("واتهمت المنظمة الميليشيا بالتهجير القسري للسكان", "COERCE"),
    ("ونسفت القوات منزل منفذ الهجوم", "ASSAULT"),
    ("واستنفرت الميليشيا عناصرها في شوارع العاصمة", "MOBILIZE"),
    ("وأنذر الجيش السكان بإخلاء منازلهم", "THREATEN"),
])
def test_warnings_withdrawals_arson_joint_patrols_flights_and_seizures(sentence: str, kind: str) -> None:
    assert kind in [m.type for m in find_triggers(words(sentence))]
