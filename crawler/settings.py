"""Scrapy settings for Pantau. Polite by default: robots.txt, AutoThrottle, few requests per site."""

BOT_NAME = "pantau"
SPIDER_MODULES = ["pantau.crawler.spiders"]
NEWSPIDER_MODULE = "pantau.crawler.spiders"

# Where the spider reads outlets and writes articles when run as `scrapy crawl news`
# (override with -a sources=... -a db=... or -s PANTAU_DB=...).
PANTAU_SOURCES = "sources/indonesia.toml"
PANTAU_DB = "pantau.db"
# Worker processes for article extraction; 0 means one per CPU core.
PANTAU_EXTRACT_WORKERS = 0

USER_AGENT = "Pantau/0.1 (news monitoring; +https://github.com/pantau-news/pantau)"
ROBOTSTXT_OBEY = True

CONCURRENT_REQUESTS = 32
CONCURRENT_REQUESTS_PER_DOMAIN = 8
DOWNLOAD_DELAY = 0
# AutoThrottle keeps per-site load proportional to how fast the site answers.
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 4.0

DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 16 * 1024 * 1024
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024
RETRY_TIMES = 2
REDIRECT_MAX_TIMES = 5
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False

ITEM_PIPELINES = {
    "pantau.crawler.pipelines.ExtractPipeline": 100,
    "pantau.crawler.pipelines.WatchlistPipeline": 200,
    "pantau.crawler.pipelines.StorePipeline": 300,
}
CONCURRENT_ITEMS = 64

LOG_LEVEL = "INFO"
LOGSTATS_INTERVAL = 30.0
FEED_EXPORT_ENCODING = "utf-8"
