"""Running the spider from Python: what `pantau crawl` does."""

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from .crawler.sources import load_sources
from .crawler.spiders.news import NewsSpider


def crawl_settings(**overrides) -> Settings:
    settings = Settings()
    settings.setmodule("pantau.crawler.settings", priority="project")
    for key, value in overrides.items():
        if value is not None:
            settings.set(key, value, priority="cmdline")
    return settings


def run_crawl(sources_path, db_path, *, log_level="INFO", jobdir=None, **settings) -> dict:
    """Crawl every outlet in the sources file into the database; returns the run's counters."""
    load_sources(sources_path)  # fail fast, before Scrapy starts, on a bad file
    process = CrawlerProcess(crawl_settings(LOG_LEVEL=log_level, JOBDIR=jobdir, **settings))
    crawler = process.create_crawler(NewsSpider)
    process.crawl(crawler, sources=str(sources_path), db=str(db_path))
    process.start()
    run = crawler.spider.run
    return {"run_id": run.run_id, "summary": run.summary(), **run.counts}
