"""Train the sentence scorer on IndoSum and write model.json.

    python -m pantau.nlp.summarizer.train --data ../shared/data/summ \\
        --exclude tests/data/summ/indosum_sample_ids.txt

Each article is detokenized into running text and split by our own segmenter; a sentence of
ours is labelled positive when at least half of its characters lie in IndoSum gold extractive
sentences. Articles whose id is in the --exclude file (the ids of the test sample, one a line) are
left out, so the floor test scores articles the shipped model never saw. Deterministic: the same data
gives the same model.json.
"""

import argparse
import hashlib
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..sentences import sentence_spans
from . import document, indosum
from .features import NAMES, featurize
from .model import MODEL_PATH, Scorer

DEFAULT_DATA = os.environ.get("PANTAU_SUMM_DATA", "../shared/data/summ")
DEFAULT_EXCLUDE = "tests/data/summ/indosum_sample_ids.txt"
COVERAGE = 0.5  # share of a sentence inside gold sentences that makes it positive
C = 1.0  # logistic regression (comparison only)
BOOSTING = {"max_iter": 250, "learning_rate": 0.05, "max_leaf_nodes": 15, "min_samples_leaf": 40,
            "l2_regularization": 1.0, "early_stopping": False, "random_state": 0}


@dataclass
class Example:
    article: indosum.Article
    doc: document.Document
    X: np.ndarray
    candidates: list
    y: np.ndarray


def make_document(text: str, title: str = "") -> document.Document:
    doc = document.build(text, sentence_spans(text))
    if title:
        doc.title = title
    return doc


def gold_labels(article: indosum.Article, candidates) -> np.ndarray:
    positive = [(s, e) for s, e, label in article.gold_spans if label]
    y = []
    for c in candidates:
        inside = sum(max(0, min(c.end, e) - max(c.start, s)) for s, e in positive)
        y.append(inside >= COVERAGE * (c.end - c.start))
    return np.asarray(y, dtype=int)


def prepare(articles) -> list[Example]:
    examples = []
    for a in articles:
        doc = make_document(a.text, a.title)
        X, candidates = featurize(doc)
        examples.append(Example(a, doc, X, candidates, gold_labels(a, candidates)))
    return examples


def stack(examples: list[Example]) -> tuple[np.ndarray, np.ndarray]:
    X = np.vstack([e.X for e in examples if len(e.X)])
    y = np.concatenate([e.y for e in examples if len(e.X)])
    return X, y


def fit_logistic(X: np.ndarray, y: np.ndarray, columns=None, C: float = C) -> dict:
    """A logistic regression on standardised features, as the dict model.json holds.
    `columns` keeps only those feature indexes (the others get weight 0)."""
    from sklearn.linear_model import LogisticRegression

    columns = list(range(X.shape[1])) if columns is None else list(columns)
    mean = X.mean(axis=0)
    scale = X.std(axis=0)
    scale[scale == 0] = 1.0
    Z = (X - mean) / scale
    clf = LogisticRegression(C=C, max_iter=2000)
    clf.fit(Z[:, columns], y)
    coef = np.zeros(X.shape[1])
    coef[columns] = clf.coef_[0]
    return {
        "method": "logistic",
        "features": list(NAMES),
        "mean": [round(float(x), 6) for x in mean],
        "scale": [round(float(x), 6) for x in scale],
        "coef": [round(float(x), 6) for x in coef],
        "intercept": round(float(clf.intercept_[0]), 6),
    }


def fit_boosting(X: np.ndarray, y: np.ndarray, params=None) -> dict:
    """Gradient-boosted trees (scikit-learn's HistGradientBoostingClassifier), exported as the
    dict model.json holds: per tree, node arrays; a leaf has feature -1."""
    from sklearn.ensemble import HistGradientBoostingClassifier

    clf = HistGradientBoostingClassifier(**(params or BOOSTING)).fit(X, y)
    trees = []
    for (predictor,) in clf._predictors:  # one tree per iteration for a binary task
        nodes = predictor.nodes
        trees.append({
            "feature": [-1 if leaf else int(f) for f, leaf in zip(nodes["feature_idx"], nodes["is_leaf"])],
            "threshold": [float(t) if not leaf else 0.0 for t, leaf in zip(nodes["num_threshold"], nodes["is_leaf"])],
            "left": [int(i) for i in nodes["left"]],
            "right": [int(i) for i in nodes["right"]],
            "value": [round(float(v), 7) if leaf else 0.0 for v, leaf in zip(nodes["value"], nodes["is_leaf"])],
            "missing_left": [int(m) for m in nodes["missing_go_to_left"]],
        })
    return {"method": "gradient boosting", "features": list(NAMES),
            "baseline": float(clf._baseline_prediction.ravel()[0]), "trees": trees}


def train(articles) -> Scorer:
    X, y = stack(prepare(articles))
    data = fit_boosting(X, y)
    data["trained_on"] = {"articles": len(articles), "sentences": int(len(y)), "positive": int(y.sum()),
                          "data": "IndoSum (Kurniawan & Louvan 2018), CC BY-SA 4.0",
                          "labels": f"gold extractive, coverage >= {COVERAGE}", "params": BOOSTING}
    return Scorer(data)


def excluded_ids(path: str | None) -> set[str]:
    if not path:
        return set()
    with open(path, encoding="utf-8") as f:
        return {line.strip() for line in f if line.strip()}


def ids_digest(ids) -> str:
    """A fingerprint of a set of article ids, so a test can tell the model left them out."""
    return hashlib.sha256("\n".join(sorted(ids)).encode("utf-8")).hexdigest()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default=DEFAULT_DATA, help="folder with indosum_dev.01.jsonl and indosum_extra.jsonl")
    parser.add_argument("--exclude", default=DEFAULT_EXCLUDE, help="file of article ids to leave out, one a line ('' for none)")
    parser.add_argument("--out", default=str(MODEL_PATH), help="where to write the model")
    args = parser.parse_args(argv)
    paths = indosum.default_paths(args.data)
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        parser.error(f"IndoSum files not found: {', '.join(missing)} (set --data or PANTAU_SUMM_DATA)")
    skip = excluded_ids(args.exclude)
    articles = [a for a in indosum.load(paths) if a.id not in skip]
    scorer = train(articles)
    scorer.data["trained_on"]["excluded"] = {"file": args.exclude, "articles": len(skip), "ids_sha256": ids_digest(skip)}
    Path(args.out).write_text(scorer.to_json(), encoding="utf-8")
    info = scorer.data["trained_on"]
    print(f"trained on {info['articles']} articles ({info['sentences']} sentences, {info['positive']} positive), "
          f"{len(skip)} excluded; wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
