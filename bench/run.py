"""`make bench`: every benchmark in one go. Each prints its figures, its baseline measured in
the same run, and the machine; copy what matters into bench/RESULTS.md with the date.

    python bench/run.py [name ...]     # e.g. python bench/run.py crawl digest
"""

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).parent
# (script, arguments): quality gates first (fast), then throughput.
BENCHMARKS = [
    ("figures_eval.py", []),
    ("quotes_eval.py", []),
    ("real_eval.py", []),
    ("extract_real.py", []),
    ("ner_eval.py", []),
    ("summarize_eval.py", []),
    ("extract.py", []),
    ("crawl.py", []),
    ("analyze.py", []),
    ("dedup.py", []),
    ("digest.py", []),
    ("crawl_memory.py", []),
]


def main(names):
    chosen = [(s, a) for s, a in BENCHMARKS if not names or Path(s).stem in names]
    failed = []
    for script, args in chosen:
        path = HERE / script
        if not path.exists():
            print(f"== {script}: not present, skipped\n", flush=True)
            continue
        print(f"== {script}", flush=True)
        started = time.monotonic()
        code = subprocess.call([sys.executable, str(path), *args])
        print(f"== {script}: exit {code} after {time.monotonic() - started:.0f} s\n", flush=True)
        if code:
            failed.append(script)
    if failed:
        sys.exit(f"failed: {', '.join(failed)}")


if __name__ == "__main__":
    main(sys.argv[1:])
