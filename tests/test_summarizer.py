"""Extractive summaries (issue 6): the component, the shipped scorer, `pantau summarize`, and a
quality floor against LEAD-3 on 40 IndoSum articles the shipped model never saw (built at run time
from ../shared/data/summ by bench/samples.py: the repository keeps their ids, never their text)."""

import json
import sys
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from bench import samples
from pantau.cli import main
from pantau.nlp.pipeline import annotate, get_pipeline
from pantau.nlp.sentences import sentence_spans
from pantau.nlp.summarizer import document, indosum, model, train
from pantau.nlp.summarizer.features import NAMES, featurize
from pantau.summarize import summarize_lines

ROOT = Path(__file__).parents[1]
DATA = Path(__file__).parent / "data"

ARTICLE = """Judul: Iuran Naik Mulai Januari

Jakarta (ANTARA) - Pemerintah menaikkan iuran BPJS Ketenagakerjaan mulai Januari 2025. Kenaikan itu berlaku untuk peserta bukan penerima upah.

Baca juga: BPJS Ketenagakerjaan Bidik 70 Juta Peserta

Menteri Ketenagakerjaan mengatakan kenaikan iuran diperlukan untuk menjaga dana jaminan sosial. "Dana harus cukup. Manfaat juga naik," katanya di Jakarta, Senin (5/3).

Pemerintah menaikkan iuran BPJS Ketenagakerjaan mulai Januari 2025 bagi peserta.

Serikat pekerja menolak kenaikan itu dan meminta pemerintah menunda keputusan. Mereka akan berunjuk rasa pekan depan.

Editor: Budi Santoso"""


@pytest.fixture(scope="module")
def sample():
    """The 40 IndoSum articles of tests/data/summ/indosum_sample_ids.txt with text and reference summary."""
    if reason := samples.missing("indosum"):
        pytest.skip(reason)
    return samples.indosum_sample()


def summary_of(text, n=3, title_end=0):
    doc = document.build(text, sentence_spans(text), title_end)
    from pantau.nlp.summarizer.select import summarize

    return [s.text for s in summarize(doc, model.load(), n)]


# ---- the article as the summariser sees it

def test_title_header_boilerplate_and_dateline():
    doc = document.build(ARTICLE, sentence_spans(ARTICLE))
    assert doc.title == "Judul: Iuran Naik Mulai Januari"
    reasons = {s.text: s.reason for s in doc.sentences if not s.selectable}
    assert reasons == {
        "Judul: Iuran Naik Mulai Januari": "title",
        "Baca juga: BPJS Ketenagakerjaan Bidik 70 Juta Peserta": "boilerplate",
        "Editor: Budi Santoso": "boilerplate",
        '"Dana harus cukup.': "short",
    }
    first = doc.body[0]
    assert first.text.startswith("Pemerintah menaikkan") and ARTICLE[first.start:].startswith("Jakarta (ANTARA) - ")


def test_known_title_is_never_chosen():
    text = "Iuran BPJS Naik Mulai Januari 2025 Bagi Semua Peserta Mandiri\n\nPeserta mandiri membayar lebih."
    doc = document.build(text, sentence_spans(text), title_end=text.index("\n"))
    assert [s.body_index for s in doc.sentences] == [-1, 0]
    assert summary_of(text, title_end=text.index("\n")) == ["Peserta mandiri membayar lebih."]


@pytest.mark.parametrize("text, expected", [
    ("KONTAN.CO.ID - JAKARTA. Iuran peserta mandiri naik mulai bulan depan.", ["Iuran peserta mandiri naik mulai bulan depan."]),
    ("Jakarta, CNN Indonesia -- Iuran peserta mandiri naik mulai bulan depan.", ["Iuran peserta mandiri naik mulai bulan depan."]),
    ("Jakarta -", []),  # a bare dateline is not a summary
    ("JAKARTA, KOMPAS.com -\n\nIuran peserta mandiri naik mulai bulan depan.", ["Iuran peserta mandiri naik mulai bulan depan."]),
    ("Satu kalimat saja.", ["Satu kalimat saja."]),  # too short to be a candidate: the fallback takes it
    ("", []),
])
def test_datelines_and_tiny_articles(text, expected):
    assert summary_of(text) == expected


def test_summary_is_verbatim_in_order_without_repeats():
    summary = summary_of(ARTICLE, n=4)
    assert len(summary) == 4
    positions = [ARTICLE.index(s) for s in summary]
    assert positions == sorted(positions)
    assert not any(s.startswith(("Jakarta (ANTARA)", "Baca juga", "Editor", "Judul")) for s in summary)
    # the lead and its near-copy in paragraph 4 are never both chosen
    copies = [s for s in summary if s.startswith("Pemerintah menaikkan iuran")]
    assert len(copies) == 1


@pytest.mark.parametrize("n", [1, 2, 3, 5, 50])
def test_n_sentences(n):
    summary = summary_of(ARTICLE, n=n)
    assert len(summary) == min(n, 6)


def test_features_have_their_names():
    doc = document.build(ARTICLE, sentence_spans(ARTICLE))
    X, candidates = featurize(doc)
    assert X.shape == (len(candidates), len(NAMES)) and np.isfinite(X).all()


# ---- the shipped scorer

def test_shipped_model_is_small_and_left_out_the_sample():
    path = model.MODEL_PATH
    assert path.stat().st_size < 5_000_000
    scorer = model.load()
    assert scorer.method == "gradient boosting"
    excluded = scorer.data["trained_on"]["excluded"]
    sample_ids = set(samples.indosum_ids())
    assert excluded["articles"] == len(sample_ids) == 40
    assert excluded["ids_sha256"] == train.ids_digest(sample_ids)


def test_tree_export_matches_scikit_learn():
    from sklearn.ensemble import HistGradientBoostingClassifier

    rng = np.random.default_rng(0)
    X = rng.normal(size=(600, len(NAMES)))
    y = (X[:, 0] + 0.5 * X[:, 3] * X[:, 5] + rng.normal(scale=0.5, size=600) > 0).astype(int)
    params = {**train.BOOSTING, "max_iter": 30}
    exported = model.Scorer(train.fit_boosting(X, y, params))
    reference = HistGradientBoostingClassifier(**params).fit(X, y).predict_proba(X)[:, 1]
    np.testing.assert_allclose(exported.score(X), reference, atol=1e-5)


def test_logistic_scorer_round_trips():
    rng = np.random.default_rng(1)
    X = rng.normal(size=(200, len(NAMES)))
    y = (X[:, 1] > 0).astype(int)
    scorer = model.Scorer(json.loads(model.Scorer(train.fit_logistic(X, y)).to_json()))
    assert scorer.score(X[y == 1]).mean() > 0.8 > 0.2 > scorer.score(X[y == 0]).mean()


def test_model_with_other_features_is_refused():
    data = json.loads(model.MODEL_PATH.read_text(encoding="utf-8"))
    data["features"] = data["features"][:-1]
    with pytest.raises(ValueError, match="retrain"):
        model.Scorer(data)


# ---- IndoSum reading (training and evaluation)

@pytest.mark.parametrize("tokens, text", [
    ([["Ketua", "MPR", "hadir", "."], ["Ia", "berkata", "."]], "Ketua MPR hadir. Ia berkata."),
    ([['"', "Tidak", "hanya", "tarif", ",", '"', "ucap", "Zulkifli", ",", "Senin", "(", "27", "/", "3", ")", "."]],
     '"Tidak hanya tarif," ucap Zulkifli, Senin (27/3).'),
    ([["Jakarta", ",", "CNN", "Indonesia", "-", "-", "Proyek", "e", "-", "KTP", "baru", "-", "baru", "ini", "."]],
     "Jakarta, CNN Indonesia -- Proyek e-KTP baru-baru ini."),
    ([["Skor", "3", "-", "0", "untuk", "\u201c", "Barca", "\u201d", "."]], "Skor 3-0 untuk \u201cBarca\u201d."),
])
def test_detokenize(tokens, text):
    joined, spans = indosum.detokenize_paragraph(tokens)
    assert joined == text
    assert spans[0][0] == 0 and spans[-1][1] == len(joined)


def test_detokenize_keeps_sentence_spans():
    joined, spans = indosum.detokenize_paragraph([["Ketua", "hadir", "."], ['"', "Ya", ".", '"'], ["Ia", "pergi", "."]])
    assert [joined[s:e] for s, e in spans] == ["Ketua hadir.", '"Ya."', "Ia pergi."]


def test_slug_title():
    assert indosum.slug_title("http://www.suara.com/bisnis/2017/03/13/201620/mentan-lepas-ekspor-perdana") == "mentan lepas ekspor perdana"
    assert indosum.slug_title("https://www.merdeka.com/sepakbola/menang-6-0-pada-laga-debut.html") == "menang pada laga debut"


# ---- in the pipeline and on the command line

def test_annotate_gives_the_seed_summary():
    text = (DATA / "seed.txt").read_text(encoding="utf-8")
    title, _, body = text.strip().partition("\n")
    summary = annotate(title.strip(), body.strip())["summary"]
    assert summary == [
        "BPJS Ketenagakerjaan menargetkan dapat mengantongi jumlah kepesertaan aktif sebesar 53,9 juta di 2024.",
        "Tercatat, hingga 31 Januari jumlahnya telah menembus 40,9 juta.",
        "Artinya, BPJS Ketenagakerjaan masih harus menjangkau sekitar 13,9 juta pekerja untuk menjadi peserta aktif.",
    ]


def test_component_takes_n_per_call():
    nlp = get_pipeline("id")
    (doc,) = nlp.pipe([ARTICLE], component_cfg={"pantau_summary": {"n_sentences": 1}})
    assert len(doc._.summary) == 1
    assert len(nlp(ARTICLE)._.summary) == 3


def test_summarize_lines_keeps_order_and_reports_bad_lines():
    lines = [json.dumps({"id": "a", "text": ARTICLE}), "{broken", json.dumps({"id": 7, "text": "Satu kalimat pendek di sini."}),
             "", json.dumps({"text": "tanpa id"}), json.dumps({"id": "c", "text": ARTICLE, "title": "Iuran Naik"})]
    errors = []
    out = list(summarize_lines(lines, 2, on_error=errors.append))
    assert [r["id"] for r in out] == ["a", 7, "c"]
    assert [len(r["summary"]) for r in out] == [2, 1, 2]
    assert errors == ["line 2: not JSON (Expecting property name enclosed in double quotes at column 2)",
                      'line 5: missing "id" (a string or a number)']


def test_cli_summarize(tmp_path):
    seed = (DATA / "seed.txt").read_text(encoding="utf-8")
    rows = [{"id": "a", "text": ARTICLE}, {"id": "b", "text": seed}, {"id": "c", "text": ARTICLE}]
    path = tmp_path / "in.jsonl"
    lines = [json.dumps({"id": r["id"], "text": r["text"]}, ensure_ascii=False) for r in rows]
    lines.insert(2, '{"id": "bad", "text": 3}')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["summarize", str(path), "--sentences", "2", "--jsonl"])
    assert result.exit_code == 1
    assert result.stderr == 'error: line 3: missing "text" (a string)\n'
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == [r["id"] for r in rows]
    for o, r in zip(out, rows):
        assert len(o["summary"]) == 2
        assert all(s in r["text"] for s in o["summary"])


def test_cli_summarize_reads_stdin():
    result = CliRunner().invoke(main, ["summarize", "-", "--jsonl"], input=json.dumps({"id": 1, "text": ARTICLE}) + "\n")
    assert result.exit_code == 0 and result.stderr == ""
    (out,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert out["id"] == 1 and len(out["summary"]) == 3 and all(s in ARTICLE for s in out["summary"])


# ---- quality: our scorer against LEAD-3 on articles the shipped model never saw

def test_the_sample_is_the_one_the_floors_were_set_on(sample):
    assert samples.sha256("indosum") == samples.SHA256["indosum"], \
        f"the IndoSum files in {samples.SUMM} changed: the summariser floors were set on other text"


def test_quality_floor(sample):
    from rouge_score import rouge_scorer

    floors = json.loads((ROOT / "bench" / "floors.json").read_text(encoding="utf-8"))["summarizer"]
    rows = sample
    rouge = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=False)
    ours = {r["id"]: r["summary"] for r in summarize_lines(json.dumps({"id": x["id"], "text": x["text"]}) for x in rows)}
    scores, lead = [], []
    for row in rows:
        reference = "\n".join(row["summary"])
        assert all(s in row["text"] for s in ours[row["id"]])
        first3 = [row["text"][s:e] for s, e in sentence_spans(row["text"])[:3]]
        scores.append([v.fmeasure * 100 for v in rouge.score(reference, "\n".join(ours[row["id"]])).values()])
        lead.append(rouge.score(reference, "\n".join(first3))["rougeL"].fmeasure * 100)
    r1, r2, rl = np.mean(scores, axis=0)
    assert r1 >= floors["rouge1_min"] and r2 >= floors["rouge2_min"] and rl >= floors["rougeL_min"], (r1, r2, rl)
    assert rl - np.mean(lead) >= floors["rougeL_over_lead3_min"], (rl, np.mean(lead))


def test_bench_runs_on_the_sample(sample):
    """bench/summarize_eval.py needs IndoSum from shared/; its methods and speed probe must still run."""
    sys.path.insert(0, str(ROOT))
    try:
        from bench import summarize_eval
    finally:
        sys.path.remove(str(ROOT))
    rows = sample[:6]
    articles = [indosum.Article(r["id"], r["text"], [], "\n".join(r["summary"]), "") for r in rows]
    examples = train.prepare(articles)
    results, _ = summarize_eval.evaluate(examples, 2, {"lead": summarize_eval.lead_raw, "textrank": summarize_eval.textrank}, {})
    assert {name: rows.shape for name, rows in results.items()} == {"lead": (6, 5), "textrank": (6, 5)}
    assert set(summarize_eval.speed([a.text for a in articles])) == {"tokenizer + pantau_sentences", "pantau_summary", "both"}
