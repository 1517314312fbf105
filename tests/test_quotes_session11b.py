"""Who goes on speaking, on the shapes of a held-out batch (session 11, fresh11b): invented
sentences in the shape Indonesian outlets use, none copied from an article."""

from pantau.nlp.pipeline import annotate


def speakers(text, title=""):
    return [(q["speaker"], q["text"][:20]) for q in annotate(title, text)["quotes"]]


def test_the_subject_after_tetapi_lagi_lagi_goes_on_speaking():
    """"Tetapi lagi-lagi Budi masih bungkam …. “…,” tutupnya.": the subject after the opening
    conjunction and adverb, not the manager named in the sentence before, closes the paragraph."""
    text = ("Pelatih Persebaya Budi Raharjo mengaku belum memilih pemain asing.\n\n"
            "\"Kami masih menunggu,\" kata Budi.\n\n"
            "Saat ini pemain yang ramai dibicarakan adalah Marco Silva. Pemain itu sesuai dengan kriteria "
            "yang pernah disebut oleh manajer umum Persebaya, Hendra Wijaya. Tetapi lagi-lagi Budi "
            "masih bungkam soal hal tersebut. \"Nanti tunggu saja kedatangan mereka ke Surabaya,\" tutupnya.")
    assert [s for s, _ in speakers(text)][-1] == "Budi Raharjo"


def test_the_victim_the_spokesman_talks_about_does_not_take_his_next_quote():
    """A narrative paragraph names the victim ("korban Rudi terlihat lemas") between two quotes of
    the spokesman, whose quotes speak of "korban": his next "…," ujarnya is still his."""
    text = ("Malang - Pendaki bernama Rudi Santoso asal Bekasi meninggal dunia saat mendaki Gunung Arjuno, Minggu.\n\n"
            "\"Tim sempat memberikan pertolongan kepada korban, namun korban tidak tertolong,\" kata Kepala "
            "Seksi Humas Taman Nasional Gunung Arjuno Dedi Kurniawan saat dihubungi.\n\n"
            "\"Korban sempat mengeluh pusing dan muntah di tenda,\" katanya.\n\n"
            "Rombongan korban kemudian turun menuju pos, namun baru sekitar 300 meter dari pondok, korban "
            "Rudi terlihat lemas dan tidak kuat berjalan.\n\n"
            "\"Korban sempat dibopong, namun teman korban tidak kuat dan meminta bantuan petugas,\" ujarnya.")
    assert [s for s, _ in speakers(text)] == ["Dedi Kurniawan"] * 3


def test_someone_named_after_a_description_the_quotes_do_not_use_may_speak_next():
    """When the quotes before never use the description ("saksi"), the person named in between
    is who "ujarnya" means."""
    text = ("Malang - Polisi masih menyelidiki kebakaran gudang di Jalan Merdeka, Minggu.\n\n"
            "\"Api berasal dari lantai dua,\" kata Kapolsek Klojen Kompol Dedi Kurniawan.\n\n"
            "Sementara itu, saksi Rudi Santoso melihat asap tebal sejak subuh dan langsung memanggil warga.\n\n"
            "\"Saya langsung lari ke luar dan berteriak,\" ujarnya.")
    assert [s for s, _ in speakers(text)] == ["Dedi Kurniawan", "Rudi Santoso"]


def test_a_source_cited_between_commas_leaves_the_institution_the_speaker():
    """"KPK, dalam keterangan tertulisnya, menyebut bahwa …", "BMH, mengutip percakapan …, menyebut
    bahwa …": the phrase set off by commas is inserted; the institution before it speaks."""
    for text, who in (("KPK, dalam keterangan tertulisnya, menyebut bahwa kerugian negara mencapai miliaran rupiah.", "KPK"),
                      ("Melansir dari Brisbane Morning Herald (BMH), militer menunda latihan bersama.\n\n"
                       "BMH, mengutip percakapan di kalangan militer, menyebut bahwa si pengajar juga mendapati "
                       "material yang menyinggung seorang pejabat.", "BMH")):
        assert [s for s, _ in speakers(text)] == [who], text


def test_a_company_s_forecast_after_its_short_name_and_legal_form_and_an_answer_are_quotes():
    """"PT X (ARI) Persero memproyeksi, …": the legal form after the short name ends the subject, and
    "memproyeksi" reports a forecast; "Sari pun menjawab, …" reports what she answered (but
    "menjawab pertanyaan wartawan" says nothing)."""
    text = ("PT Angkasa Rail Indonesia (ARI) Persero memproyeksi, puncak arus balik penumpang kereta akan "
            "jatuh pada Jumat mendatang.\n\n"
            "Hakim lantas menanyakan pengaruh Budi di partai. Sari Wulandari pun menjawab, Budi memang berperan "
            "besar dalam setiap kebijakan partai.\n\n"
            "Sari Wulandari menjawab pertanyaan wartawan dengan singkat di depan gedung pengadilan.")
    found = speakers(text)
    assert [s for s, _ in found] == ["PT Angkasa Rail Indonesia", "Sari Wulandari"]


def test_a_verb_of_saying_with_a_noun_pointed_at_and_the_sentence_s_end_says_nothing():
    """"Sari lalu membeberkan pembagian jatah tersebut.": a noun of two words pointed at, then the
    end of the sentence, is what she laid out, not a statement; "mengatakan pembagian jatah itu
    sudah diatur …" is one."""
    assert speakers("Di hadapan wartawan, Sari Wulandari lalu membeberkan pembagian jatah tersebut.") == []
    assert [s for s, _ in speakers("Sari Wulandari mengatakan pembagian jatah itu sudah diatur sejak awal "
                                   "tahun oleh partai.")] == ["Sari Wulandari"]
