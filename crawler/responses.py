"""What a response really holds, whatever its headers say: HTML sniffing, XML salvage."""

import re

import scrapy
from lxml import etree
from scrapy.http import HtmlResponse, TextResponse

HTML_TYPES = ("text/html", "application/xhtml+xml")
HTML_MARKERS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<title", b"<meta", b"<article", b"<div", b"<p>")


def read_xml(data: bytes | str) -> tuple[scrapy.Selector | None, list[str]]:
    """A feed or sitemap as a Selector, salvaging what a broken document still holds, and the
    parser's complaints ("line 12: ..."). Entities are never expanded (no billion laughs, no XXE)."""
    if isinstance(data, str):  # already decoded by Scrapy: drop a declaration that would contradict it
        data = re.sub(r"^\s*<\?xml[^>]*\?>", "", data).encode("utf-8")
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False,
                             remove_comments=True, remove_pis=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as e:  # recover gives up only on hopeless input
        return None, [str(e)]
    errors = [f"line {e.line}: {e.message.strip()}" for e in parser.error_log if e.level >= etree.ErrorLevels.ERROR]
    if root is None:
        return None, errors or ["no XML document"]
    sel = scrapy.Selector(root=root, type="xml")
    sel.remove_namespaces()
    return sel, errors


def sniff_html(body: bytes) -> bool:
    """Whether a body looks like an HTML page, whatever its Content-Type says."""
    head = body[:4096]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head.decode("utf-16", "ignore").encode("utf-8", "ignore")
    if b"\x00" in head:
        return False
    head = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return any(tag in head for tag in HTML_MARKERS)


def as_html(response):
    """A response Scrapy did not take for HTML (wrong Content-Type) as an HtmlResponse."""
    return response if isinstance(response, TextResponse) else response.replace(cls=HtmlResponse)
