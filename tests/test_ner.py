"""The trained NER models (issue 5): span scorer, IndoNLU format, `pantau ner-tag`, quality floors
on samples of IndoNLU's valid splits, and the `pantau_ner` pipeline component. The samples (the first
200 sentences of each) are read from ../shared/data/ner at run time by bench/samples.py, never
stored here: without the shared data those tests skip. `nerp` trains on NERP valid, so its floor
is on the tenth of NERP train held out of every training run ("nerp-dev")."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from bench import samples
from pantau.cli import main
from pantau.nlp.ner import conll
from pantau.nlp.ner.scoring import score, spans
from pantau.nlp.ner.tagging import MODELS_DIR, load, tag_tokens

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "ner"
FLOORS = json.loads((ROOT / "bench" / "floors.json").read_text())["ner"]
SAMPLES = ("nerp", "nergrit", "nerp-dev")


@pytest.mark.parametrize("tags, expected", [
    (["B-A", "I-A", "O"], {(0, 2, "A")}),
    (["O", "I-A", "I-A"], {(1, 3, "A")}),                  # I- after O opens a span (conlleval)
    (["B-A", "I-B", "I-B"], {(0, 1, "A"), (1, 3, "B")}),   # a change of type opens a span
    (["B-A", "B-A", "I-A"], {(0, 1, "A"), (1, 3, "A")}),
    (["I-A"], {(0, 1, "A")}),
    (["O", "O"], set()),
])
def test_spans_follow_conlleval(tags, expected):
    assert spans(tags) == expected


def test_score_macro_averages_per_type_f1_and_micro_pools_spans():
    gold = [["B-A", "I-A", "O", "B-B"], ["B-A", "O"]]
    pred = [["B-A", "I-A", "O", "O"], ["B-A", "B-B"]]
    s = score(gold, pred)
    # A: 2 of 2 right -> F1 1.0. B: 0 right of 1 predicted, 1 gold -> F1 0.
    assert s["per_type"]["A"]["f"] == 1.0 and s["per_type"]["B"]["f"] == 0.0
    assert s["macro_f1"] == pytest.approx(0.5)
    assert s["micro_f1"] == pytest.approx(2 / 3)  # P 2/3, R 2/3
    assert s["per_type"]["B"]["support"] == 1


def test_score_counts_a_boundary_error_as_a_miss():
    s = score([["B-A", "I-A"]], [["B-A", "O"]])
    assert s["micro_p"] == 0.0 and s["micro_r"] == 0.0


def test_parse_reads_sentences_with_or_without_tags():
    lines = ["Joko\tB-PERSON\n", "datang\tO\n", "\n", "\n", "Ia\n", "pergi\n"]
    assert list(conll.parse(lines)) == [(["Joko", "datang"], ["B-PERSON", "O"]), (["Ia", "pergi"], None)]


def test_map_tags_renames_types_and_drops_the_rest():
    assert conll.map_tags(["B-PPL", "I-PPL", "B-EVT", "B-IND"], conll.TO_ID["nerp"]) == ["B-PERSON", "I-PERSON", "O", "B-ORG"]


def test_macro_scorer_ranks_checkpoints_by_mean_per_type_f1():
    """A checkpoint that finds the rare type beats one that only finds more of the common type."""
    import spacy
    from spacy.tokens import Doc
    from spacy.training import Example

    from pantau.nlp.ner.macro_scorer import macro_scores

    nlp = spacy.blank("id")
    words = ["joko", "widodo", "ke", "piala", "dunia", "dan", "ani", "pulang"]
    gold = ["B-PPL", "I-PPL", "O", "B-EVT", "I-EVT", "O", "B-PPL", "O"]

    def scores(predicted):
        return macro_scores([Example(Doc(nlp.vocab, words=words, ents=predicted), Doc(nlp.vocab, words=words, ents=gold))])

    people_only = scores(["B-PPL", "I-PPL", "O", "O", "O", "O", "B-PPL", "O"])
    one_of_each = scores(["B-PPL", "I-PPL", "O", "B-EVT", "I-EVT", "O", "O", "O"])
    assert people_only["ents_f"] == pytest.approx(0.8) and people_only["ents_macro_f"] == pytest.approx(0.5)
    assert one_of_each["ents_f"] == pytest.approx(0.8) and one_of_each["ents_macro_f"] == pytest.approx((2 / 3 + 1) / 2)


def test_rare_repeated_adds_sentences_holding_a_rare_type_only():
    from pantau.nlp.ner.prepare import rare_repeated

    evt, ppl = (["piala", "dunia"], ["B-EVT", "I-EVT"]), (["ani"], ["B-PPL"])
    assert rare_repeated([evt, ppl], times=3) == [evt, ppl, evt, evt]


@pytest.mark.parametrize("name, megabytes", [("nerp", 45), ("nergrit", 30), ("id", 25)])
def test_shipped_model_is_small_and_has_its_scheme(name, megabytes):
    """Each model ships in the wheel; `nerp` and `nergrit` are five voting models stored in float16
    (`nergrit` 28.9 MiB since 2026-12-05: five members, each with its gazetteer names)."""
    path = MODELS_DIR / name
    size = sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
    assert size < megabytes * 2**20
    assert set(load(name).get_pipe("ner").labels) == set(conll.SCHEMES[name])


def test_ensemble_keeps_a_span_two_of_three_members_predict():
    from pantau.nlp.ner.ensemble import vote

    # "piala dunia" (0-2) EVT and "jakarta" (3) PLC get two votes; "dunia" alone, "jakarta" IND and
    # "ani" (5) one each
    assert vote([
        [(0, 2, "EVT"), (3, 4, "PLC"), (5, 6, "PPL")],
        [(0, 2, "EVT"), (3, 4, "IND")],
        [(1, 2, "EVT"), (3, 4, "PLC"), (5, 6, "IND")],
    ]) == [(0, 2, "EVT"), (3, 4, "PLC")]


def ner_tag(scheme, path):
    result = CliRunner().invoke(main, ["ner-tag", "--scheme", scheme, str(path)])
    assert result.exit_code == 0, result.output
    return list(conll.parse(result.output.splitlines(keepends=True)))


@pytest.fixture(scope="module")
def sample_files(tmp_path_factory):
    """corpus -> a file holding the first 200 sentences of its IndoNLU valid split, or for "nerp-dev"
    of the held-out tenth of NERP train (built at run time)."""
    absent = [reason for corpus in SAMPLES if (reason := samples.missing(corpus))]
    if absent:
        pytest.skip("; ".join(absent))
    folder = tmp_path_factory.mktemp("ner_samples")
    files = {corpus: folder / f"{corpus}_sample.txt" for corpus in SAMPLES}
    for corpus, path in files.items():
        path.write_text(samples.ner_sample(corpus), encoding="utf-8")
    return files


@pytest.mark.parametrize("corpus", SAMPLES)
def test_the_samples_are_the_ones_the_floors_were_set_on(sample_files, corpus):
    assert samples.sha256(corpus) == samples.SHA256[corpus], \
        f"{samples.NER_FILES[corpus]} changed: the {corpus} floors were set on other sentences"


@pytest.mark.parametrize("scheme", ["nerp", "nergrit"])
def test_ner_tag_keeps_tokens_and_sentences_and_uses_the_scheme(scheme, sample_files):
    given = conll.read(sample_files[scheme])
    tagged = ner_tag(scheme, sample_files[scheme])
    assert [tokens for tokens, _ in tagged] == [tokens for tokens, _ in given]
    types = {tag.partition("-")[2] for _, tags in tagged for tag in tags} - {""}
    assert types and types <= set(conll.SCHEMES[scheme])


def test_ner_tag_reads_a_file_without_tags_and_finds_the_obvious_names():
    sentences = ner_tag("nergrit", DATA / "untagged.txt")
    assert [len(tokens) for tokens, _ in sentences] == [12, 8, 7]
    first = dict(zip(*sentences[0]))
    assert (first["Joko"], first["Widodo"]) == ("B-PERSON", "I-PERSON")
    assert dict(zip(*sentences[1]))["Surabaya"] == "B-PLACE"
    assert set(sentences[2][1]) == {"O"}


def test_ner_tag_nerp_tags_lowercased_text_in_its_own_labels(tmp_path):
    lower = tmp_path / "lower.txt"
    lower.write_text((DATA / "untagged.txt").read_text(encoding="utf-8").lower(), encoding="utf-8")
    sentences = ner_tag("nerp", lower)
    first = dict(zip(*sentences[0]))
    assert (first["joko"], first["widodo"]) == ("B-PPL", "I-PPL")


@pytest.mark.parametrize("model, sample, mapping", [
    ("nerp", "nerp-dev", None),  # nerp trains on NERP valid (nlp/ner/README.md)
    ("nergrit", "nergrit", None),
    ("id", "nergrit", conll.TO_ID["nergrit"]),
    ("id", "nerp", conll.TO_ID["nerp"]),
])
def test_macro_f1_floor_on_the_sample(model, sample, mapping, sample_files):
    """Floors live in bench/floors.json; raise them when a model improves, never lower silently."""
    sentences = conll.read(sample_files[sample])
    gold = [conll.map_tags(tags, mapping) if mapping else tags for _, tags in sentences]
    s = score(gold, tag_tokens(load(model), [tokens for tokens, _ in sentences]))
    key = f"{model}:{sample}"
    assert s["macro_f1"] * 100 >= FLOORS[key]["macro_f1"]
    assert s["micro_f1"] * 100 >= FLOORS[key]["micro_f1"]


@pytest.fixture(scope="module")
def seed_doc():
    from pantau.nlp.pipeline import get_pipeline

    nlp = get_pipeline("id")
    return nlp, nlp((ROOT / "tests" / "data" / "seed.txt").read_text(encoding="utf-8"))


def test_pipeline_sets_person_org_place_entities(seed_doc):
    nlp, doc = seed_doc
    assert nlp.pipe_names.index("pantau_ner") > nlp.pipe_names.index("pantau_sentences")
    found = {(e.text, e.label_) for e in doc.ents}
    assert {label for _, label in found} <= {"PERSON", "ORG", "PLACE"}
    assert ("Jakarta", "PLACE") in found
    assert not any("\n" in text for text, _ in found)
    # batched and single-document runs agree
    batched = next(nlp.pipe([doc.text]))
    assert [(e.start, e.end, e.label_) for e in batched.ents] == [(e.start, e.end, e.label_) for e in doc.ents]


def test_seed_spokesman_and_institution_come_out_of_the_pipeline_with_ner():
    """The id model alone misses them (NERP tags government bodies O; see nlp/ner/README.md), so
    the rules and the gazetteer after it must still find them with the model in the pipeline."""
    from pantau.nlp.pipeline import annotate

    lines = (Path(__file__).parent / "data" / "seed.txt").read_text(encoding="utf-8").split("\n")
    result = annotate(lines[2], "\n".join(lines[3:]), "2024-03-05")
    assert {"name": "Oni Marbun", "role": "Deputi Komunikasi", "organisation": "BPJS Ketenagakerjaan"} in result["people"]
    assert any(e["canonical"] == "BPJS Ketenagakerjaan" and e["label"] == "ORG" for e in result["entities"])


def test_truecase_restores_names_and_sentence_starts():
    from pantau.nlp.ner.casing import truecase

    tokens = "kepala dinas kota manado amos kenda hadir . ia pulang".split()
    tags = ["O", "O", "O", "B-PLC", "B-PPL", "I-PPL", "O", "O", "O", "O"]
    cmap = {"dinas": "Dinas"}
    assert truecase(tokens, tags, cmap, {"PPL", "PLC"}) == \
        "Kepala Dinas kota Manado Amos Kenda hadir . Ia pulang".split()


@pytest.mark.parametrize("level, expected", [
    ({"lower": 1.0, "title": 0.0}, ["presiden", "joko", "widodo", "ke", "bandung"]),
    ({"lower": 0.0, "title": 1.0}, ["Presiden", "Joko", "Widodo", "ke", "Bandung"]),
])
def test_casing_augmenter_changes_text_and_keeps_entities(level, expected):
    import spacy
    from spacy.training import Example

    from pantau.nlp.ner.augment import casing_augmenter
    from pantau.nlp.ner.corpus import to_doc

    nlp = spacy.blank("id")
    doc = to_doc(nlp.vocab, ["Presiden", "Joko", "Widodo", "ke", "Bandung"], ["O", "B-PPL", "I-PPL", "O", "B-PLC"])
    (augmented,) = casing_augmenter(**level)(nlp, Example(doc.copy(), doc))
    assert [t.text for t in augmented.predicted] == expected
    assert [(e.start, e.end, e.label_) for e in augmented.reference.ents] == [(1, 3, "PPL"), (4, 5, "PLC")]


def test_missing_tag_leaves_a_token_unannotated():
    import spacy

    from pantau.nlp.ner.corpus import to_doc

    doc = to_doc(spacy.blank("id").vocab, ["Kata", "KPK", "di", "Jakarta"], ["O", "-", "O", "B-PLACE"])
    assert [t.ent_iob_ for t in doc] == ["O", "", "O", "B"]


def test_entities_do_not_span_line_breaks():
    import spacy

    from pantau.nlp.ner.component import split_at_space

    doc = spacy.blank("id")("Oracle \n\n Jakarta")
    assert [(s.text, s.label_) for s in split_at_space(doc, 0, len(doc), "PLACE")] == [("Oracle", "PLACE"), ("Jakarta", "PLACE")]


def test_pantau_ner_keeps_entities_set_before_it():
    import spacy

    from pantau.nlp.ner import component  # noqa: F401  (registers pantau_ner)

    nlp = spacy.blank("id")
    nlp.add_pipe("pantau_ner")
    doc = nlp.make_doc("Presiden Joko Widodo datang ke Surabaya .")
    doc.ents = [doc.char_span(0, 13, label="ORG")]
    labels = {(e.text, e.label_) for e in nlp.get_pipe("pantau_ner")(doc).ents}
    assert ("Presiden Joko", "ORG") in labels
    assert not any(e.startswith("Joko") for e, _ in labels)


def test_extra_corpora_are_read_in_their_own_formats(tmp_path):
    """idner-news-2k is `token POS tag` (IOB2 PER/ORG/LOC, CRLF), NER-UGM has TIME, the Luthfi
    gold standard is IO (`Person`) in paragraphs: all come out as PERSON/ORG/PLACE BIO sentences."""
    from pantau.nlp.ner import extra

    (tmp_path / "idner-news-2k").mkdir()
    (tmp_path / "idner-news-2k" / "train.txt").write_bytes(
        b"Joko PROPN B-PER\r\nke ADP O\r\nSolo PROPN B-LOC\r\n\r\nBank PROPN B-ORG\r\nDunia PROPN I-ORG\r\n")
    for name in ("dev.txt", "test.txt"):
        (tmp_path / "idner-news-2k" / name).write_text("")
    (tmp_path / "indolem-nerugm").mkdir()
    (tmp_path / "indolem-nerugm" / "nerugm.txt").write_text("Senin\tB-TIME\nAmir\tB-PERSON\npergi\tO\n")
    (tmp_path / "luthfi2014-goldstandard").mkdir()
    (tmp_path / "luthfi2014-goldstandard" / "goldstandard-0811.txt").write_text(
        "Ia\tO\nbertemu\tO\nAmir\tPerson\nHamzah\tPerson\n.\tO\nJakarta\tPlace\nBandung\tPlace\nramai\tO \n.\tO\n")
    assert extra.read(tmp_path, "idner") == [(["Joko", "ke", "Solo"], ["B-PERSON", "O", "B-PLACE"]),
                                             (["Bank", "Dunia"], ["B-ORG", "I-ORG"])]
    assert extra.read(tmp_path, "nerugm") == [(["Senin", "Amir", "pergi"], ["O", "B-PERSON", "O"])]
    # one sentence per full stop; IO tags make one span of "Amir Hamzah" (adjacent places merge, as upstream)
    assert extra.read(tmp_path, "luthfi") == [
        (["Ia", "bertemu", "Amir", "Hamzah", "."], ["O", "O", "B-PERSON", "I-PERSON", "O"]),
        (["Jakarta", "Bandung", "ramai", "."], ["B-PLACE", "I-PLACE", "O", "O"])]


def test_extra_sentences_overlapping_a_split_are_dropped():
    from pantau.nlp.ner import extra

    held = [("kepala dinas tata kota manado amos kenda menyatakan tidak tahu".split(), None)]
    same_text = ("Kepala Dinas Tata Kota Manado , Amos Kenda menyatakan tidak tahu".split(), None)
    eight_words = ("Lalu tata kota manado amos kenda menyatakan tidak tahu apa - apa".split(), None)
    other = ("Amos Kenda tidak tahu soal baliho itu".split(), None)
    assert extra.without([same_text, eight_words, other], held) == [other]


def test_extra_types_map_into_a_scheme_or_stay_unannotated():
    from pantau.nlp.ner import extra

    sentences = [(["Amir", "di", "KPK"], ["B-PERSON", "O", "B-ORG"])]
    assert extra.to_scheme(sentences, {"PERSON": "PPL", "PLACE": "PLC", "ORG": "-"}) == \
        [(["Amir", "di", "KPK"], ["B-PPL", "O", "-"])]


def test_gazetteer_tags_mark_the_longest_known_name_in_any_case(tmp_path):
    import spacy

    from pantau.nlp.ner.gazetteer_tags import GazetteerTags

    tags = GazetteerTags("gazetteer")
    tags.set_names({"PERSON": ["joko widodo", "joko"], "PLACE": ["jakarta", "jakarta pusat", "widodo"]})
    words = "presiden joko widodo ke jakarta pusat , bukan jakarta".split()
    assert tags.tags(words) == ["", "B-PERSON", "B-PLACE|I-PERSON", "", "B-PLACE", "I-PLACE", "", "", "B-PLACE"]
    tags.to_disk(tmp_path / "g")
    doc = GazetteerTags("gazetteer").from_disk(tmp_path / "g")(spacy.blank("id")("Joko Widodo ke Jakarta Pusat"))
    assert [t.tag_ for t in doc] == ["B-PERSON", "B-PLACE|I-PERSON", "", "B-PLACE", "I-PLACE"]
