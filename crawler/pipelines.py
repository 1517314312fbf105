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


def extract_page(raw: dict) -> dict:
    """Runs in a worker process. Never raises: a bad page becomes {"error": ...}."""
    try:
        return extract_article(
            raw["body"], raw["url"], declared_encoding=raw.get("encoding"), hints=raw.get("hints"),
            timezone=raw.get("timezone", "Asia/Jakarta"), pages=raw.get("pages", ()),
        )
    except Exception as e:  # noqa: BLE001 - one broken page must not stop the crawl
        return {"error": f"{type(e).__name__}: {e}"}


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
                return await asyncio.get_running_loop().run_in_executor(pool, extract_page, raw)
            except BrokenProcessPool:
                if self.pool is pool:  # the first page to notice replaces the pool for all
                    logger.warning("An extraction worker process died; starting new ones")
                    self.crawler.stats.inc_value("pantau/extract_pool_restarts")
                    pool.shutdown(wait=False, cancel_futures=True)
                    self.pool = self._new_pool()
        return {"error": "the extraction worker process died on this page twice"}

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
