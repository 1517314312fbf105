"""Reading IndoSum (Kurniawan & Louvan 2018, CC BY-SA 4.0) for training and evaluation.

IndoSum stores each article tokenized: paragraphs → sentences → tokens, with a gold extractive
label per sentence and an abstractive `summary`. The summariser must see running text, so
`detokenize` joins the tokens back (no space before "." or ")", none inside quotes, "27/3",
"e-KTP", "--"), paragraphs with blank lines, and keeps where each gold sentence landed so its
label can be carried over to our own sentences.
"""

import json
import re
from dataclasses import dataclass
from pathlib import Path

NO_SPACE_BEFORE = {",", ".", "!", "?", ":", ";", ")", "]", "%", "'s", "\u2019s", "\u201d", "\u2019", "...", "\u2026"}
NO_SPACE_AFTER = {"(", "[", "\u201c", "\u2018", "US$", "$"}
TOGGLE_QUOTES = {'"', "'"}


@dataclass
class Article:
    id: str
    text: str  # detokenized: paragraphs separated by blank lines
    gold_spans: list[tuple[int, int, bool]]  # each gold sentence: start, end in text, label
    summary: str  # the abstractive reference, one sentence a line
    title: str  # words of the URL slug: IndoSum has no titles, its URLs do
    category: str = ""
    source: str = ""
    source_url: str = ""


def _glue_hyphen(prev: str, nxt: str | None) -> bool:
    """Whether " - " between prev and nxt is a hyphen inside a word: e-KTP, baru-baru, U-23, 4-3."""
    if nxt is None or not prev[-1:].isalnum() or not nxt[:1].isalnum():
        return False
    return prev.lower() == nxt.lower() or len(prev) <= 3 or len(nxt) <= 3 or nxt[0].isdigit()


def detokenize_paragraph(sentences: list[list[str]]) -> tuple[str, list[tuple[int, int]]]:
    """Running text of one paragraph and the (start, end) of each of its sentences in it."""
    flat = [(si, t.strip()) for si, sentence in enumerate(sentences) for t in sentence if t.strip()]
    text = ""
    spans: list[list[int] | None] = [None] * len(sentences)
    open_quote = dict.fromkeys(TOGGLE_QUOTES, False)
    space_next = False
    glue_next = False
    for k, (si, token) in enumerate(flat):
        nxt = flat[k + 1][1] if k + 1 < len(flat) else None
        prev = flat[k - 1][1] if k else None
        if prev is None or glue_next:
            sep = ""
        elif token in TOGGLE_QUOTES:
            sep = "" if open_quote[token] else (" " if space_next else "")
        elif token in NO_SPACE_BEFORE or token == "/" or prev == "/":
            sep = ""
        elif token == "-" and (prev == "-" or _glue_hyphen(prev, nxt)):
            sep = ""
        else:
            sep = " " if space_next else ""
        text += sep
        if spans[si] is None:
            spans[si] = [len(text), len(text)]
        text += token
        spans[si][1] = len(text)
        glue_next = token == "-" and prev is not None and _glue_hyphen(prev, nxt)
        if token in TOGGLE_QUOTES:
            space_next = open_quote[token]  # a space after a closing quote, none after an opening one
            open_quote[token] = not open_quote[token]
        else:
            space_next = token not in NO_SPACE_AFTER
    return text, [tuple(s) if s else (len(text), len(text)) for s in spans]


def slug_title(url: str) -> str:
    """The words of a URL's last meaningful path part: ".../mentan-lepas-ekspor-perdana" → "mentan lepas ekspor perdana"."""
    parts = [p for p in re.split(r"[/?#]", url or "") if p]
    for part in reversed(parts):
        part = re.sub(r"\.(html?|php)$", "", part)
        words = [w for w in re.split(r"[-_+]", part) if w and not w.isdigit()]
        if len(words) >= 3:
            return " ".join(words)
    return ""


def to_article(record: dict) -> Article:
    paragraphs, gold = [], []
    offset = 0
    for sentences, labels in zip(record["paragraphs"], record["gold_labels"]):
        text, spans = detokenize_paragraph(sentences)
        if not text:
            continue
        paragraphs.append(text)
        gold.extend((offset + s, offset + e, bool(label)) for (s, e), label in zip(spans, labels))
        offset += len(text) + 2
    summary = "\n".join(detokenize_paragraph([s])[0] for s in record["summary"])
    return Article(
        id=record["id"], text="\n\n".join(paragraphs), gold_spans=gold, summary=summary,
        title=slug_title(record.get("source_url", "")), category=record.get("category", ""),
        source=record.get("source", ""), source_url=record.get("source_url", ""),
    )


def load(paths) -> list[Article]:
    """Articles from IndoSum JSON Lines files, in file order."""
    articles = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            articles.extend(to_article(json.loads(line)) for line in f if line.strip())
    return articles


def default_paths(data_dir: str | Path) -> list[Path]:
    data_dir = Path(data_dir)
    return [data_dir / "indosum_dev.01.jsonl", data_dir / "indosum_extra.jsonl"]
