"""Article writes in a thread of their own, a batch per transaction.

Storing an article (its row, its URLs, the FTS5 index its triggers keep) costs about as much
CPU as everything else the crawl process does for a page, and most of it is SQLite's own work,
which runs without the GIL. In the reactor thread it would hold up every download; here it
runs beside them. Whatever arrived while a batch was being written becomes the next batch: one
transaction for many articles when the crawl is busy, no waiting when it is not.

Nothing is lost on kill -9: a page counts as done (for the frontier) only when the future of
its article is resolved, and that happens after its batch has committed.
"""

import asyncio
import logging
import queue
import threading

from pantau.store import articles as store
from pantau.store import open_db

logger = logging.getLogger(__name__)

BATCH_ARTICLES = 64
STOP = object()


class ArticleWriter:
    """`await writer.save(item, status, skip_reason, matched)` → "new", "updated" or "unchanged";
    raises what save_article raised for that article (the others of its batch are stored)."""

    def __init__(self, db_path, run_id):
        self.db_path, self.run_id = db_path, run_id
        self.jobs = queue.SimpleQueue()
        self.loop = None
        self.thread = threading.Thread(target=self._run, name="pantau-article-writer", daemon=True)
        self.thread.start()

    def save(self, item, status, skip_reason=None, matched=None) -> asyncio.Future:
        if self.loop is None:
            self.loop = asyncio.get_running_loop()
        future = self.loop.create_future()
        self.jobs.put((future, item, status, skip_reason, matched))
        return future

    def close(self):
        self.jobs.put(STOP)
        self.thread.join()

    def _run(self):
        db = open_db(self.db_path, migrate=False)
        try:
            while True:
                batch, stop = [self.jobs.get()], False
                while len(batch) < BATCH_ARTICLES:
                    try:
                        batch.append(self.jobs.get_nowait())
                    except queue.Empty:
                        break
                if STOP in batch:
                    batch.remove(STOP)
                    stop = True
                if batch:
                    self._write(db, batch)
                if stop:
                    return
        finally:
            db.close()

    def _write(self, db, batch):
        results = []
        try:
            # The write lock first: a transaction that reads before it writes fails at once with
            # "database is locked" when the crawl records a fetch error in between; this one waits.
            db.conn.execute("BEGIN IMMEDIATE")
            try:
                for future, item, status, skip_reason, matched in batch:
                    try:  # each save_article is a savepoint inside: one bad article rolls back alone
                        outcome = store.save_article(db, item, run_id=self.run_id, status=status,
                                                     skip_reason=skip_reason, matched_terms=matched)
                        results.append((future, outcome, None))
                    except Exception as e:  # noqa: BLE001 - reported with its article; the batch goes on
                        results.append((future, None, e))
                db.conn.commit()
            except BaseException:
                db.conn.rollback()
                raise
        except Exception as e:  # noqa: BLE001 - the commit itself failed: nothing of the batch is stored
            logger.exception("could not commit a batch of %d articles", len(batch))
            results = [(future, None, e) for future, *_ in batch]
        self.loop.call_soon_threadsafe(_deliver, results)


def _deliver(results):
    for future, outcome, error in results:
        if future.done():
            continue
        if error is not None:
            future.set_exception(error)
        else:
            future.set_result(outcome)
