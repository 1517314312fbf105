"""Running unattended: pantau run (lock, exit codes, idempotent mail), schedule, health alerts,
Datasette, export and backup — with the real sample site, SMTP server and database."""

import csv
import io
import json
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from pantau.config import load_config
from pantau.run import run_lock
from pantau.store import open_db
from pantau.store.alerts import mark_failed, mark_sent, raise_alert
from pantau.store.analysis import save_analysis
from tests.conftest import crawl, pantau
from tests.test_digest import Inbox, free_port


def wait_for(condition, timeout=90, what="condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.2)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")


@pytest.fixture
def smtp():
    from aiosmtpd.controller import Controller

    inbox, port = Inbox(), free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    yield inbox, port
    controller.stop()


def write_config(tmp_path, site, smtp_port, cron="0 6 * * *"):
    (tmp_path / "sources.toml").write_text(site.sources_toml(dead_outlet=False), encoding="utf-8")
    config = tmp_path / "pantau.toml"
    config.write_text(f"""
[pantau]
db = "pantau.db"
sources = "sources.toml"
digest_dir = "digests"
formats = ["html", "txt"]

[mail]
to = ["humas@example.go.id"]
operators = ["ops@example.go.id"]

[smtp]
host = "127.0.0.1"
port = {smtp_port}
from = "Pantau <pantau@example.go.id>"

[schedule]
cron = "{cron}"
""", encoding="utf-8")
    return config


def test_run_is_complete_idempotent_and_locked(site, smtp, tmp_path):
    inbox, port = smtp
    config = write_config(tmp_path, site, port)
    first = pantau("run", "--config", config, "--date", "2026-11-20", check=False)
    assert first.returncode == 0, first.stdout + first.stderr
    assert first.stdout.startswith("pantau run 2026-11-20: ok in ")
    assert (tmp_path / "digests" / "digest-2026-11-20.html").exists() and (tmp_path / "digests" / "digest-2026-11-20.txt").exists()
    assert len(inbox.messages) == 1 and inbox.messages[0][0] == ["humas@example.go.id"]
    log = [json.loads(line) for line in (tmp_path / "pantau.db.runs.jsonl").read_text().splitlines()]
    assert {r["stage"] for r in log if r["event"] == "stage"} == {"crawl", "analyze", "digest", "send", "alerts"}

    again = pantau("run", "--config", config, "--date", "2026-11-20", check=False)
    assert again.returncode == 0
    assert "0 new, 0 updated" in again.stdout
    assert len(inbox.messages) == 1  # the reader already has today's digest

    with run_lock(load_config(config).lock_path):  # a run still going, as another process sees it
        blocked = pantau("run", "--config", config, check=False)
    assert blocked.returncode == 75
    assert "already running (pid " in blocked.stderr


def test_bad_config_has_its_own_exit_code(tmp_path):
    config = tmp_path / "bad.toml"
    config.write_text("[pantau]\ndb = 'x.db'\n", encoding="utf-8")
    proc = pantau("run", "--config", config, check=False)
    assert proc.returncode == 4 and "[pantau] needs sources" in proc.stderr


def test_scheduled_run_fires(site, smtp, tmp_path):
    config = write_config(tmp_path, site, smtp[1], cron="*/2 * * * * *")
    log = tmp_path / "pantau.db.runs.jsonl"
    proc = subprocess.Popen([str(Path(sys.executable).with_name("pantau")), "schedule", "--config", str(config)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        wait_for(lambda: log.exists() and any(json.loads(line).get("event") == "run" for line in log.read_text().splitlines()),
                 timeout=300, what="a scheduled run to finish")
    finally:
        proc.terminate()
        output = proc.communicate(timeout=30)[0]
    assert "pantau schedule: */2 * * * * * (Asia/Jakarta)" in output
    runs = [json.loads(line) for line in log.read_text().splitlines() if json.loads(line).get("event") == "run"]
    assert runs[0]["stages"]["crawl"]["ok"] and runs[0]["stages"]["digest"]["ok"]


@pytest.mark.parametrize("fault", ["error", "empty"])
def test_broken_outlet_raises_the_dead_outlet_alert(site, tmp_path, fault):
    db = tmp_path / "pantau.db"
    crawl(site, db, tmp_path, dead_outlet=False)
    site.faults["kabar"] = fault
    healthy = pantau("health", "--db", db, check=False)
    assert healthy.returncode == 0 and "no alerts" in healthy.stdout
    for _ in range(3):
        crawl(site, db, tmp_path, dead_outlet=False)
    proc = pantau("health", "--db", db, check=False)
    assert proc.returncode == 3
    assert "ALERT dead_outlet: kabar: no articles in the last 3 runs" in proc.stdout
    assert "warta" not in proc.stdout.split("\n\n", 1)[1]  # the healthy outlets raise nothing
    report = json.loads(pantau("health", "--db", db, "--json", check=False).stdout)
    assert [a["outlet"] for a in report["alerts"] if a["rule"] == "dead_outlet"] == ["kabar"]


def get(url):
    with urllib.request.urlopen(url, timeout=10) as r:
        return json.loads(r.read())


def test_datasette_serves_canned_queries_and_refuses_writes(crawled, tmp_path):
    _, source_db, _ = crawled
    db = tmp_path / "pantau.db"
    pantau("backup", "--db", source_db, "--out", db)
    conn = open_db(db)
    article_id = conn.execute("select id from articles where status = 'kept' order by id limit 1").fetchone()[0]
    save_analysis(conn, article_id, {
        "figures": [{"text": "45,2 juta", "value": "45200000", "kind": "count", "unit": "peserta", "approx": False,
                     "qualifier": "actual", "metric": "peserta aktif", "as_of": "2026-10-31", "sentence": "x"}],
        "quotes": [{"speaker": "Ratna Sari Dewi", "text": "Kami terus menjangkau pekerja", "kind": "direct"}],
    })
    alert_id = raise_alert(conn, {"key": "spread:story:1", "rule": "spread", "title": "Menyebar: Peserta aktif",
                                  "text": "Diberitakan 3 media dalam 0,7 jam", "url": "https://warta.example/1"},
                           ["mail", "webhook"])
    mark_sent(conn, [alert_id], "mail")
    mark_failed(conn, [alert_id], "webhook", "webhook https://hooks.example: HTTP 503")
    conn.close()
    port = free_port()
    log = open(tmp_path / "serve.log", "w")  # a file, not a pipe: Datasette logs a lot and must never block on it
    server = subprocess.Popen([str(Path(sys.executable).with_name("pantau")), "serve", "--db", str(db), "--port", str(port)],
                              stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}/pantau"

    def up():
        try:
            get(base + ".json")
            return True
        except urllib.error.HTTPError as e:
            e.close()
            return False
        except (urllib.error.URLError, ConnectionError):
            return False

    try:
        wait_for(up, timeout=60, what="Datasette to start")
        figures = get(base + "/figures_for_metric.json?metric=peserta+aktif&_shape=objects")["rows"]
        assert [(r["text"], r["as_of"]) for r in figures] == [("45,2 juta", "2026-10-31")]
        (alert,) = get(base + "/alerts_sent.json?since=&_shape=objects")["rows"]
        assert alert["title"] == "Menyebar: Peserta aktif" and alert["rule"] == "spread"
        assert "mail: sent 20" in alert["deliveries"] and "webhook: failed (webhook https://hooks.example: HTTP 503)" in alert["deliveries"]
        quotes = get(base + "/quotes_by_person.json?speaker=Ratna&_shape=objects")["rows"]
        assert quotes[0]["text"] == "Kami terus menjangkau pekerja"
        found = get(base + "/articles.json?_search=Ketenagakerjaan&_shape=objects&_size=5")["rows"]
        assert found and all("Ketenagakerjaan" in (r["title"] + r["text"]) for r in found)
        facets = get(base + "/articles.json?_facet=outlet")["facet_results"]
        assert "outlet" in json.dumps(facets)
        for statement in ("delete from articles", "update articles set title = 'x'", "drop table articles",
                          "insert into outlets (id) values ('x')"):
            with pytest.raises(urllib.error.HTTPError) as refused:
                get(base + ".json?" + urllib.parse.urlencode({"sql": statement}))
            refused.value.close()
            assert refused.value.code == 400, statement
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()
    with sqlite3.connect(db) as check:
        assert check.execute("select count(*) from articles where title = 'x'").fetchone()[0] == 0
        assert check.execute("select count(*) from outlets where id = 'x'").fetchone()[0] == 0


def test_export_and_backup_while_a_writer_holds_a_transaction(crawled, tmp_path):
    site, source_db, _ = crawled
    db = tmp_path / "live.db"
    pantau("backup", "--db", source_db, "--out", db)
    kept = sum(a.topic == "on" for a in site.articles)
    writer = sqlite3.connect(db)
    writer.execute("begin immediate")
    writer.execute("update articles set title = 'sedang ditulis' where id = (select min(id) from articles)")
    try:
        copy = pantau("backup", "--db", db, "--out", tmp_path / "copy.db", timeout=60)
        exported = pantau("export", "--db", db, "--format", "csv", timeout=60)
    finally:
        writer.rollback()
        writer.close()
    assert copy.stdout.strip().endswith("copy.db")
    with sqlite3.connect(tmp_path / "copy.db") as conn:
        assert conn.execute("select count(*) from articles where title = 'sedang ditulis'").fetchone()[0] == 0
        assert conn.execute("select count(*) from articles").fetchone()[0] == len(site.articles)
    rows = list(csv.DictReader(io.StringIO(exported.stdout)))
    assert len(rows) == kept and {"title", "published", "canonical_url"} <= set(rows[0])
    lines = pantau("export", "--db", db, "--include-skipped").stdout.splitlines()
    assert len(lines) == len(site.articles) and json.loads(lines[0])["title"]
    again = pantau("backup", "--db", db, "--out", tmp_path / "copy.db", check=False)
    assert again.returncode == 1 and "exists; choose a new file name" in again.stderr


def test_out_dash_is_standard_output_for_export_and_backup(crawled, tmp_path):
    site, db, _ = crawled
    default = pantau("export", "--db", db, "--format", "csv", cwd=tmp_path).stdout
    dash = pantau("export", "--db", db, "--format", "csv", "--out", "-", cwd=tmp_path)
    assert dash.stdout == default and len(list(csv.DictReader(io.StringIO(dash.stdout)))) == sum(a.topic == "on" for a in site.articles)
    assert dash.stderr == ""  # no "exported N articles to -"
    piped = subprocess.run([str(Path(sys.executable).parent / "pantau"), "backup", "--db", str(db), "--out", "-"],
                           capture_output=True, timeout=120, cwd=tmp_path, check=True)
    (tmp_path / "piped.db").write_bytes(piped.stdout)
    with sqlite3.connect(tmp_path / "piped.db") as conn:
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
        assert conn.execute("select count(*) from articles").fetchone()[0] == len(site.articles)
    assert not (tmp_path / "-").exists()


def test_a_run_killed_mid_crawl_loses_nothing_on_the_next_run(tmp_path):
    """cron's next run takes over from a killed one: the lock is free again, what was stored is
    not fetched again (incremental crawl), what was not is fetched and stored once."""
    import os
    import signal
    from collections import Counter

    from tests.generated.server import GeneratedSite
    from tests.test_resume import article_hits, stored

    articles = 200
    db = tmp_path / "pantau.db"
    with GeneratedSite(articles, delay=0.02) as site:
        (tmp_path / "sources.toml").write_text(site.sources_toml(), encoding="utf-8")
        config = tmp_path / "pantau.toml"
        config.write_text('[pantau]\ndb = "pantau.db"\nsources = "sources.toml"\ndigest_dir = "digests"\n', encoding="utf-8")
        first = subprocess.Popen([str(Path(sys.executable).with_name("pantau")), "run", "--config", str(config)],
                                 start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_for(lambda: len(stored(db)) >= articles // 4 or first.poll() is not None, what="a quarter stored")
        os.killpg(first.pid, signal.SIGKILL)  # cron's run, its crawler and extraction workers
        first.wait()
        before = set(stored(db))
        assert len(before) < articles, "the run should have been killed mid-crawl"
        first_hits = article_hits(site, site.hits)

        again = pantau("run", "--config", config, check=False)
        second_hits = article_hits(site, site.hits) - first_hits

    assert again.returncode in (0, 3), again.stdout + again.stderr
    assert Counter(stored(db)) == Counter(site.url(i) for i in range(articles))
    assert not {p for p in second_hits if site.base + p in before}, "stored before the kill, fetched again"
