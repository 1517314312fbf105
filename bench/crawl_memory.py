"""Peak RSS of a long crawl: `pantau crawl` over a generated site of 100,000 article pages
(tests/generated/server.py: a sitemap index of 100 sitemaps), RSS sampled as it goes.

What must stay flat: the crawler process. Scrapy's RFPDupeFilter keeps every request fingerprint
in a Python set and its scheduler queues requests in RAM without JOBDIR; Pantau's frontier keeps
both in SQLite (crawler/frontier.py), so RAM holds only SQLite's page cache. The second part
measures that component alone: RFPDupeFilter against the frontier's seen-set.

    python bench/crawl_memory.py [--pages 100000] [--skip-crawl] [--fingerprints 500000] [--stock-scheduler]
"""

import argparse
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

BIN = Path(sys.executable).parent
CHECKPOINTS = (2_000, 10_000, 25_000, 50_000, 100_000)


def stored(db) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10) as conn:
            return conn.execute("select count(*) from articles").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def crawl(pages: int, extra=()):
    from tests.generated.server import GeneratedSite

    tmp = Path(tempfile.mkdtemp(prefix="pantau-memory-"))
    db = tmp / "pantau.db"
    samples = []  # (seconds, articles stored, crawler RSS MB, extraction workers RSS MB)
    with GeneratedSite(pages, count_hits=False) as site:
        (tmp / "s.toml").write_text(site.sources_toml(), encoding="utf-8")
        started = time.perf_counter()
        proc = psutil.Popen([BIN / "pantau", "crawl", "--sources", tmp / "s.toml", "--db", db, "--log-level", "WARNING", *extra],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        out = {}
        reader = threading.Thread(target=lambda: out.update(zip(("stdout", "stderr"), proc.communicate())), daemon=True)
        reader.start()
        marks = [c for c in CHECKPOINTS if c <= pages] or [pages]
        while proc.poll() is None:
            time.sleep(2)
            try:
                main = proc.memory_info().rss / 2**20
                workers = sum(c.memory_info().rss for c in proc.children(recursive=True)) / 2**20
            except psutil.Error:
                continue
            n = stored(db)
            samples.append((time.perf_counter() - started, n, main, workers))
            if marks and n >= marks[0]:
                print(f"  {n:>7} articles  {samples[-1][0]:7.0f} s  crawler RSS {main:6.0f} MB  workers {workers:6.0f} MB",
                      flush=True)
                marks.pop(0)
        reader.join()
        elapsed = time.perf_counter() - started
    if proc.returncode != 0:
        sys.exit(f"crawl failed:\n{out.get('stderr', '')[-3000:]}")
    return tmp, samples, elapsed, stored(db), out.get("stdout", "").strip()


def rss_at(samples, n):
    """RSS of the crawler process at the first sample with at least n articles stored."""
    return next(((s[2], s[3]) for s in samples if s[1] >= n), (samples[-1][2], samples[-1][3]))


def fingerprints(count: int):
    """RSS growth for `count` fingerprints: Scrapy's RFPDupeFilter set against the frontier."""
    code = """
import sys, tempfile, psutil
from pathlib import Path
from scrapy import Request
from scrapy.dupefilters import RFPDupeFilter
from scrapy.utils.test import get_crawler
from pantau.crawler.frontier import Frontier
kind, n = sys.argv[1], int(sys.argv[2])
crawler = get_crawler()
fp = crawler.request_fingerprinter.fingerprint
rss = lambda: psutil.Process().memory_info().rss / 2**20
if kind == "rfp":
    df = RFPDupeFilter.from_crawler(crawler)
    seen = lambda r: df.request_seen(r)
else:
    f = Frontier(Path(tempfile.mkdtemp(), "frontier.sqlite"))
    seen = lambda r: f.see(fp(r), True)
base = rss()
for i in range(n):
    seen(Request(f"http://example.com/berita/{i}.html"))
print(rss() - base)
"""
    result = {}
    for kind in ("rfp", "frontier"):
        out = subprocess.run([sys.executable, "-c", code, kind, str(count)], capture_output=True, text=True, check=True)
        result[kind] = float(out.stdout.strip())
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=100_000, help="article pages in the generated site")
    parser.add_argument("--fingerprints", type=int, default=500_000, help="fingerprints for the dupefilter comparison")
    parser.add_argument("--skip-crawl", action="store_true", help="only the dupefilter comparison")
    parser.add_argument("--stock-scheduler", action="store_true",
                        help="crawl with Scrapy's Scheduler and RFPDupeFilter instead of the frontier, for comparison")
    args = parser.parse_args()
    print(f"machine: {machine()}")
    if not args.skip_crawl:
        print(f"crawling a generated site of {args.pages} article pages (sitemap index of {-(-args.pages // 1000)} sitemaps):")
        stock = ["--set", "SCHEDULER=scrapy.core.scheduler.Scheduler"] if args.stock_scheduler else []
        if stock:
            print("with Scrapy's own Scheduler and RFPDupeFilter (memory queues, no JOBDIR)")
        tmp, samples, elapsed, n, summary = crawl(args.pages, stock)
        print(f"  {summary}")
        print(f"stored {n} articles in {elapsed:.0f} s ({n / elapsed:.1f} articles/s); database in {tmp}")
        print(f"{'articles stored':>16}{'crawler RSS MB':>16}{'workers RSS MB':>16}")
        for mark in [c for c in CHECKPOINTS if c <= args.pages] or [args.pages]:
            main_mb, workers_mb = rss_at(samples, mark)
            print(f"{mark:>16}{main_mb:>16.0f}{workers_mb:>16.0f}")
        peak = max(s[2] for s in samples)
        first = rss_at(samples, min(10_000, args.pages))[0]
        print(f"peak crawler RSS {peak:.0f} MB; growth from {min(10_000, args.pages)} articles to the end: "
              f"{samples[-1][2] - first:+.0f} MB")
    growth = fingerprints(args.fingerprints)
    print(f"dupefilter alone, {args.fingerprints} fingerprints: Scrapy RFPDupeFilter {growth['rfp']:+.1f} MB, "
          f"Pantau frontier {growth['frontier']:+.1f} MB (ratio {growth['rfp'] / max(growth['frontier'], 0.1):.0f}x)")


if __name__ == "__main__":
    main()
