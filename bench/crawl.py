"""Crawl throughput: Pantau (crawl + extract + filter + store) beside plain Scrapy (fetch + store
raw HTML) over the same sample site replicated to ≥ 5,000 article pages, in the same run.

    python bench/crawl.py [--copies 72] [--before PATH/TO/other/pantau] [--rounds 2]

--before crawls the same site with another build too (e.g. main's, installed in a virtualenv of its
own), in the same run, for a before/after that shares the machine's load; its stored results must
have the same digest. --rounds repeats the whole set, alternating, as timings on a shared machine vary.
"""

import argparse
import hashlib
import json
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.machine import machine  # noqa: E402
from tests.site.server import SampleSite  # noqa: E402

BIN = Path(sys.executable).parent
SETTINGS = ["-s", "LOG_LEVEL=WARNING"]
# The baseline runs in this project, so it would get Pantau's scheduler, middlewares (the
# address guard refuses its 127.0.0.1) and pipelines (they would start extraction workers it never
# uses): give it Scrapy's own, as plain as it was measured before. CONCURRENT_ITEMS stays at the
# 64 it was measured with (Pantau now runs with 1; Scrapy's default, 100, would slow plain Scrapy).
PLAIN_SCRAPY = ["-s", "SCHEDULER=scrapy.core.scheduler.Scheduler", "-s", "DOWNLOADER_MIDDLEWARES={}",
                "-s", "SPIDER_MIDDLEWARES={}", "-s", "ITEM_PIPELINES={}", "-s", "CONCURRENT_ITEMS=64"]


class PrerenderedSite(SampleSite):
    """The sample site with every page rendered before the crawls start and served from memory.
    A real outlet's server spends none of the crawling machine's CPU; rendering Jinja templates
    per request here took 2.2-2.8 ms of the 2 cores per page, which the crawler under test then
    did not have (both crawlers fetch the same pages, so both are spared alike)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.rendered = {}

    def respond(self, outlet, raw_path, headers):
        key = (outlet, raw_path)
        if key not in self.rendered:
            self.rendered[key] = super().respond(outlet, raw_path, headers)
        return self.rendered[key]

    def prerender(self, sources):
        """Every page a crawl of `sources` asks for: robots.txt, sitemaps, and each article as
        listed and with the outlet's page_all query."""
        from crawler.sources import load_sources
        from crawler.spiders.news import with_query

        outlets = {o.id: o for o in load_sources(sources).outlets}
        for outlet in outlets:
            self.respond(outlet, "/robots.txt", {})
            for path in ("/sitemap_index.xml", "/sitemap.xml", "/post-sitemap.xml", "/sitemap-news.xml"):
                self.respond(outlet, path, {})
        for a in self.articles:
            path = self.path(a)
            self.respond(a.outlet, path, {})
            page_all = outlets[a.outlet].hints.get("page_all")
            if page_all:
                self.respond(a.outlet, with_query(path, page_all), {})


def run_measured(cmd) -> dict:
    """Wall seconds, peak RSS (MB, the process and all its children together) and CPU seconds:
    of the crawl process, of its children (extraction workers), and of this process (the site)."""
    peak, cpu = 0.0, {}
    started, site_cpu = time.perf_counter(), time.process_time()
    proc = psutil.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    done = threading.Event()

    def sample():
        nonlocal peak
        while not done.is_set():
            try:
                tree = [proc, *proc.children(recursive=True)]
                peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()) / 2**20)
                for p in tree:
                    times = p.cpu_times()
                    cpu[p.pid] = times.user + times.system
            except psutil.Error:
                pass
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    elapsed = time.perf_counter() - started
    done.set()
    sampler.join()
    if proc.returncode != 0:
        sys.exit(f"{' '.join(map(str, cmd))} failed:\n{out}\n{err[-3000:]}")
    return {"seconds": elapsed, "rss": peak, "cpu_main": cpu.get(proc.pid, 0.0),
            "cpu_children": sum(v for pid, v in cpu.items() if pid != proc.pid),
            "cpu_site": time.process_time() - site_cpu}


def stored_results(conn) -> str:
    """A digest of what the crawl stored, the same for any two crawls that stored the same: every
    article's URL path, fields and content hash, and every fetch error's kind and URL path."""
    def path(url):  # each run serves the site on new ports
        return re.sub(r"^https?://[^/]+", "", url or "")

    articles = sorted((path(row[0]), path(row[1]), *row[2:]) for row in conn.execute(
        "select canonical_url, url, outlet, title, published, author, editor, lang, status, skip_reason, "
        "matched_terms, content_hash from articles"))
    errors = sorted((kind, path(url), status) for kind, url, status in conn.execute("select kind, url, status from fetch_errors"))
    digest = hashlib.sha256(json.dumps([articles, errors], ensure_ascii=False).encode()).hexdigest()[:16]
    return f"{len(articles)} articles, {len(errors)} fetch errors, digest {digest}"


def crawl_pantau(pantau, sources, db) -> tuple[dict, int, str]:
    """(measurements, articles stored, digest of the stored results) of one crawl."""
    measured = run_measured([pantau, "crawl", "--sources", sources, "--db", db, "--log-level", "WARNING"])
    with sqlite3.connect(db) as conn:
        stored = conn.execute("select count(*) from articles").fetchone()[0]
        results = stored_results(conn)
    return measured, stored, results


def print_row(round_, load, name, n, r, plain_rate):
    ratio = f"{n / r['seconds'] / plain_rate:.2f}" if plain_rate else ""
    print(f"{round_ + 1:<6}{load:>5.1f}  {name[:34]:<34}{n:>9}{r['seconds']:>9.1f}{n / r['seconds']:>12.1f}{ratio:>7}"
          f"{r['rss']:>13.0f}  {1000 * r['cpu_main'] / n:.2f} + {1000 * r['cpu_children'] / n:.2f}, "
          f"{1000 * r['cpu_site'] / n:.2f}", flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--copies", type=int, default=0, help="copies of each sample article (default: enough for 5,000 pages)")
    parser.add_argument("--before", help="another build's pantau command to crawl the same site after this one's")
    parser.add_argument("--rounds", type=int, default=1, help="times to run the set (plain, pantau[, before])")
    args = parser.parse_args()
    probe = SampleSite()
    copies = args.copies or -(-5000 // len(probe.articles))
    tmp = Path(tempfile.mkdtemp(prefix="pantau-bench-"))
    results = {}
    print(f"machine: {machine()}")
    with PrerenderedSite(replicate=copies) as site:
        print(f"site: {len(site.articles)} article pages ({copies} copies of {len(probe.articles)} sample articles), "
              "3 outlets on 127.0.0.1")
        print(f"{'round':<6}{'load':>5}  {'run':<34}{'articles':>9}{'seconds':>9}{'articles/s':>12}{'ratio':>7}"
              f"{'peak RSS MB':>13}  CPU ms/page: crawler + workers, site", flush=True)
        sitemaps = [site.base["warta"] + "/sitemap_index.xml", site.base["kabar"] + "/sitemap-news.xml",
                    site.base["ekonomi"] + "/sitemap.xml"]
        sources = tmp / "sources.toml"
        sources.write_text(site.sources_toml(feeds=False, listings=False, dead_outlet=False), encoding="utf-8")
        site.prerender(sources)
        prerendered = len(site.rendered)
        builds = [("pantau crawl (+extract, store)", BIN / "pantau")]
        if args.before:
            builds.append(("before: " + args.before, Path(args.before)))
        for round_ in range(args.rounds):
            load = os.getloadavg()[0]
            db = tmp / f"plain-{round_}.db"
            plain = run_measured([BIN / "scrapy", "runspider", ROOT / "bench/plain_spider.py",
                                  "-a", f"sitemaps={','.join(sitemaps)}", "-a", f"db={db}", *SETTINGS, *PLAIN_SCRAPY,
                                  "-s", "ROBOTSTXT_OBEY=True", "-s", "AUTOTHROTTLE_ENABLED=True",
                                  "-s", "CONCURRENT_REQUESTS=32", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8",
                                  "-s", "AUTOTHROTTLE_TARGET_CONCURRENCY=4"])
            with sqlite3.connect(db) as conn:
                plain_pages = conn.execute("select count(*) from pages").fetchone()[0]
            print_row(round_, load, "plain Scrapy (fetch, store HTML)", plain_pages, plain, None)
            for name, pantau in builds:
                load = os.getloadavg()[0]
                measured, stored, digest = crawl_pantau(pantau, sources, tmp / f"{name[:6]}-{round_}.db")
                results.setdefault(digest, []).append(f"{name.split(' ')[0]} round {round_ + 1}")
                print_row(round_, load, name, stored, measured, plain_pages / plain["seconds"])

    print(f"site: {prerendered} pages rendered before the crawls, {len(site.rendered) - prerendered} during them")
    print("load: the 1-minute load average as the run started; ratio: articles/s over plain Scrapy's pages/s in the same round")
    for digest, runs in results.items():
        print(f"stored results: {digest} ({', '.join(runs)})")
    print("the same digest = the same articles, fields, hashes and fetch errors" if len(results) == 1
          else "STORED RESULTS DIFFER between the crawls")


if __name__ == "__main__":
    main()
