"""Real crawls of the bundled sample site over HTTP into a real SQLite file."""

import re
import sqlite3

from tests.conftest import crawl, pantau


def rows(db, sql, *params):
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, params).fetchall()


def on_topic(site):
    return [a for a in site.articles if a.topic == "on"]


def stored_id(site, db, article):
    """The articles.id the crawl stored for a sample-site article (looked up by canonical URL)."""
    found = rows(db, "select id from articles where canonical_url = ?", site.url(article))
    assert found, f"{article.id} was not stored"
    return found[0][0]


def test_crawl_stores_every_article_once_and_summarises(crawled):
    site, db, proc = crawled
    kept = rows(db, "select count(*) from articles where status = 'kept'")[0][0]
    skipped = rows(db, "select count(*), min(skip_reason) from articles where status = 'skipped'")[0]
    assert kept == len(on_topic(site))
    assert skipped == (len(site.articles) - len(on_topic(site)), "off-watchlist")
    # utm variants (kabar listing) and AMP copies (ekonomi listing) did not create second rows
    assert rows(db, "select count(distinct canonical_url) from articles")[0][0] == len(site.articles)
    assert f"{len(site.articles)} new, 0 updated ({kept} kept, {skipped[0]} off-watchlist)" in proc.stdout
    run = rows(db, "select status, articles_new, errors from crawl_runs")
    assert run == [("finished", len(site.articles), run[0][2])]


def test_dead_link_and_dead_outlet_are_logged_and_the_run_finishes(crawled):
    site, db, proc = crawled
    assert proc.returncode == 0
    errors = rows(db, "select outlet, status, kind, url from fetch_errors")
    assert ("warta", 404, "http") in {(o, s, k) for o, s, k, _ in errors}
    assert any(o == "mati" and k == "connection" for o, s, k, _ in errors)
    assert "errors" in proc.stdout


def test_dates_are_wib_with_offset(crawled):
    site, db, _ = crawled
    for article in site.articles:
        (published,) = rows(db, "select published from articles where id = ?", stored_id(site, db, article))[0]
        assert published == article.published.isoformat(timespec="seconds"), article.id


def test_wordpress_page_body_is_clean_and_bylines_are_fields(crawled):
    site, db, _ = crawled
    warta = [a for a in on_topic(site) if a.outlet == "warta"]
    assert warta
    with_baca = [a for a in warta if any(p.lower().startswith("baca juga") for p in a.paragraphs)]
    assert with_baca, "the sample site should have 'Baca juga' lines in warta articles"
    for article in warta:
        text, author, editor = rows(db, "select text, author, editor from articles where id = ?", stored_id(site, db, article))[0]
        assert "baca juga" not in text.lower()
        assert "Recent Posts" not in text and "Read More" not in text
        assert not text.rstrip().endswith(("(*)", "Editor")), article.id
        assert editor == article.editor and author == article.author
        last = re.sub(r"\s*\([^)]*\)\s*$", "", article.paragraphs[-1])
        assert last[:60] in text


def test_multi_page_article_is_joined(crawled):
    site, db, _ = crawled
    long_ones = [a for a in site.articles if a.outlet == "ekonomi" and len(a.paragraphs) > 8]
    assert long_ones, "the sample site should have ekonomi articles over several pages"
    for article in long_ones:
        (text,) = rows(db, "select text from articles where id = ?", stored_id(site, db, article))[0]
        assert article.paragraphs[-1][:80] in text
        assert article.paragraphs[5][:80] in text
        assert "Halaman" not in text and "Tampilkan semua" not in text


def test_mislabelled_encoding_is_decoded(crawled):
    site, db, _ = crawled
    article = next(a for a in site.articles if a.id == site.mislabelled)
    (text,) = rows(db, "select text from articles where id = ?", stored_id(site, db, article))[0]
    assert "â€" not in text and "\ufffd" not in text
    assert article.paragraphs[1][:80] in text


def test_each_discovery_path_finds_articles_on_its_own(site, tmp_path):
    warta_feed = tmp_path / "feed.db"
    crawl(site, warta_feed, tmp_path, "feed.toml", outlets=["warta"], sitemaps=False, listings=False, dead_outlet=False)
    feed_urls = {u for (u,) in rows(warta_feed, "select canonical_url from articles")}
    assert feed_urls == {site.url(a) for a in site.by_outlet["warta"][:10]}

    kabar_sitemap = tmp_path / "sitemap.db"
    crawl(site, kabar_sitemap, tmp_path, "sitemap.toml", outlets=["kabar"], feeds=False, listings=False, dead_outlet=False)
    assert {u for (u,) in rows(kabar_sitemap, "select canonical_url from articles")} == {site.url(a) for a in site.by_outlet["kabar"]}

    ekonomi_listing = tmp_path / "listing.db"
    crawl(site, ekonomi_listing, tmp_path, "listing.toml", outlets=["ekonomi"], feeds=False, sitemaps=False, dead_outlet=False)
    assert {u for (u,) in rows(ekonomi_listing, "select canonical_url from articles")} == {site.url(a) for a in site.by_outlet["ekonomi"]}


def test_second_crawl_fetches_nothing_unchanged_and_picks_up_the_update(site, tmp_path):
    db = tmp_path / "pantau.db"
    crawl(site, db, tmp_path, dead_outlet=False)
    updated = [a for a in site.articles if a.revision]
    assert updated, "the sample site should have an article with a .v2 revision"
    site.hits.clear()
    site.publish_update()
    proc = crawl(site, db, tmp_path, dead_outlet=False)

    article_paths = {site.path(a) for a in site.articles}
    fetched = {path.split("?")[0] for (_, path), n in site.hits.items() if path.split("?")[0] in article_paths
               or path.split("?")[0].removeprefix("/amp") in article_paths}
    assert fetched == {site.path(a) for a in updated}
    assert f"0 new, {len(updated)} updated ({len(updated)} kept, 0 off-watchlist)" in proc.stdout
    for article in updated:
        text, revision = rows(db, "select text, revision from articles where id = ?", stored_id(site, db, article))[0]
        assert revision == 2
        new_paragraphs = [p for p in article.revision.paragraphs if p not in article.paragraphs and not p.lower().startswith("baca")]
        assert any(p[:60] in text for p in new_paragraphs)
    assert rows(db, "select count(*) from articles")[0][0] == len(site.articles)


def test_rel_next_pages_are_followed_without_a_page_all_hint(site, tmp_path):
    db = tmp_path / "pantau.db"
    sources = site.sources_toml(outlets=["ekonomi"], dead_outlet=False, feeds=False, listings=False)
    sources = sources.replace('page_all = "page=all"', "")
    (tmp_path / "s.toml").write_text(sources, encoding="utf-8")
    pantau("crawl", "--sources", tmp_path / "s.toml", "--db", db, "--log-level", "WARNING")
    article = max(site.by_outlet["ekonomi"], key=lambda a: len(a.paragraphs))
    (text,) = rows(db, "select text from articles where canonical_url = ?", site.url(article))[0]
    assert article.paragraphs[-1][:80] in text
    assert not any(p.endswith("page=all") for (_, p) in site.hits)


def test_scrapy_crawl_news_works_from_the_project_root(site, tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    from tests.conftest import ROOT

    (tmp_path / "s.toml").write_text(site.sources_toml(outlets=["kabar"], dead_outlet=False), encoding="utf-8")
    scrapy = Path(sys.executable).with_name("scrapy")
    proc = subprocess.run(
        [str(scrapy), "crawl", "news", "-a", f"sources={tmp_path / 's.toml'}", "-a", f"db={tmp_path / 'x.db'}",
         "-s", "LOG_LEVEL=WARNING"], cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    assert rows(tmp_path / "x.db", "select count(*) from articles")[0][0] == len(site.by_outlet["kabar"])
