"""The `pantau` command. Each command parses its options and calls a plain function."""

import json
import sys

import click

from . import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="pantau")
def main():
    """Pantau monitors what the Indonesian press writes about social security.

    Crawl outlets into a SQLite file, analyse figures, people and quotes, write a daily digest.
    """


@main.command()
@click.option("--sources", required=True, type=click.Path(dir_okay=False), help="Sources file (TOML) listing outlets.")
@click.option("--db", type=click.Path(dir_okay=False), help="SQLite database to write (created if missing). "
              "Required, except for a --worker.")
@click.option("--log-level", default="INFO", show_default=True, type=click.Choice(["DEBUG", "INFO", "WARNING", "ERROR"]))
@click.option("--redis", "redis_url", metavar="URL",
              help="Share this crawl with other machines through Redis (e.g. redis://crawlhost:6379/0): "
                   "this process leads it (seeds the queue, stores what every process finds) unless --worker.")
@click.option("--worker", is_flag=True,
              help="With --redis: fetch and extract for the lead of the crawl at URL; no database needed. "
                   "Waits up to 10 minutes for a lead to start, and stops when the lead's crawl is done.")
@click.option("--jobdir", type=click.Path(file_okay=False),
              help="Keep the crawl frontier here: a crawl killed or stopped (even with kill -9) resumes "
                   "where it was when started again with the same --jobdir; a finished crawl clears it.")
@click.option("--set", "overrides", multiple=True, metavar="KEY=VALUE",
              help="Override a Scrapy or Pantau setting for this run (repeatable), e.g. "
                   "--set DOWNLOAD_TIMEOUT=10 --set PANTAU_RETRY_AFTER_MAX=30. See crawler/settings.py.")
def crawl(sources, db, log_level, redis_url, worker, jobdir, overrides):
    """Crawl the outlets in SOURCES into DB.

    Exits 0 when the run finished, even if some pages failed; failures are in the
    crawl_runs, fetch_errors and health tables and counted in the summary line.
    Private, loopback and link-local addresses are refused (kind "refused") unless the
    outlet sets allow_private = true.

    Example: pantau crawl --sources sources/indonesia.toml --db pantau.db --jobdir crawl-state

    On several machines (same sources file everywhere; the lead holds the database):
    pantau crawl --sources S --db pantau.db --redis redis://crawlhost:6379/0   (one lead)
    pantau crawl --sources S --redis redis://crawlhost:6379/0 --worker         (any number)
    """
    from .crawl import run_crawl
    from .crawler.sources import SourcesError

    if worker and not redis_url:
        raise click.UsageError("--worker needs --redis URL: the crawl it works for")
    if not db and not worker:
        raise click.UsageError("Missing option '--db'.")
    if jobdir and redis_url:
        raise click.UsageError("--jobdir and --redis do not go together: a shared crawl keeps its queue in Redis")
    if redis_url:
        import redis

        try:
            redis.Redis.from_url(redis_url, socket_connect_timeout=5).ping()
        except (redis.RedisError, ValueError) as e:
            raise click.ClickException(f"cannot reach Redis at {redis_url}: {e}") from None
    settings = {}
    for pair in overrides:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise click.BadParameter(f"expected KEY=VALUE, got {pair!r}", param_hint="--set")
        settings[key.strip()] = value
    try:
        result = run_crawl(sources, None if worker else db, log_level=log_level, jobdir=jobdir,
                           redis_url=redis_url, worker=worker, **settings)
    except SourcesError as e:
        raise click.ClickException(str(e)) from None
    click.echo(result["summary"])


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--url", help="The URL the page was fetched from (helps dates and canonical links).")
@click.option("--jsonl", "fmt", flag_value="jsonl", default=True, help="One JSON object per line, in input order (default).")
@click.option("--json", "fmt", flag_value="json", help="One pretty JSON object; for a single file.")
def extract(paths, url, fmt):
    """Extract article fields from saved HTML pages (.html or .html.gz).

    Prints path, url, title, published (ISO 8601 with offset), author, text and lang for each
    file; a file that cannot be read gives an object with an "error" key instead, starting
    with its kind where the crawl has one: "too_large" over 16 MB (also after gunzip: a gzip
    bomb stops there), "not_html", "empty_body", "extraction" for a page still not extracted
    after PANTAU_EXTRACT_DEADLINE seconds (environment variable, default 20).

    Example: pantau extract page.html --url https://example.com/berita/1 --json
    """
    from .extract import extract_files

    if fmt == "json" and len(paths) != 1:
        raise click.UsageError("--json takes exactly one file; use --jsonl for several")
    for record in extract_files(paths, url=url):
        if fmt == "json":
            click.echo(json.dumps(record, ensure_ascii=False, indent=2))
        else:
            click.echo(json.dumps(record, ensure_ascii=False))


@main.command()
@click.argument("file", type=click.File("r", encoding="utf-8"))
@click.option("--db", required=True, type=click.Path(dir_okay=False), help="SQLite database to write.")
def ingest(file, db):
    """Import articles from JSON lines (url, title, published, text; optional outlet, author).

    Idempotent by URL: importing the same file twice stores each article once. Bad lines are
    reported with their line number and skipped; the rest are stored.

    Example: pantau ingest articles.jsonl --db pantau.db
    """
    from .ingest import ingest_lines

    result = ingest_lines(file, db, on_error=lambda msg: click.echo(msg, err=True))
    click.echo(
        f"ingested {result['stored']} articles ({result['new']} new, {result['updated']} updated, "
        f"{result['unchanged']} unchanged); {result['bad']} bad lines skipped"
    )


@main.command()
@click.option("--db", required=True, type=click.Path(exists=True, dir_okay=False), help="SQLite database to read.")
@click.option("--date", "day", required=True, type=click.DateTime(["%Y-%m-%d"]), help="Last day of the digest (Asia/Jakarta).")
@click.option("--days", default=1, show_default=True, type=click.IntRange(1, 366), help="How many days, ending at --date.")
@click.option("--format", "fmt", default="html", show_default=True, type=click.Choice(["html", "md", "txt"]))
@click.option("--lang", default="id", show_default=True, type=click.Choice(["id", "en"]), help="Language of the digest's labels.")
@click.option("--out", type=click.Path(dir_okay=False, allow_dash=True), help="Where to write the digest; - for standard output.")
@click.option("--email-to", multiple=True, metavar="ADDR", help="Send the digest to ADDR (repeat for more).")
@click.option("--smtp-host", help="SMTP server (default 127.0.0.1, or from --smtp-config).")
@click.option("--smtp-port", type=int, help="SMTP port (default 25).")
@click.option("--smtp-security", type=click.Choice(["none", "starttls", "ssl"]), help="Transport security (default none).")
@click.option("--smtp-user", help="SMTP login; the password comes from $PANTAU_SMTP_PASSWORD or --smtp-config, never the command line.")
@click.option("--smtp-config", type=click.Path(exists=True, dir_okay=False), help="TOML file with an [smtp] table: host, port, security, user, password, from.")
@click.option("--email-from", help="From address (default from --smtp-config, else pantau@localhost).")
def digest(db, day, days, fmt, lang, out, email_to, smtp_host, smtp_port, smtp_security, smtp_user, smtp_config, email_from):
    """Write (and optionally mail) the digest for DATE: top stories, key figures, quotes, trends.

    With --email-to the digest is sent as one message with a plain-text and an HTML part, the
    charts attached inline; --format and --out then only control the file written, if any.

    Examples:

      pantau digest --db pantau.db --date 2026-11-20 --out digest.html

      pantau digest --db pantau.db --date 2026-11-20 --format txt --out - | less

      PANTAU_SMTP_PASSWORD=... pantau digest --db pantau.db --date 2026-11-20 \\
          --email-to humas@example.go.id --smtp-host smtp.example.com --smtp-port 587 \\
          --smtp-security starttls --smtp-user pantau
    """
    from .reports import mail
    from .reports.digest import digest_text, write_digest

    if not out and not email_to:
        raise click.UsageError("give --out PATH, --email-to ADDR, or both")
    if out == "-":  # the digest itself is the output; what was done goes to stderr
        click.get_binary_stream("stdout").write(digest_text(db, day.date(), fmt=fmt, lang=lang, days=days).encode("utf-8"))
    elif out:
        click.echo(str(write_digest(db, day.date(), out, fmt=fmt, lang=lang, days=days)))
    if email_to:
        try:
            settings = mail.load_settings(smtp_config, host=smtp_host, port=smtp_port, security=smtp_security,
                                          user=smtp_user, sender=email_from)
            sent = mail.send_digest(db, day.date(), list(email_to), settings, lang=lang, days=days)
        except mail.MailError as e:
            raise click.ClickException(str(e)) from None
        click.echo(f"sent \"{sent}\" to {', '.join(email_to)} via {settings.host}:{settings.port}", err=out == "-")


@main.command()
@click.option("--db", required=True, type=click.Path(exists=True, dir_okay=False), help="SQLite database to analyse.")
@click.option("--batch-size", default=32, show_default=True, help="Articles per nlp.pipe batch.")
@click.option("--limit", type=int, help="Analyse at most this many articles.")
@click.option("--progress/--no-progress", default=True, show_default=True, help="Show a progress bar on stderr.")
def analyze(db, batch_size, limit, progress):
    """Find figures, entities, people, quotes and summaries in every article not yet analysed.

    Incremental and resumable: safe to stop and run again. An article that fails is logged,
    marked in articles.analysis_error and skipped.

    Example: pantau analyze --db pantau.db
    """
    from .analyze import analyze_db

    stories = {}
    counts = analyze_db(db, batch_size=batch_size, limit=limit, progress=progress, stories=stories)
    click.echo(f"analysed {counts['analysed']} articles, {counts['failed']} failed; "
               f"clustered {stories['clustered']} ({stories['duplicates']} near-duplicates, "
               f"{stories['new_stories']} new stories)")


@main.command()
@click.argument("file", type=click.File("r", encoding="utf-8"))
@click.option("--jsonl", "as_jsonl", is_flag=True, required=True, help="Print one JSON object per line (the only format).")
def dedup(file, as_jsonl):
    """Mark near-duplicates and group articles into stories, from JSON lines.

    Input lines: {"id", "text", optional "title", "published" (ISO 8601; a date or naive time is
    Asia/Jakarta)}. Output lines, in input order: {"id", "duplicate_of", "story"}. duplicate_of
    is the id of the earliest line (in input order) of the near-duplicate group, or null; story
    is the id of the line that started the story. Feed lines oldest first: that order decides
    which copy is the original. Streams with bounded memory; a bad line is reported on stderr
    with its number and skipped. Use - for standard input.

    Example: pantau dedup articles.jsonl --jsonl
    """
    from .dedup import dedup_lines

    dedup_lines(file, lambda rec: click.echo(json.dumps(rec, ensure_ascii=False)),
                on_error=lambda msg: click.echo(msg, err=True))


@main.command()
@click.argument("file", type=click.File("r", encoding="utf-8"))
@click.option("--published", type=click.DateTime(["%Y-%m-%d"]), help="Publication date; anchors 'kemarin', 'hingga 31 Januari'.")
@click.option("--lang", type=click.Choice(["id", "en"]), default="id", show_default=True)
@click.option("--json", "as_json", is_flag=True, required=True, help="Print one JSON object (the only format).")
def annotate(file, published, lang, as_json):
    """Analyse one plain-text article (first line the title) and print what was found.

    Keys: figures, entities, people, quotes, summary (see README for each object's fields).

    Example: pantau annotate artikel.txt --published 2024-03-05 --json
    """
    from .nlp.pipeline import annotate as run

    title, _, body = file.read().lstrip("\ufeff").strip().partition("\n")
    result = run(title.strip(), body.strip(), published.date() if published else None, lang)
    click.echo(json.dumps(result, ensure_ascii=False, indent=2, default=str))


@main.command()
@click.option("--db", required=True, type=click.Path(exists=True, dir_okay=False), help="SQLite database to read.")
@click.option("--json", "as_json", is_flag=True, help="Print the table and alerts as JSON.")
def health(db, as_json):
    """Show crawl health per outlet (latest run) and the alerts the rules raise.

    Exit status 0 when no rule fires, 3 when there are alerts (handy in cron).

    Example: pantau health --db pantau.db
    """
    from . import health as checks
    from .store import open_readonly

    conn = open_readonly(db)
    rows, alerts = checks.table(conn), checks.check(conn)
    conn.close()
    if as_json:
        click.echo(json.dumps({"outlets": rows, "alerts": [a.__dict__ for a in alerts]}, ensure_ascii=False, indent=2))
    else:
        header = f"{'outlet':<16}{'run':>5}{'pages':>7}{'new':>6}{'upd':>5}{'kept':>6}{'stored':>8}{'extr.fail':>10}{'no date':>8}{'errors':>7}{'err%':>6}"
        click.echo(header)
        for r in rows:
            click.echo(f"{r['outlet']:<16}{r['run_id']:>5}{r['pages_fetched']:>7}{r['articles_new']:>6}{r['articles_updated']:>5}"
                       f"{r['articles_kept']:>6}{r['already_stored']:>8}{r['extraction_failures'] + r['empty_bodies']:>10}"
                       f"{r['missing_dates']:>8}{r['fetch_errors']:>7}{r['error_rate']:>6.0%}")
        click.echo("")
        click.echo("\n".join(f"ALERT {a.rule}: {a.message}" for a in alerts) or "no alerts")
    sys.exit(3 if alerts else 0)


@main.command("run")
@click.option("--config", "config_path", required=True, type=click.Path(dir_okay=False), help="Run configuration (TOML).")
@click.option("--date", "day", type=click.DateTime(["%Y-%m-%d"]), help="Digest day (default: today in the configured timezone).")
def run_command(config_path, day):
    """Crawl, analyse, write the digest and send it: the whole morning in one command.

    Safe to re-run: crawling and analysis are incremental and a digest already mailed to a
    reader is not mailed again. A lock keeps two runs from overlapping; a `pantau watch` pass
    holding it is waited for (up to 30 minutes). Prints one summary line; a JSON record per
    stage goes to <db>.runs.jsonl.

    \b
    Exit codes: 0 done · 1 a stage failed · 3 done, with crawl-health alerts
                4 bad config · 75 another run is still going (try later)

    Example (crontab, 06:00 WIB): 0 6 * * * cd /srv/pantau && .venv/bin/pantau run --config pantau.toml
    """
    from .config import ConfigError, load_config
    from .run import EXIT_CONFIG, EXIT_LOCKED, AlreadyRunning, run_once

    try:
        cfg = load_config(config_path)
    except ConfigError as e:
        click.echo(f"pantau run: {e}", err=True)
        sys.exit(EXIT_CONFIG)
    try:
        code, summary = run_once(cfg, day.date() if day else None)
    except AlreadyRunning as e:
        click.echo(f"pantau run: {e}", err=True)
        sys.exit(EXIT_LOCKED)
    click.echo(summary)
    sys.exit(code)


@main.command()
@click.option("--config", "config_path", required=True, type=click.Path(exists=True, dir_okay=False), help="Run configuration (TOML).")
def schedule(config_path):
    """Run `pantau run` on the config's [schedule] cron expression until stopped (Ctrl-C).

    For machines without cron or systemd timers. cron is five fields (minute hour day month
    weekday) or six with seconds first; timezone defaults to Asia/Jakarta.

    Example: pantau schedule --config pantau.toml
    """
    import logging

    from .config import ConfigError, load_config
    from .schedule import serve_schedule

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    try:
        cfg = load_config(config_path)
        serve_schedule(cfg.path, cfg.cron, cfg.timezone)
    except (ConfigError, ValueError) as e:
        raise click.ClickException(str(e)) from None
    except KeyboardInterrupt:
        pass


@main.command()
@click.option("--config", "config_path", required=True, type=click.Path(dir_okay=False), help="Run configuration (TOML) with a [watch] table.")
@click.option("--once", is_flag=True, help="One pass, then exit (for cron or a systemd timer): exit 0 done, 1 a stage "
              "failed (a delivery: it is tried again next pass), 4 bad config, 75 a run or pass holds the lock.")
def watch(config_path, once):
    """Alerts between digests: every [watch] every_minutes, crawl feeds and sitemaps only,
    analyse what is new, apply the alert rules and send new alerts by mail and webhook.

    \b
    Rules (thresholds in the config's [watch] table, README "Alerts between digests"):
      spread        a story naming a watched institution in >= min_outlets outlets within within_hours
      negative      negative tone toward a watched institution in a priority outlet
      spike         this hour's articles >= spike_factor x the same hour's mean over baseline_days
      figure_check  a figure in an article that does not add up
      conflict      outlets printing different values for one figure in a story

    Each alert is sent once (remembered in the alerts table). In quiet_hours alerts are held
    and sent by the first pass after. The webhook (Slack or Teams incoming webhook; URL from
    [watch] webhook_url or $PANTAU_WEBHOOK_URL) is retried with backoff; a delivery that still
    fails is recorded and tried again on the next pass. Mail uses the [smtp] table. A pass takes
    the lock of `pantau run`, so the two never crawl at once (a run waits for a pass to end).

    Example: pantau watch --config pantau.toml   (or from cron: */15 * * * * pantau watch --config pantau.toml --once)
    """
    import logging

    from .config import ConfigError, load_config
    from .run import EXIT_CONFIG, EXIT_LOCKED, AlreadyRunning
    from .watch import serve_watch, watch_once

    try:
        cfg = load_config(config_path)
    except ConfigError as e:
        click.echo(f"pantau watch: {e}", err=True)
        sys.exit(EXIT_CONFIG)
    if once:
        try:
            code, summary = watch_once(cfg)
        except AlreadyRunning as e:
            click.echo(f"pantau watch: {e}", err=True)
            sys.exit(EXIT_LOCKED)
        click.echo(summary)
        sys.exit(code)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    try:
        serve_watch(cfg)
    except KeyboardInterrupt:
        pass


@main.command()
@click.option("--db", required=True, type=click.Path(exists=True, dir_okay=False), help="SQLite database to read.")
@click.option("--since", default="7d", show_default=True, metavar="WHEN",
              help="Alerts raised since WHEN: 30m, 24h, 7d (ago), YYYY-MM-DD or YYYY-MM-DDTHH:MM (WIB).")
@click.option("--json", "as_json", is_flag=True, help="Print the alerts as JSON, with their deliveries and details.")
def alerts(db, since, as_json):
    """List the alerts `pantau watch` raised and where each went, newest first.

    Columns: id, when it was raised (WIB), rule, then per channel: "sent HH:MM", "held to
    HH:MM" (quiet hours), "pending", "failed xN" (the error on the next line; tried again on
    the next pass) or "-" (the channel was not configured).

    Example: pantau alerts --db pantau.db --since 24h
    """
    from . import alerts as listing
    from .store import open_readonly

    try:
        since_utc = listing.parse_since(since)
    except ValueError as e:
        raise click.BadParameter(str(e), param_hint="--since") from None
    conn = open_readonly(db)
    try:
        if as_json:
            click.echo(json.dumps(listing.as_json(conn, since_utc), ensure_ascii=False, indent=2, default=str))
        else:
            click.echo("\n".join(listing.table(conn, since_utc)))
    finally:
        conn.close()


@main.command()
@click.option("--db", required=True, type=click.Path(exists=True, dir_okay=False), help="SQLite database to browse.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. 127.0.0.1 keeps it on this machine; use 0.0.0.0 only behind a proxy with auth.")
@click.option("--port", default=8001, show_default=True, type=int)
def serve(db, host, port):
    """Browse the database in Datasette: read-only, full-text search on articles, facets by
    outlet, date and entity, canned queries (stories of a day, figures for a metric over time,
    quotes by a person, alerts and where they went).

    Example: pantau serve --db pantau.db   (then open http://127.0.0.1:8001)
    """
    from .serve import serve as run

    run(db, host=host, port=port)


@main.command()
@click.option("--db", required=True, type=click.Path(exists=True, dir_okay=False), help="SQLite database to read.")
@click.option("--format", "fmt", default="jsonl", show_default=True, type=click.Choice(["jsonl", "csv"]))
@click.option("--out", type=click.Path(dir_okay=False, allow_dash=True), help="File to write (default or -: standard output).")
@click.option("--include-skipped", is_flag=True, help="Also export off-watchlist articles.")
def export(db, fmt, out, include_skipped):
    """Export articles (kept ones unless --include-skipped) as JSON lines or CSV, streamed.

    Example: pantau export --db pantau.db --format csv --out articles.csv
    """
    from .backup import export as run

    n = run(db, fmt, out, include_skipped)
    if out and out != "-":
        click.echo(f"exported {n} articles to {out}", err=True)


@main.command()
@click.option("--db", required=True, type=click.Path(exists=True, dir_okay=False), help="SQLite database to copy.")
@click.option("--out", required=True, type=click.Path(dir_okay=False, allow_dash=True),
              help="The backup file to create; - writes the copy to standard output.")
def backup(db, out):
    """Copy the database consistently with VACUUM INTO; safe while a crawl is writing.

    Examples:

      pantau backup --db pantau.db --out backups/pantau-2026-11-20.db

      pantau backup --db pantau.db --out - | gzip > pantau-2026-11-20.db.gz
    """
    from .backup import backup as run
    from .backup import backup_to_stream

    if out == "-":
        backup_to_stream(db, click.get_binary_stream("stdout"))
        return
    try:
        click.echo(str(run(db, out)))
    except FileExistsError as e:
        raise click.ClickException(str(e)) from None


@main.command()
@click.argument("file", type=click.File("r", encoding="utf-8"))
@click.option("--sentences", "n", default=3, show_default=True, type=click.IntRange(min=1), help="Sentences per summary.")
@click.option("--lang", type=click.Choice(["id", "en"]), default="id", show_default=True)
@click.option("--jsonl", is_flag=True, default=True, help="One JSON object per line, in input order (the only format).")
def summarize(file, n, lang, jsonl):
    """Summarise articles from JSON lines: {"id", "text"} in, {"id", "summary"} out.

    Paragraphs are separated by blank lines; a first line without final punctuation is the
    title and never chosen. Each summary holds up to N sentences copied verbatim from the text
    (a leading dateline such as "Jakarta (ANTARA) -" left out), in document order. A bad line is
    reported on stderr with its line number and skipped; the exit status is then 1.

    Example: pantau summarize articles.jsonl --sentences 3 --jsonl > summaries.jsonl
    """
    from .summarize import summarize_lines

    bad = []

    def report(message):
        bad.append(message)
        click.echo(f"error: {message}", err=True)

    for record in summarize_lines(file, n, lang=lang, on_error=report):
        click.echo(json.dumps(record, ensure_ascii=False))
    if bad:
        sys.exit(1)


@main.command()
@click.argument("file", type=click.File("r", encoding="utf-8"))
@click.option("--jsonl", is_flag=True, required=True, help="One JSON object per line, in input order (the only format).")
def tone(file, jsonl):
    """Tone of texts from JSON lines: {"id", "text", optional "target"} in, {"id", "tone", "score"} out.

    tone is positive, neutral or negative; score runs from -1 (clearly negative) to 1 (clearly
    positive). Without a target it is the tone of the text itself (a classifier trained here on
    reviews, comments and news headlines). With a target ("BPJS Kesehatan", "Kemnaker", "rumah
    sakit") it is the tone toward the target: only sentences naming it count, headline and lead
    weigh more, and criticism or praise aimed at someone else does not count ("BPJS Kesehatan
    menjatuhkan sanksi kepada rumah sakit" is negative for the hospital, neutral for BPJS
    Kesehatan); a text that does not name the target is neutral, 0. A bad line is reported on
    stderr with its line number and skipped. Use - for standard input.

    Example: pantau tone headlines.jsonl --jsonl > tones.jsonl
    """
    from .tone import tone_lines

    for record in tone_lines(file, on_error=lambda msg: click.echo(f"error: {msg}", err=True)):
        click.echo(json.dumps(record, ensure_ascii=False))


@main.command("ner-tag")
@click.argument("file", type=click.File("r", encoding="utf-8"))
@click.option("--scheme", required=True, type=click.Choice(["nerp", "nergrit"]),
              help="Label scheme, and the model trained only on that data set.")
def ner_tag(file, scheme):
    """Tag IndoNLU-format tokens (token<TAB>tag per line, blank line between sentences).

    The tag column may be missing. Prints the same tokens and sentences, one token<TAB>predicted
    BIO tag per line, in the scheme's own labels (nerp: PPL PLC IND EVT FNB; nergrit: PERSON
    PLACE ORGANISATION). Tokens are used as given, never re-tokenised.

    Example: pantau ner-tag --scheme nergrit valid_preprocess.txt > predicted.txt
    """
    from .nlp.ner.tagging import ner_tag as run

    click.echo(run(file, scheme), nl=False)


if __name__ == "__main__":
    sys.exit(main())
