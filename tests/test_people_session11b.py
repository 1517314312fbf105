"""People and speakers on the shapes of a held-out batch (session 11, fresh11b): invented sentences
in the shape Indonesian outlets use, none copied from an article."""

from pantau.nlp.pipeline import annotate


def result(text, title=""):
    return annotate(title, text)


def people(text, title=""):
    return {p["name"]: (p["role"], p["organisation"]) for p in result(text, title)["people"]}


def speakers(text, title=""):
    return [q["speaker"] for q in result(text, title)["quotes"]]


def _nickname_text(nickname):
    return ("Jakarta -- Mantan anggota DPR dari Fraksi Partai Demokrat, Rosalina Wijaya, menyebut partainya "
            "menerima jatah dari tiap proyek.\n\n"
            "Hal itu diungkapkan Rosalina saat bersaksi dalam sidang bagi terdakwa Dodi Hartono di Pengadilan Tipikor.\n\n"
            f"\"Semua sudah diatur dari awal,\" ujar perempuan yang akrab dengan sapaan {nickname} tersebut.\n\n"
            f"Misalnya, kata {nickname}, ada anggaran besar untuk proyek sekolah.\n\n"
            f"\"Kami hanya menjalankan tugas,\" tutur {nickname}.")


def test_a_nickname_given_after_a_description_is_the_person_named_before():
    """"… ujar perempuan yang akrab dengan sapaan Rosie tersebut": the nickname pointing back is
    the one person named before whose name it starts like or ends ("Rosie", "Lina" of "Rosalina
    Wijaya"); it is no second person and does not take her quotes."""
    for nickname in ("Rosie", "Lina"):
        text = _nickname_text(nickname)
        found = people(text)
        assert nickname not in found, nickname
        assert "Rosalina Wijaya" in found
        assert set(speakers(text)) == {"Rosalina Wijaya"}, nickname


def test_a_nickname_unlike_any_name_stays_apart():
    """A nickname that shares no part with anyone named before is not merged by guess."""
    assert "Wiwik" in people(_nickname_text("Wiwik"))
