"""Walk the inputs of ``rasd ingest`` (files, directories, URLs, ``-``) and yield articles or errors.

Every input that fails becomes one InputError naming it; the walk goes on with the next one.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rasd.doc import Article
from rasd.errors import InputError, InputWarning, UnsupportedInput
from rasd.ingest.encoding import decode
from rasd.ingest.fetch import Fetcher
from rasd.ingest.metadata import Manifest, Metadata
from rasd.ingest.readers import Item, read_feed, read_html, read_jsonl, read_text, sniff

__all__ = ["IngestOptions", "iter_articles"]

MANIFEST_NAME = "manifest.tsv"


@dataclass
class IngestOptions:
    manifest: Manifest | None = None
    outlet: str | None = None
    published: dt.date | None = None
    fetcher: Fetcher | None = None
    max_bytes: int = 10_000_000  # one article file; JSONL and feeds are read item by item
    max_stream_bytes: int = 2_000_000_000
    notes: list[str] = field(default_factory=list)


def iter_articles(inputs: Iterable[str], options: IngestOptions | None = None) -> Iterator[Item]:
    options = options or IngestOptions()
    for spec in inputs:
        if spec == "-":
            yield from _finish(_read_bytes(sys.stdin.buffer.read(), "stdin", "stdin", options), options, None)
        elif spec.startswith(("http://", "https://")):
            yield from _read_url(spec, options)
        else:
            path = Path(spec)
            if path.is_dir():
                yield from _read_dir(path, options)
            elif path.exists():
                yield from _read_file(path, options, options.manifest)
            else:
                yield InputError(spec, "no such file or directory")


def _read_dir(root: Path, options: IngestOptions) -> Iterator[Item]:
    manifest = options.manifest
    files = sorted(p for p in root.rglob("*") if p.is_file() and not any(s.startswith(".") for s in p.parts[-1:]))
    local = root / MANIFEST_NAME
    if manifest is None and local.is_file():
        try:
            manifest = Manifest.read(local)
        except InputError as exc:
            yield exc
    for path in files:
        if path.name == MANIFEST_NAME:
            continue
        yield from _read_file(path, options, manifest)


def _read_file(path: Path, options: IngestOptions, manifest: Manifest | None) -> Iterator[Item]:
    source = str(path)
    try:
        size = path.stat().st_size
        is_stream = path.suffix.lower() in {".jsonl", ".ndjson", ".rss", ".atom", ".xml"}
        limit = options.max_stream_bytes if is_stream else options.max_bytes
        if size > limit:
            yield UnsupportedInput(source, f"file is {size / 1e6:.1f} MB, over the {limit / 1e6:.0f} MB limit "
                                           "for one article; split it or pass a larger --max-bytes")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(source, f"cannot read: {exc.strerror}")
        return
    yield from _finish(_read_bytes(data, path.stem, source, options), options, manifest)


def _read_url(url: str, options: IngestOptions) -> Iterator[Item]:
    fetcher = options.fetcher or Fetcher()
    try:
        data = fetcher.get(url)
    except InputError as exc:
        yield exc
        return
    finally:
        if options.fetcher is None:
            fetcher.close()
    yield from _finish(_read_bytes(data, url, url, options, url=url), options, None)


def _read_bytes(data: bytes, doc: str, source: str, options: IngestOptions, url: str | None = None) -> Iterator[Item]:
    try:
        decoded = decode(data, source)
        kind = sniff(decoded.text, source)
        if kind == "jsonl":
            yield from read_jsonl(decoded.text, source)
            return
        if kind == "feed":
            fetcher = options.fetcher or Fetcher()
            try:
                yield from read_feed(decoded.text, source, fetcher)
            finally:
                if options.fetcher is None:
                    fetcher.close()
            return
        article = (read_html(decoded.text, url or doc, source, url=url) if kind == "html"
                   else read_text(decoded.text, doc, source))
        if decoded.warning:
            article.notes.append(decoded.warning)
            yield InputWarning(source, f"{decoded.warning} (stored anyway)")
        if decoded.encoding not in ("utf-8", "utf-8-sig"):
            article.notes.append(f"decoded as {decoded.encoding}")
        yield article
    except InputError as exc:
        yield exc


def _finish(items: Iterator[Item], options: IngestOptions, manifest: Manifest | None) -> Iterator[Item]:
    for item in items:
        if isinstance(item, Article):
            meta = manifest.get(item.doc) if manifest else None
            _apply(item, meta, options)
        yield item


def _apply(article: Article, meta: Metadata | None, options: IngestOptions) -> None:
    if meta is not None:
        article.outlet = meta.outlet or article.outlet
        article.published = meta.published or article.published
    article.outlet = article.outlet or options.outlet
    article.published = article.published or options.published
