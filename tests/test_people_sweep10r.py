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


def test_the_head_of_a_police_station_s_unit_before_a_rank_and_a_name():
    text = "Kanit Reskrim Polsek Cempaka Putih AKP Rudi Hartanto menjelaskan, pelaku ditangkap di rumahnya."
    assert people(text).get("Rudi Hartanto") == ("Kanit Reskrim", "Polsek Cempaka Putih")
    text = "Wakapolsek Metro Menteng Kompol Agus Salim menambahkan, pelaku masih diperiksa."
    assert people(text).get("Agus Salim") == ("Wakapolsek Metro Menteng", None)


def test_a_day_after_the_name_s_comma_does_not_continue_the_title():
    """"kata Kapolsek X Kompol Y, Senin": the weekday is when, not more of the title phrase."""
    text = "\"Kami terus memburu,\" kata Kapolsek Cilincing Kompol Supardi, Senin."
    assert people(text).get("Supardi") == ("Kapolsek Cilincing", None)


def test_a_body_between_commas_and_a_force_after_a_rank_before_the_name():
    text = ("\"Jaringan ini sudah lama diintai,\" tutur Direktur Tindak Pidana Siber, Bareskrim Polri, "
            "Brigjen Pol Andi Wijaya di Bogor.")
    assert people(text).get("Andi Wijaya") == ("Direktur Tindak Pidana Siber", "Bareskrim Polri")
    text = "\"Jaga persatuan,\" kata Panglima TNI, Jenderal TNI Budi Santoso, di Padang."
    # (the office with its domain is the whole role, as the real gold labels "Panglima TNI": fresh11b)
    assert people(text).get("Budi Santoso") == ("Panglima TNI", None)


def test_an_office_to_come_or_counted_keeps_its_title():
    assert people("Presiden terpilih Filipina Ramon Castillo menelepon Presiden Korea Selatan.").get(
        "Ramon Castillo") == ("Presiden terpilih Filipina", None)
    assert people("Wakil Presiden ke-9 Hamzah Haz juga ikut hadir dalam upacara.").get(
        "Hamzah Haz") == ("Wakil Presiden ke-9", None)
    assert people("Kegiatan itu mewakili bupati terpilih Rahmat Hidayat dan wakilnya.").get(
        "Rahmat Hidayat") == ("bupati terpilih", None)


def test_a_relation_before_a_title_and_a_comma_gives_the_name_no_title():
    """"putri bungsu Gubernur ke-3, X": X is the daughter, not the governor."""
    text = "Warga menyambut kedatangan putri bungsu Gubernur ke-3, Ratna Dewi Kusuma yang datang dari Bandung."
    assert people(text).get("Ratna Dewi Kusuma") == (None, None)


def test_a_minister_s_title_keeps_the_ministry_or_country_it_names():
    """README: "Menteri Keuangan Sri Mulyani" → role "Menteri Keuangan"; so "Menlu Peru X", "Menteri
    Kominfo X", "Menteri Desa dan Transmigrasi (Mendes) X"."""
    assert people("Presiden juga menerima Menlu Peru Carlos Mendoza di Istana Bogor pekan lalu.").get(
        "Carlos Mendoza")[0] == "Menlu Peru"
    assert people("Rapat itu dihadiri Menteri Kominfo Rudi Hartono dan sejumlah pejabat daerah.").get(
        "Rudi Hartono")[0] == "Menteri Kominfo"
    text = "Gubernur didampingi Menteri Energi dan Sumber Daya Mineral (ESDM) Andi Wijaya meninjau kilang itu."
    assert people(text).get("Andi Wijaya")[0] == "Menteri Energi dan Sumber Daya Mineral"


def test_a_description_after_the_comma_that_ends_in_the_next_one_listed_is_theirs():
    """"…, A, karyawan swasta B Wijaya, serta …": the description is B's, not A's."""
    text = ("Penyidik memeriksa pengusaha Hendra Gunawan dan Rina Marlina, karyawan swasta Budi Prakoso, "
            "serta pengacara Agus Salim.")
    found = people(text)
    assert found.get("Rina Marlina") == (None, None)
    assert found.get("Budi Prakoso")[0] == "karyawan swasta"


def test_a_party_board_with_its_level_is_the_organisation():
    """README: a party's board written before the party is the organisation; "DPD I" keeps its level."""
    text = "Ketua DPD I Partai Golkar Provinsi Bengkulu Ahmad Santoso meminta kader bersiap menghadapi pemilu."
    assert people(text).get("Ahmad Santoso") == ("Ketua", "DPD I Partai Golkar Provinsi Bengkulu")


def test_a_title_after_the_comma_that_ends_in_the_next_one_listed_is_theirs():
    """"A, Ketua Umum PB X Budi, dan …": A keeps the description before the name, not the next one's title."""
    text = ("Hadir pula anggota DPR Ahmad Fauzi, Ketua Umum PB Djarum Yoppy Rosimin, dan Kapolda Jawa Tengah "
            "Irjen Budi Santoso dalam acara tersebut.")
    found = people(text)
    assert found.get("Ahmad Fauzi")[0] == "anggota"
    assert found.get("Yoppy Rosimin") == ("Ketua Umum", "PB Djarum")


def test_a_place_named_baru_keeps_its_last_word_in_the_role():
    """"pedangdut baru X" drops the newness; "… untuk Selandia Baru", "Kapolsek Kebayoran Baru" keep the name."""
    assert people("Setelah itu, Duta Besar Jepang untuk Selandia Baru, Dr. Hiroshi Tanaka menulis surat terbuka.").get(
        "Hiroshi Tanaka")[0] == "Duta Besar Jepang untuk Selandia Baru"
    assert people("Lagu itu dinyanyikan pedangdut baru Rina Marlina di panggung utama.").get(
        "Rina Marlina")[0] == "pedangdut"
