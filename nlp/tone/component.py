"""`pantau_tone`: the tone toward each watched institution an article names, and of each quote.

Runs after pantau_entities and pantau_quotes. Fills doc._.tone with [{"target", "tone",
"score"}] (watched institutions in order of first mention; watched.toml) and adds "tone" and
"tone_score" to each quote in doc._.quotes. The classifier is loaded once; nlp.pipe batches the
sentences of a whole batch of articles into one call.
"""

import re
from itertools import islice

from spacy.language import Language

from ..extensions import doc_text

from . import classify, load_model, score_plans
from . import target as tgt

PARTY_LABELS = ("ORG", "PERSON")


@Language.factory("pantau_tone", default_config={"model_path": None, "batch_size": 64})
def make_tone(nlp, name, model_path: str | None, batch_size: int):
    """model_path: a folder with model.json and model.npz other than the shipped nlp/models/tone."""
    return Tone(model_path, batch_size)


class Tone:
    def __init__(self, model_path=None, batch_size=64):
        self.model = load_model(model_path)
        self.batch_size = batch_size
        self.watched = tgt.watched()
        # the `also` names of every watched institution in one pattern: one pass over the text
        self.extra = {n.lower(): canonical for canonical, names in self.watched.items() for n in names}
        names = sorted(self.extra, key=len, reverse=True)
        self.extra_pattern = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, names))})(?!\w)", re.IGNORECASE) if names else None

    def mentions(self, doc, text) -> dict:
        """Watched institution -> character spans of its mentions, in order of first mention."""
        found = {}
        for e in doc._.entities or []:
            if e["label"] == "ORG" and e["canonical"] in self.watched:
                found.setdefault(e["canonical"], []).append((e["start"], e["end"]))
        for m in self.extra_pattern.finditer(text) if self.extra_pattern else ():
            spans = found.setdefault(self.extra[m.group().lower()], [])
            if not any(s < m.end() and m.start() < e for s, e in spans):
                spans.append(m.span())
        return dict(sorted(found.items(), key=lambda item: min(item[1])))

    def __call__(self, doc):
        return next(iter(self.pipe([doc])))

    def pipe(self, docs, batch_size=None):
        docs = iter(docs)
        while batch := list(islice(docs, batch_size or self.batch_size)):
            yield from self._batch(batch)

    def _batch(self, docs):
        plans, owners = [], []
        for doc in docs:
            text = doc_text(doc)
            others = [(e["start"], e["end"]) for e in doc._.entities or [] if e["label"] in PARTY_LABELS]
            for canonical, spans in self.mentions(doc, text).items():
                plans.append(tgt.plan(text, canonical, doc._.title_end, spans=spans, others=others))
                owners.append((doc, canonical))
        scores = score_plans(plans, self.model)
        for doc in docs:
            doc._.tone = []
        for (doc, canonical), plan, (tone, score) in zip(owners, plans, scores):
            if plan:  # named only on a skipped line ("Baca juga: ...") is not named
                doc._.tone.append({"target": canonical, "tone": tone, "score": score})
        quotes = [q for doc in docs for q in (doc._.quotes or [])]
        for q, (tone, score) in zip(quotes, classify([q["text"] for q in quotes], self.model)):
            q["tone"], q["tone_score"] = tone, score
        return docs
