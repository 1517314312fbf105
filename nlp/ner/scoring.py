"""CoNLL span-level NER scores, as IndoNLU reports them.

Spans are read from BIO tags the way the CoNLL-2000 `conlleval` script reads chunks: a span
starts at `B-X`, at an `I-X` after `O`, or where the type changes; it ends before `O`, `B-` or a
change of type. A predicted span counts only if its start, end and type all match a gold span.

`macro_f1` is the mean of the per-type F1 over every type seen in gold or prediction (IndoNLU's
`ner_metrics_fn` "F1"); `micro_f1` is F1 over all spans pooled (conlleval's overall figure).
"""

from collections import Counter


def spans(tags) -> set[tuple[int, int, str]]:
    """(start, end, type) of each span in one sentence's BIO tags; end is exclusive."""
    found, start, kind = set(), None, None
    for i, tag in enumerate(list(tags) + ["O"]):
        prefix, _, label = tag.partition("-")
        if prefix not in ("B", "I") or prefix == "B" or label != kind:
            if start is not None:
                found.add((start, i, kind))
            start, kind = (i, label) if prefix in ("B", "I") else (None, None)
    return found


def _prf(tp, n_pred, n_gold):
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score(gold_sentences, pred_sentences) -> dict:
    """Scores for parallel lists of tag sequences. Returns macro_f1, micro_f1, micro_p, micro_r
    (all 0..1) and per_type {type: {"p", "r", "f", "support"}}."""
    gold_sentences, pred_sentences = list(gold_sentences), list(pred_sentences)
    if len(gold_sentences) != len(pred_sentences):
        raise ValueError(f"{len(gold_sentences)} gold sentences but {len(pred_sentences)} predicted")
    tp, n_gold, n_pred = Counter(), Counter(), Counter()
    for gold, pred in zip(gold_sentences, pred_sentences):
        if len(gold) != len(pred):
            raise ValueError(f"sentence of {len(gold)} gold tags has {len(pred)} predicted")
        g, p = spans(gold), spans(pred)
        n_gold.update(s[2] for s in g)
        n_pred.update(s[2] for s in p)
        tp.update(s[2] for s in g & p)
    per_type = {}
    for kind in sorted(set(n_gold) | set(n_pred)):
        p, r, f = _prf(tp[kind], n_pred[kind], n_gold[kind])
        per_type[kind] = {"p": p, "r": r, "f": f, "support": n_gold[kind]}
    micro_p, micro_r, micro_f = _prf(sum(tp.values()), sum(n_pred.values()), sum(n_gold.values()))
    macro = sum(t["f"] for t in per_type.values()) / len(per_type) if per_type else 0.0
    return {"macro_f1": macro, "micro_f1": micro_f, "micro_p": micro_p, "micro_r": micro_r, "per_type": per_type}
