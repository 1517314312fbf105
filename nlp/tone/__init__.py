"""Tone of coverage: positive, neutral or negative, with a score from −1 to 1.

- `classify(texts)`: the tone of each text as a whole (the shipped classifier, model.py).
- `toward(items)`: the tone of each (text, target) pair toward the target (target.py): only
  sentences naming the target count, cues of criticism and praise decide whom a sentence judges.
- `article_tones(...)`: the tone toward each watched institution an article names (watched.toml);
  what the `pantau_tone` component (component.py) puts in doc._.tone.

A score is P(positive) − P(negative) for a text as a whole, and the weighted mean of sentence
scores toward a target; the tone is its label.
"""

from . import model as _model
from . import target as _target

LABELS = _model.LABELS


def load_model(directory=None):
    return _model.load(str(directory) if directory else None)


def classify(texts, model=None) -> list[tuple[str, float]]:
    return (model or load_model()).classify(list(texts))


def polarities(texts, model=None, style="news") -> list[float]:
    """P(positive) − P(negative) of each text, read as news."""
    model = model or load_model()
    texts = list(texts)
    probs = model.predict_proba(texts, [style] * len(texts))
    neg, pos = model.labels.index("negative"), model.labels.index("positive")
    return [float(p[pos] - p[neg]) for p in probs]


def score_plans(plans, model=None, weights=_target.WEIGHTS) -> list[tuple[str, float]]:
    """(tone, score) for each plan (target.plan's output), with one classifier call for all."""
    flat = [sentence for plan in plans for sentence in plan]
    polarity = iter(polarities([s[0] for s in flat], model))
    out = []
    for plan in plans:
        scored = [(_target.sentence_score(next(polarity), text, mine, theirs, weights), weight)
                  for text, mine, theirs, weight in plan]
        out.append(_target.combine(scored, weights))
    return out


def toward(items, model=None, weights=_target.WEIGHTS) -> list[tuple[str, float]]:
    """(tone, score) of each (text, target) toward its target; neutral 0.0 when the text does
    not name it. A text whose first line has no final punctuation and is followed by a blank
    line is read as headline + body."""
    plans = [_target.plan(text, target, headline_end(text), weights=weights) for text, target in items]
    return score_plans(plans, model, weights)


def headline_end(text: str) -> int:
    first, sep, rest = text.partition("\n")
    first = first.strip()
    if sep and rest.strip() and first and first[-1] not in ".!?\"”’" and len(first.split()) <= 30:
        return len(text.partition("\n")[0])
    return 0


def article_tones(text: str, title_end: int, spans_by_target: dict, model=None,
                  weights=_target.WEIGHTS) -> list[dict]:
    """[{"target", "tone", "score"}] for each target with its mention spans in text, in the
    order given."""
    targets = list(spans_by_target)
    plans = [_target.plan(text, t, title_end, spans=spans_by_target[t], weights=weights) for t in targets]
    return [{"target": t, "tone": tone, "score": score}
            for t, (tone, score) in zip(targets, score_plans(plans, model, weights))]
