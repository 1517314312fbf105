"""pantau_figures (issue 4): every figure in Indonesian and English news, with what it measures."""

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

from pantau.cli import main
from pantau.nlp.pipeline import annotate

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "tests" / "data" / "seed.txt"
FLOORS = json.loads((ROOT / "bench" / "floors.json").read_text())["figures"]
PUBLISHED = date(2024, 3, 5)
FIGURE_KEYS = {"text", "value", "value_max", "kind", "currency", "unit", "per", "approx", "qualifier", "metric",
               "as_of", "sentence", "start", "end"}


def figures(text, lang="id", published=PUBLISHED, title=None):
    return annotate(title, text, published, lang)["figures"]


def values(text, lang="id"):
    return [(str(f["value"]), None if f["value_max"] is None else str(f["value_max"]), f["kind"], f["currency"])
            for f in figures(text, lang)]


# -- the seed (shared/domain.md §8) -------------------------------------------------------------

def seed_figures():
    title, _, body = SEED.read_text(encoding="utf-8").strip().partition("\n")
    return title, body, annotate(title.strip(), body.strip(), PUBLISHED, "id")["figures"]


SEED_GOLD = [
    # text,         value,            kind,    currency, unit,      per,     approx, qualifier, as_of
    ("53,9 Juta", "53900000", "count", None, "peserta", None, False, "target", "2024-12-31"),  # the title
    ("53,9 juta", "53900000", "count", None, "peserta", None, False, "target", "2024-12-31"),
    ("40,9 juta", "40900000", "count", None, None, None, False, "actual", "2024-01-31"),
    ("13,9 juta", "13900000", "count", None, "pekerja", None, True, None, "2024-01-31"),
    ("5", "5", "count", None, "ekosistem", None, False, None, None),
    ("Rp36.800", "36800", "money", "IDR", None, "bulan", False, "minimum", None),
    ("3", "3", "count", None, "program", None, False, None, None),
    ("805 ribu", "805000", "count", None, "klaim", None, False, "actual", "2024-02-29"),
    ("Rp9 triliun", "9000000000000", "money", "IDR", None, None, False, "actual", "2024-02-29"),
]


def test_seed_figures_exactly_as_domain_md():
    _, _, found = seed_figures()
    got = [(f["text"], str(f["value"]), f["kind"], f["currency"], f["unit"], f["per"], f["approx"], f["qualifier"],
            f["as_of"]) for f in found]
    assert got == SEED_GOLD


def test_seed_values_are_exact_decimals_and_metrics_say_what_is_measured():
    _, _, found = seed_figures()
    assert all(isinstance(f["value"], Decimal) for f in found)
    metrics = [f["metric"] for f in found]
    assert metrics[0] == metrics[1] and "aktif" in metrics[1] and "aktif" in metrics[2]  # kepesertaan aktif, "jumlahnya"
    assert metrics[5] == "iuran"
    assert metrics[7] == metrics[8] == "klaim manfaat"  # Rp9 triliun: "dengan total" refers back


def test_seed_headline_figure_is_a_mention_of_its_own_paired_with_the_body():
    """Issue 14: the title is text; "53,9 Juta" in the title and "53,9 juta" in the body are two
    mentions, the title's with the body's metric and the body's with the title's unit."""
    _, _, found = seed_figures()
    twins = [f for f in found if f["value"] == Decimal("53900000")]
    assert [f["text"] for f in twins] == ["53,9 Juta", "53,9 juta"]
    assert twins[0]["sentence"].startswith("BPJS Ketenagakerjaan Bidik 53,9 Juta")
    assert twins[1]["sentence"].startswith("Jakarta – BPJS Ketenagakerjaan menargetkan")
    assert twins[0]["metric"] == twins[1]["metric"] and twins[1]["unit"] == "peserta"


@pytest.mark.parametrize("title, body, expected", [
    # a number Title Case makes doubtful is kept when the body repeats it ...
    ("BBPOM Temukan 173 Item Obat Tanpa Izin", "BBPOM menemukan 173 item obat tanpa izin edar.", ["173", "173"]),
    ("Jualan Tiga Bulan, Laba Naik", "Dalam tiga bulan, laba naik.", ["Tiga", "tiga"]),
    # ... and dropped when it does not; names with digits stay names in a headline too
    ("Persib Juara Liga 1", "Persib menjuarai Liga 1 dengan 60 poin.", ["60"]),
    ("Senasib dengan iPhone 16, Pixel Dilarang", "Pixel dilarang seperti iPhone 16.", []),
    ("Klaim JHT Tembus Rp41,3 Triliun", "Dirut menyampaikan kabar baik.", ["Rp41,3 Triliun"]),
])
def test_headline_figures(title, body, expected):
    assert [f["text"] for f in figures(body, title=title)] == expected


def test_seed_has_no_year_day_or_sidebar_figures():
    title, body, found = seed_figures()
    assert not {Decimal(2022), Decimal(2024), Decimal(31)} & {f["value"] for f in found}
    text = f"{title.strip()}\n\n{body.strip()}"
    editor = text.index("Editor:")
    assert all(f["end"] <= editor for f in found)  # Recent Posts: 0,17 Persen, 7.491, iPhone 16 ...
    baca_juga = [text.index("70 Juta"), text.index("Rp1.000 Triliun")]
    assert not [f for f in found if f["start"] in baca_juga]
    for f in found:
        assert text[f["start"]:f["end"]] == f["text"]


# -- tricky strings -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Klaim tercatat 53,9 juta.", [("53900000", None, "count", None)]),
    ("Iuran Rp36.800 per bulan.", [("36800", None, "money", "IDR")]),
    ("Iuran Rp36.800,00 per bulan.", [("36800", None, "money", "IDR")]),
    ("Iuran Rp36.800,- per bulan.", [("36800", None, "money", "IDR")]),
    ("Gaji Rp 1,5 jt per bulan.", [("1500000", None, "money", "IDR")]),
    ("Gaji Rp1,5jt sebulan.", [("1500000", None, "money", "IDR")]),
    ("Biaya Rp. 16.800 per bulan.", [("16800", None, "money", "IDR")]),
    ("Dana kelolaan 5triliun rupiah.", [("5000000000000", None, "money", "IDR")]),
    ("Klaim Rp212,6 M hingga Juni.", [("212600000000", None, "money", "IDR")]),
    ("Net buy Rp1,2 T sepekan.", [("1200000000000", None, "money", "IDR")]),
    ("Dana Rp1.000 Triliun dikelola.", [("1000000000000000", None, "money", "IDR")]),
    ("Investasi US$1,2 miliar masuk.", [("1200000000", None, "money", "USD")]),
    ("Obligasi IDR 500 miliar diterbitkan.", [("500000000000", None, "money", "IDR")]),
    ("IHSG naik 0,17 persen.", [("0.17", None, "percent", None)]),
    ("IHSG naik 0,17%.", [("0.17", None, "percent", None)]),
    ("Premi tumbuh setengah persen.", [("0.5", None, "percent", None)]),
    ("Sebanyak sejuta pekerja terlindungi.", [("1000000", None, "count", None)]),
    ("Ada sebelas perusahaan menunggak.", [("11", None, "count", None)]),
    ("Sebanyak dua puluh lima desa terendam.", [("25", None, "count", None)]),
    ("Beasiswa bagi 1 (satu) anak peserta.", [("1", None, "count", None)]),
    ("Bunga 5–10 persen per tahun.", [("5", "10", "percent", None)]),
    ("Bunga 5-10% per tahun.", [("5", "10", "percent", None)]),
    ("Bunga antara 5 hingga 10 persen.", [("5", "10", "percent", None)]),
    ("Klaim Rp45 triliun-Rp48 triliun tahun ini.", [("45000000000000", "48000000000000", "money", "IDR")]),
    ("Tomat kini Rp 8-Rp 9 ribu sekilo.", [("8000", "9000", "money", "IDR")]),  # the scale ends both, and no shirt number
    ("Tiketnya Rp 500-Rp 1 juta.", [("500", "1000000", "money", "IDR")]),  # unless that would pass the high end
    ("Realisasi 47 juta hingga 48 juta peserta.", [("47000000", "48000000", "count", None)]),
    ("Inflasi turun 0,01 persen poin.", [("0.01", None, "other", None)]),
    ("BI memangkas bunga 25 bps.", [("25", None, "other", None)]),
    ("Kinerja minus 8,3% sejak Januari.", [("-8.3", None, "percent", None)]),
    ("Mereka menunggak selama 14 bulan.", [("14", None, "other", None)]),
    ("Gelombang setinggi 2,5–4 meter.", [("2.5", "4", "other", None)]),
    ("Santunan 48 kali upah.", [("48", None, "other", None)]),
    ("Iuran naik 3  persen jadi Rp  45.000.", [("3", None, "percent", None), ("45000", None, "money", "IDR")]),  # double spaces
    ("Potensinya Rp 12,5 trilun dan Rp 3 miliyar.", [("12500000000000", None, "money", "IDR"), ("3000000000", None, "money", "IDR")]),
    ("Korban, Warsini,52, warga desa itu, selamat.", [("52", None, "other", None)]),  # an age glued to commas
    ("Tarifnya Rp 4 ribu per-2 jam untuk kunjungan 9 harinya.", [("4000", None, "money", "IDR"), ("2", None, "other", None),
                                                              ("9", None, "other", None)]),
    ("Beras dijual Rp .9 ribu per liter; pelaku berinisial lain, TS (34), ditahan.", [("9000", None, "money", "IDR"),
                                                                                     ("34", None, "other", None)]),
])
def test_tricky_indonesian_figures(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The fund holds Rp 1.5 trillion in bonds.", [("1500000000000", None, "money", "IDR")]),
    ("Contributions start at Rp 16,800 a month.", [("16800", None, "money", "IDR")]),
    ("The surplus was US$2.1 billion.", [("2100000000", None, "money", "USD")]),
    ("It covers 53.9 million active members.", [("53900000", None, "count", None)]),
    ("Inflation eased to 2.57 percent.", [("2.57", None, "percent", None)]),
    ("Claims rose 0.4 percentage point.", [("0.4", None, "other", None)]),
    ("It paid 61,200 workers.", [("61200", None, "count", None)]),
    ("Some three core programs apply.", [("3", None, "count", None)]),
])
def test_tricky_english_figures(text, expected):
    assert values(text, "en") == expected


@pytest.mark.parametrize("text", [
    "UU 24/2011 berlaku sejak 2014.",  # law and years
    "Sesuai PP 6/2025 dan Permenaker 5/2021.",
    "Undang-Undang Nomor 24 Tahun 2011 tentang BPJS.",
    "Menurut Pasal 3 ayat (2) beleid tersebut.",
    "IHSG ditutup pada Selasa (5/11).",  # dates
    "Surat edaran terbit pada 15/09/2026.",
    "Rapat digelar pada 12–14 Agustus 2025.",
    "Peringatan jatuh pada 5 Desember.",
    "As of June 30, nothing changed.",
    "Layanan buka pukul 08.00–12.00 WIB.",  # times
    "Kecelakaan terjadi sekitar pukul 14.30 WIB.",
    "Kereta terakhir berangkat pukul 22:45.",
    "Hubungi 021-5207797 atau 0812-3456-7890.",  # phones and short service numbers
    "Hubungi call center 175 untuk informasi.",
    "Baca selengkapnya di d-7846105.",  # article ids and URLs
    "Info di https://bpjsketenagakerjaan.go.id/berita/28/index.html sekarang.",
    "Peringatan HUT ke-47 dan rapat ke-2 digelar.",  # ordinals
    "Gol dicetak pada menit ke-12 dan ke-81.",
    "Ekonomi tumbuh pada kuartal III.",
    "Penjualan iPhone 16 dilarang.",  # model numbers and names
    "Timnas U-23 dan Covid-19 serta G20.",
    "Cek KA 1739 dan KA tambahan nomor 7031 dan 7033.",
    "Cara cek: 1. Unduh aplikasi, 2. Masuk akun, 3. Pilih menu.",  # list numbering
    "Tol Cipularang KM 92 macet.",
    "Aplikasi JMO versi 2.0 dirilis.",
    "Salah satu peserta datang.",  # not a count
    "Ribuan buruh dan puluhan perusahaan hadir.",  # vague quantities
    "Dulu saya berangkat jam lima pagi.",
])
def test_not_figures(text):
    assert figures(text) == []


# -- articles: boilerplate, bylines, title --------------------------------------------------------

def test_a_bracketed_baca_juga_line_is_skipped_too():
    text = "Jalan tol macet sepanjang 8 kilometer.\n\n[Baca juga: 4 Jembatan Layang Dibuka Pekan Depan]\n\nPetugas menutup dua lajur."
    assert [str(f["value"]) for f in figures(text)] == ["8", "2"]


def test_baca_juga_paragraph_is_skipped_but_text_after_it_is_not():
    text = "Klaim tercatat Rp5 triliun.\n\nBaca juga: Dana Kelolaan Tembus Rp1.000 Triliun\n\nPeserta 40 juta orang."
    assert [f["text"] for f in figures(text)] == ["Rp5 triliun", "40 juta"]


def test_article_ends_at_a_byline_after_the_body_but_not_at_one_on_top():
    body = "Klaim tercatat Rp5 triliun.\n\nPeserta 40 juta orang.\n\nIuran Rp16.800 per bulan.\n\nEditor: X\n\nIHSG naik 0,17 persen"
    assert [f["text"] for f in figures(body)] == ["Rp5 triliun", "40 juta", "Rp16.800"]
    top = "Reporter: A | Editor: B\n\nKlaim tercatat Rp5 triliun."
    assert [f["text"] for f in figures(top)] == ["Rp5 triliun"]


def test_a_title_figure_not_repeated_in_the_body_is_kept():
    found = figures("Dirut menyampaikan kabar baik.", title="Klaim JHT Tembus Rp41,3 Triliun")
    assert [(f["text"], f["start"]) for f in found] == [("Rp41,3 Triliun", 17)]


# -- what figures mean ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, published, expected", [
    ("BPJS mencatat peserta aktif hingga 31 Januari telah mencapai 40,9 juta orang.", "2024-03-05", "2024-01-31"),
    ("Menurut data hingga akhir Februari 2024 klaim mencapai Rp9 triliun.", "2024-03-05", "2024-02-29"),
    ("Pusat layanan mencatat 14.520 pengaduan masuk kemarin.", "2025-03-01", "2025-02-28"),
    ("Imbal hasil per kuartal III 2024 tercatat 6,5 persen.", "2024-11-08", "2024-09-30"),
    ("Dana kelolaan naik 8,6% dibandingkan periode yang sama tahun lalu.", "2025-11-12", None),
    ("Sejak 2022, sebanyak 3 ribu rumah telah direnovasi.", "2024-07-09", None),
    ("Peserta kini 62,3 persen saat ini.", "2026-03-31", None),
    ("Ujar Direktur, iuran naik 5 persen, kata dia, Selasa (11/11).", "2025-11-12", None),
])
def test_as_of(text, published, expected):
    (f,) = figures(text, published=date.fromisoformat(published))
    assert f["as_of"] == expected


@pytest.mark.parametrize("text, expected", [
    ("BPJS menargetkan 53,9 juta peserta aktif.", "target"),
    ("Peserta BPU ditargetkan mencapai 5 juta.", "target"),
    ("Realisasi iuran sebesar Rp118,7 triliun.", "actual"),
    ("Iuran mulai dari Rp16.800 per bulan.", "minimum"),
    ("Klaim JKK naik 11 persen secara tahunan.", "change"),
    ("Harga telur naik menjadi Rp29.000 per kg.", "actual"),
    ("Iuran kelas III sebesar Rp42.000 per orang per bulan.", None),
    ("Sebanyak 17 orang tewas akibat longsor.", None),
])
def test_qualifier(text, expected):
    (f,) = figures(text)
    assert f["qualifier"] == expected


def test_approx_per_and_unit():
    (f,) = figures("BPJS harus menjangkau sekitar 13,9 juta pekerja.")
    assert (f["approx"], f["unit"], f["kind"]) == (True, "pekerja", "count")
    (f,) = figures("Iuran Rp16.800/bulan.")
    assert f["per"] == "bulan"
    (f,) = figures("Harga cabai Rp80 ribu/kg.")
    assert f["per"] is None  # only time periods go in per


def test_change_carries_the_metric_of_what_changed():
    first, second = figures("Dana kelolaan tercatat Rp812,4 triliun, naik 8,6% secara tahunan.")
    assert first["metric"].startswith("dana kelolaan")
    assert second["metric"] == first["metric"]


# -- the CLI contract -----------------------------------------------------------------------------

def test_annotate_cli_prints_the_figure_contract(tmp_path):
    result = CliRunner().invoke(main, ["annotate", str(SEED), "--published", "2024-03-05", "--lang", "id", "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert {"figures", "entities", "people", "quotes", "summary"} <= set(out)
    assert out["figures"] and all(set(f) == FIGURE_KEYS for f in out["figures"])
    first = out["figures"][0]
    assert first["value"] == "53900000" and first["value_max"] is None  # decimal strings, never floats
    assert first["kind"] in {"money", "percent", "count", "other"}
    assert {f["qualifier"] for f in out["figures"]} <= {"target", "actual", "minimum", "change", None}
    assert [f["value"] for f in out["figures"] if f["kind"] == "percent"] == []
    english = tmp_path / "en.txt"
    english.write_text("BPJS Health\n\nBPJS Health paid Rp 174.9 trillion in claims in 2024.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["annotate", str(english), "--published", "2025-10-08", "--lang", "en", "--json"])
    (f,) = json.loads(result.output)["figures"]
    assert (f["value"], f["currency"], f["as_of"]) == ("174900000000000", "IDR", "2024-12-31")


def test_analyze_writes_figures_as_decimal_strings(tmp_path):
    from pantau.analyze import analyze_db
    from pantau.ingest import ingest_lines
    from pantau.store import open_db

    db_path = tmp_path / "p.db"
    line = json.dumps({"url": "https://example.com/1", "title": "Klaim JHT Naik", "published": "2024-03-05T10:00:00+07:00",
                       "text": "Klaim JHT tercatat Rp41,3 triliun, naik 0,5 persen."})
    ingest_lines([line], db_path)
    assert analyze_db(db_path, progress=False) == {"analysed": 1, "failed": 0}
    db = open_db(db_path)
    rows = [tuple(r) for r in db.execute("select text, value, kind, qualifier from figures order by start")]
    assert rows == [("Rp41,3 triliun", "41300000000000", "money", "actual"), ("0,5 persen", "0.5", "percent", "change")]


# -- the benchmark gate ---------------------------------------------------------------------------

@pytest.fixture(scope="module")
def scores():
    from bench.figures_eval import ARTICLES, DEV, TEXTS, evaluate

    return evaluate(DEV, ARTICLES, TEXTS)


@pytest.mark.parametrize("name", sorted(FLOORS["sentences"]))
def test_dev_sentences_stay_above_their_floors(scores, name):
    assert scores["sentences"][name] >= FLOORS["sentences"][name], (name, scores["sentences"][name])


@pytest.mark.parametrize("name", sorted(FLOORS["articles"]))
def test_dev_articles_stay_above_their_floors(scores, name):
    articles = scores.get("articles") or {}
    if articles.get("skipped") or not articles.get("n"):
        pytest.skip(f"{articles.get('skipped', 'all')} gold articles have no text in tests/site/articles")
    assert articles[name] >= FLOORS["articles"][name], (name, articles[name])


@pytest.mark.parametrize("text", [
    "Marcus/Kevin (3/INA) menang dengan skor 21-14, 19-21, 21-14.",  # seeds and match scores
    "Laga berakhir imbang 1-1 di kandang.",
    "Ponsel ini menjalankan Android 6.0 Marshmallow.",  # a version, not 6
    "Rapper 6lack tampil malam ini.",
    "Ia tumbang dari An Se Young 19-21 21-17 20-22.",  # game scores in a row, no score word before
    "Operator itu menguji jaringan 5 G dan video 4 K.",  # generations and resolutions, not quantities
    "Pada laga empat besar mereka menghadapi unggulan satu asal China.",  # a round and a seed are ranks
    "Kesebelasan tamu memakai pola (4-2-3-1) dan tuan rumah (3-5 - 2).",  # formations
    "Kiper: 1-Rudi Hartono; belakang: 4-Andi Wijaya, 23-Bambang Sutejo.",  # shirt numbers in a line-up
    "Tim kami kini di posisi 9 klasemen sementara Liga 2 pekan 14.",  # a rank, a league, a matchweek
    "Tim berperingkat 87 dunia itu kalah di tikungan 3.",
    "Ia memakai nomor punggung 14 musim ini, bek itu punggung 5.",
    "Siswi kelas 5 menerima dosis 1 dan siswi kelas 6 dosis 2.",  # which dose, not how many
    "Gerai baru dibuka di kota tier 2 dan tier 3.",  # a city's tier is a class, not a count
    "Laga itu usai dengan kedudukan 2-2 setelah gol telat tuan rumah.",  # a pair with low >= high is no range
    "Tim tamu lalu menjauh 3-1 lewat sundulan sang kapten.",
    "Rekor pertemuan kedua pebulu tangkis itu kini 3-5 untuk sang lawan.",  # a record, low < high
    "Kalah 1 - 4 dari tim muda jadi pukulan berat bagi pelatih.",  # and the second half of a refused pair
    "Pasangan itu mendekat 18-19, tapi lawan lebih dulu menyentuh angka 21.",  # a game's end score
])
def test_not_figures_in_sports_and_gadget_news(text):
    assert figures(text) == []


@pytest.mark.parametrize("text", [
    "Pabrikan itu merilis Lumina 3, 5 dan 7 pada acara tersebut.",  # a model name and the list after it
    "Vortex 9 resmi dijual. Pabrikan memperkenalkan Vortex 9 di Jakarta.",  # a name at a sentence's start too
    "Gol dicetak Rudi (17') dan Anto (88 '), lalu Budi (90 + 2).",  # minutes of goals, added time
    "Presiden RI ke - 4 hadir, gol tercipta pada menit ke 63.",  # ordinals written apart
    "Lagu itu populer pada era 80-an dan tahun '90 - an.",  # decades
    "Konsep laptop 2-in - 1 kian diminati.",  # a product type
    "Kedua tim finis di posisi 4 dan 5, laga giornata 12 ditunda.",  # ranks and a matchday
    "Kemacetan terjadi di kilometer 19 jalan tol itu.",  # a place on a road
    "Ekonomi melambat pada kuartal dua tahun ini, tim itu lolos ke putaran dua.",  # which one, not how many
])
def test_not_figures_in_names_ordinals_and_places(text):
    assert figures(text) == []


def test_a_scale_in_brackets_and_an_amount_said_again_without_its_currency():
    text = "Penyidik menyita uang Rp 450 juta di rumahnya. \"Ada 450 (juta) di lemari,\" kata saksi."
    assert values(text) == [("450000000", None, "money", "IDR")] * 2
    text = "Dana Rp 3 triliun cair pekan ini. Dana 3 triliun itu untuk 2 juta pekerja."
    assert values(text) == [("3000000000000", None, "money", "IDR")] * 2 + [("2000000", None, "count", None)]
    assert values("Beasiswa bagi 1 (satu) anak peserta.") == [("1", None, "count", None)]  # words in brackets confirm


def test_the_months_after_years_are_a_figure_of_their_own():
    assert values("Pendidikan calon jaksa berlangsung tiga tahun empat bulan.") == [
        ("3", None, "other", None), ("4", None, "other", None)]
    assert values("Pelari itu, 17 tahun 5 bulan, jadi juara termuda.") == [
        ("17", None, "other", None), ("5", None, "other", None)]
    assert figures("Aturan itu tertuang dalam UU Nomor 7 tahun 2012.") == []  # "tahun" stays a label otherwise


def test_a_grouped_number_after_a_comma_ending_a_sentence_is_no_list_number():
    assert values("Penonton laga itu memecahkan rekor baru, 45.210. Sebelumnya rekornya 41.000 orang.") == [
        ("45210", None, "count", None), ("41000", None, "count", None)]
    assert figures("Cara daftar: 1. Buka aplikasi, 2. Isi data.") == []  # list numbers stay out


def test_a_numbered_line_number_is_no_figure_but_a_number_after_it_is():
    text = "Fitur kostum itu:\n\n1.Asisten Pintar\n\n2. 120 Jenis Jaring\n\nJaringnya bisa ditembakkan jauh."
    assert [str(f["value"]) for f in figures(text)] == ["120"]


def test_a_model_name_refused_in_the_body_is_refused_in_the_title():
    found = annotate("Orion 5 Meluncur Pekan Depan", "Pabrikan memperkenalkan Orion 5 dengan 5 pilihan warna.",
                     PUBLISHED, "id")["figures"]
    assert [(f["text"], f["kind"]) for f in found] == [("5", "count")]
    assert found[0]["start"] > len("Orion 5 Meluncur Pekan Depan")


@pytest.mark.parametrize("text", [
    "Rapat digelar pada 14 dan 15 Maret, pameran dari 2 hingga 9 April.",  # the first of two days
    "Aturan itu tertuang dalam Permendag 31 tahun 2019 dan Pergub 7 Tahun 2021.",  # regulations' numbers
])
def test_not_figures_in_dates_and_regulations(text):
    assert figures(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Hanya tiga dari 12 dinas yang menyerahkan laporan.", [("3", None, "count", None), ("12", None, "count", None)]),
    ("Enam dari delapan saksi hadir.", [("6", None, "count", None), ("8", None, "count", None)]),
    ("Ia membuka sembilan gerai, lima di antaranya di Bandung.", [("9", None, "count", None), ("5", None, "count", None)]),
    ("Satu orang selamat dan tujuh lainnya hilang.", [("1", None, "count", None), ("7", None, "count", None)]),
    ("Sumber dananya ada tiga yakni APBN, APBD dan swasta.", [("3", None, "count", None)]),
    ("Petugas sudah menahan ada lima sejak subuh tadi.", [("5", None, "count", None)]),  # "ada" + a number word
    ("Lensa itu mendukung zoom 3x, biayanya 5x lebih mahal.", [("3", None, "other", None), ("5", None, "other", None)]),
])
def test_counts_in_words_before_dari_or_lainnya_and_multipliers_with_x(text, expected):
    assert values(text) == expected


def test_a_lowercase_number_word_before_a_capitalised_noun_is_a_count_and_a_code_list_ends_with_dan():
    assert values("Banjir merendam rumah di enam Kelurahan dan klub itu meraih tiga Piala Liga.") == [
        ("6", None, "count", None), ("3", None, "count", None)]
    assert figures("Rapat digelar pada tiga Juni di Sekolah Dua Mei.") == []  # a date and a name stay out
    assert figures("Tanggul di RT 04, 07, dan 12 itu jebol lagi.") == []  # ", dan" continues the list


def test_a_multiplier_leaves_the_duration_after_it():
    assert values("Tersangka diperiksa 1 x 24 jam, lalu 2x24 jam lagi.") == [("24", None, "other", None)] * 2

def test_a_market_level_after_posisi_and_a_count_after_a_label_word_stay_figures():
    assert values("Indeks ditutup di posisi 6.012,5 pada sore hari.") == [("6012.5", None, "other", None)]
    assert values("Klub itu juara liga tujuh kali.") == [("7", None, "other", None)]


def test_units_of_tech_and_finance_news_make_measures():
    assert values("Latensinya kurang dari dua mili-detik.") == [("2", None, "other", None)]
    assert values("Suku bunga turun 25 basis point.") == [("25", None, "other", None)]


def test_a_headline_number_in_words_before_its_unit_is_a_figure():
    found = annotate("Persija Gagal Menang Tiga Kali Beruntun", "Persija bermain imbang lagi.", PUBLISHED, "id")["figures"]
    assert [(f["text"], str(f["value"]), f["kind"]) for f in found] == [("Tiga", "3", "other")]


@pytest.mark.parametrize("text, unit", [
    ("Ponsel itu berbobot 170-gram.", "gram"),  # a unit joined by a hyphen, spaced or not
    ("Layarnya membentang 6,2 - inci.", "inci"),
    ("Kamera belakangnya 48-megapixel.", "megapixel"),
    ("Tinggi pelaku sekitar 165 centimeter.", "centimeter"),  # units of gadget and crime news
    ("Peretas mencuri 2 terabyte data.", "terabyte"),
    ("Gim itu berjalan di 60 fps.", "fps"),
    ("Produksi beras 2,1 juta metric ton.", "metric ton"),
])
def test_measures_are_other_with_their_unit(text, unit):
    (f,) = figures(text)
    assert (f["kind"], f["unit"]) == ("other", unit)


def test_pounds_sterling_and_measures_from_wider_news():
    assert values("Ia dibeli seharga 23,6 juta poundsterling.") == [("23600000", None, "money", "GBP")]
    (f,) = figures("Produksi gas lapangan itu naik menjadi 1.250 juta kaki kubik per hari.")
    assert (f["kind"], f["unit"], f["per"]) == ("other", "kaki kubik", "hari")


# -- issue 14: figures on real news beyond the sample site ---------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Harga tiket naik menjadi 99.000 lira.", [("99000", None, "money", "TRY")]),
    ("Klub membayar 30 juta poundsterling.", [("30000000", None, "money", "GBP")]),
    ("Nilainya 2,5 miliar dolar AS.", [("2500000000", None, "money", "USD")]),
    ("Ekspor mencapai 1,2 miliar dolar Australia.", [("1200000000", None, "money", "AUD")]),
    ("Investor menanam 40 juta dolar Singapura.", [("40000000", None, "money", "SGD")]),
    ("Harganya 300 ribu ringgit.", [("300000", None, "money", "MYR")]),
    ("Ia membawa 5.000 yen.", [("5000", None, "money", "JPY")]),
    ("Ongkosnya 200 yuan.", [("200", None, "money", "CNY")]),
    ("Gajinya 3 juta won.", [("3000000", None, "money", "KRW")]),
    ("Biaya visa 300 riyal.", [("300", None, "money", "SAR")]),
    ("Dendanya 20 euro.", [("20", None, "money", "EUR")]),
    ("Penyidik menyita Sin$40.000 dan S$ 5 ribu.", [("40000", None, "money", "SGD"), ("5000", None, "money", "SGD")]),
    ("Tiket masuk AUD$ 25 untuk dewasa.", [("25", None, "money", "AUD")]),
    ("Ponsel itu dijual TWD 7.000 di Taipei.", [("7000", None, "money", "TWD")]),
    ("Ekspornya mencapai dua miliar dolar AS.", [("2000000000", None, "money", "USD")]),  # a number in words
])
def test_foreign_money_has_its_iso_code(text, expected):
    assert values(text) == expected


def test_a_scale_with_an_is_an_approximate_amount():
    found = figures("Petugas menyita uang palsu, Rp 50 ribuan serta Rp 100 ribuan.")
    assert [(f["text"], str(f["value"]), f["kind"], f["approx"]) for f in found] == [
        ("Rp 50 ribuan", "50000", "money", True), ("Rp 100 ribuan", "100000", "money", True)]
    assert figures("Ribuan pekerja berunjuk rasa.") == []  # alone it is vague, no figure


def test_ages_after_a_name_are_ages():
    found = figures("Tersangka Chukwudi Christopher (43), warga Nigeria, ditangkap. Dari tangan Rohati, 63, polisi menyita uang.")
    assert [(f["text"], f["kind"], f["unit"], f["metric"]) for f in found] == [
        ("43", "other", "tahun", "usia"), ("63", "other", "tahun", "usia")]
    assert figures("Hal itu diatur dalam ayat (2) pasal tersebut.") == []


def test_ages_after_initials_are_ages():
    found = figures("Polisi menangkap pelaku berinisial MA (29) dan IR (28). Para tersangka FR (16), Dn (14), dan MS (17) "
                    "ditangkap. Skor akhir PSM (3) tidak berubah.")
    assert [(f["text"], f["kind"], f["unit"]) for f in found] == [
        ("29", "other", "tahun"), ("28", "other", "tahun"), ("16", "other", "tahun"), ("14", "other", "tahun"),
        ("17", "other", "tahun")]


@pytest.mark.parametrize("text, expected", [
    ("Agen rahasia 007 kembali beraksi.", []),  # a leading zero makes a code
    ("Di wilayah itu, 44 persen berbanding 37.", [("44", None, "percent", None), ("37", None, "percent", None)]),
    ("Anggaran hampir Rp 72 triliun, dan komisi E hampir 16 sampai 18 triliun.",
     [("72000000000000", None, "money", "IDR"), ("16000000000000", "18000000000000", "money", "IDR")]),
    ("KPK menyita satu unit ambulans dan satu mobil.", [("1", None, "count", None), ("1", None, "count", None)]),
    ("Polisi menerapkan sistem satu arah dan mereka saling mengenal satu sama lain.", []),
    ("Berat badannya 263 pounds.", [("263", None, "other", None)]),
    ("Petugas mulai bekerja jam setengah 11 malam.", []),  # a time
    ("Ada lima sampai sepuluh orang yang hadir.", [("5", "10", "count", None)]),  # a range in words
    # fresh8a (session 8): the unit at both ends of a range, words then digits
    ("Tiap kios mempekerjakan dua orang hingga 15 orang.", [("2", "15", "count", None)]),
    ("Tiap kios mempekerjakan 2 orang sampai 15 orang.", [("2", "15", "count", None)]),
    ("Tiap kios mempekerjakan dua hingga 15 orang.", [("2", "15", "count", None)]),
    ("Masa tunggunya empat bulan sampai enam bulan.", [("4", "6", "other", None)]),
    ("Mereka melanggarnya tiga atau empat kali.", [("3", "4", "other", None)]),
    ("Tak ada satu parpol pun yang berhak mengusung calon sendirian.", []),  # none at all
    ("Warga mengungsi di musala yang ada lantai duanya.", []),  # a label, as "lantai 2"
    ("Program rumah DP 0 rupiah dan DP Rp0 dianggarkan.", []),  # a programme's name
    ("Kemarin terjadi gempa 2,8 Skala Richter.", [("2.8", None, "other", None)]),
    # held-out batch F (session 5): "-nya" on the percent, a fraction, law articles joined by "jo"
    ("Sebanyak 59 persen dipakai di dalam negeri, sedangkan sisa 41 persennya diekspor.",
     [("59", None, "percent", None), ("41", None, "percent", None)]),
    ("Nilai perdagangannya tinggal seperempat dari total.", [("0.25", None, "other", None)]),
    ("Tersangka dijerat pasal 55 KUHP jo 187 UU Pilkada.", []),
    # an age group spaced by the tokenizer, two ages, how often something happens
    ("Skuad U - 23 menang. Kedua kiper itu berumur 24 dan 26.", [("24", None, "other", None), ("26", None, "other", None)]),
    ("Festival lima tahunan itu diikuti 17 sanggar.", [("17", None, "count", None)]),
    # fresh7c's batch (session 7): two scales in one number, "atau" between numbers, ages after an
    # age with its unit, a sequel's number, an ordinal written apart
    ("Penontonnya 2 juta 55 ribu orang, tahun lalu dua juta 10 ribu orang.",
     [("2055000", None, "count", None), ("2010000", None, "count", None)]),
    ("Klub tak membeli pemain berusia 29 atau 30 tahun; dulu aku berusia 18 atau 19.",
     [("29", "30", "other", None), ("18", "19", "other", None)]),
    ("Harganya Rp 5 juta atau Rp 10 juta.", [("5000000", None, "money", "IDR"), ("10000000", None, "money", "IDR")]),
    ("Klub membeli Budi Santoso (22 tahun) dan Andi Wijaya (21).", [("22", None, "other", None), ("21", None, "other", None)]),
    ("Film Laskar Part 2 lebih laris dari Part 1. Untuk yang ke enam kali hadiah itu diberikan.", []),
])
def test_real_news_figures(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, metric", [
    # issue 14: the digest showed "95 persen — tengah", "Rp174 juta — keseluruhan", "23 — bekerja"
    ("Ia mengatakan, okupansi rumah sakit memang tengah mencapai 95 persen.", "okupansi rumah sakit"),
    ("Nilai beasiswa secara keseluruhan mencapai Rp174 juta.", "beasiswa"),
    ("Syaratnya, anak belum menikah, belum bekerja, dan belum berusia 23 tahun.", "usia"),  # an age, not "bekerja"
    ("Hasil investasi yang dibukukan hingga akhir kuartal III mencapai Rp46,7 triliun.", "hasil investasi"),
    ("Jumlah peserta program Jaminan Kesehatan Nasional (JKN) mencapai 281,3 juta jiwa.", "peserta program JKN"),
    ("Rata-rata nilai klaim JHT pada periode tersebut sekitar Rp14,2 juta.", "klaim JHT"),
    ("Jumlah peserta mandiri yang menunggak tercatat sekitar 14,6 juta jiwa.", "peserta mandiri"),
    ("Kenaikan direncanakan sebesar 0,5 persen per tahun.", None),  # a rise of what: not said here
    ("Pada hari kedua tercatat 125.", None),  # "125 — hari kedua"
    # the word after "yang" describes the noun before it: the digest showed "Rp21,6 triliun — sama"
    ("Pendapatan perusahaan yang sangat besar mencapai Rp4 triliun per tahun.", "pendapatan perusahaan"),
    ("Klaim JHT pada periode yang sama mencapai Rp9 triliun.", "klaim JHT"),
    ("Pada saat yang sama, 400 ribu orang lainnya memilih bertahan di rumah.", None),
    ("Harga eceran di pasar terbilang kecil, yakni Rp5.000.", None),
    # a place after "di" with only a verb before it is where, not what: "445 juta dolar AS — indonesia"
    ("Perusahaan itu telah berinvestasi di Indonesia mencapai 445 juta dolar AS.", None),
    # session 9: a discourse "sendiri" is not what is measured, nor is a place without its abbreviation,
    # nor the "lebih" of "18 ribu lebih" (more than 18 thousand)
    ("Upah minimum kota (UMK) Kota Bekasi sendiri dipatok Rp 5,7 juta.", "UMK Kota Bekasi"),
    ("Anggaran program itu sendiri mencapai Rp 3 triliun.", "anggaran program"),
    ("Keputusan itu berdampak pada 12 ribu lebih buruh pabrik.", "buruh pabrik"),
])
def test_the_metric_names_what_is_measured_or_nothing(text, metric):
    (f,) = figures(text)
    assert f["metric"] == metric


def test_a_headline_number_that_ends_a_range_in_the_body_is_kept():
    found = annotate("Partai Incar 130 Kursi di Pileg", "Kami yakin meraih antara 120 sampai 130 kursi.",
                     PUBLISHED, "id")["figures"]
    assert [(str(f["value"]), f["value_max"] and str(f["value_max"]), f["kind"]) for f in found] == [
        ("130", None, "count"), ("120", "130", "count")]


@pytest.mark.parametrize("text, expected", [
    # fresh7b's held-out batch: "roda dua" names a class of vehicle, "helikopter 412" a type
    ("Razia menjaring 40 kendaraan roda dua dan 12 kendaraan roda empat. Pajak kendaraan roda 2 naik.",
     [("40", None, "count", None), ("12", None, "count", None)]),
    ("Sopir angkutan roda tiga maupun roda empat diminta tertib.", []),
    ("Tim SAR mengerahkan 2 kapal dan satu helikopter 412. Heli 206 milik polisi ikut terbang.",
     [("2", None, "count", None), ("1", None, "count", None)]),
])
def test_a_vehicle_class_or_type_is_no_figure(text, expected):
    assert values(text) == expected


def test_a_paragraph_opening_with_selanjutnya_is_text_a_headline_opening_with_a_number_word_counts():
    """"Selanjutnya," opens a sentence (only a short "Selanjutnya »" is a page link); "Dua Kepala
    Daerah …" in a headline says how many, "Lima Puluh Kota" is a place; "gross ton" is a measure."""
    from pantau.nlp.pipeline import annotate

    found = annotate("Tiga Kepala Desa dari PKB Daftar Cabup Sleman",
                     "Selanjutnya, kredit kepada pihak ketiga tumbuh 9,2 persen persen menjadi Rp 4.369,97 triliun.\n\n"
                     "Selanjutnya »\n\nKapal itu berbobot 300 gross ton (GT).")
    assert [(f["text"], str(f["value"]), f["kind"]) for f in found["figures"]] == [
        ("Tiga", "3", "count"), ("9,2 persen", "9.2", "percent"), ("Rp 4.369,97 triliun", "4369970000000000", "money"),
        ("300", "300", "other")]
    assert annotate("Lima Puluh Kota Diguncang Gempa", "Warga panik.")["figures"] == []


def test_a_range_of_scaled_amounts_with_the_currency_after_both_ends_and_labels_listed_after_ayat():
    """"8 ribu yen hingga 25 ribu yen" is one range of yen; in "Pasal 12 ayat 3 dan 4" the 4 is
    the next label of the list, no count."""
    assert values("Di Tokyo, tiket dijual mulai 8 ribu yen hingga 25 ribu yen per kursi. Aturan itu ada di Pasal "
                  "12 ayat 3 dan 4 peraturan menteri, dengan potongan 2,5 persen.") == [
        ("8000", "25000", "money", "JPY"), ("2.5", None, "percent", None)]


# -- sweep9f: 200 unlabelled real articles of IndoSum lines 900-1712 (bench/RESULTS.md) -----------

def test_match_minutes_results_formations_and_line_ups_are_no_counts():
    assert values("Gol penentu lahir di menit ke-90 + 3 lewat sundulan Budi.") == []
    assert values("Tim tamu memasukkan Andi (61' Rudi Hartono) dan Joko (75 'Dedi).") == []
    assert values("Persib tampil dengan formasi 4-2 - 3-1. Dua pemain baru turun.") == [("2", None, "count", None)]
    assert values("Hasil akhir laga kemarin: Persita 1-4 Persis (Rian 12').") == []
    assert values("Mereka ingin membalas kekalahan 1-3 pada putaran pertama.") == []
    assert values("Klasemen sementara: Tim Elang 6-2 - 3-5, Tim Rajawali 4-4 - 2-6.") == []
    assert values("Penjaga gawang: 1-Andi; Bek: 5-R. Santoso (3-B. Wirawan 70').") == []


def test_decades_ranks_labels_codes_and_set_phrases_are_no_figures():
    assert values("Lagu-lagu era 80 dan konser the 80 ’s Night kembali digelar.") == []
    assert values("Musik dari era 70-an sampai 80-an diputar semalam suntuk.") == []
    assert values("Tim itu kini berada di posisi tiga klasemen sementara.") == []
    assert values("Tim itu finis di urutan ke-18 atau tiga terbawah.") == []
    assert values("Daftarnya sebagai berikut.\n\nLevel 1: Turnamen Utama\n\nLevel 2: Turnamen Kedua") == []
    assert values("Pasien itu mengidap kanker stadium 3 sejak lama.") == []
    assert values("Gol kedua lahir dari titik 12 pas. Seribu sayang, tim kalah juga.") == []
    assert values("Motor itu bernomor 93 di kejuaraan dunia.") == []
    assert values("Peraturan artikel 58 mengatur hukuman.") == []
    assert values("Acara itu berlangsung hingga 14 oktober 2017 di Bandung.") == []
    assert values("Mobil dinas bernomor registrasi 4512-07 ditemukan.") == []


def test_a_comma_before_three_digits_of_money_groups_thousands():
    assert values("Tarif tol naik dari Rp 7,500 menjadi Rp 8,000.") == [
        ("7500", None, "money", "IDR"), ("8000", None, "money", "IDR")]
    assert values("Nilainya Rp 1,250 triliun.") == [("1250000000000", None, "money", "IDR")]  # a scale keeps the decimal


def test_durations_in_parts_sizes_english_decimals_and_sentence_starts():
    assert values("Pembalap itu mencatat waktu putaran 1 menit 28,512 detik.") == [
        ("1", None, "other", None), ("28.512", None, "other", None)]
    assert values("Etape itu selesai dalam tiga jam 15 menit 40 detik.") == [
        ("3", None, "other", None), ("15", None, "other", None), ("40", None, "other", None)]
    assert values("Layar itu beresolusi 2560 x 1440 pixel dan berdimensi 30 x 20 x 5 cm, dalam 1 x 24 jam.") == [
        ("2560", None, "count", None), ("1440", None, "count", None), ("30", None, "other", None),
        ("20", None, "other", None), ("5", None, "other", None), ("24", None, "other", None)]
    assert values("Chip itu berkecepatan 2.8 GHz, tetapi Android 7.1 sudah usang. Diskon 11.11 kali ini.") == [
        ("2.8", None, "other", None)]
    assert values("Usianya 31 tahun. 14 dari 20 anggota tim masih baru.") == [
        ("31", None, "other", None), ("14", None, "count", None), ("20", None, "count", None)]
    assert values("Tendangan dari jarak 30 yard dan kunci 128-bit.") == [
        ("30", None, "other", None), ("128", None, "other", None)]


def test_years_said_of_someone_are_an_age_and_pass_to_no_other_figure():
    found = figures("Striker berusia 27 tahun itu tampil apik. Ia kini mengoleksi 14 poin.")
    assert [(f["value"], f["metric"]) for f in found] == [(Decimal("27"), "usia"), (Decimal("14"), None)]
    assert [f["metric"] for f in figures("Kiper 35 tahun itu pensiun. Ia bermain selama 12 tahun.")] == ["usia", None]
    assert figures("Kamera itu dijual seharga Rp 3 juta.")[0]["metric"] == "kamera"


def test_a_watch_is_counted_not_an_hour():
    """"tiga jam tangan" is three watches (count); "tiga jam" alone is a duration."""
    from pantau.nlp.pipeline import annotate
    seized = annotate("", "Polisi menyita tujuh telepon selular dan tiga jam tangan milik para tersangka.")["figures"]
    assert [(str(f["value"]), f["kind"]) for f in seized] == [("7", "count"), ("3", "count")]
    meeting = annotate("", "Rapat itu berlangsung tiga jam di gedung DPR.")["figures"]
    assert [(str(f["value"]), f["kind"]) for f in meeting] == [("3", "other")]


def test_a_list_of_names_with_numbers_in_brackets_shares_the_first_ones_unit():
    assert values("Klub dengan gol terbanyak: Persib (41 gol), Persija (38), dan Arema (35).") == [
        ("41", None, "count", None), ("38", None, "count", None), ("35", None, "count", None)]
    assert values("Skuad termahal dimiliki Klub Merah (120 juta euro), Klub Biru (95,5) dan Klub Hijau (80).") == [
        ("120000000", None, "money", "EUR"), ("95500000", None, "money", "EUR"), ("80000000", None, "money", "EUR")]
    assert values("Hasil survei: Budi (31%), Ani (27%), dan Joko (19).") == [
        ("31", None, "percent", None), ("27", None, "percent", None), ("19", None, "percent", None)]
    assert values("Tersangka dijerat pasal 3 ayat (2) dan pasal 27 dan 28 dihapus.") == []


def test_plus_minus_shared_units_codes_and_named_events():
    assert values("Survei itu punya margin of error + -3,1 persen.") == [("3.1", None, "percent", None)]
    assert values("Operator menunggu lelang frekuensi 1,8 dan 2,6 GHz.") == [
        ("1.8", None, "other", None), ("2.6", None, "other", None)]
    assert values("Pesawat dengan nomor penerbangan 7K 311 mendarat darurat.") == []
    assert values("Layar itu secerah 800 nit. Lagu band ’70-an diputar.") == [("800", None, "other", None)]
    assert values("Peserta Reuni 212 berkumpul di Monas.") == []


def test_numbers_in_words_after_words_ending_like_a_cue_and_index_names():
    assert values("Kamera ini meminjam dua fitur dari seri lama.") == [("2", None, "count", None)]  # not "jam dua"
    assert values("Dalam razia itu satu tersangka ditangkap.") == [("1", None, "count", None)]
    assert values("Mereka menunjuk Andi dan Budi --dua pemain muda-- sebagai pengganti.") == [("2", None, "count", None)]
    assert values("Bursa global naik. Dow Jones menguat 0,3 persen di 21.450,12 tadi malam.") == [
        ("0.3", None, "percent", None), ("21450.12", None, "other", None)]
    assert values("Ponsel itu memakai aspek rasio 19: 9 dan rasio 18:9.") == []
    assert values("Konsol baru telah dirilis. PlayStation 5 Slim sudah tersedia, juga 3DMark 13.") == []
    assert values("Polisi menangkap Udin (27 th) kemarin.") == [("27", None, "other", None)]


def test_a_read_also_link_inside_a_paragraph_holds_no_figures():
    assert values("Ia bicara di Bogor, Senin (3/4). Baca juga: Pabrik Baru Serap 900 Pekerja di Jawa Barat "
                  "Menurut dia, pabrik itu butuh 120 teknisi.") == [("120", None, "count", None)]
    assert values("Laga ditunda [Baca Juga: Stadion Baru Berkapasitas 30 Ribu Kursi] dan 4 pemain cedera.") == [
        ("4", None, "count", None)]


def test_a_tally_names_its_unit_and_adverbs_name_nothing():
    assert [f["metric"] for f in figures("Tim itu memuncaki klasemen dengan koleksi 41 poin.")] == ["poin"]
    assert [f["metric"] for f in figures("Klub kami meraih tambahan tiga poin di kandang lawan.")] == ["poin"]
    assert [f["metric"] for f in figures("Pabrik itu secara tidak langsung mencapai 2.000 orang.")] == [None]


def test_a_bare_number_in_a_clause_about_a_score_is_a_level_not_a_count():
    """"nilai minimal … sebesar 120": a test score (kind other, as an index level), not a count of things."""
    assert values("Peserta harus meraih nilai minimal sebesar 120 untuk tes wawasan, sedangkan 35 peserta gagal.") == [
        ("120", None, "other", None), ("35", None, "count", None)]


def test_units_of_sound_screens_engines_and_doses_lower_case_months_and_read_links():
    """sweep10f: kHz, dB, ppi, horse power and miligram are measures (kind other), "N persenan" is a
    percentage, "kekuatan 6,2 pada Skala Richter" a magnitude; a lower-case Indonesian month dates
    its day; a paragraph opening "(Baca: …)" is a link, no figures."""
    assert values("Pengeras suara itu bekerja dari 40 Hz sampai 18 kHz, sekeras 96 dB.") == [
        ("40", None, "other", None), ("18", None, "other", None), ("96", None, "other", None)]
    assert values("Panelnya 410 ppi, mesinnya 250 horse power.") == [("410", None, "other", None), ("250", None, "other", None)]
    assert values("Balita perlu 7 miligram zat besi.") == [("7", None, "other", None)]
    assert values("Yang ikut baru 40 persenan saja.") == [("40", None, "percent", None)]
    assert values("Gempa dengan kekuatan 5,8 pada Skala Richter terasa sampai pesisir.") == [("5.8", None, "other", None)]
    assert values("Tahapan dimulai pada 18 juli, sedangkan 12 daerah belum siap.") == [("12", None, "count", None)]
    assert [f["text"] for f in figures("(Baca: Rapat Ditunda 45 Menit)\n\nRapat berlangsung 20 menit.")] == ["20"]


def test_a_bare_number_joined_to_the_next_figure_shares_its_unit_percent_or_scale():
    """sweep10f: "shift 6 dan 10 jam" (a duration), "naik dari 21 menjadi 24 persen" (a percentage),
    "tercatat 12 dan 13 juta" (the scale, and a currency after it, go with both numbers)."""
    assert values("Tersedia shift 6 dan 10 jam.") == [("6", None, "other", None), ("10", None, "other", None)]
    assert values("Porsinya naik dari 21 menjadi 24 persen.") == [("21", None, "percent", None), ("24", None, "percent", None)]
    assert values("Pengunjungnya tercatat 12 dan 13 juta di dua kota.") == [
        ("12000000", None, "count", None), ("13000000", None, "count", None), ("2", None, "count", None)]
    assert values("Harganya 3 atau 4 juta dolar AS.") == [("3000000", None, "money", "USD"), ("4000000", None, "money", "USD")]


def test_rallies_named_by_their_date_group_labels_and_spans_of_labels():
    """sweep10f: 'aksi "299"' and "Demo 411" name a rally by its day and month; "kloter 37" and
    "TPS 4" are labels; "halaman 311 hingga 333", "menit ke-80 sampai 84" are spans of labels."""
    assert values('Polisi menjaga aksi "299" yang diikuti 12.000 orang.') == [("12000", None, "count", None)]
    assert values("Massa aksi 411 akan berkumpul di depan gedung.") == []
    assert values("Ada aksi 210 mahasiswa di depan kampus.") == [("210", None, "count", None)]
    assert values("Jemaah kloter 45 tiba lebih dulu.") == []
    assert values("Ceritanya ada di halaman 120 hingga 134 buku itu.") == []
    assert values("Dua gol lahir di menit ke-70 sampai 75.") == [("2", None, "count", None)]


def test_model_names_list_markers_line_ups_and_counts_said_again():
    """sweep10f: "Blade 15X" and "Core 1500X" are names (a multiplier is "10x", "24x lebih"); "1)",
    "2)" mark a list's items; shirt numbers before players' names in a line-up split by ";" are no
    counts; "tiga dari Piala UEFA" after a count of its sentence counts the same things, and "PDIP
    20 kursi" after "17 kursi" is a count too."""
    assert values("Perusahaan itu meluncurkan Blade 15X untuk para gamer.") == []
    assert values("Kameranya punya zoom 10x dan 4 lensa.") == [("10", None, "other", None), ("4", None, "count", None)]
    assert values("Ada dua manfaat: 1) biaya turun, dan 2) waktu lebih singkat.") == [("2", None, "count", None)]
    assert values("Susunan pemain: 1 Andi Saputra; 5 Budi Hartono, 13 Candra Wijaya, 22 Dodi Pratama; 9 Eko Susanto") == []
    assert values("Klub itu punya lima trofi: dua dari Piala Eropa dan tiga dari Piala Super.") == [
        ("5", None, "count", None), ("2", None, "count", None), ("3", None, "count", None)]
    assert values("Partai A punya 12 kursi di DPRD, sementara Hanura 9 kursi.") == [
        ("12", None, "count", None), ("9", None, "count", None)]


def test_counts_said_as_a_predicate_decimal_multipliers_and_three_initials_with_an_age():
    """sweep10f: "hanya satu dan", "hanya dua yaitu", "ada satu sampai dua yang" are counts (not "tidak
    ada satu pun"); "dari 15,2x menjadi 11,4x" are multipliers; "RDS (27), warga …" an age."""
    assert values("Loket yang buka hanya satu dan antreannya panjang.") == [("1", None, "count", None)]
    assert values("Pintunya hanya dua yaitu utara dan selatan.") == [("2", None, "count", None)]
    assert values("Tidak ada satu pun yang datang.") == []
    assert values("Rasio harga turun dari 15,2x menjadi 11,4x.") == [("15.2", None, "other", None), ("11.4", None, "other", None)]
    assert values("Polisi menahan RDS (27), warga Kampung Baru.") == [("27", None, "other", None)]


def test_sides_of_a_size_written_without_spaces_and_a_measure_after_a_label_word():
    """sweep10f: every side of "410x300x20 mm" is a figure; "jarak sumbu roda 2.700 mm" is a length
    ("roda" is a label only for "roda 4"); a count in words keeps its kind in a clause about a level."""
    assert values("Kotaknya berukuran 410x300x20 mm.") == [
        ("410", None, "other", None), ("300", None, "other", None), ("20", None, "other", None)]
    assert values("Jarak sumbu roda 2.700 mm.") == [("2700", None, "other", None)]
    assert values("Kendaraan roda 4 dilarang masuk.") == []
    assert values("Tingkat layanan akan naik karena stasiunnya hanya dua yaitu A dan B.") == [("2", None, "count", None)]


def test_a_price_said_without_its_currency_and_a_list_numbered_inside_a_paragraph():
    """sweep10f: "dibeli seharga 80 juta" a sentence after "65 juta euro" is euros too; "… 5.120 unit 2.
    Mobil B …" numbers a list inside its paragraph."""
    assert values("Klub itu menjual Andi seharga 65 juta euro. Lalu Budi dibeli seharga 80 juta.") == [
        ("65000000", None, "money", "EUR"), ("80000000", None, "money", "EUR")]
    assert values("Penjualan: 1. Mobil A 7.210 unit 2. Mobil B 5.120 unit 3. Mobil C 4.005 unit") == [
        ("7210", None, "count", None), ("5120", None, "count", None), ("4005", None, "count", None)]


def test_a_pair_of_numbers_after_a_rally_word_is_a_score():
    """sweep10f: "menipiskan selisih poin 4-6", "memperkecil jarak menjadi 16-19" are a game's
    score; "jarak 5-10 km" stays a range of distances."""
    assert values("Pemain itu menipiskan selisih poin 4-6 sebelum jeda.") == []
    assert values("Lawannya memperkecil jarak menjadi 16-19, tetapi kalah.") == []
    assert values("Rute itu berjarak 5-10 km dari pusat kota, jarak 3-4 km dari pantai.") == [
        ("5", "10", "other", None), ("3", "4", "other", None)]
