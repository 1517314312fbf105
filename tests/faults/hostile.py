"""Hostile files for `pantau extract` (tests/test_hostile.py, bench/hostile.py), made on the spot:
nothing big is kept in the repository.

An empty file, random bytes, a missing path, a gzip bomb inflating to 1 GB, a 20 MB page of
230,000 paragraphs, 100,000 nested divs after an article, a page in windows-1252 whose <meta>
says UTF-8, and a page under the size limit whose extraction takes minutes.
"""

import gzip
import random

from .server import article_html, endless_paragraphs

CP1252_TITLE = "Iuran “naik” 5 persen – kata Direktur"
CP1252_LINE = "“Kenaikan iuran ini wajar,” kata Direktur di sebuah café di Jakarta — dan peserta setuju."
NAMES = ("empty.html", "random.bin", "missing.html", "bomb.html.gz", "huge.html", "deep.html", "cp1252.html",
         "endless.html")


def hostile_files(folder) -> dict:
    """{name: path} of every hostile file, written into `folder` (missing.html is not)."""
    files = {name: folder / name for name in NAMES}
    files["empty.html"].write_bytes(b"")
    files["random.bin"].write_bytes(random.Random(13).randbytes(2**20))
    member = gzip.compress(bytes(2**20), 9)  # 1 MB of zeros; 1,024 gzip members are 1 GB
    files["bomb.html.gz"].write_bytes(member * 1024)
    paragraphs = "".join(f"<p>Paragraf {i} tentang peserta BPJS di sektor informal dan pekerja daring.</p>\n"
                         for i in range(230_000))
    files["huge.html"].write_text(f"<html><head><title>Besar</title></head><body><article>{paragraphs}</article></body></html>",
                                  encoding="utf-8")
    article = "".join(f"<p>{CP1252_LINE} Paragraf {i}.</p>" for i in range(4))
    files["deep.html"].write_text(f"<html><head><title>Dalam</title></head><body><article>{article}</article>"
                                  f"{'<div>' * 100_000}x{'</div>' * 100_000}</body></html>", encoding="utf-8")
    page = article_html("https://warta.example", "cp1252", CP1252_TITLE, [CP1252_LINE, CP1252_LINE + " Lagi."])
    files["cp1252.html"].write_bytes(page.encode("cp1252"))  # its <meta charset> says utf-8
    files["endless.html"].write_text(article_html("https://warta.example", "endless", "Tanpa akhir", endless_paragraphs()),
                                     encoding="utf-8")
    files["missing.html"].unlink(missing_ok=True)
    return files
