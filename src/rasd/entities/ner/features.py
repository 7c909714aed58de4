"""Token features for the Arabic NER CRF.

Each token is described by its normalised form, its forms without proclitics (و ف ب ل ك ال), character
affixes, shape, word clusters learnt from unlabelled news (three granularities), and name-list membership;
neighbours within two tokens contribute a subset of the same. Everything is computed on the matching form
(``match_key``), so spelling variants of hamza, alef and ta marbuta share features.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rasd.entities.ner.gazetteer import Gazetteer
from rasd.text.normalize import match_key, strip_clitics

__all__ = ["FeatureResources", "TokenInfo", "sentence_features", "word_key", "word_readings"]

_PUNCT = set(".,،؛;:!?؟()[]{}\"'«»-/_…%")


@lru_cache(maxsize=50_000)
def word_key(token: str) -> str:
    """``match_key`` of one token, never failing on odd presentation-form characters."""
    try:
        return match_key(token)
    except RecursionError:  # some Arabic presentation forms normalise to themselves; drop them
        return match_key("".join(c for c in token if not "\ufb50" <= c <= "\ufefc"))


def word_readings(token: str) -> list[str]:
    """The token's ``word_key`` and then its readings without proclitics (``strip_clitics``); a number or a
    sign is its own only reading."""
    key = word_key(token) or token
    return strip_clitics(key) if key[:1].isalpha() else [key]


def load_clusters(path: Path) -> dict[str, tuple[str, ...]]:
    """``word → (cluster id per granularity)`` from the tab-separated cluster table."""
    table: dict[str, tuple[str, ...]] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            parts = line.rstrip("\n").split("\t")
            table[parts[0]] = tuple(parts[1:])
    return table


@dataclass
class FeatureResources:
    clusters: dict[str, tuple[str, ...]] = field(default_factory=dict)
    gazetteer: Gazetteer = field(default_factory=lambda: Gazetteer({}))


@dataclass(frozen=True, slots=True)
class TokenInfo:
    """What the features need to know about one token, computed once per distinct surface form."""

    key: str
    stem: str  # shortest reading without proclitics
    base: str  # reading without conjunction/preposition but keeping ال, used for phrase matching
    own: tuple[str, ...]  # features of the token itself
    ctx1: tuple[str, ...]  # features it lends to neighbours at distance 1
    ctx2: tuple[str, ...]  # ... at distance 2


def _shape(token: str) -> str:
    if token.isdigit():
        return "num"
    if all(c in _PUNCT for c in token):
        return "punct"
    if any("a" <= c.lower() <= "z" for c in token):
        return "latinCap" if token[:1].isupper() else "latin"
    if any(c.isdigit() for c in token):
        return "alnum"
    return "ar"


def _token_info(token: str, res: FeatureResources) -> TokenInfo:
    readings = word_readings(token)
    key, stem = readings[0], readings[-1]
    base = next((r for r in readings if r.startswith("ال")), stem)
    shape = _shape(token)
    clusters = res.clusters.get(key)
    cl_src = "w"
    if clusters is None:
        for reading in readings[1:]:
            clusters = res.clusters.get(reading)
            if clusters is not None:
                cl_src = "s"
                break
    lists = res.gazetteer.word_lists(readings)
    own = [
        "w=" + key,
        "stem=" + stem,
        "shape=" + shape,
        "len=" + str(min(len(key), 8)),
        "p2=" + key[:2],
        "p3=" + key[:3],
        "s1=" + key[-1:],
        "s2=" + key[-2:],
        "s3=" + key[-3:],
        "sp2=" + stem[:2],
        "ss2=" + stem[-2:],
        "ss3=" + stem[-3:],
        "al=" + str(key.startswith("ال") or base != stem),
        "strip=" + str(len(readings) - 1),
    ]
    if clusters is not None:
        own.extend(f"c{i}{cl_src}={c}" for i, c in enumerate(clusters))
        own.extend(f"c{i}={c}" for i, c in enumerate(clusters))
    else:
        own.append("c=none")
    own.extend("g=" + g for g in sorted(lists))
    ctx1 = ["w=" + key, "stem=" + stem, "shape=" + shape]
    if clusters is not None:
        ctx1.extend(f"c{i}={c}" for i, c in enumerate(clusters[:2]))
    ctx1.extend("g=" + g for g in sorted(lists))
    ctx2 = ["stem=" + stem]
    if clusters is not None:
        ctx2.append("c0=" + clusters[0])
    return TokenInfo(key, stem, base, tuple(own), tuple(ctx1), tuple(ctx2))


class FeatureExtractor:
    """Turns a sentence into CRFsuite feature lists; caches per-token work across calls."""

    def __init__(self, res: FeatureResources, cache_size: int = 200_000) -> None:
        self.res = res
        self._cache: dict[str, TokenInfo] = {}
        self._cache_size = cache_size

    def info(self, token: str) -> TokenInfo:
        got = self._cache.get(token)
        if got is None:
            got = _token_info(token, self.res)
            if len(self._cache) >= self._cache_size:
                self._cache.clear()
            self._cache[token] = got
        return got

    def sentence(self, tokens: Sequence[str]) -> list[list[str]]:
        infos = [self.info(t) for t in tokens]
        marks = self.res.gazetteer.phrase_marks([i.key for i in infos], [i.base for i in infos])
        n = len(infos)
        out: list[list[str]] = []
        for i, inf in enumerate(infos):
            feats = ["bias", *inf.own]
            feats.extend("ph=" + m for m in marks[i])
            if i == 0:
                feats.append("BOS")
            if i == n - 1:
                feats.append("EOS")
            for off in (-2, -1, 1, 2):
                j = i + off
                if 0 <= j < n:
                    src = infos[j].ctx1 if off in (-1, 1) else infos[j].ctx2
                    feats.extend(f"{off}:{f}" for f in src)
                    if off in (-1, 1):
                        feats.extend(f"{off}:ph={m}" for m in marks[j])
            if i > 0:
                feats.append(f"bi-1={infos[i - 1].key}|{inf.key}")
                feats.append(f"bis-1={infos[i - 1].stem}|{inf.stem}")
            if i < n - 1:
                feats.append(f"bi+1={inf.key}|{infos[i + 1].key}")
            out.append(feats)
        return out


def sentence_features(tokens: Sequence[str], res: FeatureResources) -> list[list[str]]:
    """Feature lists for one sentence (convenience wrapper without a shared cache)."""
    return FeatureExtractor(res).sentence(tokens)
