"""The text component: boilerplate out, sentences and tokens in."""

from __future__ import annotations

from dataclasses import dataclass

from rasd.doc import Article, Removed, Sentence, content_key
from rasd.registry import components
from rasd.text.boilerplate import strip_boilerplate
from rasd.text.sentences import split_headline, split_sentences
from rasd.text.tokens import tokenize

__all__ = ["TextComponent"]


@dataclass
class TextComponent:
    name: str = "rasd.text.v1"
    requires: tuple[str, ...] = ("text",)
    assigns: tuple[str, ...] = ("text", "removed", "credits", "sentences", "key")
    clean: bool = True

    def __call__(self, article: Article) -> Article:
        if self.clean:
            cleaned = strip_boilerplate(article.text)
            article.text = cleaned.text
            article.removed = [Removed(r.kind, r.text, r.line) for r in cleaned.removed]
            article.credits = list(dict.fromkeys([*article.credits, *cleaned.credits]))
        if article.headline_in_text and article.title is None:
            article.title, article.text = split_headline(article.text)
        article.key = content_key(article.title, article.text)
        sentences: list[Sentence] = []
        if article.title:
            # The title is sentence 0, offsets relative to the title; body sentences follow.
            sentences.append(Sentence(0, 0, len(article.title), article.title, tokenize(article.title), True))
        for start, end in split_sentences(article.text):
            sentences.append(
                Sentence(len(sentences), start, end, article.text[start:end],
                         tokenize(article.text[start:end], start))
            )
        article.sentences = sentences
        return article


@components.register("rasd.text.v1")
def make_text_component(clean: bool = True) -> TextComponent:
    return TextComponent(clean=clean)
