"""Indonesian and ISO dates to timezone-aware ISO 8601.

Indonesia has three zones and no daylight saving: WIB (UTC+7), WITA (UTC+8), WIT (UTC+9).
A date printed without a zone is taken in the outlet's zone (WIB unless the sources file says).
"""

import re
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from zoneinfo import ZoneInfo

import dateparser

ZONES = {"WIB": timedelta(hours=7), "WITA": timedelta(hours=8), "WIT": timedelta(hours=9)}
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


URL_DATE_RE = re.compile(r"/(20\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|$)")


def date_from_url(url: str, default_tz="Asia/Jakarta") -> datetime | None:
    m = URL_DATE_RE.search(url)
    if not m:
        return None
    try:
        return datetime(int(m[1]), int(m[2]), int(m[3]), tzinfo=_tz(default_tz))
    except ValueError:
        return None
