"""People rules from reading 150 unlabelled IndoSum articles for their quotes' speakers (sweep11s,
session 11), on invented sentences."""
from pantau.nlp.pipeline import annotate


def test_an_alias_after_an_honorific():
    found = annotate("", "SUKABUMI – Rahmat Hidayat alias Om Bagong, juru parkir di Jalan Merdeka, berniat "
                         "menyumbangkan ginjalnya.\n\n"
                         "“Niat saya sudah bulat untuk menolong sesama,” ucap Om Bagong yang sudah sepuluh tahun "
                         "menjadi juru parkir.")
    assert [p["name"] for p in found["people"]] == ["Rahmat Hidayat"]
    assert [q["speaker"] for q in found["quotes"]] == ["Rahmat Hidayat"]


def test_a_nickname_then_sapaan_akrab_without_a_comma():
    found = annotate("", "Mengembalikan formulir ke kantor partai, Kombes Pol Syamsudin menyodorkan sembilan "
                         "program, Jumat (18/8). Gus Syam sapaan akrab Syamsudin mengambil formulir itu pekan lalu.\n\n"
                         "\"Saya maju bukan bermodal janji kosong, tapi menawarkan sembilan program,\" tegas Gus Syam.")
    assert [p["name"] for p in found["people"]] == ["Syamsudin"]
    assert [q["speaker"] for q in found["quotes"]] == ["Syamsudin"]


def test_a_name_with_an_apostrophe_after_a_rank():
    found = annotate("", "Mengembalikan formulir ke kantor partai, Kombes Pol Syamsu'in menyodorkan sembilan program, "
                         "Jumat (18/8). Gus Syam sapaan akrab Syamsu'in mengambil formulir itu pekan lalu.\n\n"
                         "\"Saya maju bukan bermodal janji kosong, tapi menawarkan sembilan program,\" tegas Gus Syam.")
    assert [p["name"] for p in found["people"]] == ["Syamsu'in"]
    assert [q["speaker"] for q in found["quotes"]] == ["Syamsu'in"]
