"""Roles on the shapes of a held-out batch (session 12, fresh12b): invented sentences in the shape
Indonesian outlets use, none copied from an article; the names are invented."""

from pantau.nlp.pipeline import annotate


def roles(text, title=""):
    return {p["name"]: (p["role"], p["organisation"]) for p in annotate(title, text)["people"]}


def test_a_known_body_with_its_country_or_region_is_written_as_the_article_writes_it():
    """"Ketua Badan Pengawas Pemilu Republik Indonesia X": the country is the body's, not the role's;
    "Ketua Bawaslu Jawa Barat Y", "Wakil Ketua DPRD DKI Jakarta Z": the short name the article writes,
    with its region, not the gazetteer's long name."""
    found = roles("Ketua Badan Pengawas Pemilu Republik Indonesia Suharto Wibisono mengingatkan para pengawas. "
                  "Ketua Bawaslu Jawa Barat Dedi Kurniawan mengatakan pelatihan dimulai pekan depan. "
                  "Wakil Ketua DPRD DKI Jakarta Rudi Hartono menilai anggaran itu cukup.")
    assert found["Suharto Wibisono"] == ("Ketua", "Badan Pengawas Pemilu Republik Indonesia")
    assert found["Dedi Kurniawan"] == ("Ketua", "Bawaslu Jawa Barat")
    assert found["Rudi Hartono"] == ("Wakil Ketua", "DPRD DKI Jakarta")
