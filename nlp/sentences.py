"""Sentence boundaries for Indonesian news.

Paragraph breaks always end a sentence (an unpunctuated headline must not merge with the lead).
Inside a paragraph a sentence ends at . ! ? (and a closing quote after them), except after
abbreviations listed in abbreviations.txt ("Rp.", "No.", "dll.", "H.", "S.E.") and inside numbers.
"""

from pathlib import Path

from spacy.language import Language

ABBREVIATIONS = frozenset(
    line.strip().lower()
    for line in Path(__file__).with_name("abbreviations.txt").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
)
ENDERS = {".", "!", "?", "…", "..."}
CLOSERS = set("\"\u201d\u2019')]")


def is_abbreviation(token) -> bool:
    text = token.text.lower()
    if text in ABBREVIATIONS:
        return True
    if text == "." and token.i > 0:
        prev = token.doc[token.i - 1]
        if not prev.whitespace_ and (prev.text.lower() + "." in ABBREVIATIONS or (len(prev.text) == 1 and prev.text.isupper())):
            return True
    return False


@Language.component("pantau_sentences")
def set_sentence_starts(doc):
    tokens = list(doc)
    for i, token in enumerate(tokens):
        token.is_sent_start = i == 0
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if "\n" in token.text or ("\n" in token.whitespace_):
            j = i + 1
            while j < len(tokens) and tokens[j].is_space:
                j += 1
            if j < len(tokens):
                tokens[j].is_sent_start = True
            i = j
            continue
        ends = token.text in ENDERS or (token.text.endswith(("!", "?")) and len(token.text) > 1)
        if ends and not is_abbreviation(token):
            j = i + 1
            while j < len(tokens) and (tokens[j].text in CLOSERS or tokens[j].text in ENDERS):
                j += 1
            if j < len(tokens) and not tokens[j].is_space and _starts_sentence(tokens[j]):
                tokens[j].is_sent_start = True
            i = j
            continue
        i += 1
    return doc


def _starts_sentence(token) -> bool:
    first = token.text[0]
    return first.isupper() or first.isdigit() or first in "\"\u201c\u2018'("
