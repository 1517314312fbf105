"""The publication date and time of a page, in the outlet's local zone.

Metadata first (JSON-LD, meta tags), then the date line printed under the headline, the date
elements of the page, a <time datetime>, the URL, and htmldate last. A calendar day is never
shifted by a UTC conversion: offsets of WIB/WITA/WIT stay as the page gives them, UTC instants are
moved to the outlet's zone, and a "UTC" time whose clock is the printed local clock is taken as
the local time it is. Modified dates are never read.
"""

from htmldate import find_date

from .dates import (LOCAL_OFFSETS, UPDATE_WORDS_RE, date_from_url, find_printed_date, parse_indonesian, parse_iso,
                    parse_machine, to_local)

# Metadata that holds the publication date, most trusted first (never a modified date).
PUBLISHED_META = (
    "article:published_time", "og:article:published_time", "datepublished", "dtk:publishdate", "publishdate",
    "content_publisheddate", "pubdate", "publish-date", "publish_date", "published_time", "article:published",
    "dc.date.issued", "dcterms.issued", "dcterms.created", "dc.date", "date", "sailthru.date", "parsely-pub-date",
    "dtk:publishdateunix",
)


def _printed(texts, tz):
    """The first publication date printed in these texts. A date after "Diperbarui"/"Update"
    is a modified date: used only when no text gives another."""
    later = None
    for text in texts:
        update = UPDATE_WORDS_RE.search(text)
        dt = find_printed_date(text[: update.start()] if update else text, tz)
        if dt is not None:
            return dt
        if update and later is None:
            later = find_printed_date(text, tz)
    return later


def published_date(page, ld: dict, urls: list[str], hints: dict, tz: str, header):
    """The publication date and time in the outlet's local zone.

    Metadata first (JSON-LD, meta tags); its calendar day is the local one, never a UTC one.
    The date line printed under the headline checks it: a machine time claiming UTC whose clock
    is the printed local clock (detik's "2023-11-02T20-59-53Z") is local time mislabelled, and
    the printed date wins when the two disagree on the day. Without metadata: the date line, then
    a date elsewhere on the page when the URL's date (if any) agrees, then the URL, then htmldate.
    """
    machine = []
    for value in (ld.get("datePublished"), *(page.meta.get(k) for k in PUBLISHED_META)):
        if isinstance(value, str) and value.strip():
            dt, named = parse_machine(value, tz)
            if dt is not None:
                machine.append((dt, named, ":" in value))

    def near():  # the outlet's hint, or the date line under the headline
        dt = parse_indonesian(page.select_text(hints["date"]) or "", tz) if hints.get("date") else None
        return dt or _printed(header()[:40], tz)

    def anywhere():  # date or byline elements elsewhere on the page (a sidebar's dates, too)
        scanned = page.scan()
        return _printed(scanned["dates"], tz) or _printed(scanned["bylines"], tz)

    if machine:
        dt, named, timed = machine[0]
        if not timed:  # a day without a time ("2019-10-16"): the date line's time, when it shows that day
            shown = near()
            return shown if shown is not None and shown.date() == dt.date() else dt
        if not named or dt.utcoffset() in LOCAL_OFFSETS:
            return dt  # the outlet's own clock
        # A UTC (or foreign) time: right when it is the real instant, wrong when the CMS wrote the
        # local clock with a "Z". The naive metadata and the printed dates tell which.
        shown = near()
        naive = dt.replace(tzinfo=None, second=0, microsecond=0)
        local = next((d for d, n, _ in machine if not n and d.replace(tzinfo=None, second=0, microsecond=0) == naive), None)
        for printed in (shown, None if local or shown else anywhere()):
            # (a clock printed as GMT/UTC is the real instant: "Tue 6 Dec 2022 05.12 GMT")
            if local is None and printed is not None and printed.replace(tzinfo=None) == naive \
                    and printed.utcoffset() in LOCAL_OFFSETS:
                local = dt.replace(tzinfo=printed.tzinfo)
        dt = local or to_local(dt, tz)
        if shown is not None and shown.date() != dt.date():
            return shown  # the day the reader sees under the headline
        return dt
    shown = near()
    if shown:
        return shown
    from_url = next((d for d in (date_from_url(u, tz) for u in urls) if d), None)
    stamp = page.tree.xpath("string((//time[@datetime])[1]/@datetime)")
    elsewhere = anywhere() or (stamp and parse_machine(stamp, tz)[0] and to_local(parse_machine(stamp, tz)[0], tz))
    if elsewhere and (from_url is None or elsewhere.date() == from_url.date()):
        return elsewhere
    if from_url:
        return from_url
    found = find_date(page.tree, original_date=True, url=urls[0] if urls else None, outputformat="%Y-%m-%d")
    return found and parse_iso(found, tz)
