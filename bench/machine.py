"""What every benchmark prints about the machine it ran on."""

import os
import platform
import sys
from datetime import datetime, timezone


def machine() -> str:
    try:
        with open("/proc/meminfo") as f:
            mem_kb = int(next(line for line in f if line.startswith("MemTotal")).split()[1])
        ram = f"{mem_kb / 1024 / 1024:.1f} GiB RAM"
    except (OSError, StopIteration):
        ram = "RAM unknown"
    cpu = platform.processor() or platform.machine()
    return (f"{datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC · {os.cpu_count()} cores ({cpu}) · {ram} · "
            f"Python {sys.version.split()[0]} · {platform.system()} {platform.release()}")


def peak_rss_mb(children=False) -> float:
    import resource

    who = resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF
    return resource.getrusage(who).ru_maxrss / 1024
