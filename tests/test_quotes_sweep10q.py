"""Quote rules from reading 150 unlabelled IndoSum articles against their quotes (sweep10q,
session 10), on invented sentences."""
import pytest

from pantau.nlp.pipeline import annotate


@pytest.mark.parametrize("text, said", [
    ("Netizen menilai kemiripan kedua acara itu terlalu mencolok.", "kemiripan kedua acara itu terlalu mencolok"),
    ("Aktivis menyatakan, jumlah korban sebenarnya jauh lebih besar dari itu.",
     "jumlah korban sebenarnya jauh lebih besar dari itu"),
    ("Polisi menyebut bahwa pelaku berusia 20 tahun dan tinggal di kawasan itu.",
     "pelaku berusia 20 tahun dan tinggal di kawasan itu"),
    ("Otoritas setempat menyebut keributan pecah sepuluh menit sebelum laga berakhir.",
     "keributan pecah sepuluh menit sebelum laga berakhir"),
    ("Ahli gizi yang tidak terlibat dalam kajian itu mengatakan temuan tersebut menarik.", "temuan tersebut menarik"),
    ("Komandan itu mengatakan, pasukannya dibantu relawan dari desa sebelah.",
     "pasukannya dibantu relawan dari desa sebelah"),
    ("Menurut pejabat kesehatan setempat, tiga korban masih dalam kondisi kritis.",
     "tiga korban masih dalam kondisi kritis"),
])
def test_people_nobody_names_speak(text, said):
    found = annotate("", text)
    assert [(q["kind"], q["speaker"], q["text"]) for q in found["quotes"]] == [("indirect", None, said)]


def test_menurut_names_who_said_it_not_the_subject_inside():
    found = annotate("", "Kapolsek Cibeber Kompol Hendra Gunawan memimpin razia itu. Sebab, menurut dia, polisi "
                         "sudah berulang kali mengingatkan para pemuda agar tidak ikut balap liar.\n\n"
                         "\"Kami akan memproses semua yang terjaring sesuai hukum,\" ujarnya.")
    assert [(q["kind"], q["speaker"]) for q in found["quotes"]] == \
        [("indirect", "Hendra Gunawan"), ("direct", "Hendra Gunawan")]


def test_a_named_government_is_no_unnamed_speaker():
    found = annotate("", "Otoritas Yordania menyebut perbatasan akan dibuka kembali pekan depan.")
    assert [q["speaker"] for q in found["quotes"]] == ["Otoritas Yordania"]
