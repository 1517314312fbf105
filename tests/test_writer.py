"""The crawl's article writer (crawler/writer.py): a batch per transaction, one bad article costs
only itself, and an answer only once the article is committed."""

import asyncio
import sqlite3

import pytest

from pantau.crawler.writer import ArticleWriter
from pantau.store import open_db


def article(n, published="2026-11-18T09:00:00+07:00"):
    return {"url": f"https://warta.example/a/{n}.html", "outlet": "warta", "title": f"Iuran naik {n}",
            "published": published, "text": f"BPJS Ketenagakerjaan mencatat iuran naik. Berita {n}.", "lang": "id"}


def stored(db):
    with sqlite3.connect(db) as conn:
        return sorted(u for (u,) in conn.execute("select canonical_url from articles"))


@pytest.mark.timeout(60)
def test_a_bad_article_costs_only_itself_and_answers_come_after_the_commit(tmp_path):
    db = tmp_path / "pantau.db"
    run_id = open_db(db)["crawl_runs"].insert({"status": "running"}).last_pk
    writer = ArticleWriter(db, run_id)

    async def crawl():
        # all queued at once: the writer takes them as one batch (or a few)
        items = [article(1), article(2, published="2026-11-18T09:00:00"), article(3), article(1)]
        futures = [writer.save(item, "kept", matched=["iuran"]) for item in items]
        results = await asyncio.gather(*futures, return_exceptions=True)
        seen_when_answered = stored(db)
        return results, seen_when_answered

    results, seen_when_answered = asyncio.run(crawl())
    writer.close()
    assert results[0] == "new" and results[2] == "new" and results[3] == "unchanged"
    assert isinstance(results[1], ValueError) and "no UTC offset" in str(results[1])
    expected = ["https://warta.example/a/1.html", "https://warta.example/a/3.html"]
    assert seen_when_answered == expected  # committed, and visible to another connection, before the answer
    assert stored(db) == expected
