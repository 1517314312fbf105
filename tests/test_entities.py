"""Entities linked to canonical names, and people with role and organisation (issue 5)."""

import functools
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Span

from pantau.nlp.entities import EntityLinker
from pantau.nlp.entities import gazetteer as gz
from pantau.nlp.pipeline import annotate, get_pipeline

SEED = Path(__file__).parent / "data" / "seed.txt"


def seed_result():
    lines = SEED.read_text(encoding="utf-8").split("\n")
    # line 1 is the section label "Nasional", line 3 the title
    return annotate(lines[2].strip(), "\n".join(lines[3:]).strip())


def pairs(result, label=None):
    return {(e["canonical"], e["label"]) for e in result["entities"] if label in (None, e["label"])}


@functools.lru_cache(maxsize=1)
def pipeline_taking_ner_entities():
    """The shipped pipeline with pantau_entities also taking ORG/PLACE spans from doc.ents
    (off in the shipped config, see the comment there)."""
    from pantau.nlp.pipeline import HERE

    config = spacy.util.load_config(HERE / "config.id.cfg", overrides={"components.pantau_entities.use_ner": True})
    return spacy.util.load_model_from_config(config, auto_fill=True)


def run(text, ner=None, nlp=None):
    """The shipped pipeline over `text`, with `ner` (a function setting doc.ents) run first."""
    nlp = nlp or get_pipeline("id")
    doc = nlp.make_doc(text)
    if ner:
        doc = ner(doc)
    for _, component in nlp.pipeline:
        doc = component(doc)
    return {"entities": doc._.entities, "people": doc._.people, "quotes": doc._.quotes}


# --- the seed (issue 5, "Must show") ----------------------------------------------------------

def test_seed_programmes_apps_campaign_segment_linked():
    found = pairs(seed_result())
    assert {("Jaminan Kecelakaan Kerja", "PROGRAM"), ("Jaminan Kematian", "PROGRAM"),
            ("Jaminan Hari Tua", "PROGRAM"), ("Jamsostek Mobile", "APP"), ("SERTAKAN", "CAMPAIGN"),
            ("Bukan Penerima Upah", "SEGMENT"), ("BPJS Ketenagakerjaan", "ORG"),
            ("Jakarta", "PLACE"), ("Indonesia", "PLACE"), ("Oni Marbun", "PERSON")} <= found


def test_seed_abbreviations_point_to_full_names():
    by_text = {e["text"]: e["canonical"] for e in seed_result()["entities"]}
    assert by_text["JKK"] == "Jaminan Kecelakaan Kerja"
    assert by_text["JKM"] == "Jaminan Kematian"
    assert by_text["JHT"] == "Jaminan Hari Tua"
    assert by_text["JMO"] == "Jamsostek Mobile"
    assert by_text["Oni"] == "Oni Marbun"


def test_seed_small_businesses_and_sidebar_are_not_entities():
    result = seed_result()
    texts = {e["text"] for e in result["entities"]}
    assert not texts & {"UMKM", "UKM", "ART"}
    # the "Recent Posts" sidebar and "Baca juga" headlines are not the article
    assert not {"Erick Thohir", "Badan Pusat Statistik", "JULO"} & {e["canonical"] for e in result["entities"]}
    text = SEED.read_text(encoding="utf-8")
    assert all(e["end"] < len(text[: text.index("Editor:")]) for e in result["entities"])


def test_seed_person_with_role_and_organisation():
    assert seed_result()["people"] == [
        {"name": "Oni Marbun", "role": "Deputi Komunikasi", "organisation": "BPJS Ketenagakerjaan"}]


def test_entity_offsets_point_at_their_text():
    lines = SEED.read_text(encoding="utf-8").split("\n")
    title, body = lines[2].strip(), "\n".join(lines[3:]).strip()
    full = f"{title}\n\n{body}"
    for e in annotate(title, body)["entities"]:
        assert full[e["start"]:e["end"]] == e["text"]


# --- aliases and ambiguity -----------------------------------------------------------------------

@pytest.mark.parametrize("text, canonical, label", [
    ("BPJamsostek membayar klaim.", "BPJS Ketenagakerjaan", "ORG"),
    ("BP Jamsostek membayar klaim.", "BPJS Ketenagakerjaan", "ORG"),
    ("BPJS TK membayar klaim.", "BPJS Ketenagakerjaan", "ORG"),
    ("Kemnaker mengawasi perusahaan.", "Kementerian Ketenagakerjaan", "ORG"),
    ("Kemenaker mengawasi perusahaan.", "Kementerian Ketenagakerjaan", "ORG"),
    ("Rapat dengan Komisi IX berlangsung alot.", "Komisi IX DPR", "ORG"),
    ("DJSN menyusun kajian.", "Dewan Jaminan Sosial Nasional", "ORG"),
    ("Peserta mengklaim JKP bulan lalu.", "Jaminan Kehilangan Pekerjaan", "PROGRAM"),
    ("Peserta JKN-KIS bertambah.", "Jaminan Kesehatan Nasional", "PROGRAM"),
    ("Pasien memakai aplikasi Mobile JKN.", "Mobile JKN", "APP"),
    ("Daftar lewat Jamsostek Mobile saja.", "Jamsostek Mobile", "APP"),
    ("Pekerja Penerima Upah membayar iuran.", "Penerima Upah", "SEGMENT"),
    ("Taspen membayar pensiun.", "Taspen", "ORG"),
    ("Ketua Asosiasi Pertekstilan Indonesia (API) hadir. API menolak usulan itu.",
     "Asosiasi Pertekstilan Indonesia", "ORG"),
    ("Warga Kabupaten Cilacap menerima bantuan.", "Kabupaten Cilacap", "PLACE"),
])
def test_alias_links_to_canonical(text, canonical, label):
    assert (canonical, label) in pairs(annotate("", text))


@pytest.mark.parametrize("text, expected", [
    ("BPJS Kesehatan menaikkan iuran. Kenaikan iuran BPJS dikritik.", "BPJS Kesehatan"),
    ("BPJS Ketenagakerjaan membayar JHT. Klaim BPJS naik.", "BPJS Ketenagakerjaan"),
    ("BPJS Kesehatan dan BPJS Ketenagakerjaan diaudit. Kinerja BPJS dinilai baik.", "BPJS"),
    ("Iuran BPJS naik tahun depan.", "BPJS"),
])
def test_bare_bpjs_is_the_agency_the_article_names(text, expected):
    bare = [e for e in annotate("", text)["entities"] if e["text"] == "BPJS"]
    assert bare and all(e["canonical"] == expected for e in bare)


def test_pmi_is_migrant_workers_unless_the_paragraph_is_about_blood():
    assert ("Pekerja Migran Indonesia", "SEGMENT") in pairs(annotate("", "Klaim PMI di Taiwan naik."))
    assert ("Palang Merah Indonesia", "ORG") in pairs(annotate("", "PMI menggelar donor darah di kantor itu."))


def test_law_titles_do_not_name_the_agency():
    result = annotate("", "UU 24/2011 tentang Badan Penyelenggara Jaminan Sosial mengatur sanksi.")
    assert ("BPJS", "ORG") not in pairs(result)


def test_headline_capitals_do_not_make_people():
    result = annotate("Menaker Minta Perusahaan Daftarkan Pekerja Kontrak", "Perusahaan diminta patuh.")
    assert result["people"] == []


# --- user gazetteer ---------------------------------------------------------------------------------

def test_user_gazetteer_entries_are_picked_up(tmp_path, monkeypatch):
    user = tmp_path / "mine.toml"
    user.write_text('[[ORG]]\ncanonical = "Serikat Ojol Nusantara"\naliases = ["SON"]\n\n'
                    '[[ORG]]\ncanonical = "BPJS Ketenagakerjaan"\naliases = ["Jamsos TK"]\n', encoding="utf-8")
    monkeypatch.setenv(gz.ENV_VAR, str(user))
    nlp = get_pipeline("id")
    linker = EntityLinker(nlp, gz.load())  # what the pipeline builds when it starts
    doc = linker(nlp.make_doc("SON bertemu Jamsos TK di Jakarta."))
    assert {("Serikat Ojol Nusantara", "ORG"), ("BPJS Ketenagakerjaan", "ORG"), ("Jakarta", "PLACE")} <= pairs(
        {"entities": doc._.entities})


def test_user_gazetteer_errors_name_the_file(tmp_path, monkeypatch):
    bad = tmp_path / "bad.toml"
    bad.write_text('[[TEAM]]\ncanonical = "X"\n', encoding="utf-8")
    with pytest.raises(gz.GazetteerError, match="bad.toml.*unknown label 'TEAM'"):
        gz.load([bad])
    monkeypatch.setenv(gz.ENV_VAR, str(tmp_path / "missing.toml"))
    with pytest.raises(gz.GazetteerError, match="missing.toml"):
        gz.load()


# --- with a statistical NER before us ------------------------------------------------------------

def fake_ner(doc):
    """Stands in for `pantau_ner`: tags the names a trained model would."""
    spans = []
    for words, label in ((("Soekarno",), "PERSON"), (("Kitabisa",), "ORGANISATION"),
                         (("Cikini",), "PLACE"), (("UMKM",), "ORGANISATION")):
        for token in doc:
            if doc[token.i:token.i + len(words)].text == " ".join(words):
                spans.append(Span(doc, token.i, token.i + len(words), label=label))
    doc.ents = spans
    return doc


TEXT = ("Soekarno pernah berpidato di Cikini. Di sana, Kitabisa membantu UMKM.\n\n"
        "“Perlindungan pekerja adalah kewajiban negara,” kata Soekarno.")


def test_without_ner_rules_still_find_the_speaker():
    result = run(TEXT)
    assert result["quotes"][0]["speaker"] == "Soekarno"
    assert ("Kitabisa", "ORG") not in pairs(result)  # no head word, no model: not found


def test_with_ner_its_people_places_and_organisations_are_used():
    result = run(TEXT, ner=fake_ner, nlp=pipeline_taking_ner_entities())
    found = pairs(result)
    assert {("Soekarno", "PERSON"), ("Kitabisa", "ORG"), ("Cikini", "PLACE")} <= found
    assert ("UMKM", "ORG") not in found  # not an organisation, whatever a model says
    assert result["people"] == [{"name": "Soekarno", "role": None, "organisation": None}]
    assert result["quotes"][0]["speaker"] == "Soekarno"


def noisy_ner(doc):
    """A weak model's mistakes: a title word inside a name, a place inside a name, a common word."""
    guesses = {"Menurut Maria": "PERSON", "Tanjung": "PLACE", "Laporan": "PERSON", "Maria": "ORGANISATION"}
    spans = []
    for token in doc:
        for words, label in guesses.items():
            n = len(words.split())
            if doc[token.i:token.i + n].text == words:
                spans.append(Span(doc, token.i, token.i + n, label=label))
    doc.ents = [s for s in spans if not any(o is not s and o.start <= s.start < o.end for o in spans)]
    return doc


def test_a_noisy_ner_does_not_cut_names_or_invent_people():
    text = ("Kepala Humas BPJS Kesehatan Maria Ulfa Tanjung mengatakan, denda dihitung per bulan.\n\n"
            "Laporan keuangan terbit tiap tahun.\n\nMenurut Maria, peserta perlu memahami ketentuan itu.")
    result = run(text, ner=noisy_ner)
    assert result["people"] == [{"name": "Maria Ulfa Tanjung", "role": "Kepala Humas", "organisation": "BPJS Kesehatan"}]
    assert [q["speaker"] for q in result["quotes"]] == ["Maria Ulfa Tanjung"] * 2
    assert ("Tanjung", "PLACE") not in pairs(result)
