"""`pantau backup` and `pantau export`: copies of what the database holds."""

import csv
import json
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

from .store import BUSY_TIMEOUT_MS

EXPORT_COLUMNS = ("id", "canonical_url", "outlet", "title", "published", "author", "editor", "lang", "text",
                  "status", "revision", "fetched_at", "updated_at")


def backup(db_path, out) -> Path:
    """A consistent copy with VACUUM INTO: a read transaction on WAL, so crawls keep writing."""
    out = Path(out)
    if out.exists():
        raise FileExistsError(f"{out} exists; choose a new file name")
    out.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("VACUUM INTO ?", [str(out)])
    finally:
        conn.close()
    return out


def backup_to_stream(db_path, stream) -> None:
    """The same consistent copy, written to a binary stream (`--out -`): VACUUM INTO needs a file."""
    with tempfile.TemporaryDirectory(prefix="pantau-backup-") as tmp:
        with open(backup(db_path, Path(tmp) / "copy.db"), "rb") as copy:
            shutil.copyfileobj(copy, stream, 1 << 20)
    stream.flush()


def export(db_path, fmt="jsonl", out=None, include_skipped=False) -> int:
    """Stream articles as JSON lines or CSV; returns how many were written."""
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    where = "" if include_skipped else "where status = 'kept'"
    rows = conn.execute(f"select {', '.join(EXPORT_COLUMNS)} from articles {where} order by published_utc, id")
    to_file = out not in (None, "-")
    stream = open(out, "w", encoding="utf-8", newline="") if to_file else sys.stdout
    n = 0
    try:
        if fmt == "csv":
            writer = csv.writer(stream)
            writer.writerow(EXPORT_COLUMNS)
            for row in rows:
                writer.writerow(row)
                n += 1
        else:
            for row in rows:
                stream.write(json.dumps(dict(zip(EXPORT_COLUMNS, row)), ensure_ascii=False) + "\n")
                n += 1
    finally:
        if to_file:
            stream.close()
        conn.close()
    return n
