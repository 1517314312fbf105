"""The digest as readers get it: files in three formats, mail through a real SMTP server,
HTML rendered in real headless Chromium."""

import email
import re
import sqlite3
from datetime import date
from email import policy
from pathlib import Path

import pytest
from lxml import html as lxml_html

from pantau.store import open_db
from pantau.store.analysis import save_analysis
from pantau.store.articles import ensure_outlet, save_article
from tests.conftest import ROOT, pantau

DAY = date(2026, 11, 5)
HOSTILE_TITLE = 'BPJS <script>alert("t")</script> "><img src=x onerror=alert(1)> [klik](javascript:alert(2))'
HOSTILE_QUOTE = '"><img src=x onerror=alert(3)><script>alert(4)</script>'


def article(n, day="2026-11-05", hour=9, outlet="warta", title=None, text=None):
    return {
        "url": f"https://{outlet}.example/berita/{n}", "outlet": outlet,
        "title": title or f"BPJS Ketenagakerjaan berita nomor {n}",
        "published": f"{day}T{hour:02d}:15:00+07:00",
        "text": text or f"Jakarta – BPJS Ketenagakerjaan mencatat {n} hal penting.\n\nParagraf kedua berita {n}.",
    }


def figure(text, value, metric, qualifier="actual", as_of="2026-10-31", kind="count", unit="peserta"):
    return {"text": text, "value": value, "value_max": None, "kind": kind, "currency": "IDR" if kind == "money" else None,
            "unit": unit, "per": None, "approx": False, "qualifier": qualifier, "metric": metric, "as_of": as_of,
            "sentence": f"Sebanyak {text}.", "start": 0, "end": len(text)}


@pytest.fixture
def digest_db(tmp_path):
    """A small database with analysis results, one hostile article, one quiet day."""
    path = tmp_path / "pantau.db"
    db = open_db(path)
    for oid, name in [("warta", "WartaKerja.com"), ("kabar", "KabarPekerja.id")]:
        ensure_outlet(db, oid, name)
    save_article(db, article(1, title="Peserta aktif BPJS Ketenagakerjaan 45,2 juta"))
    save_article(db, article(2, outlet="kabar", title="Peserta aktif tembus 45,2 juta orang"))
    save_article(db, article(3, hour=20, outlet="kabar", title=HOSTILE_TITLE))
    save_article(db, article(4, day="2026-11-04"))
    db.execute("update articles set canonical_url = 'javascript:alert(5)' where id = 3")
    db.conn.commit()
    save_analysis(db, 1, {
        "figures": [figure("45,2 juta", "45200000", "peserta aktif")],
        "people": [{"name": "Ratna Sari Dewi", "role": "Deputi Direktur", "organisation": "BPJS Ketenagakerjaan"}],
        "quotes": [{"speaker": "Ratna Sari Dewi", "text": "Kami terus menjangkau pekerja informal", "kind": "direct"}],
        "entities": [{"text": "BPJamsostek", "label": "ORG", "canonical": "BPJS Ketenagakerjaan", "start": 0, "end": 11},
                     {"text": "JHT", "label": "PROGRAM", "canonical": "Jaminan Hari Tua", "start": 20, "end": 23}],
        "summary": ["Jakarta – BPJS Ketenagakerjaan mencatat 1 hal penting."],
    })
    save_analysis(db, 2, {"figures": [figure("45,2 juta", "45200000", "peserta aktif")], "quotes": [], "entities": []})
    save_analysis(db, 3, {
        "quotes": [{"speaker": "<b>Penyusup</b>", "text": HOSTILE_QUOTE, "kind": "direct"}],
        "people": [{"name": "<b>Penyusup</b>", "role": "<i>peran</i>", "organisation": "x"}],
        "figures": [figure("<script>9</script>", "9", "<img src=x onerror=alert(6)>")],
        "entities": [{"text": "<svg onload=alert(7)>", "label": "ORG", "canonical": "<svg onload=alert(7)>", "start": 0, "end": 5}],
        "summary": [HOSTILE_TITLE],
    })
    db.close()
    return path


def render_all(db, tmp_path, *extra):
    out = {}
    for fmt in ("html", "md", "txt"):
        path = tmp_path / f"digest.{fmt}"
        pantau("digest", "--db", db, "--date", DAY.isoformat(), "--format", fmt, "--out", path, *extra)
        out[fmt] = path.read_text(encoding="utf-8")
    return out


def test_digest_sections_in_every_format(digest_db, tmp_path):
    out = render_all(digest_db, tmp_path)
    for fmt, text in out.items():
        assert "Peserta aktif BPJS Ketenagakerjaan 45,2 juta" in text, fmt
        assert "3 artikel hari ini" in text, fmt  # 3 on 5 Nov, 1 the day before
        assert "0,1 per hari" in text, fmt  # 1 article in the 7 days before, averaged
        assert "45,2 juta" in text and "peserta aktif" in text, fmt
        assert "Ratna Sari Dewi" in text and "Kami terus menjangkau pekerja informal" in text, fmt
        assert "Jaminan Hari Tua" in text, fmt  # topic and mentions
        assert "berita nomor 4" not in text, fmt  # the day before is not in today's stories
    page = lxml_html.fromstring(out["html"])
    figures_row = page.xpath("//td[contains(., '45,2 juta')]/following-sibling::td")[0].text_content()
    assert "WartaKerja.com" in figures_row and "KabarPekerja.id" in figures_row  # one figure, both outlets
    assert "data:image/png;base64," in out["html"]  # trend charts embedded in the saved file


def test_english_labels(digest_db, tmp_path):
    out = render_all(digest_db, tmp_path, "--lang", "en")
    assert "Top stories" in out["html"] and "Key figures" in out["md"] and "SPOKESPEOPLE" in out["txt"]
    assert "Berita utama" not in out["html"]


def test_hostile_web_content_is_inert_in_every_format(digest_db, tmp_path):
    out = render_all(digest_db, tmp_path)
    page = lxml_html.fromstring(out["html"])
    assert page.xpath("//script") == []
    assert page.xpath("//img[not(starts-with(@src, 'data:image/png'))]") == []
    assert page.xpath("//*[@*[starts-with(name(), 'on')]]") == []
    assert page.xpath("//svg | //i | //b[contains(., 'Penyusup')]") == []
    assert "<b>Penyusup</b>" in page.text_content()
    assert all(h.startswith(("http://", "https://")) for h in page.xpath("//a/@href"))
    assert '<script>alert("t")</script>' in page.text_content()  # shown as text, not run
    for fmt in ("md", "txt", "html"):
        assert "javascript:alert(5)" not in out[fmt], fmt  # the hostile link is never a link
    md = out["md"]
    assert "<script" not in md and "<img" not in md and "<svg" not in md
    assert not re.search(r"(?<!\\)\]\(javascript", md) and not re.search(r"(?<!\\)\[klik", md)


def test_empty_day_and_busy_day(tmp_path):
    path = tmp_path / "busy.db"
    db = open_db(path)
    for n in range(600):
        save_article(db, article(n, hour=6 + n % 15, outlet=("warta", "kabar", "ekonomi")[n % 3]))
    db.close()
    busy = tmp_path / "busy.html"
    pantau("digest", "--db", path, "--date", "2026-11-05", "--out", busy)
    page = lxml_html.fromstring(busy.read_text(encoding="utf-8"))
    assert "600 artikel hari ini" in page.text_content()
    assert "dan 590 lainnya" in page.text_content()  # ten stories shown, the rest counted
    quiet = tmp_path / "quiet.html"
    pantau("digest", "--db", path, "--date", "2026-11-12", "--out", quiet)
    text = lxml_html.fromstring(quiet.read_text(encoding="utf-8")).text_content()
    assert "Tidak ada berita yang cocok" in text and "0 artikel hari ini" in text
    assert "rata-rata 7 hari sebelumnya 85,7 per hari" in text  # 600 articles on 5 Nov / 7


def test_an_undated_article_is_never_news_of_the_day_it_was_fetched(tmp_path):
    """Issue 13: an article whose page, feed and sitemap give no date is stored undated; the
    digest of the crawl day (or any day) does not list it."""
    path = tmp_path / "undated.db"
    db = open_db(path)
    ensure_outlet(db, "warta", "WartaKerja.com")
    save_article(db, {**article(1), "published": None, "title": "Arsip lama tanpa tanggal soal BPJS"})
    save_article(db, article(2, day=date.today().isoformat(), title="Berita BPJS hari ini"))
    db.close()
    out = tmp_path / "today.txt"
    pantau("digest", "--db", path, "--date", date.today().isoformat(), "--format", "txt", "--out", out)
    text = out.read_text(encoding="utf-8")
    assert "Berita BPJS hari ini" in text
    assert "Arsip lama tanpa tanggal" not in text


def test_out_dash_writes_the_digest_to_standard_output(digest_db, tmp_path):
    files = render_all(digest_db, tmp_path)
    for fmt in ("md", "txt"):
        piped = pantau("digest", "--db", digest_db, "--date", DAY.isoformat(), "--format", fmt, "--out", "-", cwd=tmp_path)
        assert piped.stdout == files[fmt], fmt  # the same digest, nothing else on stdout
    html = pantau("digest", "--db", digest_db, "--date", DAY.isoformat(), "--out", "-", cwd=tmp_path).stdout
    assert html.lstrip().lower().startswith("<!doctype html") and "Peserta aktif BPJS Ketenagakerjaan 45,2 juta" in html
    assert not (tmp_path / "-").exists()  # no file named "-"


def test_digest_needs_a_destination(digest_db):
    proc = pantau("digest", "--db", digest_db, "--date", "2026-11-05", check=False)
    assert proc.returncode == 2 and "give --out PATH, --email-to ADDR, or both" in proc.stderr


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Inbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((envelope.rcpt_tos, envelope.content))
        return "250 OK"


def test_digest_mail_through_a_real_smtp_server(digest_db, tmp_path):
    from aiosmtpd.controller import Controller

    inbox = Inbox()
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        proc = pantau("digest", "--db", digest_db, "--date", "2026-11-05", "--email-to", "humas@example.go.id",
                      "--email-to", "kepala@example.go.id", "--smtp-host", "127.0.0.1", "--smtp-port", port)
    finally:
        controller.stop()
    assert "sent" in proc.stdout
    (rcpts, raw), = inbox.messages
    assert rcpts == ["humas@example.go.id", "kepala@example.go.id"]
    msg = email.message_from_bytes(raw, policy=policy.default)
    assert "5 November 2026" in msg["Subject"]
    assert msg.get_content_type() == "multipart/alternative"
    text_part, related = msg.get_payload()
    assert text_part.get_content_type() == "text/plain" and "Kami terus menjangkau" in text_part.get_content()
    assert related.get_content_type() == "multipart/related"
    html_part, *images = related.get_payload()
    html = html_part.get_content()
    cids = set(re.findall(r'src="cid:([^"]+)"', html))
    assert cids and "data:image" not in html
    parts = {p["Content-ID"].strip("<>"): p for p in images}
    assert cids <= set(parts)
    assert all(parts[c].get_content_type() == "image/png" and parts[c].get_content()[:8] == b"\x89PNG\r\n\x1a\n" for c in cids)


def test_smtp_failure_is_a_clear_error(digest_db):
    proc = pantau("digest", "--db", digest_db, "--date", "2026-11-05", "--email-to", "a@example.go.id",
                  "--smtp-host", "127.0.0.1", "--smtp-port", "9", check=False)
    assert proc.returncode == 1
    assert "could not send mail through 127.0.0.1:9" in proc.stderr and "Traceback" not in proc.stderr


CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


@pytest.mark.parametrize("width", [375, 1024])
def test_digest_renders_in_headless_chromium_without_overflow(crawled_digest, width):
    from playwright.sync_api import sync_playwright

    shots = ROOT / "tests" / "out"
    shots.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": 900})
            errors = []
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(crawled_digest.as_uri())
            page.wait_for_load_state("load")
            scroll, inner = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
            images_ok = page.evaluate("Array.from(document.images).every(i => i.complete && i.naturalWidth > 0)")
            page.screenshot(path=str(shots / f"digest-{width}.png"), full_page=True)
        finally:
            browser.close()
    assert scroll <= inner, f"horizontal overflow at {width}px: {scroll} > {inner}"
    assert images_ok
    assert errors == []


@pytest.fixture(scope="module")
def analysed(crawled, tmp_path_factory):
    """A copy of the crawled sample site, analysed (figures, quotes, stories …)."""
    _, crawled_db, _ = crawled
    db = tmp_path_factory.mktemp("analysed") / "analysed.db"
    pantau("backup", "--db", crawled_db, "--out", db)
    pantau("analyze", "--db", db, "--no-progress")
    return db


@pytest.fixture(scope="module")
def crawled_digest(analysed):
    """The digest of the busiest day of the crawled and analysed sample site."""
    db, tmp = analysed, analysed.parent
    with sqlite3.connect(db) as conn:
        day = conn.execute("select substr(published, 1, 10) d from articles where status = 'kept' "
                           "group by d order by count(*) desc, d limit 1").fetchone()[0]
    out = tmp / f"digest-{day}.html"
    pantau("digest", "--db", db, "--date", day, "--out", out)
    return out


def test_digest_of_a_crawled_site_lists_the_days_articles(crawled, crawled_digest):
    site, db, _ = crawled
    day = crawled_digest.stem.removeprefix("digest-")
    page = lxml_html.fromstring(crawled_digest.read_text(encoding="utf-8"))
    text = " ".join(page.text_content().split())
    todays = [a for a in site.articles if a.published.date().isoformat() == day]
    for a in todays:
        assert (a.title in text) == (a.topic == "on"), a.id
    for section in ("Angka kunci", "Narasumber dan kutipan", "Lembaga dan program yang disebut", "Tren"):
        assert section in text, section


def test_conflicting_figures_in_one_story_are_highlighted(tmp_path):
    path = tmp_path / "conflict.db"
    db = open_db(path)
    for oid, name in [("warta", "WartaKerja.com"), ("kabar", "KabarPekerja.id"), ("ekonomi", "EkonomiNusa.com")]:
        ensure_outlet(db, oid, name)
    for n, outlet in [(1, "warta"), (2, "kabar"), (3, "ekonomi")]:
        save_article(db, article(n, outlet=outlet, title=f"Peserta aktif BPJS Ketenagakerjaan versi {outlet}"))
    values = {1: ("45,2 juta", "45200000"), 2: ("45,2 juta", "45200000"), 3: ("45,7 juta", "45700000")}
    for n, (text, value) in values.items():
        save_analysis(db, n, {"figures": [figure(text, value, "peserta aktif")]})
    # the story stage grouped the three reports (as `pantau analyze` does for the sample site's E1)
    with db.conn:
        db.execute("insert into stories (id, title, first_published, last_published, n_articles, outlets) "
                   "values (1, 'Peserta aktif', '2026-11-05T02:15:00Z', '2026-11-05T02:15:00Z', 3, '[]')")
        for n in values:
            db.execute("insert into story_articles (article_id, story_id, score) values (?, 1, 1.0)", [n])
    db.close()
    out = render_all(path, tmp_path)
    page = lxml_html.fromstring(out["html"])
    rows = {" ".join(td.text_content().split()): td for td in page.xpath("//td[@width='34%']")}
    assert set(rows) == {"45,2 juta", "45,7 juta"}
    for cell in rows.values():
        assert "b42318" in cell.get("style")  # the warning colour on both values
        details = cell.getnext().text_content()
        assert "Angka berbeda antar media" in details
    assert "WartaKerja.com" in rows["45,2 juta"].getnext().text_content()
    assert "EkonomiNusa.com" in rows["45,7 juta"].getnext().text_content()
    assert "| ⚠ 45,2 juta |" in out["md"] and "| ⚠ 45,7 juta |" in out["md"]
    assert "! 45,2 juta — peserta aktif" in out["txt"] and "! 45,7 juta — peserta aktif" in out["txt"]


def test_outlets_disagreeing_on_a_figure_are_flagged_end_to_end(analysed, tmp_path):
    """The sample site's 3 November story: two outlets print 45,2 juta active participants, one 45,7 juta."""
    out = tmp_path / "d.txt"
    pantau("digest", "--db", analysed, "--date", "2026-11-03", "--format", "txt", "--out", out)
    flagged = [line for line in out.read_text(encoding="utf-8").splitlines() if line.startswith("! ") and "juta" in line]
    assert any("45,7 juta" in line and "EkonomiNusa.com" in line for line in flagged), flagged
    assert any("45,2 juta" in line and "WartaKerja.com" in line for line in flagged), flagged
    assert all("peserta aktif" in line for line in flagged), flagged


def test_key_figures_put_money_and_big_numbers_before_small_counts(tmp_path):
    path = tmp_path / "rank.db"
    db = open_db(path)
    ensure_outlet(db, "warta", "WartaKerja.com")
    save_article(db, article(1))
    save_analysis(db, 1, {"figures": [
        figure("tiga", "3", "laporan serupa", unit="laporan"),
        figure("40 persen", "40", "porsi SBN", kind="percent", unit=None),
        figure("Rp5 triliun", "5000000000000", "pembelian SBN", kind="money", unit=None),
        figure("372 ribu", "372000", "kasus kecelakaan kerja", unit="kasus"),
    ]})
    db.close()
    page = lxml_html.fromstring(render_all(path, tmp_path)["html"])
    shown = [" ".join(td.text_content().split()) for td in page.xpath("//td[@width='34%']")]
    assert shown == ["Rp5 triliun", "372 ribu", "40 persen", "tiga"]


def test_key_figures_show_each_value_once_per_story_and_watched_institutions_first(tmp_path):
    """Issue 14: a figure in a headline and again in the body (and in a second outlet's copy) is
    one line, written as the body writes it, with both outlets; figures whose sentence names a
    watched institution or programme come before bigger ones about something else; a figure
    whose metric the analysis could not name is left out."""
    path = tmp_path / "key.db"
    db = open_db(path)
    for oid, name in [("warta", "WartaKerja.com"), ("kabar", "KabarPekerja.id")]:
        ensure_outlet(db, oid, name)
    title = "BPJamsostek Bidik 53,9 Juta Peserta"
    body = ("Jakarta – BPJS Ketenagakerjaan menargetkan 53,9 juta peserta aktif. "
            "Kota itu membangun jalan senilai Rp900 triliun. Kegiatan itu tengah mencapai 95 persen.")
    for n, outlet in [(1, "warta"), (2, "kabar")]:
        save_article(db, article(n, outlet=outlet, title=title, text=body))
    offset = len(title) + 2
    sentences = body.split(". ")

    def mention(text, value, metric, kind, sentence, in_title=False):
        start = title.index(text) if in_title else offset + body.index(text)
        return {**figure(text, value, metric, kind=kind, unit=None, qualifier="target" if "53" in text else None,
                         as_of=None), "sentence": sentence, "start": start, "end": start + len(text)}

    for n in (1, 2):
        save_analysis(db, n, {
            "figures": [mention("53,9 Juta", "53900000", "peserta aktif", "count", title, in_title=True),
                        mention("53,9 juta", "53900000", "peserta aktif", "count", sentences[0]),
                        mention("Rp900 triliun", "900000000000000", "jalan", "money", sentences[1]),
                        {**mention("95 persen", "95", None, "percent", sentences[2])}],
            "entities": [{"text": "BPJamsostek", "label": "ORG", "canonical": "BPJS Ketenagakerjaan", "start": 0, "end": 11},
                         {"text": "BPJS Ketenagakerjaan", "label": "ORG", "canonical": "BPJS Ketenagakerjaan",
                          "start": offset + 10, "end": offset + 30}],
        })
    with db.conn:
        db.execute("insert into stories (id, title, first_published, last_published, n_articles, outlets) "
                   "values (1, 'Bidik', '2026-11-05T02:15:00Z', '2026-11-05T02:15:00Z', 2, '[]')")
        for n in (1, 2):
            db.execute("insert into story_articles (article_id, story_id, score) values (?, 1, 1.0)", [n])
    db.close()
    txt = render_all(path, tmp_path)["txt"]
    section = txt.split("ANGKA KUNCI\n", 1)[1].split("\n\n", 1)[0].splitlines()
    assert section == ["- 53,9 juta — peserta aktif (target) [WartaKerja.com, KabarPekerja.id]",
                       "- Rp900 triliun — jalan [WartaKerja.com, KabarPekerja.id]"]
