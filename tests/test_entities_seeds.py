"""Every party and place the seeds' gold events name is found and linked to an accepted English name."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

import rasd
from rasd.ingest.metadata import Manifest

GOLD = Path(__file__).resolve().parent / "fixtures" / "gold"


def _norm(name: str) -> str:
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = re.sub(r"[\u2019'`\-_.,()]", " ", s)
    return re.sub(r"\s+", " ", re.sub(r"^the\s+", "", s.strip())).strip()


def _aliases(path: Path) -> dict[str, set[str]]:
    rows = path.read_text(encoding="utf-8").splitlines()[1:]
    return {cols[0]: {_norm(n) for n in cols[-1].split("|")} for cols in (r.split("\t") for r in rows if r.strip())}


@pytest.fixture(scope="module")
def seed_entities(seeds_dir_module: Path) -> dict[str, set[str]]:
    store = rasd.open_store(":memory:")
    options = rasd.IngestOptions(manifest=Manifest.read(seeds_dir_module / "manifest.tsv"))
    rasd.ingest([str(seeds_dir_module)], store, options=options)
    found: dict[str, set[str]] = {}
    for summary in store.articles():
        article = store.get_article(summary.key)
        assert article is not None
        found[article.doc] = {_norm(e.name) for e in article.entities.values()}
    return found


@pytest.fixture(scope="module")
def seeds_dir_module() -> Path:
    return Path(__file__).resolve().parent.parent / "examples" / "seeds"


def _gold_keys() -> list[tuple[str, str, tuple[str, ...]]]:
    out = []
    for line in (GOLD / "seed-events.jsonl").read_text(encoding="utf-8").splitlines():
        event = json.loads(line)
        for field in ("actor", "target", "location"):
            if event[field]:
                out.append((event["doc"], field, tuple(event[field])))
    return sorted(set(out))


@pytest.mark.parametrize(("doc", "field", "keys"), _gold_keys())
def test_gold_party_or_place_is_linked(seed_entities: dict[str, set[str]], doc: str, field: str,
                                      keys: tuple[str, ...]) -> None:
    table = _aliases(GOLD / ("places.tsv" if field == "location" else "actors.tsv"))
    accepted = set().union(*(table[k] for k in keys))
    assert accepted & seed_entities[doc], f"{doc}: none of {keys} among {sorted(seed_entities[doc])}"
