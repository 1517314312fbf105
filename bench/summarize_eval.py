"""Extractive summaries on IndoSum: ROUGE-1/2/L F1 of our scorer beside LEAD-3, by k-fold CV.

    .venv/bin/python bench/summarize_eval.py [--data ../shared/data/summ] [--folds 5] [--quick]

Every method reads the same detokenized running text and our own sentence segmenter splits it
(the data set's pre-split sentences are used only for training labels and one reference row).
Each supervised variant is trained on the folds it does not score. ROUGE is Google's
`rouge-score` without stemming, against IndoSum's abstractive `summary`; its tokenizer lowercases
and keeps only [a-z0-9] runs, so "53,9" counts as "53" "9", "Jum'at" as "jum" "at", curly quotes
vanish and an accented letter splits a word ("Café" → "caf"). Indonesian is written in ASCII
Latin letters, so almost nothing else is lost.
"""

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.machine import machine  # noqa: E402
from pantau.nlp.summarizer import indosum, select, train  # noqa: E402
from pantau.nlp.summarizer.features import NAMES, content, tfidf_matrix, words  # noqa: E402

METRICS = ("rouge1", "rouge2", "rougeL", "rougeLsum")
N = 3
POSITION = [i for i, n in enumerate(NAMES) if n.startswith(("pos_", "line_")) or n in
            ("rel_pos", "log_pos", "first_in_line", "in_line", "log_sents", "log_lines", "line_sents")]
POSITION_LENGTH = POSITION + [i for i, n in enumerate(NAMES) if n in ("log_words", "words_lt8", "words_gt40", "rel_len")]


def folds(n: int, k: int, seed: int = 0) -> list[np.ndarray]:
    order = np.random.default_rng(seed).permutation(n)
    return [order[i::k] for i in range(k)]


# ---- methods: each returns, for one example, the list of summary sentences (strings)

def lead_raw(example, n=N):
    """The first n sentences of the text as segmented, title, datelines, boilerplate and all."""
    doc = example.doc
    return [doc.text[s.start:s.end] for s in doc.sentences[:n]]


def lead_clean(example, n=N):
    """The first n candidates: boilerplate and headers skipped, datelines trimmed."""
    return [s.text for s in select.lead(example.doc, n)]


def lead_indosum(example, n=N):
    """Reference row: the first n of IndoSum's own gold sentences (pre-split, not our split)."""
    a = example.article
    return [a.text[s:e] for s, e, _ in a.gold_spans if e > s][:n]


def gold_oracle(example, n=None):
    """Ceiling: every IndoSum gold extractive sentence (about 3.4 per article)."""
    a = example.article
    return [a.text[s:e] for s, e, label in a.gold_spans if label]


def textrank(example, n=N):
    """Unsupervised: PageRank over the TF-IDF cosine graph of the candidates."""
    cands = example.candidates
    if not cands:
        return []
    M = tfidf_matrix([Counter(content(words(s.text))) for s in cands])
    W = M @ M.T
    np.fill_diagonal(W, 0.0)
    rows = W.sum(axis=1)
    rows[rows == 0] = 1
    P = W / rows[:, None]
    m = len(cands)
    r = np.full(m, 1 / m)
    for _ in range(50):
        r = 0.15 / m + 0.85 * P.T @ r
    return [s.text for s in select.choose(cands, r, n)]


def supervised(fit, predict):
    """A method factory: fit(X, y) on training examples, predict(model, X) scores."""
    def method_for(train_examples):
        X, y = train.stack(train_examples)
        model = fit(X, y)

        def method(example, n=N):
            if not len(example.X):
                return []
            return [s.text for s in select.choose(example.candidates, predict(model, example.X), n)]
        return method
    return method_for


def _logistic(columns=None, C=train.C):
    from pantau.nlp.summarizer.model import Scorer

    return supervised(lambda X, y: Scorer(train.fit_logistic(X, y, columns=columns, C=C)),
                      lambda model, X: model.score(X))


def _boosting(params=None):
    from pantau.nlp.summarizer.model import Scorer

    return supervised(lambda X, y: Scorer(train.fit_boosting(X, y, params)), lambda model, X: model.score(X))


UNSUPERVISED = {
    "LEAD-3 (first 3 sentences, raw)": lead_raw,
    "LEAD-3 (first 3 candidates, datelines trimmed)": lead_clean,
    "TextRank (TF-IDF cosine, PageRank)": textrank,
}
REFERENCE = {
    "LEAD-3 on IndoSum's own sentence split (reference)": lead_indosum,
    "gold extractive labels, all (ceiling, not 3 sentences)": gold_oracle,
}
SUPERVISED = {
    "scorer: logistic, position only": _logistic(POSITION),
    "scorer: logistic, position + length": _logistic(POSITION_LENGTH),
    "scorer: logistic, all features": _logistic(),
    "scorer: gradient boosting, position + length": None,  # filled below: needs column selection
    "scorer: gradient boosting, all features (shipped)": _boosting(),
}


def _boosting_columns(columns):
    """Boosting on a subset of features: the others are zeroed, so no split can use them."""
    inner = _boosting()

    def method_for(train_examples):
        mask = np.zeros(len(NAMES), dtype=bool)
        mask[columns] = True
        for e in train_examples:
            e.X_full, e.X = e.X, np.where(mask, e.X, 0.0)
        method = inner(train_examples)
        for e in train_examples:
            e.X = e.X_full

        def masked(example, n=N):
            full = example.X
            example.X = np.where(mask, full, 0.0)
            try:
                return method(example, n)
            finally:
                example.X = full
        return masked
    return method_for


SUPERVISED["scorer: gradient boosting, position + length"] = _boosting_columns(POSITION_LENGTH)


def evaluate(examples, k: int, methods_unsup, methods_sup):
    from rouge_score import rouge_scorer

    rouge = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=False)
    results = {name: [] for name in (*methods_unsup, *methods_sup)}
    timings = {name: 0.0 for name in results}
    for fold in folds(len(examples), k):
        test_ids = set(fold.tolist())
        train_examples = [e for i, e in enumerate(examples) if i not in test_ids]
        test_examples = [examples[i] for i in fold]
        fitted = {}
        for name, make in methods_sup.items():
            fitted[name] = make(train_examples)
        for name, method in {**methods_unsup, **fitted}.items():
            for e in test_examples:
                t = time.perf_counter()
                summary = method(e)
                timings[name] += time.perf_counter() - t
                s = rouge.score(e.article.summary, "\n".join(summary))
                results[name].append([s[m].fmeasure * 100 for m in METRICS] + [len(summary)])
    return {name: np.asarray(rows) for name, rows in results.items()}, timings


def speed(texts):
    """Articles per second of the pipeline: tokenizer + pantau_sentences, then pantau_summary
    alone; by CPU time of this process (the machine is shared) and by wall-clock time."""
    from pantau.nlp.pipeline import get_pipeline

    nlp = get_pipeline("id")
    wall, cpu = time.perf_counter(), time.process_time()
    docs = list(nlp.pipe(texts, disable=["pantau_summary"]))
    segment = (time.perf_counter() - wall, time.process_time() - cpu)
    summarizer = nlp.get_pipe("pantau_summary")
    wall, cpu = time.perf_counter(), time.process_time()
    for doc in docs:
        summarizer(doc)
    summary = (time.perf_counter() - wall, time.process_time() - cpu)
    return {what: (len(texts) / t[1], len(texts) / t[0]) for what, t in
            (("tokenizer + pantau_sentences", segment), ("pantau_summary", summary),
             ("both", (segment[0] + summary[0], segment[1] + summary[1])))}


def main(argv=None):
    parser = argparse.ArgumentParser(description="ROUGE of extractive summaries on IndoSum, k-fold CV")
    parser.add_argument("--data", default=train.DEFAULT_DATA)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--limit", type=int, help="only the first N articles (quick look)")
    args = parser.parse_args(argv)

    t0 = time.perf_counter()
    articles = indosum.load(indosum.default_paths(args.data))[: args.limit]
    examples = train.prepare(articles)
    prep = time.perf_counter() - t0
    results, timings = evaluate(examples, args.folds, {**UNSUPERVISED, **REFERENCE}, SUPERVISED)

    print(f"# Extractive summaries on IndoSum: {len(examples)} articles, {args.folds}-fold CV, {N} sentences")
    print(f"# {machine()}")
    print(f"# detokenize + segment + features: {prep:.1f} s ({len(examples) / prep:.0f} articles/s)")
    header = "| method | R-1 F1 | R-2 F1 | R-L F1 | R-Lsum F1 | sentences |"
    print(header)
    print("|---|---:|---:|---:|---:|---:|")
    for name, rows in results.items():
        m = rows.mean(axis=0)
        print(f"| {name} | {m[0]:.2f} | {m[1]:.2f} | {m[2]:.2f} | {m[3]:.2f} | {m[4]:.2f} |")
    print()
    print("speed, one process, articles/s by CPU time (by wall-clock time): " + "; ".join(
        f"{what} {cpu:.0f} ({wall:.0f})" for what, (cpu, wall) in speed([e.article.text for e in examples]).items()))
    raw = results["LEAD-3 (first 3 sentences, raw)"][:, 2]
    clean = results["LEAD-3 (first 3 candidates, datelines trimmed)"][:, 2]
    for name, rows in results.items():
        if name.startswith("scorer"):
            d = rows[:, 2] - raw
            ci = 1.96 * d.std(ddof=1) / np.sqrt(len(d))
            print(f"{name}: R-L {d.mean():+.2f} (±{ci:.2f}, 95% CI over articles) vs raw LEAD-3, "
                  f"{(rows[:, 2] - clean).mean():+.2f} vs trimmed LEAD-3; "
                  f"{len(examples) / timings[name]:.0f} articles/s to score and choose (features precomputed)")
    return results


if __name__ == "__main__":
    main()
