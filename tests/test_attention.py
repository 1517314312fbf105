"""The digest's "Perlu perhatian" section (issue 15, part 2) in every format and in headless
Chromium, and the alert rules that read the same questions over the last hours."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from lxml import html as lxml_html

from pantau import alert_rules
from pantau.config import WatchConfig
from pantau.store import open_db
from pantau.store.analysis import save_analysis
from pantau.store.articles import ensure_outlet, save_article
from tests.conftest import ROOT
from tests.test_digest import CHROMIUM_ARGS, figure, render_all

WIB = ZoneInfo("Asia/Jakarta")
DAY = date(2026, 11, 5)
OUTLETS = [("warta", "WartaKerja.com"), ("kabar", "KabarPekerja.id"), ("ekonomi", "EkonomiNusa.com")]
HOSTILE = '<script>alert("p")</script>'
SENTENCES = {
    "warta": "Jumlah peserta aktif BPJS Ketenagakerjaan mencapai 45,2 juta orang hingga akhir Oktober 2026.",
    "kabar": "BPJS Ketenagakerjaan mencatat 45,2 juta peserta aktif per 31 Oktober 2026.",
    "ekonomi": "Peserta aktif BPJS Ketenagakerjaan tercatat 45,7 juta orang hingga 31 Oktober 2026, kata "
               "Deputi Direktur Bidang Kepesertaan Korporasi dan Institusi yang namanya sangat panjang sekali.",
}


def article(n, outlet, when, title):
    return {"url": f"https://{outlet}.example/berita/{n}-peserta-aktif-bpjs-ketenagakerjaan-oktober-2026",
            "outlet": outlet, "title": title, "published": when,
            "text": f"Jakarta – {SENTENCES.get(outlet, 'BPJS Ketenagakerjaan mencatat hal baru.')}\n\nParagraf kedua."}


def story(db, story_id, title, article_ids):
    """What the story stage of `pantau analyze` writes for articles it grouped."""
    with db.conn:
        db.execute("insert into stories (id, title, first_published, last_published, n_articles, outlets) "
                   "values (?, ?, '', '', ?, '[]')", [story_id, title, len(article_ids)])
        for aid in article_ids:
            db.execute("insert into story_articles (article_id, story_id, score) values (?, ?, 1.0)", [aid, story_id])


@pytest.fixture
def attention_db(tmp_path):
    """5 November: one story in three outlets within 40 minutes, whose outlets disagree on the
    number of active participants; 6 November: two ordinary articles (a quiet day)."""
    path = tmp_path / "attention.db"
    db = open_db(path)
    for oid, name in OUTLETS:
        ensure_outlet(db, oid, name)
    times = {"warta": "09:05", "kabar": "09:25", "ekonomi": "09:45"}
    for n, (oid, _) in enumerate(OUTLETS, 1):
        save_article(db, article(n, oid, f"2026-11-05T{times[oid]}:00+07:00", f"Peserta aktif BPJS versi {oid} {HOSTILE}"))
        value = "45,7 juta" if oid == "ekonomi" else "45,2 juta"
        f = figure(value, value.split()[0].replace(",", "") + "00000", "peserta aktif")
        tone = [{"target": "BPJS Ketenagakerjaan", "tone": "negative" if oid == "kabar" else "neutral",
                 "score": -0.62 if oid == "kabar" else 0.05}]
        save_analysis(db, n, {"figures": [{**f, "sentence": SENTENCES[oid]}], "tone": tone,
                              "entities": [{"text": "BPJS Ketenagakerjaan", "label": "ORG",
                                            "canonical": "BPJS Ketenagakerjaan", "start": 10, "end": 30}]})
    story(db, 1, f"Peserta aktif BPJS Ketenagakerjaan {HOSTILE}", [1, 2, 3])
    for n, oid in [(4, "warta"), (5, "kabar")]:
        save_article(db, article(n, oid, f"2026-11-06T1{n}:00:00+07:00", f"Berita biasa nomor {n}"))
        save_analysis(db, n, {"figures": [], "entities": [], "tone": [
            {"target": "BPJS Kesehatan", "tone": "positive", "score": 0.7},
            {"target": "Kementerian Ketenagakerjaan", "tone": "neutral", "score": -0.1}]})
    story(db, 4, "Berita biasa nomor 4", [4])
    story(db, 5, "Berita biasa nomor 5", [5])
    db.close()
    return path


def test_perlu_perhatian_opens_the_digest_in_every_format(attention_db, tmp_path):
    out = render_all(attention_db, tmp_path)
    page = lxml_html.fromstring(out["html"])
    headings = [" ".join(h.text_content().split()) for h in page.xpath("//h2")]
    assert headings[:2] == ["Perlu perhatian", "Sekilas"]
    section = page.xpath("//h2[.='Perlu perhatian']/..")[0]
    text = " ".join(section.text_content().split())
    # the conflict: both values with each outlet's sentence and a link to it
    assert "Angka berbeda antar media" in text and "peserta aktif" in text
    for oid, name in OUTLETS:
        assert SENTENCES[oid] in text, oid
        assert section.xpath(f".//a[.='{name}']/@href")[0].startswith(f"https://{oid}.example/berita/")
    boxes = section.xpath(".//div[contains(@style, 'max-width:320px')]")
    assert [" ".join(b.text_content().split()).split(" ", 2)[:2] for b in boxes] == [["45,2", "juta"], ["45,7", "juta"]]
    # the negative coverage: the story, the institution, the outlet that was negative
    assert "Nada negatif terhadap BPJS Ketenagakerjaan" in text
    (block,) = section.xpath(".//div[normalize-space(text())='Nada negatif terhadap BPJS Ketenagakerjaan']/..")
    assert [a.text for a in block.xpath("./div[3]//a")] == ["KabarPekerja.id"]
    # the story that spread: three outlets in 40 minutes
    assert "Cepat menyebar · 3 media dalam 0,7 jam" in text
    assert HOSTILE in text and not page.xpath("//script")  # web text shown, never run
    # email-safe: inline styles only, as the rest of the digest
    assert not page.xpath("//style | //link | //*[@class]")

    md = out["md"].split("## Sekilas")[0]
    assert "## Perlu perhatian" in md and "<script" not in md
    assert f"- **45,7 juta** — [EkonomiNusa.com](<https://ekonomi.example/berita/3-" in md
    assert "**Cepat menyebar:**" in md and "3 media dalam 0,7 jam" in md
    assert "**Nada negatif terhadap BPJS Ketenagakerjaan:** [Peserta aktif BPJS versi kabar" in md
    txt = out["txt"].split("SEKILAS")[0]
    assert "PERLU PERHATIAN" in txt and "! Angka berbeda antar media: peserta aktif" in txt
    assert "45,7 juta — EkonomiNusa.com: Peserta aktif BPJS Ketenagakerjaan" in txt
    assert "https://warta.example/berita/1-" in txt
    assert "! Nada negatif terhadap BPJS Ketenagakerjaan: Peserta aktif BPJS versi kabar" in txt
    # what needs attention comes in this order: tone, figure checks, conflicts, spreading
    order = [txt.index(h) for h in ("! Nada negatif", "! Angka berbeda", "* Cepat menyebar")]
    assert order == sorted(order)


def test_no_section_at_all_on_a_quiet_day(attention_db, tmp_path):
    out = {}
    for lang in ("id", "en"):
        for fmt in ("html", "md", "txt"):
            path = tmp_path / f"quiet-{lang}.{fmt}"
            from tests.conftest import pantau

            pantau("digest", "--db", attention_db, "--date", "2026-11-06", "--format", fmt, "--lang", lang, "--out", path)
            out[lang, fmt] = path.read_text(encoding="utf-8")
    for (lang, fmt), text in out.items():
        assert "Berita biasa nomor 4" in text, (lang, fmt)  # the day has news ...
        for heading in ("Perlu perhatian", "PERLU PERHATIAN", "Needs attention", "NEEDS ATTENTION", "fffaeb"):
            assert heading not in text, (lang, fmt)  # ... but nothing that needs attention


@pytest.mark.parametrize("width", [375, 1024])
def test_perlu_perhatian_in_headless_chromium(attention_db, tmp_path, width):
    from playwright.sync_api import sync_playwright

    html = render_all(attention_db, tmp_path)["html"]
    path = tmp_path / "digest.html"
    path.write_text(html, encoding="utf-8")
    shots = ROOT / "tests" / "out"
    shots.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": 900})
            page.goto(path.as_uri())
            page.wait_for_load_state("load")
            scroll, inner = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
            section = page.locator("td", has=page.locator("h2", has_text="Perlu perhatian")).last
            box = section.bounding_box()
            values = page.locator("div[style*='max-width:320px']")
            first, second = values.nth(0).bounding_box(), values.nth(1).bounding_box()
            widest = page.evaluate("""(td) => Math.max(...Array.from(td.querySelectorAll('*'))
                .map(e => e.getBoundingClientRect().right))""", section.element_handle())
            section.screenshot(path=str(shots / f"perlu-perhatian-{width}.png"))
        finally:
            browser.close()
    assert scroll <= inner, f"horizontal overflow at {width}px: {scroll} > {inner}"
    assert widest <= box["x"] + box["width"] + 0.5  # nothing in the section sticks out of it
    if width == 1024:  # the two values side by side ...
        assert first["y"] == second["y"] and second["x"] >= first["x"] + first["width"]
    else:  # ... and one under the other on a phone
        assert second["y"] >= first["y"] + first["height"]


def articles_at(db, day: str, hour: int, n: int, start=0):
    for i in range(n):
        save_article(db, article(1000 + start + i, "warta", f"{day}T{hour:02d}:{10 + i % 40:02d}:00+07:00", f"Berita {day} {i}"))


def test_a_volume_spike_against_the_same_hour_of_past_days(tmp_path):
    db = open_db(tmp_path / "spike.db")
    ensure_outlet(db, "warta", "WartaKerja.com")
    for d in range(1, 8):  # one article at 09:xx WIB on each of the 7 days before
        articles_at(db, f"2026-11-{10 - d:02d}", 9, 1, start=100 * d)
        articles_at(db, f"2026-11-{10 - d:02d}", 14, 6, start=100 * d + 10)  # busy afternoons don't count
    articles_at(db, "2026-11-10", 9, 6)
    watch = WatchConfig(spike_factor=3.0, spike_min_articles=5, baseline_days=14)
    now = datetime(2026, 11, 10, 9, 55, tzinfo=WIB)
    spikes = [a for a in alert_rules.evaluate(db, watch, now, WIB) if a["rule"] == "spike"]
    assert [(a["key"], a["detail"]["count"], a["detail"]["baseline"], a["detail"]["days"]) for a in spikes] == [
        ("spike:2026-11-10T09", 6, 1.0, 7)]
    assert spikes[0]["title"] == "Lonjakan berita: 6 artikel sejak pukul 09:00 WIB"
    # the same count in the afternoon is ordinary
    articles_at(db, "2026-11-10", 14, 6, start=50)
    afternoon = datetime(2026, 11, 10, 14, 55, tzinfo=WIB)
    assert [a for a in alert_rules.evaluate(db, watch, afternoon, WIB) if a["rule"] == "spike"] == []
    # with less than three days of history there is no baseline to speak of
    young = open_db(tmp_path / "young.db")
    ensure_outlet(young, "warta", "WartaKerja.com")
    articles_at(young, "2026-11-09", 9, 1)
    articles_at(young, "2026-11-10", 9, 6)
    assert [a for a in alert_rules.evaluate(young, watch, now, WIB) if a["rule"] == "spike"] == []


def test_rules_look_back_within_hours_only(attention_db):
    """A pass the morning after raises nothing about yesterday morning's story."""
    db = open_db(attention_db)
    watch = WatchConfig(min_outlets=3, within_hours=6)
    soon = alert_rules.evaluate(db, watch, datetime(2026, 11, 5, 10, 0, tzinfo=WIB), WIB)
    assert sorted(a["rule"] for a in soon) == ["conflict", "negative", "spread"]
    spread = next(a for a in soon if a["rule"] == "spread")
    assert spread["key"] == "spread:story:1" and spread["detail"]["hours"] == 0.7
    assert spread["text"].startswith("Diberitakan 3 media dalam 0,7 jam: WartaKerja.com, KabarPekerja.id, EkonomiNusa.com.")
    assert alert_rules.evaluate(db, watch, datetime(2026, 11, 6, 9, 0, tzinfo=WIB), WIB) == []
    other = WatchConfig(min_outlets=3, within_hours=6, institutions=["BPJS Kesehatan"])
    assert [a["rule"] for a in alert_rules.evaluate(db, other, datetime(2026, 11, 5, 10, 0, tzinfo=WIB), WIB)] == ["conflict"]


@pytest.mark.parametrize("priority, expected", [
    (["kabar"], ["negative:1:BPJS Ketenagakerjaan"]),  # the outlet that was negative is a priority
    (["warta", "ekonomi"], []),  # the priority outlets were not negative
    ([], ["negative:1:BPJS Ketenagakerjaan"]),  # no list: every outlet counts
])
def test_negative_tone_in_a_priority_outlet(attention_db, priority, expected):
    db = open_db(attention_db)
    watch = WatchConfig(within_hours=6, priority_outlets=priority)
    found = [a for a in alert_rules.evaluate(db, watch, datetime(2026, 11, 5, 10, 0, tzinfo=WIB), WIB)
             if a["rule"] == "negative"]
    assert [a["key"] for a in found] == expected
    if found:
        assert found[0]["title"] == f"Nada negatif terhadap BPJS Ketenagakerjaan: Peserta aktif BPJS versi kabar {HOSTILE}"
        assert found[0]["text"].startswith("Di KabarPekerja.id; skor nada -0,62")
    # positive and neutral tone, and institutions not watched, raise nothing
    quiet = WatchConfig(within_hours=30, priority_outlets=priority, institutions=["BPJS Kesehatan", "Kementerian Ketenagakerjaan"])
    assert [a for a in alert_rules.evaluate(db, quiet, datetime(2026, 11, 6, 16, 0, tzinfo=WIB), WIB)
            if a["rule"] == "negative"] == []
