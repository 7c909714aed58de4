from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

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


def test_a_component_failure_loses_only_its_article(tmp_path: Path) -> None:
    import rasd

    @dataclass
    class FailsOnMarker:
        name: str = "test.fails_on_marker.v1"
        requires: tuple[str, ...] = ("sentences",)
        assigns: tuple[str, ...] = ()

        def __call__(self, article: Article) -> Article:
            if "عطل" in article.text:
                raise ValueError("cannot read this one")
            return article

    components.register("test.fails_on_marker.v1")(FailsOnMarker)
    pipeline = Pipeline.from_names(["rasd.text.v1", "test.fails_on_marker.v1"])
    lines = [{"id": f"a{i}", "text": f"خبر رقم {i} عن اجتماع في عمان." + (" عطل" if i == 5 else "")}
             for i in range(20)]
    batch = tmp_path / "batch.jsonl"
    batch.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in lines), encoding="utf-8")
    for workers in (1, 2):
        store = rasd.open_store(tmp_path / f"w{workers}.db")
        report = rasd.ingest([str(batch)], store, pipeline=pipeline, workers=workers)
        assert report.stored == 19
        assert len(report.failed) == 1 and "cannot read this one" in report.failed[0].problem
        assert "a5" not in {a.doc for a in store.articles()}
        store.close()
