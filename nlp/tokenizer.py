"""spaCy's Indonesian tokenizer, with the exceptions Indonesian news needs.

- a closing quote glued to a comma and a speech verb splits: `terwujud,”pungkasnya` → `terwujud , ” pungkasnya`
- numbers glued to what measures them split: `5triliun` → `5 triliun`, `Rp1,5jt` → `Rp 1,5 jt`,
  `5–10` → `5 – 10`, `10%-12%` → `10 % - 12 %`, `triliun-Rp48` → `triliun - Rp 48`
- an age glued to a name splits: `Saini,35,` → `Saini , 35 ,`
- `Rp.` stays one token (so the sentence splitter sees the abbreviation): `Rp.5.000` → `Rp. 5.000`
"""

from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry

QUOTES = "\"\u201c\u201d\u2018\u2019'"
EXTRA_INFIXES = [
    rf"(?<=[,.!?])[{QUOTES}](?=[A-Za-z])",  # ,”pungkasnya
    rf"(?<=[A-Za-z])[,.!?](?=[{QUOTES}])",  # terwujud,”
    r"(?<=[a-z]),(?=[0-9]{1,3}\b)",  # Saini,35, (an age glued to the name)
]
SCALE_WORDS = r"(?:ribu|rb|juta|jt|miliar|milyar|triliun|persen|thousand|million|billion|trillion)"
NUMBER_INFIXES = [
    rf"(?<=[0-9])(?={SCALE_WORDS}\b)",  # 5triliun, 1,5jt
    r"(?<=[0-9])[\u2013\u2014](?=[0-9])",  # 5–10
    r"(?<=[0-9])%(?=[-\u2013\u2014])",  # 10%-12%
    r"(?<=%)[-\u2013\u2014](?=[0-9])",
    r"(?<=Rp)(?=[0-9])",  # Rp48 after an infix split (triliun-Rp48)
]
NUMBER_PREFIXES = [r"Rp\.(?=\s?[0-9]|$)"]  # Rp.5.000, Rp.


@registry.tokenizers("pantau.tokenizer.v1")
def create_tokenizer():
    def make(nlp):
        # Built in one go: setting prefix_search or infix_finditer on a finished tokenizer
        # re-validates every special case (~48k for Indonesian), seconds each time.
        defaults = nlp.Defaults
        prefixes = NUMBER_PREFIXES + list(defaults.prefixes or [])
        infixes = list(defaults.infixes or []) + EXTRA_INFIXES + NUMBER_INFIXES
        suffixes = list(defaults.suffixes or [])
        return Tokenizer(
            nlp.vocab,
            rules=defaults.tokenizer_exceptions,
            prefix_search=compile_prefix_regex(prefixes).search,
            suffix_search=compile_suffix_regex(suffixes).search if suffixes else None,
            infix_finditer=compile_infix_regex(infixes).finditer,
            token_match=defaults.token_match,
            url_match=defaults.url_match,
        )

    return make
