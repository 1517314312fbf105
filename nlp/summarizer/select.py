"""Choosing the summary sentences: best scores first, no near-duplicates, in document order."""

import numpy as np

from .document import Document, Sentence
from .features import content, featurize, words

MAX_OVERLAP = 0.8  # content-word overlap (of the shorter sentence) above which two sentences repeat


def summarize(doc: Document, scorer, n: int) -> list[Sentence]:
    """The n sentences of `doc` the scorer likes best, near-duplicates skipped, in document order."""
    return summarize_many([doc], scorer, n)[0]


def summarize_many(docs: list[Document], scorer, n: int) -> list[list[Sentence]]:
    """summarize() for each of `docs`, all their candidate sentences scored in one call (the trees'
    walk costs per call, not per sentence)."""
    if n <= 0:
        return [[] for _ in docs]
    featurized = [featurize(doc) for doc in docs]
    rows = [X for X, candidates in featurized if candidates]
    scores = scorer.score(np.concatenate(rows)) if rows else None
    summaries, at = [], 0
    for doc, (X, candidates) in zip(docs, featurized):
        if not candidates:
            summaries.append(fallback(doc, n))
            continue
        summaries.append(choose(candidates, scores[at:at + len(X)], n))
        at += len(X)
    return summaries


def _overlap(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def choose(candidates: list[Sentence], scores, n: int) -> list[Sentence]:
    """Up to n candidates by descending score, skipping any that repeats one already chosen."""
    bags = [set(content(words(s.text))) for s in candidates]
    chosen: list[int] = []
    for i in sorted(range(len(candidates)), key=lambda i: (-scores[i], i)):
        if len(chosen) == n:
            break
        if any(_overlap(bags[i], bags[j]) > MAX_OVERLAP for j in chosen):
            continue
        chosen.append(i)
    return [candidates[i] for i in sorted(chosen)]


def lead(doc: Document, n: int) -> list[Sentence]:
    """The first n candidates (LEAD-n over the sentences the summariser may choose)."""
    return [s for s in doc.body if s.selectable][:n]


def fallback(doc: Document, n: int) -> list[Sentence]:
    """For an article with no candidate at all (one short line, say): its first body sentences
    with a word in them, boilerplate and bare datelines still left out."""
    return [s for s in doc.body if s.reason in ("unpunctuated", "short") and any(c.isalpha() for c in s.text)][:n]
