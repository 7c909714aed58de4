from __future__ import annotations

import pytest

from rasd.text.normalize import match_key, normalize, strip_clitics
from rasd.text.sentences import split_sentences
from rasd.text.tokens import tokenize


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("أردوغان", "اردوغان"),
        ("إردوغان", "اردوغان"),
        ("آمنة", "امنه"),
        ("مصطفى", "مصطفي"),
        ("مـــدينة", "مدينه"),
        ("نفّى", "نفي"),
        ("قُتِلَ", "قتل"),
        ("٢٣ فبراير", "23 فبراير"),
        ("«الوفاق»", '"الوفاق"'),
        ("2020–2021", "2020-2021"),
        ("  سرت\n\nوالجفرة ", "سرت والجفره"),
    ],
)
def test_match_key_unifies_spellings(raw: str, key: str) -> None:
    assert match_key(raw) == key


def test_normalize_keeps_offsets_to_the_original() -> None:
    text = "نفّى المتحدث باسم الجيش"
    norm = normalize(text)
    start = norm.text.index("المتحدث")
    a, b = norm.original_span(start, start + len("المتحدث"))
    assert text[a:b] == "المتحدث"
    # the shadda is dropped but the span of the word around it maps back whole
    a, b = norm.original_span(0, 3)
    assert text[a:b] == "نفّى"


@pytest.mark.parametrize(
    ("token", "stem"),
    [("والجفره", "الجفره"), ("لسرت", "سرت"), ("بمصراته", "مصراته"), ("للجيش", "الجيش"),
     ("وباردوغان", "اردوغان"), ("فالقوات", "القوات"), ("كالعاده", "العاده"), ("وسيلتقي", "يلتقي")],
)
def test_strip_clitics_finds_the_stem(token: str, stem: str) -> None:
    readings = strip_clitics(token)
    assert readings[0] == token
    assert stem in readings


def test_strip_clitics_keeps_short_words_whole() -> None:
    assert strip_clitics("ول") == ["ول"]
    assert strip_clitics("بن") == ["بن"]


def test_sentences_split_on_arabic_punctuation_and_lines() -> None:
    text = "قصفت الطائرات مواقع في إدلب. هل انتهت الحرب؟ قال المسؤول إن 3.5 مليون نزحوا\nسطر جديد"
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == [
        "قصفت الطائرات مواقع في إدلب.", "هل انتهت الحرب؟", "قال المسؤول إن 3.5 مليون نزحوا", "سطر جديد"]


def test_tokenize_splits_punctuation_and_keeps_offsets() -> None:
    text = "وقال «المرصد»، إن ٧ مدنيين قُتلوا."
    tokens = tokenize(text, offset=10)
    assert [t.text for t in tokens] == ["وقال", "«", "المرصد", "»", "،", "إن", "٧", "مدنيين", "قُتلوا", "."]
    assert all(text[t.start - 10:t.end - 10] == t.text for t in tokens)
    assert tokens[6].norm == "7"


def test_presentation_forms_decompose_and_undecomposable_ones_survive() -> None:
    assert match_key("\ufef5") == "لا"  # lam-alef ligature from old pages
    assert match_key("\ufd3e قال \ufd3f") == "\ufd3e قال \ufd3f"  # ornate parentheses stay as they are


def test_a_hashtag_is_read_as_the_words_it_joins() -> None:
    assert [t.text for t in tokenize("قوات #الجيش_اليمني في #ميدي")] == ["قوات", "الجيش", "اليمني", "في", "ميدي"]
    assert [t.text for t in tokenize("الرقم 3_4 # وحده")] == ["الرقم", "3", "_", "4", "#", "وحده"]
