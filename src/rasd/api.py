"""The Python API: plain functions that the CLI (and later the HTTP API) wrap."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from rasd.doc import Article
from rasd.errors import InputError, InputWarning
from rasd.ingest.sources import IngestOptions, iter_articles
from rasd.pipeline import Pipeline
from rasd.store import Store

__all__ = ["IngestReport", "ingest", "process"]


@dataclass
class IngestReport:
    stored: int = 0
    skipped: int = 0  # already in the store (same content hash)
    failed: list[InputError] = field(default_factory=list)
    warnings: list[InputWarning] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def seen(self) -> int:
        return self.stored + self.skipped + len(self.failed)


def process(article: Article, pipeline: Pipeline | None = None) -> Article:
    """Run the (default) pipeline over one article without storing it."""
    return (pipeline or _default_pipeline())(article)


_DEFAULT: list[Pipeline] = []


def _default_pipeline() -> Pipeline:
    if not _DEFAULT:
        _DEFAULT.append(Pipeline.default())
    return _DEFAULT[0]


def ingest(
    inputs: Iterable[str],
    store: Store,
    *,
    options: IngestOptions | None = None,
    pipeline: Pipeline | None = None,
    on_item: Callable[[IngestReport, Article | InputError], None] | None = None,
) -> IngestReport:
    """Read every input, run the pipeline on new articles and store them; one bad input never stops the batch.

    Articles already in the store (same content hash) are skipped before the pipeline runs, so
    re-ingesting changes nothing and costs little.
    """
    pipeline = pipeline or _default_pipeline()
    report = IngestReport()
    started = time.perf_counter()
    for item in iter_articles(inputs, options):
        if isinstance(item, InputWarning):
            report.warnings.append(item)
        elif isinstance(item, InputError):
            report.failed.append(item)
        elif store.has_article(item.key):
            report.skipped += 1
        else:
            try:
                processed = pipeline(item)
            except Exception as exc:  # a component bug must not lose the rest of the batch
                report.failed.append(InputError(item.source or item.doc,
                                                f"pipeline failed ({type(exc).__name__}: {exc}); please report it"))
            else:
                if store.add_article(processed):
                    report.stored += 1
                else:
                    report.skipped += 1
        if on_item is not None:
            on_item(report, item)
    report.seconds = time.perf_counter() - started
    return report
