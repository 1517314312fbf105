"""The crawl frontier (crawler/frontier.py): order, dedup, at-least-once for articles, bounded RAM."""

import os

import psutil

from pantau.crawler.frontier import Frontier


def fp(i: int) -> bytes:
    return i.to_bytes(20, "big")


def test_pops_by_priority_then_in_order(tmp_path):
    f = Frontier(tmp_path / "f.sqlite")
    for i, priority in enumerate([10, 40, 10, 40, 20]):
        f.add(fp(i), priority, False, f"r{i}".encode())
    assert [f.pop()[2] for _ in range(5)] == [b"r1", b"r3", b"r4", b"r0", b"r2"]
    assert f.pop() is None and len(f) == 0


def test_seen_requests_are_not_queued_again_but_retries_are(tmp_path):
    f = Frontier(tmp_path / "f.sqlite")
    first = f.add(fp(1), 40, True, b"a")
    assert f.add(fp(1), 40, True, b"a again") is None and len(f) == 1
    assert f.pop()[0] == first and len(f) == 0
    assert f.add(None, 39, True, b"a, retry", row_id=first) == first  # dont_filter: no fingerprint
    assert f.pop() == (first, True, b"a, retry")


def test_after_a_kill_in_flight_articles_return_and_discovery_is_forgotten(tmp_path):
    path = tmp_path / "f.sqlite"
    f = Frontier(path, commit_ops=1)
    done, in_flight, queued = (f.add(fp(i), 40, True, b) for i, b in enumerate((b"done", b"in flight", b"queued")))
    f.add(fp(9), 20, False, b"sitemap")
    assert f.pop()[0] == done and f.pop()[0] == in_flight
    f.done(done)
    # no close(): the process dies here
    resumed = Frontier(path)
    assert resumed.resumed and resumed.restored == 2
    assert [resumed.pop()[2] for _ in range(2)] == [b"in flight", b"queued"] and resumed.pop() is None
    assert resumed.restored_upto == queued  # rows up to here came from the killed run
    assert resumed.add(fp(1), 40, True, b"x") is None  # articles stay seen
    assert resumed.add(fp(9), 20, False, b"sitemap") is not None  # discovery is read again


def test_a_finished_crawl_removes_the_file(tmp_path):
    f = Frontier(tmp_path / "f.sqlite")
    f.add(fp(1), 10, True, b"x")
    f.close(remove=True)
    assert not any(tmp_path.iterdir())


def rss_mb() -> float:
    return psutil.Process(os.getpid()).memory_info().rss / 2**20


def test_memory_stays_flat_as_the_crawl_grows(tmp_path):
    """A Python set of 120,000 fingerprints costs ~12 MB (Scrapy's RFPDupeFilter: see
    bench/crawl_memory.py); the frontier's RAM is SQLite's page cache, whatever the count."""
    f = Frontier(tmp_path / "f.sqlite")
    blob = b"x" * 400  # about one pickled request
    for i in range(40_000):
        f.add(fp(i), 40, True, blob)
    warm = rss_mb()
    for i in range(40_000, 160_000):
        f.add(fp(i), 40, True, blob)
    for _ in range(20_000):
        f.done(f.pop()[0])
    assert len(f) == 140_000
    assert rss_mb() - warm < 3, f"RSS grew {rss_mb() - warm:.1f} MB for 120,000 more requests"
