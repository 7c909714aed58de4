"""Readers turning one decoded input (text, HTML, feed, JSONL) into articles or per-item errors."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from rasd.doc import Article
from rasd.errors import EmptyInput, FetchError, InputError, UnsupportedInput
from rasd.ingest.fetch import Fetcher
from rasd.ingest.metadata import parse_date

__all__ = ["read_feed", "read_html", "read_jsonl", "read_text", "sniff"]

Item = Article | InputError

def sniff(text: str, name: str) -> str:
    """The format of an input: "jsonl", "html", "feed" or "text", from its name and first bytes."""
    lower = name.lower()
    head = text.lstrip("\ufeff \t\r\n")[:2000].lower()
    if lower.endswith((".jsonl", ".ndjson")) or (lower.endswith(".json") and head.startswith("{")):
        return "jsonl"
    if head.startswith(("<?xml", "<rss", "<feed", "<rdf")):
        if re.search(r"<(rss|feed|rdf:rdf)\b", head):
            return "feed"
    if lower.endswith((".rss", ".atom")):
        return "feed"
    if lower.endswith((".html", ".htm", ".xhtml")) or head.startswith(("<!doctype html", "<html")):
        return "html"
    return "text"


def read_text(text: str, doc: str, source: str) -> Article:
    """A plain-text article. Whether its first line is a headline is decided by the text component,
    once boilerplate (site slogans, share widgets) is out of the way."""
    body = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not body:
        raise EmptyInput(source, "the file holds no text")
    return Article(doc=doc, text=body, source=source, headline_in_text=True)


_MIN_HTML_WORDS = 6  # fewer words than a one-line news brief


def read_html(html: str, doc: str, source: str, url: str | None = None) -> Article:
    """Main text and metadata of an HTML page, via trafilatura."""
    import trafilatura

    result = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                         include_tables=False)
    page: dict[str, Any] = {} if result is None else (result if isinstance(result, dict) else result.as_dict())
    text = page.get("text") or ""
    # the extractor falls back to whatever text a page has, so a page of links yields "home | news"
    if len(text.split()) < _MIN_HTML_WORDS:
        raise EmptyInput(source, "HTML page with no article text (navigation or an empty page?)")
    return Article(
        doc=doc,
        text=text,
        title=page.get("title") or None,
        outlet=page.get("sitename") or None,
        published=parse_date(page.get("date")),
        url=page.get("url") or url,
        source=source,
    )


def read_jsonl(text: str, source: str) -> Iterator[Item]:
    """One article per line: ``id, title, text, url, outlet, published``; a bad line is one error."""
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            yield UnsupportedInput(where, f"not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(row, dict):
            yield UnsupportedInput(where, "a JSONL line must be an object with at least a 'text' field")
            continue
        body = row.get("text") or row.get("content") or row.get("body")
        if not isinstance(body, str) or not body.strip():
            yield EmptyInput(where, "no 'text' field (or it is empty)")
            continue
        doc = str(row.get("id") or row.get("doc") or row.get("url") or f"{source}:{number}")
        yield Article(
            doc=doc, text=body.strip(), title=(row.get("title") or None), url=row.get("url") or None,
            outlet=row.get("outlet") or None, published=parse_date(row.get("published") or row.get("date")),
            source=where,
        )


def read_feed(text: str, source: str, fetcher: Fetcher | None) -> Iterator[Item]:
    """Each feed item's page fetched and extracted; on failure, the item's own content is used."""
    import feedparser

    feed = feedparser.parse(text)
    if not feed.entries:
        yield UnsupportedInput(source, "feed has no items" if not feed.bozo else
                               f"not a readable RSS/Atom feed ({feed.bozo_exception})")
        return
    outlet = feed.feed.get("title") or None
    for number, entry in enumerate(feed.entries, 1):
        link = entry.get("link") or None
        where = link or f"{source}#item{number}"
        published = parse_date(entry.get("published_parsed") or entry.get("updated_parsed"))
        article: Article | None = None
        note: str | None = None
        if link and fetcher is not None:
            try:
                page = fetcher.get(link)
                from rasd.ingest.encoding import decode

                article = read_html(decode(page, link).text, link, link, url=link)
            except (FetchError, InputError) as exc:
                note = f"page could not be fetched or read ({exc.problem}); the feed item's own text is used"
        elif link:
            note = "page not fetched (offline); the feed item's own text is used"
        if article is None:
            content = entry.get("content") or []
            raw = (content[0].get("value") if content else None) or entry.get("summary") or ""
            plain = _strip_tags(raw)
            if not plain.strip():
                yield EmptyInput(where, "feed item has no text and its page could not be read")
                continue
            article = Article(doc=link or where, text=plain, title=entry.get("title") or None, url=link,
                              source=where)
            if note:
                article.notes.append(note)
        article.title = article.title or entry.get("title") or None
        article.published = article.published or published
        article.outlet = article.outlet or outlet
        yield article


_TAG = re.compile(r"<[^>]+>")


def _strip_tags(html: str) -> str:
    import html as htmllib

    text = re.sub(r"(?i)<\s*(br|/p|/div|/li)\s*/?>", "\n", html)
    return htmllib.unescape(_TAG.sub("", text)).strip()
