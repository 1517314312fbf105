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
