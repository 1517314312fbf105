"""Casing augmentation for training the production model (`spacy train --code` loads this file).

News text comes in three casings: normal prose, Title Case headlines ("Erick Thohir Godok
Aturan Baru") and, in NERP, all lower case. `pantau.casing.v1` shows each training sentence
lowercased with probability `lower`, title-cased with probability `title`, else unchanged.
Entity annotation is kept: only the token text changes.
"""

import random

from spacy.tokens import Doc, Span
from spacy.training import Example
from spacy.util import registry

# `spacy train --code` loads only this file: it registers the gazetteer feature's factory and
# the macro-F1 scorer too.
from pantau.nlp.ner import gazetteer_tags, macro_scorer  # noqa: F401

# Words an Indonesian headline usually leaves in lower case.
MINOR_WORDS = {"di", "ke", "dari", "dan", "yang", "untuk", "pada", "dengan", "atau", "hingga", "oleh", "dalam", "bagi", "akan"}


def title_case(word: str, first: bool) -> str:
    if not word[:1].isalpha() or (word.lower() in MINOR_WORDS and not first) or word.isupper():
        return word
    return word[:1].upper() + word[1:]


def recased(example, words) -> Example:
    """`example` with its tokens' text replaced by `words`, entities unchanged."""
    ref = example.reference
    spaces = [bool(t.whitespace_) for t in ref]
    predicted = Doc(ref.vocab, words=words, spaces=spaces)
    reference = Doc(ref.vocab, words=words, spaces=spaces)
    reference.set_ents([Span(reference, e.start, e.end, label=e.label) for e in ref.ents],
                       missing=[reference[t.i:t.i + 1] for t in ref if t.ent_iob_ == ""])
    return Example(predicted, reference)


@registry.augmenters("pantau.casing.v1")
def casing_augmenter(lower: float = 0.2, title: float = 0.2):
    def augment(nlp, example):
        r = random.random()
        if r < lower:
            yield recased(example, [t.text.lower() for t in example.reference])
        elif r < lower + title:
            yield recased(example, [title_case(t.text, t.i == 0) for t in example.reference])
        else:
            yield example

    return augment
