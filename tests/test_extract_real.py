"""Extraction on pages in the shapes of real Indonesian outlets' templates (issue 13).

The fixture pages in tests/data/pages are written for these tests (invented text and names) in
the layouts national outlets use: site names around the headline in <title>, bylines with and
without labels, date widgets, related-article boxes, ad labels, captions, sign-off initials.
The real pages in ../shared/data/pages are scored by bench/extract_real.py; the last test here
holds Pantau to the floors in bench/floors.json when they are present.
"""

import json
from pathlib import Path

import pytest

from pantau.crawler.extract import extract_article
from pantau.crawler.extract.bylines import Byline, labelled
from pantau.crawler.extract.dates import date_from_url, find_printed_date, iso
from pantau.crawler.extract.titles import displayed_title, site_keys, strip_site
from tests.conftest import pantau

PAGES = Path(__file__).parent / "data" / "pages"
ROOT = Path(__file__).resolve().parents[1]

# stem, url given to the extractor (None: the page's own), title, published, author, editor
FIELDS = [
    ("kompas", None, "Iuran JHT Naik Mulai Februari, Ini Rinciannya", "2026-01-15T01:30:00+07:00",
     "Rina Kartika Sari", "Agus Wibowo"),
    ("detik", None, "Klaim JKP Melonjak di Awal Tahun, Pemerintah Siapkan Anggaran Tambahan",
     "2026-01-15T01:30:00+07:00", "Dimas Prasetyo, Rina Kartika", None),
    ("antaranews", None, "Menaker minta perusahaan daftarkan pekerja ke BPJS Ketenagakerjaan",
     "2026-01-15T01:30:00+07:00", "Fransiska Dewi", "Budi Santoso"),
    ("republika", "https://www.republika.co.id/berita/nasional/umum/15/03/09/nkz1ab-peserta-menunggak",
     "Peserta BPJS Kesehatan Menunggak Iuran Capai Jutaan Orang", "2015-03-09T17:00:00+07:00",
     "Fauziah Rahma", "Hendra Kusuma"),
    ("liputan6", None, "Cara Mencairkan JHT Secara Online, Cukup dari Rumah", "2026-01-15T01:30:00+07:00",
     "Ahmad Fauzi", None),
    ("tribunnews", None, "Ribuan Pekerja Ojol Didaftarkan ke Program Jaminan Kecelakaan Kerja",
     "2026-01-15T01:30:00+07:00", "Rahmat Hidayat", "Sri Wahyuni"),
    ("merdeka", None, "Buruh Tolak Rencana Kenaikan Batas Usia Pensiun", "2026-01-15T01:30:00+07:00",
     "Intan Permata", None),
    ("kapanlagi", None, "Iuran BPJS Naik: Apa Kata Peserta?", "2026-01-15T01:30:00+07:00", "Nadia Putri", None),
    ("okezone", None, "Peserta Aktif Bertambah, Menaker: Ini Kabar Baik!", "2026-01-15T01:30:00+07:00",
     "Wahyu Nugroho", None),
    ("cnnindonesia", None, "Pemerintah Tanggung Iuran Jaminan Kecelakaan Pekerja Rentan",
     "2026-01-15T01:30:00+07:00", None, None),
    ("tempo", None, "DPR Minta Pengawasan Dana Jaminan Sosial Diperketat", "2026-01-15T01:30:00+07:00",
     "Larasati Dewi", "Rudi Hartono"),
    ("sindonews", None, "Klaim Kesehatan Pekerja Migran Naik Dua Kali Lipat", "2026-01-15T01:30:00+07:00",
     "Hendra Wijaya", None),
    ("suara", "https://www.suara.com/news/2026/01/15/013000/begini-cara-daftar-jaminan-sosial",
     "Begini Cara Daftar Jaminan Sosial untuk Pekerja Rumah Tangga", "2026-01-15T01:30:00+07:00",
     "Putri Ayu Lestari", None),
    ("medcom", None, "Nelayan di Kupang Terima Santunan Kecelakaan Kerja", "2026-01-15T09:30:00+08:00",
     "Yohanes Mali", None),
    ("detik_2018", None, "Aturan Baru Pencairan JHT Diteken, Begini Isinya", "2019-07-01T13:45:12+07:00",
     "Eko Saputra", None),
    ("kompas_2016", None, "Pemerintah Kaji Iuran Jaminan Pensiun bagi Pekerja Informal", "2016-07-04T13:45:00+07:00",
     "Hendra Saputra", "Bayu Galih"),
    ("tempo_2018", None, "Serikat Pekerja Gugat Aturan Batas Usia Klaim", "2019-07-01T13:45:00+07:00",
     "Maya Ayu Puspitasari", "Juli Hantoro"),
    ("undated", None, "Layanan Klaim Jaminan Sosial Kini Buka Hingga Malam", None, None, None),
    ("english", None, "Workers' pension fund posts record returns", "2026-01-15T03:00:00+07:00",
     "John Smith, Dewi Lestari", None),
]

# stem, how the body must start (the dateline kept), furniture that must be gone
BODIES = [
    ("kompas", "JAKARTA, KOMPAS.com - Pemerintah menaikkan", ["Baca juga", "Foto:", "Dapatkan update", "Lihat Foto",
                                                            "Periksa kembali", "Harga Emas"]),
    ("detik", "Jakarta - Jumlah klaim", ["Baca juga", "ADVERTISEMENT", "SCROLL TO CONTINUE", "Gambas", "Simak Video",
                                         "(dpr/rkt)", "Ilustrasi kantor"]),
    ("antaranews", "Jakarta (ANTARA) - Menteri", ["Baca juga", "Pemerintah perluas", "Pewarta", "COPYRIGHT"]),
    ("republika", "REPUBLIKA.CO.ID, JAKARTA -- Jumlah", ["Maret 2015", "Rep:", "Iuran kelas tiga"]),
    ("liputan6", "Liputan6.com, Jakarta - Peserta", ["Advertisement", "Saksikan Video"]),
    ("tribunnews", "TRIBUNNEWS.COM, JAKARTA - Sebanyak", ["Laporan Wartawan", "Baca:", "Pengemudi Ojol Minta",
                                                          "Artikel ini telah tayang", "(Tribunnews.com/Rahmat)", "Sebanyak 12 ribu pengemudi ojek daring didaftarkan ke program jaminan"]),
    ("merdeka", "Merdeka.com - Sejumlah", ["Baca juga", "Pemerintah Kaji Ulang", "Iuran Pensiun Pekerja Diusulkan", "[ipd]"]),
    ("okezone", "JAKARTA - Jumlah peserta", ["(fyk)", "Jurnalis"]),
    ("cnnindonesia", "Jakarta, CNN Indonesia -- Pemerintah", ["(fra/osc)", "ADVERTISEMENT", "SCROLL TO RESUME"]),
    ("tempo", "TEMPO.CO, Jakarta - Komisi", ["Pilihan Editor", "Jejak Panjang", "Januari 2026"]),
    ("sindonews", "JAKARTA - Jumlah klaim", ["(nag)"]),
    ("medcom", "Medcom.id, Kupang: Ahli waris", ["(ALB)", "WITA"]),
    ("detik_2018", "Jakarta - Pemerintah meneken", ["Baca juga", "Syarat Mencairkan", "(eds/hns)", "Foto:"]),
    ("kompas_2016", "JAKARTA, KOMPAS.com — Pemerintah", ["Baca juga", "Pekerja Informal Belum", "Editor"]),
    ("tempo_2018", "TEMPO.CO, Jakarta - Gabungan", ["Baca:", "Buruh Demo"]),
]


def extract(stem, url=None):
    return extract_article((PAGES / f"{stem}.html").read_bytes(), url)


@pytest.mark.parametrize("stem,url,title,published,author,editor", FIELDS, ids=[f[0] for f in FIELDS])
def test_fields_as_the_page_shows_them(stem, url, title, published, author, editor):
    result = extract(stem, url)
    assert result["title"] == title
    assert result["published"] == published
    assert result["author"] == author
    assert result["editor"] == editor


@pytest.mark.parametrize("stem,start,gone", BODIES, ids=[b[0] for b in BODIES])
def test_body_keeps_the_dateline_and_drops_furniture(stem, start, gone):
    text = extract(stem)["text"]
    assert text.startswith(start)
    for furniture in gone:
        assert furniture not in text, furniture


def test_paragraphs_between_furniture_are_kept():
    detik = extract("detik")["text"].split("\n\n")
    assert len(detik) == 4 and detik[2].startswith('"Kami pastikan')
    merdeka = extract("merdeka")["text"]
    assert merdeka.endswith("sebelum aturan baru diterbitkan tahun ini.")


@pytest.mark.parametrize("raw,names,url,expected", [
    ("Iuran Naik - Kompas.com", ["KOMPAS.com"], None, "Iuran Naik"),
    ("Iuran Naik - Kompas.com Regional", ["KOMPAS.com"], None, "Iuran Naik"),
    ("Iuran Naik Halaman all - Kompas.com", [], "https://money.kompas.com/read/x", "Iuran Naik"),
    ("Iuran Naik | Republika Online", [], "https://republika.co.id/berita/x", "Iuran Naik"),
    ("KapanLagi.com: Iuran Naik: Apa Kata Peserta?", ["KapanLagi.com"], None, "Iuran Naik: Apa Kata Peserta?"),
    ("Iuran Naik | merdeka.com", [], None, "Iuran Naik"),
    ("Menaker: Iuran Naik - ANTARA News", ["Antara News"], None, "Menaker: Iuran Naik"),
    ("Iuran Naik? Ini Jawabannya : Okezone News", [], "https://news.okezone.com/read/x", "Iuran Naik? Ini Jawabannya"),
    ("Iuran Naik - Nasional Tempo.co", [], "https://nasional.tempo.co/read/1", "Iuran Naik"),
    ("Jokowi - Prabowo Bertemu di Istana", ["KOMPAS.com"], None, "Jokowi - Prabowo Bertemu di Istana"),
    ("Iuran Naik - Halaman 2", [], None, "Iuran Naik"),
])
def test_site_names_cut_from_either_end_and_the_headline_punctuation_kept(raw, names, url, expected):
    assert displayed_title([], [raw], names, url) == expected


def test_a_heading_that_agrees_with_the_metadata_is_the_displayed_title():
    # the h1 keeps its own wording when <title> carries the site name and another case
    assert displayed_title(["Logo", "Iuran JHT Naik, Ini Rinciannya"], ["IURAN JHT NAIK, INI RINCIANNYA - Kompas.com"],
                           ["KOMPAS.com"], None) == "Iuran JHT Naik, Ini Rinciannya"
    # a heading that is only the outlet's logo is not the headline
    assert displayed_title(["Okezone"], ["Iuran Naik : Okezone News"], [], "https://okezone.com/x") == "Iuran Naik"


def test_only_whole_site_segments_are_cut():
    title, cut = strip_site("Kata Kompas: Kompas.com Bukan Kompasiana - Kompas.com", site_keys(["KOMPAS.com"]))
    assert title == "Kata Kompas: Kompas.com Bukan Kompasiana" and cut == [" - Kompas.com"]


@pytest.mark.parametrize("snippet,authors,editors", [
    ("Penulis: Rahmat Hidayat", ["Rahmat Hidayat"], []),
    ("Penulis : Kontributor Semarang, Nazar Nurdin", ["Nazar Nurdin"], []),
    ("Reporter: Fikri Arigi | Editor: Amirullah Suhada", ["Fikri Arigi"], ["Amirullah Suhada"]),
    ("Reporter : Ahmad Romadoni Editor : Anri Syaiful", ["Ahmad Romadoni"], ["Anri Syaiful"]),
    ("Rep: Fauziah Mursid/ Red: Ratna Puspita", ["Fauziah Mursid"], ["Ratna Puspita"]),
    ("Pewarta: Budi Santoso Editor: Agus Salim", ["Budi Santoso"], ["Agus Salim"]),
    ("Oleh: Ahmad Dani", ["Ahmad Dani"], []),
    ("Oleh Ahmad Dani pada 15 Jan 2026, 01:30 WIB", ["Ahmad Dani"], []),
    ("Laporan Wartawan Tribunnews.com, Muhammad Renald", ["Muhammad Renald"], []),
    ("Kontributor Manado, Ronny Adolof Buol", ["Ronny Adolof Buol"], []),
    ("Kontributor : Bima Sakti", ["Bima Sakti"], []),
    ("Penulis: Ana Lestari dan Budi Hartono", ["Ana Lestari", "Budi Hartono"], []),
    ("Isna Rahayu Penulis Yoga Sukmana Editor", ["Isna Rahayu"], ["Yoga Sukmana"]),
    ("Oleh karena itu, kami menolak", [], []),
    ("Pilihan Editor: Jokowi Minta Menteri Fokus Kerja", [], []),
    ("Penulis: Tim Redaksi", [], []),
    ("Editor: Kompas Cyber Media", [], []),
    ("Reporter: April Yanto, Editor: Juli Hantoro", ["April Yanto"], ["Juli Hantoro"]),
    ("Penulis: Senin, 4 Juli 2016", [], []),
])
def test_byline_labels(snippet, authors, editors):
    byline = Byline()
    labelled(snippet, {"kompas", "tribunnews"}, byline)
    assert byline.authors == authors and byline.editors == editors


@pytest.mark.parametrize("text,expected", [
    ("Kamis, 02 Nov 2023 20:59 WIB", "2023-11-02T20:59:00+07:00"),
    ("Kompas.com - 02/11/2023, 21:34 WIB", "2023-11-02T21:34:00+07:00"),
    ("Meilikhah - 13 Oktober 2016 23:11 wib", "2016-10-13T23:11:00+07:00"),
    ("Senin, 01 Juli 2019 - 13:45 WIB", "2019-07-01T13:45:00+07:00"),
    ("Rabu , 02 Maret 2016, 15.48 WITA", "2016-03-02T15:48:00+08:00"),
    ("Jumat, 3 Mei 2019 | 10:05 WIT", "2019-05-03T10:05:00+09:00"),
    ("Diterbitkan: Selasa, 16 Februari 2021 10:50", "2021-02-16T10:50:00+07:00"),
    ("01 Mar 2019, 07:03 WIB", "2019-03-01T07:03:00+07:00"),
])
def test_printed_dates_keep_their_zone(text, expected):
    assert iso(find_printed_date(text)) == expected


@pytest.mark.parametrize("url,expected", [
    ("https://www.cnnindonesia.com/nasional/20190701134512-20-408111/x", "2019-07-01T13:45:12+07:00"),
    ("https://www.suara.com/news/2019/07/01/134512/x", "2019-07-01T13:45:12+07:00"),
    ("https://www.republika.co.id/berita/nasional/umum/15/03/09/nkyxxx-judul", "2015-03-09T00:00:00+07:00"),
    ("https://regional.kompas.com/read/2017/11/23/17360001/x", "2017-11-23T00:00:00+07:00"),
    ("https://www.antaranews.com/berita/1234567/x", None),
])
def test_dates_in_outlets_urls(url, expected):
    assert iso(date_from_url(url)) == expected


def test_pantau_extract_gives_local_offsets_and_null_for_no_date(tmp_path):
    proc = pantau("extract", PAGES / "kompas.html", PAGES / "undated.html", PAGES / "medcom.html", "--jsonl")
    kompas, undated, medcom = [json.loads(line) for line in proc.stdout.splitlines()]
    assert kompas["published"] == "2026-01-15T01:30:00+07:00"  # UTC 18:30 the day before, shown as WIB
    assert undated["published"] is None and "error" not in undated
    assert medcom["published"].endswith("+08:00")  # WITA stays WITA
    assert kompas["author"] == "Rina Kartika Sari" and kompas["editor"] == "Agus Wibowo"


def test_real_pages_stay_above_the_floors():
    """bench/extract_real.py on ../shared/data/pages: Pantau at or above bench/floors.json."""
    from bench.extract_real import DEFAULT_PAGES, evaluate, run_pantau, run_trafilatura

    if not (DEFAULT_PAGES / "gold.jsonl").exists():
        pytest.skip("../shared/data/pages is not here")
    floors = json.loads((ROOT / "bench" / "floors.json").read_text())["extract_real"]
    result = evaluate(DEFAULT_PAGES, {"pantau": run_pantau, "trafilatura": run_trafilatura})
    ours, theirs = result["tools"]["pantau"]["total"], result["tools"]["trafilatura"]["total"]
    for field in ("title", "date", "author", "body_f1"):
        assert ours[field] >= floors[field], (field, ours[field])
    assert ours["body_f1"] >= theirs["body_f1"] + floors["body_f1_over_trafilatura"]


def test_the_published_date_line_beats_the_updated_one():
    page = """<html><head><title>Iuran Naik - Warta Daerah</title></head><body>
    <h1>Iuran Naik Mulai Bulan Depan</h1>
    <div class="info"><span class="updated">Diperbarui: Jumat, 16 Januari 2026 08:00 WIB</span></div>
    <div class="info"><span class="published">Kamis, 15 Januari 2026 01:30 WIB</span></div>
    <p>Pemerintah menaikkan iuran program jaminan sosial mulai bulan depan bagi seluruh peserta mandiri.</p>
    <p>Kenaikan itu diumumkan setelah rapat bersama parlemen yang berlangsung hingga larut malam.</p>
    </body></html>"""
    assert extract_article(page.encode())["published"] == "2026-01-15T01:30:00+07:00"


def test_a_sidebar_date_does_not_beat_the_date_in_the_url():
    page = """<html><head><title>Iuran Naik - Warta Daerah</title></head><body>
    <div class="content"><p>Pemerintah menaikkan iuran program jaminan sosial mulai bulan depan bagi peserta mandiri.</p>
    <p>Kenaikan itu diumumkan setelah rapat bersama parlemen yang berlangsung hingga larut malam.</p></div>
    <div class="sidebar"><a href="/x">Berita lain</a><span class="post-date">Senin, 12 Januari 2026 10:00 WIB</span></div>
    </body></html>"""
    url = "https://wartadaerah.example/read/2026/01/15/iuran-naik"
    assert extract_article(page.encode(), url)["published"] == "2026-01-15T00:00:00+07:00"


@pytest.mark.parametrize("name", ["Foto: Dok. Humas", "Redaksi Pedoman Media Siber", "Tim Redaksi", "Kompas Cyber Media",
                                  "Senin 4 Juli", "detikNews", "Nasional", "Home"])
def test_what_is_not_a_person(name):
    from pantau.crawler.extract.bylines import is_person

    assert not is_person(name, {"kompas", "detik", "detiknews"})


def test_furniture_lines_from_the_last_templates():
    from pantau.crawler.extract.cleanup import clean_paragraphs

    cleaned = clean_paragraphs(["Jakarta - Iuran naik mulai bulan depan.", "Lihat Foto", "Peserta diminta bersiap.",
                                "Klik di sini untuk berlangganan berita pilihan.", "Kontributor : Bima Sakti"])
    assert cleaned.paragraphs == ["Jakarta - Iuran naik mulai bulan depan.", "Peserta diminta bersiap."]
    assert cleaned.fields["author"] == "Bima Sakti"


def test_a_dateline_is_not_a_byline():
    """A page whose only person is in JSON-LD: the first paragraph ("Jakarta - … 26 tahun …") near
    the headline must not make "Jakarta" the author."""
    page = """<html><head><title>Iuran Naik</title>
    <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Iuran Naik Mulai Bulan Depan",
    "datePublished": "2026-01-15T01:30:00+07:00", "author": {"@type": "Person", "name": "Sari Wulandari"}}</script>
    </head><body><h1>Iuran Naik Mulai Bulan Depan</h1>
    <p>Jakarta - Pemerintah menaikkan iuran program jaminan sosial bagi 26 juta peserta mandiri mulai bulan depan.</p>
    <p>Kenaikan itu diumumkan setelah rapat bersama parlemen pada Senin malam.</p></body></html>"""
    assert extract_article(page.encode())["author"] == "Sari Wulandari"
