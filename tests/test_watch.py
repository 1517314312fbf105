"""pantau watch (issue 15, part 3): a story three outlets publish within the hour reaches a real
webhook receiver and a real SMTP server exactly once; quiet hours hold alerts; a failing webhook
is retried; `pantau alerts` shows what went where. The site, receiver and SMTP server are
started by the tests on 127.0.0.1."""

import json
import threading
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from zoneinfo import ZoneInfo

import pytest

from pantau.config import load_config
from pantau.run import AlreadyRunning, run_lock
from tests.conftest import pantau
from tests.site.articles import Article
from tests.site.server import SampleSite
from tests.test_digest import Inbox, free_port

WIB = ZoneInfo("Asia/Jakarta")
TITLE = "BPJS Ketenagakerjaan Salurkan Beasiswa untuk 12.000 Anak Peserta"


def story_site(now: datetime) -> SampleSite:
    """Three outlets publish the same story 50, 30 and 10 minutes ago (our own text)."""
    def article(outlet, minutes_ago, title, lead):
        return Article(
            id=f"{outlet}-01-beasiswa-anak-peserta", outlet=outlet, title=title,
            published=(now - timedelta(minutes=minutes_ago)).astimezone(WIB).replace(second=0, microsecond=0),
            author="Dewi Lestari", section="Jaminan Sosial",
            paragraphs=[
                lead,
                "Direktur Pelayanan BPJS Ketenagakerjaan Budi Santoso mengatakan beasiswa diberikan bagi anak "
                "peserta yang orang tuanya meninggal dunia atau mengalami cacat total tetap akibat kecelakaan kerja, "
                "mulai dari jenjang taman kanak-kanak hingga perguruan tinggi.",
                "\u201cKami ingin memastikan anak-anak peserta tetap bisa bersekolah setinggi mungkin,\u201d kata Budi "
                "dalam penyerahan beasiswa secara simbolis di Jakarta.",
                "Menurut Budi, beasiswa anak peserta merupakan bagian dari manfaat program Jaminan Kecelakaan Kerja "
                "dan Jaminan Kematian yang dikelola BPJS Ketenagakerjaan.",
            ],
        )

    return SampleSite(articles=sorted([
        article("warta", 50, TITLE,
                "Jakarta \u2013 BPJS Ketenagakerjaan menyalurkan beasiswa pendidikan untuk 12.000 anak peserta "
                "pada tahun ini."),
        article("ekonomi", 30, "12.000 Anak Peserta BPJS Ketenagakerjaan Terima Beasiswa Pendidikan",
                "JAKARTA, EkonomiNusa.com - Sebanyak 12.000 anak peserta menerima beasiswa pendidikan dari "
                "BPJS Ketenagakerjaan tahun ini."),
        article("kabar", 10, "BPJS Ketenagakerjaan Beri Beasiswa ke 12.000 Anak Peserta",
                "BPJS Ketenagakerjaan memberikan beasiswa pendidikan kepada 12.000 anak peserta sepanjang tahun ini."),
    ], key=lambda a: a.published, reverse=True))


class Receiver:
    """An incoming-webhook endpoint: keeps every accepted JSON body; `fail` answers the next n
    requests with 503, `down` answers every request with 503."""

    def __init__(self):
        self.accepted, self.requests, self.fail, self.down = [], 0, 0, False
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                receiver.requests += 1
                if receiver.down or receiver.fail > 0:
                    receiver.fail = max(0, receiver.fail - 1)
                    self.send_response(503)
                    self.send_header("Content-Length", "11")
                    self.end_headers()
                    self.wfile.write(b"unavailable")
                    return
                receiver.accepted.append((self.headers.get("Content-Type"), json.loads(body)))
                self.send_response(200)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok")

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/services/T000/B000/secret"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver():
    r = Receiver()
    yield r
    r.close()


@pytest.fixture
def smtp():
    from aiosmtpd.controller import Controller

    inbox, port = Inbox(), free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    yield inbox, port
    controller.stop()


def write_config(tmp_path, site, smtp_port, webhook_url, extra=""):
    (tmp_path / "sources.toml").write_text(site.sources_toml(dead_outlet=False), encoding="utf-8")
    config = tmp_path / "pantau.toml"
    config.write_text(f"""
[pantau]
db = "pantau.db"
sources = "sources.toml"

[mail]
to = ["humas@example.go.id"]

[smtp]
host = "127.0.0.1"
port = {smtp_port}
from = "Pantau <pantau@example.go.id>"

[watch]
min_outlets = 3
within_hours = 2
priority_outlets = ["kompas"]
webhook_url = "{webhook_url}"
webhook_retries = 2
webhook_backoff = 0.1
{extra}
""", encoding="utf-8")
    return config


def alerts_json(tmp_path):
    return json.loads(pantau("alerts", "--db", tmp_path / "pantau.db", "--json").stdout)


def test_three_outlets_in_an_hour_alert_once_by_webhook_and_mail(receiver, smtp, tmp_path):
    inbox, port = smtp
    with story_site(datetime.now(timezone.utc)) as site:
        config = write_config(tmp_path, site, port, receiver.url)
        first = pantau("watch", "--config", config, "--once", check=False)
        assert first.returncode == 0, first.stdout + first.stderr
        assert "1 new alert(s)" in first.stdout and "mail sent 1" in first.stdout and "webhook sent 1" in first.stdout
        listings = [path for (_, path) in site.hits if path.split("?")[0] in ("/", "/indeks", "/ekonomi")
                    or path.startswith("/page/")]
        assert listings == []  # feeds and sitemaps only

        second = pantau("watch", "--config", config, "--once", check=False)
        assert second.returncode == 0, second.stdout + second.stderr
        assert "0 new alert(s)" in second.stdout

    (content_type, body), = receiver.accepted
    assert content_type == "application/json"
    assert "3 media" in body["text"] and "BPJS Ketenagakerjaan" in body["text"]
    assert body["blocks"][0]["type"] == "header" and body["blocks"][0]["text"]["text"].startswith("Menyebar: ")
    links = [e["text"] for e in body["blocks"][-1]["elements"] if e["text"].startswith("<http://127.0.0.1:")]
    assert len(links) == 1 and links[0].endswith("|Buka berita>")
    (rcpts, raw), = inbox.messages
    assert rcpts == ["humas@example.go.id"]
    assert b"Subject: Pantau: Menyebar: " in raw and b"3 media" in raw

    (alert,) = alerts_json(tmp_path)
    assert alert["rule"] == "spread" and alert["detail"]["hours"] < 1
    assert sorted(o["outlet"] for o in alert["detail"]["outlets"]) == ["ekonomi", "kabar", "warta"]
    assert {c: d["status"] for c, d in alert["deliveries"].items()} == {"mail": "sent", "webhook": "sent"}
    table = pantau("alerts", "--db", tmp_path / "pantau.db").stdout.splitlines()
    assert table[0].split() == ["id", "raised", "(WIB)", "rule", "mail", "webhook", "title"]
    assert len(table) == 2 and " spread " in table[1] and table[1].count("sent ") == 2
    runs = pantau("health", "--db", tmp_path / "pantau.db", check=False)
    assert "no alerts" in runs.stdout  # watch passes are not judged as full crawls


def test_quiet_hours_hold_alerts_and_a_failing_webhook_is_retried(receiver, smtp, tmp_path):
    inbox, port = smtp
    now = datetime.now(WIB)
    around_now = f'quiet_hours = "{(now - timedelta(hours=2)):%H:%M}-{(now + timedelta(hours=2)):%H:%M}"'
    with story_site(datetime.now(timezone.utc)) as site:
        config = write_config(tmp_path, site, port, receiver.url, extra=around_now)
        quiet = pantau("watch", "--config", config, "--once", check=False)
        assert quiet.returncode == 0, quiet.stdout + quiet.stderr
        assert "1 new alert(s)" in quiet.stdout and "1 held for quiet hours" in quiet.stdout
        assert receiver.requests == 0 and inbox.messages == []
        row = pantau("alerts", "--db", tmp_path / "pantau.db").stdout.splitlines()[1]
        assert row.count("held to ") == 2

        # quiet hours over; the webhook is down: mail goes, the webhook failure is recorded
        config = write_config(tmp_path, site, port, receiver.url)
        receiver.down = True
        failing = pantau("watch", "--config", config, "--once", check=False)
        assert failing.returncode == 1 and "FAILED: deliver" in failing.stdout
        assert receiver.requests == 3  # the first try and two retries, backing off
        assert len(inbox.messages) == 1
        (alert,) = alerts_json(tmp_path)
        hook = alert["deliveries"]["webhook"]
        assert hook["status"] == "failed" and "HTTP 503" in hook["last_error"] and "secret" not in hook["last_error"]
        assert "failed ×3" in pantau("alerts", "--db", tmp_path / "pantau.db").stdout

        # back up, but the first request still fails: retried within the pass, delivered once
        receiver.down, receiver.fail = False, 1
        recovered = pantau("watch", "--config", config, "--once", check=False)
        assert recovered.returncode == 0, recovered.stdout + recovered.stderr
        assert "0 new alert(s)" in recovered.stdout and "webhook sent 1" in recovered.stdout
        again = pantau("watch", "--config", config, "--once", check=False)
        assert again.returncode == 0 and "webhook sent 0" in again.stdout
    assert receiver.requests == 5 and len(receiver.accepted) == 1
    assert len(inbox.messages) == 1  # the mail was never sent twice
    (alert,) = alerts_json(tmp_path)
    assert {c: d["status"] for c, d in alert["deliveries"].items()} == {"mail": "sent", "webhook": "sent"}


def test_a_watch_pass_and_a_run_never_crawl_at_once(tmp_path):
    config = tmp_path / "pantau.toml"
    config.write_text('[pantau]\ndb = "pantau.db"\nsources = "sources.toml"\n', encoding="utf-8")
    lock = load_config(config).lock_path
    with run_lock(lock):  # the morning run is going: a pass does not start
        proc = pantau("watch", "--config", config, "--once", check=False)
    assert proc.returncode == 75 and "already running (pid " in proc.stderr

    held, released = threading.Event(), threading.Event()

    def watch_pass():
        with run_lock(lock, what="pantau watch"):
            held.set()
            released.wait(10)

    holder = threading.Thread(target=watch_pass)
    holder.start()
    held.wait(10)
    try:
        with pytest.raises(AlreadyRunning):  # without waiting, the run would be refused ...
            with run_lock(lock):
                pass
        threading.Timer(1.0, released.set).start()
        with run_lock(lock, wait_for_watch=30):  # ... a run waits for the pass to end instead
            assert released.is_set()
    finally:
        released.set()
        holder.join()


@pytest.mark.parametrize("table, message", [
    ('quiet_hours = "22-06"', 'quiet_hours must look like "22:00-06:00"'),
    ("min_outlets = 0", "min_outlets must be a whole number above 0"),
    ('webhook_url = "ftp://x"', "webhook_url must be an http(s) URL"),
    ("every_minute = 5", "unknown key every_minute"),
])
def test_a_bad_watch_table_is_a_clear_error(tmp_path, table, message):
    config = tmp_path / "pantau.toml"
    config.write_text(f'[pantau]\ndb = "p.db"\nsources = "s.toml"\n\n[watch]\n{table}\n', encoding="utf-8")
    proc = pantau("watch", "--config", config, "--once", check=False)
    assert proc.returncode == 4 and message in proc.stderr and "Traceback" not in proc.stderr


def test_watch_runs_a_pass_every_few_minutes_until_stopped(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    from tests.test_ops import wait_for

    with SampleSite(articles=[]) as site:
        (tmp_path / "sources.toml").write_text(site.sources_toml(dead_outlet=False), encoding="utf-8")
        config = tmp_path / "pantau.toml"
        config.write_text('[pantau]\ndb = "pantau.db"\nsources = "sources.toml"\n\n[watch]\nevery_minutes = 0.1\n',
                          encoding="utf-8")
        log = tmp_path / "pantau.db.runs.jsonl"

        def passes():
            lines = log.read_text(encoding="utf-8").splitlines() if log.exists() else []
            return [r for r in map(json.loads, lines) if r.get("event") == "watch"]

        proc = subprocess.Popen([str(Path(sys.executable).with_name("pantau")), "watch", "--config", str(config)],
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        try:
            wait_for(lambda: len(passes()) >= 2, timeout=240, what="two watch passes")
        finally:
            proc.terminate()
            output = proc.communicate(timeout=60)[0]
    assert "pantau watch: every 0.1 minutes (Asia/Jakarta)" in output
    assert all(p["ok"] and p["stages"]["crawl"]["ok"] for p in passes()[:2])
    assert "pantau watch: ok in " in output


def test_web_text_in_a_webhook_message_cannot_form_links_or_mentions():
    from pantau.webhook import payload

    hostile = {"title": "BPJS <!channel> <https://evil.example|klik> & co", "text": "<@U123> dikecam",
               "rule": "negative", "url": "javascript:alert(1)"}
    body = payload(hostile, "Buka berita")
    assert body["text"] == "BPJS &lt;!channel&gt; &lt;https://evil.example|klik&gt; &amp; co\n&lt;@U123&gt; dikecam"
    assert body["blocks"][1]["text"]["text"] == "&lt;@U123&gt; dikecam"
    assert all("javascript" not in e["text"] for e in body["blocks"][-1]["elements"])  # not a link at all
    body = payload({**hostile, "url": "https://warta.example/a|b>c"}, "Buka berita")
    assert body["blocks"][-1]["elements"][0]["text"] == "<https://warta.example/a%7Cb%3Ec|Buka berita>"
