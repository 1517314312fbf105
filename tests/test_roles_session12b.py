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


def test_selaku_after_a_comma_describes_the_one_before_not_the_client_named_in_it():
    """'jawab Budi Santoso, selaku kuasa hukum Andi.': Budi is the lawyer ("kuasa hukum", the
    client's name no part of the role), Andi has no role; "ujar Rudi, kuasa hukum Andi, dalam …"
    the same after a plain comma."""
    found = roles("Andi Wijaya divonis enam bulan penjara. \"Kami menerima putusan itu,\" jawab Budi Santoso, "
                  "selaku kuasa hukum Andi.")
    assert found["Budi Santoso"] == ("kuasa hukum", None)
    assert found["Andi Wijaya"] == (None, None)
    found = roles("Andi Wijaya divonis enam bulan penjara.\n\n"
                  "\"Klien kami akan banding,\" ujar Rudi Hartono, kuasa hukum Andi, dalam pernyataan tertulis.")
    assert found["Rudi Hartono"] == ("kuasa hukum", None)


def test_a_counted_description_before_a_comma_is_the_role_of_each_one_listed():
    """"didampingi dua anggotanya, A dan B", "ditinggal dua sutradaranya, A dan B": both are members
    (directors), not only the first."""
    found = roles("Ketua Panwaslu Kota Malang Hendra Wijaya yang didampingi dua anggotanya, Agus Prasetyo dan "
                  "Wayan Sudarma mengatakan pelatihan dimulai pekan depan.")
    assert found["Agus Prasetyo"] == ("anggota", None)
    assert found["Wayan Sudarma"] == ("anggota", None)


def test_a_lawyer_named_after_the_client_and_its_short_name_has_the_lawyer_s_role():
    """"Kuasa hukum tersangka korupsi, Andi Wijaya (Andi), Joko Susilo, menilai …": Joko is the
    lawyer; the client's short name in brackets between them changes nothing."""
    found = roles("Kuasa hukum tersangka korupsi, Andi Wijaya (Andi), Joko Susilo, menilai penahanan itu tidak sah.")
    assert found["Joko Susilo"] == ("Kuasa hukum", None)
