"""Issue 13, item 6: hostile pages never stall or bloat, in `pantau extract` and in a crawl.

The hostile files (tests/faults/hostile.py) are made in a temp dir. How fast each is answered is
bench/hostile.py's business; here: one answer each, of the right kind, and memory bounded.
"""

import json
import os
import sqlite3
import subprocess
import threading
import time

import psutil
import pytest

from tests.conftest import BIN, ROOT, pantau
from tests.faults.hostile import CP1252_LINE, CP1252_TITLE, hostile_files
from tests.faults.server import FaultSite, Pathological

KEYS = {"path", "url", "title", "published", "author", "text", "lang"}
# Abandoned pages in these tests: short enough to keep the suite quick, far below what the
# endless page needs on any machine.
DEADLINE = "4"


def run_measured(args, env) -> tuple[subprocess.CompletedProcess, float]:
    """Run a command; also the peak RSS (MB) of it and all its children together."""
    proc = psutil.Popen(args, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                        env={**os.environ, **env})
    peak, done = 0.0, threading.Event()

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
    out, err = proc.communicate(timeout=600)
    done.set()
    sampler.join()
    return subprocess.CompletedProcess(args, proc.returncode, out, err), peak


@pytest.mark.timeout(600)
def test_extract_answers_every_hostile_file_once_in_bounded_memory(tmp_path):
    files = hostile_files(tmp_path)
    proc, peak_mb = run_measured([str(BIN / "pantau"), "extract", *map(str, files.values()), "--jsonl"],
                                 env={"PANTAU_EXTRACT_DEADLINE": DEADLINE})
    assert proc.returncode == 0, proc.stderr[-2000:]
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["path"] for r in records] == [str(p) for p in files.values()], "one answer per file, in order"
    got = {name: r for name, r in zip(files, records)}
    errors = {name: r.get("error", "") for name, r in got.items()}
    assert errors["empty.html"].startswith("empty_body")
    assert errors["random.bin"].startswith("not_html")
    assert errors["missing.html"].startswith("FileNotFoundError")
    assert errors["bomb.html.gz"].startswith("too_large")
    assert errors["huge.html"].startswith("too_large")
    assert errors["endless.html"].startswith("extraction") and "deadline" in errors["endless.html"]
    assert "error" not in got["deep.html"] and CP1252_LINE in got["deep.html"]["text"]  # the nest does not hide the article
    cp1252 = got["cp1252.html"]
    assert "error" not in cp1252 and KEYS <= set(cp1252)
    assert cp1252["title"] == CP1252_TITLE and cp1252["text"].startswith(CP1252_LINE)
    assert peak_mb < 1024, f"peak RSS {peak_mb:.0f} MB"


@pytest.mark.timeout(600)
def test_a_crawl_abandons_a_page_past_the_deadline_and_stores_the_rest(tmp_path):
    db, sources = tmp_path / "pantau.db", tmp_path / "sources.toml"
    with FaultSite([Pathological]) as site:
        sources.write_text(site.sources_toml(), encoding="utf-8")
        # one worker: the pages behind the endless one can only be extracted by its replacement
        proc = pantau("crawl", "--sources", sources, "--db", db, "--log-level", "WARNING",
                      "--set", f"PANTAU_EXTRACT_DEADLINE={DEADLINE}", "--set", "PANTAU_EXTRACT_WORKERS=1", timeout=540)
        expected = site["pathological"].expected_urls()
    assert "took longer than" in proc.stderr and "worker process replaced" in proc.stderr
    with sqlite3.connect(db) as conn:
        stored = sorted(u for (u,) in conn.execute("select canonical_url from articles"))
        errors = conn.execute("select kind, url, message from fetch_errors").fetchall()
        status, stats = conn.execute("select status, stats from crawl_runs").fetchone()
        failures = conn.execute("select extraction_failures from health where outlet = 'pathological'").fetchone()[0]
    assert stored == sorted(expected)
    assert [(kind, url.rsplit("/", 1)[1]) for kind, url, _ in errors] == [("extraction", "pathological-long.html")]
    assert "deadline" in errors[0][2]
    assert status == "finished" and failures == 1
    assert json.loads(stats)["scrapy"]["pantau/extract_deadline_exceeded"] == 1
