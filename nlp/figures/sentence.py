"""A sentence as the figure reader sees it: its words (lower-cased, with document offsets), its
date expressions, and which words belong to figures or dates. Also the word lists of the rules
that are about word shapes rather than vocabulary (verb prefixes, generic units)."""

import re
from bisect import bisect_left
from dataclasses import dataclass

from ..asof import DateMention, finder as date_finder
from .lexicon import WORD_RE

VERB_ID = re.compile(r"^(?:me[mnrlwy]|meng|meny|di|ber|ter|mem|men)[a-z]{3,}$")
VERB_ID_NOUNS = {"dinas", "direksi", "diskon", "dividen", "dirut", "distrik", "distributor", "direktur", "direktorat",
                 "menteri", "menit", "meter", "menu", "merek", "mesin", "meja", "media", "menara", "medali", "mereka",
                 "tersangka", "terdakwa", "terpidana", "terminal", "berkas", "beras", "berita", "debitur", "desa",
                 "dinasti", "bersih", "terlindungi", "terdaftar", "dinonaktifkan", "didaftarkan", "terendam",
                 "mengungsi", "dievakuasi", "terdampak", "diberangkatkan", "dilayani", "terbakar", "tewas"}
VERB_EN = re.compile(r"^[a-z]{3,}(?:ing|ed)$")
EN_UNIT_LEAD = {"more", "new", "additional", "extra", "other", "fewer", "active", "poor", "formal", "informal"}
LAW_BEFORE = re.compile(r"(?i:\b(?:nomor|no\.?|nomer)\s*\d+\s*(?:tahun\s*)?)$")
YOY = re.compile(r"(?i)\b(?:yoy|y-o-y|year-on-year|secara tahunan|tahunan|dibandingkan periode yang sama)\b")
DATE_PREPOSITIONS = {"pada", "per", "hingga", "sampai", "sepanjang", "in", "as", "by", "at", "on"}
ACTIVE_ID = re.compile(r"^(?:me[mnrlwy]|meng|meny|mem|men)[a-z]{3,}$")
HOP_PREPOSITIONS = {"id": {"di", "ke", "dari"}, "en": set()}


def _word(t, first: bool, lang: str) -> str:
    """A metric word as written, lower-cased unless a name or acronym; "iurannya" → "iuran"."""
    text = t.text if (t.text.isupper() or (t.text[0].isupper() and not first)) else t.low
    if lang == "id" and text.endswith("nya") and len(text) > 6:
        text = text[:-3]
    return text
NOW = {"saat ini", "sekarang", "kini", "currently", "now", "at present"}
GENERIC_UNITS = {"orang", "jiwa", "unit", "people", "persons", "units"}


@dataclass
class Tok:
    start: int
    end: int
    text: str
    low: str


class Sentence:
    """One sentence's words and date expressions, in document offsets."""

    def __init__(self, text: str, start: int, end: int, lang: str, in_title: bool = False):
        self.start, self.end, self.in_title = start, end, in_title
        self.text = text[start:end]
        self.toks = [Tok(m.start() + start, m.end() + start, m.group(), m.group().lower())
                     for m in WORD_RE.finditer(self.text)]
        self.lows = [t.low for t in self.toks]
        self.starts = [t.start for t in self.toks]
        self.dates: list[DateMention] = []
        for d in date_finder(lang).find(self.text):
            self.dates.append(DateMention(**{**d.__dict__, "start": d.start + start, "end": d.end + start}))
        self.fig_tokens: set[int] = set()
        self.unit_tokens: set[int] = set()  # the counted noun or unit after a figure ("juta jiwa")
        self.date_tokens: set[int] = set()
        for d in self.dates:
            self.date_tokens.update(range(self.index(d.start), self.index(d.end)))

    def index(self, pos: int) -> int:
        """Index of the first token starting at or after `pos`."""
        return bisect_left(self.starts, pos)


def ends_with(lows, i, index) -> int:
    """Length of a phrase from `index` that ends right before token i (0 if none)."""
    if i <= 0:
        return 0
    for phrase in index.get(lows[i - 1], ()):
        n = len(phrase)
        if n <= i and tuple(lows[i - n:i]) == phrase:
            return n
    return 0


def starts_with(lows, j, index) -> int:
    if j >= len(lows):
        return 0
    for phrase in index.get(lows[j], ()):
        n = len(phrase)
        if tuple(lows[j:j + n]) == phrase:
            return n
    return 0
