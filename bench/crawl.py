"""Crawl throughput: Pantau (crawl + extract + filter + store) beside plain Scrapy (fetch + store
raw HTML) over the same sample site replicated to ≥ 5,000 article pages, in the same run.

    python bench/crawl.py [--copies 72]
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


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--copies", type=int, default=0, help="copies of each sample article (default: enough for 5,000 pages)")
    args = parser.parse_args()
    probe = SampleSite()
    copies = args.copies or -(-5000 // len(probe.articles))
    tmp = Path(tempfile.mkdtemp(prefix="pantau-bench-"))
    with SampleSite(replicate=copies) as site:
        pages = len(site.articles)
        sitemaps = [site.base["warta"] + "/sitemap_index.xml", site.base["kabar"] + "/sitemap-news.xml",
                    site.base["ekonomi"] + "/sitemap.xml"]
        sources = tmp / "sources.toml"
        sources.write_text(site.sources_toml(feeds=False, listings=False, dead_outlet=False), encoding="utf-8")

        plain = run_measured([BIN / "scrapy", "runspider", ROOT / "bench/plain_spider.py",
                              "-a", f"sitemaps={','.join(sitemaps)}", "-a", f"db={tmp / 'plain.db'}", *SETTINGS, *PLAIN_SCRAPY,
                              "-s", "ROBOTSTXT_OBEY=True", "-s", "AUTOTHROTTLE_ENABLED=True",
                              "-s", "CONCURRENT_REQUESTS=32", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8",
                              "-s", "AUTOTHROTTLE_TARGET_CONCURRENCY=4"])
        with sqlite3.connect(tmp / "plain.db") as conn:
            plain_pages = conn.execute("select count(*) from pages").fetchone()[0]

        ours = run_measured([BIN / "pantau", "crawl", "--sources", sources, "--db", tmp / "pantau.db",
                             "--log-level", "WARNING"])
        with sqlite3.connect(tmp / "pantau.db") as conn:
            stored = conn.execute("select count(*) from articles").fetchone()[0]
            stats = json.loads(conn.execute("select stats from crawl_runs order by id desc").fetchone()[0])
            results = stored_results(conn)
        pantau_pages = sum(v.get("pages_fetched", 0) for v in stats["outlets"].values())

    plain_rate, pantau_rate = plain_pages / plain["seconds"], stored / ours["seconds"]
    print(f"machine: {machine()}; load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    print(f"site: {pages} article pages ({copies} copies of {len(probe.articles)} sample articles), 3 outlets on 127.0.0.1")
    print(f"{'run':<34}{'articles':>9}{'seconds':>9}{'articles/s':>12}{'peak RSS MB':>13}"
          f"  CPU ms/page: crawler + workers, site")
    for name, n, r in (("plain Scrapy (fetch, store HTML)", plain_pages, plain), ("pantau crawl (+extract, store)", stored, ours)):
        print(f"{name:<34}{n:>9}{r['seconds']:>9.1f}{n / r['seconds']:>12.1f}{r['rss']:>13.0f}"
              f"  {1000 * r['cpu_main'] / n:.2f} + {1000 * r['cpu_children'] / n:.2f}, {1000 * r['cpu_site'] / n:.2f}")
    print(f"ratio pantau/plain: {pantau_rate / plain_rate:.2f}  (pantau fetched {pantau_pages} pages incl. sitemaps)")
    print(f"stored results: {results} (the same digest = the same articles, fields, hashes and fetch errors)")


if __name__ == "__main__":
    main()
