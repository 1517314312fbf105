"""Issue 9, crash safety: `kill -9` a crawl mid-way, start it again with the same --jobdir.

No article is lost, none is stored twice, none that was stored is fetched again, and those that
were fetched but not yet stored when the process died are fetched again (crawler/frontier.py).
"""

import json
import os
import signal
import sqlite3
import subprocess
import time
from collections import Counter

from tests.conftest import BIN, ROOT, pantau
from tests.generated.server import GeneratedSite

ARTICLES = 300


def stored(db) -> list[str]:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return [u for (u,) in conn.execute("select canonical_url from articles")]
    except sqlite3.OperationalError:  # not created yet
        return []


def article_hits(site, hits) -> Counter:
    return Counter({p: n for p, n in hits.items() if p.startswith("/a/")})


def test_kill_9_then_resume_loses_nothing_and_refetches_nothing_stored(tmp_path):
    db, jobdir = tmp_path / "pantau.db", tmp_path / "job"
    with GeneratedSite(ARTICLES, delay=0.02) as site:
        (tmp_path / "s.toml").write_text(site.sources_toml(), encoding="utf-8")
        args = ["crawl", "--sources", tmp_path / "s.toml", "--db", db, "--jobdir", jobdir, "--log-level", "WARNING"]
        first = subprocess.Popen([str(BIN / "pantau"), *map(str, args)], cwd=ROOT, start_new_session=True,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 120
        while len(stored(db)) < ARTICLES // 4 and first.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        os.killpg(first.pid, signal.SIGKILL)  # the crawler and its extraction workers, mid-flight
        first.wait()
        assert first.returncode == -signal.SIGKILL
        before = set(stored(db))
        first_hits = article_hits(site, site.hits)
        assert ARTICLES // 4 <= len(before) < ARTICLES, "the crawl should have been killed mid-way"
        assert (jobdir / "frontier.sqlite").exists()

        pantau(*args)
        second_hits = article_hits(site, site.hits) - first_hits

    after = Counter(stored(db))
    assert after == Counter(site.url(i) for i in range(ARTICLES)), "each article stored exactly once"
    refetched = {p for p in second_hits if site.base + p in before}
    assert not refetched, f"{len(refetched)} articles stored before the kill were fetched again"
    in_flight = {p for p in first_hits if site.base + p not in before}
    assert all(second_hits[p] == 1 for p in in_flight), "fetched but not stored at the kill: fetched again"
    assert sum(second_hits.values()) == ARTICLES - len(before)
    assert all(n == 1 for n in first_hits.values())
    with sqlite3.connect(db) as conn:
        runs = conn.execute("select status, articles_new, stats from crawl_runs order by id").fetchall()
        assert conn.execute("select kind, url, message from fetch_errors").fetchall() == []
    assert [r[0] for r in runs] == ["interrupted", "finished"]  # the next crawl saw its process was gone
    assert runs[1][1] == ARTICLES - len(before)
    assert json.loads(runs[1][2])["scrapy"]["frontier/resumed"] > 0
    assert not (jobdir / "frontier.sqlite").exists(), "a finished crawl clears its frontier"
    print(f"\nkilled after {len(before)} stored; first run fetched {sum(first_hits.values())} articles "
          f"({len(in_flight)} not yet stored), the resumed run {sum(second_hits.values())}")


def test_an_extraction_worker_killed_mid_crawl_costs_no_article(tmp_path):
    """The OOM killer (or a crash in a C library) takes one extraction process: the pool is
    replaced and the pages it held are extracted again; the crawl stores every article once."""
    import psutil

    db = tmp_path / "pantau.db"
    with GeneratedSite(ARTICLES, delay=0.02) as site:
        (tmp_path / "s.toml").write_text(site.sources_toml(), encoding="utf-8")
        crawl = psutil.Popen([str(BIN / "pantau"), "crawl", "--sources", str(tmp_path / "s.toml"), "--db", str(db)],
                             cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 120
        while len(stored(db)) < ARTICLES // 4 and crawl.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        workers = [p for p in crawl.children(recursive=True) if "multiprocessing" in " ".join(p.cmdline())
                   and "resource_tracker" not in " ".join(p.cmdline())]
        assert workers, "the crawl should be extracting in worker processes"
        workers[0].kill()
        out, err = crawl.communicate(timeout=180)
    assert crawl.returncode == 0, err[-2000:]
    assert "An extraction worker process died; starting new ones" in err
    assert Counter(stored(db)) == Counter(site.url(i) for i in range(ARTICLES)), out
