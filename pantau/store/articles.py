"""Writing articles, crawl runs and fetch errors."""

import hashlib
import json
import os
import socket
from datetime import datetime, timezone

from ..urls import normalize_url
from .transactions import writing

ARTICLE_FIELDS = ("url", "outlet", "title", "published", "author", "editor", "section", "text", "lang")


def utcnow() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def content_hash(title: str | None, text: str | None) -> str:
    """Hash of what a reader sees; whitespace differences are not changes."""
    norm = " ".join(f"{title or ''}\n{text or ''}".split())  # str.split's whitespace is re's \s, 3x faster
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


def to_utc(published: str | None) -> str | None:
    if not published:
        return None
    dt = datetime.fromisoformat(published)
    if dt.tzinfo is None:
        raise ValueError(f"published has no UTC offset: {published!r}")
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def publication(article: dict) -> tuple[str | None, str]:
    """(published, date_source): the page's date; else the feed's or sitemap's, in the outlet's
    local zone; else none at all, said so rather than guessed from the fetch time."""
    if article.get("published"):
        return article["published"], article.get("date_source") or "page"
    if article.get("source_lastmod"):
        from ..crawler.extract.dates import iso, parse_iso, to_local

        when = parse_iso(article["source_lastmod"])
        if when is not None:
            return iso(to_local(when, article.get("timezone") or "Asia/Jakarta")), "feed"
    return None, "none"


def find_article_id(db, *urls) -> int | None:
    """The id of the article stored under any of these URLs (normalised), or None."""
    keys = [normalize_url(u) for u in urls if u]
    if not keys:
        return None
    marks = ",".join("?" * len(keys))
    row = db.execute(f"select article_id from article_urls where url in ({marks}) limit 1", keys).fetchone()
    return row[0] if row else None


def known_article(db, url):
    """(id, fetched_at, etag, last_modified, source_lastmod) of a stored article seen under `url`, or None."""
    key = normalize_url(url)
    rows = db.execute(
        "select a.id, a.fetched_at, a.etag, a.last_modified, a.source_lastmod from article_urls u "
        "join articles a on a.id = u.article_id where u.url = ?",
        [key],
    ).fetchall()  # not fetchone: a cursor left open keeps a read snapshot, and the crawl's next
    return rows[0] if rows else None  # write on this connection then fails with "database is locked"


def save_article(db, article: dict, *, run_id=None, status="kept", skip_reason=None, matched_terms=None) -> str:
    """Insert or update one article; returns "new", "updated" or "unchanged".

    Idempotent: the same article saved twice is stored once. An article is found again by its
    canonical URL or by any URL it was seen under. One transaction: the article and the URLs it
    is known by are written together or not at all (a crawl killed in between must not leave an
    article the next crawl cannot recognise).
    """
    url = article["url"]
    canonical = normalize_url(article.get("canonical_url") or url)
    variants = {normalize_url(u) for u in [url, canonical, *article.get("seen_urls", [])] if u}
    digest = content_hash(article.get("title"), article.get("text"))
    now = utcnow()
    row = {k: article.get(k) for k in ARTICLE_FIELDS}
    row["published"], date_source = publication(article)
    row.update(
        canonical_url=canonical,
        published_utc=to_utc(row["published"]),
        date_source=date_source,
        content_hash=digest,
        status=status,
        skip_reason=skip_reason,
        matched_terms=json.dumps(matched_terms, ensure_ascii=False) if matched_terms else None,
        etag=article.get("etag"),
        last_modified=article.get("last_modified"),
        source_lastmod=article.get("source_lastmod"),
        fetched_at=article.get("fetched_at") or now,
        run_id=run_id,
    )
    # writing(db), not `with db.conn`: each sqlite-utils write outside a transaction commits by
    # itself. Plain SQL inside: sqlite-utils would look the table's columns up on every write.
    conn = db.conn
    with writing(db):
        existing_id = find_article_id(db, canonical, *variants)
        if existing_id is None:
            row.update(revision=1, updated_at=now)
            existing_id = conn.execute(
                f"insert into articles ({', '.join(row)}) values ({', '.join('?' * len(row))})", list(row.values())
            ).lastrowid
            outcome = "new"
        else:
            old = conn.execute("select content_hash, status from articles where id = ?", [existing_id]).fetchone()
            if old[0] == digest and old[1] == status:
                changes = {k: row[k] for k in ("fetched_at", "etag", "last_modified", "source_lastmod")}
                outcome = "unchanged"
            else:
                row.update(updated_at=now, analysed_at=None, analysis_error=None)
                row.pop("canonical_url")  # the first canonical URL stays the key
                changes = row
                conn.execute("update articles set revision = revision + 1 where id = ?", [existing_id])
                outcome = "updated"
            conn.execute(f"update articles set {', '.join(f'{k} = ?' for k in changes)} where id = ?",
                         [*changes.values(), existing_id])
        conn.executemany("insert or ignore into article_urls (url, article_id) values (?, ?)",
                         [(v, existing_id) for v in variants])
    return outcome


def ensure_outlet(db, outlet_id: str, name: str | None = None, homepage: str | None = None):
    db["outlets"].insert(
        {"id": outlet_id, "name": name or outlet_id, "homepage": homepage, "first_seen": utcnow()},
        pk="id",
        ignore=True,
    )


def start_run(db, sources: str, mode: str = "full") -> int:
    """A new crawl_runs row (mode: "full", or "watch" for a feeds-and-sitemaps pass). Runs of this host left "running" by a process that is gone (kill -9,
    power cut) become "interrupted"."""
    host = socket.gethostname()
    with writing(db):
        for run_id, pid in db.execute(
            "select id, pid from crawl_runs where status = 'running' and host = ?", [host]
        ).fetchall():
            if not _process_alive(pid):
                db.execute("update crawl_runs set status = 'interrupted' where id = ?", [run_id])
        return db["crawl_runs"].insert(
            {"started_at": utcnow(), "status": "running", "sources": sources, "host": host, "pid": os.getpid(),
             "mode": mode}
        ).last_pk


def _process_alive(pid) -> bool:
    if not pid:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, someone else's
        return True
    return True


def finish_run(db, run_id: int, counts: dict, stats: dict, status="finished"):
    fields = {k: counts.get(k, 0) for k in (
        "pages_fetched", "articles_new", "articles_updated", "articles_unchanged",
        "articles_skipped", "not_modified", "errors")}
    with writing(db):
        db["crawl_runs"].update(
            run_id,
            {**fields, "finished_at": utcnow(), "status": status,
             "stats": json.dumps(stats, default=str, ensure_ascii=False)},
        )


def set_source_lastmod(db, article_id: int, lastmod: str):
    sql, conn = "update articles set source_lastmod = ? where id = ?", db.conn
    if conn.in_transaction:
        conn.execute(sql, [lastmod, article_id])
        return
    conn.execute("BEGIN IMMEDIATE")  # the write lock first, as in record_fetch_error
    try:
        conn.execute(sql, [lastmod, article_id])
    except BaseException:
        conn.rollback()
        raise
    conn.commit()


def record_fetch_error(db, run_id, outlet, url, kind, message, status=None):
    row = {"run_id": run_id, "outlet": outlet, "url": url, "status": status,
           "kind": kind, "message": message[:500], "at": utcnow()}
    sql = f"insert into fetch_errors ({', '.join(row)}) values ({', '.join('?' * len(row))})"
    conn = db.conn
    if conn.in_transaction:
        conn.execute(sql, list(row.values()))
        return
    # The write lock first: a transaction that reads before it writes fails at once with "database
    # is locked" when the crawl's writer thread commits in between; this one waits its turn.
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(sql, list(row.values()))
    except BaseException:
        conn.rollback()
        raise
    conn.commit()


def record_health(db, run_id: int, rows: list[dict]):
    with writing(db):
        db["health"].insert_all(({"run_id": run_id, **r} for r in rows), replace=True)
