"""Metric rules: what a figure measures. The counted noun phrase after it ("805 ribu klaim
manfaat"), else the subject it is said of ("Dana kelolaan ... tercatat Rp812,4 triliun"), skipping
places ("Harga cabai di Pasar Kramat Jati"); changes and restatements take the previous figure's."""

from .finder import Candidate
from .sentence import ACTIVE_ID, GENERIC_UNITS, HOP_PREPOSITIONS, VERB_EN, VERB_ID, VERB_ID_NOUNS, Sentence, _word


class MetricRules:
    def _metric(self, s: Sentence, c: Candidate, f: dict, i: int, uj: int, prev: dict | None) -> str | None:
        """What the figure measures: the counted noun phrase ("klaim manfaat"), else the subject
        it is said of ("dana kelolaan ... tercatat Rp812,4 triliun"). A change, an old or new value
        and an "atau" restatement carry the metric of the figure before them."""
        unit = f["unit"]
        if c.extra.get("age"):
            return "usia"
        same = prev is not None and prev.get("metric") and prev["_sentence_start"] == s.start
        if same and (f["qualifier"] == "change" or f.get("_linked") or self._old_value(s, i)):
            return self._left_np(s, i, stop_at_figure=True) or prev["metric"]
        if f["kind"] == "count" and unit and unit.lower() not in GENERIC_UNITS:
            phrase = self._unit_phrase(s, f["_j"], uj)
            if " " not in phrase:
                # "jumlah peserta aktif mencapai 45,2 juta peserta": the subject names it more exactly,
                # and outlets writing "45,7 juta orang" then agree on the metric
                left = self._left_np(s, i)
                if left and " " in left and phrase.lower() in left.lower().split():
                    return left
            return phrase
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
        lex, lows = self.lex, s.lows
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
