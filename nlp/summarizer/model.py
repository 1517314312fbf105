"""The shipped sentence scorer, stored as plain JSON (model.json): loading it needs numpy only,
and no pickle ties it to one scikit-learn version.

Two kinds: "gradient boosting" (the shipped one: the trees of a scikit-learn
HistGradientBoostingClassifier, evaluated here) and "logistic" (a standardised logistic
regression, kept for comparison in bench/summarize_eval.py).
"""

import json
from functools import lru_cache
from pathlib import Path

import numpy as np

from .features import NAMES

MODEL_PATH = Path(__file__).with_name("model.json")


def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


class Scorer:
    def __init__(self, data: dict):
        if data.get("features") != NAMES:
            raise ValueError("the model was trained on other features; retrain: python -m pantau.nlp.summarizer.train")
        self.data = data
        self.method = data["method"]
        if self.method == "logistic":
            self.mean = np.asarray(data["mean"], dtype=float)
            self.scale = np.asarray(data["scale"], dtype=float)
            self.coef = np.asarray(data["coef"], dtype=float)
            self.intercept = float(data["intercept"])
        elif self.method == "gradient boosting":
            self._load_trees(data)
        else:
            raise ValueError(f"unknown scorer method {self.method!r}")

    def _load_trees(self, data):
        """All trees in flat arrays; `roots` holds where each tree starts."""
        feature, threshold, left, right, value, leaf, missing_left, roots = [], [], [], [], [], [], [], []
        for tree in data["trees"]:
            base = len(feature)
            roots.append(base)
            feature += tree["feature"]
            threshold += tree["threshold"]
            left += [base + i for i in tree["left"]]
            right += [base + i for i in tree["right"]]
            value += tree["value"]
            leaf += [f < 0 for f in tree["feature"]]
            missing_left += tree["missing_left"]
        self.feature = np.maximum(np.asarray(feature), 0)
        self.threshold = np.asarray(threshold, dtype=float)
        self.left = np.asarray(left)
        self.right = np.asarray(right)
        self.value = np.asarray(value, dtype=float)
        self.leaf = np.asarray(leaf)
        self.missing_left = np.asarray(missing_left, dtype=bool)
        self.roots = np.asarray(roots)
        self.baseline = float(data["baseline"])

    def score(self, X: np.ndarray) -> np.ndarray:
        """Probability that each row's sentence belongs in the summary."""
        X = np.asarray(X, dtype=float)
        if not len(X):
            return np.zeros(0)
        if self.method == "logistic":
            return _sigmoid(((X - self.mean) / self.scale) @ self.coef + self.intercept)
        rows = np.arange(len(X))[:, None]
        node = np.broadcast_to(self.roots, (len(X), len(self.roots))).copy()
        while True:
            active = ~self.leaf[node]
            if not active.any():
                break
            x = X[rows, self.feature[node]]
            go_left = np.where(np.isnan(x), self.missing_left[node], x <= self.threshold[node])
            node = np.where(active, np.where(go_left, self.left[node], self.right[node]), node)
        return _sigmoid(self.baseline + self.value[node].sum(axis=1))

    def to_json(self) -> str:
        return json.dumps(self.data, separators=(",", ":"), ensure_ascii=False) + "\n"


@lru_cache(maxsize=4)
def load(path: str | None = None) -> Scorer:
    return Scorer(json.loads(Path(path or MODEL_PATH).read_text(encoding="utf-8")))
