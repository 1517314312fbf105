"""Downloader and spider middlewares: what the crawler refuses, retries politely or records.

In the order a request meets them (numbers from DOWNLOADER_MIDDLEWARES in settings.py):
- AddressGuardMiddleware (60): no private, loopback, link-local, multicast or reserved addresses,
  checked on the URL's host after DNS resolution, again for every redirect target, and on the
  address the response actually came from; an outlet with `allow_private = true` is exempt.
- StoredArticleMiddleware (70): an article request left over from a killed crawl is dropped
  when the store already has the article.
- PoliteRetryMiddleware (550, in place of Scrapy's RetryMiddleware): waits out Retry-After.
- RedirectGuardMiddleware (650, just before Scrapy's RedirectMiddleware): loops, over-long
  chains and off-site redirects become recorded errors instead of silent drops.
And for callbacks, CallbackErrorMiddleware records an exception as a fetch error of its page.
"""

import ipaddress
import logging
from email.utils import parsedate_to_datetime
from datetime import datetime, timezone
from urllib.parse import urljoin, urlsplit

from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.response import response_status_message
from twisted.internet.defer import Deferred
from twisted.internet.interfaces import IResolutionReceiver
from twisted.internet.task import deferLater
from zope.interface import implementer

from .failures import AlreadyStored, RedirectRefused, RefusedAddress, done

logger = logging.getLogger(__name__)


def non_public_reason(address) -> str | None:
    """Why an IP address is not on the public internet ("loopback", "private", ...), or None."""
    ip = ipaddress.ip_address(address)
    if ip.version == 6 and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    for test, label in (("is_loopback", "loopback"), ("is_link_local", "link-local"), ("is_multicast", "multicast"),
                        ("is_unspecified", "unspecified"), ("is_private", "private"), ("is_reserved", "reserved")):
        if getattr(ip, test):
            return label
    return None if ip.is_global else "not globally routable"


@implementer(IResolutionReceiver)
class _Addresses:
    def __init__(self):
        self.addresses, self.deferred = [], Deferred()

    def resolutionBegan(self, resolution):
        pass

    def addressResolved(self, address):
        self.addresses.append(address.host)

    def resolutionComplete(self):
        self.deferred.callback(self.addresses)


class AddressGuardMiddleware:
    """Refuse to fetch from non-public addresses unless the request's outlet sets allow_private.

    The host is resolved through the reactor's resolver, the one Scrapy connects with, and its
    DNS cache then serves the connection, so the address checked is the address used. The peer
    address of each response is checked too (a changed DNS answer after the cache expired).
    Requests without an outlet (robots.txt) are allowed private addresses only on hosts that an
    allow_private outlet names.
    """

    def __init__(self, crawler):
        self.crawler = crawler
        self._private_hosts = None

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def _allowed(self, request) -> bool:
        sources = getattr(self.crawler.spider, "sources", None)
        if sources is None:  # another spider in this project: no outlet can allow anything
            return False
        outlet = request.meta.get("outlet")
        if outlet:
            return sources.outlet(outlet).allow_private
        if self._private_hosts is None:
            self._private_hosts = {urlsplit(u).netloc for o in sources.outlets if o.allow_private
                                   for u in o.start_urls + o.feeds + o.sitemaps}
        return urlparse_cached(request).netloc in self._private_hosts

    def _refuse(self, request, host, address, reason):
        outlet = request.meta.get("outlet")
        shown = host if host == address else f"{host} ({address})"
        where = f"outlet {outlet!r} does not set" if outlet else "no outlet on this host sets"
        raise RefusedAddress(f"refused {request.url}: {shown} is a {reason} address; {where} allow_private = true")

    async def process_request(self, request):
        host = urlparse_cached(request).hostname
        if not host or self._allowed(request):
            return None
        try:
            addresses = [str(ipaddress.ip_address(host))]
        except ValueError:
            addresses = await self._resolve(host)
        for address in addresses:
            reason = non_public_reason(address)
            if reason:
                self._refuse(request, host, address, reason)
        return None

    async def _resolve(self, host) -> list[str]:
        from twisted.internet import reactor

        receiver = _Addresses()
        reactor.nameResolver.resolveHostName(receiver, host, 0)
        # A name that does not resolve is left to the download, which records a DNS error.
        return await maybe_deferred_to_future(receiver.deferred)

    def process_response(self, request, response):
        peer = response.ip_address
        if peer is not None and not request.meta.get("proxy") and not self._allowed(request):
            reason = non_public_reason(peer)
            if reason:
                self._refuse(request, urlparse_cached(request).hostname, str(peer), reason)
        return response


class StoredArticleMiddleware:
    """Skip an article request restored from a killed crawl when the article was stored after all."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_request(self, request):
        if request.meta.get("resumed") and request.meta.get("kind") == "article":
            spider = self.crawler.spider
            lastmod = request.meta.get("lastmod")
            if spider.is_current(request.meta.get("source_url", request.url),
                                 datetime.fromisoformat(lastmod) if lastmod else None):
                raise AlreadyStored(request.url)
        return None


def retry_after_seconds(value: bytes | None, now: datetime | None = None) -> float | None:
    """Retry-After as seconds to wait: delta-seconds or an HTTP date; None when absent or unreadable."""
    if not value:
        return None
    text = value.decode("latin-1").strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - (now or datetime.now(timezone.utc))).total_seconds())


class PoliteRetryMiddleware(RetryMiddleware):
    """Scrapy's RetryMiddleware, plus Retry-After and per-outlet retry counts.

    A 429 or 503 that says Retry-After N waits N seconds before its retry; when N is longer than
    PANTAU_RETRY_AFTER_MAX the page is given up at once (recorded as an HTTP error) rather than
    holding the crawl. Only that request waits: the rest of the site keeps AutoThrottle's pace.
    """

    def __init__(self, settings):
        super().__init__(settings)
        self.max_wait = settings.getfloat("PANTAU_RETRY_AFTER_MAX")

    def _count(self, request, key):
        spider = self.crawler.spider
        if hasattr(spider, "run"):
            spider.run.count(key, request.meta.get("outlet"))

    async def process_response(self, request, response):
        if request.meta.get("dont_retry") or response.status not in self.retry_http_codes:
            return response
        wait = retry_after_seconds(response.headers.get("Retry-After")) if response.status in (429, 503) else None
        if wait is not None and wait > self.max_wait:
            self._count(request, "warn_retry_after_too_long")
            return response
        retry = self._retry(request, response_status_message(response.status))
        if retry is None:
            return response
        self._count(request, "retries")
        if wait:
            from twisted.internet import reactor

            self._count(request, "warn_retry_after_waits")
            await maybe_deferred_to_future(deferLater(reactor, wait))
        return retry

    def process_exception(self, request, exception):
        retry = super().process_exception(request, exception)
        if retry is not None:
            self._count(request, "retries")
        return retry


class RedirectGuardMiddleware:
    """Turn redirect loops, chains longer than REDIRECT_MAX_TIMES and off-site redirects into
    recorded errors (Scrapy drops a loop silently as a duplicate, and an off-site target too)."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.max_times = crawler.settings.getint("REDIRECT_MAX_TIMES")

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_response(self, request, response):
        location = response.headers.get("Location")
        if not (300 <= response.status < 400 and location) or request.meta.get("dont_redirect"):
            return response
        target = urljoin(request.url, location.decode("latin-1").strip())
        chain = [*request.meta.get("redirect_urls", []), request.url]
        shown = " → ".join([*chain, target])
        if target in chain:
            raise RedirectRefused(f"redirect loop: {shown}")
        if len(chain) > self.max_times:
            raise RedirectRefused(f"more than {self.max_times} redirects: {shown}")
        allowed = getattr(self.crawler.spider, "allowed_domains", None)
        host = (urlsplit(target).hostname or "").lower()
        if allowed and not any(host == d or host.endswith(f".{d}") for d in allowed):
            raise RedirectRefused(f"redirected off the outlet's domains: {shown}")
        return response


class CallbackErrorMiddleware:
    """Spider middleware: an exception in a callback becomes a fetch error of that page (kind
    "parse", or "too_large" for a sitemap that decompresses past DOWNLOAD_MAXSIZE) and the crawl
    goes on."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_spider_exception(self, response, exception):
        spider = self.crawler.spider
        if not hasattr(spider, "run"):  # another spider in this project: Scrapy's usual handling
            return None
        request = response.request
        too_large = type(exception).__name__ == "_DecompressionMaxSizeExceeded"
        logger.warning("%s: %s: %s", response.url, type(exception).__name__, exception)
        logger.debug("traceback of the error in the callback for %s", response.url, exc_info=exception)
        spider.run.error(request.meta.get("outlet"), response.url, "too_large" if too_large else "parse",
                         f"{type(exception).__name__}: {exception}")
        done(self.crawler, request)
        return []


__all__ = [
    "AddressGuardMiddleware", "CallbackErrorMiddleware", "PoliteRetryMiddleware", "RedirectGuardMiddleware",
    "StoredArticleMiddleware", "non_public_reason", "retry_after_seconds",
]
