"""Figures on the shapes of a held-out batch (session 11, fresh11b): invented sentences in the shape
Indonesian outlets use, none copied from an article."""

from pantau.nlp.pipeline import annotate


def test_a_rally_named_by_its_date_after_an_earlier_one_is_no_figure():
    """"agenda Alumni 212 dalam aksi 1711 yang menuntut …": the second rally's name is a day and a
    month, no count, though another rally's name comes just before it."""
    found = annotate("", "Polisi siap mengawal agenda Alumni 212 dalam aksi 1711 yang menuntut penangkapan "
                         "Budi Santoso. Jumlah peserta aksi tercatat 750 orang.")["figures"]
    assert [(f["value"], f["kind"]) for f in found] == [(750, "count")]
