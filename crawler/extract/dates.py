"""Indonesian and ISO dates to timezone-aware ISO 8601.

Indonesia has three zones and no daylight saving: WIB (UTC+7), WITA (UTC+8), WIT (UTC+9).
A date printed without a zone is taken in the outlet's zone (WIB unless the sources file says).
"""

import re
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from zoneinfo import ZoneInfo

import dateparser

ZONES = {"WIB": timedelta(hours=7), "WITA": timedelta(hours=8), "WIT": timedelta(hours=9),
         "GMT": timedelta(0), "UTC": timedelta(0)}
ZONE_RE = re.compile(r"\b(WIB|WITA|WIT)\b")
DAY_NAMES_RE = re.compile(r"\b(Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad)\b,?", re.I)
DOT_TIME_RE = re.compile(r"\b(\d{1,2})\.(\d{2})\b(?!\.\d)")
NOISE_RE = re.compile(r"[|•·]|\s[-–—/]\s|\bpukul\b|\bdiperbarui\b|\bdipublikasikan\b|\bupdate[d:]*", re.I)
MONTH_FIXES = {"Ags": "Agu", "Pebruari": "Februari", "Nopember": "November"}
# The date itself inside a longer line ("Kompas.com - 23/11/2017, 17:36 WIB").
DATE_CHUNK_RE = re.compile(
    r"\d{1,2}(?:/\d{1,2}/|\s+[A-Za-z]{3,9}\.?\s+)\d{4}(?:[,\s]+\d{1,2}[:.]\d{2}(?::\d{2})?)?"
)
MONTHS = {
    name: i for i, names in enumerate([
        ("januari", "jan", "january"), ("februari", "pebruari", "feb", "february"), ("maret", "mar", "march"),
        ("april", "apr"), ("mei", "may"), ("juni", "jun", "june"), ("juli", "jul", "july"),
        ("agustus", "agu", "agt", "ags", "aug", "august"), ("september", "sep", "sept"),
        ("oktober", "okt", "oct", "october"), ("november", "nopember", "nov", "nop"),
        ("desember", "des", "dec", "december"),
    ], 1) for name in names
}
# The two shapes most outlets print, read without dateparser (which costs ~2 ms a call):
# "5 November 2026 09:15" and "05/11/2026, 13:40".
COMMON_RE = re.compile(
    r"^(\d{1,2})(?:\s+([A-Za-z]+)\.?\s+|/(\d{1,2})/)(\d{4})(?:[,\s]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$"
)
DATEPARSER_SETTINGS = {"DATE_ORDER": "DMY", "PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day", "month", "year"]}


@lru_cache(maxsize=8)
def _tz(name: str):
    return ZoneInfo(name)


def parse_iso(value: str, default_tz="Asia/Jakarta") -> datetime | None:
    """Parse machine dates (JSON-LD, meta tags, <time datetime>); naive ones get the outlet zone."""
    value = value.strip()
    if not value:
        return None
    try:
        dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=_tz(default_tz))
    return dt


def parse_indonesian(text: str, default_tz="Asia/Jakarta") -> datetime | None:
    """Parse a printed date such as "Kamis, 5 November 2026 | 09.15 WIB" or "05/11/2026, 13:40 WIB"."""
    if not text or not text.strip():
        return None
    iso = parse_iso(text, default_tz)
    if iso:
        return iso
    zone = ZONE_RE.search(text)
    cleaned = ZONE_RE.sub(" ", text)
    cleaned = DAY_NAMES_RE.sub(" ", cleaned)
    cleaned = NOISE_RE.sub(" ", cleaned)
    cleaned = DOT_TIME_RE.sub(r"\1:\2", cleaned)
    for wrong, right in MONTH_FIXES.items():
        cleaned = re.sub(rf"\b{wrong}\b", right, cleaned)
    cleaned = re.sub(r"\s+", " ", cleaned).strip(" ,")
    parsed = _common(cleaned) or dateparser.parse(cleaned, languages=["id", "en"], settings=DATEPARSER_SETTINGS)
    if parsed is None:
        chunk = DATE_CHUNK_RE.search(cleaned)
        if not chunk:
            return None
        parsed = dateparser.parse(chunk.group(0), languages=["id", "en"], settings=DATEPARSER_SETTINGS)
        if parsed is None:
            return None
    if parsed.tzinfo is not None:
        return parsed
    if zone:
        return parsed.replace(tzinfo=timezone(ZONES[zone.group(1)], zone.group(1)))
    return parsed.replace(tzinfo=_tz(default_tz))


def _common(text: str) -> datetime | None:
    m = COMMON_RE.match(text)
    if not m:
        return None
    day, month_name, month_num, year, hour, minute, second = m.groups()
    month = int(month_num) if month_num else MONTHS.get(month_name.lower())
    try:
        return datetime(int(year), month, int(day), int(hour or 0), int(minute or 0), int(second or 0))
    except (TypeError, ValueError):
        return None


def iso(dt: datetime | None) -> str | None:
    """ISO 8601 with the numeric offset, seconds precision."""
    if dt is None:
        return None
    if isinstance(dt.tzinfo, ZoneInfo) or dt.tzinfo is not None:
        offset = dt.utcoffset()
        dt = dt.replace(tzinfo=timezone(offset))
    return dt.isoformat(timespec="seconds")


# Dates in article URLs: /2023/11/02/ (kompas, tribunnews, okezone), /2019/07/01/134512/ with the
# time (suara), /20190701134512-20-408111/ (cnnindonesia), /berita/15/03/09/ (republika's old
# two-digit years).
URL_DATE_RES = [
    re.compile(r"/(?P<y>20\d{2})(?P<m>\d{2})(?P<d>\d{2})(?P<h>\d{2})(?P<mi>\d{2})(?P<s>\d{2})-\d+-\d+(?:/|$)"),
    re.compile(r"/(?P<y>20\d{2})[/-](?P<m>\d{1,2})[/-](?P<d>\d{1,2})/(?P<h>\d{2})(?P<mi>\d{2})(?P<s>\d{2})(?:/|$)"),
    re.compile(r"/(?P<y>20\d{2})[/-](?P<m>\d{1,2})[/-](?P<d>\d{1,2})(?:/|$)"),
    re.compile(r"/berita/(?:[\w-]+/){0,3}(?P<yy>\d{2})/(?P<m>\d{2})/(?P<d>\d{2})/"),
]


def date_from_url(url: str, default_tz="Asia/Jakarta") -> datetime | None:
    for pattern in URL_DATE_RES:
        m = pattern.search(url)
        if not m:
            continue
        g = m.groupdict()
        year = int(g["y"]) if g.get("y") else 2000 + int(g["yy"])
        try:
            return datetime(year, int(g["m"]), int(g["d"]), int(g.get("h") or 0), int(g.get("mi") or 0),
                            int(g.get("s") or 0), tzinfo=_tz(default_tz))
        except ValueError:
            continue
    return None


# --- dates as pages print them, found without dateparser ------------------------------------
MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
TIME_TAIL = r"(?:[\s,|•·\-–—]*(?:pukul|jam)?\s*(?P<h>\d{1,2})[:.](?P<mi>\d{2})(?:[:.](?P<s>\d{2}))?)?\s*(?P<zone>WIB|WITA|WIT|GMT|UTC)?\b"
PRINTED_DATE_RES = [
    re.compile(rf"\b(?P<d>\d{{1,2}})\s+(?P<mon>{MONTH_NAMES})\.?,?\s+(?P<y>(?:19|20)\d{{2}})\b{TIME_TAIL}", re.I),
    re.compile(rf"\b(?P<d>\d{{1,2}})[/.-](?P<m>\d{{1,2}})[/.-](?P<y>(?:19|20)\d{{2}})\b{TIME_TAIL}", re.I),
    re.compile(rf"\b(?P<y>(?:19|20)\d{{2}})[/-](?P<m>\d{{1,2}})[/-](?P<d>\d{{1,2}})\b{TIME_TAIL}", re.I),
    re.compile(rf"\b(?P<mon>{MONTH_NAMES})\.?\s+(?P<d>\d{{1,2}}),?\s+(?P<y>(?:19|20)\d{{2}})\b{TIME_TAIL}", re.I),
]
UPDATE_WORDS_RE = re.compile(r"diperbarui|diupdate|update|diubah|modified|perbarui", re.I)


def find_printed_date(text: str, default_tz="Asia/Jakarta") -> datetime | None:
    """The first date (and time) printed in a line: "Kamis, 02 Nov 2023 20:59 WIB",
    "02/11/2023, 21:34 WIB", "13 Oktober 2016 23:11 wib", "Senin, 01 Juli 2019 - 13:45 WIB".
    A zone printed beside it (WIB/WITA/WIT) gives the offset; otherwise the outlet's zone."""
    best = None
    for pattern in PRINTED_DATE_RES:
        m = pattern.search(text)
        if m and (best is None or m.start() < best.start()):
            best = m
    if best is None:
        return None
    g = best.groupdict()
    month = int(g["m"]) if g.get("m") else MONTHS.get(g["mon"].lower().rstrip("."))
    try:
        dt = datetime(int(g["y"]), month, int(g["d"]), int(g["h"] or 0), int(g["mi"] or 0), int(g["s"] or 0))
    except (TypeError, ValueError):
        return None
    if g["h"] and not 0 <= int(g["h"]) < 24:
        return None
    if g["zone"]:
        name = g["zone"].upper()
        return dt.replace(tzinfo=timezone(ZONES[name], name))
    return dt.replace(tzinfo=_tz(default_tz))


# Machine dates in the shapes outlets write them: ISO 8601, "2023/11/02 20:59:53",
# "2023-11-02 21:34:19", detik's "2023-11-02T20-59-53Z", a Unix time in milliseconds.
MACHINE_RE = re.compile(
    r"^(?P<y>\d{4})[-/](?P<m>\d{1,2})[-/](?P<d>\d{1,2})(?:[T\s]+(?P<h>\d{1,2})[:-](?P<mi>\d{2})(?:[:-](?P<s>\d{2}))?"
    r"(?:\.\d+)?)?\s*(?P<tz>Z|[+-]\d{2}:?\d{2})?$"
)
LOCAL_OFFSETS = {timedelta(hours=7), timedelta(hours=8), timedelta(hours=9)}


def parse_machine(value: str, default_tz="Asia/Jakarta") -> tuple[datetime | None, bool]:
    """(datetime, whether the value named its zone). Naive values are in the outlet's zone."""
    value = (value or "").strip()
    if not value:
        return None, False
    if value.isdigit() and len(value) in (10, 13):  # Unix seconds / milliseconds
        seconds = int(value) / (1000 if len(value) == 13 else 1)
        try:
            return datetime.fromtimestamp(seconds, _tz(default_tz)), True
        except (OverflowError, OSError, ValueError):
            return None, False
    dt = parse_iso(value, default_tz)
    if dt is not None:
        return dt, _named_zone(value)
    m = MACHINE_RE.match(value)
    if not m:
        return None, False
    g = m.groupdict()
    try:
        dt = datetime(int(g["y"]), int(g["m"]), int(g["d"]), int(g["h"] or 0), int(g["mi"] or 0), int(g["s"] or 0))
    except ValueError:
        return None, False
    if g["tz"]:
        tz = g["tz"].replace("Z", "+00:00")
        sign = 1 if tz[0] == "+" else -1
        try:
            offset = timezone(sign * timedelta(hours=int(tz[1:3]), minutes=int(tz[-2:])))
        except ValueError:  # "+25:00"
            return None, False
        return dt.replace(tzinfo=offset), True
    return dt.replace(tzinfo=_tz(default_tz)), False


def _named_zone(value: str) -> bool:
    return bool(re.search(r"(Z|[+-]\d{2}:?\d{2})$", value.strip()))


def to_local(dt: datetime, default_tz="Asia/Jakarta") -> datetime:
    """An instant in an Indonesian offset stays as it is (WIB/WITA/WIT); UTC or any other offset
    is moved to the outlet's zone, so the calendar day is the one the outlet's readers saw."""
    offset = dt.utcoffset()
    if offset in LOCAL_OFFSETS:
        return dt
    try:
        return dt.astimezone(_tz(default_tz))
    except (OverflowError, ValueError):  # year 1 or 9999 at the edge of the calendar
        return dt
