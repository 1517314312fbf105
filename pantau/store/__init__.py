"""Storage: one SQLite file, opened and migrated here. Every write goes through this package."""

from pathlib import Path

import sqlite_utils

from .schema import migrations

BUSY_TIMEOUT_MS = 30_000


def open_db(path, *, migrate=True):
    """Open (creating if needed) the database at `path`, in WAL mode, migrated to the latest schema."""
    path = Path(path)
    if path.parent and not path.parent.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite_utils.Database(path)
    # A reader and a writer never block each other in WAL; a second writer waits instead of failing.
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.enable_wal()
    db.execute("PRAGMA synchronous = NORMAL")
    db.execute("PRAGMA foreign_keys = ON")
    if migrate:
        migrations.apply(db)
    return db


def open_readonly(path):
    """Open an existing database for reading only (digests, Datasette, health)."""
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"database not found: {path}")
    import sqlite3

    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return sqlite_utils.Database(conn)
