"""``rasd`` command line: a thin shell over rasd.api and the store."""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
from pathlib import Path
from typing import Any

import click

from rasd import api
from rasd.doc import Article
from rasd.entities.component import DEFAULT_NER
from rasd.errors import InputError, RasdError
from rasd.ingest.metadata import Manifest
from rasd.ingest.sources import IngestOptions
from rasd.pipeline import DEFAULT_COMPONENTS, Pipeline
from rasd.serve.export import EXPORTERS, NEEDS_SOURCE, write_events
from rasd.serve.show import render_article
from rasd.store import Store, open_store

__all__ = ["cli", "main"]

# short names for the registered NER scopes
NER_SCOPES = {"events": "rasd.scope.event_windows.v1", "event-sentences": "rasd.scope.events.v1",
              "all": "rasd.scope.all.v1"}


class _Context:
    def __init__(self, db: str | None) -> None:
        self.db = db
        self._store: Store | None = None

    @property
    def store(self) -> Store:
        if self._store is None:
            try:
                self._store = open_store(self.db)
            except RasdError as exc:
                raise click.ClickException(str(exc)) from None
        return self._store


@click.group()
@click.option("--db", envvar="RASD_DB", default="rasd.db", show_default=True,
              help="Database: a SQLite file path (or a store URL). Also $RASD_DB.")
@click.version_option(package_name="rasd")
@click.pass_context
def cli(ctx: click.Context, db: str) -> None:
    """Rasd: Arabic news in, a source-attributed record of conflict events out.

    Example:

        rasd ingest examples/seeds && rasd events --format table
    """
    ctx.obj = _Context(db)


def _progress(enabled: bool) -> Any:
    started = time.perf_counter()

    def show(report: api.IngestReport, item: Article | InputError) -> None:
        if enabled:
            rate = report.seen / max(time.perf_counter() - started, 1e-6)
            click.echo(f"\r{report.seen} read: {report.stored} stored, {report.skipped} already there, "
                       f"{len(report.failed)} failed ({rate:.0f}/s)", err=True, nl=False)

    return show


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--manifest", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="TSV with columns doc, outlet, published (doc = file name without extension).")
@click.option("--outlet", help="Outlet for articles that don't name one.")
@click.option("--published", help="Publication date (YYYY-MM-DD) for articles that don't give one.")
@click.option("--max-bytes", type=int, default=10_000_000, show_default=True, help="Largest single article file.")
@click.option("--progress/--no-progress", default=None, help="Progress line (default: when stderr is a terminal).")
@click.option("--workers", type=click.IntRange(min=0), default=0,
              help="Processes running the pipeline (default 0: one per core; the database keeps one writer).")
@click.option("--ner-scope", type=click.Choice(sorted(NER_SCOPES)), default="events", show_default=True,
              help="Where the NER model reads for names the knowledge base lacks: the words around event triggers, "
              "whole sentences reporting an event, or all sentences (about three times slower); known names are "
              "linked everywhere either way.")
@click.option("--ner", default=DEFAULT_NER, show_default=True,
              help="Registered NER backend: rasd.ner.shipped.v1 runs both nets of the shipped model (more names "
              "found, ingest about 20% slower), the default its first net.")
@click.pass_obj
def ingest(obj: _Context, inputs: tuple[str, ...], manifest: Path | None, outlet: str | None,
           published: str | None, max_bytes: int, progress: bool | None, workers: int, ner_scope: str,
           ner: str) -> None:
    """Read articles (text, HTML, RSS/Atom, JSONL, directories, URLs, - for stdin) and store their events.

    Example:

        rasd ingest examples/seeds --manifest examples/seeds/manifest.tsv
    """
    try:
        day = dt.date.fromisoformat(published) if published else None
    except ValueError:
        raise click.BadParameter(f"{published!r} is not a date like 2020-07-03", param_hint="--published") from None
    try:
        options = IngestOptions(manifest=Manifest.read(manifest) if manifest else None, outlet=outlet,
                                published=day, max_bytes=max_bytes)
    except InputError as exc:
        raise click.ClickException(str(exc)) from None
    show = sys.stderr.isatty() if progress is None else progress
    try:
        pipeline = Pipeline.from_names(DEFAULT_COMPONENTS,
                                       {"rasd.entities.v1": {"ner_scope": NER_SCOPES[ner_scope], "ner": ner}})
        report = api.ingest(inputs, obj.store, options=options, pipeline=pipeline,
                            workers=workers or api.default_workers(), on_item=_progress(show))
    except KeyboardInterrupt:
        click.echo("\ninterrupted: everything stored so far is kept; run the same command again to finish.",
                   err=True)
        sys.exit(130)
    if show:
        click.echo("", err=True)
    for warning in report.warnings:
        click.echo(f"warning: {warning}", err=True)
    for error in report.failed:
        click.echo(f"error: {error}", err=True)
    click.echo(f"{report.stored} stored, {report.skipped} already stored, {len(report.failed)} failed "
               f"({report.seconds:.1f} s)", err=True)
    if report.failed:
        sys.exit(1)


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True)
@click.option("--limit", type=int, default=None)
@click.pass_obj
def articles(obj: _Context, fmt: str, limit: int | None) -> None:
    """List stored articles."""
    rows = list(obj.store.articles(limit))
    if fmt == "jsonl":
        for r in rows:
            click.echo(json.dumps({"key": r.key, "doc": r.doc, "title": r.title, "outlet": r.outlet,
                                   "published": r.published, "url": r.url, "sentences": r.n_sentences,
                                   "events": r.n_events}, ensure_ascii=False))
        return
    click.echo(f"{'key':12}  {'published':10}  {'events':>6}  {'doc':24}  title")
    for r in rows:
        click.echo(f"{r.key[:12]:12}  {r.published or '':10}  {r.n_events:6}  {r.doc[:24]:24}  {(r.title or '')[:60]}")


@cli.command()
@click.argument("ref")
@click.pass_obj
def show(obj: _Context, ref: str) -> None:
    """Show one article (by key, key prefix or doc id) with its entities and events marked."""
    article = obj.store.get_article(ref)
    if article is None:
        raise click.ClickException(f"no stored article with key or doc {ref!r}; `rasd articles` lists them")
    events = list(obj.store.events(article.key))
    click.echo(render_article(article, events, color=sys.stdout.isatty()))


@cli.command()
@click.option("--format", "fmt", type=click.Choice(sorted(EXPORTERS)), default="table", show_default=True)
@click.option("--doc", default=None, help="Only this article (doc id or key).")
@click.pass_obj
def events(obj: _Context, fmt: str, doc: str | None) -> None:
    """Print stored events: jsonl follows EVENTS.md; acled is ACLED-shaped CSV of violent events and
    demonstrations; geojson is a FeatureCollection of event places."""
    write_events(obj.store.events(doc, with_source=fmt in NEEDS_SOURCE), fmt, sys.stdout)


@cli.command()
@click.option("--limit", type=int, default=50, show_default=True)
@click.pass_obj
def entities(obj: _Context, limit: int) -> None:
    """List entities with their mention counts."""
    click.echo(f"{'mentions':>8}  {'articles':>8}  {'kind':12}  {'country':7}  name")
    for e in obj.store.entities(limit):
        click.echo(f"{e.mentions:8}  {e.articles:8}  {e.kind:12}  {e.country or '':7}  {e.name}")


@cli.command()
@click.argument("query")
@click.option("--limit", type=int, default=20, show_default=True)
@click.pass_obj
def search(obj: _Context, query: str, limit: int) -> None:
    """Full-text search over normalised Arabic ("سرت" also finds "وسرت", "لسرت")."""
    for hit in obj.store.search(query, limit):
        click.echo(f"{hit.key[:12]}  {hit.doc[:24]:24}  {hit.snippet}")


@cli.command()
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path),
                default=Path("examples/seeds"))
@click.pass_context
def demo(ctx: click.Context, folder: Path) -> None:
    """Ingest the seed articles (with their manifest) and print their events as a table."""
    manifest = folder / "manifest.tsv"
    args = [str(folder)] + (["--manifest", str(manifest)] if manifest.exists() else [])
    try:
        ctx.invoke(ingest, inputs=tuple(args[:1]), manifest=manifest if manifest.exists() else None,
                   outlet=None, published=None, max_bytes=10_000_000, progress=False, workers=1)
    except SystemExit as exc:
        if exc.code:
            raise
    ctx.invoke(events, fmt="table", doc=None)


@cli.command()
@click.option("--conll", "conll", type=click.File("r", encoding="utf-8"), required=True,
              help="Token-per-line input (first column), a blank line between sentences; - for stdin.")
@click.option("--ner", default="rasd.ner.shipped.v1", show_default=True, help="Registered NER backend.")
def tag(conll: Any, ner: str) -> None:
    """Tag tokens with PERS/LOC/ORG/MISC in IOB2, one `token TAG` per line.

    Example:

        rasd tag --conll test.txt > predicted.txt
    """
    from rasd.entities.component import ner_backends
    from rasd.entities.conll import tag_conll

    try:
        tagger = ner_backends.get(ner)()
    except RasdError as exc:
        raise click.ClickException(str(exc)) from None
    for line in tag_conll(conll, tagger):
        click.echo(line)


def main() -> None:
    try:
        cli()
    except RasdError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
