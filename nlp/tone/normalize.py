"""One normal form for every text the tone model sees, in training and at run time.

SmSA, the largest training set, is lowercased and tokenised ("tempat nya nyaman , harga murah .");
news is cased running text ("Tempatnya nyaman, harganya murah."). Both are brought to the same
form: lowercase, punctuation split off, the clitic -nya split from its word, digits folded to 0
(a headline's "Rp1,2 triliun" and "Rp3,4 triliun" say the same thing about tone).
"""

import re
import unicodedata

QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "–": "-", "—": "-"})
URL = re.compile(r"https?://\S+|www\.\S+")
TOKEN = re.compile(r"\d+(?:[.,]\d+)*%?|\w+(?:-\w+)*|[^\w\s]")
NYA = re.compile(r"^(\w{3,}?)(nya)$")
DIGIT = re.compile(r"\d")


def tokens(text: str) -> list[str]:
    """Lowercased word and punctuation tokens, -nya split off, digits as 0."""
    text = unicodedata.normalize("NFKC", text).translate(QUOTES).lower()
    text = URL.sub(" url ", text)
    out = []
    for tok in TOKEN.findall(text):
        m = NYA.match(tok)
        if m:
            out.extend(m.groups())
        else:
            out.append(DIGIT.sub("0", tok))
    return out


def normalize(text: str) -> str:
    return " ".join(tokens(text))


# Words that turn the meaning of the next few around ("tidak enak", "kurang bersih", "gak worth it").
NEGATORS = frozenset({"tidak", "tak", "bukan", "belum", "kurang", "jangan", "gak", "ga", "nggak", "enggak",
                      "ngga", "tdk", "nda", "ndak", "gk", "tanpa"})
NEGATION_SCOPE = 3


def negated(tokens: list[str]) -> list[str]:
    """The words within NEGATION_SCOPE after a negator (up to punctuation), marked "neg_word":
    a feature for "not good" that is not the feature for "good"."""
    out, left = [], 0
    for tok in tokens:
        if tok in NEGATORS:
            left = NEGATION_SCOPE
        elif left and tok[0].isalnum():
            out.append("neg_" + tok)
            left -= 1
        else:
            left = 0
    return out
