"""Building the pipeline once and running it over articles in batches.

An article goes in as its title, text, publication date and language; a plain dict comes out
with the keys `pantau annotate --json` prints.
"""

import re
from datetime import date, datetime
from functools import lru_cache
from itertools import groupby
from pathlib import Path

import spacy

from . import factories  # noqa: F401  (registers components and Doc extensions)
from .extensions import doc_text

HERE = Path(__file__).parent
LANGS = ("id", "en")
RESULT_KEYS = ("figures", "checks", "entities", "people", "quotes", "summary", "tone")
# Two or three spaces (typed, or left by &nbsp;) inside a line: the tokenizer makes a token of the
# extra ones, which splits "Kholidin   Achmad" into two people and "8   persen" into a count. A
# longer run is kept: it stands where a line break was lost ("Conte     Danny Drinkwater ...").
SPACE_RUN = re.compile(r"(?<![ \t\u00a0])[ \t\u00a0]{2,3}(?![ \t\u00a0])")
SPANNED = ("figures", "entities", "quotes")  # results with start/end offsets into the text


@lru_cache(maxsize=None)
def get_pipeline(lang: str = "id"):
    """The pipeline for `lang` ("id" or "en"), built from config.<lang>.cfg on first use."""
    if lang not in LANGS:
        raise ValueError(f"unsupported language {lang!r}; Pantau reads {', '.join(LANGS)}")
    config = spacy.util.load_config(HERE / f"config.{lang}.cfg")
    return spacy.util.load_model_from_config(config, auto_fill=True, validate=True)


def as_date(value) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return datetime.fromisoformat(str(value)[:10]).date()


def article_text(title: str | None, text: str) -> tuple[str, int]:
    """The text a Doc is made of: title, blank line, body. Returns it and where the title ends."""
    title = (title or "").strip()
    if not title:
        return text, 0
    return f"{title}\n\n{text}", len(title)


def collapse_spaces(text: str) -> tuple[str, list[int] | None]:
    """The text with every run of two or three spaces inside a line made one space, and for each of its
    positions (and its end) the position in `text`; None when nothing was collapsed."""
    if not SPACE_RUN.search(text):
        return text, None
    parts, where, pos = [], [], 0
    for m in SPACE_RUN.finditer(text):
        parts.append(text[pos:m.start()] + " ")
        where.extend(range(pos, m.start() + 1))
        pos = m.end()
    parts.append(text[pos:])
    where.extend(range(pos, len(text) + 1))
    return "".join(parts), where


def make_doc(nlp, title, text, published=None):
    full, title_end = article_text(title, text)
    full, where = collapse_spaces(full)
    if where is not None:
        title_end = next((k for k in range(title_end + 1) if where[k] >= title_end), title_end)
    doc = nlp.make_doc(full)
    doc.user_data["source_offsets"] = where
    doc.user_data["text"] = full  # doc.text re-joins every token on each access
    doc._.title_end = title_end
    doc._.published = as_date(published)
    return doc


def doc_result(doc) -> dict:
    result = {"title": doc_text(doc)[: doc._.title_end] or None, "published": doc._.published.isoformat() if doc._.published else None}
    for key in RESULT_KEYS:
        value = getattr(doc._, key)
        result[key] = value if value is not None else []
    where = doc.user_data.get("source_offsets")
    if where is not None:  # offsets point into the text as given, not the one with spaces collapsed
        for key in SPANNED:
            for item in result[key]:
                if item.get("start") is not None and item.get("end") is not None:
                    item["start"], item["end"] = where[item["start"]], where[item["end"]]
    return result


def annotate(title, text, published=None, lang="id") -> dict:
    nlp = get_pipeline(lang)
    result = doc_result(nlp(make_doc(nlp, title, text, published)))
    result["lang"] = lang
    return result


def analyze_many(articles, batch_size=32):
    """Yield (article, result) for dicts with title, text, published, lang; keeps input order
    within each run of same-language articles."""
    for lang, group in groupby(articles, key=lambda a: a.get("lang") if a.get("lang") in LANGS else "id"):
        nlp = get_pipeline(lang)
        group = list(group)
        docs = (make_doc(nlp, a.get("title"), a.get("text") or "", a.get("published")) for a in group)
        for article, doc in zip(group, nlp.pipe(docs, batch_size=batch_size)):
            result = doc_result(doc)
            result["lang"] = lang
            yield article, result
