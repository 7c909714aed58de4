"""Status, negation and attribution read around a trigger, on invented sentences."""

from __future__ import annotations

import pytest

from rasd.events.status import StatusReading, clause_bounds, find_cues, read_status
from rasd.events.triggers import find_triggers
from rasd.text.tokens import tokenize


def reading(sentence: str, type_: str, nth: int = 0) -> StatusReading:
    toks = [t.text for t in tokenize(sentence)]
    matches = [m for m in find_triggers(toks) if m.type == type_]
    assert matches, f"no {type_} trigger in {sentence}"
    return read_status(toks, matches[nth])


CASES = [
    # (sentence, type, status, negated, attribution or None)
    ("قصفت المدفعية مواقع المسلحين في ريف حماة.", "ASSAULT", "asserted", False, None),
    ("وقالت مصادر عسكرية إن طائرات التحالف قصفت مواقع في صعدة.", "ASSAULT", "claimed", False,
     "مصادر عسكرية"),
    ("وذكرت وكالة الأناضول أن اشتباكات اندلعت في أحياء الموصل القديمة.", "ASSAULT", "claimed", False,
     "وكالة الأناضول"),
    ("واندلعت اشتباكات عنيفة في حي الشجاعية، بحسب شهود عيان.", "ASSAULT", "claimed", False, "شهود عيان"),
    ("واعتقلت الشرطة خمسة أشخاص، وفقا لوكالة الأنباء الرسمية.", "COERCE", "claimed", False,
     "وكالة الأنباء الرسمية"),
    ("وزعمت الجماعة أنها أسقطت طائرة استطلاع فوق مأرب.", "ASSAULT", "claimed", False, "الجماعة"),
    ("أعلن الجيش السوداني سيطرته على بلدة في جنوب كردفان.", "ASSAULT", "asserted", False, "الجيش السوداني"),
    ("وقال المتحدث باسم الجيش إن قواته انسحبت من المعبر.", "RETREAT", "asserted", False,
     "المتحدث باسم الجيش"),
    ("نفى الجيش الليبي أن تكون طائراته قد قصفت المطار.", "ASSAULT", "denied", False, "الجيش الليبي"),
    ("ونفت الوزارة قيام قواتها باعتقال الصحفي.", "COERCE", "denied", False, "الوزارة"),
    ("وأضاف أن الأنباء عن اعتقال الناشط عارية عن الصحة.", "COERCE", "denied", False, None),
    ("ومن المقرر أن يلتقي الوزير نظيره الأردني في عمان.", "CONSULT", "planned", False, None),
    ("يزور الرئيس العراقي طهران الأسبوع المقبل.", "CONSULT", "planned", False, None),
    ("وسيصل وفد أممي إلى الحديدة لبحث الهدنة.", "CONSULT", "planned", False, None),
    ("ستفرض الحكومة عقوبات على الشركات المخالفة.", "SANCTION", "planned", False, None),
    ("والقوات على وشك اقتحام المدينة من ثلاثة محاور.", "ASSAULT", "planned", False, None),
    ("ولم تنسحب القوات من المدينة حتى الآن.", "RETREAT", "asserted", True, None),
    ("وأكد المسؤول عدم التوصل إلى اتفاق بين الطرفين.", "AGREE", "asserted", True, "المسؤول"),
    ("لن نفرض عقوبات جديدة في الوقت الراهن.", "SANCTION", "asserted", True, None),
    ("وسنرد بقوة إذا هاجمت الميليشيات مواقعنا.", "ASSAULT", "planned", False, None),
]


@pytest.mark.parametrize(("sentence", "type_", "status", "negated", "attribution"), CASES)
def test_status(sentence: str, type_: str, status: str, negated: bool, attribution: str | None) -> None:
    got = reading(sentence, type_)
    assert (got.status, got.negated, got.attribution) == (status, negated, attribution)


def test_hypothetical_is_flagged() -> None:
    got = reading("وسنرد بقوة إذا هاجمت الميليشيات مواقعنا.", "ASSAULT")
    assert got.hypothetical and got.cue == "hypothetical"


def test_cue_does_not_cross_a_clause() -> None:
    sentence = "نفى المتحدث الاتهامات، وقصفت الطائرات مواقع في إدلب."
    assert reading(sentence, "ASSAULT").status == "asserted"
    toks = [t.text for t in tokenize(sentence)]
    trigger = next(m for m in find_triggers(toks) if m.type == "ASSAULT")
    left, right = clause_bounds(toks, trigger.start, trigger.end)
    assert toks[left] == "وقصفت" and toks[right] == "."


def test_contrast_connective_breaks_the_clause() -> None:
    got = reading("وقالت مصادر محلية إن الشرطة اعتقلت ناشطين، فيما اندلعت اشتباكات في السوق.", "ASSAULT")
    assert got.status == "asserted"


def test_cue_span_points_at_the_cue() -> None:
    sentence = "وقالت مصادر عسكرية إن طائرات التحالف قصفت مواقع في صعدة."
    toks = [t.text for t in tokenize(sentence)]
    got = reading(sentence, "ASSAULT")
    assert got.cue_start is not None and got.cue_end is not None
    assert toks[got.cue_start : got.cue_end] == ["وقالت", "مصادر"]


def test_kama_after_a_comma_opens_a_new_clause_but_not_inside_one() -> None:
    after_comma = [t.text for t in tokenize("ودان الأمين العام الهجوم ، كما دانها الاتحاد الأوروبي")]
    assert [m.payload.cue for m in find_cues(after_comma)] == ["break"]
    inside = [t.text for t in tokenize("قصفت الطائرات المدينة كما فعلت أمس")]
    assert [m.payload.cue for m in find_cues(inside)] == []


def test_a_name_in_parentheses_that_begins_like_a_future_verb_is_no_future() -> None:
    sentence = "وأعلنت القيادة المركزية الأمريكية (سنتكوم) أن الحوثيين أطلقوا صاروخا باتجاه سفينة"
    tokens = [t.text for t in tokenize(sentence)]
    trigger = next(t for t in find_triggers(tokens) if t.type == "ASSAULT")
    assert read_status(tokens, trigger).status != "planned"


def test_a_negation_covers_the_alternative_after_aw() -> None:
    sentence = "إن ما حدث بين الرتلين لم تكن مواجهات عنيفة أو اشتباكات مسلحة مباشرة"
    tokens = [t.text for t in tokenize(sentence)]
    clashes = [t for t in find_triggers(tokens) if t.type == "ASSAULT"]
    assert clashes and all(read_status(tokens, t).negated for t in clashes)
    plain = [t.text for t in tokenize("اندلعت مواجهات عنيفة أو اشتباكات مسلحة قرب المطار")]
    assert not any(read_status(plain, t).negated for t in find_triggers(plain))
