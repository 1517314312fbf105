"""Quote rules from reading 150 unlabelled IndoSum articles against their quotes (sweep10q,
session 10), on invented sentences."""
import pytest

from pantau.nlp.pipeline import annotate


@pytest.mark.parametrize("text, said", [
    ("Netizen menilai kemiripan kedua acara itu terlalu mencolok.", "kemiripan kedua acara itu terlalu mencolok"),
    ("Aktivis menyatakan, jumlah korban sebenarnya jauh lebih besar dari itu.",
     "jumlah korban sebenarnya jauh lebih besar dari itu"),
    ("Polisi menyebut bahwa pelaku berusia 20 tahun dan tinggal di kawasan itu.",
     "pelaku berusia 20 tahun dan tinggal di kawasan itu"),
    ("Otoritas setempat menyebut keributan pecah sepuluh menit sebelum laga berakhir.",
     "keributan pecah sepuluh menit sebelum laga berakhir"),
    ("Ahli gizi yang tidak terlibat dalam kajian itu mengatakan temuan tersebut menarik.", "temuan tersebut menarik"),
    ("Komandan itu mengatakan, pasukannya dibantu relawan dari desa sebelah.",
     "pasukannya dibantu relawan dari desa sebelah"),
    ("Menurut pejabat kesehatan setempat, tiga korban masih dalam kondisi kritis.",
     "tiga korban masih dalam kondisi kritis"),
])
def test_people_nobody_names_speak(text, said):
    found = annotate("", text)
    assert [(q["kind"], q["speaker"], q["text"]) for q in found["quotes"]] == [("indirect", None, said)]


def test_menurut_names_who_said_it_not_the_subject_inside():
    found = annotate("", "Kapolsek Cibeber Kompol Hendra Gunawan memimpin razia itu. Sebab, menurut dia, polisi "
                         "sudah berulang kali mengingatkan para pemuda agar tidak ikut balap liar.\n\n"
                         "\"Kami akan memproses semua yang terjaring sesuai hukum,\" ujarnya.")
    assert [(q["kind"], q["speaker"]) for q in found["quotes"]] == \
        [("indirect", "Hendra Gunawan"), ("direct", "Hendra Gunawan")]


def test_a_named_government_is_no_unnamed_speaker():
    found = annotate("", "Otoritas Yordania menyebut perbatasan akan dibuka kembali pekan depan.")
    assert [q["speaker"] for q in found["quotes"]] == ["Otoritas Yordania"]


BAND = ("Grup musik Langit Senja merilis album live untuk mengenang vokalisnya, Andra Wijaya.\n\n"
        "\"Rekaman ini kami persembahkan bagi Andra, sahabat yang menyanyi dengan sepenuh jiwa,\" "
        "bunyi pernyataan tertulis yang dikeluarkan Langit Senja melalui laman resmi mereka.\n\n"
        "Band yang berdiri di Bandung itu akan tampil lagi bersama Bima Prasetyo dan Dodi Harjono bulan depan.\n\n"
        "\"Andra selalu menyapa kru panggung satu per satu sebelum konser dimulai.\"\n\n"
        "\"Sampai jumpa di konser berikutnya di Surabaya dan Malang,\" bunyi pernyataan tersebut.")


def test_an_institutions_statement_and_its_next_paragraphs():
    found = annotate("", BAND)
    assert [(q["kind"], q["speaker"]) for q in found["quotes"]] == [("direct", "Langit Senja")] * 3


def test_an_official_account_and_mereka_after_it():
    found = annotate("", "Layanan berita Kabarku menambah fitur pencarian.\n\n"
                         "\"Fitur baru ini memudahkan pengguna mencari berita,\" ujar keterangan resmi Kabarku di akun resminya.\n\n"
                         "\"Pengalaman Anda membaca tidak akan berubah,\" tulis mereka.")
    assert [q["speaker"] for q in found["quotes"]] == ["Kabarku", "Kabarku"]


def test_a_person_who_spoke_keeps_speaking_after_an_institution():
    found = annotate("", "\"Kami menunda peluncuran produk itu,\" tulis pernyataan resmi Kabarku.\n\n"
                         "Direktur Kabarku Budi Santoso mengatakan, produk itu masih diuji di tiga kota.\n\n"
                         "\"Kami ingin produknya benar-benar siap sebelum dijual,\" katanya.\n\n"
                         "\"Semoga akhir tahun sudah bisa dipakai semua orang.\"")
    assert [q["speaker"] for q in found["quotes"]] == ["Kabarku", "Budi Santoso", "Budi Santoso", "Budi Santoso"]


MINISTER = "Menteri Hukum Yasmin Laksono meminta dua kubu partai itu duduk bersama di kantornya. "


@pytest.mark.parametrize("text, kind", [
    ("\"Surat keputusan itu kami terbitkan agar partai bisa ikut verifikasi,\" ujar politikus "
     "Partai Keadilan Sejahtera (PKS) itu.", "direct"),
    ("\"Saya sudah lama ingin kembali ke dunia hukum,\" tutur pelantun 'Rindu Semalam' ini kala ditemui "
     "di Jakarta Selatan.", "direct"),
    ("Pengusaha muda itupun menyatakan masih tetap pada janjinya menolak proyek tersebut.", "indirect"),
    ("Mantan duta besar RI di Jepang tersebut juga mengaku akan meninjau ulang aturan visa bagi pelajar.",
     "indirect"),
])
def test_a_description_pointing_back_names_the_one_spoken_of(text, kind):
    found = annotate("", MINISTER + "\n\n" + text)
    assert [(q["kind"], q["speaker"]) for q in found["quotes"]][-1] == (kind, "Yasmin Laksono")


@pytest.mark.parametrize("text", [
    "Klub Garuda Muda melanjutkan rekor tak terkalahkan mereka dengan menahan imbang tim tamu 1-1.",
    "Perusahaan rintisan itu menyatakan bangkrut pada awal tahun ini setelah gagal mendapat modal.",
    "Ketua partai Andi Wijaya menyatakan dukungan terhadap pelaksanaan undang-undang yang baru.",
    "Kuasa hukum terdakwa menyatakan banding atas vonis tiga tahun penjara yang dijatuhkan hakim.",
    "Pasangan ganda putra Indonesia memastikan tiket babak kedua turnamen di Kuala Lumpur.",
    "Banyak pilihan aplikasi belanja di pasar saat ini, sebut saja aplikasi buatan luar negeri yang sudah populer.",
    "Kedua pelajar tersebut, yang menurut sejumlah laporan media berasal dari Padang, kini ditahan di kantor polisi.",
    "Negara itu harus menghentikan ekspor batu bara menurut draf resolusi yang dilihat kantor berita asing.",
])
def test_no_statement_in_these(text):
    assert annotate("", text)["quotes"] == []


@pytest.mark.parametrize("text", [
    "Pelatih Garuda Muda Budi Santoso melanjutkan, timnya masih perlu memperbaiki lini belakang.",
    "Pelatih Garuda Muda Budi Santoso melanjutkan penjelasannya bahwa timnya masih perlu memperbaiki lini belakang.",
])
def test_melanjutkan_with_a_clause_still_reports(text):
    assert [q["speaker"] for q in annotate("", text)["quotes"]] == ["Budi Santoso"]


@pytest.mark.parametrize("text, speaker, said", [
    ("Asisten pelatih tim nasional Hendra Kusuma, menyebutkan akan kembali merotasi pemain di laga itu.",
     "Hendra Kusuma", "akan kembali merotasi pemain di laga itu"),
    ("Sementara pelatih Laos Marco Bellini, mengungkapkan anak asuhnya memang belum padu.",
     "Marco Bellini", "anak asuhnya memang belum padu"),
    ("Ketua tim wisata kuliner Ratna Dewi dalam paparannya di Madrid (7/5), mengungkapkan bahwa pemerintah "
     "menargetkan 15 juta wisatawan.", "Ratna Dewi", "pemerintah menargetkan 15 juta wisatawan"),
])
def test_a_described_name_then_a_comma_before_the_verb(text, speaker, said):
    found = annotate("", text)
    assert [(q["kind"], q["speaker"], q["text"]) for q in found["quotes"]] == [("indirect", speaker, said)]


@pytest.mark.parametrize("text, speaker, said", [
    ("Menurut Kapolsek Cibeber, Iptu Darmawan Sulistyo, kebakaran itu terjadi sekitar pukul 14.00 WIB.",
     "Darmawan Sulistyo", "kebakaran itu terjadi sekitar pukul 14.00 WIB"),
    ("Kapolsek Cibeber Iptu Darmawan Sulistyo tiba di lokasi. Menurut Darmawan api berasal dari korsleting listrik "
     "di lantai dua.", "Darmawan Sulistyo", "api berasal dari korsleting listrik di lantai dua"),
    ("Sementara itu Sutrisno salah seorang warga di Kecamatan Cidadap mengatakan guncangan itu terasa cukup kuat.",
     "Sutrisno", "guncangan itu terasa cukup kuat"),
    ("Jepang pada Senin memperingatkan bahwa tetangganya akan menanggung akibat dari latihan militer tersebut.",
     "Jepang", "tetangganya akan menanggung akibat dari latihan militer tersebut"),
])
def test_more_shapes_of_attribution(text, speaker, said):
    found = annotate("", text)
    assert [(q["speaker"], q["text"]) for q in found["quotes"]][-1:] == [(speaker, said)]


def test_menurut_a_title_is_whoever_holds_it():
    found = annotate("", "Presiden Joko Widodo membuka acara itu di Istana. Menurut Presiden, setiap warga negara "
                         "berhak mencalonkan diri menjadi kepala daerah.")
    assert [q["speaker"] for q in found["quotes"]] == ["Joko Widodo"]


def test_menurut_a_relative_of_the_named_is_no_quote_without_a_comma_rule():
    found = annotate("", "\"Kami tidak mau pemimpin yang bermasalah,\" tutur Ratih Kusuma di Jakarta.\n\n"
                         "Menurut ibunda aktris Sinta Dewi tersebut, pada pemilihan mendatang warga harus teliti.")
    assert "Sinta Dewi" not in [q["speaker"] for q in found["quotes"]]


@pytest.mark.parametrize("text", [
    "Politikus Ahmad Fauzi Hamdan berkali-kali mangkir dari panggilan. Namun istri Ahmad mengaku tak tahu di mana "
    "suaminya berada.",
    "\"Dua penjaga dan seorang petani tewas dalam serangan di ladang itu,\" ujar seorang komandan pasukan yang "
    "mendukung pemerintahan Presiden Bashar al-Assad kepada wartawan.",
    "\"Para anggota sudah mulai rekaman sejak bulan lalu dan segera merampungkannya,\" kata seorang sumber dari "
    "agensi yang menaungi penyanyi Rina Marlina.",
])
def test_somebody_described_by_whom_they_serve_or_are_related_to_is_unnamed(text):
    assert [q["speaker"] for q in annotate("", text)["quotes"]] == [None]


def test_mereka_after_a_group_is_the_group():
    found = annotate("", "Penolakan itu juga disuarakan pendukung klub. Ikatan Suporter Garuda (ISG) mengeluarkan tiga sikap "
                         "resmi. Intinya, mereka meminta pelatih untuk tetap bertahan sampai akhir musim.")
    assert [q["speaker"] for q in found["quotes"]] == ["Ikatan Suporter Garuda"]


def test_mereka_with_no_group_before_is_unnamed():
    found = annotate("", "Panitia menanyai ratusan pengunjung pameran itu. Mereka mengatakan bahwa tiket masuk terlalu mahal "
                         "untuk keluarga.")
    assert [(q["speaker"], q["text"]) for q in found["quotes"]] == [(None, "tiket masuk terlalu mahal untuk keluarga")]
