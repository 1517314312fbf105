"""Bad sources files give a message naming the file, the line and the problem."""

import pytest

from pantau.crawler.sources import SourcesError, Watchlist, load_sources
from tests.conftest import pantau

GOOD = """
[[outlet]]
id = "a"
name = "A"
feeds = ["https://a.example/feed"]
"""


@pytest.mark.parametrize(
    "text, line, problem",
    [
        (GOOD + "\n[[outlet]\n", 7, "line 7"),
        (GOOD.replace('feeds = ["https://a.example/feed"]', 'feeds = "https://a.example/feed"'), 5, "feeds must be a list of strings"),
        (GOOD + 'colour = "red"\n', 6, "unknown key 'colour'"),
        (GOOD.replace("https://a.example/feed", "a.example/feed"), 5, "is not an http(s) URL"),
        (GOOD + "article_pattern = '(unclosed'\n", 6, "article_pattern is not a valid regular expression"),
        (GOOD + GOOD, 8, "outlet id 'a' appears twice"),
        ("[watchlist]\nterms = []\n", None, "no [[outlet]] tables"),
    ],
)
def test_bad_sources_file_names_file_line_and_problem(tmp_path, text, line, problem):
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SourcesError) as err:
        load_sources(path)
    message = str(err.value)
    assert message.startswith(str(path))
    assert problem in message
    if line and "line" not in problem:
        assert message.startswith(f"{path}:{line}:")


def test_crawl_with_bad_sources_exits_with_the_message(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text(GOOD + 'colour = "red"\n', encoding="utf-8")
    proc = pantau("crawl", "--sources", path, "--db", tmp_path / "x.db", check=False)
    assert proc.returncode == 1
    assert f"Error: {path}:6: outlet 'a': unknown key 'colour'" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_shipped_indonesia_sources_load_and_say_what_needs_checking():
    sources = load_sources("sources/indonesia.toml")
    ids = {o.id for o in sources.outlets}
    assert {"kompas", "detik", "antaranews"} <= ids
    assert all(o.needs_verification for o in sources.outlets)
    assert sources.watchlist.matches("Klaim JHT naik", None) == ["JHT"]


def test_watchlist_finds_the_longest_term_in_any_case_and_spacing():
    watchlist = Watchlist(["Jaminan", "jaminan pensiun", "BPJS", "BP Jamsostek", "JKN", "iuran"])
    text = "JAMINAN  Pensiun naik; bp\njamsostek dan Bpjs. Jaminan sosial, JKN-KIS, iurannya tetap."
    assert watchlist.matches("Iuran JKN", text) == ["iuran", "JKN", "jaminan pensiun", "BP Jamsostek", "BPJS", "Jaminan"]
    assert Watchlist(["Ängel", "angel"]).matches("ÄNGEL dan Angel") == ["Ängel", "angel"]
