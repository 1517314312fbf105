"""`make models`: train the tone classifier and write nlp/models/tone/ (model.json + model.npz).

    python -m pantau.nlp.tone.train --data ../shared/data/sentiment
    python -m pantau.nlp.tone.train --data ../shared/data/sentiment --out /tmp/tone-try --C 3

Training data (train splits only; ../shared/data/sentiment/README.md): SmSA, the CNBC Indonesia
stock-news headlines, and the CASA and HoASA reviews with a document label taken from their
aspect labels (data.aspect_document_label). NusaX is left out: it is edited SmSA material and
its sentences may come from SmSA's held-out test split. Valid splits are only scored.

The model: sublinear TF-IDF over hashed word 1–2-grams (plus the words after a negator, marked:
"tidak enak" gives "neg_enak") and character 2–5-grams (within word boundaries) of the
normalised text, a shared copy plus a `news` and a `comment` copy of every feature (model.style), and one multinomial logistic regression with balanced class weights
(neutral is 10 % of SmSA train). Deterministic: the same data gives the same model.
"""

import argparse
import hashlib
import json
import os
import sys
import time
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix, diags, hstack
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score

from . import data
from .model import LABELS, MODEL_DIR, STYLES, block_texts, style, tfidf_blocks, vectorizers
from .normalize import normalize

DEFAULT_DATA = os.environ.get("PANTAU_SENTIMENT_DATA", "../shared/data/sentiment")
SETTINGS = {
    "normalizer": 1,
    "labels": list(LABELS),
    "blocks": [
        # "negation": the words after a negator also as "neg_word" ("tidak enak" is not "enak")
        {"analyzer": "word", "ngram_range": [1, 2], "hash_bits": 20, "negation": True},
        {"analyzer": "char_wb", "ngram_range": [2, 5], "hash_bits": 20},
    ],
    "min_df": 2,
    "C": 10.0,
    "class_weight": "balanced",
    "sets": ["smsa", "cnbc", "casa", "hoasa"],
}


def training_rows(root: Path, sets) -> list[tuple[str, str, str]]:
    """(text, label, set name) of every training example."""
    readers = {
        "smsa": lambda: data.smsa(root, "train"),
        "cnbc": lambda: data.cnbc(root, "train"),
        "casa": lambda: data.aspects(root, "casa", "train"),
        "hoasa": lambda: data.aspects(root, "hoasa", "train"),
    }
    return [(text, label, name) for name in sets for text, label in readers[name]()]


def fit_idf(texts_per_block: list[list[str]], hashers, min_df: int) -> list[np.ndarray]:
    """Smoothed IDF per block (as sklearn's TfidfTransformer), 0 for features in fewer than
    min_df training texts: those never count."""
    idfs = []
    for texts, hasher in zip(texts_per_block, hashers):
        n = len(texts)
        X = hasher.transform(texts).tocsc()
        df = np.diff(X.indptr)
        idf = (np.log((1 + n) / (1 + df)) + 1).astype(np.float32)
        idf[df < min_df] = 0
        idfs.append(idf.reshape(1, -1))
    return idfs


def augment(X: csr_matrix, styles: list[str]) -> csr_matrix:
    """[shared | news copy | comment copy | news bias | comment bias]."""
    cols = []
    for s in STYLES:
        cols.append(np.array([st == s for st in styles], dtype=np.float32))
    parts = [X] + [diags(c) @ X for c in cols] + [csr_matrix(c.reshape(-1, 1)) for c in cols]
    return hstack(parts, format="csr")


def fold(clf: LogisticRegression, n: int) -> dict:
    """Per-style weights and intercepts from the augmented model (shared + the style's copy)."""
    W = clf.coef_.T  # (features, classes)
    shared = W[:n]
    out = {}
    for i, s in enumerate(STYLES):
        out[f"coef_{s}"] = shared + W[n * (i + 1): n * (i + 2)]
        out[f"intercept_{s}"] = clf.intercept_ + W[n * 3 + i]
    return out


def train(root: Path, settings: dict = SETTINGS, log=print) -> tuple[dict, dict]:
    rows = training_rows(root, settings["sets"])
    texts = [normalize(t) for t, _, _ in rows]
    styles = [style(t) for t, _, _ in rows]
    y = np.array([LABELS.index(label) for _, label, _ in rows])
    hashers = vectorizers(settings)
    started = time.perf_counter()
    per_block = block_texts(texts, settings)
    idfs = fit_idf(per_block, hashers, settings["min_df"])
    X = tfidf_blocks(per_block, hashers, idfs)
    # only columns some training text has (idf > 0): 2^21 hashed columns shrink to ~10^5
    kept = np.flatnonzero(np.concatenate([idf[0] for idf in idfs]))
    X = X[:, kept]
    n = X.shape[1]
    clf = LogisticRegression(C=settings["C"], class_weight=settings["class_weight"], max_iter=3000)
    clf.fit(augment(X, styles), y)
    log(f"trained on {len(rows)} texts ({', '.join(settings['sets'])}), {n} features, in {time.perf_counter() - started:.0f} s")
    weights = fold(clf, n)
    arrays = {"kept": kept.astype(np.int32)}
    for s in STYLES:
        arrays[f"coef_{s}"] = weights[f"coef_{s}"].astype(np.float16)
        arrays[f"intercept_{s}"] = weights[f"intercept_{s}"].astype(np.float32)
    for i, idf in enumerate(idfs):
        index = np.flatnonzero(idf[0])
        arrays[f"idf{i}_index"] = index.astype(np.int32)
        arrays[f"idf{i}_value"] = idf[0, index].astype(np.float32)
    meta = dict(settings)
    meta["log_prior_shift"] = {s: [0.0] * len(LABELS) for s in STYLES}
    meta["trained_on"] = {name: sum(1 for r in rows if r[2] == name) for name in settings["sets"]}
    meta["data_digest"] = hashlib.sha256("\n".join(f"{t}\t{label}" for t, label, _ in rows).encode()).hexdigest()[:16]
    return meta, arrays


def save(meta: dict, arrays: dict, out: Path):
    out.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out / "model.npz", **arrays)
    (out / "model.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def valid_scores(root: Path, model_dir: Path) -> dict:
    """Macro F1 ×100 of the model in model_dir on the SmSA and CNBC valid splits."""
    from .model import ToneModel

    model = ToneModel(model_dir)
    out = {}
    for name, rows in (("smsa", data.smsa(root, "valid")), ("cnbc", data.cnbc(root, "valid"))):
        predicted = [tone for tone, _ in model.classify([t for t, _ in rows])]
        out[name] = round(100 * f1_score([label for _, label in rows], predicted, average="macro"), 2)
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default=DEFAULT_DATA, help="the sentiment folder (default %(default)s)")
    parser.add_argument("--out", default=str(MODEL_DIR), help="where to write model.json and model.npz")
    parser.add_argument("--C", type=float, default=SETTINGS["C"], help="inverse regularisation strength")
    parser.add_argument("--sets", default=",".join(SETTINGS["sets"]), help="training sets, comma-separated")
    args = parser.parse_args(argv)
    root = Path(args.data)
    if not (root / "smsa_doc-sentiment-prosa").is_dir():
        print(f"no sentiment data in {root}; see its README (../shared/data/sentiment)", file=sys.stderr)
        return 2
    settings = dict(SETTINGS, C=args.C, sets=args.sets.split(","))
    meta, arrays = train(root, settings)
    save(meta, arrays, Path(args.out))
    scores = valid_scores(root, Path(args.out))
    print(f"wrote {args.out}: valid macro F1 SmSA {scores['smsa']:.2f}, CNBC {scores['cnbc']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
