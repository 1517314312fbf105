"""spaCy's Indonesian tokenizer, with the exceptions Indonesian news needs.

- a closing quote glued to a comma and a speech verb splits: `terwujud,”pungkasnya` → `terwujud , ” pungkasnya`
- numbers glued to what measures them split: `5triliun` → `5 triliun`, `Rp1,5jt` → `Rp 1,5 jt`,
  `5–10` → `5 – 10`, `10%-12%` → `10 % - 12 %`, `triliun-Rp48` → `triliun - Rp 48`
- an age glued to a name splits: `Saini,35,` → `Saini , 35 ,`
- `Rp.` stays one token (so the sentence splitter sees the abbreviation): `Rp.5.000` → `Rp. 5.000`
"""

from spacy.symbols import ORTH
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
        # re-validates every special case, seconds each time.
        defaults = nlp.Defaults
        rules, whole_words = split_exceptions(defaults.tokenizer_exceptions)
        prefixes = NUMBER_PREFIXES + list(defaults.prefixes or [])
        infixes = list(defaults.infixes or []) + EXTRA_INFIXES + NUMBER_INFIXES
        suffixes = list(defaults.suffixes or [])
        return Tokenizer(
            nlp.vocab,
            rules=rules,
            prefix_search=compile_prefix_regex(prefixes).search,
            suffix_search=compile_suffix_regex(suffixes).search if suffixes else None,
            infix_finditer=WholeWordInfixes(compile_infix_regex(infixes).finditer, whole_words),
            token_match=WholeWordMatch(whole_words, defaults.token_match),
            url_match=defaults.url_match,
        )

    return make


def split_exceptions(exceptions: dict) -> tuple[dict, frozenset]:
    """The exceptions that must stay special cases, and the hyphenated words that only stay whole.

    spaCy's Indonesian keeps ~15,600 hyphenated words whole ("abu-abu", "Abu-Abu", "ABU-ABU"). As
    special cases each is tokenized and checked when the tokenizer is built: about 3 CPU-s in
    every process that loads the pipeline (each analysis worker). Looked up in a set, by
    WholeWordMatch and WholeWordInfixes, they cost nothing to build and tokenize the same."""
    rules, whole = {}, set()
    for string, tokens in exceptions.items():
        kept_whole = len(tokens) == 1 and tokens[0] == {ORTH: string}
        if kept_whole and "-" in string and string.replace("-", "").isalnum():  # words, not emoticons (":-)")
            whole.add(string)
        else:
            rules[string] = tokens
    return rules, frozenset(whole)


class WholeWordMatch:
    """token_match: a whole word is one token (or whatever the language's own token_match keeps)."""

    def __init__(self, words: frozenset, default=None):
        self.words, self.default = words, default

    def __call__(self, string: str) -> bool:
        return string in self.words or bool(self.default and self.default(string))


class WholeWordInfixes:
    """infix_finditer that does not split a whole word glued to its neighbours by hyphens
    (`JUARA.net-Kata-kata`, `Mercedes-Benz-Arena`), as the special cases did."""

    def __init__(self, finditer, words: frozenset):
        self.finditer, self.words = finditer, words
        self.longest = max((w.count("-") for w in words), default=0)

    def __call__(self, string: str) -> list:
        matches = list(self.finditer(string))
        if "-" not in string or not self.words:
            return matches
        bounds = [0] + [p for m in matches for p in (m.start(), m.end())] + [len(string)]
        pieces = [string[bounds[i]:bounds[i + 1]] for i in range(0, len(bounds), 2)]
        kept, i = [], 0
        while i < len(matches):
            inside = self._whole_word_from(pieces, matches, i)
            kept.extend(matches[i + inside:i + inside + 1])  # the infix after the word, or this one
            i += inside + 1
        return kept

    def _whole_word_from(self, pieces, matches, i) -> int:
        """How many hyphen matches from matches[i] on join pieces[i…] into a whole word (longest)."""
        for n in range(min(self.longest, len(matches) - i), 0, -1):
            if all(m.group() == "-" for m in matches[i:i + n]):
                if "-".join(pieces[i:i + n + 1]) in self.words:
                    return n
        return 0
