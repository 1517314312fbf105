"""Sentence boundaries for Indonesian news.

Decided on the text, not on tokens (spaCy splits "Ph.D." and "Rp." differently from "S.E."),
then marked on the tokens that start there. `sentence_spans(text)` gives the same boundaries
without spaCy.

- A line break always ends a sentence: an unpunctuated headline, a "Baca juga" line or a byline
  never merges with the text after it.
- Inside a line a sentence ends at . ! ? … (and any closing quotes or brackets after them) when the
  next word starts like a sentence: a capital, a digit, an opening quote or bracket.
  `"…," ujar X.` and `"… !" tegasnya.` stay whole because the speech verb is lowercase.
- A quote holding several sentences is split like running text ("Tidak hanya tarif." | "Semua
  harus diatur," ucap Zulkifli.), as IndoSum's gold sentences are; the closing quote and the
  attribution stay with the last one.
- Not after a word in the never-final part of abbreviations.txt (titles and prefixes: "Rp.",
  "No.", "Ir.", "Jl.", "Kab.", "PT.", "H."), nor after an initial ("Susilo B. Yudhoyono"), nor
  before a degree ("S.E. M.M."), nor after a lone list number ("1. Daftar ...").
  "dll.", "dkk.", "Tbk." and degrees end a sentence when a capital follows, like any word.
- Decimals and thousands ("2,5", "3.5", "Rp.5.000") never split: a boundary needs a space.
- A dateline at the start of a line ("Jakarta (ANTARA) -", "JAKARTA, KOMPAS.com -",
  "KONTAN.CO.ID - JAKARTA.") stays with the sentence it introduces; `dateline_end` finds it.
"""

import re
from bisect import bisect_left
from pathlib import Path

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language

from .extensions import doc_text


def _read_abbreviations(path: Path) -> frozenset[str]:
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        word = line.split("#", 1)[0].strip().lower()
        if word:
            words.add(word)
    return frozenset(words)


NEVER_FINAL = _read_abbreviations(Path(__file__).with_name("abbreviations.txt"))

OPENERS = "\"'\u201c\u2018(["
CLOSERS = "\"'\u201d\u2019)]"
DASH = r"(?:--|[-\u2013\u2014]{1,2})"
# one capitalised word of a place or outlet name: Jakarta, CNN, KOMPAS.com, JUARA.NET, Liputan6.com
# (also hyphenated, Tribun-Medan.com, and an outlet's lower-case domain: detik.com, jpnn.com)
_NAME = r"(?:[A-Z0-9][\w.&'\u2019]*(?:-[\w.&'\u2019]+)*|[a-z][a-z0-9-]*\.(?:com|co\.id|id|net))"
_NAMES = rf"{_NAME}(?:[ ]{_NAME}){{0,4}}"  # [ ]: the pattern below is VERBOSE
DATELINE_RE = re.compile(
    rf"""^(?:
        [\w.]+\.(?:CO\.ID|COM|ID|NET)\ ?{DASH}\ ?[A-Z][A-Z ]*\.   # KONTAN.CO.ID - JAKARTA.
      | {_NAMES}(?:,\ {_NAMES})?\ ?\(\ ?{_NAMES}\ ?\)\ ?{DASH}     # Jakarta (ANTARA) -, JAKARTA (Pos Kota) -
      | {_NAMES},\ {_NAMES}\ ?{DASH}                              # JAKARTA, KOMPAS.com -  Jakarta, CNN Indonesia --
      | {_NAMES}\ ?{DASH}                                         # Jakarta -  Merdeka.com -  SPANYOL -
    )(?:[ \t\u00a0]+(?=[A-Z0-9"'\u201c\u2018(])|[ \t\u00a0]*$)""",
    re.VERBOSE,
)
# enders, then closing quotes/brackets, then the space before the next sentence
BOUNDARY_RE = re.compile(rf"(?:[.!?\u2026]+)[{re.escape(CLOSERS)}]*[ \t\u00a0]+(?=[A-Z0-9{re.escape(OPENERS)}])")
DEGREE_RE = re.compile(r"^(?:[A-Za-z]{1,4}\.){2,}[,;]?$|^(?:[A-Z][a-z]{0,3}\.[A-Z][A-Za-z]{0,4})\.?[,;]?$")
LIST_MARKER_RE = re.compile(r"^[(\[]?(?:\d{1,3}|[A-Za-z]|[ivxIVX]{1,4})[.)]$")


def dateline_end(line: str) -> int:
    """Length of the dateline that opens `line` ("Jakarta (ANTARA) - "), 0 if there is none.
    A line that is only a dateline ("JAKARTA, KOMPAS.com -") is all dateline."""
    m = DATELINE_RE.match(line)
    return m.end() if m else 0


def _word_before(text: str, end: int) -> str:
    """The run of non-space characters ending at `end`, without leading quotes or brackets."""
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:end].lstrip(OPENERS)


def _word_after(text: str, start: int) -> str:
    end = start
    while end < len(text) and not text[end].isspace():
        end += 1
    return text[start:end]


def _is_boundary(text: str, m: re.Match, sentence_start: int, protected_end: int) -> bool:
    if m.start() < protected_end:
        return False
    enders_end = m.start() + len(m.group(0).rstrip().rstrip(CLOSERS))
    word = _word_before(text, enders_end)
    if text[m.start()] == ".":
        lower = word.lower()
        if lower in NEVER_FINAL or (len(word) == 2 and word[0].isupper() and word[0].isalpha()):
            return False
        if DEGREE_RE.match(_word_after(text, m.end())) and DEGREE_RE.match(word.rstrip(",;") or "-"):
            return False
        if text[sentence_start:enders_end].strip() == word and LIST_MARKER_RE.match(word):
            return False
    return True


def sentence_starts(text: str) -> list[int]:
    """Character offsets where sentences start (the first non-space character of each)."""
    starts = []
    pos = 0
    for line in text.splitlines(keepends=True):
        stripped = line.lstrip()
        if stripped.strip():
            line_start = pos + len(line) - len(stripped)
            starts.append(line_start)
            protected_end = line_start + dateline_end(stripped)
            for m in BOUNDARY_RE.finditer(text, line_start, pos + len(line.rstrip())):
                if _is_boundary(text, m, starts[-1], protected_end):
                    starts.append(m.end())
        pos += len(line)
    return starts


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, without surrounding whitespace: text[start:end] is verbatim."""
    starts = sentence_starts(text)
    spans = []
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(text)
        spans.append((start, len(text[:end].rstrip())))
    return spans


@Language.component("pantau_sentences")
def set_sentence_starts(doc):
    if not len(doc):
        return doc
    token_starts = [t.idx for t in doc]
    starts = {0}
    for offset in sentence_starts(doc_text(doc)):
        i = bisect_left(token_starts, offset)
        if i < len(doc):
            starts.add(i)
    # One array write: setting token.is_sent_start checks the whole Doc's annotation on every
    # token, which made this component quadratic in the article's length.
    flags = numpy.full((len(doc), 1), -1, dtype="int64")
    flags[sorted(starts), 0] = 1
    doc.from_array([SENT_START], flags.astype("uint64"))
    return doc
