"""Crawling from several machines through Redis (scrapy-redis): one lead, any number of workers.

The lead owns the database. It publishes what is already stored (so workers crawl
incrementally too), seeds the shared queue with the outlets' feeds, sitemaps and listings,
crawls like any worker, and stores what the workers send back. A worker needs only the sources
file and the Redis URL: it takes requests from the shared queue, extracts and filters articles
in its own processes, and sends them, its fetch errors and its counters to the lead. The shared
dupefilter (scrapy-redis) sees every request once, so no page is fetched twice; robots.txt is
the exception (each process reads it for itself).

Redis keys, under PANTAU_REDIS_PREFIX (settings.py; `--set PANTAU_REDIS_PREFIX=...` runs a
second shared crawl beside the first):
  requests    the shared queue (scrapy-redis priority queue of pickled requests)
  dupefilter  fingerprints of every request queued in this crawl
  known       article URL -> facts of the stored article (fetched_at, ETag, ...), from the lead
  messages    articles, fetch errors and final counters on their way to the lead
  state       "running" while a crawl runs, "done" for a minute after it ended
  busy        process -> 1 while it works on a request it took from the queue, 0 when idle
  alive:<process>  heartbeat; a process silent for HEARTBEAT_TTL seconds is taken as gone

The crawl is over when the queue is empty and every process is idle. Taking a request and
marking its process busy is one Lua script, and so is that check, so no request can be in
flight unseen when the lead declares the crawl done.
"""

import json
import logging
import os
import socket
import time
from collections import Counter, defaultdict

from scrapy import signals
from scrapy.core.engine import ExecutionEngine
from scrapy.exceptions import DontCloseSpider, DropItem, NotConfigured
from scrapy.utils.request import request_from_dict
from scrapy_redis import connection
from scrapy_redis.scheduler import Scheduler
from twisted.internet import task

from pantau.urls import normalize_url

logger = logging.getLogger(__name__)

HEARTBEAT_SECONDS = 2.0
IDLE_POLL_SECONDS = 0.5
HEARTBEAT_TTL = 30
DRAIN_BATCH = 200

# KEYS: requests, busy. ARGV: this process. The highest-priority request, its taker marked busy.
TAKE = """
local r = redis.call('zrange', KEYS[1], 0, 0)
if #r > 0 then
  redis.call('zremrangebyrank', KEYS[1], 0, 0)
  redis.call('hset', KEYS[2], ARGV[1], 1)
end
return r
"""
# KEYS: requests, busy, state. 1 (and state set to "done") when no request is queued or in flight.
FINISH_IF_IDLE = """
if redis.call('zcard', KEYS[1]) > 0 then return 0 end
for _, v in ipairs(redis.call('hvals', KEYS[2])) do
  if v ~= '0' then return 0 end
end
redis.call('set', KEYS[3], 'done', 'EX', 60)
return 1
"""


def process_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


class Keys:
    def __init__(self, prefix):
        for name in ("requests", "dupefilter", "known", "messages", "state", "busy"):
            setattr(self, name, f"{prefix}:{name}")
        self.prefix = prefix

    def alive(self, process):
        return f"{self.prefix}:alive:{process}"


def redis_settings(url: str, role: str, prefix: str) -> dict:
    """Scrapy settings that turn a crawl into the lead or a worker of a Redis-coordinated crawl."""
    from .settings import ITEM_PIPELINES

    pipelines = dict(ITEM_PIPELINES)
    if role == "worker":
        pipelines.pop("pantau.crawler.pipelines.StorePipeline")
        pipelines["pantau.crawler.distributed.ForwardPipeline"] = 300
    return {
        "REDIS_URL": url,
        "PANTAU_REDIS_ROLE": role,
        "PANTAU_REDIS_PREFIX": prefix,
        "SCHEDULER": "pantau.crawler.distributed.SharedScheduler",
        "SCHEDULER_PERSIST": True,  # a worker that stops must not clear the queue for the others
        "SCHEDULER_QUEUE_KEY": f"{prefix}:requests",
        "SCHEDULER_DUPEFILTER_KEY": f"{prefix}:dupefilter",
        "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
        "ITEM_PIPELINES": pipelines,
        "EXTENSIONS": {"pantau.crawler.distributed.Coordinator": 500},
    }


class SharedScheduler(Scheduler):
    """scrapy-redis' scheduler, taking a request and marking this process busy in one step."""

    def open(self, spider):
        super().open(spider)
        self.keys = Keys(spider.settings.get("PANTAU_REDIS_PREFIX"))
        self.me = spider.redis_process
        self._take = self.server.register_script(TAKE)

    def next_request(self):
        taken = self._take(keys=[self.keys.requests, self.keys.busy], args=[self.me])
        if not taken:
            return None
        if self.stats:
            self.stats.inc_value("scheduler/dequeued/redis", spider=self.spider)
        return request_from_dict(self.queue.serializer.loads(taken[0]), spider=self.spider)


class RemoteRun:
    """A worker's stand-in for CrawlRun: the same calls, answered from and sent to Redis."""

    run_id = None

    def __init__(self, server, keys: Keys, sources, process):
        self.server, self.keys, self.sources, self.process = server, keys, sources, process
        self.counts = Counter()
        self.by_outlet = defaultdict(Counter)

    def count(self, key, outlet=None, n=1):
        self.counts[key] += n
        if outlet:
            self.by_outlet[outlet][key] += n

    def known(self, url):
        facts = self.server.hget(self.keys.known, normalize_url(url))
        return tuple(json.loads(facts)) if facts else None

    @staticmethod
    def stored_now(article_id) -> bool:
        return False  # what the lead published as known was stored by earlier runs

    def send(self, message: dict):
        self.server.rpush(self.keys.messages, json.dumps(message, ensure_ascii=False, default=str))

    def error(self, outlet, url, kind, message, status=None):
        self.count("errors", outlet)
        self.count(f"errors_{kind}", outlet)
        self.send({"type": "error", "outlet": outlet, "url": url, "kind": kind, "message": message, "status": status})

    def finish(self, stats, status="finished"):
        self.send({"type": "counts", "process": self.process, "counts": dict(self.counts),
                   "by_outlet": {k: dict(v) for k, v in self.by_outlet.items()}})

    def summary(self) -> str:
        c = self.counts
        return (f"worker {self.process}: {c['pages_fetched']} pages fetched, "
                f"{c['articles_sent']} articles sent to the lead; {c['errors']} errors")


class ForwardPipeline:
    """A worker's last item pipeline: the article goes to the lead, which stores it."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_item(self, item):
        run = self.crawler.spider.run
        run.send({"type": "article", "item": item})
        run.count("articles_sent", item["outlet"])
        return item


class Coordinator:
    """Extension: heartbeats, the lead's intake of workers' messages, and when to stop."""

    def __init__(self, crawler):
        settings = crawler.settings
        if not settings.get("REDIS_URL"):
            raise NotConfigured
        self.crawler = crawler
        self.role = settings.get("PANTAU_REDIS_ROLE", "lead")
        self.keys = Keys(settings.get("PANTAU_REDIS_PREFIX"))
        self.server = connection.from_settings(settings)
        self.wait_for_lead = settings.getfloat("PANTAU_REDIS_WAIT")
        self.opened_at = None
        # An idle Scrapy looks at its scheduler again only on the engine's heartbeat (5 s): a
        # worker waiting on the shared queue would leave the work to whoever is already busy.
        ExecutionEngine._SLOT_HEARTBEAT_INTERVAL = IDLE_POLL_SECONDS
        self.seen_running = self.said_waiting = False
        self._finish = self.server.register_script(FINISH_IF_IDLE)
        self.loops = []

    @classmethod
    def from_crawler(cls, crawler):
        ext = cls(crawler)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    @property
    def me(self):
        return self.crawler.spider.redis_process

    def spider_opened(self, spider):
        self.opened_at = time.monotonic()
        self.beat()
        if self.role == "lead":
            self.drain(everything=True)  # what a killed lead left behind is stored, not dropped
            if self.server.get(self.keys.state) == b"running" and self.server.zcard(self.keys.requests):
                logger.info("Resuming a distributed crawl: %d requests queued", self.server.zcard(self.keys.requests))
            else:  # not `busy`: workers already waiting are registered there (a dead one's entry
                # goes when its heartbeat runs out, forget_the_silent)
                self.server.delete(self.keys.requests, self.keys.dupefilter)
            self.server.hset(self.keys.busy, self.me, 1)  # busy until its start requests are queued
            self.publish_known(spider.run.db)
            self.server.set(self.keys.state, "running")
            self.loops.append(self._loop(self.drain, 0.5))
        else:
            self.server.hset(self.keys.busy, self.me, 0)
        self.loops.append(self._loop(self.beat, HEARTBEAT_SECONDS))

    def _loop(self, func, interval):
        loop = task.LoopingCall(func)
        loop.start(interval, now=False)
        return loop

    def beat(self):
        self.server.set(self.keys.alive(self.me), 1, ex=HEARTBEAT_TTL)

    def publish_known(self, db):
        """Every stored article URL with the facts `article_request` decides on, for the workers."""
        self.server.delete(self.keys.known)
        rows = db.execute(
            "select u.url, a.id, a.fetched_at, a.etag, a.last_modified, a.source_lastmod "
            "from article_urls u join articles a on a.id = u.article_id"
        )
        published = 0
        while batch := rows.fetchmany(5000):
            self.server.hset(self.keys.known, mapping={r[0]: json.dumps(r[1:]) for r in batch})
            published += len(batch)
        logger.info("Published %d stored article URLs for the workers", published)

    def drain(self, everything=False):
        """Store what the workers sent (lead only)."""
        from .pipelines import store_item

        run = self.crawler.spider.run
        while True:
            with self.server.pipeline() as pipe:
                pipe.lrange(self.keys.messages, 0, DRAIN_BATCH - 1)
                pipe.ltrim(self.keys.messages, DRAIN_BATCH, -1)
                batch, _ = pipe.execute()
            for raw in batch:
                message = json.loads(raw)
                kind = message.pop("type")
                if kind == "article":
                    try:
                        store_item(run, message["item"])
                    except DropItem:  # recorded as a "store" error; the others go on
                        pass
                elif kind == "error":
                    run.record_error(**message)
                elif kind == "counts":
                    run.merge(message["counts"], message["by_outlet"])
                    self.server.hdel(self.keys.busy, message["process"])
            if not everything or len(batch) < DRAIN_BATCH:
                return

    def forget_the_silent(self):
        for process in self.server.hkeys(self.keys.busy):
            if not self.server.exists(self.keys.alive(process.decode())):
                logger.warning("Crawler process %s stopped answering; the requests it held are lost", process.decode())
                self.server.hdel(self.keys.busy, process)

    def spider_idle(self, spider):
        self.server.hset(self.keys.busy, self.me, 0)
        if self.role == "lead":
            self.lead_idle()
        else:
            self.worker_idle()

    def lead_idle(self):
        self.drain(everything=True)
        self.forget_the_silent()
        if self.server.get(self.keys.state) == b"running":
            self._finish(keys=[self.keys.requests, self.keys.busy, self.keys.state])
            raise DontCloseSpider
        # done: wait for the workers' last words (their counters), then tidy up
        if set(self.server.hkeys(self.keys.busy)) - {self.me.encode()} or self.server.llen(self.keys.messages):
            raise DontCloseSpider
        self.server.delete(self.keys.requests, self.keys.dupefilter, self.keys.known, self.keys.busy)

    def worker_idle(self):
        state = self.server.get(self.keys.state)
        if state == b"running":
            self.seen_running = True
            raise DontCloseSpider
        # "done" left by an earlier crawl (it lasts a minute) is no crawl for a worker that never
        # saw this one run: it waits for the next lead like a worker started on a quiet Redis.
        if not self.seen_running:
            if time.monotonic() - self.opened_at < self.wait_for_lead:
                if not self.said_waiting:
                    logger.info("Waiting for a lead to start a crawl at %s", self.keys.prefix)
                    self.said_waiting = True
                raise DontCloseSpider
            logger.warning("No lead started a crawl at %s in %.0f s", self.keys.prefix, self.wait_for_lead)

    def spider_closed(self, spider, reason):
        for loop in self.loops:
            if loop.running:
                loop.stop()
        # A worker stays in `busy` until the lead has its counters (sent by RemoteRun.finish,
        # after this); its heartbeat runs out by itself.
        if self.role == "lead":
            self.drain(everything=True)
