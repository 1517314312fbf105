"""Roles read off 250 unlabelled IndoSum articles (session 10, sweep10r): invented sentences in the
shapes Indonesian outlets use, none copied from an article."""

from pantau.nlp.pipeline import annotate


def people(text, title=""):
    return {p["name"]: (p["role"], p["organisation"]) for p in annotate(title, text)["people"]}


def test_a_description_after_the_name_may_say_where_the_person_serves():
    """"kata X, kepala delegasi IFRC di Kenya, seperti dikutip …": the place is no part of the role."""
    text = "\"Kami menolak rencana itu,\" kata Bernard Tissot, kepala delegasi IFRC di Kenya, seperti dikutip kantor berita."
    assert people(text).get("Bernard Tissot") == ("kepala delegasi", "IFRC")
    text = "Serangan itu menewaskan Yusuf Hamdan, emir ISIS untuk provinsi Herat."
    assert people(text).get("Yusuf Hamdan") == ("emir", "ISIS")


def test_a_description_after_the_name_may_open_with_seorang_or_salah_seorang():
    text = "\"Kami bertahan,\" kata Hamid Rasul, seorang pejabat dari Brigade Timur."
    assert people(text).get("Hamid Rasul") == ("pejabat", "Brigade Timur")
    text = "\"Kami patungan membeli buku,\" kata Sumiati Rahayu, salah seorang guru di wilayah Lawang."
    assert people(text).get("Sumiati Rahayu") == ("guru", None)


def test_a_description_after_the_name_ends_where_the_attribution_s_adjunct_begins():
    """"kata X, warga setempat kepada wartawan": "kepada" opens the adjunct, not more description."""
    text = "\"Air naik sampai lutut,\" kata Darto Sugiman, warga setempat kepada wartawan, Minggu."
    assert people(text).get("Darto Sugiman") == ("warga setempat", None)


def test_no_role_when_the_words_after_the_comma_are_a_clause():
    text = "\"Kita lihat nanti,\" kata Budi Santoso, pelaku ditangkap saat itu juga."
    assert people(text).get("Budi Santoso") == (None, None)


def test_scholars_and_officers_described_after_the_name():
    text = "\"Tidak ada masalah,\" kata Mark Wellington, profesor dari Harlow Law School."
    assert people(text).get("Mark Wellington") == ("profesor", "Harlow Law School")
    text = "\"Kami siap,\" kata Yusuf Hamdan, komandan ISIS di Herat."
    assert people(text).get("Yusuf Hamdan") == ("komandan", "ISIS")
