"""Arabic language data: word lists and tables read by the text, entity and event layers."""

from __future__ import annotations

from functools import cache
from importlib.resources import files

__all__ = ["read_list"]


@cache
def read_list(name: str) -> tuple[str, ...]:
    """The entries of a one-entry-per-line file here, as written, without blank and ``#`` comment lines."""
    text = files("rasd.lang.ar").joinpath(name).read_text(encoding="utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))
