"""People, roles, quotes and figures on the shapes of a held-out batch (session 11, fresh11a):
invented sentences in the shape Indonesian outlets use, none copied from an article."""

from pantau.nlp.pipeline import annotate


def result(text, title=""):
    return annotate(title, text)


def people(text, title=""):
    return {p["name"]: (p["role"], p["organisation"]) for p in result(text, title)["people"]}


def speakers(text, title=""):
    return [(q["speaker"], q["kind"]) for q in result(text, title)["quotes"]]


def test_a_name_word_the_ner_calls_a_body_where_it_speaks_stays_in_the_name():
    """"Menteri Sosial Khofifah Indar Parawansa" … "Khofifah menambahkan, …": the NER tags the lone
    "Khofifah" that speaks as an organisation; a word of people's names that is the subject of a verb
    of saying is the person, not the body of the minister's title."""
    text = ("\"Nanti akan dicarikan rumah untuk satu tahun,\" ujar Menteri Sosial Khofifah Indar Parawansa "
            "ketika menjenguk Rudi di Bekasi, Selasa (6/6).\n\n"
            "Selain itu, Kemensos bersama Yayasan Harapan Bangsa juga akan membayarkan tunggakan sekolah "
            "keluarga Rudi. Hal itu dilakukan agar Rudi bersama adiknya dapat kembali bersekolah. Khofifah "
            "menambahkan, untuk ayah Rudi juga akan diberi modal usaha.")
    found = people(text)
    assert found.get("Khofifah Indar Parawansa") == ("Menteri Sosial", "Kementerian Sosial")
    assert "Indar Parawansa" not in found and "Khofifah" not in found
    assert speakers(text) == [("Khofifah Indar Parawansa", "direct"), ("Khofifah Indar Parawansa", "indirect")]


def test_a_name_the_article_gives_a_thing_twice_names_no_person_where_it_stands_alone():
    """"taksi White Horse" and "mobil Taksi White Horse" name the taxi firm; "Pendiri White Horse" and
    "bagi White Horse" are the firm too, not a person."""
    text = ("Manajer Operasional taksi White Horse, Gede Wirawan, menjenguk penumpang yang bersalin di dalam "
            "mobil Taksi White Horse pada Jumat pagi.\n\n"
            "\"Bayinya kami usulkan diberi nama Kirana, seperti nama Ibu Pendiri White Horse,\" kata Gede.\n\n"
            "Kepala klinik itu, Made Sutama, mengatakan kejadian itu membawa berkah bagi White Horse dan para "
            "pengemudinya.")
    found = people(text)
    assert "White Horse" not in found
    assert "Gede Wirawan" in found and "Made Sutama" in found


def test_a_description_with_a_province_after_a_comma_points_back_to_the_one_spoken_of():
    """"kata sopir yang berasal dari Tegal, Jawa Tengah itu": the comma before the province does not end
    the description; it points back to the driver named before."""
    text = ("Sementara sopir ambulans itu, Bambang Riyadi, mengatakan perjalanan malam itu sangat menegangkan.\n\n"
            "\"Jalanan macet total, jadi kami lewat bahu jalan,\" kata sopir yang berasal dari Tegal, Jawa Tengah itu.")
    assert speakers(text) == [("Bambang Riyadi", "indirect"), ("Bambang Riyadi", "direct")]


def test_degrees_after_a_name_keep_it_the_subject_who_goes_on_speaking():
    """"Direktur RS X, dr. Y MM mengatakan …" then "…," katanya in the next paragraph: Y, not the
    driver who spoke before him."""
    text = ("Sementara sopir ambulans itu, Bambang Riyadi, mengatakan perjalanan malam itu sangat menegangkan.\n\n"
            "Direktur RS Sehat Sentosa Denpasar, dr. I Made Sudarta MM mengatakan kejadian itu jarang terjadi.\n\n"
            "Rumah sakit itu juga membebaskan biaya persalinan. \"Kami bersyukur ibu dan bayinya selamat,\" "
            "katanya.")
    assert speakers(text)[-1] == ("I Made Sudarta", "direct")


def test_a_description_by_role_word_points_to_the_one_person_with_that_role():
    """"ujar pelatih asal Argentina itu" after a paragraph about players: the coach, the one person whose
    role is "Pelatih", not the player named last."""
    text = ("Pelatih Persiba Balikpapan, Rodrigo Santos, kemungkinan tanpa tiga pemain saat menjamu Persela.\n\n"
            "\"Kami sudah biasa tanpa mereka,\" tutur Rodrigo, Senin (3/4).\n\n"
            "Selain itu, bek Andi Saputra masih cedera, sementara Yoga Pratama baru pulih.\n\n"
            "\"Andi belum bisa berlari. Kami belum mau memaksakan dia,\" ujar pelatih asal Argentina itu.")
    assert speakers(text) == [("Rodrigo Santos", "direct"), ("Rodrigo Santos", "direct")]


EXPERTS = ("Tim itu terdiri atas para ahli dari Jerman, yaitu Prof. Dr. Klaus Wagner (ahli geologi dari Universitas "
           "Bonn, Jerman), Dr. Petra von Albrecht Wagner (ahli kimia dari Munich University of Applied Sciences, "
           "Jerman), Jonas Brandt Dipl. Ing. dan Lukas Heller Dipl. Ing. (spesialis drainase dari Jerman), dan "
           "Miriam Vogt Dipl (ahli laboratorium dari Jerman).")


def test_a_list_of_foreign_experts_with_degrees_and_links():
    """Degrees written out after a name ("Dipl. Ing.") are no part of it and show a person; "Dr." before
    "Petra von Albrecht Wagner" makes the lowercase link part of the name; "… University of Applied
    Sciences" goes on the university's name and is nobody."""
    found = people(EXPERTS)
    for name in ("Klaus Wagner", "Petra von Albrecht Wagner", "Jonas Brandt", "Lukas Heller", "Miriam Vogt"):
        assert name in found, name
    assert not any("Dipl" in name or "Sciences" in name for name in found)


def test_a_title_in_english_before_of_still_names_the_person_after_it():
    """"Head of Marketing Sinar Jaya Andreant Wibisono": a title, then the name (unlike "University of …")."""
    text = "Hal itu disampaikan oleh Head of Marketing Sinar Jaya Andreant Wibisono di Jakarta, Senin (4/12)."
    assert any(name.endswith("Andreant Wibisono") for name in people(text))


def test_roles_in_a_list_of_foreign_experts():
    """Descriptions in brackets after the names: where from ("dari Jerman", ", Jerman") is no part of
    the role or the body; degrees between the name and the brackets do not hide them."""
    found = people(EXPERTS)
    assert found["Klaus Wagner"] == ("ahli geologi", "Universitas Bonn")
    assert found["Miriam Vogt"] == ("ahli laboratorium", None)


def test_an_english_body_name_goes_on_after_of_in_a_description():
    text = ("Penelitian itu dipimpin Dr. Greta Hoffmann (ahli gizi dari Hamburg University of Applied "
            "Sciences, Jerman) yang tiba di Jakarta pekan lalu.")
    assert people(text).get("Greta Hoffmann") == ("ahli gizi", "Hamburg University of Applied Sciences")


def test_a_lone_unknown_name_after_a_title_that_speaks_later_is_a_person_with_that_role():
    """A title, its office, then a single word no list knows ("… Dinas Pertanian DIY Wiyatmo"); "Wiyatmo
    mengatakan …" later says it is a name, so the first mention gives the role."""
    text = ("\"Jangan pakai kantong hitam,\" ujar Kepala Bidang Kesehatan Hewan Dinas Pertanian (Distan) DIY "
            "Wiyatmo di Bantul, Rabu (23/8).\n\n"
            "Wiyatmo mengatakan kantong bening lebih aman untuk membungkus daging.")
    assert people(text).get("Wiyatmo") == ("Kepala Bidang Kesehatan Hewan", "Dinas Pertanian DIY")


def test_a_hospital_the_ner_calls_a_place_is_the_directors_organisation():
    text = "Direktur RS Kasih Bunda Denpasar, dr. I Made Sudarta MM mengatakan kejadian itu jarang terjadi."
    assert people(text)["I Made Sudarta"] == ("Direktur", "RS Kasih Bunda Denpasar")
    text = "Musisi band rock asal Amerika Serikat, Daniel Brooks, merilis album baru."
    assert people(text).get("Daniel Brooks", (None, None))[1] != "Serikat"


def test_a_given_name_spelt_right_later_is_the_same_person_misspelt_first():
    """"Arhur Irawan" (a letter dropped) then "Arthur": one person, not two."""
    text = ("Pelatih Persija memastikan bek Arhur Irawan absen karena cedera lutut.\n\n"
            "\"Arthur belum pulih, jadi kami tidak memaksakan,\" kata pelatih itu.")
    found = people(text)
    assert "Arhur Irawan" in found and "Arthur" not in found


def test_menurut_a_kin_description_with_a_demonstrative_is_the_one_spoken_of():
    """"Menurut istri Bambang Wijaya ini, …": the wife spoken of before, not her husband named in it."""
    text = ("\"Aku belum kepikiran ke sana,\" kata Ranti di Jakarta, Kamis (7/9).\n\n"
            "Menurut istri Bambang Wijaya ini, seorang pemimpin harus siap sepenuhnya melayani warganya.")
    assert speakers(text) == [("Ranti", "direct"), ("Ranti", "indirect")]


def test_players_listed_after_one_position_all_have_it():
    """"bek A, B, dan gelandang C": A and B are both defenders (a position is never someone's, so the
    second name is no description of the first, as in "pengacara Saipul Jamil, X")."""
    found = people("Persebaya juga tanpa bek Rizky Ramadhan, Bagus Prasetyo, dan gelandang Dimas Anggara.")
    assert found["Rizky Ramadhan"] == ("bek", None)
    assert found["Bagus Prasetyo"] == ("bek", None)
    assert found["Dimas Anggara"] == ("gelandang", None)
    found = people("Menurut pengacara Budi Hartono, Lestari Ningsih, kliennya siap hadir.")
    assert found.get("Lestari Ningsih") == ("pengacara", None)


def test_a_term_between_title_and_name_is_skipped():
    """"Mantan Ketua Fraksi Partai X MPR RI periode 2012-2014 Y": the term is neither role nor name."""
    found = people("Sidang itu menghadirkan Mantan Ketua Fraksi Partai Hanura MPR RI periode 2009-2014 Rusdi "
                   "Hamzah sebagai saksi.")
    assert found.get("Rusdi Hamzah", (None,))[0] == "Mantan Ketua Fraksi"


def test_a_two_word_role_noun_before_someone_then_the_name():
    """"staf ahli Budi, Aris Munandar": the expert staffer is Aris, with the whole noun as the role."""
    found = people("Sebelumnya staf ahli Budi, Aris Munandar, mengatakan rencana itu sudah dibahas.")
    assert found.get("Aris Munandar") == ("staf ahli", None)


def test_a_body_named_in_quote_marks_inside_a_title():
    """'General Manager Transportasi "Silver Taxi" Areal Bali-Lombok, X': the body in quote marks and its
    area are the organisation; a quote mark is never part of a role ('Direktur Utama "PT X", Y')."""
    found = people("Suara.com - General Manager Transportasi \"Silver Taxi\" Areal Bali-Lombok, Putu Gede Wirawan, "
                   "menjenguk penumpangnya di rumah sakit.")
    assert found.get("Putu Gede Wirawan") == ("General Manager Transportasi", "Silver Taxi Areal Bali-Lombok")
    found = people("Direktur Utama \"PT Sinar Jaya\", Budi Hartono, mengatakan laba perseroan naik.")
    assert found.get("Budi Hartono") == ("Direktur Utama", "PT Sinar Jaya")


def test_full_back_is_a_position_and_a_list_after_it_shares_it():
    """"full-back A, B, dan gelandang C": the tokenizer splits "full-back"; it is a position all the same."""
    found = people("Persebaya juga tanpa full-back Rizky Ramadhan, Bagus Prasetyo, dan gelandang Dimas Anggara.")
    assert found["Rizky Ramadhan"] == ("full-back", None)
    assert found["Bagus Prasetyo"] == ("full-back", None)
    found = people("Sidang itu digelar Kamis.\n\n"
                   "Kuasa hukum Eko, Sutomo Adi Wibowo berharap majelis hakim menjatuhkan vonis ringan.")
    assert found.get("Sutomo Adi Wibowo") == ("Kuasa hukum", None)
