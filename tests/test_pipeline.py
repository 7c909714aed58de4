from __future__ import annotations

from dataclasses import dataclass

import pytest

from rasd import Article, Pipeline, PipelineError, RegistryError
from rasd.registry import components


@dataclass
class _Needs:
    name: str = "test.needs"
    requires: tuple[str, ...] = ("events",)
    assigns: tuple[str, ...] = ()

    def __call__(self, article: Article) -> Article:
        return article


@dataclass
class _Broken:
    name: str = "test.broken"
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()

    def __call__(self, article: Article) -> Article:
        return None  # type: ignore[return-value]


def test_missing_requirement_is_caught_when_the_pipeline_is_built() -> None:
    with pytest.raises(PipelineError, match="requires events"):
        Pipeline([_Needs()])


def test_component_must_return_the_article() -> None:
    with pytest.raises(PipelineError, match="returned NoneType"):
        Pipeline([_Broken()])(Article(doc="x", text="نص"))


def test_unknown_component_lists_the_registered_ones() -> None:
    with pytest.raises(RegistryError, match="rasd.text.v1"):
        Pipeline.from_names(["rasd.nothing.v9"])


def test_components_are_found_by_versioned_name() -> None:
    assert {"rasd.text.v1", "rasd.entities.v1", "rasd.events.v1"} <= set(components.names())
    pipeline = Pipeline.from_names(["rasd.text.v1"])
    article = pipeline(Article(doc="x", text="عنوان قصير\nاجتمع الوزيران في القاهرة. ثم غادرا.", headline_in_text=True))
    assert article.title == "عنوان قصير"
    assert [s.text for s in article.sentences if not s.is_title] == ["اجتمع الوزيران في القاهرة.", "ثم غادرا."]
