"""Who acted: actor rules, each on invented news-style sentences."""

from __future__ import annotations

import datetime as dt
from typing import Any

import rasd


def _events(text: str, published: str = "2023-03-14") -> list[dict[str, Any]]:
    article = rasd.process(rasd.Article(doc="a", text=text, published=dt.date.fromisoformat(published)))
    return [e.as_json("a") for e in article.events]


def _names(party: Any) -> set[str]:
    items = party if isinstance(party, list) else [party] if party else []
    return {p["name"] for p in items}


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
