"""Qualifier rules: is a figure a target, an actual (realised, recorded) value, a minimum, a
change, or none of these? Read from the cue words left of the figure inside its clause, a few
words right of it, and how it is linked to the figure before it ("atau", "menjadi", "dari")."""

from .finder import Candidate
from .sentence import Sentence, ends_with


class QualifierRules:
    def _qualifier(self, s: Sentence, c: Candidate, f: dict, i: int, uj: int, prev: dict | None) -> str | None:
        lex, lows, idx = self.lex, s.lows, self.lex.cue_index
        cs = self._clause_start(s, i)
        if c.extra.get("age"):
            return None
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
                if duration and not (passed_old or passed_new or passed_comp) and (k != i2 or passed_fig):
                    return None  # "tumbuh cepat dalam 2-3 tahun": only "naik 2 tahun" makes a duration a change
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
