"""Figures on the shapes of a held-out batch (session 10, fresh10b): invented sentences."""

from pantau.nlp.pipeline import annotate


def figures(text):
    return [(str(f["value"]), f["kind"]) for f in annotate("", text)["figures"]]


def test_power_written_out_in_two_words_is_a_measure():
    """"2x660 Mega Watt", "20 Kilo Watt", "350 megawatt": a plant's capacity is a measure (other),
    not a count of 660 things."""
    assert figures("Pembangkit baru itu berkapasitas 2x660 Mega Watt.") == [("660", "other")]
    assert figures("Kapasitasnya 350 megawatt ditambah 20 Kilo Watt cadangan.") == [("350", "other"), ("20", "other")]
