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
@click.option("--db", required=True, type=click.Path(dir_okay=False), help="SQLite database to write (created if missing).")
@click.option("--log-level", default="INFO", show_default=True, type=click.Choice(["DEBUG", "INFO", "WARNING", "ERROR"]))
@click.option("--jobdir", type=click.Path(file_okay=False), help="Keep crawl state here so a killed crawl resumes.")
def crawl(sources, db, log_level, jobdir):
    """Crawl the outlets in SOURCES into DB.

    Exits 0 when the run finished, even if some pages failed; failures are in the
    crawl_runs and fetch_errors tables and counted in the summary line.

    Example: pantau crawl --sources sources/indonesia.toml --db pantau.db
    """
    from .crawl import run_crawl
    from .crawler.sources import SourcesError

    try:
        result = run_crawl(sources, db, log_level=log_level, jobdir=jobdir)
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
    file; a file that cannot be read gives an object with an "error" key instead.

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
@click.option("--date", "day", required=True, type=click.DateTime(["%Y-%m-%d"]), help="Day of the digest (Asia/Jakarta).")
@click.option("--out", required=True, type=click.Path(dir_okay=False), help="Where to write the digest.")
def digest(db, day, out):
    """Write the digest of DATE's matching articles as an HTML page.

    Example: pantau digest --db pantau.db --date 2026-11-20 --out digest.html
    """
    from .reports.digest import write_digest

    path = write_digest(db, day.date(), out)
    click.echo(str(path))


if __name__ == "__main__":
    sys.exit(main())
