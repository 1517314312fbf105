"""People read off 200 unlabelled real IndoSum articles (issue 14, sweep12p): venues and landmarks
whose English name ends in a noun no person's name ends with ("... Lane", "... Park", "... Reef") are
no people; a racing team in brackets after a rider is not his real name. Sentences written for these
tests in the shape Indonesian outlets use; no article text."""

import pytest

from pantau.nlp.pipeline import annotate


def names(text, title=""):
    return [p["name"] for p in annotate(title, text)["people"]]


@pytest.mark.parametrize("text, expected", [
    ("Pelatih Mikel Arteta ingin menang lagi di Edward Hart Lane sebelum stadion itu dipugar.", ["Mikel Arteta"]),
    ("Gelandang Tom Baker bermimpi tampil di Morgan James Park musim depan.", ["Tom Baker"]),
    ("Kapal nelayan itu kandas di dekat Thomas Shoal Reef yang diperebutkan dua negara.", []),
    ("Film itu diputar di teater Elm and Winter Garden sebanyak tiga kali.", []),
    ("Laga final digelar di Lucas Brown Stadium, kandang klub tersebut.", []),
])
def test_a_venue_named_with_an_english_head_is_no_person(text, expected):
    assert names(text) == expected


def test_a_korean_surname_before_the_given_name_stays_a_name():
    assert names("Presiden Park Min-seo akan diperiksa pekan ini, kata jaksa.") == ["Park Min-seo"]


def test_a_racing_team_in_brackets_is_not_the_riders_name():
    assert names("Tito Ramos (Honda Racing) dan Paolo Verdi (Estrella Racing) melengkapi lima besar.") == \
        ["Tito Ramos", "Paolo Verdi"]


def test_a_name_in_brackets_in_a_line_up_is_the_substitute_not_the_players_real_name():
    text = ("Susunan pemain Tim Biru (3-4-3): Andi Lukman (PG); Rudi Hartono, Jan Pietersen (Bram Dekker); "
            "Koos Jansen, Eko Pranoto.")
    assert {"Jan Pietersen", "Bram Dekker"} <= set(names(text))



@pytest.mark.parametrize("text", [
    "Ponsel itu juga dilengkapi fitur Edge Sense yang memudahkan pengguna.",
    "Jenazahnya dibawa ke gereja St Joseph di pinggir kota sebelum dimakamkan.",
    "Penyanyi muda itu, sang pelantun Wrecking Ball, tertawa lebar di panggung.",
])
def test_a_feature_a_church_and_a_singers_song_are_no_people(text):
    assert names(text) == []


def test_a_public_figures_nickname_in_the_headline_and_body_is_the_same_person():
    r = annotate("Bamsoet Minta Anggaran Dikaji Ulang",
                 'Ketua DPR Bambang Soesatyo meminta anggaran itu dikaji ulang. "Kami akan panggil menterinya," '
                 'ujar Bamsoet di Senayan.')
    assert [p["name"] for p in r["people"]] == ["Bambang Soesatyo"]
    assert {q["speaker"] for q in r["quotes"]} == {"Bambang Soesatyo"}


def test_a_name_cut_short_in_the_headline_is_the_name_the_body_writes_in_full_first():
    assert names("Pelatih itu, Solehudin, datang pagi. Kemudian Soleh berkata timnya siap.",
                 title="Soleh Siap Bertanding") == ["Solehudin"]


def test_an_ordinary_word_capitalised_after_a_name_word_inside_a_sentence_is_the_surname():
    r = annotate("Liverpool Imbang", "Liverpool tertinggal lebih dulu sebelum Mohamed Salah mampu menyamakan "
                 "kedudukan. Peluang lewat Daniel Sturridge dan Salah tak berbuah gol. \"Kami kecewa,\" kata Salah.")
    assert [p["name"] for p in r["people"]] == ["Mohamed Salah", "Daniel Sturridge"]
    assert [q["speaker"] for q in r["quotes"]] == ["Mohamed Salah"]


def test_the_ordinary_phrase_stays_no_name():
    assert names("Salah satu pemain, Budi Santoso, cedera. Salah satunya karena lapangan licin.") == ["Budi Santoso"]


def test_a_ministrys_field_after_dan_ends_the_office_not_opens_the_name():
    r = annotate("", "Menteri Komunikasi dan Informatika Rudiantara menegaskan aturan itu berlaku bulan depan. "
                     "\"Semua harus siap,\" ujar Rudiantara di kantornya.")
    assert [(p["name"], p["role"]) for p in r["people"]] == [("Rudiantara", "Menteri Komunikasi dan Informatika")]
    assert {q["speaker"] for q in r["quotes"]} == {"Rudiantara"}


@pytest.mark.parametrize("text, expected", [
    ("Aktor pemenang Oscar Leonardo DiCaprio hadir di acara itu. Aktor yang memenangkan Oscar untuk film "
     "itu tak banyak bicara.", ["Leonardo DiCaprio"]),
    ("Aktris peraih Piala Citra Dian Sastrowardoyo ikut hadir malam itu.", ["Dian Sastrowardoyo"]),
    # a verb of winning before a name: the name keeps its first word
    ("Desainer itu menerima Oscar Lawalata di rumahnya pekan lalu.", ["Oscar Lawalata"]),
])
def test_an_award_written_before_the_winners_name_is_no_part_of_it(text, expected):
    assert names(text) == expected


def test_a_given_name_cut_off_with_the_titles_body_joins_the_person_the_article_names_by_it():
    r = annotate("Kelas", "Kelas itu digelar di Bandung. Head of Lentera Education Prayogo Sutomo menyebut kelas itu "
                          "gratis. \"Kami buka tiap pekan,\" kata Prayogo. Prayogo menambahkan peserta datang dari "
                          "sepuluh sekolah.")
    assert [(p["name"], p["role"], p["organisation"]) for p in r["people"]] == \
        [("Prayogo Sutomo", "Head", "Lentera Education")]
    assert {q["speaker"] for q in r["quotes"]} == {"Prayogo Sutomo"}


def test_a_firm_the_headline_names_before_is_not_glued_to_the_name_after_it():
    r = annotate("Bersinar Dapat Pendanaan", "Co-Founder dan CEO Bersinar Tomas Kim mengatakan dana itu untuk "
                 "ekspansi. \"Kami tumbuh cepat,\" ujar Tomas. Bersinar kini dipakai ribuan toko.")
    assert "Bersinar Tomas Kim" not in [p["name"] for p in r["people"]]


def test_parts_listed_after_a_part_cue_and_seperti_are_no_people():
    assert names("Pemain harus membayar untuk memakai karakter populer seperti Darth Vader atau Luke Skywalker, "
                 "kata produser Blake Jorgensen.") == ["Blake Jorgensen"]


def test_the_actor_after_dan_behind_a_part_stays_a_person():
    assert "Teddy R Halim" in names("Di layar lebar itu Arman tampil sebagai Joni dan Teddy R Halim yang "
                                    "berperan menjadi Kosim, menurut rumah produksinya.")


def test_a_firms_name_before_words_that_are_no_names_is_a_product():
    assert names("Soal keselamatan, Hyundai Kona dibekali sensor titik buta, kata manajer produk Raf Van Nuffel.") \
        == ["Raf Van Nuffel"]


def test_a_firm_after_a_title_stays_the_body_of_the_persons_title():
    assert names("Presiden Direktur Hyundai Mukiat Sutikno mengatakan penjualan naik.") == ["Mukiat Sutikno"]
