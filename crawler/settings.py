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
# Seconds one page may take to extract. A page still being extracted after that (a hostile or
# pathological page: 230,000 paragraphs take minutes) is abandoned as a fetch error of kind
# "extraction", its worker process replaced, and the crawl goes on. `pantau extract` reads the
# same limit from the environment variable of this name.
PANTAU_EXTRACT_DEADLINE = 20.0
# Follow the outlets' listing pages (start_urls). `pantau watch` crawls with False every few
# minutes: feeds and sitemaps only, the cheap way to see what is new. Such a run is stored with
# crawl_runs.mode = "watch" and left out of the crawl-health rules, which judge full runs.
PANTAU_LISTINGS = True

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
# No news page is 16 MB: a bigger response (or one that decompresses past it: a gzip bomb) is
# dropped and recorded as "too_large"; past 4 MB it is counted as a large response.
DOWNLOAD_MAXSIZE = 16 * 1024 * 1024
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024
RETRY_TIMES = 2
REDIRECT_MAX_TIMES = 5
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False

# Longest Retry-After (seconds) a 429/503 may ask us to wait before its retry; longer is a give-up.
PANTAU_RETRY_AFTER_MAX = 120.0
# A page whose headers take longer than this (seconds) counts as a slow response in health.
PANTAU_SLOW_RESPONSE = 10.0
# Frontier (scheduler queue and seen-set in SQLite, see crawler/frontier.py): commit every N writes.
PANTAU_FRONTIER_COMMIT_OPS = 500

# Shared crawls (`pantau crawl --redis URL [--worker]`, crawler/distributed.py): the Redis key
# prefix (one per concurrent shared crawl), and how long a worker waits for a lead (seconds).
PANTAU_REDIS_PREFIX = "pantau:news"
PANTAU_REDIS_WAIT = 600

# The frontier replaces Scrapy's scheduler and RFPDupeFilter: nothing grows in RAM with the
# crawl, and `--jobdir` survives kill -9.
SCHEDULER = "pantau.crawler.frontier.FrontierScheduler"
DOWNLOADER_MIDDLEWARES = {
    # after OffsiteMiddleware (50), before robots.txt (100): a refused host is not even asked for robots.txt
    "pantau.crawler.middlewares.AddressGuardMiddleware": 60,
    "pantau.crawler.middlewares.StoredArticleMiddleware": 70,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "pantau.crawler.middlewares.PoliteRetryMiddleware": 550,
    # sees a 3xx before RedirectMiddleware (600) follows it
    "pantau.crawler.middlewares.RedirectGuardMiddleware": 650,
}
SPIDER_MIDDLEWARES = {
    "pantau.crawler.middlewares.CallbackErrorMiddleware": 950,
}

ITEM_PIPELINES = {
    "pantau.crawler.pipelines.ExtractPipeline": 100,
    "pantau.crawler.pipelines.StorePipeline": 300,
}
# Scrapy starts this many tasks for every response it hands to a callback, whatever the callback
# yields; an article page yields one item, a sitemap only requests (queued without waiting), so
# more would only cost the crawl process time on every page.
CONCURRENT_ITEMS = 1

LOG_LEVEL = "INFO"
LOGSTATS_INTERVAL = 30.0
FEED_EXPORT_ENCODING = "utf-8"
