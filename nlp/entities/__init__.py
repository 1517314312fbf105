"""`pantau_entities`: institutions, programmes, apps, campaigns, segments and places, linked to
their canonical names from the gazetteer (data in gazetteer.toml and places.toml beside this file,
plus the user's files in PANTAU_GAZETTEER).

Fills doc._.entities with {text, label, canonical, start, end} (character offsets), in text
order. When a statistical NER ran before this component (doc.ents set), its ORG and PLACE spans
that the gazetteer does not cover are added with their own text as canonical name. PERSON
entities are added by `pantau_people`, which knows who the people are.

An alias shared by several entries ("BPJS", "PMI") is resolved per article:
1. an entry whose `cues` occur in the same paragraph;
2. else the one entry the article also names unambiguously ("BPJS Kesehatan" elsewhere);
3. else the entry marked `default = true`.
"""

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.util import filter_spans

from .. import layout
from . import gazetteer as gz
from . import heads

PERSON_LABELS = frozenset({"PERSON", "PER", "PPL"})
NER_LABELS = {
    "ORG": "ORG", "ORGANISATION": "ORG", "ORGANIZATION": "ORG", "IND": "ORG",
    "PLACE": "PLACE", "LOC": "PLACE", "GPE": "PLACE", "PLC": "PLACE",
}


@Language.factory("pantau_entities", default_config={"use_ner": True})
def make_entities(nlp, name, use_ner: bool):
    return EntityLinker(nlp, gz.load(), use_ner=use_ner)


class EntityLinker:
    def __init__(self, nlp, gazetteer: gz.Gazetteer, use_ner: bool = True):
        self.gazetteer = gazetteer
        self.use_ner = use_ner
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.anycase = PhraseMatcher(nlp.vocab, attr="LOWER")
        for alias in gazetteer.aliases:
            matcher = self.anycase if gz.case_insensitive(alias) else self.exact
            matcher.add(alias, [nlp.make_doc(alias)])
        self.strings = nlp.vocab.strings

    def __call__(self, doc):
        end = layout.body_end(doc)
        spans = []
        for match_id, start, stop in self.exact(doc):
            spans.append(doc[start:stop])
            spans[-1].label_ = self.strings[match_id]  # the alias, kept on the span for now
        for match_id, start, stop in self.anycase(doc):
            if not doc[start].is_lower:
                spans.append(doc[start:stop])
                spans[-1].label_ = self.strings[match_id]
        spans = [s for s in filter_spans(spans) if s.end_char <= end and layout.in_text(doc, s.start_char, s.end_char)]
        spans = [s for s in spans if not _in_law_title(doc, s.start)]
        found = self._resolve(doc, spans)  # (start token, end token, label, canonical)
        body = _body_tokens(doc)
        known = {i: label for start, stop, label, _ in found for i in range(start, stop)}
        person_starts = {e.start: e.end for e in doc.ents if e.label_ in PERSON_LABELS}
        ruled = heads.find(doc, known, lambda i: body[i], person_starts)
        inside = {i for start, stop, label, _ in ruled if label == "ORG" for i in range(start, stop)}
        found = [f for f in found + ruled if f[2] == "ORG" and f in ruled or f[0] not in inside]
        found = _merge_places(doc, sorted(found))
        entities = [{"text": doc[a:b].text, "label": label, "canonical": canonical,
                     "start": doc[a].idx, "end": doc[b - 1].idx + len(doc[b - 1])} for a, b, label, canonical in found]
        guessed = self._from_ner(doc, {i for a, b, _, _ in found for i in range(a, b)}, end) if self.use_ner else []
        doc.user_data["pantau.ner_entities"] = [(e["start"], e["end"]) for e in guessed]
        entities += guessed
        entities.sort(key=lambda e: e["start"])
        doc._.entities = entities
        return doc

    def _resolve(self, doc, spans):
        g = self.gazetteer
        named = set()  # canonical names the article gives unambiguously
        for span in spans:
            if not g.is_ambiguous(span.label_):
                named.update(g.entries[i].canonical for i in g.aliases[span.label_])
        result = []
        for span in spans:
            entry = self._choose(doc, span, named)
            if entry is not None:
                result.append((span.start, span.end, entry.label, entry.canonical))
        return result

    def _choose(self, doc, span, named):
        g = self.gazetteer
        candidates = [g.entries[i] for i in g.aliases[span.label_]]
        if len({e.canonical for e in candidates}) == 1:
            return candidates[0]
        para = layout.paragraph_at(doc, span.start_char)
        words = set(para.text.lower().split()) if para else set()
        cued = [e for e in candidates if e.cues & words]
        if len(cued) == 1:
            return cued[0]
        mentioned = [e for e in candidates if e.canonical in named and not e.default]
        if len(mentioned) == 1:
            return mentioned[0]
        defaults = [e for e in candidates if e.default]
        return defaults[0] if defaults else candidates[0]

    def _from_ner(self, doc, taken, end):
        result = []
        for ent in doc.ents:
            label = NER_LABELS.get(ent.label_)
            if label is None or ent.end_char > end or any(i in taken for i in range(ent.start, ent.end)):
                continue
            text = ent.text.strip()
            if text in self.gazetteer.never or not layout.in_text(doc, ent.start_char, ent.end_char) \
                    or not _plausible(ent):
                continue
            canonical = self.gazetteer.canonical_of(text, label) or text
            result.append({"text": ent.text, "label": label, "canonical": canonical,
                           "start": ent.start_char, "end": ent.end_char})
        return result


def _plausible(ent):
    """A model's ORG or PLACE that reads like a name: capitalised first word, letters, no quote marks."""
    first = ent[0].text
    return first[:1].isupper() and any(c.isalpha() for c in ent.text) and not any(
        c in ent.text for c in "\"“”‘’") and not (len(ent) == 1 and ent[0].is_title and ent[0].is_sent_start)


LAWS = frozenset({"UU", "Undang-Undang", "Undang", "PP", "Perpres", "Permenaker", "Perppu", "Peraturan", "Permenkes", "Keppres"})


def _in_law_title(doc, i):
    """"UU 24/2011 tentang Badan Penyelenggara Jaminan Sosial" names a law, not the agency."""
    if i == 0 or doc[i - 1].lower_ != "tentang":
        return False
    return any(t.text in LAWS for t in doc[max(0, i - 8):i - 1])


def _body_tokens(doc):
    """For each token: whether it is in a body paragraph (not the title, not a skipped line)."""
    flags = [False] * len(doc)
    for p in layout.paragraphs(doc):
        if p.kind != "body":
            continue
        span = doc.char_span(p.start, p.end, alignment_mode="expand")
        if span is not None:
            flags[span.start:span.end] = [True] * len(span)
    return flags


def _merge_places(doc, found):
    """Adjacent places with nothing between them are one place: "Jakarta Setiabudi"."""
    result = []
    for item in found:
        if result and item[2] == "PLACE" and result[-1][2] == "PLACE" and result[-1][1] == item[0] \
                and doc[item[0] - 1].whitespace_ == " ":
            start = result[-1][0]
            result[-1] = (start, item[1], "PLACE", doc[start:item[1]].text)
        else:
            result.append(item)
    return result
