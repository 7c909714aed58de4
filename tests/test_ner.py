"""Tests for the Arabic NER tagger (rasd.entities.ner)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pycrfsuite
import pytest

from rasd.entities.ner import NerTagger, load_default_tagger
from rasd.entities.ner.crf import CrfNerTagger, repair_iob2
from rasd.entities.ner.decode import drop_nationality, split_pairs, spread_names, tag_titles, title_cue
from rasd.entities.ner.features import FeatureExtractor, FeatureResources, word_key
from rasd.entities.ner.gazetteer import Gazetteer, seen_names
from rasd.entities.ner.neural import BiLstmCrfTagger, Encoder, dense_size, viterbi

VALID_TAGS = {"O"} | {f"{p}-{t}" for p in "BI" for t in ("PERS", "LOC", "ORG", "MISC")}

SENTENCE = "وقال وزير الخارجية المصري سامح شكري في القاهرة إن الأمم المتحدة ستعقد اجتماعا في جنيف .".split()


def _gaz() -> Gazetteer:
    return Gazetteer(
        {
            word_key("جنيف"): frozenset({"CITY"}),
            word_key("الأمم المتحدة"): frozenset({"ORG"}),
            word_key("سامح"): frozenset({"PERSFIRST"}),
        }
    )


def test_repair_iob2_turns_orphan_inside_tags_into_beginnings() -> None:
    assert repair_iob2(["I-LOC", "I-LOC", "O", "I-PERS", "B-ORG", "I-LOC"]) == [
        "B-LOC", "I-LOC", "O", "B-PERS", "B-ORG", "B-LOC",
    ]


def test_word_key_survives_presentation_forms() -> None:
    assert word_key("\ufbb2" + "مصر").endswith("مصر")
    assert word_key("أحمد") == "احمد"


def test_gazetteer_marks_phrases_after_clitics() -> None:
    gaz = _gaz()
    keys = [word_key(t) for t in ["وفي", "والأمم", "المتحدة", "جنيف"]]
    marks = gaz.phrase_marks(keys, ["في", "الامم", "المتحده", "جنيف"])
    assert marks == [[], ["B-ORG"], ["I-ORG"], []]
    assert gaz.word_lists(["وجنيف", "جنيف"]) == {"CITY"}


def test_gazetteer_round_trip(tmp_path: Path) -> None:
    gaz = _gaz()
    gaz.save(tmp_path / "g.tsv")
    assert Gazetteer.load(tmp_path / "g.tsv").entries == gaz.entries


def test_names_seen_in_tagged_sentences_become_name_lists() -> None:
    def sent(text: str, tags: str) -> tuple[list[str], list[str]]:
        return [word_key(t) for t in text.split()], tags.split()

    names = seen_names([
        sent("قال كوفي أنان في والقاهرة", "O B-PERS I-PERS O B-LOC"),
        sent("الأمل كبير و الأمل و الأمل", "B-PERS O O O O O"),  # tagged once in three: left out
        sent("زار أنان جنيف", "O I-PERS B-LOC"),  # an inside tag with no name open begins one
    ])
    assert names == {
        word_key("كوفي أنان"): {"SEENPERS"}, word_key("أنان"): {"SEENPERS"}, word_key("والقاهرة"): {"SEENLOC"},
        word_key("القاهرة"): {"SEENLOC"}, word_key("جنيف"): {"SEENLOC"},
    }
    gaz = _gaz().merged(names)
    assert gaz.entries[word_key("جنيف")] == {"CITY", "SEENLOC"} and gaz.entries[word_key("أنان")] == {"SEENPERS"}
    assert _gaz().entries[word_key("جنيف")] == {"CITY"}  # the table merged into is unchanged
    enc = Encoder([], [], [], gaz, flags=("CITY", "SEENPERS"))
    dense = enc.encode(["مع", "كوفي", "أنان"])[4]
    assert dense[1, 2 + 1] == 1.0 and dense[2, 4 + 1] == 1.0 and dense[2, 1] == 1.0  # B-, I- and word flag


def test_features_use_normalised_and_clitic_stripped_forms() -> None:
    feats = FeatureExtractor(FeatureResources({"جنيف": ("1", "2", "3")}, _gaz())).sentence(["وبجنيف", "اليوم"])
    first = set(feats[0])
    assert {"w=وبجنيف", "stem=جنيف", "c0s=1", "g=CITY", "BOS"} <= first
    assert "-1:stem=جنيف" in feats[1]


def test_encoder_reads_the_model_own_flag_set() -> None:
    enc = Encoder(["جنيف"], ["في"], list("جنيف"), _gaz(), flags=("CITY", "ORG"))
    vec, vec_stem, word, chars, dense = enc.encode(["والأمم", "المتحدة", "في", "بجنيف"])
    assert dense.shape == (4, dense_size(("CITY", "ORG")))
    assert dense[3, 0] == 1.0  # word-level CITY through the stripped reading
    assert dense[0, 2 + 1] == 1.0 and dense[1, 4 + 1] == 1.0  # B-ORG then I-ORG phrase marks
    assert list(vec) == [0, 0, 0, 0] and list(vec_stem) == [0, 0, 0, 1]
    assert list(word) == [0, 0, 1, 0] and chars.shape == (4, 20)


def test_encoder_adds_news_priors_of_the_shared_form() -> None:
    prior = np.array([0.0, 0.75, 0.25, 0.0], dtype=np.float32)
    enc = Encoder(["جنيف"], ["في"], list("جنيف"), _gaz(), flags=("CITY", "ORG"), priors={"جنيف": prior})
    dense = enc.encode(["بجنيف", "في"])[4]
    assert dense.shape == (2, dense_size(("CITY", "ORG")) + 5)
    assert list(dense[0, -5:]) == [0.0, 0.75, 0.25, 0.0, 1.0]  # shares, then "has a prior"
    assert not dense[1, -5:].any()


def test_viterbi_follows_transitions() -> None:
    emissions = np.array([[2.0, 0.0], [0.0, 0.1]], dtype=np.float32)
    forbid = np.array([[0.0, -10.0], [0.0, 0.0]], dtype=np.float32)
    zero = np.zeros(2, dtype=np.float32)
    assert viterbi(emissions, forbid, zero, zero) == [0, 0]
    assert viterbi(emissions, np.zeros((2, 2), dtype=np.float32), zero, zero) == [0, 1]


def test_crf_tagger_trains_and_tags_invented_data(tmp_path: Path) -> None:
    res = FeatureResources({}, _gaz())
    extractor = FeatureExtractor(res)
    trainer = pycrfsuite.Trainer(verbose=False)
    data = [
        ("زار الوفد جنيف أمس".split(), ["O", "O", "B-LOC", "O"]),
        ("وصل سامح إلى جنيف".split(), ["O", "B-PERS", "O", "B-LOC"]),
        ("قال سامح إن الأمم المتحدة ترحب".split(), ["O", "B-PERS", "O", "B-ORG", "I-ORG", "O"]),
    ] * 5
    for toks, tags in data:
        trainer.append(extractor.sentence(toks), tags)
    trainer.set_params({"c1": 0.0, "c2": 0.01, "max_iterations": 50})
    trainer.train(str(tmp_path / "m.crfsuite"))
    tagger: NerTagger = CrfNerTagger(tmp_path / "m.crfsuite", res)
    assert tagger.tag("التقى سامح الوفد في جنيف".split()) == ["O", "B-PERS", "O", "O", "B-LOC"]
    assert tagger.tag([]) == []


@pytest.fixture(scope="module")
def shipped() -> NerTagger:
    return load_default_tagger()


def test_shipped_model_tags_a_news_sentence(shipped: NerTagger) -> None:
    tags = shipped.tag(SENTENCE)
    assert len(tags) == len(SENTENCE)
    assert set(tags) <= VALID_TAGS
    by_word = dict(zip(SENTENCE, tags, strict=True))
    assert by_word["القاهرة"] == "B-LOC"
    assert by_word["جنيف"] == "B-LOC"
    assert by_word["سامح"] == "B-PERS" and by_word["شكري"] == "I-PERS"
    assert by_word["الأمم"] == "B-ORG" and by_word["المتحدة"] == "I-ORG"
    assert load_default_tagger() is shipped  # cached


def test_shipped_model_batch_matches_single(shipped: NerTagger) -> None:
    # speed is measured by scripts/benchmark.py, not here
    assert isinstance(shipped, BiLstmCrfTagger)
    sentences = [SENTENCE, ["."], [], "بدأ الاجتماع في موعده".split(), SENTENCE[:3]]
    assert shipped.tag_many(sentences, window=0) == [shipped.tag_many([s], window=0)[0] for s in sentences]
    assert shipped.tag(SENTENCE) == shipped.tag_many([SENTENCE])[0]


def test_names_spread_to_untagged_repeats_nearby() -> None:
    def keys(words: str) -> list[tuple[str, bool]]:
        return [(w, w in {"في", "و"}) for w in words.split()]

    sentences = [keys("فاز الاهلي على الزمالك"), keys("وقال مدرب الاهلي"), keys("في الاهلي"), keys("مدرب الاهلي")]
    tags = [["O", "B-ORG", "O", "B-ORG"], ["O", "O", "O"], ["O", "O"], ["O", "O"]]
    spread = spread_names(sentences, tags, window=2)
    assert spread[:3] == [tags[0], ["O", "O", "B-ORG"], ["O", "B-ORG"]]
    assert spread[3] == ["O", "O"]  # three sentences away
    tags[1] = ["O", "B-PERS", "I-PERS"]  # a longer name already there is kept
    assert spread_names(sentences, tags, window=2)[1] == ["O", "B-PERS", "I-PERS"]
    assert spread_names([keys("في و"), keys("في")], [["B-LOC", "O"], ["O"]], window=1)[1] == ["O"]  # common word


def test_a_surname_spreads_alone_when_rare() -> None:
    def keys(words: str) -> list[tuple[str, bool]]:
        return [(w, False) for w in words.split()]

    sentences = [keys("قال مسعود البارزاني"), keys("وأكد البارزاني أن جمعة"), keys("فاز عبدالسلام جمعة")]
    tags = [["O", "B-PERS", "I-PERS"], ["O", "O", "O", "O"], ["O", "B-PERS", "I-PERS"]]
    rare = {"البارزاني"}.__contains__
    spread = spread_names(sentences, tags, window=2, surname=rare)
    assert spread[1] == ["O", "B-PERS", "O", "O"]  # "جمعة" is a common word: not alone
    assert spread_names(sentences, tags, window=2)[1] == ["O", "O", "O", "O"]
    # a name found in full keeps its own type against a surname's
    tags[1] = ["O", "B-ORG", "O", "O"]
    sentences.append(keys("البارزاني"))
    assert spread_names(sentences, [*tags, ["O"]], window=3, surname=rare)[3] == ["B-ORG"]


def test_an_organisation_spreads_without_its_head_noun() -> None:
    def keys(words: str) -> list[tuple[str, bool]]:
        return [(w, w == "الله") for w in words.split()]

    sentences = [keys("قادة تنظيم القاعدة"), keys("وقالت القاعدة"), keys("حزب الله"), keys("عبد الله")]
    tags = [["O", "B-ORG", "I-ORG"], ["O", "O"], ["B-ORG", "I-ORG"], ["O", "O"]]
    spread = spread_names(sentences, tags, window=2, heads=frozenset({"تنظيم", "حزب"}))
    assert spread[1] == ["O", "B-ORG"]
    assert spread[3] == ["O", "O"]  # a common word is never spread alone
    assert spread_names(sentences, tags, window=2)[1] == ["O", "O"]


def test_the_shipped_tagger_reads_the_head_nouns() -> None:
    tagger = load_default_tagger()
    assert isinstance(tagger, BiLstmCrfTagger)
    assert tagger.encoder.match_key("حركة")[0] in tagger.org_heads


def test_a_name_does_not_run_on_through_and_a_given_name() -> None:
    gaz = Gazetteer({word_key(w): frozenset({"GIVEN"}) for w in ("ريم", "وليد", "خالد")})
    assert split_pairs("ابنه خالد وريم".split(), ["O", "B-PERS", "I-PERS"], gaz) == ["O", "B-PERS", "B-PERS"]
    # "وليد" is a given name as it stands, "بالمر" is on no list: one name each
    assert split_pairs("محمد وليد".split(), ["B-PERS", "I-PERS"], gaz) == ["B-PERS", "I-PERS"]
    assert split_pairs("دونالد وبالمر".split(), ["B-PERS", "I-PERS"], gaz) == ["B-PERS", "I-PERS"]
    assert split_pairs("خالد وريم".split(), ["B-ORG", "I-ORG"], gaz) == ["B-ORG", "I-ORG"]


def test_a_nationality_after_a_rare_organisation_name_is_left_out() -> None:
    gaz = Gazetteer({word_key(w): frozenset({"NAT"}) for w in ("البرتغالي", "الليبي")})
    rare = {"بنفيكا", "بيلد"}.__contains__
    tags = ["O", "B-ORG", "I-ORG", "O"]
    assert drop_nationality("فاز بنفيكا البرتغالي امس".split(), tags, gaz, rare) == ["O", "B-ORG", "O", "O"]
    # a common first word ("الجيش"), a last word that is no nationality, another type: as tagged
    assert drop_nationality("قال الجيش الليبي امس".split(), tags, gaz, rare) == tags
    assert drop_nationality("فاز بنفيكا لشبونة امس".split(), tags, gaz, rare) == tags
    assert drop_nationality("فاز بنفيكا البرتغالي امس".split(), ["O", "B-LOC", "I-LOC", "O"], gaz, rare)[2] == "I-LOC"


def test_a_quoted_title_after_a_word_naming_a_work_is_misc() -> None:
    cues = frozenset(word_key(w) for w in ("برنامج", "رواية", "بعنوان"))
    words = "تقدم برنامجها « حبيب الملايين » الذي يذاع".split()
    assert tag_titles(words, ["O"] * 7, cues) == ["O", "O", "O", "B-MISC", "I-MISC", "O", "O"]
    # a list of titles goes on through "،" and "و"
    words = "ابرزها « الدنيا لحظة » ، « حكم البشر » و « ضرب » .".split()
    assert tag_titles(["بعنوان", *words[1:]], ["O"] * 14, cues) == [
        "O", "O", "B-MISC", "I-MISC", "O", "O", "O", "B-MISC", "I-MISC", "O", "O", "O", "B-MISC", "O"]
    # no word naming a work before it, no closing quote, a name the tagger found inside: left alone
    assert tag_titles("قال « نحن هنا »".split(), ["O"] * 5, cues) == ["O"] * 5
    assert tag_titles("برنامج « نحن هنا".split(), ["O"] * 4, cues) == ["O"] * 4
    tags = ["O", "O", "B-PERS", "O", "O"]
    assert tag_titles("رواية « زينب » .".split(), tags, cues) == tags
    assert title_cue("روايته", cues) and title_cue("وبرنامجه", cues) and title_cue("ببرنامج", cues)
    assert not title_cue("قال", cues) and not title_cue("برنامجنا", cues)


def test_the_shipped_tagger_reads_the_words_naming_works() -> None:
    tagger = load_default_tagger()
    assert isinstance(tagger, BiLstmCrfTagger)
    assert title_cue("الفيلم", tagger.title_cues) and title_cue("برنامجها", tagger.title_cues)
    words = "وعرضت القناة برنامج « حوار من القلب » أمس .".split()
    assert tagger.tag(words)[4:7] == ["B-MISC", "I-MISC", "I-MISC"]


def _reference_bilstm(x: np.ndarray, w_ih: np.ndarray, bias: np.ndarray, w_hh_t: np.ndarray) -> np.ndarray:
    """Plain LSTM, one direction and one step at a time; gates in (input, forget, output, cell) order."""
    hidden = w_hh_t.shape[1]
    out = np.zeros((x.shape[0], 2 * hidden), dtype=np.float64)
    for d, order in ((0, range(x.shape[0])), (1, range(x.shape[0] - 1, -1, -1))):
        h, c = np.zeros(hidden), np.zeros(hidden)
        for t in order:
            g = w_ih[d * 4 * hidden : (d + 1) * 4 * hidden] @ x[t] + bias[d * 4 * hidden : (d + 1) * 4 * hidden]
            g = g + h @ w_hh_t[d]
            i, f, o = (1 / (1 + np.exp(-g[k * hidden : (k + 1) * hidden])) for k in range(3))
            c = f * c + i * np.tanh(g[3 * hidden :])
            h = o * np.tanh(c)
            out[t, d * hidden : (d + 1) * hidden] = h
    return out


def test_batched_lstm_equals_one_sentence_at_a_time() -> None:
    from rasd.entities.ner.neural import _bilstm_batch

    rng = np.random.default_rng(3)
    hidden, dim = 4, 5
    w_ih = rng.normal(size=(8 * hidden, dim)).astype(np.float32)
    bias = rng.normal(size=8 * hidden).astype(np.float32)
    w_hh_t = rng.normal(size=(2, hidden, 4 * hidden)).astype(np.float32)
    lengths = [3, 1, 6, 2]
    x = rng.normal(size=(sum(lengths), dim)).astype(np.float32)
    batched = _bilstm_batch(x, lengths, w_ih, bias, w_hh_t)
    start = 0
    for n in lengths:
        alone = _reference_bilstm(x[start : start + n], w_ih, bias, w_hh_t)
        np.testing.assert_allclose(batched[start : start + n], alone, rtol=1e-4, atol=1e-5)
        start += n


def test_batched_viterbi_finds_the_same_paths() -> None:
    from rasd.entities.ner.neural import viterbi_batch

    rng = np.random.default_rng(5)
    n_tags = 5
    trans = rng.normal(size=(n_tags, n_tags)).astype(np.float32)
    start, end = rng.normal(size=n_tags).astype(np.float32), rng.normal(size=n_tags).astype(np.float32)
    emissions = [rng.normal(size=(n, n_tags)).astype(np.float32) for n in (4, 1, 9, 2)]
    assert viterbi_batch(emissions, trans, start, end) == [viterbi(e, trans, start, end) for e in emissions]


def test_crf_marginals_match_brute_force() -> None:
    import itertools

    from rasd.entities.ner.neural import marginals

    rng = np.random.default_rng(3)
    em = rng.normal(size=(4, 3)).astype(np.float32)
    trans, start, end = (rng.normal(size=s).astype(np.float32) for s in ((3, 3), 3, 3))
    expect = np.zeros((4, 3))
    for path in itertools.product(range(3), repeat=4):
        s = start[path[0]] + end[path[-1]] + sum(em[t, k] for t, k in enumerate(path))
        s += sum(trans[a, b] for a, b in itertools.pairwise(path))
        for t, k in enumerate(path):
            expect[t, k] += np.exp(s)
    expect /= expect[0].sum()
    got = marginals(em, trans, start, end)
    assert np.allclose(got, expect, atol=1e-5)
    assert np.allclose(got.sum(axis=1), 1.0)


def test_names_are_not_spread_from_one_article_to_the_next(monkeypatch: pytest.MonkeyPatch) -> None:
    from rasd.entities.component import _shipped_tagger

    tagger = _shipped_tagger()
    first, second = "قال زوبيري إن".split(), "وصل زوبيري أمس".split()
    found = {tuple(first): ["O", "B-PERS", "O"], tuple(second): ["O", "O", "O"]}
    monkeypatch.setattr(tagger, "_tag_each", lambda sentences: [list(found[tuple(s)]) for s in sentences])
    assert tagger.tag_many([first, second])[1] == ["O", "B-PERS", "O"]  # one article: spread
    assert tagger.tag_many([first, second], documents=[0, 1])[1] == ["O", "O", "O"]  # two: not


def test_a_model_with_the_news_language_model_reads_its_states(tmp_path: Path) -> None:
    """Only the language-model block of the tagger's LSTM input is non-zero, so the emissions must equal
    the reference LSTM run over the reference language model's states of the word vectors."""
    rng = np.random.default_rng(5)
    dim, lm_h, h, flags = 3, 2, 4, ("CITY",)
    words, chars = ["جنيف", "في", "بيروت"], sorted(set("جنيففيبيروت"))
    n_tags, n_dense = 3, dense_size(flags)
    d_in = 2 * dim + 50 + 60 + n_dense + 2 * lm_h
    lstm = {f"{k}_{d}": rng.normal(size=s).astype(np.float32) for d in "fb"
            for k, s in (("w_ih", (4 * h, d_in)), ("w_hh", (4 * h, h)), ("b_ih", 4 * h), ("b_hh", 4 * h))}
    for d in "fb":
        lstm[f"w_ih_{d}"][:, : d_in - 2 * lm_h] = 0.0
    lm = {f"lm_{k}_{d}": rng.normal(size=s).astype(np.float32) for d in "fb"
          for k, s in (("w_ih", (4 * lm_h, dim)), ("w_hh", (4 * lm_h, lm_h)), ("b_ih", 4 * lm_h), ("b_hh", 4 * lm_h))}
    vectors = rng.normal(size=(len(words), dim)).astype(np.float32)
    out_w, out_b = rng.normal(size=(n_tags, 2 * h)).astype(np.float32), rng.normal(size=n_tags).astype(np.float32)
    np.savez(
        tmp_path / "m.npz", tags=np.array(["B-LOC", "I-LOC", "O"]), vector_words=np.array(words),
        train_words=np.array(["في"]), chars=np.array(chars), flags=np.array(flags), vectors=vectors,
        word_emb=np.zeros((2, 50), dtype=np.float32), char_emb=np.zeros((len(chars) + 2, 25), dtype=np.float32),
        conv_w=np.zeros((60, 25, 3), dtype=np.float32), conv_b=np.zeros(60, dtype=np.float32),
        out_w=out_w, out_b=out_b, trans=np.zeros((3, 3), dtype=np.float32), start=np.zeros(3, dtype=np.float32),
        end=np.zeros(3, dtype=np.float32), **lstm, **lm,
    )
    tagger = BiLstmCrfTagger(tmp_path / "m.npz", _gaz())
    tokens = ["في", "جنيف", "و", "بيروت"]
    ids = tagger.encoder.encode(tokens)[0]  # 0: no vector (the conjunction)
    assert list(ids).count(0) == 1
    x = np.vstack([np.zeros((1, dim), dtype=np.float32), vectors])[ids]

    def reorder(p: dict[str, np.ndarray], prefix: str, n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        def ifog(w: np.ndarray) -> np.ndarray:
            i, f, g, o = np.split(w, 4, axis=0)
            return np.concatenate([i, f, o, g], axis=0)
        w_ih = np.concatenate([ifog(p[f"{prefix}w_ih_{d}"]) for d in "fb"])
        bias = np.concatenate([ifog(p[f"{prefix}b_ih_{d}"] + p[f"{prefix}b_hh_{d}"]) for d in "fb"])
        w_hh_t = np.stack([ifog(p[f"{prefix}w_hh_{d}"]).T for d in "fb"])
        assert w_hh_t.shape == (2, n, 4 * n)
        return w_ih, bias, w_hh_t

    states = _reference_bilstm(x, *reorder(lm, "lm_", lm_h))
    w_ih, bias, w_hh_t = reorder(lstm, "", h)
    hidden = _reference_bilstm(states.astype(np.float32), w_ih[:, d_in - 2 * lm_h :], bias, w_hh_t)
    expected = hidden @ out_w.T + out_b
    np.testing.assert_allclose(tagger.emissions_many([tokens])[0], expected, rtol=1e-4, atol=1e-4)


def test_the_per_word_gate_table_gives_the_same_scores_however_small(
        shipped: NerTagger, monkeypatch: pytest.MonkeyPatch) -> None:
    import rasd.entities.ner.neural as neural

    assert isinstance(shipped, BiLstmCrfTagger)
    sentences = [SENTENCE, "بدأ الاجتماع في موعده في جنيف".split(), SENTENCE[:5], "وقال شكري في القاهرة".split()]
    expected = [e.copy() for e in shipped.emissions_many(sentences)]
    fresh = BiLstmCrfTagger.__new__(BiLstmCrfTagger)
    fresh.__dict__.update(shipped.__dict__)
    fresh._gate_row, fresh._gate_table = {}, np.empty((0, shipped._gate_width), dtype=np.float32)
    for size in (3, 12, 20):  # fewer rows than one sentence's words; a few sentences; clean-ups in between
        monkeypatch.setattr(neural, "_GATE_CACHE", size)
        fresh._gate_row, fresh._gate_table = {}, np.empty((0, shipped._gate_width), dtype=np.float32)
        for _ in range(2):
            for sentence, want in zip(sentences, expected, strict=True):
                np.testing.assert_allclose(fresh.emissions_many([sentence])[0], want, rtol=1e-5, atol=1e-5)


def test_the_shipped_model_packs_two_nets_and_the_fast_backend_runs_the_first() -> None:
    from rasd.entities.component import ner_backends

    both, first = ner_backends.get("rasd.ner.shipped.v1")(), ner_backends.get("rasd.ner.shipped.fast.v1")()
    assert isinstance(both, BiLstmCrfTagger) and isinstance(first, BiLstmCrfTagger)
    assert both.nets == 2 and first.nets == 1
    # the first net's scores are not both nets' mean
    assert not np.allclose(first.emissions_many([SENTENCE])[0], both.emissions_many([SENTENCE])[0], atol=1e-3)
