"""People on the shapes of a held-out batch (session 12, fresh12b): invented sentences in the shape
Indonesian outlets use, none copied from an article; the names are invented."""

from pantau.nlp.pipeline import annotate


def people(text, title=""):
    return {p["name"]: p for p in annotate(title, text)["people"]}


def test_a_lone_name_before_its_companions_is_a_person_but_not_a_camel_cased_service():
    """"agar Tarep dan kawan-kawan bisa …", "Darsum dkk", "Sopyan cs": a player and his teammates;
    "Layanan GoRide cs" is a service, a club the article knows is a club."""
    found = people("Manajer tim Hendra Wijaya meminta agar Tarep dan kawan-kawan bisa tampil lebih baik. "
                   "Sebelumnya Darsum dkk kalah di kandang, sementara Sopyan cs menang tipis. "
                   "Layanan GoRide cs makin laris, dan Persib dkk juga kalah.")
    assert {"Tarep", "Darsum", "Sopyan"} <= set(found)
    assert "GoRide" not in found and "Persib" not in found


def test_a_royal_given_name_before_a_month_that_is_a_given_name_too_is_one_name():
    """"Sekjen PSI, Raja Juli Antoni": Raja and Juli are given names here (a royal word and a month),
    the whole run after the title's comma is the name; "Raja Juli 2017" is no name."""
    result = annotate("", "\"Besok dia datang,\" ucap Sekjen Partai Maju, Raja Juli Santoso kepada wartawan.")
    assert [(p["name"], p["role"]) for p in result["people"]] == [("Raja Juli Santoso", "Sekjen")]
    assert [q["speaker"] for q in result["quotes"]] == ["Raja Juli Santoso"]
