"""The entities component: NER (a registered backend) + knowledge-base linking per sentence."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Protocol

from rasd.doc import Article, Entity, Mention
from rasd.entities.kb import KbEntry
from rasd.entities.linker import LinkContext, LinkedMention, find_mentions
from rasd.registry import Registry, components
from rasd.text.normalize import match_key

__all__ = ["DEFAULT_NER", "EntityComponent", "NerTagger", "Span", "ner_backends", "ner_scopes"]


class NerTagger(Protocol):
    def tag(self, tokens: Sequence[str]) -> list[str]: ...

    def tag_many(self, sentences: Sequence[Sequence[str]], *,
                 documents: Sequence[int] | None = None) -> list[list[str]]: ...


# the pipeline's NER backend unless configured (``rasd ingest --ner``)
DEFAULT_NER = "rasd.ner.shipped.fast.v1"
# NER backends by name; optional ones (transformers, Stanza) register here or via the entry point.
ner_backends: Registry[Callable[[], NerTagger]] = Registry("NER backend", "rasd.ner")


@ner_backends.register("rasd.ner.shipped.v1")
def _shipped_tagger() -> NerTagger:
    """The model trained by scripts/train_ner.py and shipped in rasd/data/models: two BiLSTM-CRF nets packed
    side by side, their scores averaged."""
    from rasd.entities.ner import load_default_tagger

    return load_default_tagger()


@ner_backends.register("rasd.ner.shipped.fast.v1")
def _shipped_first_net() -> NerTagger:
    """The shipped model's first net alone: nearly twice as fast, and what ``rasd ingest`` runs by default so that
    the pipeline keeps its pace (on ANERcorp's test split 0.9 points of F1 below both nets)."""
    from rasd.entities.ner import load_default_tagger

    return load_default_tagger(nets=1)


# Which tokens of a sentence the NER model reads (tokens -> [start, end) span, or None for none of them). Known
# names are linked in every sentence anyway; the model is what finds names the knowledge base lacks, and it
# costs most of the pipeline's time.
Span = tuple[int, int]
ner_scopes: Registry[Callable[[Sequence[str]], Span | None]] = Registry("NER scope")


@ner_scopes.register("rasd.scope.all.v1")
def _every_sentence(tokens: Sequence[str]) -> Span | None:
    return 0, len(tokens)


@ner_scopes.register("rasd.scope.events.v1")
def _event_sentences(tokens: Sequence[str]) -> Span | None:
    """Sentences with an event trigger, where an unknown name may be a party: about a quarter of news
    sentences (measured on news-ant), so the model's cost drops about threefold and no event loses a party."""
    from rasd.events.triggers import find_triggers  # the events layer owns the trigger lexicon

    return (0, len(tokens)) if find_triggers(tokens) else None


@ner_scopes.register("rasd.scope.event_windows.v1")
def _event_windows(tokens: Sequence[str]) -> Span | None:
    """The part of an event sentence where its parties can stand: from a little before the first trigger to a
    little after the last (the event coder looks 12 words before and 20 after); a long sentence's far ends
    are skipped (on news-ant a fifth of the tokens of event sentences)."""
    from rasd.events.triggers import find_triggers

    triggers = find_triggers(tokens)
    if not triggers:
        return None
    before, after = _WINDOW_REACH
    return max(0, triggers[0].start - before), min(len(tokens), triggers[-1].end + after)


_WINDOW_REACH = (16, 24)  # words before the first trigger and after the last that the windowed scope reads


@dataclass
class EntityComponent:
    name: str = "rasd.entities.v1"
    requires: tuple[str, ...] = ("sentences",)
    assigns: tuple[str, ...] = ("entities", "mentions")
    ner: str | None = DEFAULT_NER
    ner_scope: str = "rasd.scope.event_windows.v1"
    _tagger: NerTagger | None = field(default=None, repr=False)
    _in_scope: Callable[[Sequence[str]], Span | None] = field(default=_every_sentence, repr=False)

    def __post_init__(self) -> None:
        if self.ner:
            self._tagger = ner_backends.get(self.ner)()
        self._in_scope = ner_scopes.get(self.ner_scope)

    def __call__(self, article: Article) -> Article:
        return self.pipe([article])[0]

    def pipe(self, articles: Sequence[Article]) -> list[Article]:
        """All articles' chosen sentences go through the NER model in one call (it is fastest in batches)."""
        words = [[[t.text for t in s.tokens] for s in article.sentences] for article in articles]
        tags: list[list[list[str] | None]] = [[None] * len(w) for w in words]
        if self._tagger is not None:
            chosen = [(a, i, span) for a, sents in enumerate(words) for i, w in enumerate(sents)
                      if w and (span := self._in_scope(w)) is not None and span[0] < span[1]]
            # one call for all (the model is fastest in batches), told which article each sentence is from
            tagged = self._tagger.tag_many([words[a][i][start:end] for a, i, (start, end) in chosen],
                                           documents=[a for a, _, _ in chosen])
            for (a, i, (start, end)), part in zip(chosen, tagged, strict=True):
                n = len(words[a][i])
                tags[a][i] = ["O"] * start + part + ["O"] * (n - end)
        for article, article_words, article_tags in zip(articles, words, tags, strict=True):
            self._link(article, article_words, article_tags)
        return list(articles)

    def _link(self, article: Article, words: list[list[str]], tags: list[list[str] | None]) -> None:
        context = LinkContext(date=article.published, outlet=article.outlet,
                              text=f"{article.title or ''}\n{article.text}")
        for sentence, toks, sent_tags in zip(article.sentences, words, tags, strict=True):
            if not toks:
                continue
            for found in _with_nested_places(find_mentions(toks, sent_tags, context), toks, context):
                first, last = sentence.tokens[found.start], sentence.tokens[found.end - 1]
                entity = _entity(found.entity)
                article.entities.setdefault(entity.id, entity)
                base = 0 if sentence.is_title else sentence.start
                text = sentence.text[first.start - base:last.end - base]
                article.mentions.append(Mention(sentence.index, first.start, last.end, text, found.label,
                                                entity.id, found.score))


def _with_nested_places(found: list[LinkedMention], tokens: list[str], context: LinkContext) -> list[LinkedMention]:
    """Also the place inside a party's name ("الميليشيات المسلحة في مدينة مصراتة" → Misrata): where a
    group is, is often where its event happened."""
    out = list(found)
    for m in found:
        if m.entity.is_place or m.end - m.start < 3:
            continue
        inner = [i for i in range(m.start + 1, m.end - 1) if match_key(tokens[i]) == "في"]
        if not inner:
            continue
        start = inner[-1] + 1
        for place in find_mentions(tokens[start:m.end], None, context):
            if place.entity.is_place:
                out.append(replace(place, start=place.start + start, end=place.end + start))
    return out


def _entity(entry: KbEntry) -> Entity:
    return Entity(id=entry.id, name=entry.name, kind=entry.kind, country=entry.country, lat=entry.lat,
                  lon=entry.lon, precision=entry.precision, in_kb=entry.linked, affiliation=entry.affiliation,
                  capital_of=entry.capital_of)


@components.register("rasd.entities.v1")
def make_entity_component(ner: str | None = DEFAULT_NER,
                          ner_scope: str = "rasd.scope.event_windows.v1") -> EntityComponent:
    return EntityComponent(ner=ner, ner_scope=ner_scope)
