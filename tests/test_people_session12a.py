"""People, roles, quotes and figures on the shapes of a held-out batch (session 12, fresh12a):
invented sentences in the shape Indonesian outlets use, none copied from an article."""

from pantau.nlp.pipeline import annotate


def result(text, title=""):
    return annotate(title, text)


def people(text, title=""):
    return {p["name"]: (p["role"], p["organisation"]) for p in result(text, title)["people"]}


def speakers(text, title=""):
    return [(q["speaker"], q["kind"]) for q in result(text, title)["quotes"]]


def test_a_description_after_a_verb_of_saying_names_the_one_who_speaks():
    """'"…," tutur pelatih Bank Sumut, Mashudi seusai laga.': a verb of saying after a quote, a
    lowercase description and a comma name the speaker, even a one-word name the NER does not know
    followed by an ordinary word."""
    text = ("Tim voli putri Bank Sumut menjuarai turnamen antarklub di Medan, Minggu (3/12).\n\n"
            "\"Kami senang sekali dengan hasil ini. Semua pemain bekerja keras,\" tutur pelatih Bank Sumut, "
            "Mashudi seusai laga.\n\n"
            "Menurut dia, lawan bermain sangat baik sepanjang set ketiga.")
    assert people(text).get("Mashudi") == ("pelatih", "Bank Sumut")
    assert speakers(text) == [("Mashudi", "direct"), ("Mashudi", "indirect")]


def test_a_partner_named_after_a_verb_of_saying_is_not_the_speaker():
    """'kata mantan pasangan Charlotte Riley itu': the one spoken of, her former partner, speaks; but
    'Sang kekasih Budi Hartono pun meminta maaf' opens with the boyfriend, who is Budi."""
    text = ("Aktor Tom Hardy menyebut film itu hebat.\n\n"
            "\"Ini adalah film besar,\" kata Hardy.\n\n"
            "\"Saya sangat menyukai film ini dan ceritanya,\" kata mantan pasangan Charlotte Riley itu.")
    assert speakers(text) == [("Tom Hardy", "indirect"), ("Tom Hardy", "direct"), ("Tom Hardy", "direct")]
    text = ("Penyanyi Rina Lestari batal tampil di Jakarta. Sang kekasih Budi Hartono pun meminta maaf "
            "kepada penggemar.\n\n"
            "\"Mohon maaf untuk semua penggemar kami,\" tulis Budi di akun Instagram miliknya.")
    assert speakers(text)[-1] == ("Budi Hartono", "direct")


def test_a_middle_initial_where_the_ner_starts_keeps_the_given_name_before_it():
    """"Ketua Umum KADIN Indonesia Gunadi S. Wiryawan": the NER's person starts at the middle initial; the
    unknown word before it, after the organisation's name (or a comma), is the given name. After a place
    the word may be another place: "Konsul Jenderal RI Dubai M. Arif Setiawan" is M. Arif Setiawan."""
    text = ("Dialog bisnis kedua negara digelar di Jakarta, Kamis (6/4). Turut hadir Presiden Ghana Kofi "
            "Mensah Boateng dan Ketua Umum KADIN Indonesia Gunadi S. Wiryawan dalam acara itu.")
    found = people(text)
    assert found.get("Gunadi S. Wiryawan") == ("Ketua Umum", "Kamar Dagang dan Industri Indonesia")
    assert "S. Wiryawan" not in found
    text = ("\"Indonesia diberi peluang untuk ikut dalam proyek kereta bawah tanah,\" kata Konsul Jenderal RI "
            "Dubai M. Arif Setiawan, dalam keterangan tertulis, Senin.")
    assert "M. Arif Setiawan" in people(text)


def test_a_lone_word_after_a_title_and_its_body_is_the_holder():
    """"Ketua Pengadilan Negeri Bengkulu Kaswanto pasca …": after a title and the whole name of its body
    one unknown capitalised word is the holder's name (right after a title it may be the domain)."""
    text = ("Badan Pengawasan memeriksa Ketua Pengadilan Negeri Palembang Sutiyarso usai dua hakimnya "
            "ditangkap penyidik pada Kamis malam.")
    assert people(text).get("Sutiyarso") == ("Ketua", "Pengadilan Negeri Palembang")


def test_a_common_word_of_a_full_name_opening_a_sentence_before_a_verb_of_saying_is_the_person():
    """"Argo" is a taxi meter too; after "Kombes Argo Wicaksono" the lone "Argo" that opens a sentence
    before a verb of saying ("Argo mengimbau warga …") is him, whatever the NER says there."""
    text = ("\"Kami akan menambah petugas di sekitar gedung pengadilan,\" kata Kepala Bidang Humas Polda Sumatera "
            "Barat Kombes Argo Wicaksono di Padang, Sabtu (22/4).\n\n"
            "Argo mengimbau seluruh elemen warga harus menerima dengan putusan yang dibacakan hakim karena tidak "
            "ada dapat mencampuri hukum.")
    assert speakers(text) == [("Argo Wicaksono", "direct"), ("Argo Wicaksono", "indirect")]


def test_menguraikan_reports_a_statement():
    """"Budi menguraikan, pembangunan …" reports what Budi said; "menguraikan kronologi kejadian" says nothing."""
    text = ("Ketua KPK Budi Santoso menjelaskan kasus itu kepada wartawan di Jakarta.\n\n"
            "Budi menguraikan, pembangunan gedung itu dilakukan saat tersangka masih menjadi kontraktor.\n\n"
            "Ia juga menguraikan kronologi kejadian itu kepada wartawan.")
    assert speakers(text) == [("Budi Santoso", "indirect")]


def figures(text, title=""):
    return [(f["text"], str(f["value"]), f["kind"]) for f in result(text, title)["figures"]]


def test_a_prison_term_of_one_period_written_with_se_is_a_figure():
    """"dihukum penjara setahun", "kurungan sebulan": a term of one year or month is a figure, as after
    "selama"; "setahun kemudian" stays a relative date."""
    text = ("Jaksa menuntut agar terdakwa dihukum penjara setahun dengan masa percobaan dua tahun. Hakim "
            "menambahkan kurungan sebulan bila denda tidak dibayar. Setahun kemudian kasus itu dibuka lagi.")
    assert figures(text) == [("setahun", "1", "other"), ("dua", "2", "other"), ("sebulan", "1", "other")]


def test_a_title_after_selaku_sebagai_or_seorang_behind_bracketed_initials_is_the_role():
    """"X (RWU) selaku Hakim Anggota di Pengadilan Tipikor Palembang dan Y (JPR) sebagai Panitera Pengganti
    Pengadilan Tipikor Palembang", "Z (AF), seorang Pegawai Negeri Sipil (PNS) atau …": the capitalised title
    after the name is each one's role (the one before "dan" belongs to the first)."""
    text = ("Sebagai pihak yang diduga penerima, yaitu Rina Wulandari (RWU) selaku Hakim Anggota di Pengadilan "
            "Tipikor Palembang dan Joko Prasetyo (JPR) sebagai Panitera Pengganti Pengadilan Tipikor Palembang.\n\n"
            "Sedangkan diduga pihak pemberi Ahmad Fauzan (AF), seorang Pegawai Negeri Sipil (PNS) atau kerabat "
            "terdakwa.")
    found = people(text)
    assert found.get("Rina Wulandari") == ("Hakim Anggota", "Pengadilan Tipikor Palembang")
    assert found.get("Joko Prasetyo") == ("Panitera Pengganti", "Pengadilan Tipikor Palembang")
    assert found.get("Ahmad Fauzan") == ("Pegawai Negeri Sipil", None)


def test_a_body_named_inside_a_long_name_counts_its_words_afresh():
    """A secretariat of a council of a ministry: the ministry named inside the secretariat's long name counts
    afresh, so the name is not cut at eight words and its last word ("Kemaritiman") is no part of the role."""
    text = ("Pelaksana Tugas (Plt) Kepala Bagian Humas Sekretariat Dewan Pengarah Kawasan Industri Terpadu "
            "Kementerian Koordinator Bidang Kemaritiman Rudi Hartanto menuturkan kawasan itu siap dibuka.")
    assert people(text).get("Rudi Hartanto") == (
        "Pelaksana Tugas Kepala Bagian Humas",
        "Sekretariat Dewan Pengarah Kawasan Industri Terpadu Kementerian Koordinator Bidang Kemaritiman")
