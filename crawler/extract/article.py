"""HTML page → article fields. Pure and picklable: runs in worker processes during a crawl.

Order of trust for metadata: JSON-LD NewsArticle, then meta tags, then the outlet's CSS hints,
then what htmldate finds, then the URL. The body is trafilatura's, cleaned by Indonesian rules.

The page is parsed once (trafilatura's lxml loader) and that tree serves the metadata lookups,
the CSS hints and trafilatura itself: a second parse with BeautifulSoup cost more than
trafilatura's whole extraction (bench/crawl.py). BeautifulSoup's UnicodeDammit does the decoding.
"""

import codecs
import json
import re
from urllib.parse import urljoin

import trafilatura
from bs4 import UnicodeDammit
from lxml.cssselect import CSSSelector
from trafilatura.utils import load_html

from .bylines import find_byline
from .cleanup import clean_paragraphs
from .dates import iso, parse_machine, to_local
from .published import published_date
from .titles import displayed_title, domain_label, site_keys

ARTICLE_TYPES = {"NewsArticle", "Article", "ReportageNews", "AnalysisNewsArticle", "BlogPosting", "OpinionNewsArticle"}
ID_WORDS = frozenset("yang dan di dengan untuk ini dari dalam tidak akan pada juga itu ke oleh karena".split())
EN_WORDS = frozenset("the and of to in is that for with on was said by from at as".split())
BLOCKS = ("p", "h2", "h3", "li", "blockquote")
# Elements whose class or id says they hold the date ("date", "read__time", "date_detail", "tanggal")
DATE_CLASS_RE = re.compile(r"date|time|tanggal|waktu|publish|posted|tgl")
# ... or the byline.
BYLINE_CLASS_RE = re.compile(
    r"author|penulis|reporter|byline|writer|credit|editor|namerep|redaktur|pewarta|kontributor|contributor|journalist"
)
PERSON_META = ("author", "dtk:author", "content_author", "article:author", "parsely-author", "byl", "sailthru.author",
               "dc.creator", "twitter:creator")
EDITOR_META = ("content_editor", "dtk:editor", "editor")
# Byline labels at the start of an element's text ("Penulis: A", "Pewarta: A", "Editor: B").
LABEL_START_RE = re.compile(
    r"^\s*(?:penulis|reporter|pewarta|editor|redaktur|rep\s*:|red\s*:|oleh\s|laporan\s+wartawan|kontributor)", re.I
)
LABEL_INITIALS = frozenset("pPrReEoOlLkK")  # first letters of those labels: most texts are not tried


class ExtractionError(ValueError):
    """The page is not an article we can read; the message says why."""


# WHATWG: browsers read these labels as windows-1252, and so do servers' CMSs in practice.
AS_CP1252 = {"ascii", "latin_1", "iso8859-1", "windows-1252", "cp1252"}
BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def _as_cp1252(error: UnicodeDecodeError) -> tuple[str, int]:
    """Codec error handler: bytes that are not UTF-8 read as Windows-1252 (its 5 holes as latin-1)."""
    bad = error.object[error.start:error.end]
    return "".join(bytes([b]).decode("cp1252", "ignore") or chr(b) for b in bad), error.end


CP1252_FALLBACK = "pantau-cp1252"
codecs.register_error(CP1252_FALLBACK, _as_cp1252)


def charset_name(declared: str | None) -> str | None:
    """The codec name for a charset label ("ISO-8859-1" → "cp1252", as browsers read it), or None."""
    try:
        name = codecs.lookup(declared.strip().strip("\"'")).name if declared else None
    except LookupError:
        return None
    return "cp1252" if name in AS_CP1252 else name


def decode_page(body: bytes | str, declared: str | None = None) -> tuple[str, str]:
    """(text, how it was decoded), surviving a wrong charset label.

    A byte-order mark wins; then UTF-8, because valid UTF-8 is almost never another encoding
    while latin-1 labels "succeed" on anything and turn UTF-8 into mojibake; then a non-UTF-8
    label. Bytes that are not UTF-8 under a UTF-8 label (or none) are Windows-1252 — a whole
    mislabelled page or a few pasted characters in a UTF-8 page — and are mended one by one
    ("utf-8+windows-1252").
    """
    if isinstance(body, str):
        return body, "text"
    if body.startswith(BOMS):
        dammit = UnicodeDammit(body, is_html=True)
        if dammit.unicode_markup is not None:
            return dammit.unicode_markup, dammit.original_encoding
    try:
        return body.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    label = charset_name(declared)
    if label and label != "utf-8":
        try:
            return body.decode(label), label
        except UnicodeDecodeError:
            pass
    return body.decode("utf-8", errors=CP1252_FALLBACK), "utf-8+windows-1252"


def decode_html(body: bytes | str, declared: str | None = None) -> str:
    return decode_page(body, declared)[0]


class Page:
    """One parsed page and the lookups extraction makes on it."""

    def __init__(self, html: str):
        self.html = html
        self._scan = None
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

    def scan(self):
        """One walk over the tree: headings, and short texts of elements classed as bylines or
        dates or starting with a byline label. Texts longer than SHORT are not read in full."""
        if self._scan is not None:
            return self._scan
        h1s, titled, bylines, dates, labelled = [], [], [], [], []
        kinds = {}  # (class, id) → (title?, byline?, date?): class names repeat, regexes run once each
        for node in self.tree.iter():
            tag = node.tag
            if not isinstance(tag, str) or tag in SKIP_TAGS:
                continue
            if tag == "h1":
                h1s.append(node)
            attrs = (node.get("class"), node.get("id"))
            if attrs != (None, None):
                kind = kinds.get(attrs)
                if kind is None:
                    names = f"{attrs[0] or ''} {attrs[1] or ''}".lower()
                    kind = kinds[attrs] = (bool(TITLE_CLASS_RE.search(names)), bool(BYLINE_CLASS_RE.search(names)),
                                           bool(DATE_CLASS_RE.search(names)))
                if kind[0] and tag in ("h2", "h3", "div", "span"):
                    titled.append(node)
                if kind[1] and len(bylines) < 40:
                    _add(bylines, _short_text(node))
                if kind[2] and len(dates) < 20:
                    _add(dates, _short_text(node))
            if len(labelled) < 20:
                text, tail = node.text, node.tail
                if text and text.lstrip()[:1] in LABEL_INITIALS and LABEL_START_RE.match(text):
                    _add(labelled, _short_text(node))
                elif tail and tail.lstrip()[:1] in LABEL_INITIALS and LABEL_START_RE.match(tail):
                    parent = node.getparent()
                    if parent is not None and parent.tag not in SKIP_TAGS:
                        _add(labelled, _short_text(parent))
        headings = [(_text(h), h) for h in h1s] + [(_short_text(h, 400), h) for h in titled[:40]]
        self._scan = {"headings": [(t, h) for t, h in headings if t], "bylines": bylines + labelled, "dates": dates}
        return self._scan

    def around(self, element) -> list[str]:
        """Short texts just after (then just before) the headline: where bylines and date lines sit."""
        if element is None:
            return []
        out = []
        for node in element.xpath("following::*[position() <= 50]") + element.xpath("preceding::*[position() <= 8]")[::-1]:
            if not isinstance(node.tag, str) or node.tag in SKIP_TAGS:
                continue
            _add(out, _short_text(node))
        return out

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
        drop_related_boxes(self.tree)
        text = trafilatura.extract(
            self.tree, url=url, include_comments=False, include_tables=False, deduplicate=False, with_metadata=False,
        )
        return text.splitlines() if text else []


SKIP_TAGS = {"script", "style", "noscript", "svg", "head", "html", "body", "option", "select", "title", "meta", "link"}
SHORT = 300
TITLE_CLASS_RE = re.compile(r"title|judul|headline")


def _text(node) -> str:
    return " ".join(" ".join(node.itertext()).split())


def _short_text(node, limit=SHORT) -> str | None:
    """The element's text, or None when it is longer than `limit` (stops reading there)."""
    parts, size = [], 0
    for piece in node.itertext():
        size += len(piece)
        if size > limit * 3:
            return None
        parts.append(piece)
    text = " ".join(" ".join(parts).split())
    return text if text and len(text) <= limit else None


def _add(out: list, text: str | None):
    if text and text not in out:
        out.append(text)


def _names(value) -> list[str]:
    if not value:
        return []
    items = value if isinstance(value, list) else [value]
    names = [i.get("name") if isinstance(i, dict) else str(i) for i in items]
    return [n.strip() for n in names if isinstance(n, str) and n.strip()]


def guess_lang(text: str, declared: str | None) -> str | None:
    if declared:
        return declared.split("-")[0].split("_")[0].lower()
    words = re.findall(r"[a-z]+", text[:3000].lower())
    ind = sum(w in ID_WORDS for w in words)
    eng = sum(w in EN_WORDS for w in words)
    if not ind and not eng:
        return None
    return "id" if ind >= eng else "en"


# A block that opens with these words is a related-articles box, with its links ("Baca juga:
# <a>…</a><br><a>…</a>"): the whole block goes, not just the line with the words.
RELATED_BOX_RE = re.compile(
    r"^\s*(baca (juga|pula|selengkapnya)|baca\s*[:»]|lihat (juga|pula)|simak (juga|pula)|artikel terkait|"
    r"berita terkait|pilihan editor|rekomendasi untuk anda)\b",
    re.I,
)
RELATED_INITIALS = frozenset("bBlLsSaApPrR")
BOX_TAGS = ("p", "div", "table", "ul", "ol", "section", "aside", "blockquote", "span")


def drop_related_boxes(tree):
    """Remove related-article blocks before trafilatura reads the page (their tails stay)."""
    doomed = []
    for node in tree.iter(*BOX_TAGS):
        first = node.text
        if first and first.strip() and first.lstrip()[0] not in RELATED_INITIALS:
            continue
        inner = node
        for _ in range(3):  # "<p><strong><a>Baca juga" : the first text two levels down
            if (first and first.strip()) or not len(inner) or not isinstance(inner[0].tag, str):
                break
            inner = inner[0]
            first = inner.text
        if not first or not RELATED_BOX_RE.match(first):
            continue
        if _short_text(node, 600) and not any(d in node.iterancestors() for d in doomed):
            doomed.append(node)
    for node in doomed:
        node.drop_tree()


class _Lazy:
    """A value computed on first call (the texts around the headline cost a tree walk)."""

    def __init__(self, make):
        self.make, self.value = make, None

    def __call__(self):
        if self.value is None:
            self.value = self.make()
        return self.value


def _site_names(page: Page, ld: dict, hints: dict) -> list[str]:
    publisher = ld.get("publisher")
    names = [page.first_meta("og:site_name", "application-name", "al:android:app_name"),
             (page.first_meta("twitter:site") or "").lstrip("@"),
             publisher.get("name") if isinstance(publisher, dict) else None,
             hints.get("site_name")]
    return [n for n in names if n]


def extract_article(body, url=None, *, declared_encoding=None, hints=None, timezone="Asia/Jakarta", pages=()):
    """Extract one article. `pages` are the HTML of its further pages, joined in order.

    `hints` are the outlet's CSS selectors from the sources file, and `site_name` (the outlet's
    name there), which helps tell the site's name from the headline in <title>.
    """
    hints = hints or {}
    html, decoded_as = decode_page(body, declared_encoding)
    if not html.strip():
        raise ExtractionError("empty page")
    page = Page(html)
    ld = page.jsonld_article()
    canonical = page.links.get("canonical") or _ld_id(ld.get("mainEntityOfPage"))
    # The page's own address names the site (a crawl of saved copies fetches them from elsewhere).
    where = _absolute(url, canonical) or page.first_meta("og:url") or url
    names = _site_names(page, ld, hints)
    keys = site_keys([*names, domain_label(where), domain_label(url)])
    headings = page.scan()["headings"]
    title = hints.get("title") and page.select_text(hints["title"])
    if not title:
        metas = [ld.get("headline") if isinstance(ld.get("headline"), str) else None,
                 page.first_meta("og:title"), page.first_meta("twitter:title"), page.title_tag]
        title = displayed_title([t for t, _ in headings], [m for m in metas if m], names, where,
                                h1s=[t for t, h in headings if h.tag == "h1"])
    headline = next((h for t, h in headings if title and t == " ".join(title.split())), None)
    header = _Lazy(lambda: page.around(headline))
    published = published_date(page, ld, [u for u in (url, where) if u], hints, timezone, header)
    modified = ld.get("dateModified") or page.first_meta("article:modified_time")
    section = ld.get("articleSection") if isinstance(ld.get("articleSection"), str) else page.first_meta("article:section")
    amp = page.links.get("amphtml")
    declared_lang = ld.get("inLanguage") or page.lang

    lines = page.body_lines(url, hints)
    for extra in pages:
        lines.extend(Page(decode_html(extra)).body_lines(url, hints))
    hinted_author = hints.get("author") and page.select_text(hints["author"])
    byline = find_byline(
        near=lambda: header()[:30], snippets_class=page.scan()["bylines"],
        body_edges=lines[:3] + lines[-8:],
        meta_people=[*_names(ld.get("author")), *(page.meta[k] for k in PERSON_META if k in page.meta)],
        meta_editors=[*_names(ld.get("editor")), *(page.meta[k] for k in EDITOR_META if k in page.meta)],
        site_keys=keys,
    )
    cleaned = clean_paragraphs(lines)
    paragraphs = _drop_standfirst(page, _drop_repeated_title(cleaned.paragraphs, title))
    text = "\n\n".join(paragraphs)
    if not text:
        raise ExtractionError("no article text found")
    return {
        "url": url,
        "canonical_url": _absolute(url, canonical),
        "amp_url": _absolute(url, amp),
        "title": title.strip() if title else None,
        "published": iso(published) if published else None,
        "modified": _modified(modified, timezone),
        "author": hinted_author or ", ".join(byline.authors) or cleaned.fields.get("author"),
        "editor": ", ".join(byline.editors) or cleaned.fields.get("editor"),
        "section": section,
        "text": text,
        "lang": guess_lang(text, declared_lang),
        "decoded_as": decoded_as,
    }


def _modified(value, tz):
    dt = parse_machine(value, tz)[0] if isinstance(value, str) else None
    return iso(to_local(dt, tz)) if dt else None


def _ld_id(node):
    return node.get("@id") if isinstance(node, dict) else node if isinstance(node, str) else None


def _absolute(base, href):
    if not href:
        return None
    return urljoin(base, href) if base else href


STANDFIRST_XPATH = (
    "//*[self::h2 or self::h3 or self::h4 or self::h5 or contains(@class, 'subtitle') or contains(@class, 'excerpt')"
    " or contains(@class, 'standfirst') or contains(@class, 'deck') or contains(@class, 'summary')"
    " or contains(@class, 'teaser')]"
)


def _drop_standfirst(page, paragraphs):
    """The standfirst (a summary under the headline, shown as a heading or a "subtitle" block and
    repeated as the page's description) is not the article's first paragraph."""
    if len(paragraphs) < 2:
        return paragraphs
    description = page.first_meta("description", "og:description", "twitter:description")
    first = " ".join(paragraphs[0].split())
    if not description or " ".join(description.split()).casefold() != first.casefold():
        return paragraphs
    if any(_text(node) == first for node in page.tree.xpath(STANDFIRST_XPATH)[:200]):
        return paragraphs[1:]
    return paragraphs


def _drop_repeated_title(paragraphs, title):
    if paragraphs and title and paragraphs[0].strip().lower() == title.strip().lower():
        return paragraphs[1:]
    return paragraphs
