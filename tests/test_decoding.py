"""Bytes to text under wrong or missing charset labels (crawler/extract/article.py: decode_page)."""

import pytest

from pantau.crawler.extract.article import decode_page
from pantau.crawler.workers import encoding_mislabelled

PAGE = '<html><head><meta charset="utf-8"><title>“Iuran” naik – café</title></head><body><p>Peserta “BPJS” – naïve</p></body></html>'
MIXED = PAGE.encode("utf-8").replace("naïve".encode(), "naïve".encode("cp1252"))


@pytest.mark.parametrize("body, label, how, mislabelled", [
    (PAGE.encode("utf-8"), "utf-8", "utf-8", False),
    (PAGE.encode("cp1252"), "utf-8", "utf-8+windows-1252", True),  # the classic CMS misconfiguration
    (PAGE.encode("cp1252"), None, "utf-8+windows-1252", True),  # no HTTP label; its meta says utf-8
    (PAGE.encode("cp1252"), "ISO-8859-1", "cp1252", False),  # browsers read latin-1 as windows-1252
    (MIXED, "utf-8", "utf-8+windows-1252", True),  # one paragraph pasted from a windows-1252 source
    (b"\xef\xbb\xbf" + PAGE.encode("utf-8"), "windows-1252", "utf-8", True),  # the BOM wins over the label
    (PAGE.encode("utf-16"), "utf-8", "utf-16le", True),
    (PAGE.encode("utf-8"), "x-no-such-charset", "utf-8", False),
], ids=["utf8", "cp1252-as-utf8", "cp1252-unlabelled", "cp1252-as-latin1", "mixed", "bom-vs-label", "utf16-bom", "bad-label"])
def test_decode_page(body, label, how, mislabelled):
    text, decoded_as = decode_page(body, label)
    assert text.lstrip("\ufeff") == PAGE
    assert decoded_as == how
    assert encoding_mislabelled(label, decoded_as) is mislabelled
