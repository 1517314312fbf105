"""HTML page → article fields. Pure and picklable: runs in worker processes during a crawl.

Order of trust for metadata: JSON-LD NewsArticle, then meta tags, then the outlet's CSS hints,
then what trafilatura/htmldate find. The body is trafilatura's, cleaned by Indonesian rules.
"""

import json
import re
from urllib.parse import urljoin

import trafilatura
from bs4 import BeautifulSoup, SoupStrainer, UnicodeDammit
from htmldate import find_date

from .cleanup import clean_paragraphs
from .dates import date_from_url, iso, parse_indonesian, parse_iso

ARTICLE_TYPES = {"NewsArticle", "Article", "ReportageNews", "AnalysisNewsArticle", "BlogPosting", "OpinionNewsArticle"}
HEAD_TAGS = SoupStrainer(["script", "link", "meta", "html", "time", "title"])
ID_WORDS = frozenset("yang dan di dengan untuk ini dari dalam tidak akan pada juga itu ke oleh karena".split())
EN_WORDS = frozenset("the and of to in is that for with on was said by from at as".split())


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


def _jsonld_articles(soup):
    for tag in soup.find_all("script", type="application/ld+json"):
        try:
            data = json.loads(tag.string or "")
        except (json.JSONDecodeError, TypeError):
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
                yield node


def _names(value) -> str | None:
    if not value:
        return None
    items = value if isinstance(value, list) else [value]
    names = [i.get("name") if isinstance(i, dict) else str(i) for i in items]
    return ", ".join(n.strip() for n in names if n and n.strip()) or None


def _meta(soup, *keys):
    for key in keys:
        tag = soup.find("meta", attrs={"property": key}) or soup.find("meta", attrs={"name": key})
        if tag and tag.get("content", "").strip():
            return tag["content"].strip()
    return None


def _link(soup, rel):
    tag = soup.find("link", rel=rel)
    return tag.get("href") if tag else None


def guess_lang(text: str, declared: str | None) -> str | None:
    if declared:
        return declared.split("-")[0].split("_")[0].lower()
    words = re.findall(r"[a-z]+", text[:3000].lower())
    ind = sum(w in ID_WORDS for w in words)
    eng = sum(w in EN_WORDS for w in words)
    if not ind and not eng:
        return None
    return "id" if ind >= eng else "en"


def _hint_text(full_soup, selector):
    node = full_soup.select_one(selector)
    return node.get_text(" ", strip=True) if node else None


def body_lines(html: str, url: str | None, hints: dict) -> list[str]:
    """The article body as lines: the outlet's CSS hint when given, else trafilatura."""
    if hints.get("body"):
        soup = BeautifulSoup(html, "lxml")
        for sel in hints.get("remove", []):
            for node in soup.select(sel):
                node.decompose()
        node = soup.select_one(hints["body"])
        if node is not None:
            blocks = node.find_all(["p", "h2", "h3", "li", "blockquote"]) or [node]
            return [b.get_text(" ", strip=True) for b in blocks]
    text = trafilatura.extract(
        html, url=url, include_comments=False, include_tables=False, favor_precision=False,
        deduplicate=False, with_metadata=False,
    )
    return text.splitlines() if text else []


def extract_article(body, url=None, *, declared_encoding=None, hints=None, timezone="Asia/Jakarta", pages=()):
    """Extract one article. `pages` are the HTML of its further pages, joined in order."""
    hints = hints or {}
    html = decode_html(body, declared_encoding)
    if not html.strip():
        raise ExtractionError("empty page")
    head = BeautifulSoup(html, "lxml", parse_only=HEAD_TAGS)
    ld = next(_jsonld_articles(head), {})
    full = BeautifulSoup(html, "lxml") if any(hints.get(k) for k in ("title", "date", "author")) else None

    title = (
        (full and hints.get("title") and _hint_text(full, hints["title"]))
        or ld.get("headline")
        or _meta(head, "og:title", "twitter:title")
        or (head.title.get_text(strip=True) if head.title else None)
    )
    published = None
    for candidate in (ld.get("datePublished"), _meta(head, "article:published_time", "pubdate", "publishdate", "datePublished")):
        published = candidate and parse_iso(candidate, timezone)
        if published:
            break
    if not published and full is not None and hints.get("date"):
        published = parse_indonesian(_hint_text(full, hints["date"]) or "", timezone)
    if not published:
        time_tag = head.find("time", datetime=True)
        published = time_tag and parse_iso(time_tag["datetime"], timezone)
    if not published:
        found = find_date(html, original_date=True, url=url, outputformat="%Y-%m-%d")
        published = found and parse_iso(found, timezone)
    if not published and url:
        published = date_from_url(url, timezone)

    lines = body_lines(html, url, hints)
    for page in pages:
        lines.extend(body_lines(decode_html(page), url, hints))
    cleaned = clean_paragraphs(lines)
    paragraphs = _drop_repeated_title(cleaned.paragraphs, title)
    text = "\n\n".join(paragraphs)
    if not text:
        raise ExtractionError("no article text found")

    author = (
        (full and hints.get("author") and _hint_text(full, hints["author"]))
        or _names(ld.get("author"))
        or _meta(head, "author", "article:author", "dc.creator")
        or cleaned.fields.get("author")
    )
    html_tag = head.find("html")
    declared_lang = ld.get("inLanguage") or (html_tag.get("lang") if html_tag else None)
    modified = ld.get("dateModified") or _meta(head, "article:modified_time")
    return {
        "url": url,
        "canonical_url": _absolute(url, _link(head, "canonical") or _ld_id(ld.get("mainEntityOfPage"))),
        "amp_url": _absolute(url, _link(head, "amphtml")),
        "title": title.strip() if title else None,
        "published": iso(published) if published else None,
        "modified": iso(parse_iso(modified, timezone)) if modified else None,
        "author": author,
        "editor": cleaned.fields.get("editor"),
        "section": ld.get("articleSection") if isinstance(ld.get("articleSection"), str) else _meta(head, "article:section"),
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
