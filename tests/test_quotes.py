"""Quotes and their speakers (issue 5): the seed, a table of tricky attributions, the CLI."""

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from pantau.cli import main
from pantau.nlp.pipeline import annotate

SEED = Path(__file__).parent / "data" / "seed.txt"
ONI = "Oni Marbun"


@pytest.fixture(scope="module")
def seed():
    lines = SEED.read_text(encoding="utf-8").split("\n")
    return annotate(lines[2].strip(), "\n".join(lines[3:]).strip())


def test_seed_has_exactly_q1_to_q7_all_by_oni_marbun(seed):
    quotes = seed["quotes"]
    assert [(q["speaker"], q["kind"]) for q in quotes] == [
        (ONI, "indirect"), (ONI, "indirect"), (ONI, "direct"), (ONI, "indirect"),
        (ONI, "direct"), (ONI, "indirect"), (ONI, "direct")]
    starts = ["peningkatan kepesertaan", "strategi retensi", "Melalui aplikasi tersebut", "hanya dengan iuran",
              "Dengan memiliki perlindungan", "manfaat yang diberikan", "Ayo sejahterakan pekerja"]
    assert all(q["text"].startswith(start) for q, start in zip(quotes, starts))


def test_seed_last_quote_closes_without_a_space_before_pungkasnya(seed):
    q7 = seed["quotes"][-1]
    assert q7["text"].endswith("kesejahteraan bagi seluruh pekerja Indonesia dapat segera terwujud")
    assert q7["speaker"] == ONI


def test_seed_quote_offsets_point_at_their_text(seed):
    lines = SEED.read_text(encoding="utf-8").split("\n")
    full = f"{lines[2].strip()}\n\n" + "\n".join(lines[3:]).strip()
    for q in seed["quotes"]:
        assert q["text"] in full[q["start"]:q["end"]]
    assert max(q["end"] for q in seed["quotes"]) < full.index("Editor:")


def test_seed_read_as_the_cli_reads_it_gives_the_same_quotes(seed):
    """`pantau annotate` takes the first line ("Nasional", a section label) as the title."""
    text = SEED.read_text(encoding="utf-8")
    title, _, body = text.strip().partition("\n")
    result = annotate(title.strip(), body.strip())
    assert [(q["speaker"], q["kind"], q["text"]) for q in result["quotes"]] == [
        (q["speaker"], q["kind"], q["text"]) for q in seed["quotes"]]


# --- tricky attribution -------------------------------------------------------------------------

INTRO = "Direktur Keuangan BPJS Ketenagakerjaan Fajar Nugroho mengatakan, dana kelolaan tumbuh 8 persen.\n\n"

CASES = {
    "speaker after, curly quotes": (
        INTRO + "“Iuran naik bukan beban semata, justru kembali ke pekerja,” kata Fajar.",
        [("Fajar Nugroho", "indirect", "dana kelolaan tumbuh"), ("Fajar Nugroho", "direct", "Iuran naik bukan")]),
    "speaker after, straight quotes": (
        INTRO + '"Iuran naik bukan beban semata, justru kembali ke pekerja," ujar Fajar.',
        [("Fajar Nugroho", "indirect", "dana kelolaan"), ("Fajar Nugroho", "direct", "Iuran naik bukan")]),
    "double apostrophes": (
        INTRO + "''Iuran naik bukan beban semata, justru kembali ke pekerja,'' tutur Fajar.",
        [("Fajar Nugroho", "indirect", "dana kelolaan"), ("Fajar Nugroho", "direct", "Iuran naik bukan")]),
    "speaker before the quote": (
        "Ratna Sari Dewi mengatakan, “Kami terus memperluas layanan di daerah.”",
        [("Ratna Sari Dewi", "direct", "Kami terus memperluas")]),
    "title after the name": (
        "“Layanan Sabtu dibuka mulai pekan ini untuk peserta,” ujar Hendra Saputra, Kepala Kantor Cabang "
        "Setiabudi, Senin (2/11).",
        [("Hendra Saputra", "direct", "Layanan Sabtu dibuka")]),
    "carry-over across paragraphs and Baca juga": (
        INTRO + "Jumlah peserta aktif juga bertambah.\n\nBaca juga: Klaim JHT Naik, Ini Kata Menaker\n\n"
        "“Peserta cukup datang membawa KTP dan kartu peserta,” jelasnya.",
        [("Fajar Nugroho", "indirect", "dana kelolaan"), ("Fajar Nugroho", "direct", "Peserta cukup datang")]),
    "a quote over two paragraphs": (
        INTRO + "“Kalimat pertama dari kutipan yang panjang sekali.\n\n“Kalimat kedua yang menutup kutipan itu,” "
        "kata Ratna Sari Dewi.",
        [("Fajar Nugroho", "indirect", "dana kelolaan"), ("Ratna Sari Dewi", "direct", "Kalimat pertama"),
         ("Ratna Sari Dewi", "direct", "Kalimat kedua")]),
    "Menurut data is a source": (
        "Menurut data BPJS Ketenagakerjaan, jumlah peserta naik 5 persen pada Oktober.", []),
    "Menurut X and Menurutnya": (
        "Menurut Yusuf Rahman, perusahaan aplikasi seharusnya ikut menanggung iuran.\n\n"
        "Menurutnya, pemerintah daerah juga perlu ikut mendukung.",
        [("Yusuf Rahman", "indirect", "perusahaan aplikasi"), ("Yusuf Rahman", "indirect", "pemerintah daerah")]),
    "pronoun": (
        INTRO + "Ia menambahkan, antrean kini lebih pendek dari sebelumnya.",
        [("Fajar Nugroho", "indirect", "dana kelolaan"), ("Fajar Nugroho", "indirect", "antrean kini")]),
    "pronoun refers to the person spoken of last": (
        INTRO + "Ratna Sari Dewi menjelaskan bahwa layanan daring makin diminati.\n\n"
        "Dia juga menegaskan, semua layanan gratis.",
        [("Fajar Nugroho", "indirect", "dana kelolaan"), ("Ratna Sari Dewi", "indirect", "layanan daring"),
         ("Ratna Sari Dewi", "indirect", "semua layanan gratis")]),
    "a name inside what was said does not take the pronoun": (
        "Joao Aroso mengatakan, Cristiano Ronaldo tak akan melambat.\n\n"
        "“Jika tak bermasalah dengan cedera, ia akan terus bermain dengan baik,” ujarnya.",
        [("Joao Aroso", "indirect", "Cristiano Ronaldo tak"), ("Joao Aroso", "direct", "Jika tak bermasalah")]),
    "a person introduced at the end of a sentence takes the pronoun": (
        INTRO + "Kenaikan itu mendapat sorotan dari Koordinator Advokasi BPJS Watch Yusuf Rahman.\n\n"
        "Ia mengatakan, banyak pekerja terpaksa mencairkan JHT.",
        [("Fajar Nugroho", "indirect", "dana kelolaan"), ("Yusuf Rahman", "indirect", "banyak pekerja")]),
    # issue 14: institutions that speak are speakers, as written
    "an organisation is not a person, but it speaks": (
        "PT Pertamina (Persero) menjajaki tiga perusahaan.\n\nPertamina menyatakan, pembicaraan masih berlangsung.",
        [("Pertamina", "indirect", "pembicaraan masih")]),
    "first-name back-reference": (
        "Deputi Komunikasi BPJS Ketenagakerjaan Oni Marbun hadir di acara itu.\n\n"
        "Oni menegaskan, manfaat program dirasakan langsung oleh pekerja.",
        [(ONI, "indirect", "manfaat program")]),
    "clan-name back-reference": (
        "Deputi Komunikasi BPJS Ketenagakerjaan Oni Marbun hadir di acara itu.\n\n"
        "“Manfaatnya dirasakan langsung oleh pekerja,” kata Marbun.",
        [(ONI, "direct", "Manfaatnya dirasakan")]),
    "honorifics and degrees are not the name": (
        "Prof. Dr. Budi Santoso, S.E., M.Si. mengatakan, kebijakan itu patut ditiru kantor lain.",
        [("Budi Santoso", "indirect", "kebijakan itu")]),
    "a term in quote marks is not a quote": (
        "Pekerja migran kerap disebut “pahlawan devisa” oleh pemerintah.", []),
    "an organisation as subject is the speaker": (
        "BPJS Ketenagakerjaan mengatakan, layanan ini akan diperluas ke cabang lain.",
        [("BPJS Ketenagakerjaan", "indirect", "layanan ini")]),
    # issue 14: attributions in the middle of a sentence, passives, unnamed speakers
    "an attribution in the middle of the sentence": (
        INTRO + "Posisi kantor kas, lanjut Fajar, hanya sebagai tenaga pemasaran.\n\n"
        "Selain itu, tegasnya, antrean kini lebih pendek dari sebelumnya.",
        [("Fajar Nugroho", "indirect", "dana kelolaan"), ("Fajar Nugroho", "indirect", "Posisi kantor kas"),
         ("Fajar Nugroho", "indirect", "Selain itu")]),
    "a passive attribution with -nya": (
        INTRO + "Dikatakannya, pemerintah akan menambah anggaran tahun depan.",
        [("Fajar Nugroho", "indirect", "dana kelolaan"), ("Fajar Nugroho", "indirect", "pemerintah akan")]),
    "an institution after menurut": (
        "Kenaikan tarif tersebut menurut BPS, kemungkinan akan berlanjut sampai akhir tahun.",
        [("BPS", "indirect", "Kenaikan tarif")]),
    "an attribution opening the sentence": (
        INTRO + "Kata Fajar, antrean kini lebih pendek dari sebelumnya.\n\nSambungnya, layanan daring makin diminati.",
        [("Fajar Nugroho", "indirect", "dana kelolaan"), ("Fajar Nugroho", "indirect", "antrean kini"),
         ("Fajar Nugroho", "indirect", "layanan daring")]),
    "an institution with its abbreviation": (
        "Badan Pusat Statistik (BPS) memperkirakan inflasi bulan ini naik karena harga tiket.",
        [("Badan Pusat Statistik", "indirect", "inflasi bulan ini")]),
    "a description pointing back with a demonstrative": (
        INTRO + "Mantan bankir itu juga menyatakan, iuran tidak akan naik tahun ini.",
        [("Fajar Nugroho", "indirect", "dana kelolaan"), ("Fajar Nugroho", "indirect", "iuran tidak")]),
    "an unnamed speaker is nobody named": (
        INTRO + "“Antreannya panjang sekali sejak pagi tadi,” kata seorang peserta di kantor cabang.",
        [("Fajar Nugroho", "indirect", "dana kelolaan"), (None, "direct", "Antreannya panjang")]),
    "a role with nobody named": (
        "“Kami minta semua perusahaan patuh mendaftarkan pekerjanya,” kata Menaker.",
        [(None, "direct", "Kami minta")]),
    "a role that was named before": (
        "Menteri Ketenagakerjaan Dimas Prasetyo membuka acara itu.\n\n"
        "“Kami minta semua perusahaan patuh mendaftarkan pekerjanya,” kata Menaker.",
        [("Dimas Prasetyo", "direct", "Kami minta")]),
    "a description between commas": (
        "Euis Komalasari, mantan operator mesin tenun di Bandung, mengaku sudah menerima manfaat JKP.",
        [("Euis Komalasari", "indirect", "sudah menerima")]),
    "indirect speech with the verb after": (
        "Dana kelolaan tercatat Rp812,4 triliun, naik 8,6 persen, ujar Fajar Nugroho, Selasa (11/11).",
        [("Fajar Nugroho", "indirect", "Dana kelolaan tercatat")]),
    "a pronoun goes to the subject, not to a name at the sentence's end": (
        "Direktur Keuangan PT Sinar Abadi Teguh Santoso menolak tuduhan yang dilontarkan Bambang Wirawan.\n\n"
        "“Tuduhan itu tidak berdasar sama sekali,” katanya.",
        [("Teguh Santoso", "direct", "Tuduhan itu")]),
    "'jawab' attributes like 'kata'": (
        "“Bukan rumah saya,” jawab Teguh Santoso saat ditanya wartawan.",
        [("Teguh Santoso", "direct", "Bukan rumah saya")]),
    "an institution after the dateline": (
        "Jakarta, Pantau -- Badan Pusat Statistik (BPS) memperkirakan inflasi bulan ini naik karena harga tiket.",
        [("Badan Pusat Statistik", "indirect", "inflasi bulan ini")]),
    "'perseroan' is the company named before": (
        "PT Sinar Abadi Tbk (SINA) mencatat laba naik. Selanjutnya, perseroan mengaku, akan membangun dua pabrik "
        "baru tahun depan.",
        [("PT Sinar Abadi Tbk", "indirect", "akan membangun")]),
    "a court's panel speaks as one": (
        "Majelis hakim Pengadilan Negeri Bandung menjatuhkan vonis lima tahun kepada terdakwa Hendra Wijaya.\n\n"
        "Hakim menyatakan terdakwa terbukti menerima suap dari dua rekanan.\n\n"
        "Uang itu, kata hakim, digunakan untuk membeli rumah di Lembang.",
        [("Majelis hakim Pengadilan Negeri Bandung", "indirect", "terdakwa terbukti"),
         ("Majelis hakim Pengadilan Negeri Bandung", "indirect", "Uang itu")]),
    "an institution pointed back to": (
        "Komisi Pemberantasan Korupsi (KPK) menahan dua tersangka baru. Lembaga antirasuah itu pun memastikan "
        "pihak lain yang menerima uang akan diproses.",
        [("Komisi Pemberantasan Korupsi", "indirect", "pihak lain")]),
    "'kata dia' after a list of examples goes to the speaker before it": (
        "Jakarta - Seniman Butet Kartaredjasa memamerkan 90 lukisan keramik. Butet mengatakan ia melukis di atas "
        "keramik.\n\n"
        "Karya itu mengkritik tokoh besar seperti Gus Dur, Jokowi, dan lainnya.\n\n"
        "\"Tukang kritik untuk saling mengingatkan,\" kata dia.",
        [("Butet Kartaredjasa", "indirect", "ia melukis"), ("Butet Kartaredjasa", "direct", "Tukang kritik")]),
    "'Menurut' a description, a comma, then the name": (
        "Tim tamu gagal mencuri poin. Menurut pelatih tim tamu, Hendri Susilo Pranoto, ada tiga hal yang membuat "
        "timnya kalah.",
        [("Hendri Susilo Pranoto", "indirect", "ada tiga hal")]),
    "a relative clause between the name and the verb": (
        "Kapten tim, Yudha Prasetya yang duduk di samping pelatih dalam jumpa pers itu menuturkan, bahwa hasil "
        "imbang itu cukup mengecewakan.",
        [("Yudha Prasetya", "indirect", "hasil imbang")]),
    "a feeling or a noun after the verb is no statement; a title in quote marks is no quote": (
        "Pelatih Rudy Santoso mengaku siap bertahan menangani timnas muda. Dewi Anggraini juga mengingatkan "
        "pentingnya dukungan keluarga. Album itu, kata Andra Wijaya, terinspirasi dari novel “Senja Pelabuhan Tua,” "
        "yang mengisahkan para nelayan.",
        [("Andra Wijaya", "indirect", "Album itu")]),
    "'tulisnya' after a name someone is the child of goes to the subject": (
        "Melalui akun Instagram, Mpok Nining membagikan foto undangan. Sayangnya, perempuan 58 tahun itu batal "
        "datang ke resepsi pernikahan anak Jokowi.\n\n\"Maaf sekali saya berhalangan,\" tulisnya.",
        [("Mpok Nining", "direct", "Maaf sekali")]),
    "'katanya' after the object of a verb goes to the one who spoke before": (
        "\"Pelaku dan korban sudah lama saling kenal,\" kata Kapolres Sleman AKBP Bambang Kurniawan.\n\n"
        "Adapun motif tersangka menganiaya Sri Wahyuni, bermula dari urusan utang.\n\n"
        "\"Korban menolak mengembalikan uang pelaku,\" katanya.",
        [("Bambang Kurniawan", "direct", "Pelaku dan"), ("Bambang Kurniawan", "direct", "Korban menolak")]),
    "a name, 'dari' and an organisation before the verb": (
        "Analis saham Dimas Haryanto dari PT Sinar Sekuritas menyebut emiten itu terjepit di posisi sulit.",
        [("Dimas Haryanto", "indirect", "emiten itu")]),
    "the agent of a passive verb of saying goes on speaking": (
        "Tokoh Sekar dimainkan Laras Anindita.\n\nTerima kasih kepada Wulan juga diucapkan Bayu Saputra saat di atas panggung.\n\n"
        "\"Wulan tetap bagian dari keluarga film ini,\" katanya.",
        [("Bayu Saputra", "direct", "Wulan tetap")]),
    "'Tambahnya' without a comma, and the victim of a verb goes on speaking no more": (
        "\"Kami sudah menahan dua tersangka,\" kata Kapolres Bogor AKBP Yusuf Hidayat. Sebab RN yang "
        "menyiapkan air keras dan juga menyiram korban Ahmad Fauzi.\n\nTambahnya penyidik juga sudah "
        "memeriksa lima saksi. \"Motifnya masih kami dalami,\" ucapnya.",
        [("Yusuf Hidayat", "direct", "Kami sudah"), ("Yusuf Hidayat", "indirect", "penyidik juga"),
         ("Yusuf Hidayat", "direct", "Motifnya masih")]),
    "a name in what someone said does not go on speaking; a bracket inside the description": (
        "\"Kami mendukung Umar Syarifudin,\" kata Juru Bicara Barisan Relawan Sahabat (Umar Syarifudin untuk "
        "Banten), Fikri Maulana.\n\nIa menuturkan, para ulama sudah bermusyawarah, yang hasilnya mendorong "
        "pengasuh pondok pesantren, Umar Syarifudin maju di Pemilihan Gubernur Banten.\n\n"
        "\"Jaringannya luas sampai ke desa,\" katanya.",
        [("Fikri Maulana", "direct", "Kami mendukung"), ("Fikri Maulana", "indirect", "para ulama"),
         ("Fikri Maulana", "direct", "Jaringannya luas")]),
    "'tulisnya' after a wedding of others goes to the subject": (
        "Melalui akun Instagram, Mpok Nining membagikan foto undangan. Ia mengaku sedih karena batal datang ke "
        "pesta pernikahan Kahiyang-Bobby.\n\n\"Sedih rasanya batal datang,\" tulisnya.",
        [("Mpok Nining", "direct", "Sedih rasanya")]),
    "the subject after a fronted passive clause goes on speaking, not its agent": (
        "Meski digantikan oleh Rudi, Hartono rupanya tak meninggalkan perusahaan. Ia pindah ke anak usaha.\n\n"
        "\"Saya mendapat tugas baru hari ini,\" tambahnya.",
        [("Hartono", "direct", "Saya mendapat")]),
    "a wish is no statement, but its subject goes on speaking": (
        "Ketua Himpunan Nelayan Sutrisno Wijaya hadir bersama Bupati Rudi Hartono. Sutrisno berharap, pemerintah "
        "segera membantu nelayan.\n\n\"Kami sudah lama menunggu,\" katanya.",
        [("Sutrisno Wijaya", "direct", "Kami sudah")]),
    # issue 14, held-out batch F (session 5)
    "a short name that is also a common word still speaks": (
        "Kabid Humas Polda Sulsel Kombes Bintang Wiryawan menjelaskan, pemeriksaan berlangsung enam jam.\n\n"
        "Dari keterangan tiga saksi itu, kata Bintang, polisi belum menetapkan tersangka baru. Bintang mengatakan "
        "saat diperiksa, Rudi Hartono tidak membawa dokumen.\n\n\"Hasil lengkapnya kami umumkan pekan depan,\" "
        "ungkap dia.",
        [("Bintang Wiryawan", "indirect", "pemeriksaan berlangsung"), ("Bintang Wiryawan", "indirect", "Dari keterangan"),
         ("Bintang Wiryawan", "indirect", "Rudi Hartono tidak"), ("Bintang Wiryawan", "direct", "Hasil lengkapnya")]),
    "an attribution between commas inside the sentence: the quote is the whole sentence": (
        "Kapolda Riau Irjen Rudi Hartono mengatakan, setiap penimbun pupuk akan ditangkap.\n\n"
        "Untuk pembeli dalam jumlah besar, Rudi menjelaskan, izin usahanya juga bisa dicabut.",
        [("Rudi Hartono", "indirect", "setiap penimbun"), ("Rudi Hartono", "indirect", "Untuk pembeli")]),
    "', klaim X,' mid-sentence, and verbs of denying and insisting": (
        "Kuasa hukum koperasi, Bagas Sentosa, mengatakan kliennya telah beritikad baik. Pekan lalu, klaim "
        "Bagas, koperasi sudah mencicil dana anggota.\n\nKepala Dinas Koperasi Rudi Hartono menyanggah "
        "dinasnya mempersulit pencairan. Rudi malah menuding koperasi itu lalai melapor. Bagas hanya "
        "mengatakan audit keuangan belum rampung dan bersikukuh izin koperasi tidak layak dibekukan.",
        [("Bagas Sentosa", "indirect", "kliennya"), ("Bagas Sentosa", "indirect", "Pekan lalu, klaim"),
         ("Rudi Hartono", "indirect", "dinasnya"), ("Rudi Hartono", "indirect", "koperasi itu"),
         ("Bagas Sentosa", "indirect", "audit keuangan")]),
    "an unnamed source speaks, and the next 'kata dia' is that source again": (
        "Menteri Luar Negeri Bagas Sentosa tiba di Nairobi pada Minggu.\n\n"
        "Sumber yang mengenal Bagas Sentosa menyebut, perundingan dagang akan berlanjut pekan depan.\n\n"
        "\"Delegasi kedua negara sudah sepakat bertemu lagi,\" kata dia.",
        [(None, "indirect", "perundingan dagang"), (None, "direct", "Delegasi kedua")]),
    "a leader's government speaks as the government": (
        "Adapun pemerintahan Rudi Hartono menyebut kapal itu akan segera dipulangkan.",
        [("pemerintahan Rudi Hartono", "indirect", "kapal itu")]),
    "a bare description with no name is an unnamed speaker": (
        "Pengamat menyatakan lonjakan harga cabai dipicu cuaca buruk di sentra produksi.",
        [(None, "indirect", "lonjakan harga")]),
    "'menjamin bahwa' reports what the unnamed government said; 'menjamin' a cost does not": (
        "Walau kuota impor beras ditambah, pemerintah menjamin bahwa pengawasan gudang diperketat. "
        "BPJS menjamin biaya pengobatan peserta.",
        [(None, "indirect", "pengawasan gudang")]),
    "a noun pointed at is the object of the verb, nothing said": (
        "Rudi Hartono lalu mengulang kritiknya tersebut dalam pidato penutupan. Rudi Hartono mengatakan hal "
        "itu kepada wartawan. Rudi Hartono mengatakan kasus itu masih diselidiki.",
        [("Rudi Hartono", "indirect", "kasus itu")]),
    "a country and its government speak": (
        "Malaysia mengatakan akan memeriksa awak kapal yang ditahan.\n\n"
        "Kapal itu masuk tanpa izin berlayar, menurut pemerintah Somalia.",
        [("Malaysia", "indirect", "akan memeriksa"), ("pemerintah Somalia", "indirect", "Kapal itu")]),
    "an apology, a feeling and 'lebih banyak detail' report no statement": (
        "Lewat unggahannya, Bagas Sentosa mengaku malu dan meminta maaf kepada pendukungnya. Rudi Hartono mengaku "
        "tidak percaya undiannya keluar. Rudi akan menjelaskan lebih banyak detail soal jadwal tur.", []),
    "words quoted inside a reported statement are part of it, not a quote of their own": (
        "Perdana Menteri Bagas Sentosa mengatakan negaranya ingin \"membawa pembicaraan ke arah yang lebih terang.\"",
        [("Bagas Sentosa", "indirect", "negaranya ingin")]),
    "a description or a setting before 'X memastikan,' is no part of what is said": (
        "Sekretaris Komisi C DPRD Kota Medan, Rudi Hartono memastikan, sidang anggaran digelar pekan depan.\n\n"
        "Namun dalam rapat terakhir, Rudi mengatakan, dua fraksi masih menolak.",
        [("Rudi Hartono", "indirect", "sidang anggaran"), ("Rudi Hartono", "indirect", "dua fraksi")]),
    "a quote right after the verb is said, even when its subject is not found": (
        "Dalam rapat itu, Bagas Sentosa mengkritik lawannya. Rudi Hartono tidak membantahnya dan mengatakan "
        "\"Mungkin timnya memang kurang cermat dan saya tidak senang.\"",
        [("Rudi Hartono", "direct", "Mungkin timnya")]),
    "a two-word exclamation with its speaker is a quote": (
        "Rudi Hartono memenangi undian itu. \"Luar biasa!\" ujar dia.",
        [("Rudi Hartono", "direct", "Luar biasa")]),
    "telling a story is no statement, telling what happened is": (
        "Penyanyi Rina Wulandari menceritakan pengalamannya saat akunnya diretas. Ia menceritakan kejadian itu "
        "saat ditemui di Jakarta. Warga lainnya, Sutarno menceritakan banjir bandang datang tanpa tanda apa pun.",
        [("Sutarno", "indirect", "banjir bandang")]),
    "an aside between the speaker and the verb": (
        "Kepala Bidang Humas Polda Kaltim Kombes Ade Wirawan Santoso, dihubungi dari Samarinda menyatakan, petugas "
        "terpaksa menembak pelaku itu. Ditemui terpisah, Wakil Ketua DPR Fadil Hartono yang namanya juga disebut "
        "pada sidang itu, mengatakan tidak mengetahui persoalan pajak tersebut. Pelaksana tugas Kasubdit Gakkum AKBP Made "
        "Suarsana di Denpasar, Senin, mengatakan, petugas memeriksa sebuah gudang. Film itu disutradarai Benny "
        "Yunarto. Yunarto, sebagai sutradara mengatakan film tersebut bertujuan memberi inspirasi.",
        [("Ade Wirawan Santoso", "indirect", "petugas terpaksa"), ("Fadil Hartono", "indirect", "tidak mengetahui"),
         ("Made Suarsana", "indirect", "petugas memeriksa"), ("Benny Yunarto", "indirect", "film tersebut")]),
    "an actor described by his age speaks; the part he plays does not": (
        "Aktor Miles Tanoto bermain apik. Dikutip dari AFP, aktor berusia 29 tahun itu menyebut bahwa dirinya "
        "berlatih setiap hari. Kali ini, ia tampil sebagai Vinny Pazienza, petinju juara dunia.\n\n"
        "\"Saya selalu takjub,\" ujar aktor lulusan sekolah seni ini.",
        [("Miles Tanoto", "indirect", "dirinya berlatih"), ("Miles Tanoto", "direct", "Saya selalu")]),
    "a name in what 'Menurut dia' reports does not go on speaking": (
        "Kuasa hukum Abun, Simeon Petrus menerima keputusan itu. Menurut dia, pemeriksaan atas Abun "
        "menjadi urusan jaksa dalam perkara pungutan yang menyeret Rita Sari.\n\n\"Kami tidak bisa menghalangi,\" "
        "tuturnya.",
        [("Simeon Petrus", "indirect", "pemeriksaan atas"), ("Simeon Petrus", "direct", "Kami tidak")]),
    "a time or place after the comma is part of what was said, not where it was said": (
        "Kepala Polres Bogor AKBP Hendra Gunawan Saputra menjelaskan, pada 12 Mei lalu, kedua tersangka menyeberang ke Batam. "
        "Menurutnya, ketika nanti berkas lengkap, maka kasus itu segera dilimpahkan. Ia juga mengatakan, "
        "pada tanggal 14 Mei, \"Keduanya kami tangkap di pelabuhan.\"",
        [("Hendra Gunawan Saputra", "indirect", "pada 12 Mei lalu, kedua"),
         ("Hendra Gunawan Saputra", "indirect", "ketika nanti berkas"), ("Hendra Gunawan Saputra", "direct", "Keduanya kami")]),
    "an office of several words and an institution the NER does not know speak": (
        "Wakil Bupati Sleman Haryanto Wibisono melantik 120 kepala desa. Menurut peraih gelar doktor hukum itu, "
        "kepala desa nakal tidak akan dilindungi. Terkait pengawasan, Wakil Bupati menyatakan camat ikut "
        "dihukum.\n\nDewan Pengawas Lembaga Sensor Nasional mengatakan bahwa film itu layak tayang.",
        [("Haryanto Wibisono", "indirect", "kepala desa nakal"), ("Haryanto Wibisono", "indirect", "camat ikut"),
         ("Dewan Pengawas Lembaga Sensor Nasional", "indirect", "film itu layak")]),
    "a person pointed at opens what was said": (
        "Juru bicara polisi Rudi Hartanto mengatakan penyusup tersebut melalui pintu belakang gudang. "
        "Dia menyampaikan pesan itu kepada wartawan.",
        [("Rudi Hartanto", "indirect", "penyusup tersebut")]),
    "a word that attributes with -nya, bare right after the quote, before a name": (
        "Menteri Luar Negeri Retno Wibisono tiba di Seoul.\n\n\"Pintu dialog masih terbuka,\" kata KCNA. "
        "\"Kami tidak akan mundur.\"\n\n\"Sanksi itu tidak akan mengubah sikap kami,\" sambung KCNA.",
        [("KCNA", "direct", "Pintu dialog"), ("KCNA", "direct", "Kami tidak akan"), ("KCNA", "direct", "Sanksi itu")]),
    "a closing mark and a space open a paragraph's quote; 'ujar walikota' is the one mayor named": (
        "Perusahaan itu membagikan beasiswa kepada 100 siswa.\n\nWalikota Jakarta Barat Rudi Santoso yang hadir "
        "mengatakan pendidikan tanggung jawab bersama.\n\n” Perusahaan lain perlu ikut membantu,” ujar walikota."
        "\n\n“Mudah-mudahan siswa makin berprestasi,” kata walikota.",
        [("Rudi Santoso", "indirect", "pendidikan"), ("Rudi Santoso", "direct", "Perusahaan lain"),
         ("Rudi Santoso", "direct", "Mudah-mudahan")]),
    "a passive with -nya inside the sentence, before a clause, is the person spoken of; not before 'kepada'": (
        "Rahmat Hidayat, salah satu pembeli mengatakan, harga naik sejak Lebaran. Kondisi ini diakuinya berbeda "
        "dibandingkan tahun lalu.\n\nHal itu disampaikannya kepada wartawan di pasar. Harga cabai yang "
        "dikatakannya itu membuat pedagang heran.",
        [("Rahmat Hidayat", "indirect", "harga naik"), ("Rahmat Hidayat", "indirect", "Kondisi ini diakuinya")]),
    "a body and its country or region speak as one": (
        "Kadin Jawa Timur menyebut, investasi tumbuh dua kali lipat tahun ini.\n\nAdapun, Kadin Jepang menyebut, "
        "beberapa sektor yang diminati antara lain energi dan pariwisata.",
        [("Kadin Jawa Timur", "indirect", "investasi tumbuh"), ("Kadin Jepang", "indirect", "beberapa sektor")]),
    "a passive with only an adverb before its comma goes on with the person spoken of": (
        "Ketua Serikat Pedagang Budi Harsono menilai aturan itu merugikan pedagang kecil.\n\n\"Kerugian pertama, "
        "pedagang membayar biaya kartu,\" tutur dia.\n\nDijelaskan lebih lanjut, biaya kartu paling rendah Rp 15.000.",
        [("Budi Harsono", "indirect", "aturan itu"), ("Budi Harsono", "direct", "Kerugian pertama"),
         ("Budi Harsono", "indirect", "biaya kartu paling")]),
    "an institution with a bracketed short name of two words, a government after an adverb": (
        "Jakarta, CNN Indonesia -- Gabungan Serikat Buruh Nusantara (GSBN Nusantara) menilai kebijakan upah baru "
        "hanya menguntungkan pengusaha.\n\nSekadar informasi, sebelumnya pemerintah Jepang mengumumkan target "
        "pertumbuhannya hanya sebesar 1 persen.",
        [("Gabungan Serikat Buruh Nusantara", "indirect", "kebijakan upah"),
         ("pemerintah Jepang", "indirect", "target pertumbuhannya")]),
    "a name and a comma before 'salah satu …' name the one who speaks": (
        "Harga tomat turun tajam pekan ini.\n\nSutarno Wibisono, salah satu pedagang sayur mengatakan, turunnya harga "
        "disebabkan panen raya.\n\nSeorang pedagang sayur mengatakan pembeli masih sepi.",
        [("Sutarno Wibisono", "indirect", "turunnya harga"), (None, "indirect", "pembeli masih")]),
    "someone named inside what a speaker reports does not take the next 'ujarnya'": (
        "Direktur Utama PT Kereta Nusantara Hadi Prasetyo menyebut, jumlah penumpang naik. Menurut dia, Gubernur "
        "Lukman Hakim juga meminta layanan ditingkatkan.\n\n\"Kami akan menambah gerbong,\" ujarnya.",
        [("Hadi Prasetyo", "indirect", "jumlah penumpang"), ("Hadi Prasetyo", "indirect", "Gubernur Lukman"),
         ("Hadi Prasetyo", "direct", "Kami akan")]),
    "'tulis' and 'cuit' attribute a post": (
        "Penyanyi Laras Ayuningtyas dan suaminya, Bima Prakoso, merayakan ulang tahun anak mereka, Kirana Putri.\n\n"
        "\"Semoga jadi anak yang baik dan rajin belajar,\" tulis Laras di akun Instagram miliknya.\n\n"
        "\"Terima kasih untuk semua doanya,\" cuit Bima.",
        [("Laras Ayuningtyas", "direct", "Semoga jadi"), ("Bima Prakoso", "direct", "Terima kasih")]),
    "a person's other name after 'atau' speaks for him": (
        "Gubernur Sulawesi Tengah Arman Rasyid atau ARS menegaskan, pemprov akan membongkar bangunan liar di "
        "bantaran sungai.", [("Arman Rasyid", "indirect", "pemprov akan")]),
    "'Said' capitalised is a name, not the English verb": (
        "Ketua Serikat Buruh Sejahtera Said Hamdani mendesak pemerintah menindak tegas perusahaan nakal.\n\n"
        "Said menyebutkan, masih banyak perusahaan yang membayar THR dengan cara dicicil.",
        [("Said Hamdani", "indirect", "pemerintah menindak"), ("Said Hamdani", "indirect", "masih banyak")]),
}


@pytest.mark.parametrize("text, expected", CASES.values(), ids=CASES.keys())
def test_attribution(text, expected):
    quotes = annotate("", text)["quotes"]
    assert [(q["speaker"], q["kind"]) for q in quotes] == [(s, k) for s, k, _ in expected]
    for q, (_, _, start) in zip(quotes, expected):
        assert q["text"].startswith(start)


def test_people_from_a_title_after_the_name():
    text = CASES["title after the name"][0]
    assert annotate("", text)["people"] == [
        {"name": "Hendra Saputra", "role": "Kepala Kantor Cabang Setiabudi", "organisation": None}]


def test_a_minister_works_for_the_ministry():
    people = annotate("", CASES["a role that was named before"][0])["people"]
    assert people == [{"name": "Dimas Prasetyo", "role": "Menteri Ketenagakerjaan",
                       "organisation": "Kementerian Ketenagakerjaan"}]


# --- the CLI ------------------------------------------------------------------------------------------

def test_annotate_json_has_entities_people_quotes(tmp_path):
    path = tmp_path / "artikel.txt"
    path.write_text("Oni: Ayo Daftar\n" + CASES["first-name back-reference"][0], encoding="utf-8")
    result = CliRunner().invoke(main, ["annotate", str(path), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert {"entities", "people", "quotes"} <= data.keys()
    assert {"text", "label", "canonical", "start", "end"} <= data["entities"][0].keys()
    assert data["people"] == [{"name": ONI, "role": "Deputi Komunikasi", "organisation": "BPJS Ketenagakerjaan"}]
    assert [(q["speaker"], q["kind"]) for q in data["quotes"]] == [(ONI, "indirect")]
    assert {"speaker", "text", "kind"} <= data["quotes"][0].keys()


def test_english_pages_get_the_speaker_too():
    text = ("JAKARTA - BPJS Ketenagakerjaan paid Rp 1.5 trillion in JHT claims, BPJS Ketenagakerjaan President "
            "Director Anggoro Wicaksono said on Tuesday.\n\n\"We are ready to pay every claim,\" he said.")
    result = annotate("BPJS Ketenagakerjaan pays claims", text, lang="en")
    assert result["people"] == [{"name": "Anggoro Wicaksono", "role": "President Director",
                                 "organisation": "BPJS Ketenagakerjaan"}]
    assert [(q["speaker"], q["kind"]) for q in result["quotes"]] == [("Anggoro Wicaksono", "direct")]


@pytest.mark.parametrize("text", ["", "“", "Kata dia, “ini.", "\n\n\n", "“”", "Ia mengatakan,", "Ia mengatakan"])
def test_degenerate_texts_give_nothing(text):
    result = annotate("Judul", text)
    assert result["quotes"] == [] and result["people"] == []


def test_analyze_fills_the_people_quotes_and_entities_tables(tmp_path):
    lines = SEED.read_text(encoding="utf-8").split("\n")
    record = {"url": "https://example.com/seed", "title": lines[2], "published": "2024-03-05",
              "text": "\n".join(lines[3:])}
    (tmp_path / "a.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    db = str(tmp_path / "p.db")
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", str(tmp_path / "a.jsonl"), "--db", db]).exit_code == 0
    result = runner.invoke(main, ["analyze", "--db", db, "--no-progress"])
    assert result.exit_code == 0, result.output
    conn = sqlite3.connect(db)
    assert conn.execute("select name, role, organisation from people").fetchall() == [
        ("Oni Marbun", "Deputi Komunikasi", "BPJS Ketenagakerjaan")]
    assert conn.execute("select count(*) from quotes where speaker = 'Oni Marbun'").fetchone() == (7,)
    assert conn.execute("select canonical from entities where text = 'JMO'").fetchone() == ("Jamsostek Mobile",)
    conn.close()


@pytest.mark.parametrize("text", [
    # a Kontan-style byline above the article is skipped, not the end of it
    "Reporter: Sinta Dewi | Editor: Budi Raharjo\n\nOni Marbun mengatakan, peserta aktif terus bertambah.",
    # the sidebar after "Recent Posts" is not the article
    "Oni Marbun mengatakan, peserta aktif terus bertambah.\n\nRecent Posts\n\n"
    "Erick Thohir mengatakan, kredit UMKM akan dihapus tahun depan.",
    # nor what follows a closing "(*)" and a byline
    "Oni Marbun mengatakan, peserta aktif terus bertambah. (*)\n\nMuhamad Ibrahim\n\n"
    "Baca artikel lain: Erick Thohir mengatakan, kredit UMKM akan dihapus tahun depan.",
])
def test_only_the_article_itself_is_read(text):
    result = annotate("Judul", text)
    assert [(q["speaker"], q["kind"]) for q in result["quotes"]] == [(ONI, "indirect")]
    assert [p["name"] for p in result["people"]] == [ONI]


def test_writing_and_advising_report_a_statement():
    """'menuliskan bahwa …' (a post or a letter) and 'menganjurkan X untuk …' report what someone
    said, like 'menyarankan'; 'menulis lagu' reports nothing."""
    found = annotate("", "Penyanyi Dewi Lestari menuliskan bahwa ia tidak akan tampil lagi tahun ini.\n\n"
                         "Manajer Budi Santoso menganjurkan klub lain untuk mencari pemain muda.\n\nDewi menulis lagu baru.")
    assert [(q["speaker"], q["text"]) for q in found["quotes"]] == [
        ("Dewi Lestari", "ia tidak akan tampil lagi tahun ini"), ("Budi Santoso", "klub lain untuk mencari pemain muda")]


def test_where_the_outlet_took_the_words_from_is_not_what_was_said():
    found = annotate("", "Analis pasar Budi Santoso menilai harga tiket akan turun.\n\n“Kami melihat banyak strategi "
                         "baru,” ia mengatakan, seperti dikutip Harian Kota.\n\nBudi mengatakan, seperti dilansir Harian "
                         "Kota, penjualan tiket naik tajam tahun ini.")
    assert [(q["speaker"], q["text"]) for q in found["quotes"]] == [
        ("Budi Santoso", "harga tiket akan turun"), ("Budi Santoso", "Kami melihat banyak strategi baru"),
        ("Budi Santoso", "penjualan tiket naik tajam tahun ini")]


def test_speech_that_ends_in_words_it_quotes_is_still_speech():
    found = annotate("", "Penyerang Budi Santoso bercerita tentang gaji pertamanya.\n\n\"Itu hari yang aneh. Saya "
                         "bilang 'Saya tidak akan beli sepatu lagi!'\"\n\n\"Saya sangat bahagia,\" kata Budi.")
    assert [(q["speaker"], q["text"]) for q in found["quotes"]] == [
        ("Budi Santoso", "Itu hari yang aneh. Saya bilang 'Saya tidak akan beli sepatu lagi!'"),
        ("Budi Santoso", "Saya sangat bahagia")]


def test_mr_before_the_speaker_names_him():
    """English honorifics come as two tokens ("Mr" "."): the speaker is the name after them."""
    found = annotate("", "\"Kami akan menambah dua lini produksi tahun depan,\" ujar Mr. Chen Wei.\n\n"
                         "Menurut Mr. Chen Wei, pabrik itu akan menyerap banyak pekerja.")
    assert [q["speaker"] for q in found["quotes"]] == ["Chen Wei", "Chen Wei"]


def test_a_straight_mark_closed_by_a_curly_one_is_one_quote():
    """Outlets mix marks ('"…,” kata X'): the quote ends at the other double mark when its own never
    comes, so the attribution after it is read; a curly quote of its own later stays apart."""
    found = annotate("", '"Kami siap bertanding besok dan semua pemain bugar,” kata pelatih Budi Santosa.\n\n'
                         '"Lawan kami kuat," kata Budi. “Tetapi kami tidak takut.”')
    assert [(q["speaker"], q["text"]) for q in found["quotes"]] == [
        ("Budi Santosa", "Kami siap bertanding besok dan semua pemain bugar"),
        ("Budi Santosa", "Lawan kami kuat"), ("Budi Santosa", "Tetapi kami tidak takut.")]


def test_a_byline_under_the_lede_does_not_end_the_article():
    """Some outlets print "Penulis: …" under the first paragraph: the article goes on after it,
    and the writer is no one the article names."""
    found = annotate("", "Pelatih Budi Santosa memuji permainan timnya setelah menang tanpa balas di kandang lawan "
                         "pada Sabtu malam.\n\nPenulis: Sinta Dewi\n\n\"Kami bermain disiplin sampai akhir,\" kata Budi.")
    assert [(q["speaker"], q["text"]) for q in found["quotes"]] == [("Budi Santosa", "Kami bermain disiplin sampai akhir")]
    assert [p["name"] for p in found["people"]] == ["Budi Santosa"]


def test_a_name_inside_what_someone_said_mid_sentence_does_not_take_the_next_katanya():
    """", menurut dia," makes the rest of the sentence what he said: the student named there is
    not who goes on speaking."""
    found = annotate("", "Kepala Bidang Humas Polda Jawa Tengah Kombes Pol Djarot Purnomo mengatakan helikopter "
                         "itu mendarat darurat di ladang jagung pada Senin pagi.\n\nHelikopter sewaan itu, menurut dia, "
                         "dikemudikan oleh Kapten Victor Santos bersama seorang teknisi bernama Rahmat Chandra.\n\n"
                         "\"Keduanya selamat dan hanya mengalami lecet ringan,\" katanya.")
    assert [q["speaker"] for q in found["quotes"]] == ["Djarot Purnomo"] * 3


def test_an_account_handle_and_written_words_are_nobody_speaking():
    """Tweets quoted with their handle are said by nobody the article names, not by the player
    before them; a banner's or a law's words in quote marks are no speech at all."""
    found = annotate("", "Penyerang Didi Kurniawan mengatakan ingin kembali ke klub lamanya.\n\n\"Saya akan kembali "
                         "sebagai pemain pinjaman,\" kata Didi.\n\nPernyataan itu mengundang reaksi dari warganet. "
                         "\"Kabar terbaik hari ini!\" ujar @budi1965.\n\nSalah satu spanduk suporter bertuliskan, "
                         "\"main kalian kurang garang.\" Pasal itu berbunyi, \"Setiap orang yang dengan sengaja "
                         "merintangi penyidikan dipidana penjara.\"")
    assert [(q["speaker"], q["text"]) for q in found["quotes"]] == [
        ("Didi Kurniawan", "ingin kembali ke klub lamanya"),
        ("Didi Kurniawan", "Saya akan kembali sebagai pemain pinjaman"),
        (None, "Kabar terbaik hari ini!")]


@pytest.mark.parametrize("text, speaker", [
    ("Humane Society mengungkapkan bahwa hewan peliharaan sangat rentan pada suhu ekstrem.", "Humane Society"),
    ("Sinar Mas Group menyatakan bahwa pabrik itu akan dibuka tahun depan.", "Sinar Mas Group"),
])
def test_an_organisation_named_by_its_last_word_speaks_as_an_institution(text, speaker):
    found = annotate("", text)
    assert found["people"] == []
    assert [q["speaker"] for q in found["quotes"]] == [speaker]


def test_a_surname_two_people_share_goes_to_the_one_the_article_is_about():
    """A brother named once in a description does not take the rider's later quotes signed with
    the surname alone."""
    found = annotate("", "Pebalap Rio Hartono membantah rumor kepindahannya ke tim Garuda. Rio Hartono menegaskan "
                         "dirinya tetap di tim lamanya.\n\nAdik kandung pebalap Dimas Hartono itu menambahkan bahwa "
                         "kontraknya masih berlaku sampai akhir musim.\n\n\"Saya fokus pada balapan berikutnya di "
                         "Sepang,\" ucap Hartono yang membela tim Merah Putih.\n\nSelain Rio Hartono, dua pebalap lain "
                         "juga disebut sebagai kandidat.")
    assert [q["speaker"] for q in found["quotes"]] == ["Rio Hartono"] * 4


def test_the_person_a_spokesman_talks_about_does_not_take_his_next_katanya():
    """A narrative paragraph about the man the spokesman has been talking about sits between two
    of his quotes: the second "katanya" is still the spokesman's."""
    found = annotate("", "Juru bicara Polda Jawa Timur Komisaris Besar Hendra Wiratama mengatakan, Ahmad Sobirin tidak "
                         "ditangkap tetapi dipanggil untuk diperiksa.\n\n\"Dia datang sendiri ke kantor kami pagi "
                         "itu,\" katanya.\n\nPada 3 Maret, Sobirin bersama istrinya berangkat ke Surabaya untuk "
                         "menjenguk kerabat.\n\n\"Setelah itu mereka menginap di hotel dekat stasiun,\" katanya.\n\n"
                         "Hal serupa diucapkan Sobirin. \"Saya datang memenuhi panggilan,\" ujarnya.")
    assert [q["speaker"] for q in found["quotes"]] == ["Hendra Wiratama"] * 3 + ["Ahmad Sobirin"]


def test_a_passive_or_a_sambung_inside_the_sentence_attributes_it_and_a_court_with_its_name_speaks():
    """"…, sambung hakim, …" and "Laporan itu dikatakan Bambang disusun …" report what was said;
    "Hal itu dikatakan Bambang kepada wartawan" only says where. A panel named with its court
    ("Majelis hakim Pengadilan Negeri Sleman menyatakan") speaks."""
    found = annotate("", "Majelis hakim Pengadilan Negeri Sleman menyatakan terdakwa terbukti bersalah. Selain itu, "
                         "sambung hakim, terdakwa bersikap sopan selama persidangan.\n\nKetua panitia Bambang Triyono "
                         "menyebut laporan itu lengkap. Laporan itu dikatakan Bambang disusun oleh tim gabungan dari "
                         "tiga kementerian. Hal itu dikatakan Bambang kepada wartawan di Yogyakarta. Hal yang sama "
                         "disampaikan Bambang menanggapi pertanyaan wartawan. Hal senada diungkapkan Bambang yang "
                         "mengaku lega atas hasil rapat.")
    court = "Majelis hakim Pengadilan Negeri Sleman"
    assert [(q["speaker"], q["text"]) for q in found["quotes"]] == [
        (court, "terdakwa terbukti bersalah"),
        (court, "Selain itu, sambung hakim, terdakwa bersikap sopan selama persidangan"),
        ("Bambang Triyono", "laporan itu lengkap"),
        ("Bambang Triyono", "Laporan itu dikatakan Bambang disusun oleh tim gabungan dari tiga kementerian")]


def test_a_term_in_the_same_straight_marks_inside_a_quote_does_not_cut_it_in_two():
    """Marks that open and close in turn split '"… tim "Rapid Response" (RRT) …," lanjutnya' at the
    term: it is still one quote. Two titles in marks joined by "dan" are no quote."""
    found = annotate("", "Koordinator lembaga itu, Rudi Santosa, meminta unit khusus dibentuk.\n\n\"Unit ini meniru tim\" "
                         "Rapid Response \"(RRT) di kepolisian Jepang. Anggotanya dilatih khusus,\" lanjutnya.\n\n"
                         "Rudi pernah bermain dalam film \"Hujan Kota Lama\" dan \"Senja di Pelabuhan.\"")
    assert [(q["speaker"], q["kind"], q["text"]) for q in found["quotes"]] == [
        ("Rudi Santosa", "indirect", "unit khusus dibentuk"),
        ("Rudi Santosa", "direct", "Unit ini meniru tim\" Rapid Response \"(RRT) di kepolisian Jepang. Anggotanya dilatih khusus")]


def test_who_is_named_in_a_speakers_account_does_not_take_the_next_jelasnya():
    """A paragraph that opens with the speaker's "Dia bercerita," is his account: the minister
    named in its next sentence is not who says the quote two paragraphs on."""
    found = annotate("", "Anggota DPR Sutan Bagindo Harahap menilai aturan penyadapan itu cacat.\n\n\"Saya anggap "
                         "semua penyadapan itu tidak sah,\" kata Sutan.\n\nDia bercerita, awalnya aturan itu disusun "
                         "lewat peraturan menteri. Menteri Hukum Darmawan Sitepu saat itu menyiapkan drafnya.\n\n"
                         "Lantas, banyak aktivis menolak rancangan tersebut.\n\n\"Karena prosedurnya dibuat mengikat "
                         "semua orang,\" jelasnya.")
    assert [q["speaker"] for q in found["quotes"]] == ["Sutan Bagindo Harahap"] * 4


def test_initials_an_unnamed_spokesman_and_a_passive_with_oleh():
    """Somebody named only by initials ("berinisial RD (31)", "sambung Sg,") or only by an office
    ("Juru bicara Kementerian …") speaks unnamed; "Diungkapkan oleh Bupati," is the regent."""
    found = annotate("", "Polisi menangkap pelaku berinisial RD (31) di rumahnya. Saat diperiksa, RD mengaku membeli "
                         "barang itu dari seorang kenalan di Medan.\n\nHarga per paket yang dijual pelaku, sambung Sg, "
                         "mencapai Rp 50 ribu.\n\nJuru bicara Kementerian Luar Negeri Malaysia telah mengonfirmasi "
                         "bahwa kedua warga itu sudah dipulangkan.\n\nBupati Lombok Barat Ahmad Zaini meninjau "
                         "dermaga. Diungkapkan oleh Bupati, pembangunan dermaga ditargetkan selesai akhir tahun.")
    assert [(q["speaker"], q["text"][:22]) for q in found["quotes"]] == [
        (None, "membeli barang itu dar"), (None, "Harga per paket yang d"), (None, "kedua warga itu sudah "),
        ("Ahmad Zaini", "pembangunan dermaga di")]


def test_a_feeling_named_after_the_verb_is_no_statement():
    found = annotate("", "Gelandang Persela, Andika Pratama, menyatakan kepuasan dirinya setelah timnya menang di "
                         "kandang. Pelatih Rudi Hartanto mengungkapkan rasa bangganya kepada para pemain muda.")
    assert found["quotes"] == []


def test_a_belief_a_feeling_after_a_degree_word_and_a_poll_are_no_statements():
    found = annotate("", "Popularitas Perdana Menteri Hendra Wijaya turun tajam, menurut poling yang digelar "
                         "lembaga riset itu. Menteri Keuangan Rudi Hartanto meyakini, dengan aturan baru ini pajak "
                         "naik. Ia mengaku sempat kaget ketika kurs melemah. Rudi mengatakan kurs akan pulih.")
    assert [(q["speaker"], q["text"]) for q in found["quotes"]] == [("Rudi Hartanto", "kurs akan pulih")]


def test_an_aside_without_commas_and_a_second_quote_after_an_institutions_cue():
    """"X dalam sambutannya mengatakan …" and "X saat membuka rapat mengatakan, …" are X's; in
    '"A," kata KCNA. "B."' B is the agency's too, not the president named before; handing over
    material or condolences is no statement."""
    found = annotate("", "Presiden Benny Kartasasmita tiba di Seoul pada Senin malam.\n\nKantor berita Garuda "
                         "Nusantara Press mengutip pejabat setempat. \"Jangan bermimpi kami akan mundur,\" kata "
                         "Garuda Nusantara Press. \"Program itu tetap berjalan.\"\n\nPada kesempatan yang sama, Hendra "
                         "Gunawan Saputra dalam sambutannya mengatakan pasar itu akan dibuka pekan depan. Rina Melati "
                         "saat membuka rapat mengatakan, pedagang lama mendapat kios lebih dulu. Rina juga "
                         "menyampaikan materi tentang penataan pasar.")
    assert [(q["speaker"], q["text"][:20]) for q in found["quotes"]] == [
        ("Garuda Nusantara Press", "Jangan bermimpi kami"), ("Garuda Nusantara Press", "Program itu tetap be"),
        ("Hendra Gunawan Saputra", "pasar itu akan dibuk"), ("Rina Melati", "pedagang lama mendap")]


def test_hal_ini_diungkapkan_gives_the_sentence_before_to_its_speaker():
    """'X. Hal tersebut disampaikan oleh Menteri Y.' in one paragraph: X is the minister's
    statement, without the dateline; a paragraph that opens so points at nothing in it."""
    found = annotate("", "Jakarta, CNN Indonesia -- Pemerintah akan menutup pasar darurat itu pekan depan. Hal tersebut "
                         "disampaikan oleh Menteri Perdagangan Rudi Hartanto.\n\nHal itu disampaikan Rudi di kantornya. "
                         "Pedagang diminta bersabar.")
    assert [(q["speaker"], q["text"]) for q in found["quotes"]] == [
        ("Rudi Hartanto", "Pemerintah akan menutup pasar darurat itu pekan depan")]


@pytest.mark.parametrize("text, quotes", [
    # a suspicion is no statement; the one who suspects still speaks next
    ("Masinis Budi Hartono selamat. Ia menduga rel bergeser karena hujan deras semalam. \"Kami perbaiki malam ini,\" "
     "katanya.", [("Budi Hartono", "Kami perbaiki malam ini")]),
    # hedged: "belum bisa memastikan" states nothing
    ("Ditanya soal penyebabnya, Budi Hartono menyatakan masih belum bisa memastikannya. Ia mengatakan, tim masih "
     "bekerja.", [("Budi Hartono", "tim masih bekerja")]),
    ("Kapolres Rahmat Santoso mengatakan belum dapat memastikan apakah korban dibunuh.", []),
])
def test_suspicions_and_hedges_are_no_quotes(text, quotes):
    assert [(q["speaker"], q["text"]) for q in annotate("", text)["quotes"]] == quotes


def test_menurut_dia_without_its_comma_still_reports():
    found = annotate("", "Saksi mata Rudi Hartono melihat kejadian itu. Menurut dia kejadian itu membuat jalan macet "
                         "selama dua jam.")
    assert [(q["speaker"], q["text"]) for q in found["quotes"]] == [
        ("Rudi Hartono", "kejadian itu membuat jalan macet selama dua jam")]


def test_an_institution_whose_abbreviation_is_also_a_degree_speaks():
    # "MA" is Mahkamah Agung at the start of a sentence, a degree after a name
    found = annotate("", "Mahkamah Agung (MA) menunda pengumuman. MA menyatakan bahwa kuota hakim tahun ini mencapai "
                         "900 orang. Pengamat hukum Budi Santoso, MA menjelaskan seleksi itu ketat.")
    assert [(q["speaker"], q["text"]) for q in found["quotes"]] == [
        ("MA", "kuota hakim tahun ini mencapai 900 orang"), ("Budi Santoso", "seleksi itu ketat")]


def test_a_description_pointing_back_speaks_across_its_comma():
    found = annotate("", "Kapolres Bogor Rahmat Santoso hadir. Mantan Kapolres Depok ini, menjelaskan pihaknya akan "
                         "menyelidiki kasus itu.")
    assert [(q["speaker"], q["text"]) for q in found["quotes"]] == [
        ("Rahmat Santoso", "pihaknya akan menyelidiki kasus itu")]


def test_an_aside_without_commas_after_a_connective_that_opens_the_sentence():
    """"Sementara itu Menteri X Y dalam pengarahannya mengingatkan, bahwa …": the connective
    opens the clause, so the minister named after it is the speaker (as without it)."""
    found = annotate("", "Harga gabah turun di tiga kabupaten pekan ini.\n\nSementara itu Menteri Pertanian Danu "
                         "Wirasena dalam pengarahannya mengingatkan, bahwa cadangan pangan harus dijaga karena "
                         "menyangkut stabilitas harga.\n\nNamun Gubernur Lampung Sarah Wulandari dalam sambutannya "
                         "menegaskan, bahwa petani tetap mendapat pupuk bersubsidi sampai akhir tahun.")
    assert [(q["speaker"], q["text"][:20]) for q in found["quotes"]] == [
        ("Danu Wirasena", "cadangan pangan haru"), ("Sarah Wulandari", "petani tetap mendapa")]


def test_a_name_talked_about_after_a_preposition_does_not_take_the_next_quote():
    """"Adi mengatakan, … . Langkah itu agar tidak ada lagi kejadian yang sama dengan Stefanus." then
    '"…," ucapnya.': Stefanus, a bare name after "dengan", is talked about; Adi goes on speaking."""
    found = annotate("", "Kabar meninggalnya perawat Stefanus Wiguna pertama kali diunggah di media sosial.\n\n"
                         "Karenanya, untuk kasus Stefanus, Adi Kusnadi mengaku masih mencari tahu apakah dia hanya "
                         "perawat pengganti.\n\nAdi mengatakan, dalam aturan profesi setiap perawat wajib menjaga "
                         "kondisi tubuhnya. Langkah itu agar tidak ada lagi kejadian yang sama dengan Stefanus.\n\n"
                         "\"Kami selalu mengingatkan setiap perawat untuk beristirahat cukup di sela tugas,\" "
                         "ucapnya.")
    assert [q["speaker"] for q in found["quotes"]] == ["Adi Kusnadi"] * 3


def test_a_subject_introduced_by_a_description_after_a_fronted_phrase_goes_on_speaking():
    """"Pada kesempatan itu, anggota DPR Katarina Oendoen mengucapkan terima kasih …" then
    '"…," ujarnya.': the member of parliament, the paragraph's subject, says it, not the official
    quoted before."""
    found = annotate("", "Direktur Jaringan Kementerian Energi Harya Wicaksono menjelaskan, peresmian gardu itu "
                         "merupakan bagian dari program pemerintah untuk desa terpencil.\n\n\"Program ini bertujuan "
                         "agar listrik sampai ke seluruh desa,\" ujarnya.\n\nPada kesempatan itu, anggota DPR Katarina "
                         "Oendoen mengucapkan terima kasihnya kepada pemerintah dan para petugas dalam mewujudkan "
                         "program tersebut.\n\n\"Warga kami minta menjaga gardu itu bersama-sama,\" ujarnya.")
    assert [q["speaker"] for q in found["quotes"]] == ["Harya Wicaksono", "Harya Wicaksono", "Katarina Oendoen"]


def test_a_union_s_lede_a_bare_dikatakan_a_captain_after_menurut_and_ia_bilang():
    """'Kesatuan X (KX) mendesak …' is the union's; a paragraph opening 'Dikatakan, …' goes on with
    who spoke last; 'Menurut Capt. Budi, …' skips the captain's title without ending the sentence;
    'Ia bilang, …' reports."""
    found = annotate("", "JAKARTA (Pos Kota) – Kesatuan Nelayan Nusantara (KNN) mendesak pemerintah segera menerbitkan "
                         "aturan perlindungan nelayan.\n\n\"Aturan ini sangat diperlukan,\" kata Ketua KNN Capt. Budi "
                         "Santoso di Jakarta.\n\nDikatakan, pemerintah harus lebih fokus pada nelayan kecil di "
                         "daerah.\n\nMenurut Capt. Budi, saat ini sudah banyak aturan daerah yang merujuk pada konvensi "
                         "itu. Ia bilang, proses yang terbuka akan terus dijaga.")
    assert [(q["speaker"], q["text"][:30]) for q in found["quotes"]] == [
        ("Kesatuan Nelayan Nusantara", "pemerintah segera menerbitkan "), ("Budi Santoso", "Aturan ini sangat diperlukan"),
        ("Budi Santoso", "pemerintah harus lebih fokus p"), ("Budi Santoso", "saat ini sudah banyak aturan d"),
        ("Budi Santoso", "proses yang terbuka akan terus")]


def test_the_same_thing_said_again_and_an_attitude_after_the_comma_are_no_statements():
    found = annotate("", "Menteri Perhubungan Rina Wati mengatakan hal yang sama. Menteri BUMN Andi Wijaya mengaku, "
                         "menyambut baik proyek yang menggabungkan dana swasta dan negara. Budi Santoso "
                         "menggarisbawahi, siap 24 jam bukan berarti harus terjaga seharian.")
    assert [(q["speaker"], q["text"]) for q in found["quotes"]] == [
        ("Budi Santoso", "siap 24 jam bukan berarti harus terjaga seharian")]


def test_an_institutions_press_release_opening_the_sentence_makes_it_the_speaker():
    """"Siaran pers Kementerian X di Jakarta, Senin menyebutkan …", "Keterangan tertulis Badan Y
    yang diterima di Jakarta, Selasa, menyebutkan …": the institution speaks."""
    found = annotate("", "Harga gula naik di beberapa daerah pekan ini.\n\nSiaran pers Kementerian Perdagangan di "
                         "Jakarta, Senin menyebutkan stok gula nasional masih cukup hingga akhir tahun.\n\nKeterangan "
                         "tertulis Badan Pusat Statistik yang diterima di Jakarta, Selasa, menyebutkan inflasi bulan "
                         "ini terkendali di semua kota.")
    assert [(q["speaker"], q["text"][:20]) for q in found["quotes"]] == [
        ("Kementerian Perdagangan", "stok gula nasional m"), ("Badan Pusat Statistik", "inflasi bulan ini te")]


def test_a_company_named_after_a_city_speaks_whole_and_a_description_pointing_back_takes_juga():
    """"Serikat Pekerja PT Jakarta Samudra Terminal (JST) menyatakan, …": the place in the company's
    name does not end it, the short form in brackets does; "Menurut politisi Golkar itu juga, …" is
    the one just spoken of."""
    found = annotate("", "Jakarta, CNN Indonesia -- Serikat Pekerja PT Jakarta Samudra Terminal (JST) menyatakan, aksi "
                         "mogok itu reaksi atas pelanggaran kesepakatan.\n\nAnggota Komisi VII DPR Satya Yudha hadir. "
                         "Menurut politisi Golkar itu juga, perusahaan siap berinvestasi.")
    assert [(q["speaker"], q["text"][:25]) for q in found["quotes"]] == [
        ("Serikat Pekerja PT Jakarta Samudra Terminal", "aksi mogok itu reaksi ata"),
        ("Satya Yudha", "perusahaan siap berinvest")]


def test_berpandangan_reports_a_view_as_berpendapat_does():
    """"Rina berpandangan, …" states her view, as "berpendapat" and "menilai" do."""
    found = annotate("", "Ketua Ikatan Bidan Nusantara Rina Kartika menjelaskan tugas bidan di desa.\n\nRina "
                         "berpandangan, setiap puskesmas wajib menyediakan ruang istirahat bagi bidan jaga.")
    assert [(q["speaker"], q["text"][:20]) for q in found["quotes"]][-1] == ("Rina Kartika", "setiap puskesmas waj")


def test_a_written_statement_is_by_the_body_named_after_tulis_or_its_statement():
    """'"…," tulis Kemenlu Malaysia dalam pernyataan resmi', '"…," tulis pernyataan Nada Gemilang
    Production': the body that wrote it speaks, though no list knows it."""
    found = annotate("", "“Menteri memutuskan mengalihkan dana tersebut untuk bantuan kemanusiaan,” tulis Kemenlu "
                         "Malaysia dalam pernyataan resmi, Kamis (30/3).\n\n“Kami memastikan jadwal pertunjukan "
                         "tidak berubah sama sekali,” tulis pernyataan Nada Gemilang Production, Selasa (28/11).")
    assert [q["speaker"] for q in found["quotes"]] == ["Kemenlu Malaysia", "Nada Gemilang Production"]


def test_a_side_of_a_dispute_and_a_body_in_capitals_speak_unless_the_next_sentence_names_who_said_it():
    found = annotate("", "Kubu Persikabo menilai, keputusan wasit kerap merugikan tim mereka sepanjang laga.\n\n"
                         "Pihak penyelenggara menyebut harga tiket yang dikeluhkan penonton itu belum final.\n\n"
                         "JPU beralasan keterangan terdakwa telah dibantah oleh dua orang saksi di persidangan.\n\n"
                         "Pihak kepolisian menyatakan kondisi jalan di lokasi kecelakaan dalam keadaan baik. Hal itu "
                         "dikatakan oleh Kasat Lantas Polres Garut AKP Budi Hartanto, Sabtu (10/2).")
    assert [q["speaker"] for q in found["quotes"]] == ["Persikabo", "Pihak penyelenggara", "JPU", "Budi Hartanto"]


def test_a_president_of_an_era_is_talked_about_and_does_not_take_the_next_ujarnya():
    found = annotate("", "Mantan Menteri Keuangan Budiman Sujatmiko mengingatkan pemerintah agar berhati-hati menyusun "
                         "anggaran.\n\nPada era Presiden Hartono, rambu itu berupa prinsip anggaran berimbang.\n\nKini, "
                         "rambu itu telah diatur dalam undang-undang.\n\n\"Pinjaman yang terlalu besar selalu membawa "
                         "masalah bagi negara,\" ujarnya.")
    assert [q["speaker"] for q in found["quotes"]] == ["Budiman Sujatmiko", "Budiman Sujatmiko"]


def test_warnings_are_statements_and_the_prosecution_speaks_as_one():
    """"X mewanti-wanti pemerintah untuk …", "X memperingatkan untuk …" report what is warned
    against; "jaksa juga menyatakan bahwa …" with nobody named is the prosecution, by the name the
    article gives it."""
    found = annotate("", "Mantan Menteri Keuangan Budiman Sujatmiko mewanti-wanti pemerintah untuk mengelola anggaran "
                         "negara dengan hati-hati.\n\nBudiman memperingatkan untuk berhati-hati jika ada wacana "
                         "melonggarkan batas defisit.\n\nJaksa Penuntut Umum (JPU) menuntut terdakwa Hendra Kusuma "
                         "delapan tahun penjara.\n\nDalam pertimbangannya, jaksa juga menyatakan bahwa keterangan "
                         "terdakwa bertentangan dengan keterangan para saksi.")
    assert [(q["speaker"], q["text"][:20]) for q in found["quotes"]] == [
        ("Budiman Sujatmiko", "pemerintah untuk men"), ("Budiman Sujatmiko", "untuk berhati-hati j"),
        ("Jaksa Penuntut Umum", "keterangan terdakwa ")]


def test_ministries_by_their_short_names_speak_and_a_ministrys_country_stays_with_it():
    """"Sebelumnya, Kemenhub mengatakan …": a ministry by the short name the press uses (gazetteer);
    '"…," tulis Kemenlu Malaysia': the ministry of that country."""
    found = annotate("", "Sebelumnya, Kemenhub mengatakan aturan baru itu akan diterapkan di Surabaya lebih dulu.\n\n"
                         "“Bantuan akan dikirim secepatnya ke wilayah terdampak,” tulis Kemenlu Malaysia dalam "
                         "pernyataan resmi.")
    assert [q["speaker"] for q in found["quotes"]] == ["Kemenhub", "Kemenlu Malaysia"]


def test_english_attributions_after_the_statement_and_after_a_description():
    text = ("JAKARTA - Budi Hartanto, chief financial officer of PT Dana Pensiun Nusantara, spoke to reporters "
            "on Monday.\n\nThe fund paid 12 trillion rupiah in pension claims this year, up 5% from last year, "
            "he said.\n\n\"Our reserves are sufficient for the next decade,\" Budi Hartanto, the fund's chief "
            "financial officer, told reporters.\n\nThe company will open ten new branches next year, Budi "
            "Hartanto said on Monday.")
    result = annotate("Pension fund pays claims", text, lang="en")
    quotes = [(q["speaker"], q["kind"], q["text"]) for q in result["quotes"]]
    assert ("Budi Hartanto", "direct", "Our reserves are sufficient for the next decade") in quotes
    assert ("Budi Hartanto", "indirect", "The company will open ten new branches next year") in quotes
    assert ("Budi Hartanto", "indirect",
            "The fund paid 12 trillion rupiah in pension claims this year, up 5% from last year") in quotes


def test_a_speaker_named_after_the_quote_before_the_verb_menambahkan():
    text = ("Budi Santoso hadir dalam acara itu.\n\n“Kami siap membayar semua klaim peserta,” Andi Wijaya, "
            "direktur perusahaan itu, menambahkan.\n\n“Semua berkas sudah kami periksa,” Dewi Lestari menambahkan.")
    result = annotate("Klaim dibayar", text)
    assert [(q["speaker"], q["kind"]) for q in result["quotes"]] == [("Andi Wijaya", "direct"), ("Dewi Lestari", "direct")]


def test_an_adverb_of_repetition_between_an_institution_and_its_verb():
    found = annotate("", "Sementara itu, Bawaslu terus mengimbau agar calon anggota legislatif yang belum melapor untuk "
                         "segera menyerahkan laporan dana kampanye.")
    assert [(q["speaker"], q["text"][:10]) for q in found["quotes"]] == [("Bawaslu", "agar calon")]
