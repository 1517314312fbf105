"""A generated news site of any size, made up on the fly: for crash-resume tests and the memory
benchmark (bench/crawl_memory.py), where the sample site is far too small.

Article i lives at /a/<i>.html; /sitemap.xml is an index of /sitemap-<k>.xml files with
PER_SITEMAP articles each. `delay` slows every article down (a crawl worth killing mid-way).

    with GeneratedSite(100_000) as site:
        sources.write_text(site.sources_toml())
"""

import threading
from collections import Counter
from datetime import timedelta

from tests.faults.http import Host, Reply
from tests.faults.server import PARAGRAPHS, PUBLISHED, article_html

PER_SITEMAP = 1000
WORDS = "pekerja iuran klaim peserta manfaat pensiun upah kantor cabang layanan daerah perusahaan".split()


class GeneratedSite:
    def __init__(self, articles: int, delay: float = 0.0, count_hits: bool = True):
        self.n, self.delay = articles, delay
        self.count_hits = count_hits
        self.hits: Counter = Counter()
        self.requests = 0
        self._lock = threading.Lock()
        self.host = Host(self.app, "generated")
        self.base = self.host.base

    def __enter__(self):
        self.host.start()
        return self

    def __exit__(self, *exc):
        self.host.stop()

    def url(self, i: int) -> str:
        return f"{self.base}/a/{i}.html"

    def sources_toml(self) -> str:
        return (f'[[outlet]]\nid = "gen"\nname = "Generated"\nsitemaps = ["{self.base}/sitemap.xml"]\n'
                f"article_pattern = '/a/'\nallowed_domains = [\"127.0.0.1\"]\nallow_private = true\n")

    def app(self, path) -> Reply:
        with self._lock:
            self.requests += 1
            if self.count_hits:
                self.hits[path] += 1
        if path == "/robots.txt":
            return Reply(body=b"User-agent: *\nAllow: /\n", ctype="text/plain")
        if path == "/sitemap.xml":
            locs = "".join(f"<sitemap><loc>{self.base}/sitemap-{k}.xml</loc></sitemap>"
                           for k in range(-(-self.n // PER_SITEMAP)))
            return Reply(body=f'<?xml version="1.0"?><sitemapindex>{locs}</sitemapindex>'.encode(), ctype="application/xml")
        if path.startswith("/sitemap-"):
            k = int(path.removeprefix("/sitemap-").removesuffix(".xml"))
            urls = "".join(f"<url><loc>{self.url(i)}</loc><lastmod>{self.published(i).isoformat()}</lastmod></url>"
                           for i in range(k * PER_SITEMAP, min(self.n, (k + 1) * PER_SITEMAP)))
            return Reply(body=f'<?xml version="1.0"?><urlset>{urls}</urlset>'.encode(), ctype="application/xml")
        if path.startswith("/a/"):
            i = int(path.removeprefix("/a/").removesuffix(".html"))
            if 0 <= i < self.n:
                return Reply(body=self.article(i), delay=self.delay)
        return Reply(404, b"<h1>404</h1>")

    @staticmethod
    def published(i):
        return PUBLISHED - timedelta(minutes=i)

    def article(self, i: int) -> bytes:
        words = " ".join(WORDS[(i >> s) % len(WORDS)] for s in range(0, 24, 3))
        title = f"Berita {i}: BPJS Ketenagakerjaan dan {words.split()[0]} nomor {i}"
        paragraphs = [f"Laporan nomor {i} tentang {words}. " + PARAGRAPHS[i % 4], *PARAGRAPHS[:2]]
        return article_html(self.base, str(i), title, paragraphs, self.published(i)).encode()
