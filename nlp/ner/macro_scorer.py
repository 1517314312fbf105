"""`pantau.ner_macro_scorer.v1`: spaCy's NER scores plus `ents_macro_f`, the mean per-type F1.

IndoNLU ranks NER by macro F1, so NERP's rare types (EVT, FNB) weigh as much as PPL, while
spaCy's own scorer reports only pooled (micro) F1. A run with `"macro": True` in train.py puts
this callback in `[nlp] after_pipeline_creation` and weighs `ents_macro_f` alone, so the
checkpoint kept is the best on the held-out tenth of train by macro F1. It is a pipeline
callback rather than `[components.ner.scorer]` because a component sourced from another run
keeps that run's config. A run's checkpoints name the callback in their config, so this module
is imported before loading one (evaluate.py does); `train.py ship` drops it from shipped models.
"""

from spacy.scorer import get_ner_prf
from spacy.util import registry


def macro_scores(examples, **kwargs) -> dict:
    scores = get_ner_prf(examples, **kwargs)
    per_type = scores.get("ents_per_type") or {}
    scores["ents_macro_f"] = sum(s["f"] for s in per_type.values()) / len(per_type) if per_type else 0.0
    return scores


@registry.callbacks("pantau.ner_macro_scorer.v1")
def make_macro_scoring():
    def use_macro_scores(nlp):
        nlp.get_pipe("ner").scorer = macro_scores
        return nlp

    return use_macro_scores
