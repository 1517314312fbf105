"""Sentence boundaries for Indonesian news (issue 6): abbreviations, decimals, quotes, datelines."""

from pathlib import Path

import pytest

from pantau.nlp.pipeline import get_pipeline
from pantau.nlp.sentences import dateline_end, sentence_spans

DATA = Path(__file__).parent / "data"

CASES = [
    # abbreviations that never end a sentence
    ("Harga naik menjadi Rp. 5.000 per kg. Pedagang mengeluh.",
     ["Harga naik menjadi Rp. 5.000 per kg.", "Pedagang mengeluh."]),
    ("Sesuai UU No. 24 Tahun 2011 BPJS dibentuk. Ini penting.",
     ["Sesuai UU No. 24 Tahun 2011 BPJS dibentuk.", "Ini penting."]),
    ("Ketua H. Ahmad Yani hadir. Hj. Siti juga datang.", ["Ketua H. Ahmad Yani hadir.", "Hj. Siti juga datang."]),
    ("Menteri Ir. Joko datang ke Jl. Sudirman No. 5, Kab. Bogor. Acara dimulai.",
     ["Menteri Ir. Joko datang ke Jl. Sudirman No. 5, Kab. Bogor.", "Acara dimulai."]),
    ("Saham PT. Bank Rakyat Indonesia Tbk. naik 2,5 persen. Investor senang.",
     ["Saham PT. Bank Rakyat Indonesia Tbk. naik 2,5 persen.", "Investor senang."]),
    ("Prof. Dr. Budi dan Drs. Andi hadir. Keduanya berbicara.",
     ["Prof. Dr. Budi dan Drs. Andi hadir.", "Keduanya berbicara."]),
    ("Mantan Presiden Susilo B. Yudhoyono hadir. Ia tersenyum.",
     ["Mantan Presiden Susilo B. Yudhoyono hadir.", "Ia tersenyum."]),
    # degrees: inside a name, and chained; they end a sentence when a capital follows
    ("Drs. Budi Santoso, S.E., M.M. hadir di acara itu. Ia berpidato.",
     ["Drs. Budi Santoso, S.E., M.M. hadir di acara itu.", "Ia berpidato."]),
    ("Pembicaranya Andi Wijaya S.E. M.Si. dari Bandung. Ia dosen.",
     ["Pembicaranya Andi Wijaya S.E. M.Si. dari Bandung.", "Ia dosen."]),
    ("Acara dibuka oleh Dr. Rina Sari, Ph.D. Setelah itu diskusi dimulai.",
     ["Acara dibuka oleh Dr. Rina Sari, Ph.D.", "Setelah itu diskusi dimulai."]),
    # dll., dkk., Tbk. end a sentence before a capital, not before a lowercase word
    ("Peserta mencakup ART, supir, dll. Semua bisa daftar.", ["Peserta mencakup ART, supir, dll.", "Semua bisa daftar."]),
    ("Peserta mencakup ART, supir, dll. dan pekerja lain.", ["Peserta mencakup ART, supir, dll. dan pekerja lain."]),
    ("Penelitian itu ditulis Budi dkk. Hasilnya dimuat jurnal.", ["Penelitian itu ditulis Budi dkk.", "Hasilnya dimuat jurnal."]),
    ("Laba PT Bank Mandiri (Persero) Tbk. Direksi menyambut baik.",
     ["Laba PT Bank Mandiri (Persero) Tbk.", "Direksi menyambut baik."]),
    # numbers
    ("Inflasi 3.5 persen tahun ini. Lebih rendah dari 4,2 persen.", ["Inflasi 3.5 persen tahun ini.", "Lebih rendah dari 4,2 persen."]),
    ("Jumlahnya 1.250 orang. Sisanya 3.400.", ["Jumlahnya 1.250 orang.", "Sisanya 3.400."]),
    ("Iuran Rp.5.000 per bulan. 43 juta terdaftar.", ["Iuran Rp.5.000 per bulan.", "43 juta terdaftar."]),
    ("Pukul 14.30 WIB. Rapat dimulai.", ["Pukul 14.30 WIB.", "Rapat dimulai."]),
    ("1. Daftar melalui aplikasi JMO. 2. Bayar iuran.", ["1. Daftar melalui aplikasi JMO.", "2. Bayar iuran."]),
    # quotes holding several sentences: split inside, closing quote and attribution stay
    ('"Tidak hanya tarif. Semua harus diatur. Kan bisa saling melengkapi," ucap Zulkifli. Ia pergi.',
     ['"Tidak hanya tarif.', "Semua harus diatur.", 'Kan bisa saling melengkapi," ucap Zulkifli.', "Ia pergi."]),
    ("\u201cKami siap. Semua sudah disiapkan!\u201d tegasnya. Acara dimulai.",
     ["\u201cKami siap.", "Semua sudah disiapkan!\u201d tegasnya.", "Acara dimulai."]),
    ('"Apa benar begitu?" tanya Budi. "Benar," jawabnya.', ['"Apa benar begitu?" tanya Budi.', '"Benar," jawabnya.']),
    ('Ia berkata, "Saya siap." Lalu pergi.', ['Ia berkata, "Saya siap."', "Lalu pergi."]),
    ("\u201cIni terwujud,\u201dpungkasnya. (*)", ["\u201cIni terwujud,\u201dpungkasnya.", "(*)"]),
    # datelines stay with the sentence they open
    ("Jakarta (ANTARA) - Pemerintah menaikkan iuran. Kenaikan berlaku Januari.",
     ["Jakarta (ANTARA) - Pemerintah menaikkan iuran.", "Kenaikan berlaku Januari."]),
    ("JAKARTA, KOMPAS.com - BPJS menargetkan 53,9 juta peserta. Target itu tinggi.",
     ["JAKARTA, KOMPAS.com - BPJS menargetkan 53,9 juta peserta.", "Target itu tinggi."]),
    ("KONTAN.CO.ID - JAKARTA. BPJS menargetkan 53,9 juta peserta. Target itu tinggi.",
     ["KONTAN.CO.ID - JAKARTA. BPJS menargetkan 53,9 juta peserta.", "Target itu tinggi."]),
    ("Liputan6.com, Jakarta - Peserta naik. Target tercapai.", ["Liputan6.com, Jakarta - Peserta naik.", "Target tercapai."]),
    # line breaks always end a sentence
    ("Judul Tanpa Titik\n\nJakarta - Isi berita dimulai. Kalimat kedua.",
     ["Judul Tanpa Titik", "Jakarta - Isi berita dimulai.", "Kalimat kedua."]),
    ("Baca juga: Iuran Naik\nPeserta bertambah.", ["Baca juga: Iuran Naik", "Peserta bertambah."]),
    ("Apakah ini benar? Tentu saja!  Semua setuju.", ["Apakah ini benar?", "Tentu saja!", "Semua setuju."]),
    ("", []),
    ("   \n\n  ", []),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_sentence_spans(text, expected):
    assert [text[s:e] for s, e in sentence_spans(text)] == expected


@pytest.mark.parametrize("text, expected", CASES)
def test_pipeline_sentences_match(text, expected):
    nlp = get_pipeline("id")
    assert [s.text.strip() for s in nlp(text).sents if s.text.strip()] == expected


@pytest.mark.parametrize("line, dateline", [
    ("Jakarta (ANTARA) - Pemerintah menaikkan iuran.", "Jakarta (ANTARA) - "),
    ("JAKARTA, KOMPAS.com - BPJS menargetkan.", "JAKARTA, KOMPAS.com - "),
    ("Liputan6.com, Jakarta - BPJS menargetkan.", "Liputan6.com, Jakarta - "),
    ("TEMPO.CO, Jakarta - BPJS menargetkan.", "TEMPO.CO, Jakarta - "),
    ("Jakarta, CNBC Indonesia \u2013 BPJS menargetkan.", "Jakarta, CNBC Indonesia \u2013 "),
    ("KONTAN.CO.ID - JAKARTA. BPJS menargetkan.", "KONTAN.CO.ID - JAKARTA. "),
    ("Bisnis.com, JAKARTA \u2014 BPJS menargetkan.", "Bisnis.com, JAKARTA \u2014 "),
    ("Jakarta \u2013 BPJS menargetkan.", "Jakarta \u2013 "),
    ("Jakarta, CNN Indonesia -- BPJS menargetkan.", "Jakarta, CNN Indonesia -- "),
    ("REPUBLIKA.CO.ID, JAKARTA -- BPJS menargetkan.", "REPUBLIKA.CO.ID, JAKARTA -- "),
    ("Samarinda, Kalimantan Timur (ANTARA News) - Pemprov menyiapkan.", "Samarinda, Kalimantan Timur (ANTARA News) - "),
    ("JAKARTA (Pos Kota) \u2013 Polisi menangkap.", "JAKARTA (Pos Kota) \u2013 "),
    ("JAKARTA, KOMPAS.com -", "JAKARTA, KOMPAS.com -"),  # a dateline on a line of its own
    # session 9: hyphenated outlets and outlets written in lower case
    ("MEDAN, Tribun-Medan.com - Kepala cabang menjelaskan.", "MEDAN, Tribun-Medan.com - "),
    ("Jakarta, detik.com - BPJS menargetkan.", "Jakarta, detik.com - "),
    ("jpnn.com, JAKARTA - BPJS menargetkan.", "jpnn.com, JAKARTA - "),
    ("Anak-anak - Budi menyebutnya begitu.", "Anak-anak - "),  # the same shape as "SPANYOL -"
    ("Baru-baru ini BPJS menargetkan.", ""),
    ("Baca juga: BPJS Menargetkan 70 Juta Peserta", ""),
    ("BPJS Ketenagakerjaan menargetkan - kata dia - banyak.", ""),
])
def test_dateline_end(line, dateline):
    assert line[: dateline_end(line)] == dateline


def test_seed_splits_into_expected_sentences():
    text = (DATA / "seed.txt").read_text(encoding="utf-8")
    expected = (DATA / "seed.sentences.txt").read_text(encoding="utf-8").splitlines()
    assert [text[s:e] for s, e in sentence_spans(text)] == expected
    doc = get_pipeline("id")(text)
    assert [s.text.strip() for s in doc.sents if s.text.strip()] == expected
