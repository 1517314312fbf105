"""Roles and organisations read off 200 unlabelled IndoSum articles (session 12, sweep12r): invented
sentences in the shapes Indonesian outlets use, none copied from an article."""

from pantau.nlp.pipeline import annotate


def people(text, title=""):
    return {p["name"]: (p["role"], p["organisation"]) for p in annotate(title, text)["people"]}


def test_english_job_titles_not_listed_are_read_whole():
    """"Chief Engineer X Corporation Y", "Venture Partner X Ventures Y", "Y, Associate Country Manager X":
    the English title is the role, the body after it the organisation."""
    text = "Chief Engineer Sinar Motor Corporation Kenji Watanabe memaparkan bahwa motor itu dibuat untuk pemula."
    assert people(text).get("Kenji Watanabe") == ("Chief Engineer", "Sinar Motor Corporation")
    text = "Salah satu Venture Partner Cakra Ventures Dani Sukarno menjelaskan fokus mereka tahun ini."
    assert people(text).get("Dani Sukarno") == ("Venture Partner", "Cakra Ventures")
    text = '"Kami tidak menyerah," kata Olivia Hartono, Associate Country Manager Tokobagus Indonesia yang baru.'
    assert people(text).get("Olivia Hartono") == ("Associate Country Manager", "Tokobagus Indonesia")
    text = "Menurut Regional Partnership Manager MakanYuk Ray Aditya Santoso, pemesanan sangat mudah."
    assert people(text).get("Ray Aditya Santoso") == ("Regional Partnership Manager", "MakanYuk")


def test_an_english_of_with_the_function_a_head_leads_stays_in_the_role():
    """"Head of Product Management X", "Y, Vice President of Strategy Creation Z,": the function after
    "of" is the title's; the firm after it is the organisation. "Head of Research" as before."""
    assert people("Head of Product Management Raf Van Dalen mengatakan desainnya berbeda.").get("Raf Van Dalen") \
        == ("Head of Product Management", None)
    text = "Suryadi Wilim, Head of Marketing Communications Luna Indonesia, mengatakan kerja sama itu berhenti."
    assert people(text).get("Suryadi Wilim") == ("Head of Marketing Communications", "Luna Indonesia")
    text = '"Stok kami cukup," ujar James Carter, Vice President of Product Development Nikon, kepada pers.'
    assert people(text).get("James Carter") == ("Vice President of Product Development", "Nikon")
    text = '"Kami tumbuh," kata Head of Research Mandiri Sekuritas Budi Hartono.'
    assert people(text).get("Budi Hartono") == ("Head of Research", "Mandiri Sekuritas")


def test_more_role_nouns_before_a_name():
    """Publicists, masters, collectors, coroners, keepers, congregations, kin; "Kapolsekta"."""
    assert people("Ketika itu, publisis Amerika Serikat Johnny Walden mengundang rekan-rekannya.").get("Johnny Walden") \
        == ("publisis Amerika Serikat", None)
    assert people("Foto itu dimiliki kolektor foto Gerd Ellinger sejak lama.").get("Gerd Ellinger") == ("kolektor foto", None)
    assert people("Koroner dari London, Stephen Earle mengatakan ia masih menunggu hasil pemeriksaan.").get(
        "Stephen Earle") == ("Koroner", None)
    assert people("Bola itu mengecoh penjaga gawang Ben Fostner dan masuk ke gawang.").get("Ben Fostner") \
        == ("penjaga gawang", None)
    assert people("Dokumen itu dibocorkan kepada salah satu kerabatnya, Choi Min-ji, yang bukan pejabat.").get(
        "Choi Min-ji") == ("kerabat", None)
    assert people("Kapolsekta Medan Barat Kompol Viktor Zalukhu mengatakan pelaku sempat kabur.").get("Viktor Zalukhu") \
        == ("Kapolsekta Medan Barat", None)


def test_a_body_s_regional_branch_keeps_its_region_as_written():
    """"Ketua Umum Kadin Jawa Timur X", "Ketua Bawaslu DKI X", "Kepala Bidang … BNN Provinsi Jawa Tengah X":
    the region is the branch's, not the role's; but after a branch unit in the title it is the unit's."""
    assert people("Ketua Umum Kadin Jawa Timur Hartono Wijaya menyatakan siap membantu.").get("Hartono Wijaya") \
        == ("Ketua Umum", "Kadin Jawa Timur")
    assert people("Ketua Bawaslu DKI Ratna Dewi mengatakan pengawasan diperketat.").get("Ratna Dewi") \
        == ("Ketua", "Bawaslu DKI")
    text = "Kepala Seksi Penindakan BNN Provinsi Jawa Tengah Sutarjo mengatakan jaringan itu besar."
    assert people(text).get("Sutarjo") == ("Kepala Seksi Penindakan", "BNN Provinsi Jawa Tengah")
    text = "Kepala Kantor Cabang BPJS Ketenagakerjaan Cilacap Dewi Larasati mengatakan klaim naik."
    assert people(text).get("Dewi Larasati") == ("Kepala Kantor Cabang Cilacap", "BPJS Ketenagakerjaan")


def test_a_place_or_a_film_industry_after_the_title_is_no_organisation():
    """"Aktor Hollywood X", "pemimpin Dubai, X", "Kapolsek Pesantren, Kompol X": part of the role;
    "Pelatih Barito X" (a club named after a place) and "Wakil Ketua Pansus X" keep their body."""
    assert people("Aktor Hollywood Milo Tennant membantah kabar itu.").get("Milo Tennant") == ("Aktor Hollywood", None)
    assert people("Hadiah itu diserahkan pemimpin Dubai, Sheikh Hamdan Rashid, kepada pemenang.").get(
        "Hamdan Rashid") == ("pemimpin Dubai", None)
    assert people('"Kami menyesal," kata Kapolsek Pesantren, Kompol Suyatno, kepada wartawan.').get("Suyatno") \
        == ("Kapolsek Pesantren", None)
    assert people("Pelatih Barito Jacky Tiago mengatakan timnya siap.").get("Jacky Tiago") == ("Pelatih", "Barito")


def test_a_role_after_the_name_with_selaku_or_yang_merupakan():
    """"X selaku mantan pimpinan Y mengungkapkan …", "X, yang merupakan mantan Menteri …, hadir": the status
    word stays in the role; "menetapkan X sebagai tersangka kasus …" gives no role."""
    text = "Irwan Scholten selaku mantan pimpinan Tottenham Hotspur mengungkapkan bahwa tawaran itu ada."
    assert people(text).get("Irwan Scholten") == ("mantan pimpinan", "Tottenham Hotspur")
    text = "Budi Hartawan, yang merupakan mantan Menteri Perhubungan, hadir dalam acara itu."
    assert people(text).get("Budi Hartawan", (None,))[0] == "mantan Menteri Perhubungan"
    text = "Polisi menetapkan Joni Iskandar sebagai tersangka kasus pencurian motor."
    assert people(text).get("Joni Iskandar", (None,))[0] is None


def test_an_acting_title_written_in_lower_case_after_the_name():
    """", plt Sekjen X": the acting post, its status kept as written."""
    text = '"Pendaftaran masih dibuka," kata Hendra Wirasakti, plt Sekjen Panitia Porprov, kepada wartawan.'
    assert people(text).get("Hendra Wirasakti") == ("plt Sekjen", "Panitia Porprov")
