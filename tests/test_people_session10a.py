"""People, roles, quotes and figures on the shapes of a held-out batch (session 10, fresh10a):
invented sentences in the shape Indonesian outlets use, none copied from an article."""

from pantau.nlp.pipeline import annotate


def result(text, title=""):
    return annotate(title, text)


def people(text, title=""):
    return {p["name"]: (p["role"], p["organisation"]) for p in result(text, title)["people"]}


def speakers(text, title=""):
    return [(q["speaker"], q["kind"]) for q in result(text, title)["quotes"]]


def test_two_bare_middle_initials_stay_inside_the_name():
    """"Rahayu W S Lestari": two initials without dots between a given name and a surname."""
    text = ("Pengadilan menunda sidang gugatan Rahayu W S Lestari, tersangka kasus pengadaan lahan.\n\n"
            "Dalam sidang sebelumnya, Rahayu menyebut dokumen itu disusun atas desakan atasannya.")
    found = people(text)
    assert "Rahayu W S Lestari" in found
    assert not any(name in found for name in ("Rahayu", "S Lestari", "W S Lestari"))
    assert speakers(text) == [("Rahayu W S Lestari", "indirect")]


def test_the_client_named_after_a_legal_team_is_a_person_not_a_body():
    """"anggota tim hukum Rahayu, Bonar Siregar": Rahayu, named in full before, is the client; she
    goes on being a person where she speaks alone later."""
    text = ("Sidang praperadilan Rahayu W S Lestari ditunda pekan depan.\n\n"
            "Anggota tim hukum Rahayu, Bonar Siregar meminta sidang dipercepat.\n\n"
            "Dalam persidangan bulan lalu, Rahayu menyebut keterangannya dibuat di bawah tekanan.")
    found = people(text)
    assert found.get("Bonar Siregar") == ("Anggota tim hukum Rahayu", None)
    assert ("Rahayu W S Lestari", "indirect") in speakers(text)


def test_single_letters_that_are_no_initials_make_no_name():
    assert people("Pemain Grup A B dan C bertanding malam ini.") == {}
    assert people("Hak itu dijamin Pasal 28 F UUD 1945.") == {}


def test_a_description_right_after_the_dateline_gives_the_role():
    """"Jakarta, CNN Indonesia -- Pemain Timnas Indonesia U-23, X mengatakan …": the dateline's dash
    opens the lede, so the capitalised description there is the name's role."""
    text = ("Jakarta, CNN Indonesia -- Pemain Timnas Indonesia U-23, Rendi Saputra Wibisono mengatakan "
            "akan segera bergabung lagi dengan klubnya.")
    assert people(text).get("Rendi Saputra Wibisono") == ("Pemain", "Timnas Indonesia U-23")


def test_who_the_speaker_is_or_where_from_between_the_name_and_the_verb():
    """"X selaku <Title Org>, mengatakan …" and "X dari <Org> mengatakan bahwa …": X speaks."""
    text = ("Budi Hartawan selaku Product Manager Sinar Gadget Nusantara, mengatakan ponsel itu cocok "
            "bagi anak muda yang gemar memotret.")
    assert speakers(text) == [("Budi Hartawan", "indirect")]
    text = ("Ade Kurniawan dari LBH Semarang mengatakan bahwa kliennya sudah menempuh jalur mediasi "
            "dengan pengembang.")
    assert speakers(text) == [("Ade Kurniawan", "indirect")]


def test_a_press_release_named_after_a_quote_gives_its_institution():
    """'"…," demikian keterangan pers dari LBH X …': the institution speaks, not the person the
    statement is about; the statement goes on in the next paragraph."""
    text = ("\"Tujuan Rudi menulis di blognya adalah agar tidak ada lagi pembeli yang tertipu janji "
            "pengembang,\" demikian keterangan pers dari LBH Nusantara yang mendampingi Rudi, Senin (7/8).\n\n"
            "\"Ia menulis demi kepentingan umum dan disertai bukti-bukti yang dapat diperiksa.\"")
    assert speakers(text) == [("LBH Nusantara", "direct"), ("LBH Nusantara", "direct")]


def figures(text, title=""):
    return [(str(f["value"]), f["kind"]) for f in result(text, title)["figures"]]


def test_a_number_naming_a_region_or_zone_is_a_label():
    """"Wilayah satu tarifnya …", "Zona 2 mencakup …": names of areas; "dua wilayah" counts them."""
    text = ("Tarif angkutan dibagi berdasarkan dua wilayah. Wilayah satu tarifnya Rp 4.000 per kilometer, "
            "sedangkan Zona 2 mencakup tiga provinsi.")
    assert sorted(figures(text)) == sorted([("2", "count"), ("4000", "money"), ("3", "count")])


def test_a_name_described_after_a_preposition_does_not_take_the_next_nya():
    """"… restu dari Kemenpora dan pelatih Timnas U-23, Y." then '"…," ujarnya.': the coach is talked about;
    the player who has been speaking goes on."""
    text = ("Rendi Saputra mengatakan akan kembali ke klub. \"Saya siap bermain lagi,\" kata Rendi.\n\n"
            "Rendi sendiri tak keberatan pulang asalkan sudah diberi restu dari Kemenpora dan pelatih "
            "Timnas U-23, Dimas Pratama.\n\n\"Yang saya takutkan hanya cedera,\" ujarnya.")
    assert [s for s, _ in speakers(text)] == ["Rendi Saputra"] * 3


def test_a_condition_before_maka_and_the_speaker_is_part_of_the_statement():
    """"Jika …, maka X berkata …": the attribution sits inside the sentence; both halves are said."""
    text = "Jika ada operator yang tidak patuh maka Budi Hartawan berkata izinnya bakal dicabut."
    quotes = result(text)["quotes"]
    assert [(q["speaker"], q["kind"]) for q in quotes] == [("Budi Hartawan", "indirect")]
    assert quotes[0]["text"].startswith("Jika ada operator") and quotes[0]["text"].endswith("dicabut")
    text = "Budi Hartawan mengatakan jika harga naik maka pemerintah akan menggelar operasi pasar."
    assert result(text)["quotes"][0]["text"].startswith("jika harga naik")


def test_the_second_of_a_pair_after_one_description_is_a_person():
    """"saksi bagi terdakwa Budiman dan Suharyanto": the description names both; a place after
    "dan" stays a place."""
    found = people("Ia pernah bersaksi untuk terdakwa Budiman dan Suharyanto dalam sidang itu.")
    assert found.get("Budiman") == found.get("Suharyanto") == ("terdakwa", None)
    assert set(people("Ia bertemu pengacara Budiman dan Bandung kemarin.")) == {"Budiman"}


def test_a_product_s_colours_listed_after_warna_are_no_people():
    """"empat warna pilihan yaitu, Black Sky, …, dan Peach Cloud": colours' names, like brands;
    people listed after "yaitu" stay people."""
    text = "Laptop itu dijual dalam tiga warna pilihan yaitu, Silver Moon, Rose Dawn, dan Green Forest."
    assert people(text) == {}
    text = "Tim itu diperkuat dua pemain baru yaitu, Budi Santoso dan Andi Wijaya."
    assert set(people(text)) == {"Budi Santoso", "Andi Wijaya"}
