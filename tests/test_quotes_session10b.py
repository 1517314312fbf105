"""Quotes on the shapes of a held-out batch (session 10, fresh10b): invented sentences in the shape
Indonesian outlets use, none copied from an article."""

from pantau.nlp.pipeline import annotate


def quotes(text, title=""):
    return [(q["speaker"], q["kind"], q["text"]) for q in annotate(title, text)["quotes"]]


def test_berkomentar_reports_only_with_bahwa():
    """"X berkomentar bahwa …" reports what X said; "enggan berkomentar lebih jauh" says nothing."""
    text = ("Sutradara Budi Santoso berkomentar bahwa keberhasilan film itu berkat kerja keras para pemain.\n\n"
            "Budi enggan berkomentar lebih jauh soal honor para pemain.")
    assert quotes(text) == [("Budi Santoso", "indirect", "keberhasilan film itu berkat kerja keras para pemain")]


def test_memandang_with_a_clause_is_a_view_stated():
    """"Sebab X memandang, tarif … semestinya …" states a view, like "menilai"; "memandang optimistis
    kariernya" is a feeling, no statement."""
    assert quotes("Sebab Edi Wirawan memandang, tarif kereta semestinya bersaing dengan moda lain.") == [
        ("Edi Wirawan", "indirect", "tarif kereta semestinya bersaing dengan moda lain")]
    assert quotes("Pemain muda Andi Wirawan memandang optimistis kariernya di klub barunya.") == []


def test_a_person_noun_with_a_relative_clause_after_the_verb_points_back():
    """"…," ucap pria yang sebelumnya pernah menjadi Bupati Lombok Tengah dua periode tersebut: a
    longer description of the man spoken of, who said it."""
    text = ("Dalam sidang itu, Budi Santoso mengklaim berhak menerima honor sebagai pembicara.\n\n"
            "\"Semua honor itu tercatat resmi,\" ucap pria yang sebelumnya pernah menjadi Bupati Lombok Tengah "
            "dua periode tersebut.")
    assert [q[0] for q in quotes(text)] == ["Budi Santoso", "Budi Santoso"]


def test_a_verb_of_saying_joined_by_dan_has_the_clause_s_subject():
    """"Ia sudah mengirim surat … dan meminta agar …", "Sebelumnya, Kemenkes mengajukan anggaran
    … dan meminta DPR menyetujui …": the second verb's statement is the first verb's subject's; a thing
    told with no clause ("memilih datang dan membeberkan sejumlah temuan baru mengenai proyek") is none."""
    text = ("Budi Santoso absen karena sakit. Ia sebelumnya sudah mengirim surat penjadwalan ulang ke "
            "penyidik dan meminta agar pemanggilan digeser ke pekan depan.")
    assert quotes(text) == [("Budi Santoso", "indirect", "agar pemanggilan digeser ke pekan depan")]
    text = ("Sebelumnya, Kemenkes mengajukan tambahan anggaran senilai Rp 2 triliun dan meminta DPR "
            "menyetujui usulan tersebut sebelum akhir bulan.")
    assert [(q[0], q[1]) for q in quotes(text)] == [("Kemenkes", "indirect")]
    assert quotes("Untuk itu, Budi Santoso memilih datang dan membeberkan sejumlah temuan baru mengenai proyek.") == []


def test_a_lower_case_title_one_person_holds_is_that_person_as_a_subject():
    """"…, hakim ketua pun menutup sidang dan menyatakan …" after "dipimpin hakim ketua X": X, not
    the court's panel."""
    text = ("Sidang itu dipimpin hakim ketua Andi Wirawan. Setelah pembacaan putusan, hakim ketua pun "
            "menutup sidang dan menyatakan putusan itu belum berkekuatan hukum tetap.")
    assert [(q[0], q[1]) for q in quotes(text)] == [("Andi Wirawan", "indirect")]
