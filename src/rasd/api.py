"""The Python API: plain functions that the CLI (and later the HTTP API) wrap."""

from __future__ import annotations

import datetime as dt
import gc
import itertools
import multiprocessing
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.pool import AsyncResult

from rasd.doc import Article
from rasd.errors import InputError, InputWarning
from rasd.ingest.sources import IngestOptions, iter_articles
from rasd.pipeline import Pipeline
from rasd.store import Store
from rasd.store.search import index_text

__all__ = ["IngestReport", "default_workers", "ingest", "process"]


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
_STORE_BATCH = 32  # articles per write transaction
_STORE_SECONDS = 1.0  # ... or fewer, when articles arrive slowly (feeds)


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
    workers: int = 1,
    on_item: Callable[[IngestReport, Article | InputError], None] | None = None,
) -> IngestReport:
    """Read every input, run the pipeline on new articles and store them; one bad input never stops the batch.

    Articles already in the store (same content hash) are skipped before the pipeline runs, so
    re-ingesting changes nothing and costs little. With ``workers > 1`` the pipeline runs in that many
    processes while this one stays the only writer.
    """
    pipeline = pipeline or _default_pipeline()
    report = IngestReport()
    started = time.perf_counter()

    def new_articles() -> Iterator[Article]:
        for item in iter_articles(inputs, options):
            if isinstance(item, InputWarning):
                report.warnings.append(item)
            elif isinstance(item, InputError):
                report.failed.append(item)
            elif store.has_article(item.source_key):
                report.skipped += 1
            else:
                yield item
                continue
            if on_item is not None:
                on_item(report, item)

    # Results are stored a few at a time, in one transaction each: a commit per article costs more than the
    # article's rows. A kill loses at most the unstored batch, which the next run processes again.
    pending: list[Article] = []
    last_flush = time.perf_counter()

    def flush() -> None:
        nonlocal last_flush
        added = store.add_articles(pending) if pending else []
        for article, was_added in zip(pending, added, strict=True):
            if was_added:
                report.stored += 1
            else:
                report.skipped += 1
            if on_item is not None:
                on_item(report, article)
        pending.clear()
        last_flush = time.perf_counter()

    for original, result in _run(pipeline, new_articles(), workers):
        if isinstance(result, Article):
            pending.append(result)
            if len(pending) >= _STORE_BATCH or time.perf_counter() - last_flush > _STORE_SECONDS:
                flush()
            continue
        # a component bug must not lose the rest of the batch
        problem = f"pipeline failed ({result}); please report it"
        report.failed.append(InputError(original.source or original.doc, problem))
        if on_item is not None:
            on_item(report, original)
    flush()
    report.seconds = time.perf_counter() - started
    return report


_Result = tuple[Article, Article | str]
_WORKER: list[Pipeline] = []


def _apply(articles: list[Article]) -> list[_Result]:
    """Run the pipeline over a few articles together (components that batch, like NER, run faster so);
    if that fails, run them one at a time so that only the article at fault is lost."""
    try:
        return list(zip(articles, _WORKER[0].pipe(articles, batch_size=len(articles)), strict=True))
    except Exception as exc:
        if len(articles) == 1:
            return [(articles[0], f"{type(exc).__name__}: {exc}")]
    return [result for article in articles for result in _apply([article])]


def _apply_in_worker(articles: list[Article]) -> list[_Result]:
    """``_apply`` for a worker process: tokens are not stored, so they are not sent back to the writer
    (they are most of an article's pickled size); the full-text index body is made here, where the work
    is spread over the cores, not in the one writer."""
    results = _apply(articles)
    for _, result in results:
        if isinstance(result, Article):
            for sentence in result.sentences:
                sentence.tokens = []
            result.search_text = index_text(f"{result.title or ''}\n{result.text}")
    return results


_BATCH = 64  # articles handed to the workers at a time
# articles run through the pipeline together: the NER model reads all their sentences in one call, and 32 ran
# about 5% faster than 8 on one core (fewer, fuller steps of the LSTM)
_PIPE_BATCH = 32
# A worker's private memory grows with every article (freed objects leave the allocator's pages partly used);
# a fresh worker, forked from the writer with the models already loaded, starts small again: after 15 batches,
# about 480 articles.
_TASKS_PER_WORKER = 15
_WORKER_GC = (20_000, 50, 50)  # a worker's collector thresholds (see _init_worker)


def _chunks(items: list[Article], size: int) -> list[list[Article]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


# An invented article that makes every component load its lazily read tables (names, romaniser, cues,
# dates, counts) before the workers fork, so that they share those pages instead of each loading a copy.
_WARM_UP_TEXT = (
    "قال المتحدث باسم الجيش العقيد سليم قرطاجني إن الطائرات قصفت مواقع في ريف حلب يوم الجمعة 12 مارس/آذار، "
    "ما أدى إلى مقتل سبعة مسلحين وإصابة 20 آخرين، فيما نفت الحكومة الاتهامات ودعت إلى وقف إطلاق النار."
)


def _warm_up(pipeline: Pipeline) -> None:
    try:
        pipeline(Article(doc="warm-up", text=_WARM_UP_TEXT, title="قصف في حلب", published=dt.date(2020, 3, 14)))
    except Exception:  # a broken component shows itself on the real articles, with their names
        return


def _init_worker() -> None:
    # Each worker gets one core: numpy's BLAS would otherwise start a thread per core in every worker and
    # the processes would fight over the same cores (measured: 3x slower with two workers on two cores).
    from threadpoolctl import threadpool_limits

    threadpool_limits(1)
    # An article makes tens of thousands of short-lived objects (tokens, tags, candidate lists), nearly all
    # freed by reference counting; collecting every 700 allocations, the default, cost about 5% of a worker's
    # time on news-ant. The loaded models are frozen out of the collector's sight before the fork.
    gc.set_threshold(*_WORKER_GC)


def _run(pipeline: Pipeline, articles: Iterator[Article], workers: int) -> Iterator[_Result]:
    _WORKER[:] = [pipeline]
    if workers <= 1:
        while batch := list(itertools.islice(articles, _PIPE_BATCH)):
            yield from _apply(batch)
        return
    # Forked workers inherit the loaded pipeline (models, knowledge base) instead of loading their own.
    # Batches are read here, in the writer's thread, so the store is only ever touched by this thread; the
    # next batch is handed out before this one is stored so that workers never wait for the writer.
    _warm_up(pipeline)
    gc.freeze()  # the loaded models stay shared with the workers: the collector won't write to their pages
    try:
        with multiprocessing.get_context("fork").Pool(workers, initializer=_init_worker,
                                                      maxtasksperchild=_TASKS_PER_WORKER) as pool:

            def submit() -> AsyncResult[list[list[_Result]]] | None:
                batch = list(itertools.islice(articles, _BATCH))
                return pool.map_async(_apply_in_worker, _chunks(batch, _PIPE_BATCH), chunksize=1) if batch else None

            pending = submit()
            while pending is not None:
                following = submit()
                for results in pending.get():
                    yield from results
                pending = following
    finally:
        gc.unfreeze()


def default_workers() -> int:
    """One pipeline process per core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on every platform
        return max(1, os.cpu_count() or 1)
