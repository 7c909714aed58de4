"""CRF tagger (python-crfsuite) over the features of ``features.py``."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pycrfsuite

from rasd.entities.ner.features import FeatureExtractor, FeatureResources

__all__ = ["CrfNerTagger", "repair_iob2"]


def repair_iob2(tags: list[str]) -> list[str]:
    """Make a tag sequence valid IOB2: an I-X that does not continue an X entity becomes B-X."""
    prev = "O"
    for i, tag in enumerate(tags):
        if tag.startswith("I-") and prev[2:] != tag[2:]:
            tags[i] = "B-" + tag[2:]
        prev = tags[i]
    return tags


class CrfNerTagger:
    """Tags raw ANERcorp-style tokens with IOB2 PERS/LOC/ORG/MISC labels."""

    def __init__(self, model_path: Path, resources: FeatureResources) -> None:
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(model_path))
        self._features = FeatureExtractor(resources)

    def tag(self, tokens: Sequence[str]) -> list[str]:
        if not tokens:
            return []
        tags: list[str] = self._tagger.tag(self._features.sentence(tokens))
        return repair_iob2(list(tags))

    def tag_many(self, sentences: Sequence[Sequence[str]], *,
                 documents: Sequence[int] | None = None) -> list[list[str]]:
        return [self.tag(s) for s in sentences]  # sentence by sentence: documents do not matter
