"""`pantau_ner`: entities from the shipped production model (PERSON, ORG, PLACE) into doc.ents.

The model in nlp/models/<model> is loaded once. Its static vectors are lent to the pipeline's
vocab (which has none of its own), so the model's tok2vec and NER run on the pipeline's Docs as
they are, without copying each Doc into the model's vocab. Entities already on the Doc (e.g. from
a gazetteer earlier in the pipeline) win over overlapping predictions.
"""

from itertools import islice

from spacy.language import Language
from spacy.tokens import Span
from spacy.util import filter_spans

from . import tagging


@Language.factory("pantau_ner", default_config={"model": "id", "batch_size": 64})
def make_pantau_ner(nlp, name, model, batch_size):
    return PantauNER(nlp, name, model, batch_size)


class PantauNER:
    def __init__(self, nlp, name, model, batch_size=64):
        self.name = name
        self.model_name = model
        self.batch_size = batch_size
        self.model = tagging.load(model)
        self.labels = tuple(self.model.get_pipe("ner").labels)
        vectors = self.model.vocab.vectors
        if nlp.vocab.vectors.shape[0] and nlp.vocab.vectors is not vectors:
            raise ValueError(f"pantau_ner: the pipeline already has vectors; model {model!r} brings its own")
        nlp.vocab.vectors = vectors
        for label in self.labels:
            nlp.vocab.strings.add(label)

    def _predict(self, docs):
        """Yield each Doc with its entities: the ones it had, then the model's that do not overlap them."""
        kept = [list(doc.ents) for doc in docs]
        for doc in docs:  # unset, not "outside": the NER would keep a token marked O an O
            doc.set_ents([], default="missing")
        for doc, had in zip(self.model.pipe(docs, batch_size=len(docs)), kept):
            found = [span for e in doc.ents for span in split_at_space(doc, e.start, e.end, e.label_)]
            taken = {i for span in had for i in range(span.start, span.end)}
            new = [s for s in found if not taken.intersection(range(s.start, s.end))]
            doc.set_ents(filter_spans(had + new))
            yield doc

    def __call__(self, doc):
        return next(self._predict([doc]))

    def pipe(self, docs, batch_size=None):
        docs = iter(docs)
        size = batch_size or self.batch_size
        while batch := list(islice(docs, size)):
            yield from self._predict(batch)


def split_at_space(doc, start, end, label) -> list[Span]:
    """The span's runs of non-space tokens: the model was trained on sentences without line
    breaks, and "Oracle\n\nJakarta" is two places."""
    spans, run_start = [], None
    for i in range(start, end + 1):
        if i < end and not doc[i].is_space:
            run_start = i if run_start is None else run_start
        elif run_start is not None:
            spans.append(Span(doc, run_start, i, label=label))
            run_start = None
    return spans
