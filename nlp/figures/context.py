"""What a figure means, read from the words around it in its sentence.

For each candidate the finder found: its unit and kind, the period it is "per", whether it is
approximate, a qualifier (target, actual, minimum, change), what it measures (metric) and the
date it is as of. Rules, not a model: each looks at a few words left or right of the figure,
inside its clause (clauses split at "sementara", "sedangkan", "namun", ...).
"""

import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date

from ..asof import DateMention, finder as date_finder
from .finder import Candidate
from .lexicon import WORD_RE, Lexicon

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


class Reader:
    def __init__(self, lex: Lexicon):
        self.lex = lex
        self.lang = lex.lang
        self.approx_re = re.compile(
            r"(?:^|[\s(])(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in
                                       sorted(lex.cues["approx"], key=len, reverse=True)) + r")\s*$", re.I)

    # -- per sentence ----------------------------------------------------------------------------

    def read(self, s: Sentence, cands: list[Candidate], published: date | None) -> list[dict]:
        spans = []
        for c in cands:
            i, j = s.index(c.start), s.index(c.end)
            spans.append((i, j))
            s.fig_tokens.update(range(i, j))
        figures: list[dict] = []
        for c, (i, j) in zip(cands, spans):
            f = self._basics(s, c, i, j)
            f["_i"], f["_j"], f["_sentence_start"] = i, j, s.start
            prev = figures[-1] if figures else None
            f["qualifier"] = self._qualifier(s, c, f, i, f["_uj"], prev)
            f["metric"] = self._metric(s, c, f, i, f["_uj"], prev)
            duration = f["kind"] == "other" and (f["unit"] or "").lower() in self.lex.durations
            f["_date"] = None if duration else self._as_of(s, c, f, i, f["_uj"])
            mention = f["_date"]
            if mention is None:
                f["as_of"] = None
            else:
                future_ok = f["qualifier"] == "target" and mention.kind != "event"
                resolved = mention.resolve(published, future_ok=future_ok)
                f["as_of"] = resolved.isoformat() if resolved else None
            figures.append(f)
        return figures

    # -- unit, kind, per, approx -------------------------------------------------------------------

    def _basics(self, s: Sentence, c: Candidate, i: int, j: int) -> dict:
        lex = self.lex
        unit, uj = c.unit, j
        kind = "count"
        if c.currency:
            kind, unit = "money", None
        elif c.percent:
            kind, unit = "percent", None
        elif c.points:
            kind, unit = "other", c.points
        else:
            prefix = self._prefix_unit(s, i)
            if prefix and prefix != "level":
                unit = unit or prefix  # "Gempa M 4,2", "bermagnitudo 5,6"
            if unit is None:
                unit, uj = self._unit_after(s, j)
            if unit and (unit.lower() in lex.measure or unit.lower().split()[0] in lex.measure):
                kind = "other"  # durations, measures, "48 kali upah"
            elif prefix:
                kind = "other"
            elif unit is None and any(s.lows[k] in lex.index_words for k in range(self._clause_start(s, i), i)):
                kind = "other"  # "IHSG bergerak di rentang 7.850–7.980": an index level
            if c.extra.get("seunit") or c.extra.get("fraction"):
                kind = "other"
            if c.extra.get("fraction"):
                unit, uj = None, j
        approx = self._approx(s, c, i, uj)
        per = None
        after = s.toks[uj - 1].end if uj > j else c.end
        pm = lex.per_re.match(s.text, after - s.start)
        if pm:
            per = lex.periods.get(pm.group("per").lower())
        return {
            "start": c.start, "end": c.end, "text": None, "value": c.value, "value_max": c.value_max,
            "kind": kind, "currency": c.currency if kind == "money" else None, "unit": unit, "per": per,
            "approx": approx, "_uj": uj,
        }

    def _unit_after(self, s: Sentence, j: int) -> tuple[str | None, int]:
        lex, toks, lows = self.lex, s.toks, s.lows
        if j < len(toks) and lows[j] in ("lebih", "more", "plus") and j + 1 < len(toks) and toks[j + 1].text[0].isalpha():
            j += 1  # "tiga ribu lebih pengawas"
        if j >= len(toks):
            return None, j
        for comp in lex.compounds:
            n = len(comp)
            if tuple(lows[j:j + n]) == comp:
                return " ".join(t.text for t in toks[j:j + n]).lower(), j + n
        if self.lang == "en":
            k, words = j, []
            while k < len(toks) and len(words) < 3:
                t = toks[k]
                if not t.text[0].isalpha() or (t.low in lex.stop and not (not words and t.low in EN_UNIT_LEAD)):
                    break
                if t.text[0].isupper() and not s.in_title and not t.text.isupper():
                    break
                if VERB_EN.match(t.low) and words:
                    break
                words.append(t)
                k += 1
                if t.low in lex.measure:
                    break
            while words and (words[-1].low in EN_UNIT_LEAD or VERB_EN.match(words[-1].low)):
                words.pop()
            if not words:
                return None, j
            last = words[-1]
            return (last.text if last.text.isupper() else last.low), j + len(words)
        t = toks[j]
        if not t.text[0].isalpha():
            return None, j
        if t.low in lex.measure:
            return (t.text if t.text.isupper() and len(t.text) > 1 else t.low), j + 1
        if t.low in lex.stop or t.low in lex.cues["reporting"]:
            return None, j
        if t.text[0].isupper() and not t.text.isupper() and not s.in_title:
            return None, j
        if VERB_ID.match(t.low) and t.low not in VERB_ID_NOUNS:
            return None, j
        return (t.text if t.text.isupper() and len(t.text) > 1 else t.low), j + 1

    def _prefix_unit(self, s: Sentence, i: int) -> str | None:
        if i == 0:
            return None
        prev = s.toks[i - 1]
        unit = self.lex.prefix_units.get(prev.text) or self.lex.prefix_units.get(prev.low)
        if prev.text == "M" and not (i >= 2 and s.lows[i - 2] in ("gempa", "gempabumi", "berkekuatan")):
            return None
        if unit is None and i >= 2 and s.lows[i - 1] in ("ke", "di") and s.lows[i - 2] == "level":
            return "level"
        return unit

    def _approx(self, s: Sentence, c: Candidate, i: int, uj: int) -> bool:
        lex = self.lex
        left = s.text[max(0, c.start - s.start - 40):c.start - s.start]
        if self.approx_re.search(left):
            return True
        if uj < len(s.lows) and starts_with(s.lows, uj, lex.cue_index["approx_after>"]):
            after = s.lows[uj:uj + 2]
            return after != ["lebih", "tinggi"] and after != ["lebih", "rendah"]
        return False

    # -- qualifier ---------------------------------------------------------------------------------

    def _clause_start(self, s: Sentence, i: int) -> int:
        k = i - 1
        while k >= 0:
            if s.lows[k] in self.lex.boundaries or s.lows[k] == ";":
                return k + 1
            k -= 1
        return 0

    def _clause_end(self, s: Sentence, j: int) -> int:
        k = j
        while k < len(s.lows):
            if s.lows[k] in self.lex.boundaries or s.lows[k] == ";":
                return k
            k += 1
        return len(s.lows)

    def _near_now(self, s: Sentence, a: int, b: int) -> bool:
        text = " ".join(s.lows[max(0, a):min(len(s.lows), b)])
        return any(re.search(rf"\b{re.escape(w)}\b", text) for w in NOW)

    def _qualifier(self, s: Sentence, c: Candidate, f: dict, i: int, uj: int, prev: dict | None) -> str | None:
        lex, lows, idx = self.lex, s.lows, self.lex.cue_index
        cs = self._clause_start(s, i)
        if c.value < 0:
            return "change"
        i2 = i - ends_with(lows, i, idx["approx"])
        if ends_with(lows, i2, idx["minimum"]) or (i2 != i and ends_with(lows, i, idx["minimum"])):
            return "minimum"
        if f["kind"] == "money" and self._per_recipient(s, uj):
            return None
        if i2 > 0 and lows[i2 - 1] in ("atau", "or") and prev is not None and 0 <= (i2 - 1) - prev["_uj"] <= 10 and not any(
                k in s.fig_tokens for k in range(prev["_uj"], i2 - 1)):
            f["_linked"] = True
            return prev["qualifier"]  # "278,2 juta jiwa atau 98,4 persen": the same quantity again
        if f["kind"] in ("count", "other") and i2 > 0 and lows[i2 - 1] in lex.cues["setting"] and i2 - 1 >= cs:
            return None
        # a cue right after the figure: "4.8 percent forecast", "Rp5 triliun yang ditargetkan"
        ce = self._clause_end(s, uj)
        for k in range(uj, min(ce, uj + 3)):
            if lows[k] in lex.cues["target_after"]:
                return "target"
            if lows[k] not in ("yang", "the", "that", "which"):
                break
        duration = f["kind"] == "other" and (f["unit"] or "").lower() in lex.durations
        passed_new = passed_old = passed_comp = passed_fig = False
        k = i2
        while k > cs:
            if (k - 1) in s.fig_tokens:
                passed_fig = True
                k -= 1
                continue
            if lows[k - 1] in lex.cues["reporting"]:
                break
            if lows[k - 1] == "," and (k >= len(lows) or lows[k] not in ("dengan", "with")) and any(
                    t in s.fig_tokens for t in range(cs, k - 1)):
                break  # "…0,22 persen dibayar pemerintah pusat, 0,14 persen": that cue was the earlier figure's
            name, n = None, 0
            for cls in ("comparators", "old_value", "new_value", "change", "change_nouns", "target", "actual"):
                m = ends_with(lows, k, idx[cls])
                if m > n:
                    name, n = cls, m
            if not n:
                k -= 1
                continue
            if name == "comparators":
                passed_comp = True
            elif name == "old_value":
                if n == 1 and k - n - 1 >= 0 and lows[k - n - 1] in ("persen", "%", "percent"):
                    return None  # "40 persen dari 4,3 juta pekerja": a share of the figure
                if not passed_new:
                    passed_old = True
            elif name == "new_value":
                if not passed_old:
                    passed_new = lows[k - 1] if k == i2 else True
            elif name in ("change", "change_nouns"):
                if passed_comp:
                    return "actual"
                if passed_old:
                    return None if self._near_now(s, k, uj + 2) else "actual"
                if passed_new:
                    f["_linked"] = True  # "naik 10 persen menjadi Rp5 triliun": the new value
                    return "target" if self._target_before(s, cs, k - n) else "actual"
                if name == "change_nouns" and ends_with(lows, k - n, idx["target"]):
                    return "target"
                if passed_fig and name == "change_nouns":
                    return "change" if not self._target_before(s, cs, k - n) else "target"
                return "change"
            elif duration:
                return None  # "selama 12 bulan": a duration is not itself a target or a result
            elif name == "target":
                if passed_old and self._near_now(s, k, uj + 2):
                    return None
                return "target"
            elif name == "actual":
                if passed_old and self._near_now(s, k, uj + 2):
                    return None
                if not passed_fig and self._target_before(s, cs, k - n):
                    return "target"
                return "actual"
            k -= n
        if passed_old and not self._near_now(s, i2 - 3, uj + 2):
            return "actual" if passed_comp or self.lang == "en" else None
        if passed_new in ("menjadi", "jadi"):
            return "actual"
        if f["kind"] != "other":
            for k in range(uj, min(ce, uj + 12)):
                if lows[k] in (",", ";", ":"):
                    break
                if lows[k] in lex.cues["actual_after"]:
                    return "actual"
        return None

    def _target_before(self, s: Sentence, cs: int, k: int) -> bool:
        idx = self.lex.cue_index["target"]
        m = k
        while m > cs:
            if (m - 1) in s.fig_tokens:
                return False
            if ends_with(s.lows, m, idx):
                return True
            m -= 1
        return False

    def _per_recipient(self, s: Sentence, uj: int) -> bool:
        lows = s.lows
        if uj < len(lows) and lows[uj] in ("each", "apiece", "masing-masing"):
            return True
        return uj + 1 < len(lows) and lows[uj] == "per" and lows[uj + 1] in self.lex.per_recipient

    # -- metric ------------------------------------------------------------------------------------

    def _metric(self, s: Sentence, c: Candidate, f: dict, i: int, uj: int, prev: dict | None) -> str | None:
        """What the figure measures: the counted noun phrase ("klaim manfaat"), else the subject
        it is said of ("dana kelolaan ... tercatat Rp812,4 triliun"). A change, an old or new value
        and an "atau" restatement carry the metric of the figure before them."""
        unit = f["unit"]
        same = prev is not None and prev.get("metric") and prev["_sentence_start"] == s.start
        if same and (f["qualifier"] == "change" or f.get("_linked") or self._old_value(s, i)):
            return self._left_np(s, i, stop_at_figure=True) or prev["metric"]
        if f["kind"] == "count" and unit and unit.lower() not in GENERIC_UNITS:
            return self._unit_phrase(s, f["_j"], uj)
        if f["kind"] == "count" and unit:
            phrase = self._unit_phrase(s, f["_j"], uj)
            if len(phrase.split()) > 1:
                return phrase  # "9 orang hilang"
        if f["kind"] == "percent" and self.lang == "id" and uj < len(s.toks) and self._content(s, uj):
            return self._unit_phrase(s, uj, uj)  # "62 persen pekerja informal"
        if self.lang == "en":
            right = self._en_right_np(s, uj)
            if right and f["kind"] in ("money", "percent"):
                return right
        left = self._left_np(s, i)
        if left is None or left.split()[0].lower() in self.lex.metric_generic:
            if prev is not None and prev.get("metric") and prev["_sentence_start"] == s.start:
                return prev["metric"]
            if unit and f["kind"] == "count":
                return self._unit_phrase(s, f["_j"], uj)  # "17 orang tewas"
            f["_anaphor"] = True
            return left
        return left

    def _content(self, s: Sentence, k: int) -> bool:
        t = s.toks[k]
        return (t.text[0].isalpha() and t.low not in self.lex.stop and t.low not in self.lex.metric_skip
                and not self._verb(t.low) and k not in s.date_tokens)

    def _unit_phrase(self, s: Sentence, j: int, uj: int) -> str:
        lex, toks = self.lex, s.toks
        words = [t.text if t.text.isupper() else t.low for t in toks[j:uj]]
        if self.lang == "en":
            return " ".join(words)
        k = uj
        while k < len(toks) and len(words) < 3:
            t = toks[k]
            if not t.text[0].isalpha() or t.low in lex.stop or t.low in lex.cues["reporting"]:
                break
            if k in s.fig_tokens or k in s.date_tokens:
                break
            if VERB_ID.match(t.low) and t.low not in VERB_ID_NOUNS and not t.low.startswith(("ter", "di")):
                break
            words.append(t.text if t.text.isupper() else t.low)
            k += 1
        return " ".join(words)

    def _en_right_np(self, s: Sentence, uj: int) -> str | None:
        lows, toks = s.lows, s.toks
        if uj + 1 < len(lows) and lows[uj] in ("in", "of", "for") and toks[uj + 1].text[0].isalpha():
            words = []
            k = uj + 1
            while k < len(toks) and len(words) < 3 and toks[k].text[0].isalpha() and lows[k] not in self.lex.stop:
                if k in s.date_tokens:
                    break
                words.append(toks[k].text if toks[k].text.isupper() else lows[k])
                k += 1
            return " ".join(words) or None
        return None

    def _left_np(self, s: Sentence, i: int, stop_at_figure: bool = False) -> str | None:
        lex, toks, lows = self.lex, s.toks, s.lows
        cs = self._clause_start(s, i)
        k = i - 1
        skipped = 0
        while k >= cs and skipped < 8:
            low = lows[k]
            if stop_at_figure and (k in s.fig_tokens or low == ","):
                return None
            if self._content(s, k) and k not in s.fig_tokens and low not in lex.cues["reporting"]:
                break
            if low in (".", "!", "?", ":", "\"", "“", "”") or (self.lang == "id" and ACTIVE_ID.match(low)
                                                              and low not in lex.metric_skip and low not in VERB_ID_NOUNS):
                return None  # "Pemkab Banyuwangi menargetkan …": the actor is not what is measured
            k -= 1
            skipped += 1
        else:
            return None
        words = self._np_left(s, k, cs)
        # a place or partner after the head: "Harga cabai rawit di Pasar Kramat Jati", "klaim ke rumah sakit di Papua"
        for _ in range(2):
            start = k - len(words)
            if words and start >= cs + 1 and lows[start] in HOP_PREPOSITIONS[self.lang]:
                m = start - 1
                while m >= cs and m in s.date_tokens:
                    m -= 1  # "pertumbuhan ekonomi 2024 dari Kementerian Keuangan"
                earlier = self._np_left(s, m, cs) if m >= cs and self._content(s, m) else []
                if earlier:
                    k, words = m, earlier
                    continue
            break
        if not words:
            return None
        if self.lang == "en":
            while words and words[0].low in lex.metric_drop_first:
                words.pop(0)
            words = words[-3:]
        else:
            if len(words) > 1 and words[0].low in lex.metric_drop_first:
                words.pop(0)
            words = words[:4]
        if not words:
            return None
        return " ".join(_word(w, w is words[0], self.lang) for w in words)

    def _np_left(self, s: Sentence, k: int, cs: int) -> list:
        """The content words ending at token k, read leftwards, returned in text order."""
        lex, toks, lows = self.lex, s.toks, s.lows
        words = []
        while k >= cs and len(words) < 6:
            t = toks[k]
            low = lows[k]
            if (not t.text[0].isalnum() or low in lex.stop or k in s.date_tokens or k in s.fig_tokens
                    or self._verb(low) or low in lex.cues["reporting"]):
                break
            if low in lex.metric_skip and low not in lex.metric_generic:
                break
            words.append(t)
            k -= 1
        words.reverse()
        return words

    def _verb(self, low: str) -> bool:
        if self.lang == "en":
            return bool(VERB_EN.match(low)) and low not in ("earnings", "savings", "holdings", "spending", "funding", "lending")
        return bool(VERB_ID.match(low)) and low not in VERB_ID_NOUNS

    # -- as of -------------------------------------------------------------------------------------

    def _usable(self, s: Sentence, d: DateMention) -> bool:
        lex = self.lex
        if d.marker in lex.date_blocked:
            return False
        if LAW_BEFORE.search(s.text, 0, d.start - s.start):
            return False  # "UU Nomor 7 Tahun 2021"
        di = s.index(d.start)
        if ends_with(s.lows, di, lex.blocked_index):
            return False
        if d.kind == "year" and d.marker is None and di > 0:
            prev = s.toks[di - 1]
            if prev.text[0].isalpha() and any(ch.isupper() for ch in prev.text) and not s.in_title:
                return False  # "UMK 2026", "APBDes 2024": part of a name
        return True

    def _speech_date(self, s: Sentence, d: DateMention, i: int, j: int) -> bool:
        if d.kind != "event":
            return False
        di, dj = s.index(d.start), s.index(d.end)
        a, b = (dj, i) if dj <= i else (j, di)
        rep = self.lex.cues["reporting"]
        if any(s.lows[k] in rep for k in range(a, b)):
            return True
        return any(s.lows[k] in rep for k in range(max(0, di - 6), di))

    def _as_of(self, s: Sentence, c: Candidate, f: dict, i: int, uj: int) -> DateMention | None:
        lex, lows = self.lex, s.lows
        dates = [d for d in s.dates if not (d.start < c.end and c.start < d.end)]
        # a date right after the figure binds to it: "40,9 juta pada 2024", "14.520 pengaduan masuk kemarin"
        for n, d in enumerate(dates):
            if d.start < c.end:
                continue
            di = s.index(d.start)
            gap = range(uj, di)
            if len(gap) > 6 or any(lows[k] in (",", ";", ".", ":") or k in s.fig_tokens for k in gap):
                break
            if self._baseline(lows, gap):
                break  # "naik 8,6% dibandingkan periode yang sama tahun lalu": the baseline's date
            if not self._usable(s, d) or self._speech_date(s, d, i, uj):
                break
            binding = d.marker in lex.date_binding or d.kind in ("relative", "none", "event") or any(
                lows[k] in lex.date_binding for k in gap)
            if not (d.kind == "none" or binding):
                break
            if n + 1 < len(dates):  # "sepanjang 2024 hingga 30 November": the closer bound wins
                nxt = dates[n + 1]
                if nxt.marker in ("hingga", "sampai", "per", "until", "as of") and s.index(nxt.start) - s.index(d.end) <= 1:
                    return nxt
            if d.unit == "anchor_year":
                return self._anchored(s, d, c, dates)
            return d
        cs = self._clause_start(s, i)
        left = []
        for d in dates:
            if d.end > c.start or not self._usable(s, d) or self._speech_date(s, d, i, uj):
                continue
            di = s.index(d.start)
            framing = di <= 2 and s.index(d.end) < len(lows) and lows[s.index(d.end)] == ","
            left.append(d)
        if f["kind"] == "money" and f["per"] and f["qualifier"] is None:
            left = []  # a standing rate ("iuran Rp16.800 per orang per bulan") is not dated by the sentence
        before = self._comparison_date(s, dates, i)
        if before is not None:
            return before  # "turun dibandingkan Desember 2024 yang Rp91 miliar"
        if left:
            d = left[-1]
            if d.kind == "none":
                return None
            if self._old_value(s, i) and YOY.search(s.text):
                return _Shifted(DateMention(0, 0, "", "relative", offset=-1, unit="anchor_year"), d)
            return d
        ce = self._clause_end(s, uj)
        for d in dates:
            if d.start < c.end:
                continue
            di = s.index(d.start)
            if di > ce:
                break
            between = range(uj, di)
            if self._baseline(lows, between):
                break
            if d.kind != "event" and any(lows[k] in (",", ";", ":") for k in between):
                break
            if any(lows[k] == "," and k + 1 < len(lows) and lows[k + 1] in ("dengan", "with") for k in between):
                break
            if not self._usable(s, d) or self._speech_date(s, d, i, uj):
                continue
            return d if d.kind != "none" else None
        return None

    def _comparison_date(self, s: Sentence, dates, i: int):
        """A date right before the figure after a comparison word: "dibandingkan Desember 2024 yang"."""
        for d in dates:
            di, dj = s.index(d.start), s.index(d.end)
            if dj <= i and i - dj <= 2 and all(s.lows[k] in ("yang", "sebesar", "senilai", ",", "of", "at", "sebanyak")
                                                for k in range(dj, i)):
                if d.marker in self.lex.cues["comparators"] or ends_with(s.lows, di, self.lex.cue_index["comparators"]):
                    return d
        return None

    def _old_value(self, s: Sentence, i: int) -> bool:
        i2 = i - ends_with(s.lows, i, self.lex.cue_index["approx"])
        return bool(ends_with(s.lows, i2, self.lex.cue_index["old_value"]))

    def _baseline(self, lows, gap) -> bool:
        """A comparison between the figure and a date: "dibandingkan ...", "dari akhir tahun lalu"
        (but not "9,8 persen dari penerimaan iuran pada 2023")."""
        words = [lows[k] for k in gap]
        for n, w in enumerate(words):
            if w in self.lex.cues["comparators"]:
                return True
            if w in self.lex.cues["old_value"] and len(words) - n <= 5:
                return not any(x in DATE_PREPOSITIONS for x in words[n + 1:])
        return False

    def _anchored(self, s: Sentence, d: DateMention, c: Candidate, dates: list[DateMention]):
        """ "up from 30,900 a year earlier": a year before the date the sentence is about."""
        anchors = [a for a in dates if a.end <= c.start and a.kind != "none" and a.unit != "anchor_year"]
        if not anchors:
            return None
        return _Shifted(d, anchors[-1])


class _Shifted:
    """A date relative to another one in the sentence ("setahun sebelumnya")."""

    kind = "shifted"

    def __init__(self, mention: DateMention, anchor: DateMention):
        self.mention, self.anchor = mention, anchor

    def resolve(self, published, future_ok=True):
        return self.mention.shifted(self.anchor.resolve(published, future_ok=future_ok))
