"""People, roles and speakers on the shapes of a held-out batch (session 10, fresh10b): invented
sentences in the shape Indonesian outlets use, none copied from an article."""

from pantau.nlp.pipeline import annotate


def people(text, title=""):
    return {p["name"]: (p["role"], p["organisation"]) for p in annotate(title, text)["people"]}


def speakers(text, title=""):
    return [q["speaker"] for q in annotate(title, text)["quotes"]]


def test_an_association_written_like_a_name_before_a_given_name_that_speaks_is_the_body():
    """"Ketua Aspenindo Hendra Kusuma" … "ujar Hendra" … "Aspenindo juga …": the association is
    the organisation, the person is Hendra Kusuma."""
    text = ("Ketua Aspenindo Hendra Kusuma mengatakan penjualan alat tulis naik pada semester ini.\n\n"
            "\"Permintaan dari sekolah sangat besar,\" ujar Hendra.\n\n"
            "Aspenindo juga berencana membuka gerai baru di Surabaya.")
    found = people(text)
    assert found.get("Hendra Kusuma") == ("Ketua", "Aspenindo")
    assert not any(name.startswith("Aspenindo") for name in found)
    assert set(speakers(text)) == {"Hendra Kusuma"}


def test_a_first_name_that_speaks_stays_in_the_name():
    """"Wakil Ketua Komisi Fahmi Hamzah" … "kata Fahmi": Fahmi is his first name, not a body."""
    text = ("Wakil Ketua Fahmi Hamzah Prakoso menilai anggaran itu terlalu besar.\n\n"
            "\"Kami akan memeriksanya,\" kata Fahmi. Fahmi juga meminta laporan tertulis.")
    assert "Fahmi Hamzah Prakoso" in people(text)


def test_an_institution_acting_as_something_speaks_through_selaku():
    """"Pihak Aspenindo selaku penyelenggara … menyatakan …", "KPK selaku penegak hukum menyatakan …":
    the institution before "selaku" is the speaker."""
    text = ("Ketua Aspenindo Hendra Kusuma mengatakan penjualan alat tulis naik.\n\n"
            "\"Permintaan sangat besar,\" ujar Hendra.\n\n"
            "Pihak Aspenindo selaku penyelenggara bazar tahunan itu menyatakan omzet tahun lalu mencapai Rp 40 miliar.")
    assert speakers(text) == ["Hendra Kusuma", "Hendra Kusuma", "Aspenindo"]
    assert speakers("KPK selaku penegak hukum menyatakan pemeriksaan saksi akan dilanjutkan pekan depan.") == ["KPK"]


def test_a_name_that_opens_a_sentence_and_speaks_ends_a_board_s_name():
    """"Ketua Dewan Pengawas Koperasi Sentosa Gerald Wirawan" … "Gerald menyebut …": the board's name
    stops before the person, who is found with his title."""
    text = ("Kasus itu dilaporkan Ketua Dewan Pengawas Koperasi Sentosa Gerald Wirawan ke polisi.\n\n"
            "Gerald menyebut pengurus lama memakai dana anggota tanpa izin.")
    found = people(text)
    assert "Gerald Wirawan" in found
    assert speakers(text) == ["Gerald Wirawan"]


def test_an_honorific_s_word_that_speaks_alone_opens_the_name():
    """"Manajer … Sis Melati Anggraini" … "tambah Sis.": the article calls her Sis, so it is her
    name, not "sister"; "kata Pak Budi" keeps the honorific out of Budi Santoso's name."""
    text = ("\"Penjualan naik tajam,\" ujar Manajer Pemasaran PT Karya Abadi Sis Melati Anggraini, Senin.\n\n"
            "\"Kami akan menambah gerai di Bekasi,\" tambah Sis.")
    assert people(text).get("Sis Melati Anggraini") == ("Manajer Pemasaran", "PT Karya Abadi")
    assert speakers(text) == ["Sis Melati Anggraini", "Sis Melati Anggraini"]
    text = ("Ketua RT setempat, Pak Budi Santoso, mengatakan jalan itu rusak sejak Januari.\n\n"
            "\"Sudah lama kami laporkan,\" kata Pak Budi.")
    assert "Budi Santoso" in people(text)


def test_where_someone_stands_in_a_case_is_the_role_without_the_case():
    """"terpidana kasus suap e-KTP X", "tersangka kasus dugaan korupsi proyek e-KTP Y", "terdakwa
    korupsi e-KTP, Z": the role is the convict, the suspect, the accused (a hyphen inside a word
    does not end the description); "terpidana mati" keeps "mati"."""
    text = "Uang itu diterima terpidana kasus suap e-KTP Darmawan Hadi dari seorang pengusaha."
    assert people(text).get("Darmawan Hadi") == ("terpidana", None)
    text = "LSM itu mendesak polisi menahan tersangka kasus dugaan korupsi proyek e-KTP Wahyu Setiadi."
    assert people(text).get("Wahyu Setiadi") == ("tersangka", None)
    text = "Ia bersaksi untuk terdakwa korupsi e-KTP, Rudi Hartanto di pengadilan negeri."
    assert people(text).get("Rudi Hartanto") == ("terdakwa", None)
    text = "Petugas lapas menemui terpidana mati kasus narkoba Joko Susanto pada Senin."
    assert people(text).get("Joko Susanto") == ("terpidana mati", None)


def test_an_acronym_with_a_possessive_is_no_one():
    """"X yang menarik kembali seluruh BAPnya membantah …": "BAPnya" (her statement record) is no
    person and does not speak; the person named before does."""
    text = ("Saksi Rina Handayani dihadirkan jaksa di persidangan.\n\n"
            "Rina yang menarik kembali seluruh BAPnya membantah pernah ditawari imbalan apa pun oleh penyidik.")
    assert "BAPnya" not in people(text)
    assert speakers(text) == ["Rina Handayani"]


def test_jenderal_in_a_directorate_general_s_name_is_no_rank():
    """"Kepala Bagian Umum Direktorat Jenderal Pajak X": the directorate general keeps "Jenderal"."""
    text = "Kepala Bagian Umum Direktorat Jenderal Pajak Budi Santoso mengatakan target penerimaan naik."
    assert people(text).get("Budi Santoso") == ("Kepala Bagian Umum", "Direktorat Jenderal Pajak")


def test_a_unit_written_in_capitals_after_a_number_is_no_one():
    """"berkapasitas 2x660 Mega Watt": a measure, not a person called Mega Watt; "Pada 2017 Joko
    Widodo …" still names him."""
    text = ("Pembangkit milik perusahaan itu berkapasitas 2x350 Mega Watt.\n\n"
            "Direktur Utama Budi Santoso mengatakan pembangunan dimulai tahun depan.")
    assert set(people(text)) == {"Budi Santoso"}
    assert "Joko Widodo" in people("Pada 2017 Joko Widodo meresmikan jalan tol itu.")
