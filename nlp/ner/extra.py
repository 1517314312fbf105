"""The extra Indonesian NER corpora in ../shared/data/ner-extra, read as PERSON/ORG/PLACE.

Four cased news and Wikipedia corpora (idner-news-2k, IndoLEM NER-UI and NER-UGM, the Luthfi
2014 Wikipedia gold standard), each in its own format and labels; see that folder's README.
Sentences that also occur in a NERP or NERGrit split are found by the README's normalisation
(lowercase, keep [0-9a-z], join), so a model scored on a valid split never trains on it.
"""

import re
from pathlib import Path

from . import conll

# folder/file -> how its columns and labels are read
FILES = {
    "idner": ["idner-news-2k/train.txt", "idner-news-2k/dev.txt", "idner-news-2k/test.txt"],
    "nerui": ["indolem-nerui/nergithub.txt"],
    "nerugm": ["indolem-nerugm/nerugm.txt"],
    "luthfi": ["luthfi2014-goldstandard/goldstandard-0811.txt"],
}
# Each corpus's types in the production scheme; anything else (NER-UGM's TIME, QUANTITY) is O.
LABELS = {"PER": "PERSON", "PERSON": "PERSON", "Person": "PERSON",
          "ORG": "ORG", "ORGANIZATION": "ORG", "Organisation": "ORG",
          "LOC": "PLACE", "LOCATION": "PLACE", "Place": "PLACE"}
# NER-UGM and idner-news-2k share NERP's news pool: a sentence of theirs that is not in NERP
# train may come from an article of NERP's test split (README "same-article leakage").
NERP_POOL = {"idner", "nerugm"}


def _columns(line):
    """(token, raw tag) of one line: idner-news-2k is `token POS tag`, the others `token<TAB>tag`."""
    if "\t" in line:
        token, _, tag = line.partition("\t")
        return token, tag.strip()
    parts = line.split()
    return parts[0], parts[-1] if len(parts) > 1 else ""


def _bio(raw_tags):
    """BIO tags in PERSON/ORG/PLACE; IO tags (Luthfi: a bare `Person`) open a span at each change."""
    out, previous = [], None
    for raw in raw_tags:
        prefix, _, label = raw.partition("-") if raw[:2] in ("B-", "I-") else ("", "", raw)
        kind = LABELS.get(label)
        if kind is None:
            out.append("O")
        elif prefix == "B" or (prefix == "" and previous != kind) or (prefix == "I" and previous != kind):
            out.append(f"B-{kind}")
        else:
            out.append(f"I-{kind}")
        previous = kind
    return out


def _sentences(path):
    tokens, tags = [], []
    for raw in Path(path).read_text(encoding="utf-8").splitlines():
        if not raw.strip():
            if tokens:
                yield tokens, _bio(tags)
            tokens, tags = [], []
            continue
        token, tag = _columns(raw)
        tokens.append(token)
        tags.append(tag)
    if tokens:
        yield tokens, _bio(tags)


def _split_at_stops(tokens, tags):
    """Luthfi's blocks are paragraphs: one sentence per full stop, as its README counts them."""
    start = 0
    for i, tok in enumerate(tokens):
        if tok == "." and (i + 1 == len(tokens) or not tags[i + 1].startswith("I-")):
            yield tokens[start:i + 1], tags[start:i + 1]
            start = i + 1
    if start < len(tokens):
        yield tokens[start:], tags[start:]


def read(root, name):
    """(tokens, tags) sentences of one corpus, tags in PERSON/ORG/PLACE."""
    out = []
    for rel in FILES[name]:
        for tokens, tags in _sentences(Path(root) / rel):
            out += list(_split_at_stops(tokens, tags)) if name == "luthfi" else [(tokens, tags)]
    return out


def _words(tokens):
    return [w for w in (re.sub(r"[^0-9a-z]", "", t.lower()) for t in tokens) if w]


def _grams(words, n=8):
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


class Overlap:
    """The README's overlap rule: the same normalised text (15 characters or more), or a shared
    run of 8 normalised tokens, with any sentence of `groups`."""

    def __init__(self, *groups):
        words = [_words(tokens) for group in groups for tokens, _ in group]
        self.texts = {"".join(w) for w in words if len("".join(w)) >= 15}
        self.grams = set().union(*(_grams(w) for w in words)) if words else set()

    def __call__(self, tokens) -> bool:
        words = _words(tokens)
        return "".join(words) in self.texts or not self.grams.isdisjoint(_grams(words))


def without(sentences, *groups):
    """`sentences` minus those that overlap a sentence of `groups`."""
    overlaps = Overlap(*groups)
    return [s for s in sentences if not overlaps(s[0])]


def only_in(sentences, *groups):
    """The sentences that overlap a sentence of `groups`."""
    overlaps = Overlap(*groups)
    return [s for s in sentences if overlaps(s[0])]


def to_scheme(sentences, mapping):
    """Tags renamed into a data set's scheme; a type mapped to "-" leaves its tokens unannotated."""
    out = []
    for tokens, tags in sentences:
        new = []
        for tag in tags:
            prefix, _, label = tag.partition("-")
            target = mapping.get(label) if label else None
            new.append("O" if target is None and not label else "-" if target == "-" else
                       f"{prefix}-{target}" if target else "O")
        out.append((tokens, new))
    return out
