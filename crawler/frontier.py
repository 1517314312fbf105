"""The crawl frontier: Scrapy's scheduler queue and dupefilter as two tables in one SQLite file.

Why not Scrapy's own `Scheduler` with `RFPDupeFilter`:
- RFPDupeFilter keeps every fingerprint it has seen in a Python set, so RAM grows with every URL
  of the crawl; here the seen-set is a table and RAM holds only SQLite's page cache.
- Scrapy's disk queues (JOBDIR) write their bookkeeping only on a clean close. After `kill -9`
  the queue is gone while `requests.seen` still remembers its URLs, so a resumed crawl skips
  them for good: articles lost.

How a killed crawl resumes (`pantau crawl --jobdir DIR` twice):
- Article requests are *durable*: each stays in the queue, marked in flight, until the crawl
  reports it done (stored, dropped with a reason, or failed with a recorded error). On resume
  in-flight rows go back to the queue, so an article fetched but not yet stored is fetched again.
  One that was stored just before the kill is recognised by the store before it is downloaded
  (`StoredArticleMiddleware`), so nothing stored is fetched twice.
- Discovery requests (feeds, sitemaps, listings) are not kept: a resumed crawl reads them again,
  which finds anything whose request died with the process. Seen article URLs stay seen.
- At a clean finish the file is deleted, so the next day's run with the same JOBDIR starts fresh.

Writes are committed in batches (every PANTAU_FRONTIER_COMMIT_OPS operations or second): a kill
loses at most the last batch, and any prefix of the operations is a consistent frontier, because
a lost "done" only means a recheck against the store and a lost "queued" is rediscovered.
"""

import logging
from collections import OrderedDict, deque
import pickle
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

from scrapy import Request, signals
from scrapy.utils.request import request_from_dict

logger = logging.getLogger(__name__)

DURABLE_KINDS = frozenset({"article"})
FILENAME = "frontier.sqlite"
RECENT = 1024
# Sent by the spider when a durable request needs no item pipeline (errors, 304s, non-HTML).
request_done = object()


class Frontier:
    """The tables, without Scrapy: a priority queue (FIFO within a priority) and a seen-set."""

    def __init__(self, path, *, commit_ops=500, commit_seconds=1.0, cache_kib=4096):
        self.path = Path(path)
        self.resumed = self.path.exists()
        self.conn = sqlite3.connect(self.path, isolation_level=None)
        self.conn.execute("pragma journal_mode = wal")
        self.conn.execute("pragma synchronous = off")  # a killed process loses nothing; a power cut may
        self.conn.execute(f"pragma cache_size = -{cache_kib}")
        self.conn.executescript("""
            create table if not exists queue (
                id integer primary key, priority integer not null, durable integer not null,
                state integer not null default 0,  -- 0 queued, 1 in flight
                request blob not null);
            create index if not exists queue_next on queue (state, priority desc, id);
            create table if not exists seen (fp blob primary key, durable integer not null) without rowid;
        """)
        self.commit_ops, self.commit_seconds = commit_ops, commit_seconds
        self._ops, self._last_commit = 0, time.monotonic()
        self._finished: list[tuple[int]] = []  # rows to delete at the next commit (popped discovery, done articles)
        self.restored = self._restore() if self.resumed else 0
        # rows up to this id came from the killed run: their articles may be stored already
        self.restored_upto = self.conn.execute("select coalesce(max(id), 0) from queue").fetchone()[0]
        self.queued = self.conn.execute("select count(*) from queue where state = 0").fetchone()[0]
        self.conn.execute("begin")

    def _restore(self) -> int:
        """After a killed run: forget discovery requests, put in-flight articles back in the queue."""
        with self.conn:
            self.conn.execute("delete from queue where durable = 0")
            self.conn.execute("delete from seen where durable = 0")
            self.conn.execute("update queue set state = 0 where state = 1")
        return self.conn.execute("select count(*) from queue").fetchone()[0]

    def _wrote(self):
        self._ops += 1
        if self._ops >= self.commit_ops or time.monotonic() - self._last_commit >= self.commit_seconds:
            self.commit()

    def commit(self):
        if self._finished:
            self.conn.executemany("delete from queue where id = ?", self._finished)
            self._finished.clear()
        self.conn.execute("commit")
        self.conn.execute("begin")
        self._ops, self._last_commit = 0, time.monotonic()

    def add(self, fp: bytes | None, priority: int, durable: bool, request: bytes, row_id: int | None = None) -> int | None:
        """Queue a request unless its fingerprint was seen (then None); returns its row id. With
        `row_id`, the request replaces that in-flight row (a retry or redirect of it).

        The seen-mark and the row are one step: a kill between them would leave a URL that counts
        as seen but is in no queue, lost for good on resume."""
        if fp is not None:
            cur = self.conn.execute("insert or ignore into seen values (?, ?)", (fp, int(durable)))
            if cur.rowcount == 0:
                return None
        if row_id is None or not self.conn.execute(
                "update queue set state = 0, priority = ?, request = ? where id = ? and state = 1",
                (priority, request, row_id)).rowcount:
            row_id = self.conn.execute("insert into queue (priority, durable, request) values (?, ?, ?)",
                                       (priority, int(durable), request)).lastrowid
        self.queued += 1
        self._wrote()
        return row_id

    def see(self, fp: bytes, durable: bool) -> bool:
        """Record a fingerprint; False when it was already there (for measuring the seen-set alone)."""
        cur = self.conn.execute("insert or ignore into seen values (?, ?)", (fp, int(durable)))
        self._wrote()
        return cur.rowcount == 1

    def pop(self) -> tuple[int, bool, bytes] | None:
        """The next request. Its row is marked in flight; a discovery row is deleted at the next
        commit, an article row when the crawl says it is done."""
        row = self.conn.execute(
            "update queue set state = 1 where id = (select id from queue where state = 0 order by priority desc, id limit 1) "
            "returning id, durable, request").fetchone()
        if row is None:
            return None
        row_id, durable, blob = row
        if not durable:
            self._finished.append((row_id,))
        self.queued -= 1
        self._wrote()
        return row_id, bool(durable), blob

    def done(self, row_id: int):
        self._finished.append((row_id,))
        self._wrote()

    def __len__(self) -> int:
        return self.queued

    def close(self, *, remove: bool):
        self.commit()
        self.conn.execute("commit")
        self.conn.close()
        if remove:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{self.path}{suffix}").unlink(missing_ok=True)


class FrontierScheduler:
    """Scrapy scheduler (SCHEDULER setting) over a `Frontier` file.

    The file is JOBDIR/frontier.sqlite, or a temporary one without JOBDIR. DUPEFILTER_CLASS and
    the SCHEDULER_*_QUEUE settings are not used: the frontier is both.
    """

    def __init__(self, crawler):
        self.crawler = crawler
        self.stats = crawler.stats
        self.fingerprinter = crawler.request_fingerprinter
        self.jobdir = crawler.settings.get("JOBDIR")
        self.commit_ops = crawler.settings.getint("PANTAU_FRONTIER_COMMIT_OPS", 500)
        self.frontier = None
        self.spider = None
        self._tmpdir = None
        self._unserializable = deque()
        self._recent = OrderedDict()  # row id -> Request, the last RECENT queued: no unpickling for them

    @classmethod
    def from_crawler(cls, crawler):
        scheduler = cls(crawler)
        for signal in (signals.item_scraped, signals.item_dropped, signals.item_error):
            crawler.signals.connect(scheduler._item_done, signal=signal)
        crawler.signals.connect(scheduler._request_done, signal=request_done)
        return scheduler

    def open(self, spider):
        self.spider = spider
        if self.jobdir:
            Path(self.jobdir).mkdir(parents=True, exist_ok=True)
            path = Path(self.jobdir, FILENAME)
        else:
            self._tmpdir = tempfile.mkdtemp(prefix="pantau-frontier-")
            path = Path(self._tmpdir, FILENAME)
        self.frontier = Frontier(path, commit_ops=self.commit_ops)
        if self.frontier.resumed:
            logger.info("Resuming crawl from %s: %d article requests still to do", path, self.frontier.restored)
            self.stats.set_value("frontier/resumed", self.frontier.restored)

    def close(self, reason):
        finished = reason == "finished"
        self.frontier.close(remove=finished or not self.jobdir)
        if self._tmpdir:
            shutil.rmtree(self._tmpdir, ignore_errors=True)

    def has_pending_requests(self) -> bool:
        return len(self) > 0

    def __len__(self) -> int:
        return len(self.frontier) + len(self._unserializable)

    def enqueue_request(self, request) -> bool:
        durable = request.meta.get("kind") in DURABLE_KINDS
        row_id = request.meta.get("frontier_id")  # set when this is a retry or redirect of a durable request
        try:
            blob = pickle.dumps(self._to_dict(request), protocol=5)
        except ValueError:  # a callback that is not a spider method: keep it in memory
            self._unserializable.append(request)
            self.stats.inc_value("scheduler/unserializable")
            return True
        fp = None if request.dont_filter else self.fingerprinter.fingerprint(request)
        added = self.frontier.add(fp, request.priority, durable, blob, row_id)
        if added is None:
            self.stats.inc_value("dupefilter/filtered")
            if row_id is not None:  # redirected to something already fetched: this request is over
                self.frontier.done(row_id)
            return False
        self._recent[added] = request
        if len(self._recent) > RECENT:
            self._recent.popitem(last=False)
        self.stats.inc_value("scheduler/enqueued")
        return True

    def _to_dict(self, request) -> dict:
        """Request.to_dict(spider=...) without its walk through every spider member to name the
        callback (inspect.getmembers: most of the cost of queueing a request)."""
        names = {}
        for key in ("callback", "errback"):
            func = getattr(request, key)
            if callable(func):
                name = getattr(getattr(func, "__func__", None), "__name__", None)
                if name is None or getattr(getattr(self.spider, name, None), "__func__", None) is not func.__func__:
                    return request.to_dict(spider=self.spider)
                names[key] = name
        d = {"url": request.url, "callback": names.get("callback", request.callback),
             "errback": names.get("errback", request.errback), "headers": dict(request.headers)}
        for attr in request.attributes:
            d.setdefault(attr, getattr(request, attr))
        if type(request) is not Request:
            d["_class"] = f"{type(request).__module__}.{type(request).__name__}"
        return d

    def next_request(self):
        if self._unserializable:
            return self._unserializable.popleft()
        popped = self.frontier.pop()
        if popped is None:
            return None
        row_id, durable, blob = popped
        request = self._recent.pop(row_id, None) or request_from_dict(pickle.loads(blob), spider=self.spider)
        if durable:
            request.meta["frontier_id"] = row_id
            if row_id <= self.frontier.restored_upto:
                request.meta["resumed"] = True
        self.stats.inc_value("scheduler/dequeued")
        return request

    # --- completion of durable requests --------------------------------------------------------
    def _done(self, request):
        row_id = request.meta.get("frontier_id") if request is not None else None
        if row_id is not None and self.frontier is not None:
            self.frontier.done(row_id)

    def _item_done(self, item, response=None, **kwargs):
        self._done(getattr(response, "request", None))

    def _request_done(self, request, **kwargs):
        self._done(request)
