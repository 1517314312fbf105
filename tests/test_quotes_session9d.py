"""Quote rules from fresh9d's held-out batch (session 9), on invented sentences."""
import pytest

from pantau.nlp.pipeline import annotate


@pytest.mark.parametrize("text, speaker", [
    ("Salah seorang saksi mata, Budiman (45), mengatakan api diduga berasal dari tungku yang lupa dimatikan.",
     "Budiman"),
    ("Seorang pedagang, Lestari Wulandari (38), mengatakan harga cabai naik dua kali lipat sejak pekan lalu.",
     "Lestari Wulandari"),
])
def test_an_age_in_brackets_between_the_name_and_the_verb(text, speaker):
    found = annotate("", text)
    assert [(q["kind"], q["speaker"]) for q in found["quotes"]] == [("indirect", speaker)]


@pytest.mark.parametrize("second", [
    "Pria yang akrab disapa Hartono ini menyatakan timnya sudah siap bertanding di kejuaraan dunia pekan depan.",
    "Menurut pria yang akrab disapa Hartono itu, timnya sudah siap bertanding di kejuaraan dunia pekan depan.",
])
def test_the_name_someone_is_called_by_gives_the_speaker(second):
    found = annotate("", "Ketua Umum PBVSI Hartono Wibisono hadir di acara itu. " + second)
    assert [(q["kind"], q["speaker"], q["text"]) for q in found["quotes"]] == \
        [("indirect", "Hartono Wibisono", "timnya sudah siap bertanding di kejuaraan dunia pekan depan")]


def test_news_confirmed_is_no_statement():
    found = annotate("", "Kepala Seksi Operasi Damkar, Sugiono, membenarkan informasi dari warga terkait "
                         "penyebab kebakaran tersebut.")
    assert found["quotes"] == []


@pytest.mark.parametrize("text, said", [
    ("Kapolsek Tebet Kompol Budiman Santoso membenarkan pelaku sudah ditangkap di rumahnya pada Senin malam.",
     "pelaku sudah ditangkap di rumahnya pada Senin malam"),
    ("Kapolsek Tebet Kompol Budiman Santoso membenarkan kabar bahwa pelaku sudah ditangkap di rumahnya.",
     "kabar bahwa pelaku sudah ditangkap di rumahnya"),
])
def test_a_confirmed_clause_is_still_a_statement(text, said):
    assert [(q["speaker"], q["text"]) for q in annotate("", text)["quotes"]] == [("Budiman Santoso", said)]


def test_mengisahkan_with_a_clause_reports_it():
    found = annotate("", "Kapolsek Tebet Kompol Budiman Santoso mengisahkan pelaku mendatangi rumah korban pada "
                         "Jumat malam. Budiman juga mengisahkan pengalamannya saat menangkap pelaku.")
    assert [(q["speaker"], q["text"]) for q in found["quotes"]] == \
        [("Budiman Santoso", "pelaku mendatangi rumah korban pada Jumat malam")]


@pytest.mark.parametrize("text, speaker", [
    ("Majelis Hakim Pengadilan Negeri Surabaya yang dipimpin hakim ketua Dodi Kurniawan, menyatakan terdakwa "
     "terbukti bersalah dalam perkara penipuan.", "Majelis Hakim Pengadilan Negeri Surabaya"),
    ("Tim gabungan yang dipimpin Kapolres Dodi Kurniawan menyatakan pelaku sudah ditangkap.", "Dodi Kurniawan"),
])
def test_a_panel_led_by_someone_speaks_as_the_panel(text, speaker):
    assert [q["speaker"] for q in annotate("", text)["quotes"]] == [speaker]
