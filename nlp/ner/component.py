"""`pantau_ner`: entities from the shipped production model (PERSON, ORG, PLACE) into doc.ents.

The model in nlp/models/<model> is loaded once and run on a copy of each Doc made in the model's
own vocab (its static vectors live there); the entities it finds are set on the pipeline's Doc.
Entities already on the Doc (e.g. from a gazetteer earlier in the pipeline) win over overlapping
predictions.
"""

from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from . import tagging


@Language.factory("pantau_ner", default_config={"model": "id", "batch_size": 64})
def make_pantau_ner(nlp, name, model, batch_size):
    return PantauNER(name, model, batch_size)


class PantauNER:
    def __init__(self, name, model, batch_size=64):
        self.name = name
        self.model_name = model
        self.batch_size = batch_size
        self.model = tagging.load(model)
        self.labels = tuple(self.model.get_pipe("ner").labels)

    def _copy(self, doc) -> Doc:
        return Doc(self.model.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc])

    def _set(self, doc, predicted) -> Doc:
        found = [span for e in predicted.ents for span in split_at_space(doc, e.start, e.end, e.label_)]
        kept = list(doc.ents)
        taken = {i for span in kept for i in range(span.start, span.end)}
        new = [s for s in found if not taken.intersection(range(s.start, s.end))]
        doc.set_ents(filter_spans(kept + new))
        return doc

    def __call__(self, doc):
        return self._set(doc, self.model(self._copy(doc)))

    def pipe(self, docs, batch_size=None):
        docs = iter(docs)
        size = batch_size or self.batch_size
        while batch := list(islice(docs, size)):
            predicted = self.model.pipe((self._copy(d) for d in batch), batch_size=size)
            yield from (self._set(d, p) for d, p in zip(batch, predicted))


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
