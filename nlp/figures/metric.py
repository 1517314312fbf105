"""Metric rules: what a figure measures. The counted noun phrase after it ("805 ribu klaim
manfaat"), else the subject it is said of ("Dana kelolaan ... tercatat Rp812,4 triliun"), skipping
places ("Harga cabai di Pasar Kramat Jati"); changes and restatements take the previous figure's."""

from .finder import Candidate
from .sentence import ACTIVE_ID, GENERIC_UNITS, HOP_PREPOSITIONS, VERB_EN, VERB_ID, VERB_ID_NOUNS, Sentence, _word


# prepositions of an adjunct between a metric and its figure ("pada periode tersebut")
ADJUNCT_ID = {"pada", "di", "dalam", "selama", "sepanjang", "hingga", "sampai", "per", "untuk"}


class MetricRules:
    def _metric(self, s: Sentence, c: Candidate, f: dict, i: int, uj: int, prev: dict | None) -> str | None:
        """What the figure measures, or None when the words found say nothing about it (an adverb,
        an ordinal, a verb: "tengah", "pertama", "bekerja")."""
        metric = self._metric_phrase(s, c, f, i, uj, prev)
        if metric:  # "berukuran 2 x 3 inci": the words end where another number or its "x" begins
            words = metric.split()
            cut = next((k for k, w in enumerate(words) if w in ("x", "X", "\u00d7")), len(words))
            if cut < len(words) and cut > 0 and words[cut - 1][:1].isdigit():
                cut -= 1
            metric = " ".join(words[:cut])
        return metric if metric and self._names_something(metric) else None

    def _names_something(self, metric: str) -> bool:
        words = metric.lower().split()
        head = words[0]
        if head in self.lex.metric_not_head:
            return False
        if head in self.lex.metric_not_alone and all(
                w in self.lex.metric_not_head or w in self.lex.metric_not_alone for w in words[1:]):
            return False  # "waktu", "hari kedua", "tahun lalu"
        return not (self.lang == "id" and self._verb(head) and head not in self.lex.measure)

    def _metric_phrase(self, s: Sentence, c: Candidate, f: dict, i: int, uj: int, prev: dict | None) -> str | None:
        """What the figure measures: the counted noun phrase ("klaim manfaat"), else the subject
        it is said of ("dana kelolaan ... tercatat Rp812,4 triliun"). A change, an old or new value
        and an "atau" restatement carry the metric of the figure before them."""
        unit = f["unit"]
        if c.extra.get("age") or self._age_in_years(s, f, i, uj):
            return "usia"
        same = prev is not None and prev.get("metric") and prev["_sentence_start"] == s.start
        if same and (f["qualifier"] == "change" or f.get("_linked") or self._old_value(s, i)):
            return self._left_np(s, i, stop_at_figure=True) or prev["metric"]
        if f["kind"] == "count" and unit and unit.lower() not in GENERIC_UNITS:
            phrase = self._unit_phrase(s, f["_j"], uj)
            if not phrase and c.unit:
                return c.unit  # "Borussia Dortmund (18)" after "AS Roma (19 gol)": the unit the list left out
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
        if left == "":
            return None
        if left and unit and left.lower() in self.lex.metric_tally:
            return unit.lower()  # "dengan koleksi 65 poin", "raihan tiga poin": what was collected is the unit
        if left is None or left.split()[0].lower() in self.lex.metric_generic:
            if prev is not None and prev.get("metric") and prev["_sentence_start"] == s.start \
                    and prev["metric"] != "usia":
                return prev["metric"]  # (someone's age is no metric for the points or weeks after it)
            if unit and f["kind"] == "count":
                return self._unit_phrase(s, f["_j"], uj)  # "17 orang tewas"
            f["_anaphor"] = True
            return left
        return left

    def _age_in_years(self, s: Sentence, f: dict, i: int, uj: int) -> bool:
        """"perempuan berusia 25 tahun", "pebalap 38 tahun itu": years said of someone are an age
        (not "selama 59 tahun", "dalam lima tahun ke depan", "dua tahun itu" after a verb)."""
        if f["unit"] != "tahun" or f["kind"] != "other" or i == 0 or f["value_max"] is not None:
            return False
        before = s.lows[i - 1]
        if self.lex.prefix_units.get(before) == "tahun":
            return True  # berusia, berumur, usia, umur
        return (uj < len(s.lows) and s.lows[uj] in ("itu", "ini", "tersebut") and s.toks[i - 1].text[:1].isalpha()
                and before not in self.lex.stop and before not in self.lex.metric_skip
                and before not in self.lex.metric_not_head and not self._verb(before) and before not in self.lex.durations)

    def _content(self, s: Sentence, k: int) -> bool:
        t = s.toks[k]
        return (t.text[0].isalpha() and t.low not in self.lex.stop and t.low not in self.lex.metric_skip
                and not self._verb(t.low) and k not in s.date_tokens and k not in s.unit_tokens
                and not (k > 0 and s.lows[k - 1] in self.lex.adverb_lead))

    def _unit_phrase(self, s: Sentence, j: int, uj: int) -> str:
        lex, toks = self.lex, s.toks
        if j < uj - 1 and toks[j].low in ("lebih", "more"):
            j += 1  # "18 ribu lebih pekerja": more than 18 thousand workers
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
        k = self._content_left(s, i - 1, cs, stop_at_figure)
        if k is None:
            return None
        words = self._abbreviated(s, k, cs) or self._np_left(s, k, cs)
        if len(words) == 1 and self._says_nothing_alone(words[0].low):
            # "pendapatan perusahaan yang (sangat) besar mencapai …", "pada periode yang sama sebesar …":
            # the word after "yang" describes the noun before it
            m = k - 1
            while m > cs and lows[m] in lex.degree:
                m -= 1
            if m - 1 >= cs and lows[m] == "yang" and self._content(s, m - 1):
                k, words = m - 1, self._np_left(s, m - 1, cs) or words
        start = k - len(words) + 1
        if words and start - 2 >= cs and lows[start - 1] in ADJUNCT_ID and self._says_nothing_alone(words[0].low):
            # "nilai klaim JHT pada periode tersebut sekitar Rp14,2 juta": past the adjunct
            k2 = self._content_left(s, start - 2, cs, stop_at_figure)
            if k2 is not None:
                k, words = k2, self._abbreviated(s, k2, cs) or self._np_left(s, k2, cs)
        if len(words) == 1 and words[0].low in lex.metric_generic and k - 2 >= cs and lows[k - 1] == "yang":
            words = self._np_left(s, k - 2, cs) or words  # "tunggakan iuran ... yang nilainya mencapai Rp8,2 triliun"
            k = k - 2
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
                if all(w.text[:1].isupper() for w in words):
                    return ""  # "berinvestasi di Indonesia mencapai 445 juta dolar AS": a place, not what is measured
            break
        if not words:
            return None
        start = k - len(words) + 1
        if (start - 3 >= cs and lows[start - 1] == ")" and lows[start - 3] == "(" and s.toks[start - 2].text.isupper()
                and all(w.text[:1].isupper() for w in words)):
            words = [s.toks[start - 2], *words]  # "Upah minimum provinsi (UMP) DKI Jakarta": the UMP of a place
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
        first = s.index(words[0].start)
        # a capital after a lower-case word is a name's ("dan Hang Seng turun 215 poin"), not the sentence's
        named = first > cs and s.toks[first - 1].text[:1].islower()
        return " ".join(_word(w, w is words[0] and not named, self.lang) for w in words)

    def _says_nothing_alone(self, low: str) -> bool:
        return low in self.lex.metric_not_head or low in self.lex.metric_not_alone

    def _content_left(self, s: Sentence, k: int, cs: int, stop_at_figure: bool) -> int | None:
        """The first content word at or left of token k within the clause (dates are passed over
        and not counted), or None at an actor's verb, a quote mark or, with stop_at_figure, an
        earlier figure."""
        lex, lows = self.lex, s.lows
        skipped = 0
        while k >= cs and skipped < 8:
            low = lows[k]
            if stop_at_figure and (k in s.fig_tokens or k in s.unit_tokens or low == ","):
                return None
            if self._content(s, k) and k not in s.fig_tokens and low not in lex.cues["reporting"]:
                return k
            if low in (".", "!", "?", ":", "\"", "“", "”") or (self.lang == "id" and ACTIVE_ID.match(low)
                                                              and low not in lex.metric_skip and low not in VERB_ID_NOUNS
                                                              and not (k > cs and lows[k - 1] == "yang")):
                return None  # "Pemkab Banyuwangi menargetkan …": the actor is not what is measured ("yang menunggak" is)
            skipped += k not in s.date_tokens
            k -= 1
        return None

    def _abbreviated(self, s: Sentence, k: int, cs: int) -> list:
        """ "peserta program Jaminan Kesehatan Nasional (JKN) mencapai …": the words before the full
        name, then the abbreviation in brackets, which stands for it."""
        toks, lows = s.toks, s.lows
        if not (k + 1 < len(toks) and lows[k + 1] == ")" and k - 1 > cs and lows[k - 1] == "("):
            return []
        m = k - 2
        while m >= cs and toks[m].text[:1].isupper() and m not in s.fig_tokens:
            m -= 1
        if m == k - 2:
            return []
        return [*self._np_left(s, m, cs), toks[k]] if m >= cs and self._content(s, m) else [toks[k]]

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
