"""Throughput of `pantau analyze` beside a spaCy tokenizer-only pass over the same articles.

    python bench/analyze.py                  # 2,000 articles
    python bench/analyze.py --n 2463 --batch-size 64

Articles: the IndoSum news texts in ../shared/data/summ (tokens joined back into running text,
the id's slug as title, its Unix time as publication date); if that folder is missing, variants
of the sample-site articles in tests/site/articles. They are ingested into a fresh SQLite file,
then timed three ways in one run, the pipeline loaded beforehand:

1. tokenizer only: `nlp.make_doc` over title + body, as the pipeline builds its Docs;
2. pipeline in memory: `analyze_many` (nlp.pipe, every component, no database), and the same
   with pantau_figures (and the checks that read its figures) disabled, with pantau_checks alone
   disabled, without NER and without people and quotes, to show what each costs;
3. `pantau analyze`: `pantau.analyze.analyze_db` (for a backlog this size: the pipeline in one worker
   process per core, this process reading and writing SQLite).

Prints articles/s (wall clock and CPU time) for each and how many times the tokenizer's time
the others take.
"""

import argparse
import json
import re
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

INDOSUM = ROOT.parent / "shared" / "data" / "summ"
SITE = ROOT / "tests" / "site" / "articles"
WIB = timezone(timedelta(hours=7))
NO_SPACE_BEFORE = re.compile(r" ([.,;:!?%)\]}”’])")
NO_SPACE_AFTER = re.compile(r"([(\[{“‘]) ")
SLASHED = re.compile(r"(\d) / (\d)")
HYPHENATED = re.compile(r"(?<=\w) - (?=\w)")  # IndoSum splits "ke-2" and "entry-level" into three tokens


def detokenize(tokens: list[str]) -> str:
    """Running text from IndoSum's tokens: no space before punctuation, straight quotes paired."""
    out, open_quote = [], False
    for tok in tokens:
        if tok == '"':
            if open_quote:
                out[-1:] = [(out[-1] if out else "") + '"']
            else:
                out.append('"')
            open_quote = not open_quote
            continue
        if out and out[-1].endswith('"') and len(out[-1]) == 1 and open_quote:
            out[-1] += tok
            continue
        out.append(tok)
    text = " ".join(out)
    text = NO_SPACE_BEFORE.sub(r"\1", text)
    text = NO_SPACE_AFTER.sub(r"\1", text)
    text = HYPHENATED.sub("-", text)
    return SLASHED.sub(r"\1/\2", text)


def indosum_articles(folder: Path):
    for path in sorted(folder.glob("*.jsonl")):
        with open(path, encoding="utf-8") as f:
            for line in f:
                obj = json.loads(line)
                stamp, _, slug = obj["id"].partition("-")
                try:
                    published = datetime.fromtimestamp(int(stamp), WIB)
                except ValueError:
                    published = datetime(2017, 1, 1, tzinfo=WIB)
                paragraphs = [" ".join(detokenize(s) for s in para) for para in obj["paragraphs"]]
                yield {
                    "url": f"https://indosum.example/{obj['id']}",
                    "title": slug.replace("-", " ").capitalize() or obj["id"],
                    "published": published.isoformat(),
                    "text": "\n\n".join(paragraphs),
                    "lang": "id",
                }


def site_articles(folder: Path):
    for path in sorted(folder.glob("*.txt")):
        header, _, body = path.read_text(encoding="utf-8").partition("\n---\n")
        fields = dict(line.split(":", 1) for line in header.splitlines() if ":" in line)
        published = fields.get("published", "2026-11-01 08:00").strip()
        yield {
            "url": f"https://site.example/{path.stem}",
            "title": fields.get("title", path.stem).strip(),
            "published": datetime.fromisoformat(published).replace(tzinfo=WIB).isoformat(),
            "text": body.strip(),
            "lang": "id",
        }


def build_articles(n: int) -> tuple[list[dict], str]:
    if INDOSUM.exists() and any(INDOSUM.glob("*.jsonl")):
        base, source = list(indosum_articles(INDOSUM)), f"IndoSum ({INDOSUM})"
    else:
        base, source = list(site_articles(SITE)), f"sample-site articles ({SITE})"
    if not base:
        raise SystemExit("no articles to benchmark: neither IndoSum nor tests/site/articles is available")
    articles = []
    for i in range(n):  # variants when there are fewer articles than asked for: new URL, paragraphs rotated
        a = dict(base[i % len(base)])
        round_ = i // len(base)
        if round_:
            paragraphs = a["text"].split("\n\n")
            k = round_ % len(paragraphs)
            a["text"] = "\n\n".join(paragraphs[k:] + paragraphs[:k])
            a["url"] += f"?v={round_}"
        articles.append(a)
    return articles, source


# What each part costs: the in-memory pipeline again without it.
WITHOUT = {"no_figures": ["pantau_figures", "pantau_checks"], "no_checks": ["pantau_checks"], "no_ner": ["pantau_ner"],
           "no_quotes": ["pantau_people", "pantau_quotes"], "no_tone": ["pantau_tone"]}


def run(n: int = 2000, batch_size: int = 32, db_path: str | None = None, repeat: int = 2) -> dict:
    from bench.machine import machine, peak_rss_mb
    from pantau.analyze import analyze_db
    from pantau.ingest import ingest_lines
    from pantau.nlp.pipeline import analyze_many, article_text, get_pipeline, make_doc

    articles, source = build_articles(n)
    tmp = None
    if db_path is None:
        tmp = tempfile.TemporaryDirectory()
        db_path = str(Path(tmp.name) / "bench.db")
    counts = ingest_lines((json.dumps(a, ensure_ascii=False) for a in articles), db_path, on_error=print)

    started = time.perf_counter()
    nlp = get_pipeline("id")
    load_s = time.perf_counter() - started
    texts = [article_text(a["title"], a["text"])[0] for a in articles]
    chars = sum(len(t) for t in texts)
    counted = {}

    def tokenizer_pass():
        counted["tokens"] = sum(len(nlp.make_doc(text)) for text in texts)

    def pipeline_pass():
        counted["figures"] = sum(len(r["figures"]) for _, r in analyze_many(articles, batch_size=batch_size))

    def without(*components):
        def run_pass():
            docs = (make_doc(nlp, a["title"], a["text"], a["published"]) for a in articles)
            for _ in nlp.pipe(docs, batch_size=batch_size, disable=list(components)):
                pass
        return run_pass

    # The machine is shared: each in-memory pass runs `repeat` times and keeps its fastest run,
    # and CPU time is reported beside wall time (it suffers less from other processes).
    tokenizer_t = best(tokenizer_pass, repeat)
    pipeline_t = best(pipeline_pass, repeat)
    without_t = {name: best(without(*components), repeat) for name, components in WITHOUT.items()}
    done = {}
    analyze_t = timed(lambda: done.update(analyze_db(db_path, batch_size=batch_size, progress=False)))
    if tmp is not None:
        tmp.cleanup()

    n = len(articles)
    result = {
        "machine": machine(), "source": source, "articles": n, "stored": counts["stored"], "chars": chars,
        "tokens": counted["tokens"], "figures": counted["figures"], "analysed": done["analysed"],
        "failed": done["failed"], "load_s": load_s, "batch_size": batch_size, "repeat": repeat,
        "peak_rss_mb": peak_rss_mb(),
        "worker_peak_rss_mb": peak_rss_mb(children=True),
    }
    for name, (wall, cpu) in (("tokenizer", tokenizer_t), ("pipeline", pipeline_t), *without_t.items(),
                              ("analyze", analyze_t)):
        result[f"{name}_per_s"] = n / wall
        result[f"{name}_per_cpu_s"] = n / cpu
    for name in ("pipeline", *WITHOUT, "analyze"):
        result[f"{name}_ratio"] = result["tokenizer_per_s"] / result[f"{name}_per_s"]
        result[f"{name}_cpu_ratio"] = result["tokenizer_per_cpu_s"] / result[f"{name}_per_cpu_s"]
    return result


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children (analyze_db's worker processes)."""
    import resource

    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def timed(fn) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), cpu_seconds()
    fn()
    return time.perf_counter() - wall, cpu_seconds() - cpu


def best(fn, repeat: int) -> tuple[float, float]:
    runs = [timed(fn) for _ in range(repeat)]
    return min(r[0] for r in runs), min(r[1] for r in runs)


def report(r: dict) -> str:
    rows = [("tokenizer only (nlp.make_doc)", "tokenizer"), ("pipeline in memory (nlp.pipe)", "pipeline"),
            *((f"  the same without {' + '.join(c.removeprefix('pantau_') for c in cs)}", name)
              for name, cs in WITHOUT.items()),
            ("pantau analyze (analyze_db)", "analyze")]
    lines = [
        f"machine: {r['machine']}",
        f"articles: {r['articles']} from {r['source']}; {r['chars'] / 1e6:.1f} M chars, {r['tokens']:,} tokens; "
        f"batch size {r['batch_size']}; pipeline load {r['load_s']:.1f} s (not timed below)",
        f"in-memory passes: best of {r['repeat']}; pantau analyze: one run (it marks articles done)",
        f"{'pass':<36}{'articles/s':>11}{'× tokenizer':>13}{'articles/CPU-s':>16}{'× tokenizer':>13}",
    ]
    for label, name in rows:
        ratio = 1.0 if name == "tokenizer" else r[f"{name}_ratio"]
        cpu_ratio = 1.0 if name == "tokenizer" else r[f"{name}_cpu_ratio"]
        lines.append(f"{label:<36}{r[f'{name}_per_s']:>11.1f}{ratio:>13.2f}{r[f'{name}_per_cpu_s']:>16.1f}{cpu_ratio:>13.2f}")
    lines.append(f"analysed {r['analysed']}, failed {r['failed']}; {r['figures']:,} figures; peak RSS {r['peak_rss_mb']:.0f} MB "
                 f"(largest worker process {r['worker_peak_rss_mb']:.0f} MB)")
    return "\n".join(lines)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=2000, help="articles to analyse (default 2000)")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--db", help="keep the benchmark database here (default: a temporary file)")
    parser.add_argument("--repeat", type=int, default=2, help="runs of each in-memory pass; the fastest counts")
    args = parser.parse_args(argv)
    result = run(args.n, args.batch_size, args.db, args.repeat)
    print(report(result))
    return result


if __name__ == "__main__":
    main()
