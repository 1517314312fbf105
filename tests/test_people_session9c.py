"""Roles and figures on the shapes of a held-out batch (session 9, fresh9c): invented sentences in
the shape Indonesian outlets use, none copied from an article."""

from pantau.nlp.pipeline import annotate


def people(text, title=""):
    return {p["name"]: (p["role"], p["organisation"]) for p in annotate(title, text)["people"]}


def counts(text, title=""):
    return [(f["value"], f["kind"]) for f in annotate(title, text)["figures"]]


def test_a_modal_after_a_role_given_with_selaku_is_no_part_of_it():
    """"X selaku wali kota harus turun tangan": the role ends before "harus"."""
    text = ("Ketua Umum Forum Warga Dedi Kurniawan menilai penanganan banjir lamban.\n\n"
            "Menurut Dedi, Bima Santosa selaku wali kota harus bertindak cepat membenahi saluran air.")
    assert people(text).get("Bima Santosa") == ("wali kota", None)


def test_the_country_after_a_ministry_s_name_is_the_ministry_s_not_the_role_s():
    """"Juru Bicara Kementerian Perdagangan RI Haryono …": "RI" belongs to the ministry."""
    text = ("Juru Bicara Kementerian Perdagangan RI Haryono Wibisono mengatakan, ekspor kopi naik tahun ini.\n\n"
            "\"Kami optimistis pasar baru terbuka,\" kata Haryono.")
    assert people(text).get("Haryono Wibisono") == ("Juru Bicara", "Kementerian Perdagangan RI")


def test_a_listed_company_written_with_a_comma_before_tbk_still_gives_the_role():
    """"Direktur Utama PT X, Tbk, Y mengatakan …": the title phrase runs through ", Tbk"."""
    text = ("Sementara itu, Direktur Keuangan PT Semen Baturaja, Tbk, Hendra Gunawan mengatakan laba "
            "perseroan naik.\n\n\"Kami puas dengan capaian ini,\" ujar Hendra.")
    assert people(text).get("Hendra Gunawan") == ("Direktur Keuangan", "PT Semen Baturaja, Tbk")


def test_a_number_in_a_year_s_range_before_what_is_counted_is_a_count():
    """"dibatasi hanya 2000 orang": a count; "pada 2016 rumah itu …" stays a year."""
    assert ("2000", "count") in [(str(v), k) for v, k in
                                 counts("Kapasitas gedung itu dibatasi hanya 2000 orang saja setiap harinya.")]
    assert counts("Pada 2016 rumah itu dibangun ulang oleh warga.") == []


def test_pentolan_and_petinggi_are_descriptions_before_a_name():
    """"pentolan Gerakan X Y", "petinggi Partai X Y": the leading figure's description is a role."""
    text = ("Pengamat politik Rudi Hartono menilai pentolan Gerakan Rakyat Bersatu Ahmad Syarifuddin punya "
            "pengaruh besar.\n\n\"Dia tokoh kunci,\" kata Rudi.")
    assert people(text).get("Ahmad Syarifuddin") == ("pentolan", "Gerakan Rakyat Bersatu")
