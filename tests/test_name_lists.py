"""The project's own Arabic name lists (rasd/lang/ar/names), read by the NER training as gazetteer features."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

NAMES = Path(__file__).resolve().parent.parent / "src" / "rasd" / "lang" / "ar" / "names"
KINDS = {
    "organisations.tsv": ("category", {"club", "company", "media", "party", "igo", "ngo", "agency", "university",
                                       "government_body", "armed_group"}),
    "given_names.tsv": ("origin", {"arabic_m", "arabic_f", "foreign_m", "foreign_f"}),
    "misc_names.tsv": ("category", {"currency", "religion", "deity", "holy_book", "holy_site", "award", "tournament",
                                    "war_event", "weapon", "vehicle_model", "landmark", "language", "festival",
                                    "programme_or_mission"}),
}
_LATIN = re.compile("[A-Za-z]")
_CLITIC_COPY = re.compile("^[وفبل]")


@pytest.mark.parametrize("file", sorted(KINDS))
def test_name_lists_are_well_formed(file: str) -> None:
    column, allowed = KINDS[file]
    with open(NAMES / file, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    assert len(rows) > 500
    seen: set[str] = set()
    for row in rows:
        assert set(row) == {"ar", "en", column}, row
        assert row["ar"] and row["en"] and row[column] in allowed, row
        assert not _LATIN.search(row["ar"]) and row["ar"] == row["ar"].strip(), row
        assert row["ar"] not in seen, f"{file}: {row['ar']} twice"
        seen.add(row["ar"])


def test_name_lists_hold_bare_forms_not_clitic_copies() -> None:
    # the tagger strips clitics itself; a listed "والأهلي" beside "الأهلي" would be noise
    with open(NAMES / "organisations.tsv", encoding="utf-8") as fh:
        names = {row["ar"] for row in csv.DictReader(fh, delimiter="\t")}
    copies = [n for n in names if _CLITIC_COPY.match(n) and n[1:] in names]
    assert not copies, copies[:10]


def test_the_shipped_tagger_reads_the_name_lists() -> None:
    from rasd.entities.ner import load_default_tagger
    from rasd.entities.ner.features import word_key
    from rasd.entities.ner.neural import BiLstmCrfTagger

    tagger = load_default_tagger()
    assert isinstance(tagger, BiLstmCrfTagger)
    assert {"CLUB", "ORGNAME", "GIVEN", "MISCNAME"} <= set(tagger.encoder.flags)
    gazetteer = tagger.encoder.gazetteer
    assert "CLUB" in gazetteer.word_lists([word_key("الزمالك")])
    assert "GIVEN" in gazetteer.word_lists([word_key("غادة")])
    assert "MISCNAME" in gazetteer.word_lists([word_key("شيكل")])


def test_words_the_training_data_reads_as_other_words_are_left_off() -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
    from train_ner import mostly_not_names

    sentences = [(["صباح", "اليوم"], ["O", "O"])] * 3 + [(["قال", "صباح"], ["O", "B-PERS"])]
    sentences += [(["وقال", "محمد"], ["O", "B-PERS"])] * 3 + [(["وصباح", "محمد"], ["O", "B-PERS"])]
    common = mostly_not_names(sentences)
    assert "صباح" in common  # 1 of 5 (with the clitic reading of وصباح) inside a name
    assert "محمد" not in common and "قال" in common
    assert "اليوم" in common
