"""Turning IndoNLU sentences into spaCy training data (DocBin files)."""

import random

from spacy.tokens import Doc, DocBin
from spacy.training.iob_utils import biluo_tags_to_spans, iob_to_biluo


MISSING = "-"


def to_doc(vocab, tokens, tags=None) -> Doc:
    """A Doc of exactly `tokens` (no re-tokenising), with entities from BIO `tags` if given.
    An `I-X` that does not continue an X span starts one, as conlleval reads it. A tag of "-"
    leaves the token unannotated: training neither rewards nor punishes any label there."""
    doc = Doc(vocab, words=tokens, spaces=[True] * len(tokens))
    if tags is not None:
        known = ["O" if t == MISSING else t for t in tags]
        missing = [doc[i:i + 1] for i, t in enumerate(tags) if t == MISSING]
        doc.set_ents(biluo_tags_to_spans(doc, iob_to_biluo(known)), missing=missing)
    return doc


def doc_bin(vocab, sentences) -> DocBin:
    db = DocBin(attrs=["ORTH", "ENT_IOB", "ENT_TYPE"], store_user_data=False)
    for tokens, tags in sentences:
        db.add(to_doc(vocab, tokens, tags))
    return db


def split_off(sentences, fraction=0.1, seed=0):
    """(rest, held) where `held` is a seeded random `fraction` of the sentences, used to pick the
    best checkpoint, so that the official valid split stays unseen."""
    order = list(range(len(sentences)))
    random.Random(seed).shuffle(order)
    n_held = int(len(sentences) * fraction)
    held = set(order[:n_held])
    return ([s for i, s in enumerate(sentences) if i not in held],
            [s for i, s in enumerate(sentences) if i in held])
