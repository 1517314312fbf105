"""Quote and speaker rules from reading 150 unlabelled IndoSum articles against their quotes
(sweep12s, session 12), on invented sentences."""
from pantau.nlp.pipeline import annotate


def speakers(text):
    return [(q["kind"], q["speaker"]) for q in annotate("Judul Uji Coba", text)["quotes"]]


def test_the_speaker_after_kata_and_a_role_is_who_a_later_dia_means():
    # "kata pelatih Persela X": X is salient; a player named in his reported clause is not
    text = ("\"Seluruh pemain dalam kondisi bagus, kecuali Budi Santoso yang masih cedera,\" kata pelatih Persela "
            "Rahmat Darmawan di Lamongan.\n\n"
            "Tim itu bertolak ke Bandung, Kamis pagi, lewat bandara dengan kekuatan penuh.\n\n"
            "Ia menilai pertandingan perdana itu sangat penting sehingga pemain harus fokus, apalagi lawan ditopang "
            "sejumlah pemain bintang seperti Carlos Mendes.\n\n"
            "Meski demikian, lanjut dia, anak asuhnya tetap diinstruksikan tidak bermain bertahan, tetapi harus "
            "menyerang.\n\n"
            "\"Kami akan bermain terbuka dan kami tidak silau dengan lawan yang bertabur pemain bintang,\" katanya.")
    assert {who for _, who in speakers(text)} == {"Rahmat Darmawan"}


def test_a_pronoun_subject_keeps_the_speaker_over_a_name_ending_its_sentence():
    text = ("Pelatih tunggal putri, Rudi Hartanto, memastikan anak asuhnya tetap berangkat ke Jepang. Namun, ia tidak "
            "memasang target tinggi kepada Dewi Kartika / Ratna Sari.\n\n"
            "\"Kami sudah berdiskusi dan mereka tetap mau bertanding di Jepang, meski kondisi mereka sudah lelah,\" "
            "ujarnya.")
    assert {who for _, who in speakers(text)} == {"Rudi Hartanto"}
