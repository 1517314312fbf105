"""spaCy's Indonesian tokenizer, with the exceptions Indonesian news needs.

- a closing quote glued to a comma and a speech verb splits: `terwujud,”pungkasnya` → `terwujud , ” pungkasnya`
"""

from spacy.util import compile_infix_regex, registry

QUOTES = "\"\u201c\u201d\u2018\u2019'"
EXTRA_INFIXES = [
    rf"(?<=[,.!?])[{QUOTES}](?=[A-Za-z])",  # ,”pungkasnya
    rf"(?<=[A-Za-z])[,.!?](?=[{QUOTES}])",  # terwujud,”
]


@registry.tokenizers("pantau.tokenizer.v1")
def create_tokenizer():
    def make(nlp):
        tokenizer = registry.tokenizers.get("spacy.Tokenizer.v1")()(nlp)
        infixes = list(nlp.Defaults.infixes or []) + EXTRA_INFIXES
        tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
        return tokenizer

    return make
