"""Extraction cost: Pantau's extract_article (JSON-LD, hints, dates, Indonesian cleanup) beside
trafilatura.extract alone on the same pages, in the same run.

    python bench/extract.py [--rounds 5]
"""

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import trafilatura  # noqa: E402

from bench.machine import machine  # noqa: E402
from pantau.crawler.extract import extract_article  # noqa: E402
from tests.site.server import SampleSite  # noqa: E402

HINTS = {"warta": {"date": ".entry-date", "author": ".entry-meta .byline a"}, "kabar": {}, "ekonomi": {}}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    site = SampleSite()
    site.base = {o: f"https://{o}.example" for o in HINTS}
    pages = [(site.article_page(a, "all", False), site.url(a), HINTS[a.outlet]) for a in site.articles]
    for body, url, hints in pages[:5]:  # warm up imports and caches
        extract_article(body, url, hints=hints)
        trafilatura.extract(body.decode("utf-8"), url=url)

    def timed(fn):
        best = float("inf")
        for _ in range(args.rounds):
            started = time.perf_counter()
            for body, url, hints in pages:
                fn(body, url, hints)
            best = min(best, (time.perf_counter() - started) / len(pages))
        return best * 1000

    ours = timed(lambda b, u, h: extract_article(b, u, hints=h))
    alone = timed(lambda b, u, h: trafilatura.extract(b.decode("utf-8"), url=u))
    size = sum(len(b) for b, _, _ in pages) / len(pages) / 1024
    print(f"machine: {machine()}")
    print(f"{len(pages)} sample-site article pages, {size:.0f} KB on average; best of {args.rounds} rounds")
    print(f"{'trafilatura.extract alone':<34}{alone:>8.2f} ms/page")
    print(f"{'pantau extract_article':<34}{ours:>8.2f} ms/page")
    print(f"ratio pantau/trafilatura: {ours / alone:.2f}")


if __name__ == "__main__":
    main()
