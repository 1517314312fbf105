"""Titles, roles and organisations around a name: "Deputi Komunikasi BPJS Ketenagakerjaan Oni
Marbun", "Hendra Saputra, Kepala Kantor Cabang Setiabudi,", "Analis pasar modal dari Arunika
Sekuritas, Teddy Kurniawan,". Word lists are data in people.toml; nlp/people.py uses this."""

import re
import tomllib
from pathlib import Path

from . import names
from .entities import heads

WORDS = tomllib.loads(Path(__file__).with_name("people.toml").read_text(encoding="utf-8"))
QUOTE_WORDS = tomllib.loads(Path(__file__).with_name("quotes.toml").read_text(encoding="utf-8"))

HONORIFICS = frozenset(WORDS["honorifics"])
CORPS = frozenset(WORDS["corps"])  # "Kolonel Inf": a corps code after a rank is the rank's
NUMBERED_UNITS = frozenset(WORDS["numbered_units"])  # "Daop 8": the unit's number is part of the title
DEGREES = frozenset(WORDS["degrees"])
LIST_WORDS = frozenset({"seperti", "yakni", "yaitu", "termasuk", "antaranya", "lain"})
ONE_OF = frozenset({"salah", "satu", "seorang"})  # "salah satu pedagang", "seorang dokter": a description's opening
HONORIFIC_NAMES = frozenset(tuple(n.split()) for n in WORDS["honorific_names"])
HONORIFIC_LOOKALIKES = frozenset(tuple(n.split()) for n in WORDS["honorific_lookalikes"])
RANK_WORD_NAMES = frozenset(tuple(n.split()) for n in WORDS["rank_word_names"])
TITLES = tuple(sorted((tuple(t.split()) for t in WORDS["titles"]), key=len, reverse=True))
TITLE_FIRST = frozenset(t[0] for t in TITLES)
TITLE_INDEX = {first: [t for t in TITLES if t[0] == first] for first in TITLE_FIRST}
ROLE_WORDS = frozenset(WORDS["role_words"])
ENGLISH_LINKS = frozenset({"of", "for", "and", "&"})  # lowercase words inside English names of bodies
ENGLISH_TITLE_HEADS = frozenset(WORDS["english_title_heads"])  # "… Partnership Manager": an English title ends here
ENGLISH_TITLE_WORDS = frozenset(WORDS["english_title_words"]) | ENGLISH_TITLE_HEADS
HYPHEN_GAP = re.compile(r"(?<=\w) - (?=\w)")  # tokens joined back: "Co - Founder" was "Co-Founder"
OFFICES = frozenset(tuple(o.split()) for o in WORDS["offices"])
CASE_STATUS = frozenset(WORDS["case_status"])
CASE_STATUS_WORDS = frozenset(WORDS["case_status_words"])
ROLE_NOUNS = {}
for _noun in WORDS["role_nouns"]:
    ROLE_NOUNS.setdefault(_noun.split()[0], []).append(tuple(_noun.split()))
ORG_HEADS = tuple(sorted((tuple(t.split()) for t in heads.HEADS["org_heads"] + ["Tim"]), key=len, reverse=True))
NOT_HEADS = tuple(tuple(h.split()) for h in heads.HEADS["not_heads"])
ORG_HEADS_BY_FIRST, NOT_HEADS_BY_FIRST = {}, {}  # the same, looked up by their first word
for _head in ORG_HEADS:
    ORG_HEADS_BY_FIRST.setdefault(_head[0], []).append(_head)
for _head in NOT_HEADS:
    NOT_HEADS_BY_FIRST.setdefault(_head[0], []).append(_head)
ROLE_ORGS = WORDS["role_orgs"]
ROLE_NAMES = WORDS["role_names"]
NOT_NAMES = frozenset(WORDS["not_names"])
ORG_WORDS = frozenset(WORDS["org_words"])
NOT_PERSON = tuple(re.compile(p) for p in WORDS["not_person_patterns"])
GIVEN_NAMES = frozenset(WORDS["given_names"].split())
PARTICLES = frozenset(WORDS["name_particles"])
BALINESE = frozenset(WORDS["balinese_names"])
PLACE_HEADS = frozenset(heads.HEADS["place_heads"])
SCENES = frozenset(WORDS["scenes"])  # "Aktor Hollywood": an industry named after a place, no body and no name
NOT_NAME_WORDS = NOT_NAMES | SCENES | (ROLE_WORDS - frozenset(WORDS["surname_role_words"])) | TITLE_FIRST \
    | frozenset(h[0] for h in ORG_HEADS)
# given names that open a title of several words ("Imam" of "Imam Besar", "Putra" of "Putra Mahkota"):
# a name unless the whole title is written there ("Anggota Dewan Pers Imam Wahyudi")
TITLE_NAMES = frozenset(t[0] for t in TITLES if len(t) > 1) - frozenset(t[0] for t in TITLES if len(t) == 1) \
    - NOT_NAMES - ROLE_WORDS - frozenset(h[0] for h in ORG_HEADS)
# later words of titles that are also given names ("Agung" of "Jaksa Agung"): inside the title, no name
TITLE_TAILS = frozenset(w for t in TITLES for w in t[1:] if w[:1].isupper()) & GIVEN_NAMES
AFTER_VERBS = frozenset(QUOTE_WORDS["after_verbs"] + QUOTE_WORDS["english_verbs"])
BEFORE_VERBS = frozenset(QUOTE_WORDS["before_verbs"] + QUOTE_WORDS["english_verbs"])
ADVERBS = frozenset(QUOTE_WORDS["adverbs"])
POSSESSIVES = frozenset(WORDS["possessives"])
CLAUSE_GOES_ON = frozenset(WORDS["clause_goes_on"])
QUOTE_MARKS = frozenset("\"“”‘’'")
TEAMS = frozenset(tuple(t.split()) for t in QUOTE_WORDS["teams"])  # "tim kuasa hukum": acting for the one named


def team_at(doc, k):
    """Whether a team that acts for someone opens at token k ("Tim kuasa hukum X"; not "Tim
    Pemenangan Pemilu DPP PKS X", a body its head leads, written with capitals)."""
    return doc[k].lower_ == "tim" and any(tuple(w.lower_ for w in doc[k:k + len(team)]) == team
                                          and all(w.is_lower for w in doc[k + 1:k + len(team)]) for team in TEAMS)
# committees named after what they look into ("Pansus Angket KPK", "Panja RUU Pemilu"): with that body they are the organisation
TEAM_WORDS = frozenset({"Timnas"})  # "Asisten Pelatih Timnas U-22": the national team is the organisation
COMMITTEES = frozenset({"Pansus", "Panja", "Pansel", "Timsus",
                        # hospitals named after the body that runs them ("Kepala Instalasi Forensik RS Polri Kramatjati")
                        "RS", "RSUD", "RSUP", "RSPAD"})
# heads of a section or a directorate: the short name after them is the unit, part of the role ("Kasi Pidsus", "Dirjen IKM")
COUNTRY_TAILS = frozenset({"RI"})
COUNTRY_TAILS_2 = frozenset({("Republik", "Indonesia")})  # the country an institution's name ends with ("Kementerian Luar Negeri RI")
UNIT_HEADS = frozenset({"Kasi", "Kasubdit", "Kasubbag", "Kasubag", "Kabid", "Kabag", "Kasat", "Kasie", "Dirjen", "Kadiv",
                        "Kabiro", "Kasubdit", "Kanit", "Panit", "Wakasat"})
MINISTER_HEADS = frozenset({"Menteri", "Menko"})  # the office before the ministry's name: "Menteri Kominfo"
TITLE_QUALIFIERS = frozenset(WORDS["title_qualifiers"])
FORCES = frozenset({"TNI", "Polri", "Polisi"})  # "Jenderal TNI X", "Brigjen Polisi X": the force after a rank
CONNECTORS = frozenset({"dan", "&", "dari", "di", "pada", "untuk", "/", "-"})
DASHES = frozenset({"-", "--", "–", "—"})  # a dateline's dash opens the lede ("Jakarta, CNN Indonesia -- Pemain …")
SHORT_FORM_INSIDE = re.compile(r" \([A-Z][A-Za-z]{1,11}\)(?= \S)")
WHO_IS = frozenset({"yang", "juga", "merupakan", "kini", "adalah", "sekaligus", "menjabat", "sebagai"})
STATUS = frozenset({"mantan", "eks", "bekas", "calon", "bakal", "pelaksana", "tugas"})
ACTING = frozenset({"plt", "plt.", "plh", "plh.", "pj", "pj."})  # ", plt Sekjen INASGOC": acting, in lower case
ROLE_STOP = frozenset({"yang", "bahwa", "untuk", "kepada", "dengan", "oleh", "ke", "pada", "dan", "atau", "serta",
                       "adalah", "merupakan", "sebagai", "bersama", "antara", "dalam", "atas", "bagi", "tentang",
                       "karena", "saat", "ketika", "setelah", "sebelum", "juga", "ini", "itu", "tersebut", "kata",
                       "ujar", "menurut", "seperti", "akan", "telah", "sudah", "bisa", "dapat", "tidak", "hanya", "dari",
                       "di", "oleh", "yakni", "yaitu", "lainnya", "termasuk", "antara", "lain", "alias", "atau",
                       # modals and aspect words: "X selaku gubernur harus bertindak" ends the role at "gubernur"
                       "harus", "mesti", "musti", "wajib", "perlu", "belum", "masih", "sedang", "pernah",
                       "boleh", "mampu", "sempat", "segera"})
RELATIONS = frozenset({"suami", "istri", "anak", "ayah", "ibu", "kakak", "adik", "putra", "putri", "cucu", "keponakan",
                       "paman", "bibi", "mertua", "menantu", "kekasih", "pacar", "sahabat", "teman", "rekan"})
# descriptions of someone by another person they belong to ("ibunda artis X" is X's mother)
OF_SOMEONE = RELATIONS | frozenset({"ibunda", "ayahanda", "pengacara", "kuasa", "sopir", "supir", "ajudan"})
NAMED_AS = frozenset({"bernama", "berinisial"})
SUBORDINATORS = frozenset({"setelah", "saat", "ketika", "usai", "seusai", "sebelum", "sejak", "sambil", "selepas",
                           "begitu", "jika", "bila", "apabila", "kalau", "meski", "meskipun", "karena", "agar", "supaya",
                           "selain"})
VERB_PREFIXES = ("me", "ber", "di", "ter", "ke", "se")
DESCRIPTION_WORDS = frozenset(WORDS["description_words"])
# bodies that exist per region: the place written after them is part of the name ("DPRD DKI Jakarta")
REGIONAL = frozenset({"Dewan Perwakilan Rakyat Daerah", "Kepolisian Daerah", "Pemerintah Provinsi",
                      "Pemerintah Kabupaten", "Pemerintah Kota", "Komisi Pemilihan Umum Daerah", "Badan Pengawas Pemilu",
                      "Komisi Pemilihan Umum", "Badan Pengawas Pemilihan Umum", "Majelis Ulama Indonesia",
                      "Nahdlatul Ulama", "Muhammadiyah"})
COMPANY_FORMS = frozenset({"PT", "PT.", "CV"})
REGION_WORDS = frozenset(WORDS["region_words"])  # "Bawaslu DKI": a region written short after a body
BRANCH_UNITS = frozenset(WORDS["branch_units"])  # "Kepala Kantor Wilayah BPJS Ketenagakerjaan Jawa Barat": the unit's region
REGION_OPENERS = frozenset(WORDS["region_openers"])  # "BNN Provinsi Jawa Tengah": the region's kind before its name
PILGRIM = frozenset({"H", "Hj"})  # haji, hajah written without the dot before a name
PHRASE_CONNECTORS = frozenset({"dan", "&", "/", "-"})  # "di Gedung DPR" after a name is where, not more title


TITLE_SET = frozenset(TITLES)
RANKS = tuple(sorted((tuple(r.split()) for r in WORDS["ranks"]), key=len, reverse=True))


UNITS = tuple(sorted((tuple(u.split()) for u in WORDS["units"]), key=len, reverse=True))
UNIT_BODIES = frozenset(WORDS["unit_bodies"])
BOARD_UNITS = frozenset(tuple(u.split()) for u in WORDS["board_units"])
PARTY_BOARDS = frozenset(WORDS["party_boards"])
TERMS = frozenset({"Jilid", "Periode"})  # "Jilid I", "Periode 2014-2019" after a body: which term


def _unit_to_role(role, org):
    """("Ketua", "Dewan Kehormatan PAN") → ("Ketua Dewan Kehormatan", "PAN"): a unit of a party or a
    hospital belongs to the role, the party or the hospital is the organisation."""
    words = org.split()
    unit = next((u for u in UNITS if tuple(words[:len(u)]) == u), None)
    if unit is None:
        return role, org
    if unit in BOARD_UNITS and len(words) > len(unit) and words[len(unit)][:1].isupper():
        return f"{role} {' '.join(unit)}", " ".join(words[len(unit):])
    for k in range(len(unit), len(words)):
        if words[k] in UNIT_BODIES:
            return f"{role} {' '.join(words[:k])}", " ".join(words[k:])
    return role, org


def _ends_role_noun(words):
    """Whether the lowercase words end with a role noun ("duta", "besar")."""
    return any(len(words) >= len(noun) and tuple(words[-len(noun):]) == noun
               for nouns in ROLE_NOUNS.values() for noun in nouns)


def _without_rank(role):
    """"Kepala Bidang Humas Komisaris Besar Polisi" → "Kepala Bidang Humas": a rank written out is
    not the role."""
    words = role.split()
    for rank in RANKS:
        n = len(rank)
        if len(words) > n and tuple(words[-n:]) == rank:
            if n == 1 and tuple(words[-2:]) in TITLE_SET:
                return role  # "Direktur Jenderal", "Sekretaris Jenderal": a title, no rank
            return " ".join(words[:-n])
    return role



def _ordinal_word(words, n):
    """Whether words[n] is the hyphen or the number of an ordinal "ke - 11" ("Wakil Presiden ke-11")."""
    return (words[n] == "-" and n >= 1 and words[n - 1].lower() == "ke" and n + 1 < len(words) and words[n + 1].isdigit()) \
        or (words[n].isdigit() and n >= 2 and words[n - 1] == "-" and words[n - 2].lower() == "ke")


def _acronym(word):
    """"PSI", "PAN": a party's or body's short form in capitals is no ordinary word, even where its
    letters spell one ("pan", "psi"); Roman numerals are not short forms ("Komisi II")."""
    return len(word) >= 2 and word.isupper() and word.isalpha() and not re.fullmatch(r"[IVXLC]+", word)

class RoleReader:
    """Reading titles around token positions of one Doc. Expects `doc`, `words` (token texts),
    `ents` (token index -> entity dict) and `gazetteer` on the instance, and may set `ner_starts`
    (token indexes where a statistical NER starts a person's name)."""

    ner_starts = None
    lone_names = frozenset()  # words the NER calls a person on their own (set per document by the people finder)
    speaks = frozenset()  # words right after a speech verb or "menurut" ("kata Rudy"), set per document likewise
    honorific_alone = frozenset()  # honorifics' words that speak alone ("imbuh Sis."): names, set per document
    named = frozenset()  # tokens of names found so far

    def is_honorific(self, i):
        text = self.words[i]
        if text in HONORIFICS:
            return not self.honorific_name(i) and not self.honorific_lookalike(i)
        if text in CORPS and i > 0 and self.words[i - 1] in HONORIFICS:
            return True  # "Kolonel Inf M Aidi"
        return i + 1 < len(self.words) and self.words[i + 1] == "." and text + "." in HONORIFICS

    def honorific_name(self, i):
        """"Gus Dur": a public figure whose name starts with an honorific; "Sis Apik" where "Sis" speaks
        alone elsewhere ("imbuh Sis."): a name that starts with an honorific's word."""
        if i + 1 >= len(self.words):
            return False
        after = self.words[i + 1]
        return (self.words[i], after) in HONORIFIC_NAMES \
            or self.words[i] in self.honorific_alone and after[:1].isupper() and after.isalpha()

    def honorific_lookalike(self, i):
        """"Uni Emirat Arab": a place or body whose name starts with an honorific's word."""
        return i + 1 < len(self.words) and (self.words[i], self.words[i + 1]) in HONORIFIC_LOOKALIKES

    def title_at(self, i):
        """Length of the title starting at token i, or 0."""
        doc = self.doc
        listed = 0
        for title in TITLE_INDEX.get(doc[i].text, ()):
            n = len(title)
            if i + n <= len(doc) and all(doc[i + k].text == title[k] for k in range(n)):
                listed = n
                break
        if doc[i].text in ENGLISH_TITLE_WORDS:
            return max(listed, self._english_title(i))
        return listed

    def _english_title(self, i):
        """Length of an English job title at token i that `titles` does not list ("Regional Partnership
        Manager", "Chief Engineer", "Head of Product Management"), or 0: capitalised title words up to
        the last head (people.toml english_title_words, english_title_heads), "&"/"and" between them,
        and after a head "of" with the function words it heads. Two words at least."""
        doc = self.doc
        end, k, head, after_of = 0, i, False, False
        while k < len(doc):
            w = doc[k].text
            if w in ENGLISH_TITLE_WORDS:
                if w in ENGLISH_TITLE_HEADS and not after_of:
                    end, head = k + 1, True
                elif after_of:
                    end = k + 1  # "Head of Product Management"
                k += 1
            elif w in {"&", "and"} and k + 1 < len(doc) and doc[k + 1].text in ENGLISH_TITLE_WORDS:
                k += 1  # "Sales & Marketing Manager"
            elif w == "of" and head and not after_of and k + 1 < len(doc) and doc[k + 1].text in ENGLISH_TITLE_WORDS \
                    and doc[k + 1].text not in ENGLISH_TITLE_HEADS:
                after_of = True
                k += 1
            else:
                break
        return end - i if end - i >= 2 else 0

    def _inside_title(self, k):
        """Whether token k ends a title of several words that starts before it ("Jenderal" of "Direktur
        Jenderal", "Sekretaris Jenderal"): there it is no rank."""
        return any(self.title_at(m) > k - m for m in range(max(0, k - 3), k))

    def _company_goes_on(self, k, end):
        """Whether doc[k:end] is all capitalised words (or "(Persero)"), none a title, rank or
        another entity: the rest of a company's name."""
        doc = self.doc
        return k < end and doc[k].text not in ROLE_WORDS and all((doc[m].text[:1].isupper() or doc[m].text in "()") and not self.title_at(m)
                               and not self.is_honorific(m) and self.ents.get(m, {}).get("label") != "PERSON"
                               for m in range(k, end))

    def _rank_at(self, k, end):
        """Length of a rank of several words written out at token k, before `end` ("Inspektur
        Jenderal", "Komisaris Besar Polisi"), or 0."""
        words = self.words
        for rank in RANKS:
            n = len(rank)
            if n > 1 and k + n <= end and tuple(words[k:k + n]) == rank:
                return n
        return 0

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
        return (ent is not None and ent["label"] == "PLACE") or self.doc[k].text in PLACE_HEADS or self._ner_place(k)

    def _ner_place(self, k):
        flags = getattr(self, "ner_place", None)
        return bool(flags) and flags[k]

    def _clause_start(self, k):
        doc = self.doc
        return k == 0 or doc[k].is_sent_start or doc[k - 1].text in {",", ";", ":"} or "\n" in doc[k - 1].whitespace_

    def _description_after(self, start, end):
        """(role, organisation) from "Euis Komalasari, mantan operator mesin tenun, mengaku …": a
        name, a comma, a lowercase description (commas allowed), a comma and a speech verb."""
        doc = self.doc
        aged = end + 3 < len(doc) and doc[end].text == "," and doc[end + 1].like_num and doc[end + 2].text == ","
        if end - start < 2 and doc[start].text not in GIVEN_NAMES and not aged:
            return None
        if aged:
            end += 2  # "Saini, 35, warga Pulau Tidung, mengaku …": the age first
        if end + 1 >= len(doc) or doc[end].text != "," or not doc[end + 1].is_lower or not self._clause_start(start):
            return None
        first = end + 1
        while first < len(doc) and doc[first].lower_ in ONE_OF:
            first += 1  # "salah satu pedagang sayur": the role is the trader
        for k in range(end + 2, min(end + 40, len(doc))):
            if doc[k].is_sent_start or doc[k].text in {".", ";", ":"} or doc[k].text in QUOTE_MARKS:
                return None
            if doc[k].lower_ in BEFORE_VERBS and k > first and self._role_noun_at(first):
                return self.described_role(first, k)  # "Sutarno, salah satu pedagang sayur mengatakan, …"
            if doc[k].text != ",":
                continue
            v = k + 1
            while v < len(doc) and doc[v].lower_ in ADVERBS:
                v += 1
            if v < len(doc) and doc[v].lower_ in BEFORE_VERBS:
                return self.described_role(first if first < k else end + 1, k)
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
                last = k
                while last + 1 < end and self.ents.get(last + 1) is ent:
                    last += 1
                if org in REGIONAL:
                    org = self._regional(last + 1, end, org)[1]  # "anggota DPRD Sleman": the region's council
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

    def _title_comma_before(self, start, end):
        """(role, organisation) from "Direktur PT PBB, Teddy Tjahjono", "kata Kepala BBPOM
        Bandarlampung, Syamsuliani, di …", "Ketua DPD, Oesman Sapta Odang merasa": a title phrase,
        a comma, then the name, which ends there."""
        doc = self.doc
        while start >= 3 and (doc[start - 1].text in HONORIFICS or self.is_honorific(start - 1) or doc[start - 1].text == "."
                              or doc[start - 1].text in FORCES and self.is_honorific(start - 2)):
            start -= 1  # "Kapolda Metro Jaya, Irjen Pol Karyoto", "Panglima TNI, Jenderal TNI Y": a rank before the name
        if start < 2 or doc[start - 1].text != ",":
            return None
        if end < len(doc) and not (doc[end].is_punct or doc[end].is_lower or doc[end].is_sent_start):
            return None
        comma = self._place_between_commas(start - 1)
        legal = None
        if comma >= 3 and doc[comma - 1].text in {"Tbk", "Tbk."} and doc[comma - 2].text == ",":
            legal = doc[comma - 1].text  # "Direktur Utama PT Jasa Raya, Tbk, Dewi …": the listed company's form
            comma -= 2
        phrase = self._title_before(comma)
        body = None
        if phrase is None and legal is None:
            body = self._body_between_commas(comma)
            if body is not None:  # "Direktur Tindak Pidana Narkotika, Bareskrim Polri, Kombes X": the body of the office
                phrase = self._title_before(body[0])
                comma = body[0]
        if phrase is None or any(doc[m].lower_ in RELATIONS for m in range(max(0, phrase[0] - 2), phrase[0])):
            return None  # "putra sulung Presiden ke-6, X": X is the son, not the President
        role, org = self.role_and_org(phrase[0], comma)
        if body is not None:
            org = org or doc[body[0] + 1:body[1]].text
        if legal is not None:
            if not (org and org.split()[0] in COMPANY_FORMS):
                return None
            org = f"{org}, {legal}"
        return self._with_status(phrase[0], role), org

    def _body_between_commas(self, comma):
        """(comma before, comma after) of an organisation written between two commas before the name's
        comma ("…, Bareskrim Mabes Polri, …"): capitalised words, no title, one of them an organisation."""
        doc = self.doc
        k = comma - 1
        while k > 0 and comma - k <= 5 and doc[k].text[:1].isupper() and not self.title_at(k) and k not in self.named:
            k -= 1
        if k == comma - 1 or k < 1 or doc[k].text != "," or doc[k + 1].is_sent_start:
            return None
        if not any(self.ents.get(m, {}).get("label") == "ORG" for m in range(k + 1, comma)):
            return None
        return k, comma

    def _place_between_commas(self, comma):
        """The comma that ends the title phrase: "Kepala Dinas Kesehatan Kabupaten Garut, Jawa Barat,
        Joko Susilo": a province between commas after the office is where, not a title."""
        doc = self.doc
        k = comma - 1
        while k > 0 and self._is_place(k) and doc[k].text[:1].isupper():
            k -= 1
        if k < comma - 1 and k > 0 and doc[k].text == "," and not doc[k + 1].is_sent_start:
            return k
        return comma

    def _with_status(self, title_start, role):
        """"mantan Menteri Kesehatan", "Bakal calon Wakil Gubernur": the words before a title that
        say it is past or to come belong to the role."""
        doc = self.doc
        k = title_start
        short = None  # "Pelaksana tugas (Plt) Kepala Dinas …": the status's short form in brackets
        if k > 3 and doc[k - 1].text == ")" and doc[k - 3].text == "(" and doc[k - 4].lower_ in STATUS \
                and doc[k - 2].text.isalpha() and doc[k - 2].text[:1].isupper() and len(doc[k - 2].text) <= 4:
            short = k - 3
            k = short
        while k > 0 and doc[k - 1].lower_ in STATUS:
            k -= 1
        if role is None or k == title_start or k == short:
            return role
        return doc[k:short if short is not None else title_start].text + " " + role

    def role_noun_before(self, start):
        """(role, organisation) from a description right before a name: "pengacara Saipul Jamil",
        "terdakwa Irman", "kiper Persela Lamongan Dwi Kuswanto", "juru bicara KPK Febri Diansyah",
        "pelatih tunggal putra Malaysia Indra Widjaja", "mantan hakim …". The description starts
        with a word of role_nouns (people.toml) no more than six words before the name and holds
        only other lowercase words that are not function words, and capitalised names."""
        doc = self.doc
        while start >= 2 and self.is_honorific(start - 1) and doc[start - 2].text == ",":
            start -= 1  # "budayawan Maluku, Opa Rudy"
        named_as = start >= 2 and doc[start - 1].lower_ in NAMED_AS
        if named_as:
            start -= 1  # "sopir Rohadi bernama Koko Wira", "seorang warga bernama Yanto"
        k = start - 1
        if k >= 0 and doc[k].text == ",":
            k -= 1
            # "pengacara Saipul Jamil, Berthanatalia …": the lawyer of Saipul Jamil is Berthanatalia
            m = k
            if m >= 3 and doc[m].text == ")" and doc[m - 2].text == "(" and m - 3 in self.named \
                    and doc[m - 1].text[:1].isupper():
                m -= 3  # "…, Setya Novanto (Setnov), Ketut …": the client's short name in brackets
            while m >= 0 and m in self.named:
                m -= 1
            if 1 <= m < k and doc[m].text == "," and m + 1 in self.named:
                # "Kuasa Hukum tersangka korupsi e-KTP, Setya Novanto (Setnov), Ketut Mulya Arsana": the
                # description before the client's name, opened by a word for someone's lawyer or kin,
                # is the role of the one named after the client
                j, first = m - 1, None
                while j >= 0 and m - j <= 8 and (not doc[j].is_punct or self._hyphen_inside(j)):
                    if doc[j].lower_ in OF_SOMEONE and self._role_noun_at(j):
                        first = j
                    if doc[j].is_sent_start:
                        break
                    j -= 1
                if first is not None and (first == 0 or doc[first].is_sent_start or doc[first - 1].is_punct):
                    return doc[first:first + self._role_noun_len(first)].text, None
            m = k
            while m >= 0 and m in self.named:
                m -= 1
            if m >= 0 and doc[m].lower_ in LIST_WORDS:
                return None  # "tokoh besar seperti Gus Dur, Jokowi": examples, not the description of one
            if m < k and m >= 0 and doc[m].lower_ in RELATIONS and self._role_noun_at(m) and k - m <= 4:
                return doc[m:k + 1].text, None  # "putri Joko Widodo, Kahiyang Ayu": the relation names whose
            noun = self._noun_ending_at(m) if 0 <= m < k else None  # "staf ahli Anang, Aris", "full-back A, B"
            if noun is not None and noun > 0 and doc[noun - 1].lower_ not in STATUS | {","}:
                return self._with_status(noun, doc[noun:m + 1 + (1 if m + 1 <= k and m + 1 not in self.named else 0)].text), None
            # "tim kuasa hukum Siti Fadilah, Kholidin Achmad": a description of several words
            first = next((j for j in range(max(0, m - 3), m) if self._role_noun_at(j)
                          and all(doc[n].is_lower and doc[n].is_alpha for n in range(j, m + 1))), None)
            if m < k and first is not None and first > 0 and doc[first - 1].lower_ not in {","}:
                return self._with_status(first, doc[first:m + 1].text), None
        end = start - 1 if doc[start - 1].text == "," else start
        if k >= 0 and doc[start - 1].text == "," and doc[k].lower_ == "lainnya":
            k -= 1  # "salah seorang warga lainnya, Maryuda": another resident
            end = k + 1
        best = None
        while k >= 0 and start - k <= 8:
            t = doc[k]
            if t.is_sent_start and k < start - 1 and not t.text[:1].isupper():
                break
            low = t.lower_
            if self._role_noun_at(k):
                best = k
            if t.text == ")" and k >= 3 and doc[k - 2].text == "(" and doc[k - 1].text[:1].isupper() \
                    and doc[k - 3].text[:1].isupper() and doc[k + 1].text[:1].isupper():
                # "anggota Panitia Khusus (Pansus) RUU Minol X": the body's short form inside the description,
                # or ending it ("pengamat politik dari Universitas Indonesia (UI) X")
                k -= 3
                continue
            if low == "dari" and k > 0 and doc[k - 1].is_lower and doc[k - 1].is_alpha and doc[k + 1].text[:1].isupper() \
                    and k + 1 < start:
                k -= 1  # "pengamat politik dari Universitas Indonesia X": the body the describer is from
                continue
            if self._hyphen_inside(k) and k < start - 1:
                k -= 1  # "terpidana kasus korupsi e-KTP Irman": a hyphen inside a word ends nothing
                continue
            ampersand = t.text == "&" and 0 < k < start - 1 and doc[k - 1].text[:1].isupper() and doc[k + 1].text[:1].isupper()
            if t.is_punct and not ampersand or low in ROLE_STOP or low in SUBORDINATORS or (t.is_lower and not t.is_alpha) \
                    or (k in self.named and not named_as) \
                    or (t.is_lower and best != k and low.startswith(VERB_PREFIXES[:4]) and low not in DESCRIPTION_WORDS):
                # (not ke- and se-, which open as many nouns as verbs: "pengamat sepak bola", "ahli kesehatan")
                break  # "Hakim menyatakan terdakwa Irman": a verb ends the description
            if t.is_sent_start or "\n" in (doc[k - 1].whitespace_ if k > 0 else "\n"):
                break
            k -= 1
        while best is not None and best > 0 and start - best >= 8 and self._role_noun_at(best - 1) \
                and best - 1 not in self.named and doc[best - 1].lower_ not in RELATIONS:
            best -= 1  # "Petenis tunggal putra nomor satu dunia dari Spanyol, X": the head noun just before the window
        owner = self._owner_before(best) if best is not None and doc[start - 1].text == "," else None
        if owner is not None:
            return self._with_status(owner[0], doc[owner[0]:owner[1]].text), None
        if best is not None and team_at(doc, best) and doc[start - 1].text != ",":
            return None  # "Tim kuasa hukum X": X is the team's client, whose role is written elsewhere
        if best is not None and doc[best].lower_ in OF_SOMEONE and doc[start - 1].text != ",":
            # "ibunda artis Atiqah", "pengacara aktor Roy": the mother's or the lawyer's person is the
            # artist, who is the one named
            later = next((j for j in range(best + 1, end) if self._role_noun_at(j) and doc[j].is_lower), None)
            if later is not None:
                best = later
        if best is None or (doc[best].lower_ in RELATIONS and doc[start - 1].text != "," and not self._long_noun_at(best)):
            return None  # "suami Veronica Tan": Veronica is the wife, the husband is someone else (not "ibu rumah tangga X")
        if best > 1 and (doc[best - 1].lower_ == "selaku" or doc[best - 1].lower_ == "sebagai" and doc[best - 2].text == ",") \
                and doc[start - 1].text != ",":
            return None  # "Budi, selaku kuasa hukum Andi": the lawyer is Budi; Andi is his client
        role, org = self._split_description(best, end)
        if org:
            org = SHORT_FORM_INSIDE.sub("", org)  # "Panitia Khusus (Pansus) RUU Minol": written without it
        if doc[best].lower_ in CASE_STATUS:
            role, org = self._case_status(best, end), None  # "terpidana kasus korupsi e-KTP Irman": the convict
        return self._with_status(best, role), org

    def _hyphen_inside(self, k):
        """Whether token k is a hyphen inside a word of letters ("e-KTP", "pasca-panen")."""
        doc = self.doc
        return doc[k].text == "-" and 0 < k < len(doc) - 1 and not doc[k - 1].whitespace_ and not doc[k].whitespace_ \
            and doc[k - 1].is_alpha and doc[k + 1].is_alpha

    def _case_status(self, k, end):
        """"terpidana", "terpidana mati", "saksi mata": where someone stands in a case, without the case."""
        doc = self.doc
        n = k + 1
        if n < end and doc[n].lower_ in CASE_STATUS_WORDS:
            n += 1
        return doc[k:n].text

    def _owner_before(self, k):
        """(start, end) of the description a person has in "ayah dari salah seorang pasien, Vijay",
        "kuasa hukum dari salah satu terdakwa, X": the one named is the father or the lawyer, not
        the patient or the accused."""
        doc = self.doc
        j = k - 1
        while j >= 0 and doc[j].lower_ in {"salah", "seorang", "satu", "dari", "para"}:
            j -= 1
        if j < 0 or j == k - 1 or "dari" not in {t.lower_ for t in doc[j + 1:k]}:
            return None
        for first in (j - 1, j):
            if first >= 0 and self._role_noun_at(first) and all(t.is_lower for t in doc[first:j + 1]):
                return first, j + 1
        return None

    def description_comma_before(self, start):
        """(role, organisation) from a lowercase description, a comma, then the name: "duta besarnya di
        PBB, Nikki Haley", "seorang dokter yang menangani pasien diet, Dr. Budi", "pemain U-23 Persipura,
        Andi", "sang ibunda tercinta, Rina". The description is the clause part before the comma, its
        head the first role noun in it; a relative clause ("yang …") after the head is no part of it.
        Not the object of a verb ("Setelah memeriksa pasien, Budi mengatakan"), nor after another name
        ("kuasa hukum Budi, Andi": role_noun_before reads that one)."""
        doc = self.doc
        s = start
        while s > 0 and (self.is_honorific(s - 1) or (doc[s - 1].text == "." and s > 1 and self.is_honorific(s - 2))):
            s -= 1  # "…, Jenderal Pierre", "…, Dr. Stuart"
        comma = s - 1
        if comma < 1 or doc[comma].text != ",":
            return None
        j = comma - 1
        while j >= 0 and comma - j <= 12:
            t = doc[j]
            if self._hyphen_inside(j):
                j -= 1  # "terdakwa korupsi e-KTP, X": a hyphen inside a word
                continue
            if j in self.named or t.text in QUOTE_MARKS or t.text in {",", ".", ";", ":", "(", ")"} \
                    or (t.is_punct and not self._age_class(j)) or "\n" in t.whitespace_:
                break
            if t.lower_ in ROLE_STOP - {"yang", "di", "dari"} or t.is_sent_start:
                j -= 1
                break
            j -= 1
        first = j + 1  # the clause part before the comma: doc[first:comma]
        end = start
        while end < len(doc) and (doc[end].text[:1].isupper() or doc[end].text == "."):
            end += 1
        if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].is_lower and doc[end + 1].is_alpha \
                and not doc[end + 1].lower_.startswith(VERB_PREFIXES) and doc[end + 1].lower_ not in BEFORE_VERBS \
                and doc[end + 1].lower_ not in ROLE_STOP | CLAUSE_GOES_ON:
            return None  # "Salah satu korban, Wahyuni, karyawati swasta di Bekasi, …": the description after says more
        if doc[first].lower_ in SUBORDINATORS:
            return None  # "Setelah memeriksa pasien, Budi …", "Saat ditanya wartawan, Budi …": circumstances
        head = next((m for m in range(first, comma) if (self._role_noun_at(m) or self._role_noun_with_nya(m))
                     and (doc[m].is_lower or (doc[m].is_sent_start or m == first and m > 0 and doc[m - 1].text in DASHES)
                          and not any(self._active_verb(n) for n in range(m, comma)))),
                    None)  # not "Polisi" of "Polisi menangkap anggota DPRD …, Budi"
        if head is None:
            return None
        verbs = [m for m in range(first, head) if self._active_verb(m)]
        if verbs and self._verb_follows(start):
            return None  # "Usai memeriksa pasien, Budi mengatakan …": the patient is someone else
        cut = comma
        for m in range(head + 1, comma):
            if doc[m].lower_ == "yang" or doc[m].lower_ in POSSESSIVES:
                cut = m  # "seorang dokter yang khusus menangani …": the doctor; "pelatih mereka": the coach
                break
        for m in range(head + 1, cut):
            if (doc[m].is_lower and len(doc[m].text) > 4 and doc[m].lower_.startswith(VERB_PREFIXES)
                    and doc[m].lower_ not in DESCRIPTION_WORDS
                    and not self._role_noun_at(m) and not self._role_noun_with_nya(m)) or doc[m].lower_ in SUBORDINATORS \
                    or doc[m].lower_ in {"kasus", "perkara"} \
                    or (doc[m].lower_ == "di" and m + 1 < cut and not self._body_at(m + 1)):
                # "terdakwa kasus korupsi …" is the accused; "pelaku penembakan di Stadion X" is where
                cut = m  # "sang ibunda tercinta": the mother
                break
        if doc[head].is_sent_start and self.title_at(head):
            role, org = self.role_and_org(head, cut)  # "Kepala Instalasi Forensik RS Polri, Kombes X": a title
        else:
            role, org = self.described_role(head, cut)
            if role and org is None:
                role, org = self._split_description(head, cut)
        if role and doc[head].lower_ in CASE_STATUS:
            return self._case_status(head, cut), None  # "terdakwa korupsi e-KTP, X": the accused
        if role:
            words = role.split()
            for n, word in enumerate(words):
                if word.lower().endswith("nya") and _ends_role_noun([w.lower() for w in words[:n]] + [word.lower()[:-3]]):
                    words[n] = word[:-3]  # "duta besarnya": his ambassador is an ambassador
                    break
            role = HYPHEN_GAP.sub("-", " ".join(words)).replace("U - ", "U-")
            role = self._with_status(head, role)  # "Mantan anggota DPR dari Fraksi X, Y": past, as written
        return (role, org) if role else None

    def role_in_brackets(self, end):
        """(role, organisation) written in brackets right after the name: "Bu Ani (Menkeu)", "Pak Jonan
        (Menteri ESDM)", "Millie (anak Donna)". Not a short form of the name ("Setya Novanto (Setnov)")."""
        doc = self.doc
        while end + 2 < len(doc) and (doc[end].text in DEGREES or doc[end].text == "." and doc[end - 1].text in DEGREES):
            end += 1  # "Miriam Vogt Dipl. Ing. (ahli …)": degrees between the name and the brackets
        if end + 2 >= len(doc) or doc[end].text != "(":
            return None
        # a title within 10 tokens; a description, which opens with a role noun, within 16 ("ahli konservasi
        # batu dari Cologne University of Applied Sciences, Jerman")
        limit = 16 if doc[end + 1].is_lower and self._role_noun_at(end + 1) else 10
        close = next((m for m in range(end + 2, min(end + limit, len(doc))) if doc[m].text in {")", "(", "\n"}), None)
        if close is None or doc[close].text != ")" or any("\n" in doc[m].whitespace_ for m in range(end, close)):
            return None
        if self.title_at(end + 1):
            role, org = self.role_and_org(end + 1, close)
            return (role, org) if role else None
        if doc[end + 1].is_lower and self._role_noun_at(end + 1):
            return self._split_description(end + 1, close)
        return None

    def _body_at(self, k):
        """Whether token k opens a body (an ORG entity, or an acronym that is no place: "di PBB")."""
        t = self.doc[k]
        return self.ents.get(k, {}).get("label") == "ORG" or (len(t.text) >= 2 and t.text.isupper() and t.is_alpha
                                                               and not self._is_place(k))

    def _active_verb(self, k):
        t = self.doc[k]
        return (t.is_lower or t.is_sent_start) and t.is_alpha and t.lower_.startswith(("me", "ber")) and t.lower_ not in {"menurut", "melalui"} | POSSESSIVES \
            and t.lower_ not in DESCRIPTION_WORDS and not self._role_noun_at(k)

    def _verb_follows(self, start):
        """Whether the name starting at `start` is followed by a verb (it is the subject of the clause)."""
        doc = self.doc
        k = start
        while k < len(doc) and (doc[k].text[:1].isupper() or doc[k].text == "."):
            k += 1
        return k < len(doc) and (doc[k].lower_ in BEFORE_VERBS or self._active_verb(k))

    def _age_class(self, k):
        """Whether token k is the hyphen of an age class ("U-23", "U-19")."""
        doc = self.doc
        return doc[k].text == "-" and k > 0 and doc[k - 1].text == "U" and k + 1 < len(doc) and doc[k + 1].like_num

    def _role_noun_with_nya(self, k):
        """"duta besarnya", "pelatihnya": a role noun with the possessive -nya."""
        doc = self.doc
        for noun in ROLE_NOUNS.get(doc[k].lower_, []) + ROLE_NOUNS.get(doc[k].lower_[:-3], []):
            n = len(noun)
            if k + n <= len(doc) and all(doc[k + m].lower_ == noun[m] for m in range(n - 1)) \
                    and doc[k + n - 1].lower_ == noun[-1] + "nya":
                return True
        return False

    def _long_noun_at(self, k):
        """Whether a role noun of several words starts at k ("ibu rumah tangga"): no relation word alone."""
        doc = self.doc
        return any(len(noun) > 1 and k + len(noun) <= len(doc) and all(doc[k + m].lower_ == noun[m] for m in range(len(noun)))
                   for noun in ROLE_NOUNS.get(doc[k].lower_, ()))

    def _role_noun_len(self, k):
        """Tokens of the longest role noun at token k, 0 if none."""
        doc = self.doc
        return max((len(noun) for noun in ROLE_NOUNS.get(doc[k].lower_, ())
                    if k + len(noun) <= len(doc) and all(doc[k + m].lower_ == noun[m] for m in range(len(noun)))), default=0)

    def _noun_ending_at(self, m):
        """Where the longest role noun that ends at token m starts ("staf ahli", "full-back"), or None."""
        return next((j for j in range(max(0, m - 3), m + 1) if self._role_noun_len(j) == m - j + 1), None)

    def _role_noun_at(self, k):
        doc = self.doc
        for noun in ROLE_NOUNS.get(doc[k].lower_, ()):
            n = len(noun)
            if k + n <= len(doc) and all(doc[k + m].lower_ == noun[m] for m in range(n)):
                return True
        return False

    def _split_description(self, start, end):
        """Role words, then the organisation: the first capitalised words that are not a place
        ("kiper | Persela Lamongan", "akademisi | UI", "juru bicara | KPK"; but "pelatih tunggal
        putra Malaysia")."""
        doc = self.doc
        if doc[start].lower_ in RELATIONS:
            return doc[start:end].text.strip(" ,") or None, None  # "suami Donna", "kakak Saipul"
        named = self._named_before_short_form(start, end)
        if named is not None:
            return named
        if end - start > 4 and doc[end - 1].text == ")" and doc[end - 3].text == "(":
            end -= 3  # "… Universitas Indonesia (UI)": the short form of the body just named
        for k in range(start + 1, end):
            t = doc[k]
            if t.text == "U" and self._age_class(k + 1):
                continue  # "pemain U-23 Persipura": the age class is part of the role
            if (t.text[:1].isupper() or t.text.capitalize() in TEAM_WORDS) and (not self._is_place(k) or self._org_head(k) and not self._is_place(k - 1)) \
                    and not self.title_at(k) and t.text not in ROLE_WORDS and k not in self.named:
                # (a body's head opens it where the NER calls the body a place: "Direktur RS Kasih Bunda, dr. X")
                # ("pelatih | timnas U-19": the national team written in lower case is the organisation too)
                role = doc[start:k - 1 if doc[k - 1].lower_ == "dari" else k].text
                org_end = end
                while org_end > k and doc[org_end - 1].is_punct:
                    org_end -= 1
                ent = self.ents.get(k)
                if ent is None and self._person_words(k, org_end):
                    return doc[start:org_end].text, None  # "sopir Rohadi": whose driver, not an organisation
                if ent is not None and ent["label"] == "ORG" and self.ents.get(org_end - 1) is ent:
                    first = k
                    while first > start + 1 and self.ents.get(first - 1) is ent:
                        first -= 1  # "anggota | Dewan Kehormatan Golkar": the role stops where the body starts
                    return doc[start:first].text, self._org_name(ent)
                cut = next((m for m in range(k + 1, org_end) if doc[m].is_lower and doc[m].is_alpha
                            and doc[m].lower_ not in CONNECTORS
                            and not (doc[m].text in ENGLISH_LINKS and m + 1 < org_end and doc[m + 1].text[:1].isupper())),
                           org_end)  # ("Cologne University of Applied Sciences": an English name goes on)
                cut = self._without_country_after_comma(k, cut)  # "Universitas Bonn, Jerman": the country is where
                return role, doc[k:cut].text  # "kapten | PBFC" of "kapten PBFC sekaligus pemain senior"
        origin = next((m for m in range(start + 1, end - 1) if doc[m].lower_ in {"dari", "asal"}
                       and all(self._is_place(n) or doc[n].is_punct for n in range(m + 1, end))), None)
        if origin is not None:
            end = origin  # "ahli laboratorium dari Jerman": where from is no part of the role
        return doc[start:end].text.strip(" ,") or None, None

    def _without_country_after_comma(self, k, cut):
        """The end of an organisation written from token k to `cut` without a place after a comma at its
        end ("Universitas Bonn, Jerman", "Pemkab Garut, Jawa Barat")."""
        doc = self.doc
        m = cut
        while m > k + 1 and doc[m - 1].is_punct:
            m -= 1
        n = m
        while n > k + 1 and self._is_place(n - 1) and doc[n - 1].text[:1].isupper():
            n -= 1
        if n < m and n > k + 1 and doc[n - 1].text == ",":
            return n - 1
        return cut

    def _named_before_short_form(self, start, end):
        """(role, organisation) of "anggota Panitia Khusus (Pansus) RUU Minol": capitalised words before
        a short form in brackets name a body, whatever role words they hold; the body is written
        without its short form."""
        doc = self.doc
        c = start + 1
        while c < end and doc[c].is_lower:
            c += 1
        b = c
        while b < end and (doc[b].text[:1].isupper() or doc[b].lower_ in {"dan", "&"}) and doc[b].text != "(":
            b += 1
        if not (c < b and b + 2 < end and doc[b].text == "(" and doc[b + 2].text == ")"
                and doc[b + 1].text[:1].isupper() and doc[b + 1].text.isalpha()):
            return None
        org_end = end
        while org_end > b + 3 and doc[org_end - 1].is_punct:
            org_end -= 1
        org = SHORT_FORM_INSIDE.sub("", doc[c:org_end].text + " x")[:-2]
        return doc[start:c].text, org

    def _person_words(self, start, end):
        """Whether doc[start:end] names someone found so far."""
        keys = {t.lower_ for t in self.doc[start:end]}
        return any(keys <= p.parts for p in getattr(self, "persons", ()))

    def _phrase_continues(self, end):
        """Whether the capitalised title phrase goes on after token `end` ("Menteri Ketenagakerjaan (Menaker) …")."""
        doc = self.doc
        if end >= len(doc) or "\n" in doc[end - 1].whitespace_:
            return False
        t = doc[end]
        if t.lower_ in PHRASE_CONNECTORS and end + 1 < len(doc) and doc[end + 1].text[0].isupper() \
                and not self.title_at(end + 1):  # "… George Hendrata dan CEO Blibli …" starts a new title
            return True  # "Asisten Perdata dan Tata Usaha Negara …"
        if t.text == "," and end + 1 < len(doc) and doc[end + 1].text[0].isupper() and not self.title_at(end + 1) \
                and not doc[end + 1].is_sent_start and doc[end + 1].text not in NOT_NAMES:
            return True  # "Kepala Desa Tegalrejo, Kabupaten Boyolali, …" (but not "…, Senin", "…, Namun")
        return t.text == "(" or end in self.ents or self.is_honorific(end) or (t.text[0].isupper() and not t.is_sent_start)

    def _next_to_verb(self, start, end):
        doc = self.doc
        prev = doc[start - 1].lower_ if start > 0 else ""
        if prev == "jawab" and start > 1 and doc[start - 2].lower_ == "tanggung":
            prev = ""  # "tanggung jawab X" is a responsibility, not an answer
        if start < end and (prev in AFTER_VERBS or prev == "menurut") and not (
                end < len(doc) and doc[end].text[:1].isupper() and doc[end].text.isalpha() and not doc[end].is_sent_start):
            return True  # but "Menurut Assisten Pembangunan Yoyon …" goes on past a misspelt title
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
            if k in self.named:
                break  # "Menteri … Susi Pudjiastuti dan Menko Kemaritiman Luhut": Luhut's title starts after Susi
            if t.text == ")":
                depth += 1
            elif t.text == "(":
                depth -= 1
                if depth < 0:
                    break
            elif depth == 0 and not (t.text[0].isupper() or k in self.ents or t.lower_ in CONNECTORS
                                     or t.text == "of" and k > 0 and doc[k - 1].text in TITLE_FIRST  # "Head of Research"
                                     or t.text in ROLE_WORDS or t.text in HONORIFICS or t.text == "."
                                     or self._listed_domain_comma(k, start)
                                     or (t.like_num and k > 1 and self._age_class(k - 1))  # "Timnas U-22"
                                     or (t.like_num and k > 0 and doc[k - 1].text in NUMBERED_UNITS)  # "Daop 8"
                                     or (t.is_lower and t.text.capitalize() in ROLE_WORDS and t.text not in CONNECTORS
                                         and t.text not in {"bidang", "urusan"}  # ("Menteri Koordinator bidang X": its domain)
                                         and k > 0 and self._lower_title_goes_on(k))  # "Kepala biro penerangan masyarakat …"
                                     or t.lower_ in TITLE_QUALIFIERS or self._ordinal_piece(k) or self._term_piece(k, start)
                                     or self._quoted_name_mark(k)):
                break  # (but "Presiden terpilih AS X", "Wakil Presiden ke-11 X" go on)
            if depth == 0 and self.title_at(k):
                best = (k,)
            k -= 1
        return best

    def _quoted_name_mark(self, k):
        """Whether token k is a quote mark around a body's name inside a title, between capitalised
        words ('General Manager Transportasi "Blue Bird" Areal Bali-Lombok, X')."""
        doc = self.doc
        return doc[k].text in QUOTE_MARKS and 0 < k < len(doc) - 1 and doc[k - 1].text[:1].isupper() \
            and doc[k - 1].is_alpha and doc[k + 1].text[:1].isupper() and doc[k + 1].is_alpha

    def _lower_title_goes_on(self, k):
        """Whether the lower-case role word at k goes on a title that opens capitalised before it
        ("Kepala biro penerangan masyarakat divisi humas (…) Polri, X": the outlet wrote the office in
        lower case after its first word): only role words back to that title."""
        doc = self.doc
        j = k - 1
        while j >= 0 and k - j <= 6 and doc[j].is_lower and doc[j].text.capitalize() in ROLE_WORDS:
            j -= 1
        return j >= 0 and k - j <= 6 and self.title_at(j) > 0 and doc[j].text[:1].isupper()

    def _term_piece(self, k, start):
        """Whether token k is part of a term written before the name ("Mantan Ketua Fraksi … MPR RI periode
        2012-2014 X"): "periode" and the years after it."""
        doc = self.doc
        for first in (k, k - 1, k - 2, k - 3):
            if 0 <= first < k + 1 and first + 1 < start and doc[first].lower_ == "periode" and doc[first + 1].like_num \
                    and (k == first or doc[k].like_num or doc[k].text in {"-", "–"}):
                return True
        return False

    def _ordinal_piece(self, k):
        """Whether token k is part of an ordinal written "ke-11" ("Wakil Presiden ke-11 Boediono")."""
        doc = self.doc
        for first in (k, k - 1, k - 2):
            if 0 <= first and first + 2 < len(doc) and first + 2 >= k and doc[first].lower_ == "ke" \
                    and doc[first + 1].text == "-" and doc[first + 2].like_num:
                return True
        return False

    def _listed_domain_comma(self, k, start):
        """Whether the comma at k joins the domains a title lists ("Deputi Bidang Usaha Energi,
        Logistik, Kawasan dan Pariwisata Kementerian BUMN"): capitalised words on both sides, none a
        title, and "dan" closing the list before the name."""
        doc = self.doc
        if not (0 < k < start - 2 and doc[k].text == "," and doc[k - 1].text[:1].isupper() and k - 1 not in self.named
                and (doc[k + 1].text[:1].isupper() and doc[k + 1].text.isalpha() and not self.title_at(k + 1)
                     or doc[k + 1].lower_ == "dan" and doc[k + 2].text[:1].isupper())):  # "Humas, Data, dan Informasi"
            return False
        for m in range(k + 1, start):
            if doc[m].lower_ == "dan":
                return m + 1 < start and doc[m + 1].text[:1].isupper()
            if not (doc[m].text[:1].isupper() or doc[m].text == ",") or self.title_at(m):
                return False
        return False

    def _split_role(self, title_start, run_start, run_end):
        """Split `title … name` into (name start, role, organisation)."""
        doc = self.doc
        # the name is the tail of the run; a run that also holds organisation words is cut at a
        # given name ("Jamsos Watch Yusuf Rahman"), else its last two words are the name
        name_start = run_start
        # the NER starts the name here, or calls its first word a person where it stands alone ("kata Purbaya")
        named = self.ner_starts is not None and run_start in self.ner_starts or doc[run_start].text in self.lone_names
        # words, a hyphenated one ("Jae-in", "Butar-butar") counted once: "Moon Jae-in" is two
        n_words = run_end - run_start - 2 * sum(1 for k in range(run_start + 1, run_end - 1) if doc[k].text == "-"
                                                and not doc[k - 1].whitespace_ and not doc[k].whitespace_)
        if named and n_words >= 3 and run_start > title_start and self._body_before_given(run_start):
            named, name_start = False, run_start + 1  # "Sekjen Apkomindo Rudy Muliadi" … "kata Rudy"
        elif not named and (n_words > 3 or (run_start > title_start and self._role_gap(title_start, run_start)
                                          and not names.is_name_word(doc[run_start].text))):
            given = [k for k in range(run_start, run_end) if doc[k].text in GIVEN_NAMES
                     or (n_words > 3 and names.is_name_word(doc[k].text))]
            if given and given[0] > run_start:
                name_start = given[0]
            elif not given and n_words > 3:
                name_start = run_end - 2
                while name_start > run_start and (doc[name_start].text == "-" or doc[name_start - 1].text == "-"):
                    name_start -= 1  # "… Halasan Butar-butar": a hyphenated word counts once
        title_end = title_start + self.title_at(title_start)
        if name_start < title_end < run_end:
            name_start = title_end  # "Ketua Majelis Hakim Jhon …": the title's last word is no name
        role, org = self.role_and_org(title_start, name_start)
        return name_start, role, org

    def _body_before_given(self, k):
        """"Sekjen Apkomindo Rudy Muliadi" … "tukas Rudy" … "Pihak Apkomindo selaku …": a run's first
        word that is no name's word, before a given name that speaks alone where the first word never
        does, and that the article writes elsewhere without that given name, is the title's body
        (an organisation written like a name), not the person's first name."""
        doc = self.doc
        first, given = doc[k].text, doc[k + 1].text
        if not first.isalpha() or first in GIVEN_NAMES or names.is_name_word(first) or first in self.speaks \
                or given not in GIVEN_NAMES or given not in self.speaks or doc[k].whitespace_ != " ":
            return False
        text = doc.text
        alone = len(re.findall(r"(?<!\w)" + re.escape(first) + r"(?!\w)", text))
        return alone > len(re.findall(r"(?<!\w)" + re.escape(f"{first} {given}") + r"(?!\w)", text))

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
        org_last = bracket_at = None  # the organisation's last token; where a bracket opened right after it
        ministry = None  # the ministry a minister's title names ("Menteri Kominfo")
        org_goes_on = False
        # an English title is the role whatever the NER calls its words ("Chief Engineer Suzuki Motor
        # Corporation X", "Head of Product Management X"); an organisation the NER starts inside it is
        # what follows the title
        english_end = start + self._english_title(start) if doc[start].text in ENGLISH_TITLE_WORDS else start
        while k < end:
            t = doc[k]
            if k < english_end:
                words.append(t.text)
                k += 1
                continue
            if k == english_end and k > start and self.ents.get(k) is not None and self.ents.get(k) is self.ents.get(k - 1) \
                    and self.ents[k]["label"] == "ORG" and org is None:
                last = k
                while last + 1 < end and self.ents.get(last + 1) is self.ents[k]:
                    last += 1
                rest = doc[k:last + 1].text
                org = self.gazetteer.canonical_of(rest, "ORG") or rest
                org_last, k = last, last + 1
                continue
            if t.text == "(":
                depth += 1
                if depth == 1 and org_last is not None and k == org_last + 1:
                    bracket_at = k
            elif t.text == ")":
                depth -= 1
                org_goes_on = depth == 0 and bracket_at is not None
                bracket_at = None
            elif depth == 0 and org is not None and t.lower_ in {"dari", "di"}:
                break  # "Anggota Komisi II DPR dari Fraksi Partai Gerindra": the first body is the organisation
            elif depth == 0 and t.text in QUOTE_MARKS:
                close = next((m for m in range(k + 1, min(k + 6, end)) if doc[m].text in QUOTE_MARKS), None)
                if close is not None and close > k + 1 and org is None and not org_words and words \
                        and all(doc[m].text[:1].isupper() for m in range(k + 1, close)):
                    org = doc[k + 1:close].text  # 'General Manager Transportasi "Blue Bird" …': the body in marks
                    last = close
                    while last + 1 < end and (doc[last + 1].text[:1].isupper() and doc[last + 1].is_alpha
                                              and not self.is_honorific(last + 1)
                                              or doc[last + 1].text == "-" and not doc[last].whitespace_):
                        last += 1  # "… Areal Bali-Lombok": the body's unit goes on up to the name
                    if last > close:
                        org = f"{org} {doc[close + 1:last + 1].text}"
                    org_last = k = last
            elif depth == 0 and self._rank_at(k, end):
                k += self._rank_at(k, end)  # "Kapolda Jatim Inspektur Jenderal Polisi …": a rank written out
                continue
            elif depth == 0 and org is not None and t.text.capitalize() in TERMS and k + 1 < end \
                    and re.fullmatch(r"[IVX]+|\d+", doc[k + 1].text):
                k += 2  # "Ketua KPK (KPK) Jilid I Taufiequrachman Ruki": which term, neither role nor body
                if k + 1 < end and doc[k].text in {"-", "–"} and doc[k + 1].like_num:
                    k += 2  # "periode 2012-2014"
                continue
            elif depth == 0 and org_goes_on and t.text[:1].isupper() and t.text not in HONORIFICS \
                    and not self.is_honorific(k):
                # "Federasi Serikat Pekerja (FSP) BUMN Bersatu", "Dinas Kelautan dan Perikanan (DKP) Mimika":
                # the name goes on after its short form, up to the person's
                org = f"{org} {t.text}"
                org_last = k
            elif depth == 0:
                ent = self.ents.get(k)
                if (t.text in HONORIFICS and not self.honorific_lookalike(k) or self.is_honorific(k) or t.text == ".") \
                        and not self._inside_title(k) and not (k > start and (doc[k - 1].text, t.text) in RANK_WORD_NAMES) \
                        or (t.text in PILGRIM and k == end - 1):  # "Kepala Desa Hj Siti …": haji is no role
                    pass
                elif ent is not None and ent["label"] == "ORG" and org is None and any(w in COMMITTEES for w in words[1:]):
                    # "Anggota Pansus Angket KPK": the special committee about the KPK is the organisation
                    first = next(n for n in range(1, len(words)) if words[n] in COMMITTEES)
                    last = k
                    while last + 1 < end and self.ents.get(last + 1) is ent:
                        last += 1
                    while last + 1 < end and doc[last + 1].text[:1].isupper() and doc[last + 1].is_alpha \
                            and not self.title_at(last + 1) and not self._rank_at(last + 1, end) \
                            and not self.is_honorific(last + 1):
                        last += 1  # "RS Polri Kramatjati": the hospital's place is part of its name
                    org = " ".join(words[first:] + [doc[k:last + 1].text])
                    words = words[:first]
                    k = last
                elif ent is not None and ent["label"] == "ORG" and org is None and tuple(words) in OFFICES \
                        and words != ["Presiden"] and _acronym(ent["text"]) and len(ent["text"]) <= 6:
                    # "Panglima TNI X", "Kapuspen TNI X": an office that names its domain, the body written
                    # short after it, is the whole role (README: "Kapolda Metro Jaya" has no organisation)
                    words.append(ent["text"])
                    while k + 1 < end and self.ents.get(k + 1) is ent:
                        k += 1
                elif ent is not None and ent["label"] == "ORG" and org is None and words and words[-1] in MINISTER_HEADS:
                    # "Menteri Kominfo X", "Menteri Pekerjaan Umum dan Perumahan Rakyat (PUPR) X": the ministry
                    # names the minister's domain, written as it stands (README: "Menteri Keuangan" is the role)
                    words.append(ent["text"])
                    ministry = self._org_name(ent)
                    while k + 1 < end and self.ents.get(k + 1) is ent:
                        k += 1
                elif ent is not None and ent["label"] == "ORG":
                    org = self._org_name(ent)
                    if org != ent["canonical"]:  # a unit: "Anggota Komisi IX" of the DPR
                        words.append(self._unit_without_body(ent["text"], org))
                    while k + 1 < end and self.ents.get(k + 1) is ent:
                        k += 1
                    org_last, org_goes_on = k, False
                    # a body the gazetteer knows, with a country or a region after it, is written as the
                    # article writes it ("Ketua Bawaslu Bali", not "Badan Pengawas Pemilihan Umum Bali")
                    written = ent["text"] if org == ent["canonical"] and "(" not in ent["text"] else org
                    tail = 2 if k + 2 < end and (doc[k + 1].text, doc[k + 2].text) in COUNTRY_TAILS_2 else \
                        1 if k + 1 < end and doc[k + 1].text in COUNTRY_TAILS else 0
                    if tail and org.split()[-1] not in COUNTRY_TAILS and not org.endswith(" Indonesia"):
                        # "Juru Bicara Kementerian Luar Negeri RI Arrmanatha …", "Ketua Badan Pengawas Pemilu
                        # Republik Indonesia Abhan": the country is the body's, not the role's ("Juru Bicara RI")
                        org = f"{written} {doc[k + 1:k + 1 + tail].text}"
                        k += tail
                        org_last = k
                    region_end = self._body_region(k + 1, end) if org == ent["canonical"] \
                        and not any(w in BRANCH_UNITS for w in words) else k + 1  # ("Kepala Kantor Cabang … Balikpapan")
                    if region_end > k + 1:
                        # "Ketua Umum Kadin Jawa Timur X", "Ketua Bawaslu DKI X", "Anggota DPRD Pasuruan X": a
                        # body's regional branch, its region no part of the role; written as the article
                        # writes it (README: the organisation as written at that mention)
                        org = f"{written} {doc[k + 1:region_end].text}"
                        org_last = k = region_end - 1
                        k += 1
                        continue
                    if org.split()[0] in COMPANY_FORMS and self._company_goes_on(k + 1, end):
                        # "Direktur PT Ramayana Lestari Sentosa Tbk Suryanto": the company's name runs up to
                        # the person's, though the entity stopped at a word that is also a given name
                        org = f"{org} {doc[k + 1:end].text}"
                        break
                    if self.gazetteer.canonical_of(org) is None or org in REGIONAL:  # "Perhimpunan … (PHRI) Bali"
                        k, regional = self._regional(k + 1, end, org)
                        if regional != org and org in REGIONAL and written != org:
                            regional = written + regional[len(org):]  # "Bawaslu Bali" as written
                        org = regional
                        continue
                elif not has_org and org_words == [] and (self._org_head(k) or t.text in heads.GROUP_WORDS) and words \
                        and not (ent is not None and ent["label"] == "PLACE" and ent is self.ents.get(k - 1)
                                 and ent["end"] == t.idx + len(t.text)):
                    # ("Serikat" heads a union's name, but ends the country in "Presiden Amerika Serikat")
                    # "CEO Grup Djarum": a business group opens the organisation (no entity head: its
                    # run of capitals would take the person's name with it)
                    org_words.append(t.text)
                elif org_words:
                    org_words.append(t.text)
                else:
                    words.append(t.text)
                    if (ent is not None and ent["label"] == "PLACE") or self._ner_place(k):
                        places.add(len(words) - 1)
            k += 1
        if org is None and org_words:
            org = " ".join(org_words)
        elif org is None:
            # "Koordinator Advokasi Jamsos Watch": the words after the role words; but ordinary
            # words name an office's domain ("Menteri Kelautan dan Perikanan", "Wakil Presiden")
            n = max(1, self.title_at(start))
            if tuple(words[:n]) in OFFICES and not (
                    words[:n] == ["Presiden"] and n < len(words) and n not in places and len(words[n]) >= 2
                    and words[n].isupper() and words[n].isalpha() and words[n] not in ROLE_WORDS):
                n = len(words)  # "Kapolda Metro Jaya", "Gubernur Sumatera Utara": the office's region
                # but "Presiden PKS", "Presiden KSPI": the president of a party or a union
            while n < len(words) and words[n] not in TEAM_WORDS and (
                    words[n] in ROLE_WORDS or words[n] in CONNECTORS or n in places or words[n] in TITLE_FIRST
                    or names.is_common(words[n]) and not _acronym(words[n]) or _ordinal_word(words, n)
                    or (words[n] == "," and n + 1 < len(words)
                                                     and (words[n + 1][:1].isupper() or words[n + 1] == "dan"))):
                n += 1  # "Kepala Biro Humas, Data, dan Informasi": the domains a title lists
            if n == len(words) - 1 == max(1, self.title_at(start)) and words[0] in UNIT_HEADS and not has_org and words[n][:1].isupper() and words[n].isalpha() \
                    and self.gazetteer.canonical_of(words[n]) is None:
                n += 1  # "Kasi Pidsus", "Dirjen IKM": the section's short name, not an organisation
            if n < len(words) and not has_org:
                words, org_words = words[:n], words[n:]
                origin = next((m for m in range(1, len(org_words)) if org_words[m] in {"dari", "di"}), None)
                if origin is not None:
                    org_words = org_words[:origin]  # "Anggota DPD RI dari Papua": where from is no part of it
                org = " ".join(org_words)
        if org:
            cut = _without_rank(org)  # "Polda Metro Jaya Komisaris Besar Awi Setiyono": the rank is no part of it
            if cut != org and words and words[-1] in {"Polisi", "Pol", "Pol."}:
                words.pop()  # "… Ajun Komisaris Besar | Polisi": the rest of the rank the organisation ended in
            org = HYPHEN_GAP.sub("-", cut)  # "Timnas U - 22" was "Timnas U-22"
        origin = next((m for m in range(1, len(words) - 1) if words[m] in {"dari", "asal"}
                       and all(n in places for n in range(m + 1, len(words)))), None)
        if origin is not None:
            words = words[:origin]  # "Spesialis manajemen air dari Jerman": where from is no part of the role
        role = HYPHEN_GAP.sub("-", " ".join(words).replace(" / ", "/").replace(" , ", ", ")).strip(" ,") or None
        if role and org is None:
            org = ministry or self._org_from_role(role)
        if role:
            role = _without_rank(role)
        if role and org:
            role, org = _unit_to_role(role, org)
        if role and org and len(role.split()) > 2 and role.split()[-2] in PARTY_BOARDS \
                and re.fullmatch(r"[IV]+", role.split()[-1]) and org.split()[0] not in PARTY_BOARDS:
            role, board, level = role.rsplit(" ", 2)  # "Ketua DPD I | Partai Golkar …": a board with its level
            org = f"{board} {level} {org}"
        if role and org and len(role.split()) > 1 and role.split()[-1] in PARTY_BOARDS \
                and org.split()[0] not in PARTY_BOARDS:
            role, board = role.rsplit(" ", 1)  # "Ketua Umum DPP | Partai Golkar": the party's board is its body
            org = f"{board} {org}"
        return role, org  # as written: "Menaker", "Dirjen Industri Agro"

    def _body_region(self, k, end):
        """Where the region written right after a body's name ends (token k on, before `end`): place
        names (entities, people.toml region_words such as "DKI"), a region's kind before one
        ("Provinsi Jawa Tengah"); k when none."""
        doc = self.doc
        m = k
        while m < end:
            if self.ents.get(m, {}).get("label") == "PLACE" or doc[m].text in REGION_WORDS or names.is_place(doc[m].text):
                m += 1
            elif doc[m].text in REGION_OPENERS and m + 1 < end and (self.ents.get(m + 1, {}).get("label") == "PLACE"
                                                                    or names.is_place(doc[m + 1].text)):
                m += 1
            else:
                break
        return m

    def _regional(self, k, end, org):
        """An organisation the gazetteer does not know takes the place written after it."""
        doc = self.doc
        m = k
        if m + 2 < end and doc[m].text == "(" and doc[m + 2].text == ")":
            m += 3
        places = []
        alone = getattr(self, "ner_alone_other", ())  # words the NER calls a place alone in the article
        while m < end and (self.ents.get(m, {}).get("label") == "PLACE"
                           or m not in self.ents and doc[m].text in alone):  # "Kepala ITPC Jeddah Gunawan"
            places.append(doc[m].text)
            m += 1
        return (m, f"{org} {' '.join(places)}") if places else (k, org)

    def _unit_without_body(self, unit, body):
        """"Komisi IX DPR" of the DPR is "Komisi IX": the body the unit belongs to, written after it,
        is the organisation, not part of the role."""
        words = unit.split()
        for n in range(1, len(words)):
            tail = " ".join(words[n:])
            if tail == body or self.gazetteer.canonical_of(tail) == body:
                return " ".join(words[:n])
        return unit

    def _org_name(self, ent):
        return self.gazetteer.part_of.get(ent["canonical"], ent["canonical"])

    def _org_head(self, k):
        doc = self.doc
        first = doc[k].text
        if any(k + len(h) <= len(doc) and all(doc[k + m].text == h[m] for m in range(1, len(h)))
               for h in NOT_HEADS_BY_FIRST.get(first, ())):
            return False  # "Majelis Hakim" is judges, not an organisation
        for head in ORG_HEADS_BY_FIRST.get(first, ()):
            if k + len(head) <= len(doc) and all(doc[k + m].text == head[m] for m in range(1, len(head))):
                return True
        return False

    def _org_from_role(self, role):
        first = role.split()[0]
        if first in ROLE_NAMES:  # "Menkeu": the Menteri Keuangan
            role = ROLE_NAMES[first] + role[len(first):]
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
        first = k + 1
        if k < len(doc) and doc[k].text == ",":
            while first < len(doc) and first - k <= 3 and doc[first].lower_ in WHO_IS:
                first += 1  # ", yang juga Menteri Kesehatan,", ", yang kini menjabat sebagai Kapolda …"
        status = first
        # after "selaku" or ", yang merupakan" (not a bare comma: ", mantan Ketua MK Mahfud MD" may be the
        # next one's title, nor "sebagai": "menetapkan X sebagai tersangka kasus …" is no role)
        who = k < len(doc) and (doc[k].lower_ == "selaku" or doc[k].text == "," and first > k + 1)
        while k < len(doc) and doc[k].lower_ in {",", "selaku"} and first < len(doc) and first - status < 2 \
                and (doc[first].lower_ in STATUS or doc[first].lower_ in ACTING):
            first += 1  # ", yang merupakan mantan Menteri Perhubungan,", "selaku mantan pimpinan …", ", plt Sekjen X"
        if who and first < len(doc) and not self.title_at(first) and doc[first].is_lower and self._role_noun_at(first) \
                and doc[first].lower_ not in CASE_STATUS:  # (", yang merupakan tersangka kasus …": the case, not the post)
            # "X selaku mantan pimpinan Tottenham Hotspur mengungkapkan …", ", yang merupakan pengacara
            # keluarga korban,": a description after the name, up to a comma or a verb
            stop = first
            while stop < len(doc) and stop - first < 8 and not doc[stop].is_sent_start and not doc[stop].is_punct \
                    and doc[stop].lower_ not in BEFORE_VERBS and doc[stop].lower_ not in ROLE_STOP \
                    and not (stop > first and self._active_verb(stop)):
                stop += 1
            role, org = self.described_role(first, stop)
            if role and first > status:
                role = f"{doc[status:first].text} {role}"
            return (role, org) if role else None
        if first >= len(doc) or doc[k].lower_ not in {",", "selaku", "sebagai"} or not self.title_at(first):
            return None  # ", Kepala Kantor Cabang Setiabudi,", "selaku Presiden Direktur Panca Nabati"
        ck = status - 1  # the comma (or the last of "yang merupakan") before the title and its status words
        k = first - 1
        stop = k + 1 + (self._english_title(first) if doc[first].text in ENGLISH_TITLE_WORDS else 0)  # "Head of Marketing …"
        while stop < len(doc) and not doc[stop].is_sent_start and doc[stop].text not in {",", ".", ";"} and (
                doc[stop].text[0].isupper() or stop in self.ents or doc[stop].lower_ in CONNECTORS
                or doc[stop].text in "()"):
            stop += 1
        if doc[ck].text == "," and self.ner_starts and any(
                m in self.ner_starts and stop - m >= 2 and all(
                    doc[n].text in GIVEN_NAMES or names.is_name_word(doc[n].text) for n in range(m, stop))
                for m in range(k + 2, stop - 1)):
            return None  # "Andi, Sekjen DPP Partai Golkar Hendra Kusuma, …": the next one listed, with his title
        listed = getattr(self, "_next_listed_name", None)
        goes_on = stop + 1 < len(doc) and (doc[stop].lower_ in {"dan", "serta"} or doc[stop].text == "," and (
            doc[stop + 1].text[:1].isupper() or doc[stop + 1].lower_ in {"dan", "serta"}))
        if doc[ck].text == "," and goes_on and listed is not None and any(
                m > k + 2 and listed(m - 1, stop) for m in (stop - 2, stop - 3)):
            return None  # "A, Ketua Umum PB X Budi Santoso, dan …": the title is the next one's, whom the NER knows
        role, org = self.role_and_org(k + 1, stop)
        if role and first > status:
            role = f"{doc[status:first].text} {role}"  # ", yang merupakan mantan Menteri …", ", plt Sekjen …"
        return role, org
