"""Scale-out (issue 8): a lead and two workers share one crawl through a real redis-server."""

import re
import shutil
import socket
import sqlite3
import subprocess
import time
from collections import Counter
from urllib.parse import urlsplit

import pytest
import redis

from tests.conftest import BIN, ROOT, crawl
from tests.site.server import SampleSite

# Few requests in flight per process, so that a small site is shared between the processes.
SHARE = ("--set", "CONCURRENT_REQUESTS=4", "--log-level", "INFO")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def redis_url(tmp_path):
    port = free_port()
    assert shutil.which("redis-server"), "redis-server missing: `make test` installs it (Debian package redis-server)"
    server = subprocess.Popen(
        ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
         "--dir", str(tmp_path)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    client = redis.Redis(port=port)
    for _ in range(100):
        try:
            client.ping()
            break
        except redis.ConnectionError:
            time.sleep(0.05)
    yield f"redis://127.0.0.1:{port}/0"
    server.terminate()
    server.wait(10)


def start(*args, log):
    with log.open("w") as out:
        return subprocess.Popen([str(BIN / "pantau"), "crawl", *map(str, args)], cwd=ROOT,
                                stdout=out, stderr=subprocess.STDOUT, text=True)


def shared_crawl(site, sources, db, url, tmp_path, tag):
    """Two workers waiting, then the lead; returns the lead's and the workers' last output lines."""
    workers = [start("--sources", sources, "--redis", url, "--worker", *SHARE, log=tmp_path / f"{tag}-w{i}.log")
               for i in (1, 2)]
    processes = list(workers)
    try:
        waiting = redis.Redis.from_url(url)
        deadline = time.monotonic() + 60
        # the workers start first and wait for a lead (whatever an earlier crawl left in Redis)
        while waiting.hlen("pantau:news:busy") < 2 or not all(
                "Waiting for a lead" in (tmp_path / f"{tag}-w{i}.log").read_text() for i in (1, 2)):
            assert time.monotonic() < deadline, "the workers never registered in Redis"
            for i, w in enumerate(workers, 1):
                assert w.poll() is None, f"a worker stopped before any lead came:\n{(tmp_path / f'{tag}-w{i}.log').read_text()}"
            time.sleep(0.05)
        lead = start("--sources", sources, "--db", db, "--redis", url, *SHARE, log=tmp_path / f"{tag}-lead.log")
        processes.append(lead)
        outputs = []
        for proc, log in [(lead, f"{tag}-lead.log"), (workers[0], f"{tag}-w1.log"), (workers[1], f"{tag}-w2.log")]:
            assert proc.wait(180) == 0, (tmp_path / log).read_text()
            outputs.append((tmp_path / log).read_text().strip().splitlines()[-1])
        return outputs
    finally:  # a failed wait leaves no crawler running into the next test
        for proc in processes:
            if proc.poll() is None:
                proc.kill()
                proc.wait()


def pages(site) -> Counter:
    return Counter({(outlet, path): n for (outlet, path), n in site.hits.items() if path != "/robots.txt"})


def articles_fetched(hits) -> set:
    """The pages fetched, an AMP copy counted as its article: whether a listing's link to the AMP
    copy is followed depends on whether the article was already stored under its canonical URL
    when the listing was parsed, which is a race in any concurrent crawl."""
    return {(outlet, path.removeprefix("/amp")) for outlet, path in hits}


def run_counts(line) -> dict:
    """The numbers of a crawl's summary line, with the pages fetched twice (an AMP copy and its
    article, fetched before either was stored) taken out of the pages: those vary with timing."""
    pages, new, updated, kept, skipped, again, known, errors = map(int, re.findall(r"\d+", line.split(": ", 1)[1]))
    return {"pages": pages - again, "new": new, "updated": updated, "kept": kept, "skipped": skipped,
            "known": known, "errors": errors}


def stored(db):
    with sqlite3.connect(db) as conn:
        return sorted(conn.execute("select canonical_url, status, content_hash from articles"))


def test_two_workers_and_a_lead_fetch_every_page_once_and_store_what_one_crawler_stores(tmp_path, redis_url):
    with SampleSite() as site:
        alone_line = crawl(site, tmp_path / "alone.db", tmp_path, dead_outlet=False).stdout.strip()
        alone = pages(site)
        site.hits.clear()
        sources = tmp_path / "sources.toml"  # the same outlets, ports and paths
        lead_line, *worker_lines = shared_crawl(site, sources, tmp_path / "shared.db", redis_url, tmp_path, "first")
        shared = pages(site)
        robots = sum(n for (_, path), n in site.hits.items() if path == "/robots.txt")

    assert max(shared.values()) == 1, [p for p, n in shared.items() if n > 1]
    assert articles_fetched(shared) == articles_fetched(alone)  # every page of the site, once
    assert set(shared) <= set(alone) | {(o, "/amp" + p) for o, p in alone}
    assert robots <= 3 * 3  # robots.txt: once per process and outlet, outside the shared queue
    fetched_by_workers = [int(line.split(": ")[1].split()[0]) for line in worker_lines]
    assert sum(fetched_by_workers) > 0, worker_lines  # the work was shared
    # the lead's run counts what every process fetched and found
    assert run_counts(lead_line) == run_counts(alone_line)
    assert stored(tmp_path / "shared.db") == stored(tmp_path / "alone.db")
    with sqlite3.connect(tmp_path / "shared.db") as conn:
        pages_in_health = conn.execute("select sum(pages_fetched) from health").fetchone()[0]
    assert f"{pages_in_health} pages fetched" in lead_line
    assert not redis.Redis.from_url(redis_url).exists("pantau:news:requests", "pantau:news:dupefilter",
                                                      "pantau:news:busy", "pantau:news:messages")


def test_a_second_shared_crawl_is_incremental_on_the_workers_too(tmp_path, redis_url):
    with SampleSite() as site:
        sources = tmp_path / "sources.toml"
        sources.write_text(site.sources_toml(dead_outlet=False), encoding="utf-8")
        first_line, *_ = shared_crawl(site, sources, tmp_path / "shared.db", redis_url, tmp_path, "first")
        first = {urlsplit(url).path for url, _, _ in stored(tmp_path / "shared.db")}
        site.hits.clear()
        lead_line, *worker_lines = shared_crawl(site, sources, tmp_path / "shared.db", redis_url, tmp_path, "second")
        refetched = [path for (_, path) in site.hits if path.split("?")[0] in first]
    # every process knew what the lead had stored (whether the first crawl stored every article is
    # test_two_workers_and_a_lead_fetch_every_page_once's question)
    assert refetched == [], first_line
    fetched_by_workers = [int(line.split(": ")[1].split()[0]) for line in worker_lines]
    assert sum(fetched_by_workers) > 0, worker_lines  # the workers took part (feeds, listings)
    missed = len({site.path(a) for a in site.articles} - first)
    assert f"{missed} new, 0 updated" in lead_line, first_line


def test_a_worker_without_redis_a_lead_without_db_or_no_redis_server_is_told_what_is_wrong(tmp_path):
    from tests.conftest import pantau

    sources = tmp_path / "sources.toml"
    sources.write_text("", encoding="utf-8")
    proc = pantau("crawl", "--sources", sources, "--worker", check=False)
    assert proc.returncode == 2 and "--worker needs --redis" in proc.stderr
    proc = pantau("crawl", "--sources", sources, "--redis", "redis://127.0.0.1:1/0", check=False)
    assert proc.returncode == 2 and "--db" in proc.stderr
    proc = pantau("crawl", "--sources", sources, "--redis", f"redis://127.0.0.1:{free_port()}/0", "--worker", check=False)
    assert proc.returncode == 1 and "Error: cannot reach Redis at redis://127.0.0.1:" in proc.stderr
    assert "Traceback" not in proc.stderr
