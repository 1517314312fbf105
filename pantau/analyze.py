"""`pantau analyze`: run the nlp pipeline over every stored article not yet analysed.

Incremental and resumable: an article's results and its analysed_at mark are written in one
transaction, so a killed run picks up where it stopped. One article that breaks the pipeline is
logged, marked with its error and skipped; the rest go on.

After the per-article pass, near-duplicates and stories are updated for the articles analysed
since the last run (pantau/dedup.py): only recent stories are compared, nothing is re-clustered.
"""

import logging
import sys

from tqdm import tqdm

from .dedup import cluster_db
from .nlp.pipeline import analyze_many
from .store import open_db
from .store.analysis import count_pending, pending_articles, save_analysis, save_analysis_error

logger = logging.getLogger(__name__)
CHUNK = 256


def _analyze_chunk(db, rows, batch_size, counts):
    try:
        for article, result in analyze_many(rows, batch_size=batch_size):
            save_analysis(db, article["id"], result)
            counts["analysed"] += 1
            yield 1
        return
    except Exception:  # noqa: BLE001 - find the article that broke the batch, below
        logger.debug("batch failed; retrying its articles one by one", exc_info=True)
    for article in rows:
        if _done(db, article["id"]):
            continue
        try:
            for _, result in analyze_many([article], batch_size=1):
                save_analysis(db, article["id"], result)
            counts["analysed"] += 1
        except Exception as e:  # noqa: BLE001 - one article never stops the run
            logger.error("article %s could not be analysed: %s: %s", article["id"], type(e).__name__, e)
            save_analysis_error(db, article["id"], f"{type(e).__name__}: {e}")
            counts["failed"] += 1
        yield 1


def _done(db, article_id) -> bool:
    return db.execute("select analysed_at is not null from articles where id = ?", [article_id]).fetchone()[0]


def analyze_db(db_path, *, batch_size=32, progress=True, limit=None, stories: dict | None = None) -> dict:
    """Analyse pending articles, then update near-duplicates and stories. Returns the per-article
    counts (analysed, failed); the story stage's counts (clustered, duplicates, new_stories) go
    into `stories` when a dict is given, and to the log."""
    db = open_db(db_path)
    counts = {"analysed": 0, "failed": 0}
    total = count_pending(db)
    if limit:
        total = min(total, limit)
    with tqdm(total=total, unit="article", disable=not progress, file=sys.stderr, desc="analysing") as bar:
        while counts["analysed"] + counts["failed"] < total:
            rows = list(pending_articles(db, limit=min(CHUNK, total - counts["analysed"] - counts["failed"])))
            if not rows:
                break
            for n in _analyze_chunk(db, rows, batch_size, counts):
                bar.update(n)
    clustered = cluster_db(db, progress=progress)
    logger.info("stories: clustered %(clustered)s articles, %(duplicates)s near-duplicates, "
                "%(new_stories)s new stories", clustered)
    if stories is not None:
        stories.update(clustered)
    db.close()
    return counts
