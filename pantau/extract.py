"""`pantau extract`: saved HTML files → article records."""

import gzip
from pathlib import Path

from .crawler.extract import extract_article

KEYS = ("path", "url", "title", "published", "author", "text", "lang")


def read_page(path: Path) -> bytes:
    data = path.read_bytes()
    if path.suffix == ".gz" or data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    return data


def extract_file(path, url=None) -> dict:
    path = Path(path)
    try:
        fields = extract_article(read_page(path), url)
    except Exception as e:  # noqa: BLE001 - reported per file, the run goes on
        return {"path": str(path), "url": url, "error": f"{type(e).__name__}: {e}"}
    record = {"path": str(path), **{k: fields.get(k) for k in KEYS[1:]}}
    record["url"] = url or fields.get("canonical_url")
    record.update({k: fields[k] for k in ("editor", "canonical_url", "section") if fields.get(k)})
    return record


def extract_files(paths, url=None):
    for path in paths:
        yield extract_file(path, url)
