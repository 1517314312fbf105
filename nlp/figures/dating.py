"""As-of rules: which date expression in the sentence a figure is "as of". A date right after
the figure binds to it ("40,9 juta pada 2024"); else the nearest one before it; else one after it
in the same clause. Comparison baselines, validity periods, law years and days that only date a
speech are passed over."""

from ..asof import DateMention
from .finder import Candidate
from .sentence import DATE_PREPOSITIONS, LAW_BEFORE, YOY, Sentence, ends_with


class DateRules:
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
        if di in s.fig_tokens:
            return False  # "layar (1080×1920 piksel)": a side of a size is a figure, not a year
        if d.kind == "month" and d.year is None and d.day is None and d.marker is None and 1 < di and not s.in_title:
            dj = s.index(d.end)
            prev, nxt = s.toks[di - 1].text, s.toks[dj].text if dj < len(s.toks) else ""
            if (prev[:1].isupper() and prev.isalpha() and nxt[:1].isupper() and nxt.isalpha()
                    and nxt not in lex.currency_prefix):
                return False  # "pemain lokal Putu Gede Juni Antara": a month's name inside a person's name
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
        left = []
        for d in dates:
            if d.end > c.start or not self._usable(s, d) or self._speech_date(s, d, i, uj):
                continue
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
