"""People and speakers on the shapes of a held-out batch (session 11, fresh11b): invented sentences
in the shape Indonesian outlets use, none copied from an article."""

from pantau.nlp.pipeline import annotate


def result(text, title=""):
    return annotate(title, text)


def people(text, title=""):
    return {p["name"]: (p["role"], p["organisation"]) for p in result(text, title)["people"]}


def speakers(text, title=""):
    return [q["speaker"] for q in result(text, title)["quotes"]]


def _nickname_text(nickname):
    return ("Jakarta -- Mantan anggota DPR dari Fraksi Partai Demokrat, Rosalina Wijaya, menyebut partainya "
            "menerima jatah dari tiap proyek.\n\n"
            "Hal itu diungkapkan Rosalina saat bersaksi dalam sidang bagi terdakwa Dodi Hartono di Pengadilan Tipikor.\n\n"
            f"\"Semua sudah diatur dari awal,\" ujar perempuan yang akrab dengan sapaan {nickname} tersebut.\n\n"
            f"Misalnya, kata {nickname}, ada anggaran besar untuk proyek sekolah.\n\n"
            f"\"Kami hanya menjalankan tugas,\" tutur {nickname}.")


def test_a_nickname_given_after_a_description_is_the_person_named_before():
    """"… ujar perempuan yang akrab dengan sapaan Rosie tersebut": the nickname pointing back is
    the one person named before whose name it starts like or ends ("Rosie", "Lina" of "Rosalina
    Wijaya"); it is no second person and does not take her quotes."""
    for nickname in ("Rosie", "Lina"):
        text = _nickname_text(nickname)
        found = people(text)
        assert nickname not in found, nickname
        assert "Rosalina Wijaya" in found
        assert set(speakers(text)) == {"Rosalina Wijaya"}, nickname


def test_a_nickname_unlike_any_name_stays_apart():
    """A nickname that shares no part with anyone named before is not merged by guess."""
    assert "Wiwik" in people(_nickname_text("Wiwik"))


def test_a_corps_code_after_a_military_rank_is_no_part_of_the_name():
    """"Kolonel Inf M Sukri", "Letkol Czi Andreas Wuwung": the corps belongs to the rank."""
    text = ("Kapendam Mulawarman Kolonel Inf M Sukri menjelaskan bahwa pasukan akan tetap bertahan. "
            "\"Kami tetap di lokasi,\" ucap Sukri.\n\n"
            "Komandan Kodim Letkol Czi Andreas Wuwung mengatakan jalan sudah dibuka.")
    found = people(text)
    assert "M Sukri" in found and "Andreas Wuwung" in found
    assert not any(name.startswith(("Inf", "Czi")) for name in found)
    assert speakers(text) == ["M Sukri", "M Sukri", "Andreas Wuwung"]


def test_sus_alone_is_still_a_name():
    """A corps code is only one right after a rank: "Sus" on its own opens a name."""
    assert "Sus Hartini" in people("Sus Hartini mengatakan warga sudah mengungsi sejak pagi.")


def test_a_rank_misspelt_jendral_stays_out_of_the_organisation():
    """"Kepala Badan Intelijen Negara (BIN) Komisaris Jendral Hadi Pranoto": "Jendral", the
    common misspelling, still ends the organisation as a rank."""
    found = people("Kepala Badan Intelijen Negara (BIN) Komisaris Jendral Hadi Pranoto mengatakan, "
                   "serangan itu berhasil dihentikan sebelum pagi.")
    assert found.get("Hadi Pranoto") == ("Kepala", "Badan Intelijen Negara")


def test_a_newspaper_named_in_the_sources_line_is_no_person():
    """"(Antara / Sidney Evening Herald / The Guardian)": a newspaper's name that opens with a given
    name ends in a newspaper word (Herald, Tribune …) and is no person."""
    text = ("Menhan Lorne mengatakan, pemerintah Kanada terus menjalin komunikasi dengan Indonesia. Ia "
            "menambahkan, hanya sebagian kerja sama yang dihentikan. (Antara / Sidney Evening Herald / The Guardian)")
    assert "Sidney Evening Herald" not in people(text)


def test_an_office_naming_its_domain_written_short_is_the_whole_role():
    """"Panglima TNI X", "Kapuspen TNI Y", "Kapendam Mulawarman Z": the office with its domain is the
    role, with no organisation (as "Kapolda Metro Jaya"); "Ketua MPR" and "Presiden PKS" keep theirs."""
    text = ("Panglima TNI Jenderal Budi Santoso menegaskan pasukan sudah siap dikerahkan ke perbatasan. "
            "Kapuspen TNI Mayjen TNI Hadi Wibowo menyatakan latihan bersama itu ditunda sampai tahun depan.\n\n"
            "Kapendam Mulawarman Kolonel Inf M Sukri menjelaskan bahwa pasukan akan tetap bertahan di lokasi.\n\n"
            "Ketua MPR Zulkifli Hasan mengatakan sidang tahunan ditunda. Presiden PKS Sohibul Iman mengatakan "
            "kader partainya siap turun membantu.")
    found = people(text)
    assert found["Budi Santoso"] == ("Panglima TNI", None)
    assert found["Hadi Wibowo"] == ("Kapuspen TNI", None)
    assert found["M Sukri"] == ("Kapendam Mulawarman", None)
    assert found["Zulkifli Hasan"] == ("Ketua", "MPR")
    assert found["Sohibul Iman"] == ("Presiden", "PKS")


def test_a_former_member_keeps_mantan_before_a_description_and_comma():
    """"Mantan anggota DPR dari Fraksi Partai Hijau, X, menyebut …": the status before the
    description is part of the role, as it is without the "dari" phrase."""
    text = ("Jakarta -- Mantan anggota DPR dari Fraksi Partai Hijau, Rosalina Wijaya, menyebut partainya "
            "menerima jatah dari tiap proyek.")
    assert people(text)["Rosalina Wijaya"][0] == "Mantan anggota"


def test_a_subsection_stays_in_the_role_and_a_national_park_is_the_body():
    """"Kepala Subbagian Data dan Humas Taman Nasional Gunung Arjuno (TNGA) X": the subsection is
    part of the role, the national park its body."""
    found = people("Kepala Subbagian Data Evaluasi dan Humas Taman Nasional Gunung Arjuno (TNGA) Dedi Kurniawan "
                   "mengatakan korban sempat ditolong tim evakuasi.")
    assert found["Dedi Kurniawan"] == ("Kepala Subbagian Data Evaluasi dan Humas", "Taman Nasional Gunung Arjuno")


def test_a_unit_s_number_does_not_end_the_title():
    """"kata Manager Humas Daop 6 Yogyakarta, X", "Komandan Korem 071 X": the unit's number belongs
    to the title, and the unit is the body."""
    found = people("\"Kami siapkan dua kereta tambahan untuk libur panjang,\" kata Manager Humas Daop 6 Yogyakarta, "
                   "Eko Budiyanto.\n\nKomandan Korem 071 Kolonel Inf Hadi Santoso mengatakan latihan ditunda sampai pekan depan.")
    assert found["Eko Budiyanto"] == ("Manager Humas", "Daop 6 Yogyakarta")
    assert found["Hadi Santoso"] == ("Komandan", "Korem 071")


def test_a_player_s_position_after_the_name_makes_the_person_and_the_role():
    """"X (Australia) yang berposisi sebagai gelandang": a capitalised run with a position played
    after it is a person (a word of the name may be an ordinary word too), the position the role."""
    found = people("Pemain yang ramai dibicarakan adalah Yoshua Kerna (Australia) yang berposisi sebagai "
                   "gelandang, selain dua pemain lokal.")
    assert found.get("Yoshua Kerna") == ("gelandang", None)


def test_the_description_before_bernama_is_the_role():
    """"striker asal Brasil yang bernama X", "pelaku perampokan bernama Y", "sopir Hendra bernama Z":
    the description before "bernama", over where from or whose, is the named person's role."""
    text = ("Klub juga mendatangkan striker asal Brasil yang bernama Ronaldo Sapucai pekan lalu.\n\n"
            "Polisi menembak pelaku perampokan bernama Joni Saputra itu di kakinya.\n\n"
            "Penyidik juga memeriksa sopir Hendra bernama Udin Kusnadi pada Senin.")
    found = people(text)
    assert found.get("Ronaldo Sapucai") == ("striker", None)
    assert found.get("Joni Saputra") == ("pelaku perampokan", None)
    assert found.get("Udin Kusnadi") == ("sopir", None)



def test_an_office_written_in_lower_case_after_its_first_word_is_the_role():
    """"Kepala seksi penerangan umum divisi humas (…) Polres Bogor, AKP X": the outlet wrote the
    office in lower case after "Kepala"; its role words still make the title."""
    found = people("Kepala seksi penerangan umum divisi humas (Kasipenum) Polres Bogor, AKP Hadi Santoso "
                   "mengatakan, rotasi itu bentuk penghargaan bagi para perwira.")
    assert found.get("Hadi Santoso", (None,))[0] == "Kepala seksi penerangan umum divisi humas"
