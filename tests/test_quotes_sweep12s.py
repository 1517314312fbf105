"""Quote and speaker rules from reading 150 unlabelled IndoSum articles against their quotes
(sweep12s, session 12), on invented sentences."""
from pantau.nlp.pipeline import annotate


def speakers(text):
    return [(q["kind"], q["speaker"]) for q in annotate("Judul Uji Coba", text)["quotes"]]


def test_the_speaker_after_kata_and_a_role_is_who_a_later_dia_means():
    # "kata pelatih Persela X": X is salient; a player named in his reported clause is not
    text = ("\"Semua pemain siap turun, hanya Budi Santoso yang belum pulih,\" kata pelatih Persela "
            "Rahmat Darmawan di Lamongan.\n\n"
            "Rombongan berangkat ke Solo dengan bus pada Jumat sore.\n\n"
            "Ia menilai laga pembuka itu menentukan, terlebih tuan rumah diperkuat penyerang asing "
            "seperti Carlos Mendes.\n\n"
            "Walau begitu, lanjut dia, timnya akan tetap tampil menyerang sejak menit pertama dan tidak "
            "menunggu lawan.\n\n"
            "\"Kami datang untuk menang dan tidak gentar dengan nama besar lawan,\" katanya.")
    assert {who for _, who in speakers(text)} == {"Rahmat Darmawan"}


def test_a_pronoun_subject_keeps_the_speaker_over_a_name_ending_its_sentence():
    text = ("Pelatih tunggal putri, Rudi Hartanto, memastikan timnya tetap berangkat ke Jepang. Namun, ia tidak "
            "membebankan gelar juara kepada Dewi Kartika / Ratna Sari.\n\n"
            "\"Kami sudah bicara dan mereka tetap ingin tampil di Jepang, walau tenaga mereka sudah terkuras,\" "
            "ujarnya.")
    assert {who for _, who in speakers(text)} == {"Rudi Hartanto"}


import pytest  # noqa: E402


@pytest.mark.parametrize("text", [
    # a feeling, a belief or a resignation named after the verb: nothing stated
    "Penyanyi Dewi Lestari mengutarakan perasaannya lewat unggahan foto bersama anaknya di media sosial.",
    "Pebalap muda Rudi Hartanto menyatakan keyakinannya menjelang balapan di Sirkuit Mandalika pekan depan.",
    "Aktor senior Budi Santoso mengumumkan pengunduran dirinya dari proyek film itu lewat akun pribadinya.",
    # the heart of a matter laid out, "it" said at a time
    "Lewat unggahan terbarunya, sutradara Rudi Hartanto kembali membeberkan duduk permasalahan yang terjadi.",
    "Pengacara Budi Santoso menyampaikan hal itu saat ditanya wartawan soal hubungan kerjanya dengan kliennya.",
])
def test_no_statement(text):
    assert annotate("Judul Uji Coba", text)["quotes"] == []


def test_it_said_is_still_a_clause():
    found = annotate("Judul Uji Coba", "Pengacara Budi Santoso mengatakan itu tidak benar dan kliennya tidak pernah "
                                       "menerima uang dari siapa pun.")
    assert [q["speaker"] for q in found["quotes"]] == ["Budi Santoso"]


def test_the_head_of_state_is_the_president_and_goes_on_speaking():
    text = ("Presiden Joko Widodo memuji siswa berprestasi dari berbagai daerah dalam sambutannya di Depok.\n\n"
            "Selain itu, Ahmad Fauzan siswa SMP di Gunung Kidul yang menciptakan alat perontok padi sederhana "
            "menjadi juara lomba sains tingkat nasional.\n\n"
            "\"Prestasi seperti ini harus diangkat agar anak-anak lain ikut terpacu,\" tutur Kepala Negara.\n\n"
            "Untuk itu, Presiden ingin agar seni menjadi bagian dari sekolah. \"Biar anak-anak mengenal "
            "budayanya sendiri,\" katanya.")
    assert speakers(text) == [("direct", "Joko Widodo"), ("direct", "Joko Widodo")]


def test_an_epithet_after_the_verb_points_back():
    text = ("Legenda Persija, Rudi Hartanto, akan mencoba peruntungan sebagai pelatih di Malaysia.\n\n"
            "\"Yang penting tim ini naik kasta dulu, baru kita bicara target lain,\" ujar pria yang semasa bermain "
            "dikenal dengan tendangan kerasnya.\n\n"
            "Penyanyi Dewi Kartika ikut hadir di acara tersebut.\n\n"
            "\"Saya ingin selalu dekat dengan penggemar di mana pun,\" kata sang penyanyi.")
    assert speakers(text) == [("direct", "Rudi Hartanto"), ("direct", "Dewi Kartika")]


def test_a_man_who_goes_unnamed_and_a_mother_are_somebody_else():
    text = ("Pemain muda Rudi Hartanto dikabarkan pindah ke klub Malaysia.\n\n"
            "\"Kabarnya sudah tanda tangan kontrak,\" ujar pria yang enggan disebutkan namanya.\n\n"
            "\"Kami sekeluarga merestui kepindahannya,\" kata sang ibu.")
    assert speakers(text) == [("direct", None), ("direct", None)]


def test_who_comes_along_is_not_who_a_later_pronoun_means():
    text = ("Penyanyi Dewi Kartika bersama aktor senior Rudi Hartanto, Budi Santoso dan Andi Wijaya hadir sebagai bintang "
            "tamu acara bincang-bincang itu. Dalam acara tersebut, ia ditanya soal perannya.\n\n"
            "\"Saya mengalami kesulitan yang tak terduga selama syuting,\" ujarnya.")
    assert speakers(text) == [("direct", "Dewi Kartika")]


def test_a_committee_named_before_the_verb_speaks_in_both_kinds():
    found = annotate("Judul Uji Coba",
                     "Penulis Rudi Hartanto meninggal dunia di rumah sakit pada Kamis.\n\n"
                     "Komite Nobel menyebut pemerintah ikut bertanggung jawab atas kematian penulis itu.\n\n"
                     "Dalam pernyataannya, Komite Nobel mengatakan, \"Kami sangat menyesalkan lambatnya perawatan "
                     "yang ia terima.\"")
    assert [p["name"] for p in found["people"]] == ["Rudi Hartanto"]
    assert [(q["kind"], q["speaker"]) for q in found["quotes"]] == [("indirect", "Komite Nobel"),
                                                                    ("direct", "Komite Nobel")]


def test_a_name_before_kata_dia_is_what_was_said():
    text = ("\"Saya mengidolakan Budi sejak dulu, kini rancangan saya ia pakai,\" ujar desainer Rahmat Hidayat. "
            "Budi Santoso, kata dia, juga menyimpan beberapa aksesori rancangannya.")
    assert speakers(text) == [("direct", "Rahmat Hidayat"), ("indirect", "Rahmat Hidayat")]


def test_a_title_and_a_name_then_the_verb_after_the_quote():
    text = ("\"Makan siang menguras dompet karyawan,\" terang Chief Operating Officer Kulina Rudi Hartanto.\n\n"
            "Kulina disebut mengembangkan algoritma rute.\n\n"
            "\"Algoritma kami menghemat biaya logistik secara signifikan,\" CEO Kulina Budi Santoso menjelaskan "
            "layanannya.")
    assert speakers(text) == [("direct", "Rudi Hartanto"), ("direct", "Budi Santoso")]


def test_menurut_a_name_selaku_a_role_then_the_comma():
    text = ("Penyanyi Rudi Hartanto datang ke acara itu.\n\n"
            "Menurut Rudi Hartanto selaku produser film itu, cerita ini menawarkan drama keluarga yang berbeda.")
    assert speakers(text) == [("indirect", "Rudi Hartanto")]


def test_a_passive_verb_of_saying_then_a_title_and_a_name_amid_the_sentence():
    text = ("Usulan pelarangan sepeda motor ini disebutkan Kepala Dinas Perhubungan Rudi Hartanto tak hanya akan "
            "berlaku di pusat kota.\n\n"
            "Larangan itu disebutkan Ketua Asosiasi Pedagang Budi Santoso, dapat menekan daya beli warga kecil.\n\n"
            "Hal itu disampaikan Ketua Asosiasi Pedagang Budi Santoso kala membuka rapat anggota di Jakarta.")
    assert speakers(text) == [("indirect", "Rudi Hartanto"), ("indirect", "Budi Santoso")]
