"""HTML page → article fields. Pure and picklable: runs in worker processes during a crawl.

Order of trust for metadata: JSON-LD NewsArticle, then meta tags, then the outlet's CSS hints,
then what htmldate finds, then the URL. The body is trafilatura's, cleaned by Indonesian rules.

The page is parsed once (trafilatura's lxml loader) and that tree serves the metadata lookups,
the CSS hints and trafilatura itself: a second parse with BeautifulSoup cost more than
trafilatura's whole extraction (bench/crawl.py). BeautifulSoup's UnicodeDammit does the decoding.
"""

import json
import re
from urllib.parse import urljoin

import trafilatura
from bs4 import UnicodeDammit
from htmldate import find_date
from lxml.cssselect import CSSSelector
from trafilatura.utils import load_html

from .cleanup import clean_paragraphs
from .dates import date_from_url, iso, parse_indonesian, parse_iso

ARTICLE_TYPES = {"NewsArticle", "Article", "ReportageNews", "AnalysisNewsArticle", "BlogPosting", "OpinionNewsArticle"}
ID_WORDS = frozenset("yang dan di dengan untuk ini dari dalam tidak akan pada juga itu ke oleh karena".split())
EN_WORDS = frozenset("the and of to in is that for with on was said by from at as".split())
BLOCKS = ("p", "h2", "h3", "li", "blockquote")
# Where themes print the visible date when the outlet gives no hint; the first that parses wins.
DATE_SELECTORS = CSSSelector(
    ".entry-date, .post-date, .published, .date, .article__date, .read__time, .datetime, .time, time"
)


class ExtractionError(ValueError):
    """The page is not an article we can read; the message says why."""


def decode_html(body: bytes | str, declared: str | None = None) -> str:
    """Bytes to text, surviving a wrong charset label.

    UTF-8 is tried first because a valid UTF-8 byte string is almost never another encoding,
    while latin-1 labels "succeed" on anything and turn UTF-8 into mojibake.
    """
    if isinstance(body, str):
        return body
    encodings = ["utf-8"] + ([declared] if declared else [])
    dammit = UnicodeDammit(body, known_definite_encodings=encodings, is_html=True)
    if dammit.unicode_markup is None:
        raise ExtractionError("could not decode the page in any encoding")
    return dammit.unicode_markup


class Page:
    """One parsed page and the lookups extraction makes on it."""

    def __init__(self, html: str):
        self.tree = load_html(html)
        if self.tree is None:
            raise ExtractionError("not an HTML document")
        self.meta, self.links = {}, {}
        for node in self.tree.iter("meta", "link"):
            if node.tag == "meta":
                key = node.get("property") or node.get("name") or node.get("itemprop")
                if key and node.get("content", "").strip():
                    self.meta.setdefault(key.lower(), node.get("content").strip())
            else:
                for rel in (node.get("rel") or "").lower().split():
                    if node.get("href"):
                        self.links.setdefault(rel, node.get("href"))
        self.title_tag = self.tree.findtext(".//title")
        self.lang = self.tree.get("lang")

    def first_meta(self, *keys):
        return next((self.meta[k] for k in keys if k in self.meta), None)

    def select_text(self, selector: str) -> str | None:
        found = CSSSelector(selector)(self.tree)
        return " ".join(found[0].text_content().split()) if found else None

    def jsonld_article(self) -> dict:
        for raw in self.tree.xpath("//script[@type='application/ld+json']/text()"):
            try:
                data = json.loads(raw)
            except json.JSONDecodeError:
                continue
            stack = data if isinstance(data, list) else [data]
            while stack:
                node = stack.pop(0)
                if not isinstance(node, dict):
                    continue
                stack.extend(node.get("@graph", []))
                kinds = node.get("@type")
                kinds = set(kinds) if isinstance(kinds, list) else {kinds}
                if kinds & ARTICLE_TYPES:
                    return node
        return {}

    def body_lines(self, url: str | None, hints: dict) -> list[str]:
        """The article body as lines: the outlet's CSS hint when given, else trafilatura."""
        if hints.get("body"):
            for sel in hints.get("remove", []):
                for node in CSSSelector(sel)(self.tree):
                    node.drop_tree()
            found = CSSSelector(hints["body"])(self.tree)
            if found:
                blocks = [b for b in found[0].iter(*BLOCKS)] or [found[0]]
                return [" ".join(b.text_content().split()) for b in blocks]
        text = trafilatura.extract(
            self.tree, url=url, include_comments=False, include_tables=False, deduplicate=False, with_metadata=False,
        )
        return text.splitlines() if text else []


def _names(value) -> str | None:
    if not value:
        return None
    items = value if isinstance(value, list) else [value]
    names = [i.get("name") if isinstance(i, dict) else str(i) for i in items]
    return ", ".join(n.strip() for n in names if n and n.strip()) or None


def guess_lang(text: str, declared: str | None) -> str | None:
    if declared:
        return declared.split("-")[0].split("_")[0].lower()
    words = re.findall(r"[a-z]+", text[:3000].lower())
    ind = sum(w in ID_WORDS for w in words)
    eng = sum(w in EN_WORDS for w in words)
    if not ind and not eng:
        return None
    return "id" if ind >= eng else "en"


def _published(page: Page, ld: dict, html: str, url: str | None, hints: dict, tz: str):
    for candidate in (ld.get("datePublished"), page.first_meta("article:published_time", "pubdate", "publishdate", "datepublished")):
        dt = candidate and parse_iso(candidate, tz)
        if dt:
            return dt
    if hints.get("date"):
        dt = parse_indonesian(page.select_text(hints["date"]) or "", tz)
        if dt:
            return dt
    stamp = page.tree.xpath("string((//time[@datetime])[1]/@datetime)")
    dt = stamp and parse_iso(stamp, tz)
    if dt:
        return dt
    for node in DATE_SELECTORS(page.tree)[:5]:
        dt = parse_indonesian(" ".join(node.text_content().split())[:80], tz)
        if dt:
            return dt
    found = find_date(page.tree, original_date=True, url=url, outputformat="%Y-%m-%d")
    return (found and parse_iso(found, tz)) or (date_from_url(url, tz) if url else None)


def extract_article(body, url=None, *, declared_encoding=None, hints=None, timezone="Asia/Jakarta", pages=()):
    """Extract one article. `pages` are the HTML of its further pages, joined in order."""
    hints = hints or {}
    html = decode_html(body, declared_encoding)
    if not html.strip():
        raise ExtractionError("empty page")
    page = Page(html)
    ld = page.jsonld_article()
    title = (
        (hints.get("title") and page.select_text(hints["title"]))
        or ld.get("headline")
        or page.first_meta("og:title", "twitter:title")
        or page.title_tag
    )
    author = (
        (hints.get("author") and page.select_text(hints["author"]))
        or _names(ld.get("author"))
        or page.first_meta("author", "article:author", "dc.creator")
    )
    published = _published(page, ld, html, url, hints, timezone)
    modified = ld.get("dateModified") or page.first_meta("article:modified_time")
    section = ld.get("articleSection") if isinstance(ld.get("articleSection"), str) else page.first_meta("article:section")
    canonical = page.links.get("canonical") or _ld_id(ld.get("mainEntityOfPage"))
    amp = page.links.get("amphtml")
    declared_lang = ld.get("inLanguage") or page.lang

    lines = page.body_lines(url, hints)
    for extra in pages:
        lines.extend(Page(decode_html(extra)).body_lines(url, hints))
    cleaned = clean_paragraphs(lines)
    paragraphs = _drop_repeated_title(cleaned.paragraphs, title)
    text = "\n\n".join(paragraphs)
    if not text:
        raise ExtractionError("no article text found")
    return {
        "url": url,
        "canonical_url": _absolute(url, canonical),
        "amp_url": _absolute(url, amp),
        "title": title.strip() if title else None,
        "published": iso(published) if published else None,
        "modified": iso(parse_iso(modified, timezone)) if modified else None,
        "author": author or cleaned.fields.get("author"),
        "editor": cleaned.fields.get("editor"),
        "section": section,
        "text": text,
        "lang": guess_lang(text, declared_lang),
    }


def _ld_id(node):
    return node.get("@id") if isinstance(node, dict) else node if isinstance(node, str) else None


def _absolute(base, href):
    if not href:
        return None
    return urljoin(base, href) if base else href


def _drop_repeated_title(paragraphs, title):
    if paragraphs and title and paragraphs[0].strip().lower() == title.strip().lower():
        return paragraphs[1:]
    return paragraphs
