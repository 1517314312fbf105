"""The one place that defines Pantau's tables. Change the schema only by adding a migration."""

from sqlite_utils.migrations import Migrations

migrations = Migrations("pantau")


@migrations()
def create_crawl_tables(db):
    db["outlets"].create(
        {"id": str, "name": str, "homepage": str, "first_seen": str},
        pk="id",
    )
    db["crawl_runs"].create(
        {
            "id": int,
            "started_at": str,
            "finished_at": str,
            "status": str,  # running | finished | failed | interrupted (see add_crawl_run_process)
            "sources": str,
            "pages_fetched": int,
            "articles_new": int,
            "articles_updated": int,
            "articles_unchanged": int,
            "articles_skipped": int,
            "not_modified": int,
            "errors": int,
            "stats": str,  # JSON: Scrapy stats and per-outlet counters
        },
        pk="id",
    )
    db["articles"].create(
        {
            "id": int,
            "url": str,
            "canonical_url": str,
            "outlet": str,
            "title": str,
            "published": str,  # ISO 8601 with the outlet's offset, e.g. 2026-11-05T09:15:00+07:00
            "published_utc": str,  # same instant in UTC, sortable; what date queries use
            "author": str,
            "editor": str,
            "section": str,
            "text": str,
            "lang": str,
            "content_hash": str,
            "status": str,  # kept | skipped
            "skip_reason": str,
            "matched_terms": str,
            "etag": str,
            "last_modified": str,
            "revision": int,
            "fetched_at": str,
            "updated_at": str,
            "analysed_at": str,
            "run_id": int,
        },
        pk="id",
        not_null={"canonical_url", "content_hash", "status"},
        defaults={"revision": 1, "status": "kept"},
    )
    db["articles"].create_index(["canonical_url"], unique=True)
    db["articles"].create_index(["status", "published_utc"])
    db["articles"].create_index(["outlet", "published_utc"])
    db["articles"].create_index(["analysed_at"])
    # Every URL an article was seen under (utm variants, AMP, ?page=all): lets a crawl
    # decide "already have it" before fetching.
    db["article_urls"].create(
        {"url": str, "article_id": int},
        pk="url",
        foreign_keys=[("article_id", "articles", "id")],
    )
    db["article_urls"].create_index(["article_id"])
    db["fetch_errors"].create(
        {
            "id": int,
            "run_id": int,
            "outlet": str,
            "url": str,
            "status": int,
            "kind": str,  # http | dns | connection | timeout | extraction | ...
            "message": str,
            "at": str,
        },
        pk="id",
    )
    db["fetch_errors"].create_index(["run_id"])
    db["articles"].enable_fts(
        ["title", "text"], create_triggers=True, tokenize="unicode61 remove_diacritics 2"
    )


@migrations()
def create_analysis_tables(db):
    """What `pantau analyze` writes; each article's rows are replaced together in one transaction."""
    db["articles"].add_column("analysis_error", str)
    db["figures"].create(
        {
            "id": int, "article_id": int, "start": int, "end": int, "text": str,
            "value": str,  # exact decimal as text: Decimal survives, floats do not
            "value_max": str, "kind": str, "currency": str, "unit": str, "per": str,
            "approx": int, "qualifier": str, "metric": str, "as_of": str, "sentence": str,
        },
        pk="id", foreign_keys=[("article_id", "articles", "id")],
    )
    db["figures"].create_index(["article_id"])
    db["figures"].create_index(["metric", "as_of"])
    db["entities"].create(
        {"id": int, "article_id": int, "start": int, "end": int, "text": str, "label": str, "canonical": str},
        pk="id", foreign_keys=[("article_id", "articles", "id")],
    )
    db["entities"].create_index(["article_id"])
    db["entities"].create_index(["canonical"])
    db["people"].create(
        {"id": int, "article_id": int, "name": str, "role": str, "organisation": str},
        pk="id", foreign_keys=[("article_id", "articles", "id")],
    )
    db["people"].create_index(["article_id"])
    db["people"].create_index(["name"])
    db["quotes"].create(
        {"id": int, "article_id": int, "speaker": str, "text": str, "kind": str, "start": int, "end": int},
        pk="id", foreign_keys=[("article_id", "articles", "id")],
    )
    db["quotes"].create_index(["article_id"])
    db["quotes"].create_index(["speaker"])
    db["summaries"].create(
        {"article_id": int, "sentences": str, "method": str},  # sentences: JSON list
        pk="article_id", foreign_keys=[("article_id", "articles", "id")],
    )


@migrations()
def add_source_lastmod(db):
    """The change date the outlet's feed or sitemap gave when we fetched an article: the next
    crawl refetches only when the outlet announces a later one (clocks of site and crawler
    never need to agree)."""
    db["articles"].add_column("source_lastmod", str)


@migrations()
def create_health(db):
    """Crawl health per outlet and run, in the spirit of Spidermon: what alert rules read."""
    db["health"].create(
        {
            "run_id": int, "outlet": str, "finished_at": str, "pages_fetched": int,
            "articles_new": int, "articles_updated": int, "articles_kept": int, "articles_skipped": int,
            "already_stored": int, "extraction_failures": int, "empty_bodies": int, "missing_dates": int,
            "http_errors": int, "fetch_errors": int, "error_rate": float, "duration_s": float,
        },
        pk=("run_id", "outlet"),
        foreign_keys=[("run_id", "crawl_runs", "id")],
    )
    db["health"].create_index(["outlet", "run_id"])


@migrations()
def create_digests_sent(db):
    """Which day's digest went to whom: a re-run of `pantau run` never mails a reader twice."""
    db["digests_sent"].create({"day": str, "recipient": str, "sent_at": str}, pk=("day", "recipient"))


@migrations()
def create_story_tables(db):
    """Near-duplicates and stories (`pantau analyze`, after the per-article analysis).

    article_minhashes keeps each clustered article's MinHash signature, so the next run rebuilds
    its window of recent articles without re-reading their text; content_hash tells when an
    article changed since. A story's id is the id of the article that started it.
    """
    db["article_minhashes"].create(
        {
            "article_id": int,
            "content_hash": str,  # the article's content_hash when it was signed
            "published_utc": str,  # the instant the windows are measured with (published, else fetched)
            "n_shingles": int,
            "signature": bytes,  # num_perm little-endian uint32
            "root_id": int,  # the original of its duplicate group (itself if none)
            "story_id": int,
        },
        pk="article_id", foreign_keys=[("article_id", "articles", "id")],
    )
    db["article_minhashes"].create_index(["published_utc"])
    db["duplicates"].create(
        {"article_id": int, "duplicate_of": int, "jaccard": float, "found_at": str},
        pk="article_id", foreign_keys=[("article_id", "articles", "id"), ("duplicate_of", "articles", "id")],
    )
    db["duplicates"].create_index(["duplicate_of"])
    db["stories"].create(
        {
            "id": int,  # the id of the story's first article
            "title": str,
            "first_published": str,
            "last_published": str,
            "n_articles": int,
            "outlets": str,  # JSON list of outlet ids, in order of first appearance
            "centroid": str,  # JSON {term: weight}: what new articles are compared with
            "updated_at": str,
        },
        pk="id",
    )
    db["stories"].create_index(["last_published"])
    db["story_articles"].create(
        {"article_id": int, "story_id": int, "score": float, "added_at": str},
        pk="article_id", foreign_keys=[("article_id", "articles", "id"), ("story_id", "stories", "id")],
    )
    db["story_articles"].create_index(["story_id"])
    # Clustering state that is not per article: the hashed document-frequency table.
    db["story_state"].create({"key": str, "value": bytes, "number": int}, pk="key")


@migrations()
def add_health_fault_detail(db):
    """What went wrong per outlet and run, beyond the totals: retries, fetch errors by kind
    ({"timeout": 2, "refused": 1}) and recovered oddities ({"content_type_mismatch": 1}), both JSON."""
    db["health"].add_column("retries", int)
    db["health"].add_column("error_kinds", str)
    db["health"].add_column("warnings", str)


@migrations()
def add_crawl_run_process(db):
    """Which process runs a crawl (host and pid), so that the next crawl can tell a run that was
    killed (status stays "running") from one that is still going."""
    db["crawl_runs"].add_column("host", str)
    db["crawl_runs"].add_column("pid", int)


@migrations()
def add_article_date_source(db):
    """Where an article's publication date came from: "page" (the article said), "feed" (the
    outlet's feed or sitemap, when the page gave none) or "none" (no date anywhere: `published`
    stays empty and digests, which pick articles by publication date, never show it as news of
    the day it was fetched)."""
    db["articles"].add_column("date_source", str)
    db.execute("update articles set date_source = case when published is null then 'none' else 'page' end")


@migrations()
def add_crawl_run_mode(db):
    """"full" (feeds, sitemaps and listings) or "watch" (`pantau watch`: feeds and sitemaps only,
    every few minutes). Crawl-health rules judge full runs only: a watch pass is short by design
    and sees nothing of an outlet that has only listing pages."""
    db["crawl_runs"].add_column("mode", str)


@migrations()
def create_alerts(db):
    """What `pantau watch` raised, and where each alert went.

    alerts.key says what an alert is about ("spread:story:812", "spike:2026-12-03T09"): a rule
    that fires again on the next pass finds the key and raises nothing new. held_until is set
    when the alert was raised in quiet hours. alert_deliveries has one row per alert and channel
    (mail, webhook): pending until sent, failed with the error (and retried on the next pass),
    sent with the time; a sent row is never sent again.
    """
    db["alerts"].create(
        {
            "id": int, "key": str, "rule": str,  # spread | negative | spike | figure_check | conflict
            "raised_at": str, "held_until": str, "title": str, "text": str, "url": str,
            "detail": str,  # JSON: what the rule saw (story, outlets, counts, sentences)
        },
        pk="id", not_null={"key", "rule", "raised_at"},
    )
    db["alerts"].create_index(["key"], unique=True)
    db["alerts"].create_index(["raised_at"])
    db["alert_deliveries"].create(
        {"alert_id": int, "channel": str, "status": str, "attempts": int, "last_error": str,
         "last_try_at": str, "sent_at": str},
        pk=("alert_id", "channel"), foreign_keys=[("alert_id", "alerts", "id")],
        defaults={"status": "pending", "attempts": 0},
    )
    db["alert_deliveries"].create_index(["status"])


@migrations()
def add_minhash_words(db):
    """Near-duplicates are decided on the words, not only the MinHash (issue 16): each clustered
    article keeps its cleaned text's words as 16-bit hashes (little-endian, 2 bytes a word), so the
    next run checks LSH candidates without re-reading texts. Rows signed before have none, and
    their MinHash is of word 3-grams; the next run signs them again from the text."""
    db["article_minhashes"].add_column("words", bytes)


@migrations()
def create_tone(db):
    """Tone of coverage (`pantau analyze`, nlp/tone): per article, toward each watched institution
    it names (nlp/tone/watched.toml), and per quote.

    article_tone has one row per article and institution: `target` is the canonical name
    ("BPJS Kesehatan"), `tone` positive | neutral | negative, `score` from -1 (clearly negative)
    to 1 (clearly positive); the tone is negative below -0.2 and positive above 0.2. Only
    sentences naming the institution count, headline and lead weigh more, and criticism aimed at
    someone else in them does not count. An institution the article does not name has no row.
    quotes.tone and quotes.tone_score are the tone of what was said, the same scale.
    Articles analysed before this migration have no tone until they are analysed again.
    """
    db["article_tone"].create(
        {"article_id": int, "target": str, "tone": str, "score": float},
        pk=("article_id", "target"), foreign_keys=[("article_id", "articles", "id")],
    )
    db["article_tone"].create_index(["target", "tone"])
    db["quotes"].add_column("tone", str)
    db["quotes"].add_column("tone_score", float)


@migrations()
def create_figure_checks(db):
    """Figures that do not add up (issue 15), written by `pantau analyze` with the article's other
    results and replaced with them.

    figure_checks, one row per check:
      kind       arithmetic | share | change: inside the article (nlp/checks: a gap against target
                 and reached value, a total against its parts, shares against 100, a change
                 against its old and new value); history: against what Pantau stored before for
                 the same metric and institution (pantau/history.py: an order of magnitude off, a
                 target below a value already reached)
      figures    JSON list of the figure texts involved, in the order the relation reads
                 (["53,9 juta", "40,9 juta", "13,9 juta"]; history: [this figure, the earlier one])
      stated     the value the article gives, an exact decimal as text ("13900000")
      expected   what the other figures make it ("13000000"); history: the value stored before
      sentence   the sentence that states it
      metric, institution   what the figure measures and about whom (history checks)
      against_article_id, against_sentence   history: the earlier article and its sentence

    figures.institution: the organisation a figure is about (an ORG entity named in its
    sentence, else the article's only one), so that history checks find earlier values of the
    same metric for the same institution through an index."""
    db["figure_checks"].create(
        {
            "id": int, "article_id": int, "kind": str, "figures": str, "stated": str, "expected": str,
            "sentence": str, "metric": str, "institution": str, "against_article_id": int, "against_sentence": str,
        },
        pk="id", foreign_keys=[("article_id", "articles", "id")], not_null={"article_id", "kind"},
    )
    db["figure_checks"].create_index(["article_id"])
    db["figures"].add_column("institution", str)
    db["figures"].create_index(["metric", "institution"])
