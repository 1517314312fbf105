"""`make demo`: serve the sample site on 127.0.0.1, crawl it, analyse it, write a digest.

Everything lands in ./demo/ (database, sources file, digest). Runs the same `pantau` commands
an operator would, so what you see here is what cron would do.
"""

import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.site.server import SampleSite  # noqa: E402

OUT = Path("demo")


def pantau(*args):
    exe = Path(sys.executable).with_name("pantau")
    print(f"$ pantau {' '.join(args)}", flush=True)
    subprocess.run([str(exe), *args], check=True)


def main():
    started = time.monotonic()
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir()
    db = OUT / "pantau.db"
    with SampleSite() as site:
        sources = OUT / "sources.toml"
        sources.write_text(site.sources_toml(), encoding="utf-8")
        print(f"sample site: {', '.join(f'{k} {v}' for k, v in site.base.items())} (+ one dead outlet)")
        pantau("crawl", "--sources", str(sources), "--db", str(db), "--log-level", "WARNING")
    pantau("analyze", "--db", str(db))
    from pantau.store import open_readonly

    conn = open_readonly(db)
    day = conn.execute("select max(substr(published, 1, 10)) from articles where status = 'kept'").fetchone()[0]
    conn.close()
    if day is None:
        sys.exit("the crawl stored no articles; see the log above")
    out = OUT / f"digest-{day}.html"
    pantau("digest", "--db", str(db), "--date", day, "--out", str(out))
    print(f"\ndemo finished in {time.monotonic() - started:.0f} s")
    print(f"digest: {out.resolve()}")


if __name__ == "__main__":
    main()
