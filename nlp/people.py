"""`pantau_people`: the people an article names, with role and organisation, and every mention of them.

Fills doc._.people with {name, role, organisation} and adds PERSON entries (canonical = the full
name) to doc._.entities. Word lists are data in people.toml beside this module.

Where names come from:
- rules: a run of capitalised words is a name when a title stands before it
  ("Deputi Komunikasi BPJS Ketenagakerjaan Oni Marbun"), an honorific ("Pak Budi"), a speech
  verb next to it ("kata Anggoro", "Ratna menjelaskan", "Menurut Yusuf"), a title after it
  ("Hendra, Kepala Kantor Cabang Setiabudi,"), or commas around a run that starts with a
  common given name ("penerima manfaat, Nur Aini, ibu dari …");
- a statistical NER that ran before (doc.ents labelled PERSON/PER/PPL), when there is one: a run
  it tags PERSON is a name even without those cues. The run gives the name's extent.
Later mentions by any part of a name ("Oni", "Marbun") are the same person. Honorifics and
degrees are not part of a name; titles, roles and organisations are read by nlp/roles.py. Pronouns ("Ia", "-nya") are resolved by nlp/quotes.py, which
knows who spoke last.

For nlp/quotes.py the component leaves doc.user_data["pantau.mentions"]: (start token, end token,
person index) in text order, and doc.user_data["pantau.persons"]: the people, in the same order
as doc._.people.
"""

from dataclasses import dataclass, field

from spacy.language import Language

from . import layout
from .entities import gazetteer as gz
from .roles import DEGREES, GIVEN_NAMES, HONORIFICS, NOT_NAME_WORDS, PARTICLES, QUOTE_MARKS, RoleReader

NER_PERSON = frozenset({"PERSON", "PER", "PPL"})
MAX_NAME = 5


@dataclass
class Person:
    name: str
    role: str | None = None
    organisation: str | None = None
    parts: set = field(default_factory=set)

    def as_dict(self):
        return {"name": self.name, "role": self.role, "organisation": self.organisation}


@Language.factory("pantau_people", default_config={"use_ner": True})
def make_people(nlp, name, use_ner: bool):
    return PeopleFinder(gz.load(), use_ner=use_ner)


class PeopleFinder:
    def __init__(self, gazetteer, use_ner=True):
        self.gazetteer = gazetteer
        self.use_ner = use_ner

    def __call__(self, doc):
        entity_tokens = self._entity_tokens(doc)
        finder = _DocPeople(doc, entity_tokens, self.gazetteer, guessed=self._guessed(doc))
        ner_spans = []
        if self.use_ner:
            ner_spans = [(e.start, e.end) for e in doc.ents if e.label_ in NER_PERSON]
        finder.run(ner_spans)
        doc._.people = [p.as_dict() for p in finder.persons]
        doc.user_data["pantau.persons"] = [p.as_dict() for p in finder.persons]
        doc.user_data["pantau.mentions"] = finder.mentions
        # a model's ORG or PLACE guess gives way to a person ("Maria Ulfa Tanjung")
        names = {i for start, end, _ in finder.mentions for i in range(start, end)}
        guessed = self._guessed(doc)
        entities = [e for e in doc._.entities or [] if (e["start"], e["end"]) not in guessed
                    or not self._overlaps(doc, e, names)]
        entities += finder.organisation_mentions(entities)
        for start, end, index in finder.mentions:
            span = doc[start:end]
            entities.append({"text": span.text, "label": "PERSON", "canonical": finder.persons[index].name,
                             "start": span.start_char, "end": span.end_char})
        entities.sort(key=lambda e: e["start"])
        doc._.entities = entities
        return doc

    @staticmethod
    def _guessed(doc):
        return set(doc.user_data.get("pantau.ner_entities") or ())

    @staticmethod
    def _overlaps(doc, ent, tokens):
        span = doc.char_span(ent["start"], ent["end"], alignment_mode="expand")
        return span is not None and any(i in tokens for i in range(span.start, span.end))

    @staticmethod
    def _entity_tokens(doc):
        """token index -> the gazetteer/NER entity (dict) covering it."""
        result = {}
        for ent in doc._.entities or []:
            span = doc.char_span(ent["start"], ent["end"], alignment_mode="expand")
            if span is not None:
                for i in range(span.start, span.end):
                    result[i] = ent
        return result


class _DocPeople(RoleReader):
    """The work for one Doc: candidate name runs, their anchors, the registry of people."""

    def __init__(self, doc, entity_tokens, gazetteer, guessed=frozenset()):
        self.doc = doc
        self.words = layout.words(doc)
        self.ents = entity_tokens
        # tokens of a model's ORG/PLACE guesses: they may still be part of a name
        self.guessed = {i for i, e in entity_tokens.items() if (e["start"], e["end"]) in guessed}
        self.gazetteer = gazetteer
        # words of the article's organisations: "Pertamina" in "PT Pertamina" is not a person
        self.org_words = {w for e in doc._.entities or [] if e["label"] == "ORG" and (e["start"], e["end"]) not in guessed
                          for w in e["text"].split()}
        self.persons: list[Person] = []
        self.mentions: list[tuple[int, int, int]] = []
        self.in_text = [False] * len(doc)
        self.in_title = [False] * len(doc)  # headlines capitalise every word: no new names there
        for p in layout.paragraphs(doc):
            if p.kind == "skip":
                continue
            span = doc.char_span(p.start, p.end, alignment_mode="expand")
            if span is not None:
                for i in range(span.start, span.end):
                    self.in_text[i] = True
                    self.in_title[i] = p.kind == "title"

    def organisation_mentions(self, entities):
        """ORG entities for organisations only known from a person's title ("Koordinator Advokasi
        Jamsos Watch Yusuf Rahman"): every place the article writes them."""
        doc = self.doc
        known = {e["canonical"] for e in entities if e["label"] == "ORG"}
        taken = set(self.ents)
        for start, end, _ in self.mentions:
            taken.update(range(start, end))
        result = []
        text = None
        for name in {p.organisation for p in self.persons if p.organisation}:
            if name in known or self.gazetteer.canonical_of(name) is not None:
                continue
            text = doc.text if text is None else text
            pos = text.find(name)
            while pos >= 0:
                span = doc.char_span(pos, pos + len(name))
                if span is not None and not any(i in taken or not self.in_text[i] for i in range(span.start, span.end)):
                    result.append({"text": name, "label": "ORG", "canonical": name,
                                   "start": span.start_char, "end": span.end_char})
                pos = text.find(name, pos + len(name))
        return result

    # --- token tests -------------------------------------------------------------------------
    def is_name_token(self, i):
        text = self.words[i]
        if (i in self.ents and i not in self.guessed) or not self.in_text[i] or text in NOT_NAME_WORDS or text in HONORIFICS:
            return False
        if text in PARTICLES:  # "I Made Suarjana"
            return i + 1 < len(self.words) and self.words[i + 1] not in PARTICLES and self.is_name_token(i + 1)
        if not text[0].isupper() or len(text) < 2:
            return False
        if text.isupper() and len(text) > 1:
            return False  # acronyms are organisations, not names
        return all(c.isalpha() or c in "-'’." for c in text) and not text.endswith(".")

    # --- finding people ------------------------------------------------------------------------
    def run(self, ner_spans):
        """Find the runs of capitalised name words; a run is a person when the rules anchor it or
        when a NER's PERSON span overlaps it. The run, not the NER span, gives the extent of the
        name, so a noisy model cannot make "Menurut Hendra" or "Jaminan Kematian" a person."""
        doc = self.doc
        by_ner = set()
        for start, end in ner_spans:
            by_ner.update(i for i in range(start, end) if self.in_text[i])
        runs = []
        i = 0
        while i < len(doc):
            if not self.is_name_token(i):
                i += 1
                continue
            j = i
            while j < len(doc) and j - i < MAX_NAME and self.is_name_token(j) \
                    and (j == i or doc[j - 1].whitespace_ and "\n" not in doc[j - 1].whitespace_):
                j += 1
            runs.append((i, j))
            i = j
        unanchored = []
        for start, end in runs:
            from_ner = any(k in by_ner for k in range(start, end))
            start = self._skip_org_words(start, end)
            if start >= end:
                continue
            found = None if self.in_title[start] else self._anchored(start, end)
            if found is None and from_ner and end - start == 1 and self._opens_sentence(start) \
                    and self.words[start] not in GIVEN_NAMES:
                from_ner = False  # "Laporan", "Semakin": a model's guess on a capitalised first word
            if found is None and (not from_ner or self.in_title[start]):
                unanchored.append((start, end))
                continue
            name_start, role, org = found or (start, None, None)
            self._mention(name_start, end, role, org, new=True)
        for start, end in unanchored:
            self._mention(start, end, None, None, new=False)
        self.mentions.sort()

    def _opens_sentence(self, i):
        doc = self.doc
        return i == 0 or doc[i].is_sent_start or self.words[i - 1] in QUOTE_MARKS or self.words[i - 1] in {"(", "-", "–", "—"}

    def _skip_org_words(self, start, end):
        """A run "Pertamina Elia Massa Manik" starts with an organisation's word: the name is after it.
        A lone organisation word ("Pertamina menyatakan") is no name at all."""
        if end - start == 1 and self.words[start] in self.org_words:
            return end
        while end - start > 2 and self.words[start] in self.org_words:
            start += 1
        return start

    def _strip(self, start, end):
        """Drop honorifics before and degrees/commas after a name."""
        doc = self.doc
        while start < end and (self.is_honorific(start) or doc[start].text == "."):
            start += 1
        while end > start and (doc[end - 1].text in DEGREES or doc[end - 1].is_punct):
            end -= 1
        return start, end

    def _anchored(self, start, end):
        """(name start, role, organisation) when the run is clearly a person, else None."""
        doc = self.doc
        role_phrase = self._title_before(start)
        if role_phrase is not None and not self._phrase_continues(end):
            name_start, role, org = self._split_role(role_phrase[0], start, end)
            before = self.ents.get(role_phrase[0] - 1)
            if org is None and before is not None and before["label"] == "ORG":
                org = self._org_name(before)  # "BPJS Ketenagakerjaan President Director Anggoro …"
            return name_start, role, org
        j = start - 1
        while j >= 0 and doc[j].text == ".":
            j -= 1
        if j >= 0 and self.is_honorific(j):
            return start, None, None
        after = self._apposition_after(end)
        if after is not None:
            return start, after[0], after[1]
        before = self._role_clause_before(start, end)
        if before is not None:
            return start, before[0], before[1]
        described = self._description_after(start, end)
        if described is not None:
            return start, described[0], described[1]
        if self._next_to_verb(start, end):
            return start, None, None
        if (doc[start].text in GIVEN_NAMES and end - start >= 2 and start > 0 and doc[start - 1].text == ","
                and end < len(doc) and doc[end].text == ","):
            return start, None, None
        return None

    # --- the registry ------------------------------------------------------------------------
    def _mention(self, start, end, role, org, new):
        doc = self.doc
        start, end = self._strip(start, end)
        if end <= start:
            return
        parts = [doc[k].text for k in range(start, end)]
        name = " ".join(parts)
        keys = {p.lower() for p in parts}
        person = self._find(keys, start)
        if person is None:
            if not new:
                return
            person = Person(name, role, org, keys)
            self.persons.append(person)
        elif len(keys) > len(person.parts) and person.parts <= keys:
            person.name, person.parts = name, keys
        if new:
            person.role = person.role or role
            person.organisation = person.organisation or org
        self.mentions.append((start, end, self.persons.index(person)))

    def _find(self, keys, position):
        """The person whose name contains all of `keys` (or whose name they contain), preferring
        the one mentioned last before `position`, as in "Oni" after "Oni Marbun"."""
        best, best_at = None, -1
        for start, _, index in self.mentions:
            person = self.persons[index]
            if (keys <= person.parts or person.parts <= keys) and (best is None or best_at < start < position):
                best, best_at = person, start
        return best
