"""Hostile files through `pantau extract`, one call per file: the answer, wall seconds and peak
RSS (the command and its extraction worker together). Aim (issue 13): one answer per file,
each within 60 s, peak memory under 1 GB, the windows-1252 page decoded right.

    python bench/hostile.py [--pantau PATH/TO/pantau]   # another build, e.g. for a before/after
"""

import argparse
import json
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.machine import machine  # noqa: E402
from tests.faults.hostile import CP1252_LINE, hostile_files  # noqa: E402


def run_measured(cmd) -> tuple[str, float, float]:
    """stdout, wall seconds and peak RSS (MB) of the process tree."""
    peak, done = 0.0, threading.Event()
    started = time.perf_counter()
    proc = psutil.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)

    def sample():
        nonlocal peak
        while not done.is_set():
            try:
                peak = max(peak, sum(p.memory_info().rss for p in [proc, *proc.children(recursive=True)]) / 2**20)
            except psutil.Error:
                pass
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, _ = proc.communicate()
    elapsed = time.perf_counter() - started
    done.set()
    sampler.join()
    return out, elapsed, peak


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pantau", default=str(Path(sys.executable).parent / "pantau"))
    args = parser.parse_args()
    print(f"machine: {machine()}")
    print(f"{'file':<16}{'seconds':>9}{'peak MB':>9}  answer")
    with tempfile.TemporaryDirectory(prefix="pantau-hostile-") as tmp:
        for name, path in hostile_files(Path(tmp)).items():
            out, seconds, peak = run_measured([args.pantau, "extract", str(path), "--jsonl"])
            records = [json.loads(line) for line in out.splitlines()]
            if len(records) != 1:
                answer = f"{len(records)} answers"
            elif "error" in records[0]:
                answer = "error " + records[0]["error"][:70]
            else:
                answer = f"text of {len(records[0]['text'])} characters"
                if name == "cp1252.html":
                    answer += ", decoded right" if CP1252_LINE in records[0]["text"] else ", decoded WRONG"
            print(f"{name:<16}{seconds:>9.1f}{peak:>9.0f}  {answer}")


if __name__ == "__main__":
    main()
