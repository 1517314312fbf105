"""Quote rules from reading 150 unlabelled IndoSum articles against their quotes (sweep11s,
session 11), on invented sentences."""
import pytest

from pantau.nlp.pipeline import annotate


@pytest.mark.parametrize("text", [
    # a feeling, an intent, a standing or words named after the verb: nothing stated
    "Gelandang Persita Rudi Hartanto mengaku kesal dengan kabar yang beredar di kalangan suporter.",
    "Gelandang Persita Rudi Hartanto mengaku sangat tidak tertarik dengan tawaran klub lain.",
    "Gelandang Persita Rudi Hartanto mengungkapkan tekadnya untuk kembali bermain pekan depan.",
    "Calon bupati Agus Prasetyo memaparkan niatnya maju dalam pemilihan tahun depan.",
    "Gelandang Persita Rudi Hartanto terus menegaskan statusnya sebagai pemain kunci tim.",
    "Penyanyi Dewi Lestari menuliskan kata-kata perpisahan untuk sahabatnya di media sosial.",
    "Pemilik akun itu berujar kebencian kepada kelompok lain di media sosial.",
    # a place or a team secured, not a statement
    "Pebulu tangkis Rudi Hartanto memastikan tempat di babak kedua setelah menang dua gim.",
    "Tim Garuda Muda memastikan diri lolos ke final setelah menang adu penalti.",
    # a source, not a speaker
    "Namun, menurut rumor terkini, klub itu adalah pihak yang paling serius mengincar Rudi.",
    "Kebiasaan itu memperpendek usia seseorang, menurut sebuah studi yang terbit pekan lalu.",
    "Menurut temuan peneliti di jurnal itu, tidur cukup menurunkan risiko penyakit jantung.",
    # "Tambah lagi": moreover, no verb of saying
    "Tambah lagi, kegiatan semacam itu lebih sering diadakan di luar ruangan.",
])
def test_no_statement(text):
    assert annotate("", text)["quotes"] == []


def test_a_clause_after_the_verb_still_quotes():
    found = annotate("", "Gelandang Persita Rudi Hartanto mengatakan tempat latihan tim akan pindah ke Tangerang.")
    assert [(q["speaker"], q["text"]) for q in found["quotes"]] == \
        [("Rudi Hartanto", "tempat latihan tim akan pindah ke Tangerang")]


def test_the_speaker_named_again_after_a_connector_goes_on_speaking():
    found = annotate("", "Mantan kapten Persija Bambang Pamungkas menyebut bahwa cepat atau lambat Andik akan hijrah ke "
                         "luar negeri.\n\n"
                         "\"Klubnya harus berusaha menahan Andik. Begitu tawaran besar datang, mereka repot,\" cetusnya.\n\n"
                         "Walau sedang berjaya bersama Persib dan bisa juga berprestasi di Asia bersama Robert Alberts, "
                         "namun Bambang merasa Andik lebih baik pindah.\n\n"
                         "\"Semua bergantung pada Andik sendiri. Kita bicara soal klub terbaik di benua ini,\" tuturnya.")
    assert [q["speaker"] for q in found["quotes"]] == ["Bambang Pamungkas"] * 3


def test_one_a_statement_was_addressed_to_does_not_take_the_next_quote():
    found = annotate("", "Pelatih Persib Robert Alberts memuji anak asuhnya. Namun, ia juga memperingatkan Andik "
                         "Vermansah dkk supaya tidak cepat puas.\n\n"
                         "\"Kemenangan ini penting dan kami ada di jalur yang benar,\" kata Robert seusai laga.\n\n"
                         "Dari sepuluh laga sisa, Persib masih punya tiga laga berat. Andik dkk akan menghadapi Persija "
                         "dan Arema.\n\n"
                         "\"Kami memang memimpin klasemen, tapi itu belum berarti apa-apa karena laga sulit masih ada.\"")
    assert [q["speaker"] for q in found["quotes"]] == ["Robert Alberts"] * 3


def test_the_first_quote_without_a_cue_is_the_next_paragraphs_speaker():
    found = annotate("", "Pebalap Honda, Dimas Ekky, menganggap kesalahan Andi Gilang bukan yang terakhir musim ini. "
                         "Gilang terjatuh di putaran terakhir saat mengejar pebalap lain.\n\n"
                         "\"Sejauh ini balapan memperlihatkan musim yang gila karena banyak kesalahan.\"\n\n"
                         "\"Jadi kesalahan Gilang hampir pasti bukan yang terakhir,\" ujar Dimas kepada wartawan.")
    assert [q["speaker"] for q in found["quotes"]] == ["Dimas Ekky", "Dimas Ekky"]


@pytest.mark.parametrize("text, speaker", [
    ("\"Pemerintah akan memakai pasal itu untuk mengambil alih wilayah tersebut,\" bunyi pernyataan pemerintah "
     "Portugal, seperti dikutip Reuters.", "pemerintah Portugal"),
    ("\"Pencarian tiga awak itu masih dilakukan kapal-kapal patroli,\" kata armada keenam Amerika Serikat dalam "
     "pernyataan tertulis.", "armada keenam Amerika Serikat"),
    ("Disebutkan oleh situs resmi Arema, pemain itu sudah menjalani tes medis pada Sabtu malam.", "Arema"),
    ("Kementerian Luar Negeri Jepang pada Kamis (3/8/2017) membenarkan dua warganya ditahan di perbatasan.",
     "Kementerian Luar Negeri Jepang"),
])
def test_institutions_that_speak(text, speaker):
    assert [q["speaker"] for q in annotate("", text)["quotes"]] == [speaker]


def test_a_person_in_a_written_statement_is_still_a_person():
    found = annotate("", "Juru bicara kepolisian Budi Hartono menyebut razia akan diperluas.\n\n"
                         "\"Kami tidak akan berhenti sampai jaringan itu terbongkar,\" kata juru bicara itu dalam "
                         "pernyataan tertulis.")
    assert [q["speaker"] for q in found["quotes"]] == ["Budi Hartono", "Budi Hartono"]


def test_a_site_without_resmi_stays_a_source():
    assert annotate("", "Menurut situs Transfermarkt, nilai pasar pemain itu mencapai 20 juta euro.")["quotes"] == []


def test_an_aside_with_kepada_between_the_name_and_the_verb():
    found = annotate("", "Menteri Pertahanan Jepang, Taro Kono, kepada para wartawan mengatakan bahwa pesawat itu "
                         "jatuh akibat kerusakan mesin.")
    assert [(q["speaker"], q["text"]) for q in found["quotes"]] == \
        [("Taro Kono", "pesawat itu jatuh akibat kerusakan mesin")]


def test_menyerukan_bahwa_reports_a_statement():
    found = annotate("", "Calon wakil gubernur Andi Wijaya menyerukan bahwa kemerdekaan bukan milik satu golongan.")
    assert [q["speaker"] for q in found["quotes"]] == ["Andi Wijaya"]
    assert annotate("", "Massa menyerukan penolakan terhadap rencana itu di depan gedung dewan.")["quotes"] == []


def test_a_woman_nobody_names_is_not_the_man_she_reported():
    found = annotate("", "Penyanyi Andi Saputra sempat ditahan polisi atas tuduhan penipuan.\n\n"
                         "Harian lokal melaporkan, wanita yang melaporkan Andi mengklaim bahwa keduanya bertemu di "
                         "sebuah kafe pada Jumat malam.\n\n"
                         "Wanita pelapor itu mengaku menolak permintaan Andi. Selain itu, menurutnya, Andi juga sempat "
                         "menawarinya uang.\n\n"
                         "Penyanyi lain mengatakan ia kerap menerima pesan kasar dari sesama awak panggung.")
    assert [q["speaker"] for q in found["quotes"]] == [None] * 4


def test_a_generic_word_before_a_name_it_is_called_by_points_to_that_name():
    found = annotate("", "Penyanyi Andi Saputra dipanggil polisi pekan lalu.\n\n"
                         "Pria yang akrab disapa Andi itu menyatakan pemeriksaan lanjutan akan digelar pekan depan.")
    assert [q["speaker"] for q in found["quotes"]] == ["Andi Saputra"]


@pytest.mark.parametrize("text, speaker", [
    ("Dikutip dari Reuters, National Weather Administration (NWA) Amerika Serikat menyatakan bahwa badai itu "
     "akan melemah besok.", "National Weather Administration (NWA) Amerika Serikat"),
    ("Northern Ohio University School of Dance menyebut, latihan menari dua jam sehari cukup untuk pemula.",
     "Northern Ohio University School of Dance"),
    ("Sementara itu, Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Garut menyatakan status siaga "
     "diperpanjang dua pekan.", "Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Garut"),
])
def test_a_body_named_in_full_before_the_verb_speaks(text, speaker):
    assert [q["speaker"] for q in annotate("", text)["quotes"]] == [speaker]


def test_a_titled_office_pointing_back_is_its_holder_not_somebody_unnamed():
    found = annotate("", "Kombes Pol Budi Santoso mengambil formulir pendaftaran di kantor partai.\n\n"
                         "Analis Utama Divisi Hukum Polri tersebut menjelaskan, patroli keliling desa akan menjadi "
                         "program utamanya.")
    assert [q["speaker"] for q in found["quotes"]] == ["Budi Santoso"]


def test_an_unnamed_analyst_pointed_back_to_stays_unnamed():
    found = annotate("", "Seorang analis menyebut harga beras akan naik bulan depan.\n\n"
                         "Analis itu menilai kenaikan tersebut masih dalam batas wajar.")
    assert [q["speaker"] for q in found["quotes"]] == [None, None]


def test_an_institution_pointed_back_to_after_the_verb():
    found = annotate("", "Komisi Pemberantasan Korupsi (KPK) memeriksa tiga saksi pada Senin. Penyidik Budi Santoso "
                         "hadir di sana.\n\n"
                         "\"Pemeriksaan akan dilanjutkan pekan depan,\" kata lembaga antirasuah itu dalam keterangan "
                         "tertulis.")
    assert [q["speaker"] for q in found["quotes"]] == ["Komisi Pemberantasan Korupsi"]


def test_a_pronoun_after_an_inserted_attribution_is_its_speaker():
    found = annotate("", "Agus Wibowo, pengamat media, menilai meme itu bentuk kritik publik terhadap Budi Santoso.\n\n"
                         "Sebagai pejabat publik, lanjut Agus, Budi Santoso tentu berhak melapor, namun ia menyarankan "
                         "Budi menempuh jalan damai lewat mediasi.\n\n"
                         "\"Kalau mau berbesar hati dan berdamai, nama baiknya justru akan terangkat,\" ujarnya.")
    assert [q["speaker"] for q in found["quotes"]] == ["Agus Wibowo"] * 3


def test_the_ledes_subject_after_the_dateline_is_spoken_of():
    found = annotate("", "Jakarta (ANTARA News) - Aktris Dewi Sartika tengah mengandung anak ketiga.\n\n"
                         "Dalam unggahan di Instagram, istri sutradara Joko Anwar itu mengaku mengalami mual pada "
                         "trimester awal.")
    assert [q["speaker"] for q in found["quotes"]] == ["Dewi Sartika"]



@pytest.mark.parametrize("text", [
    "Rina Wati atau yang akrab disapa Rere, mengaku tampil lebih baik dari putaran pertama karena sudah terbiasa.",
    "Pebulu tangkis Rina Wati (Rere) masuk semifinal. Pemain yang akrab disapa Rere itu, mengaku tampil lebih baik dari "
    "putaran pertama karena sudah terbiasa.",
])
def test_the_name_one_is_called_by_then_a_comma_before_the_verb(text):
    assert [q["speaker"] for q in annotate("", text)["quotes"]] == ["Rina Wati"]


def test_a_statement_pointed_back_to_is_the_bodys_named_last():
    found = annotate("", "Puluhan nelayan menggelar aksi di depan balai kota. Mereka meminta Wali Kota Budi Santoso "
                         "menunda reklamasi.\n\n"
                         "Hal itu disampaikan Forum Nelayan Pantai Utara (FNPU) dalam keterangan tertulisnya. FNPU "
                         "menyatakan sebagian besar warga pesisir hidup dari laut.\n\n"
                         "“Kami masih yakin wali kota akan mendengar suara nelayan,” demikian pernyataan tersebut.")
    assert found["quotes"][-1]["speaker"] in {"FNPU", "Forum Nelayan Pantai Utara"}


def test_a_statement_pointed_back_after_a_person_spoke_stays_theirs():
    found = annotate("", "Forum Nelayan Pantai Utara (FNPU) menggelar aksi. Ketua FNPU Budi Santoso mengatakan warga "
                         "pesisir hidup dari laut.\n\n"
                         "“Kami masih yakin wali kota akan mendengar suara nelayan,” demikian pernyataan tersebut.")
    assert found["quotes"][-1]["speaker"] == "Budi Santoso"
