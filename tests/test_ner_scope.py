"""Which sentences the NER model reads is a registered choice; known names are linked everywhere."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from rasd import Article
from rasd.entities.component import EntityComponent, ner_backends
from rasd.errors import RegistryError
from rasd.text.component import TextComponent

TEXT = ("قصفت طائرات حربية مواقع في مدينة حلب فجر اليوم.\n"
        "ويبلغ عدد سكان حلب نحو مليوني نسمة.\n")


class _Recorder:
    def __init__(self) -> None:
        self.seen: list[list[str]] = []

    def tag(self, tokens: Sequence[str]) -> list[str]:
        return self.tag_many([tokens])[0]

    def tag_many(self, sentences: Sequence[Sequence[str]], *,
                 documents: Sequence[int] | None = None) -> list[list[str]]:
        self.seen += [list(s) for s in sentences]
        return [["O"] * len(s) for s in sentences]


RECORDER = _Recorder()
ner_backends.register("test.recorder.v1")(lambda: RECORDER)


def _run(scope: str) -> Article:
    RECORDER.seen.clear()
    article = TextComponent()(Article(doc="t", text=TEXT))
    return EntityComponent(ner="test.recorder.v1", ner_scope=scope)(article)


def test_event_scope_tags_only_sentences_with_a_trigger_but_links_all() -> None:
    article = _run("rasd.scope.events.v1")
    assert len(RECORDER.seen) == 1 and "قصفت" in RECORDER.seen[0]
    # Aleppo is linked from the knowledge base in both sentences
    aleppo = [m for m in article.mentions if "حلب" in m.text]
    assert {m.sentence for m in aleppo} == {0, 1}


def test_all_scope_tags_every_sentence() -> None:
    _run("rasd.scope.all.v1")
    assert len(RECORDER.seen) == 2


def test_unknown_scope_names_the_choices() -> None:
    with pytest.raises(RegistryError, match="rasd.scope.all.v1"):
        EntityComponent(ner=None, ner_scope="everything")


def test_event_window_scope_tags_the_words_around_the_triggers_only() -> None:
    head = " ".join(["كلمة"] * 30)
    text = f"{head} قصفت طائرات حربية مواقع في مدينة حلب فجر اليوم.\n"
    article = TextComponent()(Article(doc="t", text=text))
    RECORDER.seen.clear()
    tagged = EntityComponent(ner="test.recorder.v1", ner_scope="rasd.scope.event_windows.v1")(article)
    assert len(RECORDER.seen) == 1
    window = RECORDER.seen[0]
    assert window[0] == "كلمة" and "قصفت" in window and len(window) < len(article.sentences[0].tokens)
    assert any("حلب" in m.text for m in tagged.mentions)  # the knowledge base still links everywhere
