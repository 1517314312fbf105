"""People, roles, quotes and figures on the shapes of a held-out batch (session 11, fresh11a):
invented sentences in the shape Indonesian outlets use, none copied from an article."""

from pantau.nlp.pipeline import annotate


def result(text, title=""):
    return annotate(title, text)


def people(text, title=""):
    return {p["name"]: (p["role"], p["organisation"]) for p in result(text, title)["people"]}


def speakers(text, title=""):
    return [(q["speaker"], q["kind"]) for q in result(text, title)["quotes"]]


def test_a_name_word_the_ner_calls_a_body_where_it_speaks_stays_in_the_name():
    """"Menteri Sosial Khofifah Indar Parawansa" … "Khofifah menambahkan, …": the NER tags the lone
    "Khofifah" that speaks as an organisation; a word of people's names that is the subject of a verb
    of saying is the person, not the body of the minister's title."""
    text = ("\"Nanti akan dicarikan rumah untuk satu tahun,\" ujar Menteri Sosial Khofifah Indar Parawansa "
            "ketika menjenguk Rudi di Bekasi, Selasa (6/6).\n\n"
            "Selain itu, Kemensos bersama Yayasan Harapan Bangsa juga akan membayarkan tunggakan sekolah "
            "keluarga Rudi. Hal itu dilakukan agar Rudi bersama adiknya dapat kembali bersekolah. Khofifah "
            "menambahkan, untuk ayah Rudi juga akan diberi modal usaha.")
    found = people(text)
    assert found.get("Khofifah Indar Parawansa") == ("Menteri Sosial", "Kementerian Sosial")
    assert "Indar Parawansa" not in found and "Khofifah" not in found
    assert speakers(text) == [("Khofifah Indar Parawansa", "direct"), ("Khofifah Indar Parawansa", "indirect")]
