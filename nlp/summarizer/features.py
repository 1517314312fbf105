"""Sentence features for the supervised scorer: cheap, from the text alone.

Position (sentence and paragraph index), length, overlap with the title, centrality (TF-IDF
cosine to the whole article, to the lead, to the other sentences), numbers, quote marks,
capitalised words, speech verbs, connectives and pronouns that lean on an earlier sentence.
Nothing here needs another pipeline component.
"""

import math
import re
from collections import Counter
from pathlib import Path

import numpy as np
from spacy.lang.id.stop_words import STOP_WORDS

from .document import Document

WORD_RE = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*")
NUMBER_RE = re.compile(r"\d")
MONEY_RE = re.compile(r"\b(?:rp|us\$|usd|idr|persen)\b|%|\$", re.IGNORECASE)
QUOTE_CHARS = "\"\u201c\u201d"
OPEN_QUOTES = "\u201c"
CLOSE_QUOTES = "\u201d"


def _read_lists(path: Path) -> dict[str, frozenset[str]]:
    lists: dict[str, set[str]] = {}
    current = None
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line.startswith("["):
            current = lists.setdefault(line.strip("[]"), set())
        elif line and current is not None:
            current.add(line.lower())
    return {name: frozenset(words) for name, words in lists.items()}


WORDS = _read_lists(Path(__file__).with_name("words.txt"))
POSITION_BUCKETS = (0, 1, 2, 3, 4, 5, 8)  # one-hot: 0, 1, 2, 3, 4, 5-7, 8+
LINE_BUCKETS = (0, 1, 2, 3, 5)  # 0, 1, 2, 3-4, 5+

NAMES = (
    [f"pos_{b}" for b in POSITION_BUCKETS]
    + [f"line_{b}" for b in LINE_BUCKETS]
    + ["rel_pos", "log_pos", "first_in_line", "in_line", "log_sents", "log_lines", "line_sents",
       "log_words", "words_lt8", "words_gt40", "rel_len",
       "has_title", "title_cover", "title_jaccard",
       "cos_doc", "cos_doc_rank", "cos_lead", "cos_mean", "cos_max",
       "has_number", "n_numbers", "has_money",
       "has_quote", "starts_quote", "unbalanced_quote", "speech",
       "cap_ratio", "n_caps", "starts_connective", "starts_pronoun", "question", "dateline",
       "stop_ratio", "in_quote", "ends_quote", "attribution", "lead_words"]
)
CONTEXT = ("starts_quote", "in_quote", "speech", "first_in_line", "cos_lead", "log_words")
NAMES += [f"prev_{n}" for n in CONTEXT] + [f"next_{n}" for n in CONTEXT]
ATTRIBUTION_RE = re.compile(r"[,.!?][\"'\u201d\u2019]\s*([^\W\d_]+)")


def words(text: str) -> list[str]:
    return WORD_RE.findall(text)


def content(tokens: list[str]) -> list[str]:
    return [t for t in (w.lower() for w in tokens) if t not in STOP_WORDS and not t.isdigit()]


def tfidf_matrix(bags: list[Counter]) -> np.ndarray:
    """Sentences × words, log-scaled term frequency times in-article IDF, rows of unit length."""
    vocab: dict[str, int] = {}
    for bag in bags:
        for w in bag:
            vocab.setdefault(w, len(vocab))
    M = np.zeros((len(bags), len(vocab)))
    for i, bag in enumerate(bags):
        for w, c in bag.items():
            M[i, vocab[w]] = 1 + math.log(c)
    df = (M > 0).sum(axis=0)
    M *= np.log((len(bags) + 1) / np.maximum(df, 1))
    norms = np.linalg.norm(M, axis=1, keepdims=True)
    return M / np.where(norms == 0, 1.0, norms)


def _bucket(value: int, buckets) -> list[float]:
    out = [0.0] * len(buckets)
    for i in range(len(buckets) - 1, -1, -1):
        if value >= buckets[i]:
            out[i] = 1.0
            break
    return out


def featurize(doc: Document) -> tuple[np.ndarray, list]:
    """One row of NAMES per candidate (selectable body sentence), and the candidates in order.
    Positions count candidates only, so a "Baca juga" line does not push the lead down."""
    body = [s for s in doc.body if s.selectable]
    if not body:
        return np.zeros((0, len(NAMES))), []
    tokens = [words(s.text) for s in body]
    bags = [Counter(content(t)) for t in tokens]
    M = tfidf_matrix(bags)
    doc_vec = M.sum(axis=0)  # the article: the sum of its unit sentence vectors
    doc_vec /= np.linalg.norm(doc_vec) or 1.0
    sims = M @ M.T
    title_words = set(content(words(doc.title)))
    n = len(body)
    n_lines = body[-1].line + 1
    line_sizes = Counter(s.line for s in body)
    mean_len = sum(len(t) for t in tokens) / n
    cos_docs = M @ doc_vec
    others_sum = sims.sum(axis=1) - sims.diagonal()
    others_max = np.where(np.eye(n, dtype=bool), -np.inf, sims).max(axis=1) if n > 1 else np.zeros(1)
    order = sorted(range(n), key=lambda i: -cos_docs[i])
    rank = {i: r for r, i in enumerate(order)}
    in_quote = _quote_state(body)
    lead_words = math.log1p(len(tokens[0]))
    rows = []
    for i, (s, toks, bag) in enumerate(zip(body, tokens, bags)):
        nw = len(toks)
        sw = set(bag)
        lowered = [t.lower() for t in toks]
        first = lowered[0] if lowered else ""
        caps = sum(1 for t in toks[1:] if t[:1].isupper())
        numbers = len(NUMBER_RE.findall(s.text))
        opens = sum(s.text.count(q) for q in OPEN_QUOTES)
        closes = sum(s.text.count(q) for q in CLOSE_QUOTES)
        straight = s.text.count('"')
        row = (
            _bucket(i, POSITION_BUCKETS)
            + _bucket(s.line, LINE_BUCKETS)
            + [
                i / n, math.log1p(i), float(s.in_line == 0), min(s.in_line, 5),
                math.log(n), math.log(n_lines), math.log(line_sizes[s.line]),
                math.log1p(nw), float(nw < 8), float(nw > 40), nw / mean_len,
                float(bool(title_words)),
                len(sw & title_words) / len(title_words) if title_words else 0.0,
                len(sw & title_words) / len(sw | title_words) if title_words and sw else 0.0,
                cos_docs[i], rank[i] / n, sims[i, 0] if i else 1.0,
                others_sum[i] / (n - 1) if n > 1 else 0.0, others_max[i],
                float(numbers > 0), min(numbers, 10) / 10, float(bool(MONEY_RE.search(s.text))),
                float(bool(opens or closes or straight)), float(s.text[:1] in QUOTE_CHARS),
                float(opens != closes or straight % 2 == 1),
                float(any(t in WORDS["speech"] for t in lowered)),
                caps / nw if nw else 0.0, min(caps, 10) / 10,
                float(first in WORDS["connectives"]), float(first in WORDS["pronouns"]),
                float(s.text.rstrip("\"'\u201d\u2019").endswith(("?", "!"))), float(s.out_start > s.start),
                sum(1 for t in lowered if t in STOP_WORDS) / nw if nw else 0.0,
                float(in_quote[i]), float(s.text.rstrip(".!?").endswith(tuple(CLOSE_QUOTES + '"'))),
                float(bool((m := ATTRIBUTION_RE.search(s.text)) and m.group(1).lower() in WORDS["speech"])),
                lead_words,
            ]
        )
        rows.append(row)
    X = np.asarray(rows, dtype=float)
    context = [NAMES.index(n) for n in CONTEXT]
    pad = np.zeros((1, len(context)))
    prev = np.vstack([pad, X[:-1, context]])
    nxt = np.vstack([X[1:, context], pad])
    return np.hstack([X, prev, nxt]), body


def _quote_state(sentences) -> list[bool]:
    """Whether each sentence starts inside a quote opened by an earlier sentence of its line."""
    state, line, out = False, None, []
    for s in sentences:
        if s.line != line:
            state, line = False, s.line
        out.append(state)
        for ch in s.text:
            if ch in OPEN_QUOTES:
                state = True
            elif ch in CLOSE_QUOTES:
                state = False
            elif ch == '"':
                state = not state
    return out


