"""Dates a figure can be "as of", found in text and resolved against the publication date.

`find_dates(text, lang)` returns every date expression in a sentence with what precedes it
("hingga", "per", "sejak", ...); `DateMention.resolve(published)` turns one into the END of the
period it names, as an ISO-ready `date`:

- "31 Januari" → that day, in the publication year; "akhir Februari 2024" → 2024-02-29;
  "November 2024" → 2024-11-30; "Januari–Juli 2025" → 2025-07-31;
- "di 2024", "tahun ini", "akhir tahun" → 31 Dec; "kuartal III 2024" → 2024-09-30;
  "semester I 2026" → 2026-06-30;
- "kemarin" → published − 1 day; "bulan lalu" → last day of the previous month;
  "tahun lalu" → 31 Dec of the previous year; "April lalu" → 30 April;
- "Selasa (5/11)" → 5 Nov of the publication year (the day an event happened);
- "saat ini", "pekan ini" → an explicit "no date" (resolves to None).

A date with no year that would fall after publication is moved a year back, unless the figure
looks forward (a target): "in December" in a February article is last December.
"""

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {
    "id": {"januari": 1, "februari": 2, "pebruari": 2, "maret": 3, "april": 4, "mei": 5, "juni": 6,
           "juli": 7, "agustus": 8, "september": 9, "oktober": 10, "november": 11, "nopember": 11,
           "desember": 12},
    "en": {"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
           "august": 8, "september": 9, "october": 10, "november": 11, "december": 12},
}
SHORT_MONTHS = {  # matched only when capitalised ("Jan", "Agt", "Sept.")
    "id": {"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Agu": 8, "Agt": 8, "Ags": 8,
           "Agust": 8, "Sep": 9, "Sept": 9, "Okt": 10, "Nov": 11, "Nop": 11, "Des": 12},
    "en": {"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9, "Sept": 9,
           "Oct": 10, "Nov": 11, "Dec": 12},
}
WEEKDAYS = {
    "id": r"Senin|Selasa|Rabu|Kamis|Jum'?at|Jum’at|Sabtu|Minggu",
    "en": r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday",
}
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4, "pertama": 1, "kedua": 2,
         "ketiga": 3, "keempat": 4, "first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2,
         "3rd": 3, "4th": 4}
PART_WORDS = {"awal": "start", "pertengahan": "mid", "akhir": "end", "penghujung": "end",
              "end": "end", "beginning": "start", "start": "start", "mid": "mid", "middle": "mid"}
RELATIVE = {
    "id": {"kemarin": ("day", -1), "hari ini": ("day", 0), "pagi ini": ("day", 0), "siang ini": ("day", 0),
           "sore ini": ("day", 0), "malam ini": ("day", 0), "pagi tadi": ("day", 0), "tadi pagi": ("day", 0),
           "tahun ini": ("year", 0), "tahun lalu": ("year", -1), "tahun depan": ("year", 1),
           "tahun sebelumnya": ("year", -1), "bulan ini": ("month", 0), "bulan lalu": ("month", -1),
           "bulan depan": ("month", 1), "akhir tahun": ("year", 0), "tutup tahun": ("year", 0),
           "akhir bulan": ("month", 0), "pertengahan tahun": ("midyear", 0),
           "setahun sebelumnya": ("anchor_year", -1), "setahun sebelum": ("anchor_year", -1)},
    "en": {"yesterday": ("day", -1), "today": ("day", 0), "this year": ("year", 0),
           "last year": ("year", -1), "next year": ("year", 1), "this month": ("month", 0),
           "last month": ("month", -1), "next month": ("month", 1), "the end of the year": ("year", 0),
           "the end of this year": ("year", 0), "year-end": ("year", 0), "the first half of the year": ("half1", 0),
           "the second half of the year": ("half2", 0), "the first half": ("half1", 0),
           "the second half": ("half2", 0), "a year earlier": ("anchor_year", -1),
           "a year before": ("anchor_year", -1)},
}
NO_DATE = {  # explicit "now" or vague spans: the figure has no as-of date
    "id": ["saat ini", "sekarang", "pekan ini", "pekan lalu", "minggu ini", "minggu lalu"],
    "en": ["currently", "now", "this week", "last week"],
}
MARKERS = {  # words that may precede a date, longest first where they overlap
    "id": ["hingga", "sampai dengan", "sampai", "s.d.", "s/d", "per", "posisi", "pada", "di", "sepanjang",
           "selama", "dalam", "sejak", "mulai", "berlaku", "terhadap", "dibandingkan", "dibanding",
           "ketimbang", "dari", "tahun", "bulan", "jelang", "menjelang", "untuk", "akhir", "awal"],
    "en": ["as of", "by", "in", "at", "on", "since", "from", "through", "until", "till", "during", "for",
           "compared with", "compared to", "than", "of"],
}


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    kind: str  # day | month | year | quarter | half | relative | event | none
    year: int | None = None
    month: int | None = None
    day: int | None = None
    part: str | None = None  # start | mid | end
    offset: int = 0  # for relative mentions
    unit: str | None = None  # for relative mentions: day | month | year | midyear | half1 | half2
    marker: str | None = None  # the word before it, lower-cased ("hingga", "sejak", "pada", ...)

    def resolve(self, published: date | None, future_ok: bool = True) -> date | None:
        """The period end this mention names, or None."""
        if self.kind == "none":
            return None
        if self.kind == "relative":
            return _relative(self, published)
        year = self.year
        if year is None:
            if published is None:
                return None
            year = published.year
        result = self._end(year)
        # no year written: the publication year, unless that puts a past figure in the future
        # (an event day may be announced a few days ahead: "hingga Kamis (25/7)")
        slack = timedelta(days=10 if self.kind == "event" else 1)
        if self.year is None and result and published and result > published + slack and not future_ok:
            result = self._end(year - 1)
        return result

    def shifted(self, anchor: date | None) -> date | None:
        """For "setahun sebelumnya" / "a year earlier": the same day a year before `anchor`."""
        if anchor is None:
            return None
        try:
            return anchor.replace(year=anchor.year + self.offset)
        except ValueError:  # 29 February
            return anchor.replace(year=anchor.year + self.offset, day=28)

    def _end(self, year: int) -> date | None:
        try:
            if self.kind in ("day", "event"):
                return date(year, self.month, self.day)
            if self.kind == "month":
                if self.part == "start":
                    return date(year, self.month, 1)
                if self.part == "mid":
                    return date(year, self.month, 15)
                return _month_end(year, self.month)
            if self.kind == "quarter":
                return _month_end(year, 3 * self.month)
            if self.kind == "half":
                return _month_end(year, 6 * self.month)
            if self.kind == "year":
                if self.part == "start":
                    return date(year, 1, 1)
                if self.part == "mid":
                    return date(year, 6, 30)
                return date(year, 12, 31)
        except (ValueError, TypeError):
            return None
        return None


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _relative(m: DateMention, published: date | None) -> date | None:
    if published is None:
        return None
    if m.unit == "day":
        return published + timedelta(days=m.offset)
    if m.unit == "year":
        return date(published.year + m.offset, 12, 31)
    if m.unit == "midyear":
        return date(published.year, 6, 30)
    if m.unit in ("half1", "half2"):
        return _month_end(published.year, 6 if m.unit == "half1" else 12)
    if m.unit == "month":
        index = published.year * 12 + published.month - 1 + m.offset
        return _month_end(index // 12, index % 12 + 1)
    if m.unit == "anchor_year":
        return None  # needs the date it is relative to: see DateMention.shifted
    if m.unit == "named_month":  # "April lalu": the last April on or before publication
        year = published.year if m.month <= published.month else published.year - 1
        return _month_end(year, m.month)
    return None


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


class DateFinder:
    """Compiled date patterns for one language."""

    def __init__(self, lang: str = "id"):
        self.lang = lang
        months = MONTHS[lang]
        short = SHORT_MONTHS[lang]
        self.months = {**months, **{k.lower(): v for k, v in short.items()}}
        full = [w.capitalize() for w in months] + [w.upper() for w in months]
        mon = rf"(?:(?:{_alt(full)})|(?:{_alt(short)})\.?)"
        year = r"(?:19|20)\d{2}"
        q = r"(?:I{1,3}|IV|[1-4]|pertama|kedua|ketiga|keempat)"
        part_m = r"(?P<part_m>(?i:awal|pertengahan|akhir|penghujung))\s+"
        part_y = r"(?P<part_y>(?i:awal|pertengahan|akhir|penghujung))\s+"
        wd = WEEKDAYS[lang]
        if lang == "id":
            patterns = [
                rf"(?:(?P<wd>{wd})\s*,?\s*)?\(\s*(?P<ed>\d{{1,2}})/(?P<em>\d{{1,2}})(?:/(?P<ey>\d{{2,4}}))?\s*\)",
                rf"\b(?P<sd>\d{{1,2}})[/-](?P<sm>\d{{1,2}})[/-](?P<sy>{year})\b",
                rf"\b(?P<m1>{mon})\s*(?:[-–—]|\s(?:hingga|sampai|s\.d\.?|s/d)\s)\s*(?P<m2>{mon})(?:\s+(?P<my>{year}))?\b",
                rf"\b(?P<y1>{year})\s*[-–—/]\s*(?P<y2>{year})\b",
                rf"\b(?P<d>\d{{1,2}})\s+(?P<dm>{mon})(?:\s+(?P<dy>{year}))?\b",
                rf"\b(?P<qw>(?i:kuartal|triwulan|kuartal\s+ke-?|triwulan\s+ke-?|tw|q))\s*(?P<q>{q})(?:\s+(?:tahun\s+)?(?P<qy>{year}))?\b",
                rf"\b(?P<hw>(?i:semester|paruh))\s+(?P<h>{q})(?:\s+(?:tahun\s+)?(?P<hy>{year}))?\b",
                rf"\b(?P<lm>{mon})\s+lalu\b",
                rf"\b(?:{part_m})?(?P<mo>{mon})(?:\s+(?:tahun\s+)?(?P<moy>{year}))?\b",
                rf"\b(?:{part_y})?(?:tahun\s+)?(?<![/\d])(?P<yr>{year})\b(?![.,/]\d)",
            ]
        else:
            patterns = [
                rf"\b(?P<sd>\d{{1,2}})/(?P<sm>\d{{1,2}})/(?P<sy>{year})\b",
                rf"\b(?P<m1>{mon})\s*(?:[-–—]|\sto\s|\sthrough\s)\s*(?P<m2>{mon})(?:,?\s+(?P<my>{year}))?\b",
                rf"\b(?P<y1>{year})\s*[-–—]\s*(?P<y2>{year})\b",
                rf"\b(?P<dm>{mon})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<dy>{year}))?",
                rf"\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<dm2>{mon})(?:,?\s+(?P<dy2>{year}))?\b",
                rf"\b(?:the\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter(?:\s+of(?:\s+the\s+year)?)?(?:\s+(?P<qy>{year}))?\b",
                rf"\bQ(?P<q2>[1-4])\s*(?P<qy2>{year})?\b",
                rf"\b(?:the\s+)?(?P<h>first|second)\s+half\s+of\s+(?P<hy>{year})\b",
                rf"\b(?:the\s+)?(?P<part>(?i:end|beginning|start|middle))\s+of\s+(?:(?P<mo_p>{mon})\s+)?(?P<yr_p>{year})\b",
                rf"\b(?P<mo>{mon})(?:,?\s+(?P<moy>{year}))?\b",
                rf"(?<![/\d])\b(?P<yr>{year})\b(?![.,/]\d)",
            ]
        relative = RELATIVE[lang]
        none = NO_DATE[lang]
        patterns.insert(0, rf"\b(?P<none>(?i:{_alt(none)}))\b")
        patterns.insert(0, rf"\b(?P<rel>(?i:{_alt(relative)}))\b")
        self.relative = {k.lower(): v for k, v in relative.items()}
        self.regex = re.compile("|".join(f"(?:{p})" for p in patterns))
        self.marker_re = re.compile(rf"(?i:\b({_alt(MARKERS[lang])}))\s*[,]?\s*(?:(?:the|tanggal|tgl\.?)\s+)?$")

    def find(self, text: str) -> list[DateMention]:
        found = []
        for m in self.regex.finditer(text):
            mention = self._mention(m)
            if mention is None:
                continue
            before = text[max(0, m.start() - 30):m.start()]
            marker = self.marker_re.search(before)
            if marker:
                mention = _replace(mention, marker=marker.group(1).lower())
            found.append(mention)
        return found

    def _month(self, word: str | None) -> int | None:
        if not word:
            return None
        return self.months.get(word.lower().rstrip("."))

    def _mention(self, m) -> DateMention | None:
        g = m.groupdict()
        base = dict(start=m.start(), end=m.end(), text=m.group())
        part = PART_WORDS.get((g.get("part") or g.get("part_m") or g.get("part_y") or "").lower())
        if g.get("rel"):
            unit, offset = self.relative[re.sub(r"\s+", " ", g["rel"].lower())]
            return DateMention(kind="relative", unit=unit, offset=offset, **base)
        if g.get("none"):
            return DateMention(kind="none", **base)
        if g.get("ed"):
            year = _year(g.get("ey"))
            return DateMention(kind="event", day=int(g["ed"]), month=int(g["em"]), year=year, **base)
        if g.get("sd"):
            return DateMention(kind="day", day=int(g["sd"]), month=int(g["sm"]), year=int(g["sy"]), **base)
        if g.get("m1"):
            return DateMention(kind="month", month=self._month(g["m2"]), year=_year(g.get("my")), **base)
        if g.get("y1"):
            return DateMention(kind="year", year=int(g["y2"]), **base)
        if g.get("d") or g.get("d2"):
            day = int(g.get("d") or g.get("d2"))
            month = self._month(g.get("dm") or g.get("dm2"))
            if not 1 <= day <= 31 or month is None:
                return None
            return DateMention(kind="day", day=day, month=month, year=_year(g.get("dy") or g.get("dy2")), **base)
        if g.get("q") and g.get("h") is None and (g.get("qw") is not None or self.lang == "en"):
            return DateMention(kind="quarter", month=ROMAN[g["q"].lower()], year=_year(g.get("qy")), **base)
        if g.get("q2"):
            return DateMention(kind="quarter", month=int(g["q2"]), year=_year(g.get("qy2")), **base)
        if g.get("h"):
            return DateMention(kind="half", month=ROMAN[g["h"].lower()], year=_year(g.get("hy")), **base)
        if g.get("lm"):
            return DateMention(kind="relative", unit="named_month", month=self._month(g["lm"]), **base)
        if g.get("yr_p"):
            month = self._month(g.get("mo_p"))
            kind = "month" if month else "year"
            return DateMention(kind=kind, month=month, year=int(g["yr_p"]), part=part, **base)
        if g.get("mo"):
            return DateMention(kind="month", month=self._month(g["mo"]), year=_year(g.get("moy")), part=part, **base)
        if g.get("yr"):
            return DateMention(kind="year", year=int(g["yr"]), part=part, **base)
        return None


def _year(text: str | None) -> int | None:
    if not text:
        return None
    year = int(text)
    return year + 2000 if year < 100 else year


def _replace(mention: DateMention, **changes) -> DateMention:
    from dataclasses import replace

    return replace(mention, **changes)


_FINDERS: dict[str, DateFinder] = {}


def finder(lang: str = "id") -> DateFinder:
    if lang not in _FINDERS:
        _FINDERS[lang] = DateFinder(lang)
    return _FINDERS[lang]


def find_dates(text: str, lang: str = "id") -> list[DateMention]:
    return finder(lang).find(text)


def resolve_text(text: str, published: date | None, lang: str = "id", future_ok: bool = True) -> date | None:
    """The period end named by the first date expression in `text` ("hingga 31 Januari")."""
    for mention in find_dates(text, lang):
        return mention.resolve(published, future_ok=future_ok)
    return None
