"""Quote rules from reading 150 unlabelled IndoSum articles against their quotes (sweep11s,
session 11), on invented sentences."""
import pytest

from pantau.nlp.pipeline import annotate


@pytest.mark.parametrize("text", [
    # a feeling, an intent, a standing or words named after the verb: nothing stated
    "Gelandang Persita Rudi Hartanto mengaku kesal dengan kabar yang beredar di kalangan suporter.",
    "Gelandang Persita Rudi Hartanto mengaku sangat tidak tertarik dengan tawaran klub lain.",
    "Gelandang Persita Rudi Hartanto mengungkapkan tekadnya untuk kembali bermain pekan depan.",
    "Calon bupati Agus Prasetyo memaparkan niatnya maju dalam pemilihan tahun depan.",
    "Gelandang Persita Rudi Hartanto terus menegaskan statusnya sebagai pemain kunci tim.",
    "Penyanyi Dewi Lestari menuliskan kata-kata perpisahan untuk sahabatnya di media sosial.",
    "Pemilik akun itu berujar kebencian kepada kelompok lain di media sosial.",
    # a place or a team secured, not a statement
    "Pebulu tangkis Rudi Hartanto memastikan tempat di babak kedua setelah menang dua gim.",
    "Tim Garuda Muda memastikan diri lolos ke final setelah menang adu penalti.",
    # a source, not a speaker
    "Namun, menurut rumor terkini, klub itu adalah pihak yang paling serius mengincar Rudi.",
    "Kebiasaan itu memperpendek usia seseorang, menurut sebuah studi yang terbit pekan lalu.",
    "Menurut temuan peneliti di jurnal itu, tidur cukup menurunkan risiko penyakit jantung.",
    # "Tambah lagi": moreover, no verb of saying
    "Tambah lagi, kegiatan semacam itu lebih sering diadakan di luar ruangan.",
])
def test_no_statement(text):
    assert annotate("", text)["quotes"] == []


def test_a_clause_after_the_verb_still_quotes():
    found = annotate("", "Gelandang Persita Rudi Hartanto mengatakan tempat latihan tim akan pindah ke Tangerang.")
    assert [(q["speaker"], q["text"]) for q in found["quotes"]] == \
        [("Rudi Hartanto", "tempat latihan tim akan pindah ke Tangerang")]
