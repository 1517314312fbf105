"""Item pipelines, in the order ITEM_PIPELINES gives them: extract (and match the watchlist) → store.

Extraction runs in worker processes (crawler/workers.py), each page with a deadline; the crawl
process does not even import the extraction libraries. The workers match the watchlist too:
they have the text, and its regexes cost the crawl process's reactor thread 5 % of its time.
"""

import logging
import os

from scrapy.exceptions import DropItem

from .spiders.news import parse_when
from .workers import ExtractionPool
from .writer import ArticleWriter

logger = logging.getLogger(__name__)


class ExtractPipeline:
    def __init__(self, crawler):
        self.crawler = crawler
        settings = crawler.settings
        self.pool = ExtractionPool(settings.getint("PANTAU_EXTRACT_WORKERS") or os.cpu_count() or 1,
                                   settings.getfloat("PANTAU_EXTRACT_DEADLINE"), stats=crawler.stats,
                                   watchlist=crawler.spider.sources.watchlist)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def open_spider(self):
        self.pool.start()

    def close_spider(self):
        self.pool.close()

    async def process_item(self, item):
        run = self.crawler.spider.run
        raw = {k: item[k] for k in ("body", "url", "encoding", "hints", "timezone", "pages")}
        result = await self.pool.extract(raw)
        if "error" in result:
            empty = "no article text" in result["error"] or "empty page" in result["error"]
            run.error(item["outlet"], item["fetched_url"], "empty_body" if empty else "extraction", result["error"])
            raise DropItem(f"extraction failed for {item['fetched_url']}: {result['error']}")
        if not result.get("published"):
            run.count("missing_date", item["outlet"])
        if result.pop("encoding_mislabelled", False):
            run.count("warn_encoding_mislabelled", item["outlet"])
        seen = {item["url"], item["fetched_url"]} | ({result["amp_url"]} if result.get("amp_url") else set())
        return {
            "status": "kept" if result["matched_terms"] else "skipped",
            **result,
            "url": item["url"],
            "outlet": item["outlet"],
            "etag": item.get("etag"),
            "last_modified": item.get("last_modified"),
            "source_lastmod": item.get("source_lastmod"),
            "seen_urls": sorted(seen),
        }


class StorePipeline:
    """Stores through an ArticleWriter (crawler/writer.py): off the reactor thread, in batches."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.writer = None

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def open_spider(self):
        run = self.crawler.spider.run
        self.writer = ArticleWriter(run.db_path, run.run_id)

    def close_spider(self):
        self.writer.close()

    async def process_item(self, item):
        spider = self.crawler.spider
        run = spider.run
        status, matched = item.pop("status"), item.pop("matched_terms")
        newest = spider.newest_date(item["url"], parse_when(item.get("source_lastmod")))
        item["source_lastmod"] = newest.isoformat() if newest else None
        try:
            outcome = await self.writer.save(item, status, skip_reason=None if matched else "off-watchlist", matched=matched)
        except Exception as e:  # noqa: BLE001 - logged with its URL; the crawl goes on
            store_failed(run, item, e)
        count_stored(run, item, status, outcome)
        return item


def store_item(run, item):
    """Store an extracted, watchlist-checked article and count the outcome in the run."""
    status = item.pop("status")
    matched = item.pop("matched_terms")
    try:
        outcome = run.save(item, status, skip_reason=None if matched else "off-watchlist", matched=matched)
    except Exception as e:  # noqa: BLE001 - logged with its URL; the crawl goes on
        store_failed(run, item, e)
    count_stored(run, item, status, outcome)


def store_failed(run, item, error):
    logger.error("could not store %s", item["url"], exc_info=error)
    run.error(item["outlet"], item["url"], "store", f"{type(error).__name__}: {error}")
    raise DropItem(f"could not store {item['url']}") from error


def count_stored(run, item, status, outcome):
    run.count(f"articles_{outcome}", item["outlet"])
    if outcome != "unchanged":
        run.count("articles_skipped" if status == "skipped" else "articles_kept", item["outlet"])
