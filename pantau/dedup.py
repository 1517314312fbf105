"""Near-duplicates and stories: `pantau dedup` on JSON lines, and the stage `pantau analyze` runs
on the database after the per-article analysis.

Both feed articles to one `Clusterer` (pantau/nlp/stories.py) in blocks, in order: the order
articles are seen is the order that decides which one is the original. For `pantau dedup` that is
input order; for the database it is publication time (fetch time when unknown), then id.
"""

import json
from datetime import datetime, time
from zoneinfo import ZoneInfo

from tqdm import tqdm

from .nlp.dedup import DedupSettings, Signature, signature
from .nlp.stories import ArticleIn, Clusterer, StorySettings, Story, TermStats, timestamp
from .store import stories as store

WIB = ZoneInfo("Asia/Jakarta")
BLOCK = 256


# JSON lines ---------------------------------------------------------------------------------
def parse_published(value) -> datetime | None:
    """ISO 8601 date or time; a date or a naive time is taken in Asia/Jakarta."""
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise ValueError(f"published {value!r} is not an ISO 8601 string")
    try:
        dt = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(f"published {value!r} is not an ISO 8601 date") from None
    if len(value.strip()) == 10:
        dt = datetime.combine(dt.date(), time(0), WIB)
    return dt if dt.tzinfo else dt.replace(tzinfo=WIB)


def check_line(line: str) -> ArticleIn:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        raise ValueError(f"not valid JSON ({e.msg} at column {e.colno})") from None
    if not isinstance(obj, dict):
        raise ValueError("not a JSON object")
    aid = obj.get("id")
    if isinstance(aid, bool) or not isinstance(aid, (str, int)) or aid == "":
        raise ValueError("missing id (a string or an integer)")
    if not isinstance(obj.get("text"), str) or not obj["text"].strip():
        raise ValueError("missing or empty text")
    title = obj.get("title")
    if title is not None and not isinstance(title, str):
        raise ValueError("title is not a string")
    return ArticleIn(aid, obj["text"], title, parse_published(obj.get("published")))


def dedup_lines(lines, write, on_error=print, dedup=DedupSettings(), stories=StorySettings()) -> dict:
    """Read JSON lines {"id", "text", optional "title", "published"}; call `write` with
    {"id", "duplicate_of", "story"} for each good line, in input order.

    Streams in blocks of BLOCK lines with bounded state, so memory stays flat on any input.
    A bad line (or an id already in the window) is reported through `on_error` with its line
    number and skipped.
    """
    clusterer = Clusterer(dedup, stories)
    counts = {"articles": 0, "duplicates": 0, "stories": 0, "bad": 0}
    block: list[ArticleIn] = []
    ids: set = set()

    def flush():
        for p in clusterer.process(block):
            d = p.decision
            counts["articles"] += 1
            counts["duplicates"] += d.duplicate_of is not None
            counts["stories"] += d.new_story
            write({"id": d.id, "duplicate_of": d.duplicate_of, "story": d.story})
        block.clear()
        ids.clear()

    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            article = check_line(line)
            if article.id in ids or article.id in clusterer.duplicates:
                raise ValueError(f"id {article.id!r} was already given")
        except ValueError as e:
            counts["bad"] += 1
            on_error(f"line {number}: {e}; skipped")
            continue
        block.append(article)
        ids.add(article.id)
        if len(block) >= BLOCK:
            flush()
    if block:
        flush()
    return counts


# The database stage -------------------------------------------------------------------------
def _restore(db, clusterer: Clusterer, first_at: float):
    d, s = clusterer.dedup_settings, clusterer.story_settings
    rows = store.window_signatures(db, store.iso(first_at - d.window_days * 86400), d.max_items)
    # Articles signed before words were kept (their MinHash is of 3-grams) are signed again.
    texts = store.article_texts(db, [r[0] for r in rows if r[4] is None])
    for aid, at, n, blob, words, root, story_id in rows:
        sig = Signature.from_bytes(blob, n, words) if words is not None else signature(texts.get(aid, (None, ""))[1] or "", d)
        clusterer.restore_article(aid, sig, _ts(at), root, story_id)
    for sid, title, first, last, n, centroid in store.open_stories(
        db, store.iso(first_at - s.window_days * 86400), s.max_stories
    ):
        clusterer.restore_story(Story(sid, title, _ts(first), _ts(last), n or 0, centroid))


def _ts(value: str | None) -> float | None:
    return timestamp(store.parse_time(value))


def cluster_db(db, *, progress=False, dedup=DedupSettings(), stories=StorySettings()) -> dict:
    """Cluster every analysed article not clustered yet (or changed since), oldest first.

    Loads only the recent window (signatures of the last `window_days`, stories open in the
    last `window_days`), never the whole database; writes each block in one transaction.
    """
    counts = {"clustered": 0, "duplicates": 0, "new_stories": 0}
    pending = store.pending_articles(db)
    if not pending:
        return counts
    df = store.load_df(db)
    stats = TermStats.from_bytes(*df) if df else TermStats(stories.df_buckets)
    clusterer = Clusterer(dedup, stories, stats)
    # The window opens before the oldest article never clustered; an old article that changed
    # (it keeps its story) does not drag months of signatures into memory.
    fresh = [r["at"] for r in pending if r["story_id"] is None]
    _restore(db, clusterer, _ts(min(fresh) if fresh else max(r["at"] for r in pending)))
    with tqdm(total=len(pending), unit="article", disable=not progress, desc="stories") as bar:
        for start in range(0, len(pending), BLOCK):
            rows = pending[start : start + BLOCK]
            _cluster_block(db, clusterer, rows, counts)
            bar.update(len(rows))
    return counts


def _cluster_block(db, clusterer: Clusterer, rows: list[dict], counts: dict):
    ids = [r["id"] for r in rows]
    entities = store.entities_by_article(db, ids)
    figures = store.figures_by_article(db, ids)
    texts = store.article_texts(db, ids)
    block = [
        ArticleIn(r["id"], texts[r["id"]][1] or "", texts[r["id"]][0], store.parse_time(r["at"]), entities.get(r["id"], []),
                  figures.get(r["id"], []), story=r["story_id"])
        for r in rows
    ]
    results, touched = [], {}
    for row, p in zip(rows, clusterer.process(block)):
        d = p.decision
        results.append({
            "article_id": d.id, "content_hash": row["content_hash"], "at": store.iso(p.when),
            "n_shingles": p.signature.n_shingles, "signature": p.signature.to_bytes(),
            "words": p.signature.words_bytes(),
            "duplicate_of": d.duplicate_of, "jaccard": d.jaccard,
            "root_id": d.duplicate_of if d.duplicate_of is not None else d.id, "story_id": d.story, "score": d.score,
        })
        if p.story is not None:
            touched[d.story] = p.story
        counts["clustered"] += 1
        counts["duplicates"] += d.duplicate_of is not None
        counts["new_stories"] += d.new_story
    stories = {sid: {"title": st.title, "first": store.iso(st.first), "last": store.iso(st.last),
                     "centroid": {t: round(w, 5) for t, w in st.centroid.items()}}
               for sid, st in touched.items()}
    store.save_block(db, results, stories, (clusterer.stats.to_bytes(), clusterer.stats.n_docs))
