"""`pantau analyze`: run the nlp pipeline over every stored article not yet analysed.

Incremental and resumable: an article's results and its analysed_at mark are written in one
transaction, so a killed run picks up where it stopped. One article that breaks the pipeline is
logged, marked with its error and skipped; the rest go on.

A large backlog (PARALLEL_FROM articles or more) is analysed in one worker process per CPU
core, each loading the pipeline once; this process only writes. A small one is analysed here:
loading the pipeline in workers would cost more than it saves.

Before an article's results are written, its figures are checked against the figures stored
for earlier articles (pantau/history.py); the checks inside the article came from nlp/checks.

After the per-article pass, near-duplicates and stories are updated for the articles analysed
since the last run (pantau/dedup.py): only recent stories are compared, nothing is re-clustered.
"""

import logging
import multiprocessing
import os
import sys
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from tqdm import tqdm

from .dedup import cluster_db
from .history import add_history_checks
from .nlp.pipeline import analyze_many
from .store import open_db
from .store.analysis import count_pending, pending_articles, save_analysis, save_analysis_error

logger = logging.getLogger(__name__)
CHUNK = 64
PARALLEL_FROM = 400


def analyze_rows(rows, batch_size=32) -> list[tuple[int, dict | None, str | None]]:
    """(article id, result, None) or (article id, None, error) for each row, in order. Runs in
    this process or in a worker. A batch that breaks is redone one article at a time, to find the
    article that broke it."""
    try:
        return [(a["id"], result, None) for a, result in analyze_many(rows, batch_size=batch_size)]
    except Exception:  # noqa: BLE001 - find the article that broke the batch, below
        logger.debug("batch failed; retrying its articles one by one", exc_info=True)
    out = []
    for article in rows:
        try:
            out.extend((article["id"], result, None) for _, result in analyze_many([article], batch_size=1))
        except Exception as e:  # noqa: BLE001 - one article never stops the run
            out.append((article["id"], None, f"{type(e).__name__}: {e}"))
    return out


def _chunks(db, total):
    after, left = 0, total
    while left > 0:
        rows = list(pending_articles(db, limit=min(CHUNK, left), after_id=after))
        if not rows:
            return
        after, left = rows[-1]["id"], left - len(rows)
        yield rows


def _results(db, total, batch_size, workers):
    if workers <= 1:
        for rows in _chunks(db, total):
            yield from analyze_rows(rows, batch_size)
        return
    # spawn, not fork: a fresh interpreter per worker, each loading the pipeline once
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        in_flight = deque()
        for rows in _chunks(db, total):
            in_flight.append(pool.submit(analyze_rows, rows, batch_size))
            if len(in_flight) >= 2 * workers:  # a bounded read-ahead keeps memory flat
                yield from in_flight.popleft().result()
        while in_flight:
            yield from in_flight.popleft().result()


def _analyze(db, results, counts, bar):
    for article_id, result, error in results:
        if error is None:
            try:
                result = add_history_checks(db, article_id, result)
            except Exception:  # noqa: BLE001 - a history check never costs an article its analysis
                logger.exception("article %s: figures not checked against history", article_id)
            save_analysis(db, article_id, result)
            counts["analysed"] += 1
        else:
            logger.error("article %s could not be analysed: %s", article_id, error)
            save_analysis_error(db, article_id, error)
            counts["failed"] += 1
        bar.update(1)


def analyze_db(db_path, *, batch_size=32, progress=True, limit=None, stories: dict | None = None,
               workers: int | None = None) -> dict:
    """Analyse pending articles, then update near-duplicates and stories. Returns the per-article
    counts (analysed, failed); the story stage's counts (clustered, duplicates, new_stories) go
    into `stories` when a dict is given, and to the log. `workers`: processes for the analysis
    (default: one per core for a backlog of PARALLEL_FROM articles or more, else none)."""
    db = open_db(db_path)
    counts = {"analysed": 0, "failed": 0}
    total = count_pending(db)
    if limit:
        total = min(total, limit)
    if workers is None:
        workers = (os.cpu_count() or 1) if total >= PARALLEL_FROM else 1
    with tqdm(total=total, unit="article", disable=not progress, file=sys.stderr, desc="analysing") as bar:
        try:
            _analyze(db, _results(db, total, batch_size, workers), counts, bar)
        except BrokenProcessPool:  # a worker died (out of memory?): what it held is done here
            logger.error("an analysis worker process died; going on in this process")
            _analyze(db, _results(db, total - sum(counts.values()), batch_size, 1), counts, bar)
    clustered = cluster_db(db, progress=progress)
    logger.info("stories: clustered %(clustered)s articles, %(duplicates)s near-duplicates, "
                "%(new_stories)s new stories", clustered)
    if stories is not None:
        stories.update(clustered)
    db.close()
    return counts
