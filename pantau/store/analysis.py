"""Writing what the nlp pipeline found. One article's results are replaced all at once, so a
killed analysis leaves either the old results or the new ones, never half."""

import json

from .articles import utcnow
from .transactions import writing

PER_ARTICLE_TABLES = ("figures", "entities", "people", "quotes", "article_tone", "figure_checks")
FIGURE_COLUMNS = ("start", "end", "text", "value", "value_max", "kind", "currency", "unit", "per",
                  "approx", "qualifier", "metric", "as_of", "sentence", "institution")
CHECK_COLUMNS = ("kind", "sentence", "metric", "institution", "against_article_id", "against_sentence")


def pending_articles(db, limit=None, after_id=0):
    """Kept articles not analysed since they last changed, oldest first (ids above `after_id`)."""
    sql = ("select id, title, text, published, lang from articles "
           "where status = 'kept' and analysed_at is null and analysis_error is null and id > ? order by id")
    if limit:
        sql += f" limit {int(limit)}"
    for row in db.execute(sql, [after_id]):
        yield dict(zip(("id", "title", "text", "published", "lang"), row))


def count_pending(db) -> int:
    return db.execute(
        "select count(*) from articles where status = 'kept' and analysed_at is null and analysis_error is null"
    ).fetchone()[0]


def _figure_row(article_id, f):
    row = {k: f.get(k) for k in FIGURE_COLUMNS}
    row["value"] = None if f.get("value") is None else str(f["value"])
    row["value_max"] = None if f.get("value_max") is None else str(f["value_max"])
    row["approx"] = int(bool(f.get("approx")))
    row["article_id"] = article_id
    return row


def _check_row(article_id, c):
    row = {k: c.get(k) for k in CHECK_COLUMNS}
    row["figures"] = json.dumps(list(c.get("figures") or []), ensure_ascii=False)
    row["stated"] = None if c.get("stated") is None else str(c["stated"])
    row["expected"] = None if c.get("expected") is None else str(c["expected"])
    row["article_id"] = article_id
    return row


def _insert(db, table: str, rows: list[dict]):
    """Rows of one article into `table` with one executemany: sqlite-utils' insert_all builds its
    query per call, which for the few rows of one article cost more than the insert (bench/analyze)."""
    if not rows:
        return
    columns = list(rows[0])
    names = ", ".join(f"[{c}]" for c in columns)
    db.conn.executemany(f"insert into [{table}] ({names}) values ({', '.join('?' * len(columns))})",
                        [[row[c] for c in columns] for row in rows])


def save_analysis(db, article_id: int, result: dict):
    with writing(db):
        for table in (*PER_ARTICLE_TABLES, "summaries"):
            db.execute(f"delete from {table} where article_id = ?", [article_id])
        _insert(db, "figures", [_figure_row(article_id, f) for f in result.get("figures", [])])
        _insert(db, "figure_checks", [_check_row(article_id, c) for c in result.get("checks", [])])
        _insert(db, "entities", [
            {"article_id": article_id, **{k: e.get(k) for k in ("start", "end", "text", "label", "canonical")}}
            for e in result.get("entities", [])
        ])
        _insert(db, "people", [
            {"article_id": article_id, **{k: p.get(k) for k in ("name", "role", "organisation")}}
            for p in result.get("people", [])
        ])
        _insert(db, "quotes", [
            {"article_id": article_id, **{k: q.get(k) for k in ("speaker", "text", "kind", "start", "end", "tone", "tone_score")}}
            for q in result.get("quotes", [])
        ])
        _insert(db, "article_tone", [
            {"article_id": article_id, "target": t["target"], "tone": t["tone"], "score": t["score"]}
            for t in result.get("tone", [])
        ])
        if result.get("summary"):
            db["summaries"].insert(
                {"article_id": article_id, "sentences": json.dumps(result["summary"], ensure_ascii=False),
                 "method": result.get("summary_method")}
            )
        db.execute("update articles set analysed_at = ?, analysis_error = null where id = ?", [utcnow(), article_id])


def save_analysis_error(db, article_id: int, message: str):
    with writing(db):
        db.execute("update articles set analysis_error = ? where id = ?", [message[:500], article_id])
