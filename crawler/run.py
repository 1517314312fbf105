"""One crawl run's bookkeeping: the database connection, the run row, per-outlet counters."""

from collections import Counter, defaultdict
from datetime import datetime

from pantau.store import open_db
from pantau.store import articles as store


class CrawlRun:
    def __init__(self, db_path, sources):
        self.db = open_db(db_path)
        self.sources = sources
        self.run_id = store.start_run(self.db, str(sources.path))
        self.counts = Counter()
        self.by_outlet = defaultdict(Counter)
        for outlet in sources.outlets:
            store.ensure_outlet(self.db, outlet.id, outlet.name, (outlet.start_urls or outlet.feeds or outlet.sitemaps)[0])

    def count(self, key, outlet=None, n=1):
        self.counts[key] += n
        if outlet:
            self.by_outlet[outlet][key] += n

    def known(self, url):
        """(id, fetched_at, etag, last_modified) when the article is already stored."""
        return store.known_article(self.db, url)

    def error(self, outlet, url, kind, message, status=None):
        self.count("errors", outlet)
        store.record_fetch_error(self.db, self.run_id, outlet, url, kind, message, status)

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
        self.db.close()

    def summary(self) -> str:
        c = self.counts
        return (f"crawl run {self.run_id}: {c['pages_fetched']} pages fetched; articles: "
                f"{c['articles_new']} new, {c['articles_updated']} updated "
                f"({c['articles_kept']} kept, {c['articles_skipped']} off-watchlist), "
                f"{c['articles_unchanged']} fetched again unchanged, "
                f"{c['known_skipped'] + c['not_modified']} already stored and not fetched; {c['errors']} errors")
