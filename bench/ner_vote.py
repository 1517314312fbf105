"""Voting ensembles of NER runs on one corpus file, with a paired bootstrap over its sentences.

    nice -n 19 .venv/bin/python bench/ner_vote.py nerp-dev --baseline A,B,C --candidate A,B,C,D,E [--subsets] [MODEL...]

Each model (a run name in build/ner/runs, its best checkpoint, or a model directory) tags the file
once; an ensemble keeps a span when a strict majority of its members predicts it (ensemble.vote),
an ensemble of one is that model. Prints each named ensemble's scores (scoring.py), the bootstrap
90% interval of its macro and micro F1 and of candidate minus baseline (the same resampled
sentences for both), and with --subsets every odd subset of all the models named, best first.
"""

import argparse
import os
import sys
from collections import Counter
from itertools import combinations

import numpy

sys.path.insert(0, os.path.dirname(__file__))
from machine import machine  # noqa: E402

from pantau.nlp.ner import conll, prepare  # noqa: E402
from pantau.nlp.ner.ensemble import vote  # noqa: E402
from pantau.nlp.ner.evaluate import spans_to_tags  # noqa: E402
from pantau.nlp.ner.scoring import score, spans  # noqa: E402


def predictions(models, sentences) -> dict:
    """{model: [set of (start, end, type) per sentence]}, each model loaded and run once."""
    import spacy

    from pantau.nlp.ner.tagging import tag_tokens
    from pantau.nlp.ner.train import RUNS

    predicted = {}
    for model in models:
        path = RUNS / model / "model-best" if (RUNS / model).is_dir() else model
        predicted[model] = [spans(tags) for tags in tag_tokens(spacy.load(path), [tokens for tokens, _ in sentences])]
    return predicted


def voted(members, predicted, n) -> list:
    return [set(vote([predicted[m][i] for m in members], len(members) // 2 + 1)) for i in range(n)]


def counts(gold_spans, pred_spans, kinds) -> numpy.ndarray:
    """Per sentence and type: true positives, predicted, gold (sentences x types x 3)."""
    table = numpy.zeros((len(gold_spans), len(kinds), 3))
    for i, (g, p) in enumerate(zip(gold_spans, pred_spans)):
        tp, n_pred, n_gold = (Counter(s[2] for s in part) for part in (g & p, p, g))
        for j, kind in enumerate(kinds):
            table[i, j] = tp[kind], n_pred[kind], n_gold[kind]
    return table


def f1s(summed) -> tuple:
    """(macro F1, micro F1) from summed counts (... x types x 3), as scoring.score computes them."""
    def f(tp, n_pred, n_gold):
        p = numpy.divide(tp, n_pred, out=numpy.zeros_like(tp), where=n_pred > 0)
        r = numpy.divide(tp, n_gold, out=numpy.zeros_like(tp), where=n_gold > 0)
        return numpy.divide(2 * p * r, p + r, out=numpy.zeros_like(tp), where=p + r > 0)
    per_type = f(summed[..., 0], summed[..., 1], summed[..., 2])
    seen = (summed[..., 1] + summed[..., 2]) > 0
    macro = (per_type * seen).sum(-1) / numpy.maximum(seen.sum(-1), 1)
    micro = f(summed[..., 0].sum(-1), summed[..., 1].sum(-1), summed[..., 2].sum(-1))
    return macro, micro


def interval(values) -> str:
    low, high = numpy.percentile(values * 100, [5, 95])
    return f"{low:.1f} to {high:.1f}"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("file")
    parser.add_argument("models", nargs="*")
    parser.add_argument("--baseline", required=True)
    parser.add_argument("--candidate", action="append", default=[])
    parser.add_argument("--subsets", action="store_true")
    parser.add_argument("--resamples", type=int, default=500)
    args = parser.parse_args()
    ensembles = {"baseline": args.baseline.split(","), **{f"candidate {i + 1}": c.split(",") for i, c in enumerate(args.candidate)}}
    models = list(dict.fromkeys([m for members in ensembles.values() for m in members] + args.models))
    sentences = conll.read(prepare.BUILD / "corpus" / f"{args.file}.txt")
    gold = [spans(tags) for _, tags in sentences]
    print(f"# {machine()} · load average {os.getloadavg()[0]:.1f} · {args.file}, {len(gold)} sentences")
    predicted = predictions(models, sentences)
    kinds = sorted({s[2] for g in gold for s in g} | {s[2] for p in predicted.values() for ss in p for s in ss})
    rng = numpy.random.default_rng(0)
    samples = rng.integers(0, len(gold), size=(args.resamples, len(gold)))
    boot = {}
    print("| ensemble | members | macro / micro | P / R | " + " | ".join(kinds) + " | macro 90% | micro 90% | macro >= 70 |")
    for name, members in ensembles.items():
        pred = voted(members, predicted, len(gold))
        s = score([spans_to_tags(g, n) for g, n in zip(gold, map(len, (t for _, t in sentences)))],
                  [spans_to_tags(p, n) for p, n in zip(pred, map(len, (t for _, t in sentences)))])
        table = counts(gold, pred, kinds)
        boot[name] = f1s(table[samples].sum(1))
        per_type = " | ".join(f"{s['per_type'].get(k, {'f': 0})['f'] * 100:.1f}" for k in kinds)
        print(f"| {name} | {len(members)}: {', '.join(members)} | {s['macro_f1'] * 100:.2f} / {s['micro_f1'] * 100:.2f} | "
              f"{s['micro_p'] * 100:.1f} / {s['micro_r'] * 100:.1f} | {per_type} | {interval(boot[name][0])} | {interval(boot[name][1])} | {(boot[name][0] >= 0.7).mean() * 100:.0f}% |")
    for name in ensembles:
        if name != "baseline":
            macro, micro = (boot[name][k] - boot["baseline"][k] for k in (0, 1))
            print(f"{name} minus baseline, paired bootstrap ({args.resamples} resamples): macro {interval(macro)} "
                  f"(above baseline in {(macro > 0).sum()}, at least +0.5 in {(macro >= 0.005).sum()}), "
                  f"micro {interval(micro)} (not lower in {(micro >= 0).sum()})")
    if args.subsets:
        results = []
        for size in range(3, len(models) + 1, 2):
            for subset in combinations(models, size):
                macro, micro = f1s(counts(gold, voted(subset, predicted, len(gold)), kinds).sum(0))
                results.append((float(macro), float(micro), subset))
        results.sort(key=lambda r: (-r[0], len(r[2])))
        print(f"# {len(results)} odd subsets, macro median {numpy.median([r[0] for r in results]) * 100:.2f}")
        for macro, micro, subset in results:
            print(f"{macro * 100:.2f} {micro * 100:.2f} {' | '.join(subset)}")


if __name__ == "__main__":
    main()
