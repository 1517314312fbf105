"""HTML → article fields (trafilatura + htmldate + BeautifulSoup, with Indonesian fixes)."""

from .article import ExtractionError, decode_html, extract_article

__all__ = ["ExtractionError", "decode_html", "extract_article"]
