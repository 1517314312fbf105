"""Digest build time as the database grows to ≥ 1,000,000 articles (synthetic rows).

Articles are spread over three years (~900 a day, 20 outlets) with figures, entities, quotes,
people and summaries; the digest of one ordinary day is built (queries + charts + HTML render)
after the database reaches each size. FTS triggers are dropped for the fill (the digest does not
search), everything else is the real schema with its indexes. "without attention" is the same
digest with its "Perlu perhatian" queries left out (the baseline of issue 15, same run).

    python bench/digest.py [--sizes 100000,300000,1000000]
"""

import argparse
import random
import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.machine import machine  # noqa: E402
from pantau.reports import attention  # noqa: E402
from pantau.reports.digest import build_context, render  # noqa: E402
from pantau.store import open_db, open_readonly  # noqa: E402

START = datetime(2024, 1, 1, tzinfo=timezone.utc)
SPAN_DAYS = 3 * 365
METRICS = ["peserta aktif", "klaim JHT", "dana kelolaan", "iuran BPU", "klaim JKP", "peserta JKN", "imbal hasil"]
ORGS = [("BPJS Ketenagakerjaan", "ORG"), ("BPJS Kesehatan", "ORG"), ("Kementerian Ketenagakerjaan", "ORG"),
        ("Jaminan Hari Tua", "PROGRAM"), ("Jaminan Kehilangan Pekerjaan", "PROGRAM"), ("Jaminan Kesehatan Nasional", "PROGRAM")]
SPEAKERS = ["Anggoro Wicaksono", "Ratna Sari Dewi", "Dimas Prasetyo", "Lukman Hakim Siregar", "Yusuf Rahman"]


def fill(db, first_id, n, rng):
    articles, figures, entities, quotes, people, summaries, stories, story_articles = [], [], [], [], [], [], [], []
    has_stories = "story_articles" in db.table_names()
    for i in range(first_id, first_id + n):
        when = START + timedelta(seconds=rng.randrange(SPAN_DAYS * 86400))
        utc = when.strftime("%Y-%m-%dT%H:%M:%SZ")
        local = when.astimezone(timezone(timedelta(hours=7))).isoformat(timespec="seconds")
        outlet = f"outlet{i % 20}"
        articles.append((i, f"https://{outlet}.example/{i}", f"https://{outlet}.example/{i}", outlet,
                         f"Berita BPJS nomor {i}", local, utc, "Jakarta – BPJS Ketenagakerjaan mencatat angka baru.\n\nParagraf.",
                         "id", f"h{i}", "kept", local, local, local))
        for k in range(2):
            figures.append((i, f"{rng.randint(1, 99)},{rng.randint(1, 9)} juta", str(rng.randint(1, 99) * 100000),
                            "count", "peserta", 0, "actual", rng.choice(METRICS), local[:10], "Kalimat."))
        for name, label in rng.sample(ORGS, 2):
            entities.append((i, name, label, name))
        if i % 3 == 0:
            speaker = rng.choice(SPEAKERS)
            quotes.append((i, speaker, "Kami terus menjangkau pekerja informal di seluruh Indonesia.", "direct"))
            people.append((i, speaker, "Direktur", "BPJS Ketenagakerjaan"))
        summaries.append((i, '["Jakarta – BPJS Ketenagakerjaan mencatat angka baru."]'))
        if has_stories:
            story = (i + 3) // 4 * 4  # stories of four articles, named after the last (same batch)
            if story == i:
                stories.append((i, f"Cerita {i}", utc, utc, 4, "[]"))
            story_articles.append((i, story, 1.0))
    with db.conn:
        db.conn.executemany("insert into articles (id, url, canonical_url, outlet, title, published, published_utc, text, "
                            "lang, content_hash, status, fetched_at, updated_at, analysed_at) values "
                            "(?,?,?,?,?,?,?,?,?,?,?,?,?,?)", articles)
        db.conn.executemany("insert into figures (article_id, text, value, kind, unit, approx, qualifier, metric, as_of, "
                            "sentence) values (?,?,?,?,?,?,?,?,?,?)", figures)
        db.conn.executemany("insert into entities (article_id, text, label, canonical) values (?,?,?,?)", entities)
        db.conn.executemany("insert into quotes (article_id, speaker, text, kind) values (?,?,?,?)", quotes)
        db.conn.executemany("insert into people (article_id, name, role, organisation) values (?,?,?,?)", people)
        db.conn.executemany("insert into summaries (article_id, sentences) values (?,?)", summaries)
        if has_stories:
            db.conn.executemany("insert into stories (id, title, first_published, last_published, n_articles, outlets) "
                                "values (?,?,?,?,?,?)", stories)
            db.conn.executemany("insert into story_articles (article_id, story_id, score) values (?,?,?)", story_articles)


def time_digest(path, day, repeats=3, with_attention=True):
    real = attention.for_digest
    if not with_attention:
        attention.for_digest = lambda *args, **kwargs: {"any": False}
    try:
        best, size = _time(path, day, repeats)
    finally:
        attention.for_digest = real
    return best, size


def _time(path, day, repeats):
    best = None
    for _ in range(repeats):
        started = time.perf_counter()
        db = open_readonly(path)
        html = render(build_context(db, day), "html")
        db.close()
        elapsed = time.perf_counter() - started
        best = elapsed if best is None else min(best, elapsed)
    return best, len(html)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100000,300000,1000000")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    rng = random.Random(7)
    path = Path(tempfile.mkdtemp(prefix="pantau-digest-")) / "big.db"
    db = open_db(path)
    for (name,) in db.execute("select name from sqlite_master where type = 'trigger'").fetchall():
        db.execute(f"drop trigger {name}")
    day = date(2025, 6, 18)
    print(f"machine: {machine()}")
    print(f"{'articles':>10}{'fill s':>9}{'db MB':>8}{'digest s':>10}{'without attention s':>21}{'html KB':>9}")
    have = 0
    for size in sizes:
        started = time.perf_counter()
        while have < size:
            step = min(50_000, size - have)
            fill(db, have + 1, step, rng)
            have += step
        db.execute("analyze")
        fill_s = time.perf_counter() - started
        seconds, html_len = time_digest(path, day)
        baseline, _ = time_digest(path, day, with_attention=False)
        print(f"{have:>10}{fill_s:>9.1f}{path.stat().st_size / 2**20:>8.0f}{seconds:>10.2f}{baseline:>21.2f}"
              f"{html_len / 1024:>9.0f}")
    db.close()


if __name__ == "__main__":
    main()
