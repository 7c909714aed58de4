"""Event coder: verbal nouns with a possessive pronoun after بعد/عقب and a span of time."""
import datetime as dt

import rasd


def _events(text: str) -> list[rasd.Event]:
    article = rasd.process(rasd.Article(doc="f", text=text, published=dt.date(2021, 8, 13)))
    return article.events


def test_an_earlier_seizure_after_a_time_span_is_the_subjects_own_event() -> None:
    text = ("سيطرت حركة طالبان، مساء الخميس الماضي، على مدينة قندهار جنوبي البلاد، "
            "بعد يومين فقط من استيلائها على مدينة غزني.")
    events = [e for e in _events(text) if e.type == "ASSAULT"]
    assert len(events) == 2
    assert all([p.name for p in e.actor] == ["Taliban"] for e in events)


def test_an_accusative_head_noun_after_inna_is_the_subject_of_the_verb_that_follows() -> None:
    text = "وقال مسؤول محلي إن مسلحين من حركة الشباب هاجموا مركزا للشرطة في مقديشو فجر اليوم."
    events = [e for e in _events(text) if e.type == "ASSAULT"]
    assert [[p.name for p in e.actor] for e in events] == [["al-Shabaab"]]
