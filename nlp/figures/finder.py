"""Finding figures in text: where each number is, its exact value, currency and percent sign, and
which numbers are not figures at all (years, dates, times, laws, phones, IDs, ordinals, labels).

One regex pass over the text finds candidates; a few character-level checks around each one
reject the look-alikes. What a figure measures is worked out afterwards (context.py).
"""

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from decimal import Decimal

from .. import names
from ..layout import LINK_LABEL, _headline
from ..numbers import canonical, parse_numeral, parse_words, scale_of
from .lexicon import WORD_RE, Lexicon
from .sentence import VERB_ID, VERB_ID_NOUNS

INITIALS = re.compile(r"[A-Z]{1,3}")  # "MA", "IY" of "berinisial MA (29)"
# "2 juta 55 ribu", "dua juta 10 ribu": the rest of a number written with two scales
SECOND_SCALE = re.compile(r"\s+(?P<num>\d{1,3})\s+(?P<scale>ribu|rb|juta|jt)\b", re.IGNORECASE)
# "tiga orang hingga 21 orang": a unit word, a range word, then the high end with the same unit
UNIT_RANGE = re.compile(r"\s+(?P<unit>[^\W\d_]{3,})\s+(?:hingga|sampai(?:\s+dengan)?)\s+", re.IGNORECASE)
NOT_UNITS = frozenset({"dan", "atau", "yang", "per", "dari", "pada", "di", "ke", "saja", "lebih", "kurang", "lagi"})
DIGITS_AFTER = re.compile(r"(?P<num>\d+(?:[.,]\d+)*)(?![\d.,/:]\d)")
LABEL_LIST = re.compile(r"\s*(?:,\s*)?(?:dan|atau|serta|&|,)\s*")  # between two labels: "ayat 1 dan 2"
UNIT_RANGE_SEP = re.compile(r"\s+(?:hingga|sampai(?:\s+dengan)?|-|–)\s+", re.IGNORECASE)  # not "atau": two amounts
WORD_RANGE_SEP = re.compile(r"\s+(?:hingga|sampai(?:\s+dengan)?|atau)\s+", re.IGNORECASE)
# a team's formation: three or more single digits joined by hyphens (spaced as a tokenizer may)
FORMATION = re.compile(r"(?<![\d,.])\d(?:\s?[-\u2013]\s?\d){2,4}(?![\d,]|\.\d|\s?%)")
# a line-up's shirt number glued to the player: "1-Szczesny, 2-Ruediger, 44-Manolas"
SHIRT_NUMBER = re.compile(r"(?<![\w.,])\d{1,2}-(?=[A-Z](?:[a-z]|\.\s?[A-Z]))")  # also "(7-M. Ngamaleu 86')"
# between the first of two days and the second: "23 dan 24 Juni", "27 hingga 30 Juni"
DAY_PAIR = re.compile(r"\s*(?:[-\u2013\u2014]|dan|hingga|sampai(?:\s+dengan)?|s\.?d\.?|s/d|atau)\s*\d{1,2}\b")
AGED_INITIALS = re.compile(r"\b[A-Z][A-Za-z]{0,2} \(\d{1,3}\)")  # "AZ (16), By (14)": a list of initials and ages
# a goal in added time, "(90 + 1)", "(45+2')", and a product type "2-in-1", "3-in - 1"
NUMBER_WORDS_ID = ("satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas",
                   "seratus", "seribu")
INJURY_TIME = re.compile(r"\(\s?\d{2,3}\s?\+\s?\d{1,2}\s?['\u2019]?\s?\)")
# added time written out: "menit ke-90 + 2", "(51', 90 + 2')": play stops at 45, 90, 105 or 120 minutes
ADDED_TIME = re.compile(r"(?<![\d.,])(?:45|90|105|120)\s?\+\s?\d{1,2}(?![\d.,]?\d)(?:\s?['\u2019])?")
# a read-also link inside a paragraph, up to where its Title Case headline ends: "…, Kamis (30/3). Baca
# juga: Apple Investasi Rp 586 Miliar di Indonesia Demi Jualan iPhone Menurut Airlangga, …"
INLINE_READ_ALSO = re.compile(
    r"\b(?:[Bb]aca|[Ss]imak|[Ll]ihat)[ \t]+(?:[Jj]uga|JUGA)[ \t]*:[ \t]*"
    r"(?:(?:[A-Z0-9\"'\u2018\u2019\u201c\u201d][^\s,;\])]*|di|dan|ke|dari|untuk|yang|dengan|atau|vs|pada|&)[ \t]+)*"
    r"(?:[A-Z0-9][^\s,;\])]*)?")
IN_ONE = re.compile(r"(?<![\d.,])\d\s?-\s?in\s?-\s?\d\b", re.IGNORECASE)
LIST_CONTINUES = r"\s*(?:(?:,|dan|atau|and|or|&|/)\s*)+"  # ", ", " dan ", ", dan "
# a line-up's shirt number before the player's name: "21 Joice Sorongan; 4 Syaiful Ramadhan, 20 Herwin Tri Saputra"
LINEUP_ITEM = re.compile(r"(?:^|(?<=[;,:(]\s)|(?<=[;,:(]))(?P<num>\d{1,2}) (?=[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){1,3}\s*(?:[;,)]|$))",
                         re.MULTILINE)


def _day_month(digits: str) -> bool:
    """"212" (2 December), "299" (29 September), "1212": a day and a month written together."""
    for k in ((1, 2) if len(digits) == 3 else (2,)):
        day, month = digits[:k], digits[k:]
        if day[0] != "0" and month[0] != "0" and 1 <= int(day) <= 31 and 1 <= int(month) <= 12:
            return True
    return False


@dataclass
class Candidate:
    start: int
    end: int
    value: Decimal
    value_max: Decimal | None = None
    currency: str | None = None
    percent: bool = False
    points: str | None = None  # "persen poin", "basis poin": kind other with this unit
    scaled: bool = False
    written: bool = False  # number in words ("dua", "sejuta")
    confirmed: bool = False  # "1 (satu)"
    bare: bool = False  # plain digits: no currency, scale, percent or words
    grouped: bool = False  # has thousands separators or decimals ("7.491", "2,5")
    unit: str | None = None
    unit_end: int | None = None
    extra: dict = field(default_factory=dict)


class Region:
    """Which parts of a text may hold figures: the title, body paragraphs not skipped as
    boilerplate ("Baca juga"), up to a byline or sidebar line ("Editor:", "Recent Posts")."""

    def __init__(self, text: str, lex: Lexicon, title_end: int = 0):
        self.spans: list[tuple[int, int]] = []
        pos = 0
        body_paragraphs = 0
        listed = False  # under a "Baca Juga:" label alone on its line (layout.py): the headlines after it are links
        for line in text.splitlines(keepends=True):
            start, pos = pos, pos + len(line)
            stripped = line.strip()
            if not stripped:
                continue
            lower = stripped.lower()
            in_title = start < title_end
            if not in_title and lower.startswith(lex.stop_line):
                if body_paragraphs >= lex.stop_grace:
                    break
                continue
            if not in_title and LINK_LABEL.match(stripped):
                listed = True  # "Baca Juga :", IndoSum's "Baca_Juga"
                continue
            if listed and _headline(stripped):
                continue  # "Alasan Fanny Ghassani Mau Dinikahi Pria yang Baru 1 Tahun Kenal" under the label
            listed = False
            if not in_title and (lower.startswith(lex.skip_paragraph)
                                 or lex.skip_short and lower.startswith(lex.skip_short) and len(lower.split()) <= 4):
                continue
            if not in_title:
                body_paragraphs += 1
            self.spans.append((start, pos))

        self.starts = [s for s, _ in self.spans]

    def allows(self, start: int, end: int) -> bool:
        k = bisect_right(self.starts, start) - 1
        return k >= 0 and end <= self.spans[k][1]


def blocked_spans(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    spans = [m.span() for m in lex.time_re.finditer(text)]
    for m in lex.url_anchor_re.finditer(text):  # URLs and domains: the whole non-space run around them
        start = max(text.rfind(" ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        end = min((i for i in (text.find(" ", m.end()), text.find("\n", m.end())) if i >= 0), default=len(text))
        spans.append((start, end))
    for m in lex.phone_re.finditer(text):
        if sum(c.isdigit() for c in m.group()) >= 7:
            spans.append(m.span())
    for m in FORMATION.finditer(text):
        if sum(int(d) for d in re.findall(r"\d", m.group())) == 10:
            spans.append(m.span())  # "(4-3-3)", "(3-4-2-1)": ten outfield players, a formation
    spans.extend(m.span() for m in INJURY_TIME.finditer(text))
    spans.extend(m.span() for m in ADDED_TIME.finditer(text))
    spans.extend(m.span() for m in INLINE_READ_ALSO.finditer(text))
    if lex.idiom_re is not None:
        spans.extend(m.span() for m in lex.idiom_re.finditer(text))
    spans.extend(m.span() for m in IN_ONE.finditer(text))
    for m in SHIRT_NUMBER.finditer(text):
        after = text[m.end():m.end() + 4]
        if not any(after.startswith(cur) for cur in lex.currency_prefix):  # "Rp 30-Rp 35 ribu" is a range
            spans.append(m.span())
    return spans


def _overlaps(spans, start, end) -> bool:
    return bool(spans) and any(s < end and start < e for s, e in spans)


def _word_before(text: str, pos: int) -> tuple[str, int]:
    """The word ending right before `pos` (skipping spaces) and where it starts."""
    i = pos
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    j = i
    while j > 0 and (text[j - 1].isalnum() or text[j - 1] in ".-'’$"):
        j -= 1
    return text[j:i], j


def _word_after(text: str, pos: int) -> str:
    m = WORD_RE.match(text, pos + len(text[pos:]) - len(text[pos:].lstrip(" \t")))
    return m.group() if m else ""


YEAR_BEFORE = frozenset({"tahun", "thn", "th", "awal", "akhir", "pertengahan", "medio", "periode", "era", "musim",
                         "hingga", "sampai", "sejak", "dari", "mulai", "pada", "di", "dalam", "sepanjang", "selama"})


class Finder:
    def __init__(self, lex: Lexicon):
        self.lex = lex

    def find(self, text: str, region: Region | None = None, title_end: int = 0) -> list[Candidate]:
        lex = self.lex
        self._title_end = title_end
        blocked = blocked_spans(text, lex)
        self._label_end = -1
        self._skip_until = -1
        self._last: Candidate | None = None
        self._line_ups: dict[int, set] = {}
        self._units_seen: set[str] = set()
        self._names: set[tuple[str, str]] = set()
        found: list[Candidate] = []
        last_end = -1
        for m in self._matches(text):
            if m.start() < last_end or m.start() < self._skip_until:
                continue
            cand = self._candidate(text, m)
            if cand is None:
                continue
            self._second_scale(text, cand)
            self._extend_range(text, cand, m)
            if region is not None and not region.allows(cand.start, cand.end):
                continue
            if _overlaps(blocked, cand.start, cand.end):
                continue
            if not self._is_figure(text, cand, m):
                continue
            last_end = cand.end
            found.append(cand)
            self._last = cand
            unit = _word_after(text, cand.end)
            if unit.isalpha() and unit.islower() and unit not in lex.stop and cand.start >= title_end:
                self._units_seen.add(unit)
        if self._names:  # "Nokia 2" refused mid-sentence is a name at a sentence's start and in the title too
            found = [c for c in found if not (c.bare and c.extra.get("name_key") in self._names)]
        return found

    def _matches(self, text: str):
        """Candidate matches in text order: numbers (tried from just before each digit run, to
        take in "Rp" or "minus"), numbers in words, and se- durations ("minimal sebulan")."""
        lex = self.lex
        found = []
        next_free = 0
        for d in lex.digits_re.finditer(text):
            p = d.start()
            if p < next_free:
                continue
            prefix = lex.number_prefix_re.search(text, max(0, p - 16), p)
            if prefix and prefix.group() in "-\u2212" and prefix.start() > 0 and text[prefix.start() - 1].isalpha():
                prefix = None  # "per-3 jam", "ke-2": a hyphen after a word is no minus sign
            m = (lex.number_re.match(text, prefix.start()) if prefix else None) or lex.number_re.match(text, p)
            if m:
                found.append(m)
                next_free = m.end()
        found.extend(lex.words_re.finditer(text))
        found.extend(lex.seunit_re.finditer(text))
        found.sort(key=lambda m: m.start())
        return found

    # -- building one candidate ------------------------------------------------------------------

    def _candidate(self, text: str, m) -> Candidate | None:
        lex, lang = self.lex, self.lex.lang
        g = m.groupdict()
        if g.get("seunit"):
            return Candidate(m.start(), m.end(), Decimal(1), written=True, unit=g["seperiod"].lower(),
                             unit_end=m.end(), extra={"seunit": True})
        if g.get("words"):
            try:
                value = parse_words(g["words"], lang)
            except ValueError:
                return None
            cand = Candidate(m.start(), m.end(), value, percent=bool(g["wpct"]), written=True)
            return cand
        currency = lex.currency_prefix.get(g["cur"]) if g["cur"] else None
        try:
            value = parse_numeral(g["num"], lang, money=bool(currency))
        except ValueError:
            return None
        scale = scale_of(g["scale"])
        paren_scale = not scale and g["paren"] and scale_of(g["paren"].strip()) >= 3
        if paren_scale:
            scale = scale_of(g["paren"].strip())  # "Ada 700 (juta)": the scale in brackets, a speaker's words
        if currency and not scale and re.fullmatch(r"[1-9]\d{0,2},\d{3}", g["num"]):
            value = Decimal(g["num"].replace(",", ""))  # "Rp 9,000", "US$ 1,125": no amount has thousandths; the comma groups
        if scale:
            value = canonical(value * Decimal(10) ** scale)
        start = m.start()
        if g["neg"] and re.search(r"\+\s?/?\s?$", text[max(0, m.start() - 3):m.start()]):
            g = dict(g, neg=None)  # "margin of error + -2,9 persen", "+/-3": plus or minus, no negative
        elif g["neg"] and g["neg"].strip().lower() == "minus" and PLUS_BEFORE.search(text, max(0, m.start() - 6), m.start()):
            g = dict(g, neg=None)  # "plus minus 200 orang": about 200 (an approximation cue, no sign)
            start = m.start("cur") if g["cur"] else m.start("num")
        if g["neg"]:
            sign_ok = g["neg"].strip().isalpha() or m.start() == 0 or text[m.start() - 1] in " \t\n(["
            if not sign_ok:
                return None
            value = -value
        num = g["num"]
        cand = Candidate(
            start=start, end=m.end(), value=value, currency=currency, percent=bool(g["pct"]),
            scaled=bool(scale), confirmed=bool(g["paren"]) and not paren_scale,
            grouped=bool(re.search(r"[.,]", num)),
        )
        if g["scale"] and g["scale"].lower() in lex.approx_scales:
            cand.extra["approx"] = True  # "Rp 50 ribuan"
        cand.extra["num_start"] = m.start("num")
        cand.extra["num"] = num
        cand.bare = not (currency or scale or g["pct"] or g["paren"] or g["neg"])
        return cand

    @staticmethod
    def _second_scale(text: str, cand: Candidate) -> None:
        """"2 juta 55 ribu orang" is 2,055,000: a smaller scale right after a scaled number adds to it."""
        if not (cand.scaled or cand.written) or cand.value_max is not None:
            return
        m = SECOND_SCALE.match(text, cand.end)
        first = scale_of(text[cand.start:cand.end].split()[-1]) if text[cand.start:cand.end].split() else 0
        if m and 0 < scale_of(m.group("scale")) < first:
            cand.value = canonical(cand.value + Decimal(m.group("num")) * Decimal(10) ** scale_of(m.group("scale")))
            cand.end = m.end()

    def _extend_written_range(self, text: str, cand: Candidate) -> None:
        """"lima sampai sepuluh orang", "tiga atau empat kali": a range written in words."""
        if self._repeated_unit_range(text, cand):
            return
        sep = WORD_RANGE_SEP.match(text, cand.end)
        if not sep or cand.percent:
            return
        d = DIGITS_AFTER.match(text, sep.end())
        if d and not cand.scaled:
            high = parse_numeral(d.group("num"), self.lex.lang)
            if high > cand.value:  # "tiga hingga 21 orang": words, then digits
                cand.value_max, cand.end = high, d.end("num")
            return
        w = self.lex.words_re.match(text, sep.end())
        if not w or w.group("wpct"):
            return
        try:
            high = parse_words(w.group("words"), self.lex.lang)
        except ValueError:
            return
        if high > cand.value:
            cand.value_max = high
            cand.end = w.end("words")

    def _repeated_unit_range(self, text: str, cand: Candidate) -> bool:
        """"tiga orang hingga 21 orang", "2 tahun sampai 5 tahun": a range whose unit is written at
        both ends; the unit after the high end stays to be read as for "3 hingga 21 orang"."""
        if cand.percent or cand.currency or cand.scaled or cand.value_max is not None:
            return False
        u = UNIT_RANGE.match(text, cand.end)
        if not u or u.group("unit").lower() in NOT_UNITS:
            return False
        d = DIGITS_AFTER.match(text, u.end())
        w = None if d else self.lex.words_re.match(text, u.end())
        end = d.end("num") if d else w.end("words") if w and not w.group("wpct") else None
        if end is None or not re.match(r"\s+" + re.escape(u.group("unit")) + r"\b", text[end:], re.IGNORECASE):
            return False
        try:
            high = parse_numeral(d.group("num"), self.lex.lang) if d else parse_words(w.group("words"), self.lex.lang)
        except ValueError:
            return False
        if not high > cand.value:
            return False
        cand.value_max, cand.end = high, end
        return True

    def _scaled_currency_range(self, text: str, cand: Candidate) -> bool:
        """"10 ribu yen hingga 30 ribu yen": a range of amounts with a scale, the currency written
        after both ends."""
        if not cand.scaled or cand.currency or cand.percent or cand.value_max is not None:
            return False
        s = self.lex.suffix_re.match(text, cand.end)
        word = re.sub(r"\s+", " ", s.group("suffix").lower()) if s else None
        currency = self.lex.currency_suffix.get(word)
        if currency is None:
            return False
        sep = UNIT_RANGE_SEP.match(text, s.end())
        high = re.compile(r"(?P<num>\d+(?:[.,]\d+)*)\s+(?P<scale>[^\W\d_]+)\s+" + re.escape(s.group("suffix")) + r"\b",
                          re.IGNORECASE).match(text, sep.end()) if sep else None
        if high is None or not scale_of(high.group("scale")):
            return False
        try:
            value = canonical(parse_numeral(high.group("num"), self.lex.lang, money=True)
                              * Decimal(10) ** scale_of(high.group("scale")))
        except ValueError:
            return False
        if not value > cand.value:
            return False
        cand.value_max, cand.currency, cand.bare, cand.end = value, currency, False, high.end()
        return True

    def _plus_minus_range(self, text: str, cand: Candidate) -> bool:
        """"4 plus minus 1 persen", "44,3 ± 2 persen": a centre and its margin are one range (3 to 5
        percent), not a figure and a negative one."""
        pm = PLUS_MINUS.match(text, cand.end)
        if not pm or cand.currency or cand.value_max is not None:
            return False
        try:
            margin = parse_numeral(pm.group("num"), self.lex.lang)
        except ValueError:
            return False
        if not 0 < margin < cand.value or pm.group("pct") and cand.scaled:
            return False
        cand.value, cand.value_max = canonical(cand.value - margin), canonical(cand.value + margin)
        cand.percent = cand.percent or bool(pm.group("pct"))
        cand.bare, cand.end = False, pm.end()
        return True

    def _extend_range(self, text: str, cand: Candidate, m) -> None:
        """ "5–10 persen", "Rp45 triliun-Rp48 triliun", "antara 5 hingga 10 persen"."""
        lex = self.lex
        if cand.extra.get("seunit"):
            return
        if not cand.written and self._repeated_unit_range(text, cand):
            self._suffixes(text, cand)
            return
        if not cand.written and self._scaled_currency_range(text, cand):
            return
        if not cand.written and self._plus_minus_range(text, cand):
            return
        if cand.written:
            self._extend_written_range(text, cand)
            if not cand.percent:
                s = lex.suffix_re.match(text, cand.end)
                word = re.sub(r"\s+", " ", s.group("suffix").lower()) if s else None
                if word in lex.currency_suffix:
                    cand.currency, cand.end = lex.currency_suffix[word], s.end()  # "tiga miliar dolar AS"
            return
        r = lex.range_re.match(text, cand.end)
        if not r:
            self._suffixes(text, cand)
            return
        if r.group("and") and not lex.between_re.search(text[max(0, cand.start - 25):cand.start]):
            self._suffixes(text, cand)
            return
        if r.group("or") and (cand.currency or cand.scaled or r.group("cur") or r.group("scale")):
            self._suffixes(text, cand)
            return  # "18 atau 19 tahun" is a range; "Rp 5 juta atau Rp 10 juta" two amounts
        if lex.lang == "en" and r.group("sep").strip().lower() == "to" and re.search(r"(?i)\bfrom\s+$", text[max(0, cand.start - 8):cand.start]):
            self._suffixes(text, cand)
            return
        try:
            high = parse_numeral(r.group("num"), lex.lang, money=bool(cand.currency or r.group("cur")))
        except ValueError:
            return
        scale2 = scale_of(r.group("scale"))
        if scale2:
            high = canonical(high * Decimal(10) ** scale2)
        after = text[r.end():r.end() + 20]
        if lex.month_after_re.match(after) or lex.month_after_re.match(" " + after.lstrip()) and not r.group("scale") and not r.group("pct"):
            self._suffixes(text, cand)
            return
        if re.match(r"\s*[/:]\d", after) or re.match(r"[.,]\d", after):
            self._suffixes(text, cand)
            return
        low = cand.value
        if scale2 and not cand.scaled and not cand.currency or (scale2 and not cand.scaled and cand.currency and not r.group("cur")):
            low = canonical(low * Decimal(10) ** scale2)
        elif scale2 and not cand.scaled and cand.currency and low * Decimal(10) ** scale2 < high:
            low = canonical(low * Decimal(10) ** scale2)  # "Rp 30-Rp 35 ribu": the scale ends both ("Rp 500-Rp 1 juta" keeps 500)
        pct2 = bool(r.group("pct"))
        if cand.percent and not pct2 and not re.match(r"\s*(?:[^\w\s]|$)", after):
            self._suffixes(text, cand)
            return
        if _year_like(cand) and _year_like_num(r.group("num")) and not (scale2 or pct2):
            return
        if not high > low:
            self._suffixes(text, cand)
            return
        cand.value, cand.value_max = low, high
        cand.scaled = cand.scaled or bool(scale2)
        cand.percent = cand.percent or pct2
        cand.currency = cand.currency or (lex.currency_prefix.get(r.group("cur")) if r.group("cur") else None)
        cand.bare = cand.bare and not (r.group("cur") or scale2 or pct2)
        cand.end = r.end()
        self._suffixes(text, cand)

    def _suffixes(self, text: str, cand: Candidate) -> None:
        lex = self.lex
        if not cand.currency and not cand.percent:
            s = lex.suffix_re.match(text, cand.end)
            word = re.sub(r"\s+", " ", s.group("suffix").lower()) if s else None
            if word in lex.money_if_large and not (cand.scaled or cand.value >= 1000):
                s = None
            if s:
                cand.currency = lex.currency_suffix.get(word) or lex.money_if_large.get(word)
                cand.bare = False
                cand.end = s.end()  # "23,6 juta poundsterling", "5 triliun rupiah"
        p = (lex.points_re if not cand.percent else lex.wpoints_re).match(text, cand.end)
        if cand.percent and not p:
            p = re.compile(r"\s(?P<points>(?i:poin|points?))\b").match(text, cand.end)
            if p:
                cand.points = "persen poin" if lex.lang == "id" else "percentage point"
                cand.percent = False
                cand.end = p.end()
                return
        if p and not cand.currency:
            key = re.sub(r"\s+", " ", p.group("points").lower())
            unit = lex.points.get(key)
            if unit:
                cand.points = unit
                cand.percent = False
                cand.bare = False
                cand.end = p.end()

    # -- what is not a figure ---------------------------------------------------------------------

    def _is_figure(self, text: str, cand: Candidate, m) -> bool:
        lex = self.lex
        if (cand.bare or cand.written) and _word_after(text, cand.end).lower() in lex.rank_after:
            return False  # "lolos ke empat besar": a rank
        if cand.extra.get("seunit"):
            before = text[max(0, cand.start - 20):cand.start].lower()
            # a term of prison is one too ("dihukum penjara setahun", "kurungan sebulan")
            return bool(re.search(r"(?:minimal|maksimal|paling lama|paling lambat|kurang dari|lebih dari|hanya|selama"
                                  r"|penjara|kurungan|tahanan|bui)\s+$", before))
        if cand.written:
            return self._written_ok(text, cand, m)
        ns = cand.extra["num_start"]
        num = cand.extra["num"]
        prev = text[ns - 1] if ns > 0 else " "
        prev2 = text[ns - 2] if ns > 1 else " "
        after = text[m.end("num"):m.end("num") + 3]
        if not cand.currency:
            if (prev.isalnum() and not (prev in "xX" and re.search(r"(?<![\d.,])\d{1,2}[xX]$", text[max(0, ns - 4):ns]))
                    and not (prev in "xX" and re.search(r"(?:^|(?<=[^\w.,])|(?<=[xX]))\d+(?:[.,]\d+)?[xX]$", text[max(0, ns - 12):ns])
                             and _size_unit(text, m.end("num"), lex))) \
                    or prev == "_":
                return False  # G20, S24 (not the 24 of "2x24 jam")
            if prev in "-+\u2013" and prev2.isalpha() and not re.search(r"\bper-$", text[max(0, ns - 5):ns], re.I):
                self._skip_span(cand)
                return False  # ke-2, U-23, H+1, d-5746805, Covid-19 (not "Rp 5 ribu per-3 jam")
            if re.search(r"(?<![\w.])[A-Z] [-\u2013] $", text[max(0, ns - 5):ns]):
                return False  # "timnas U - 19" as a tokenizer spaced it: an age group
            if prev in "/\\#@" or (prev == ":" and prev2.isdigit()):
                return False
        if re.match(r"/\d|:\s?\d|/[A-Z]", after) or re.search(r"\d\s?:\s$", text[max(0, ns - 4):ns]):
            return False  # 5/11, PP 6/2025, 22:45, a seed "(3/DEN)", a ratio "aspek rasio 18: 9"
        if (cand.bare or cand.value_max is not None and not (cand.currency or cand.percent or cand.scaled)) and re.match(
                r"\d{1,3}\s?-\s?\d{1,3}\b", text[ns:ns + 9]) and (
                lex.score_re.search(text, max(0, cand.start - 40), cand.start) or _in_score_run(text, ns)
                or self._between_names(text, cand)
                or lex.rally_re.search(text, max(0, cand.start - 30), cand.start)
                and _word_after(text, cand.end).lower() not in lex.measure):
            return False  # "skor 23-21, 21-12", "19-21 21-17 20-22", "Lazio 0-3 Napoli", "selisih poin 3-5": match scores
        if cand.bare and cand.value_max is None and (
                re.match(SCORE_PAIR + r"\b(?![.,]\d|\s?(?:%|persen))", text[ns:ns + 9])
                or re.search(r"(?<![\d.,])\d{1,3}\s?[-\u2013]\s?$", text[max(0, ns - 7):ns])):
            return False  # "kedudukan 2-2", "unggul 3-1", "Kalah 1 - 4": a pair that is no range (low >= high,
            # or its first half already refused) is a score or a record, and so is its second half
        if cand.bare and lex.name_after and _word_after(text, cand.end) in lex.name_after:
            return False  # "kebijakan 7 Days Reverse Repo": a name with a number in it
        if cand.bare and re.match(r" ?[GK]\b(?![-.]?\w)", text[cand.end:cand.end + 4]):
            return False  # "5 G", "4 K": a network generation or a screen resolution, not a quantity
        if cand.currency and cand.value == 0 and cand.value_max is None:
            return False  # "rumah DP 0 rupiah", "DP Rp0": a programme's name, no amount
        if not cand.bare:
            return True
        # plain digits from here on
        word, wstart = _word_before(text, cand.start)
        lword = word.lower().rstrip(".")
        if lex.event_re is not None and len(num) in (3, 4) and num.isdigit() and _day_month(num):
            # (the last match: "Alumni 212 dalam aksi 2411" has an earlier rally before this one)
            m_ev = next((m for m in lex.event_re.finditer(text, max(0, cand.start - 25), cand.end)
                         if m.end("date") == cand.end), None)
            nxt = _word_after(text, cand.end + (1 if text[cand.end:cand.end + 1] in "\"\u201d\u2019'" else 0))
            if m_ev and m_ev.end("date") == cand.end and (
                    m_ev.group("q") or not nxt[:1].islower() or nxt.lower() in lex.stop
                    or (VERB_ID.match(nxt.lower()) and nxt.lower() not in VERB_ID_NOUNS)):
                return False  # "aksi \"299\"", "Demo 411 digelar": a rally named by its day and month
        if len(num) <= 2 and num.isdigit() and self._in_line_up(text, cand):
            return False  # "21 Joice Sorongan; 4 Syaiful Ramadhan, 20 Herwin Tri Saputra": shirt numbers
        if word[:1].isupper() and not cand.grouped:
            cand.extra["name_key"] = (lword, num)
        if self._label_end >= 0 and re.fullmatch(LIST_CONTINUES, text[self._label_end:cand.start]) \
                and self._ends_label_list(text, cand):
            self._label_end = cand.end
            return False  # "nomor 7031 dan 7033", "RT 03, 06, dan 14", "Nokia 3, 5 dan 6", "posisi 2 dan 3"
        if re.match(r"\s?['\u2019](?:\s*[),;]|\s*$)", text[cand.end:cand.end + 5]) or (
                re.match(r"\s?['\u2019]\s?[A-Z][a-z]", text[cand.end:cand.end + 5])
                and text[max(0, cand.start - 3):cand.start].rstrip().endswith("(")):
            return False  # "Sergio Aguero (42')", "(Eder 78’)", "(58' Ahmad)": the minute of a goal or a substitution
        if re.search(r"(?i)\bke\s?[-\u2013]\s?$", text[max(0, cand.start - 6):cand.start]) or (
                lword == "ke" and _word_before(text, wstart)[0].lower().rstrip(".") in lex.label_before):
            return False  # "Presiden RI ke - 5", "menit ke 82": ordinals written apart
        if re.fullmatch(r"\d+[A-Z][A-Za-z]*\d*|[A-Z]+\d+[A-Z]*", word) and not cand.grouped:
            return False  # "penerbangan 9W 569", "3DMark 11": a code or a name, then its number
        if re.match(r"(?:\s?[-\u2013]\s?|\s)an\b", text[cand.end:cand.end + 6]) and (re.search(
                r"(?i)\b(?:era|tahun|dekade|medio)\s+['\u2019]?$", text[max(0, cand.start - 10):cand.start])
                or re.search(r"(?i)\b(?:era|tahun|dekade|medio)\s+['\u2019]?\d{2,4}\s?[-\u2013]\s?an\s+"
                             r"(?:sampai|hingga|dan|atau|ke|[-\u2013])\s+$", text[max(0, cand.start - 40):cand.start])):
            return False  # "era 90-an", "tahun 60-an", "era 80-an sampai 90-an": a decade
        if re.fullmatch(r"[1-9]0", num) and (lword in ("era", "dekade", "medio")
                                             or re.match(r"\s?['\u2019]s\b", text[cand.end:cand.end + 4])
                                             or prev in "'\u2019" and re.match(r"\s?(?:[-\u2013]\s?)?an\b", text[cand.end:cand.end + 5])):
            return False  # "era 90", "the 90's", "band '60-an": a decade
        if lword == "angka" and num.isdigit() and int(num) <= 30 and _word_after(text, cand.end).lower() not in lex.measure \
                and re.search(SCORE_PAIR + r"|\b(?i:poin|gim|game|set)\b", text[max(0, cand.start - 200):cand.start]):
            return False  # "menyentuh angka 21 lebih dulu" after "19-20": a game's score
        if len(num) >= 7 and num.isdigit():
            return False  # IDs, call centres written without separators
        if len(num) >= 2 and num[0] == "0" and num.isdigit():
            self._label_end = cand.end
            return False  # "agen 007", "kode 021": a leading zero makes a code, not a quantity
        if num.isdigit() and len(num) == 4 and 1900 <= int(num) <= 2100 \
                and not re.search(r"\d\s?[xX\u00d7]\s?$", text[max(0, cand.start - 8):cand.start]) \
                and not self._counted_not_a_year(text, cand, lword):
            return False  # a year (not the side of "3000 x 2000 pixel")
        if lex.month_after_re.match(text, cand.end) or lex.month_year_re.match(text, cand.end) or (
                lex.month_lower_re is not None and num.isdigit() and int(num) <= 31
                and lex.month_lower_re.match(text, cand.end)):
            return False  # 31 Januari, "26 maret 2017", "pada 14 juni,"
        if re.match(r"-0\d\b", text[cand.end:cand.end + 4]):
            return False  # "kendaraan militer 8827-04": a code
        if lex.month_before_re.search(text[max(0, cand.start - 12):cand.start]):
            return False  # January 31
        if re.match(r"(?:st|nd|rd|th)\b", text[cand.end:cand.end + 3]):
            return False  # 31st
        if lword in lex.label_before and not self._rest_of_a_duration(text, cand, lword, wstart) \
                and not (lword in lex.label_unless_measure and _word_after(text, cand.end).lower() in lex.measure) \
                and not _ends_sentence(word) and not (cand.grouped and lword not in ("km", "kilometer", "tahun")
                                                      and _word_after(text, cand.end).lower() in lex.measure):
            self._label_end = cand.end
            self._skip_span(cand)
            return False  # Pasal 3, nomor 3, pukul 9, KM 92 (not "... berusia 29 tahun. 12 dari 23 pemain")
        if 0 <= self._label_end < cand.start and num.isdigit() and LABEL_LIST.fullmatch(text, self._label_end, cand.start):
            self._label_end = cand.end
            return False  # "ayat 1 dan 2", "Pasal 2, 3 dan 5": the next labels of the same list
        if re.match(r"\s?:\s+[A-Z]", text[cand.end:cand.end + 4]) and word.isalpha() and word[:1].isupper() \
                and not text[text.rfind("\n", 0, wstart) + 1:wstart].strip():
            return False  # "Level 1: Super Series", "Grup 2: Persela, ...": a line's label
        if lword in lex.rank_before and num.isdigit() and len(num) <= 3:
            self._label_end = cand.end
            return False  # "menduduki posisi 12": a rank
        if lword == "setengah" and _word_before(text, wstart)[0].lower() in {"jam", "pukul", "pkl"}:
            return False  # "jam setengah 11": half past ten, a time
        if re.match(r"\s*[-–—]\s*\d{1,2}\s", text[cand.end:cand.end + 8]) and lex.month_after_re.match(
                text, cand.end + len(re.match(r"\s*[-–—]\s*\d{1,2}", text[cand.end:]).group())):
            return False  # "12–14 Agustus 2025"
        pair = DAY_PAIR.match(text, cand.end)
        if pair and num.isdigit() and int(num) <= 31 and lex.month_after_re.match(text, pair.end()):
            return False  # "pada 23 dan 24 Juni", "dari 27 hingga 30 Juni": the first day of two
        if re.match(r"\s?[xX\u00d7]\s?\d", text[cand.end:cand.end + 4]):
            dims = DIMENSIONS.match(text, cand.end)
            unit = dims.group("unit").lower() if dims else ""
            if cand.value != 1 and (unit in DIMENSION_UNITS or unit in lex.measure and unit not in lex.durations
                                    and unit not in ("kali", "kali lipat")):
                cand.unit, cand.unit_end, cand.bare = unit, cand.end, False
                return True  # "resolusi 3000 x 2000 pixel", "dimensi 160 x 100 x 180 mm": each side is a figure
            return False  # "1 x 24 jam": a multiplier; the duration is the figure after it
        if (re.match(r"\s+[Tt]ahun\s+(?:19|20)\d\d\b", text[cand.end:cand.end + 12])
                and (word[:1].isupper() or word.endswith("."))):
            return False  # "Permenhub 26 tahun 2017", "Perda 5 Tahun 2010": a regulation's number
        if self._age(text, cand, num):
            return True
        if prev == "(" and text[cand.end:cand.end + 1] == ")":
            return self._elided_unit(text, cand)
        if text[cand.end:cand.end + 1] == ")" and num.isdigit() and len(num) <= 2:
            head = text[text.rfind("\n", 0, cand.start) + 1:cand.start]
            if head.rfind("(") <= head.rfind(")") and (not head.strip() or head.rstrip()[-1:] in ":;,"
                                                     or lword in ("dan", "atau", "serta")):
                return False  # "…: 1) risiko …, dan 2) peningkatan …": a list's markers  # ayat (2), list items; but "AS Roma (19 gol), Dortmund (18)"
        if lex.list_re.match(text, cand.end):
            line_start = text.rfind("\n", 0, cand.start) + 1
            head = text[line_start:cand.start].strip()
            if not head or (head[-1:] in ",:;" and num.isdigit() and len(num) <= 2) or len(head) <= 2:
                return False  # 1. Unduh aplikasi, 2. Masuk ... (not "rekor baru, 5.386. Sebelumnya ...")
            if num.isdigit() and len(num) <= 2 and text[cand.end:cand.end + 1] == "." and (
                    re.search(rf"(?:^|\s){int(num) - 1}\.\s+[A-Z]", text[max(line_start, cand.start - 200):cand.start])
                    or re.search(rf"\s{int(num) + 1}\.\s+[A-Z]", text[cand.end:min(text.find("\n", cand.end) % (len(text) + 1),
                                                                                      cand.end + 200)])):
                return False  # "… 62.615 unit 2. Honda Mobilio 23.085 unit 3. …": a list numbered inside its paragraph
        if not text[text.rfind("\n", 0, cand.start) + 1:cand.start].strip() and re.match(
                r"[.)](?:[A-Z\"\u201c]|\s+\d)", text[cand.end:cand.end + 3]):
            return False  # a numbered line "1.World War Z", "4. 576 Kombinasi ..." 
        if re.match(r"\.\d", text[cand.end:cand.end + 2]):
            return False
        nxt_char = text[cand.end:cand.end + 1]
        if nxt_char == "X" and num.isdigit() and re.match(r"X(?!\w|[.,]\d)", text[cand.end:cand.end + 3]) and (
                len(num) >= 3 or word[:1].isupper() and not self._sentence_initial(text, wstart)) \
                and _word_after(text, cand.end + 1).lower() not in ("lipat", "lebih", "kali"):
            return False  # "Predator 21X", "Ryzen 1300X": a model's name (a multiplier is "10x", "24x lebih")
        if nxt_char in "xX" and re.match(r"[xX](?!\w|[.,]\d)", text[cand.end:cand.end + 3]) and (
                num.isdigit() or lex.lang == "id" and re.fullmatch(r"\d{1,3},\d{1,2}", num)):
            cand.unit, cand.end = "kali", cand.end + 1
            cand.unit_end, cand.bare = cand.end, False
            return True  # "pajak 24x lebih besar", "zoom 10x": a multiplier written with x
        if nxt_char.isalpha() and _word_after(text, cand.end).lower() not in lex.measure:
            return False  # "6lack", "29gram" as a name: letters glued to a plain number
        line_start = text.rfind("\n", 0, cand.start) + 1
        if (cand.start > self._title_end and not text[line_start:cand.start].strip()
                and re.match(r" +[A-Z][a-z]", text[cand.end:cand.end + 3])):
            return False  # a numbered line: "8 Kroos", "2 Pilih menu"
        if lex.lang == "id" and re.fullmatch(r"\d+\.\d{1,2}", num) and (
                _word_after(text, cand.end).lower() not in lex.measure or _word_after(text, cand.end).lower() == "kali"):
            return False  # "Android 6.0", "versi 2.1": a dot before fewer than three digits is no Indonesian number
            # (but "berkecepatan 2.4 GHz" is 2.4 gigahertz, written the English way)
        if (not cand.grouped and word and wstart > 0 and word[:1].isalpha() and any(c.isupper() for c in word)
                and (not self._sentence_initial(text, wstart) or re.search(r"[a-z][A-Z]", word))
                and lword not in self._cue_words()):  # ("PlayStation 4 Pro" opening a sentence is a name too)
            nxt = _word_after(text, cand.end).lower()
            if nxt not in lex.measure and nxt not in lex.per_recipient and not (
                    nxt in self._units_seen and _word_after(text, cand.end).islower()):
                # ("Golkar punya 17 kursi, sementara PDIP 20 kursi": a noun already counted is counted again)
                if self._title_case(cand, word):
                    return True
                if cand.start >= self._title_end:
                    self._names.add((lword, num))
                self._label_end = cand.end
                return False  # iPhone 16, KA 1739, Grup 2
        return True

    def _in_line_up(self, text: str, cand: Candidate) -> bool:
        """A line-up: three or more players with their shirt numbers before their names, on a line
        whose parts (goalkeeper; defenders; …) are split by ";"."""
        if not re.match(r" [A-Z]", text[cand.end:cand.end + 2]):
            return False
        line_start = text.rfind("\n", 0, cand.start) + 1
        if line_start not in self._line_ups:
            line_end = text.find("\n", cand.end)
            line = text[line_start:line_end if line_end >= 0 else len(text)]
            self._line_ups[line_start] = {line_start + m.start("num") for m in LINEUP_ITEM.finditer(line)} \
                if ";" in line else set()
            if len(self._line_ups[line_start]) < 3:
                self._line_ups[line_start] = set()
        return cand.start in self._line_ups[line_start]

    def _elliptical(self, text: str, cand: Candidate) -> bool:
        """"dua gerbong di Taksaka dan satu di Argo Lawu", "empat korban tewas, dua dari Swedia": a
        number in words before "di"/"dari" and a name, after a figure of the same sentence, counts
        the same things."""
        last = self._last
        if last is None or not re.match(r"\s+(?:di|dari)\s+[A-Z]", text[cand.end:cand.end + 10]):
            return False
        between = text[last.end:cand.start]
        return len(between) <= 150 and "\n" not in between and not re.search(r"[.!?]\s", between)

    def _skip_span(self, cand: Candidate) -> None:
        """A span of labels or ordinals refused as one ("halaman 311 hingga 333", "menit ke-80 sampai
        84"): its second number is not read again on its own."""
        if cand.value_max is not None:
            self._skip_until = cand.end

    def _counted_not_a_year(self, text, cand, lword) -> bool:
        """ "dibatasi hanya 2000 orang", "sebanyak 1950 unit": a number in a year's range followed by
        what is counted (per_recipient words: orang, unit, rumah …) and not by "itu"/"ini"/"tersebut",
        with no date word before it ("pada 2016 rumah itu …", "sejak 2015 orang …"), is a count."""
        after = _word_after(text, cand.end).lower()
        if after not in self.lex.per_recipient or lword in self.lex.date_binding or lword in self.lex.date_blocked \
                or lword in YEAR_BEFORE:
            return False
        rest = text[cand.end:cand.end + 40].split()
        return not (len(rest) > 1 and rest[1].lower().strip(".,;") in {"itu", "ini", "tersebut"})

    def _rest_of_a_duration(self, text: str, cand: Candidate, label: str, wstart: int) -> bool:
        """"dua tahun enam bulan", "18 tahun 3 bulan", "1 menit 21,406 detik", "empat jam 20 menit":
        after "N tahun" (jam, menit) a number of a smaller unit of time is the rest of the duration,
        a figure of its own, not a label's number. So is a lap time after a label ("waktu putaran 1
        menit 31,2 detik")."""
        nxt = _word_after(text, cand.end).lower()
        if nxt in ("menit", "detik") and label not in ("pukul", "pkl", "jam", "menit"):
            return True
        if nxt not in SMALLER_UNITS.get(label, ()):
            return False
        before = _word_before(text, wstart)[0].lower()
        return bool(re.fullmatch(r"\d+(?:[.,]\d+)?", before)) or before in NUMBER_WORDS_ID or before in (
            "dua", "setengah", "belas", "puluh")

    def _elided_unit(self, text: str, cand: Candidate) -> bool:
        """"AS Roma (19 gol), Borussia Dortmund (18), Olympiacos (18)", "Bayern (566 juta euro),
        Dortmund (376,3)": in a list of names each with its number in brackets, a number left bare
        has the unit (scale, currency, percent) written with the first one."""
        line_start = max(text.rfind("\n", 0, cand.start) + 1, text.rfind(". ", 0, cand.start) + 1)
        head = text[line_start:cand.start]
        if not head.endswith("("):
            return False
        first = ELIDED_FIRST.search(head)
        if not first or not ELIDED_REST.fullmatch(head[first.end():]):
            return False
        lex, rest = self.lex, first.group("rest").strip()
        words = rest.split()
        scale = scale_of(words[0])
        if scale:
            words = words[1:]
            if not cand.grouped or "," in cand.extra["num"]:
                cand.value = canonical(cand.value * Decimal(10) ** scale)
                cand.scaled = True
        phrase = re.sub(r"\s+", " ", " ".join(words).lower())
        if phrase in lex.currency_suffix or (words and words[0].lower() in lex.currency_suffix):
            cand.currency = lex.currency_suffix.get(phrase) or lex.currency_suffix[words[0].lower()]
        elif words and words[0].lower() in ("persen", "%"):
            cand.percent = True
        elif words and words[0][:1].isalpha() and words[0].lower() not in lex.stop:
            cand.unit, cand.unit_end = words[0].lower(), cand.end
        else:
            return False
        cand.bare = False
        return True

    def _between_names(self, text: str, cand: Candidate) -> bool:
        """"Lazio 0-3 Napoli", "Kamerun 0-2 Cile": a pair of small numbers between two capitalised
        names in running text is a result (in a Title Case headline capitals say nothing)."""
        if cand.value_max is None or cand.start < self._title_end or cand.value_max > 20:
            return False
        word, _ = _word_before(text, cand.start)
        nxt = _word_after(text, cand.end)
        return (word.isalpha() and word[:1].isupper() and nxt.isalpha() and nxt[:1].isupper()
                and nxt.lower() not in self.lex.measure and not self.lex.month_after_re.match(" " + nxt)
                and word.lower() not in self._cue_words())

    def _ends_label_list(self, text: str, cand: Candidate) -> bool:
        """A number after a label list's comma or "dan" belongs to the list unless a unit or a
        counted noun follows it ("Grup 2, 300 peserta hadir" is a count)."""
        nxt = _word_after(text, cand.end)
        low = nxt.lower()
        return not nxt[:1].isalpha() or low in self.lex.stop or nxt[:1].isupper() or (
            low not in self.lex.measure and (low in ("dan", "atau", "itu", "ini", "tersebut", "yang")
                                             or bool(VERB_ID.match(low)) and low not in VERB_ID_NOUNS))

    def _title_case(self, cand: Candidate, word: str = "") -> bool:
        """In a Title Case headline capitals say nothing ("Temukan 173 Item Obat"): a number that
        only they make doubtful is kept if the body has the same value (FigureFinder pairs them)."""
        if cand.start >= self._title_end or (word and not word[:1].isupper()) or word[1:].lower() != word[1:]:
            return False  # "iPhone 16", "KA 1739" are names in a headline too
        cand.extra["needs_twin"] = True
        return True

    def _age(self, text: str, cand: Candidate, num: str) -> bool:
        """A person's age as Indonesian news writes it after the name: "Chukwudi Christopher (43)",
        "Rohati, 63, ..." (a capitalised word, then the number in brackets or between commas)."""
        if not (num.isdigit() and 0 < int(num) <= 120):
            return False
        before, after = text[max(0, cand.start - 2):cand.start], text[cand.end:cand.end + 1]
        if not ((before.endswith("(") and after == ")") or (before == ", " and after == ",")
                or (before[-1:] == "," and before[:1].isalpha() and after == ",")):  # "Saini,35, warga ..."
            return False
        word, _ = _word_before(text, text.rfind(before.strip()[-1], 0, cand.start))
        line_start = text.rfind("\n", 0, cand.start) + 1
        sentence_start = max(line_start, text.rfind(". ", 0, cand.start) + 1)
        sentence_end = min(e for e in (text.find(". ", cand.end), text.find("\n", cand.end), len(text)) if e >= 0)
        sentence = text[sentence_start:sentence_end]
        if INITIALS.fullmatch(word) and ("inisial" in sentence.lower() or len(AGED_INITIALS.findall(sentence)) >= 2
                                         or (len(word) == 2 and 12 <= int(num) <= 90)
                                         or (len(word) == 3 and 12 <= int(num) <= 90 and before.endswith("(")
                                             and re.match(r"\),\s+(?:warga|pelajar|mahasiswa|pegawai|karyawan|sopir|buruh|petani|ibu|bapak|pria|wanita|perempuan|remaja|seorang)\b",
                                                          text[cand.end:cand.end + 16]))):
            pass  # "berinisial MA (29), IR (28)": initials of people named no other way, with their ages
        elif not (word[:1].isupper() and word[1:].islower() and word.isalpha()) or word.lower() in self.lex.label_before:
            return False
        if re.search(r"\((?![^)]*/)(?!\s*\d{1,3}\s*(?:tahun\s*)?\))[^)]*\d[^)]*\)", text[line_start:cand.start]):
            return False  # "Malaysia (145 medali emas), Thailand (72)", "(menit 19), Jad (82)": not ages
        cand.unit, cand.unit_end = "tahun", cand.end
        cand.bare = False
        cand.extra["age"] = True
        return True

    def _sentence_initial(self, text: str, pos: int) -> bool:
        head = text[max(0, pos - 3):pos]
        return pos == 0 or head.strip() == "" and ("\n" in head or pos < 3) or bool(re.search(r"[.!?:\"“”]\s*$", head))

    def _cue_words(self) -> set:
        if not hasattr(self, "_cues"):
            cues = set()
            for name in ("approx", "minimum", "target", "actual", "change", "new_value", "old_value", "setting"):
                cues |= {w.split()[-1] for w in self.lex.cues[name]}
            cues |= {"sebanyak", "sejumlah", "total", "sebesar", "senilai", "hanya", "of"}
            self._cues = cues
        return self._cues

    def _written_ok(self, text: str, cand: Candidate, m) -> bool:
        """A number in words is a figure when a unit or percent follows: "dua program", "sejuta
        pekerja", "setengah persen"; never in "salah satu" or "satu-satunya"."""
        lex = self.lex
        words = m.group("words").lower().split()
        before = text[max(0, cand.start - 12):cand.start].lower()
        after = text[cand.end:cand.end + 12]
        if after.startswith("-") or (cand.start > 0 and text[cand.start - 1] in "-" and text[cand.start - 2:cand.start] != "--"):
            return False  # "satu-satunya", "dua-duanya" (not a dash: "Broc Parkes --dua pebalap")
        if "-" in m.group("words") and (self.lex.lang == "id" or not re.fullmatch(r"[a-z]+ty-[a-z]+", m.group("words").lower())):
            return False  # "satu-satu", "satu-satunya"
        if re.search(r"\b(?:salah|satu\s+per|per|jam|pukul)\s+$", before) or re.match(r"\s+per\s+satu", after):
            return False  # "salah satu", "jam lima pagi" (not "meminjam dua fitur")
        if re.search(r"\byang\s+ke\s+$", before):
            return False  # "untuk yang ke enam kali": "keenam" written apart, an ordinal
        label_word = _word_before(text, cand.start)[0]
        label = label_word.lower().rstrip(".")
        if label in ("kuartal", "triwulan", "semester", "kuarter", "putaran", "giornata") and not _ends_sentence(label_word):
            return False  # "kuartal tiga tahun ini", "putaran dua": which one, never how many
        if label in lex.rank_before and not _ends_sentence(label_word):
            return False  # "berada di posisi empat klasemen": a rank, as with digits
        if label in lex.label_before and (label == "tahun" or _word_after(text, cand.end).lower() not in lex.measure) \
                and not self._rest_of_a_duration(text, cand, label, _word_before(text, cand.start)[1]) \
                and not _ends_sentence(label_word):
            return False  # "lantai dua", "nomor dua": a label, as with digits ("juara liga empat kali" is not;
            # "satu tahun enam bulan" stays one duration)
        if cand.percent or cand.currency:
            return True
        if words in (["setengah"], ["seperempat"]) and re.match(r"(?:nya\b|\s+dari\b)", text[cand.end:cand.end + 6]):
            if text[cand.end:cand.end + 3] == "nya":
                cand.end += 3
            cand.extra["fraction"] = True
            return True  # "hampir setengah dari klaim", "turun setengahnya", "seperempat dari total"
        nxt = _word_after(text, cand.end)
        lnext = nxt.lower()
        if lnext in ("lebih", "more"):  # "tiga ribu lebih pengawas"
            nxt = _word_after(text, cand.end + text[cand.end:].lower().index(lnext) + len(lnext))
            lnext = nxt.lower()
        if not nxt or not (nxt[0].isalpha()):
            return False
        if words == ["satu"] and re.search(r"\b(?:tak|tidak|tiada|tanpa)\s+(?:ada\s+)?$", before) \
                and re.match(r"\s+\w+\s+pun\b", text[cand.end:cand.end + 30]):
            return False  # "tak ada satu parpol pun": none at all
        if lex.lang == "id" and lnext in ("di", "dari") and self._elliptical(text, cand):
            return True  # "… dan satu di Argo Lawu", "…, dua dari Swedia"
        if words in (["satu"], ["one"], ["se"]):
            if lnext in lex.measure or lnext in lex.periods:
                return True
            if (words == ["satu"] or cand.value_max is not None) and lex.lang == "id" and lnext in lex.stop \
                    and lnext not in ("pun", "per", "sama") and re.search(r"\b(?:ada|hanya|cuma|tinggal)\s+$", before) \
                    and not re.search(r"\b(?:tak|tidak|tiada|bukan)\s+(?:ada\s+)?$", before):
                return True  # "lift yang tersedia hanya satu dan …", "ada satu sampai dua yang ceroboh": a count
            rank = _word_before(text, cand.start)[0].lower() in lex.label_before  # "nomor satu dunia"
            if (words == ["satu"] and cand.start < self._title_end and nxt[0].isupper() and lnext not in lex.one_idioms
                    and lnext not in lex.stop and not (VERB_ID.match(lnext) and lnext not in VERB_ID_NOUNS) and not rank):
                return self._title_case(cand)  # "Ditinggal Satu Personelnya": kept when the body counts one too
            acronym = nxt.isupper() and 2 <= len(nxt) <= 6 and cand.start >= self._title_end  # "satu BTS", "satu SPBU"
            return (words == ["satu"] and (nxt[0].islower() or acronym) and lnext not in lex.one_idioms and lnext not in lex.stop
                    and not (VERB_ID.match(lnext) and lnext not in VERB_ID_NOUNS) and not rank
                    and not text.startswith("nya", cand.end))  # "satu tersangka" is a count, "satu membawa" no
        if lnext in lex.stop and lnext not in lex.measure:
            if lex.lang == "id" and words not in (["satu"], ["se"]) and (
                    re.match(r"\s+dari\s+(?:\d|(?i:%s)\b)" % "|".join(NUMBER_WORDS_ID), text[cand.end:cand.end + 20])
                    or re.match(r"\s+(?:di\s?antara(?:nya)?|lainnya)\b", text[cand.end:cand.end + 16])
                    or re.search(r"\b(?:ada|hanya|cuma|tinggal)\s+$", before)):
                return True  # "empat dari 11 komisi", "tiga di antaranya", "empat lainnya", "ada dua yakni ...",
                # "sudah amankan ada empat dari pukul 06.00": a count
            if lex.lang == "id" and lnext in ("dan", "atau"):
                pair = NUMBER_PAIR.match(text, cand.end)
                if pair and pair.group("unit").lower() in lex.measure:
                    return True  # "masing-masing tujuh dan lima tahun": the first of two, with the second's unit
            return False
        if lnext in ("tahunan", "bulanan", "mingguan", "harian"):
            return False  # "pesta demokrasi lima tahunan": how often, not how many
        if nxt[0].isupper() and not nxt.isupper():
            if cand.start < self._title_end and lnext in lex.measure:
                return True  # "Tiga Kali Beruntun", "Dua Pekan": a Title Case headline capitalises the unit too
            if (cand.start == 0 < self._title_end and lex.lang == "id" and words not in (["satu"], ["se"])
                    and names.is_common(lnext) and not names.is_place(nxt) and lnext not in lex.place_nouns):
                return True  # "Dua Kepala Daerah dari PPP …": a headline opening with how many of something
            if (lex.lang == "id" and text[cand.start].islower() and cand.start >= self._title_end
                    and not lex.month_after_re.match(text, cand.end)):
                return True  # "lima Kecamatan", "dua Community Shields": a name would capitalise its number too
            return self._title_case(cand)  # "Lima Puluh Kota", a name
        return True


SCORE_PAIR = r"\d{1,3}\s?-\s?\d{1,3}"
# after a number in words: "dan"/"atau", a second number and its unit ("tujuh dan lima tahun")
NUMBER_PAIR = re.compile(r"\s+(?:dan|atau)\s+(?:(?i:%s)(?:\s+(?i:puluh|belas|ratus|ribu))?|\d+(?:[.,]\d+)?)\s+(?P<unit>[^\W\d_]+)"
                         % "|".join(NUMBER_WORDS_ID))
# "plus minus 200 orang": the "minus" of this approximation cue is no sign
PLUS_BEFORE = re.compile(r"(?i)\bplus\s+$")
# "4 plus minus 1 persen", "44,3 ± 2 persen", "4 +/- 1%": a centre's margin, after the centre
PLUS_MINUS = re.compile(r"\s?(?:(?i:plus\s+minus)|\u00b1|\+\s?/\s?-)\s?(?P<num>\d+(?:[.,]\d+)?)(?P<pct>\s?(?:%|(?i:persen)\b))?")
# "dua tahun enam bulan", "empat jam 20 menit 58 detik": the smaller units of time that can follow
SMALLER_UNITS = {"tahun": ("bulan", "minggu", "pekan", "hari"), "jam": ("menit", "detik"), "menit": ("detik",)}
# the first of a list of names with numbers in brackets, written with its unit: "AS Roma (19 gol)",
# "Bayern Muenchen (566 juta euro)"; then the rest of the list up to the number being read
ELIDED_FIRST = re.compile(r"[A-Z][\w.'\u2019-]*\s\(\s?\d+(?:[.,]\d+)?\s?(?P<rest>(?:%|[^\W\d_]+(?:\s[^\W\d_]+){0,2}))\s?\)")
ELIDED_REST = re.compile(r"(?:\s*,?\s*(?:dan\s+|serta\s+)?[A-Z][^()\n]{0,40}?\s\(\s?\d+(?:[.,]\d+)?\s?"
                         r"(?:%|[^\W\d_]+(?:\s[^\W\d_]+){0,2})?\s?\))*"
                         r"\s*,?\s*(?:dan\s+|serta\s+)?[A-Z][^()\n]{0,40}?\s\(")
# sides of a size: "3000 x 2000 pixel", "44,21×19,2×41,72 - sentimeter"
DIMENSIONS = re.compile(r"(?:\s?[xX\u00d7]\s?\d+(?:[.,]\d+)?)+\s?(?:-\s?)?(?P<unit>[^\W\d_]+)")
DIMENSION_UNITS = frozenset({"pixel", "pixels", "piksel", "px"})
# the same written with no spaces, after a size's first side: "320x220x15 mm"
GLUED_DIMENSIONS = re.compile(r"(?:[xX\u00d7]\d+(?:[.,]\d+)?)*\s?(?:-\s?)?(?P<unit>[^\W\d_]+)")
# abbreviations a label may end with a dot ("No. 35"); any other word ending in a dot ends a sentence
LABEL_ABBREVIATIONS = frozenset({"no", "nmr", "kav", "hal", "hlm", "vol", "tgl", "pkl", "tel", "telp", "gg", "jl", "ps"})


def _size_unit(text: str, pos: int, lex) -> bool:
    """After a side of a size written with no spaces ("320x220x15 mm"): the rest of the sides, then a
    unit of length or of a screen."""
    dims = GLUED_DIMENSIONS.match(text, pos)
    unit = dims.group("unit").lower() if dims else ""
    return unit in DIMENSION_UNITS or unit in lex.measure and unit not in lex.durations and unit not in ("kali", "kali lipat")


def _ends_sentence(word: str) -> bool:
    """"tahun." before "12 dari 23 pemain": a full stop after a whole word ends its sentence."""
    return word.endswith(".") and len(word) > 4 and word[:-1].isalpha() and word[:-1].lower() not in LABEL_ABBREVIATIONS


def _in_score_run(text: str, pos: int) -> bool:
    """Game scores written in a row, with no word between them ("19-21 21-17 20-22"): a range
    never stands right next to another range."""
    pair = re.match(SCORE_PAIR, text[pos:pos + 9])
    # ("5-4 - 1-9", a record of wins and losses, and a judge's "29-28 - 30" are runs too)
    return bool(re.search(SCORE_PAIR + r"[,;]?\s+(?:[-\u2013]\s+)?$", text[max(0, pos - 14):pos])
                or re.match(r"[,;]?\s+(?:[-\u2013]\s+)?" + SCORE_PAIR + r"\b", text[pos + pair.end():pos + pair.end() + 14]))


def _year_like(cand: Candidate) -> bool:
    num = cand.extra.get("num", "")
    return _year_like_num(num) and not (cand.scaled or cand.percent or cand.currency)


def _year_like_num(num: str) -> bool:
    return num.isdigit() and len(num) == 4 and 1900 <= int(num) <= 2100
