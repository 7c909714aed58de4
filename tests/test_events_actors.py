"""Who acted: actor rules, each on invented news-style sentences."""

from __future__ import annotations

from typing import Any

import rasd
from event_helpers import coded
from event_helpers import party_names as _names


def _events(text: str, published: str = "2023-03-14") -> list[dict[str, Any]]:
    return coded(text, published)


def _of_type(events: list[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    return [e for e in events if e["type"] == kind]


# -- a conjoined verb keeps the subject of the clause it is joined to --------------------------------------
def test_belonging_to_is_not_a_reporting_verb() -> None:
    # "التابعة لقوات الدعم السريع" names whose vehicles were hit; it does not make the RSF a speaker whose
    # clause "وسيطر على الجسر" continues.
    events = _events("وأعلن الجيش السوداني في بيان أنه دمر عشرات المركبات القتالية التابعة لقوات الدعم السريع "
                     "شمالي الخرطوم، وسيطر على جسر الحلفايا.")
    assert [_names(e["actor"]) for e in _of_type(events, "ASSAULT")] == [{"Sudan"}, {"Sudan"}]


# -- a destination is where, not who ------------------------------------------------------------------------
def test_a_capital_after_to_is_the_destination_not_the_visitor() -> None:
    events = _events("وصل وزير الخارجية المصري سامح شكري، مساء الأحد، إلى العاصمة الأردنية عمان في زيارة رسمية "
                     "يلتقي خلالها كبار المسؤولين.")
    visits = _of_type(events, "CONSULT")
    assert visits and all("Jordan" not in _names(e["actor"]) for e in visits)
    assert _names(visits[0]["actor"]) == {"Sameh Shoukry"}


def test_a_visit_in_a_frame_is_made_by_the_subject_of_its_verb() -> None:
    # Times and a destination stand between the visitor and "في زيارة".
    events = _events("وصل رئيس الوزراء العراقي محمد شياع السوداني، صباح اليوم الثلاثاء، إلى العاصمة السعودية "
                     "الرياض في زيارة رسمية.")
    visits = _of_type(events, "CONSULT")
    assert visits and _names(visits[0]["actor"])
    assert "Saudi Arabia" not in _names(visits[0]["actor"])


# -- a person and the state he speaks for tell one event ---------------------------------------------------
def test_a_visit_told_again_with_the_visitors_state_is_one_event() -> None:
    events = _events("وصل وزير الخارجية المصري سامح شكري، مساء الأحد، إلى العاصمة الأردنية عمان في زيارة رسمية. "
                     "وقالت مصادر أردنية إن زيارة الوزير المصري تأتي لبحث التعاون بين البلدين.")
    assert len(_of_type(events, "CONSULT")) == 1


# -- news outlets are sources, never parties ----------------------------------------------------------------
def test_an_unknown_newspaper_is_not_the_actor() -> None:
    events = _events("وأضاف المتحدث لصحيفة «الميدان» أن لقاء الأمس تناول «سبل تعزيز التضامن مع الأردن».")
    assert all("al-Midan" not in _names(e["actor"]) for e in events)


def test_an_unknown_channel_is_not_the_actor() -> None:
    events = _events("وأضاف المتحدث لقناة «الرافدين» أن لقاء الأمس تناول «سبل تعزيز التعاون مع الأردن».")
    assert all(e["actor"] is None or "al-Rafdin" not in _names(e["actor"]) for e in events)


# -- calls with an object pronoun, and the object of an urging ----------------------------------------------
def test_an_urging_with_an_object_pronoun_is_a_request_by_the_caller() -> None:
    # "حثهما": the two called are urged; the caller urges, and a ceasefire inside the call is its content.
    events = _events("أجرى رئيس الوزراء الإثيوبي آبي أحمد اتصالين هاتفيين بالرئيس الصومالي ونظيره الكيني، "
                     "حثهما خلالهما على استئناف المحادثات.")
    requests = _of_type(events, "REQUEST")
    assert [_names(e["actor"]) for e in requests] == [{"Abiy Ahmed"}]
    assert "William Ruto" in _names(requests[0]["target"]) and len(_names(requests[0]["target"])) == 2
    # The calls are one per party called (event data counts dyads), all made by the caller.
    calls = _of_type(events, "CONSULT")
    assert len(calls) == 2 and all(_names(e["actor"]) == {"Abiy Ahmed"} for e in calls)
    assert all(len(_names(e["target"])) == 1 for e in calls)


def test_discussed_is_not_urged() -> None:
    # "وبحثت" (she discussed) read as و + ب + حثت must not become an urging.
    assert not _of_type(_events("وبحثت الحكومة المصرية الأوضاع في قطاع غزة."), "REQUEST")
    events = _events("وبحثت ألمانيا وفرنسا الأوضاع الإنسانية في السودان خلال اجتماع في برلين.")
    assert [e["type"] for e in events] == ["CONSULT"]


def test_a_conjoined_urging_is_made_by_the_subject_of_the_first_verb() -> None:
    events = _events("وأعربت فرنسا وألمانيا وبريطانيا، في بيان مشترك، عن قلقها وحثت الحكومة الإثيوبية على وقف القتال.")
    request = _of_type(events, "REQUEST")[0]
    assert _names(request["actor"]) == {"France", "Germany", "United Kingdom"}
    assert _names(request["target"]) == {"Ethiopia"}


def test_a_state_whose_name_begins_with_b_is_not_a_with_phrase() -> None:
    # "بلجيكا" is Belgium, not بـ + لجيكا: it demands.
    request = _of_type(_events("وطالبت بلجيكا الحكومة الكونغولية بوقف القتال."), "REQUEST")[0]
    assert _names(request["actor"]) == {"Belgium"}


def test_the_attack_a_condemnation_is_about_is_not_the_condemners() -> None:
    events = _events("ونددت بريطانيا بالهجوم الذي استهدف مقر البعثة الأممية في الخرطوم.")
    assert [(e["type"], _names(e["actor"])) for e in events] == [("ACCUSE", {"United Kingdom"})]


# -- victims and the inner content of calls -----------------------------------------------------------------
def test_those_listed_among_the_dead_are_not_the_attackers() -> None:
    events = _events("وقالت مصادر طبية في مستشفى الثورة بالحديدة إن 12 شخصا قتلوا خلال المعارك، بينهم مدنيون.")
    assert all("civilians" not in _names(e["actor"]) for e in events)


def test_who_withdrew_is_the_genitive_of_the_withdrawal() -> None:
    events = _events("وجاء ذلك بعد ساعات من دخول قوات الدعم السريع مدينة الأبيض، إثر انسحاب الجيش السوداني من "
                     "مواقعه فيها.")
    assert [_names(e["actor"]) for e in _of_type(events, "RETREAT")] == [{"Sudan"}]


def test_an_urging_inside_a_call_is_its_content() -> None:
    # "دعا X إلى حث Y": X is called on to urge Y; neither X nor anyone urges Y yet.
    events = _events("كما دعا الرئيس الفرنسي، وفقا لما نقله مكتبه، ألمانيا إلى حث الاتحاد الأوروبي على زيادة "
                     "المساعدات.")
    assert [e["type"] for e in events] == ["REQUEST"]
    assert "Germany" not in _names(events[0]["actor"])


def test_a_speaker_carried_from_a_longer_sentence_does_not_break_the_next_one() -> None:
    text = ("ووصف رئيس الوزراء البريطاني الاتفاق بأنه سيئ، وقال في خطاب طويل ألقاه أمام البرلمان في لندن "
            "\"أعلن اليوم انسحاب المملكة المتحدة من اتفاق التجارة مع الاتحاد الأوروبي\" الذي وقع قبل سنوات.\n"
            "وقال إن الاتفاق كان لمصلحة بروكسل، وإن إلغاء الاتفاق سيجعل بريطانيا أقوى.")
    article = rasd.process(rasd.Article(doc="p", text=text))
    assert all(e.evidence for e in article.events)
