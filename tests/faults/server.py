"""The fault-injecting news site: one outlet per fault, each on its own 127.0.0.1 port.

Every outlet serves GOOD good articles (listed in its feed, sitemap and front page), which must be
stored exactly once whatever else the outlet does, and the faulty resources of its kind. Tests
read `hits` (requests per outlet and path) and `log` (time, outlet, path, status).

    with FaultSite() as site:
        sources.write_text(site.sources_toml())
"""

import html
import json
import threading
import time
import uuid
import zlib
from collections import Counter
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from functools import cache
from urllib.parse import urlsplit

from .http import Host, Reply

WIB = timezone(timedelta(hours=7))
GOOD = 3
PUBLISHED = datetime(2026, 11, 18, 9, 0, tzinfo=WIB)
RSS = "application/rss+xml; charset=utf-8"
XML = "application/xml; charset=utf-8"
PARAGRAPHS = [
    "BPJS Ketenagakerjaan mencatat jumlah peserta aktif terus bertambah sepanjang tahun ini, terutama "
    "dari pekerja bukan penerima upah di sektor informal seperti pedagang dan pengemudi daring.",
    "Direktur kepesertaan menyampaikan bahwa iuran yang terkumpul dikelola dengan prinsip kehati-hatian "
    "dan hasil pengembangannya dikembalikan kepada peserta dalam bentuk manfaat Jaminan Hari Tua.",
    "Menurut dia, perluasan kepesertaan membutuhkan kerja sama pemerintah daerah, asosiasi pengusaha "
    "dan serikat pekerja agar perlindungan jaminan sosial menjangkau lebih banyak keluarga pekerja.",
    "Pemerintah juga meminta perusahaan yang menunggak iuran segera melunasi kewajibannya supaya hak "
    "pekerja atas manfaat jaminan kecelakaan kerja dan jaminan kematian tidak terganggu.",
]


def article_html(base, slug, title, paragraphs=PARAGRAPHS, published=PUBLISHED, extra_head="", charset="utf-8",
                 rel_next=None, tail="") -> str:
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                     "datePublished": published.isoformat(), "author": {"@type": "Person", "name": "Redaksi"},
                     "inLanguage": "id-ID"}, ensure_ascii=False)
    nxt = f'<link rel="next" href="{rel_next}">' if rel_next else ""
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return (f'<!DOCTYPE html>\n<html lang="id"><head><meta charset="{charset}"><title>{html.escape(title)}</title>'
            f'<link rel="canonical" href="{base}/a/{slug}.html">{nxt}{extra_head}'
            f'<script type="application/ld+json">{ld}</script></head>\n'
            f'<body><header><nav><a href="/">Beranda</a></nav></header><main><article><h1>{html.escape(title)}</h1>\n'
            f'{body}\n</article></main><footer>Hak cipta</footer>{tail}</body></html>\n')


def rss(links) -> bytes:
    items = "".join(f"<item><title>Berita</title><link>{html.escape(u)}</link><pubDate>{format_datetime(when)}</pubDate></item>\n"
                    for u, when in links)
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Feed</title>\n{items}</channel></rss>\n'.encode()


def urlset(links) -> bytes:
    urls = "".join(f"<url><loc>{html.escape(u)}</loc><lastmod>{when.isoformat()}</lastmod></url>\n" for u, when in links)
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{urls}</urlset>\n'.encode()


def listing(links, next_href=None) -> bytes:
    items = "".join(f'<li><a href="{html.escape(u)}">Berita {i}</a></li>\n' for i, u in enumerate(links))
    nxt = f'<a class="next" href="{next_href}">Selanjutnya</a>' if next_href else ""
    return f"<!DOCTYPE html><html><head><title>Indeks</title></head><body><ul>{items}</ul>{nxt}</body></html>".encode()


@cache
def gzip_bomb(size=64 * 2**20, content=b"\0") -> bytes:
    """`size` bytes of `content` gzipped (64 MB of zeros is 64 KB)."""
    out = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = content * (2**20 // len(content))
    parts = [out.compress(block) for _ in range(size // len(block))]
    return b"".join(parts) + out.flush()


class Outlet:
    """A healthy outlet; each fault is a subclass that overrides `fault(path, n)` and the lists."""

    name = "healthy"
    what = "no fault"
    max_listing_pages = 20
    extra_links: list[str] = []  # faulty resources announced in the feed, sitemap and front page

    def __init__(self, site):
        self.site = site
        self.host = Host(self.app, self.name, site.stopping)
        self.base = self.host.base
        self.lastmod = {slug: PUBLISHED for slug in self.good}
        self.texts = {}

    @property
    def good(self) -> list[str]:
        return [f"{self.name}-{i}" for i in range(GOOD)]

    def good_urls(self) -> list[str]:
        return [f"{self.base}/a/{slug}.html" for slug in self.good]

    def expected_urls(self) -> list[str]:
        """Every good article this outlet has published: what the store must hold, once each."""
        return self.good_urls()

    def links(self):
        return [(u, self.lastmod.get(u.rsplit("/", 1)[-1].removesuffix(".html"), PUBLISHED))
                for u in self.good_urls() + [self.base + p for p in self.extra_links]]

    def article(self, slug) -> bytes:
        title = f"{slug}: BPJS Ketenagakerjaan memperluas perlindungan pekerja"
        return article_html(self.base, slug, title, self.texts.get(slug, PARAGRAPHS)).encode("utf-8")

    def app(self, raw_path) -> Reply:
        n = self.site.hit(self.name, raw_path)
        reply = self.fault(raw_path, n) or self.normal(raw_path)
        self.site.log.append((time.monotonic(), self.name, raw_path, reply.status, reply.fault))
        return reply

    def fault(self, path, n) -> Reply | None:
        return None

    def normal(self, raw_path) -> Reply:
        path = urlsplit(raw_path).path.split(";")[0]
        if path == "/robots.txt":
            return Reply(body=self.robots().encode(), ctype="text/plain")
        if path == "/feed.xml":
            return Reply(body=rss(self.links()), ctype=RSS)
        if path == "/sitemap.xml":
            return Reply(body=urlset(self.links()), ctype=XML)
        if path == "/":
            return Reply(body=listing([u for u, _ in self.links()]))
        slug = path.removeprefix("/a/").removesuffix(".html")
        if path.startswith("/a/") and slug in self.lastmod:
            return Reply(body=self.article(slug), headers={"Last-Modified": format_datetime(self.lastmod[slug], usegmt=False)})
        return Reply(404, b"<html><body><h1>404 Tidak ditemukan</h1></body></html>")

    def robots(self) -> str:
        return "User-agent: *\nDisallow: /wp-admin/\n"

    def sources(self) -> dict:
        return {"feeds": [f"{self.base}/feed.xml"], "sitemaps": [f"{self.base}/sitemap.xml"],
                "start_urls": [f"{self.base}/"]}


class Slow(Outlet):
    name, what = "slow", "a page that answers after 1.3 s, then sends its body in pieces"

    def fault(self, path, n):
        if path == "/a/slow-1.html":
            return Reply(body=self.article("slow-1"), fault="trickle", delay=1.3, pause=0.2)


class Stall(Outlet):
    name, what = "stall", "no answer at all / headers then silence, past DOWNLOAD_TIMEOUT"
    extra_links = ["/a/stall-silent.html", "/a/stall-midbody.html"]

    def fault(self, path, n):
        if path == "/a/stall-silent.html":
            return Reply(fault="stall")
        if path == "/a/stall-midbody.html":
            return Reply(body=self.article("stall-1"), fault="stall_body")


class Throttle(Outlet):
    name, what = "throttle", "429 Retry-After: 1 twice, 503 Retry-After: <date> once, 429 Retry-After: 3600"
    extra_links = ["/a/throttle-forever.html"]

    def fault(self, path, n):
        if path == "/a/throttle-1.html" and n <= 2:
            return Reply(429, b"Too Many Requests", "text/plain", {"Retry-After": "1"})
        if path == "/a/throttle-2.html" and n == 1:
            when = datetime.now(timezone.utc) + timedelta(seconds=2)
            return Reply(503, b"Service Unavailable", "text/plain", {"Retry-After": format_datetime(when, usegmt=True)})
        if path == "/a/throttle-forever.html":
            return Reply(429, b"Too Many Requests", "text/plain", {"Retry-After": "3600"})


class Errors(Outlet):
    name, what = "errors", "feed 503 once, article 500 twice then fine, article always 500"
    extra_links = ["/a/errors-broken.html"]

    def fault(self, path, n):
        if path == "/feed.xml" and n == 1:
            return Reply(503, b"<h1>503</h1>")
        if path == "/a/errors-1.html" and n <= 2:
            return Reply(500, b"<h1>500 Internal Server Error</h1>")
        if path == "/a/errors-broken.html":
            return Reply(500, b"<h1>500 Internal Server Error</h1>")


class Reset(Outlet):
    name, what = "reset", "connection reset (RST) once, and always on another page"
    extra_links = ["/a/reset-always.html"]

    def fault(self, path, n):
        if (path == "/a/reset-1.html" and n == 1) or path == "/a/reset-always.html":
            return Reply(fault="reset")


class Truncated(Outlet):
    name, what = "truncated", "Content-Length longer than the body, once and always"
    extra_links = ["/a/truncated-always.html"]

    def fault(self, path, n):
        if path == "/a/truncated-1.html" and n == 1:
            return Reply(body=self.article("truncated-1"), fault="truncate")
        if path == "/a/truncated-always.html":
            return Reply(body=self.article("truncated-1"), fault="truncate")


class ContentType(Outlet):
    name, what = "ctype", "HTML as octet-stream / text/plain, feed as text/html, PNG as text/html, empty 200"
    extra_links = ["/a/ctype-png.html", "/a/ctype-empty.html"]
    PNG = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89" + bytes(200)

    def fault(self, path, n):
        if path == "/a/ctype-1.html":
            return Reply(body=self.article("ctype-1"), ctype="application/octet-stream")
        if path == "/a/ctype-2.html":
            return Reply(body=self.article("ctype-2"), ctype="text/plain")
        if path == "/feed.xml":
            return Reply(body=rss(self.links()), ctype="text/html")
        if path == "/a/ctype-png.html":
            return Reply(body=self.PNG)
        if path == "/a/ctype-empty.html":
            return Reply(body=b"")


ENCODING_TEXT = "“Jaminan Hari Tua” naik – kata Direktur, café dan naïve di Jakarta"


class Encoding(Outlet):
    name, what = "encoding", "windows-1252 labelled UTF-8, UTF-8 BOM labelled windows-1252, UTF-16 BOM labelled UTF-8, UTF-8 with pasted windows-1252"

    def __init__(self, site):
        super().__init__(site)
        for slug in self.good:
            self.texts[slug] = [ENCODING_TEXT + ". " + PARAGRAPHS[0], *PARAGRAPHS[1:]]

    @property
    def good(self):
        return [f"encoding-{i}" for i in range(5)]

    def fault(self, path, n):
        slug = path.removeprefix("/a/").removesuffix(".html")
        page = self.article(slug).decode("utf-8") if slug in self.lastmod else None
        if slug == "encoding-1":  # the classic CMS misconfiguration
            return Reply(body=page.encode("cp1252"), ctype="text/html; charset=utf-8")
        if slug == "encoding-2":
            return Reply(body=b"\xef\xbb\xbf" + page.encode("utf-8"), ctype="text/html; charset=windows-1252")
        if slug == "encoding-3":
            return Reply(body=page.encode("utf-16"), ctype="text/html; charset=utf-8")
        if slug == "encoding-4":  # UTF-8 page with one paragraph pasted from a windows-1252 source
            raw = page.encode("utf-8")
            return Reply(body=raw.replace("café dan naïve".encode(), "café dan naïve".encode("cp1252")))


class Huge(Outlet):
    name, what = "huge", "50 MB page with Content-Length, 50 MB close-delimited stream, a 5 MB page"
    extra_links = ["/a/huge-50mb.html", "/a/huge-stream.html"]

    @property
    def good(self):
        return [*super().good, "huge-5mb"]

    def fault(self, path, n):
        if path == "/a/huge-50mb.html":
            return Reply(size=50 * 2**20)
        if path == "/a/huge-stream.html":
            return Reply(fault="stream", size=50 * 2**20)
        if path == "/a/huge-5mb.html":  # over DOWNLOAD_WARNSIZE, under DOWNLOAD_MAXSIZE: stored
            page = article_html(self.base, "huge-5mb", "huge-5mb: BPJS dan iuran", tail="<!-- " + "x" * 5 * 2**20 + " -->")
            return Reply(body=page.encode())


class Redirects(Outlet):
    name, what = "redirects", "3-hop chain to an article; loop; 8-hop chain; self-redirect; off-site"
    extra_links = ["/r/loop-a", "/r/long-1", "/r/self", "/r/offsite"]

    def links(self):
        links = super().links()
        return [(u.replace("/a/redirects-1.html", "/r/chain-1"), w) for u, w in links]

    def fault(self, path, n):
        hop = {"/r/chain-1": "/r/chain-2", "/r/chain-2": "/r/chain-3", "/r/chain-3": "/a/redirects-1.html",
               "/r/loop-a": "/r/loop-b", "/r/loop-b": "/r/loop-a", "/r/self": "/r/self",
               "/r/offsite": "http://example.invalid/berita"}
        hop.update({f"/r/long-{i}": f"/r/long-{i + 1}" for i in range(1, 9)})
        if path in hop:
            return Reply(302, b"", headers={"Location": hop[path]})


class Traps(Outlet):
    name, what = "traps", "endless calendar, session IDs in every link, endless rel=next inside an article"
    max_listing_pages = 4

    def links(self):
        """Every link carries a fresh session ID, as a query parameter or a ;jsessionid= path parameter."""
        return [(f"{u}?sid={uuid.uuid4().hex}" if i % 2 else f"{u};jsessionid={uuid.uuid4().hex}", w)
                for i, (u, w) in enumerate(super().links())]

    def fault(self, raw_path, n):
        path, _, query = raw_path.partition("?")
        if path.startswith("/cal/"):
            day = datetime.fromisoformat(path.removeprefix("/cal/"))
            return Reply(body=listing([u for u, _ in self.links()], f"/cal/{(day - timedelta(days=1)):%Y-%m-%d}?sid={uuid.uuid4().hex}"))
        if path == "/a/traps-2.html":
            page = int(query.removeprefix("page=") or 1) if query.startswith("page=") else 1
            paragraphs = PARAGRAPHS if page == 1 else [f"Halaman {page}: " + PARAGRAPHS[page % 4]]
            return Reply(body=article_html(self.base, "traps-2", "traps-2: BPJS", paragraphs,
                                           rel_next=f"/a/traps-2.html?page={page + 1}").encode())

    def sources(self):
        return {"feeds": [f"{self.base}/feed.xml"], "sitemaps": [], "start_urls": [f"{self.base}/cal/2026-11-20"]}


class Malformed(Outlet):
    name, what = "malformed", "feed with a bare & and a broken, cut-off item; HTML as sitemap; corrupt .xml.gz"

    def fault(self, path, n):
        if path == "/feed.xml":
            links = self.links()
            good = rss(links[:2]).decode().replace("</channel></rss>\n", "")
            return Reply(body=(good + "<item><title>Iuran & klaim</title><link>" + links[2][0] +
                               "</link><pubDate>kemarin</pubDate></item>\n<item><title>Putus<link>").encode(), ctype=RSS)
        if path == "/sitemap.xml":
            return Reply(body=b"<!DOCTYPE html><html><body><h1>Peta situs</h1><p>Sedang dalam perbaikan<br></body></html>", ctype=XML)
        if path == "/sitemap_index.xml":
            return Reply(body=(f'<?xml version="1.0"?><sitemapindex><sitemap><loc>{self.base}/sitemap-1.xml.gz</loc>'
                               f"</sitemap></sitemapindex>").encode(), ctype=XML)
        if path == "/sitemap-1.xml.gz":
            return Reply(body=b"\x1f\x8b\x08\x00" + bytes(range(256)) * 4, ctype="application/x-gzip")

    def sources(self):
        return {**super().sources(), "sitemaps": [f"{self.base}/sitemap.xml", f"{self.base}/sitemap_index.xml"]}


class GzipBomb(Outlet):
    name, what = "bomb", "64 MB of zeros as Content-Encoding: gzip; a sitemap .xml.gz inflating to 64 MB"
    extra_links = ["/a/bomb.html"]

    def fault(self, path, n):
        if path == "/a/bomb.html":
            return Reply(body=gzip_bomb(), headers={"Content-Encoding": "gzip"})
        if path == "/sitemap-bomb.xml.gz":
            return Reply(body=gzip_bomb(content=b"<url><loc>http://127.0.0.1/a/x.html</loc></url>\n"), ctype="application/x-gzip")

    def sources(self):
        return {**super().sources(), "sitemaps": [f"{self.base}/sitemap.xml", f"{self.base}/sitemap-bomb.xml.gz"]}


class XmlBomb(Outlet):
    name, what = "xmlbomb", "billion-laughs entities in the feed"

    def fault(self, path, n):
        if path == "/feed.xml":
            lol = '<!ENTITY lol "lol">' + "".join(
                f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10))
            body = rss(self.links()).decode().replace('<rss version="2.0">', f'<!DOCTYPE rss [{lol}]><rss version="2.0">')
            return Reply(body=body.replace("<title>Feed</title>", "<title>&lol9;</title>").encode(), ctype=RSS)


class Robots(Outlet):
    name, what = "robots", "robots.txt disallows /private/, where the feed points too"
    extra_links = ["/private/rahasia.html"]

    def robots(self):
        return "User-agent: *\nDisallow: /private/\n"


class Changing(Outlet):
    name, what = "changing", "between two crawls: one article rewritten (lastmod bumped), one rewritten silently, one added, one gone"

    def change(self):
        later = PUBLISHED + timedelta(hours=5)
        self.texts["changing-1"] = ["Pembaruan: " + PARAGRAPHS[0], *PARAGRAPHS[1:], "Iuran peserta tidak berubah tahun depan."]
        self.lastmod["changing-1"] = later
        self.texts["changing-2"] = ["Ralat diam-diam: " + PARAGRAPHS[0], *PARAGRAPHS[1:]]
        self.lastmod["changing-3"] = later
        del self.lastmod["changing-0"]

    def good_urls(self):
        return [f"{self.base}/a/{slug}.html" for slug in self.lastmod]

    def expected_urls(self):
        return [f"{self.base}/a/changing-{i}.html" for i in range(GOOD + (len(self.texts) > 0))]


class Pathological(Outlet):
    """Not in FAULTS: the whole matrix would wait out the extraction deadline (tests/test_hostile.py)."""

    name, what = "pathological", "an article page of 90,000 paragraphs (8 MB): its extraction takes minutes"
    extra_links = ["/a/pathological-long.html"]

    def fault(self, path, n):
        if path == "/a/pathological-long.html":
            return Reply(body=article_html(self.base, "pathological-long", "pathological-long: BPJS", endless_paragraphs()).encode())
        slug = path.removeprefix("/a/").removesuffix(".html")
        if slug in self.good:  # the good pages come after the endless one, to the worker that replaces its own
            return Reply(body=self.article(slug), delay=2.0)


def endless_paragraphs(n=90_000) -> list[str]:
    """Paragraphs enough to keep an extractor busy for minutes, in a page under DOWNLOAD_MAXSIZE."""
    return [f"Peserta BPJS bertambah di sektor informal, pedagang dan pengemudi daring, nomor {i}." for i in range(n)]


FAULTS = [Slow, Stall, Throttle, Errors, Reset, Truncated, ContentType, Encoding, Huge, Redirects, Traps, Malformed,
          GzipBomb, XmlBomb, Robots, Changing]


class FaultSite:
    def __init__(self, faults=FAULTS):
        self.stopping = threading.Event()
        self.hits: Counter = Counter()
        self.log: list = []
        self._lock = threading.Lock()
        self.outlets = {cls.name: cls(self) for cls in faults}

    def hit(self, outlet, path) -> int:
        with self._lock:
            self.hits[(outlet, path)] += 1
            return self.hits[(outlet, path)]

    def __getitem__(self, name) -> Outlet:
        return self.outlets[name]

    def __enter__(self):
        for o in self.outlets.values():
            o.host.start()
        return self

    def __exit__(self, *exc):
        for o in self.outlets.values():
            o.host.stop()

    def sources_toml(self, names=None) -> str:
        lines = []
        for o in self.outlets.values():
            if names and o.name not in names:
                continue
            s = o.sources()
            lines += ["[[outlet]]", f'id = "{o.name}"', f'name = "{o.what}"',
                      *(f"{k} = {json.dumps(v)}" for k, v in s.items()),
                      "article_pattern = '/(a|r|private)/'", 'allowed_domains = ["127.0.0.1"]',
                      f"max_listing_pages = {o.max_listing_pages}", "allow_private = true", ""]
        return "\n".join(lines)




class Portal:
    """One 127.0.0.1 server answering for several host names, as the HTTP proxy a crawl is sent
    through (absolute URLs in the request line): how a test gets a "public" site whose redirects
    point inside. `requests` lists every URL it was asked for."""

    REDIRECTS = {"/r/ke-loopback": None, "/r/ke-intranet": "http://intranet.example/rahasia",
                 "/r/ke-metadata": "http://169.254.169.254/latest/meta-data/"}

    def __init__(self):
        self.host = Host(self.app, "portal")
        self.base = self.host.base
        self.requests: list[str] = []

    def __enter__(self):
        self.host.start()
        return self

    def __exit__(self, *exc):
        self.host.stop()

    def app(self, raw) -> Reply:
        url = raw if raw.startswith("http") else self.base + raw
        self.requests.append(url)
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if parts.path == "/robots.txt":
            return Reply(body=b"User-agent: *\nAllow: /\n", ctype="text/plain")
        if parts.path.endswith("/feed.xml"):
            links = [f"{origin}/a/{parts.hostname}-0.html"]
            if parts.hostname == "portal-berita.id":
                links += [origin + p for p in self.REDIRECTS]
            return Reply(body=rss([(u, PUBLISHED) for u in links]), ctype=RSS)
        if parts.path in self.REDIRECTS:
            return Reply(302, headers={"Location": self.REDIRECTS[parts.path] or f"{self.base}/rahasia"})
        if parts.path.startswith("/a/"):
            slug = parts.path.removeprefix("/a/").removesuffix(".html")
            title = f"{slug}: BPJS Ketenagakerjaan memperluas perlindungan pekerja"
            return Reply(body=article_html(origin, slug, title).encode())
        return Reply(body=b"<html><body>rahasia internal</body></html>")
