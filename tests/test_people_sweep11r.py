"""Roles and organisations read off 200 unlabelled IndoSum articles (session 11, sweep11r): invented
sentences in the shapes Indonesian outlets use, none copied from an article."""

from pantau.nlp.pipeline import annotate


def people(text, title=""):
    return {p["name"]: (p["role"], p["organisation"]) for p in annotate(title, text)["people"]}


def test_sport_words_for_players_coaches_and_greats_are_roles():
    """"petenis Belgia, X", "Winger Persita, X", "Juru taktik Persiba, X", "Legenda PSMS, X"."""
    assert people("Di semifinal, Dodi akan menghadapi petenis Belgia, Arnaud Lemaire.").get("Arnaud Lemaire") \
        == ("petenis Belgia", None)
    assert people("Winger Persita, Yogi Saputra, mengaku siap tampil sejak menit awal.").get("Yogi Saputra") \
        == ("Winger", "Persita")
    assert people("Juru taktik Persiba, Gatot Harianto, sudah menyiapkan dua skema.").get("Gatot Harianto") \
        == ("Juru taktik", "Persiba")
    assert people("Legenda PSMS Medan, Rahmat Sitorus, meminta manajemen tetap sabar.").get("Rahmat Sitorus") \
        == ("Legenda", "PSMS Medan")


def test_the_head_noun_just_before_a_long_description_is_kept():
    """"Petenis tunggal putri nomor dua dunia asal Ceko, X": not "tunggal putri …" without its head."""
    text = "Petenis tunggal putri nomor dua dunia asal Ceko, Petra Novakova, mengatakan ia belum pulih."
    assert people(text).get("Petra Novakova") == ("Petenis tunggal putri nomor dua dunia", None)


def test_english_titles_of_events_and_communities():
    text = "Menurut Project Officer Komunitas Sepeda Tua Bogor, Heru Santika, acara itu digelar tiap tahun."
    assert people(text).get("Heru Santika") == ("Project Officer", "Komunitas Sepeda Tua Bogor")
    text = "Program Director PT Suara Nusantara, Bima Setiadi, menjelaskan tiket tetap berlaku."
    assert people(text).get("Bima Setiadi") == ("Program Director", "PT Suara Nusantara")


def test_builders_and_presenters_described_before_or_after_the_name():
    assert people("Arsitek kenamaan Yudistira Halim merancang gedung itu.").get("Yudistira Halim") \
        == ("Arsitek kenamaan", None)
    text = "Di televisi ada Sarah Wijaya, host yang namanya juga dipakai untuk acara itu."
    assert people(text).get("Sarah Wijaya") == ("host", None)


def test_a_pronoun_owning_the_role_is_no_part_of_it():
    """"pelatih mereka, X", "Kiper sekaligus kapten mereka, X": the coach, the keeper and captain."""
    assert people("Pelatih mereka, Rahmad Darmawan, memasukkan dua penyerang.").get("Rahmad Darmawan") \
        == ("Pelatih", None)
    text = "Kiper sekaligus kapten mereka, Andi Nugroho, menjadi tembok terakhir sepanjang musim."
    assert people(text).get("Andi Nugroho") == ("Kiper sekaligus kapten", None)


def test_the_sentence_going_on_after_the_name_is_no_second_description():
    """"manajer mereka, X, dengan …": a preposition or a modal after the name goes on with the clause."""
    text = "Harapan publik adalah kedekatan manajer mereka, Rudi Hartono, dengan pemain itu."
    assert people(text).get("Rudi Hartono") == ("manajer", None)


def test_a_club_between_a_player_word_and_the_name_is_the_organisation():
    """"pemain Sacramento Kings, X": the team is no one; "bintang Denver Nuggets, X" likewise."""
    found = people("Gelar itu akhirnya jatuh ke tangan pemain Sacramento Kings, Harrison Barnes, pekan lalu.")
    assert "Sacramento Kings" not in found
    assert found.get("Harrison Barnes") == ("pemain", "Sacramento Kings")


def test_a_club_glued_before_the_name_after_a_player_word_is_the_organisation():
    """"pebalap Ducati Andrea X", "Pemain Milwaukee Bucks Malcolm X": the body, then the name."""
    assert people("Start dari urutan ketiga, pebalap Kawasaki Jonathan Rea memimpin sejak tikungan pertama.") \
        == {"Jonathan Rea": ("pebalap", "Kawasaki")}
    assert people("Pemain Utah Jazz Donovan Mitchell mencetak 30 angka dalam laga itu.") \
        == {"Donovan Mitchell": ("Pemain", "Utah Jazz")}


def test_a_lawyer_s_client_and_a_list_of_players_stay_people():
    found = people("Kata pengacara Saipul Jamil, Berthanatalia Kariman, kliennya sakit.")
    assert "Saipul Jamil" in found and "Berthanatalia Kariman" in found
    found = people("Pelatih memanggil pemain Budi Santoso, Andi Wijaya, dan Rudi Hartono ke pemusatan latihan.")
    assert {"Budi Santoso", "Andi Wijaya", "Rudi Hartono"} <= set(found)


def test_police_headquarters_and_ranks_written_out():
    """"Kadiv Humas Mabes Polri, Irjen Pol X": the headquarters is the organisation; "Brigjen Polisi X":
    the force of the rank is no part of the role before it; "Kabagpenum Divhumas" is a title."""
    found = people("Kadiv Humas Mabes Polri, Irjen Pol Budi Setiawan membenarkan penangkapan itu.")
    assert found.get("Budi Setiawan") == ("Kadiv Humas", "Kepolisian Negara Republik Indonesia")
    found = people("Wakil Komandan Korps Brimob Polri Brigjen Polisi Hendra Kusuma menerbitkan nota dinas.")
    assert found.get("Hendra Kusuma") == ("Wakil Komandan Korps Brimob", "Kepolisian Negara Republik Indonesia")
    found = people("Kabagpenum Divhumas Mabes Polri, Kombes Pol Andi Saputra mengatakan ketiganya ditahan.")
    assert found.get("Andi Saputra") == ("Kabagpenum Divhumas", "Kepolisian Negara Republik Indonesia")


def test_the_national_team_in_lower_case_is_the_organisation():
    assert people("Hal itu ditegaskan pelatih timnas U-16, Dedi Mulyadi.").get("Dedi Mulyadi") == ("pelatih", "timnas U-16")


def test_a_candidate_s_ballot_number_is_no_part_of_the_role():
    text = "Calon Wali Kota Bogor nomor urut dua, Ahmad Santoso, tengah berada di lokasi."
    assert people(text).get("Ahmad Santoso") == ("Calon Wali Kota Bogor", None)


def test_the_second_of_a_list_after_adalah_has_the_shared_role_only():
    text = "Ketiga mahasiswa tersebut adalah Edi Susanto, Dewi Hartati, dan Rina Marlina."
    assert people(text) == {name: ("mahasiswa", None) for name in ("Edi Susanto", "Dewi Hartati", "Rina Marlina")}


def test_a_subordinator_ends_the_description_before_a_name():
    """"di tahanan sejak pejuang perdamaian X": "sejak" opens a clause; the fighter for peace is X."""
    text = "Ia wafat dalam tahanan sejak pejuang perdamaian asal Polandia Adam Wolski ditangkap pada 1940."
    assert people(text).get("Adam Wolski") == ("pejuang perdamaian", None)
    assert people("Kasus penculikan pejuang HAM Rahmat Sulaiman belum tuntas.").get("Rahmat Sulaiman") == ("pejuang HAM", None)


def test_an_english_of_before_the_body_is_no_part_of_the_role():
    text = "Pembicara lain adalah Mark Dalton (Founder of Brightlane), yang datang dari Sydney."
    assert people(text).get("Mark Dalton") == ("Founder", "Brightlane")


def test_a_body_s_place_before_the_name_is_no_part_of_the_name():
    """"Kantor Imigrasi Tanjung Perak X", "Bea dan Cukai Tanjung Priok X": the place is the body's."""
    found = people("Kepala Kantor Imigrasi Tanjung Perak Bambang Wijaya membenarkan penahanan itu.")
    assert set(found) == {"Bambang Wijaya"}
    found = people("Kabid Penindakan Bea dan Cukai Tanjung Priok Imron diperiksa sebagai saksi kemarin.")
    assert set(found) == {"Imron"}
    assert "Akbar Tanjung" in people("Politikus senior Akbar Tanjung hadir dalam acara itu.")


def test_a_role_noun_right_after_the_name_without_a_comma():
    """"Menurut X produser Y, …", "X produser mereka dilaporkan …": the producer; not a predicate
    ("menetapkan X tersangka kasus itu") nor an object's complement ("memuji X pemain terbaik …")."""
    assert people("Menurut Ari Santoso produser Garuda Pictures, pihaknya sudah siap.").get("Ari Santoso") \
        == ("produser", "Garuda Pictures")
    assert people("Hendra Wijaya produser mereka dilaporkan meminta para personel berkumpul lagi.").get("Hendra Wijaya") \
        == ("produser", None)
    assert people("Polisi menetapkan Budi Santoso tersangka kasus itu.").get("Budi Santoso") == (None, None)
    assert people("Ia memuji Rudi Hartono pemain terbaik musim ini.").get("Rudi Hartono") == (None, None)
