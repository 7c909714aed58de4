"""One pipeline object running named components over an Article, in order.

Each component declares what it ``requires`` and what it ``assigns`` (attribute names of Article such as
``"sentences"``); the pipeline checks those declarations when it is built, not halfway through a batch.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

# Import the built-in components so they register themselves.
import rasd.entities.component
import rasd.events.component
import rasd.text.component  # noqa: F401
from rasd.doc import Article
from rasd.errors import PipelineError
from rasd.registry import components

__all__ = ["DEFAULT_COMPONENTS", "Component", "Pipeline"]

# What an Article holds before any component runs.
_GIVEN = frozenset({"doc", "text", "title", "outlet", "published", "url", "source"})


@runtime_checkable
class Component(Protocol):
    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]

    def __call__(self, article: Article) -> Article: ...


DEFAULT_COMPONENTS: tuple[str, ...] = ("rasd.text.v1", "rasd.entities.v1", "rasd.events.v1")


@dataclass
class Pipeline:
    """Runs components in order; build one with ``Pipeline.from_names`` or ``Pipeline.default()``."""

    steps: list[Component] = field(default_factory=list)

    def __post_init__(self) -> None:
        have = set(_GIVEN)
        for step in self.steps:
            missing = [r for r in step.requires if r not in have]
            if missing:
                raise PipelineError(
                    f"Component {step.name!r} requires {', '.join(missing)}, which no earlier component assigns. "
                    f"Put a component that assigns it before {step.name!r}."
                )
            have.update(step.assigns)

    @classmethod
    def from_names(cls, names: Sequence[str], config: dict[str, dict[str, Any]] | None = None) -> Pipeline:
        config = config or {}
        steps: list[Component] = []
        for name in names:
            factory = components.get(name)
            step = factory(**config.get(name, {}))
            if not isinstance(step, Component):
                raise PipelineError(f"Factory {name!r} returned {type(step).__name__}, not a component.")
            steps.append(step)
        return cls(steps)

    @classmethod
    def default(cls) -> Pipeline:
        return cls.from_names(DEFAULT_COMPONENTS)

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.steps]

    def __call__(self, article: Article) -> Article:
        return next(self.pipe([article], batch_size=1))

    def pipe(self, articles: Iterable[Article], batch_size: int = 8) -> Iterator[Article]:
        """Like calling the pipeline on each article, but components with a ``pipe`` method (the NER model
        batches sentences of several articles) get ``batch_size`` articles at once."""
        it = iter(articles)
        while batch := list(itertools.islice(it, batch_size)):
            for step in self.steps:
                run = getattr(step, "pipe", None)
                batch = list(run(batch)) if run is not None else [step(a) for a in batch]
                for result in batch:
                    if not isinstance(result, Article):
                        raise PipelineError(
                            f"Component {step.name!r} returned {type(result).__name__} instead of an Article; "
                            "a component must return the article(s) it was given."
                        )
            yield from batch
