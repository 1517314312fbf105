"""Running the spider from Python: what `pantau crawl` does."""

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from .crawler import settings as defaults
from .crawler.distributed import redis_settings
from .crawler.sources import load_sources
from .crawler.spiders.news import NewsSpider


def crawl_settings(**overrides) -> Settings:
    settings = Settings()
    settings.setmodule("pantau.crawler.settings", priority="project")
    for key, value in overrides.items():
        if value is not None:
            settings.set(key, value, priority="cmdline")
    return settings


def run_crawl(sources_path, db_path, *, log_level="INFO", jobdir=None, redis_url=None, worker=False,
              **settings) -> dict:
    """Crawl every outlet in the sources file into the database; returns the run's counters.

    With `redis_url` the crawl is shared through Redis with other processes (crawler/distributed.py):
    this one leads (seeds the queue, stores everything), or with `worker` only fetches and extracts
    for a lead and needs no database.
    """
    load_sources(sources_path)  # fail fast, before Scrapy starts, on a bad file
    if redis_url:
        prefix = settings.get("PANTAU_REDIS_PREFIX", defaults.PANTAU_REDIS_PREFIX)
        settings = {**redis_settings(redis_url, "worker" if worker else "lead", prefix), **settings}
    process = CrawlerProcess(crawl_settings(LOG_LEVEL=log_level, JOBDIR=jobdir, **settings))
    crawler = process.create_crawler(NewsSpider)
    process.crawl(crawler, sources=str(sources_path), db=str(db_path) if db_path else None)
    process.start()
    run = crawler.spider.run
    return {"run_id": run.run_id, "summary": run.summary(), **run.counts}
