"""Figures on the shapes sweep12f read off 200 unlabelled IndoSum articles (session 12): invented
sentences in the shape Indonesian outlets use, none copied from an article."""

from decimal import Decimal

from pantau.nlp.pipeline import annotate


def found(body, title=""):
    return [(f["text"], str(f["value"]), None if f["value_max"] is None else str(f["value_max"]), f["kind"])
            for f in annotate(title, body)["figures"]]


# -- headlines listed under a "Baca Juga:" label ---------------------------------------------------

def test_headlines_listed_under_a_read_also_label_hold_no_figures():
    body = ("Penyanyi itu tampil selama 2 jam di panggung utama.\n\n"
            "Baca Juga :\n\n"
            "3 Gaya Baru Penyanyi Dangdut agar Tak Ditegur Lagi\n\n"
            "Alasan Artis Muda Mau Dinikahi Pria yang Baru 1 Tahun Dikenal\n\n"
            "Pada konser berikutnya ia membawa 5 penari latar.")
    assert [(t, v, k) for t, v, _, k in found(body)] == [("2", "2", "other"), ("5", "5", "count")]


def test_text_after_indosums_read_also_marker_is_article_text():
    """IndoSum writes "Baca_Juga" where it removed a link; the paragraph after it is the article."""
    body = "Pemerintah menambah kapal baru.\n\nBaca_Juga\n\nTahun ini dinas itu membeli 3 kapal patroli."
    assert [(t, v, k) for t, v, _, k in found(body)] == [("3", "3", "count")]


# -- plus minus ---------------------------------------------------------------------------------------

def test_a_centre_plus_minus_its_margin_is_one_range():
    assert found("Bank sentral memperkirakan inflasi 4 plus minus 1 persen tahun ini.") == [
        ("4 plus minus 1 persen", "3", "5", "percent")]
    assert found("Survei itu mencatat elektabilitas 38,5 ± 2 persen.") == [("38,5 ± 2 persen", "36.5", "40.5", "percent")]


def test_plus_minus_before_a_number_is_about_not_a_negative():
    figures = annotate("", "Acara itu dihadiri plus minus 300 orang dari berbagai desa.")["figures"]
    assert [(f["text"], f["value"], f["kind"], f["approx"]) for f in figures] == [("300", Decimal(300), "count", True)]
    assert [f["value"] for f in annotate("", "Suhu di puncak turun hingga minus 4 derajat.")["figures"]] == [Decimal(-4)]


# -- nouns that measure after a lead word ------------------------------------------------------------

def test_angka_after_a_gap_or_tally_word_is_a_teams_points():
    assert [(v, k) for _, v, _, k in found("Klub tamu kini unggul lima angka dari tim peringkat kedua.")] == [("5", "other")]
    assert [(v, k) for _, v, _, k in found("Timnya sudah mengoleksi 41 angka dari 20 laga.")] == [
        ("41", "other"), ("20", "count")]
    assert [(v, k) for _, v, _, k in found("Dinas mencatat ada 45 angka kasus baru pekan ini.")] == [("45", "count")]


def test_kaki_after_a_word_of_length_is_feet():
    assert [(v, k) for _, v, _, k in found("Menara itu mencapai ketinggian 300 kaki di atas tanah.")] == [("300", "other")]
    assert [(v, k) for _, v, _, k in found("Kursi antik itu punya empat kaki dari kayu jati.")] == [("4", "count")]


# -- names and labels with numbers -------------------------------------------------------------------

def test_a_rate_or_title_named_with_an_english_time_word_is_no_figure():
    assert [v for _, v, _, _ in found("Bank sentral menahan suku bunga 7 Days Reverse Repo Rate di level 5,25 persen.")] == [
        "5.25"]
    assert [v for _, v, _, _ in found("Penonton membeli tiket 3 Day Pass seharga Rp 900 ribu.")] == ["900000"]


def test_a_number_after_a_label_word_is_a_label():
    assert found("Minyak ikan kaya asam lemak omega 3 yang baik bagi jantung.") == []
    assert found("Truk dengan nomor lambung 02.1133 melintas di mile 42,5 jalan tambang.") == []
    assert found("Bodinya memakai aluminium series 6000 yang ringan.") == []
    assert [v for _, v, _, _ in found("Kota itu punya hotel bintang lima pertama dan 12 hotel melati.")] == ["12"]


# -- numbers in words ---------------------------------------------------------------------------------

def test_the_first_of_two_numbers_in_words_takes_the_seconds_unit():
    assert [(t, k) for t, _, _, k in found("Dua terdakwa dituntut masing-masing enam dan empat tahun penjara.")] == [
        ("Dua", "count"), ("enam", "other"), ("empat", "other")]


def test_a_number_in_words_before_di_antara_counts():
    assert [(t, v) for t, v, _, _ in found("Polisi memeriksa sepuluh orang. Tiga di antara mereka ditahan.")] == [
        ("sepuluh", "10"), ("Tiga", "3")]


def test_one_in_a_title_case_headline_is_kept_when_the_body_counts_one():
    assert [(t, v) for t, v, _, _ in found("Band itu resmi ditinggal satu vokalisnya pekan lalu.",
                                           title="Band Rock Ditinggal Satu Vokalisnya")] == [("Satu", "1"), ("satu", "1")]
    assert found("Mereka bertekad membangun kota bersama.", title="Satu Visi Untuk Kota") == []


def test_one_before_an_acronym_counts():
    assert [(t, v) for t, v, _, _ in found("Operator itu hanya membangun satu BTS di desa tersebut.")] == [("satu", "1")]
    assert found("Mereka menjaga satu NKRI yang utuh.") == []


# -- as-of dates --------------------------------------------------------------------------------------

def test_a_side_of_a_size_is_no_year_to_date_a_figure_by():
    figures = annotate("", "Ponsel itu memakai layar (1080×1920 piksel) berukuran 6 inci.")["figures"]
    assert [f["as_of"] for f in figures] == [None, None, None]


def test_a_month_inside_a_persons_name_dates_nothing():
    from datetime import date
    figures = annotate("", "Klub juga memanggil satu pemain muda yaitu Made Agus Juni Prasetya.", date(2018, 1, 6))["figures"]
    assert [(f["text"], f["as_of"]) for f in figures] == [("satu", None)]
    figures = annotate("", "Klub itu mendatangkan dua pemain pada Juni lalu.", date(2018, 1, 6))["figures"]
    assert [(f["text"], f["as_of"]) for f in figures] == [("dua", "2017-06-30")]


def test_a_duration_is_a_change_only_right_after_the_change_word():
    def quals(text):
        return [(f["text"], f["qualifier"]) for f in annotate("", text)["figures"]]
    assert quals("Industri itu tumbuh pesat dalam 2-3 tahun terakhir.") == [("2-3", None)]
    assert quals("Saat penjualan meningkat, pabrik itu justru libur selama dua pekan.") == [("dua", None)]
    assert quals("Masa tunggu itu bertambah dua tahun.") == [("dua", "change")]
    assert quals("Waktu antre turun dari 3 jam menjadi 45 menit.") == [("3", "actual"), ("45", "actual")]


def test_an_age_word_a_word_or_two_before_the_number():
    def kinds(text):
        return [(f["text"], f["kind"], f["unit"]) for f in annotate("", text)["figures"]]
    assert kinds("\"Padahal umur saja 23, tapi ia sudah memimpin,\" katanya.") == [("23", "other", "tahun")]
    assert kinds("Poster itu bertuliskan \"[Usia] 19 bukan alasan\".") == [("19", "other", "tahun")]
    assert kinds("Usianya baru 16 ketika ia pindah ke kota.") == [("16", "other", "tahun")]


def test_a_class_word_before_a_number_with_a_unit_is_no_label():
    assert [(t, k) for t, _, _, k in found("Bintang 28 tahun itu tampil di acara televisi.")] == [("28", "other")]
    assert found("Mereka menginap di hotel bintang 4 dekat pantai.") == []
