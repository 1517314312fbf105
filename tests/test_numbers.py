"""nlp/numbers.py and nlp/asof.py: reading numerals, number words and as-of dates (issue 4)."""

from datetime import date
from decimal import Decimal

import pytest

from pantau.nlp.asof import find_dates, resolve_text
from pantau.nlp.numbers import canonical, parse_numeral, parse_words, scale_of, to_json


@pytest.mark.parametrize("text, lang, money, expected", [
    ("53,9", "id", False, "53.9"),
    ("36.800", "id", True, "36800"),
    ("36.800,00", "id", True, "36800"),
    ("36.800,-", "id", True, "36800"),
    ("1.275.400.000", "id", True, "1275400000"),
    ("0,17", "id", False, "0.17"),
    ("0,10", "id", False, "0.1"),
    ("7.491", "id", False, "7491"),
    ("1.5", "id", False, "1.5"),  # a dot before fewer than three digits is a decimal point
    ("-8,3", "id", False, "-8.3"),
    ("1.5", "en", False, "1.5"),
    ("16,800", "en", True, "16800"),
    ("1,400", "en", True, "1400"),
    ("61,200", "en", False, "61200"),
    ("36.800", "en", True, "36800"),  # rupiah have no decimals, even on English pages
])
def test_parse_numeral(text, lang, money, expected):
    value = parse_numeral(text, lang, money=money)
    assert isinstance(value, Decimal)
    assert to_json(value) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("satu", "id", "1"),
    ("dua", "id", "2"),
    ("sebelas", "id", "11"),
    ("dua belas", "id", "12"),
    ("dua puluh", "id", "20"),
    ("dua puluh lima", "id", "25"),
    ("seratus", "id", "100"),
    ("tiga ratus dua puluh lima", "id", "325"),
    ("seribu", "id", "1000"),
    ("seribu lima ratus", "id", "1500"),
    ("sejuta", "id", "1000000"),
    ("setengah", "id", "0.5"),
    ("setengah juta", "id", "500000"),
    ("twenty-five", "en", "25"),
    ("half", "en", "0.5"),
    ("two thousand five hundred", "en", "2500"),
])
def test_parse_words(text, lang, expected):
    assert to_json(parse_words(text, lang)) == expected


@pytest.mark.parametrize("text", ["puluh", "juta", "ribuan", "banyak"])
def test_parse_words_rejects_non_numbers(text):
    with pytest.raises(ValueError):
        parse_words(text)


def test_scales_and_canonical_form():
    assert scale_of("M") == 9  # M is miliar, never million
    assert scale_of("juta") == scale_of("jt") == 6
    assert scale_of("T") == scale_of("triliun") == 12
    assert scale_of(None) == 0
    assert to_json(canonical(Decimal("53.9") * Decimal(10) ** 6)) == "53900000"
    assert "E" not in to_json(canonical(Decimal("1E+12")))


PUBLISHED = date(2024, 3, 5)


@pytest.mark.parametrize("text, expected", [
    ("hingga 31 Januari", "2024-01-31"),  # no year: the publication year
    ("akhir Februari 2024", "2024-02-29"),
    ("kemarin", "2024-03-04"),
    ("kuartal III 2024", "2024-09-30"),
    ("triwulan II 2023", "2023-06-30"),
    ("semester I 2026", "2026-06-30"),
    ("di 2024", "2024-12-31"),
    ("tahun ini", "2024-12-31"),
    ("tahun lalu", "2023-12-31"),
    ("bulan lalu", "2024-02-29"),
    ("April lalu", "2023-04-30"),
    ("November 2024", "2024-11-30"),
    ("Januari–Juli 2025", "2025-07-31"),
    ("per 30 September 2025", "2025-09-30"),
    ("Selasa (5/3)", "2024-03-05"),
    ("15/09/2026", "2026-09-15"),
])
def test_resolve_indonesian_dates(text, expected):
    assert resolve_text(text, PUBLISHED).isoformat() == expected


@pytest.mark.parametrize("text, expected", [
    ("as of Jan. 31", "2024-01-31"),
    ("by the end of 2024", "2024-12-31"),
    ("in the second quarter of 2025", "2025-06-30"),
    ("last year", "2023-12-31"),
    ("yesterday", "2024-03-04"),
])
def test_resolve_english_dates(text, expected):
    assert resolve_text(text, PUBLISHED, lang="en").isoformat() == expected


def test_a_past_month_without_year_is_last_year_unless_looking_forward():
    assert resolve_text("in December", PUBLISHED, lang="en", future_ok=False) == date(2023, 12, 31)
    assert resolve_text("hingga Desember", PUBLISHED, future_ok=True) == date(2024, 12, 31)


def test_relative_dates_need_a_publication_date():
    assert resolve_text("kemarin", None) is None
    assert resolve_text("hingga 31 Januari", None) is None
    assert resolve_text("akhir Februari 2024", None) == date(2024, 2, 29)


def test_markers_and_no_date_words():
    marked = {m.text: m.marker for m in find_dates("sejak 2022 hingga 31 Januari 2024")}
    assert marked == {"2022": "sejak", "31 Januari 2024": "hingga"}
    assert [m.kind for m in find_dates("saat ini")] == ["none"]
    assert find_dates("PP 6/2025 dan Permenaker 5/2021") == []  # law numbers are not years
    assert find_dates("Members may join", "en") == []  # "may" is not May
