"""The one spider: every outlet comes from the sources file. Feeds, then sitemaps, then listings.

Incremental: an article already stored is requested again only when a feed or sitemap says it
changed after we fetched it, and then conditionally (ETag / Last-Modified), so an unchanged
article costs at most a 304.
"""

from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import scrapy
from scrapy import signals
from scrapy.linkextractors import LinkExtractor
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.gz import gunzip
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)

from pantau.urls import normalize_url

from ..run import CrawlRun
from ..sources import load_sources

PRIORITY = {"feed": 30, "sitemap": 20, "listing": 10, "article": 40}
MAX_ARTICLE_PAGES = 20
# Pagination links that say what they are but carry no rel=next: "Next", "Selanjutnya", "»".
NEXT_TEXT_XPATH = (
    "//a[@href][contains('|next|selanjutnya|berikutnya|next »|selanjutnya »|berikutnya »|»|›|', "
    "concat('|', normalize-space(translate(., 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')), '|'))]/@href"
)


def parse_when(value: str | None) -> datetime | None:
    """A feed or sitemap date (RFC 822 or ISO 8601) as an aware datetime, or None."""
    if not value or not value.strip():
        return None
    value = value.strip()
    try:
        dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        try:
            dt = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
    return dt if dt.tzinfo else dt.replace(tzinfo=timezone.utc)


def with_query(url: str, param: str) -> str:
    """Add a `key=value` parameter (the outlet's "show all pages" switch) to a URL."""
    key, _, value = param.partition("=")
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != key] + [(key, value)]
    return urlunsplit(parts._replace(query=urlencode(query)))


class NewsSpider(scrapy.Spider):
    name = "news"

    def __init__(self, sources=None, db=None, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.sources_path, self.db_path = sources, db

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        spider.sources = load_sources(spider.sources_path or settings.get("PANTAU_SOURCES"))
        spider.run = CrawlRun(spider.db_path or settings.get("PANTAU_DB"), spider.sources)
        domains = set()
        for o in spider.sources.outlets:
            domains.update(o.allowed_domains)
            domains.update(urlsplit(u).hostname for u in o.start_urls + o.feeds + o.sitemaps)
        spider.allowed_domains = sorted(d for d in domains if d)
        crawler.signals.connect(spider.spider_closed, signal=signals.spider_closed)
        return spider

    def spider_closed(self, reason):
        self.run.finish(self.crawler.stats.get_stats(), status="finished" if reason == "finished" else reason)

    def _request(self, url, kind, outlet, callback, **meta):
        return scrapy.Request(
            url, callback=callback, errback=self.on_error, priority=PRIORITY[kind],
            meta={"outlet": outlet.id, "kind": kind, **meta},
        )

    async def start(self):
        for o in self.sources.outlets:
            for url in o.feeds:
                yield self._request(url, "feed", o, self.parse_feed)
            for url in o.sitemaps:
                yield self._request(url, "sitemap", o, self.parse_sitemap)
            for url in o.start_urls:
                yield self._request(url, "listing", o, self.parse_listing, page_no=1)

    def outlet(self, response):
        return self.sources.outlet(response.meta["outlet"])

    # --- discovery ---------------------------------------------------------------------------
    def parse_feed(self, response):
        outlet = self.outlet(response)
        self.run.count("pages_fetched", outlet.id)
        sel = scrapy.Selector(text=response.text, type="xml")
        sel.remove_namespaces()
        entries = sel.xpath("//item | //entry")
        if not entries:
            self.run.error(outlet.id, response.url, "feed", "no <item> or <entry> in the feed")
        for entry in entries:
            link = entry.xpath("link/text()").get() or entry.xpath("link[not(@rel) or @rel='alternate']/@href").get()
            when = entry.xpath("updated/text() | pubDate/text() | published/text() | date/text()").get()
            if link:
                yield from self.article_request(response.urljoin(link.strip()), outlet, parse_when(when))

    def parse_sitemap(self, response):
        outlet = self.outlet(response)
        self.run.count("pages_fetched", outlet.id)
        body = response.body
        if body[:2] == b"\x1f\x8b":
            body = gunzip(body, max_size=self.settings.getint("DOWNLOAD_MAXSIZE"))
        sel = scrapy.Selector(text=body.decode("utf-8", "replace"), type="xml")
        sel.remove_namespaces()
        for loc in sel.xpath("//sitemap/loc/text()").getall():
            yield self._request(response.urljoin(loc.strip()), "sitemap", outlet, self.parse_sitemap)
        for url in sel.xpath("//url"):
            loc = url.xpath("loc/text()").get()
            when = url.xpath("lastmod/text()").get() or url.xpath("news/publication_date/text()").get()
            if loc:
                yield from self.article_request(response.urljoin(loc.strip()), outlet, parse_when(when))

    def parse_listing(self, response):
        outlet = self.outlet(response)
        self.run.count("pages_fetched", outlet.id)
        extractor = LinkExtractor(allow=outlet.article_pattern or (), unique=True)
        for link in extractor.extract_links(response):
            yield from self.article_request(link.url, outlet, None)
        page_no = response.meta.get("page_no", 1)
        selector = outlet.hints.get("next_page")
        nxt = (
            (response.css(f"{selector}::attr(href)").get() if selector else None)
            or response.css("link[rel=next]::attr(href), a[rel=next]::attr(href), a.next::attr(href)").get()
            or response.xpath(NEXT_TEXT_XPATH).get()
        )
        if nxt and page_no < outlet.max_listing_pages:
            yield self._request(response.urljoin(nxt), "listing", outlet, self.parse_listing, page_no=page_no + 1)

    def article_request(self, url, outlet, lastmod):
        if not outlet.matches_article(url):
            return
        url = normalize_url(url)
        headers = {}
        known = self.run.known(url)
        if known:
            _, fetched_at, etag, last_modified, source_lastmod = known
            seen = datetime.fromisoformat(source_lastmod or fetched_at)
            if lastmod is None or lastmod <= seen:
                self.run.count("known_skipped", outlet.id)
                return
            if etag:
                headers["If-None-Match"] = etag
            if last_modified:
                headers["If-Modified-Since"] = last_modified
        fetch_url = with_query(url, outlet.hints["page_all"]) if outlet.hints.get("page_all") else url
        request = self._request(fetch_url, "article", outlet, self.parse_article, source_url=url,
                                lastmod=lastmod.isoformat() if lastmod else None, handle_httpstatus_list=[304])
        request.headers.update(headers)
        yield request

    # --- articles ----------------------------------------------------------------------------
    async def parse_article(self, response):
        outlet = self.outlet(response)
        self.run.count("pages_fetched", outlet.id)
        if response.status == 304:
            self.run.count("not_modified", outlet.id)
            return
        pages = []
        if not outlet.hints.get("page_all"):
            pages = await self.further_pages(response)
        content_type = response.headers.get("Content-Type", b"").decode("latin-1")
        charset = content_type.partition("charset=")[2].split(";")[0].strip() or None
        yield {
            "outlet": outlet.id,
            "url": response.meta.get("source_url", response.url),
            "fetched_url": response.url,
            "body": response.body,
            "encoding": charset,
            "pages": pages,
            "hints": outlet.hints,
            "timezone": outlet.timezone,
            "source_lastmod": response.meta.get("lastmod"),
            "etag": (response.headers.get("ETag") or b"").decode("latin-1") or None,
            "last_modified": (response.headers.get("Last-Modified") or b"").decode("latin-1") or None,
        }

    async def further_pages(self, response):
        """Bodies of pages 2..n of a multi-page article, following rel=next."""
        bodies, seen = [], {response.url}
        current = response
        while len(bodies) < MAX_ARTICLE_PAGES:
            nxt = current.css("link[rel=next]::attr(href), a[rel=next]::attr(href)").get()
            if not nxt or current.urljoin(nxt) in seen:
                break
            url = current.urljoin(nxt)
            seen.add(url)
            current = await self.crawler.engine.download_async(scrapy.Request(url, meta={"outlet": response.meta["outlet"]}))
            self.run.count("pages_fetched", response.meta["outlet"])
            if current.status != 200 or not hasattr(current, "css"):
                break
            bodies.append(current.body)
        return bodies

    def on_error(self, failure):
        request = failure.request
        outlet = request.meta.get("outlet")
        status = None
        if failure.check(HttpError):
            status = failure.value.response.status
            kind, message = "http", f"HTTP {status}"
        elif failure.check(CannotResolveHostError):
            kind, message = "dns", str(failure.value)
        elif failure.check(DownloadTimeoutError):
            kind, message = "timeout", str(failure.value)
        elif failure.check(DownloadConnectionRefusedError, DownloadFailedError):
            kind, message = "connection", str(failure.value)
        elif failure.check(ResponseDataLossError):
            kind, message = "truncated", str(failure.value)
        elif failure.check(IgnoreRequest):
            kind, message = "ignored", str(failure.value) or "forbidden by robots.txt or a filter"
        else:
            kind, message = type(failure.value).__name__, str(failure.value)
        self.logger.warning("%s %s: %s", outlet, request.url, message)
        self.run.error(outlet, request.url, kind, message, status)
