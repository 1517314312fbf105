"""Scoring NER runs on the valid splits with the CoNLL span scorer (the `+valid` NERP runs train on
NERP valid: their fair score is on the held-out tenth, "nerp-dev").

    python -m pantau.nlp.ner.evaluate [RUN...]    # table of every trained run in build/ner/runs
    python -m pantau.nlp.ner.evaluate subsets FILE MODEL...   # ensembles of MODELs voting, on FILE
"""

import json
import sys
from itertools import combinations
from pathlib import Path

# A run trained with "macro" names the macro scorer in its config: register it before loading one.
from . import conll, macro_scorer, prepare  # noqa: F401
from .scoring import score
from .tagging import tag_tokens

# The files each kind of run is scored on (written by prepare.write_corpora): the valid splits, and
# for NERP also the held-out tenth of train, the one fair score of the runs trained on valid too.
EVALS = {
    "nerp": ["nerp-valid", "nerp-dev"],
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


def vote_subsets(models, file, corpus=None) -> list:
    """(macro F1, micro F1, subset) of every odd subset of three or more `models` (run names, their
    best checkpoint, or model directories) voting span by span with a strict majority
    (ensemble.py), on the corpus file `file`, best first. How `nerp`'s members were chosen: on
    "nerp-dev", the held-out tenth of train, never on valid (nlp/ner/README.md)."""
    import spacy

    from .ensemble import vote
    from .scoring import spans
    from .train import RUNS

    sentences = conll.read((corpus or prepare.BUILD / "corpus") / f"{file}.txt")
    gold = [tags for _, tags in sentences]
    predicted = {}
    for model in models:
        path = RUNS / model / "model-best" if (RUNS / model).is_dir() else Path(model)
        predicted[model] = [spans(tags) for tags in tag_tokens(spacy.load(path), [tokens for tokens, _ in sentences])]
    results = []
    for size in range(3, len(models) + 1, 2):
        for subset in combinations(models, size):
            voted = [vote([predicted[m][i] for m in subset], size // 2 + 1) for i in range(len(gold))]
            s = score(gold, [spans_to_tags(kept, len(tags)) for kept, tags in zip(voted, gold)])
            results.append((s["macro_f1"], s["micro_f1"], subset))
    return sorted(results, key=lambda r: (-r[0], len(r[2])))


def spans_to_tags(kept, length) -> list[str]:
    tags = ["O"] * length
    for start, end, label in kept:
        tags[start:end] = [f"B-{label}"] + [f"I-{label}"] * (end - start - 1)
    return tags


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
    if sys.argv[1:2] == ["subsets"]:
        for macro, micro, subset in vote_subsets(sys.argv[3:], sys.argv[2]):
            print(f"{macro * 100:.2f} {micro * 100:.2f} {' | '.join(subset)}")
    else:
        main(sys.argv[1:])
