"""People on real news grammar (issue 14): evidence for a name, where it starts and ends, aliases,
roles. Sentences written for these tests in the shape Indonesian outlets use."""

import pytest

from pantau.nlp.pipeline import annotate


def people(title, text):
    return {p["name"]: (p["role"], p["organisation"]) for p in annotate(title, text)["people"]}


CASES = {
    "a Title Case headline does not extend a name": (
        "Rudy Hartanto Sewa 16 Pengawal Pribadi",
        "Pengusaha Rudy Hartanto mengatakan, pengawal itu disewa untuk acara keluarga.",
        {"Rudy Hartanto"}),
    "a sentence opener is not part of the name": (
        "", "Pernyataan Jokowi itu disambut baik.\n\nTapi Jokowi mengaku tetap mendukung kebijakan itu.",
        {"Jokowi"}),
    "a relation word is not part of the name": (
        "", "Kakak Raoul Salim mengatakan, keluarga sudah ikhlas.", {"Raoul Salim"}),
    "initials and ranks": (
        "", "Kapolda Metro Jaya Irjen Pol. Ronny F Sompie mengatakan, pelaku sudah ditangkap. Kepala Humas "
            "Wicky V. Olindo menjelaskan kronologinya.", {"Ronny F Sompie", "Wicky V. Olindo"}),
    "H. between two name words is an initial, before a name it is haji": (
        "", "Ketua panitia Rudi H. Santoso membuka acara. Bupati H. Ahmad Darmawan juga hadir.",
        {"Rudi H. Santoso", "Ahmad Darmawan"}),
    "a hyphen inside one foreign name, not between two candidates": (
        "", "Striker Pierre-Alain Mbemba mengatakan timnya siap. Pejabat PBB Oscar Herrera-Taranco juga hadir. "
            "Sedangkan pasangan Hendra Gunawan-Sutrisno baru mendapat dukungan.\n\nPolitikus Partai Hanura, Bambang "
            "Wijaya-yang juga anggota DPR-mengatakan hal itu.",
        {"Pierre-Alain Mbemba", "Oscar Herrera-Taranco", "Hendra Gunawan", "Sutrisno", "Bambang Wijaya"}),
    "an institution's name written with fewer commas than the gazetteer's is no person": (
        "", "Badan Meteorologi, Klimatologi dan Geofisika memastikan kabar itu tidak benar.", set()),
    "the last word of a world city is no name": (
        "", "Duta Besar Thailand di Perserikatan Bangsa-Bangsa (PBB) New York mengatakan pemerintahnya sudah melunasi "
            "iuran.", set()),
    "countries, seas and regions whose first word is also a name are nobody": (
        "", "Kapal nelayan itu hanyut di Samudera Hindia. Timnas kemudian bertanding melawan Costa Rica dan "
            "El Salvador, sementara pelatihnya terbang ke Sri Lanka.", set()),
    "a brand, a firm or a hotel named like a person is nobody, nor is a day of the week": (
        "", "Penyidik menyita arloji merk Andre Verlaine dari lemari itu. Panitia menginap di Sari Kencana Hotel, "
            "sedangkan data penjualan berasal dari Mahesa Analysis. Acara digelar Ahad Pahing pekan lalu.", set()),
    "a Roman numeral I after 'Jilid' or 'Komisi' opens no Balinese name": (
        "", "Mantan Ketua KPK Jilid I Hartono Wibisono mengatakan aturan itu perlu dikaji. Anggota Komisi I DPR "
            "Rahmat Sulaiman juga hadir, begitu pula I Ketut Suarsana.",
        {"Hartono Wibisono", "Rahmat Sulaiman", "I Ketut Suarsana"}),
    "a feast is nobody": (
        "", "Ribuan narapidana mendapat remisi khusus Idul Fitri tahun ini, dan sebagian bebas saat Idul Fitri.", set()),
    "navy and air force ranks, and ships": (
        "", "Komandan Lanal Sabang Laksma TNI Rudi Hartono Sitepu memimpin pencarian. Kapal USS Andrew Carnegie "
            "dan KM Putri Ayu ikut membantu. Marsma TNI Dedi Kurniawan juga hadir.", {"Rudi Hartono Sitepu", "Dedi Kurniawan"}),
    "a sentence adverb, a club and a country are nobody": (
        "", "Sebelumnya, Persidafon mengatakan timnya siap melawan Turki di Jayapura.", set()),
    "a short form and the full name are one person": (
        "", "Wakil Gubernur DKI Jakarta Sandiaga Uno hadir di acara itu.\n\nSandi mengatakan, program itu berjalan.",
        {"Sandiaga Uno"}),
    "an alias the article spells out": (
        "", "Uang itu diterima dari pengusaha Andi Agustinus alias Andi Narogong.\n\n"
            "Andi Narogong membantah menerima uang tersebut.", {"Andi Agustinus"}),
    "two spellings of one name": (
        "", "Ketua DPRD DKI Jakarta Prasetio Edi Marsudi menyambangi Kemendagri.\n\n"
            "\"Kami minta kajian ulang,\" kata Prasetyo.", {"Prasetio Edi Marsudi"}),
    "a country in brackets is no alias": (
        "", "Dua pebalap itu, Rudi Hartono (Belanda) dan Agus Wirawan (Indonesia), gagal meraih poin.\n\n"
            "Belanda tampil buruk di balapan itu.", {"Rudi Hartono", "Agus Wirawan"}),
    "an age after a name is evidence": (
        "", "Polisi menangkap seorang pedagang pasar. Dari tangan Sumiati, 58, petugas menemukan uang palsu.",
        {"Sumiati"}),
    "candidate pairs written with a hyphen": (
        "", "Survei itu menempatkan pasangan Hendra Wijaya-Uu Samsudin Arif di atas Gunawan-Ahmad Rifai.",
        {"Hendra Wijaya", "Uu Samsudin Arif", "Gunawan", "Ahmad Rifai"}),
    "a list of players the NER only partly knows": (
        "", "Pemain yang dipertahankan klub itu yakni Dwi Santoso, Ryuji Utomo, Ahmat Farizi, Junda Irawan, "
            "Sunarto, Dedik Setiawan.",
        {"Dwi Santoso", "Ryuji Utomo", "Ahmat Farizi", "Junda Irawan", "Sunarto", "Dedik Setiawan"}),
    "doubles pairs with a slash": (
        "", "Ganda putra Fajar Alfian / Muhammad Rian Ardianto dikalahkan Bodin Issara / Nipitphon Phuangphuapet.",
        {"Fajar Alfian", "Muhammad Rian Ardianto", "Bodin Issara", "Nipitphon Phuangphuapet"}),
    "a place named after people is nobody": (
        "", "Kereta menuju Bandar Udara Soekarno-Hatta berangkat dari Stasiun Sudirman setiap 30 menit.", set()),
    "a book title is nobody": (
        "", "Hal itu ditulis Paul Handley, penulis buku 'The King Never Smiles' yang dilarang di Thailand.",
        {"Paul Handley"}),
    "a film with a sequel number and teams matched against each other are nobody": (
        "", "Robot itu tokoh film Cars. Cars 2 dan Cars 3 juga laris.\n\nGol itu terjadi saat Leverkusen vs "
            "Hoffenheim. Pemain Hoffenheim protes. Hoffenheim kalah.", set()),
    "a product named in CamelCase is nobody, a Mc name is somebody": (
        "", "Monitor ZenScreen Go bisa dipakai bersama laptop. Menurut Ryan McQueen, ZenScreen Go ringan.",
        {"Ryan McQueen"}),
    "a product with a type code is nobody": (
        "", "Indonesia membeli pesawat Sukhoi SU-35. Sukhoi itu canggih. Pembelian Sukhoi disetujui DPR. "
            "Perawatan Sukhoi dilakukan di Madiun.", set()),
    "a company is nobody, though its name starts with a given name": (
        "", "Bank itu membiayai depo PT Adhi Karya Tbk. Direktur Utama Adhi Karya Budi Harto mengatakan, dana "
            "cair bulan ini. Depo Adhi Karya dibangun di Bekasi.", {"Budi Harto"}),
    "a stadium named after a captain is a place": (
        "", "Laga itu digelar di Stadion Kapten I Wayan Dipta, Gianyar, kata pelatih tim tamu Arif Setiawan.",
        {"Arif Setiawan"}),
    "a public figure known by an honorific keeps it; the fasting month is nobody": (
        "", "Karyanya mengkritik tokoh besar seperti Gus Dur dan Jokowi. Album itu dirilis jelang Ramadhan 2017, "
            "kata Glenn Fredly.", {"Gus Dur", "Jokowi", "Glenn Fredly"}),
    "'seorang warga bernama' names a person the NER took for an organisation": (
        "", "Lumajang - Seorang warga bernama Munawaroh (62) luka ringan karena tertimpa atap rumahnya.",
        {"Munawaroh"}),
    "the first of a list of people after 'seperti'": (
        "", "Sejumlah selebritas diundang ke pesta itu, seperti Tarzan, Addie MS, dan Ruben Onsu.",
        {"Tarzan", "Addie MS", "Ruben Onsu"}),
    "'bernama asli' gives the real name of the one the headline is about": (
        "Mpok Nining Batal Datang ke Resepsi", "Melalui akun Instagram, Mpok Nining membagikan foto undangan. Selain "
        "kecewa, pedangdut bernama asli Nining Kurniasih ini juga merasa bersalah.", {"Mpok Nining"}),
    "victims listed 'atas nama', with a father's name after 'binti'": (
        "", "Tim DVI sudah mengenali lima jenazah atas nama Warsini, Iyah binti Darma, Entin binti Sarta, "
            "Rusmini dan Carsih.", {"Warsini", "Iyah binti Darma", "Entin binti Sarta", "Rusmini", "Carsih"}),
    "a name the outlet misspelt later is the same person": (
        "", "Erwin membunuh pacarnya, Dewi Astuti (27). Motif pelaku membunuh Dewa Astuti berawal dari utang. "
            "Seorang warga bernama Sakdiyah terluka. Satu orang atas nama Sakdiyh dirawat.",
        {"Erwin", "Dewi Astuti", "Sakdiyah"}),
    "a nickname in quote marks inside the name; 'Toh' and a club ending in FA are nobody": (
        "", "Toh, CEO klub itu, Mario \"Beppe\" Santoro, siap melepas pemainnya ke Perak FA. Menurut Santoro, "
            "harganya cocok.", {'Mario "Beppe" Santoro'}),
    "a nickname in single quotes, before a surname the NER calls a club": (
        "", "Pelatih Persiba, Rodrigo 'Digo' Cugurra, melakukan rotasi. Cugurra mengatakan timnya lelah. "
            "Lawan mereka, Cugurra FC, menang dua kali.", {"Rodrigo 'Digo' Cugurra"}),
    "a club in brackets after a player is no real name of his": (
        "", "Klub itu mengincar penyerang Pierre Dubois (Olympique Marseille) musim depan. Dubois disebut siap "
            "pindah.", {"Pierre Dubois"}),
    "a surname misspelt later, written alone, is the same person": (
        "", "Marlina Wanczyk, 41, membuka toko roti di Depok. Wancyzk mengaku belajar membuat roti dari neneknya.",
        {"Marlina Wanczyk"}),
    "a short name that is also a common word is the person of the full name": (
        "", "Kabid Humas Kombes Bintang Wiryawan tiba di lokasi. Hasilnya, kata Bintang, belum ada. "
            "Bintang mengatakan pemeriksaan berlanjut.", {"Bintang Wiryawan"}),
    "a nickname cut from the first name is the same person; a chapter of the Quran is nobody": (
        "", "Bek sentral Persib, Vladimir Vujovic, senang. Usai pertandingan, Vlado mengatakan timnya membaik. "
            "Ahok mengutip surat Al Maidah.", {"Vladimir Vujovic", "Ahok"}),
    "a public figure's nickname, an event and a headquarters": (
        "", "Roy Marten menyambangi Mako Brimob untuk mengunjungi Basuki Tjahaja Purnama. Ahok sedang istirahat. "
            "Aksi digelar pada Hari Buruh Internasional atau May Day.", {"Roy Marten", "Basuki Tjahaja Purnama"}),
    "a telecom operator written with initials is nobody": (
        "", "Nokia menguji jaringan bersama U.S. Cellular di Amerika Serikat, kata Ricky Corker.", {"Ricky Corker"}),
    "a one-word name an office's name runs into, who speaks later": (
        "", "\"Kami sudah menyiapkan petugas,\" kata Kepala Dinas Perhubungan DKI Sutarman, Senin.\n\n"
            "\"Petugas berjaga siang dan malam,\" ujar Sutarman.", {"Sutarman"}),
    "an English committee before the name; a district in an address": (
        "", "Ketua Steering Committee Ibrahim Munzir memastikan agenda itu tidak dibahas. Partai itu mengumpulkan "
            "kadernya pada acara Ikrar Calon Kepala Daerah di Hotel Sultan, Cempaka Putih, Jakarta Pusat.",
        {"Ibrahim Munzir"}),
    "two one-word names written together among candidate pairs": (
        "", "Bupati Ridwan hadir di acara itu. Partai itu mengusung sejumlah pasangan. Selanjutnya, Darmawan-Edy Purnomo di Riau; Halim Sofyan-Andi "
            "Rahmat di Maluku; dan, Ridwan-Hamzah di Sulawesi Tenggara.",
        {"Darmawan", "Edy Purnomo", "Halim Sofyan", "Andi Rahmat", "Ridwan", "Hamzah"}),
    "a given name that also opens a title ('Imam' of 'Imam Besar')": (
        "", "Anggota Dewan Pengawas Imam Santoso menyatakan berita palsu adalah musuh publik. Imam Besar "
            "Istiqlal Hasan Basri memimpin salat.", {"Imam Santoso", "Hasan Basri"}),
    "initials with an age, a building, a group and a cross-link in brackets are nobody": (
        "", "Empat remaja, yakni FR (19), Dn (15), dan MS (18), serta Al (16), diamankan petugas. Acara itu digelar di "
            "Lolipop, Ciputra World, Kuningan. Penyanyi itu keluar dari Duo Serigala dan membentuk Duo baru.\n\n"
            "(Baca Juga: Tunggal Putra Taklukkan Wakil Denmark, Fajar Melaju ke Final)\n\n"
            "\"Kami siap,\" kata Rudi Hartono.", {"Rudi Hartono"}),
    "a part played before the actor's name in brackets; a volcano's name; a coordinating minister": (
        "", "Film itu berkisah tentang Alana (Michele Ziudith) dan Danu (Maxime Boutier), kekasih Alana. Rey Santos "
            "(Dewi Kartika Sari) bertemu Luke Skywalker (Mark Hamill). Pantauan "
            "dari Pos Pengamatan Gunungapi Agung belum menunjukkan hujan abu. Menkopolhukam Wiranto memastikan "
            "persiapan sudah berjalan.", {"Michele Ziudith", "Maxime Boutier", "Dewi Kartika Sari", "Mark Hamill",
                                          "Wiranto"}),
    "a part played by an actor is nobody": (
        "", "Dalam film terbaru itu, sang agen diduga menikahi Clarissa Waldorf yang diperankan oleh Ines Duvall. "
            "Ines diketahui membintangi film sebelumnya. Tokoh Rangga Mahesa diperankan Reza Hartanto.",
        {"Ines Duvall", "Reza Hartanto"}),
    "'H' of a pilgrim without its dot opens no name; 'Pratama' is a surname": (
        "", "Acara itu dihadiri Asisten II mewakili Gubernur Jambi H Ahmad Sunaryo yang berhalangan hadir. "
            "Pengusaha Budi H Santoso dan aktor Reza Pratama juga datang.",
        {"Ahmad Sunaryo", "Budi H Santoso", "Reza Pratama"}),
    "a lone name after an office and its region": (
        "", "\"Biaya sekolah kedua anaknya kami tanggung,\" ucap Bupati Lamongan Fadlan.", {"Fadlan"}),
    "lowercase links inside European names": (
        "", "Pebalap Michael van der Berg dan Kohta Nozane masuk daftar. Gelandang Frenkie de Vries absen.",
        {"Michael van der Berg", "Kohta Nozane", "Frenkie de Vries"}),
    "movements, tournaments and a team's nickname are nobody": (
        "", "Taliban mengatakan bahwa serangan itu balasan. Ia juara turnamen Syed Modi International tahun lalu. "
            "Pelatih baru dinilai cocok memimpin para punggawa Serdadu Tridatu.",
        set()),
    "the writer's name in brackets closing the article is nobody": (
        "", "Rina Kusuma mengatakan petani belum dilibatkan.\n\nAcara berlangsung hingga malam hari. [Dewi Lestari]",
        {"Rina Kusuma"}),
    "a short form with as many words as the name is the same person": (
        "", "Aktris Ratna Kusumawardani hadir dalam pemutaran film itu. Ratna Kusuma mengatakan, film ini sangat "
            "personal baginya.", {"Ratna Kusumawardani"}),
    "a video link and an embed under a detik or CNN article name nobody": (
        "", "Kepala Dinas Sosial Rudi Hartawan mengatakan bantuan sudah disalurkan.\n\n"
            "Simak Video \"Video: Gubernur Arya Tegaskan Bantuan Tepat Sasaran\"\n\n[Gambas:Video CNN]",
        {"Rudi Hartawan"}),
    "the end of a circuit's Spanish name is nobody": (
        "", "Pebalap Marc Marquez menjajal lintasan Autodromo Termas de Rio Hondo, Kamis, sebelum sesi latihan "
            "bebas.", {"Marc Marquez"}),
}


@pytest.mark.parametrize("title, text, expected", CASES.values(), ids=CASES.keys())
def test_names(title, text, expected):
    assert set(people(title, text)) == expected


ROLES = {
    "an office keeps its domain": (
        "Juru Bicara Wapres Husain Abdullah mengatakan Wakil Presiden Jusuf Kalla akan hadir.",
        {"Husain Abdullah": ("Juru Bicara Wapres", None), "Jusuf Kalla": ("Wakil Presiden", None)}),
    "a minister of two domains": (
        "Menteri Kelautan dan Perikanan Susi Pudjiastuti dan Menko Kemaritiman Luhut Panjaitan hadir.",
        {"Susi Pudjiastuti": ("Menteri Kelautan dan Perikanan", "Kementerian Kelautan dan Perikanan"),
         "Luhut Panjaitan": ("Menko Kemaritiman", None)}),
    "title, organisation, comma, name": (
        "Hal itu disampaikan Direktur Utama PT Sinar Abadi, Teguh Santoso, di Jakarta.",
        {"Teguh Santoso": ("Direktur Utama", "PT Sinar Abadi")}),
    "a title after the name": (
        "\"Kami siap,\" kata Teguh Santoso, Kepala Kantor Cabang Medan.",
        {"Teguh Santoso": ("Kepala Kantor Cabang Medan", None)}),
    "a description before the name": (
        "Uang itu diterima terdakwa Irman dari pengusaha Paulus Tanos, kata juru bicara KPK Febri Diansyah.",
        {"Irman": ("terdakwa", None), "Paulus Tanos": ("pengusaha", None),
         "Febri Diansyah": ("juru bicara", "Komisi Pemberantasan Korupsi")}),
    "a former office": (
        "Mantan Menteri Kesehatan Siti Fadilah Supari hadir di pengadilan.",
        {"Siti Fadilah Supari": ("Mantan Menteri Kesehatan", "Kementerian Kesehatan")}),
    "a description, then a body written out": (
        "Pada rapat itu, anggota Dewan Kehormatan Golkar Bagus Nugroho menjelaskan usulan itu datang dari daerah.",
        {"Bagus Nugroho": ("anggota", "Dewan Kehormatan Golkar")}),
    "a description before 'bernama'": (
        "Seorang saksi bernama Hendra Gunawan mengaku melihat kejadian itu.",
        {"Hendra Gunawan": ("saksi", None)}),
    "no preposition at the end of a role": (
        "Direktur memerintahkan Bendahara pada Koperasi Sejahtera, Ratna Dewi Lestari, untuk mencairkan dana.",
        {"Ratna Dewi Lestari": ("Bendahara", "Koperasi Sejahtera")}),
    "a person's spokesperson: the person is no organisation": (
        "Presiden Brasil Luiz Inacio Lula hadir. Juru bicara Lula Marcos Ribeiro mengatakan kunjungan itu penting.",
        {"Luiz Inacio Lula": ("Presiden Brasil", None), "Marcos Ribeiro": ("Juru bicara Lula", None)}),
    "a description, an organisation, then a name nobody knows": (
        "\"Program itu kami hentikan sementara,\" kata juru bicara Kedutaan Besar AS Brenda Kowalczyk kepada Reuters.",
        {"Brenda Kowalczyk": ("juru bicara", "Kedutaan Besar AS")}),
    "a description, a comma, then the name": (
        "Bertha menyerahkan uang dari kakak Saipul, Samsul Hidayatullah, kepada Rohadi.",
        {"Samsul Hidayatullah": ("kakak Saipul", None)}),
    "a name in brackets after its description": (
        "Jet pribadi itu menurut ketua DPD Bali (Ketut Wirawan) milik seorang pengusaha.",
        {"Ketut Wirawan": ("ketua", "DPD Bali")}),
    "a police chief of a city, a rank between the organisation and the name": (
        "Keterangan itu diberikan Kapolrestabes Medan Kombes Teguh Wibisono. Penangkapan itu dibenarkan Kepala Bidang "
        "Hubungan Masyarakat Polda Jawa Tengah Komisaris Besar Rudy Hartanto.",
        {"Teguh Wibisono": ("Kapolrestabes Medan", None),
         "Rudy Hartanto": ("Kepala Bidang Hubungan Masyarakat", "Polda Jawa Tengah")}),
    "an organisation after 'dari', a club after the title": (
        "Analis pasar Dimas Haryanto dari PT Sinar Sekuritas menilai harga saham itu terlalu tinggi. Kabar itu "
        "disampaikan oleh CEO Bali United, Rahmat Hidayat.",
        {"Dimas Haryanto": ("Analis pasar", "PT Sinar Sekuritas"), "Rahmat Hidayat": ("CEO", "Bali United")}),
    "badminton events are roles": (
        "Pasangan ganda putri Greysia Polii / Apriyani Rahayu menang. Tunggal putri Indonesia, Gregoria Mariska "
        "Tunjung, kalah.",
        {"Greysia Polii": ("ganda putri", None), "Apriyani Rahayu": (None, None),
         "Gregoria Mariska Tunjung": ("Tunggal putri Indonesia", None)}),
    "descriptions with words that begin like a verb, 'lainnya', a police unit head": (
        "Penyanyi itu banyak belajar dari aktor senior Bambang Sutejo yang memberinya nasihat. Di lokasi yang sama, "
        "salah seorang warga lainnya, Sutarno menceritakan banjir itu. Kabagops Korps Brimob Kombes Pol Hendro "
        "Wiyono menyatakan pasukannya sudah siaga. Kapten PBFC sekaligus pemain senior, Yudha Prasetya, absen.",
        {"Bambang Sutejo": ("aktor senior", None), "Sutarno": ("warga", None),
         "Hendro Wiyono": ("Kabagops", "Korps Brimob"), "Yudha Prasetya": ("Kapten", "PBFC")}),
    "a relation names whose relative it is": (
        "Kebahagiaan dirasakan putri Joko Widodo, Kahiyang Ayu, hari ini.",
        {"Joko Widodo": (None, None), "Kahiyang Ayu": ("putri Joko Widodo", None)}),
    "artists and curators": (
        "Jakarta - Seniman Butet Kartaredjasa memamerkan 90 karya. Butet mengatakan ia melukis di atas keramik. Ada pun kurator pameran Wicaksono Adi menilai karya itu "
            "reflektif, sedangkan budayawan Maluku, Opa Rudy, hadir.",
        {"Butet Kartaredjasa": ("Seniman", None), "Wicaksono Adi": ("kurator pameran", None),
         "Rudy": ("budayawan Maluku", None)}),
    "a party written like a name is the organisation, not part of the name": (
        "Rapat itu digelar di kediaman Sekjen Golkar Rudi Santosa, Cibubur, Jakarta Timur.",
        {"Rudi Santosa": ("Sekjen", "Golkar")}),
    "examples after 'seperti' are not described by the words before": (
        "Lukisan itu mengkritik tokoh besar seperti Gus Dur, Jokowi dan lainnya.",
        {"Gus Dur": (None, None), "Jokowi": (None, None)}),
    "a lowercase description after 'selaku' or after a comma at the end of the clause": (
        "\"Kami sudah mendaftarkan nama itu,\" ujar Henry Wibowo selaku kuasa hukum PT Sinar Abadi saat ditemui. Nama "
        "itu didaftarkan Iwan Santosa Wijaya selaku pemilik Pelangi Records. \"Belum ada keputusan,\" kata Agus "
        "Salim, juru bicara Kementerian Hukum. \"Kami menunggu,\" kata Budi Hartono, pelaku ditangkap di rumahnya.",
        {"Henry Wibowo": ("kuasa hukum", "PT Sinar Abadi"),
         "Iwan Santosa Wijaya": ("pemilik", "Pelangi Records"),
         "Agus Salim": ("juru bicara", "Kementerian Hukum"), "Budi Hartono": (None, None)}),
    "'Jenderal' of a title is no rank; a rank written out is no role": (
        "Direktur Jenderal Pelayanan Kesehatan Bambang Wijanarko mengatakan ambulans disiagakan. Sekretaris "
        "Jenderal Partai Golkar Idrus Wirawan hadir. Kapolda Jatim Inspektur Jenderal Machfud Hartono datang.",
        {"Bambang Wijanarko": ("Direktur Jenderal Pelayanan Kesehatan", None),
         "Idrus Wirawan": ("Sekretaris Jenderal", "Partai Golkar"), "Machfud Hartono": ("Kapolda Jatim", None)}),
    "a network is an organisation": (
        "Sekretaris Nasional Jaringan Advokasi Tani Rina Kusuma mengatakan petani kecil belum dilibatkan.",
        {"Rina Kusuma": ("Sekretaris Nasional", "Jaringan Advokasi Tani")}),
    "a province between commas after the office": (
        "Kepala Dinas Pendidikan Kabupaten Garut, Jawa Barat, Joko Susilo menyatakan sekolah dibuka pekan depan.",
        {"Joko Susilo": ("Kepala", "Dinas Pendidikan Kabupaten Garut")}),
    "the mother of an actor, the father of a patient, an age before the description": (
        "Menurut ibunda aktor Dimas Wicaksono tersebut, keluarga tidak ingin berkomentar. \"Kami hanya ingin "
        "tenang,\" kata ayah dari salah seorang korban, Herman, di rumahnya. Bahkan, ayah dari penyanyi Rendra "
        "Wijaya ini sempat mengunggah video. Marto,42, warga Desa Sukamaju, mengaku melihat kebakaran itu.",
        {"Dimas Wicaksono": ("aktor", None), "Herman": ("ayah", None), "Rendra Wijaya": ("penyanyi", None),
         "Marto": ("warga Desa Sukamaju", None)}),
    "a firm's name runs on to the person's": (
        "Direktur Utama PT Bank Sinar Harapan Indonesia Tbk Hendra Kurniawan mengatakan kredit naik. Direktur PT "
        "Indonesia Baja Perkasa Agus Wibowo menambahkan produksi naik.",
        {"Hendra Kurniawan": ("Direktur Utama", "PT Bank Sinar Harapan Indonesia Tbk"),
         "Agus Wibowo": ("Direktur", "PT Indonesia Baja Perkasa")}),
    "a unit of a party is part of the role, the party is the organisation": (
        "Ketua Fraksi Partai Gerindra Rahmat Santoso dan Ketua Majelis Syuro PKS Salim Hidayat hadir. Ketua Dewan "
        "Pimpinan Daerah Golkar Jawa Timur Nyoman Suharli juga hadir.",
        {"Rahmat Santoso": ("Ketua Fraksi", "Partai Gerindra"), "Salim Hidayat": ("Ketua Majelis Syuro", "PKS"),
         "Nyoman Suharli": ("Ketua", "Dewan Pimpinan Daerah Golkar Jawa Timur")}),
    "a company's name runs up to the person's": (
        "Direktur PT Ramayana Lestari Sentosa Tbk Suryadi mengatakan penjualan naik. Direktur Utama PT Indonesia "
        "Asahan Aluminium (Persero) Budi Gunawan Sadeli menyebut produksi naik.",
        {"Suryadi": ("Direktur", "PT Ramayana Lestari Sentosa Tbk"),
         "Budi Gunawan Sadeli": ("Direktur Utama", "PT Indonesia Asahan Aluminium (Persero)")}),
    "where someone comes from is no part of the role; band members and candidates": (
        "Manajer Arsenal FC asal Prancis Arsene Dupont kecewa. PDIP mendukung kandidat asal Golkar, Dedi Santoso. "
        "Perselisihan terjadi antara personel grup dangdut Duo Merpati, Pamela Sari dan Ovi Lestari.",
        {"Arsene Dupont": ("Manajer", "Arsenal FC"), "Dedi Santoso": ("kandidat", "Golkar"),
         "Pamela Sari": ("personel grup dangdut", "Duo Merpati"), "Ovi Lestari": (None, None)}),
    "a description after the name's comma with a second one after 'dan'": (
        "Pemberitaan itu menyebut nama Leonardo Bonacci, bek Juventus dan timnas Italia, sebagai incaran. \"Kami "
        "siap,\" kata Budi Hartono, pelatih Persib dan mantan pemain timnas. \"Kami menunggu,\" kata Rudi Santoso, "
        "pelaku dan korban ditangkap di rumahnya.",
        {"Leonardo Bonacci": ("bek", "Juventus"), "Budi Hartono": ("pelatih", "Persib"), "Rudi Santoso": (None, None)}),
    "a lone name after a police rank, the rank written out is no role": (
        "\"Kami tindak tegas,\" kata Kasat Reskrim AKP Wiyono di kantornya. Razia dipimpin Kepala Subdirektorat "
        "Penegakan Hukum Polda Jawa Timur Ajun Komisaris Besar Polisi Sumarno di Surabaya.",
        {"Wiyono": ("Kasat Reskrim", None), "Sumarno": ("Kepala Subdirektorat Penegakan Hukum", "Polda Jawa Timur")}),
    "a new singer is a singer": (
        "Ia kini menggandeng pedangdut baru bernama Cupi Lestari.", {"Cupi Lestari": ("pedangdut", None)}),
    "a regional agency's short name (Dishub, Dinkes) is the organisation, never a person": (
        "Kepala Seksi Angkutan Jalan Dishub Kaltim, Wahyudi mengatakan jadwal bus diubah. Sekretaris Dinkes Kota "
        "Malang Ratna Dewi menyebut stok vaksin cukup.",
        {"Wahyudi": ("Kepala Seksi Angkutan Jalan", "Dishub Kaltim"), "Ratna Dewi": ("Sekretaris", "Dinkes Kota Malang")}),
    "'dr' after a rank is no name; 'Panitia' and 'Korps' start a body; 'Komandan' is a title": (
        "Kepala Bidang Kedokteran Polda Jambi Kombes dr Rina Wati mengatakan hasil otopsi keluar besok. Ketua Panitia "
        "Seleksi Daerah Budi Pranoto menyebut tes diulang. Komandan Korps Marinir Mayjen Hendra Wijaya menegaskan "
        "latihan tetap jalan.",
        {"Rina Wati": ("Kepala Bidang Kedokteran", "Polda Jambi"), "Budi Pranoto": ("Ketua", "Panitia Seleksi Daerah"),
         "Hendra Wijaya": ("Komandan", "Korps Marinir")}),
    "'salah satu' opens a description after the name, the verb right after it": (
        "Sutarno Wibisono, salah satu pedagang sayur mengatakan, harga turun. Rahmat Hidayat, salah seorang "
        "petani tomat, menuturkan panen melimpah.",
        {"Sutarno Wibisono": ("pedagang sayur", None), "Rahmat Hidayat": ("petani tomat", None)}),
    "a bank's vice presidents, after the name's comma and before the name": (
        "\"Kami siap,\" ujar Sinta Dewi, SEVP Retail Banking Bank Sentosa, Senin. VP Corporate Communication PT "
        "Angkasa Raya Dimas Prasetyo mengatakan penumpang naik.",
        {"Sinta Dewi": ("SEVP Retail Banking", "Bank Sentosa"),
         "Dimas Prasetyo": ("VP Corporate Communication", "PT Angkasa Raya")}),
    "'Uni' of 'Uni Emirat Arab' is no honorific": (
        "\"Kami siap menanam modal di sini,\" kata Wakil Ketua Kamar Dagang dan Pariwisata Uni Emirat Arab (KDP) "
        "Khalid Al Mansouri.", {"Khalid Al Mansouri": ("Wakil Ketua", "Kamar Dagang dan Pariwisata Uni Emirat Arab")}),
    "a description with 'dari' and a body after the name, ending the clause": (
        "Menurut Rudi Hartono, analis dari Bank Sentosa, saham akan turun.", {"Rudi Hartono": ("analis", "Bank Sentosa")}),
    "a national team's nickname is no person": (
        "Gelandang Budi Santoso selalu menjadi starter dalam laga Die Mannschaft. Pelatih Les Bleus Rudi Hartono "
        "memujinya.", {"Budi Santoso": ("Gelandang", None), "Rudi Hartono": ("Pelatih", "Timnas Prancis")}),
    "a board is part of the role, the body it belongs to the organisation": (
        "Rina Wati selaku Ketua Dewan Pembina Persatuan Seniman Kota mengatakan langkah itu penting. Ketua Dewan "
        "Pertimbangan Presiden Budi Santoso juga hadir.",
        {"Rina Wati": ("Ketua Dewan Pembina", "Persatuan Seniman Kota"),
         "Budi Santoso": ("Ketua", "Dewan Pertimbangan Presiden")}),
    "a short title between two names in a list parts them ('Sekjen X Wasekjen Y')": (
        "Pengurus baru itu antara lain Sekjen Budi Santoso Wasekjen Rina Wati dan Bendum Andi Wijaya.",
        {"Budi Santoso": ("Sekjen", None), "Rina Wati": ("Wasekjen", None), "Andi Wijaya": ("Bendum", None)}),
    "'Co-Founder' is one title, written as the article writes it": (
        "Co-Founder dan CEO Kirimin Logistics Budi Santoso menekankan bahwa pendanaan itu untuk perluasan usaha. "
        "Rina Wati, Co-Founder PT Kirimin, menambahkan bahwa armada akan bertambah.",
        {"Budi Santoso": ("Co-Founder dan CEO", "Kirimin Logistics"), "Rina Wati": ("Co-Founder", "PT Kirimin")}),
    "a business group is written before its name ('Grup Djarum') and is the organisation, not part of the person": (
        "Pendiri Grup Sentosa Hendra Wijaya mengatakan hal itu. Setelah itu ia bertemu bos Grup Arunika Bambang "
        "Suryo Atmojo di kantornya.",
        {"Hendra Wijaya": ("Pendiri", "Grup Sentosa"), "Bambang Suryo Atmojo": ("bos", "Grup Arunika")}),
    "religious and election bodies known by their short names are the organisation": (
        "Ketua PP Muhammadiyah Rahmat Hidayat mengatakan hal itu. Komisioner KPU Dewi Lestari juga hadir.",
        {"Rahmat Hidayat": ("Ketua", "Muhammadiyah"), "Dewi Lestari": ("Komisioner", "Komisi Pemilihan Umum")}),
    "a football club abroad before a name is its organisation, however the article writes it": (
        "Striker Tottenham Hotspur Harry Kane menolak pindah. Presiden Tottenham Daniel Levy setuju, "
        "sedangkan Manajer MU Jose Mourinho diam.",
        {"Harry Kane": ("Striker", "Tottenham Hotspur"), "Daniel Levy": ("Presiden", "Tottenham Hotspur"),
         "Jose Mourinho": ("Manajer", "Manchester United")}),
    "a lowercase description, a comma, then the name: cut to its head, an ambassador 'of his', an age class": (
        "Melalui duta besarnya di PBB, Rina Wati, AS memotong dana. Dimintai komentar, seorang dokter yang khusus "
        "menangani pasien diet, Dr. Hendra Wijaya mengatakan bahwa itu berbahaya. Pada Minggu sore, sang ibunda "
        "tercinta, Sri Lestari Siahaan, meninggal dunia. Serangan itu dibantu pemain U-23 Persikota, Andi Wijaya di "
        "lini kanan.",
        {"Rina Wati": ("duta besar", "PBB"), "Hendra Wijaya": ("dokter", None), "Sri Lestari Siahaan": ("ibunda", None),
         "Andi Wijaya": ("pemain U-23", "Persikota")}),
    "a title or a description in brackets right after the name": (
        "\"Itu tanya Bu Rini (Menkeu), Pak Budi (Menteri ESDM), dan Ketut Sura (pebalap Honda),\" lanjutnya. Ia "
        "juga bertemu Hendra Wijaya (Hendra) kemarin.",
        {"Rini": ("Menkeu", "Kementerian Keuangan"), "Budi": ("Menteri ESDM", "Kementerian Energi dan Sumber Daya Mineral"),
         "Ketut Sura": ("pebalap", "Honda"), "Hendra Wijaya": (None, None)}),
    "a description after the name's comma that a relative clause goes on": (
        "Hal ini diungkap oleh Hendra Wijaya, bos Sinarmas yang baru saja digantikan, usai acara.",
        {"Hendra Wijaya": ("bos", "Sinarmas")}),
    "the president of a party or a union written short is the role and the organisation; of a country the role": (
        "Arahan dari Presiden PKS Sukamto Iman didengar. Presiden Brasil Luiz Lula dan Presiden RI Joko Widodo "
        "bertemu. Ketua Majelis Kehormatan Partai Amanat (PAN) Rais Hidayat hadir.",
        {"Sukamto Iman": ("Presiden", "PKS"), "Luiz Lula": ("Presiden Brasil", None), "Joko Widodo": ("Presiden RI", None),
         "Rais Hidayat": ("Ketua Majelis Kehormatan", "Partai Amanat")}),
    "a special committee with the body it looks into is the organisation; a section's short name is the role's": (
        "Anggota Pansus Angket KPK Mukti Santoso menyatakan itu. Ketua Pansus KPK dari Fraksi Partai Golkar Agus "
        "Gunawan hadir. Sanksi dikenakan kepada Kasi Pidsus Darwin Santoso. Kata Dirjen IKM Gita Wulandari. Dirjen "
        "Perhubungan Darat Kemenhub Pudji Santoso hadir.",
        {"Mukti Santoso": ("Anggota", "Pansus Angket KPK"), "Agus Gunawan": ("Ketua", "Pansus KPK"),
         "Darwin Santoso": ("Kasi Pidsus", None), "Gita Wulandari": ("Dirjen IKM", None),
         "Pudji Santoso": ("Dirjen Perhubungan Darat", "Kementerian Perhubungan")}),
    "a hospital named after the body that runs it is the organisation, its unit the role's; army commanders": (
        "Kepala Instalasi Forensik RS Polri Sukanto, Kombes Edi Santoso mengatakan, identifikasi selesai. "
        "Pangkostrad Letjen TNI Edi Rahmanto terus mendaftarkan diri. \"Ia masih di Bandung,\" ujar Media Officer "
        "Persikab, Irfan Santoso, kepada wartawan.",
        {"Edi Santoso": ("Kepala Instalasi Forensik", "RS Polri Sukanto"), "Edi Rahmanto": ("Pangkostrad", None),
         "Irfan Santoso": ("Media Officer", "Persikab")}),
    "a national team with its age class; a title listing its domains with ', dan'": (
        "Tim siap bertanding, ucap Asisten Pelatih Timnas U-19, Bima Wijaya. Kepala Biro Humas, Data, dan Informasi "
        "Kemenag Mastur Rahman menyanggah.",
        {"Bima Wijaya": ("Asisten Pelatih", "Timnas U-19"),
         "Mastur Rahman": ("Kepala Biro Humas, Data, dan Informasi", "Kementerian Agama")}),
    "the description before a name between commas is that name's, not the next one's; not the object of a verb": (
        "Di tengah rotasi oleh pelatih tim nasional, Hans Gruber, Rudi Santoso tak tergantikan. Menanggapi status "
        "tersangkanya, Bambang Wijaya mengaku ikhlas.",
        {"Hans Gruber": ("pelatih tim nasional", None), "Rudi Santoso": (None, None), "Bambang Wijaya": (None, None)}),
    "another name after 'atau' is an alias when it speaks or shortens the name, not in a choice": (
        "Wakil Menteri Perhubungan Gregorius Pranata atau Greg menyebut, tarif akan dievaluasi. Presiden "
        "Surya Mahendra atau Surya, meresmikan jalan itu. Warga bisa memilih Hendra Wijaya atau Prabawa, kata "
        "pengamat Dimas Anggara.",
        {"Gregorius Pranata": ("Wakil Menteri Perhubungan", "Kementerian Perhubungan"), "Surya Mahendra": ("Presiden", None),
         "Hendra Wijaya": (None, None), "Dimas Anggara": ("pengamat", None)}),
    "an office after 'yang juga' is the role, a relative clause is none": (
        "Rudi Hartanto, yang juga Menteri Pariwisata, mengatakan jumlah turis naik. Maya Sari, yang juga ikut "
        "dalam rombongan, mengatakan perjalanan lancar.",
        {"Rudi Hartanto": ("Menteri Pariwisata", "Kementerian Pariwisata"), "Maya Sari": (None, None)}),
    "a rank between the comma and the name after a police office": (
        "Kapolda Metro Jaya, Irjen Pol Bambang Susetyo mengatakan, pelaku sudah ditangkap. Kapolda Metro Jaya "
        "Wicaksono Jaya Putra juga hadir.",
        {"Bambang Susetyo": ("Kapolda Metro Jaya", None), "Wicaksono Jaya Putra": ("Kapolda Metro Jaya", None)}),
    "a word the article writes after a region's word is a place before a name": (
        "Kepala Desa Mekarsari, Kecamatan Cilangkap, Ujang Suherman mengatakan warga sudah mengungsi. Camat "
        "Cilangkap Asep Kurniadi menambahkan, 80 rumah rusak. Juru bicara Kremlin Pavel Sorokin menolak berkomentar.",
        {"Ujang Suherman": ("Kepala Desa Mekarsari", None), "Asep Kurniadi": ("Camat Cilangkap", None),
         "Pavel Sorokin": ("Juru bicara Kremlin", None)}),
    "English titles of market analysts, and a name between a bank and a speech verb": (
        "Chief Economist Bank Nusantara Gilang Sitompul memperkirakan suku bunga ditahan. Head of Research "
        "Cakrawala Sekuritas Hendro Alatas mengatakan, investor masih menunggu.",
        {"Gilang Sitompul": ("Chief Economist", "Bank Nusantara"),
         "Hendro Alatas": ("Head of Research", "Cakrawala Sekuritas")}),
    "a description with a word in se- or ke- is still the role": (
        "Sementara itu, pengamat sepak bola Arif Budiman menilai langkah federasi sudah tepat. Ahli kesehatan "
        "masyarakat Dewi Ratnasari juga sependapat.",
        {"Arif Budiman": ("pengamat sepak bola", None), "Dewi Ratnasari": ("Ahli kesehatan masyarakat", None)}),
    "a first name the NER leaves out of the full name, but calls a person where it speaks": (
        "Menteri Keuangan Wiratmaja Yudhi Prasetyo meminta belanja dipercepat.\n\n"
        "\"Tidak boleh ada yang tertunda,\" kata Wiratmaja.",
        {"Wiratmaja Yudhi Prasetyo": ("Menteri Keuangan", "Kementerian Keuangan")}),
    "a party's board written short before the party is the organisation, not the role": (
        "Acara itu dihadiri Ketua Umum DPP Partai Gerindra Budi Santoso dan Sekjen DPP Partai Gerindra Rina Wati. "
        "Ketua DPC PKB Kota Malang Dewi Lestari juga hadir.",
        {"Budi Santoso": ("Ketua Umum", "DPP Partai Gerindra"), "Rina Wati": ("Sekjen", "DPP Partai Gerindra"),
         "Dewi Lestari": ("Ketua", "DPC PKB Kota Malang")}),
    "a body's name goes on after its short form in brackets, up to the person's": (
        "Ketua Harian Federasi Serikat Buruh (FSB) Pangan Bersatu, Rudi Santoso menilai kebijakan itu sesuai "
        "hukum. Kepala Dinas Pertanian (Distan) Mimika Andi Wijaya mengatakan panen naik.",
        {"Rudi Santoso": ("Ketua Harian", "Federasi Serikat Buruh Pangan Bersatu"),
         "Andi Wijaya": ("Kepala", "Dinas Pertanian Mimika")}),
    "where a member comes from is no part of the body; 'Jendral' as outlets often spell it": (
        "Sementara itu, Anggota DPD RI dari Papua, Budi Santoso mengucapkan terima kasih. Sekretaris Jendral SP "
        "Pelabuhan Andi Wijaya menuturkan, mogok dilakukan sejak 2014.",
        {"Budi Santoso": ("Anggota", "DPD RI"), "Andi Wijaya": ("Sekretaris Jendral", "SP Pelabuhan")}),
    "a Balinese name goes on after the birth-order name and a middle initial, ordinary words too": (
        "Ketua Himpunan Petani, I Nyoman Karya T. Wibawa mengatakan, pihaknya siap. \"Kami siap,\" ujar Bambang "
        "S. Perkasa di Denpasar.",
        {"I Nyoman Karya T. Wibawa": ("Ketua", "Himpunan Petani"), "Bambang S. Perkasa": (None, None)}),
    "a candidate's short title before a place names nobody": (
        "Ia kemudian melamar sebagai Cawabup Sleman di PKB. Cawagub Jateng Budi Santoso hadir.",
        {"Budi Santoso": ("Cawagub Jateng", None)}),
    "which term of a body ('Jilid I') after its bracketed short form is neither role nor body": (
        "Ketua Komisi Pengawas Pajak (KPP) Jilid I Rahmat Santoso menilai aturan itu keliru.",
        {"Rahmat Santoso": ("Ketua", "Komisi Pengawas Pajak")}),
    "a country of two words stays in the office it names": (
        "Presiden Amerika Serikat Donald Trump tiba di Jakarta. Perdana Menteri Uni Emirat Arab Hamdan Rashid "
        "ikut hadir.",
        {"Donald Trump": ("Presiden Amerika Serikat", None), "Hamdan Rashid": ("Perdana Menteri Uni Emirat Arab", None)}),
}


@pytest.mark.parametrize("text, expected", ROLES.values(), ids=ROLES.keys())
def test_roles(text, expected):
    assert people("", text) == expected


@pytest.mark.parametrize("text, person", [
    # a place word inside an organisation's name ("Pelabuhan") must not swallow the chairman who speaks
    ("Ketua Serikat Pekerja Pelabuhan Anwar Fauzi mengatakan, mogok itu ditunda.",
     ("Anwar Fauzi", "Ketua", "Serikat Pekerja Pelabuhan")),
    ("Ketua Asosiasi Pelabuhan Anwar Fauzi menuturkan, tarif naik sejak Mei.",
     ("Anwar Fauzi", "Ketua", "Asosiasi Pelabuhan")),
    # a ship's captain's title is not part of the organisation
    ('"Aturan ini perlu segera terbit," kata Ketua Umum Ikatan Pelaut Nusantara Capt. Bonar Sitompul di Jakarta.',
     ("Bonar Sitompul", "Ketua Umum", "Ikatan Pelaut Nusantara")),
])
def test_a_named_speaker_after_an_organisation_is_a_person_with_that_role(text, person):
    found = annotate("", text)
    assert [(p["name"], p["role"], p["organisation"]) for p in found["people"]] == [person]
    assert [q["speaker"] for q in found["quotes"]] == [person[0]]


def test_an_initial_without_its_dot_ends_a_name_and_zones_are_places():
    found = annotate("", "Direktur Utama PT Sinar Abadi Rudi Adi K menyebutkan penerima bantuan adalah warga miskin. "
                         "Dengan program itu, kata Rudi, warga terbantu. Pemerintah menetapkan KEK Bitung, KEK Sei Mangkei dan Kawasan "
                         "Industri Kendal.")
    assert [p["name"] for p in found["people"]] == ["Rudi Adi K"]
    assert [q["speaker"] for q in found["quotes"]] == ["Rudi Adi K", "Rudi Adi K"]


def test_a_street_named_after_a_person_is_still_a_place():
    found = annotate("", "Warga berkumpul di Jalan Ahmad Yani sejak pagi.")
    assert found["people"] == []
    assert [(e["text"], e["label"]) for e in found["entities"]] == [("Jalan Ahmad Yani", "PLACE")]


@pytest.mark.parametrize("text", [
    "Perserikatan Bangsa-Bangsa memperkirakan sedikitnya 900 orang mengungsi.",  # a plural, not a name
    "Mitra lainnya adalah Apotek Roxy, Panorama Tours, dan White Horse Group.",  # a shop, not a person
])
def test_plurals_and_shops_are_nobody(text):
    assert annotate("", text)["people"] == []


def test_a_firm_s_last_word_is_no_person_and_no_speaker():
    """The NER stops "Mandala Capital Markets" before "Markets": that word is neither a person nor
    the speaker of the analyst's statement."""
    found = annotate("", "Analis pasar Budi Hartono dari Mandala Capital Markets mengatakan, saham itu murah.")
    assert [(p["name"], p["organisation"]) for p in found["people"]] == [("Budi Hartono", "Mandala Capital Markets")]
    assert [q["speaker"] for q in found["quotes"]] == ["Budi Hartono"]


def test_a_word_opening_a_sentence_before_a_known_name_is_no_part_of_it():
    found = annotate("", "Gubernur terpilih Anies Baswedan hadir di Balai Kota.\n\nSesumbar Anies menutup Alexis "
                         "sudah diucapkan sejak masa kampanye. Saat itu Anies menyebut ada dugaan perdagangan di sana.")
    assert "Sesumbar Anies" not in {p["name"] for p in found["people"]}
    assert [q["speaker"] for q in found["quotes"]] == ["Anies Baswedan"]


def test_two_or_three_spaces_inside_a_name_or_a_figure_change_nothing_but_offsets_stay_on_the_text():
    body = ('Kuasa hukum terdakwa,   Suryo  Wibisono membacakan pembelaan. "Klien kami   tidak bersalah," '
            'kata Suryo. Kerugian negara disebut Rp  12 miliar.')
    result = annotate("Sidang  Pembelaan", body, "2024-03-01")
    text = "Sidang  Pembelaan\n\n" + body
    assert [p["name"] for p in result["people"]] == ["Suryo Wibisono"]
    assert [q["speaker"] for q in result["quotes"]] == ["Suryo Wibisono"]
    (figure,) = result["figures"]
    assert (figure["value"], figure["kind"]) == (12_000_000_000, "money")
    assert text[figure["start"]:figure["end"]] == "Rp  12 miliar"
    quote = result["quotes"][0]
    assert text[quote["start"]:quote["end"]].startswith("Klien kami   tidak bersalah")


def test_the_last_word_of_a_whole_title_is_no_part_of_the_name_after_it():
    # "Hakim" is also a surname, but after "Ketua Majelis" it ends the title; the lone name after a
    # title written whole is its holder
    found = annotate("", "Vonis bebas dibacakan Ketua Majelis Hakim Sumarno pada sidang yang digelar.")
    assert [(p["name"], p["role"]) for p in found["people"]] == [("Sumarno", "Ketua Majelis Hakim")]


def test_a_title_listing_its_domains_with_commas_is_one_role():
    found = annotate("", "\"Laporan itu kami terima tiap tahun,\" ujar Deputi Bidang Pangan, Pupuk, Perkebunan dan Kehutanan "
                         "Kementerian BUMN, Rudi Hartanto Saputra, di Jakarta.")
    assert [(p["name"], p["role"]) for p in found["people"]] == [
        ("Rudi Hartanto Saputra", "Deputi Bidang Pangan, Pupuk, Perkebunan dan Kehutanan")]
    assert [q["speaker"] for q in found["quotes"]] == ["Rudi Hartanto Saputra"]


@pytest.mark.parametrize("text, expected", [
    # initials open the person's name, they do not end the body's
    ("Ketua Panitia Lelang Daerah R.M. Wiryosaputro mengatakan lelang diulang.",
     [("R.M. Wiryosaputro", "Ketua", "Panitia Lelang Daerah")]),
    # "Jamaah …" names a group, never a person
    ("Polisi menangkap tiga anggota Jamaah Ansharul Khilafah di Solo.", []),
])
def test_initials_after_a_body_and_groups_named_jamaah(text, expected):
    assert [(p["name"], p["role"], p["organisation"]) for p in annotate("", text)["people"]] == expected


def test_the_name_of_a_ship_or_an_aircraft_type_is_no_person():
    found = annotate("", "Satu heli Sea Hawk ikut mencari korban. Kapal MV Sinar Jaya juga dikerahkan, kata nakhoda "
                         "Bambang Wijaya.")
    assert [p["name"] for p in found["people"]] == ["Bambang Wijaya"]


def test_initials_make_a_lone_surname_after_a_title_a_name():
    found = annotate("", "Surat itu ditandatangani Ketua Panitia Lelang Daerah (Panlelda) R.M. Wiryosaputro. \"Lelang "
                         "diulang pekan depan,\" kata Wiryo.")
    assert [(p["name"], p["role"], p["organisation"]) for p in found["people"]] == [
        ("R.M. Wiryosaputro", "Ketua", "Panitia Lelang Daerah")]
    assert [q["speaker"] for q in found["quotes"]] == ["R.M. Wiryosaputro"]


def test_a_given_name_before_the_surname_used_alone_is_no_part_of_the_organisation():
    """"…, kata Kepala Badan Pengelola Keuangan Daerah Thomas Lembang." then "kata Lembang": the
    organisation's name stops before "Thomas", a name word right before the surname that speaks
    alone, and both are the person's name."""
    found = annotate("", "Rimanews - Masalah perizinan usaha masih menjadi keluhan pengusaha yang akan membuka pabrik "
                         "di daerah, kata Kepala Badan Pengelola Keuangan Daerah Thomas Lembang.\n\n\"Prosedur yang "
                         "panjang menimbulkan ketidakpastian,\" kata Lembang kepada wartawan.")
    assert {(p["name"], p["role"], p["organisation"]) for p in found["people"]} == {
        ("Thomas Lembang", "Kepala", "Badan Pengelola Keuangan Daerah")}
    assert {q["speaker"] for q in found["quotes"]} == {"Thomas Lembang"}


def test_brands_listed_after_merek_and_banks_named_before_bank_are_no_people():
    """"pemilik merek Santika, Jefferson, serta Melati": the whole list after "merek" is brands;
    "Hana Bank", "Woori Bank": a bank's name before the word, as "Hotel" or "Foundation"."""
    found = people("", "Perusahaan ritel itu pemilik merek Santika, Jefferson, serta Melati yang tersebar di 40 kota."
                       "\n\nKredit itu dikucurkan oleh Bank Mandiri, BNI, Hana Bank, Woori Bank, dan Bank Mega.\n\n"
                       "Direktur Utama perusahaan itu Budi Kurniawan mengatakan penjualan naik tahun ini.")
    assert set(found) == {"Budi Kurniawan"}


def test_masyarakat_heads_an_organisation_but_not_after_a_units_noun():
    """"Koordinator Masyarakat Peduli Hukum Indonesia, Bowo Santoso": role "Koordinator", the
    organisation the whole body; "Kepala Bidang Hubungan Masyarakat Polda Bengkulu" keeps
    "Hubungan Masyarakat" in the role; "Masyarakat Bengkulu" alone is no body."""
    found = people("", "Koordinator Masyarakat Peduli Hukum Indonesia, Bowo Santoso, mengatakan pihaknya akan "
                       "mengajukan gugatan.\n\nKepala Bidang Hubungan Masyarakat Polda Bengkulu Komisaris Besar "
                       "Sudarmono mengatakan penyelidikan masih berjalan.\n\nMasyarakat Bengkulu diminta tenang.")
    assert found["Bowo Santoso"] == ("Koordinator", "Masyarakat Peduli Hukum Indonesia")
    assert found["Sudarmono"][1] == "Polda Bengkulu"


def test_a_nickname_after_a_description_and_an_alias_cue_is_the_person_sharing_its_first_word():
    found = people("", "Marzuki mengaku diminta oleh Ketua DPD PDIP Jateng Bambang Wirawan untuk ikut. \"Saya diminta "
                       "Pak Bambang,\" ujar Marzuki mengulang ucapan sosok yang biasa disapa Bambang Sapu tersebut.")
    assert set(found) == {"Marzuki", "Bambang Wirawan"}


def test_the_next_one_listed_with_a_title_is_no_description_of_the_name_before():
    found = people("", "Rapat itu dihadiri Bendahara Umum DPP Partai Nusantara Budi Santoso, Andi Wijaya, Sekjen DPP "
                       "Partai Nusantara Hendra Kusuma, dan sejumlah pengurus lainnya.")
    assert found["Andi Wijaya"] == (None, None)
    assert found["Hendra Kusuma"] == ("Sekjen", "DPP Partai Nusantara")


def test_a_description_with_a_company_whose_name_holds_an_ampersand():
    """"pengusaha PT Sinar & Putra Abadi, Erwin Lubis": the ampersand is inside the company's name,
    so the description still gives his role and organisation."""
    found = people("", "Nama Budi Santoso disebut oleh pengusaha PT Sinar & Putra Abadi, Erwin Lubis saat bersaksi. "
                       "Erwin menyebut Budi turut meminta uang proyek tersebut.")
    assert found["Erwin Lubis"] == ("pengusaha", "PT Sinar & Putra Abadi")


def test_a_kin_word_that_is_also_a_given_name_opening_a_description_is_no_part_of_the_name():
    found = people("", "Penyanyi Rudi Hartono membantah kabar itu. Ia menyebut kekasihnya berbohong.\n\nPutra Siti "
                       "Rahayu itu menambahkan bahwa mantan kekasihnya berbohong. Putra Nababan mengatakan acara itu sukses.")
    assert set(found) == {"Rudi Hartono", "Siti Rahayu", "Putra Nababan"}



def test_a_description_before_yakni_is_the_role_of_each_one_listed():
    """"dua penyidik KPK yang ikut bersaksi, yakni A dan B", "mantan pimpinan Komisi V DPR yaitu C,
    D, dan E": each one the list names has the description, unless they have a title of their own."""
    found = people("", "Pengakuan itu dibantah dua penyidik KPK yang ikut bersaksi di pengadilan, yakni Budi Santoso dan "
                       "Andi Wijaya. Dana itu disebut mengalir ke mantan pimpinan Komisi V DPR yaitu Hendra Kusuma, "
                       "Joko Susilo, dan Agus Salim. Rapat dihadiri para pejabat, yakni Kepala Dinas Pendidikan "
                       "Slamet Riyadi dan Ahmad Fauzi.")
    assert found["Budi Santoso"] == found["Andi Wijaya"] == ("penyidik", "Komisi Pemberantasan Korupsi")
    assert found["Hendra Kusuma"] == found["Joko Susilo"] == found["Agus Salim"] == ("mantan pimpinan Komisi V", "DPR")
    assert found["Slamet Riyadi"] == ("Kepala", "Dinas Pendidikan")


def test_an_offices_field_or_country_is_part_of_the_role_and_a_dpr_commission_too():
    found = people("", "Menurut Menteri Koordinator bidang Kemaritiman Darmawan Hasibuan, harga naik. Mantan Wakil "
                       "Presiden (Wapres) Indonesia, Budiman Sujatmiko, ikut hadir. Uang itu diterima anggota Komisi "
                       "V DPR Rudi Hartono.")
    assert found["Darmawan Hasibuan"] == ("Menteri Koordinator bidang Kemaritiman", None)
    assert found["Budiman Sujatmiko"] == ("Mantan Wakil Presiden Indonesia", None)
    assert found["Rudi Hartono"] == ("anggota Komisi V", "DPR")


def test_referees_and_un_rapporteurs_are_described_by_their_role_noun():
    found = people("", "Laga itu dipimpin wasit Hendra Kusuma. Dalam laporannya, informan PBB di wilayah Timur "
                       "Tengah, Michael Brandt, mengkritik kebijakan itu.")
    assert found["Hendra Kusuma"] == ("wasit", None)
    assert found["Michael Brandt"] == ("informan", "PBB")


def test_a_description_after_a_status_word_opening_the_sentence_anchors_an_unknown_name():
    """"Mantan pilot Garuda Ron Tamaro berencana …": the description is lowercase after "Mantan",
    so the run is a person though the NER misses it (not a Title Case headline)."""
    found = people("", "Mantan astronaut NASA Ron Tamaro berencana memboyong para wisatawan menuju stratosfer.")
    assert found == {"Ron Tamaro": ("Mantan astronaut", "NASA")}


def test_old_spellings_dh_and_th_and_a_religious_honorific_after_a_name():
    found = people("", "\"Kami kecewa,\" ujar Asisten Manajer Persikabo, Ardhi Wicaksono di Bogor.\n\nArdi berharap "
                       "PSSI tegas. Menurut Imam Malik RA, perkara itu sudah jelas.")
    assert set(found) == {"Ardhi Wicaksono", "Imam Malik"}


def test_an_ordinary_word_between_a_titles_organisation_and_a_name_opens_the_name():
    found = people("", "Direktur Jenderal Perdagangan Luar Negeri Kementerian Perdagangan Oke Wiratmo merinci, tarif "
                       "itu berlaku untuk semua barang.")
    assert found == {"Oke Wiratmo": ("Direktur Jenderal Perdagangan Luar Negeri", "Kementerian Perdagangan")}


def test_a_royal_word_after_a_titles_comma_before_two_name_words_is_a_given_name():
    """"mantan Gubernur Sumatera, Ratu Ayu Lestari" is named Ratu; "Ratu Elizabeth II", "Pemimpin
    Arab Saudi, Raja Salman bin Abdulaziz" are a queen and a king."""
    found = people("", "Hakim menjatuhkan vonis terhadap mantan Gubernur Sumatera, Ratu Ayu Lestari, karena terbukti "
                       "korupsi. Ratu Elizabeth II juga disebut. Pemimpin Arab Saudi, Raja Salman bin Abdulaziz, tiba.")
    assert found == {"Ratu Ayu Lestari": ("mantan Gubernur Sumatera", None), "Elizabeth II": ("Ratu", None),
                     "Salman bin Abdulaziz": ("Raja", None)}


def test_capitalised_words_inside_quotation_marks_that_hold_a_title_are_nobody():
    found = people("", "Laporan itu dibahas Michael Brandt dalam ‘Sidang Item Nine’ atau sesi khusus. Lagu \"Cinta "
                       "Budi Santoso\" dirilis pekan lalu, kata pelatih Andi Wijaya.")
    assert set(found) == {"Michael Brandt", "Andi Wijaya"}


def test_a_description_and_a_demonstrative_before_a_list_of_names_with_ages_and_origins():
    """"Ketiga tersangka itu A (45) dan B (47) asal Bogor, serta C (52) asal Medan": each one listed
    is a suspect; ages in brackets and where they are from do not end the list."""
    found = people("", "Polisi menangkap tiga orang. Ketiga tersangka itu Hendra Kusuma (45) dan Joko Susilo (47) asal "
                       "Bogor, serta Rudi Hartono (52) asal Medan.")
    assert found == {"Hendra Kusuma": ("tersangka", None), "Joko Susilo": ("tersangka", None),
                     "Rudi Hartono": ("tersangka", None)}


def test_a_nickname_before_sapaan_akrab_and_the_full_name_is_one_person():
    found = people("", "Warga bersorak setelah Wali Kota Palu Ahmad Fauzan Hidayat meresmikan dermaga itu.\n\n\"Janji "
                       "sudah saya tepati,\" ujar Ojan -- sapaan akrab Fauzan Hidayat di Palu, Sabtu.\n\nOjan juga "
                       "berjanji membangun sekolah.")
    assert found == {"Ahmad Fauzan Hidayat": ("Wali Kota Palu", None)}


def test_a_unit_the_gazetteer_knows_as_part_of_a_body_leaves_the_body_out_of_the_role():
    """"Anggota Komisi IX DPR Rahmat": the commission is in the role, the DPR is the organisation
    (gazetteer.toml: part_of)."""
    found = people("", "Wakil Ketua Komisi IX DPR Hendra Kusuma mengatakan iuran belum naik.")
    assert found == {"Hendra Kusuma": ("Wakil Ketua Komisi IX", "Dewan Perwakilan Rakyat")}


@pytest.mark.parametrize("ending", ["\n\n(Dwi/Rizki)", " (Dwi/Rizki)", "\n\n(Antara)", "\n\n(Yus / Kurnia)"])
def test_the_closing_credit_of_the_reporters_names_no_one(ending):
    text = ("Direktur Utama PT Sejahtera Abadi, Budi Santoso, mengatakan iuran naik tahun depan.\n\n"
            "Ia menambahkan, klaim juga naik 10 persen." + ending)
    assert set(people("", text)) == {"Budi Santoso"}


@pytest.mark.parametrize("text, role, organisation", [
    ("Pengamat politik dari Universitas Nusantara (UN) Budi Santoso menilai pemeriksaan itu serius.",
     "Pengamat politik", "Universitas Nusantara"),
    ("Ekonom dari Lembaga Kajian Ekonomi Rakyat (LKER) Dewi Lestari memperkirakan harga naik.",
     "Ekonom", "Lembaga Kajian Ekonomi Rakyat"),
])
def test_a_description_with_dari_and_the_body_s_short_form_before_the_name(text, role, organisation):
    assert people("", text) == {text.split(") ")[1].split(" me")[0]: (role, organisation)}


def test_an_acehnese_or_malay_noble_title_is_part_of_the_name():
    """"Teuku" and "Tengku" are hereditary titles that stay in a person's full name, as "Raden"
    does ("Teuku Rizal Mahendra", later "Rizal"): stripped, the name did not match the one readers
    know and each of his quotes went to a shorter name."""
    text = ("Anggota Komisi III DPR Teuku Rizal Mahendra menilai revisi itu perlu. \"Kami akan kaji,\" kata Rizal.\n"
            "Rizal menambahkan, pembahasan dimulai pekan depan. Gubernur Tengku Amri Nasution hadir di rapat itu.")
    result = annotate("Revisi undang-undang dibahas", text, published="2017-10-17")
    names = {p["name"] for p in result["people"]}
    assert {"Teuku Rizal Mahendra", "Tengku Amri Nasution"} <= names
    assert {q["speaker"] for q in result["quotes"]} == {"Teuku Rizal Mahendra"}
