"""The crawl frontier (crawler/frontier.py): order, dedup, at-least-once for articles, bounded RAM."""

import os

import psutil

from pantau.crawler.frontier import Frontier


def fp(i: int) -> bytes:
    return i.to_bytes(20, "big")


def test_pops_by_priority_then_in_order(tmp_path):
    f = Frontier(tmp_path / "f.sqlite")
    for i, priority in enumerate([10, 40, 10, 40, 20]):
        f.push(priority, False, f"r{i}".encode())
    assert [f.pop()[2] for _ in range(5)] == [b"r1", b"r3", b"r4", b"r0", b"r2"]
    assert f.pop() is None and len(f) == 0


def test_seen_set(tmp_path):
    f = Frontier(tmp_path / "f.sqlite")
    assert f.see(fp(1), durable=True) and not f.see(fp(1), durable=True)


def test_after_a_kill_in_flight_articles_return_and_discovery_is_forgotten(tmp_path):
    path = tmp_path / "f.sqlite"
    f = Frontier(path, commit_ops=1)
    for i in (1, 2, 3):
        f.see(fp(i), durable=True)
    f.see(fp(9), durable=False)
    done, in_flight, queued = (f.push(40, True, b) for b in (b"done", b"in flight", b"queued"))
    f.push(20, False, b"sitemap")
    assert f.pop()[0] == done and f.pop()[0] == in_flight
    f.done(done)
    # no close(): the process dies here
    resumed = Frontier(path)
    assert resumed.resumed and resumed.restored == 2
    assert [resumed.pop()[2] for _ in range(2)] == [b"in flight", b"queued"] and resumed.pop() is None
    assert resumed.restored_upto == queued  # rows up to here came from the killed run
    assert not resumed.see(fp(1), True) and resumed.see(fp(9), False)  # articles stay seen, discovery does not


def test_a_finished_crawl_removes_the_file(tmp_path):
    f = Frontier(tmp_path / "f.sqlite")
    f.push(10, True, b"x")
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
        f.see(fp(i), True)
        f.push(40, True, blob)
    warm = rss_mb()
    for i in range(40_000, 160_000):
        f.see(fp(i), True)
        f.push(40, True, blob)
    for _ in range(20_000):
        f.done(f.pop()[0])
    assert len(f) == 140_000
    assert rss_mb() - warm < 3, f"RSS grew {rss_mb() - warm:.1f} MB for 120,000 more requests"
