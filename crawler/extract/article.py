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
from functools import lru_cache
from urllib.parse import urljoin

import trafilatura
from bs4 import UnicodeDammit
from lxml import etree
from lxml.cssselect import CSSSelector
from trafilatura.settings import Extractor
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
        found = css(selector)(self.tree)
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
        h1s, titled, bylines, dates, labelled, summaries = [], [], [], [], [], []
        kinds = {}  # (class, id) → (title?, byline?, date?, summary?): class names repeat, regexes run once each
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
                                           bool(DATE_CLASS_RE.search(names)), bool(SUMMARY_CLASS_RE.search(names)))
                if kind[0] and tag in ("h2", "h3", "div", "span"):
                    titled.append(node)
                if kind[1] and len(bylines) < 40:
                    _add(bylines, _short_text(node))
                if kind[2] and len(dates) < 20:
                    _add(dates, _short_text(node))
                if kind[3] and len(summaries) < 20:
                    summaries.append(node)
            if len(labelled) < 20:
                text, tail = node.text, node.tail
                if text and text.lstrip()[:1] in LABEL_INITIALS and LABEL_START_RE.match(text):
                    _add(labelled, _short_text(node))
                elif tail and tail.lstrip()[:1] in LABEL_INITIALS and LABEL_START_RE.match(tail):
                    parent = node.getparent()
                    if parent is not None and parent.tag not in SKIP_TAGS:
                        _add(labelled, _short_text(parent))
        headings = [(_text(h), h) for h in h1s] + [(_short_text(h, 400), h) for h in titled[:40]]
        self._scan = {"headings": [(t, h) for t, h in headings if t], "bylines": bylines + labelled, "dates": dates,
                      "summaries": summaries}
        return self._scan

    def around(self, element) -> list[str]:
        """Short texts just after (then just before) the headline: where bylines and date lines sit."""
        if element is None:
            return []
        out = []
        for node in FOLLOWING_50(element) + PRECEDING_8(element)[::-1]:
            if not isinstance(node.tag, str) or node.tag in SKIP_TAGS:
                continue
            _add(out, _short_text(node))
        return out

    def body_lines(self, url: str | None, hints: dict) -> list[str]:
        """The article body as lines: the outlet's CSS hint when given, else trafilatura."""
        if hints.get("body"):
            for sel in hints.get("remove", []):
                for node in css(sel)(self.tree):
                    node.drop_tree()
            found = css(hints["body"])(self.tree)
            if found:
                blocks = [b for b in found[0].iter(*BLOCKS)] or [found[0]]
                return [" ".join(b.text_content().split()) for b in blocks]
        furniture = drop_related_boxes(self.tree)
        text = trafilatura.extract(self.tree, options=_trafilatura_options(url))
        lines = [line for line in text.splitlines() if " ".join(line.split()) not in furniture] if text else []
        return restore_headings_and_lists(self.tree, lines)


@lru_cache(maxsize=256)
def css(selector: str) -> CSSSelector:
    """The compiled selector: an outlet's few hints serve every page (compiling took 1.4 % of extraction)."""
    return CSSSelector(selector)


# What trafilatura.extract(tree, url=url, include_comments=False, include_tables=False) would use:
# built once, as building it reads trafilatura's settings anew (0.13 ms a page, 3 % of extraction),
# and given each page's URL in place (trafilatura copies it before changing anything else in it).
# Its date_params (today's date) serve metadata extraction only, which this never asks for.
TRAFILATURA_OPTIONS = Extractor(comments=False, tables=False, dedup=False, with_metadata=False)


def _trafilatura_options(url: str | None) -> Extractor:
    options = TRAFILATURA_OPTIONS
    options.url = url
    options.source = url and url.encode("utf-8", "replace").decode("utf-8")  # as Extractor(url=url) sets it
    return options


FOLLOWING_50 = etree.XPath("following::*[position() <= 50]")  # compiled once, not per page
PRECEDING_8 = etree.XPath("preceding::*[position() <= 8]")
SKIP_TAGS = {"script", "style", "noscript", "svg", "head", "html", "body", "option", "select", "title", "meta", "link"}
SHORT = 300
TITLE_CLASS_RE = re.compile(r"title|judul|headline")
# Blocks named as a summary: what they hold is the standfirst wherever it sits outside the body.
SUMMARY_CLASS_RE = re.compile(r"subtitle|excerpt|standfirst|summary|teaser|bulletpoints|highlights|key-?points")


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


# Blocks named as a tag list or a newsletter sign-up ("detail_tag", "tagcloud", "tags--snippet",
# data-component="newsletter-signup"): short furniture wherever it sits, even inside the article.
FURNITURE_BOX_RE = re.compile(r"(?:^|[\s_-])(?:tags?|tagging|tagcloud|topik|kata-?kunci|keywords?)(?:$|[\s_-])|newsletter")
FURNITURE_BOX_MAX = 400


def drop_related_boxes(tree) -> set[str]:
    """Remove related-article blocks before trafilatura reads the page (their tails stay), and
    give the texts of tag lists and newsletter sign-ups, to be taken out of what it returns (left
    in the tree: taking them out changes which container trafilatura settles on)."""
    doomed, furniture = [], set()
    named = {}  # names → furniture-like?: class names repeat, the regex runs once for each
    for node in tree.iter(*BOX_TAGS):
        if node.tag in ("div", "ul", "section", "aside"):
            names = f"{node.get('class') or ''} {node.get('id') or ''} {node.get('data-component') or ''}"
            furniture_named = named.get(names)
            if furniture_named is None:
                furniture_named = named[names] = len(names) > 2 and FURNITURE_BOX_RE.search(names.lower()) is not None
            if furniture_named and _box_shaped(node):
                text = " ".join(node.text_content().split())
                if len(text) <= FURNITURE_BOX_MAX:
                    furniture.add(text)
                    furniture.update(t for t in (" ".join(n.text_content().split()) for n in node.iter("p", "li"))
                                     if len(t) >= 40)
                    continue
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
    return furniture


def _box_shaped(node) -> bool:
    """A tag list or a sign-up box, not a short article whose element carries term classes
    (WordPress writes "tag-indonesia" on the <article> itself): no headline, at most two
    paragraphs, and, for a tag list, no paragraph of a sentence's length."""
    if next(node.iter("h1", "article"), None) is not None:
        return False
    paragraphs = [len(p.text_content()) for p in node.iter("p")]
    if len(paragraphs) > 2:
        return False
    names = f"{node.get('class') or ''} {node.get('id') or ''} {node.get('data-component') or ''}".lower()
    return "newsletter" in names or all(n < 80 for n in paragraphs)


# Where a heading or list item inside the article's container is furniture, not text.
FURNITURE_CLASS_RE = re.compile(
    r"share|social|\btags?\b|menu|nav|breadcrumb|related|terkait|paging|pagination|comment|komentar|\bads?\b|advert|"
    r"widget|promo|newsletter|baca|recommend|populer|popular|trending|footer|sidebar"
)
FURNITURE_TAGS = {"nav", "aside", "footer", "header", "figure", "figcaption", "form", "table", "button"}


def restore_headings_and_lists(tree, lines: list[str]) -> list[str]:
    """Put back the subheadings and list items trafilatura leaves out.

    When trafilatura finds no container it knows (kompas' `read__content`, tribun's `txt-article`,
    okezone's `read` …) it recovers the text from the page's paragraphs and drops what is not a
    paragraph: the article's subheadings and lists. Those inside the element that holds the
    extracted paragraphs, between two of them, come back in their place; link lists and anything
    in a share, tag, related or ad block stay out.
    """
    if len(lines) < 3:
        return lines
    index = {}
    for i, line in enumerate(lines):
        index.setdefault(" ".join(line.removeprefix("- ").split()), i)
    longest = max(map(len, index)) + 20
    matched = []
    for node in tree.iter("p"):
        raw = node.text_content()
        i = index.get(" ".join(raw.split())) if len(raw) < 3 * longest else None
        if i is not None:
            matched.append((node, i))
    if len(matched) < 2 or len(matched) < len(lines) // 2:
        return lines
    # The container: the deepest element holding most of those paragraphs (a dialog or a comment
    # that trafilatura also kept does not widen it to the whole page).
    counts, depth = {}, {}
    for node, _ in matched:
        for d, up in enumerate(reversed(list(node.iterancestors()))):
            counts[up] = counts.get(up, 0) + 1
            depth[up] = d
    most = [n for n, c in counts.items() if c >= 0.6 * len(matched)]
    if not most:
        return lines
    container = max(most, key=depth.get)
    where = {id(node): i for node, i in matched}
    pending, inserts, at = [], {}, None
    for node in container.iter("p", "h2", "h3", "h4", "li"):
        if id(node) in where:
            if at is not None and pending:
                inserts.setdefault(at, []).extend(pending)
            pending, at = [], where[id(node)]
            continue
        if at is None or (node.tag == "li" and next(node.iter("li", "p"), node) is not node):
            continue  # before the text, or an item that holds a list of its own
        text = _short_text(node, 500)
        if not text or text in index or (node.tag != "li" and (node.tag == "p" or len(text) > 200)):
            continue
        if _link_share(node, text) >= 0.5 or _in_furniture(node, container):
            continue
        pending.append(f"- {text}" if node.tag == "li" else text)
    if not inserts:
        return lines
    out = []
    for i, line in enumerate(lines):
        out.append(line)
        out.extend(inserts.get(i, ()))
    return out


def _link_share(node, text: str) -> float:
    linked = sum(len(" ".join(a.text_content().split())) for a in node.iter("a"))
    return linked / max(len(text), 1)


def _in_furniture(node, container) -> bool:
    for up in node.iterancestors():
        if up is container:
            return False
        if up.tag in FURNITURE_TAGS or FURNITURE_CLASS_RE.search(f"{up.get('class', '')} {up.get('id', '')}".lower()):
            return True
    return False


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
    cleaned = clean_paragraphs(lines)
    byline = find_byline(
        near=lambda: header()[:30], snippets_class=page.scan()["bylines"],
        body_edges=lines[:3] + lines[-8:],
        # JSON-LD's authors together: "author": [A, B] are two writers, not a first choice and a second
        meta_people=[", ".join(_names(ld.get("author"))), *(page.meta[k] for k in PERSON_META if k in page.meta)],
        meta_editors=[*_names(ld.get("editor")), *(page.meta[k] for k in EDITOR_META if k in page.meta)],
        site_keys=keys, signed=cleaned.fields.get("signed", ()),
    )
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
    """The standfirst (a summary under the headline) is not the article's first paragraph: a
    heading or "subtitle" block repeating the page's description, or a block named as a summary
    (a line or a bullet list) that stands outside the element holding the rest of the text."""
    if len(paragraphs) < 2:
        return paragraphs
    description = page.first_meta("description", "og:description", "twitter:description")
    lead = 0
    while lead < len(paragraphs) - 1 and paragraphs[lead].startswith("- "):
        lead += 1  # a bullet list on top ("- A", "- B"): taken or left as one block
    first = " ".join(paragraphs[0].removeprefix("- ").split()) if lead else " ".join(paragraphs[0].split())
    drop = max(lead, 1)
    if description and " ".join(description.split()).casefold() == first.casefold() and not lead:
        if any(_text(node) == first for node in page.tree.xpath(STANDFIRST_XPATH)[:200]):
            return paragraphs[1:]
    boxes = [n for n in page.scan()["summaries"]
             if (lead and first in (_text(li) for li in n.iter("li"))) or (not lead and _text(n) == first)]
    if boxes and not _inside_body(page, boxes[0], paragraphs[drop:]):
        return paragraphs[drop:]
    return paragraphs


def _inside_body(page, box, rest) -> bool:
    """Whether `box` sits inside the element that holds the paragraphs after it (when those are
    found as elements: else it is taken as inside, and kept)."""
    wanted = [" ".join(p.split()) for p in (rest[0], rest[-1])]
    found = {}
    for node in page.tree.iter("p", "div", "li", "blockquote"):
        text = _short_text(node, max(map(len, wanted)) + 20)
        if text in wanted and text not in found:
            found[text] = node
            if len(found) == len(set(wanted)):
                break
    if len(found) < len(set(wanted)):
        return True
    a, b = found[wanted[0]], found[wanted[-1]]
    above_b = set(b.iterancestors())
    body = a.getparent() if a is b else next((n for n in a.iterancestors() if n in above_b), None)
    return body is None or box is body or body in box.iterancestors()


def _drop_repeated_title(paragraphs, title):
    if paragraphs and title and paragraphs[0].strip().lower() == title.strip().lower():
        return paragraphs[1:]
    return paragraphs
