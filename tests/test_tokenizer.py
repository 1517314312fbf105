"""The pipeline's tokenizer keeps spaCy's Indonesian hyphenated words whole without registering them
as special cases (nlp/tokenizer.py): it must tokenize exactly as the special cases did."""

import pytest
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from nlp import tokenizer as pantau_tokenizer
from nlp.pipeline import get_pipeline

TEXTS = [
    "Warna abu-abu, (Abu-Abu) dan ABU-ABU; abu-abu/kuning serta kata-kata.",
    "Anak-anak bermain di jalan-jalan kota, lain-lain urusan nanti.",
    "SPORTNEWS-Teka-teki pelatih baru belum terjawab.",
    "Laga di Mercedes-Benz-Arena itu ditonton 40.000 orang.",
    "Tim (Main-Menang-Kalah-Poin): 1. Garuda 5-4-1-13.",
    "Sebut saja anak-anak-nya, \u201cKata-kata\u201d itu, dan mobil-mobil.",
    "Nilai Rp5triliun, naik 10%-12% pada 2017-2018; ayat (8) dan butir 8) berlaku.",
    "Senyum :-) dan (-: itu, kata-kata :-(( saja.",
    "Ia tiba-tiba berkata,\u201dpokoknya saya siap-siap saja,\u201dujarnya.",
]


@pytest.fixture(scope="module")
def tokenizers():
    nlp = get_pipeline("id")
    d = nlp.Defaults
    with_special_cases = Tokenizer(
        nlp.vocab,
        rules=d.tokenizer_exceptions,
        prefix_search=compile_prefix_regex(pantau_tokenizer.NUMBER_PREFIXES + list(d.prefixes)).search,
        suffix_search=compile_suffix_regex(list(d.suffixes)).search,
        infix_finditer=compile_infix_regex(list(d.infixes) + pantau_tokenizer.EXTRA_INFIXES
                                           + pantau_tokenizer.NUMBER_INFIXES).finditer,
        token_match=d.token_match,
        url_match=d.url_match,
    )
    return nlp.tokenizer, with_special_cases


def tokens(tokenizer, text):
    return [(t.text, t.whitespace_) for t in tokenizer(text)]


@pytest.mark.parametrize("text", TEXTS)
def test_tokenizes_as_the_special_cases_did(tokenizers, text):
    ours, with_special_cases = tokenizers
    assert tokens(ours, text) == tokens(with_special_cases, text)


def test_hyphenated_words_stay_whole_and_other_hyphens_split(tokenizers):
    ours, _ = tokenizers
    words = [t.text for t in ours(TEXTS[2] + " " + TEXTS[3])]
    assert "Teka-teki" in words and "Mercedes-Benz" in words
    assert "SPORTNEWS" in words and "Arena" in words


def test_only_plain_hyphenated_words_leave_the_special_cases():
    rules, whole = pantau_tokenizer.split_exceptions(get_pipeline("id").Defaults.tokenizer_exceptions)
    assert "abu-abu" in whole and "Abu-Abu" in whole
    assert all("-" in w and w.replace("-", "").isalnum() for w in whole)  # words, not emoticons
    assert ":-)" in rules
    assert not any("-" in r and r.replace("-", "").isalnum() and len(v) == 1 and set(v[0]) == {65}
                   for r, v in rules.items())
    assert len(whole) > 10_000  # the words that made building the tokenizer slow
