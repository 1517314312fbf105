"""The bundled sample news site: three outlets with different templates, on 127.0.0.1.

Used by the tests and by `make demo`. Each outlet listens on its own free port and serves
RSS, sitemaps (Google News too), paginated listings and articles rendered from articles/*.txt.
Test hooks: publish_update() swaps in an article's revised text, faults[outlet] breaks an outlet,
hits counts every request.
"""

import hashlib
import json
import re
import threading
from collections import Counter
from datetime import timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from jinja2 import Environment, FileSystemLoader, select_autoescape

from .articles import Article, load_articles

TEMPLATES = Path(__file__).with_name("templates")
OUTLETS = {
    "warta": "WartaKerja.com",
    "kabar": "KabarPekerja.id",
    "ekonomi": "EkonomiNusa.com",
}
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
         "Oktober", "November", "Desember"]
PER_PAGE = 10
PARAGRAPHS_PER_PAGE = 4
DEAD_LINK = "/2026/11/01/berita-yang-sudah-dihapus/"
BACA_RE = re.compile(r"^baca juga\s*:\s*", re.I)

env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html", "xml"]))


def date_text(outlet, dt):
    if outlet == "warta":
        return f"{HARI[dt.weekday()]}, {dt.day} {BULAN[dt.month - 1]} {dt.year} | {dt:%H:%M} WIB"
    if outlet == "kabar":
        return f"{HARI[dt.weekday()]}, {dt:%d} {BULAN[dt.month - 1][:3]} {dt.year} {dt:%H:%M} WIB"
    return f"{dt:%d/%m/%Y, %H:%M} WIB"


class SampleSite:
    def __init__(self, articles=None, replicate=1):
        base = articles if articles is not None else load_articles()
        self.articles = self._replicate(base, replicate) if replicate > 1 else base
        self.by_outlet = {o: [a for a in self.articles if a.outlet == o] for o in OUTLETS}
        self.kabar_numbers = {a.id: 10_001 + i for i, a in enumerate(reversed(self.by_outlet["kabar"]))}
        self.routes = {o: {self.path(a): a for a in self.by_outlet[o]} for o in OUTLETS}
        self.update_published = False
        self.faults: dict[str, str] = {}
        self.hits: Counter = Counter()
        self.servers: dict[str, ThreadingHTTPServer] = {}
        self.base: dict[str, str] = {}
        self.mislabelled = next(
            (a.id for a in reversed(self.by_outlet["kabar"]) if a.topic == "on"
             and any(c in "\u201c\u201d\u2013" for p in a.paragraphs for c in p)), None)

    @staticmethod
    def _replicate(articles, copies):
        out = []
        for k in range(copies):
            for a in articles:
                if k == 0:
                    out.append(a)
                    continue
                clone = Article(**{f: getattr(a, f) for f in (
                    "outlet", "title", "published", "paragraphs", "section", "topic", "author", "editor",
                    "story", "syndicated", "city")}, id=f"{a.id}-r{k}")
                clone.title = f"{a.title} ({k})"
                clone.published = a.published - timedelta(minutes=k)
                out.append(clone)
        return sorted(out, key=lambda a: (a.published, a.id), reverse=True)

    # --- addresses -------------------------------------------------------------------------
    def path(self, a: Article) -> str:
        d = a.published
        if a.outlet == "warta":
            return f"/{d:%Y/%m/%d}/{a.slug}/"
        if a.outlet == "kabar":
            return f"/berita/{self.kabar_numbers[a.id]}/{a.slug}"
        return f"/read/{d:%Y/%m/%d/%H%M%S}/{a.slug}"

    def url(self, a: Article) -> str:
        return self.base[a.outlet] + self.path(a)

    def current(self, a: Article) -> Article:
        return a.revision if (self.update_published and a.revision) else a

    def lastmod(self, a: Article):
        cur = self.current(a)
        return cur.updated or cur.published

    # --- lifecycle ---------------------------------------------------------------------------
    def start(self):
        for outlet in OUTLETS:
            server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler(outlet))
            server.daemon_threads = True
            self.servers[outlet] = server
            self.base[outlet] = f"http://127.0.0.1:{server.server_address[1]}"
            threading.Thread(target=server.serve_forever, daemon=True).start()
        return self

    def stop(self):
        for server in self.servers.values():
            server.shutdown()
            server.server_close()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()

    def publish_update(self):
        """Serve every article's revised text (`<id>.v2.txt`) from now on."""
        self.update_published = True

    def sources_toml(self, outlets=None, dead_outlet=True, feeds=True, sitemaps=True, listings=True) -> str:
        """A sources file for this site; `dead_outlet` adds an outlet nobody listens for."""
        b = self.base
        spec = {
            "warta": dict(feeds=[f"{b['warta']}/feed/"], sitemaps=[f"{b['warta']}/sitemap_index.xml"],
                          start_urls=[f"{b['warta']}/"], article_pattern=r"/20\d\d/\d\d/\d\d/[^/]+/$",
                          hints={"date": ".entry-date", "author": ".entry-meta .byline a"}),
            "kabar": dict(feeds=[], sitemaps=[f"{b['kabar']}/sitemap-news.xml"],
                          start_urls=[f"{b['kabar']}/indeks"], article_pattern=r"/berita/\d+/", hints={}),
            "ekonomi": dict(feeds=[f"{b['ekonomi']}/rss"], sitemaps=[f"{b['ekonomi']}/sitemap.xml"],
                            start_urls=[f"{b['ekonomi']}/ekonomi"], article_pattern=r"/read/\d{4}/",
                            hints={"page_all": "page=all"}),
        }
        lines = []
        for outlet in outlets or OUTLETS:
            s = spec[outlet]
            lines += ["[[outlet]]", f'id = "{outlet}"', f'name = "{OUTLETS[outlet]}"',
                      f"start_urls = {json.dumps(s['start_urls'] if listings else [])}",
                      f"feeds = {json.dumps(s['feeds'] if feeds else [])}",
                      f"sitemaps = {json.dumps(s['sitemaps'] if sitemaps else [])}",
                      f"article_pattern = '{s['article_pattern']}'",
                      'allowed_domains = ["127.0.0.1"]',
                      "allow_private = true  # the sample site lives on loopback", ""]
            if s["hints"]:
                lines += ["[outlet.hints]"] + [f'{k} = "{v}"' for k, v in s["hints"].items()] + [""]
        if dead_outlet:
            lines += ["[[outlet]]", 'id = "mati"', 'name = "MatiSuri.net"',
                      'start_urls = ["http://127.0.0.1:9/"]', 'feeds = ["http://127.0.0.1:9/feed/"]',
                      'allowed_domains = ["127.0.0.1"]', "allow_private = true", ""]
        return "\n".join(lines)

    # --- pages -------------------------------------------------------------------------------
    def _handler(self, outlet):
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                site.hits[(outlet, self.path)] += 1
                status, ctype, body, headers = site.respond(outlet, self.path, self.headers)
                etag = '"%s"' % hashlib.sha1(body).hexdigest()[:16]
                if status == 200 and self.headers.get("If-None-Match") == etag:
                    status, body = 304, b""
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                if status in (200, 304):
                    self.send_header("ETag", etag)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        return Handler

    def respond(self, outlet, raw_path, headers):
        fault = self.faults.get(outlet)
        if fault == "error":
            return 500, "text/html; charset=utf-8", b"<h1>500 Internal Server Error</h1>", {}
        if fault == "empty":
            return 200, "text/html; charset=utf-8", b"<html><body></body></html>", {}
        parts = urlsplit(raw_path)
        path, query = parts.path, parse_qs(parts.query)
        html = "text/html; charset=utf-8"
        xml = "application/xml; charset=utf-8"
        if path == "/robots.txt":
            return 200, "text/plain", self.robots(outlet).encode(), {}
        if path in ("/feed/", "/rss"):
            return 200, "application/rss+xml; charset=utf-8", self.render("rss.xml", outlet, items=self.by_outlet[outlet][:PER_PAGE]), {}
        if path in ("/sitemap_index.xml", "/sitemap.xml"):
            child = "/post-sitemap.xml" if outlet == "warta" else "/sitemap-news.xml"
            return 200, xml, self.render("sitemap_index.xml", outlet, children=[self.base[outlet] + child]), {}
        if path in ("/post-sitemap.xml", "/sitemap-news.xml"):
            return 200, xml, self.render("sitemap.xml", outlet, items=self.by_outlet[outlet], news=path == "/sitemap-news.xml"), {}
        page = int(query.get("page", ["1"])[0]) if query.get("page", ["1"])[0].isdigit() else 1
        m = re.fullmatch(r"/page/(\d+)/", path)
        if outlet == "warta" and (path == "/" or m):
            return 200, html, self.listing(outlet, int(m[1]) if m else 1), {}
        if (outlet, path) in (("kabar", "/indeks"), ("ekonomi", "/ekonomi")):
            return 200, html, self.listing(outlet, page), {}
        amp = outlet == "ekonomi" and path.startswith("/amp/")
        article = self.routes[outlet].get(path[4:] if amp else path)
        if article is None:
            return 404, html, b"<html><body><h1>404 Halaman tidak ditemukan</h1></body></html>", {}
        body = self.article_page(article, query.get("page", ["1"])[0], amp)
        if article.id == self.mislabelled:
            # Windows-1252 bytes under a UTF-8 label: the classic CMS misconfiguration.
            return 200, html, body.decode("utf-8").encode("cp1252", errors="xmlcharrefreplace"), {}
        return 200, html, body, {"Last-Modified": format_datetime(self.lastmod(article).astimezone(), usegmt=False)}

    def render(self, template, outlet, **ctx) -> bytes:
        name = template if "/" in template else (f"{outlet}/{template}" if (TEMPLATES / outlet / template).exists() else template)
        return env.get_template(name).render(site=self, outlet=outlet, name=OUTLETS[outlet], base=self.base[outlet], **ctx).encode("utf-8")

    def robots(self, outlet):
        sitemap = {"warta": "/sitemap_index.xml", "kabar": "/sitemap-news.xml", "ekonomi": "/sitemap.xml"}[outlet]
        return f"User-agent: *\nDisallow: /wp-admin/\nDisallow: /cari\n\nSitemap: {self.base[outlet]}{sitemap}\n"

    def summary(self, a: Article):
        cur = self.current(a)
        path = self.path(a)
        return {"title": cur.title, "path": path, "date_text": date_text(a.outlet, a.published),
                "excerpt": cur.paragraphs[0][:140] if cur.paragraphs else "", "ago": "2 jam lalu"}

    def listing(self, outlet, page):
        items = self.by_outlet[outlet]
        chunk = items[(page - 1) * PER_PAGE: page * PER_PAGE]
        rows = [self.summary(a) for a in chunk]
        if outlet == "kabar":  # the homepage adds campaign parameters to some links
            for i, r in enumerate(rows):
                if i % 3 == 0:
                    r["path"] += "?utm_source=indeks&utm_medium=web"
        if outlet == "ekonomi":  # some listing links go to the AMP copy
            for i, r in enumerate(rows):
                if i % 4 == 1:
                    r["path"] = "/amp" + r["path"]
        if outlet == "warta" and page == 1:
            rows.append({"title": "Berita Ini Sudah Dihapus", "path": DEAD_LINK, "date_text": "", "excerpt": ""})
        pages = max(1, -(-len(items) // PER_PAGE))
        if outlet == "warta":
            nav = lambda n: "/" if n == 1 else f"/page/{n}/"  # noqa: E731
        else:
            nav = lambda n: f"{'/indeks' if outlet == 'kabar' else '/ekonomi'}?page={n}"  # noqa: E731
        heading = {"warta": "Berita Terbaru", "kabar": "Indeks Berita", "ekonomi": "Ekonomi"}[outlet]
        return self.render("listing.html", outlet, items=rows, heading=heading,
                           prev=nav(page - 1) if page > 1 else None, next=nav(page + 1) if page < pages else None)

    def article_page(self, a: Article, page: str, amp: bool) -> bytes:
        cur = self.current(a)
        others = [o for o in self.by_outlet[a.outlet] if o.id != a.id]
        paragraphs = []
        for i, p in enumerate(cur.paragraphs):
            if BACA_RE.match(p):
                target = others[i % len(others)] if others else a
                paragraphs.append({"text": BACA_RE.sub("", p), "href": self.path(target)})
            else:
                paragraphs.append({"text": p, "href": None})
        pages, page_no = 1, 1
        if a.outlet == "ekonomi" and not amp:
            pages = max(1, -(-len(paragraphs) // PARAGRAPHS_PER_PAGE))
            if page != "all":
                page_no = min(max(int(page) if page.isdigit() else 1, 1), pages)
                paragraphs = paragraphs[(page_no - 1) * PARAGRAPHS_PER_PAGE: page_no * PARAGRAPHS_PER_PAGE]
        modified = self.lastmod(a)
        jsonld = json.dumps({
            "@context": "https://schema.org", "@type": "NewsArticle", "headline": cur.title,
            "datePublished": a.published.isoformat(), "dateModified": modified.isoformat(),
            "author": {"@type": "Person", "name": a.author},
            "publisher": {"@type": "Organization", "name": OUTLETS[a.outlet]},
            "mainEntityOfPage": {"@type": "WebPage", "@id": self.url(a)},
            "articleSection": a.section, "inLanguage": "id-ID",
        }, ensure_ascii=False).replace("</", "<\\/")
        return self.render(
            "article.html", a.outlet, a=cur, a_path=self.path(a), paragraphs=paragraphs, amp=amp,
            date_text=date_text(a.outlet, a.published), published_iso=a.published.isoformat(),
            modified_iso=modified.isoformat(), jsonld=jsonld, excerpt=cur.paragraphs[0][:150],
            pages=pages, page_no=page_no, recent=[self.summary(o) for o in others[:5]],
        )
