"""Arabic named-entity tagging (PERS, LOC, ORG, MISC in IOB2) over raw surface tokens.

``load_default_tagger()`` returns the model shipped in ``rasd/data/models`` (``ner-model.json`` says which
kind: a numpy BiLSTM-CRF or a python-crfsuite CRF). Both run offline on CPU with numpy / python-crfsuite.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Protocol

from rasd.entities.ner.gazetteer import Gazetteer

__all__ = ["NerTagger", "load_default_tagger", "load_tagger"]


class NerTagger(Protocol):
    def tag(self, tokens: Sequence[str]) -> list[str]: ...  # IOB2 tags, one per token

    # documents: each sentence's document, when sentences of several texts are tagged together
    def tag_many(self, sentences: Sequence[Sequence[str]], *,
                 documents: Sequence[int] | None = None) -> list[list[str]]: ...


def load_tagger(model_dir: Path, nets: int | None = None) -> NerTagger:
    """Load the tagger described by ``model_dir/ner-model.json``; ``nets``: of a model packing several nets, run
    only the first ``nets`` (faster; default: all)."""
    manifest = json.loads((model_dir / "ner-model.json").read_text(encoding="utf-8"))
    gazetteer = Gazetteer.load(model_dir / manifest["gazetteer"])
    if manifest["kind"] == "bilstm":
        from rasd.entities.ner.neural import BiLstmCrfTagger

        return BiLstmCrfTagger(model_dir / manifest["model"], gazetteer, nets)
    from rasd.entities.ner.crf import CrfNerTagger
    from rasd.entities.ner.features import FeatureResources, load_clusters

    res = FeatureResources(load_clusters(model_dir / manifest["clusters"]), gazetteer)
    return CrfNerTagger(model_dir / manifest["model"], res)


@lru_cache(maxsize=2)
def load_default_tagger(nets: int | None = None) -> NerTagger:
    """The shipped NER model (or the first ``nets`` of the nets it packs), loaded once per process."""
    models = resources.files("rasd") / "data" / "models"
    with resources.as_file(models) as path:
        return load_tagger(Path(path), nets)
