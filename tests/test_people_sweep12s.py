"""People rules from reading 150 unlabelled IndoSum articles for their quotes' speakers (sweep12s,
session 12), on invented sentences."""
from pantau.nlp.pipeline import annotate


def test_a_one_word_name_cut_short_later_is_the_same_person():
    found = annotate("", "Kepala Dinas Pemadam Kebakaran Kota Bekasi Wiryosentono mengatakan api sudah padam.\n\n"
                         "Menurut Wiryo, penyebab kebakaran di gudang itu diduga arus pendek.\n\n"
                         "\"Kerugian masih kami hitung,\" kata Wiryo.")
    assert [p["name"] for p in found["people"]] == ["Wiryosentono"]
    assert {q["speaker"] for q in found["quotes"]} == {"Wiryosentono"}


def test_two_one_word_names_that_only_share_a_beginning_stay_two():
    # written short first: not a cut of the longer name that comes later
    found = annotate("", "Pelatih Persita Ardi mengatakan timnya siap. Kiper Ardiansyah mengaku siap tampil.")
    assert sorted(p["name"] for p in found["people"]) == ["Ardi", "Ardiansyah"]


def test_a_capitalised_profession_before_a_name_is_the_role():
    found = annotate("Judul Uji Coba", "\"Jakarta sudah punya dinas yang mengurus museum,\" kata Budayawan JJ Rahmat "
                                       "kepada wartawan, Selasa (4/7).\n\n\"Yang kurang adalah perhatian,\" kata Rahmat.")
    assert [p["name"] for p in found["people"]] == ["JJ Rahmat"]
    assert [q["speaker"] for q in found["quotes"]] == ["JJ Rahmat", "JJ Rahmat"]
