"""One crawl run's bookkeeping: the database connection, the run row, per-outlet counters.

Counter names: `errors_<kind>` for each fetch_errors kind, `warn_<name>` for oddities the crawl
recovered from (slow or large responses, a wrong Content-Type, a listing or article page cap hit,
a wrong encoding label, Retry-After waits), `retries`, and the page and article counts.
"""

import json
from collections import Counter, defaultdict
from datetime import datetime

from pantau.store import open_db
from pantau.store import articles as store


# Errors about a page that was fetched (the rest are requests that got no usable response).
PAGE_PROBLEMS = {"extraction", "empty_body", "not_html", "malformed", "feed", "sitemap", "parse", "store"}


class CrawlRun:
    def __init__(self, db_path, sources, mode="full"):
        self.db_path = db_path
        self.db = open_db(db_path)
        self.sources = sources
        self.run_id = store.start_run(self.db, str(sources.path), mode)
        self.started = datetime.fromisoformat(store.utcnow())
        self.counts = Counter()
        self.by_outlet = defaultdict(Counter)
        for outlet in sources.outlets:
            store.ensure_outlet(self.db, outlet.id, outlet.name, (outlet.start_urls or outlet.feeds or outlet.sitemaps)[0])

    def count(self, key, outlet=None, n=1):
        self.counts[key] += n
        if outlet:
            self.by_outlet[outlet][key] += n

    def known(self, url):
        """(id, fetched_at, etag, last_modified, source_lastmod) when the article is stored."""
        return store.known_article(self.db, url)

    def stored_now(self, article_id) -> bool:
        """Whether this run stored the article: found again (a listing after the feed), it is no
        "already stored" article but a page this run has seen, so the counts do not depend on
        which way it was found first."""
        rows = self.db.execute("select run_id from articles where id = ?", [article_id]).fetchall()
        return bool(rows) and rows[0][0] == self.run_id

    def note_source_lastmod(self, article_id, lastmod: str):
        """A newer feed or sitemap date for an article this run stored (found again)."""
        store.set_source_lastmod(self.db, article_id, lastmod)

    def error(self, outlet, url, kind, message, status=None):
        self.count("errors", outlet)
        self.count(f"errors_{kind}", outlet)
        self.record_error(outlet, url, kind, message, status)

    def record_error(self, outlet, url, kind, message, status=None):
        """A fetch error another crawler process counted (distributed crawls)."""
        store.record_fetch_error(self.db, self.run_id, outlet, url, kind, message, status)

    def merge(self, counts: dict, by_outlet: dict):
        """Add another crawler process's counters to this run's (distributed crawls)."""
        self.counts.update(counts)
        for outlet, c in by_outlet.items():
            self.by_outlet[outlet].update(c)

    def save(self, item, status, skip_reason=None, matched=None):
        outcome = store.save_article(
            self.db, item, run_id=self.run_id, status=status, skip_reason=skip_reason, matched_terms=matched
        )
        return outcome

    def finish(self, stats, status="finished"):
        counts = dict(self.counts)
        detail = {"outlets": {k: dict(v) for k, v in self.by_outlet.items()},
                  "scrapy": {k: v.isoformat() if isinstance(v, datetime) else v for k, v in stats.items()}}
        store.finish_run(self.db, self.run_id, counts, detail, status=status)
        store.record_health(self.db, self.run_id, self.health_rows())
        self.db.close()

    def health_rows(self) -> list[dict]:
        finished = store.utcnow()
        duration = (datetime.fromisoformat(finished) - self.started).total_seconds()
        rows = []
        for outlet in self.sources.outlets:
            c = self.by_outlet.get(outlet.id, Counter())
            kinds = {k.removeprefix("errors_"): n for k, n in sorted(c.items()) if k.startswith("errors_")}
            # a failed request never became a fetched page; a page that fails later (extraction,
            # a malformed feed, a callback error) was fetched and is counted in pages_fetched
            failures = sum(n for k, n in kinds.items() if k not in PAGE_PROBLEMS)
            requests = c["pages_fetched"] + failures
            rows.append({
                "outlet": outlet.id, "finished_at": finished, "pages_fetched": c["pages_fetched"],
                "articles_new": c["articles_new"], "articles_updated": c["articles_updated"],
                "articles_kept": c["articles_kept"], "articles_skipped": c["articles_skipped"],
                "already_stored": c["known_skipped"] + c["not_modified"],
                "extraction_failures": c["errors_extraction"], "empty_bodies": c["errors_empty_body"],
                "missing_dates": c["missing_date"], "http_errors": c["errors_http"], "fetch_errors": failures,
                "error_rate": round(failures / requests, 4) if requests else (1.0 if failures else 0.0),
                "duration_s": round(duration, 1), "retries": c["retries"],
                "error_kinds": json.dumps(kinds),
                "warnings": json.dumps({k.removeprefix("warn_"): n for k, n in sorted(c.items()) if k.startswith("warn_")}),
            })
        return rows

    def summary(self) -> str:
        c = self.counts
        return (f"crawl run {self.run_id}: {c['pages_fetched']} pages fetched; articles: "
                f"{c['articles_new']} new, {c['articles_updated']} updated "
                f"({c['articles_kept']} kept, {c['articles_skipped']} off-watchlist), "
                f"{c['articles_unchanged']} fetched again unchanged, "
                f"{c['known_skipped'] + c['not_modified']} already stored and not fetched; {c['errors']} errors")
