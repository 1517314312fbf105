"""The shipped tone classifier: linear weights over hashed word and character n-grams.

No pickle and no vocabulary: the features are scikit-learn's HashingVectorizer (MurmurHash3,
stable across versions), so the model file holds only numbers (nlp/models/tone/model.npz) and
no text of the data sets it was trained on. The settings (n-gram ranges, hash size, class
order, prior corrections) are in nlp/models/tone/model.json beside it.

Two kinds of writing get their own weights on top of shared ones ("frustratingly easy" domain
adaptation, Daumé 2007): `news` (cased text: headlines, articles) and `comment` (text without a
single capital letter, like the reviews and comments of SmSA). The kind is read off the text
itself, the same way in training and at run time.
"""

import json
from functools import lru_cache
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.preprocessing import normalize as l2_normalize

from .normalize import negated, normalize

MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "tone"
LABELS = ("negative", "neutral", "positive")
STYLES = ("news", "comment")


def style(text: str) -> str:
    """`news` for cased text, `comment` for text written all in lowercase."""
    return "news" if any(ch.isupper() for ch in text) else "comment"


def vectorizers(settings: dict) -> list[HashingVectorizer]:
    """One HashingVectorizer per feature block (word n-grams, character n-grams)."""
    out = []
    for block in settings["blocks"]:
        kwargs = {"analyzer": block["analyzer"], "ngram_range": tuple(block["ngram_range"]),
                  "n_features": 2 ** block["hash_bits"], "alternate_sign": False, "norm": None,
                  "lowercase": False, "dtype": np.float32}
        if block["analyzer"] == "word":
            kwargs["token_pattern"] = r"\S+"
        out.append(HashingVectorizer(**kwargs))
    return out


def block_texts(normalised: list[str], settings: dict) -> list[list[str]]:
    """What each block reads: the normalised text, plus its negated words ("neg_enak") for a
    block with "negation": true."""
    out = []
    for block in settings["blocks"]:
        if block.get("negation"):
            out.append([f"{t} {' '.join(negated(t.split()))}" for t in normalised])
        else:
            out.append(normalised)
    return out


def tfidf_blocks(texts_per_block: list[list[str]], hashers, idfs) -> csr_matrix:
    """Sublinear TF-IDF per block, each block L2-normalised, side by side (as in training)."""
    blocks = []
    for texts, hasher, idf in zip(texts_per_block, hashers, idfs):
        X = hasher.transform(texts).tocsr()
        X.data = 1.0 + np.log(X.data)
        X = X.multiply(idf).tocsr()  # idf is 0 for features too rare in training: dropped
        blocks.append(l2_normalize(X))
    return hstack(blocks, format="csr")


class Block:
    """One feature block at run time: the hashed columns some training text had (sorted), their
    IDF, and where each sits among the model's weights."""

    def __init__(self, hasher: HashingVectorizer, index: np.ndarray, idf: np.ndarray):
        self.hasher = hasher
        self.index = index.astype(np.int64)
        self.idf = idf.astype(np.float32)

    def transform(self, texts: list[str]) -> csr_matrix:
        X = self.hasher.transform(texts).tocsr()
        # hashed column -> compact column by binary search: no 2^bits lookup table in memory
        pos = np.minimum(np.searchsorted(self.index, X.indices), len(self.index) - 1)
        keep = self.index[pos] == X.indices
        rows = np.repeat(np.arange(X.shape[0]), np.diff(X.indptr))[keep]
        cols = pos[keep]
        data = (1.0 + np.log(X.data[keep])) * self.idf[cols]
        out = csr_matrix((data, (rows, cols)), shape=(X.shape[0], len(self.idf)), dtype=np.float32)
        return l2_normalize(out)


class ToneModel:
    def __init__(self, directory: Path = MODEL_DIR):
        directory = Path(directory)
        self.settings = json.loads((directory / "model.json").read_text(encoding="utf-8"))
        if self.settings.get("normalizer") != 1:
            raise ValueError(f"{directory}: trained with another text normaliser; retrain: python -m pantau.nlp.tone.train")
        self.labels = tuple(self.settings["labels"])
        weights = np.load(directory / "model.npz", allow_pickle=False)
        self.blocks = [Block(h, weights[f"idf{i}_index"], weights[f"idf{i}_value"])
                       for i, h in enumerate(vectorizers(self.settings))]
        self.coef = {s: weights[f"coef_{s}"].astype(np.float32) for s in STYLES}
        self.intercept = {s: weights[f"intercept_{s}"].astype(np.float32) for s in STYLES}
        self.log_prior = {s: np.asarray(self.settings["log_prior_shift"][s], dtype=np.float32) for s in STYLES}

    def features(self, texts: list[str]) -> csr_matrix:
        per_block = block_texts([normalize(t) for t in texts], self.settings)
        return hstack([b.transform(t) for b, t in zip(self.blocks, per_block)], format="csr")

    def predict_proba(self, texts: list[str], styles: list[str] | None = None) -> np.ndarray:
        """Rows of P(negative), P(neutral), P(positive) (self.labels order)."""
        texts = list(texts)
        if not texts:
            return np.zeros((0, len(self.labels)), dtype=np.float32)
        styles = styles or [style(t) for t in texts]
        X = self.features(texts)
        out = np.empty((len(texts), len(self.labels)), dtype=np.float32)
        for s in STYLES:
            rows = [i for i, st in enumerate(styles) if st == s]
            if rows:
                z = X[rows] @ self.coef[s] + self.intercept[s] + self.log_prior[s]
                z -= z.max(axis=1, keepdims=True)
                p = np.exp(z)
                out[rows] = p / p.sum(axis=1, keepdims=True)
        return out

    def classify(self, texts: list[str]) -> list[tuple[str, float]]:
        """(tone, score) per text: the likeliest tone, and P(positive) − P(negative) in [−1, 1]."""
        probs = self.predict_proba(texts)
        neg, pos = self.labels.index("negative"), self.labels.index("positive")
        return [(self.labels[int(p.argmax())], round(float(p[pos] - p[neg]), 4)) for p in probs]


@lru_cache(maxsize=2)
def load(directory: str | None = None) -> ToneModel:
    return ToneModel(Path(directory) if directory else MODEL_DIR)
