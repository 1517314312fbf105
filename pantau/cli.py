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

    counts = analyze_db(db, batch_size=batch_size, limit=limit, progress=progress)
    click.echo(f"analysed {counts['analysed']} articles, {counts['failed']} failed")


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
