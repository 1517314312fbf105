"""Extraction worker processes, each page with a deadline.

Extraction is CPU work (trafilatura ≈ 13 ms a page): done in the reactor thread it would stall
downloading. A hostile page can keep a worker busy for minutes (230,000 paragraphs take five) or
kill it (the OOM killer, a crash in a C library). So each worker is a process of its own with
its own pipe, and the crawl can stop one without touching the others:

- a page still being extracted PANTAU_EXTRACT_DEADLINE seconds after its worker started it is
  abandoned with an error, and its worker killed and replaced;
- a worker that dies is replaced, and the page it was on is tried once more (it may have been
  the OOM killer's victim, not its cause); the rest of its batch goes to the next free worker.

concurrent.futures.ProcessPoolExecutor cannot do either: killing one of its workers breaks the
whole pool and fails every page in it. This pool also needs no threads: results are read when
the event loop sees a worker's pipe readable.

A free worker gets every page waiting (up to BATCH_PAGES) in one message; results come back
one message per page, so the deadline runs per page.
"""

import asyncio
import logging
import multiprocessing
import signal
import time
from collections import deque

logger = logging.getLogger(__name__)

BATCH_PAGES = 16
READY = "ready"


def extract_page(raw: dict) -> dict:
    """Runs in a worker process. Never raises: a bad page becomes {"error": ...}."""
    from .extract import extract_article

    try:
        return extract_article(
            raw["body"], raw.get("url"), declared_encoding=raw.get("encoding"), hints=raw.get("hints"),
            timezone=raw.get("timezone", "Asia/Jakarta"), pages=raw.get("pages", ()),
        )
    except Exception as e:  # noqa: BLE001 - one broken page must not stop the crawl
        return {"error": f"{type(e).__name__}: {e}"}


def serve(conn):
    """A worker process: batches of pages in, one result per page out, until None or EOF."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the crawl, which then stops us
    from . import extract  # noqa: F401 - import trafilatura & co. before saying ready: the deadline
    # must not count a worker's start-up

    conn.send(READY)
    while True:
        try:
            batch = conn.recv()
        except (EOFError, OSError):  # the crawl process is gone
            return
        if batch is None:
            return
        for raw in batch:
            conn.send(extract_page(raw))


class Worker:
    def __init__(self, context):
        self.conn, child = context.Pipe()
        # spawn, not fork: forking a process that runs a reactor and threads is unsafe.
        self.process = context.Process(target=serve, args=(child,), daemon=True, name="pantau-extract")
        self.process.start()
        child.close()
        self.ready = False
        self.batch = deque()  # [raw, future, tries] sent and not answered yet, in order
        self.since = 0.0  # when the worker started on batch[0]
        self.loop = None

    def ask_to_stop(self):
        try:
            self.conn.send(None)
        except OSError:
            pass

    def kill(self):
        if self.loop is not None:
            self.loop.remove_reader(self.conn.fileno())
            self.loop = None
        if self.process.is_alive():
            self.process.kill()
            self.process.join(5)
        self.conn.close()


class ExtractionPool:
    """`await pool.extract(raw)` → the extraction result, or {"error": ...}; never raises."""

    def __init__(self, workers: int, deadline: float, stats=None, context=None):
        self.size, self.deadline, self.stats = workers, deadline, stats
        self.context = context or multiprocessing.get_context("spawn")
        self.workers: list[Worker] = []
        self.waiting = deque()  # [raw, future, tries] not sent to a worker yet
        self.loop, self.ticker = None, None
        self.failed_starts = 0
        self.broken = None  # why no worker can start, once that is clear

    def start(self):
        """Start the worker processes (they get ready while the crawl starts; else the first page starts them)."""
        if not self.workers:
            self.workers = [Worker(self.context) for _ in range(self.size)]

    async def extract(self, raw: dict) -> dict:
        if self.broken:
            return {"error": self.broken}
        self.start()
        self._attach()
        future = self.loop.create_future()
        self.waiting.append([raw, future, 0])
        self._dispatch()
        return await future

    def _attach(self):
        """Watch the workers' pipes from the running event loop (the first page finds it)."""
        if self.loop is not None:
            return
        self.loop = asyncio.get_running_loop()
        for worker in self.workers:
            self._watch(worker)
        self._tick()

    def _watch(self, worker):
        worker.loop = self.loop
        self.loop.add_reader(worker.conn.fileno(), self._readable, worker)

    def _tick(self):
        self._check_deadlines()
        self.ticker = self.loop.call_later(min(1.0, self.deadline / 4), self._tick)

    def _dispatch(self):
        for worker in self.workers:
            if not self.waiting:
                return
            if worker.ready and not worker.batch:
                batch = [self.waiting.popleft() for _ in range(min(BATCH_PAGES, len(self.waiting)))]
                worker.batch.extend(batch)
                worker.since = time.monotonic()
                try:
                    worker.conn.send([raw for raw, _, _ in batch])
                except OSError:  # died since its last answer
                    self._died(worker)
                    return

    def _readable(self, worker):
        try:
            while worker.conn.poll():
                message = worker.conn.recv()
                if message == READY:
                    worker.ready, self.failed_starts = True, 0
                    continue
                _, future, _ = worker.batch.popleft()
                worker.since = time.monotonic()
                if not future.done():
                    future.set_result(message)
        except (EOFError, OSError):
            self._died(worker)
            return
        if not worker.batch:
            self._dispatch()

    def _check_deadlines(self):
        now = time.monotonic()
        for worker in list(self.workers):
            if worker.batch and now - worker.since > self.deadline:
                raw, future, _ = worker.batch.popleft()
                logger.warning("Extraction of %s took longer than %g s: abandoned, its worker process replaced",
                               raw.get("label") or raw.get("url") or "a page", self.deadline)
                self._count("pantau/extract_deadline_exceeded")
                if not future.done():
                    future.set_result({"error": f"extraction: abandoned after the {self.deadline:g} s deadline "
                                                "(PANTAU_EXTRACT_DEADLINE)"})
                self._replace(worker)

    def _died(self, worker):
        if not worker.ready:
            self.failed_starts += 1
        logger.warning("An extraction worker process died; starting new ones")
        self._count("pantau/extract_pool_restarts")
        if worker.batch:
            entry = worker.batch.popleft()
            if entry[2] >= 1:
                if not entry[1].done():
                    entry[1].set_result({"error": "the extraction worker process died on this page twice"})
            else:
                entry[2] += 1
                worker.batch.appendleft(entry)
        if self.failed_starts >= 3:
            self.broken = f"extraction worker processes die as they start (exit code {worker.process.exitcode})"
            logger.error(self.broken)
        self._replace(worker)

    def _replace(self, worker):
        """Kill a worker, put its unanswered pages back first in line, start another."""
        self.waiting.extendleft(reversed(worker.batch))
        worker.batch.clear()
        worker.kill()
        self.workers.remove(worker)
        if self.broken:
            self._fail_all(self.broken)
            return
        fresh = Worker(self.context)
        self.workers.append(fresh)
        if self.loop is not None:
            self._watch(fresh)
        self._dispatch()

    def _fail_all(self, error):
        for worker in self.workers:
            self.waiting.extendleft(reversed(worker.batch))
            worker.batch.clear()
        while self.waiting:
            _, future, _ = self.waiting.popleft()
            if not future.done():
                future.set_result({"error": error})

    def _count(self, key):
        if self.stats is not None:
            self.stats.inc_value(key)

    def close(self):
        if self.ticker is not None:
            self.ticker.cancel()
        for worker in self.workers:
            worker.ask_to_stop()
        for worker in self.workers:
            if worker.ready:  # one still starting has nothing to finish
                worker.process.join(5)
            worker.kill()
        self.workers = []
        self._fail_all("the crawl stopped before this page was extracted")
