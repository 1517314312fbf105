"""Item pipelines, in the order ITEM_PIPELINES gives them: extract → watchlist → store.

Extraction is CPU work (trafilatura ≈ 13 ms a page), so it runs in worker processes: done in
the reactor thread it would stall downloading and halve the crawl.
"""

import asyncio
import logging
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from scrapy.exceptions import DropItem

from .extract import extract_article
from .extract.article import charset_name

logger = logging.getLogger(__name__)
# Pages go to the extraction workers in batches: each submission costs the crawl process a
# wake-up, a pickle and a thread hand-off, and batching 16 cut its CPU per page by about 15%
# (bench/RESULTS.md). A page waits at most BATCH_SECONDS for its batch to fill.
BATCH_PAGES = 16
BATCH_SECONDS = 0.05


def extract_page(raw: dict) -> dict:
    """Runs in a worker process. Never raises: a bad page becomes {"error": ...}."""
    try:
        return extract_article(
            raw["body"], raw["url"], declared_encoding=raw.get("encoding"), hints=raw.get("hints"),
            timezone=raw.get("timezone", "Asia/Jakarta"), pages=raw.get("pages", ()),
        )
    except Exception as e:  # noqa: BLE001 - one broken page must not stop the crawl
        return {"error": f"{type(e).__name__}: {e}"}


def extract_pages(raws: list[dict]) -> list[dict]:
    """A batch of pages in one worker call: one message each way instead of one per page."""
    return [extract_page(raw) for raw in raws]


def encoding_mislabelled(declared: str | None, decoded_as: str | None) -> bool:
    """Whether the page was not in the charset its Content-Type named (or mixed two)."""
    if not decoded_as or decoded_as == "text":
        return False
    if "+" in decoded_as:
        return True
    return bool(declared) and charset_name(declared) not in (charset_name(decoded_as), None)


class ExtractPipeline:
    def __init__(self, crawler):
        self.crawler = crawler
        workers = crawler.settings.getint("PANTAU_EXTRACT_WORKERS") or os.cpu_count() or 1
        self.workers = workers
        self.pool = None
        self.batch, self.flush_timer = [], None

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def open_spider(self):
        self.pool = self._new_pool()

    def _new_pool(self):
        # spawn, not fork: forking a process that runs a reactor and threads is unsafe.
        return ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"))

    async def _extract(self, raw) -> dict:
        """extract_page in a worker process. A worker that dies (OOM killer, a crash in a C
        library) breaks the whole pool and every page in it: the pool is replaced and each of
        those pages tried once more, so one bad page cannot take the rest of the crawl with it."""
        for _ in range(2):
            pool = self.pool
            try:
                return await self._batched(raw)
            except BrokenProcessPool:
                if self.pool is pool:  # the first page to notice replaces the pool for all
                    logger.warning("An extraction worker process died; starting new ones")
                    self.crawler.stats.inc_value("pantau/extract_pool_restarts")
                    pool.shutdown(wait=False, cancel_futures=True)
                    self.pool = self._new_pool()
        return {"error": "the extraction worker process died on this page twice"}

    def _batched(self, raw) -> asyncio.Future:
        """The page's extraction result, from the next batch sent to the pool."""
        loop = asyncio.get_running_loop()
        future = loop.create_future()
        self.batch.append((raw, future))
        if len(self.batch) >= BATCH_PAGES:
            self._flush()
        elif self.flush_timer is None:
            self.flush_timer = loop.call_later(BATCH_SECONDS, self._flush)
        return future

    def _flush(self):
        if self.flush_timer is not None:
            self.flush_timer.cancel()
            self.flush_timer = None
        batch, self.batch = self.batch, []
        if not batch:
            return
        loop = asyncio.get_running_loop()
        try:
            done = asyncio.wrap_future(self.pool.submit(extract_pages, [raw for raw, _ in batch]), loop=loop)
        except BrokenProcessPool as e:
            for _, future in batch:
                future.set_exception(e)
            return

        def deliver(task):
            error = task.exception()
            for i, (_, future) in enumerate(batch):
                if not future.done():
                    future.set_exception(error) if error else future.set_result(task.result()[i])

        done.add_done_callback(deliver)

    def close_spider(self):
        self.pool.shutdown(wait=True, cancel_futures=True)

    async def process_item(self, item):
        run = self.crawler.spider.run
        raw = {k: item[k] for k in ("body", "url", "encoding", "hints", "timezone", "pages")}
        result = await self._extract(raw)
        if "error" in result:
            empty = "no article text" in result["error"] or "empty page" in result["error"]
            run.error(item["outlet"], item["fetched_url"], "empty_body" if empty else "extraction", result["error"])
            raise DropItem(f"extraction failed for {item['fetched_url']}: {result['error']}")
        if not result.get("published"):
            run.count("missing_date", item["outlet"])
        if encoding_mislabelled(item.get("encoding"), result.pop("decoded_as", None)):
            run.count("warn_encoding_mislabelled", item["outlet"])
        seen = {item["url"], item["fetched_url"]} | ({result["amp_url"]} if result.get("amp_url") else set())
        return {
            **result,
            "url": item["url"],
            "outlet": item["outlet"],
            "etag": item.get("etag"),
            "last_modified": item.get("last_modified"),
            "source_lastmod": item.get("source_lastmod"),
            "seen_urls": sorted(seen),
        }


class WatchlistPipeline:
    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_item(self, item):
        matched = self.crawler.spider.sources.watchlist.matches(item.get("title"), item.get("text"))
        item["matched_terms"] = matched
        item["status"] = "kept" if matched else "skipped"
        return item


class StorePipeline:
    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_item(self, item):
        store_item(self.crawler.spider.run, item)
        return item


def store_item(run, item):
    """Store an extracted, watchlist-checked article and count the outcome in the run."""
    status = item.pop("status")
    matched = item.pop("matched_terms")
    try:
        outcome = run.save(item, status, skip_reason=None if matched else "off-watchlist", matched=matched)
    except Exception as e:  # noqa: BLE001 - logged with its URL; the crawl goes on
        logger.exception("could not store %s", item["url"])
        run.error(item["outlet"], item["url"], "store", f"{type(e).__name__}: {e}")
        raise DropItem(f"could not store {item['url']}") from e
    run.count(f"articles_{outcome}", item["outlet"])
    if outcome != "unchanged":
        run.count("articles_skipped" if status == "skipped" else "articles_kept", item["outlet"])
