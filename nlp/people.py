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

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.language import Language

from . import layout, names
from .extensions import doc_text
from .entities import gazetteer as gz
from .entities import heads
from .figures import lexicon as figure_lexicon
from .numbers import ID_UNITS
from .roles import (ENGLISH_TITLE_WORDS, SCENES, POSSESSIVES, RELATIONS, WHO_IS, BALINESE, CORPS, OF_SOMEONE, OFFICES, PILGRIM, AFTER_VERBS, BEFORE_VERBS, DEGREES, DESCRIPTION_WORDS, GIVEN_NAMES, HONORIFICS, NAMED_AS, NOT_NAME_WORDS, NOT_PERSON, ORG_WORDS, PARTICLES,
                    QUOTE_MARKS, ROLE_NOUNS, ROLE_STOP, ROLE_WORDS, STATUS, TITLE_FIRST, TITLE_NAMES, TITLE_TAILS, VERB_PREFIXES, WORDS, RoleReader)

NER_PERSON = frozenset({"PERSON", "PER", "PPL"})
NER_OTHER = frozenset({"ORG", "ORGANISATION", "ORGANIZATION", "IND", "PLACE", "LOC", "GPE", "PLC"})
NER_PLACE = frozenset({"PLACE", "LOC", "GPE", "PLC"})
MAX_NAME = 5
ALIAS_CUES = frozenset({("akrab", "disapa"), ("biasa", "disapa"), ("yang", "akrab", "disapa"), ("yang", "biasa", "disapa"),
                        ("yang", "dikenal", "dengan"), ("dikenal", "dengan"), ("yang", "akrab", "dipanggil"),
                        ("akrab", "dipanggil"), ("yang", "biasa", "dipanggil"), ("alias",), ("atau", "akrab", "disapa"),
                        ("atau", "yang", "akrab", "disapa"), ("akrab", "dengan", "sapaan"), ("yang", "akrab", "dengan", "sapaan"),
                        ("akrab", "dengan", "panggilan"), ("yang", "akrab", "dengan", "panggilan")})
# nouns that describe a person before an alias cue ("pria yang akrab disapa …")
DESCRIBED_NOUNS = frozenset({"pria", "wanita", "perempuan", "lelaki", "laki-laki", "sosok", "politikus", "politisi",
                             "pemuda", "gadis", "ibu", "bapak"})
SOURCE_VERBS = frozenset({"dilansir", "melansir", "dikutip", "mengutip", "dilaporkan", "diberitakan", "laman", "situs",
                          "media", "harian", "majalah", "tabloid", "portal", "televisi", "stasiun", "surat kabar"})
REGION_HEADS = frozenset({"Kabupaten", "Kab.", "Kota", "Kecamatan", "Kec.", "Kelurahan", "Kel.", "Desa", "Dusun", "Kampung",
                          "Provinsi", "Distrik", "Nagari", "Gampong"})
ROLE_TAIL = frozenset({"pada", "di", "dari", "asal", "untuk", "bagi", "dan", "yang", "sebagai", "selaku",
                       "baru"}) | POSSESSIVES | frozenset(WORDS["role_tail_words"])
# ("pedangdut baru": the role, not its newness; "pelatih mereka": the coach; "mahasiswa tersebut adalah": a student)
ROLE_CUTS = tuple(tuple(c.split()) for c in WORDS["role_cuts"])
FACILITIES = frozenset(tuple(f.split()) if " " in f else f for f in WORDS["facilities"])
NOT_ALONE = frozenset(WORDS["not_alone"])
BODY_HEADS = frozenset(WORDS["body_heads"])
# units of measure written in capitals after a number ("2x660 Mega Watt"): a measure, no one's name
MEASURES = frozenset(figure_lexicon.load("id").measure)
CRAFT_WORDS = frozenset(WORDS["craft_words"])
CLUB_PREFIXES = frozenset(WORDS["club_prefixes"])
BODY_ROLE_NOUNS = frozenset(WORDS["body_role_nouns"])
PLACE_OPENERS = frozenset(WORDS["place_prefixes"]) | frozenset(heads.HEADS["place_heads"])
KNOWN_ALIASES = {alias.replace("_", " "): name for alias, name in WORDS["known_aliases"].items()}
SCRIPTURE = frozenset({"surat", "surah", "qs", "q.s."})
ROMANCE_LINKS = frozenset({"de", "del", "da", "do", "dos", "das", "la"})  # lowercase links inside Spanish, Portuguese names
PATRONYMIC = frozenset({"bin", "binti"})
POSITION_VERBS = frozenset({"berposisi", "bermain", "beroperasi"})  # "yang berposisi sebagai gelandang"
AFTER_OPENERS = frozenset(WORDS["after_openers"])
ADJUNCT_OPENERS = frozenset(WORDS["adjunct_openers"])
PLACE_NOUNS = frozenset(WORDS["place_nouns"])
SOVEREIGN_TITLES = tuple(tuple(t.split()) for t in WORDS["sovereign_titles"])
ARABIC_ARTICLES = frozenset({"al", "el", "Al", "El"})  # "Bashar al-Assad", "Teuku Adam Al-Fatih"
# ranks only people hold: written out, or abbreviated ("Jenderal" alone also ends "Sekretaris Jenderal")
PERSON_RANKS = tuple(tuple(r.split()) for r in WORDS["ranks"] if " " in r or r.isupper() or r[:1] in "IBKA" and r not in {"Kolonel"})
ENGLISH_ORG_HEADS = frozenset(WORDS["english_org_heads"])
# a capitalised word before a verb of saying, after a sentence's or clause's start ("Sutarno mengatakan …")
SUBJECT_SPEAKS = re.compile(r"(?:^|[.,;!?\"“”]\s+|\n)([A-Z][a-z]+) (?:" + "|".join(sorted(BEFORE_VERBS, key=len, reverse=True)) + r")\b",
                            re.MULTILINE)
SCHOLARLY = frozenset({"Dr.", "Dr", "dr.", "Prof.", "Prof", "Mr.", "Mrs.", "Ms.", "Ir."})  # before a name, not a body's
WRITTEN_DEGREE = re.compile(r"\.|[a-z]")  # "M.Si.", "Dipl", "PhD": a degree no initials or firm's ending looks like
NAME_LINKS = ROMANCE_LINKS | frozenset({"van", "von", "der", "den", "du", "le", "ter", "ten", "della"})  # "van der Mark"
# words of a sentence about election tickets, where "X-Y" is a pair of candidates
PAIR_WORDS = frozenset({"pasangan", "paslon", "cagub", "cawagub", "cabup", "cawabup", "cawalkot", "duet", "calon",
                        "pilkada", "pilgub", "pilpres", "capres", "cawapres", "koalisi", "pemilu"})
PLAYED = frozenset({"diperankan", "dimainkan", "diperani"})  # "X yang diperankan oleh Y": Y plays the part X
EXAMPLES = frozenset({"seperti", "yakni", "yaitu", "termasuk"})
DOMAIN_WORDS = frozenset({"bidang", "urusan"})  # "Menteri Koordinator bidang Perekonomian": the field is part of the office
DPR_UNIT = re.compile(r"Komisi [IVX]+ ")  # "Komisi V DPR": a numbered unit of a legislature
NICKNAME_CUES = (("sapaan", "akrab"), ("panggilan", "akrab"), ("nama", "panggilan"), ("sapaan",))  # "Danny, sapaan akrab X"
MONTH_NAMES = frozenset({"Juni", "Juli", "April", "Mei"})  # months that are also given names ("Raja Juli Antoni")
ROYAL_NAMES = frozenset({"Ratu", "Raja"})  # royal words that are also given names ("Ratu Atut Chosiyah")
LIST_CUES = frozenset({"yakni", "yaitu"})  # "… penyidik KPK, yakni A, B, dan C": each one listed has the description
PERSON_NOUNS = frozenset({"seorang", "pria", "wanita", "perempuan", "laki-laki", "bocah", "remaja", "gadis", "nenek",
                          "kakek", "bayi", "balita", "ibu", "bapak"})
LIST_OPENERS = frozenset({"yakni", "yaitu", "ialah", "adalah", "antara", "lain", "seperti", "termasuk", "dan"})
POINTING = frozenset({"itu", "ini", "tersebut"})
TYPE_CODE = re.compile(r"[A-Z]{1,4}-?\d+[A-Za-z]*|\d")  # "SU-35", "A320", "F16", "Cars 3"
CAMEL_CASE = re.compile(r"^[A-Z][a-z]+[A-Z]")
NAME_PREFIX = re.compile(r"^(?:Mc|Mac|Di|De|Da|Du|La|Le|Van|Von|Fitz|Al|El|Ben|Abu)[A-Z]")
MATCHED = frozenset({"vs", "vs.", "v", "kontra", "lawan"})  # "Leverkusen vs Hoffenheim": teams
# "V.", "F", "A.H.", "P.S" inside a name; not "R.I" (Republik Indonesia: "Konsul Jenderal R.I Jeddah …")
INITIAL = re.compile(r"^(?!R\.I\.?$)(?:[A-Z]\.?|(?:[A-Z]\.){1,3}[A-Z]\.?)$")


COMPANY_FORMS = frozenset({"PT", "PT.", "CV", "CV.", "Tbk", "Tbk.", "Persero", "(Persero)"})
# Words a Roman numeral follows ("Jilid I", "Komisi I", "Kodam I"): there "I" opens no Balinese name
NUMBERED = frozenset({"Jilid", "Komisi", "Kodam", "Pangdam", "Tahap", "Gelombang", "Dunia", "Periode", "Angkatan",
                      "Golongan", "Kelas", "Babak", "Seri", "Bab", "Pasal", "Kabinet", "Sesi", "Eselon", "Wilayah",
                      "Divisi", "Grup", "Kuartal", "Triwulan", "Semester", "Putaran", "Liga", "Pekan", "Zona", "Ring"})
BRAND_CUES = frozenset(WORDS["brand_cues"])
RELATIVE_TITLE_VERBS = frozenset(WORDS["relative_title_verbs"])
GROUP_WORDS = frozenset(WORDS["group_words"])
ORG_HEAD_SET = frozenset(tuple(h.split()) for h in heads.HEADS["org_heads"])
LIST_INTRO = frozenset({",", "yakni", "yaitu", "adalah", "masing-masing", ":"})
COMPANY_CUES = frozenset(WORDS["company_cues"])
THING_CUES = frozenset(tuple(c.split()) for c in WORDS["thing_cues"])
# The cues by their last word, longest first: a cue is looked for where a word may end one.
THING_CUES_BY_LAST = {}
for _cue in sorted(THING_CUES, key=len, reverse=True):
    THING_CUES_BY_LAST.setdefault(_cue[-1], []).append(_cue)
PAGEANT_WORDS = frozenset(WORDS["pageant_words"])
THING_OPENERS = frozenset(WORDS["thing_openers"])
NICKNAME_WORDS = frozenset(WORDS["nickname_cues"])
COMPANIONS = frozenset(tuple(c.split()) for c in WORDS["companions"])
HYPHEN_PARTICLES = frozenset(WORDS["hyphen_particles"])
MID_SENTENCE_SURNAMES = {w: frozenset(after) for w, after in WORDS["mid_sentence_surnames"].items()}
WIN_CUES = tuple(sorted((tuple(c.split()) for c in WORDS["win_cues"]), key=len, reverse=True))
AWARDS = tuple(sorted((tuple(a.split()) for a in WORDS["awards"]), key=len, reverse=True))
AWARD_FIRST = frozenset(a[0] for a in AWARDS)
AWARD_FIELDS = frozenset(WORDS["award_fields"])
WIN_VERBS = frozenset(WORDS["win_verbs"])
PART_LIST_OPENERS = frozenset(WORDS["part_list_openers"])
TEAM_NOUNS = frozenset(WORDS["team_nouns"])
GROUP_HEADS = frozenset(WORDS["group_heads"])
NICKNAME_ARTICLES = frozenset(WORDS["nickname_articles"])
PART_CUES = tuple(sorted((tuple(c.split()) for c in WORDS["part_cues"]), key=len, reverse=True))
# Words that end a firm's or a building's name: a capitalised run right before one is no person
FIRM_TAILS = frozenset({"Hotel", "Resort", "Airlines", "Airways", "Foundation", "Corporation", "Corp", "Inc", "Ltd",
                        "Tbk", "Analysis", "Analytics", "Research", "Capital", "Ventures", "Holdings", "Mall", "Plaza",
                        "Tower", "Residence", "Apartment", "Studios", "Records", "Pictures", "Hospital", "Bank"}
                       | set(WORDS["venue_tails"]))




_APOSTROPHE_NAME = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)+")


def _alpha(word):
    """str.isalpha, and a name with an apostrophe inside ("Syafi'in", "Ma'ruf", "Mas'ud") too."""
    return word.isalpha() or bool(_APOSTROPHE_NAME.fullmatch(word))


def _title(word):
    """str.istitle, and a capitalised name with an apostrophe inside ("Syafi'in") too."""
    return word.istitle() or bool(_APOSTROPHE_NAME.fullmatch(word)) and word[:1].isupper() and word[1:].islower()


def _company_name(text):
    """The words of "PT Adhi Karya Tbk" without its legal form, or None for another organisation."""
    words = text.split()
    if not words or words[0] not in COMPANY_FORMS:
        return None
    words = [w for w in words if w not in COMPANY_FORMS]
    return words or None


CLITICS = tuple(WORDS["clitics"])


@lru_cache(maxsize=4096)
def _clitic_stem(text):
    """"Iapun", "Editornya", "BAPnya": a pronoun or another word that is no name, an ordinary word of
    three letters or more, or an acronym, with a particle glued to it (not "Sonya", a name)."""
    if names.is_name_word(text):
        return False
    for clitic in CLITICS:
        if text.endswith(clitic):
            stem = text[:-len(clitic)]
            if stem in NOT_NAME_WORDS or (len(stem) >= 2 and stem.isupper()) \
                    or (len(stem) >= 3 and names.is_common(stem)):
                return True
    return False


def _head_noun(role):
    """The role without the words of status that open it ("Mantan astronaut" -> "astronaut")."""
    words = role.split()
    while len(words) > 1 and words[0].lower() in STATUS:
        words = words[1:]
    return " ".join(words)


def _one_letter_off(a, b):
    """Names of the same words but one or more misspelt by a letter (dropped, added, changed or
    two swapped), each such word five letters or more (four beside a word spelt the same)."""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb) or a == b:
        return False
    shortest = 4 if any(x == y for x, y in zip(wa, wb)) else 5  # "Dewa Astuti" for "Dewi Astuti"
    return all(x == y or min(len(x), len(y)) >= shortest and _edit1(x.lower(), y.lower()) for x, y in zip(wa, wb))


def _edit1(x, y):
    if abs(len(x) - len(y)) > 1:
        return False
    if len(x) == len(y):
        diff = [k for k in range(len(x)) if x[k] != y[k]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and x[diff[0]] == y[diff[1]] and x[diff[1]] == y[diff[0]])
    short, long_ = (x, y) if len(x) < len(y) else (y, x)
    return any(long_[:k] + long_[k + 1:] == short for k in range(len(long_)))


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
        entities += finder.organisation_runs(entities)
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
        # names of the article's companies without their legal form: "Adhi Karya" of "PT Adhi Karya
        # Tbk" is the company wherever the article writes it, even though "Adhi" is a given name
        self.company_names = {tuple(w) for w in (_company_name(e["text"]) for e in doc._.entities or []
                                                 if e["label"] == "ORG" and (e["start"], e["end"]) not in guessed) if w}
        self.persons: list[Person] = []
        self.mentions: list[tuple[int, int, int]] = []
        self.org_runs = []  # runs that name a club or a firm (names/orgs.txt, "Respawn" of "Respawn Entertainment")
        self.named = set()
        self.title_bodies = set()
        self.part_words = set()  # the words of the names of parts played
        self.part_ends = set()  # where the runs that name listed parts end (the next one listed is a part too)
        self.in_text = [False] * len(doc)
        self.in_title = [False] * len(doc)  # headlines capitalise every word: no new names there
        for p in layout.paragraphs(doc):
            if p.kind == "skip":
                continue
            span = doc.char_span(p.start, p.end, alignment_mode="expand")
            if span is not None:
                heading = p.kind == "title" or layout.is_heading(p)
                for i in range(span.start, span.end):
                    self.in_text[i] = True
                    self.in_title[i] = heading
        self.known = self._known_names()
        # tokens a statistical NER calls an organisation or a place ("Turki", "Facebook")
        self.other_ner = [False] * len(doc)
        self.other_span = {}
        self.ner_place = [False] * len(doc)
        self.ner_person = [False] * len(doc)
        # words the NER calls an organisation or a place on their own more often than it puts them
        # in a person's name ("Arema" five times, once in "Aji Arema" for "Aji, Arema …")
        ents = list(doc.ents)
        words = self.words
        in_person = Counter(words[k] for e in ents if e.label_ in NER_PERSON for k in range(e.start, e.end))
        # (not a word glued to a capitalised word no entity holds: "Molly Koscina" is one name the
        # NER split, and not a word that speaks, as in "kata Kusumo")
        in_ent = {i for e in ents for i in range(e.start, e.end)}
        alone = Counter(words[e.start] for e in ents if e.label_ in NER_OTHER and e.end - e.start == 1
                        and words[e.start][:1].isupper() and not doc[e.start].is_sent_start
                        and not (e.start > 0 and e.start - 1 not in in_ent and _title(words[e.start - 1])
                                 and _alpha(words[e.start - 1]) and doc[e.start - 1].whitespace_ == " "))
        self.products = None
        self.ner_votes = Counter(words[e.start] for e in ents if e.label_ in NER_PERSON and e.end - e.start == 1)
        self.ner_other_words = {words[k] for e in ents if e.label_ in NER_OTHER for k in range(e.start, e.end)}
        # a word the article writes after a region's word ("di Kecamatan Cibeber", ", Desa Sukamaju") is a
        # place wherever it stands: "Camat Cibeber Dadang Hermawan" starts at Dadang (not after an
        # office: "Wali Kota Budi", "Kepala Desa Budi" name people)
        self.local_places = {words[i + 1] for i in range(1, len(words) - 1)
                             if words[i] in REGION_HEADS and not words[i - 1][:1].isupper()
                             and words[i + 1][:1].isupper() and _alpha(words[i + 1])
                             and words[i + 1] not in GIVEN_NAMES and not names.is_name_word(words[i + 1])}
        speak_at = [i + 1 for i in range(len(words) - 1) if words[i] in AFTER_VERBS or words[i].lower() == "menurut"]
        speaks = {words[k] for k in speak_at}
        self.speaks = speaks
        self.addressed = None  # _addressed() fills it when it is needed
        self.subject_speakers = None  # _speaks_as_subject() fills it when it is needed
        # an honorific's word that speaks alone ("imbuh Sis.") is someone's name: "Direktur BRI Sis Apik
        # Wijayanto" is Sis Apik Wijayanto, not "Apik Wijayanto" called sister
        self.honorific_alone = {words[k] for k in speak_at if words[k] in HONORIFICS
                                and (k + 1 >= len(words) or not words[k + 1][:1].isupper())}
        # a word the NER calls a person on its own where it speaks ("kata Purbaya") is a name where
        # the NER leaves it out of a longer one ("Menteri Keuangan Purbaya Yudhi Sadewa")
        self.lone_names = {w for w, n in self.ner_votes.items() if (w in speaks or n >= 2) and w not in self.ner_other_words
                           and not names.is_common(w) and not names.is_place(w)}
        # a word the NER calls a person on its own where it speaks ("Menurut Gomar, …") is a name, even
        # where the NER puts it at the end of a body before the rest of the name ("PGI Gomar Gultom")
        self.speaking_names = {w for w in speaks if self.ner_votes[w] and w[:1].isupper() and not names.is_common(w)
                               and not names.is_place(w) and alone[w] <= in_person[w]}
        self.ner_org_words = {w for w, n in alone.items() if n > in_person[w] and w not in speaks
                              and not (w in GIVEN_NAMES or names.is_name_word(w))}  # but "Sean", "Sony" stay names
        # words the NER calls an organisation or a place on their own somewhere ("di Jeddah, Arab Saudi")
        self.ner_alone_other = {w for w in alone if w not in speaks and not (w in GIVEN_NAMES or names.is_name_word(w))}
        for e in ents:
            if e.label_ in NER_OTHER:
                self.other_ner[e.start:e.end] = [True] * (e.end - e.start)
                for k in range(e.start, e.end):
                    self.other_span[k] = (e.start, e.end)
            if e.label_ in NER_PLACE:
                self.ner_place[e.start:e.end] = [True] * (e.end - e.start)
            if e.label_ in NER_PERSON:
                self.ner_person[e.start:e.end] = [True] * (e.end - e.start)
        # an ordinary word that is part of a full name written in the article ("Argo" of "Argo
        # Yuwono", "argo" the taxi meter) is that name when it stands alone and the NER says person
        in_full_names = {words[k] for e in ents if e.label_ in NER_PERSON and e.end - e.start >= 2
                         and not self.in_title[e.start] and self.in_text[e.start]
                         and words[e.start] not in TITLE_FIRST and not (e.start > 0 and words[e.start - 1] in QUOTE_MARKS)
                         and any(not names.is_common(words[k]) and _alpha(words[k]) and words[k] not in HONORIFICS
                                 for k in range(e.start, e.end))
                         for k in range(e.start, e.end) if not words[k].lower().startswith(VERB_PREFIXES)}
        alone = {e.start for e in ents if e.label_ in NER_PERSON and e.end - e.start == 1}
        for i in alone:  # (not a title's or a nickname's word: "Pangeran Biru" in quote marks; not "Nasib Terry")
            if words[i] in in_full_names and words[i][:1].isupper() and words[i] not in NOT_NAME_WORDS:
                self.known[i] = True
        if in_full_names:
            # so is it where it opens a sentence or a clause before a verb of saying, whatever the NER says
            # there ("Argo mengimbau seluruh warga …" after "Argo Yuwono"): the taxi meter says nothing
            for m in SUBJECT_SPEAKS.finditer(doc_text(doc)):
                if m.group(1) in in_full_names and m.group(1) not in NOT_NAME_WORDS:
                    span = doc.char_span(m.start(1), m.end(1))
                    if span is not None and len(span) == 1 and self.in_text[span.start] and not self.in_title[span.start]:
                        self.known[span.start] = True

    def organisation_runs(self, entities):
        """ORG entities for the runs that name a club or a firm the entities do not hold yet ("Menurut
        Respawn, …" after "Respawn Entertainment"): an institution that can speak."""
        if not self.org_runs:
            return []
        taken = set()
        for e in entities:
            span = self.doc.char_span(e["start"], e["end"], alignment_mode="expand")
            if span is not None:
                taken.update(range(span.start, span.end))
        result = []
        for start, end in self.org_runs:
            while end < len(self.words) and end - start < MAX_NAME and self.words[end][:1].isupper() \
                    and _alpha(self.words[end]) and self.doc[end - 1].whitespace_ == " " and end not in taken \
                    and self.in_text[end]:
                end += 1  # "Respawn Entertainment", "Garuda Nusantara Press": the firm's whole name
            if not any(i in taken for i in range(start, end)):
                taken.update(range(start, end))
                span = self.doc[start:end]
                result.append({"text": span.text, "label": "ORG", "canonical": span.text,
                               "start": span.start_char, "end": span.end_char})
        return result

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
        # sorted: a set's order differs from process to process, and so would the entities'
        for name in sorted({p.organisation for p in self.persons if p.organisation}):
            if name in known or self.gazetteer.canonical_of(name) is not None:
                continue
            text = doc_text(doc) if text is None else text
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
        if text[:1].islower():
            return False  # most words; every test below would say so too, at more cost
        if (i in self.ents and i not in self.guessed) or not self.in_text[i] \
                or (text in NOT_NAME_WORDS and not self._title_name(i) and not self._after_birth_name(i)
                    and not self.known[i] and not self._surname_mid_sentence(i)
                    and not (text in MONTH_NAMES and i > 0 and self.words[i - 1] in ROYAL_NAMES
                             and self._royal_word_named(i - 1))) \
                or (text in HONORIFICS and not self.honorific_name(i) and not self._initial_between_names(i)) \
                or (text in CORPS and i > 0 and self.words[i - 1] in HONORIFICS):  # "Kolonel Inf M Aidi"
            return False
        if self._kin_pointing_back(i):
            return False  # "Putra Kris Jenner itu menambahkan …": her son, spoken of before; she is named after
        if text in TITLE_TAILS and self._inside_title(i):
            return False  # "Lebih lanjut Jaksa Agung mengatakan …": the office, not a man named Agung
        if text in PARTICLES:  # "I Made Suarjana"; but "KPK Jilid I", "Komisi I" end in a numeral
            return i + 1 < len(self.words) and self.words[i + 1] not in PARTICLES and self.is_name_token(i + 1) \
                and not (i > 0 and self.words[i - 1] in NUMBERED)
        if INITIAL.match(text) or (len(text) == 2 and text.isupper() and i > 0 and self._plain_name(i - 1)):
            # "Wicky V. Olindo", "Ronny F Sompie", "A.H. Nasution", "Retno LP Marsudi"
            return i + 1 < len(self.words) and self.words[i + 1][:1].isupper() and self.words[i + 1] not in PARTICLES \
                and (not INITIAL.match(self.words[i + 1]) or self._initials_in_name(i)) and self.is_name_token(i + 1)
        if not text[0].isupper() or len(text) < 2:
            return False
        if text.isupper() and len(text) > 1:
            return False  # acronyms are organisations, not names
        if not all(c.isalpha() or c in "-'’" for c in text):
            return False  # "Tiket.com", "Rp": no name has digits or dots inside
        if any(p.match(text) for p in NOT_PERSON) and not self._surname_after_given(i):
            return False  # "Persib", "Kemenkumham" (but "Van Persie", "Pratama Persadha")
        if text.endswith(CLITICS) and _clitic_stem(text):
            return False  # "Iapun mengakui …", "Editornya mengatakan …", "BAPnya": a word with its particle
        if CAMEL_CASE.match(text) and not NAME_PREFIX.match(text):
            return False  # "ZenScreen", "ProArt", "WhatsApp": products and brands (but "McQueen", "DiCaprio")
        if names.is_common(text) and text not in GIVEN_NAMES and not self.known[i] and not self._inside_name(i) \
                and not self._after_initial(i) and not self._after_titled_org(i) and not self._surname_mid_sentence(i):
            return False  # "Pernyataan", "Kakak", "Perikanan", "Sebelumnya": words, not names
        half, dash, rest = text.partition("-")
        if dash and half.lower() == rest.lower() and names.is_common(half):
            return False  # "Perserikatan Bangsa-Bangsa": a plural of an ordinary word
        return True

    def _organisation_name(self, start, end, in_longer, runs_with=0, org_run_words=frozenset()):
        """The whole run is an organisation's name that is no person's ("Wigan Athletic", "Sheffield
        Wednesday", "Brisbane Roar": names/orgs.txt); one word only when it is no name word and no
        longer run of the article holds it but the `runs_with` the caller knows of ("Burnley", not
        "Santos" nor "Valencia" of "Antonio Valencia")."""
        words = self.words[start:end]
        if not (names.is_org(words) or end - start == 1 and words[0] in org_run_words):
            return False
        if end - start >= 2:
            return True
        w = words[0]
        return not (w in GIVEN_NAMES or names.is_name_word(w) or in_longer[w] > runs_with)

    def _brand_model(self, start, end):
        """A firm's one-word name (names/orgs.txt, no name word) before words that are no names is a
        product, not a person ("Hyundai Kona", "Bugatti Veyron Grand Sport"); not after a title, where
        the firm is the body of the title of the person named next ("Direktur Hyundai …")."""
        words = self.words
        w = words[start]
        return (end - start >= 2 and names.is_org((w,)) and not (w in GIVEN_NAMES or names.is_name_word(w))
                and not any(x in GIVEN_NAMES or names.is_name_word(x) for x in words[start + 1:end])
                and not self._titled(start) and not self.role_noun_before(start))

    def _club_opens(self, start, end):
        """1 when the run opens with a one-word club or firm (names/orgs.txt, no name word) before a name
        word ("kiper Burnley Nick Pope"), else 0: that run holds no longer name of the club's word."""
        w = self.words[start]
        return int(end - start >= 3 and names.is_org((w,)) and not (w in GIVEN_NAMES or names.is_name_word(w))
                   and (self.words[start + 1] in GIVEN_NAMES or names.is_name_word(self.words[start + 1])))

    def _nickname_or_group(self, start, end):
        """A team's nickname or a group's name, not a person: "Tim berjulukan Mutiara Hitam", "Mutiara
        Hitam -julukan Persipura-", "pemain Laskar Joko Samudra", "Brigade Ezzedine al-Qassam", "El
        Real", "Les Parisien" (people.toml nickname_cues, team_nouns, group_heads, nickname_articles)."""
        words = self.words
        if start >= 2 and words[start - 1].lower() in NICKNAME_WORDS and words[start - 2].lower() in TEAM_NOUNS:
            return True
        k = end + 1 if end < len(words) and words[end] in {"-", ",", "("} else end
        if k + 1 < len(words) and words[k].lower().lstrip("-") in NICKNAME_WORDS \
                and any(p.match(words[k + 1]) for p in NOT_PERSON):
            return True  # "Mutiara Hitam -julukan Persipura-": the club the nickname belongs to
        if start > 0 and words[start - 1] in GROUP_HEADS and not self.doc[start - 1].is_sent_start \
                and not self.in_title[start - 1] or end - start >= 2 and words[start] in GROUP_HEADS:
            return True
        return end - start == 2 and words[start] in NICKNAME_ARTICLES and not (
            words[start + 1] in GIVEN_NAMES or names.is_name_word(words[start + 1]))

    def _organisation_before(self, start, end, in_longer):
        """How many of the run's first words, a title's run, name an organisation that is no person's
        (names/orgs.txt) before a name: 0 when none do or no name word is left after them."""
        for k in range(min(end - start - 1, 4), 0, -1):
            if self._organisation_name(start, start + k, in_longer, runs_with=1) \
                    and (self.ner_person[start + k] or self.words[start + k] in GIVEN_NAMES
                         or names.is_name_word(self.words[start + k])):
                return k
        return 0

    def _after_titled_org(self, i):
        """An ordinary word between a title's organisation and a name word opens the name: "Direktur
        Jenderal … Kementerian Perdagangan Oke Nurwan" ("Oke" is also a word)."""
        words, ents = self.words, self.ents
        ent = ents.get(i - 1) if i > 0 else None
        if ent is None or ent["label"] != "ORG" or i - 1 in self.guessed or i + 1 >= len(words) \
                or self.doc[i].is_sent_start or not _alpha(words[i]):
            return False
        nxt = words[i + 1]
        if not (nxt[:1].isupper() and _alpha(nxt) and not names.is_common(nxt) and not names.is_place(nxt)
                and nxt not in NOT_NAME_WORDS and i + 1 not in ents):
            return False
        m = i - 1
        while m > 0 and ents.get(m - 1) is ent:
            m -= 1
        return any(words[k] in TITLE_FIRST for k in range(max(0, m - 8), m))

    def _surname_after_given(self, i):
        """A word right after a given name or a name's link ("Pratama Persadha", "Van Persie") is a
        surname, whatever club or ministry it looks like."""
        if i == 0 or self.doc[i - 1].whitespace_ != " ":
            return False
        before = self.words[i - 1]
        return before in GIVEN_NAMES or names.is_name_word(before) or before.lower() in NAME_LINKS and before[:1].isupper()

    def _title_name(self, i):
        """"Imam Wahyudi" but "Imam Besar Masjid Istiqlal": a given name that opens a title of several
        words is a name where that title is not written."""
        text = self.words[i]
        if text in ROYAL_NAMES and self._royal_word_named(i):
            return True
        return text in TITLE_NAMES and (text in GIVEN_NAMES or names.is_name_word(text)) and not self.title_at(i)

    def _royal_word_named(self, i):
        """"mantan Gubernur Banten, Ratu Atut Chosiyah", "Sekjen PSI, Raja Juli Antoni": a royal
        word after the comma of someone's title, before two more name words, is their given name
        (whose title was just written), not a king's or a queen's."""
        words, doc = self.words, self.doc
        if i < 2 or i + 2 >= len(words):
            return False
        if not all(words[k][:1].isupper() and _alpha(words[k]) and not re.fullmatch(r"[IVX]+", words[k])
                   and (words[k] not in NOT_NAME_WORDS or k == i + 1 and words[k] in MONTH_NAMES
                        and not names.is_common(words[i + 2]) and words[i + 2] not in NOT_NAME_WORDS)
                   for k in (i + 1, i + 2)) \
                or (i + 3 < len(words) and words[i + 3][:1].isupper()):
            return False  # (not "Raja Salman bin Abdulaziz", "Ratu Elizabeth II": a sovereign and a name)
        if words[i - 1] != ",":
            # "Mantan gubernur Banten Ratu Atut Chosiyah": a title, maybe in lower case, and its body
            # right before, with no comma
            k = i - 1
            while k > 0 and i - k < 5 and _alpha(words[k]) and not doc[k].is_sent_start \
                    and words[k].capitalize() not in TITLE_FIRST:
                k -= 1
            return _alpha(words[k]) and words[k].capitalize() in TITLE_FIRST and i - k < 5
        k = i - 2
        while k > 0 and i - 2 - k < 6 and words[k][:1].isupper() and not doc[k].is_sent_start:
            k -= 1  # back over the title and its body: "Gubernur Banten", "Sekjen PSI"
        return any(self.title_at(m) for m in range(k, i - 1))

    def _initials_in_name(self, i):
        """"Rina H S Wulandari", "Budi A. K. Santoso": two middle initials in a row, after a given name
        and before the surname (not three capitals in a row, nor a list of single letters)."""
        words = self.words
        if not (0 < i and i + 2 < len(words) and len(words[i].rstrip(".")) == 1 and len(words[i + 1].rstrip(".")) == 1):
            return False
        before, after = words[i - 1], words[i + 2]
        return (before[:1].isupper() and before[1:].islower() and _alpha(before) and before not in NOT_NAME_WORDS
                and before not in HONORIFICS and after[:1].isupper() and after[1:].islower() and _alpha(after)
                and self.doc[i - 1].whitespace_ == " " and self.doc[i].whitespace_ == " " and self.doc[i + 1].whitespace_ == " ")

    def _initial_between_names(self, i):
        """"Agus H. Canny": "H." (haji before a name) between a given name and another name word is
        an initial; haji comes before the whole name ("H. Agus Canny")."""
        words = self.words
        if not (INITIAL.match(words[i]) and 0 < i < len(words) - 1):
            return False
        before, after = words[i - 1], words[i + 1]
        return (before[:1].isupper() and before[1:].islower() and _alpha(before) and not names.is_common(before)
                and before not in NOT_NAME_WORDS and before not in HONORIFICS and after[:1].isupper() and _alpha(after)
                and self.ents.get(i - 1, {}).get("label", "PERSON") == "PERSON")

    def _plain_name(self, i):
        w = self.words[i]
        return w[:1].isupper() and w[1:].islower() and _alpha(w) and not names.is_common(w) and w not in NOT_NAME_WORDS \
            and i not in self.ents

    def _kin_pointing_back(self, i):
        """"Putra Kris Jenner itu …", "Putri Sultan itu …" opening a sentence: a kin word that is also a
        given name, then a name and a demonstrative, describes someone spoken of before."""
        words = self.words
        if words[i].lower() not in OF_SOMEONE or not self.doc[i].is_sent_start:
            return False
        j = i + 1
        while j < len(words) and j - i <= 4 and words[j][:1].isupper() and _alpha(words[j]):
            j += 1
        return j > i + 1 and j < len(words) and words[j].lower() in {"itu", "ini", "tersebut"}

    def _surname_mid_sentence(self, i):
        """"Mohamed Salah": a word that is mostly an ordinary word at the start of a sentence ("Salah
        satu …") is a surname where it is capitalised inside the body's sentence right after a name
        word and no word of its phrase follows ("satu", "seorang")."""
        words = self.words

        def capitalised_inside(k):
            return (0 < k < len(words) - 1 and not self._opens_sentence(k) and not self.in_title[k] and self.in_text[k]
                    and words[k + 1].lower() not in MID_SENTENCE_SURNAMES[words[k]])

        def after_name_word(k):
            return self.doc[k - 1].whitespace_ == " " and (words[k - 1] in GIVEN_NAMES or names.is_name_word(words[k - 1]))

        if words[i] not in MID_SENTENCE_SURNAMES or not capitalised_inside(i):
            return False
        # after a name word; or written alone ("kata Salah") where the article wrote it after one elsewhere
        return after_name_word(i) or any(words[k] == words[i] and capitalised_inside(k) and after_name_word(k)
                                         for k in range(1, len(words) - 1))

    def _after_birth_name(self, i):
        """"I Made Dana", "I Wayan Karya": after the particle and a Balinese birth-order name comes a given
        name, whatever else the word means."""
        words = self.words
        return (i >= 2 and words[i - 2] in PARTICLES and words[i - 1] in BALINESE and words[i][:1].isupper()
                and _alpha(words[i]) and self.doc[i - 2].whitespace_ == " " and self.doc[i - 1].whitespace_ == " ")

    def _after_initial(self, i):
        """"Agus R. Tangkas", "I Made Dana M. Tangkas": a capitalised word after a middle initial that
        follows a name word is the surname, even when it is also an ordinary word."""
        words = self.words
        return (i >= 2 and INITIAL.match(words[i - 1]) is not None and len(words[i - 1]) == 2
                and words[i - 1].endswith(".") and words[i - 2][:1].isupper() and words[i - 2] not in NOT_NAME_WORDS
                and not INITIAL.match(words[i - 2]) and words[i - 2] not in HONORIFICS and self.in_text[i - 2]
                and self.doc[i - 2].whitespace_ == " " and self.doc[i - 1].whitespace_ == " ")

    def _inside_name(self, i):
        """An ordinary word between two name words belongs to the name ("Ricky Perdana Putra")."""
        words = self.words
        return (0 < i < len(words) - 1 and (words[i - 1] in GIVEN_NAMES or names.is_name_word(words[i - 1])
                                              or words[i - 1] in self.honorific_alone)
                and words[i + 1][:1].isupper() and not names.is_common(words[i + 1]) and self.in_text[i - 1]
                and self.doc[i - 1].whitespace_ == " " and self.doc[i].whitespace_ == " ")

    def _known_names(self):
        """Token flags: inside a full name that contains an ordinary word ("Bunga Citra Lestari")."""
        words = self.words
        flags = [False] * len(words)
        for i, w in enumerate(words):
            if w in names.KNOWN_FIRST:
                for n in range(2, MAX_NAME + 1):
                    if tuple(words[i:i + n]) in names.KNOWN:
                        flags[i:i + n] = [True] * n
        return flags

    # --- finding people ------------------------------------------------------------------------
    def run(self, ner_spans):
        """Find the runs of capitalised name words; a run is a person when the rules anchor it or
        when a NER's PERSON span overlaps it and the words look like a name. The run, trimmed where
        the NER says the name starts, gives the extent of the name, so a noisy model cannot make
        "Menurut Hendra" or "Jaminan Kematian" a person. Headlines and subheadings name no one new:
        their runs only mention people the article introduces ("Mark Zuckerberg Sewa …")."""
        doc = self.doc
        self.ner_starts = {start for start, _ in ner_spans}
        ner_at = {}
        for start, end in ner_spans:
            for i in range(start, end):
                if self.in_text[i]:
                    ner_at[i] = (start, end)
        runs = []
        i = 0
        while i < len(doc):
            if not self.is_name_token(i) and not (i in ner_at and self._leading_capitals(i, ner_at)):
                i += 1
                continue
            j = i + 1
            while j < len(doc) and j - i < MAX_NAME:
                if self.is_name_token(j) and doc[j - 1].whitespace_ and "\n" not in doc[j - 1].whitespace_:
                    j += 1
                elif self._hyphen_joins(i, j):
                    j += 2  # "Pierre-Emerick Aubameyang", "Oscar Fernandez-Taranco"
                else:
                    break
            if j + 3 < len(doc) and self.words[j] in QUOTE_MARKS and self.words[j + 2] in QUOTE_MARKS \
                    and self.words[j + 1][:1].isupper() and _alpha(self.words[j + 1]) and self.is_name_token(j + 3) \
                    and doc[j - 1].whitespace_ and doc[j + 2].whitespace_ and not doc[j].whitespace_:
                j += 4  # 'Giuseppe "Beppe" Marotta': a nickname in quote marks inside the name
                while j < len(doc) and j - i < MAX_NAME + 3 and self.is_name_token(j) and doc[j - 1].whitespace_ == " ":
                    j += 1
            if j + 1 < len(doc) and self.words[j] == "-" and not doc[j - 1].whitespace_ and not doc[j].whitespace_ \
                    and _alpha(self.words[j + 1]) and self.words[j + 1].islower() and self.in_text[j + 1] \
                    and self.words[j + 1] not in HYPHEN_PARTICLES \
                    and (self.words[j + 1] == self.words[j - 1].lower() or len(self.words[j + 1]) <= 3
                         or not names.is_common(self.words[j + 1])
                         or len(self.words[j + 1]) <= 4 and len(self.words[j - 1]) <= 4):
                # "Butar-butar", a Batak clan name the tokenizer splits; "Jong-un", "Ji-sang", "Hong-seok":
                # a Korean or Chinese given name's second syllable (not "Soesatyo-yang")
                j += 2
            name_evidence = any(k in ner_at or self.words[k] in GIVEN_NAMES or names.is_name_word(self.words[k])
                                for k in range(i, j))
            while (name_evidence or j + 2 < len(doc) and self._name_word_at(j + 2, ner_at)) and j + 2 < len(doc) \
                    and j - i < MAX_NAME and self._arabic_article(j):
                j += 3  # "Bashar al-Assad", "Saleh al-Jasser": the article and the name are one word
            if name_evidence and j - i >= 2 and j + 1 < len(doc) and self._arabic_article(j - 1):
                j += 2  # "Teuku Adam Al-Fatih": the capitalised article was taken as a name word
            m = j
            while m < len(doc) and m - j < 2 and self.words[m] in NAME_LINKS and doc[m - 1].whitespace_ == " ":
                m += 1
            if j < m < len(doc) and self.is_name_token(m) and doc[m - 1].whitespace_ == " " and (any(
                    k in ner_at or self.words[k] in GIVEN_NAMES or names.is_name_word(self.words[k]) for k in range(i, j))
                    or i > 0 and self.words[i - 1] in SCHOLARLY):  # "Dr. Esther von Plehwe Leisen"
                j = m + 1  # "Michael van der Mark", "Frenkie de Jong": a lowercase link inside a European name
                while j < len(doc) and j - i < MAX_NAME + 2 and self.is_name_token(j) and doc[j - 1].whitespace_ == " ":
                    j += 1
            if j + 1 < len(doc) and (j - i == 1 or self._name_word_at(j - 1, ner_at) and all(
                    names.is_common(w) for w in self.words[i:j - 1])) \
                    and self.words[j] in PATRONYMIC and _title(self.words[j + 1]) \
                    and _alpha(self.words[j + 1]) and doc[j - 1].whitespace_ == " ":
                j += 2  # "Emuh binti Saran", "Putra Mahkota Mohammed bin Salman": a name with the father's
                while j < len(doc) and j - i < MAX_NAME + 2 and doc[j - 1].whitespace_ == " " and (
                        self.is_name_token(j) and not names.is_place(self.words[j]) or j + 2 < len(doc) and self._arabic_article(j)):
                    # "Salman bin Abdul Aziz al-Saud", "Osama bin Mohammed Abdullah Al Shuaibi": the father's whole name
                    j += 3 if self.words[j] in ARABIC_ARTICLES and self.words[j + 1] == "-" else 1
            if j + 1 < len(doc) and 2 <= j - i < MAX_NAME and len(self.words[j]) == 1 and self.words[j].isupper() \
                    and j not in self.ents and doc[j - 1].whitespace_ == " " and self.in_text[j] \
                    and (self.words[j + 1][:1].islower() or not self.words[j + 1][:1].isalnum()):
                j += 1  # "Chiefy Adi K menyebutkan …": an initial without its dot ends the name
            if j < len(doc) and j - i < MAX_NAME and 2 <= len(self.words[j]) <= 3 and self.words[j].isupper() \
                    and _alpha(self.words[j]) and j - 1 in ner_at and ner_at.get(j) == ner_at[j - 1] \
                    and j not in self.ents and doc[j - 1].whitespace_ == " ":
                j += 1  # "Mahfud MD": capitals the NER keeps at the end of the name
            while j < len(doc) and j - i < MAX_NAME and j - 1 in ner_at and ner_at.get(j) == ner_at[j - 1] \
                    and self.words[j][:1].isupper() and _alpha(self.words[j]) and names.is_common(self.words[j]) \
                    and not self.words[j].lower().startswith(VERB_PREFIXES) \
                    and self.words[j] not in NOT_NAME_WORDS and doc[j - 1].whitespace_ == " " and self.in_text[j]:
                j += 1  # "Bestari Barus": an ordinary word the NER keeps at the end of a name
            runs.append((self._ner_extends(i, ner_at), j))
            i = j
        unanchored, headline = [], []
        place_named = set()
        # a word a title's holder is named after ("Presiden Lyon, Jean-Michel Aulas") names a body
        # wherever the article writes it alone ("Lyon bersikukuh …")
        self.title_bodies = {self.words[s] for s, e in runs if not self.in_title[s] and self._body_of_a_title(s, e)}
        if self.title_bodies:  # but not the given name of someone the article names in full ("Miryam H S Haryani"
            # … "tim hukum Miryam, Heru Andeska": her lawyers, not a body called Miryam)
            self.title_bodies -= {self.words[s] for s, e in runs if e - s >= 2 and self._name_words_say(s, e)}
        # the words of a club's name ("Deportivo La Coruna") name the club where they stand alone ("La Coruna")
        club_words = {w for s, e in runs if self.words[s] in CLUB_PREFIXES for w in self.words[s + 1:e]}
        # a name the article gives a thing twice ("taksi Blue Bird", "mobil Taksi Blue Bird") names it
        # wherever it stands alone too ("Pendiri Blue Bird", "bagi Blue Bird bersama supirnya")
        thing_names = Counter(tuple(self.words[s:e]) for s, e in runs if not self.in_title[s] and self._thing_named(s, e))
        thing_names = {name for name, n in thing_names.items() if n >= 2}
        # the words between "pemain" and ", Eric Gordon" name the club wherever the article writes them
        noun_bodies = {tuple(self.words[s:e]) for n, (s, e) in enumerate(runs) if self._body_after_noun(s, e, runs[n + 1:n + 2])}
        # words of the longer runs: "Valencia" alone is the club unless the article names "Antonio Valencia"
        in_longer = Counter(w for s, e in runs if e - s >= 2 and not self.in_title[s]
                            for w in set(self.words[s + self._club_opens(s, e):e]))
        # and the words of the organisations' names the article writes in full ("Wigan Athletic") name
        # the organisation where they stand alone ("Sedangkan Wigan …")
        org_run_words = {w for s, e in runs if e - s >= 2 and names.is_org(self.words[s:e]) for w in self.words[s:e]}
        # so do the words of a firm's or a club's name the article writes with its organisation word
        # ("Respawn Entertainment", "Adira Finance", "Rovio Entertainment") where they stand alone
        n_words = len(self.words)
        org_run_words.update(w for s, e in runs if not self.in_title[s] and (
            e < n_words and self.words[e] in ORG_WORDS and doc[e - 1].whitespace_ == " "
            or e - s >= 2 and self.words[e - 1] in ORG_WORDS) for w in self.words[s:e] if w not in ORG_WORDS)
        org_run_words.update(parts[0] for parts in (e["text"].split() for e in doc._.entities or [] if e["label"] == "ORG")
                             if len(parts) >= 2 and parts[-1] in ORG_WORDS and parts[0][:1].isupper()
                             and parts[0] not in ORG_WORDS)
        for s, e in runs:  # the organisation's own run is no longer name holding its words
            if e - s >= 2 and not self.in_title[s] and (names.is_org(self.words[s:e]) or self.words[e - 1] in ORG_WORDS):
                for w in set(self.words[s:e]):
                    in_longer[w] -= 1
        # names the article gives a place or a building ("Jalan Daan Mogot", "Bandar Udara Ngurah Rai"): written
        # alone elsewhere with nothing that makes them a person, they still name it ("di Ngurah Rai", "Satpas
        # SIM Daan Mogot")
        facility_names = {tuple(self.words[s:e]) for s, e in runs if not self.in_title[s] and self._names_a_place(s, ())}
        for e in doc._.entities or []:
            if e["label"] in ("PLACE", "ORG"):
                parts = e["text"].split()
                k = 2 if tuple(parts[:2]) in FACILITIES else 1 if parts[0] in FACILITIES else 0
                while k and k < len(parts) - 1 and parts[k] in HONORIFICS:
                    k += 1  # "Jalan Jenderal Sudirman"
                if 0 < k < len(parts):
                    facility_names.add(tuple(parts[k:]))
        for start, end in runs:
            if self.in_title[start]:
                headline.append((start, end))
                continue
            speaks = end < len(doc) and doc[end].lower_ in BEFORE_VERBS  # "Pelabuhan Anwar Fauzi mengatakan"
            if (self._names_a_place(start, place_named) and not speaks) or self._in_address(start, end):
                place_named.update(range(start, end))
                continue
            from_ner = any(k in ner_at for k in range(start, end))
            run_start = start
            start = self._after_award(start, end)
            start = self._skip_org_words(start, end)
            start = self._ner_start(start, end, ner_at)
            start = self._org_trim(start, end)
            if end - start >= 3 and start > 0 and self.words[start - 1] in heads.GROUP_WORDS:
                start += 1  # "bos Grup Emtek Eddy Kusnadi": the group's one-word name is no part of his
            start = self._after_known(start, end)
            start = self._word_before_known(start, end)
            start = self._body_glued_after_noun(start, end)
            while end - start >= 2 and self._inside_title(start):
                start += 1  # "Ketua Majelis Hakim Sumpeno": the title's last word is no part of the name
            while end - start >= 2 and self.words[end - 1] in self.ner_org_words and self.words[end - 2] not in QUOTE_MARKS \
                    and not (self.words[end - 1] in GIVEN_NAMES or names.is_name_word(self.words[end - 1])):
                end -= 1  # "menurut Aji Arema juga …": the club is no part of the coach's name
            if start >= end or self._is_source(start) or self._is_model(end) or self.words[run_start] in CLUB_PREFIXES \
                    or set(self.words[start:end]) <= club_words or tuple(self.words[run_start:end]) in noun_bodies \
                    or (end - start == 1 and self.words[start] in NOT_ALONE) \
                    or (start > 0 and doc[start - 1].text[-1:].isdigit() and " ".join(self.words[start:end]).lower() in MEASURES) \
                    or (start > 0 and self.words[start - 1] == "The") or self._english_name_goes_on(start, end) \
                    or (start > 0 and (self.words[start - 1] in CRAFT_WORDS or self.words[start - 1].lower() in CRAFT_WORDS)) \
                    or self._brand_listed(start, end) \
                    or (end < len(doc) and self.words[end] in FIRM_TAILS) \
                    or (end - start >= 2 and self.words[end - 1] in FIRM_TAILS) \
                    or self._thing_named(start, end) or self._pageant(start) \
                    or (not speaks and tuple(self.words[start:end]) in thing_names) \
                    or (end - start == 1 and self.words[start] in self.title_bodies) or self._body_of_a_title(start, end) \
                    or self._part_played(start, end) or self._in_quoted_title(start, end) \
                    or self._brand_model(start, end) \
                    or self._organisation_name(start, end, in_longer, org_run_words=org_run_words) \
                    and self.org_runs.append((start, end)) is None \
                    or self._nickname_or_group(start, end):
                # "The King Never Smiles": English titles of books, films and bands name no one;
                # "merk Richard Mille" is a watch; "Jiva One Sky Hotel", "Enders Analysis" are firms;
                # "film Suicide Squad", "band … bernama Puppen", "Miss Universe" are things and titles
                continue
            found = self._anchored(start, end)
            if found is not None and not self._plausible(found[0], end, ner_at, anchored=True):
                found = None
            if found is None and (from_ner and self._plausible(start, end, ner_at, anchored=False)
                                  or self._name_words_say(start, end) or self._degree_after(start, end)):
                if self._among_places(start, end, place_named):
                    place_named.update(range(start, end))
                    continue
                if set(self.words[start:end]) <= self.part_words:
                    continue  # "Hobbs" after "sebagai Luke Hobbs", with no evidence of a person of that name
                if tuple(self.words[start:end]) in facility_names:
                    place_named.update(range(start, end))
                    continue
                found = (start, None, None)
            if found is None:
                if tuple(self.words[start:end]) in facility_names:
                    place_named.update(range(start, end))
                    continue
                unanchored.append((start, end))
                continue
            name_start, role, org = found
            if role is not None and end - name_start > 2 and name_start > start and self._body_elsewhere(name_start):
                # "Presiden Produksi Teatrikal Disney Thomas Schumacher": the title's body, not his name
                body = self.words[name_start]
                name_start += 1
                if self.ner_place[name_start - 1] or any(e.label_ in NER_PLACE and e.end - e.start == 1 and self.words[e.start] == body
                                                         for e in self.doc.ents):
                    role = f"{role} {body}"
                elif org is None:
                    org = body
            if role is not None and end - name_start >= 2:
                k = self._organisation_before(name_start, end, in_longer)
                if k:  # "Pelatih Burnley Sean Dyche", "Manajer Sheffield Wednesday Carlos Carvalhal": the club
                    org = org or " ".join(self.words[name_start:name_start + k])
                    name_start += k
            if run_start < name_start < end and self.words[name_start] in PATRONYMIC and self.is_name_token(name_start - 1):
                # "Emir Qatar Tamim bin Hamad al-Thani": no name starts with "bin"; the word before it is the given name
                name_start -= 1
                given = self.words[name_start]
                if org == given:
                    org = None
                elif org is not None and org.endswith(" " + given):
                    org = org[:-len(given) - 1]
                if role is not None and role.endswith(" " + given):
                    role = role[:-len(given) - 1]
            if role is None:
                role, org = self._title_after_as(end) or (None, org)
            if role is None and not self._apposition_follows(end):
                role, org = self.role_noun_before(name_start) or (None, org)
            if role is None:
                role, org = self._role_after(end) or (None, org)
            if role is None:
                role, org = self.description_comma_before(name_start) or (None, org)
            if role is None:
                role, org = self.role_in_brackets(end) or (None, org)
            if role is None:
                role, org = self._title_after_relative(end) or (None, org)
            if role is not None and org is None:
                org = self._org_after(end)  # "Analis pasar Mark Mahaney dari RBC Capital Markets"
            self._mention(name_start, end, role, org, new=True)
        unanchored = self._listed(unanchored)
        for start, end in unanchored:
            role, org = (None, None) if self._apposition_follows(end) else self.role_noun_before(start) or (None, None)
            if role is None:
                role, org = self.description_comma_before(start) or (None, None)
            if role is None:
                role, org = self._title_after_relative(end) or (None, None)
            self._mention(start, end, role, org, new=False)
        for start, end in headline:
            self._headline_mention(start, end)
        self._listed_roles()
        self._roles_of_a_listed_group()
        self._initials()
        self._written_aliases()
        self._parts_played()
        self._real_names()
        self._misspelt()
        self._given_name_before()
        self._merge_aliases()
        self.mentions.sort()

    def _listed_roles(self):
        """"tiga penyidik KPK yang hadir, yakni A, B, dan C", "mantan pimpinan Komisi II DPR yakni A
        dan B": the description before "yakni"/"yaitu" is the role of each one the list names who
        has none of their own (one with a title of their own keeps it)."""
        doc = self.doc
        mentions = sorted(self.mentions)
        by_start = {s: (e, i) for s, e, i in mentions}
        for s, _, _ in mentions:
            counted = s >= 3 and doc[s - 1].text == "," and self._counted_description(s - 1)
            if s < 2 or not (doc[s - 1].lower_ in LIST_CUES or doc[s - 1].lower_ in POINTING and doc[s - 2].is_lower
                             and self._role_noun_at(s - 2) or counted):
                continue  # (also "Keempat tersangka itu A (45) dan B (47) asal Depok, …")
            found = self.description_comma_before(s) if counted else \
                self.role_noun_before(s - 1) or self.description_comma_before(s - 1)
            m = s - 2
            while not found and m >= max(0, s - 14) and not (doc[m].is_punct and m < s - 2) and m not in self.named:
                if doc[m].lower_ == "yang":  # "tiga penyidik KPK yang juga hadir, yakni …": the noun the clause describes
                    found = self.role_noun_before(m)
                m -= 1
            if not found or not found[0]:
                continue
            role, org = self._tidy_role(*found)
            k = s
            while k in by_start:
                end, index = by_start[k]
                person = self.persons[index]
                if person.role is None:
                    person.role, person.organisation = role, person.organisation or org
                k = self._next_in_list(end)

    def _counted_description(self, comma):
        """Whether a lowercase description with a number of people ends at the comma: "dua anggotanya,
        A dan B", "tiga rekannya, A, B, dan C": each one listed after it has that description."""
        doc = self.doc
        k = comma - 1
        if k < 1 or not doc[k].is_lower or not self._role_noun_at(k) and not self._role_noun_with_nya(k):
            return False
        return doc[k - 1].lower_ in ID_UNITS and doc[k - 1].lower_ not in {"nol", "satu"}

    def _next_in_list(self, k):
        """Where the next name of a list may start after token k: past commas, "dan", "serta", an age
        in brackets ("(45)") and where someone is from ("asal Depok")."""
        doc = self.doc
        while k < len(doc):
            if doc[k].lower_ in {",", "dan", "serta"}:
                k += 1
            elif doc[k].text == "(" and k + 2 < len(doc) and doc[k + 1].like_num and doc[k + 2].text == ")":
                k += 3
            elif doc[k].lower_ == "asal" and k + 1 < len(doc) and doc[k + 1].text[:1].isupper() and k + 1 not in self.named:
                k += 2
                while k < len(doc) and doc[k].text[:1].isupper() and k not in self.named and doc[k].is_alpha:
                    k += 1
            else:
                return k
        return k

    def _in_quoted_title(self, start, end):
        """"dalam ‘Agenda Item Seven’ atau sesi khusus": a run inside quotation marks that hold a
        title, capitalised words with more of them than the run (a nickname in marks, 'Giuseppe
        "Beppe" Marotta', is read before this)."""
        words = self.words
        a = start - 1
        while a >= 0 and start - a <= 6 and words[a] not in QUOTE_MARKS:
            if not (words[a][:1].isupper() and _alpha(words[a])):
                return False
            a -= 1
        b = end
        while b < len(words) and b - end <= 4 and words[b] not in QUOTE_MARKS:
            if not (words[b][:1].isupper() and _alpha(words[b])):
                return False
            b += 1
        if a < 0 or b >= len(words) or words[a] not in QUOTE_MARKS or words[b] not in QUOTE_MARKS:
            return False
        return (start - a - 1) + (b - end) >= 1

    def _thing_named(self, start, end):
        """A thing, a group or a venue is named after its word ("film Suicide Squad", "fenomena La
        Nina", "bertajuk 'White Night'", "taksi Blue Bird"), or after
        "bernama" that follows such a word as the head of its phrase ("kapal usang nan lusuh bernama
        Dying Gull", "band hardcore asal Bandung bernama Puppen"; not "penumpang pesawat bernama Budi").
        After a person's noun the run is the person ("pemain film Ariel Tatum") unless a name follows
        in apposition ("supir taksi Blue Bird, Taubert Chaidir")."""
        words = self.words
        if end - start >= 2 and words[start] in THING_OPENERS \
                and not any(w in GIVEN_NAMES or names.is_name_word(w) for w in words[start + 1:end]):
            return True  # "Tari Saman", "Tari Kecak": the word opens the run ("Tari" is also a given name)
        k = start
        while k > 0 and words[k - 1] in QUOTE_MARKS:
            k -= 1
        first = self._thing_cue_start(k - 1)
        if first is not None:
            return not (first > 0 and self._person_noun_ends_at(first - 1) and not self._apposition_follows(end))
        if k == 0 or words[k - 1].lower() not in NAMED_AS:
            return False
        for m in range(k - 2, max(-1, k - 10), -1):
            if not _alpha(words[m]) or self.doc[m].is_sent_start:
                return False
            if self._person_noun_ends_at(m):
                return False
            first = self._thing_cue_start(m)
            if first is not None or words[m].lower() in CRAFT_WORDS:
                first = m if first is None else first
                return not (first > 0 and self._person_noun_ends_at(first - 1))
        return False

    def _body_of_a_title(self, start, end):
        """One word after a title that names its body or region, not its holder, whose name follows
        after a comma ("Presiden Lyon, Jean-Michel Aulas", "Bupati Abdya, Akmal Ibrahim"): only a word
        that is no given name, name word or ordinary word (the NER often calls it a person)."""
        words = self.words
        w = words[start]
        if end - start != 1 or w in GIVEN_NAMES or names.is_name_word(w) or names.is_common(w) \
                or self.is_honorific(start - 1) or not (self._titled(start) or self.role_noun_before(start)):
            return False
        if any(words[k].lower() in OF_SOMEONE for k in range(max(0, start - 3), start)):
            return False  # "kuasa hukum Abun, Simeon Petrus": the client is a person too
        return end < len(words) and words[end] == "," and self._apposition_follows(end)

    def _part_played(self, start, end):
        """The name of a part in a film or a play: after "memerankan", "pemeran", "berperan sebagai"
        …, after "sebagai" right behind an actor's name ("Kevin McNally sebagai Joshamee Gibbs"); not
        the actor after "dan" ("Abimana sebagai Dono dan Vino G Bastian yang memainkan Kasino"). The
        part's words written alone later ("Hobbs") are no person unless a title, a speech verb or an
        age says so ("Tora Sudiro sebagai Indro", then "ujar Indro": the real Indro)."""
        words = self.words
        first = start
        while first > 0 and (words[first - 1] in HONORIFICS or words[first - 1] in {"Captain", "Kapten"}):
            first -= 1  # "sebagai Kapten Hector Barbossa"
        lowered = [w.lower() for w in words[max(0, first - 2):first]]
        cue = any(tuple(lowered[len(lowered) - len(c):]) == c for c in PART_CUES if len(c) <= len(lowered))
        if not cue and first > 1 and lowered[-1:] == ["sebagai"]:
            cue = first - 2 in self.named and self.doc[first - 2].text[:1].isupper()
        listed = False
        if not cue and first > 1 and lowered[-1:] and lowered[-1] in PART_LIST_OPENERS:
            # "karakter terkenal seperti Darth Vader": the cue, a word or two, then the list
            before = [w.lower() for w in words[max(0, first - 4):first - 1]]
            cue = listed = any(tuple(before[i:i + len(c)]) == c for c in PART_CUES
                               for i in range(len(before) - len(c) + 1))
        if not cue and first > 1 and words[first - 1].lower() in {"dan", "atau", ","}:
            cue = listed = first - 1 in self.part_ends  # "… seperti Darth Vader atau Luke Skywalker": the next listed
        if cue:
            self.part_words.update(w for w in words[start:end] if w[:1].isupper() and w not in GIVEN_NAMES)
        if listed:
            self.part_ends.add(end)
        return cue

    def _person_noun_ends_at(self, k):
        return k >= 0 and (self.words[k].lower() in PERSON_NOUNS or self._role_noun_ends_at(k))

    def _thing_cue_start(self, k):
        """Where a thing cue ("film", "lembaga survei") ending at token k starts (any case), or None."""
        words = self.words
        if k < 0:
            return None
        for cue in THING_CUES_BY_LAST.get(words[k].lower(), ()):
            n = len(cue)
            if k + 1 >= n and tuple(w.lower() for w in words[k + 1 - n:k + 1]) == cue:
                return k + 1 - n
        return None

    def _pageant(self, start):
        """"Miss Universe", "Miss Haiti": a pageant or a country's entrant, not a person's name."""
        words = self.words
        return start > 0 and words[start - 1] == "Miss" and (
            words[start] in PAGEANT_WORDS or names.is_place(words[start]) or self._is_place(start))

    def _name_word_at(self, k, ner_at):
        """Token k is a name by the word lists or by the NER ("Mohammed" of "Putra Mahkota Mohammed bin
        Salman", "Abadi" of "Haider al-Abadi")."""
        return k in ner_at or self.words[k] in GIVEN_NAMES or names.is_name_word(self.words[k])

    def _arabic_article(self, j):
        """"al-Assad", "el-Sisi", "Al-Fatih" right after a name word: the Arabic article glued by a
        hyphen to a capitalised word is the end of that name, not a second person."""
        words, doc = self.words, self.doc
        return (words[j] in ARABIC_ARTICLES and words[j + 1] == "-" and doc[j - 1].whitespace_ == " "
                and not doc[j].whitespace_ and not doc[j + 1].whitespace_ and words[j + 2][:1].isupper()
                and _alpha(words[j + 2]) and len(words[j + 2]) > 1 and self.in_text[j + 2])

    def _hyphen_joins(self, i, j):
        """A hyphen inside one name: one word on one side and a name of two or more words on the
        other ("Pierre-Emerick Aubameyang", "Oscar Fernandez-Taranco", "Jean-Yves Le Drian"). Two
        names of two words ("Anies Baswedan-Sandiaga Uno"), two short ones ("Anies-Sandi"), election tickets
        and a one-word name the article also writes alone ("Jokowi-Ma'ruf Amin") are a pair of people."""
        words, doc = self.words, self.doc
        if not (j + 1 < len(doc) and words[j] == "-" and not doc[j - 1].whitespace_ and not doc[j].whitespace_
                and words[j + 1][:1].isupper() and self.is_name_token(j + 1)):
            return False
        left = j - i
        right = 1
        k = j + 2
        while k < len(doc) and doc[k - 1].whitespace_ == " " and self.is_name_token(k):
            right, k = right + 1, k + 1
        if words[j - 1] in KNOWN_ALIASES or words[j + 1] in KNOWN_ALIASES or (left == 1) == (right == 1):
            return False
        single = j - 1 if left == 1 else j + 1
        if words[single] in GIVEN_NAMES or self._among_pairs_of_candidates(j):
            return False  # "pasangan TB Hasanudin-Anton", "Syamsuar-Edy Nasution di Riau; ...": two candidates
        # a one-word name the article also writes on its own is a person of its own ("Jokowi")
        return not any(w == words[single] and k != single and (k == 0 or words[k - 1] != "-")
                       and (k + 1 == len(words) or words[k + 1] != "-") for k, w in enumerate(words))

    def _among_pairs_of_candidates(self, j):
        """The hyphen at j is in a sentence about tickets ("pasangan", "paslon", "cagub") or one
        with another hyphen between capitalised words: election pairs, not one person's name."""
        sent = self.doc[j].sent
        hyphens = sum(1 for t in sent if t.text == "-" and 0 < t.i < len(self.doc) - 1 and t.i != j
                      and self.words[t.i - 1][:1].isupper() and self.words[t.i + 1][:1].isupper())
        return hyphens > 0 or any(t.lower_ in PAIR_WORDS for t in sent)

    def _role_noun_ends_at(self, k):
        """Whether a role noun ("anggota", "juru bicara") ends at token k."""
        for m in range(3):
            first = k - m
            if first >= 0 and any(len(noun) == m + 1 and all(self.doc[first + n].lower_ == noun[n] for n in range(m + 1))
                                  for noun in ROLE_NOUNS.get(self.doc[first].lower_, ())):
                return True
        return False

    def _name_evidence(self, start, end):
        return any(self.words[k] in GIVEN_NAMES or names.is_name_word(self.words[k]) or self.ner_person[k]
                   for k in range(start, end))

    def _names_a_place(self, start, place_named):
        """A run after a word for a place or building names it, even after a person ("Bandara
        Soekarno-Hatta", "Jalan Sudirman", "Stadion Gelora Bung Karno"), and so does the second half
        of a pair written together with such a run."""
        words = self.words
        k = start
        while k > 0 and words[k - 1] in HONORIFICS:
            k -= 1  # "Stadion Kapten I Wayan Dipta", "Jalan Jenderal Sudirman": a rank inside the place's name
        if k > 0 and (words[k - 1] in FACILITIES or tuple(words[max(0, k - 2):k]) in FACILITIES):
            return True
        if words[start] in FACILITIES and start + 1 < len(words) and words[start + 1][:1].isupper():
            return True  # "Tanggul Baswedan", "Musala Al Ikhlas": the facility's word opens the run
        if k > 3 and words[k - 1] == ")" and words[k - 3] == "(" and words[k - 2] in FACILITIES:
            return True  # "rumah susun (Rusun) Puspa Agro": the facility's short form in brackets
        if k > 3 and words[k - 1] == ")" and words[k - 3] == "(" and words[k - 2].isupper() \
                and (words[k - 4] in FACILITIES or tuple(words[max(0, k - 5):k - 3]) in FACILITIES):
            return True  # "Rumah Sakit Pusat Angkatan Darat (RSPAD) Gatot Subroto"
        if k > 1 and words[k - 1] in ROMANCE_LINKS and words[k - 2][:1].isupper() and not self.ner_person[k - 2] \
                and not (words[k - 2] in GIVEN_NAMES or names.is_name_word(words[k - 2])):
            return True  # "Autodromo Termas de Rio Hondo" (but "Frenkie de Jong"): the rest of a place's name
        if k > 0 and words[k - 1].lower() in SCRIPTURE and words[start] in {"Al", "Al-", "An", "Ar", "As"}:
            return True  # "surat Al Maidah": a chapter of the Quran
        if start >= 2 and words[start - 1] == "-" and start - 2 in place_named:
            return True  # "Bandara Soekarno - Hatta": the rest of a place's name, the hyphen spaced
        if start >= 2 and words[start - 1] == "-" and not self.doc[start - 1].whitespace_ and words[start - 2][:1].isupper():
            k = start - 2
            while k > 0 and start - k < 5 and words[k - 1][:1].isupper() and not self._names_a_place(k, place_named):
                k -= 1
            return start - 2 in place_named or self._names_a_place(k, place_named)
        return False

    def _place_at(self, k, place_named):
        """Token k is (in) a place: the gazetteer's, the NER's, the name lists', or a run named one."""
        return 0 <= k < len(self.words) and (k in place_named or self._is_place(k) or names.is_place(self.words[k])
                                             or self.ner_place[k])

    def _among_places(self, start, end, place_named):
        """A run with no evidence of a person between places: "Tegal, Cilacap, Sangihe Talaud, Ternate
        dan Sorong", "Mindanao, Sulu dan Tawi-tawi", "Taman Nasional Kakadu, Arnhem Land, Northern
        Territory" — a place on each side across a comma or "dan" — or after "di", "ke" or "menuju"
        with a place after its comma ("di San Jose del Cabo, Meksiko")."""
        words = self.words
        left = start - 1
        if left >= 0 and words[left] in {",", "dan"}:
            left_place = self._place_at(left - 1, place_named)
        else:
            left_place = False
        right_place = end + 1 < len(words) and words[end] in {",", "dan"} and self._place_at(end + 1, place_named)
        # the last of a list of places: "Mindanao, Sulu dan Tawi-tawi, karena …"
        last_of_list = left_place and words[left] == "dan" and left >= 3 and words[left - 2] == "," \
            and self._place_at(left - 3, place_named)
        if left_place and (right_place or last_of_list):
            return True
        return start > 0 and words[start - 1].lower() in {"di", "ke", "menuju"} and end + 1 < len(words) \
            and words[end] == "," and (names.is_place(words[end + 1]) or self._is_place(end + 1))

    def _in_address(self, start, end):
        """"di Hotel Bidakara, Pancoran, Jakarta Selatan": a run between a building and a place
        is the district of an address, not a person."""
        words = self.words
        if start < 2 or words[start - 1] != "," or end + 1 >= len(words) or words[end] != "," \
                or not self._is_place(end + 1):
            return False
        k = start - 2
        while k >= 0 and start - k < 7 and words[k][:1].isupper():
            if words[k] in FACILITIES or (k > 0 and (words[k - 1], words[k]) in FACILITIES):
                return True
            k -= 1
        return False

    def _leading_capitals(self, i, ner_at):
        """"TB Hasanudin": two or three capitals the NER puts at the start of a name."""
        w = self.words[i]
        return 2 <= len(w) <= 3 and w.isupper() and _alpha(w) and i + 1 < len(self.words) and i in ner_at \
            and ner_at.get(i + 1) == ner_at[i] and self.doc[i].whitespace_ == " " and i not in self.ents \
            and self.in_text[i] and not self.in_title[i] and self.is_name_token(i + 1)

    def _listed(self, runs):
        """Runs listed with people: "Ryuji Utomo, Ahmat Farizi, Junda Irawan", "Bodin Issara /
        Nipitphon Phuangphuapet", candidate pairs "Sudrajat-Achmad Syaikhu". A run that looks like a
        name (no ordinary word, place or organisation word) is a person when people's names stand
        next to it across list separators: on both sides, across a pair hyphen, or, for a run of two
        words or more, on one side across "/" or "dan", or across a comma in a list of three.
        Returns the runs still unanchored."""
        if not self.mentions:
            return runs
        pending = [run for run in runs if self._name_like(*run)]
        found = set()
        changed = True
        while changed and pending:
            changed = False
            by_start = {s: e for s, e, _ in self.mentions}
            by_end = {e: s for s, e, _ in self.mentions}
            index_by_end = {e: i for _, e, i in self.mentions}
            for run in list(pending):
                start, end = run
                shared = (None, None)
                before = self._list_neighbour(start - 1, by_end.get(start - 1))
                after = self._list_neighbour(end, end + 1 if end + 1 in by_start else None)
                if before == "-" or after == "-":
                    # "Sudrajat-Achmad Syaikhu"; but two single words are often one name ("Pocket-Lint")
                    other = (by_end[start - 1], start - 1) if before == "-" else (end + 1, by_start[end + 1])
                    listed = end - start >= 2 or other[1] - other[0] >= 2 or self._among_pairs(start, by_start)
                elif before and after:
                    listed = True
                elif after == "," and start > 0 and self.words[start - 1].lower() in EXAMPLES \
                        and self._list_goes_on(by_start[end + 1], by_start):
                    listed = True  # "seperti Tarzan, Addie MS, dan Ruben Onsu": the first of a list of people
                elif end - start < 2:
                    # "atas nama Pariyah, Sani binti Usih, Sugiyati dan Macih.": a one-word name the NER
                    # calls a person, after a list separator, at the end of the list
                    listed = bool(before) and self.ner_person[start] and (
                        after is not None or end >= len(self.words) or self.words[end] in {".", ",", ";", ":", "dan"})
                    if not listed and before == "dan" and by_end[start - 1] > 0 and self.doc[by_end[start - 1] - 1].is_lower \
                            and self._role_noun_ends_at(by_end[start - 1] - 1) and not self.in_title[start]:
                        listed = True  # "terdakwa Irman dan Sugiarto": a pair the description before it names
                        first = self.persons[index_by_end[start - 1]]
                        shared = (first.role, first.organisation)  # both of them
                elif before in {"/", "dan", "&"} or after in {"/", "dan", "&"}:
                    listed = True
                elif before == ",":
                    s0 = by_end[start - 1]
                    listed = bool(self._list_neighbour(s0 - 1, by_end.get(s0 - 1)))
                elif after == ",":
                    # the first of a list opens it ("yakni A, B dan C"); "pebalap Red Bull Racing, Max
                    # Verstappen dan Daniel Ricciardo" describes the names after it
                    e0 = by_start[end + 1]
                    listed = bool(self._list_neighbour(e0, e0 + 1 if e0 + 1 in by_start else None)) \
                        and (start == 0 or not _alpha(self.words[start - 1]) or self.words[start - 1].lower() in LIST_OPENERS)
                else:
                    listed = False
                if listed:
                    self._mention(start, end, *shared, new=True)
                    pending.remove(run)
                    found.add(run)
                    changed = True
        return [run for run in runs if run not in found]

    def _among_pairs(self, start, by_start):
        """Whether the sentence of token `start` lists another pair of people written together
        ("Syamsuar-Edy Nasution di Riau; … dan, Asrul-Hugua di Sulawesi Tenggara"): candidate
        pairs, so two one-word names joined the same way are a pair too."""
        doc, words = self.doc, self.words
        sent = doc[start].sent
        for s0, e0 in by_start.items():
            if sent.start <= s0 and e0 < sent.end and e0 + 1 in by_start and words[e0] == "-" \
                    and not doc[e0].whitespace_ and not doc[e0 - 1].whitespace_ and abs(s0 - start) > 2:
                return True
        return False

    def _list_goes_on(self, end, by_start):
        """Whether another person's name follows the one ending at `end`, across ", dan" or a separator."""
        words = self.words
        if end + 2 < len(words) and words[end] == "," and words[end + 1] == "dan" and end + 2 in by_start:
            return True
        return bool(self._list_neighbour(end, end + 1 if end + 1 in by_start else None))

    def _list_neighbour(self, sep, neighbour):
        """The separator at token `sep` ("," "/" "dan" "&", or "-" for a pair written together)
        when a person's name stands beyond it (`neighbour` is not None), else None."""
        doc = self.doc
        if neighbour is None or not (0 < sep < len(doc) - 1) or not self.in_text[sep] or doc[sep].is_sent_start:
            return None
        text = doc[sep].text
        if text == "-":
            return "-" if not doc[sep].whitespace_ and not doc[sep - 1].whitespace_ else None
        return text if text in {",", "/", "dan", "&"} else None

    def _name_like(self, start, end):
        """A run of at most four words, none an ordinary word, a place, an organisation's word or
        part of an entity, that reads as a name."""
        words = self.words[start:end]
        if not words or len(words) > 4 or self.in_title[start]:
            return False
        return not any(names.is_common(w) or names.is_place(w) or w in ORG_WORDS or w in self.org_words
                       or (k in self.ents and k not in self.guessed) or not w[:1].isupper()
                       for k, w in zip(range(start, end), words))

    def _position_listed(self, start, end):
        """"bek Novri Setiawan, Arhur Irawan, dan …": after a player's position (a role noun whose
        complement is a body, never a person) a name, a comma and another name are a list of players
        with that position, not the second one described by the first ("pengacara Saipul Jamil, X")."""
        return start > 0 and (self.words[start - 1].lower() in BODY_ROLE_NOUNS
                              or start > 2 and self.doc[start - 3:start].text.lower() in BODY_ROLE_NOUNS) \
            and self.in_text[start - 1] and self._name_evidence(start, end)  # ("full-back": three tokens)

    def _apposition_follows(self, end):
        """"pengacara Saipul Jamil, Berthanatalia Ruruk Kariman, …": a second name right after a
        comma, which the description before the first one is about; "sopir Rohadi bernama Koko
        Wira": the driver is Koko."""
        k = end
        return k + 1 < len(self.doc) and (self.words[k] == "," or self.doc[k].lower_ in NAMED_AS) \
            and self.is_name_token(k + 1) and not self.title_at(k + 1)

    def _ner_start(self, start, end, ner_at):
        """Where the name starts when the NER starts it later in the run: "Sumut Ajib Shah",
        "Arema Aji Santoso", "Blibli Kusumo Martanto" — unless the words it leaves out are names.
        A run after a pair hyphen starts a name ("Ridwan Kamil-Uu Ruzhanul Ulum")."""
        if start >= 2 and self.words[start - 1] == "-" and not self.doc[start - 1].whitespace_ \
                and not self.doc[start - 2].whitespace_ and self.is_name_token(start - 2):
            return start
        while end - start >= 2 and self._place_or_org(start, end):
            start += 1
        for k in range(start + 1, end):
            span = ner_at.get(k)
            if span is not None and span[0] == k == start + 1 and INITIAL.match(self.words[k]) and self._given_before_initial(start):
                continue  # "Rosan P. Roeslani": the NER starts at the middle initial; the given name before it stays
            # a one-word NER span ("Salim" of "Indofood Anthoni Salim") says little about where a name starts
            if span is not None and span[0] == k and (span[1] - span[0] >= 2 or k == end - 1) and all(
                    self.other_ner[m] or not (self.words[m] in GIVEN_NAMES or names.is_name_word(self.words[m])
                                              or self.words[m] in self.lone_names)
                    for m in range(start, k)) and (span[1] - span[0] >= 2 or all(
                    self._place_or_org(m, end) for m in range(start, k))):
                return k
        return start

    def _given_before_initial(self, k):
        """Whether the one word at k, before a middle initial, is a given name: an unknown word right after
        an organisation's name or a comma ("Ketua Umum KADIN Indonesia Rosan P. Roeslani"), not after a
        place, where it may be another place ("Konsul Jenderal RI Jeddah M. Hery Saripudin")."""
        if k < 1 or self.other_ner[k] or k in self.ents or self._place_or_org(k, k + 2):
            return False
        before = self.ents.get(k - 1)
        return self.words[k - 1] == "," or before is not None and before["label"] == "ORG"

    def _place_or_org(self, k, end):
        """A place ("Lamongan") or a word the NER puts in an organisation or place that ends
        before the run does ("Blibli" in "Blibli Kusumo Martanto")."""
        w = self.words[k]
        if w in GIVEN_NAMES or w in self.speaking_names:
            return False  # "Sekretaris Jenderal PGI Gomar Gultom" … "Menurut Gomar": a name that speaks alone
        if names.is_place(w) or w in self.local_places:
            return True
        if self._body_place_word(k, end):
            return True
        if w in self.ner_org_words:
            return True  # "Blibli", "Arema": the NER names it an organisation or a place elsewhere
        if w in self.ner_alone_other and k + 1 < end and self.words[k + 1] in self.lone_names:
            return True  # "Kepala ITPC Jeddah Gunawan" … "kata Gunawan": the place is no part of his name
        span = self.other_span.get(k)
        return span is not None and span[1] < end and not self.ner_person[k] and not names.is_name_word(w)

    def _body_place_word(self, k, end):
        """"Bea dan Cukai Tanjung Priok Harry Mulya": a place word (people.toml place_prefixes, the place
        heads) and the ordinary or unknown word after it, opening a run of three words or more right after a
        capitalised title or body, are the body's place ("Tanjung Priok"), not the start of the name."""
        words = self.words
        for head in (k, k - 1):
            if head < 1 or words[head] not in PLACE_OPENERS or head + 3 > end or not words[head - 1][:1].isupper() \
                    or self.doc[head].is_sent_start or head + 1 > k + 1:
                continue
            nxt = words[head + 1]
            if nxt[:1].isupper() and nxt.isalpha() and nxt not in GIVEN_NAMES and not names.is_name_word(nxt) \
                    and (words[head + 2] in GIVEN_NAMES or names.is_name_word(words[head + 2])):
                return True
        return False

    def _ner_extends(self, start, ner_at):
        """An ordinary word the NER puts at the start of a name, not at a sentence start, is part
        of it: "Kombes Argo Yuwono" (argo is also a taxi meter)."""
        span = ner_at.get(start)
        k = start
        while span is not None and k - 1 >= span[0] and ner_at.get(k - 1) == span and self.words[k - 1][:1].isupper() \
                and names.is_common(self.words[k - 1]) and not self._opens_sentence(k - 1) and self.in_text[k - 1] \
                and self.words[k - 1] not in NOT_NAME_WORDS and not self.is_honorific(k - 1) and not self.in_title[k - 1] \
                and not self._ends_a_list_of_words(k - 1):
            k -= 1
        return k

    def _ends_a_list_of_words(self, k):
        """"… Politik, Hukum, dan Keamanan Wiranto": token k ends a list of ordinary capitalised words
        (a title's domains), after "dan", "&" or a comma that follows another such word."""
        words = self.words
        m = k - 1
        if m >= 0 and words[m] in {"dan", "&"}:
            m -= 1
        if m >= 0 and words[m] == ",":
            m -= 1
        return m < k - 1 and m >= 0 and words[m][:1].isupper() and names.is_common(words[m])

    def _after_known(self, start, end):
        """"Presiden Rodrigo Duterte Harry Roque": a run that starts with (part of) the name of
        someone already named and goes on with two or more other words names a second person."""
        for k in range(start + 1, end - 1):
            keys = {w.lower() for w in self.words[start:k]}
            last = self.words[k - 1].lower()
            if any(keys <= p.parts and p.name.split()[-1].lower() == last for p in self.persons) and not any(
                    self.words[m].lower() in p.parts for p in self.persons if keys <= p.parts for m in range(k, end)):
                return k
        return start

    def _word_before_known(self, start, end):
        """"Sesumbar Anies menutup …": a word that is no name, opening a sentence before (part of)
        the name of someone already named, is no part of that name."""
        if end - start < 2:
            return start
        first = self.words[start]
        if first.lower() in ROLE_NOUNS and (first.lower(),) in ROLE_NOUNS[first.lower()]:
            rest = {w.lower() for w in self.words[start + 1:end]}
            if any(rest <= p.parts and p.role and first.lower() in p.role.lower().split() for p in self.persons):
                return start + 1  # "Hakim Yanto menuturkan" after "Ketua Majelis Hakim Yanto": his title, not his name
        if not self._opens_sentence(start):
            return start
        if first in GIVEN_NAMES or names.is_name_word(first):
            return start
        rest = {w.lower() for w in self.words[start + 1:end]}
        return start + 1 if any(rest <= p.parts for p in self.persons) else start

    def _brand_listed(self, start, end):
        """Whether the run at `start` follows a word for a brand, directly or in the list it opens
        ("merek Ramayana, Robinson, serta Cahaya"): brands, not people. After a company's word the run
        must be inside the list, with another capitalised run after it ("perusahaan Kopi Raya, Budi
        Jaya, Sinar Gida"), or end a list of three or more after "dan"."""
        words = self.words
        inside = end + 1 < len(words) and words[end] in {",", "dan", "serta", "&"} and words[end + 1][:1].isupper() \
            and _alpha(words[end + 1])
        last = start > 0 and words[start - 1] in {"dan", "serta", "&"}  # "…, Sabor Gida, dan Nova Torra"
        k = start
        for step in range(4):
            if k > 0 and (words[k - 1].lower() in BRAND_CUES
                          or words[k - 1].lower() in COMPANY_CUES and (inside or last and step >= 2)):
                return True
            j = k - 2 if k > 1 and words[k - 1] == "," else k - 1
            if j > 0 and words[j].lower() in {"yaitu", "yakni"} \
                    and any(w.lower() in BRAND_CUES for w in words[max(0, j - 3):j]):
                return True  # "empat warna pilihan yaitu, Black Sky, Gold Sand, …": the list a brand word opens
            if not (k > 1 and words[k - 1] in {",", "dan", "serta", "atau", "&"}):
                return False
            k -= 2 if words[k - 1] != "," and words[k - 2] == "," else 1  # ", serta Cahaya"
            m = k
            while m > 0 and k - m < 3 and words[m - 1][:1].isupper() and _alpha(words[m - 1]):
                m -= 1
            if m == k:
                return False
            k = m
        return False

    def _is_model(self, end):
        """"Sukhoi SU-35", "Boeing 737-800": a type number written onto the words is a product."""
        doc = self.doc
        return end + 1 < len(doc) and doc[end].text in {"-", "–"} and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and doc[end + 1].text[:1].isdigit() \
            or end < len(doc) and not doc[end - 1].whitespace_ and doc[end].text[:1].isdigit()

    def _aged(self, end):
        """"Rohati, 63, …", "Rohati (63)": an age written after a run says it is a person."""
        doc = self.doc
        for a, b in ((",", {",", ".", ";"}), ("(", {")"})):
            if end + 2 < len(doc) and doc[end].text == a and doc[end + 1].text.isdigit() \
                    and 1 <= int(doc[end + 1].text) <= 110 and doc[end + 2].text in b:
                return True
        return False

    def _is_source(self, start):
        """"dilansir dari Ace Showbiz", "dikutip dari Independent": a medium, not a person."""
        k = start - 1
        if k >= 0 and self.words[k].lower() == "dari":
            k -= 1
        return k >= 0 and self.words[k].lower() in SOURCE_VERBS

    def _after_body_noun(self, start):
        """Whether a role noun whose complement is a body stands right before token `start` ("pemain",
        "Pemain" opening the sentence)."""
        return start > 0 and self.words[start - 1].lower() in BODY_ROLE_NOUNS and self.in_text[start - 1] \
            and (self.doc[start - 1].is_lower or self.doc[start - 1].is_sent_start)

    def _body_after_noun(self, start, end, following):
        """"pemain Houston Rockets, Eric Gordon, meraih …", "bintang Golden State, Draymond Green.": the
        words between a body's role noun and the comma before the next name are the body; not a list of
        players ("pemain A, B, dan C") nor a name of name words only ("pemain Budi Santoso, Andi")."""
        if not following or not self._after_body_noun(start) or end >= len(self.doc) or self.words[end] != "," \
                or following[0][0] != end + 1:
            return False
        if all(w in GIVEN_NAMES or names.is_name_word(w) for w in self.words[start:end]):
            return False
        after = following[0][1]
        nxt = self.words[after] if after < len(self.words) else "."
        return nxt not in {"dan", "serta", "&", "/"} and not (nxt == "," and after + 1 < len(self.words)
                                                               and (self.is_name_token(after + 1) or self.words[after + 1] in {"dan", "serta"}))

    def _body_glued_after_noun(self, start, end):
        """"pebalap Ducati Andrea Dovizioso", "Pemain Milwaukee Bucks Malcolm Brogdon": after a body's role
        noun, leading words that are no name words before a given name of two words or more are the
        body, not part of the name."""
        words = self.words
        if end - start < 3 or not self._after_body_noun(start) or not all(w[:1].isupper() for w in words[start:end]):
            return start  # not "Frenkie de Vries": a lowercase link is inside a European name
        k = next((m for m in range(start + 1, end - 1) if words[m] in GIVEN_NAMES or names.is_name_word(words[m])), None)
        if k is None or any(words[m] in GIVEN_NAMES or names.is_name_word(words[m]) or words[m] in self.lone_names
                            or names.is_common(words[m]) for m in range(start, k)):
            return start
        return k

    def _org_trim(self, start, end):
        """Organisations written like names: "Aseman Airlines", "Persidafon", "Founders Fund" are no
        one (returns `end`); in "Jamsos Watch Yusuf Rahman" the name starts after the organisation."""
        words = self.words
        for k in range(end - 1, start - 1, -1):
            if words[k] in ORG_WORDS:
                return k + 1
        return start

    def _plausible(self, start, end, ner_at, anchored):
        """Whether the words doc[start:end] read as a person's name. A NER guess alone needs name
        words ("Megawati Soekarnoputri", "Agnes") or two words none of which is an ordinary one; a
        lone word the NER calls an organisation or a place ("Turki") is not a person unless a title
        or an honorific stands before it."""
        words = [w for w in self.words[start:end] if not INITIAL.match(w)]
        if not words:
            return False
        name_like = any(w in GIVEN_NAMES or names.is_name_word(w) or w in PATRONYMIC for w in words)
        if len(words) == 1 and (self.other_ner[start] or names.is_place(words[0])) and not self._titled(start) \
                and not self._person_named(start):
            return False
        if len(words) == 1 and self._role_noun_at(start):
            return False  # "Hakim menyatakan …": a judge, not a man named Hakim
        if end - start == 1 and start > 0 and self.words[start - 1] in BODY_HEADS and self.in_text[start - 1]:
            return False  # "Komite Nobel menyebut …": the committee's name, not a man called Nobel
        if len(words) == 1 and end - start == 1 and names.is_place(words[0]) and self._titled(start) \
                and not self._person_named(start) and not self._next_to_verb(start, end):
            return False  # "melamar sebagai Cabup Blora di PDIP": the office's region, nobody's name
        if len(words) == 1 and len(words[0]) <= 2 and self._aged(end):
            return False  # "AR (17), serta Rs (15)": initials with an age, not a name
        if anchored and len(words) == 1 and end - start == 1 and self._office_place(start):
            return False  # "Bupati Poso mengatakan …" after "Bupati Poso Darmin …": the office, not a man called Poso
        if anchored:
            # a lone word after a title ("Dirjen Otda") is a name when something says so
            # (initials before it, "A.S. Pudjoharsoyo", say it is a name too)
            return len(words) > 1 or len(words) < end - start or name_like or self.ner_person[start] or not self._titled(start) \
                or self._next_to_verb(start, end) or self._after_office_of_place(start) or self._after_rank(start) \
                or self._after_whole_title(start) or self._after_sovereign_title(start) or self._speaks_as_subject(start) \
                or self._after_titled_body(start)
        if len(words) == 1:
            return name_like or self._ner_says_person(words[0])
        return name_like or not any(names.is_common(w) for w in words)

    def _speaks_as_subject(self, start):
        """The lone word after a title ("kata Kepala Bidang Peternakan Sutarno") opens a sentence or a
        clause before a verb of saying elsewhere ("Sutarno mengatakan …"): a person's name, not the
        office's domain ("Dirjen Otda"). Not an acronym, an ordinary word, a place or a body's word."""
        w = self.words[start]
        if w.isupper() or not w.isalpha() or names.is_common(w) or names.is_place(w) or w in ORG_WORDS \
                or w in self.org_words or self.other_ner[start]:
            return False
        if self.subject_speakers is None:
            self.subject_speakers = {m.group(1) for m in SUBJECT_SPEAKS.finditer(doc_text(self.doc))}
        return w in self.subject_speakers

    def _office_place(self, start):
        """The one word after a title is the office's place: a place that ends the role of someone the
        article names ("Bupati Poso Darmin …" … "Bupati Poso mengatakan"). (Not any word the NER calls
        a place there: it calls "Bupati Lamongan Fadlan" and "AKP Wiyono" places too.)"""
        w = self.words[start]
        if w in GIVEN_NAMES or names.is_name_word(w) or w in self.speaks or self.ner_person[start] \
                or self._title_before(start) is None:
            return False  # ("atas nama Pariyah, …": a list of names, no office)
        return (names.is_place(w) or w in self.local_places) and any(
            p.role and p.role.split()[-1] == w for p in self.persons)

    def _after_rank(self, start):
        """"… Polda Metro Jaya Ajun Komisaris Besar Polisi Budiyanto di …", "AKBP Rudy": a police or
        military rank names the one word after it as a person."""
        w = self.words
        if not (_title(w[start]) and _alpha(w[start])) or start in self.ents:
            return False
        for rank in PERSON_RANKS:
            n = len(rank)
            if start >= n and tuple(w[start - n:start]) == rank and not self._inside_title(start - 1):
                return True
        return False

    def _after_sovereign_title(self, start):
        """"Ratu Maxima dari Belanda", "Pangeran Harry": a sovereign's title takes no domain word, so the
        one word after it is the holder's name (not a place: "Raja Ampat"; not a word: "Ratu Adil")."""
        w = self.words[start]
        if not (_title(w) and _alpha(w)) or names.is_place(w) or names.is_common(w) or self.other_ner[start]:
            return False
        return any(start >= len(t) and tuple(self.words[start - len(t):start]) == t for t in SOVEREIGN_TITLES)

    def _after_titled_body(self, start):
        """"Ketua Pengadilan Negeri Bengkulu Kaswanto pasca …": a title, the whole name of a body the
        article's entities hold (two words or more), then one unknown capitalised word: the holder's
        name (a title's domain comes right after the title, "Dirjen Otda", not after its body)."""
        w = self.words[start]
        if start < 3 or start in self.ents or not (_title(w) and _alpha(w)) or names.is_common(w) or names.is_place(w) \
                or w in ORG_WORDS or w in self.org_words or self.other_ner[start]:
            return False
        ent = self.ents.get(start - 1)
        if ent is None or ent["label"] != "ORG" or (start - 1) in self.guessed:
            return False
        span = self.doc.char_span(ent["start"], ent["end"], alignment_mode="expand")
        if span is None or span.end != start or span.end - span.start < 2:
            return False
        return any(self.title_at(j) == span.start - j for j in range(max(0, span.start - 3), span.start))

    def _after_whole_title(self, start):
        """"dibacakan Ketua Majelis Hakim Sumpeno pada …": a title of several words written whole names
        the one word after it as its holder (one word alone may be its domain: "Dirjen Otda")."""
        return any(self.title_at(j) == start - j for j in range(max(0, start - 4), start - 1))

    def _after_office_of_place(self, start):
        """"kata Bupati Lamongan Fadeli.": an office and its region name one post, so a lone word
        after them is the holder's name (not so "Dirjen Otda", where the word is the domain)."""
        k = start - 1
        while k > 0 and (self._is_place(k) or names.is_place(self.words[k])) and self.words[k][:1].isupper():
            k -= 1
        if k == start - 1:
            return False
        return any(self.title_at(j) == k + 1 - j and tuple(self.words[j:k + 1]) in OFFICES for j in range(max(0, k - 2), k + 1))

    def _person_named(self, start):
        """"seorang warga bernama Sakdiyah", "pria bernama Yanto", "korban atas nama Pariyah": a person's
        name, whatever the NER says."""
        doc = self.doc
        return start >= 2 and (doc[start - 1].lower_ in NAMED_AS and (
            self._role_noun_ends_at(start - 2) or doc[start - 2].lower_ in PERSON_NOUNS)
            or doc[start - 1].lower_ == "nama" and doc[start - 2].lower_ == "atas")

    def _ner_says_person(self, word):
        """A one-word name the NER calls a person wherever it stands, three times or more ("Millie")."""
        return self.ner_votes[word] >= 3 and word not in self.ner_other_words and not names.is_common(word) \
            and word not in self._product_words()

    def _product_words(self):
        """Words written before a type code somewhere in the article ("Sukhoi SU-35", "Airbus A320",
        "Cars 3"): a product's name; and teams matched against each other ("Leverkusen vs Hoffenheim")."""
        if self.products is None:
            words, starts = self.words, layout.token_starts(self.doc)
            spaced = [starts[i] + len(words[i]) < starts[i + 1] for i in range(len(words) - 1)] + [True]
            self.products = set()
            for i in range(len(words) - 1):
                if words[i][:1].isupper() and spaced[i] and (words[i + 1][:1].isupper() or words[i + 1][:1].isdigit()):
                    code = ""
                    for k in range(i + 1, min(i + 4, len(words))):
                        code += words[k]
                        if spaced[k]:
                            break
                    if TYPE_CODE.fullmatch(code):
                        self.products.add(words[i])
            for i in range(1, len(words) - 1):
                if words[i] in MATCHED:
                    self.products.update((words[i - 1], words[i + 1]))
        return self.products

    def _english_name_goes_on(self, start, end):
        """The run goes on an English name after "of" or "for" ("Cologne University of Applied Sciences",
        "Institute for Economic Research"); not one with a person's name in it ("Secretary of State John
        Kerry")."""
        words = self.words
        return start > 1 and words[start - 1] in ("of", "for") and words[start - 2] in ENGLISH_ORG_HEADS \
            and not any(w in GIVEN_NAMES or names.is_name_word(w) for w in words[start:end])

    def _degree_after(self, start, end):
        """A run of two or three capitalised words that ends in an academic degree written out
        ("Bern Niedringhaus Dipl", "Emmeline Decker Dipl. Ing."): only people have degrees. Not short
        capitals that are also initials or firms' endings ("SE", "MA")."""
        words = self.words
        n = end
        while n > start and words[n - 1] in DEGREES:
            n -= 1
        if n == end or not 2 <= n - start <= 3 or not (WRITTEN_DEGREE.search(words[end - 1])):
            return False
        return all(_alpha(w) and w[:1].isupper() and not names.is_common(w) and not names.is_place(w)
                   and w not in ORG_WORDS for w in words[start:n])

    def _name_words_say(self, start, end):
        """A run the NER did not call a person that is plainly a name: two or more words, none an
        ordinary word or a place, two of them seen in people's names ("Johanes Marlim", "Samsul
        Hidayatullah") — or one, where the NER has no other opinion either ("Ezra Walian")."""
        words = self.words[start:end]
        if len(words) < 2 or self._opens_sentence(start) and len(words) < 3:
            return False
        if len(words) >= 3 and all(len(w.rstrip(".")) == 1 and INITIAL.match(w) for w in words[1:-1]) \
                and not any(names.is_common(w) or names.is_place(w) or INITIAL.match(w) or w in ORG_WORDS
                            for w in (words[0], words[-1])) and not self.in_title[start]:
            return True  # "Miryam H S Haryani": middle initials between a given name and a surname
        if any(names.is_common(w) or names.is_place(w) or INITIAL.match(w) for w in words):
            return False
        n = sum(1 for w in words if w in GIVEN_NAMES or names.is_name_word(w))
        return n >= 2 or (n == 1 and not any(self.other_ner[k] for k in range(start, end)))

    def _titled(self, start):
        j = start - 1
        while j >= 0 and self.doc[j].text == ".":
            j -= 1
        return j >= 0 and (self.is_honorific(j) or self._title_before(start) is not None)

    def _headline_mention(self, start, end):
        """The longest part of a headline run that names a person of the article."""
        for n in range(end - start, 0, -1):
            for a in range(start, end - n + 1):
                keys = {w.lower() for w in self.words[a:a + n]}
                person = self._find(keys, a, exact_parts=True)
                if person is not None:
                    k = self._headline_rest(person, a, a + n, end)
                    if k > a + n:  # "Sri Mulyani Didaulat …" for the body's "Menteri Sri": her full name
                        person.name = " ".join(self.words[a:k])
                        person.parts = person.parts | {w.lower() for w in self.words[a + n:k]}
                    self.mentions.append((a, k, self.persons.index(person)))
                    return

    def _headline_rest(self, person, a, b, end):
        """Where the name of `person` ends in a headline that writes it longer than the body does: the
        body has only "Menteri Sri" or "Novel", the headline "Sri Mulyani Didaulat …", "Novel Baswedan:
        …". The words after it that are name words (names/names.txt or a given name; not ordinary words,
        places, nor anyone else's name) belong to the name; `b` when there are none or the body's name
        is not the one word `words[a]`."""
        words = self.words
        if b - a != 1 or person.name != words[a]:
            return b  # a name the body writes in two words or more is whole ("Fahri Hamzah Tantang …")
        others = set().union(*(p.parts for p in self.persons if p is not person)) if len(self.persons) > 1 else set()
        k = b
        while k < end and k - a < MAX_NAME and _alpha(words[k]) and words[k][:1].isupper() and not words[k].isupper() \
                and not names.is_common(words[k]) and not names.is_place(words[k]) and words[k] not in NOT_NAME_WORDS \
                and words[k] not in ORG_WORDS and words[k].lower() not in others \
                and (words[k] in GIVEN_NAMES or names.is_name_word(words[k])):
            k += 1
        return k

    def _opens_sentence(self, i):
        doc = self.doc
        return i == 0 or doc[i].is_sent_start or self.words[i - 1] in QUOTE_MARKS or self.words[i - 1] in {"(", "-", "–", "—"}

    def _after_award(self, start, end):
        """"pemenang Oscar Leonardo DiCaprio", "peraih Nobel Perdamaian Malala Yousafzai": after a word of
        winning, the award (and its field) that opens the run is no part of the name; alone it is no one."""
        words = self.words
        if words[start] not in AWARD_FIRST:
            return start  # (most runs: a set lookup)
        award = next((a for a in AWARDS if tuple(words[start:start + len(a)]) == a), None)
        if award is None or start == 0:
            return start
        k = start + len(award)
        while k < end and words[k] in AWARD_FIELDS:
            k += 1
        if any(tuple(w.lower() for w in words[start - len(c):start]) == c for c in WIN_CUES if start >= len(c)):
            return k
        return end if k == end and words[start - 1].lower() in WIN_VERBS else start

    def _skip_org_words(self, start, end):
        """A run "Pertamina Elia Massa Manik" starts with an organisation's word: the name is after it.
        A lone organisation word ("Pertamina menyatakan") is no name at all."""
        if end - start == 1 and self.words[start] in self.org_words:
            return end
        if tuple(self.words[start:end]) in self.company_names:
            return end  # "Adhi Karya" after "PT Adhi Karya Tbk": the company, not a person
        if all(w in self.org_words and w not in GIVEN_NAMES and not names.is_name_word(w) for w in self.words[start:end]):
            return end  # "Panca Nabati" of "PT Panca Nabati Prakarsa" (but "Sutrisno Bachir" of his foundation)
        while end - start > 2 and self.words[start] in self.org_words:
            start += 1
        if end - start > 2 and self.words[start] in self.ner_other_words and self._body_elsewhere(start):
            start += 1  # "Gubernur Guam Eddie Calvo" … "ke arah Guam": the place is no part of his name
        return start

    def _addressed(self):
        """Words written after an honorific somewhere in the article ("dari Bu Khofifah"): names of people."""
        if self.addressed is None:
            words = self.words
            self.addressed = {words[i + 1] for i in range(len(words) - 1) if words[i] in HONORIFICS}
        return self.addressed

    def _body_elsewhere(self, start):
        """The run's first word is an organisation or a place the NER names on its own elsewhere in the
        article, where the rest of this name does not follow it ("Presiden Produksi Teatrikal Disney
        Thomas Schumacher" … "bekerja di Disney"); not a word that speaks alone ("kata Zumi"), nor a
        given name, nor a word of a name the article writes in full elsewhere."""
        words = self.words
        w, nxt = words[start], words[start + 1]
        if w in GIVEN_NAMES or w in self.speaks or w in HONORIFICS or w in PARTICLES or INITIAL.match(w) \
                or self.known[start] or w in self.lone_names or w in self._addressed():
            return False
        other = person = 0
        name_word = names.is_name_word(w)
        for e in self.doc.ents:
            if e.start <= start < e.end:
                continue
            if e.label_ in NER_OTHER and e.end - e.start == 1 and words[e.start] == w \
                    and (e.end >= len(words) or words[e.end] != nxt):
                if name_word and e.end < len(words) and words[e.end] in BEFORE_VERBS:
                    person += 1  # "Menteri Sosial Khofifah Indar Parawansa" … "Khofifah menambahkan, …": a
                    continue  # word of people's names that speaks as a subject is the person, whatever the NER says
                other += 1
            elif e.label_ in NER_PERSON and w in words[e.start:e.end]:
                person += 1
        return other > person  # the NER calls it a body more often than a person's name elsewhere

    def _strip(self, start, end):
        """Drop honorifics before and degrees/commas after a name."""
        doc = self.doc
        while start < end and (self.is_honorific(start) or doc[start].text == "."
                               or (doc[start].text in PILGRIM and end - start >= 2)):
            start += 1  # "Gubernur Sulsel H Syahrul Yasin Limpo": "H" (haji) without its dot opens no name
        while end > start and (doc[end - 1].text in DEGREES or doc[end - 1].is_punct):
            end -= 1
        return start, end

    def _anchored(self, start, end):
        """(name start, role, organisation) when the run is clearly a person, else None."""
        doc = self.doc
        role_phrase = self._title_before(start)
        if role_phrase is not None and any(doc[m].lower_ in {"dan", "di"} for m in range(role_phrase[0], start)):
            after = self._title_after_as(end)
            if after is not None:  # "… selaku Hakim Anggota di Pengadilan X dan Y (HKU) sebagai Panitera Pengganti X"
                return start, after[0], after[1]
        if role_phrase is not None and (start in self.ner_starts or not self._phrase_continues(end)):
            name_start, role, org = self._split_role(role_phrase[0], start, end)
            role = self._with_status(role_phrase[0], role)
            before = self.ents.get(role_phrase[0] - 1)
            if org is None and before is not None and before["label"] == "ORG":
                org = self._org_name(before)  # "BPJS Ketenagakerjaan President Director Anggoro …"
            return name_start, role, org
        j = start - 1
        while j >= 0 and doc[j].text == ".":
            j -= 1
        after = self._apposition_after(end)
        if after is not None:
            return start, after[0], after[1]
        if j >= 0 and (self.is_honorific(j) or doc[j].lower_ in NAMED_AS or self._plays_before(start)
                       or (j > 0 and doc[j].lower_ == "nama" and doc[j - 1].lower_ == "atas")):
            titled = self._title_comma_before(start, end) if self.is_honorific(j) else None
            if titled is not None:
                return start, titled[0], titled[1]  # "Kapolda Metro Jaya, Irjen Pol Karyoto"
            if doc[j].lower_ == "bernama":
                named = self._described_before_named(j)
                if named is not None:
                    return start, named, None  # "striker asal Brasil yang bernama X": a striker
            return start, None, None  # "Pak Budi", "seorang warga bernama Yanto"
        if 2 <= end - start <= 4 and not doc[start].is_sent_start and not self.in_title[start] and all(
                w[:1].isupper() and w.isalpha() and not names.is_place(w) and w not in ORG_WORDS
                and (k not in self.ents or k in self.guessed) for k, w in zip(range(start, end), self.words[start:end])):
            position = self._position_after(end)
            if position is not None:
                return start, position, None  # "X (Australia) yang berposisi sebagai gelandang" (a name word may be a word too)
        titled = self._title_comma_before(start, end)
        if titled is not None:
            return start, titled[0], titled[1]
        before = self._role_clause_before(start, end)
        if before is not None:
            return start, before[0], before[1]
        described = self._description_after(start, end)
        if described is not None:
            return start, described[0], described[1]
        if self._next_to_verb(start, end) or self._aged(end):
            return start, None, None
        if (doc[start].text in GIVEN_NAMES and end - start >= 2 and start > 0 and doc[start - 1].text == ","
                and end < len(doc) and doc[end].text == ","):
            return start, None, None
        if end - start == 1 and self._plain_name(start) and not names.is_place(self.words[start]) \
                and not self.in_title[start] and (tuple(self.words[end:end + 1]) in COMPANIONS
                                                  or tuple(self.words[end:end + 2]) in COMPANIONS):
            return start, None, None  # "agar Atep dan kawan-kawan bisa …": a player and his teammates
        if end - start == 1 and start >= 3 and doc[start - 1].text == "," and end < len(doc) and doc[end].text in {",", "."} \
                and self._plain_name(start) and not names.is_place(self.words[start]):
            described = self.role_noun_before(start)
            if described is not None and described[0].split()[0].lower() in RELATIONS:
                return start, described[0], described[1]  # "istri Budi, Marni, …": a relative of someone named, by name
        if end - start >= 2 and self._name_like(start, end) and not (end < len(doc) and doc[end].lower_ in POINTING) \
                and (not self._apposition_follows(end) or self._position_listed(start, end)) \
                and (not self._role_noun_ends_at(start - 1) or self._name_evidence(start, end)):
            # "juru bicara Kedutaan Besar AS Molly Koscina", "seorang akademisi Thailand, Porphant
            # Ouyyanont", "kakak Saipul, Samsul Hidayatullah": a description of a person before a
            # name. Right after the description the run needs a name word ("anggota Timsus Satpas"
            # is a unit); "Pebalap Movistar Yamaha itu" points back to someone named before; in
            # "pebalap Red Bull Racing, Max Verstappen" the name comes after the comma.
            described = self.role_noun_before(start)
            if described is not None and _head_noun(described[0])[:1].islower():
                # not "Polisi Menduga Dera Dihabisi" of a headline; but "Mantan astronaut NASA Ron Garan"
                return start, described[0], described[1]
        if end - start >= 2 and start >= 2 and doc[start - 1].text == "(" and end < len(doc) and doc[end].text == ")" \
                and self._name_like(start, end) and self._name_evidence(start, end):
            described = self.role_noun_before(start - 1)  # "menurut ketua DPD Bali (Ketut Sudikerta)"
            if described is not None:
                return start, described[0], described[1]
        if self._said_by_description(start, end):
            return start, None, None  # (the role is read as for any name: role_noun_before, then the description)
        return None

    def _said_by_description(self, start, end):
        """Whether a verb of saying after a quote, a lowercase description and a comma right before the
        run name the one who speaks, whatever word follows the name ('"…," tutur pelatih Bank Jatim,
        Mashudi seusai …'). Not a place, a body or an acronym."""
        doc = self.doc
        if start < 4 or end - start > 3 or doc[start - 1].text != ",":
            return False
        v = start - 2
        while v > 0 and start - v <= 10 and doc[v].lower_ not in AFTER_VERBS:
            if doc[v].is_punct or doc[v].is_sent_start:
                return False
            v -= 1
        if doc[v].lower_ not in AFTER_VERBS or v + 1 >= start - 1 or not doc[v + 1].is_lower \
                or not self._role_noun_at(v + 1) or self.words[v - 1] not in QUOTE_MARKS | {","}:
            return False
        if any(not (w[:1].isupper() and w.isalpha()) or w.isupper() or names.is_place(w) or w in ORG_WORDS
               or w in self.org_words or (k in self.ents and k not in self.guessed) or self.other_ner[k]
               for k, w in zip(range(start, end), self.words[start:end])):
            return False
        return self.description_comma_before(start) is not None

    def _described_before_named(self, j):
        """The description of "striker asal Brasil yang bernama X", "pelaku penyanderaan bernama X": a
        role noun (and the word after it) before "(yang) bernama" at token j, over where the person is from."""
        doc = self.doc
        m = j - 1
        if m >= 0 and doc[m].lower_ == "yang":
            m -= 1
        while m >= 1 and (doc[m].text[:1].isupper() and doc[m].is_alpha or doc[m].text in {"(", ")"}):
            m -= 1  # "asal Brasil", "(Australia)"
        if m >= 1 and doc[m].lower_ in {"asal", "dari"}:
            m -= 1
        while m >= 0 and doc[m].is_lower and doc[m].lower_ in DESCRIPTION_WORDS:
            m -= 1  # "pemain muda"
        for k in (m, m - 1):
            if k >= 0 and doc[k].is_lower and self._role_noun_at(k) and not (k > 0 and doc[k - 1].lower_ in OF_SOMEONE):
                return doc[k:m + 1].text  # "pelaku penyanderaan bernama X": the head and what it is of
        return None

    def _position_after(self, end):
        """The role in "X (Australia) yang berposisi sebagai gelandang", "X yang bermain sebagai
        bek kiri": a lower-case role noun after a verb of playing a position."""
        doc = self.doc
        k = end
        if k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")":
            k += 3  # "(Australia)": where from
        if k < len(doc) and doc[k].lower_ == "yang":
            k += 1
        if k + 2 < len(doc) and doc[k].lower_ in POSITION_VERBS and doc[k + 1].lower_ == "sebagai" \
                and doc[k + 2].is_lower and self._role_noun_at(k + 2):
            return doc[k + 2].text
        return None

    # --- the registry ------------------------------------------------------------------------
    def _mention(self, start, end, role, org, new):
        doc = self.doc
        start, end = self._strip(start, end)
        if end <= start:
            return
        name = " ".join(doc[start:end].text.split())  # "Butar-butar" stays one word
        parts = name.split()
        keys = {p.lower() for p in parts if not INITIAL.match(p)}
        # "Jasser" later names "Saleh al-Jasser": the family name without its article is a part too
        keys |= {p.lower()[3:] for p in parts if p[:3].lower() in ("al-", "el-") and len(p) > 4}
        if not keys:
            return
        person = self._find(keys, start)
        role, org = self._tidy_role(role, org)
        if person is None:
            if not new or self._byline(start, end):
                return
            person = Person(name, role, org, keys)
            self.persons.append(person)
        elif len(keys) > len(person.parts) and person.parts <= keys:
            person.name, person.parts = name, keys
        if new or person.role is None:
            if person.role is None and role is not None:
                person.role, person.organisation = role, person.organisation or org
            person.organisation = person.organisation or org
        self.mentions.append((start, end, self.persons.index(person)))
        self.named.update(range(start, end))

    def _byline(self, start, end):
        """Whether doc[start:end] is the writer's name in brackets that closes the article ("…
        berat. [Dewi Lestari]", "(Andi Wijaya)"): a credit, not someone the story names."""
        doc = self.doc
        if start == 0 or end >= len(doc) or doc[start - 1].text not in {"[", "("} \
                or doc[end].text != {"[": "]", "(": ")"}[doc[start - 1].text]:
            return False
        return all(t.is_punct or t.is_space for t in doc[end + 1:]) and start >= 2 and doc[start - 2].text in {".", "!", "?", "\"", "”"}

    def _title_after_as(self, end):
        """(role, organisation) from a capitalised title right after the name, behind "selaku", "sebagai" or
        ", seorang", maybe after the person's initials in brackets: "X (DSU) selaku Hakim Anggota di
        Pengadilan Tipikor Bengkulu", "Y sebagai Panitera Pengganti Pengadilan Tipikor Bengkulu", "Z (SI),
        seorang Pegawai Negeri Sipil (PNS) atau …"."""
        doc = self.doc
        k = end
        if k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")" and doc[k + 1].text.isupper() \
                and doc[k + 1].is_alpha:
            k += 3  # the initials the article calls the person by
        if k + 1 < len(doc) and doc[k].lower_ in {"selaku", "sebagai"}:
            k += 1
        elif k + 2 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ == "seorang":
            k += 2
        else:
            return None
        if not doc[k].text[:1].isupper() or not (self.title_at(k) or self._role_noun_at(k)):
            return None
        stop = k
        while stop < len(doc) and doc[stop].text[:1].isupper() and doc[stop].is_alpha and not doc[stop].is_sent_start \
                and stop not in self.named and not (stop > k and self.is_honorific(stop)):
            stop += 1
        role, org = self.role_and_org(k, stop) if self.title_at(k) else (None, None)
        if role is None and self._role_noun_at(k):
            role, org = doc[k:stop].text, None  # "seorang Pegawai Negeri Sipil (PNS)": a description written capitalised
        if role and org is None and stop + 1 < len(doc) and doc[stop].lower_ == "di" and doc[stop + 1].text[:1].isupper():
            m = stop + 1
            while m < len(doc) and doc[m].text[:1].isupper() and doc[m].is_alpha and not doc[m].is_sent_start:
                m += 1
            if not (self.ents.get(stop + 1, {}).get("label") == "PLACE" or names.is_place(doc[stop + 1].text)):
                org = doc[stop + 1:m].text  # "Hakim Anggota di Pengadilan Tipikor Bengkulu"
        return (role, org) if role else None

    def _role_after(self, end):
        """(role, organisation) from a lowercase description after a name found on other evidence:
        "Henry selaku kuasa hukum Ratu Serigala saat …", "kata Febri, juru bicara KPK." (after a
        comma the description must end the clause: "kata Budi, pelaku ditangkap …" is no role)."""
        doc = self.doc
        k = end
        if k + 1 < len(doc) and doc[k].is_lower and doc[k].lower_ not in RELATIONS and self._role_noun_at(k) \
                and doc[end - 1].whitespace_ == " ":
            return self._noun_right_after(end)
        if k + 2 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ == "selaku" and doc[k + 2].is_lower:
            k += 1  # "jawab X, selaku kuasa hukum Iwa": as without the comma
        if k + 1 >= len(doc) or doc[k].lower_ not in {",", "selaku"} or not doc[k + 1].is_lower:
            return None
        comma = doc[k].text == ","
        if comma:
            first = k + 1
            while first < len(doc) and first - k <= 2 and doc[first].lower_ in AFTER_OPENERS:
                first += 1  # ", seorang pejabat dari …", ", salah seorang guru …", ", sang pengacara …"
            if first > k + 1 and first < len(doc) and doc[first].is_lower:
                k = first - 1
        if not self._role_noun_at(k + 1):
            return None
        stop = k + 2
        while stop < len(doc) and not doc[stop].is_sent_start and not doc[stop].is_punct and stop not in self.named \
                and not (doc[stop].text[:1].isupper() and self._person_words(stop, stop + 1)) \
                and (doc[stop].text[:1].isupper() or doc[stop].is_lower and doc[stop].is_alpha
                     and doc[stop].lower_ not in ROLE_STOP
                     and not (doc[stop].lower_.startswith(VERB_PREFIXES) and doc[stop].lower_ not in DESCRIPTION_WORDS
                              and not self._role_noun_at(stop))):
            stop += 1
        described_end = stop  # "kuasa hukum Brown": the description ends before the name of someone found before,
        while stop < len(doc) and doc[stop].text[:1].isupper() and doc[stop].is_alpha \
                and self._person_words(stop, stop + 1) and stop not in self.named:
            stop += 1  # whose name is still part of the clause ("…, kuasa hukum Brown, dalam …")
        if comma and stop + 1 < len(doc) and doc[stop].lower_ == "dari" and doc[stop + 1].text[:1].isupper():
            m = stop + 1  # "Menurut Rudi, analis dari Bank Sentosa, …": the body after "dari" is the organisation
            while m < len(doc) and not doc[m].is_sent_start and doc[m].text[:1].isupper() and m not in self.named:
                m += 1
            place = self.ents.get(stop + 1, {}).get("label") == "PLACE" or names.is_place(doc[stop + 1].text)
            if self._clause_ends(m) and not place:  # "warga dari Bekasi" is where someone lives
                role, org = self._split_description(k + 1, stop)
                return (role, org or doc[stop + 1:m].text) if role else None
        if comma and not (self._clause_ends(stop) or self._second_description_ends(stop)
                          or (stop < len(doc) and doc[stop].lower_ == "yang")):
            where = self._where_after(stop)
            if where is None or not (self._clause_ends(where) or doc[where].lower_ in ADJUNCT_OPENERS):
                return None  # but "…, bos Inalum yang baru saja digantikan …": a relative clause goes on the description
            # "kata X, kepala delegasi ICRC di Kenya, seperti dikutip …", "kata X, warga setempat kepada
            # wartawan": where the person serves, or the words that open the attribution's adjunct, end it
        if comma and self._names_the_next(k + 1, stop):
            return None
        if comma and self._next_listed_name(k + 1, stop) and (doc[k + 1].lower_ not in OF_SOMEONE or self._long_noun_at(k + 1)):
            return None  # "A, ibu rumah tangga B, C, dan D": the description is B's, the next one listed
        return self._split_description(k + 1, described_end)

    def _noun_right_after(self, end):
        """"Menurut Al Jean produser The Simpsons, …", "Simon Cowell produser mereka dilaporkan …": a role
        noun right after the name, no comma between, describes the one named when the description ends
        the clause or its owner is a pronoun before a verb."""
        doc = self.doc
        stop = end + 1
        while stop < len(doc) and stop - end <= 6 and not doc[stop].is_punct and stop not in self.named \
                and (doc[stop].text[:1].isupper() or doc[stop].lower_ in POSSESSIVES
                     or doc[stop].is_lower and doc[stop].is_alpha and self._role_noun_at(stop)):
            stop += 1
        if stop < len(doc) and doc[stop].lower_ in POSSESSIVES:
            stop += 1
        ends = self._clause_ends(stop) or (stop > end + 1 and doc[stop - 1].lower_ in POSSESSIVES and stop < len(doc)
                                           and (doc[stop].lower_ in BEFORE_VERBS or doc[stop].lower_.startswith(("di", "me"))))
        if not ends:
            return None
        return self._split_description(end, stop)

    def _next_listed_name(self, start, stop):
        """Whether the description doc[start:stop] after a name's comma ends in the name of the next one
        listed: two to four name words the NER calls a person, then a comma, "dan" or "serta"."""
        doc = self.doc
        if stop >= len(doc) or not (doc[stop].text == "," or doc[stop].lower_ in {"dan", "serta"}):
            return False
        m = stop
        while m > start + 1 and doc[m - 1].text[:1].isupper():
            m -= 1
        return 2 <= stop - m <= 4 and self._name_like(m, stop) and (
            any(self.ner_person[n] for n in range(m, stop))
            or all(w in GIVEN_NAMES or names.is_name_word(w) for w in self.words[m:stop]))

    def _where_after(self, k):
        """The token after "di Kenya", "untuk provinsi Herat", "dari Qazvin", "di wilayah Lawang" at k
        (where someone serves: no part of the role), k itself when k opens an adjunct or ends the clause,
        else None."""
        doc = self.doc
        if k >= len(doc) or self._clause_ends(k) or doc[k].lower_ in ADJUNCT_OPENERS:
            return k
        if doc[k].lower_ not in {"di", "untuk", "dari"}:
            return None
        m = k + 1
        while m < len(doc) and m - k <= 2 and doc[m].lower_ in PLACE_NOUNS:
            m += 1
        start = m
        while m < len(doc) and not doc[m].is_sent_start and doc[m].text[:1].isupper() and m not in self.named:
            m += 1
        return m if m > start else None

    def _names_the_next(self, start, stop):
        """Whether the description doc[start:stop] after a name's comma ends in an organisation and then a
        name of two words or more: it is the title of the next one listed ("pengajar Universitas X
        Rudi Hartono, anggota Kompolnas Wulan Indarti."), not the name before's role."""
        last_ent = max((m for m in range(start, stop) if m in self.ents and m not in self.guessed), default=None)
        return last_ent is not None and stop - (last_ent + 1) >= 2 and self._name_like(last_ent + 1, stop)

    def _roles_of_a_listed_group(self):
        """People listed after a group's description take it as their role: "Keempat tersangka itu A
        (45) dan B (47) asal Depok, C (48), serta D (52)", "Kedua pelaku, yakni A dan B": a counted or
        plural group word (group_words in people.toml) before a person's description, "itu" or
        "tersebut", then the list."""
        doc, words = self.doc, self.words
        first = {}
        for start, end, index in self.mentions:
            first.setdefault(index, (start, end))
        for index, (start, _) in first.items():
            person = self.persons[index]
            if person.role is not None:
                continue
            k = start - 1
            while k > 0 and start - k < 60:
                if k in self.named or words[k] in {",", "dan", "serta", "&"}:
                    k -= 1
                elif words[k] == ")" and k >= 2 and words[k - 2] == "(" and doc[k - 1].like_num:
                    k -= 3  # an age: "A (45)"
                elif words[k][:1].isupper() and k > 0 and doc[k - 1].lower_ == "asal":
                    k -= 2  # where from: "asal Depok"
                else:
                    break
            while k > 0 and doc[k].lower_ in LIST_INTRO:
                k -= 1
            if k < 1 or doc[k].lower_ not in {"itu", "tersebut"} or not doc[k - 1].is_lower \
                    or not self._role_noun_at(k - 1) or k < 2 or doc[k - 2].lower_ not in GROUP_WORDS:
                continue
            person.role = words[k - 1]

    def _title_after_relative(self, end):
        """(role, organisation) from a title in a relative clause after the name: "Endria yang
        merupakan Ketua Lembaga Pengembangan Jasa Konstruksi Daerah (LPJKD) Jambi", "… yang menjabat
        sebagai Direktur Utama PT X": the title's capitalised words up to the first lowercase word."""
        doc = self.doc
        k = end
        if k + 2 >= len(doc) or doc[k].lower_ != "yang" or doc[k + 1].lower_ not in RELATIVE_TITLE_VERBS:
            return None
        k += 2
        if doc[k].lower_ == "sebagai":
            k += 1
        if k >= len(doc) or not self.title_at(k):
            return None
        stop = k
        depth = 0
        while stop < len(doc) and not (stop > k and doc[stop].is_sent_start) and stop - k < 14 and (
                doc[stop].text[:1].isupper() or doc[stop].text in {"(", ")"} or doc[stop].lower_ in {"dan", "&"}
                and stop + 1 < len(doc) and doc[stop + 1].text[:1].isupper()):
            depth += {"(": 1, ")": -1}.get(doc[stop].text, 0)
            stop += 1
        if depth or stop - k < 1 or any(m in self.named for m in range(k, stop)):
            return None
        return self.role_and_org(k, stop)

    def _clause_ends(self, k):
        doc = self.doc
        return k >= len(doc) or doc[k].text in {",", ".", ";"} or doc[k].is_sent_start

    def _second_description_ends(self, k):
        """", bek Juventus dan timnas Italia, …", ", pelatih Persib dan mantan pemain timnas.": a second
        description after "dan" that ends the clause too; the role is the first."""
        doc = self.doc
        if k >= len(doc) or doc[k].lower_ not in {"dan", "serta", "sekaligus"}:
            return False
        m = k + 1
        while m < len(doc) and m - k <= 8 and not doc[m].is_sent_start and not doc[m].is_punct and m not in self.named \
                and (doc[m].text[:1].isupper() or doc[m].is_alpha and doc[m].lower_ not in ROLE_STOP
                     and (not doc[m].lower_.startswith(VERB_PREFIXES) or doc[m].lower_ in DESCRIPTION_WORDS
                          or self._role_noun_at(m))):
            m += 1
        return m > k + 1 and self._clause_ends(m)

    def _org_after(self, end):
        """The organisation named right after a name with "dari" ("… Mark Mahaney dari RBC Capital
        Markets"), as the gazetteer or the NER has it; None otherwise."""
        doc = self.doc
        if end + 1 >= len(doc) or doc[end].lower_ != "dari":
            return None
        ent = self.ents.get(end + 1)
        if ent is not None and ent["label"] == "ORG":
            span = doc.char_span(ent["start"], ent["end"], alignment_mode="expand")
            return self._org_name(ent) if span is not None and span.start == end + 1 else None
        for e in doc.ents:
            if e.start == end + 1 and e.label_ in ("ORG", "ORGANISATION", "ORGANIZATION") \
                    and not any(self.ner_person[k] for k in range(e.start, e.end)):
                last = e.end
                while last < len(doc) and doc[last].text in ORG_WORDS and doc[last - 1].whitespace_:
                    last += 1  # "Mandala Capital Markets": the NER stopped before a word of the firm's name
                return doc[e.start:last].text
        return None

    def _tidy_role(self, role, org):
        """"Sekretaris pada" → "Sekretaris"; "Juru bicara" of "Duterte" → role "Juru bicara
        Duterte": a person is no organisation, whose spokesperson is part of the role."""
        if role:
            role = role.strip(" \"“”‘’'") or None  # 'Direktur Utama "PT X", Y': the mark before the body is no role
        if org:
            org = org.strip(" \"“”‘’'") or None
        if role and role.split()[0].lower() == "yang":
            words = role.split()
            while words and words[0].lower() in WHO_IS:
                words.pop(0)  # ", yang juga ikut dalam rombongan,": a relative clause is no role
            role = " ".join(words) if words and (words[0] in TITLE_FIRST or words[0].lower() in ROLE_NOUNS) else None
        if role:
            words = role.split()
            if "asal" in words[1:]:
                words = words[:words.index("asal", 1)]  # "Pebulu tangkis asal India": where from is no role
            for cut in ROLE_CUTS:  # "Calon Wali Kota Kendari nomor urut dua": the candidate, not the ballot number
                at = next((n for n in range(1, len(words) - len(cut) + 1)
                           if tuple(w.lower() for w in words[n:n + len(cut)]) == cut), None)
                if at is not None:
                    words = words[:at]
            while len(words) > 1 and words[-1].lower() in ROLE_TAIL and words[-1] != "Baru":
                words.pop()  # (but "Duta Besar … untuk Selandia Baru": the country's name)
            role = " ".join(words).replace(" , ", ", ")  # "Energi, Logistik, Kawasan dan Pariwisata" as written
        if role and org is None:
            words = role.split()
            if len(words) >= 3 and words[-1] in ORG_WORDS and words[-2][:1].isupper():
                k = len(words) - 1
                while k > 1 and words[k - 1][:1].isupper() and words[k - 1] not in ROLE_WORDS and words[k - 1] not in TITLE_FIRST:
                    k -= 1
                office = words[:k]
                if k > 1 and words[k - 1] == "of" and words[0] in ENGLISH_TITLE_WORDS \
                        and all(w in ENGLISH_TITLE_WORDS for w in words[k:]):
                    k = 0  # "Head of Product Management": the function the English title heads, no body
                while office and office[0].lower() in STATUS:
                    office = office[1:]
                if k > 0 and tuple(office) not in OFFICES:
                    # "CEO Bali United": the club is no role; but "Wakil Presiden Indonesia" is the office's domain
                    role, org = " ".join(words[:k]), " ".join(words[k:])
        if role and org and not self.gazetteer.canonical_of(org, "ORG") and (
                org in SCENES or (role.split()[0].capitalize(),) in OFFICES
                and (all(names.is_place(w) for w in org.split()) or tuple(org.split()) in ORG_HEAD_SET)):
            # "Aktor Hollywood": a film industry named after a place is no body; after an office a place
            # or a body's head word alone is the office's domain ("pemimpin Dubai", "Kapolsek Pesantren";
            # README: "Gubernur DKI Jakarta"), but "Pelatih Barito", "Wakil Ketua Pansus" keep the body
            role, org = f"{role} {org}", None
        if role and org and role.split()[-1].lower() in DOMAIN_WORDS:
            role, org = f"{role} {org}", None  # "Menteri Koordinator bidang Perekonomian": a field, not a body
        if role and org:
            unit = DPR_UNIT.match(org)
            if unit and org[unit.end():].strip():
                # "anggota Komisi V DPR": the commission is part of the role, the DPR the organisation
                role, org = f"{role} {unit.group(0).strip()}", org[unit.end():].strip()
        if role and org and org[:1].isupper():
            keys = {w.lower() for w in org.split()}
            if any(keys <= p.parts for p in self.persons):
                role, org = f"{role} {org}", None
        return role, org

    def _find(self, keys, position, exact_parts=False):
        """The person whose name contains all of `keys` (or whose name they contain), preferring
        the one mentioned last before `position`, as in "Oni" after "Oni Marbun". With
        `exact_parts`, only a person whose name holds every one of `keys`."""
        best, best_at = None, -1
        for start, _, index in self.mentions:
            person = self.persons[index]
            if (keys <= person.parts or (not exact_parts and person.parts <= keys)) \
                    and (best is None or best_at < start < position):
                best, best_at = person, start
        if best is None:  # "Prasetyo" for "Prasetio Edi Marsudi", "Deddy" for "Dedi": one name, two spellings
            spelled = {_spelling(k) for k in keys}
            for start, _, index in self.mentions:
                person = self.persons[index]
                if spelled <= {_spelling(p) for p in person.parts} and (best is None or best_at < start < position):
                    best, best_at = person, start
        return best

    def _initials(self):
        """"SBY", "JK": capitals that spell the initials of someone the article names in full."""
        by_initials = {}
        for index, person in enumerate(self.persons):
            parts = [w for w in person.name.split() if w[:1].isupper() and not INITIAL.match(w)]
            if len(parts) >= 2:
                by_initials.setdefault("".join(w[0] for w in parts), index)
        if not by_initials:
            return
        taken = {i for start, end, _ in self.mentions for i in range(start, end)}
        for i, w in enumerate(self.words):
            if w in by_initials and i not in taken and self.in_text[i] and i not in self.ents:
                self.mentions.append((i, i + 1, by_initials[w]))

    def _written_aliases(self):
        """Aliases the article spells out: "Andi Agustinus alias Andi Narogong", "Basuki Tjahaja
        Purnama (Ahok)", "Djadjang Nurdjaman yang akrab disapa Djanur": the second name is the
        first person, here and wherever else it is written."""
        words, doc = self.words, self.doc
        by_start = {start: (end, index) for start, end, index in self.mentions}
        aliases = {}
        for start, (end, index) in sorted(by_start.items()):
            k = end
            if k < len(words) and words[k] == "(":
                k += 1
            elif k < len(words) and words[k].lower() == "alias":
                k += 1
                while k < len(words) - 1 and words[k] in HONORIFICS and words[k + 1][:1].isupper():
                    k += 1  # "Kusuma Hartanto alias Om Shancoz": the alias is Shancoz
            else:
                m = k + (1 if k < len(words) and words[k] in {",", "atau"} else 0)
                cue = [w.lower() for w in words[m:m + 4]]
                for n in (4, 3, 2):
                    if tuple(cue[:n]) in ALIAS_CUES:
                        k = m + n
                        break
                else:
                    if not self._alias_after_atau(k, index):
                        continue
                    k += 1
            j = k
            while j < len(words) and j - k < 3 and words[j][:1].isupper() and _alpha(words[j]) and words[j] not in HONORIFICS:
                j += 1
            if j == k or (words[k - 1] == "(" and (j >= len(words) or words[j] != ")")):
                continue
            if words[k - 1] == "(" and words[k].isupper():
                continue  # "(SBY)" is handled as initials; "(KPK)" is no one
            if any(m in self.ents and not (words[k - 1] == "atau" and self.ents[m]["label"] == "PERSON")
                   or self.other_ner[m] or names.is_place(words[m]) or names.is_common(words[m])
                   for m in range(k, j)):
                continue  # "Norman Nato (Prancis)", "Sean (Indonesia)": a country, a club, a party
            if words[k - 1] == "(" and j - k >= 2 and any(words[m] in ORG_WORDS for m in range(k, j)):
                continue  # "Alexandre Lacazette (Olympique Lyon)": the club, not the person's real name
            if words[k - 1] == "(" and any(t.text == ";" for t in doc[k].sent):
                continue  # a line-up, its lines split by ";": "Jan Vertonghen (Ben Davies);" is the player he made way for
            if words[k - 1] == "(" and j - k >= 2 and not {w.lower() for w in self.persons[index].name.split()} \
                    <= {w.lower() for w in words[k:j]}:
                # "Danu (Maxime Boutier)", "Luke Skywalker (Mark Hamill)", "Sule (Entis Sutisna)": the full
                # name in brackets names the person; the one before is the part played or the name on
                # stage, kept as an alias
                self.persons[index].name = " ".join(words[k:j])
            aliases[tuple(words[k:j])] = index
        aliases.update(self._nicknames_before_cue(by_start))
        if not aliases:
            return
        taken = {i for s, e, _ in self.mentions for i in range(s, e)}
        for alias, index in aliases.items():
            n = len(alias)
            for i in range(len(words) - n + 1):
                if tuple(words[i:i + n]) == alias and self.in_text[i] and i not in taken:
                    self.mentions.append((i, i + n, index))
                    taken.update(range(i, i + n))
        # a person of the same name found on their own is the same person
        for alias, index in aliases.items():
            self.persons[index].parts |= {w.lower() for w in alias}
        self._merge_same(aliases)

    def _nicknames_before_cue(self, by_start):
        """"ujar Danny -- sapaan akrab Ramdhan Pomanto", "Noel, panggilan akrab Immanuel Ebenezer": the
        nickname comes first, the cue, then the name of someone the article names in full."""
        words = self.words
        found = {}
        for start, (end, index) in by_start.items():
            k = end
            while k < len(words) and k - end < 2 and words[k] in {",", "-", "--", "–", "—"}:
                k += 1
            cue = next((c for c in NICKNAME_CUES if tuple(w.lower() for w in words[k:k + len(c)]) == c), None)
            if cue is None or k == end and len(cue) < 2:
                continue  # (with no comma or dash, only a cue of two words: "Gus Syaf sapaan akrab Syafi'in")
            k += len(cue)
            if k in by_start:
                target = by_start[k][1]
            else:
                j = k
                while j < len(words) and j - k < 4 and words[j][:1].isupper() and _alpha(words[j]):
                    j += 1
                person = self._find({w.lower() for w in words[k:j]}, k, exact_parts=True) if j > k else None
                target = self.persons.index(person) if person is not None else None
            if target is not None and target != index:
                found[tuple(words[start:end])] = target
        return found

    def _alias_after_atau(self, k, index):
        """Whether "atau" at token k gives the other name of the person before it: one capitalised
        word that speaks ("Immanuel Ebenezer atau Noel menyebut, …", "Dedi Mulyadi atau KDM
        menegaskan, …") or, before a comma, a short form of the name ("Joko Widodo atau Jokowi, …");
        not a choice between two people ("Anies Baswedan atau Prabowo, …", "… atau Rina Wati
        mengatakan")."""
        words = self.words
        if not (k + 2 < len(words) and words[k] == "atau" and words[k + 1][:1].isupper() and _alpha(words[k + 1])):
            return False
        parts = self.persons[index].name.split()
        if len(parts) < 2:
            return False
        if words[k + 2].lower() in BEFORE_VERBS:
            return True
        alias = words[k + 1].lower()
        return words[k + 2] == "," and any(len(p) >= 3 and alias.startswith(p[:3].lower()) for p in parts)

    def _plays_before(self, start):
        """"… yang diperankan oleh Lea Seydoux": the one who plays a part is a person."""
        k = start - 1
        if k >= 0 and self.words[k].lower() == "oleh":
            k -= 1
        return k >= 0 and self.words[k].lower() in PLAYED

    def _parts_played(self):
        """"Madeleine Swann yang diperankan oleh Lea Seydoux": a part in a film is no person; where
        the article names it, it means the actor."""
        words = self.words
        by_start = {s: i for s, _, i in self.mentions}
        target = {}
        for s, e, index in self.mentions:
            k = e + (1 if e < len(words) and words[e].lower() == "yang" else 0)
            if k < len(words) and words[k].lower() in PLAYED:
                k += 1 + (1 if k + 1 < len(words) and words[k + 1].lower() == "oleh" else 0)
                actor = by_start.get(k)
                if actor is not None and actor != index and index not in target and actor not in target:
                    target[index] = actor
                    self.persons[index].role = self.persons[index].organisation = None  # "tokoh X" describes the part
        if target:
            self._remap(target)

    def _real_names(self):
        """"perempuan bernama asli Atik Riwayati ini": the real name of the one the story is about,
        the first person its headline names (a description, not a name, stands before the cue)."""
        words = self.words
        headline = sorted((s, index) for s, _, index in self.mentions if self.in_title[s])
        if not headline:
            return
        subject = headline[0][1]
        target = {}
        for start, end, index in self.mentions:
            cue = [w.lower() for w in words[max(0, start - 3):start]]
            if index == subject or not (cue[-2:] in (["bernama", "asli"], ["nama", "asli"]) or cue[-1:] == ["aslinya"]):
                continue
            before = start - (3 if cue[-1:] != ["aslinya"] else 2)
            if before >= 0 and words[before][:1].islower() and not any(e == before + 1 for _, e, _ in self.mentions):
                target[index] = subject
        if target:
            self._remap(target)

    def _misspelt(self):
        """"Dewa Astuti" after "Dewi Astuti", "Sakdiyh" after "Sakdiyah", "Wancyzk" after "Mavis
        Wanczyk": one person whose name the outlet misspelt, every word the same or one letter off
        (words of five letters or more)."""
        first = {}
        for start, _, index in self.mentions:
            first[index] = min(first.get(index, start), start)
        order = sorted(first, key=first.get)
        target = {}
        for n, later in enumerate(order):
            for earlier in order[:n]:
                a, b = self.persons[earlier].name, self.persons[later].name
                forms = [a]
                if len(b.split()) == 1 < len(a.split()):
                    # "Wancyzk" after "Mavis Wanczyk": the surname misspelt; "Arthur" after "Arhur Irawan": the
                    # given name (misspelt in the first mention)
                    forms = [a.split()[-1], a.split()[0]]
                if earlier not in target and any(_one_letter_off(f, b) for f in forms):
                    target[later] = earlier
                    break
        if target:
            self._remap(target)

    def _merge_same(self, aliases):
        names_to = {" ".join(alias): index for alias, index in aliases.items()}
        target = {i: names_to[p.name] for i, p in enumerate(self.persons) if p.name in names_to and names_to[p.name] != i}
        if target:
            self._remap(target)

    def _given_name_before(self):
        """"Head of Kolla Education Prayudi Utomo mengatakan …" … "Prayudi menambahkan …": the word right
        before a person's name that the article writes alone as a person elsewhere is that person's given
        name, cut off with the title's body; the two are one person (and the word no part of the role)."""
        one_word = {p.name: i for i, p in enumerate(self.persons) if " " not in p.name}
        if len(self.persons) < 2 or not one_word:
            return
        words, doc = self.words, self.doc
        taken = {i for s, e, _ in self.mentions for i in range(s, e)}
        first = {}
        for s, _, index in self.mentions:
            first[index] = min(first.get(index, s), s)
        target, renamed, moved = {}, set(), {}
        for s, e, index in self.mentions:
            if s == 0 or index in target or index in renamed or s - 1 in taken or doc[s - 1].whitespace_ != " " \
                    or not self.in_text[s - 1] or self.in_title[s]:
                continue
            given = words[s - 1]
            other = one_word.get(given)
            person = self.persons[index]
            if other is None or other == index or other in target or given in person.name.split() or first[other] < s:
                continue  # (the short form comes after the name in full: "Deliveree" of the headline is the firm)
            person.name = f"{given} {person.name}"
            for attr in ("role", "organisation"):
                value = getattr(person, attr)
                if value == given:
                    setattr(person, attr, None)
                elif value is not None and value.endswith(" " + given):
                    setattr(person, attr, value[:-len(given) - 1])
            target[other] = index
            renamed.add(index)
            moved[(s, e, index)] = (s - 1, e, index)
        if target:
            self.mentions = [moved.get(m, m) for m in self.mentions]
            self._remap(target)

    def _remap(self, target):
        keep = [i for i in range(len(self.persons)) if i not in target]
        new_index = {old: new for new, old in enumerate(keep)}
        for old, into in target.items():
            while into in target:
                into = target[into]
            merged = self.persons[into]
            merged.role = merged.role or self.persons[old].role
            merged.organisation = merged.organisation or self.persons[old].organisation
            new_index[old] = new_index[into]
        self.persons = [self.persons[i] for i in keep]
        self.mentions = sorted({(s, e, new_index[i]) for s, e, i in self.mentions})

    def _merge_aliases(self):
        """A one-word person who is another person's short name: "Sandi" of "Sandiaga Uno",
        "Jokowi" of "Joko Widodo" (first syllables), "Dian Sastro" of "Dian Sastrowardoyo"."""
        if len(self.persons) < 2:
            return
        target = {}
        by_name = {p.name: i for i, p in enumerate(self.persons)}
        first = {}
        for start, _, index in self.mentions:  # (the body's order: a headline writes the short form first)
            key = (self.in_title[start], start)
            first[index] = min(first.get(index, key), key)
        for index, person in enumerate(self.persons):
            full = KNOWN_ALIASES.get(person.name)
            if full in by_name and by_name[full] != index:
                target[index] = by_name[full]  # "Ahok" of "Basuki Tjahaja Purnama"
                continue
            for other_index, other in enumerate(self.persons):
                n, m = len(person.name.split()), len(other.name.split())
                if other_index != index and (m > n or m == n >= 2 and len(other.name) > len(person.name)
                                             or self._one_word_cut(person.name, other.name, first, index, other_index)) \
                        and _short_form(person.name, other.name):  # ("Dian Sastro": as many words, shorter)
                    target[index] = other_index
                    break
        target.update(self._described_aliases(target))
        if target:
            self._remap(target)

    @staticmethod
    def _one_word_cut(short, full, first, index, full_index):
        """"Soleh" after "Solehudin", "Hardi" after "Hardisiswan": a one-word name the article
        writes in full first and then cut (four letters or more, three or more fewer), not a
        second person with a name of its own."""
        return (" " not in short and " " not in full and len(short) >= 4 and len(full) >= len(short) + 3
                and first.get(full_index, (0, 0)) < first.get(index, (0, 0)))

    def _described_aliases(self, taken):
        """"… kata-kata pria yang akrab disapa Bambang Pacul itu": a name given after a description and
        an alias cue is the nickname of the one person of the article who shares its first word
        ("Bambang Wuryanto"), not somebody new."""
        words = self.words
        target = {}
        for start, _end, index in self.mentions:
            if index in taken or index in target:
                continue
            cue = next((n for n in (4, 3, 2) if start - n > 0
                        and tuple(w.lower() for w in words[start - n:start]) in ALIAS_CUES), None)
            if cue is None or words[start - cue - 1].lower() not in DESCRIBED_NOUNS:
                continue
            first = self.persons[index].name.split()[0].lower()
            others = [i for i, o in enumerate(self.persons) if i != index and i not in taken
                      and o.name.split()[0].lower() == first]
            if not others and len(self.persons[index].name.split()) == 1 and len(first) >= 4:
                # "… ujar perempuan yang akrab dengan sapaan Ocha tersebut": a one-word nickname
                # pointing back ("tersebut", "itu") is the one person named before it with a name
                # word it starts like or ends ("Rosie" or "Lina" of "Rosalina Wijaya")
                after = words[_end].lower() if _end < len(words) else ""
                named_before = {i for s, _e, i in self.mentions if s < start}
                if after in POINTING:
                    others = [i for i in named_before if i != index and i not in taken
                              and any(len(w) > len(first) and (w.startswith(first[:3]) or w.endswith(first))
                                      for w in self.persons[i].name.lower().split())]
            if len(others) == 1:
                target[index] = others[0]
        return target


SPELLINGS = (("oe", "u"), ("dj", "j"), ("tj", "c"), ("sj", "sy"), ("ch", "kh"), ("y", "i"), ("ph", "f"), ("dh", "d"), ("th", "t"))
DOUBLED = re.compile(r"(.)\1+")


@lru_cache(maxsize=1 << 16)
def _spelling(word):
    """A key that old and new Indonesian spellings of a name share: Soeharto/Suharto,
    Prasetyo/Prasetio, Deddy/Dedi, Djadjang/Jajang, Ardhi/Ardi, Fathur/Fatur."""
    word = word.lower()
    for old, new in SPELLINGS:
        word = word.replace(old, new)
    return DOUBLED.sub(r"\1", word)


def _short_form(short, full):
    """Whether `short` is a short form of the name `full`: each of its words a prefix (of three
    letters or more) of a word of `full`, in order ("Dian Sastro"), or one word made of the
    first letters of consecutive words ("Jokowi" = Jo(ko) + Wi(dodo), "Djanur")."""
    s_words = short.lower().split()
    f_words = [w for w in full.lower().split() if not INITIAL.match(w.title())]
    k = 0
    for w in s_words:
        while k < len(f_words) and not (len(w) >= 3 and f_words[k].startswith(w)):
            k += 1
        if k == len(f_words):
            break
        k += 1
    else:
        return True
    if len(s_words) != 1 or len(s_words[0]) < 4:
        return False
    w = s_words[0]
    if len(w) >= 5 and len(f_words) >= 2 and f_words[0].startswith(w[:-1]) and w[-1] in "aiou":
        return True  # "Vlado" for "Vladimir Vujovic": the first name cut, with a vowel for an ending
    return _blend(w, f_words)


def _blend(word, parts):
    """"jokowi" from ["joko", "widodo"]: prefixes (two letters or more) of two or more consecutive parts."""
    for first in range(len(parts)):
        if _blend_from(word, parts, first, 0):
            return True
    return False


def _blend_from(word, parts, k, used):
    if not word:
        return used >= 2
    if k >= len(parts):
        return False
    part = parts[k]
    for n in range(min(len(part), len(word)), 1, -1):
        if word[:n] == part[:n] and _blend_from(word[n:], parts, k + 1, used + 1):
            return True
    return False
