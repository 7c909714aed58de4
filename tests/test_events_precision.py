"""Precision rules of the event coder: background, time references and aims are not events; troop and
shipment wordings get their type. Invented news-style sentences (not taken from any test article)."""

from __future__ import annotations

import datetime as dt

import rasd


def _types(text: str, published: str) -> list[str]:
    article = rasd.process(rasd.Article(doc="p", text=text, published=dt.date.fromisoformat(published)))
    return [e.type for e in article.events]


def test_troops_sent_in_the_future_are_a_deployment() -> None:
    types = _types("وأعلن وزير الدفاع الفرنسي أن بلاده سترسل نحو ألفي جندي إلى مالي خلال الأسبوع المقبل.",
                   "2013-01-12")
    assert "MOBILIZE" in types


def test_a_loaded_ship_sent_is_aid() -> None:
    types = _types("وأعلنت الكويت إرسال طائرة محملة بالأدوية والخيام إلى المتضررين من الزلزال.", "2023-02-08")
    assert types == ["AID"]


def test_the_aim_of_a_deployment_is_not_a_second_event() -> None:
    types = _types("وقالت وزارة الدفاع الإيطالية إنها ستنشر 400 جندي في الميناء لإجلاء رعاياها من البلاد.",
                   "2011-02-25")
    assert types == ["MOBILIZE"]


def test_a_ceasefire_proposal_is_not_a_military_operation() -> None:
    types = _types("ووافقت الحكومة السودانية على مبادرة قطرية لوقف العمليات العسكرية في دارفور.", "2010-03-01")
    assert "ASSAULT" not in types


def test_fighting_named_as_a_time_reference_is_not_an_event() -> None:
    types = _types("وقالت منظمة الصحة العالمية إن عدد النازحين بلغ مليون شخص منذ اندلاع القتال في الإقليم.",
                   "2021-02-10")
    assert "ASSAULT" not in types


def test_an_event_recalled_from_months_ago_is_background() -> None:
    assert _types("وكان البرلمان العراقي قد أعلن في يناير الماضي رفضه وجود القوات الأجنبية.", "2020-06-20") == []
    # told the same way, yesterday's decision is news
    assert _types("وكان البرلمان العراقي قد أعلن أمس الأحد رفضه وجود القوات الأجنبية.", "2020-06-22") == ["REJECT"]


def test_a_date_in_a_relative_clause_does_not_date_the_event() -> None:
    article = rasd.process(rasd.Article(
        doc="p", text="وتتهم الحكومة الأوكرانية روسيا بخرق اتفاق مينسك الذي وقعه الطرفان في فبراير 2015.",
        published=dt.date(2021, 4, 10)))
    [accuse] = [e for e in article.events if e.type == "ACCUSE"]
    assert accuse.date != "2015-02"


def _events(text: str, published: str) -> list[rasd.Event]:
    return rasd.process(rasd.Article(doc="p", text=text, published=dt.date.fromisoformat(published))).events


def test_the_party_after_a_conjoined_call_is_its_object() -> None:
    events = _events("ودعا الأمين العام للأمم المتحدة أنطونيو غوتيريش إلى احترام الهدنة، وحث القوات الإثيوبية "
                     "على الانسحاب من الإقليم.", "2021-07-01")
    urged = [e for e in events if e.type == "REQUEST" and "Ethiopia" in {p.name for p in e.target}]
    assert urged and [p.name for p in urged[0].actor] == ["António Guterres"]
    assert not any("Ethiopia" in {p.name for p in e.actor} for e in events)


def test_an_event_without_a_found_actor_is_not_coded() -> None:
    # the bare "الجبهة" names no party the coder can resolve
    assert _events("ورفضت الجبهة وقف إطلاق النار ووصفته بأنه مناورة.", "2021-06-30") == []


def test_clashes_between_a_named_side_and_an_unnamed_one_are_that_sides() -> None:
    [clash] = _events("واندلعت اشتباكات عنيفة بين الجيش السوداني ومسلحين قبليين في ولاية النيل الأزرق.",
                      "2022-07-16")
    assert clash.type == "ASSAULT" and [p.name for p in clash.actor] == ["Sudan"]


def test_the_bare_coalition_in_a_yemen_story_is_the_saudi_led_coalition() -> None:
    events = _events("وشنت مقاتلات التحالف غارات على مواقع الحوثيين في محافظة الحديدة.", "2018-06-20")
    assert any(e.type == "ASSAULT" and [p.name for p in e.actor] == ["Saudi-led coalition"] for e in events)


def test_a_deadly_attack_with_no_known_doer_is_coded() -> None:
    article = rasd.process(rasd.Article(
        doc="p", published=dt.date(2017, 3, 8),
        text="قتل 9 أشخاص وأصيب 20 آخرون في انفجار سيارة مفخخة قرب مركز للشرطة في مدينة الموصل صباح اليوم."))
    assert [(e.type, e.fatalities, e.actor) for e in article.events] == [("ASSAULT", 9, [])]
    assert article.events[0].locations[0].name == "Mosul"


def test_a_meeting_with_no_known_party_is_not_coded() -> None:
    assert _types("وعقد اجتماع مطول مساء أمس لبحث الأوضاع الأمنية في المنطقة.", "2019-04-02") == []


def test_a_weak_word_in_a_quote_is_not_the_speakers_act() -> None:
    text = ('وقال الرئيس التركي رجب طيب أردوغان: "أبطال ليبيا هزموا على أبواب طرابلس الذين حاولوا احتلال ليبيا '
            'عبر المرتزقة".')
    assert "MOBILIZE" not in _types(text, "2020-06-10")


def test_a_toll_of_the_clashes_told_before_is_no_second_attack() -> None:
    text = ("اقتحمت قوات الجيش الصومالي معسكرا لحركة الشباب قرب بلدة جوهر فجر اليوم الاثنين.\n"
            "وقال مسؤول محلي إن ثلاثة جنود قتلوا وأصيب سبعة آخرون في الاشتباكات التي رافقت الاقتحام.")
    article = rasd.process(rasd.Article(doc="p", text=text, published=dt.date(2019, 3, 4)))
    attacks = [e for e in article.events if e.type == "ASSAULT"]
    assert len(attacks) == 1 and attacks[0].actor and attacks[0].fatalities == 3


def test_what_an_attack_answers_is_no_second_event() -> None:
    text = ("شنت الطائرات الإسرائيلية، فجر اليوم، غارات على مواقع في جنوب لبنان ردا على هجمات حزب الله "
            "على مواقع الجيش.")
    article = rasd.process(rasd.Article(doc="p", text=text, published=dt.date(2024, 1, 10)))
    attacks = [e for e in article.events if e.type == "ASSAULT"]
    assert len(attacks) == 1 and [p.name for p in attacks[0].actor] == ["Israel"]


def test_a_meeting_after_which_a_leader_spoke_is_no_meeting_of_his() -> None:
    said = "وقال الرئيس التونسي في تصريحات عقب اجتماع مجلس الوزراء إن الحكومة ستواصل الإصلاحات."
    assert "CONSULT" not in _types(said, "2020-06-10")
    met = "وقال أردوغان في تصريحات عقب اجتماعه مع بوتين إن البلدين متفقان على وقف التصعيد."
    assert "CONSULT" in _types(met, "2020-06-10")


def test_any_attack_warned_of_is_no_attack() -> None:
    types = _types("وحذر الجيش الإسرائيلي حزب الله من أنه سيرد بقوة على أي هجوم.", "2020-01-08")
    assert types == ["THREATEN"]


def test_a_single_actor_is_never_its_own_target() -> None:
    text = "وأكد موقع الجيش اليمني مقتل العشرات من عناصر الحوثيين في معارك الدريهمي ومحيط مطار الحديدة."
    article = rasd.process(rasd.Article(doc="p", text=text, published=dt.date(2018, 6, 20)))
    assert article.events and all(not {p.name for p in e.actor} & {p.name for p in e.target}
                                  for e in article.events if len(e.actor) == 1)


def test_a_call_to_strike_is_a_protest_the_caller_plans() -> None:
    article = rasd.process(rasd.Article(
        doc="p", text="تجمع المهنيين السودانيين يدعو إلى العصيان المدني الشامل والخروج إلى الشوارع.",
        published=dt.date(2021, 10, 25)))
    protests = [e for e in article.events if e.type == "PROTEST"]
    assert protests and protests[0].status == "planned"
    assert [p.name for p in protests[0].actor] == ["Sudanese Professionals Association"]
