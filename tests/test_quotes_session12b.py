"""Who speaks, on the shapes of a held-out batch (session 12, fresh12b): invented sentences in the
shape Indonesian outlets use, none copied from an article; the names are invented."""

from pantau.nlp.pipeline import annotate


def speakers(text, title=""):
    return [(q["speaker"], q["text"][:24]) for q in annotate(title, text)["quotes"]]


def test_the_one_accompanied_speaks_not_the_last_of_the_company():
    """"Ketua X yang didampingi dua anggotanya, A dan B mengatakan …" and the "…," ujarnya after it
    are X's: the people after "yang didampingi" (or ", didampingi") accompany the subject."""
    text = ("Ketua Panwaslu Kota Malang Hendra Wijaya yang didampingi dua anggotanya, Rudi Santoso dan "
            "Agus Prasetyo mengatakan pengawas akan mendapat pelatihan sebelum bertugas.\n\n"
            "\"Kami akan memberikan pelatihan teknis kepada semua pengawas di setiap kecamatan,\" ujarnya.\n\n"
            "Kepala Dinas Pertanian Sulastri Handayani, didampingi Kepala Bidang Tanaman Pangan Joko "
            "Susilo, menjelaskan bahwa panen raya dimulai pekan depan.")
    assert [s for s, _ in speakers(text)] == ["Hendra Wijaya", "Hendra Wijaya", "Sulastri Handayani"]


def test_a_quote_closed_by_demikian_keterangan_and_a_body_is_the_body_s():
    """'"…," demikian keterangan Kemenpora.': the body whose statement it is speaks, not the official
    quoted in the paragraph before."""
    text = ("Kepala Biro Humas Kemenpora Bambang Sutejo mengatakan libur atlet ditambah satu hari.\n\n"
            "\"Atlet perlu waktu istirahat sebelum pertandingan berikutnya,\" kata Bambang.\n\n"
            "Aturan itu dimuat di situs resmi kementerian pada Kamis.\n\n"
            "\"Dalam rangka menjaga kebugaran atlet selama masa persiapan pertandingan,\" demikian "
            "keterangan Kemenpora.")
    assert [s for s, _ in speakers(text)][-1] == "Kemenpora"


def test_menanggapi_a_thing_reports_no_statement_but_menanggapi_and_a_comma_does():
    """"Prediksi itu disampaikan X menanggapi langkah pemerintah …" responds to a thing: no quote;
    "X menanggapi, …" says something."""
    text = ("Prediksi itu disampaikan Kepala Dinas Perhubungan Rudi Hartono menanggapi langkah pemerintah "
            "menambah hari libur pada akhir bulan.\n\n"
            "Wakil Ketua DPRD Sumarni Lestari menanggapi, penambahan hari libur akan membuat jalan makin padat.")
    found = speakers(text)
    assert not any(t.startswith("langkah pemerintah") for _, t in found)
    assert ("Sumarni Lestari", "penambahan hari libur ak") in found


def test_a_relative_named_after_a_comma_is_a_person_and_speaks_through_her_statement():
    """"istri Budi Santoso, Marni, …" names Marni (a one-word name after a relative of someone named,
    between commas), with the role "istri Budi Santoso"; '"…," bunyi keterangan istri Budi.' is hers;
    a relative never named ("adik Budi") is somebody unnamed."""
    text = ("Polisi juga telah menemui istri Budi Santoso, Marni, untuk dimintai keterangan.\n\n"
            "Budi Santoso dilaporkan hilang sejak pekan lalu. \"Budi ingin pulang ke kampung,\" bunyi "
            "keterangan istri Budi.\n\n"
            "\"Budi sering pergi berhari-hari,\" bunyi keterangan adik Budi.")
    result = annotate("", text)
    people = {p["name"]: p for p in result["people"]}
    assert people["Marni"]["role"] == "istri Budi Santoso"
    assert [q["speaker"] for q in result["quotes"]] == ["Marni", None]


def test_an_apology_conveyed_is_no_statement():
    """"menyampaikan permohonan maaf pada pelanggan atas …" conveys an apology, says nothing;
    "Ia menyampaikan, …" does."""
    text = ("Direktur Utama PT Maju Jaya Budi Santoso menyampaikan permohonan maaf pada pelanggan atas gangguan "
            "layanan pekan ini. Budi juga menyampaikan permintaan maaf kepada warga sekitar kantor. "
            "Ia menyampaikan, layanan akan pulih besok pagi.")
    assert speakers(text) == [("Budi Santoso", "layanan akan pulih besok")]


def test_a_relative_with_nya_opening_the_clause_speaks_as_the_one_relative_of_that_kind_named():
    """"Dalam keterangan itu, istrinya juga mengaku …" after "istri Budi Santoso, Marni": Marni's
    statement; "Ayahnya mengatakan …" with no father named: somebody unnamed, still a quote."""
    text = ("Polisi menemui istri Budi Santoso, Marni, untuk dimintai keterangan.\n\n"
            "Dalam keterangan itu, istrinya juga mengaku Budi pernah memiliki gangguan ingatan.\n\n"
            "Ayahnya mengatakan Budi pernah sakit keras tahun lalu.")
    assert speakers(text) == [("Marni", "Budi pernah memiliki gan"), (None, "Budi pernah sakit keras ")]
