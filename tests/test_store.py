"""The store's article writes are one transaction each (issue 9: a crawl killed mid-write)."""

import sqlite3

import pytest

from pantau.store import open_db
from pantau.store.articles import known_article, save_article

ARTICLE = {"url": "https://berita.example/a/1", "outlet": "x", "title": "BPJS", "text": "Iuran naik.",
           "published": "2026-11-20T09:00:00+07:00", "seen_urls": ["https://berita.example/a/1?utm_source=x"]}


def test_an_article_is_written_with_its_urls_or_not_at_all(tmp_path):
    db = open_db(tmp_path / "p.db")
    # the process "dies" after the article row, before the URLs it is known by
    db.execute("create trigger crash before insert on article_urls begin select raise(abort, 'killed'); end")
    with pytest.raises(sqlite3.IntegrityError, match="killed"):
        save_article(db, ARTICLE)
    with sqlite3.connect(tmp_path / "p.db") as other:
        assert other.execute("select count(*) from articles").fetchone() == (0,)
    db.execute("drop trigger crash")
    assert save_article(db, ARTICLE) == "new"
    assert known_article(db, ARTICLE["url"]) is not None
    assert save_article(db, ARTICLE) == "unchanged"


def test_an_analysis_replaces_the_previous_one_whole_or_not_at_all(tmp_path):
    from pantau.store.analysis import save_analysis

    db = open_db(tmp_path / "p.db")
    save_article(db, ARTICLE)
    article_id = known_article(db, ARTICLE["url"])[0]
    first = {"figures": [{"text": "Rp36.800", "value": "36800", "kind": "money"}],
             "quotes": [{"speaker": "Oni Marbun", "text": "Iuran naik.", "kind": "direct"}]}
    save_analysis(db, article_id, first)
    analysed_at = db.execute("select analysed_at from articles where id = ?", [article_id]).fetchone()[0]
    # the process "dies" after the new figures were written, before the quotes
    db.execute("create trigger crash before insert on quotes begin select raise(abort, 'killed'); end")
    second = {"figures": [{"text": "53,9 juta", "value": "53900000", "kind": "count"}],
              "quotes": [{"speaker": "Oni Marbun", "text": "Target kami.", "kind": "direct"}]}
    with pytest.raises(sqlite3.IntegrityError, match="killed"):
        save_analysis(db, article_id, second)
    with sqlite3.connect(tmp_path / "p.db") as other:
        assert other.execute("select text from figures").fetchall() == [("Rp36.800",)]
        assert other.execute("select text from quotes").fetchall() == [("Iuran naik.",)]
        assert other.execute("select analysed_at from articles").fetchone() == (analysed_at,)


def test_an_undated_article_is_stored_as_undated_and_the_feed_date_fills_in(tmp_path):
    """Issue 13: a page without a date takes its feed's or sitemap's date (in WIB); with none at
    all it is stored without one, and says so."""
    db = open_db(tmp_path / "p.db")
    undated = {**ARTICLE, "url": "https://berita.example/a/2", "published": None, "seen_urls": []}
    from_feed = {**ARTICLE, "url": "https://berita.example/a/3", "published": None, "seen_urls": [],
                 "source_lastmod": "2026-11-19T18:30:00+00:00"}
    save_article(db, ARTICLE)
    save_article(db, undated)
    save_article(db, from_feed)
    rows = {r[0]: r[1:] for r in db.execute("select url, published, published_utc, date_source from articles")}
    assert rows["https://berita.example/a/1"] == ("2026-11-20T09:00:00+07:00", "2026-11-20T02:00:00Z", "page")
    assert rows["https://berita.example/a/2"] == (None, None, "none")
    assert rows["https://berita.example/a/3"] == ("2026-11-20T01:30:00+07:00", "2026-11-19T18:30:00Z", "feed")


def test_an_article_saved_while_another_writer_holds_the_lock_waits_instead_of_failing(tmp_path):
    # The crawl's pipeline and its article writer write to one file at once. A transaction that
    # read before the other writer committed cannot wait for the lock afterwards; SQLite fails it
    # with "database is locked" and the article was lost (a shared crawl stored 43 articles of 44).
    import threading
    import time

    db = open_db(tmp_path / "p.db")
    other = sqlite3.connect(tmp_path / "p.db", isolation_level=None, check_same_thread=False)
    other.execute("begin immediate")
    other.execute("insert into digests_sent (day, recipient, sent_at) values ('2026-11-20', 'a@b.id', 'x')")
    threading.Thread(target=lambda: (time.sleep(0.5), other.execute("commit")), daemon=True).start()
    assert save_article(db, ARTICLE) == "new"
    assert known_article(db, ARTICLE["url"]) is not None
    assert db.execute("select count(*) from digests_sent").fetchone() == (1,)
