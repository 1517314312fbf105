"""Near-duplicates and stories: what clustering needs to resume, what it decided, and the
queries the digest asks (a story's articles and outlets, its figure conflicts).

One clustered article's rows (signature, duplicate mark, story membership) and its story's
updated centroid are written in the same transaction as the rest of its block.
"""

import json
from collections import defaultdict
from datetime import datetime, timezone
from decimal import Decimal, InvalidOperation

from .articles import utcnow
from .transactions import writing

DF_KEY = "df"
TIME_FORMAT = "%Y-%m-%dT%H:%M:%SZ"


def iso(ts: float | None) -> str | None:
    return None if ts is None else datetime.fromtimestamp(ts, timezone.utc).strftime(TIME_FORMAT)


def parse_time(value: str | None) -> datetime | None:
    if not value:
        return None
    dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return dt if dt.tzinfo else dt.replace(tzinfo=timezone.utc)


# Reading what to cluster --------------------------------------------------------------------
PENDING_SQL = """
select a.id, coalesce(a.published_utc, a.fetched_at) as at, a.content_hash,
       m.story_id
from articles a left join article_minhashes m on m.article_id = a.id
where a.status = 'kept' and (a.analysed_at is not null or a.analysis_error is not null)
  and (m.article_id is null or m.content_hash != a.content_hash)
order by at, a.id
"""


def pending_articles(db) -> list[dict]:
    """Kept, analysed articles never clustered or changed since, oldest first (id, at,
    content_hash, story_id: the story a changed article stays in). Texts come per block."""
    keys = ("id", "at", "content_hash", "story_id")
    return [dict(zip(keys, row)) for row in db.execute(PENDING_SQL)]


def article_texts(db, ids) -> dict[int, tuple[str, str]]:
    """{id: (title, text)}."""
    out = {}
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        for aid, title, text in db.execute(f"select id, title, text from articles where id in ({marks})", chunk):
            out[aid] = (title, text)
    return out


def entities_by_article(db, ids) -> dict[int, list[str]]:
    out = defaultdict(list)
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        for aid, name in db.execute(
            f"select article_id, coalesce(canonical, text) from entities where article_id in ({marks})", chunk
        ):
            out[aid].append(name)
    return out


def figures_by_article(db, ids) -> dict[int, list[dict]]:
    """{article id: [{"value", "approx", "metric", "as_of"}]} for figures with a value."""
    out = defaultdict(list)
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        for aid, value, approx, metric, as_of in db.execute(
            f"select article_id, value, approx, metric, as_of from figures where article_id in ({marks}) "
            "and value is not null", chunk
        ):
            out[aid].append({"value": value, "approx": bool(approx), "metric": metric, "as_of": as_of})
    return out


def _chunks(ids, size=500):
    ids = list(ids)
    for i in range(0, len(ids), size):
        yield ids[i : i + size]


# Reading the state to resume from -----------------------------------------------------------
def window_signatures(db, since: str, limit: int):
    """(article_id, published_utc, n_shingles, signature, words, root_id, story_id) of articles
    published at or after `since`, the newest `limit` of them, oldest first. `words` is None for
    an article signed before words were kept."""
    rows = db.execute(
        "select article_id, published_utc, n_shingles, signature, words, root_id, story_id from article_minhashes "
        "where published_utc >= ? order by published_utc desc, article_id desc limit ?",
        [since, limit],
    ).fetchall()
    return rows[::-1]


def open_stories(db, since: str, limit: int):
    """(id, title, first_published, last_published, n_articles, centroid) of stories whose latest
    article is at or after `since`."""
    for sid, title, first, last, n, centroid in db.execute(
        "select id, title, first_published, last_published, n_articles, centroid from stories "
        "where last_published >= ? order by last_published desc limit ?",
        [since, limit],
    ):
        yield sid, title, first, last, n, json.loads(centroid or "{}")


def load_df(db):
    """(compressed hashed document-frequency table, number of documents) or None."""
    row = db.execute("select value, number from story_state where key = ?", [DF_KEY]).fetchone()
    return (row[0], row[1]) if row else None


# Writing decisions --------------------------------------------------------------------------
def save_block(db, results, stories: dict, df: tuple[bytes, int]):
    """Write one block of clustering results in one transaction.

    `results`: dicts with article_id, content_hash, at (ISO), n_shingles, signature and words (bytes),
    duplicate_of, jaccard, root_id, story_id, score. `stories`: the touched stories by id, each a
    dict with title, first, last (ISO) and centroid.
    """
    now = utcnow()
    with writing(db):
        db["stories"].upsert_all(
            ({"id": sid, "title": s["title"], "first_published": s["first"], "last_published": s["last"],
              "centroid": json.dumps(s["centroid"], ensure_ascii=False), "updated_at": now}
             for sid, s in stories.items()),
            pk="id",
        )
        for r in results:
            aid = r["article_id"]
            db["article_minhashes"].upsert(
                {"article_id": aid, "content_hash": r["content_hash"], "published_utc": r["at"],
                 "n_shingles": r["n_shingles"], "signature": r["signature"], "words": r["words"],
                 "root_id": r["root_id"],
                 "story_id": r["story_id"]},
                pk="article_id",
            )
            db.execute("delete from duplicates where article_id = ?", [aid])
            if r["duplicate_of"] is not None:
                db["duplicates"].insert(
                    {"article_id": aid, "duplicate_of": r["duplicate_of"], "jaccard": r["jaccard"], "found_at": now}
                )
            db["story_articles"].upsert(
                {"article_id": aid, "story_id": r["story_id"], "score": r["score"], "added_at": now}, pk="article_id"
            )
        for sid in stories:
            refresh_story(db, sid)
        db["story_state"].upsert({"key": DF_KEY, "value": df[0], "number": df[1]}, pk="key")


def refresh_story(db, story_id):
    """Recount a story's articles and outlets from story_articles."""
    rows = db.execute(
        "select a.outlet from story_articles s join articles a on a.id = s.article_id where s.story_id = ? "
        "order by coalesce(a.published_utc, a.fetched_at), a.id",
        [story_id],
    ).fetchall()
    outlets = list(dict.fromkeys(r[0] for r in rows if r[0]))
    db.execute(
        "update stories set n_articles = ?, outlets = ? where id = ?",
        [len(rows), json.dumps(outlets, ensure_ascii=False), story_id],
    )


# Queries for the digest ---------------------------------------------------------------------
def story_of(db, article_id) -> int | None:
    row = db.execute("select story_id from story_articles where article_id = ?", [article_id]).fetchone()
    return row[0] if row else None


def story_articles(db, story_id) -> list[dict]:
    """The story's articles, oldest first: id, outlet, title, url, published, duplicate_of."""
    keys = ("id", "outlet", "title", "url", "published", "duplicate_of")
    return [dict(zip(keys, row)) for row in db.execute(
        "select a.id, a.outlet, a.title, a.url, a.published, d.duplicate_of from story_articles s "
        "join articles a on a.id = s.article_id left join duplicates d on d.article_id = a.id "
        "where s.story_id = ? order by coalesce(a.published_utc, a.fetched_at), a.id",
        [story_id],
    )]


CONFLICT_SQL = """
select f.metric, f.as_of, coalesce(f.qualifier, ''), case when f.kind = 'count' then '' else coalesce(f.unit, '') end,
       coalesce(f.currency, ''), coalesce(f.per, ''), f.value, f.article_id, a.outlet, a.title, a.url, f.text, f.sentence
from story_articles s
join figures f on f.article_id = s.article_id
join articles a on a.id = f.article_id
where s.story_id = ? and f.metric is not null and f.metric != '' and f.as_of is not null and f.value is not null
  and coalesce(f.approx, 0) = 0 and f.value_max is null
  -- a metric that is only the counted noun ("9,8 juta peserta") is too vague to disagree with
  and lower(f.metric) != lower(coalesce(f.unit, ''))
order by coalesce(a.published_utc, a.fetched_at), a.id, f.start
"""
ORG_SQL = """
select e.article_id, e.canonical, e.text from story_articles s join entities e on e.article_id = s.article_id
where s.story_id = ? and e.label = 'ORG'
"""


def _number(value: str):
    try:
        return Decimal(value).normalize()
    except (InvalidOperation, TypeError):
        return value


def metric_key(metric: str, organisations=()) -> str:
    """The metric as figures are compared: case and spacing ignored, and a trailing name of an
    organisation the article mentions dropped ("peserta aktif BPJS Ketenagakerjaan" is
    "peserta aktif" in an article about BPJS Ketenagakerjaan)."""
    key = " ".join(metric.lower().split())
    for name in sorted({" ".join(n.lower().split()) for n in organisations if n}, key=len, reverse=True):
        if key.endswith(" " + name):
            key = key[: -len(name) - 1].strip()
    return key


def figure_conflicts(db, story_id) -> list[dict]:
    """Figures in one story with the same metric (see metric_key), as-of date, qualifier, unit,
    currency and period but different values, each value with the articles that printed it.
    For counts the metric alone says what is counted ("45,2 juta peserta" and "45,7 juta orang"
    of "peserta aktif" disagree); a bare counted noun as metric is not compared.

    Approximate figures ("sekitar", "hampir") and ranges are left out: they disagree by design.
    Returns [{"metric", "as_of", "qualifier", "unit", "currency", "per",
              "values": [{"value", "sources": [{"article_id", "outlet", "title", "url", "text", "sentence"}]}]}].
    """
    organisations = defaultdict(set)
    for aid, canonical, text in db.execute(ORG_SQL, [story_id]):
        organisations[aid].update((canonical, text))
    groups: dict[tuple, dict] = {}
    for metric, as_of, qualifier, unit, currency, per, value, aid, outlet, title, url, text, sentence in db.execute(
        CONFLICT_SQL, [story_id]
    ):
        key = (metric_key(metric, organisations[aid]), as_of, qualifier, unit, currency, per)
        values = groups.setdefault(key, {"metric": metric, "values": {}})["values"]
        entry = values.setdefault(_number(value), {"value": value, "sources": []})
        if all(src["article_id"] != aid for src in entry["sources"]):
            entry["sources"].append({"article_id": aid, "outlet": outlet, "title": title, "url": url,
                                     "text": text, "sentence": sentence})
    conflicts = []
    for (_, as_of, qualifier, unit, currency, per), group in groups.items():
        values = _unambiguous(list(group["values"].values()))
        if len(values) > 1:
            conflicts.append({"metric": group["metric"], "as_of": as_of, "qualifier": qualifier or None,
                              "unit": unit or None, "currency": currency or None, "per": per or None,
                              "values": values})
    return conflicts


def _unambiguous(values: list[dict]) -> list[dict]:
    """The values as printed by articles that give only one value for the metric: an article
    with two values under one metric (a total and a segment both called "peserta") says nothing
    clear about it, and one article never conflicts with itself."""
    count = defaultdict(int)
    for v in values:
        for src in v["sources"]:
            count[src["article_id"]] += 1
    kept = []
    for v in values:
        sources = [src for src in v["sources"] if count[src["article_id"]] == 1]
        if sources:
            kept.append({**v, "sources": sources})
    return kept


def stories_with_conflicts(db, since: str | None = None) -> list[int]:
    """Ids of stories (latest article at or after `since`, ISO UTC) with at least one figure conflict."""
    sql = "select id from stories" + (" where last_published >= ?" if since else "") + " order by last_published desc"
    return [sid for (sid,) in db.execute(sql, [since] if since else []) if figure_conflicts(db, sid)]
