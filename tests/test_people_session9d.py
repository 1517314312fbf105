"""People rules from fresh9d's held-out batch (session 9), on invented sentences."""
import pytest

from pantau.nlp.pipeline import annotate


@pytest.mark.parametrize("text, expected", [
    ("Ratu Solvea dari Norwegia yang bertindak sebagai utusan khusus akan membantu petani di desa.",
     [("Solvea", "Ratu")]),
    ("Kunjungan itu disambut Pangeran Edvardo dari Monako di pelabuhan.", [("Edvardo", "Pangeran")]),
])
def test_the_one_word_after_a_sovereigns_title_is_the_holders_name(text, expected):
    assert [(p["name"], p["role"]) for p in annotate("", text)["people"]] == expected


def test_a_sovereigns_quotes_stay_hers():
    found = annotate("", "Ratu Solvea yang diterima Presiden Joko Widodo di Istana Bogor, Senin, sudah "
                         "bertemu para menteri.\n\n\"Kami berharap programnya berjalan baik,\" katanya.")
    assert [q["speaker"] for q in found["quotes"]] == ["Solvea"]


@pytest.mark.parametrize("text", ["Wisatawan dari Eropa berdatangan ke Raja Ampat setiap tahun."])
def test_a_place_after_a_royal_word_is_no_person(text):
    assert annotate("", text)["people"] == []


def test_a_partys_short_form_that_spells_a_word_is_the_organisation():
    found = annotate("", "Rapat itu juga diikuti Ketua Umum PSI Rina Maharani, Sekjen PKB Dodi Kurniawan "
                         "serta Ketua Umum PAN Bambang Hidayat.")
    assert [(p["name"], p["role"], p["organisation"]) for p in found["people"]] == [
        ("Rina Maharani", "Ketua Umum", "PSI"), ("Dodi Kurniawan", "Sekjen", "PKB"),
        ("Bambang Hidayat", "Ketua Umum", "PAN")]
