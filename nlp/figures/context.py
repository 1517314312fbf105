"""What a figure means, read from the words around it in its sentence.

For each candidate the finder found: its unit and kind, the period it is "per", whether it is
approximate, a qualifier (target, actual, minimum, change), what it measures (metric) and the
date it is as of. Rules, not a model: each looks at a few words left or right of the figure,
inside its clause (clauses split at "sementara", "sedangkan", "namun", ...).
"""

import re
from datetime import date

from .dating import DateRules
from .finder import Candidate
from .lexicon import Lexicon
from ..numbers import canonical, scale_of
from .metric import MetricRules
from .qualifier import QualifierRules
from .sentence import EN_UNIT_LEAD, NOW, VERB_EN, VERB_ID, VERB_ID_NOUNS, Sentence, starts_with


class Reader(QualifierRules, MetricRules, DateRules):
    """Reads each figure's meaning; the rules for qualifier, metric and as-of date live in
    qualifier.py, metric.py and dating.py."""

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
            s.unit_tokens.update(range(j, f["_uj"]))
            prev = figures[-1] if figures else None
            self._like_before(s, c, f, i, figures)
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
        self._like_after(s, cands, figures)
        return figures

    def _like_after(self, s: Sentence, cands: list[Candidate], figures: list[dict]) -> None:
        """"frekuensi 2,1 dan 2,3 GHz", "shift 8 dan 12 jam": a bare number joined by "dan"/"atau" to
        a measure right after it shares that measure's unit; "dari 26 menjadi 28 persen" (joined by
        "dan", "atau", "menjadi") a percentage; "14 dan 15 juta" a scale (and its currency)."""
        for k in range(len(figures) - 1):
            f, g = figures[k], figures[k + 1]
            if not ((cands[k].bare or cands[k].written) and f["kind"] == "count" and f["unit"] is None
                    and g["_i"] == f["_j"] + 1):
                continue
            joint = s.lows[f["_j"]]
            if joint in ("dan", "atau") and g["kind"] == "other" and g["unit"] and g["unit"].lower() in self.lex.measure:
                f["kind"], f["unit"] = "other", g["unit"]
            elif joint in ("dan", "atau", "menjadi") and g["kind"] == "percent" and g["value_max"] is None:
                f["kind"] = "percent"
            elif joint in ("dan", "atau") and cands[k + 1].scaled and not cands[k + 1].written \
                    and g["value_max"] is None and g["kind"] in ("count", "money"):
                scale = scale_of(next((w for w in reversed(s.text[g["start"] - s.start:g["end"] - s.start].split())
                                       if scale_of(w)), None))
                if scale and f["value"] * 10 ** scale <= g["value"]:
                    f["value"] = canonical(f["value"] * 10 ** scale)
                    f["kind"], f["currency"], f["unit"] = g["kind"], g["currency"], g["unit"]

    def _like_before(self, s: Sentence, c: Candidate, f: dict, i: int, before: list[dict]) -> None:
        """A bare number that continues an earlier figure of its sentence is of the same kind:
        "44 persen berbanding 37" (a percentage), "Rp 72 triliun ... hampir 16 sampai 18 triliun"
        (a scaled amount with no unit after money is money)."""
        if f["kind"] != "count" or f["unit"] is not None or not before:
            return
        if c.bare and i > 0 and s.lows[i - 1] in self.lex.versus and before[-1]["kind"] == "percent":
            f["kind"] = "percent"
        elif c.bare and i > 0 and s.lows[i - 1] in ("dan", "atau") and before[-1]["_uj"] == i - 1 \
                and before[-1]["kind"] in ("other", "percent"):
            f["kind"], f["unit"] = before[-1]["kind"], before[-1]["unit"]  # "umur 20 dan 21": two ages
        elif c.scaled and not c.written:
            money = next((b for b in reversed(before) if b["kind"] == "money"), None)
            if money is not None:
                f["kind"], f["currency"] = "money", money["currency"]

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
            if unit and unit.lower() not in lex.things and (unit.lower() in lex.measure or unit.lower().split()[0] in lex.measure):
                kind = "other"  # durations, measures, "48 kali upah"
            elif prefix:
                kind = "other"
            elif unit is None and not c.written and any(s.lows[k] in lex.index_words for k in range(self._clause_start(s, i), i)):
                kind = "other"  # "IHSG bergerak di rentang 7.850–7.980": an index level
            leads = lex.measure_after.get(unit.lower()) if kind == "count" and unit else None
            if leads and any(s.lows[k] in leads for k in range(max(self._clause_start(s, i), i - 3), i)):
                kind = "other"  # "unggul enam angka" (points), "ketinggian 115 kaki" (feet)
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
        if (t.text in ("-", "\u2013") and j > 0 and t.start - toks[j - 1].end <= 1 and j + 1 < len(toks)
                and lows[j + 1] in lex.measure and toks[j + 1].start - t.end <= 1):
            return lows[j + 1], j + 2  # "165-gram", "layar 5,5 - inci", "12-megapixel": a unit joined by a hyphen
        if t.text == "\u00b0":
            return "derajat", j + 1  # "135 °"
        if not t.text[0].isalpha():
            return None, j
        if t.low in lex.measure:
            return (t.text if t.text.isupper() and len(t.text) > 1 else t.low), j + 1
        if self.lang == "id" and t.low.endswith("nya") and len(t.low) >= 6 and t.low[:-3] in lex.measure:
            return t.low[:-3], j + 1  # "lawatan 12 harinya": its twelve days
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
        k = i - 1
        while k > 0 and i - k <= 2 and s.lows[k] in self.lex.prefix_skip and not s.toks[k].text[0].isdigit():
            k -= 1  # "umur saja 22", "[Usia] 21", "usianya baru 17": the unit word a word or two back
        if k != i - 1 and (s.toks[k].low not in self.lex.prefix_units and s.toks[k].text not in self.lex.prefix_units
                           or s.toks[k].text == "M"):
            k = i - 1
        prev = s.toks[k]
        unit = self.lex.prefix_units.get(prev.text) or self.lex.prefix_units.get(prev.low)
        if prev.text == "M" and not (i >= 2 and s.lows[i - 2] in ("gempa", "gempabumi", "berkekuatan")):
            return None
        if unit is None and i >= 2 and s.lows[i - 1] in ("ke", "di") and s.lows[i - 2] == "level":
            return "level"
        return unit

    def _approx(self, s: Sentence, c: Candidate, i: int, uj: int) -> bool:
        lex = self.lex
        if c.extra.get("approx"):
            return True
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
