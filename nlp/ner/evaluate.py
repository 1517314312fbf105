"""Scoring NER runs on the valid splits (never seen in training) with the CoNLL span scorer.

    python -m pantau.nlp.ner.evaluate [RUN...]    # table of every trained run in build/ner/runs
"""

import json
import sys

# A run trained with "macro" names the macro scorer in its config: register it before loading one.
from . import conll, macro_scorer, prepare  # noqa: F401
from .scoring import score
from .tagging import tag_tokens

# The valid files each kind of run is scored on (written by prepare.write_corpora).
EVALS = {
    "nerp": ["nerp-valid"],
    "nergrit": ["nergrit-valid"],
    "id": ["id-valid-nergrit", "id-valid-nergrit-lower", "id-valid-nergrit-title", "id-valid-nerp",
           "id-valid-nerp-truecase"],
}
# IndoNLU paper, macro F1 on the test split (Wilie et al. 2020, Table 4).
BASELINES = {"nerp-valid": {"fastText": 46.8, "mBERT": 69.3}, "nergrit-valid": {"fastText": 38.7, "mBERT": 75.0}}


def score_file(nlp, path) -> dict:
    sentences = conll.read(path)
    predicted = tag_tokens(nlp, [tokens for tokens, _ in sentences])
    return score([tags for _, tags in sentences], predicted)


def evaluate_run(model_dir, run_name, corpus=None) -> dict:
    """{valid file: scores} for a model directory, on the valid files of its run's kind."""
    import spacy

    corpus = corpus or prepare.BUILD / "corpus"
    nlp = spacy.load(model_dir)
    kind = run_name.split("+")[0].split("-")[0]
    return {name: score_file(nlp, corpus / f"{name}.txt") for name in EVALS[kind]}


def rows(results):
    for run_name, per_file in results.items():
        for file, s in per_file.items():
            types = " ".join(f"{k} {v['f'] * 100:.1f}" for k, v in s["per_type"].items())
            yield f"| {run_name} | {file} | {s['macro_f1'] * 100:.1f} | {s['micro_f1'] * 100:.1f} | {types} |"


def main(names):
    from .train import MODELS, RUNS

    results = {}
    for name in names or MODELS:
        best = RUNS / name / "model-best"
        if best.exists():
            results[name] = evaluate_run(best, name)
            seconds = json.loads((RUNS / name / "run.json").read_text())["seconds"]
            results[name]["_seconds"] = seconds
    (prepare.BUILD / "results.json").write_text(json.dumps(results, indent=1))
    print("| run | valid file | macro F1 | micro F1 | per-type F1 |\n|---|---|---|---|---|")
    for line in rows({k: {f: s for f, s in v.items() if f != "_seconds"} for k, v in results.items()}):
        print(line)
    for name, v in results.items():
        print(f"{name}: trained in {v['_seconds']}s")


if __name__ == "__main__":
    main(sys.argv[1:])
