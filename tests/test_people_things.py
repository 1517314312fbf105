"""Things, groups and venues written like names are no people (issue 14, read off unlabelled real
articles): films, songs and phenomena after their word, bands and ships after "bernama", pageant
titles, places written after a facility's short form or across a spaced hyphen. Sentences written for
these tests in the shape Indonesian outlets use."""

import pytest

from pantau.nlp.pipeline import annotate


def names(text, title=""):
    return [p["name"] for p in annotate(title, text)["people"]]


@pytest.mark.parametrize("text, expected", [
    # a film, a musical, a phenomenon, a new product after their word
    ("Setelah tampil dalam film Lautan Merah, aktris Dinda Kirana kini menulis buku.", ["Dinda Kirana"]),
    ("Penyanyi Raka Pradipta akan membintangi musikal Bintang Senja tahun depan.", ["Raka Pradipta"]),
    ("Menurut pengamat pangan Hadi Susanto, fenomena La Nina belum tentu merugikan petani.", ["Hadi Susanto"]),
    # "film terbaru X" is X's film; "peran X" the part X plays in a team
    ("Film terbaru Dimas Anggara dan Sekar Ayu tayang pekan depan.", ["Dimas Anggara", "Sekar Ayu"]),
    ("Tim itu memaksimalkan peran Harry Wijaya di lini depan.", ["Harry Wijaya"]),
    # a survey firm, an agency, a taxi company, a restaurant after their words
    ("Survei yang digelar lembaga survei Garda Analitika menyebut 40 persen warga setuju.", []),
    ("Agensi Cahya Kreasi mengatakan penyanyi itu sedang beristirahat.", []),
    ("Sementara supir taksi Biru Langit, Darto Wibowo, mengatakan kejadian itu jarang terjadi.", ["Darto Wibowo"]),
    # but the person a noun describes stays a person: an actor of films, not a film
    ("Nama pemain film Sinta Larasati kembali ramai dibicarakan warganet.", ["Sinta Larasati"]),
])
def test_a_thing_after_its_word_is_no_person(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ia pernah memimpin band rock asal Medan bernama Serigala Malam sebelum bersolo karier.", []),
    ("Para awak menumpang kapal tua nan rapuh bernama Camar Putih menuju pulau itu.", []),
    # a person's noun before "bernama": the name is a person's
    ("Seorang penumpang pesawat bernama Budi Santoso ikut dievakuasi.", ["Budi Santoso"]),
])
def test_bernama_after_a_thing_names_the_thing(text, expected):
    assert names(text) == expected


def test_pageant_titles_are_no_people():
    found = names("Pemenang Miss Universe tahun ini, Clara Dupont, mengaku terkejut saat memegang tangan Miss Haiti "
                  "di atas panggung.")
    assert found == ["Clara Dupont"]


@pytest.mark.parametrize("text", [
    "Para pengungsi menempati rumah susun (Rusun) Puspa Indah, Sidoarjo, sejak tahun lalu.",
    "Korban dirawat di Rumah Sakit Pusat Angkatan Darat (RSPAD) Gatot Subroto, Jakarta Pusat.",
    "Pelajar itu dibina di Panti Sosial Bina Remaja Harapan, Cipayung.",
    "Warga mengungsi ke Musala An-Nur dan Tanggul Baswedan diperbaiki.",
    "Jumlah pemudik yang melalui Bandara Soekarno - Hatta naik tahun ini.",
    "Kereta berangkat pukul 03.40 dari Stasiun Sudirman Baru menuju Soekarno-Hatta.",
])
def test_facilities_and_the_airport_are_no_people(text):
    assert names(text) == []


def test_a_small_state_before_a_name_is_no_part_of_it():
    found = annotate("", "Presiden Nauru Baron Waqa mengatakan kerja sama itu penting.")
    assert [(p["name"], p["role"]) for p in found["people"]] == [("Baron Waqa", "Presiden Nauru")]


def test_a_word_after_a_title_whose_holder_follows_names_the_body():
    found = annotate("", "\"Dia tidak akan pergi,\" ujar Presiden Valbruna, Pierre Moulin, seperti dilansir media. "
                         "Valbruna bersikukuh tidak menjual pemain itu.")
    assert [p["name"] for p in found["people"]] == ["Pierre Moulin"]
    assert [q["speaker"] for q in found["quotes"]] == ["Pierre Moulin"]


def test_a_client_before_the_lawyer_stays_a_person():
    found = annotate("", "Kuasa hukum Abun, Rudi Hartanto, mengatakan kliennya tidak bersalah.\n\n\"Saya tidak "
                         "mencuri,\" kata Abun.")
    assert {p["name"] for p in found["people"]} == {"Abun", "Rudi Hartanto"}
    assert [q["speaker"] for q in found["quotes"]][-1] == "Abun"


def test_the_last_domain_of_a_title_is_no_part_of_the_name():
    found = annotate("", "Pernyataan itu dibacakan Menteri Koordinator Bidang Pangan, Energi, dan Keamanan Wiranto pada Senin pagi.")
    assert [p["name"] for p in found["people"]] == ["Wiranto"]


@pytest.mark.parametrize("text, expected", [
    ("Pernyataan itu dibacakan Presiden Korea Selatan Moon Jae-in di Busan, Selasa.",
     [("Moon Jae-in", "Presiden Korea Selatan")]),
    ("Beijing marah setelah Presiden Taiwan Tsai Ing-wen menelepon pemimpin itu.", [("Tsai Ing-wen", "Presiden Taiwan")]),
    ("Tokoh utama musikal itu akan diperankan Han Ji-sang, kata produser.", [("Han Ji-sang", None)]),
])
def test_a_korean_or_chinese_given_name_keeps_its_second_syllable(text, expected):
    assert [(p["name"], p["role"]) for p in annotate("", text)["people"]] == expected


@pytest.mark.parametrize("text", [
    "Tiga kapal patroli dijadwalkan bersandar di Sabang, Sangihe Talaud, Tarakan dan Kupang.",
    "Keduanya berlibur ke San Jose del Cabo, Meksiko, bulan lalu bersama keluarga besar.",
])
def test_a_run_between_places_is_a_place(text):
    assert names(text) == []


def test_a_person_after_a_place_and_a_comma_stays_a_person():
    assert names("\"Airnya naik sejak pagi,\" kata warga Bekasi, Sumarni Wulandari.") == ["Sumarni Wulandari"]


@pytest.mark.parametrize("text, expected", [
    ("Setelah Van Persie pindah ke klub lain, lini depan tim itu tumpul.", ["Van Persie"]),
    ("Pakar keamanan siber Pratama Persadha menilai serangan itu terencana.", ["Pratama Persadha"]),
    ("\"Kami siap bertanding,\" kata pelatih Persib Djadjang Nurdjaman.", ["Djadjang Nurdjaman"]),
])
def test_a_surname_that_looks_like_a_club_after_a_given_name(text, expected):
    assert names(text) == expected


def test_parts_played_are_no_people():
    found = names("Dalam sekuel itu, Rendra Wijaya kembali beradu akting sebagai Bima Sakti Jaya melawan Hendra "
                  "Kusuma. Film ini juga menampilkan Dodi Prasetyo sebagai Kapten Salvador Reyes. Belakangan, pemeran "
                  "Roman Peralta di film itu, Yusuf Hadi, mengaku kecewa. \"Bima bukan tokoh jahat,\" kata Yusuf.")
    assert set(found) == {"Rendra Wijaya", "Hendra Kusuma", "Dodi Prasetyo", "Yusuf Hadi"}


def test_an_actor_after_a_part_and_a_real_person_of_the_parts_name_stay_people():
    found = names("Film itu dibintangi Arya Saloka sebagai Dono dan Vino Bastian yang memainkan Kasino. \"Ini "
                  "prestasi,\" ujar Dono.")
    assert {"Arya Saloka", "Vino Bastian", "Dono"} <= set(found)


def test_a_read_also_line_written_baca_colon_names_no_one():
    found = names("Pelatih itu memuji pemainnya setelah laga.\n\nBaca: Menurut Ricardo Salas, Tim Ini Punya Satu "
                  "Keunggulan\n\n\"Mereka bekerja keras,\" kata pelatih Budi Hartono.")
    assert found == ["Budi Hartono"]


def test_initials_without_their_last_dot_stay_inside_the_name():
    found = annotate("", "Kepala Badan Perencanaan Daerah Hendro B.S Wicaksono menyatakan kajian itu selesai. \"Kami "
                         "siap,\" kata Hendro.")
    assert [p["name"] for p in found["people"]] == ["Hendro B.S Wicaksono"]
    assert {q["speaker"] for q in found["quotes"]} == {"Hendro B.S Wicaksono"}


def test_a_country_abbreviation_with_dots_is_no_initial():
    found = annotate("", "Konsul Jenderal R.I Jeddah M Hery Saputra menyatakan pameran itu berlangsung tiga hari.")
    assert [p["name"] for p in found["people"]] == ["M Hery Saputra"]
