"""Article metadata from outside the article: a manifest TSV and command-line defaults."""

from __future__ import annotations

import csv
import datetime as dt
import re
import time
from dataclasses import dataclass
from pathlib import Path

from rasd.errors import InputError

__all__ = ["Manifest", "Metadata", "parse_date"]

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


def parse_date(value: object) -> dt.date | None:
    """A publication date from ISO text, RFC 822 text, a datetime or a struct_time; None when unknown."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, time.struct_time):
        return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
    text = str(value).strip()
    m = _ISO.search(text)
    if m:
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    try:
        from email.utils import parsedate_to_datetime

        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        return None


@dataclass(frozen=True, slots=True)
class Metadata:
    outlet: str | None = None
    published: dt.date | None = None


class Manifest:
    """``doc, outlet, published`` rows (as in the seeds' manifest.tsv), looked up by a file's stem."""

    def __init__(self, rows: dict[str, Metadata]) -> None:
        self._rows = rows

    @classmethod
    def read(cls, path: str | Path) -> Manifest:
        path = Path(path)
        try:
            with path.open(encoding="utf-8-sig", newline="") as fh:
                reader = csv.DictReader(fh, delimiter="\t")
                if not reader.fieldnames or "doc" not in reader.fieldnames:
                    raise InputError(str(path), "a manifest needs a header row with a 'doc' column "
                                                "(and 'outlet', 'published')")
                rows = {
                    (r.get("doc") or "").strip(): Metadata(
                        (r.get("outlet") or "").strip() or None, parse_date(r.get("published"))
                    )
                    for r in reader
                }
        except OSError as exc:
            raise InputError(str(path), f"cannot read the manifest: {exc.strerror}") from None
        return cls(rows)

    def get(self, doc: str) -> Metadata | None:
        return self._rows.get(doc)
