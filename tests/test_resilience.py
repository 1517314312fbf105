"""Nothing lost: a killed analysis resumes without loss or duplicates, and readers (digest,
Datasette) run while a crawl and an analysis write, without "database is locked"."""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from tests.conftest import pantau
from tests.site.server import SampleSite
from tests.test_digest import free_port
from tests.test_ops import wait_for

BIN = Path(sys.executable).parent
TABLES = ("figures", "entities", "people", "quotes", "summaries")


def counts_per_article(db):
    with sqlite3.connect(db) as conn:
        out = {}
        for table in TABLES:
            for url, n in conn.execute(f"select a.canonical_url, count(t.article_id) from articles a "
                                       f"left join {table} t on t.article_id = a.id where a.status = 'kept' group by a.id"):
                out[(table, url)] = n
        pending = conn.execute("select count(*) from articles where status = 'kept' and analysed_at is null").fetchone()[0]
    return out, pending


def stored(db) -> int:
    try:  # read-only: connecting must not create the file before the crawler does
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
            return conn.execute("select count(*) from articles").fetchone()[0]
    except sqlite3.OperationalError:  # not created yet
        return 0


def ingest_copies(site, db, tmp_path, copies):
    lines = []
    for k in range(copies):
        for a in site.articles:
            if a.topic == "on":
                lines.append(json.dumps({"url": f"https://{a.outlet}.example/{a.id}/{k}", "title": a.title, "outlet": a.outlet,
                                         "published": a.published.isoformat(), "text": "\n\n".join(a.paragraphs)}))
    path = tmp_path / "articles.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    pantau("ingest", path, "--db", db)
    return len(lines)


def test_killed_analysis_resumes_without_loss_or_duplicates(tmp_path):
    site = SampleSite()
    clean, killed = tmp_path / "clean.db", tmp_path / "killed.db"
    n = ingest_copies(site, clean, tmp_path, 3)
    ingest_copies(site, killed, tmp_path, 3)
    pantau("analyze", "--db", clean, "--no-progress", timeout=900)

    proc = subprocess.Popen([str(BIN / "pantau"), "analyze", "--db", str(killed), "--batch-size", "4", "--no-progress"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def some_done():
        with sqlite3.connect(killed) as conn:
            return conn.execute("select count(*) from articles where analysed_at is not null").fetchone()[0] >= 8

    try:
        wait_for(some_done, timeout=300, what="part of the analysis")
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    _, pending = counts_per_article(killed)
    assert 0 < pending < n, "the kill should land mid-way"
    pantau("analyze", "--db", killed, "--no-progress", timeout=900)
    expected, _ = counts_per_article(clean)
    got, pending = counts_per_article(killed)
    assert pending == 0
    assert got == expected  # per article and table: nothing lost, nothing twice


def test_a_backlog_analysed_in_worker_processes_gives_what_one_process_gives(tmp_path):
    from pantau.analyze import analyze_db

    site = SampleSite()
    alone, parallel = tmp_path / "alone.db", tmp_path / "parallel.db"
    n = ingest_copies(site, alone, tmp_path, 2)
    ingest_copies(site, parallel, tmp_path, 2)
    assert analyze_db(alone, progress=False, workers=1) == {"analysed": n, "failed": 0}
    assert analyze_db(parallel, progress=False, workers=2) == {"analysed": n, "failed": 0}
    got, pending = counts_per_article(parallel)
    assert pending == 0 and got == counts_per_article(alone)[0]
    figures = ("select a.canonical_url, f.text, f.value, f.metric, f.qualifier, f.as_of from figures f "
               "join articles a on a.id = f.article_id order by 1, f.start")
    quotes = ("select a.canonical_url, q.speaker, q.text, q.tone, q.tone_score from quotes q "
              "join articles a on a.id = q.article_id order by 1, q.start")
    tone = "select a.canonical_url, t.target, t.tone, t.score from article_tone t join articles a on a.id = t.article_id order by 1, 2"
    with sqlite3.connect(alone) as a, sqlite3.connect(parallel) as p:
        assert a.execute("select count(*) from article_tone").fetchone()[0] > 0
        for sql in (figures, quotes, tone, "select story_id, count(*) from story_articles group by 1 order by 1"):
            assert p.execute(sql).fetchall() == a.execute(sql).fetchall()


def test_readers_and_writers_together_never_see_a_locked_database(tmp_path):
    db = tmp_path / "pantau.db"
    with SampleSite(replicate=8) as site:
        sources = tmp_path / "sources.toml"
        sources.write_text(site.sources_toml(dead_outlet=False), encoding="utf-8")
        crawl = subprocess.Popen([str(BIN / "pantau"), "crawl", "--sources", str(sources), "--db", str(db), "--log-level", "WARNING"],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        wait_for(lambda: stored(db) > 0, timeout=120, what="the crawl's first articles")
        port = free_port()
        log = open(tmp_path / "serve.log", "w")
        server = subprocess.Popen([str(BIN / "pantau"), "serve", "--db", str(db), "--port", str(port)], stdout=log, stderr=subprocess.STDOUT)
        outputs, rounds = [], 0
        try:
            while crawl.poll() is None or rounds < 2:
                rounds += 1
                outputs.append(pantau("analyze", "--db", db, "--no-progress", check=False, timeout=600))
                outputs.append(pantau("digest", "--db", db, "--date", "2026-11-10", "--out", tmp_path / "d.html", check=False))
                try:
                    with urllib.request.urlopen(f"http://127.0.0.1:{port}/pantau/articles.json?_size=5", timeout=30) as r:
                        assert r.status == 200
                except OSError:
                    pass  # Datasette may still be starting
        finally:
            out, err = crawl.communicate(timeout=600)
            server.terminate()
            server.wait(timeout=30)
            log.close()
    assert crawl.returncode == 0, err
    for proc in outputs:
        assert proc.returncode == 0, proc.stderr
        assert "locked" not in proc.stderr.lower()
    assert "locked" not in err.lower() and "locked" not in (tmp_path / "serve.log").read_text().lower()
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from articles").fetchone()[0] == len(site.articles)
    assert rounds >= 2
