"""`pantau schedule`: run `pantau run` on a cron expression, for machines without cron.

Each firing runs `pantau run --config FILE` in its own process (a crawl's reactor cannot be
restarted in one process), so the run lock and exit codes behave exactly as under cron.
"""

import logging
from datetime import datetime
from zoneinfo import ZoneInfo
import subprocess
import sys
from pathlib import Path

from apscheduler.schedulers.blocking import BlockingScheduler
from apscheduler.triggers.cron import CronTrigger

logger = logging.getLogger("pantau.schedule")


def trigger(expression: str, timezone: str) -> CronTrigger:
    """Five fields (minute hour day month weekday) as in crontab, or six with seconds first."""
    fields = expression.split()
    if len(fields) == 5:
        return CronTrigger.from_crontab(expression, timezone=timezone)
    if len(fields) == 6:
        second, minute, hour, day, month, dow = fields
        return CronTrigger(second=second, minute=minute, hour=hour, day=day, month=month, day_of_week=dow, timezone=timezone)
    raise ValueError(f"cron expression {expression!r} needs 5 fields (or 6 with seconds first)")


def fire(config_path: Path):
    exe = Path(sys.executable).with_name("pantau")
    proc = subprocess.run([str(exe), "run", "--config", str(config_path)], capture_output=True, text=True)
    line = (proc.stdout.strip().splitlines() or proc.stderr.strip().splitlines() or [""])[-1]
    logger.info("run exited %s: %s", proc.returncode, line)


def serve_schedule(config_path: Path, cron: str, timezone: str):
    when = trigger(cron, timezone)
    scheduler = BlockingScheduler(timezone=timezone)
    scheduler.add_job(fire, when, args=[config_path], max_instances=1, coalesce=True, misfire_grace_time=3600)
    first = when.get_next_fire_time(None, datetime.now(ZoneInfo(timezone)))
    logger.info("pantau schedule: %s (%s); first run %s", cron, timezone, first.isoformat(timespec="seconds"))
    scheduler.start()  # blocks until interrupted
