"""Where an article's own text is: paragraphs, the lines to skip, and where the body ends.

Entities, people and quotes read only the title and the body. News pages carry lines that are
not the article ("Baca juga: …" headlines in the middle, "Editor: …" and a "Recent Posts"
sidebar at the end); these are skipped, but extraction goes on past a skipped line, so a
"jelasnya" after a "Baca juga" still refers to the speaker before it.

A paragraph is a non-empty line. Its `kind` is one of
- "title": the text before doc._.title_end,
- "body": the article,
- "skip": a cross-link or page furniture inside the body,
- "end": the first line after the body (a byline, "Recent Posts", "Artikel ini telah tayang …");
  it and everything after it are not in `paragraphs(doc)`.
"""

import re
from bisect import bisect_right
from typing import NamedTuple

from .extensions import doc_text

SKIP = re.compile(
    r"^\s*[(\[]?\s*(?:baca\s+(?:juga|pula)|baca\s*:|simak\s*:|(?:simak|lihat|tonton|saksikan)\s+(?:juga|video)|baca\s+selengkapnya|"
    r"berita\s+terkait|gambas\s*:|lihat\s+foto\s*$|dapatkan\s+update\b|simak\s+breaking\s+news|"
    r"artikel\s+terkait|advertisement|iklan\b|scroll\s+to\s+continue|halaman\s+\d|selanjutnya\s*$|read\s+more|"
    r"share\s*:|bagikan\s*:)",
    re.IGNORECASE,
)
END = re.compile(
    r"^\s*(?:recent\s+posts|berita\s+lainnya|terpopuler|artikel\s+ini\s+telah\s+tayang|tags?\s*:|topik\s*:|"
    r"laporan\s+wartawan|copyright|©)",
    re.IGNORECASE,
)
# a byline ends the article below it, but is skipped above it ("Reporter: … | Editor: …" on Kontan)
# and right after the lede (Juara.net writes "Penulis: …" under its first paragraph)
BYLINE = re.compile(r"^\s*(?:editor|penulis|reporter|redaktur|pewarta|sumber|penyunting)\s*:", re.IGNORECASE)
# a paragraph that closes the article: "(*)", "(rk/wk)", "(mcr8/jpnn)", "(ant)"
# (or reporters' names with a slash, "(Dwi/Rizki)"; not "(5/11)", nor "(Persero)" closing a sentence)
CLOSING = re.compile(r"\((?:\*|[a-z][a-z0-9]{0,7}(?:/[a-z0-9]{1,8})*|[A-Z][A-Za-z]{1,11}(?:\s?/\s?[A-Za-z]{1,12})+)\)\s*$")
# a line that is only the closing credit ("(Dwi/Rizki)", "(ant)", "(Antara)"): no article text, no people
CREDIT_LINE = re.compile(r"^\((?:\*|[A-Za-z][A-Za-z0-9.]{0,15}(?:\s?/\s?[A-Za-z][A-Za-z0-9.]{0,15})*)\)$")
LINE = re.compile(r"[^\n]+")
# "Baca Juga:" alone on its line: the headlines listed under it are cross-links too
LINK_LABEL = re.compile(r"^\W*baca[\s_]+(?:juga|pula)\W*$", re.IGNORECASE)


class Paragraph(NamedTuple):
    start: int
    end: int
    text: str
    kind: str  # "title" | "body" | "skip"


def paragraphs(doc) -> list[Paragraph]:
    """The title and body lines of `doc`, computed once per Doc."""
    cached = doc.user_data.get("pantau.paragraphs")
    if cached is None or (cached and not isinstance(cached[0], Paragraph)):  # absent, or came back from bytes
        cached = doc.user_data["pantau.paragraphs"] = split(doc_text(doc), doc._.title_end)
    return cached


def split(text: str, title_end: int = 0) -> list[Paragraph]:
    result = []
    body_chars = 0  # how much article text came before
    body_paragraphs = 0
    listed = False  # under a "Baca Juga:" label, where every headline-like line is a cross-link
    for m in LINE.finditer(text):
        line = m.group()
        stripped = line.strip()
        if not stripped:
            continue
        start = m.start() + (len(line) - len(line.lstrip()))
        end = m.end() - (len(line) - len(line.rstrip()))
        if end <= title_end:
            result.append(Paragraph(start, end, stripped, "title"))
            continue
        if END.match(stripped) and body_chars:
            break
        if BYLINE.match(stripped):
            if body_chars > 80 and body_paragraphs > 1:
                break
            result.append(Paragraph(start, end, stripped, "skip"))  # a byline above the article
            continue
        if CREDIT_LINE.match(stripped) and body_chars:
            result.append(Paragraph(start, end, stripped, "skip"))
            break
        if SKIP.match(stripped) or END.match(stripped) or listed and _headline(stripped):
            result.append(Paragraph(start, end, stripped, "skip"))
            listed = listed or bool(LINK_LABEL.match(stripped))
            continue
        listed = False
        closing = CLOSING.search(stripped)
        if closing:  # the credit is no part of the text: "… kata dia. (Dwi/Rizki)" names no one
            stripped = stripped[:closing.start()].rstrip() or stripped
            end = start + len(stripped)
        result.append(Paragraph(start, end, stripped, "body"))
        body_chars += len(stripped)
        body_paragraphs += 1
        if closing:
            break
    return result


def _headline(line: str) -> bool:
    """A line written like a headline: short, no sentence end, most words capitalised."""
    words = line.split()
    return 0 < len(words) <= 16 and line[-1:] not in ".!?\"”,:;" \
        and sum(w[:1].isupper() or w[:1].isdigit() or w[:1] in "'‘\"“" for w in words) >= 0.6 * len(words)


def is_heading(p: Paragraph) -> bool:
    """A subheading inside the body ("Siap Mundur", "All Time High"): a short line of capitalised
    words with no sentence end. Like the title it names no one new."""
    if p.kind != "body":
        return p.kind == "title"
    words = p.text.split()
    return (len(words) <= 8 and p.text[-1:] not in ".!?\"”,:;)" and all(w[:1].isupper() or w[:1].isdigit()
            or w.lower() in HEADING_SMALL for w in words))


HEADING_SMALL = frozenset({"di", "ke", "dari", "dan", "yang", "untuk", "dengan", "pada", "atau", "vs", "&", "-", "–"})


def body_end(doc) -> int:
    """Character offset where the article's own text ends."""
    paras = paragraphs(doc)
    return paras[-1].end if paras else 0


def paragraph_at(doc, offset: int) -> Paragraph | None:
    """The title or body paragraph holding character `offset`, or None (skipped lines too)."""
    paras = paragraphs(doc)
    starts = doc.user_data.get("pantau.paragraph_starts")
    if starts is None or len(starts) != len(paras):
        starts = doc.user_data["pantau.paragraph_starts"] = [p.start for p in paras]
    i = bisect_right(starts, offset) - 1
    if i < 0 or offset >= paras[i].end:
        return None
    return paras[i]


def in_text(doc, start: int, end: int) -> bool:
    """Whether [start, end) lies inside one title or body paragraph (not a skipped line)."""
    p = paragraph_at(doc, start)
    return p is not None and p.kind != "skip" and end <= p.end


def words(doc) -> list[str]:
    """The text of every token, computed once per Doc without making Token objects (which is
    what costs time when a component looks at every token)."""
    cached = doc.user_data.get("pantau.words")
    if cached is None or len(cached) != len(doc):
        text = doc_text(doc)
        starts = token_starts(doc)
        lengths = doc.to_array("LENGTH").tolist() if len(doc) else []
        cached = doc.user_data["pantau.words"] = [text[a:a + n] for a, n in zip(starts, lengths)]
    return cached


def token_starts(doc) -> list[int]:
    """The character offset of every token."""
    cached = doc.user_data.get("pantau.token_starts")
    if cached is None or len(cached) != len(doc):
        cached = doc.user_data["pantau.token_starts"] = doc.to_array("IDX").tolist() if len(doc) else []
    return cached
