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
degrees are not part of a name. Pronouns ("Ia", "-nya") are resolved by nlp/quotes.py, which
knows who spoke last.

For nlp/quotes.py the component leaves doc.user_data["pantau.mentions"]: (start token, end token,
person index) in text order, and doc.user_data["pantau.persons"]: the people, in the same order
as doc._.people.
"""

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from . import layout
from .entities import gazetteer as gz
from .entities import heads

WORDS = tomllib.loads(Path(__file__).with_name("people.toml").read_text(encoding="utf-8"))
QUOTE_WORDS = tomllib.loads(Path(__file__).with_name("quotes.toml").read_text(encoding="utf-8"))

HONORIFICS = frozenset(WORDS["honorifics"])
DEGREES = frozenset(WORDS["degrees"])
TITLES = tuple(sorted((tuple(t.split()) for t in WORDS["titles"]), key=len, reverse=True))
TITLE_FIRST = frozenset(t[0] for t in TITLES)
TITLE_INDEX = {first: [t for t in TITLES if t[0] == first] for first in TITLE_FIRST}
ROLE_WORDS = frozenset(WORDS["role_words"])
ORG_HEADS = tuple(sorted((tuple(t.split()) for t in heads.HEADS["org_heads"] + ["Tim"]), key=len, reverse=True))
ROLE_ORGS = WORDS["role_orgs"]
ROLE_NAMES = WORDS["role_names"]
NOT_NAMES = frozenset(WORDS["not_names"])
GIVEN_NAMES = frozenset(WORDS["given_names"].split())
PARTICLES = frozenset(WORDS["name_particles"])
PLACE_HEADS = frozenset(heads.HEADS["place_heads"])
NOT_NAME_WORDS = NOT_NAMES | ROLE_WORDS | TITLE_FIRST | frozenset(h[0] for h in ORG_HEADS)
AFTER_VERBS = frozenset(QUOTE_WORDS["after_verbs"])
BEFORE_VERBS = frozenset(QUOTE_WORDS["before_verbs"])
ADVERBS = frozenset(QUOTE_WORDS["adverbs"])
QUOTE_MARKS = frozenset("\"“”‘’'")
CONNECTORS = frozenset({"dan", "&", "dari", "di", "pada", "untuk", "/", "-"})
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


class _DocPeople:
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

    def is_honorific(self, i):
        text = self.words[i]
        if text in HONORIFICS:
            return True
        return i + 1 < len(self.words) and self.words[i + 1] == "." and text + "." in HONORIFICS

    def title_at(self, i):
        """Length of the title starting at token i, or 0."""
        doc = self.doc
        for title in TITLE_INDEX.get(doc[i].text, ()):
            n = len(title)
            if i + n <= len(doc) and all(doc[i + k].text == title[k] for k in range(n)):
                return n
        return 0

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

    def _role_clause_before(self, start, end):
        """(role, organisation) from "Analis pasar modal dari Arunika Sekuritas, Teddy Kurniawan, …":
        a clause that opens with a title, then a comma, then the name between commas."""
        doc = self.doc
        if start < 2 or doc[start - 1].text != "," or end >= len(doc):
            return None
        if doc[end].text != "," and not self._next_to_verb(end, end):
            return None  # "Kepala Dinas Pariwisata DKI Jakarta, Tinia Budiarti mengusulkan"
        k = start - 2
        while k > 0 and not self._clause_start(k) and doc[k].text not in {",", ".", ";", ":"}:
            k -= 1
        if not self._clause_start(k) or not self.title_at(k):
            return None
        return self.described_role(k, start - 1)

    def _is_place(self, k):
        ent = self.ents.get(k)
        return (ent is not None and ent["label"] == "PLACE") or self.doc[k].text in PLACE_HEADS

    def _clause_start(self, k):
        doc = self.doc
        return k == 0 or doc[k].is_sent_start or doc[k - 1].text in {",", ";", ":"} or "\n" in doc[k - 1].whitespace_

    def _description_after(self, start, end):
        """(role, organisation) from "Euis Komalasari, mantan operator mesin tenun, mengaku …": a
        name, a comma, a lowercase description (commas allowed), a comma and a speech verb."""
        doc = self.doc
        if end - start < 2 and doc[start].text not in GIVEN_NAMES:
            return None
        if end + 1 >= len(doc) or doc[end].text != "," or not doc[end + 1].is_lower or not self._clause_start(start):
            return None
        for k in range(end + 2, min(end + 40, len(doc))):
            if doc[k].is_sent_start or doc[k].text in {".", ";", ":"} or doc[k].text in QUOTE_MARKS:
                return None
            if doc[k].text != ",":
                continue
            v = k + 1
            while v < len(doc) and doc[v].lower_ in ADVERBS:
                v += 1
            if v < len(doc) and doc[v].lower_ in BEFORE_VERBS:
                return self.described_role(end + 1, k)
        return None

    def described_role(self, start, end):
        """Role and organisation from a lowercase description ("pengamat pariwisata Universitas
        Udayana", "analis pasar modal dari Arunika Sekuritas")."""
        doc = self.doc
        org = None
        cut = end
        for k in range(start, end):
            ent = self.ents.get(k)
            if ent is not None and ent["label"] == "ORG":
                org = self._org_name(ent)
                cut = min(cut, k)
                break
            if doc[k].lower_ in {"dari", "di"} and k + 1 < end and doc[k + 1].text[0].isupper() \
                    and not self._is_place(k + 1):
                org = doc[k + 1:end].text
                cut = k
                break
            if self._org_head(k) and k > start:
                stop = k
                while stop < end and (doc[stop].text[0].isupper() or doc[stop].lower_ in CONNECTORS - {"di", "dari"}):
                    stop += 1
                org = doc[k:stop].text
                cut = k
                break
        words = [t.text for t in doc[start:cut]]
        while words and words[-1].lower() in CONNECTORS:
            words.pop()
        return " ".join(words) or None, org

    def _phrase_continues(self, end):
        """Whether the capitalised title phrase goes on after token `end` ("Menteri Ketenagakerjaan (Menaker) …")."""
        doc = self.doc
        if end >= len(doc) or "\n" in doc[end - 1].whitespace_:
            return False
        t = doc[end]
        if t.lower_ in CONNECTORS and end + 1 < len(doc) and doc[end + 1].text[0].isupper():
            return True  # "Asisten Perdata dan Tata Usaha Negara …"
        if t.text == "," and end + 1 < len(doc) and doc[end + 1].text[0].isupper() and not self.title_at(end + 1) \
                and not doc[end + 1].is_sent_start:
            return True  # "Kepala Desa Tegalrejo, Kabupaten Boyolali, …"
        return t.text == "(" or end in self.ents or self.is_honorific(end) or (t.text[0].isupper() and not t.is_sent_start)

    def _next_to_verb(self, start, end):
        doc = self.doc
        prev = doc[start - 1].lower_ if start > 0 else ""
        if start < end and (prev in AFTER_VERBS or prev == "menurut"):
            return True
        k = end
        while k < len(doc) and doc[k].lower_ in ADVERBS:
            k += 1
        return k < len(doc) and doc[k].lower_ in BEFORE_VERBS

    def _title_before(self, start):
        """(title start,) when a title phrase runs up to token `start`."""
        doc = self.doc
        best = None
        k = start - 1
        depth = 0
        while k >= 0:
            t = doc[k]
            if "\n" in t.whitespace_ or (k < start - 1 and t.is_sent_end):
                break
            if t.text == ")":
                depth += 1
            elif t.text == "(":
                depth -= 1
                if depth < 0:
                    break
            elif depth == 0 and not (t.text[0].isupper() or k in self.ents or t.lower_ in CONNECTORS
                                     or t.text in ROLE_WORDS or t.text in HONORIFICS or t.text == "."):
                break
            if depth == 0 and self.title_at(k):
                best = (k,)
            k -= 1
        return best

    def _split_role(self, title_start, run_start, run_end):
        """Split `title … name` into (name start, role, organisation)."""
        doc = self.doc
        # the name is the tail of the run; a run that also holds organisation words is cut at a
        # given name ("Jamsos Watch Yusuf Rahman"), else its last two words are the name
        name_start = run_start
        if run_end - run_start > 3 or (run_start > title_start and self._role_gap(title_start, run_start)):
            given = [k for k in range(run_start, run_end) if doc[k].text in GIVEN_NAMES]
            if given and given[0] > run_start:
                name_start = given[0]
            elif not given and run_end - run_start > 3:
                name_start = run_end - 2
        role, org = self.role_and_org(title_start, name_start)
        return name_start, role, org

    def _role_gap(self, title_start, run_start):
        """Whether only title words stand between the title and the run (no organisation yet)."""
        return all(k not in self.ents for k in range(title_start, run_start))

    def role_and_org(self, start, end):
        """Role and organisation from the title phrase doc[start:end]."""
        doc = self.doc
        words, org = [], None
        k = start
        depth = 0
        org_words = []
        places = set()  # positions in `words` of place names, which belong to the role
        has_org = any(self.ents.get(m, {}).get("label") == "ORG" for m in range(start, end))
        while k < end:
            t = doc[k]
            if t.text == "(":
                depth += 1
            elif t.text == ")":
                depth -= 1
            elif depth == 0:
                ent = self.ents.get(k)
                if t.text in HONORIFICS or self.is_honorific(k):
                    pass
                elif ent is not None and ent["label"] == "ORG":
                    org = self._org_name(ent)
                    if org != ent["canonical"]:  # a unit: "Anggota Komisi IX" of the DPR
                        words.append(ent["text"])
                    while k + 1 < end and self.ents.get(k + 1) is ent:
                        k += 1
                    if self.gazetteer.canonical_of(org) is None:  # "Perhimpunan … (PHRI) Bali"
                        k, org = self._regional(k + 1, end, org)
                        continue
                elif not has_org and org_words == [] and self._org_head(k) and words:
                    org_words.append(t.text)
                elif org_words:
                    org_words.append(t.text)
                else:
                    words.append(t.text)
                    if ent is not None and ent["label"] == "PLACE":
                        places.add(len(words) - 1)
            k += 1
        if org is None and org_words:
            org = " ".join(org_words)
        elif org is None:
            # "Koordinator Advokasi Jamsos Watch": the words after the role words
            n = 1
            while n < len(words) and (words[n] in ROLE_WORDS or words[n] in CONNECTORS or n in places):
                n += 1
            if n < len(words) and not has_org:
                words, org_words = words[:n], words[n:]
                org = " ".join(org_words)
        role = " ".join(words).replace(" / ", "/").strip(" ,") or None
        if role and org is None:
            org = self._org_from_role(role)
        if role:
            first = role.split()[0]
            role = ROLE_NAMES.get(role, ROLE_NAMES.get(first, first) + role[len(first):]) if first in ROLE_NAMES else role
        return role, org

    def _regional(self, k, end, org):
        """An organisation the gazetteer does not know takes the place written after it."""
        doc = self.doc
        m = k
        if m + 2 < end and doc[m].text == "(" and doc[m + 2].text == ")":
            m += 3
        places = []
        while m < end and self.ents.get(m, {}).get("label") == "PLACE":
            places.append(doc[m].text)
            m += 1
        return (m, f"{org} {' '.join(places)}") if places else (k, org)

    def _org_name(self, ent):
        return self.gazetteer.part_of.get(ent["canonical"], ent["canonical"])

    def _org_head(self, k):
        doc = self.doc
        for head in ORG_HEADS:
            if k + len(head) <= len(doc) and all(doc[k + m].text == head[m] for m in range(len(head))):
                return True
        return False

    def _org_from_role(self, role):
        first = role.split()[0]
        if first in ROLE_ORGS:
            return ROLE_ORGS[first]
        for prefix in ("Wakil Menteri ", "Menteri "):
            if role.startswith(prefix) and len(role) > len(prefix):
                name = "Kementerian " + role[len(prefix):]
                return self.gazetteer.canonical_of(name, "ORG") or name
        return None

    def _apposition_after(self, end):
        """(role, organisation) from ", Kepala Kantor Cabang Setiabudi," after a name."""
        doc = self.doc
        k = end
        while k < len(doc) and doc[k].text == "," and k + 1 < len(doc) and doc[k + 1].text in DEGREES:
            k += 2
        if k + 1 >= len(doc) or doc[k].text != "," or not self.title_at(k + 1):
            return None
        stop = k + 1
        while stop < len(doc) and not doc[stop].is_sent_start and doc[stop].text not in {",", ".", ";"} and (
                doc[stop].text[0].isupper() or stop in self.ents or doc[stop].lower_ in CONNECTORS
                or doc[stop].text in "()"):
            stop += 1
        return self.role_and_org(k + 1, stop)

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
