"""The one spider: every outlet comes from the sources file. Feeds, then sitemaps, then listings.

Incremental: an article already stored is requested again only when a feed or sitemap says it
changed after we fetched it, and then conditionally (ETag / Last-Modified), so an unchanged
article costs at most a 304.
"""

import re
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import scrapy
from scrapy import signals
from scrapy.http import TextResponse
from scrapy.linkextractors import LinkExtractor
from scrapy.utils.gz import gunzip
from scrapy_redis import connection
from twisted.python.failure import Failure

from pantau.urls import normalize_url, strip_session_ids

from ..distributed import Keys, RemoteRun, process_name
from ..failures import AlreadyStored, classify, done
from ..responses import HTML_TYPES, as_html, read_xml, sniff_html
from ..run import CrawlRun
from ..sources import load_sources

PRIORITY = {"feed": 30, "sitemap": 20, "listing": 10, "article": 40}
MAX_ARTICLE_PAGES = 20
# Whether a page may have a rel=next link at all: most articles are one page, and looking for the
# link with a selector parses the whole page in the crawl process. Searched in the lowercased body
# (bytes: ASCII, as IGNORECASE would be) and starting with the literal "rel", with the word
# boundary checked after it: a pattern starting with \b or IGNORECASE makes re try every byte,
# 7x slower.
MAY_HAVE_NEXT = re.compile(rb"""rel(?<!\wrel)\s*=\s*(?:"[^"]*\bnext\b|'[^']*\bnext\b|next\b)""")
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
        spider.redis_process = process_name()
        spider.is_worker = settings.get("PANTAU_REDIS_ROLE") == "worker"
        if spider.is_worker:  # a worker of a distributed crawl: no database, the lead stores
            spider.run = RemoteRun(connection.from_settings(settings), Keys(settings.get("PANTAU_REDIS_PREFIX")),
                                   spider.sources, spider.redis_process)
        else:
            spider.run = CrawlRun(spider.db_path or settings.get("PANTAU_DB"), spider.sources,
                                  mode="full" if settings.getbool("PANTAU_LISTINGS") else "watch")
        domains = set()
        for o in spider.sources.outlets:
            domains.update(o.allowed_domains)
            domains.update(urlsplit(u).hostname for u in o.start_urls + o.feeds + o.sitemaps)
        spider.allowed_domains = sorted(d for d in domains if d)
        spider.found_dates = {}  # article URL -> newest feed or sitemap date this run
        crawler.signals.connect(spider.spider_closed, signal=signals.spider_closed)
        return spider

    def spider_closed(self, reason):
        self.run.finish(self.crawler.stats.get_stats(), status="finished" if reason == "finished" else reason)

    def _request(self, url, kind, outlet, callback, **meta):
        return scrapy.Request(
            strip_session_ids(url), callback=callback, errback=self.on_error, priority=PRIORITY[kind],
            meta={"outlet": outlet.id, "kind": kind, **meta},
        )

    async def start(self):
        if self.is_worker:  # the lead seeds the shared queue
            return
        listings = self.settings.getbool("PANTAU_LISTINGS")
        for o in self.sources.outlets:
            for url in o.feeds:
                yield self._request(url, "feed", o, self.parse_feed)
            for url in o.sitemaps:
                yield self._request(url, "sitemap", o, self.parse_sitemap)
            for url in o.start_urls if listings else ():
                yield self._request(url, "listing", o, self.parse_listing, page_no=1)

    def outlet(self, response):
        return self.sources.outlet(response.meta["outlet"])

    def fetched(self, response, outlet_id):
        """Count a fetched page, and note one that was slow or large (health warnings)."""
        self.run.count("pages_fetched", outlet_id)
        if response.meta.get("download_latency", 0) > self.settings.getfloat("PANTAU_SLOW_RESPONSE"):
            self.run.count("warn_slow_responses", outlet_id)
        warnsize = self.settings.getint("DOWNLOAD_WARNSIZE")
        if warnsize and len(response.body) > warnsize:
            self.run.count("warn_large_responses", outlet_id)

    def xml(self, response, body, outlet, what):
        """Read a feed or sitemap; a malformed one is recorded, and what it still holds is used."""
        sel, errors = read_xml(body if body is not None else response.text)
        if errors:
            self.run.error(outlet.id, response.url, "malformed",
                           f"{what} is not well-formed XML ({len(errors)} problems; first: {errors[0]})")
        return sel

    # --- discovery ---------------------------------------------------------------------------
    def parse_feed(self, response):
        outlet = self.outlet(response)
        self.fetched(response, outlet.id)
        sel = self.xml(response, None if isinstance(response, TextResponse) else response.body, outlet, "feed")
        entries = sel.xpath("//item | //entry") if sel is not None else []
        if not entries:
            self.run.error(outlet.id, response.url, "feed", "no <item> or <entry> in the feed")
        for entry in entries:
            link = entry.xpath("link/text()").get() or entry.xpath("link[not(@rel) or @rel='alternate']/@href").get()
            when = entry.xpath("updated/text() | pubDate/text() | published/text() | date/text()").get()
            if link:
                yield from self.article_request(response.urljoin(link.strip()), outlet, parse_when(when))

    def parse_sitemap(self, response):
        outlet = self.outlet(response)
        self.fetched(response, outlet.id)
        body = response.body
        if body[:2] == b"\x1f\x8b":
            body = gunzip(body, max_size=self.settings.getint("DOWNLOAD_MAXSIZE"))
        sel = self.xml(response, body, outlet, "sitemap")
        if sel is None or not sel.xpath("//sitemap/loc | //url/loc"):
            self.run.error(outlet.id, response.url, "sitemap", "no <sitemap> or <url> entries in the sitemap")
            return
        for loc in sel.xpath("//sitemap/loc/text()").getall():
            yield self._request(response.urljoin(loc.strip()), "sitemap", outlet, self.parse_sitemap)
        for url in sel.root.iter("url"):  # lxml itself: a Selector per entry costs more than the rest of it
            loc = url.findtext("loc")
            when = url.findtext("lastmod") or url.findtext("news/publication_date")
            if loc:
                yield from self.article_request(response.urljoin(loc.strip()), outlet, parse_when(when))

    def parse_listing(self, response):
        outlet = self.outlet(response)
        self.fetched(response, outlet.id)
        response = as_html(response)
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
        elif nxt:  # an endless calendar or just a long archive: max_listing_pages says where to stop
            self.run.count("warn_listing_page_cap", outlet.id)

    def article_request(self, url, outlet, lastmod):
        if not outlet.matches_article(url):
            return
        url = normalize_url(url)
        lastmod = self.newest_date(url, lastmod)
        headers = {}
        known = self.run.known(url)
        if known:
            _, fetched_at, etag, last_modified, source_lastmod = known
            if self.run.stored_now(known[0]):  # found again: fetched once, its newest date kept
                if lastmod and (not source_lastmod or lastmod > datetime.fromisoformat(source_lastmod)):
                    self.run.note_source_lastmod(known[0], lastmod.isoformat())
                return
            if self._unchanged(known, lastmod):
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

    def newest_date(self, url, lastmod):
        """The newest date a feed or sitemap gave this article in this run: which way it was found
        first (a listing gives no date) must not decide the date stored for the next run."""
        if lastmod is not None and (url not in self.found_dates or lastmod > self.found_dates[url]):
            self.found_dates[url] = lastmod
        return self.found_dates.get(url)

    @staticmethod
    def _unchanged(known, lastmod) -> bool:
        _, fetched_at, _, _, source_lastmod = known
        return lastmod is None or lastmod <= datetime.fromisoformat(source_lastmod or fetched_at)

    def is_current(self, url, lastmod) -> bool:
        """Whether the store has this article and its outlet announces no later change."""
        known = self.run.known(url)
        return bool(known) and self._unchanged(known, lastmod)

    # --- articles ----------------------------------------------------------------------------
    async def parse_article(self, response):
        outlet = self.outlet(response)
        self.fetched(response, outlet.id)
        if response.status == 304:
            self.run.count("not_modified", outlet.id)
            done(self.crawler, response.request)
            return
        content_type = response.headers.get("Content-Type", b"").decode("latin-1")
        if not sniff_html(response.body):
            kind = "not_html" if response.body.strip() else "empty_body"
            self.run.error(outlet.id, response.url, kind,
                           f"not an HTML page: Content-Type {content_type or '(none)'}, {len(response.body)} bytes")
            done(self.crawler, response.request)
            return
        if not content_type.lower().startswith(HTML_TYPES):
            self.run.count("warn_content_type_mismatch", outlet.id)
            response = as_html(response)
        pages = []
        if not outlet.hints.get("page_all") and MAY_HAVE_NEXT.search(response.body.lower()):
            pages = await self.further_pages(response)
        charset = content_type.partition("charset=")[2].split(";")[0].strip() or None
        yield {
            "outlet": outlet.id,
            "url": response.meta.get("source_url", response.url),
            "fetched_url": response.url,
            "body": response.body,
            "encoding": charset,
            "pages": pages,
            # the outlet's name helps extraction tell the site's name from the headline in <title>
            "hints": {**outlet.hints, "site_name": outlet.name},
            "timezone": outlet.timezone,
            "source_lastmod": response.meta.get("lastmod"),
            "etag": (response.headers.get("ETag") or b"").decode("latin-1") or None,
            "last_modified": (response.headers.get("Last-Modified") or b"").decode("latin-1") or None,
        }

    async def further_pages(self, response):
        """Bodies of pages 2..n of a multi-page article, following rel=next."""
        outlet_id = response.meta["outlet"]
        bodies, seen = [], {response.url}
        current = response
        while True:
            nxt = current.css("link[rel=next]::attr(href), a[rel=next]::attr(href)").get()
            if not nxt or current.urljoin(nxt) in seen:
                break
            if len(bodies) >= MAX_ARTICLE_PAGES:  # an endless "next page": keep what we have
                self.run.count("warn_article_page_cap", outlet_id)
                break
            url = strip_session_ids(current.urljoin(nxt))
            seen.add(url)
            try:
                current = await self.crawler.engine.download_async(scrapy.Request(url, meta={"outlet": outlet_id}))
            except Exception as e:  # noqa: BLE001 - page n failed: the article keeps pages 1..n-1
                kind, message, status = classify(Failure(e))
                self.run.error(outlet_id, url, kind, message, status)
                break
            self.fetched(current, outlet_id)
            if current.status != 200 or not sniff_html(current.body):
                break
            current = as_html(current)
            bodies.append(current.body)
        return bodies

    def on_error(self, failure):
        request = failure.request
        outlet = request.meta.get("outlet")
        if failure.check(AlreadyStored):  # a resumed request for an article stored before the kill
            self.run.count("known_skipped", outlet)
            self.run.count("resumed_already_stored", outlet)
        else:
            kind, message, status = classify(failure)
            self.logger.warning("%s %s: %s", outlet, request.url, message)
            self.run.error(outlet, request.url, kind, message, status)
        done(self.crawler, request)
