"""Cues of criticism and praise (cues.toml) and the party each one judges.

A sentence is cut into lowercased words; cues and party names are found in it (longest match
first); each cue judges one party, chosen by its `about` (cues.toml explains the five kinds)
within its clause. So in "BPJS Kesehatan menjatuhkan sanksi kepada rumah sakit" the cue
"sanksi" (given) judges "rumah sakit", and BPJS Kesehatan gets nothing from it.

Word order does the work a parser would: Indonesian is subject–verb–object, passives put the
patient first ("X digugat Y"), and prepositions mark who is not a subject.
"""

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

CUES_PATH = Path(__file__).with_name("cues.toml")
WORD = re.compile(r"[^\W\d_]*\d+(?:[.,]\d+)+\w*|\w+(?:-\w+)*|[^\w\s]")  # "Rp1,2" keeps its comma
# "." is not here: the text is one sentence already, so a "." inside it ends an abbreviation.
PUNCT_BOUNDARY = frozenset(",;:!?()\"“”‘’[]")
NEGATION_REACH = 2  # a negator this many words before a cue turns it around
REDUCER_REACH = 4  # a reducer this many words after it ("defisit BPJS Kesehatan dapat ditekan")
RECEIVER_REACH = 2
GOVERNED_REACH = 2  # a preposition this many words before a party governs it
ABOUT = ("before", "after", "given", "agent", "either")
# verbs through which a state reaches the party after them ("gangguan server membuat aplikasi JMO ...")
CAUSES = frozenset({"membuat", "menyebabkan", "mengakibatkan", "memicu", "menimbulkan", "membikin"})


@dataclass(frozen=True)
class Cue:
    tone: int  # +1 praise, -1 criticism
    about: str
    weight: float


NOT_A_CUE = Cue(0, "before", 0.0)  # a phrase that holds a cue word but judges nobody ("tindak pidana")


@dataclass
class Found:
    start: int  # word index
    end: int
    polarity: float  # signed, after negation and weight
    about: str


@dataclass(frozen=True)
class Lexicon:
    cues: dict  # tuple of words -> Cue
    parties: frozenset  # tuples of words
    negators: frozenset
    reducers: frozenset
    receivers: frozenset
    reporters: frozenset
    boundaries: frozenset
    purpose: frozenset
    prepositions: frozenset
    linking: frozenset
    predicate_markers: frozenset
    members: frozenset  # tuples of words
    name_heads: frozenset  # tuples of words
    longest: int


@lru_cache(maxsize=4)
def load(path: str | None = None) -> Lexicon:
    path = Path(path or CUES_PATH)
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    cues = {tuple(phrase.lower().split()): NOT_A_CUE for phrase in data.get("not_cues", [])}
    for group in data["cue"]:
        cue = Cue(+1 if group["tone"] == "positive" else -1, group["about"], float(group.get("weight", 1.0)))
        if cue.about not in ABOUT or group["tone"] not in ("positive", "negative"):
            raise ValueError(f"{path}: a cue group needs tone positive|negative and about {'|'.join(ABOUT)}")
        for phrase in group["words"]:
            key = tuple(phrase.lower().split())
            if key in cues:
                raise ValueError(f"{path}: {phrase!r} is listed twice")
            cues[key] = cue
    members = frozenset(tuple(p.lower().split()) for p in data.get("members", []))
    name_heads = frozenset(tuple(p.lower().split()) for p in data.get("name_heads", []))
    parties = frozenset(tuple(p.lower().split()) for p in data.get("parties", [])) | members | name_heads
    longest = max(len(k) for k in (*cues, *parties))
    sets = {k: frozenset(data.get(k, [])) for k in
            ("negators", "reducers", "receivers", "reporters", "boundaries", "purpose", "prepositions", "linking", "predicate_markers")}
    return Lexicon(cues, parties, members=members, name_heads=name_heads, longest=longest, **sets)


def words(text: str) -> list[tuple[str, int, int]]:
    """(lowercased word, start, end) with character offsets in text."""
    return [(m.group().lower(), m.start(), m.end()) for m in WORD.finditer(text)]


def short_brackets(seq: list[str], longest: int = 4) -> set[int]:
    """Positions of the brackets around a short aside — an abbreviation, a date, a name: "Kementerian
    Dalam Negeri (Kemendagri)", "alat kesehatan (alkes)". Those do not end a clause."""
    out = set()
    for i, word in enumerate(seq):
        if word == "(":
            close = next((j for j in range(i + 1, min(len(seq), i + longest + 2)) if seq[j] == ")"), None)
            if close is not None and not any(w in PUNCT_BOUNDARY for w in seq[i + 1:close]):
                out.update((i, close))
    return out


def clauses(seq: list[str], lexicon: Lexicon) -> list[int]:
    """Clause number of each word: punctuation and clause-opening conjunctions start a new one;
    "untuk"/"agar" only before a verb (meN-, di-)."""
    out, clause = [], 0
    short = short_brackets(seq)
    for i, word in enumerate(seq):
        nxt = seq[i + 1] if i + 1 < len(seq) else ""
        if i in short:
            pass
        elif (word in PUNCT_BOUNDARY or word in lexicon.boundaries
                or (word in lexicon.purpose and nxt.startswith(("me", "di")) and len(nxt) > 4)):
            clause += 1
        out.append(clause)
    return out


def match_phrases(seq: list[str], table, longest: int) -> list[tuple[int, int, object]]:
    """Longest, left-to-right matches of the word tuples in `table` (a dict or a set)."""
    found, i, n = [], 0, len(seq)
    while i < n:
        for size in range(min(longest, n - i), 0, -1):
            key = tuple(seq[i:i + size])
            if key in table:
                found.append((i, i + size, table[key] if isinstance(table, dict) else key))
                i += size
                break
        else:
            i += 1
    return found


def find_cues(seq: list[str], lexicon: Lexicon) -> list[Found]:
    out = []
    for start, end, cue in match_phrases(seq, lexicon.cues, lexicon.longest):
        if cue is NOT_A_CUE:
            continue
        polarity = cue.tone * cue.weight
        turned = (any(w in lexicon.negators for w in seq[max(0, start - NEGATION_REACH):start])
                  or any(w in lexicon.reducers for w in seq[end:end + REDUCER_REACH]))
        if turned:  # "belum berhasil" is criticism; "tak lagi menunggak" only mild praise
            polarity = -polarity if polarity > 0 else -0.5 * polarity
        about = cue.about
        if about != "before" and any(w in lexicon.receivers for w in seq[max(0, start - RECEIVER_REACH):start]):
            about = "before"
        out.append(Found(start, end, polarity, about))
    return out


class Sentence:
    """One sentence's words, clauses and parties, and the party each cue judges."""

    def __init__(self, text: str, party_spans=(), lexicon: Lexicon | None = None):
        self.lexicon = lexicon = lexicon or load()
        self.tokens = words(text)
        self.seq = [t[0] for t in self.tokens]
        self.capitalised = [text[s:e][:1].isupper() for _, s, e in self.tokens]
        self.clause = clauses(self.seq, lexicon)
        self.parties = self.word_ranges(party_spans)
        taken = {i for s, e in self.parties for i in range(s, e)}
        for s, e, key in match_phrases(self.seq, lexicon.parties, lexicon.longest):
            if not taken.intersection(range(s, e)):
                self.parties.append((s, self.name_end(e) if key in lexicon.name_heads else e))
        self.parties.sort()

    def name_end(self, end: int, longest: int = 4) -> int:
        """Where a name that starts with a kind of organisation ends: "RS Harapan Bunda", "RSUD
        Sumber Sehat", "PT Sinar Padi" — capitalised words, not a verb ("Dipolisikan", "Tolak")
        nor a negator; so "Sehat" in a hospital's name is no praise."""
        stop = end + longest
        while end < min(stop, len(self.seq)) and self.capitalised[end] and self.seq[end][:1].isalpha():
            word = self.seq[end]
            cue = self.lexicon.cues.get((word,))
            if (word in self.lexicon.negators or (cue is not None and cue.about != "before")
                    or (word.startswith(("di", "me", "ter", "ber", "ke")) and len(word) > 5)):
                break
            end += 1
        return end

    def word_ranges(self, spans) -> list[tuple[int, int]]:
        out = []
        for s, e in spans:
            idx = [i for i, (_, ws, we) in enumerate(self.tokens) if ws < e and we > s]
            if idx and (idx[0], idx[-1] + 1) not in out:
                out.append((idx[0], idx[-1] + 1))
        return out

    def _preceded_by(self, party, words) -> bool:
        """Whether one of `words` comes right before the party (up to GOVERNED_REACH words back,
        not across another party or a clause boundary)."""
        start = party[0]
        for i in range(start - 1, max(-1, start - 1 - GOVERNED_REACH), -1):
            if self.clause[i] != self.clause[start] or any(p[0] <= i < p[1] for p in self.parties):
                return False
            if self.seq[i] in words:
                return True
        return False

    def _agent(self, cue, party) -> bool:
        """Whether the party is in the "oleh ..." phrase of the cue's clause ("ditolak oleh majelis
        hakim Mahkamah Konstitusi"): the one who acts, not the one the cue is about."""
        oleh = [i for i in range(cue.end, party[0]) if self.seq[i] == "oleh"]
        return bool(oleh) and all(self.clause[i] == self.clause[oleh[0]] for i in range(oleh[0], party[0] + 1))

    def governed(self, party) -> bool:
        """After a preposition ("ke X", "kepada X")."""
        return self._preceded_by(party, self.lexicon.prepositions)

    def _before(self, cue):
        """Parties before the cue in its clause that are not reporting on it ("DJSN ingatkan
        potensi defisit": DJSN warns, it is not in deficit)."""
        out = []
        for p in self.parties:
            if p[1] <= cue.start and self.clause[p[1] - 1] == self.clause[cue.start]:
                if not any(w in self.lexicon.reporters for w in self.seq[p[1]:cue.start]) and not self._object_between(p, cue):
                    out.append(p)
        return out

    def _object_between(self, party, cue) -> bool:
        """Whether the party acts on something else before the cue: an active verb with an
        object between them ("KPK menetapkan Miryam sebagai tersangka", "BPJS membayar klaim
        yang tertunda") — the cue describes the object, not the party. Verbs of having, being
        and receiving ("memiliki kinerja buruk", "menuai kritik") do not count."""
        between = self.seq[party[1]:cue.start]
        if (cue.polarity > 0 or (between and between[-1] in self.lexicon.predicate_markers)
                or any(w in self.lexicon.receivers for w in between)):
            # praise after an object is what the party gives ("menambah kuota beasiswa"); after
            # "dan" or "terlalu" the cue is the party's own predicate ("menaikkan upah dan
            # berisiko ...", "menambah porsi saham terlalu berisiko"); after a receiving verb
            # the party receives it ("rencana DJSN menaikkan iuran mendapat penolakan")
            return False
        for i, word in enumerate(between[:-1]):
            if (word.startswith("me") and len(word) > 4 and word not in self.lexicon.receivers
                    and word not in self.lexicon.linking and word not in self.lexicon.negators
                    and word not in self.lexicon.reducers and (word,) not in self.lexicon.cues):
                rest = [w for w in between[i + 1:] if w not in self.lexicon.negators]
                return bool(rest)
        return False

    def _after(self, cue):
        return [p for p in self.parties if p[0] >= cue.end and self.clause[p[0]] == self.clause[cue.end - 1]]

    def _subject(self, cue):
        """The nearest party before the cue that no preposition governs, else the nearest one.
        In a relative clause the head before "yang" is the subject, whatever governs it
        ("terhadap perusahaan tekstil yang menunggak")."""
        before = self._before(cue)
        if before and "yang" in self.seq[before[-1][1]:cue.start]:
            # "X yang <cue>": the word before "yang" is the subject; a party only if it is one
            # ("pegawainya yang menggelapkan" judges no party, not the employer before it)
            last_yang = max(i for i in range(before[-1][1], cue.start) if self.seq[i] == "yang")
            # a person's name may stand between: "anggota DPRD DKI Mohamad Sanusi yang terjerat"
            gap = [i for i in range(before[-1][1], last_yang) if not self.capitalised[i]]
            return before[-1] if len(gap) <= 1 else None
        free = [p for p in before if not self.governed(p)]
        return (free or before or [None])[-1]

    def _topic(self, cue):
        """The sentence's first party that is not the critic (the subject of the cue) nor one
        before the cue in its clause (one that reports it: "Ketua DPR mengungkapkan ... berpotensi
        mengancam independensi")."""
        critic = self._subject(cue)
        return next((p for p in self.parties if p != critic and not self.governed(p)
                     and not (p[1] <= cue.start and self.clause[p[0]] == self.clause[cue.start])), None)

    def judged(self, cue: Found):
        """The party (a word range) the cue judges, or None."""
        if cue.about == "before":
            if cue.start and self.seq[cue.start - 1] in self.lexicon.prepositions:
                return None  # a noun, not a predicate: "penyidikan terhadap tersangka"
            subject = self._subject(cue)
            if subject:
                return subject
            # "Meski dikritik DPR, BPJS ...": the first party after, not the agent right behind it
            # nor one after "oleh"; only for a cue that opens its clause ("Tunggak Iuran, X
            # Digugat"), not one that ends a clause with no party ("proses berjalan lancar")
            opens = self.clause.index(self.clause[cue.start])
            if cue.start - opens > 2:
                return None
            later = [p for p in self.parties if p[0] >= cue.end and not self.governed(p)
                     and not self._agent(cue, p)]
            if later and later[0][0] == cue.end:
                later = later[1:]
            return later[0] if later else None
        after = self._after(cue)
        if cue.about == "after":
            return after[0] if after else self._topic(cue)
        if cue.about == "agent":
            return after[0] if after else None
        if cue.about == "given":
            takers = [p for p in after if p[0] != cue.end and not self._preceded_by(p, ("dari", "oleh"))]
            return takers[0] if takers else None
        # either: the doer after "oleh", else the party after it — not past a verb, whose agent or
        # object that is ("kecurangan akan dikenai sanksi oleh BPJS Kesehatan")
        after = [p for p in after if not any(w.startswith(("di", "me")) and len(w) > 4 and w not in CAUSES
                                             for w in self.seq[cue.end:p[0]])]
        by = [p for p in after if self._preceded_by(p, ("oleh",))]
        return (by or after or [self._subject(cue)])[0]

    def cues(self) -> list[tuple[object, float]]:
        """(judged party or None, polarity) for each cue; a cue word inside a party's name
        ("Komisi Pemberantasan Korupsi") is none."""
        found = [c for c in find_cues(self.seq, self.lexicon)
                 if not any(p[0] < c.end and c.start < p[1] for p in self.parties)]
        return [(self.judged(c), c.polarity) for c in found]

    def members_of(self, party) -> list[tuple[int, int]]:
        """The people of a party named right before it ("pejabat Kemendagri", "anggota DPRD
        DKI", "penyidik KPK", "Ketua DPR"): what is said of them is said of it."""
        out = []
        for p in self.parties:
            if p[1] <= party[0] and party[0] - p[1] <= 2 and tuple(self.seq[p[0]:p[1]]) in self.lexicon.members:
                between = range(p[1], party[0])
                if all(self.clause[i] == self.clause[party[0]] and (self.seq[i] in ("di", "dari") or self.seq[i] not in self.lexicon.prepositions)
                       for i in between) and not any(
                        q != p and q[0] < party[0] and q[1] > p[1] for q in self.parties):
                    out.append(p)
        return out


def toward(text: str, target_spans, other_spans=(), lexicon: Lexicon | None = None) -> tuple[float, int, int]:
    """(score in [-1, 1] from the cues that judge the target, cues judging the target, cues
    judging someone else or no one) for one sentence."""
    sentence = Sentence(text, [*target_spans, *other_spans], lexicon)
    targets = set(sentence.word_ranges(target_spans))
    targets |= {m for t in list(targets) for m in sentence.members_of(t)}
    score, mine, others = 0.0, 0, 0
    for party, polarity in sentence.cues():
        if party in targets:
            score += polarity
            mine += 1
        else:
            others += 1
    return max(-1.0, min(1.0, score)), mine, others


def overall(text: str, lexicon: Lexicon | None = None) -> tuple[float, int]:
    """(score in [-1, 1] of every cue in text, whoever it judges; number of cues)."""
    lexicon = lexicon or load()
    found = find_cues([w for w, _, _ in words(text)], lexicon)
    return max(-1.0, min(1.0, sum(c.polarity for c in found))), len(found)
