"""`pantau extract` on saved pages: the CLI contract other tools rely on."""

import gzip
import json

from tests.conftest import pantau
from tests.site.server import SampleSite

KEYS = {"path", "url", "title", "published", "author", "text", "lang"}


def saved_pages(tmp_path):
    site = SampleSite()
    site.base = {o: f"https://{o}.example" for o in ("warta", "kabar", "ekonomi")}
    warta = next(a for a in site.articles if a.outlet == "warta" and a.topic == "on")
    kabar = next(a for a in site.articles if a.outlet == "kabar" and a.topic == "on")
    html = tmp_path / "warta.html"
    html.write_bytes(site.article_page(warta, "1", amp=False))
    gz = tmp_path / "kabar.html.gz"
    gz.write_bytes(gzip.compress(site.article_page(kabar, "1", amp=False)))
    broken = tmp_path / "broken.html.gz"
    broken.write_bytes(b"\x1f\x8b this is not gzip")
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    return site, warta, kabar, [html, gz, broken, empty]


def test_extract_jsonl_keeps_input_order_and_reports_bad_files(tmp_path):
    site, warta, kabar, paths = saved_pages(tmp_path)
    proc = pantau("extract", *paths, "--jsonl")
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["path"] for r in records] == [str(p) for p in paths]
    good, gz, broken, empty = records
    assert KEYS <= set(good) and KEYS <= set(gz)
    assert good["title"] == warta.title and gz["title"] == kabar.title
    assert good["published"] == warta.published.isoformat(timespec="seconds")
    assert gz["published"] == kabar.published.isoformat(timespec="seconds")
    assert good["author"] == warta.author and gz["author"] == kabar.author
    assert good["lang"] == "id"
    assert warta.paragraphs[1][:60] in good["text"] and "Recent Posts" not in good["text"]
    assert good["url"] == site.url(warta)  # from the canonical link when --url is not given
    assert "error" in broken and "error" in empty
    assert "error" not in good and "error" not in gz


def test_extract_json_single_file_with_url(tmp_path):
    _, warta, _, paths = saved_pages(tmp_path)
    proc = pantau("extract", paths[0], "--url", "https://warta.example/x", "--json")
    record = json.loads(proc.stdout)
    assert record["url"] == "https://warta.example/x"
    assert record["title"] == warta.title
    several = pantau("extract", paths[0], paths[1], "--json", check=False)
    assert several.returncode == 2 and "exactly one file" in several.stderr
