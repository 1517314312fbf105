"""`pantau_quotes`: who said what. Fills doc._.quotes with {speaker, text, kind, start, end}.

`speaker` is the full name of a person found by `pantau_people` (which must run before), an
institution that speaks, as the article writes it ("KPK menyatakan …", "menurut BPS"), or None
when the quote cannot be attributed or the speaker is not named ("kata seorang warga").
`kind` is "direct" (inside quote marks) or "indirect". Word lists (speech verbs, passives, source
words, quote marks) are data in quotes.toml beside this module.

Direct quotes
- `“…,” kata Anggoro.` / `"…," ujar Direktur Utama … Anggoro` / `“…,” Ratna menambahkan.`: the
  speaker after the quote;
- `Ratna mengatakan, “…”` / `Kata Ratna, “…”` / `Ratna: “…”`: the speaker before it;
- `“…,” jelasnya.` / `“…,” kata dia.`: the person spoken of last, across paragraphs and skipped
  lines ("Baca juga") — as a subject, a speaker or a newcomer with a title, not a name inside
  what someone said;
- `“…,” kata Menaker.`: the person named earlier with that role, else None;
- a quote with no cue belongs to the person spoken of last;
- a quote left open at the end of a paragraph goes on in the next paragraph that opens with a
  quote mark; each paragraph gives a quote, all attributed to the speaker named where it closes.
A quoted phrase that does not end in punctuation and has no speech cue ("disebut “pahlawan
devisa”") is a term, not a quote.

Indirect quotes (outside quote marks, one sentence each)
- `X mengatakan, …` / `X mengatakan bahwa …` / `Ia menambahkan, …` / `KPK menyatakan …`;
- `Menurut X, …` / `Menurutnya, …` / `Menurut BPS, …` — but "Menurut data …" names a source: no quote;
- `…, ujar X.` / `…, katanya.` without quote marks, and the same in the middle of a sentence:
  `Selain itu, lanjutnya, …`, `Posisi kantor kas, lanjut Maryono, hanya …`, `…, diakui X, …`
  (the quote is then the whole sentence);
- passives: `Dikatakannya, …` (the person spoken of last), `Ditambahkan Anies, …`.
Attribution reads the raw text: stop words are filtered, if at all, only later.
"""

import re
import tomllib
from bisect import bisect_left, bisect_right, insort
from pathlib import Path

from spacy.language import Language

from . import layout, names
from .extensions import doc_text
from .roles import team_at

WORDS = tomllib.loads(Path(__file__).with_name("quotes.toml").read_text(encoding="utf-8"))
PEOPLE_WORDS = tomllib.loads(Path(__file__).with_name("people.toml").read_text(encoding="utf-8"))

ENGLISH_VERBS = frozenset(WORDS["english_verbs"])
AFTER_VERBS = frozenset(WORDS["after_verbs"]) | ENGLISH_VERBS
AFTER_NYA = frozenset(v + "nya" for v in WORDS["after_verbs"] + WORDS["after_verbs_nya"])
AFTER_BARE = frozenset(WORDS["after_verbs_nya"])
BEFORE_VERBS = frozenset(WORDS["before_verbs"]) | ENGLISH_VERBS
WISH_VERBS = frozenset(WORDS["wish_verbs"])
ADVERBS = frozenset(WORDS["adverbs"])
WEEKDAYS = frozenset(WORDS["weekdays"])
SOURCES = frozenset(w.lower() for w in WORDS["sources"])
SOURCE_ARTICLES = frozenset(tuple(w.split()) for w in WORDS["source_articles"])
NOT_SPEAKERS = frozenset(WORDS["not_speakers"])
CLAUSE_CONNECTORS = frozenset(WORDS["clause_connectors"])
DASHES = frozenset({"-", "--", "–", "—"})
DATELINE_CHARS = 60  # a dateline ("Jakarta, CNN Indonesia --", "Bandung (ANTARA News) -") ends within this
OFFICIAL_CHANNELS = frozenset(WORDS["official_channels"])
ASIDE_OPENERS = frozenset(WORDS["aside_openers"])
GENERIC_PERSONS = frozenset(WORDS["generic_persons"])
GENERIC_AFTER = frozenset(WORDS["generic_after"])
INSTITUTION_HEADS = frozenset(WORDS["institution_heads"])
NAME_JOINERS = frozenset(WORDS["name_joiners"])
SECURE_VERBS = frozenset(WORDS["secure_verbs"])
SECURED = frozenset(tuple(w.split()) for w in WORDS["secured"])
PRONOUNS = frozenset(PEOPLE_WORDS["pronouns"])
HONORIFICS = frozenset(PEOPLE_WORDS["honorifics"])
KIN_WORDS = frozenset(WORDS["kin_words"])
EPITHET_NOUNS = frozenset(WORDS["epithet_nouns"])
COMPANION_WORDS = frozenset(WORDS["companion_words"])
COMPANION_FILLERS = frozenset(WORDS["companion_fillers"])
UNNAMED_WORDS = frozenset(WORDS["unnamed_words"])
PARTNER_WORDS = frozenset(WORDS["partner_words"])


def after_honorifics(doc, k, until):
    """The first token from k that is no honorific; "Mr." comes as "Mr" and "." ("ujar Mr. Liu Qihu")."""
    while k < until:
        if k + 1 < until and doc[k + 1].text == "." and doc[k].text + "." in HONORIFICS:
            k += 2  # "Capt ." though "Capt" is listed bare too
        elif doc[k].text in HONORIFICS:
            k += 1
        else:
            break
    return k
DEGREES = frozenset(PEOPLE_WORDS["degrees"])
ORG_WORDS = frozenset(PEOPLE_WORDS["org_words"])
ROLE_NAMES = PEOPLE_WORDS["role_names"]
OFFICE_NAMES = {k.lower(): v.lower() for k, v in WORDS["office_names"].items()}
TITLE_FIRST = frozenset(t.split()[0] for t in PEOPLE_WORDS["titles"])
PAIRS = WORDS["quote_pairs"]
CALLED_WORDS = frozenset(WORDS["called_words"])
LED_WORDS = frozenset(WORDS["led_words"])
ACCOMPANIED_WORDS = frozenset(WORDS["accompanied_words"])
PRESS_RELEASES = frozenset(tuple(p.split()) for p in WORDS["press_releases"])
RELEASE_POINTERS = frozenset(WORDS["release_pointers"])
CONDITIONS = frozenset(WORDS["conditions"])
OPEN_CLOSE = {o: c for o, c in PAIRS}
OPEN_CLOSE.setdefault("”", "”")
QUOTE_RE = re.compile("|".join(sorted((re.escape(o) for o, _ in PAIRS), key=len, reverse=True)))
MIXED_CLOSE = {"\"": "”", "”": "\""}  # the other double mark, when the paragraph has no matching one
STRAY_OPENER = re.compile(r"(?:(?<=\s)|^)”(?=\w)|^”(?= \w)")  # and "” Kami …" opening a paragraph
QUOTE_CHARS = frozenset("".join(o + c for o, c in PAIRS))
ENDS_SPEECH = re.compile(r"[,.!?…:;—–-]\s*$")
CONTENT_SKIP = frozenset({",", ":", "bahwa", "pula", "juga"})
CIRCUMSTANCE = frozenset({"dalam", "kepada", "saat", "di", "ketika", "usai", "seusai", "pada", "dalam", "melalui",
                          "lewat", "via", "kepada", "di sela"})
MIN_WORDS = 3
WRITTEN = frozenset(WORDS["written"])
# a court's panel of judges speaks as one ("kata hakim", "Majelis hakim menyatakan"): the speaker is the panel
PANEL = frozenset(tuple(p.split()) if " " in p else p for p in WORDS["panels"])
INSTITUTION_NOUNS = frozenset(WORDS["institution_nouns"])
PANEL_HEADS = frozenset({"hakim", "majelis"})
NO_CUE = object()
MENURUT = frozenset({"menurut", "menurutnya"})
PROSECUTORS = (("jaksa", "penuntut", "umum"), ("penuntut", "umum"), ("jaksa",))  # the prosecution speaks as one
SIDE_WORDS = frozenset({"pihak", "kubu"})  # "Kubu Persija menilai …": a side of a dispute speaks
STATEMENT_NOUNS = frozenset({"pernyataan", "keterangan", "rilis", "siaran", "unggahan", "akun"})  # "tulis pernyataan X"
NOT_CONTENT = frozenset({"yang", "dan", "atau", "selaku", "sebagai", "sendiri", "pula", "pun"})  # after "Menurut X"
UNNAMED_OPENERS = frozenset({"seorang", "salah", "sumber", "sejumlah", "beberapa"})  # "kata seorang …"
QUANTIFIERS = frozenset({"sejumlah", "beberapa", "berbagai", "banyak"})
STATEMENT_QUALIFIERS = frozenset({"tertulis", "resmi", "pers", "yang", "dikeluarkan", "diterbitkan", "dirilis"})
WRITTEN_BY = frozenset({"tulis", "cuit", "tulisnya"})  # a written statement's author follows the verb
POINTING_BACK = frozenset({"hal", "pernyataan"})  # "Hal ini diungkapkan X": the sentence before is X's
NER_ORG = frozenset({"ORG", "ORGANISATION", "ORGANIZATION", "IND"})
NER_PLACE = frozenset({"PLACE", "GPE", "LOC", "LOCATION"})
UNNAMED_HEADS = frozenset(WORDS["unnamed_heads"])
GOVERNMENT_NOUNS = frozenset(WORDS["government_nouns"])
COMMA_VERBS = frozenset(WORDS["comma_verbs"])
BAHWA_VERBS = frozenset(WORDS["bahwa_verbs"])
CONFIRM_VERBS = frozenset(WORDS["confirm_verbs"])
NEWS_NOUNS = frozenset(WORDS["news_nouns"])
CONNECTORS = frozenset({"namun", "tapi", "tetapi", "sedangkan", "sementara", "adapun", "dan", "itu", "pun"})
CLAUSE_OPENERS = frozenset({"itu", "pun", "namun", "sementara"})  # "Sementara itu X …", "Namun X …": a clause starts after them
# words that open the setting of a statement, not part of it ("Terkait hal itu, X mengatakan, …"; and
# "untuk" before a verb, "Untuk memastikan itu, X mengaku, …")
SETTING = frozenset({"terkait", "menanggapi", "menyikapi", "selain", "usai", "setelah", "sebelum", "sejak",
                     "atas", "soal", "mengenai", "tentang", "sebelumnya", "kemudian", "selanjutnya", "dalam"})
# passive attributions: "Dikatakannya, …", "…, diakui Martunis, …", "Ditambahkan Anies, …"
PASSIVE = frozenset(WORDS["passive_verbs"])
PASSIVE_NYA = frozenset(v + "nya" for v in WORDS["passive_verbs"])
# a lowercase word after "kata" that is somebody unnamed ("kata seorang warga", "ujar sumber itu")
UNNAMED = object()
COMPANY_WORDS = frozenset({"perseroan", "emiten"})  # how business news names the company of the story again
NO_CLAUSE = frozenset(tuple(w.split()) for w in WORDS["no_clause"])
ATTITUDES = frozenset(tuple(w.split()) for w in WORDS["attitudes"])
CITATIONS = frozenset(tuple(w.split()) for w in WORDS["citations"])
BEFORE_FEELING = frozenset(WORDS["before_feeling"])
NO_CLAUSE_CLAIMED = NO_CLAUSE | frozenset(tuple(w.split()) for w in WORDS["claimed_wishes"])  # after "mengaku"
CLAUSE_ADVERBS = frozenset(WORDS["clause_adverbs"])
SUBJECT_OPENERS = frozenset(WORDS["subject_openers"]) | ADVERBS | CLAUSE_ADVERBS
INSERTED_OPENERS = frozenset(WORDS["inserted_openers"])
LEGAL_FORMS = frozenset({"Persero", "Tbk", "Tbk."})  # a company's legal form written after its name
VERB_STARTS = ("me", "ber", "di", "ter")  # a verb ends the noun a verb of saying may take as its object
CLAUSE_WORDS = frozenset({"akan", "sudah", "telah", "tidak", "tak", "belum", "bisa", "dapat", "harus", "yang", "adalah",
                          "merupakan", "sedang", "masih", "pun", "juga", "hanya", "perlu", "mesti", "wajib", "boleh"})
TELL_VERBS = frozenset(WORDS["tell_verbs"])
CLAIM_VERBS = frozenset(WORDS["claim_verbs"])
SAID_TO_HAVE = frozenset(WORDS["said_to_have"])
TOLD_NOUNS = frozenset(WORDS["told_nouns"])
LISTING = frozenset({"seperti", "yakni", "yaitu", "termasuk"})
STRONG, WEAK = 2, 1  # how a mention stands out for a later "ia" or "katanya": subject or speaker, or last named
DEMONSTRATIVES = frozenset({"ini", "itu", "tersebut", "itupun", "inipun"})  # "Pengusaha muda itupun menyatakan …"
# words that open an aside between a speaker and the verb ("X, dihubungi dari Samarinda menyatakan")
ASIDES = frozenset({"sebagai", "selaku", "ditemui", "dihubungi", "dikonfirmasi", "dijumpai", "diwawancarai", "saat",
                    "ketika", "usai", "seusai"})
# words that show a clause follows a verb joined by "dan" ("… dan meminta agar …", "… dan menyatakan
# vonis itu belum berkekuatan hukum tetap"), besides verbs
CLAUSE_MARKERS = frozenset({"agar", "supaya", "bahwa", "sedang", "akan", "belum", "sudah", "telah", "tidak", "tak",
                            "bisa", "dapat", "harus", "perlu", "masih", "tengah"})
# words made like verbs that work as prepositions ("fakta baru mengenai KPK"): no clause
PREPOSITION_VERBS = frozenset({"mengenai", "terhadap", "terkait", "tentang", "menuju", "melalui", "menurut", "bersama",
                               "beserta", "terutama", "termasuk", "berdasarkan", "menjelang", "selama", "sebagai"})
# nouns for a person, which a demonstrative can point back with ("politisi PDIP ini", "pria itu")
PERSON_NOUNS = frozenset(n.split()[0] for n in PEOPLE_WORDS["role_nouns"]) | frozenset(
    {"pria", "wanita", "perempuan", "lelaki", "laki-laki", "sosok", "tokoh", "mantan", "eks", "politisi", "politikus",
     "pemain", "pelatih", "legenda", "bintang", "penyanyi", "jenderal", "purnawirawan", "menteri", "pejabat"})


@Language.factory("pantau_quotes")
def make_quotes(nlp, name):
    return QuoteFinder()


class QuoteFinder:
    def __call__(self, doc):
        doc._.quotes = _DocQuotes(doc).run()
        return doc


class _DocQuotes:
    def __init__(self, doc):
        self.doc = doc
        self.persons = doc.user_data.get("pantau.persons") or []
        self.mentions = _shared_names_to_the_main_person(doc, self.persons, doc.user_data.get("pantau.mentions") or [])
        self.person_at = {}
        for start, end, index in self.mentions:
            for i in range(start, end):
                self.person_at[i] = (start, end, index)
        # institutions that can speak ("KPK menyatakan …"): the gazetteer's and the NER's organisations
        self.org_at = {}
        for e in doc._.entities or []:
            if e["label"] == "ORG":
                span = doc.char_span(e["start"], e["end"], alignment_mode="expand")
                if span is not None:
                    for i in range(span.start, span.end):
                        self.org_at[i] = (span.start, span.end, e["text"])
        for e in doc.ents:
            if e.label_ in NER_ORG and not any(i in self.person_at for i in range(e.start, e.end)):
                for i in range(e.start, e.end):
                    self.org_at.setdefault(i, (e.start, e.end, e.text))
        # countries and their governments, which speak too ("Yordania mengatakan …")
        self.place_at = {}
        for e in doc.ents:
            if e.label_ in NER_PLACE and not any(i in self.person_at or i in self.org_at for i in range(e.start, e.end)):
                for i in range(e.start, e.end):
                    self.place_at[i] = (e.start, e.end)
        for e in doc._.entities or []:  # the places Pantau settled on, where the NER saw something else
            if e["label"] == "PLACE":
                span = doc.char_span(e["start"], e["end"], alignment_mode="expand")
                if span is not None and not any(i in self.person_at or i in self.org_at or i in self.place_at
                                                 for i in range(span.start, span.end)):
                    for i in range(span.start, span.end):
                        self.place_at[i] = (span.start, span.end)
        self.text = doc_text(doc)
        self.words = layout.words(doc)
        # (a capitalised English verb is a name: "Said Iqbal"; it stays out of the verb lists)
        self.lower = [w if w[:1].isupper() and w.lower() in ENGLISH_VERBS else w.lower() for w in self.words]
        self.token_starts = layout.token_starts(doc)
        self.sents = list(doc.sents)
        self.sent_starts = [sent.start for sent in self.sents] or [0]
        self._inserted_by_sentence = {}  # sentence number -> its attributions between commas
        self.paras = [p for p in layout.paragraphs(doc) if p.kind == "body"]
        self.segments = [s for p in self.paras for s in self._segments(p)]
        self.inside = _Ranges([(s[0], s[1]) for s in self.segments])
        # mentions the reader keeps in mind: outside quote marks, in text order
        first = self.paras[0].start if self.paras else 0
        self.salient, self.strong = [], []
        for s, e, index in self.mentions:
            if not self.inside.covers(self.token_starts[s]) and self.token_starts[s] >= first:
                how = self._salient(s, e)
                if how:
                    self.salient.append((self.token_starts[s], index))
                    self.strong.append(how == STRONG)
        self.salient_at = [at for at, _ in self.salient]
        self.unnamed_at = []  # where an unnamed speaker was the cue
        self.any_mention = [(self.token_starts[s], index) for s, e, index in self.mentions
                            if not self.inside.covers(self.token_starts[s]) and self.token_starts[s] >= first]
        self.any_at = [at for at, _ in self.any_mention]
        self.panel = None  # the court's panel of judges, as the article names it (see _panel_name)
        self.spoke = []  # (where, person index) of each quote attributed so far
        self.spoke_spans = []  # (start, end, person index) of the same quotes
        self.body_spoke = None  # an institution named as the speaker of the last direct quote with a cue

    def _salient(self, s, e):
        """Whether a mention is one a later "ia" or "jelasnya" can refer to: the subject of its
        clause, a speaker, a person introduced with a title or ending a sentence ("… mendapat
        sorotan dari Koordinator … Yusuf Rahman. Ia mengatakan"); not a name inside what someone
        said ("Aroso yakin Ronaldo tak akan …")."""
        words, lower = self.words, self.lower
        p = s
        while p > 0 and words[p - 1][:1].isupper() and words[p - 1].isalpha() and s - p < 6:
            p -= 1
        if p > 0 and self._kin_before(max(0, p - 4), p) and not self._apposition(p):
            return False  # "adik kandung mantan Presiden X", "Putera sulung X": whose relative, not who speaks
        if self._pronoun_attribution_after(e):
            return False  # "Aaron, kata dia, juga menyimpan …": what "dia" said, not who goes on speaking
        if p > 0 and self._companion(p):
            return False  # "Min Jae bersama aktor senior Cha Tae Hyun dan Yoon Shi Yoon hadir …": who came along
        if self._in_company(s):
            return False  # "Ketua X yang didampingi A dan B mengatakan …": X speaks, not B
        k = e
        while k < len(words) and (lower[k] in ADVERBS or words[k] in DEGREES
                                  or words[k] == "," and k + 1 < len(words) and words[k + 1] in DEGREES):
            k += 1  # "dr. X MM mengatakan", "X, SH menjelaskan": degrees after the name
        if k < len(words) and lower[k] in BEFORE_VERBS:
            return STRONG
        p = s
        while p > 0 and (words[p - 1][:1].isupper() or lower[p - 1] in {"dan", "di", "dari", "(", ")"}) \
                and self.token_starts[p - 1] >= self._sentence_start_char(s):
            p -= 1  # back over the title: "Direktur Utama BPJS Ketenagakerjaan Anggoro …"
        m = p
        while m > 0 and p - m < 3 and lower[m - 1] in ROLE_NOUN_ALL and words[m - 1].islower() \
                and self.token_starts[m - 1] >= self._sentence_start_char(s):
            m -= 1
        if m < p and lower[m] in ROLE_NOUN_WORDS and (self.token_starts[m] == self._sentence_start_char(s)
                                                      or words[m - 1] == "," or lower[m - 1] in AFTER_VERBS):
            # and over a description opening the clause: "Pada kesempatan itu, anggota DPR Katherine …
            # mengucapkan …", or after the verb: "…," kata pelatih Persela Rahmat Darmawan di Lamongan.
            p = m
        if p == 0 or self.token_starts[p] == self._sentence_start_char(s):
            return STRONG
        q = p
        while q > 0 and lower[q - 1] in SUBJECT_OPENERS and self.token_starts[q - 1] >= self._sentence_start_char(s):
            q -= 1
        if q < p and self.token_starts[q] == self._sentence_start_char(s):
            return STRONG  # "Tetapi lagi-lagi Budi masih bungkam …": the subject after the openers
        if self._in_reported_clause(p):
            return False  # "Ia menuturkan, tokoh agama … mengusung … Asep Maoshul maju …": what was said
        if p > 1 and lower[p - 1] in CLAUSE_CONNECTORS and words[p - 2] == "," and p == s:
            return STRONG  # "Meski … bersama Robert Alberts, namun Bambang merasa …": the subject of the clause
        if words[p - 1] in {",", ":"} and p > 1 and (lower[p - 2] in BEFORE_VERBS or lower[p - 2] == "bahwa"):
            return False  # "Aroso mengatakan, Ronaldo …": the start of what was said
        if lower[p - 1] in LISTING or (words[p - 1] == "," and p > 1 and p - 2 in self.person_at
                                       and (e >= len(words) or lower[e] in LIST_GOES_ON)):
            # "tokoh seperti Gus Dur, Jokowi dan …": examples listed, nobody who goes on speaking
            # (but in "Meski digantikan oleh Budi, Winardi rupanya …" Winardi is the subject)
            return False
        if lower[p - 1] == "sebagai":
            return False  # "ia tampil sebagai Pazienza, …": the part played, not who goes on speaking
        if words[p - 1] == "," and self._described_after_preposition(p - 1):
            return False  # "… mendapat izin dari PSSI dan pelatih Timnas U-22, Luis Milla.": the coach is talked about
        if words[p - 1] in DASHES and self.paras and 0 <= self.token_starts[p - 1] - self.paras[0].start < DATELINE_CHARS:
            return STRONG  # "Jakarta (ANTARA News) - Zaskia Adya Mecca tengah mengandung …": the lede's subject
        if words[p - 1] in {",", ":", ";", "\n"} or lower[p - 1] in AFTER_VERBS or lower[p - 1] == "menurut" \
                or lower[p - 1] in PASSIVE and not (p > 1 and lower[p - 2] == "yang"):
            return STRONG  # … "penghormatan juga diucapkan Johnson" (not "yang disampaikan Duterte"): who spoke
        if p < s and words[p] in TITLE_FIRST and words[p - 1].islower() and _possessed_by(lower[p - 1]):
            return False  # "Pada era Presiden Soeharto, …": the era's president is talked about
        if (p < s and words[p] in TITLE_FIRST) or (k < len(words) and words[k] in {".", ",", ":"}):
            q = s
            while q > 2 and words[q - 1] == "-":
                q -= 2  # "pernikahan Kahiyang-Bobby": the pair is possessed as one
            if q > 1 and lower[q - 1] in ROLE_NOUN_WORDS and words[q - 1].islower() and words[q - 2].islower() \
                    and _possessed_by(words[q - 2]) and words[q - 2].startswith("me"):
                q -= 1  # "… dan membakar korban MA.": the object of a verb, with a description
            if p == s and q > 0 and lower[q - 1] in OBJECT_PREPOSITIONS:
                return False  # "… kasus serupa dengan Stefanus.": a bare name after a preposition is talked about
            if not (q > 0 and words[q - 1].islower() and _possessed_by(words[q - 1])):
                return WEAK  # introduced with a title, or the last words of a sentence or clause
            return False  # "… mengikuti momen pernikahan anak Jokowi.": whose child, not who goes on speaking
        return False

    def _in_company(self, s):
        """Whether the mention at s names someone accompanying the subject: after "yang didampingi" or
        ", didampingi" (quotes.toml `accompanied_words`) in the same sentence, up to 12 words before."""
        sent_start = self.sent_starts[bisect_right(self.sent_starts, s) - 1]
        return self._accompanying_word(s - 1, max(0, s - 13, sent_start - 1)) is not None

    def _accompanying_word(self, k, lo):
        """The token of "didampingi" (quotes.toml `accompanied_words`) right after "yang" or a comma,
        looking back from token k to just after token lo, not past a stop or a quote mark; or None."""
        for m in range(k, lo, -1):
            if self.words[m] in {";", ".", "\"", "“", "”"}:
                return None
            if self.lower[m] in ACCOMPANIED_WORDS and (self.lower[m - 1] == "yang" or self.words[m - 1] == ","):
                return m
        return None

    def _pronoun_attribution_after(self, e):
        """Whether an attribution to a pronoun follows the name ending at token e between commas
        (", kata dia,", ", katanya,"): the name is the subject of what was said."""
        words, lower = self.words, self.lower
        if e + 2 >= len(words) or words[e] != ",":
            return False
        if lower[e + 1] in AFTER_NYA:
            return words[e + 2] == ","
        return lower[e + 1] in AFTER_VERBS and lower[e + 2] in PRONOUNS and e + 3 < len(words) and words[e + 3] == ","

    def _companion(self, p):
        """Whether the name starting at token p comes along with the subject: after "bersama",
        "didampingi" and the like, maybe past a description and other companions listed before it
        ("bersama aktor senior A, B dan C")."""
        words, lower = self.words, self.lower
        start = self.sent_starts[bisect_right(self.sent_starts, p) - 1]
        j = p - 1
        while j >= start and p - j <= 12:
            w = lower[j]
            if w in COMPANION_WORDS:
                return True
            if j in self.person_at or words[j] == "," or w in {"dan", "serta"} \
                    or (words[j].islower() and (w in ROLE_NOUN_ALL or w in COMPANION_FILLERS)):
                j -= 1
                continue
            return False
        return False

    def _described_after_preposition(self, comma):
        """Whether the description before the comma at `comma` is the object of a preposition ("izin dari
        PSSI dan pelatih Timnas U-22, X", "kepada Kepala Dinas Y, X"): the name after it is talked about.
        Not after a passive verb ("disampaikan dari Kepala Dinas Y, X"), whose agent may be who speaks."""
        lower, words = self.lower, self.words
        start = self._sentence_start_char(comma)
        seen_role = False
        for k in range(comma - 1, max(0, comma - 10), -1):
            if self.token_starts[k] < start or k in self.person_at:
                return False
            w = lower[k]
            if w in OBJECT_PREPOSITIONS or w == "dari":
                return seen_role and k > 0 and not (w == "dari" and lower[k - 1].startswith("di"))
            if w in ROLE_NOUN_WORDS and words[k].islower():
                seen_role = True
            elif not (words[k][:1].isupper() or words[k][:1].isdigit() or w in {"dan", "-", "&"}):
                return False
        return False

    def _reporter_of(self, p):
        """Who reports the clause token p stands in ("Menurut dia, … p …", "X menyebut, … p …"):
        the nearest such attribution before p in its sentence; None when there is none."""
        start = self.sent_starts[bisect_right(self.sent_starts, p) - 1]
        lower, words = self.lower, self.words
        for k in range(p - 2, start - 1, -1):
            if lower[k] == "menurutnya" or lower[k] == "menurut" and lower[k + 1] in PRONOUNS:
                return self._last_before(self.token_starts[k])
            if lower[k] in BEFORE_VERBS and (words[k + 1] == "," or lower[k + 1] == "bahwa"):
                who = self._subject_of(k - 1, self.token_starts[k])
                return who if isinstance(who, int) else None
        return self._inserted_attribution_before(p)  # "Sebagai warga negara, lanjut Agus, X memang …": Agus

    def _in_reported_clause(self, p):
        """Whether token p stands in the clause a verb of saying reports ("X menuturkan, … p …",
        "X mengatakan bahwa … p …"), in the same sentence."""
        start = self.sent_starts[bisect_right(self.sent_starts, p) - 1]
        lower, words = self.lower, self.words
        for k in range(start, p - 1):
            if lower[k] in BEFORE_VERBS and k + 2 < p \
                    and (words[k + 1] == "," or lower[k + 1] == "bahwa" or self._speaker_before(k) is not None):
                return True  # "Argo mengatakan saat …, Novel juga tidak …": Novel is what Argo said
        if lower[start] in {"menurut", "menurutnya"} and "," in words[start + 1:p]:
            return True  # "Menurut dia, penahanan … kasus suap ke Rita.": what he said
        for k in range(start + 1, p - 2):
            if words[k] == "," and (lower[k + 1] == "menurutnya" and words[k + 2] == ","
                                   or lower[k + 1] == "menurut" and lower[k + 2] in PRONOUNS and k + 3 < p
                                   and words[k + 3] == ","):
                return True  # "Pesawat itu, menurut dia, diawaki … siswa bernama Rahin.": what he said
        # "Sebagai warga negara, lanjut Agus, Setnov memang punya hak …": what Agus said
        return self._inserted_attribution_before(p) is not None

    def _speaker_before(self, k):
        """Where the person or pronoun that is the subject of the verb at token k starts, else None."""
        j = k - 1
        while j >= 0 and self.lower[j] in ADVERBS:
            j -= 1
        if j < 0:
            return None
        if j in self.person_at and self.person_at[j][1] == j + 1:
            return self.person_at[j][0]
        return j if self.lower[j] in PRONOUNS else None

    def _sentence_start_char(self, i):
        return self.token_starts[self.sent_starts[bisect_right(self.sent_starts, i) - 1]]

    def run(self):
        for i, word in enumerate(self.lower):  # unnamed speakers, before any "kata dia" is resolved
            if word in BEFORE_VERBS and i > 0 and not self.inside.covers(self.token_starts[i]):
                j = i - 1
                while j > 0 and self.lower[j] in ADVERBS:
                    j -= 1
                if self._unnamed_subject(j) and not self._menurut_before(i):
                    insort(self.unnamed_at, self.token_starts[i])
        direct = self._direct()
        self.direct_at = _Ranges([(q["start"], q["end"]) for q in direct])
        quotes = direct + self._indirect()
        quotes.sort(key=lambda q: q["start"])
        return quotes

    # --- direct quotes ---------------------------------------------------------------------------
    def _segments(self, para):
        """(start, end, closed) character ranges of quoted text in one paragraph, marks excluded."""
        text, base = para.text, para.start
        result = []
        pos = 0
        while True:
            m = QUOTE_RE.search(text, pos)
            stray = STRAY_OPENER.search(text, pos)
            if stray and (not m or stray.start() < m.start()):
                m = stray  # ”Tidak ada pilihan lain,” — a closing mark typed as the opening one
            if not m:
                break
            opener = m.group()
            if opener in ("‘", "'") and m.start() > 0 and text[m.start() - 1].isalnum():
                pos = m.end()  # an apostrophe: Jum'at
                continue
            closer = OPEN_CLOSE[opener]
            close = self._find_close(text, m.end(), closer)
            if close < 0 and closer in MIXED_CLOSE:  # "…,” ujar X. — outlets mix straight and curly marks
                alt = self._find_close(text, m.end(), MIXED_CLOSE[closer])
                if alt >= 0 and not QUOTE_RE.search(text, m.end(), alt):
                    closer, close = MIXED_CLOSE[closer], alt
            if close < 0:
                result.append((base + m.end(), base + len(text), False))
                break
            result.append((base + m.end(), base + close, True))
            pos = close + len(closer)
        return self._rejoined(result)

    def _rejoined(self, segments):
        """Quotes with a term in the same straight marks inside them, which a text with marks that
        open and close in turn splits in two ("Unit ini meniru tim" Rapid Response "(RRT) di …,"
        lanjutnya.): the first part ends with no punctuation, a few words without a sentence end
        or a verb of saying stand between, and the second part ends as speech. One quote again."""
        out = []
        for seg in segments:
            if out and out[-1][2] and seg[2]:
                first = out[-1]
                inner = self.text[first[0]:first[1]].rstrip()
                gap = self.text[first[1] + 1:seg[0] - 1]
                words = gap.lower().split()
                if inner and not ENDS_SPEECH.search(inner) and 0 < len(words) <= 6 and not re.search(r"[.!?;:]", gap) \
                        and not any(w in AFTER_VERBS or w in AFTER_NYA or w in BEFORE_VERBS or w in PASSIVE for w in words) \
                        and ENDS_SPEECH.search(self.text[seg[0]:seg[1]].rstrip()) and len(inner.split()) >= 2 \
                        and not set(words) <= {"dan", "atau", "serta", ","} and not _title_cased(inner):
                    out[-1] = (first[0], seg[1], True)
                    continue
            out.append(seg)
        return out

    @staticmethod
    def _find_close(text, pos, closer):
        while True:
            i = text.find(closer, pos)
            if i < 0 or closer not in ("’", "'") or i + 1 >= len(text) or not text[i + 1].isalpha():
                return i
            pos = i + 1

    def _direct(self):
        quotes = []
        pending = []  # parts of a quote that runs over several paragraphs
        last_cued = None  # (paragraph, end, speaker) of the quote just before, when a cue named its speaker
        opening_uncued = None  # the paragraph of the article's first quote when no cue named its speaker
        self.body_spoke = None  # an institution named as the speaker of the last quote with a cue
        for start, end, closed in self.segments:
            inner = self.text[start:end].strip()
            if pending and not self._opens_paragraph(start):
                quotes += self._finish(pending, self._last_before(pending[0][0]))
                pending = []
            if not closed:
                pending.append((start, end))
                continue
            speaker, cued = self._attribute_direct(start, end)
            if not cued and last_cued is not None and last_cued[0] == self._paragraph_start(start) \
                    and not QUOTE_RE.search(self.text[last_cued[1]:start - 1]):
                speaker = last_cued[2]  # '"A," kata KCNA. "B."': B is KCNA's too, whoever was spoken of last
            elif not cued and self.body_spoke is not None and self._opens_paragraph(start) \
                    and (speaker is None or not self._has_spoken(speaker, start)):
                speaker = self.body_spoke  # the statement goes on in the next paragraphs; who it names does not speak
            if cued:
                self.body_spoke = speaker if isinstance(speaker, str) else None
            if pending:
                pending.append((start, end))
                quotes += self._finish(pending, speaker if cued else self._last_before(pending[0][0]))
                pending = []
                continue
            if not cued and (len(inner.split()) < MIN_WORDS or not ENDS_SPEECH.search(inner.rstrip("'’"))):
                continue  # a term in quote marks, not speech (speech may end in words it quotes: "… bilang 'X!'")
            if not cued and _title_cased(inner):
                continue  # “Carita Orang Basudara,”: the title of a book, film or song
            if not cued and self._written_words_before(start):
                continue  # 'spanduk bertuliskan, "…"', 'surat itu berbunyi: "…"': words written, not said
            if not cued and self._inside_sentence(start):
                continue  # "… menyebut Jawawdeh “terlibat adu mulut …”": words quoted inside a reported statement
            if len(inner.split()) < (2 if cued else MIN_WORDS):
                continue  # (“Saya pemenangnya!” ujar dia.)
            if cued and isinstance(speaker, int) and opening_uncued is not None and len(quotes) == 1 \
                    and self._paragraph_after(opening_uncued) == self._paragraph_start(start) \
                    and self._opens_paragraph(start):
                # '“A.”' opening the article's quotes, then '“B,” ujar X.' in the next paragraph: A is X's
                # too, not the one the lead spoke of last (nobody has spoken yet to go on speaking)
                first = quotes[0]
                self.spoke = [(at, who) for at, who in self.spoke if at != first["start"]]
                quotes[0] = self._quote(speaker, first["start"], first["end"], "direct")
            opening_uncued = self._paragraph_start(start) if not cued and not quotes and self._opens_paragraph(start) \
                and not self.spoke else None
            quotes.append(self._quote(speaker, start, end, "direct"))
            last_cued = (self._paragraph_start(start), end + 1, speaker) if cued else None
        if pending:
            quotes += self._finish(pending, self._last_before(pending[0][0]))
        return quotes

    def _has_spoken(self, index, offset):
        """Whether the person at `index` is quoted or named speaking before character `offset`."""
        return any(start < offset and who == index for start, who in self.spoke) \
            or any(who == index and self.token_starts[s] < offset and self._speaks(s, e) for s, e, who in self.mentions)

    def _paragraph_after(self, para_start):
        """Where the body paragraph after the one starting at character `para_start` starts, else None."""
        n = next((n for n, p in enumerate(self.paras) if p.start == para_start), None)
        return self.paras[n + 1].start if n is not None and n + 1 < len(self.paras) else None

    def _paragraph_start(self, offset):
        para = layout.paragraph_at(self.doc, offset)
        return None if para is None else para.start

    def _before_quote(self, start):
        """The paragraph's text before the quote mark that opens the quote at character `start`."""
        para = layout.paragraph_at(self.doc, start)
        before = self.text[para.start if para else 0:start].rstrip()
        return before[:-1].rstrip() if before[-1:] in QUOTE_CHARS else before

    def _inside_sentence(self, start):
        """Whether the quote mark before character `start` follows a word of the same
        paragraph: the quoted words continue a sentence rather than being said on their own."""
        words = self._before_quote(start).split()
        word = words[-1] if words else ""
        return word.isalpha() and word.lower() not in BEFORE_VERBS and word.lower() not in AFTER_VERBS  # ("… mengatakan “…”")

    def _written_words_before(self, start):
        """Whether the quote at character `start` follows a word that introduces written words."""
        words = self._before_quote(start).rstrip(" ,:").split()
        return bool(words) and words[-1].lower() in WRITTEN

    def _opens_paragraph(self, start):
        para = layout.paragraph_at(self.doc, start)
        return para is not None and start - para.start <= 2

    def _finish(self, parts, speaker):
        """A quote over several paragraphs: one quote per paragraph, all with the speaker named
        where it closes."""
        return [self._quote(speaker, s, e, "direct") for s, e in parts
                if len(self.text[s:e].split()) >= MIN_WORDS]

    def _quote(self, index, start, end, kind):
        """`index` is a person's index, an institution's name as written, or None. No indirect quote
        overlaps a direct one: it would be the direct quote's own sentence ('"…," Budi, its director,
        told reporters.'); words in quote marks that are no quote of their own stay inside one."""
        if kind == "indirect" and self.direct_at.overlaps(start, end):
            return None
        text = self.text[start:end].strip().rstrip(",").strip()
        speaker = index if isinstance(index, str) or index is None else self.persons[index]["name"]
        if isinstance(index, int):
            self.spoke.append((start, index))
            self.spoke_spans.append((start, end, index))
        return {"speaker": speaker, "text": text, "kind": kind, "start": start, "end": end}

    def _attribute_direct(self, start, end):
        """(person index or None, whether a speech cue was found) for the quote at [start, end)."""
        doc = self.doc
        para = layout.paragraph_at(doc, start)
        # after the closing mark
        i = self._token_at(end)
        while i < len(doc) and (doc[i].text in QUOTE_CHARS or doc[i].text in {",", "."} and doc[i].idx < end + 2
                                 or doc[i].is_space):
            i += 1
        if i < len(doc) and para and doc[i].idx < para.end:
            found = self._cue_after(i, start)
            if found is not NO_CUE:
                return found, True
        # before the opening mark
        j = self._token_at(start) - 1
        while j >= 0 and (doc[j].text in QUOTE_CHARS or doc[j].is_space):
            j -= 1
        if j >= 0 and para and doc[j].idx >= para.start:
            found = self._cue_before(j, start)
            if found is not False:
                return found, True
        return self._last_before(start), False

    def _cue_after(self, i, quote_start):
        """Speaker named after a quote: `kata X`, `jelasnya`, `kata dia`, `X menambahkan`. Returns the
        person index, None for a cue without a known person ("kata Menaker" with no Menaker
        named), or NO_CUE."""
        doc = self.doc
        word = doc[i].lower_
        if word in AFTER_NYA:
            return self._last_before(quote_start)
        if word in RELEASE_POINTERS:
            issuer = self._release_after(i + 1)
            if issuer is None and i + 2 < len(doc) and doc[i + 1].lower_ in STATEMENT_NOUNS \
                    and doc[i + 2].lower_ in DEMONSTRATIVES:
                issuer = self._statement_pointed_back(i + 1)  # '"…," demikian pernyataan tersebut'
            if issuer is None and i + 1 < len(doc) and doc[i + 1].lower_ in STATEMENT_NOUNS:
                sent_end = self.sents[bisect_right(self.sent_starts, i) - 1].end
                named = self._institution_named(i + 1, max(sent_end, min(i + 10, len(doc))))
                issuer = named[0] if named is not None else None  # '"…," demikian keterangan Kemenpan-RB.'
            if issuer is not None:
                return issuer  # '"…," demikian keterangan pers dari LBH X …': the institution
        # '"…?" tanya Budi', '"…," sambung KCNA': a word that attributes only with -nya does so
        # right after the quote too, before a name or a pronoun
        bare = word in AFTER_BARE and i + 1 < len(doc) and (doc[i + 1].text[:1].isupper() or doc[i + 1].lower_ in PRONOUNS)
        if word in AFTER_VERBS or word in PASSIVE or bare:
            if i + 1 < len(doc) and doc[i + 1].text.startswith("@"):
                insort(self.unnamed_at, doc[i].idx)
                return None  # "…," ujar @netizen123.: an account, not a person the article names
            if self.body_spoke is not None and i + 1 < len(doc) and (
                    self.lower[i + 1] == "mereka"
                    or self.lower[i + 1] in STATEMENT_NOUNS and i + 2 < len(doc) and self.lower[i + 2] in DEMONSTRATIVES):
                return self.body_spoke  # '"…," tulis mereka.', '"…," bunyi pernyataan tersebut.' after an institution's quote
            sent_end = self.sents[bisect_right(self.sent_starts, i) - 1].end
            found = self._speaker_at(i + 1, quote_start, max(sent_end, min(i + 14, len(doc))))
            if found is None:
                return self._last_before(quote_start)
            # "kata Menaker": whoever holds that role, if named; "kata seorang warga": nobody named
            if found[0] is UNNAMED:
                insort(self.unnamed_at, doc[i].idx)  # "…," tambahnya. is that unnamed speaker again
                return None
            return found[0]
        if i in self.org_at and self.org_at[i][0] == i:
            _, e, name = self.org_at[i]
            if e < len(doc) and (doc[e].lower_ in BEFORE_VERBS or doc[e].lower_ in AFTER_VERBS):
                return name  # "…," KPK menyatakan.
        t = i  # '“…,” CEO Kulina Andy Fajar Handika menjelaskan layanannya.': a title before the name
        while t < min(i + 6, len(doc)) and t not in self.person_at and doc[t].is_alpha and doc[t].text[:1].isupper():
            t += 1
        if t in self.person_at and self.person_at[t][0] == t and (t == i or self._title_before_name(i, t)):
            s, e, index = self.person_at[t]
            k = self._past_apposition(e)
            while k < len(doc) and doc[k].lower_ in ADVERBS and doc[k].lower_ not in BEFORE_VERBS:
                k += 1  # "juga", not the verb itself ("…," Andi menambahkan.)
            if k < len(doc) and (doc[k].lower_ in BEFORE_VERBS or doc[k].lower_ in AFTER_VERBS):
                return index
        if word in PRONOUNS:
            k = i + 1
            while k < len(doc) and doc[k].lower_ in ADVERBS and doc[k].lower_ not in BEFORE_VERBS:
                k += 1
            if k < len(doc) and doc[k].lower_ in BEFORE_VERBS:
                return self._last_before(quote_start)
        return NO_CUE

    def _title_before_name(self, i, t):
        """Whether the capitalised words doc[i:t] before a name after a quote are a title: they open
        with one ("CEO", "Direktur Utama", "Kapolres")."""
        return self.doc[i].text in TITLE_FIRST or self.doc[i].text in ROLE_NAMES

    def _release_after(self, k):
        """The institution named by a press release's name at token k ("keterangan pers dari LBH X",
        "siaran pers Kementerian Y"), or None."""
        lower = self.lower
        n = next((len(w) for w in PRESS_RELEASES if tuple(lower[k:k + len(w)]) == w), 0)
        if not n:
            return None
        k += n
        if k < len(lower) and lower[k] == "dari":
            k += 1
        if k in self.person_at and self.person_at[k][0] == k:
            return self.person_at[k][2]  # "… dari Budi Santoso": a person's own statement
        org = self.org_at.get(k)
        if org is not None and org[0] == k:
            return org[2]
        e = k
        while e < len(self.words) and e - k < 6 and self.words[e][:1].isupper() and self.words[e].isalpha() \
                and e not in self.person_at:
            e += 1  # "LBH Pers", where the NER names no organisation: the capitalised words
        return self.doc[k:e].text if e > k and self.words[k].isupper() else None

    def _past_apposition(self, k):
        """The token after ", <description>," from token k ('"…," Budi, direktur utama X, told
        reporters'), or k itself when no such description follows."""
        doc = self.doc
        if k >= len(doc) or doc[k].text != ",":
            return k
        for m in range(k + 2, min(k + 14, len(doc))):
            if doc[m].text == ",":
                return m + 1
            if doc[m].text in {".", ";", "\"", "“", "”", "(", ")"} or doc[m].text.startswith("\n"):
                return k
        return k

    def _cue_before(self, j, quote_start):
        """Speaker named before a quote: `X mengatakan, “`, `X: “`, `Kata X, “`; False if none."""
        doc = self.doc
        if doc[j].text in {",", ":"}:
            j -= 1
        if j < 0:
            return False
        word = doc[j].lower_
        if word == "bahwa":
            j -= 1
            word = doc[j].lower_ if j >= 0 else ""
        if word in BEFORE_VERBS:
            # an institution as the subject before the verb ("Komite Nobel mengatakan, “…”": the
            # committee; a person there is who the quote goes to anyway, as the one spoken of last)
            found = self._subject_of(j - 1, quote_start) if j > 0 else False
            return found if isinstance(found, str) else self._subject_of(j, quote_start)
        if j in self.person_at:
            s, _, index = self.person_at[j]
            prev = doc[s - 1].lower_ if s > 0 else ""
            if doc[j + 1].text == ":" or prev in AFTER_VERBS or prev == "menurut":
                return index
        if word in PRONOUNS and j > 0 and doc[j - 1].lower_ in AFTER_VERBS:
            return self._last_before(quote_start)
        if word == "menurutnya":
            return self._last_before(quote_start)
        return False

    # --- indirect quotes ---------------------------------------------------------------------------
    def _indirect(self):
        quotes = []
        before = None  # the sentence before, in the same paragraph, when it gave no quote
        for sent in self.sents:
            para = layout.paragraph_at(self.doc, sent.start_char)
            if para is None or para.kind != "body":
                before = None
                continue
            q = self._indirect_in(sent)
            if q is None and before is not None and before[1] is para.start:
                q = self._pointed_back(sent, before[0])
            if q is not None:
                quotes.append(q)
            before = (sent, para.start) if q is None else None
        return quotes

    def _pointed_back(self, sent, prev):
        """'… perubahan di skuat Garuda Muda. Hal ini diungkapkan Asisten Pelatih X, Bima Sakti.':
        a sentence that opens with "Hal ini/itu/tersebut" and a passive verb of saying gives the
        sentence before it, in the same paragraph, to who said it."""
        lower, doc = self.lower, self.doc
        k = sent.start
        if k + 2 >= sent.end or lower[k] not in POINTING_BACK or lower[k + 1] not in DEMONSTRATIVES:
            return None
        k += 2
        while k < sent.end and lower[k] in ADVERBS:
            k += 1
        if k >= sent.end or lower[k] not in PASSIVE or self.inside.covers(self.token_starts[prev.start]) \
                or self.direct_at.overlaps(prev.start_char, prev.end_char):
            return None
        at = self.token_starts[k]
        k += 1
        if k < sent.end and lower[k] == "oleh":
            k += 1
        found = self._speaker_at(k, at, sent.end)
        if found is None:
            return None
        speaker = None if found[0] is UNNAMED else found[0]
        start = prev.start
        dash = next((m for m in range(start, min(start + 10, prev.end)) if doc[m].text in {"-", "--", "–", "—"}), None)
        if dash is not None:
            start = dash + 1  # "Jakarta, CNN Indonesia -- Pemerintah …": the dateline is no part of it
            while start < prev.end and doc[start].text in {"-", "--", "–", "—"}:
                start += 1
        end = prev.end
        while end > prev.start and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        if end - start < MIN_WORDS:
            return None
        return self._quote(speaker, self.token_starts[start], doc[end - 1].idx + len(doc[end - 1]), "indirect")

    def _indirect_in(self, sent):
        doc, lower, starts = self.doc, self.lower, self.token_starts
        if self.inside.covers(starts[sent.start]):
            return None
        indexes = [i for i in range(sent.start, sent.end) if not self.inside.covers(starts[i])]
        first = sent.start
        while first < sent.end and (self.words[first] in QUOTE_CHARS or lower[first] in {"dan", "namun", "tapi"}):
            first += 1
        if first < sent.end and (self.words[first][:1].isupper() or first > sent.start):
            q = self._verb_opening(first, sent)  # "Sambungnya, …", "Kata Amran, …", "Dan kata dia, …"
            if q is not None:
                return q
        if first < sent.end and (lower[first] in PASSIVE_NYA or lower[first] in PASSIVE) and self.words[first][0].isupper():
            q = self._passive_opening(first, sent)  # "Dikatakannya, …", "Ditambahkan Anies, …"
            if q is not None:
                return q
        for i in indexes:
            word = lower[i]
            if word in MENURUT and i == first:
                q = self._menurut(doc[i], sent)  # "Menurut X, …", "Menurutnya …"
                if q is not None:
                    return q
            says = word in BEFORE_VERBS or (word in BAHWA_VERBS and i + 1 < sent.end and lower[i + 1] == "bahwa")
            if says and word in COMMA_VERBS and (i + 1 >= sent.end or lower[i + 1] not in {",", ":"}
                                                 and self.words[i + 1] not in QUOTE_CHARS
                                                 and "bahwa" not in lower[i + 1:min(i + 8, sent.end)]):
                says = False  # "Inter Milan melanjutkan catatan tak terkalahkan …": going on, nothing said
            if says and word not in WISH_VERBS and not (i > 0 and lower[i - 1] == "yang") \
                    and not self._no_clause(i + 1, sent.end) and not self._object_only(i + 1, sent.end) \
                    and not (word in SECURE_VERBS and self._secured(i + 1, sent.end)) \
                    and not (word in TELL_VERBS and self._tells_a_story(i + 1, sent.end)) \
                    and not (word in CONFIRM_VERBS and self._news_confirmed(i + 1, sent.end)) \
                    and not (i + 1 < sent.end and word in CLAIM_VERBS and self._claims_to_be(i + 1)):
                speaker = self._subject_of(i - 1, starts[i])
                if speaker is False or speaker is None and self._menurut_before(i):
                    continue  # "Sebab, menurut dia, polisi telah memperingatkan …": who said it is "dia"
                whole = self._amid(i, sent)
                if whole is not None:
                    return self._quote(speaker, *whole, "indirect")
                q = self._content(speaker, i + 1, sent)
                if q is None and word in ENGLISH_VERBS:
                    break  # "…, he said on Tuesday.": said after the statement, below
                return q
        return self._inserted(sent, indexes)

    def _menurut_before(self, i):
        """Whether "menurut" comes before token i in its sentence: what follows is who "menurut"
        names says, not the subject of a verb inside it."""
        start = self.sent_starts[bisect_right(self.sent_starts, i) - 1]
        return any(self.lower[m] in MENURUT for m in range(start, i))

    def _tells_a_story(self, k, end):
        """Whether a verb of telling before token k has the story as its object ("menceritakan
        pengalamannya", "menceritakan secara singkat perjalanan karirnya"), maybe after an adverb
        made with "secara"."""
        if k + 1 < end and self.lower[k] == "secara":
            k += 2
        return k < end and self.lower[k] in TOLD_NOUNS

    def _claims_to_be(self, k):
        """Whether "mengaku" before token k claims to be someone ("mengaku penyidik KPK", "mengaku
        sebagai wartawan"): a description of a person follows, with no comma before it, and ends the
        clause or opens a relative one (not "mengaku warga sudah lama menunggu …")."""
        if self.lower[k] == "sebagai":
            return True
        if not (self.lower[k] in PERSON_NOUNS and self.words[k].islower()):
            return False
        m = k + 1
        while m < len(self.words) and self.words[m][:1].isupper():
            m += 1  # "penyidik KPK"
        if m + 1 < len(self.words) and m == k + 1 and self.words[m].isalpha() and self.words[m].islower() \
                and self.lower[m + 1] == "yang" and self.lower[m] not in ADVERBS:
            return True  # "mengaku petugas pajak yang memeras …": what kind of officer, then who they are
        return m >= len(self.words) or self.lower[m] in {"yang", ",", ".", ";", "dan"}

    def _no_clause(self, k, end):
        """Whether the words from token k show that the verb before reports a feeling or a noun
        ("mengaku malu", "mengaku tidak percaya", "menjelaskan lebih banyak detail"), maybe after a
        word of degree ("mengaku sempat kaget")."""
        m = k + 1 if k < end - 1 and self.lower[k] == "," else k  # "mengaku, menyambut baik …"
        if any(m + len(words) <= end and tuple(self.lower[m:m + len(words)]) == words for words in ATTITUDES):
            return True
        claims = k > 0 and self.lower[k - 1] == "mengaku"
        while k < end - 1 and self.lower[k] in BEFORE_FEELING:
            k += 1
        return any(k + len(words) <= end and tuple(self.lower[k:k + len(words)]) == words
                   for words in (NO_CLAUSE_CLAIMED if claims else NO_CLAUSE))

    def _secured(self, k, end):
        """"memastikan tempat di semifinal", "memastikan diri lolos": something secured, nothing said."""
        return any(k + len(w) <= end and tuple(self.lower[k:k + len(w)]) == w for w in SECURED)

    def _news_confirmed(self, k, end):
        """"Gatot membenarkan informasi dari saksi mata terkait …", "membenarkan kabar tersebut": a
        piece of news confirmed, with no "bahwa" clause after it, is no statement."""
        return k < end and self.lower[k] in NEWS_NOUNS and "bahwa" not in self.lower[k + 1:end]

    def _object_only(self, k, end):
        """Whether the verb before token k has a noun pointed at as its object and nothing said:
        "melanjutkan sindirannya tersebut dalam kata sambutannya", "menyampaikan pesan itu kepada
        warga" (a noun, a demonstrative, then a preposition or the end of the sentence)."""
        lower = self.lower
        d = k + 1
        while d < min(end, k + 3) and lower[d] not in DEMONSTRATIVES and self.words[d].isalpha() and self.words[d].islower() \
                and not lower[d].startswith(VERB_STARTS) and lower[d] not in CLAUSE_WORDS and lower[k] not in CIRCUMSTANCE \
                and not lower[k].startswith(VERB_STARTS) and lower[k] not in CLAUSE_WORDS:  # ("mengaku membeli barang itu dari …")
            d += 1  # "membeberkan pembagian jatah tersebut": a noun of a few words, then the demonstrative
        if d >= end or lower[d] not in DEMONSTRATIVES or not self.words[k].isalpha():
            return False
        if lower[k] in PERSON_NOUNS or (lower[k].startswith("pe") and not lower[k].endswith("an")):
            return False  # "mengatakan penyerang tersebut melalui …": a person (pe- agent noun) is the subject said
        nxt = d + 1
        while nxt < end and self.doc[nxt].is_space:
            nxt += 1
        if d > k + 1:  # (a longer noun: only where the sentence ends, not before a comma: "serangan tersebut, yang …")
            return nxt >= end or self.words[nxt] in {".", "!", "?"} or lower[nxt] in PREPOSITIONS
        return nxt >= end or self.doc[nxt].is_punct or lower[nxt] in CIRCUMSTANCE or lower[nxt] in PREPOSITIONS

    def _amid(self, i, sent):
        """(start, end) characters of the whole sentence when the attribution with the verb at
        token i sits inside it between commas ("Sedangkan bagi yang menyuruh, Iriawan menjelaskan,
        juga akan dikenakan pidana"): the statement is both halves. None otherwise."""
        words = self.words
        s = self._speaker_before(i)
        if s is not None and s - 1 > sent.start + 2 and self.lower[s - 1] == "maka" and i + 3 < sent.end \
                and self.lower[sent.start] in CONDITIONS and words[i + 1] != "," \
                and not self.inside.covers(self.token_starts[sent.start]):
            end = sent.end  # "Jika ada yang melanggar maka Budi berkata bakal dikenakan sanksi": both halves
            while end > i + 1 and (self.doc[end - 1].is_punct or self.doc[end - 1].is_space):
                end -= 1
            return self.token_starts[sent.start], self.token_starts[end - 1] + len(words[end - 1])
        if s is None or s - 1 <= sent.start or words[s - 1] != "," or i + 1 >= sent.end or words[i + 1] != ",":
            return None
        before = [m for m in range(sent.start, s - 1) if not self.doc[m].is_punct]
        if len(before) < 3 or self.inside.covers(self.token_starts[sent.start]):
            return None
        if not words[s - 2].islower():
            return None  # "Wakil Ketua DPRD DKI Jakarta, Muhammad Taufiq memastikan, …": a description
        first = next((m for m in before if self.lower[m] not in CONNECTORS), None)
        to_do = first is not None and self.lower[first] == "untuk" and first + 1 < s and self.lower[first + 1].startswith(("me", "ber"))
        if first is None or to_do or self.lower[first] in CIRCUMSTANCE or self.lower[first] in SETTING \
                or self.lower[first].startswith("di") and self.doc[first].is_alpha and first == before[0]:
            return None  # "Namun dalam pertemuan itu, X mengatakan, …", "Dihubungi terpisah, …": the setting
        end = sent.end
        while end > i + 1 and (self.doc[end - 1].is_punct or self.doc[end - 1].is_space):
            end -= 1
        if end - (i + 2) < 2:
            return None
        return self.token_starts[sent.start], self.token_starts[end - 1] + len(words[end - 1])

    def _verb_opening(self, i, sent):
        doc, word = self.doc, self.lower[i]
        if word in AFTER_NYA and i + 1 < sent.end and doc[i + 1].text == ",":
            return self._content(self._last_before(doc[i].idx), i + 1, sent, need_comma=True)
        if word in AFTER_NYA and word != "katanya" and i + 1 < sent.end and doc[i + 1].is_lower and doc[i + 1].is_alpha:
            return self._content(self._last_before(doc[i].idx), i + 1, sent)  # "Tambahnya kepolisian juga …"
        if word in AFTER_VERBS:
            found = self._speaker_at(i + 1, doc[i].idx, sent.end)
            if found is not None and found[1] < sent.end and doc[found[1]].text == ",":
                speaker = None if found[0] is UNNAMED else found[0]
                return self._content(speaker, found[1], sent, need_comma=True)
        return None

    def _passive_opening(self, i, sent):
        doc = self.doc
        if self.lower[i] in PASSIVE_NYA:
            return self._content(self._last_before(doc[i].idx), i + 1, sent, need_comma=True)
        k = i + 1
        while k < sent.end and doc[k].lower_ in ADVERBS:
            k += 1
        if k < sent.end and doc[k].text == "," and (k > i + 1 or k + 1 < sent.end and doc[k + 1].is_lower):
            # "Dijelaskan lebih lanjut, …", "Dikatakan, pemerintah …": no one named, so the person spoken
            # of last goes on
            return self._content(self._last_before(doc[i].idx), k, sent, need_comma=True)
        k = i + 1
        if k < sent.end and doc[k].lower_ == "oleh":
            k += 1  # "Diungkapkan oleh Bupati, …"
        found = self._speaker_at(k, doc[i].idx, sent.end)
        if found is None and k > i + 1:
            comma = next((m for m in range(k, min(k + 8, sent.end)) if doc[m].text == ","), None)
            found = None if comma is None else (UNNAMED, comma)  # "Ditambahkan oleh Warga Pulau X, …"
        if found is None:
            return None
        speaker, k = found
        return self._content(None if speaker is UNNAMED else speaker, k, sent, need_comma=True)

    def _menurut(self, t, sent):
        doc = self.doc
        if t.lower_ == "menurutnya":
            return self._content(self._last_before(t.idx), t.i + 1, sent)
        k = t.i + 1
        k = after_honorifics(doc, k, sent.end)
        if k >= sent.end or doc[k].lower_ in SOURCES or self._source_after_article(k, sent.end):
            return None
        if doc[k].lower_ in PRONOUNS:  # "Menurut dia, …", and as outlets also write it, "Menurut dia kejadian itu …"
            return self._content(self._last_before(t.idx), k + 1, sent)
        hit = self._mention_span_from(k, limit=12, until=sent.end)
        if hit is None and doc[k].is_lower:
            comma = next((m for m in range(k, min(k + 14, sent.end)) if doc[m].text in {",", "."}), None)
            if comma is not None and doc[comma].text == "," and doc[comma - 1].lower_ in DEMONSTRATIVES:
                called = self._called_before(comma - 1)
                if called is not None:  # "Menurut pria yang akrab disapa Ahok itu, …"
                    return self._content(called, comma, sent, need_comma=True)
        if hit is None and doc[k].is_lower:
            hit = self._described_mention(k, sent.end)  # "Menurut pelatih Persija, Stefano Cugurra Teco, …"
            if hit is not None and hit[0] > k and self._kin_before(k, hit[0], partners=True):
                m = hit[1]
                while m < sent.end and doc[m].lower_ in ADVERBS:
                    m += 1
                if m + 1 < sent.end and doc[m].lower_ in DEMONSTRATIVES and doc[m + 1].text == ",":
                    # "Menurut istri Anang ini, …": the one spoken of, described by kin, not the one named
                    return self._content(self._last_before(t.idx), m + 1, sent, need_comma=True)
        if hit is None and doc[k].is_lower:
            comma = next((m for m in range(k, min(k + 12, sent.end)) if doc[m].text in {",", "."}), None)
            dem = comma
            while dem is not None and dem - 1 > k and doc[dem - 1].lower_ in ADVERBS:
                dem -= 1  # "Menurut politisi Golkar itu juga, …"
            if comma is not None and doc[comma].text == "," and doc[dem - 1].lower_ in DEMONSTRATIVES \
                    and dem - 1 > k and doc[dem - 2].lower_ not in SOURCES \
                    and not any(doc[m].lower_ in SOURCES for m in range(k, comma)):
                # "Menurut peraih medali perak Olimpiade Rio 2016 itu, …": who was just spoken of
                return self._content(self._last_before(t.idx), comma, sent, need_comma=True)
        if hit is None and doc[k].lower_ in UNNAMED_HEADS and doc[k].lower_ not in GOVERNMENT_NOUNS:
            comma = next((m for m in range(k, min(k + 8, sent.end)) if doc[m].text in {",", ".", "("}), None)
            if comma is not None and doc[comma].text == "," and comma > k \
                    and all(doc[m].is_lower and doc[m].is_alpha and m not in self.person_at for m in range(k, comma)):
                return self._content(None, comma, sent, need_comma=True)  # "Menurut pejabat kesehatan setempat, …"
        if hit is None and doc[k].text in TITLE_FIRST:
            comma = k
            while comma < sent.end and comma - k < 6 and doc[comma].text[:1].isupper():
                comma += 1
            if comma < sent.end and doc[comma].text == "," and comma not in self.org_at:
                index = self._by_role(k)  # "Menurut Presiden, …": whoever holds the office
                named = self._mention_span_from(after_honorifics(doc, comma + 1, sent.end), limit=4, until=sent.end)
                if named is not None and named[1] < sent.end and doc[named[1]].text == ",":
                    index, comma = named[2], named[1]  # "Menurut Kapolsek X, Iptu Y, …": Y, and what follows

                return self._content(index, comma, sent, need_comma=True)  # (None: nobody named holds it)
        if hit is None:
            org = self.org_at.get(k)
            if org is None or org[0] != k:
                return None
            return self._content(org[2], min(org[1], sent.end), sent, need_comma=True)  # "Menurut BPS, …"
        q = self._content(hit[2], min(hit[1], sent.end), sent, need_comma=True)
        e = hit[1]
        if q is None and e < sent.end and doc[e].lower_ in {"selaku", "sebagai"}:
            # "Menurut Rosa selaku produser film itu, …": what she is acting as, then the comma
            comma = next((m for m in range(e + 1, min(e + 12, sent.end)) if doc[m].text in {",", "."}
                          or m in self.person_at), None)
            if comma is not None and doc[comma].text == ",":
                return self._content(hit[2], comma, sent, need_comma=True)
        if q is None and hit[0] == k and e < sent.end and doc[e].is_lower and doc[e].is_alpha and e + 1 < sent.end \
                and doc[e].lower_ not in DEMONSTRATIVES \
                and doc[e].lower_ not in NOT_CONTENT and doc[e].lower_ not in ADVERBS \
                and doc[e].lower_ not in CIRCUMSTANCE and doc[e].lower_ not in PREPOSITIONS:
            q = self._content(hit[2], e, sent)  # "Menurut Alexander dana kemitraan itu …": no comma after the name
        return q

    def _inserted(self, sent, indexes):
        """An attribution after a comma, at the end or in the middle of the sentence: `…, ujar X.`,
        `…, katanya.`, `Selain itu, lanjutnya, …`, `Posisi kantor kas, lanjut Maryono, hanya …`,
        `…, diakui Martunis, …`, `Lonjakan tersebut menurut BPS, …`. The quote is the sentence."""
        lower, words = self.lower, self.words
        for i in indexes:
            if i == sent.start:
                continue
            word = lower[i]
            after_comma = words[i - 1] == ","
            at = self.token_starts[i]
            said = self._english_said(i, sent.end) if after_comma else None
            if said:
                speaker, k = said  # "…, he said." "…, Budi said on Tuesday."
            elif word != words[i]:
                continue  # capitalised: "Harga Cabai Naik, Kata Pedagang" is a headline
            elif word in AFTER_NYA or word in PASSIVE_NYA or word == "menurutnya":
                if not after_comma and word != "menurutnya" and not self._passive_nya_amid(i, sent):
                    continue
                speaker, k = self._last_before(at), i + 1
            elif word in AFTER_VERBS or word in PASSIVE or word == "menurut" or (word in AFTER_BARE and after_comma):
                # (", klaim Eggy, …", ", sambung hakim, …": a word that attributes only with -nya does
                # so before a name, or between commas, too)
                if not after_comma and word != "menurut" and not self._passive_amid(i, sent):
                    continue
                found = self._speaker_at(i + 1, at, sent.end, source_ok=word != "menurut")
                if found is None:
                    continue
                speaker, k = found
                if word in AFTER_BARE and i + 1 not in self.person_at and not (k < sent.end and words[k] == ","):
                    continue
                if speaker is UNNAMED:
                    insort(self.unnamed_at, at)
                    speaker = None
            else:
                continue
            before = len(self.text[sent.start_char:self.token_starts[i]].split())
            rest = [m for m in range(k, sent.end) if not self.doc[m].is_punct]
            if before + len(rest) - (1 if after_comma else 0) < MIN_WORDS:
                return None
            end = sent.end
            while end > sent.start and (self.doc[end - 1].is_punct or self.doc[end - 1].is_space):
                end -= 1
            if end <= sent.start:
                return None
            if not rest or said:  # the attribution ends the sentence ("…, he said on Tuesday."): the quote is before it
                end = i - 1 if after_comma else i
            start_char = self.token_starts[sent.start]
            end_char = self.token_starts[end - 1] + len(words[end - 1])
            if len(self.text[start_char:end_char].split()) < MIN_WORDS:
                return None
            return self._quote(speaker, start_char, end_char, "indirect")
        return None

    def _english_said(self, i, end):
        """(speaker, token after the verb) for English "he said" or "<person> said" at token i."""
        if self.lower[i] in PRONOUNS and i + 1 < end and self.lower[i + 1] in ENGLISH_VERBS:
            return self._last_before(self.token_starts[i]), i + 2
        if i in self.person_at and self.person_at[i][0] == i:
            e, index = self.person_at[i][1], self.person_at[i][2]
            if e < end and self.lower[e] in ENGLISH_VERBS:
                return index, e + 1
        return None

    def _passive_nya_amid(self, i, sent):
        """Whether a passive with -nya and no comma before it attributes the sentence around it to
        the person spoken of last: "Kondisi ini diakuinya berbeda dengan tahun lalu". Not "… yang
        dikatakannya", nor "Hal itu disampaikannya kepada wartawan" (what follows is no clause)."""
        lower = self.lower
        if lower[i] not in PASSIVE_NYA or i - 1 <= sent.start or i + 1 >= sent.end \
                or lower[i - 1] in {"yang", "seperti", "sebagaimana"} or not self.words[i - 1].isalpha():
            return False
        nxt = lower[i + 1]
        return self.words[i + 1].isalpha() and self.words[i + 1].islower() and nxt not in CIRCUMSTANCE \
            and nxt not in PREPOSITIONS and nxt not in SETTING and nxt not in ASIDES and nxt != "yang" \
            and not nxt.startswith("me") and sent.end - i >= MIN_WORDS

    def _passive_amid(self, i, sent):
        """Whether the passive verb of saying at token i, with no comma before it, attributes the
        sentence around it to the person named right after it: "Surat tersebut dikatakan Eko
        ditandatangani oleh …", "Peresmian nama pun diakui Henry belum dapat …". Not "Hal itu
        dikatakan Eko kepada wartawan" or "… yang disampaikan Eko": the rest must be a clause."""
        lower = self.lower
        if lower[i] not in PASSIVE or i - 1 <= sent.start or lower[i - 1] in {"yang", "seperti", "sebagaimana"} \
                or not self.words[i - 1].isalpha():
            return False
        if lower[sent.start] == "hal" and i - sent.start <= 3:
            return False  # "Hal itu disampaikan Menteri X kala …": who said what came before, nothing new
        words = self.words
        t = i + 1
        if t < sent.end and t not in self.person_at and (words[t] in TITLE_FIRST or words[t] in ROLE_NAMES):
            # "Usulan itu disebutkan Kepala BPTJ Bambang Prihartono tak hanya …": a title before the name
            while t < min(i + 10, sent.end) and t not in self.person_at \
                    and (words[t][:1].isupper() and words[t].isalpha() or lower[t] == "of"):
                t += 1
        hit = self.person_at.get(t)
        if hit is None or hit[0] != t or hit[1] >= sent.end:
            return False
        n = hit[1]
        if t > i + 1 and words[n] == "," and n + 1 < sent.end:
            n += 1  # "Larangan ini disebutkan Head of … AISI Ahmad Muhibbuddin, dapat menekan …"
        nxt = lower[n]
        return self.words[n].isalpha() and self.words[n].islower() and nxt not in CIRCUMSTANCE \
            and nxt not in PREPOSITIONS and nxt not in SETTING and nxt not in ASIDES and nxt != "yang" \
            and (not nxt.startswith(("me", "ber", "se")) or lower[i] in SAID_TO_HAVE) and sent.end - n >= MIN_WORDS

    def _speaker_at(self, k, at, until, source_ok=True):
        """(speaker, token after the speaker) for the words from token k that name who spoke: a
        pronoun (the person spoken of last), a person, maybe after a description ("kata Manajer tim
        bulu tangkis Indonesia, Susy Susanti"), a title ("kata Menaker": whoever holds it), an
        institution ("menurut BPS"), somebody just described ("tutur mantan hakim Tipikor ini": the
        person spoken of last), or somebody unnamed ("kata seorang warga": UNNAMED); None if nothing."""
        doc = self.doc
        k = after_honorifics(doc, k, until)
        if k >= until:
            return None
        if doc[k].lower_ in PRONOUNS:
            return self._last_before(at), k + 1
        if doc[k].lower_ in NOT_SPEAKERS:
            return None  # "…, sebut saja WhatsApp": for example; "Tambah lagi, …": moreover; nobody speaks
        if self._source_after_article(k, until):
            return None  # "…, menurut sebuah studi baru yang diterbitkan …": a source
        if doc[k].lower_ in QUANTIFIERS and k + 1 < until and doc[k + 1].lower_ in SOURCES and not source_ok:
            return None  # "yang menurut sejumlah laporan media bernama …": a source
        if doc[k].lower_ in STATEMENT_NOUNS or self._official_channel(k):
            named = self._institution_named(k, until)
            if named is not None:
                return named  # "ujar keterangan resmi Twitter", "bunyi pernyataan tertulis yang dikeluarkan X"
            hit = self.person_at.get(k + 2) if k + 2 < until and self.lower[k + 1] in KIN_WORDS else None
            if hit is not None and hit[0] == k + 2:
                relative = self._relative_by_role(k + 2, hit[2])  # '"…," bunyi keterangan istri Atim': his wife,
                return (relative if relative is not None else UNNAMED), hit[1]  # by the name given her if any
        if doc[k].lower_ in SOURCES and (not source_ok or doc[k].is_lower):
            return None
        hit = self._described_mention(k, until)
        if hit is not None:
            if hit[0] > k and self._kin_before(k, hit[0], partners=True):
                # "lanjut adik kandung mantan Presiden Abdurrahman Wahid (Gus Dur) itu": his brother spoke,
                # the one spoken of; "kata adik Budi": somebody unnamed; "kata adik Budi, Ani": Ani
                m = hit[1]
                while m < min(until, hit[1] + 8) and doc[m].text not in {",", ".", ";", "“", "\""}:
                    if doc[m].lower_ in DEMONSTRATIVES:
                        return self._last_before(at), m + 1
                    m += 1
                if not self._apposition(hit[0]):
                    relative = self._relative_by_role(hit[0], hit[2])
                    if relative is not None:
                        return relative, hit[1]  # "bunyi keterangan istri Atim" after "istri Atim, Sanya": Sanya
                    return UNNAMED, hit[1]
            return hit[2], hit[1]
        org = self.org_at.get(k)
        if org is not None and org[0] == k:
            place = self.place_at.get(org[1])
            if place is None and org[1] < until and names.is_place(self.words[org[1]]) and org[1] not in self.person_at:
                place = (org[1], org[1] + 1)
            if place is not None and place[0] == org[1] and place[1] <= until:
                return doc[k:place[1]].text, place[1]  # "tulis Kemenlu Israel": a body and its country
            return org[2], org[1]
        government = self._government_from(k)
        if government is not None:
            return government  # "menurut pemerintah Israel", "kata Yordania"
        named = self._institution_named(k, until)
        if named is not None:
            return named  # "tulis Kemenlu Israel dalam …", "tulis pernyataan InTour Live"
        m = k
        # "ujar pria yang juga pernah menjabat sebagai Gubernur Sumatera Barat tersebut": a person noun
        # and a relative clause describe someone at more length
        longest = 12 if k + 1 < until and doc[k].lower_ in PERSON_NOUNS and doc[k + 1].lower_ == "yang" else 8
        while m < until and m - k < longest + 2:
            t = doc[m]
            if t.text == "(" and m + 2 < until and doc[m + 2].text == ")" and doc[m + 1].text[:1].isupper():
                m += 3  # "kata politisi Partai Demokrasi Indonesia Perjuangan (PDIP) itu": a short form in brackets
                continue
            if t.text == "," and m > k and self._place_then_demonstrative(m + 1, until):
                m = self._place_then_demonstrative(m + 1, until)
                break  # "kata sopir yang berasal dari Gresik, Jawa Timur itu": a province after a comma
            if t.text in {",", ".", ";", "(", ")"} or t.lower_ in CIRCUMSTANCE or m - k >= longest and t.lower_ not in DEMONSTRATIVES:
                break
            m += 1
            if t.lower_ in DEMONSTRATIVES and m - 1 > k:
                break  # "tutur pelantun 'Senja Kala' ini kala ditemui …": the description ends at its demonstrative
        phrase = [t.lower_ for t in doc[k:m]]
        if phrase and (phrase[0] in PANEL or tuple(phrase[:2]) in PANEL):
            return self._panel_name(), m  # "kata hakim", "ujar majelis hakim tipikor tersebut"
        if doc[k].text in TITLE_FIRST or doc[k].text in ROLE_NAMES:
            index = self._by_role(k)
            if index is not None:
                self._mark_salient(self.token_starts[k], index)  # "ucap Presiden. … “…,” katanya": still him
                return index, m
            return self._last_before(at), m
        if len(phrase) == 2 and phrase[0] in STATEMENT_NOUNS and phrase[1] in DEMONSTRATIVES:
            body = self._statement_pointed_back(k)
            if body is not None:
                return body, m  # '"…," bunyi pernyataan tersebut': the body whose statement it is, named last
        if phrase and phrase[-1] in DEMONSTRATIVES and phrase[0] in INSTITUTION_NOUNS \
                and all(t.is_alpha and (t.is_lower or names.is_place(t.text)) for t in doc[k + 1:m - 1]):
            body = self._org_named_last_before(k)
            if body is not None:
                return body, m  # "…, kata klub Jerman itu", "ujar lembaga antirasuah tersebut": the body named last
        if phrase and phrase[-1] in DEMONSTRATIVES:
            # "tutur pelatih asal Brasil itu": the one person whose role is that word, else the one
            # spoken of last ("ujar pemain 20 tahun tersebut")
            index = self._by_lower_title(doc[k].text) if doc[k].is_lower and doc[k].is_alpha else None
            return (index if index is not None else self._last_before(at)), m
        if m == k + 1 and self._initials(k):
            return UNNAMED, m  # "…, sambung Wn, …": somebody the article names only by initials
        if doc[k].is_lower and doc[k].is_alpha and doc[k].text.capitalize() in TITLE_FIRST:
            index = self._by_lower_title(doc[k:m].text)
            if index is not None:
                return index, m  # "ujar walikota." after "Walikota Jakarta Utara Husein Murad"
        if doc[k].is_lower and doc[k].is_alpha and self._issues_statement(k, m, until):
            return doc[k:m].text, m  # "kata armada ketujuh Amerika Serikat dalam pernyataan tertulis": a body
        if self._epithet(k, m):
            return self._last_before(at), m  # "kata sang aktor", "ujar pria yang sepanjang kariernya …"
        if doc[k].is_lower and doc[k].is_alpha:
            return UNNAMED, m  # "kata seorang warga", "ujar sumber itu"
        return None

    def _epithet(self, k, m):
        """Whether the description doc[k:m] after a verb of saying points back at the one spoken of:
        "sang" and a noun that is no kin word ("kata sang aktor"; "kata sang ibu" is the mother),
        or a person noun with a relative clause ("ujar pria yang sepanjang kariernya …") that does
        not say the speaker goes unnamed ("… yang enggan disebut namanya")."""
        lower = self.lower
        if k + 1 >= m:
            return False
        if lower[k] == "sang":
            return lower[k + 1] not in KIN_WORDS and lower[k + 1].isalpha()
        return lower[k] in EPITHET_NOUNS and lower[k + 1] == "yang" \
            and not any(lower[j] in UNNAMED_WORDS for j in range(k + 2, m))

    def _relative_by_role(self, s, index):
        """The one person whose role is the kin word before the mention at s and a name of the person
        mentioned ("istri Atim" for "keterangan istri Atim", the article having named "istri Atim,
        Sanya"), else None."""
        kin = self.lower[s - 1] if s > 0 else ""
        if kin not in KIN_WORDS:
            return None
        name_words = set(self.persons[index]["name"].split())
        found = [i for i, p in enumerate(self.persons) if i != index and p.get("role")
                 and p["role"].split()[0].lower() == kin and len(p["role"].split()) > 1
                 and set(p["role"].split()[1:]) <= name_words]
        return found[0] if len(found) == 1 else None

    def _place_then_demonstrative(self, j, until):
        """The token after a demonstrative that ends a place's capitalised words from token j
        ("Jawa Timur itu"), or None."""
        doc = self.doc
        m = j
        while m < until and m - j < 4 and doc[m].is_alpha and doc[m].text[:1].isupper():
            m += 1
        if m > j and m < until and doc[m].lower_ in DEMONSTRATIVES:
            return m + 1
        return None

    def _issues_statement(self, k, m, until):
        """Whether the words k..m that say who spoke, with no person in them nor a word for one, are
        followed by "dalam pernyataan (tertulis|resmi)" / "dalam keterangan resmi": a body issued it."""
        lower = self.lower
        if m + 2 > until or lower[m] != "dalam" or lower[m + 1] not in STATEMENT_NOUNS \
                or m + 2 >= until or lower[m + 2] not in STATEMENT_QUALIFIERS:
            return False
        if lower[k] in UNNAMED_HEADS or lower[k] in PERSON_NOUNS or lower[m - 1] in DEMONSTRATIVES:
            return False  # "kata juru bicara itu dalam pernyataan tertulis": a person
        return not any(i in self.person_at for i in range(k, m))

    def _source_after_article(self, k, until):
        """Whether the words from token k are "sebuah studi", "salah satu laporan": a source after an article."""
        lower = self.lower
        for art in SOURCE_ARTICLES:
            n = len(art)
            if k + n < until and tuple(lower[k:k + n]) == art and lower[k + n] in SOURCES:
                return True
        return False

    def _kin_before(self, lo, s, partners=False):
        """A family word among the few words from lo that describe the person named at s ("adik
        kandung mantan Presiden X", "putra dari pendiri NU, KH X"): the named one is a relative of
        whoever is described. Not an honorific ("Ibu Ani"). With `partners`, a partner's word too
        ("kata mantan pasangan X itu", after a verb of saying or "Menurut")."""
        doc = self.doc
        for x in range(s - 1, max(lo, s - 8) - 1, -1):
            t = doc[x]
            if t.text in {".", ";", "“", "\"", "(", ")"} or t.lower_ in BEFORE_VERBS or t.lower_ in AFTER_VERBS:
                return False
            if (t.lower_ in KIN_WORDS or partners and t.lower_ in PARTNER_WORDS) and t.text not in HONORIFICS \
                    and (t.is_lower or t.is_sent_start):
                return True
        return self._team_before(lo, s)

    def _team_before(self, lo, s):
        """A team that acts for someone among the few words from lo before the person named at s
        ("Tim kuasa hukum mantan Menteri Kesehatan X"): the team speaks, not X."""
        doc = self.doc
        for x in range(s - 1, max(lo, s - 8, 0) - 1, -1):
            if doc[x].text in {".", ";", "“", "\"", "(", ")"} or doc[x].lower_ in BEFORE_VERBS:
                return False
            if team_at(doc, x):
                # not "Ketua tim pemenangan X menilai …": who leads or sits in the team is the one named
                return x == 0 or doc[x - 1].text.capitalize() not in TITLE_FIRST
        return False

    def _apposition(self, s):
        """Whether the name at s follows a comma, maybe with honorifics between ("adik Ahok, Fifi")."""
        x = s - 1
        while x > 0 and self.doc[x].text in HONORIFICS:
            x -= 1
        return x >= 0 and self.doc[x].text == ","

    def _institution_named(self, k, until):
        """(name, token after it) of a body named after a verb of saying that neither the NER nor the
        gazetteer knows, when the attribution says it is a statement's author: the capitalised words
        after a statement noun ("tulis pernyataan InTour Live"), or after "tulis" ("tulis Kemenlu
        Israel dalam pernyataan resmi"), up to where the clause goes on; else None."""
        doc = self.doc
        written = k > 0 and self.lower[k - 1] in WRITTEN_BY
        if k + 1 < until and (self.lower[k] in STATEMENT_NOUNS or self._official_channel(k)):
            k += 1
            written = True
            while k + 1 < until and self.lower[k] in STATEMENT_QUALIFIERS:
                k += 1  # "pernyataan tertulis yang dikeluarkan Linkin Park", "keterangan resmi Twitter"
            government = self._government_from(k)
            if government is not None:
                return government  # "bunyi pernyataan pemerintah Spanyol"
        if not written or k >= until or not doc[k].text[:1].isupper() or k in self.person_at:
            return None
        m = k
        while m < until and m - k < 6 and (doc[m].text[:1].isupper() or doc[m].text in {"&", "-"}) \
                and m not in self.person_at:
            m += 1
        if m < until and not (doc[m].is_punct or self.lower[m] in CIRCUMSTANCE):
            return None  # the clause goes on: no name of an author
        org = self.org_at.get(k)
        if org is not None and org[0] == k:
            return org[2], org[1]
        return doc[k:m].text, m

    def _official_channel(self, k):
        """"situs resmi X", "laman resmi X": a body's own channel, its statement."""
        return self.lower[k] in OFFICIAL_CHANNELS and k + 1 < len(self.lower) and self.lower[k + 1] == "resmi"

    def _described_mention(self, k, until):
        """The person named within the words from k that describe who spoke, up to the end of
        the clause: "Ketua Majelis Hakim Jhon …", "pelatih tunggal putra Malaysia Indra Widjaja",
        "Manajer tim …, Susy Susanti", "pria yang akrab disapa Tono"."""
        doc = self.doc
        commas = 0
        skip_to = -1
        relative = False  # "kata seorang sumber dari agensi yang menaungi X": X is in the description, not who spoke
        for m in range(k, min(k + 24, until)):
            if m <= skip_to:
                continue
            if doc[m].lower_ == "yang" and self.lower[k] in UNNAMED_OPENERS:
                relative = True
            if doc[m].text == "(" and m > k:
                close = next((c for c in range(m + 1, min(m + 10, until)) if doc[c].text == ")"), None)
                if close is not None:
                    skip_to = close  # "kata Juru Bicara Forum Relawan Amanat (Asep Maoshul untuk Jawa Barat), Aminudin"
                    continue
            if m in self.person_at:
                hit = self.person_at[m]
                if relative and doc[m - 1].text != "," and doc[m - 1].lower_ not in CALLED_WORDS:
                    return None
                after = hit[1] + 1
                if m > k and doc[m - 1].is_lower and after < until and doc[after - 1].text == "," \
                        and self.person_at.get(after, (None,))[0] == after:
                    return self.person_at[after]  # "kata tim kuasa hukum Siti Fadilah, Kholidin Achmad"
                return hit
            t = doc[m]
            if t.text in {".", ";", "(", "“", "\""} or (m > k and t.is_sent_start) or t.lower_ in CIRCUMSTANCE \
                    or t.lower_ in BEFORE_VERBS:
                return None
            if t.text == ",":
                commas += 1
                if commas > 1 or m == k:
                    return None
        return None

    def _content(self, speaker, k, sent, need_comma=False):
        """The indirect quote from token k to the end of the sentence."""
        doc = self.doc
        end = sent.end
        if need_comma:
            if k >= end or doc[k].text != ",":
                return None
        said_after_comma = k < end and doc[k].text == ","
        while k < end and doc[k].lower_ in CONTENT_SKIP:
            k += 1
        if any(tuple(self.lower[k:k + len(words)]) == words for words in CITATIONS):
            comma = next((m for m in range(k, end) if doc[m].text == ","), None)
            if comma is None:
                return None  # "ia mengatakan, seperti dikutip Hot New Hip Hop.": only the source
            k = comma + 1
            while k < end and doc[k].lower_ in CONTENT_SKIP:
                k += 1
        # "mengatakan dalam keterangan tertulis, Senin (5/3), …": skip the circumstances of the
        # saying; after a comma they open what was said ("Dia menjelaskan, pada 31 Maret lalu, …",
        # "Menurutnya, ketika nanti …, maka …")
        skipped = k
        while skipped < end and doc[skipped].lower_ in CIRCUMSTANCE:
            comma = next((m for m in range(skipped, end) if doc[m].text == ","), None)
            if comma is None:
                break
            skipped = comma + 1
        if skipped < end and doc[skipped].text in QUOTE_CHARS:
            return None  # introduces a direct quote ("mengatakan, pada tanggal 3 Januari, “…”")
        if not said_after_comma:
            k = skipped
        while end > k and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        if end - k < MIN_WORDS:
            return None
        start_char, end_char = doc[k].idx, doc[end - 1].idx + len(doc[end - 1])
        return self._quote(speaker, start_char, end_char, "indirect")

    # --- who -----------------------------------------------------------------------------------
    def _opens_sentence_at(self, j):
        doc = self.doc
        return j == 0 or doc[j].is_sent_start or doc[j - 1].text in {".", ";", ":", "\"", "“", "”"}

    def _press_release_before(self, j):
        """The institution whose press release or written statement opens the clause that ends at
        token j ("Siaran pers Kementerian ESDM di Jakarta, Minggu", "Keterangan tertulis BPS yang
        diterima di Jakarta, Selasa,"), with only where and when between its name and the verb."""
        lower = self.lower
        sent_start = self.sent_starts[bisect_right(self.sent_starts, max(j, 0)) - 1]
        for p in range(max(sent_start, j - 16), j):
            n = next((len(w) for w in PRESS_RELEASES if tuple(lower[p:p + len(w)]) == w), 0)
            if not n or not self._opens_clause(p):
                continue
            org = self.org_at.get(p + n)
            if org is None or org[0] != p + n or org[1] > j + 1:
                return None
            between = range(org[1], j + 1)
            if any(k in self.person_at or lower[k] in BEFORE_VERBS or lower[k] in {"bahwa", "kepada", "dari"}
                   or self.words[k] in QUOTE_CHARS for k in between):
                return None
            return org[2]
        return None

    def _subject_of(self, j, at):
        """The speaker for the subject ending at token j (before a speech verb): a person's index,
        an institution's name, None for a pronoun nobody can be found for, False when the subject
        is no speaker."""
        doc = self.doc
        while j >= 0 and (doc[j].lower_ in ADVERBS or doc[j].text in DEGREES and not self._opens_sentence_at(j)
                          or doc[j].text == "," and j + 1 < len(doc) and doc[j + 1].text in DEGREES
                          or doc[j].text in WEEKDAYS and j > 1 and doc[j - 1].lower_ == "pada"
                          or doc[j].text == ")" and self._dated_weekday(j)):
            # "Budi Santoso, SH mengatakan", but "MA menyatakan": a degree after a name, an institution alone;
            # "Korea Utara pada Senin memperingatkan …": the day between the subject and the verb
            if doc[j].text == ")":
                j = self._dated_weekday(j)  # "… pada Selasa (22/11/2016) membenarkan …": to the weekday
                continue
            j -= 2 if doc[j].text in WEEKDAYS else 1
        if j < 0:
            return False
        if j > 0 and doc[j].text in LEGAL_FORMS and doc[j - 1].text == ")":
            j -= 1  # "PT Kereta Api Indonesia (KAI) Persero memproyeksi, …": the legal form after the short name
        opening = next((m for m in range(j - 2, max(j - 6, -1), -1) if doc[m].text == "("), None) \
            if doc[j].text == ")" else None
        if opening is not None and all(doc[m].text not in "()" for m in range(opening + 1, j)):
            j = opening - 1  # "Badan Pusat Statistik (BPS) memperkirakan …", "… (ASPEK Indonesia) menilai …"
            if j < 0:
                return False
        if doc[j].text == "," and j >= 3:
            inserted = next((m for m in range(j - 2, max(j - 13, 0), -1) if doc[m].text in {",", ".", ";", ":"}), None)
            if inserted is not None and doc[inserted].text == "," and doc[inserted + 1].lower_ in INSERTED_OPENERS \
                    and doc[inserted - 1].text[:1].isupper():
                j = inserted - 1  # "SMH, mengutip percakapan di kalangan TNI, menyebut bahwa …": the source cited is inserted
        if doc[j].text == "," and j >= 4 and doc[j - 1].text == ")" and doc[j - 3].text == "(" \
                and doc[j - 2].like_num and j - 4 in self.person_at:
            j -= 4  # "Salah seorang saksi mata, Budiman (45), mengatakan …": a person's age between commas
        if doc[j].text == "," and j > 1:
            # "Liliyana atau yang akrab disapa Butet, mengaku …", "Pemain yang akrab disapa Rere itu, mengaku …"
            if doc[j - 1].lower_ in DEMONSTRATIVES:
                called = self._called_before(j - 1)
            else:
                hit = self.person_at.get(j - 1)
                called = hit[2] if hit is not None and hit[1] == j and hit[0] >= 1 \
                    and self.lower[hit[0] - 1] in CALLED_WORDS else None
            if called is not None:
                return called
        led = self._led_body(j, at)
        if led is not None:
            return led  # "Majelis Hakim PN Bandung yang dipimpin hakim ketua X, menyatakan …": the panel
        accompanied = self._accompanied(j, at)
        if accompanied is not None:
            return accompanied  # "Ketua X yang didampingi dua anggotanya, A dan B mengatakan …": X
        issuer = self._press_release_before(j)
        if issuer is not None:
            return issuer  # "Siaran pers Kementerian ESDM di Jakarta, Minggu menyebutkan …"
        named = self._named_before_description(j)
        if named is not None:
            return named  # "Sutarno, salah satu pedagang sayur mengatakan, …"
        named = self._named_then_description(j)
        if named is not None:
            return named  # "Sulaiman salah seorang warga di Kecamatan X mengatakan …"
        group = self._group_named_before(j)
        if group is not None:
            return group  # "Viking Persib Club (VPC) mengeluarkan lima sikap. Intinya, mereka meminta …"
        if self.lower[j].endswith("nya") and self.lower[j][:-3] in KIN_WORDS and self._opens_clause(j, after_adverb=True):
            # "Dalam keterangan itu, istrinya juga mengaku …": the one relative of that kind the article
            # names ("istri Atim, Sanya"), else somebody unnamed
            kin = self.lower[j][:-3]
            found = [i for i, p in enumerate(self.persons) if p.get("role") and len(p["role"].split()) > 1
                     and p["role"].split()[0].lower() == kin and p["role"].split()[1][:1].isupper()]
            return found[0] if len(found) == 1 else None
        if self._unnamed_subject(j):
            return None  # "Sumber yang dekat dengan T.O.P menyebut, …": nobody named (see run)
        if self._initials(j) and self._opens_clause(j) and self._introduced_by_initials(doc[j].text):
            return None  # "Saat diperiksa, PR mengaku …" after "pelaku berinisial PR (24)": unnamed
        if doc[j].lower_ in PRONOUNS:
            inserted = self._inserted_attribution_before(j)
            return inserted if inserted is not None else self._last_before(at)
        if j in self.person_at:
            s = self.person_at[j][0]
            opener = doc[s].sent.start
            while opener < s - 1 and doc[opener].lower_ in CLAUSE_OPENERS:
                opener += 1  # "Namun istri Ahmad mengaku …": his wife, nobody named
            if 0 < s - opener <= 8 and doc[opener].lower_ in KIN_WORDS and doc[opener].text not in HONORIFICS \
                    and self._kin_before(opener, s) and not self._apposition(s):
                return None  # "Putera sulung mantan Gubernur DKI Ali Sadikin menegaskan …": the son, not the father
            if self._team_before(s - 8, s) and not self._apposition(s):
                return None  # "Tim kuasa hukum mantan Menteri Kesehatan X mengklaim …": the team, nobody named
            if s > 0 and self.lower[s - 1] == "pemerintahan":
                return doc[s - 1:j + 1].text  # "pemerintahan Benjamin Netanyahu menyebut …": the government
            return self.person_at[j][2]
        place = self._government_ending_at(j)
        if place is not None:
            return place  # "Yordania mengatakan …", "Otoritas Yordania menyebut …": a country speaks
        hit = self.place_at.get(j)
        if hit is not None and hit[1] == j + 1 and hit[0] - 1 in self.org_at:
            firm = self.org_at[hit[0] - 1]
            if firm[1] == hit[0] and self._opens_clause(firm[0], after_adverb=True):
                return doc[firm[0]:j + 1].text  # "Kadin Jepang menyebut, …": a body and its country or region
        body = self._body_named_in_full(j)
        if body is not None:
            return body  # "Badan Pengawas Pemilihan Umum (Bawaslu) DKI Jakarta menyatakan …"
        k = j
        while k > 0 and k not in self.org_at and k not in self.person_at and doc[k].text in ORG_WORDS:
            k -= 1  # "… dari Mandala Capital Markets menyebut": the NER's organisation ends before "Markets"
        firm = self.org_at.get(k)
        if firm is not None and firm[1] == k + 1 and firm[0] >= 2 and doc[firm[0] - 1].lower_ == "dari" \
                and firm[0] - 2 in self.person_at:
            return self.person_at[firm[0] - 2][2]  # "Mark Mahaney dari RBC Capital Markets menyebut …"
        org = self.org_at.get(j)
        if org is not None and org[1] == j + 1 and self._opens_clause(org[0]):
            return org[2]  # "KPK menyatakan …", "BPJS Ketenagakerjaan mengatakan, …"
        k = j  # "…, hakim ketua pun menutup sidang …": a title in lower case, opening the clause, that
        while k > 0 and j - k < 3 and doc[k - 1].is_lower and doc[k - 1].is_alpha and not self._opens_clause(k):
            k -= 1  # one person of the article holds is that person, not the court's panel
        if k < j and self._opens_clause(k) and all(doc[m].is_lower and doc[m].is_alpha for m in range(k, j + 1)):
            index = self._by_lower_title(doc[k:j + 1].text)
            if index is not None:
                return index
        panel = self._panel_ending_at(j)
        if panel is not None and self._opens_clause(panel):
            return self._panel_name()  # "Hakim menyatakan …", "Dalam pertimbangannya, majelis hakim tipikor menyatakan"
        prosecutors = self._prosecutors_ending_at(j)
        if prosecutors is not None and self._opens_clause(prosecutors, after_adverb=True):
            return self._prosecutors_name()  # "Dalam pertimbangannya, jaksa juga menyatakan bahwa …"
        side = self._side_ending_at(j)
        if side is not None:
            return side  # "Kubu Persija menilai, …", "Pihak promotor menyebut …", "JPU beralasan …"
        if doc[j].lower_ in COMPANY_WORDS and self._opens_clause(j):
            company = self._company_before(j)  # "Selanjutnya, perseroan mengaku, …": the PT written before
            if company is not None:
                return company
        sent_start = self.sent_starts[bisect_right(self.sent_starts, j) - 1]
        if doc[j].text in TITLE_FIRST and doc[j].text[:1].isupper() and self._opens_clause(j, after_adverb=True):
            index = self._by_role(j)  # "Menhub mengatakan …", "Lebih lanjut Kapolres mengatakan, …"
            return index if index is not None else self._last_before(at)
        name = self._capitalised_before(j, sent_start)
        if name is not None:
            k = name
            if doc[k].lower_ in CLAUSE_ADVERBS and k < j and doc[k].is_sent_start:
                k += 1  # "Kemudian Jaksa Agung menjelaskan …": the adverb opening the sentence is no name
            if doc[k].text in TITLE_FIRST and self._opens_clause(k, after_adverb=True):
                index = self._by_role(k)  # "…, Jaksa Agung menyatakan …": whoever holds the office
                if index is not None:
                    return index
            if doc[k].lower_ in INSTITUTION_NOUNS and self._opens_clause(k):
                return doc[k:j + 1].text  # "Komite Internasional Palang Merah mengatakan …" (no NER)
        called = self._called_before(j) if doc[j].lower_ in DEMONSTRATIVES else None
        if called is not None:
            return called  # "Pria yang akrab disapa Budi ini menyatakan …"
        if doc[j].lower_ in DEMONSTRATIVES and j > sent_start:
            institution = self._institution_pointed_at(j)
            if institution is not None:
                return institution  # "Lembaga antirasuah itu pun memastikan …": the KPK named before
        if doc[j].lower_ in DEMONSTRATIVES and j > sent_start and self._description_before(j, sent_start):
            return self._last_before(at)  # "Mantan kapten timnas Indonesia itu juga menyatakan …"
        if doc[j].text == "," and j - 1 > sent_start and doc[j - 1].lower_ in DEMONSTRATIVES \
                and self._description_before(j - 1, sent_start):
            return self._last_before(at)  # "Mantan Kapolrestabes Bandung ini, menjelaskan …" (a comma before the verb)
        if doc[j].text == ",":  # "Nur Aini, ibu dari …, mengatakan"
            for k in range(j - 1, sent_start - 1, -1):
                # also "… Fadli Zon yang namanya juga disebut …, mengatakan", "… Dewa Wijaya di Mataram, Minggu, mengatakan"
                if k in self.person_at and k + 1 < len(doc) and doc[k + 1].lower_ in {",", "yang", "di", "dalam"} \
                        and self.person_at[k][1] == k + 1:
                    if self._opens_with_person(self.person_at[k][0], sent_start) \
                            or self._role_opens(self.person_at[k][0], sent_start):
                        return self.person_at[k][2]  # at the start of the sentence, perhaps after a title
                    return False
        # "Ponaryo Astaman yang hadir di sesi tanya jawab tersebut menuturkan": who the clause is about
        for k in range(j, max(sent_start, j - 12) - 1, -1):
            if doc[k].text in {",", ";", ".", "“", "\""} or doc[k].lower_ in BEFORE_VERBS or k in self.person_at:
                break
            if doc[k].lower_ == "yang" and k - 1 in self.person_at and self.person_at[k - 1][1] == k:
                return self.person_at[k - 1][2]
        # "Kombes Ade Yaya Suryana, dihubungi dari Samarinda menyatakan", "Younger, sebagai sutradara mengatakan":
        # an aside between the subject and the verb
        for k in range(j, max(sent_start, j - 8) - 1, -1):
            if doc[k].text == "," or doc[k].lower_ in {"sebagai", "selaku"}:
                m = k - 1 if doc[k].text == "," or doc[k - 1].text != "," else k - 2
                if (doc[k].text != "," or doc[k + 1].lower_ in ASIDES or doc[k + 1].lower_ in ASIDE_OPENERS) \
                        and m in self.person_at \
                        and self.person_at[m][1] == m + 1 and self._opens_with_person(self.person_at[m][0], sent_start):
                    return self.person_at[m][2]
                if doc[k].text == ",":
                    break
            elif doc[k].is_punct or k in self.person_at or doc[k].lower_ in BEFORE_VERBS:
                break
        # "Anies dalam sambutannya mengatakan", "X saat menyampaikan laporannya mengatakan": an aside with no commas
        for k in range(j, max(sent_start, j - 6), -1):
            if not (doc[k].is_lower and doc[k].is_alpha):
                break
            if doc[k].lower_ in ASIDES or doc[k].lower_ == "dalam":
                m = k - 1
                if m in self.person_at and self.person_at[m][1] == k \
                        and self._opens_with_person(self.person_at[m][0], sent_start):
                    return self.person_at[m][2]
                break
        # "Adi Wisoko Kasman selaku Presiden Direktur Panca Nabati menyatakan", "… Panca Nabati, mengatakan";
        # "Budi Santoso dari LSM Suara Warga mengatakan": who he is or where he is from, between him and the verb
        last = j - 1 if doc[j].text == "," and j > sent_start else j
        for k in range(last, max(sent_start, last - 10) - 1, -1):
            if k in self.person_at:
                e = self.person_at[k][1]
                if e < len(doc) and doc[e].lower_ in {"selaku", "sebagai"}:
                    return self.person_at[k][2]
                if e < last and doc[e].lower_ == "dari" and doc[e + 1].text[:1].isupper() \
                        and self._opens_with_person(self.person_at[k][0], sent_start):
                    return self.person_at[k][2]
                break
            if not (doc[k].text[:1].isupper() or doc[k].lower_ in {"selaku", "sebagai", "dan", "dari", "di"}):
                break
        # "Polri mengajukan anggaran … dan meminta Komisi III DPR mendukung …", "ia telah mengajukan
        # penundaan … dan meminta agar …": a verb of saying joined by "dan" to the clause's first verb
        # has that verb's subject
        if doc[j].lower_ in {"dan", "serta"}:
            c = j - 1
            while c > sent_start and doc[c - 1].text not in {",", ";", ":"} and doc[c - 1].text not in QUOTE_CHARS:
                c -= 1
            v = next((m for m in range(c + 1, j) if doc[m].is_lower and doc[m].is_alpha
                      and doc[m].lower_.startswith(("me", "ber")) and doc[m].lower_ not in ADVERBS), None)
            n = bisect_right(self.sent_starts, j)
            end = self.sent_starts[n] if n < len(self.sent_starts) else len(doc)
            if v is not None and not any(doc[m].lower_ in BEFORE_VERBS or doc[m].lower_ in {"dan", "serta", "yang"}
                                         or doc[m].text in QUOTE_CHARS for m in range(v, j)) \
                    and not any(doc[m].is_lower and len(doc[m].text) > 4 and doc[m].lower_.startswith("di")
                                for m in range(c, v)) \
                    and any(doc[m].is_lower and (doc[m].lower_.startswith(("me", "ber", "di", "ter"))
                                                 and doc[m].lower_ not in PREPOSITION_VERBS
                                                 or doc[m].lower_ in CLAUSE_MARKERS) for m in range(j + 2, end)):
                # (not "Aris disebut Miryam menemui … dan meminta …": a reported clause already; not
                # "memilih hadir dan membeberkan rangkaian fakta baru": no clause, a thing told)
                found = self._subject_of(v - 1, at)
                if found is not False:
                    return found
            return False
        # "KPK selaku penegak hukum menyatakan …", "Pihak X selaku penyelenggara pameran ini menyatakan …":
        # an institution, then what it is acting as, then the verb
        for k in range(j, max(sent_start, j - 10), -1):
            if doc[k].lower_ == "selaku":
                body = self._subject_of(k - 1, at)
                return body if isinstance(body, str) else False
            if doc[k].is_punct or k in self.person_at or doc[k].lower_ in BEFORE_VERBS:
                break
        return False

    def _side_ending_at(self, j):
        """The body that is the subject ending at token j and opening its clause, when neither the
        NER nor the gazetteer knows it: one side of a dispute named after "kubu"/"pihak" ("Kubu
        Persija" is Persija, "Pihak promotor" as written), or a short name in capitals ("JPU
        beralasan …"; not initials standing for a person); else None."""
        doc, lower = self.doc, self.lower
        n = bisect_right(self.sent_starts, j)
        if n < len(self.sent_starts) and self.sent_starts[n] + 1 < len(doc) \
                and lower[self.sent_starts[n]] in POINTING_BACK and lower[self.sent_starts[n] + 1] in DEMONSTRATIVES \
                and layout.paragraph_at(doc, doc[j].idx) is layout.paragraph_at(doc, doc[self.sent_starts[n]].idx):
            return None  # "Pihak kepolisian menyatakan …. Hal itu dikatakan oleh Kasat Lantas X": X said it
        for k in range(j, max(-1, j - 5), -1):
            if lower[k] in SIDE_WORDS:
                if k == j or not self._opens_clause(k, after_adverb=True) \
                        or any(i in self.person_at or not doc[i].is_alpha for i in range(k + 1, j + 1)):
                    return None
                if doc[k + 1].text[:1].isupper() and all(doc[i].text[:1].isupper() for i in range(k + 1, j + 1)):
                    return doc[k + 1:j + 1].text
                return doc[k:j + 1].text if j == k + 1 else None
            if not doc[k].is_alpha:
                break
        word = doc[j].text
        if word.isalpha() and word.isupper() and 2 <= len(word) <= 6 and j not in self.person_at \
                and j not in self.place_at and self._opens_clause(j, after_adverb=True) \
                and not self._introduced_by_initials(word):
            return word
        return None

    def _capitalised_before(self, j, sent_start):
        """Where a run of two to eight capitalised words (no person, no quote mark) ending at
        token j starts, else None."""
        doc = self.doc
        k = j
        while k >= sent_start and j - k < 8 and doc[k].is_alpha and doc[k].text[:1].isupper() \
                and k not in self.person_at:
            k -= 1
        k += 1
        return k if j - k >= 1 else None

    def _subject_clause(self, j):
        """(sentence start, clause start) of the subject ending at token j: back to a comma, a
        colon, a quotation mark or a dash, at most 12 tokens."""
        doc = self.doc
        sent_start = self.sent_starts[bisect_right(self.sent_starts, max(j, 0)) - 1]
        c = j
        while c > sent_start and j - c < 12 and doc[c - 1].text not in {",", ";", ":", "\n"} \
                and doc[c - 1].text not in QUOTE_CHARS and doc[c - 1].text not in {"-", "--", "–", "—"}:
            c -= 1
        return sent_start, c

    def _named_before_description(self, j):
        """The person named at the start of the sentence, before the comma of the unnamed-looking
        description that ends at token j ("Sutarno, salah satu pedagang sayur mengatakan, …": the
        trader is Sutarno); else None."""
        if self.doc[j].text == ",":
            j -= 1
        sent_start, c = self._subject_clause(j)
        if c > j or self.lower[c] not in UNNAMED_HEADS or c < 2 or self.doc[c - 1].text != ",":
            return None
        hit = self.person_at.get(c - 2)
        if hit is None or hit[1] != c - 1 or hit[0] != sent_start:
            return None
        return hit[2]

    def _group_named_before(self, j):
        """The institution that opens the sentence before, in the same paragraph, when the subject
        ending at token j is "mereka" ("VPC mengeluarkan lima sikap. Intinya, mereka meminta …"); else None."""
        doc = self.doc
        if self.lower[j] != "mereka":
            return None
        n = bisect_right(self.sent_starts, j) - 1
        if n < 1:
            return None
        prev = self.sent_starts[n - 1]
        if layout.paragraph_at(doc, doc[prev].idx) is not layout.paragraph_at(doc, doc[j].idx):
            return None
        k = prev
        while k < j and k - prev < 6 and doc[k].is_alpha and doc[k].text[:1].isupper() and k not in self.person_at:
            k += 1  # the capitalised name opening it, as written ("Viking Persib Club", the NER's "Persib Club" inside)
        if k == prev or not any(m in self.org_at for m in range(prev, k)):
            return None
        return doc[prev:k].text

    def _named_then_description(self, j):
        """The person whose name opens the sentence and is followed, with no comma, by an
        unnamed-looking description that ends at token j ("Sulaiman salah seorang warga di
        Kecamatan X mengatakan …"); else None."""
        doc = self.doc
        sent_start = self.sent_starts[bisect_right(self.sent_starts, max(j, 0)) - 1]
        while sent_start < j and self.lower[sent_start] in CLAUSE_OPENERS:
            sent_start += 1  # "Sementara itu Sulaiman salah seorang warga …"
        hit = self.person_at.get(sent_start)
        if hit is None or hit[0] != sent_start or hit[1] > j or self.lower[hit[1]] not in {"salah", "seorang"}:
            return None
        if any(doc[m].is_punct or m in self.person_at for m in range(hit[1], j + 1)):
            return None
        return hit[2]

    def _unnamed_subject(self, j):
        """Whether the subject ending at token j is somebody the article does not name: its clause
        opens with a word like "sumber", "seorang", "pemilik" (quotes.toml `unnamed_heads`) and
        names nobody but after a preposition ("Sumber yang dekat dengan T.O.P"). Not when a
        person the article names has a role with that word ("Pemilik supermarket itu" after
        "Budi, pemilik supermarket"): then it points back to them; nor when the sentence opens
        with the person's name and a comma before it (`_named_before_description`)."""
        doc, lower = self.doc, self.lower
        if doc[j].text == ",":
            j -= 1
        _, c = self._subject_clause(j)
        head = lower[c]
        generic = head in GENERIC_PERSONS and c < j and lower[c + 1] in GENERIC_AFTER and doc[c].is_alpha \
            and c not in self.person_at and lower[j] not in DEMONSTRATIVES \
            and not any(lower[m] in CALLED_WORDS for m in range(c, j + 1))
        # "wanita yang melaporkan X", "Penyanyi lain": somebody unnamed (not "Pria yang akrab disapa Budi ini")
        if (head not in UNNAMED_HEADS and not generic) or c > j or self._named_before_description(j) is not None:
            return False
        if lower[j] in DEMONSTRATIVES and c + 1 < j and doc[c].text[:1].isupper() and doc[c + 1].text[:1].isupper() \
                and doc[c + 1].is_alpha:
            return False  # "Analis Kebijakan Madya Mabes Polri tersebut": a titled office pointing back to its holder
        if head in GOVERNMENT_NOUNS and not all(doc[m].is_lower for m in range(c + 1, j + 1)):
            return False  # "Pemerintah Kota Bandung", "pemerintah Israel": a named government
        for m in range(c, j + 1):
            before = self.person_at[m][0] - 1 if m in self.person_at else -1
            if m in self.person_at and lower[before] not in PREPOSITIONS \
                    and not (doc[before].is_lower and lower[before].startswith(("me", "ber"))):
                return False  # "Pejabat KPK Budi": a named person with a description (not "yang mengenal Budi")
        return generic or not any((p.get("role") or "").lower().split()[:1] == [head] for p in self.persons)

    def _government_ending_at(self, j):
        """The country or government that is the subject ending at token j, opening its clause
        ("Yordania", "Otoritas Yordania", "pemerintah Israel"), as written; else None."""
        hit = self.place_at.get(j)
        if hit is None or hit[1] != j + 1:
            return None
        start = hit[0]
        if start > 0 and self.lower[start - 1] in GOVERNMENT_NOUNS:
            start -= 1
        return self.doc[start:j + 1].text if self._opens_clause(start, after_adverb=True) else None

    def _government_from(self, k):
        """(name, token after it) of a country or government named from token k ("menurut pemerintah
        Israel"), else None."""
        first = k
        if k < len(self.doc) and self.lower[k] in GOVERNMENT_NOUNS:
            k += 1
        hit = self.place_at.get(k)
        if hit is None or hit[0] != k:
            return None
        return self.doc[first:hit[1]].text, hit[1]

    def _opens_with_person(self, s, sent_start):
        """Whether the person named from token s opens the sentence or clause, perhaps after a title
        ("Ditemui terpisah, Wakil Ketua DPR Fadli Zon …", "Pelaksana tugas Kasubdit … Dewa Wijaya")."""
        doc = self.doc
        p = s
        while p > sent_start and (doc[p - 1].text[:1].isupper() or doc[p - 1].lower_ in {"dan", "di", "dari", "tugas", "harian"}
                                  or doc[p - 1].text in {"(", ")", "."}):
            p -= 1
        # "Sementara itu Menteri Dalam Negeri X dalam pengarahannya mengingatkan, …": a connective opens the clause
        return p == sent_start or doc[p - 1].text == "," or doc[p - 1].lower_ in CLAUSE_OPENERS \
            or all(not doc[m].is_lower for m in range(sent_start, s))

    def _role_opens(self, s, sent_start):
        """Whether the words before the person named from token s, from the start of the sentence
        (after "Sementara (itu)", "Namun"), are a description with no verb and no punctuation:
        "Asisten pelatih timnas Indonesia X, menyebutkan …", "Sementara pelatih Laos X, mengungkapkan …"."""
        doc = self.doc
        p = sent_start
        while p < s and doc[p].lower_ in CLAUSE_OPENERS:
            p += 1
        if p >= s or s - p > 8 or doc[p].lower_ not in PERSON_NOUNS and doc[p].text not in TITLE_FIRST:
            return False
        return all(doc[m].is_alpha and not (doc[m].is_lower and doc[m].lower_.startswith(("me", "ber", "di", "ter"))
                                            and doc[m].lower_ not in PERSON_NOUNS) for m in range(p, s))

    def _institution_pointed_at(self, j):
        """The institution named last before a subject that points back to one ("Lembaga
        antirasuah itu", "perusahaan tersebut", "Komisi ini"): an institution noun opening the
        clause, at most three lowercase words, then the demonstrative at j. None otherwise."""
        doc = self.doc
        k = j - 1
        while k > 0 and j - k <= 3 and doc[k].is_lower and doc[k].is_alpha and doc[k].lower_ not in INSTITUTION_NOUNS:
            k -= 1
        if doc[k].lower_ not in INSTITUTION_NOUNS or not self._opens_clause(k) \
                or not all(doc[m].is_lower and doc[m].is_alpha for m in range(k + 1, j)):
            return None
        return self._org_named_last_before(k)

    def _statement_pointed_back(self, k):
        """For "pernyataan tersebut" at token k: the institution named last before it, in its sentence
        or the two before, when no person has been spoken of since; else None."""
        body = self._org_named_last_before(k, where=True)
        if body is None:
            return None
        i = bisect_left(self.salient_at, self.token_starts[k])
        return body[1] if i == 0 or self.salient_at[i - 1] < self.token_starts[body[0]] else None

    def _org_named_last_before(self, k, where=False):
        """The institution named last before token k, in its sentence or the two before, and not the
        outlet of the dateline ("Merdeka.com - …"); None when there is none. With `where`, (its first
        token, its name)."""
        doc = self.doc
        s = bisect_right(self.sent_starts, k) - 1
        since = self.sent_starts[max(0, s - 2)]
        best = None
        for start, end, text in set(self.org_at.values()):
            if since <= start and end <= k and not self.inside.covers(self.token_starts[start]) \
                    and not (end < len(doc) and doc[end].text in {"-", "--", "–", "—"}) and (best is None or start > best[0]):
                best = (start, text)
        if best is not None and best[0] >= 2 and doc[best[0] - 1].text == "(" and best[0] - 2 in self.org_at:
            name = self.org_at[best[0] - 2][2]  # "Komisi Pemberantasan Korupsi (KPK)": the name, not its abbreviation
            return (best[0], name) if where else name
        if best is None:
            return None
        return best if where else best[1]

    def _panel_ending_at(self, j):
        """Where "hakim" or "majelis hakim" starts when the subject ending at token j names the
        court's panel ("Hakim", "majelis hakim tipikor", "hakim tersebut"), else None."""
        lower = self.lower
        k = j
        while k > 0 and (j - k < 2 or self.words[k][:1].isupper() and j - k < 8) and lower[k] not in PANEL_HEADS:
            k -= 1  # "tipikor", "tersebut", "Pengadilan Negeri Sleman" after the panel
        if lower[k] not in PANEL_HEADS or k in self.person_at or (k + 1 < len(lower) and k + 1 in self.person_at):
            return None
        if lower[k] == "hakim" and k > 0 and lower[k - 1] == "majelis":
            k -= 1
        return k

    def _prosecutors_ending_at(self, j):
        """Where "jaksa" or "jaksa penuntut umum" starts when the subject ending at token j is the
        prosecution with no one named ("jaksa", "Jaksa Penuntut Umum"), else None."""
        lower = self.lower
        for words in PROSECUTORS:
            k = j - len(words) + 1
            if k >= 0 and tuple(lower[k:j + 1]) == words and not any(i in self.person_at for i in range(k, j + 2)):
                return k
        return None

    def _prosecutors_name(self):
        """The prosecution as the article names it: "Jaksa Penuntut Umum" when it writes that out
        (in whatever case), else "jaksa"."""
        lower = self.lower
        for i in range(len(lower) - 2):
            if lower[i] == "jaksa" and lower[i + 1] == "penuntut" and lower[i + 2] == "umum":
                return self.doc[i:i + 3].text
        return "jaksa"

    def _panel_name(self):
        """The panel as the article first names it with its court ("Majelis hakim Pengadilan Tindak
        Pidana Korupsi (Tipikor) Jakarta"), else "majelis hakim"."""
        if self.panel is None:
            self.panel = "majelis hakim"
            doc, lower = self.doc, self.lower
            for i in range(len(doc) - 2):
                if lower[i] == "majelis" and lower[i + 1] == "hakim" and doc[i + 2].text[:1].isupper() \
                        and i + 2 not in self.person_at:
                    k = i + 2
                    while k < len(doc) and (doc[k].text[:1].isupper() or doc[k].text in {"(", ")"}) \
                            and k not in self.person_at and not (doc[k].is_sent_start and k > i + 2):
                        k += 1
                    while k > i + 2 and doc[k - 1].text == "(":
                        k -= 1
                    name = doc[i:k].text
                    self.panel = name[:1].upper() + name[1:]
                    break
        return self.panel

    def _company_before(self, j):
        """The last company (a PT, or Tbk) named before token j, or None."""
        best = None
        for start, end, text in set(self.org_at.values()):
            if end <= j and (text.startswith("PT ") or text.endswith(" Tbk")) and (best is None or start > best[0]):
                best = (start, text)
        if best is None:
            return None
        start, text = best
        doc, end = self.doc, start + len(text.split())
        for m in range(end, min(end + 4, len(doc))):
            if not doc[m].text[:1].isupper():
                break
            if doc[m].text == "Tbk":
                return doc[start:m + 1].text  # "PT Marga Abhinaya" of "PT Marga Abhinaya Abadi Tbk"
        return text

    def _led_body(self, j, at):
        """The body that speaks when the subject ending at j is "<body> yang dipimpin <leader>": a court
        panel, an institution (a string); None when the words before "yang" are no such body."""
        doc = self.doc
        sent_start = self.sent_starts[bisect_right(self.sent_starts, j) - 1]
        for k in range(j, max(sent_start, j - 14), -1):
            if doc[k].text in {";", ".", "\"", "“"}:
                return None
            if doc[k].lower_ == "yang" and k + 1 <= j and doc[k + 1].lower_ in LED_WORDS:
                if k - 1 < sent_start:
                    return None
                body = self._subject_of(k - 1, at)
                return body if isinstance(body, str) else None
        return None

    def _accompanied(self, j, at):
        """The speaker when the subject ending at j is "<someone> yang didampingi <others>" or
        "<someone>, didampingi <others>": the one before "yang" or the comma (a person's index or an
        institution's name); None when there is no such phrase or nobody before it."""
        sent_start = self.sent_starts[bisect_right(self.sent_starts, j) - 1]
        k = self._accompanying_word(j, max(sent_start, j - 16))
        if k is None or k - 1 <= sent_start:
            return None
        subject = self._subject_of(k - 2, at)
        return subject if subject is not None and subject is not False else None

    def _called_before(self, j):
        """The person whose name ends a description before the demonstrative at j, given by a word
        of calling: "pria yang akrab disapa Budi ini", "yang lebih sering dipanggil Ahok sehari-hari
        itu" (up to two lowercase words between the name and the demonstrative)."""
        doc = self.doc
        k = j - 1
        while k > j - 3 and k >= 0 and doc[k].is_lower and k not in self.person_at:
            k -= 1
        hit = self.person_at.get(k)
        if hit is None or hit[1] != k + 1 or hit[0] < 1 or doc[hit[0] - 1].lower_ not in CALLED_WORDS:
            return None
        return hit[2]

    def _description_before(self, j, sent_start):
        """Whether the words before the demonstrative at j describe someone ("mantan Kepala Staf
        Angkatan Darat (KSAD) tersebut", "politisi PDIP ini"): no verb, no comma in between."""
        doc = self.doc
        k = j - 1
        while k >= sent_start and doc[k].text not in {",", ";", ":"} and j - k <= 8:
            t = doc[k]
            if t.is_lower and t.lower_.startswith(("me", "ber", "di", "ter")) and t.lower_ not in PERSON_NOUNS \
                    and t.lower_ not in {"berusia", "berumur", "di"}:  # "aktor berusia 29 tahun itu", "duta besar RI di Belanda itu"
                return False
            if t.lower_ in PERSON_NOUNS:
                return True
            k -= 1
        return False

    def _body_named_in_full(self, j):
        """The institution whose full name, maybe with its short form in brackets and its country or
        region, ends at token j and opens its clause ("Eastern Kentucky University School of Music",
        "Food and Drug Administration (FDA) Amerika Serikat"): a capitalised run holding a word of
        quotes.toml `institution_heads`, no person in it. As written; else None."""
        doc = self.doc
        end = j
        hit = self.place_at.get(j)
        if hit is not None and hit[1] == j + 1 and hit[0] >= 4 and doc[hit[0] - 1].text == ")" \
                and doc[hit[0] - 3].text == "(":
            j = hit[0] - 4  # before "(FDA) Amerika Serikat"
        elif doc[j].text == ")" and j >= 3 and doc[j - 2].text == "(":
            j -= 3  # before "(FDA)"
        sent_start = self.sent_starts[bisect_right(self.sent_starts, max(j, 0)) - 1]
        k, head = j, False
        while k >= sent_start and j - k < 10 and k not in self.person_at and (
                doc[k].is_alpha and doc[k].text[:1].isupper() or doc[k].lower_ in NAME_JOINERS and k < j):
            head = head or doc[k].text in INSTITUTION_HEADS
            k -= 1
        k += 1
        while k < j and doc[k].lower_ in NAME_JOINERS:
            k += 1
        if not head or j - k < 1 or not self._opens_clause(k, after_adverb=True):
            return None
        return doc[k:end + 1].text

    def _inserted_attribution_before(self, j):
        """The person of an attribution set between commas earlier in the sentence of token j
        ("Sebagai warga negara, lanjut Agus, X memang punya hak …, tetapi ia menyarankan …": "ia" is
        Agus, who is speaking, not X); None when there is none."""
        n = bisect_right(self.sent_starts, j) - 1
        found = self._inserted_by_sentence.get(n)
        if found is None:  # once per sentence: (end of the attribution, person) for each ", kata X,"
            doc, lower = self.doc, self.lower
            sent_start = self.sent_starts[n]
            sent_end = self.sent_starts[n + 1] if n + 1 < len(self.sent_starts) else len(doc)
            found = []
            for k in range(sent_start + 1, sent_end - 2):
                if lower[k] in AFTER_VERBS and doc[k - 1].text == "," and k + 1 in self.person_at:
                    s, e, index = self.person_at[k + 1]
                    if s == k + 1 and e < sent_end and doc[e].text == ",":
                        found.append((e, index))
            self._inserted_by_sentence[n] = found
        return next((index for e, index in found if e < j), None)

    def _dated_weekday(self, j):
        """For ")" at token j closing a date after "pada <weekday>" ("pada Selasa (22/11/2016)"), the
        weekday's token; else None."""
        doc = self.doc
        o = j - 1
        while o > 0 and j - o < 6 and doc[o].text != "(":
            o -= 1
        if o > 1 and doc[o].text == "(" and doc[o - 1].text in WEEKDAYS and doc[o - 2].lower_ == "pada" \
                and any(doc[m].text[:1].isdigit() for m in range(o + 1, j)):
            return o - 1
        return None

    def _opens_clause(self, k, after_adverb=False):
        """Whether token k starts its sentence or clause (after a comma or "sementara itu"; with
        `after_adverb`, also after an adverb that does: a government's statement)."""
        doc = self.doc
        if k == 0 or doc[k].is_sent_start:
            return True
        prev = doc[k - 1]
        # "Jakarta, CNN Indonesia -- BPS memperkirakan …": a dateline's dash opens the lede
        if after_adverb and prev.lower_ in CLAUSE_ADVERBS:
            return self._opens_clause(k - 1)  # "Sekadar informasi, sebelumnya pemerintah China mengumumkan …"
        if after_adverb and prev.lower_ == "lanjut" and k > 1 and doc[k - 2].lower_ == "lebih":
            return self._opens_clause(k - 2)  # "Lebih lanjut Kapolres mengatakan, …"
        return prev.text in {",", ";", ":", "\n", "-", "--", "–", "—"} or prev.text in QUOTE_CHARS \
            or prev.lower_ in CLAUSE_OPENERS

    def _by_role(self, k):
        """The person whose role is the title at token k ("Menaker", "Direktur Utama"), or None."""
        doc = self.doc
        words = []
        while k < len(doc) and doc[k].text[:1].isupper() and len(words) < 6:
            words.append(doc[k].text)
            k += 1
        title = _spelled_out(" ".join(words))
        office = next((name for name in OFFICE_NAMES if title == name or title.startswith(name + " ")), None)
        if office is not None:
            title = OFFICE_NAMES[office]  # "kata Kepala Negara": the president
            return next((index for index, person in enumerate(self.persons)
                         if _spelled_out(person.get("role") or "") == title), None)
        for index, person in enumerate(self.persons):
            role = _spelled_out(person.get("role") or "")
            if role and title and (role == title or title.startswith(role) or role.startswith(title)):
                return index
        return None

    def _by_lower_title(self, phrase):
        """The one person whose role starts with the title written in lower case after the verb
        ("ujar walikota", "kata kepala dinas"), or None when nobody or several have it."""
        words = _spelled_out(phrase[:1].upper() + phrase[1:]).split()
        found = [index for index, person in enumerate(self.persons)
                 if words and _spelled_out(person.get("role") or "").split()[:len(words)] == words]
        return found[0] if len(found) == 1 else None

    def _mention_from(self, k, limit, until=None):
        """The person mentioned within `limit` tokens from k, before any lowercase word."""
        hit = self._mention_span_from(k, limit, until)
        return None if hit is None else hit[2]

    def _mention_span_from(self, k, limit, until=None):
        """(start, end, person index) of that mention, or None."""
        doc = self.doc
        until = len(doc) if until is None else until
        for m in range(k, min(k + limit, until)):
            if m in self.person_at:
                return self.person_at[m]
            t = doc[m]
            if t.is_sent_start and m > k or t.text in {",", ".", ";"} or (t.is_lower and t.lower_ not in {"dan", "di"}):
                return None
        return None

    def _last_before(self, offset):
        """The person spoken of last before `offset` (see _salient); failing that, the person
        named last before it in the body ("usia Donna … Menurutnya, …")."""
        i = bisect_left(self.salient_at, offset)
        u = bisect_left(self.unnamed_at, offset)
        if u > 0 and (i == 0 or self.unnamed_at[u - 1] > self.salient_at[i - 1]):
            return None  # the one spoken of last is somebody unnamed ("kata seorang saksi mata")
        if i > 0:
            if not self.strong[i - 1]:
                # "Roque membantah … yang disampaikan Duterte. “…,” katanya.": the subject of the
                # sentence, not someone named at its end, is who goes on speaking
                sent_start = self._sentence_start_char(self._token_at(self.salient_at[i - 1]))
                pronoun = self._pronoun_subject(sent_start)
                for m in range(i - 2, -1, -1):
                    if self.salient_at[m] < sent_start and not pronoun:
                        break
                    if self.strong[m]:
                        # ("Pelatih … Herry memastikan … Namun, ia tidak memasang target kepada Marcus /
                        # Kevin. “…,” ujarnya.": "ia", the subject, is who goes on speaking)
                        return self._still_the_speaker(self.salient_at[m], self.salient[m][1], offset)
            return self._still_the_speaker(self.salient_at[i - 1], self.salient[i - 1][1], offset)
        i = bisect_left(self.any_at, offset)
        return self.any_mention[i - 1][1] if i > 0 else None

    def _mark_salient(self, at, index):
        """The person an office names after a verb ("tutur Kepala Negara", "kata Menaker") is spoken of
        there, as a name would be: a later "katanya" may mean them."""
        i = bisect_left(self.salient_at, at)
        if i < len(self.salient_at) and self.salient_at[i] == at:
            return
        self.salient_at.insert(i, at)
        self.salient.insert(i, (at, index))
        self.strong.insert(i, True)

    def _pronoun_subject(self, sent_start_char):
        """Whether the sentence starting at `sent_start_char` has a pronoun for its subject ("Namun,
        ia tidak …", "Dia kemudian …"): the one it means is named before that sentence."""
        k = self._token_at(sent_start_char)
        lower = self.lower
        while k is not None and k < len(lower) and (lower[k] in SUBJECT_OPENERS or lower[k] == ","):
            k += 1
        return k is not None and k < len(lower) and lower[k] in PRONOUNS

    def _still_the_speaker(self, at, index, offset):
        """Who a "katanya" at `offset` means when the one spoken of last, at `at`, is `index`:
        somebody the speaker of the quote just before has been talking about, the subject of a
        narrative paragraph in between ("Pada 2 April, Nadir bersama Budi berangkat …" between two
        quotes of the police spokesman about Nadir), does not take the speech over in the next
        paragraph. `index` otherwise."""
        if any(start < offset and who == index for start, who in self.spoke) \
                or any(who == index and self.token_starts[s] < offset and self._speaks(s, e)
                       and not isinstance(self._reporter_of(s), int)
                       for s, e, who in self.mentions):
            return index  # has spoken before ("Hal serupa diucapkan Retno."): may well go on
        earlier = [(start, who) for start, who in self.spoke if start < at]
        if not earlier:
            # (direct quotes are attributed before indirect ones: "Menurut dia, Presiden X juga meminta …"
            # then "“…,” ujarnya." is still his, not X's, though his "Menurut dia" is not attributed yet)
            reporter = self._reporter_of(self._token_at(at))
            return reporter if isinstance(reporter, int) and reporter != index else index
        start, last = max(earlier)
        paras = self.paras
        here = next((n for n, p in enumerate(paras) if p.start <= at < p.end), None)
        there = next((n for n, p in enumerate(paras) if p.start <= start < p.end), None)
        if last == index or here is None or there is None or here - there > 1 or paras[here].end > offset:
            return index  # (in the same paragraph, "Novel baru akan … Sejauh ini dia mengaku …" is Novel)
        words, lower = self.words, self.lower
        talked_about = any(who == index and self.token_starts[s] < at
                           and (self.inside.covers(self.token_starts[s]) or self._in_reported_clause(s)
                                or s > 0 and lower[s - 1] == "bahwa"
                                or s > 1 and words[s - 1] in {",", ":"} and lower[s - 2] in BEFORE_VERBS
                                # "ia juga memperingatkan Andik dkk supaya …": the one a statement is addressed to
                                or s > 0 and lower[s - 1] in BEFORE_VERBS)
                           for s, e, who in self.mentions)
        return last if talked_about or self._account_of(paras[here], last) or self._described_as_said(index, last, at) \
            else index

    def _described_as_said(self, index, last, at):
        """Whether the person at `index` is named before `at` after a description that the quotes of
        `last` use for them ("korban Rudi" after "“Korban sempat mengeluh …,” katanya"): the speaker
        has been talking about them, and goes on."""
        lower = self.lower
        nouns = {lower[s - 1] for s, _e, who in self.mentions
                 if who == index and s > 0 and self.token_starts[s] <= at and lower[s - 1] in ROLE_NOUN_WORDS
                 and self.words[s - 1].islower()}
        if not nouns:
            return False
        said = {w for s, e, who in self.spoke_spans if who == last and s < at
                for w in re.findall(r"\w+", self.text[s:e].lower())}
        return not nouns.isdisjoint(said)

    def _account_of(self, para, index):
        """Whether the paragraph opens with the person at `index` (or a pronoun for them) and a
        verb of saying: the rest of it is their account ("Dia bercerita, awalnya … . Menteri X saat
        itu menyiapkan …"), and who is named in it does not go on speaking."""
        k = self._token_at(para.start)
        lower = self.lower
        if k < len(lower) and lower[k] in PRONOUNS:
            k += 1
        elif k in self.person_at and self.person_at[k][2] == index:
            k = self.person_at[k][1]
        else:
            return False
        while k < len(lower) and lower[k] in ADVERBS:
            k += 1
        return k < len(lower) and lower[k] in BEFORE_VERBS and lower[k] not in WISH_VERBS

    def _initials(self, k):
        """Whether token k is initials standing for a person ("PR", "Wn", "S"): one to three
        letters, capitalised, no person, institution or place."""
        word = self.words[k]
        return word.isalpha() and len(word) <= 3 and word[0].isupper() and k not in self.person_at \
            and k not in self.org_at and k not in self.place_at

    def _introduced_by_initials(self, word):
        """Whether the article writes `word` as somebody's initials: after "inisial"/"berinisial",
        or with an age in brackets ("PR (24)")."""
        words, lower = self.words, self.lower
        for k, w in enumerate(words):
            if w == word and k > 0 and (lower[k - 1] in {"inisial", "berinisial"}
                                        or k + 3 < len(words) and words[k + 1] == "(" and words[k + 2].isdigit()
                                        and words[k + 3] == ")"):
                return True
        return False

    def _speaks(self, s, e):
        """Whether the mention from token s to e is somebody speaking: "Nadir membantah",
        "diucapkan Retno", "kata Retno", "menurut Retno"."""
        lower = self.lower
        k = e
        while k < len(lower) and lower[k] in ADVERBS:
            k += 1
        if k < len(lower) and (lower[k] in BEFORE_VERBS or lower[k] in AFTER_VERBS):
            return True
        p = s - 1
        while p >= 0 and (self.words[p] in HONORIFICS or self.words[p][:1].isupper() and p not in self.person_at) \
                and s - p < 6:
            p -= 1  # "kata Menlu Retno": back over the title
        return p >= 0 and (lower[p] in AFTER_VERBS or lower[p] in PASSIVE or lower[p] == "menurut")

    def _token_at(self, offset):
        """The first token starting at or after character `offset`."""
        return bisect_left(self.token_starts, offset)


def _shared_names_to_the_main_person(doc, persons, mentions):
    """Mentions with a short name two people share ("Lowes" of Alex Lowes and of his brother Sam
    Lowes, named once in a description) go to the one whose full name the article writes most,
    not to whoever was named last; a tie keeps the mention as found."""
    if len(persons) < 2:
        return mentions
    full = [0] * len(persons)
    for s, e, index in mentions:
        if e - s > 1 and doc[s:e].text == persons[index].get("name"):
            full[index] += 1
    out = []
    for s, e, index in mentions:
        text = doc[s].text if e - s == 1 else None
        if text is not None and text != persons[index].get("name"):
            sharing = [k for k, p in enumerate(persons) if text in (p.get("name") or "").split()]
            if len(sharing) > 1:
                best = max(sharing, key=lambda k: full[k])
                if full[best] > full[index]:
                    index = best
        out.append((s, e, index))
    return out


LIST_GOES_ON = frozenset({",", "dan", "serta", "&", "/", ";", ".", "atau"})


def _title_cased(text):
    """A few words, each capitalised: a title, not speech."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text)]
    return 0 < len(words) <= 6 and all(w[:1].isupper() for w in words)


ROLE_NOUN_WORDS = frozenset(n.split()[0] for n in PEOPLE_WORDS["role_nouns"])
ROLE_NOUN_ALL = frozenset(w for n in PEOPLE_WORDS["role_nouns"] for w in n.split())
RELATIONS = frozenset({"anak", "ayah", "ibu", "putra", "putri", "cucu", "istri", "suami", "kakak", "adik", "keponakan"})
PREPOSITIONS = frozenset({"oleh", "dari", "kepada", "dengan", "bersama", "untuk", "bagi", "terhadap", "antara"})
# prepositions whose object is only talked about ("serupa dengan Stefanus", "kepada Budi"); not "oleh"
# or "dari", whose name may be who spoke ("disampaikan oleh Budi"), nor "bersama"
OBJECT_PREPOSITIONS = frozenset({"kepada", "dengan", "untuk", "bagi", "terhadap", "antara", "tentang", "mengenai"})


def _possessed_by(word):
    """Whether a lowercase word before a name makes the name its possessor: "anak Jokowi",
    "pernikahan Kahiyang-Bobby" (not "pelatih Djanur", a description; not "disampaikan Duterte",
    "bersama Djanur", after a verb or a preposition)."""
    if word.startswith(("pe", "ke")) and word.endswith("an") and not word.endswith("kan"):
        return True  # "pernikahan Kahiyang-Bobby", "kematian Julia": a noun made from a verb
    if word.startswith("me") and len(word) > 4 and word not in BEFORE_VERBS and word != "menurut":
        return True  # "motif pelaku membunuh Dewa Astuti,": the object of a verb
    return word.isalpha() and (word not in ROLE_NOUN_WORDS or word in RELATIONS) and word not in PREPOSITIONS \
        and not word.startswith(("me", "ber", "di", "ter", "ke", "se", "pe"))


def _spelled_out(role):
    """A role in lower case with an abbreviated first word spelled out ("Menaker" → "menteri ketenagakerjaan")."""
    first = role.split()[0] if role.split() else ""
    if first in ROLE_NAMES:
        role = ROLE_NAMES[first] + role[len(first):]
    return role.lower()


class _Ranges:
    """Sorted, non-overlapping character ranges."""

    def __init__(self, ranges):
        self.ranges = sorted(ranges)
        self.starts = [s for s, _ in self.ranges]

    def covers(self, offset):
        i = bisect_left(self.starts, offset + 1) - 1
        return i >= 0 and self.ranges[i][0] <= offset < self.ranges[i][1]

    def overlaps(self, start, end):
        i = bisect_left(self.starts, end)
        return i > 0 and self.ranges[i - 1][1] > start
