"""`pantau extract`: saved HTML files → article records.

A saved page is held to the crawl's limits: no more than DOWNLOAD_MAXSIZE (16 MB), before or
after gunzip (a gzip bomb stops at the limit), and PANTAU_EXTRACT_DEADLINE seconds of extraction
in a worker process that is replaced when a page runs over. Either way the file gets an error
record and the next file is read.
"""

import asyncio
import os
import zlib
from pathlib import Path

from .crawler import settings as crawl_settings
from .crawler.responses import sniff_html
from .crawler.workers import ExtractionPool

KEYS = ("path", "url", "title", "published", "author", "text", "lang")
MAXSIZE = crawl_settings.DOWNLOAD_MAXSIZE


class PageError(Exception):
    """A file that is not read at all; the message starts with its kind, as fetch_errors has it."""


def read_page(path: Path, maxsize: int = MAXSIZE) -> bytes:
    """The page's bytes, gunzipped when gzipped; PageError when it is not an HTML page of at
    most `maxsize` bytes (decompression stops at the limit)."""
    with open(path, "rb") as f:
        data = f.read(maxsize + 1)
    if data[:2] == b"\x1f\x8b":
        data = gunzip(data, maxsize, compressed_rest=path.stat().st_size > len(data))
    elif len(data) > maxsize:
        raise PageError(f"too_large: the page is over {maxsize // 2**20} MB (DOWNLOAD_MAXSIZE), as big as no news page is")
    if not data.strip():
        raise PageError("empty_body: the page is empty")
    if not sniff_html(data):
        raise PageError(f"not_html: not an HTML page ({len(data)} bytes)")
    return data


def gunzip(data: bytes, maxsize: int, compressed_rest: bool = False) -> bytes:
    """Decompress at most `maxsize` + 1 bytes, over all the gzip members there are: a gzip bomb
    costs no more memory than a page."""
    too_large = PageError(f"too_large: the page decompresses to over {maxsize // 2**20} MB (DOWNLOAD_MAXSIZE): "
                          "a gzip bomb, or no news page")
    if compressed_rest:  # the gzip file alone is over the limit
        raise too_large
    out, size = [], 0
    while data:
        inflate = zlib.decompressobj(wbits=31)
        try:
            out.append(inflate.decompress(data, maxsize + 1 - size))
        except zlib.error as e:
            raise PageError(f"BadGzipFile: not a readable gzip file ({e})") from e
        size += len(out[-1])
        if size > maxsize:
            raise too_large
        if not inflate.eof:
            raise PageError("BadGzipFile: the gzip file is cut short")
        data = inflate.unused_data.lstrip(b"\0")  # the next member, if any (gzip pads with zeros)
    return b"".join(out)


def deadline() -> float:
    return float(os.environ.get("PANTAU_EXTRACT_DEADLINE") or crawl_settings.PANTAU_EXTRACT_DEADLINE)


def record(path: Path, url, fields: dict) -> dict:
    if "error" in fields:
        return {"path": str(path), "url": url, "error": fields["error"]}
    out = {"path": str(path), **{k: fields.get(k) for k in KEYS[1:]}}
    out["url"] = url or fields.get("canonical_url")
    out.update({k: fields[k] for k in ("editor", "canonical_url", "section") if fields.get(k)})
    return out


def extract_files(paths, url=None):
    """One record per path, in order, from one extraction worker process (started when a file
    needs it)."""
    pool = ExtractionPool(1, deadline())
    loop = asyncio.new_event_loop()
    try:
        for path in map(Path, paths):
            try:
                body = read_page(path)
            except (OSError, PageError) as e:
                message = str(e) if isinstance(e, PageError) else f"{type(e).__name__}: {e}"
                yield {"path": str(path), "url": url, "error": message}
                continue
            yield record(path, url, loop.run_until_complete(pool.extract({"body": body, "url": url, "label": str(path)})))
    finally:
        pool.close()
        loop.close()


def extract_file(path, url=None) -> dict:
    return next(extract_files([path], url))
