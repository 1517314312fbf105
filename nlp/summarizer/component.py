"""The `pantau_summary` pipeline component: fills doc._.summary with N sentences of the text.

Runs after `pantau_sentences`. Each summary sentence is copied verbatim from doc.text (a
dateline at its start left out), in document order. `n_sentences` comes from the config and can
be changed per call: nlp.pipe(docs, component_cfg={"pantau_summary": {"n_sentences": 5}}).
"""

from spacy.language import Language
from spacy.util import minibatch

from ..sentences import sentence_spans
from ..extensions import doc_text
from . import document, model
from .select import summarize, summarize_many


def sentence_char_spans(doc) -> list[tuple[int, int]]:
    """(start, end) in doc.text of each sentence doc.sents would give, read from the token
    arrays (iterating doc.sents costs more than the summary itself)."""
    if not len(doc) or not doc.has_annotation("SENT_START"):
        return sentence_spans(doc_text(doc))
    starts = doc.to_array("IDX")[doc.to_array("SENT_START") == 1].tolist()
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    return list(zip(starts, starts[1:] + [len(doc_text(doc))]))


class Summarizer:
    def __init__(self, n_sentences: int = 3, model_path: str | None = None):
        self.n_sentences = n_sentences
        self.scorer = model.load(model_path)

    def __call__(self, doc, n_sentences: int | None = None):
        n = self.n_sentences if n_sentences is None else n_sentences
        doc._.summary = [s.text for s in summarize(self._article(doc), self.scorer, n)]
        return doc

    def pipe(self, docs, batch_size: int = 32, n_sentences: int | None = None):
        """As __call__ over each doc, the sentences of a whole batch scored in one call (the
        trees' walk costs about the same for one sentence as for a thousand)."""
        n = self.n_sentences if n_sentences is None else n_sentences
        for batch in minibatch(docs, batch_size):
            articles = [self._article(doc) for doc in batch]
            for doc, sentences in zip(batch, summarize_many(articles, self.scorer, n)):
                doc._.summary = [s.text for s in sentences]
                yield doc

    @staticmethod
    def _article(doc):
        return document.build(doc_text(doc), sentence_char_spans(doc), doc._.title_end)


@Language.factory("pantau_summary", default_config={"n_sentences": 3, "model_path": None})
def make_summarizer(nlp, name, n_sentences: int, model_path: str | None):
    """model_path: a model.json other than the shipped one (from python -m pantau.nlp.summarizer.train)."""
    return Summarizer(n_sentences, model_path)
