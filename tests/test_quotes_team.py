"""A team acting for someone speaks for them, and nobody in it is named (issue 14, session 11):
"Tim kuasa hukum X menilai …" and "kata tim pengacara X" are the team's words, not X's; a coach of a
team named before a name is that person ("kata pelatih tim Garuda Muda Rudi Hartono"). Sentences
written for these tests; the names are invented."""

from pantau.nlp.pipeline import annotate

TEXT = (
    'Anggota Komisi III Ratna S Wulandari mengajukan gugatan praperadilan atas penetapan dirinya '
    'sebagai tersangka.\n\n'
    'Tim kuasa hukum Ratna menilai penetapan tersangka itu tidak sah karena tidak ada pemeriksaan. '
    '"Kami akan mengajukan bukti tambahan," kata tim pengacara Ratna di gedung pengadilan.\n\n'
    '"Saya tetap datang ke sidang," kata Ratna kepada wartawan.\n\n'
    'Tim pengacara mantan Menteri Perhubungan Hendra Kusuma mengklaim dana itu sudah dikembalikan.\n\n'
    'Ketua Tim Pemenangan Pemilu DPP Partai Maju Anwar Sudrajat mengatakan semua calon sudah siap.\n\n'
    'Pelatih tim Garuda Muda Rudi Hartono mengatakan anak asuhnya siap bertanding.'
)


def speaker_of(opening):
    found = [q["speaker"] for q in annotate("Sidang", TEXT)["quotes"] if q["text"].startswith(opening)]
    assert len(found) == 1, opening
    return found[0]


def test_a_legal_team_speaks_for_its_client_unnamed():
    assert speaker_of("penetapan tersangka") is None  # the legal team, nobody in it named
    assert speaker_of("Kami akan") is None
    assert speaker_of("Saya tetap datang") == "Ratna S Wulandari"  # her own words stay hers
    assert speaker_of("dana itu sudah") is None  # a title between the team and its client


def test_a_coach_or_head_of_a_team_is_the_one_named():
    assert speaker_of("anak asuhnya") == "Rudi Hartono"
    assert speaker_of("semua calon") == "Anwar Sudrajat"  # the head of a team named with capitals


def test_a_party_before_a_name_with_a_middle_initial_leaves_the_name_whole():
    found = annotate("Sidang", "Anggota Fraksi Hanura Marsinta T Lumbanraja mengajukan gugatan ke pengadilan. "
                     "Anggota Fraksi Perindo Yolanda R Sitompul menghadiri rapat itu pada Senin.")["people"]
    assert [(p["name"], p["organisation"]) for p in found] == [
        ("Marsinta T Lumbanraja", "Hanura"), ("Yolanda R Sitompul", "Perindo")]


def test_the_teams_words_are_not_its_clients_role():
    found = annotate("Sidang", "Tim kuasa hukum Dimas Saputra menilai penetapan tersangka itu tidak sah.")["people"]
    assert [(p["name"], p["role"]) for p in found] == [("Dimas Saputra", None)]
