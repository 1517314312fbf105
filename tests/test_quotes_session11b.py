"""Who goes on speaking, on the shapes of a held-out batch (session 11, fresh11b): invented
sentences in the shape Indonesian outlets use, none copied from an article."""

from pantau.nlp.pipeline import annotate


def speakers(text, title=""):
    return [(q["speaker"], q["text"][:20]) for q in annotate(title, text)["quotes"]]


def test_the_subject_after_tetapi_lagi_lagi_goes_on_speaking():
    """"Tetapi lagi-lagi Budi masih bungkam …. “…,” tutupnya.": the subject after the opening
    conjunction and adverb, not the manager named in the sentence before, closes the paragraph."""
    text = ("Pelatih Persebaya Budi Raharjo mengaku belum memilih pemain asing.\n\n"
            "\"Kami masih menunggu,\" kata Budi.\n\n"
            "Saat ini pemain yang ramai dibicarakan adalah Marco Silva. Pemain itu sesuai dengan kriteria "
            "yang pernah disebut oleh manajer umum Persebaya, Hendra Wijaya. Tetapi lagi-lagi Budi "
            "masih bungkam soal hal tersebut. \"Nanti tunggu saja kedatangan mereka ke Surabaya,\" tutupnya.")
    assert [s for s, _ in speakers(text)][-1] == "Budi Raharjo"
