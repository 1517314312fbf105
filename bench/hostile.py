"""Hostile files through `pantau extract`, one call per file: the answer, wall seconds and peak
RSS (the command and its extraction worker together). Aim (issue 13): one answer per file,
each within 60 s, peak memory under 1 GB, the windows-1252 page decoded right.

Then (unless --no-crawl) the same in a crawl, at the default deadline: an outlet whose feed
announces a 21 MB page of 230,000 paragraphs (over DOWNLOAD_MAXSIZE: refused while downloading,
too_large), a 10 MB page of 230,000 shorter paragraphs (extraction takes minutes: abandoned at the
deadline, kind extraction, its worker replaced) and three ordinary articles behind them (stored).

    python bench/hostile.py [--pantau PATH/TO/pantau]   # another build, e.g. for a before/after
"""

import argparse
import json
import os
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
from tests.faults.hostile import CP1252_LINE, hostile_files  # noqa: E402
from tests.faults.server import FaultSite, Pathological, Reply, article_html, endless_paragraphs  # noqa: E402


class Pages230k(Pathological):
    what = "230,000 paragraphs: 21 MB, and 10 MB in shorter ones"
    extra_links = ["/a/pathological-long.html", "/a/pathological-21mb.html"]

    def fault(self, path, n):
        if path == "/a/pathological-long.html":
            paragraphs = [f"Peserta BPJS bertambah, nomor {i}." for i in range(230_000)]
            return Reply(body=article_html(self.base, "pathological-long", "pathological-long: BPJS", paragraphs).encode())
        if path == "/a/pathological-21mb.html":
            body = article_html(self.base, "pathological-21mb", "pathological-21mb: BPJS", endless_paragraphs(230_000))
            return Reply(body=body.encode())
        return super().fault(path, n)


def run_measured(cmd) -> tuple[str, float, float]:
    """stdout, wall seconds and peak RSS (MB) of the process tree."""
    peak, done = 0.0, threading.Event()
    started = time.perf_counter()
    proc = psutil.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                        env={k: v for k, v in os.environ.items() if k != "PANTAU_EXTRACT_DEADLINE"})

    def sample():
        nonlocal peak
        while not done.is_set():
            try:
                peak = max(peak, sum(p.memory_info().rss for p in [proc, *proc.children(recursive=True)]) / 2**20)
            except psutil.Error:
                pass
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, _ = proc.communicate()
    elapsed = time.perf_counter() - started
    done.set()
    sampler.join()
    return out, elapsed, peak


def crawl(pantau, tmp: Path):
    """The crawl with the 230,000-paragraph pages: what it stored and recorded, its time and peak RSS."""
    db, sources = tmp / "pantau.db", tmp / "sources.toml"
    with FaultSite([Pages230k]) as site:
        sources.write_text(site.sources_toml(), encoding="utf-8")
        _, seconds, peak = run_measured([pantau, "crawl", "--sources", str(sources), "--db", str(db), "--log-level", "WARNING"])
    with sqlite3.connect(db) as conn:
        stored = [u.rsplit("/", 1)[1] for (u,) in conn.execute("select canonical_url from articles order by 1")]
        errors = conn.execute("select kind, url, message from fetch_errors order by id").fetchall()
        status, stats = conn.execute("select status, stats from crawl_runs").fetchone()
    scrapy = json.loads(stats)["scrapy"]
    print(f"\ncrawl, default deadline: {seconds:.1f} s, peak RSS {peak:.0f} MB (crawl and workers), run {status}; "
          f"deadline exceeded {scrapy.get('pantau/extract_deadline_exceeded', 0)}, "
          f"worker restarts {scrapy.get('pantau/extract_pool_restarts', 0)}")
    for kind, url, message in errors:
        print(f"  fetch error {kind:<11}{url.rsplit('/', 1)[1]:<26}{message[:80]}")
    print(f"  stored: {', '.join(stored)}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pantau", default=str(Path(sys.executable).parent / "pantau"))
    parser.add_argument("--no-crawl", action="store_true", help="pantau extract only")
    args = parser.parse_args()
    print(f"machine: {machine()}")
    print(f"{'file':<16}{'seconds':>9}{'peak MB':>9}  answer")
    with tempfile.TemporaryDirectory(prefix="pantau-hostile-") as tmp:
        for name, path in hostile_files(Path(tmp)).items():
            out, seconds, peak = run_measured([args.pantau, "extract", str(path), "--jsonl"])
            records = [json.loads(line) for line in out.splitlines()]
            if len(records) != 1:
                answer = f"{len(records)} answers"
            elif "error" in records[0]:
                answer = "error " + records[0]["error"][:70]
            else:
                answer = f"text of {len(records[0]['text'])} characters"
                if name == "cp1252.html":
                    answer += ", decoded right" if CP1252_LINE in records[0]["text"] else ", decoded WRONG"
            print(f"{name:<16}{seconds:>9.1f}{peak:>9.0f}  {answer}")
        if not args.no_crawl:
            crawl(args.pantau, Path(tmp))


if __name__ == "__main__":
    main()
