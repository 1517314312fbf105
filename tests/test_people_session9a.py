"""People on the shapes of a held-out batch (session 9, fresh9a): invented sentences in the
shape Indonesian outlets use, none copied from an article."""

from pantau.nlp.pipeline import annotate


def people(text, title=""):
    return {p["name"]: (p["role"], p["organisation"]) for p in annotate(title, text)["people"]}


def speakers(text, title=""):
    return [q["speaker"] for q in annotate(title, text)["quotes"]]


def test_a_unit_named_by_its_head_word_alone_does_not_swallow_the_name_after_it():
    """"Wakil Ketua Pansus Masinton Pasaribu": the head word is the whole unit's name; the NER's
    two-word name right after it is a person, with no speech verb needed."""
    text = ("Rapat itu digelar hingga malam. Wakil Ketua Pansus Bonar Situmorang mengapresiasi kehadiran "
            "para saksi dalam rapat tersebut.")
    assert people(text).get("Bonar Situmorang") == ("Wakil Ketua", "Pansus")


def test_a_title_is_no_part_of_an_institute_s_name():
    text = ("Tim itu beranggotakan Ketua Lingkar Institute Sudarsono, pengajar Universitas Andalas Rudi Hartono, "
            "dan sejumlah pejabat lain.")
    assert people(text).get("Sudarsono") == ("Ketua", "Lingkar Institute")


def test_a_place_the_article_names_alone_is_no_part_of_a_name_used_alone():
    """"Kepala ITPC Jeddah Gunawan" … "kata Gunawan": the city is the office's, not his name."""
    text = ("Pembicaraan dilakukan dengan kantor dagang di Jeddah, Arab Saudi, pekan lalu.\n\n"
            "Kepala ITPC Jeddah Gunawan menambahkan, proyek itu masih dalam tahap studi kelayakan.\n\n"
            "\"Peluang ini momentum bagi industri kita,\" ungkap Gunawan.\n\n"
            "\"Kami siap membantu para eksportir,\" tambah Gunawan.")
    found = people(text)
    assert "Gunawan" in found and not any(name.startswith("Jeddah") for name in found)
    assert set(speakers(text)) == {"Gunawan"}


def test_companies_listed_after_a_company_word_are_nobody_and_take_no_quotes():
    """"importir dari perusahaan A, B, C": the runs are companies; the official's quotes after them
    stay his ("Dia mengemukakan …")."""
    text = ("Konsul Jenderal RI di Lisabon, Hendra Kusumadi, mengatakan pihaknya menggelar jamuan bagi pengusaha kopi.\n\n"
            "Hadir dalam jamuan itu importir dari perusahaan Lisboa Cafe, Rui Matos, Sabor Gida, dan Nova Torra.\n\n"
            "Dia mengemukakan, pangsa pasar kopi Indonesia di Portugal masih kecil.\n\n"
            "\"Kami siap membantu para eksportir,\" ungkapnya.")
    found = people(text)
    assert set(found) == {"Hendra Kusumadi"}
    assert set(speakers(text)) == {"Hendra Kusumadi"}


def test_a_name_after_a_company_and_a_comma_that_ends_the_list_is_a_person():
    text = "Direktur perusahaan Sinar Jaya, Budi Santoso mengatakan ekspor kopi naik tahun ini."
    assert "Budi Santoso" in people(text)


def test_national_bodies_written_short_like_a_name_are_organisations():
    """"Koordinator Kontras X", "anggota Kompolnas Y": the body's short name is no part of the name."""
    found = people("Koordinator Kontras Hasan Azhari mengatakan kasus itu harus diusut. Hadir pula anggota "
                   "Kompolnas Wulan Indarti.")
    assert found["Hasan Azhari"][0] == "Koordinator" and found["Hasan Azhari"][1] is not None
    assert found["Wulan Indarti"][0] == "anggota" and found["Wulan Indarti"][1] is not None


def test_the_next_listed_title_after_a_comma_is_no_role_of_the_name_before():
    found = people("Tim itu beranggotakan Ketua Lingkar Institute Sudarsono, dosen Universitas Andalas Rudi "
                   "Hartono, anggota Kompolnas Wulan Indarti.")
    assert found["Rudi Hartono"] == ("dosen", "Universitas Andalas")
    assert found["Wulan Indarti"][0] == "anggota"
    assert people("Hal itu disampaikan Budi Santoso, juru bicara KPK.")["Budi Santoso"][0] == "juru bicara"


def quotes(text, title=""):
    return [(q["speaker"], q["kind"], q["text"]) for q in annotate(title, text)["quotes"]]


def test_dinilai_with_its_agent_or_nya_reports_a_view():
    found = quotes("Konsul Jenderal RI di Lisabon, Hendra Kusumadi, mengatakan pihaknya menggelar jamuan. Hal ini, "
                   "dinilainya, tidak sebanding dengan kapasitas Indonesia sebagai produsen kopi.")
    assert any(s == "Hendra Kusumadi" and "tidak sebanding" in t for s, _, t in found)
    assert quotes("Kebijakan itu dinilai berbahaya bagi nelayan kecil di pesisir utara.") == []


def test_pihaknya_opening_a_sentence_points_back_to_the_last_speaker():
    found = quotes("Anggota tim Budi Santoso mengatakan timnya sudah bekerja sejak awal bulan. Pihaknya mengakui bahwa "
                   "pertemuan kedua orang itu memang terjadi di lembaga pemasyarakatan.")
    assert ("Budi Santoso", "indirect") in {(s, k) for s, k, t in found if "pertemuan kedua orang" in t}


def entities(text, title=""):
    return {(e["text"], e["label"]) for e in annotate(title, text)["entities"]}


def test_a_body_spelled_out_before_its_initials_in_brackets_is_an_organisation_that_speaks():
    text = ("Jakarta - Tim Penelusur Aset Bersama (TPAB) menyatakan bahwa tidak menemukan adanya aliran dana kepada "
            "pejabat daerah. Pusat Kajian Pangan dan Gizi Nasional (PKPGN) juga dimintai keterangan. Mantan presiden "
            "Susilo Bambang Yudhoyono (SBY) hadir.")
    found = entities(text)
    assert ("Tim Penelusur Aset Bersama", "ORG") in found and ("Pusat Kajian Pangan dan Gizi Nasional", "ORG") in found
    assert not any(label == "ORG" and "Susilo" in name for name, label in found)
    assert ("Tim Penelusur Aset Bersama", "indirect") in {(s, k) for s, k, _ in quotes(text)}


def test_police_staff_offices_written_short_are_titles():
    assert people("Tim itu bekerja di bawah koordinasi Irwasum Komjen Budi Priyanto.")["Budi Priyanto"][0] == "Irwasum"


def test_an_auditor_described_before_a_comma_has_that_role():
    assert people("Mantan auditor BPK, Sigit Pramono, didakwa menerima suap.")["Sigit Pramono"][0] == "Mantan auditor"


def test_an_acting_office_keeps_its_status_across_the_short_form_in_brackets():
    found = people("Pelaksana tugas (Plt) Kepala Dinas Pekerjaan Umum Jambi, Arfan, ditetapkan sebagai tersangka.")
    assert found["Arfan"] == ("Pelaksana tugas Kepala", "Dinas Pekerjaan Umum Jambi")


def test_claiming_to_be_someone_is_no_statement():
    assert quotes("Polisi menangkap tiga pria mengaku petugas pajak yang memeras para pedagang di pasar Cibubur.") == []
    found = quotes("Budi Santoso mengaku warga sudah lama menunggu bantuan dari pemerintah daerah itu.")
    assert [(s, k) for s, k, _ in found] == [("Budi Santoso", "indirect")]


def test_a_vehicle_s_make_and_model_is_no_person():
    found = people("Mantan auditor BPK, Sigit Pramono, disebut menerima sebuah motor Ducati Monster Diavel 821 "
                   "senilai Rp 90 juta dari seorang kontraktor.")
    assert set(found) == {"Sigit Pramono"}


def test_a_title_in_a_relative_clause_after_the_name_is_the_role():
    found = people("Hendra Wijaya mengatakan ekspor naik. Hendra yang menjabat sebagai Direktur Utama PT Sinar Kopi "
                   "Raya itu optimistis.")
    assert found["Hendra Wijaya"] == ("Direktur Utama", "PT Sinar Kopi Raya")


def test_people_listed_after_a_counted_group_s_description_take_it_as_their_role():
    found = people("Polisi menangkap empat pria di Cibinong. Keempat tersangka itu Hendra Wijaya (45) dan Abdul Rahman "
                   "(47) asal Depok, Joko Susilo (48) asal Bogor, serta Yudi Pratama (52) asal Jambi.")
    assert {name: role for name, (role, _) in found.items()} == dict.fromkeys(
        ["Hendra Wijaya", "Abdul Rahman", "Joko Susilo", "Yudi Pratama"], "tersangka")
    found = people("Kedua pelaku tersebut, yakni Hendra Wijaya dan Abdul Rahman, ditahan di Polres Depok.")
    assert found["Abdul Rahman"][0] == "pelaku"
    assert people("Tersangka itu Hendra Wijaya kini ditahan di Polres Depok.").get("Hendra Wijaya", (None,))[0] is None


def test_a_body_s_short_form_in_brackets_inside_a_description():
    found = people("Menurut anggota Panitia Khusus (Pansus) RUU Pertembakauan Rudi Hartono, aspek budaya juga dibahas.")
    assert found["Rudi Hartono"] == ("anggota", "Panitia Khusus RUU Pertembakauan")


def test_telling_a_story_after_an_adverb_with_secara_is_no_statement():
    assert quotes("Dalam rapat itu Budi Santoso menceritakan secara singkat perjalanan kariernya di kepolisian.") == []
    assert [s for s, _, _ in quotes("Budi Santoso menceritakan secara rinci longsor susulan terjadi pada malam hari.")] \
        == ["Budi Santoso"]


def test_said_by_someone_to_have_done_something_is_their_statement():
    found = quotes("Sebelumnya, dalam video pemeriksaan, Budi Santoso disebut Rina Haryati menemui anggota Komisi III "
                   "DPR dan meminta uang pengamanan.")
    assert [(s, k) for s, k, _ in found] == [("Rina Haryati", "indirect")]
