"""Crawl health rules, in the spirit of Spidermon monitors: each rule is a stat, a threshold
and a comparison, read from the `health` table the crawler fills per outlet and run."""

import statistics
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone


@dataclass
class Thresholds:
    dead_after_runs: int = 3  # an outlet yielding nothing this many runs in a row is dead
    max_extraction_failure_rate: float = 0.2  # of article pages fetched
    max_error_rate: float = 0.5  # failed requests / requests
    slow_factor: float = 2.0  # a run this many times slower than the median of the last ten


@dataclass
class Alert:
    rule: str
    outlet: str | None
    message: str


def _yielded(row) -> int:
    return row["pages_fetched"] + row["already_stored"]


def dead_outlets(rows_by_outlet, t: Thresholds):
    for outlet, rows in rows_by_outlet.items():
        recent = rows[: t.dead_after_runs]
        if len(recent) == t.dead_after_runs and all(r["articles_new"] + r["articles_updated"] + r["already_stored"] == 0 for r in recent):
            errors = sum(r["fetch_errors"] for r in recent)
            yield Alert("dead_outlet", outlet, f"{outlet}: no articles in the last {t.dead_after_runs} runs "
                                               f"({errors} failed requests); has the site moved or changed its layout?")


def extraction_failures(rows_by_outlet, t: Thresholds):
    for outlet, rows in rows_by_outlet.items():
        last = rows[0]
        failed = last["extraction_failures"] + last["empty_bodies"]
        pages = last["pages_fetched"]
        if pages and failed / pages > t.max_extraction_failure_rate:
            yield Alert("extraction_failures", outlet, f"{outlet}: {failed} of {pages} pages could not be extracted "
                                                       f"in the last run ({failed / pages:.0%}); check the outlet's CSS hints")


def error_rate(rows_by_outlet, t: Thresholds):
    for outlet, rows in rows_by_outlet.items():
        last = rows[0]
        if last["error_rate"] > t.max_error_rate and last["fetch_errors"] >= 2:
            yield Alert("error_rate", outlet, f"{outlet}: {last['error_rate']:.0%} of requests failed in the last run "
                                              f"({last['http_errors']} HTTP errors)")


def slow_run(runs, t: Thresholds):
    durations = [r["seconds"] for r in runs if r["seconds"] is not None]
    if len(durations) >= 4:
        last, previous = durations[0], durations[1:11]
        median = statistics.median(previous)
        if median > 0 and last > t.slow_factor * median:
            yield Alert("slow_run", None, f"the last crawl took {last:.0f} s, {last / median:.1f}× the usual {median:.0f} s")


RULES = (dead_outlets, extraction_failures, error_rate)


def _has_mode(db) -> bool:
    """A database opened read-only may predate the migration that added crawl_runs.mode."""
    return any(c.name == "mode" for c in db["crawl_runs"].columns)


def load(db, history=12):
    rows_by_outlet = {}
    columns = [c.name for c in db["health"].columns]
    # Watch passes (feeds and sitemaps only, every few minutes) say nothing about an outlet's health.
    full = "(select id from crawl_runs where coalesce(mode, 'full') = 'full')" if _has_mode(db) else "(select id from crawl_runs)"
    for row in db.execute(f"select * from health where run_id in {full} order by run_id desc").fetchall():
        row = dict(zip(columns, row))
        rows = rows_by_outlet.setdefault(row["outlet"], [])
        if len(rows) < history:
            rows.append(row)
    runs = [
        {"id": rid, "seconds": (datetime.fromisoformat(end) - datetime.fromisoformat(start)).total_seconds() if end else None}
        for rid, start, end in db.execute(
            "select id, started_at, finished_at from crawl_runs where status = 'finished' "
            + ("and coalesce(mode, 'full') = 'full' " if _has_mode(db) else "") + "order by id desc limit ?", [history])
    ]
    return rows_by_outlet, runs


def check(db, thresholds: Thresholds | None = None) -> list[Alert]:
    t = thresholds or Thresholds()
    if "health" not in db.table_names():
        return []
    rows_by_outlet, runs = load(db)
    alerts = [a for rule in RULES for a in rule(rows_by_outlet, t)]
    alerts.extend(slow_run(runs, t))
    return alerts


def alerts_for_digest(db, day: date) -> list[str]:
    """Alerts worth a line in a digest: only when the newest crawl is recent for that day."""
    if "crawl_runs" not in db.table_names():
        return []
    last = db.execute("select max(finished_at) from crawl_runs").fetchone()[0]
    if not last:
        return []
    finished = datetime.fromisoformat(last)
    end_of_day = datetime.combine(day + timedelta(days=1), datetime.min.time(), timezone(timedelta(hours=7)))
    if not (end_of_day - timedelta(days=3) <= finished <= end_of_day + timedelta(days=1)):
        return []
    return [a.message for a in check(db)]


def table(db) -> list[dict]:
    """The latest health row per outlet, for `pantau health`."""
    if "health" not in db.table_names():
        return []
    rows_by_outlet, _ = load(db, history=1)
    return [rows[0] for _, rows in sorted(rows_by_outlet.items())]
