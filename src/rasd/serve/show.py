"""Render one article with its entities and events marked, for ``rasd show``."""

from __future__ import annotations

from typing import Any

from rasd.doc import Article
from rasd.serve.export import party_names

__all__ = ["render_article"]


def _mark(text: str, spans: list[tuple[int, int, str]], color: bool) -> str:
    out: list[str] = []
    pos = 0
    for start, end, label in sorted(spans):
        if start < pos:
            continue
        out.append(text[pos:start])
        word = text[start:end]
        out.append(f"\x1b[1;36m[{word}]\x1b[0m\x1b[2m{{{label}}}\x1b[0m" if color else f"[{word}]{{{label}}}")
        pos = end
    out.append(text[pos:])
    return "".join(out)


def render_article(article: Article, events: list[dict[str, Any]], color: bool = False) -> str:
    lines = [f"key:       {article.key}", f"doc:       {article.doc}",
             f"outlet:    {article.outlet or '-'}",
             f"published: {article.published.isoformat() if article.published else '-'}"]
    if article.url:
        lines.append(f"url:       {article.url}")
    if article.credits:
        lines.append(f"credits:   {', '.join(article.credits)}")
    for note in article.notes:
        lines.append(f"note:      {note}")
    names = {e.id: e.name for e in article.entities.values()}
    by_sentence: dict[int, list[tuple[int, int, str]]] = {}
    for m in article.mentions:
        by_sentence.setdefault(m.sentence, []).append((m.start, m.end, f"{m.label}:{names.get(m.entity_id, '?')}"))
    lines.append("")
    for s in article.sentences:
        base = 0 if s.is_title else s.start
        spans = [(a - base, b - base, label) for a, b, label in by_sentence.get(s.index, [])]
        prefix = "# " if s.is_title else f"{s.index:>3}  "
        lines.append(prefix + _mark(s.text, spans, color))
    if events:
        lines += ["", f"events ({len(events)}):"]
        for e in events:
            loc = (e.get("location") or {}).get("name") or ""
            lines.append(f"  {e['type']:<9} {e.get('mode') or '':<14} {party_names(e.get('actor'))} → "
                         f"{party_names(e.get('target'))}  @{loc}  {e.get('date') or ''}  [{e.get('status')}]")
    if article.removed:
        lines += ["", f"boilerplate removed ({len(article.removed)}):"]
        lines += [f"  {r.kind}: {r.text[:80]}" for r in article.removed]
    return "\n".join(lines)
