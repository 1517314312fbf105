"""`pantau ingest`: articles from JSON lines into the store, idempotent by URL."""

import json
from datetime import datetime

from .store import open_db
from .store.articles import save_article

REQUIRED = ("url", "title", "text")


def parse_published(value):
    """ISO 8601; a date or naive time is taken in Asia/Jakarta (WIB), like the crawler does."""
    if value in (None, ""):
        return None
    from .crawler.extract.dates import iso, parse_iso

    dt = parse_iso(str(value))
    if dt is None:
        raise ValueError(f"published {value!r} is not an ISO 8601 date")
    return iso(dt)


def check_line(line: str) -> dict:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        raise ValueError(f"not valid JSON ({e.msg} at column {e.colno})") from None
    if not isinstance(obj, dict):
        raise ValueError("not a JSON object")
    missing = [k for k in REQUIRED if not isinstance(obj.get(k), str) or not obj[k].strip()]
    if missing:
        raise ValueError(f"missing or empty {', '.join(missing)}")
    if not obj["url"].startswith(("http://", "https://")):
        raise ValueError(f"url {obj['url']!r} is not an http(s) URL")
    return {
        "url": obj["url"], "title": obj["title"].strip(), "text": obj["text"].strip(),
        "published": parse_published(obj.get("published")), "outlet": obj.get("outlet"),
        "author": obj.get("author"), "lang": obj.get("lang"), "editor": obj.get("editor"),
    }


def ingest_lines(lines, db_path, on_error=print) -> dict:
    db = open_db(db_path)
    counts = {"stored": 0, "new": 0, "updated": 0, "unchanged": 0, "bad": 0}
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            article = check_line(line)
        except ValueError as e:
            counts["bad"] += 1
            on_error(f"line {number}: {e}; skipped")
            continue
        counts[save_article(db, article)] += 1
        counts["stored"] += 1
    db.close()
    return counts
