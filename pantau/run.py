"""`pantau run`: crawl → analyse → digest → send, under a lock, safe to re-run.

Exit codes (documented in `pantau run --help`):
  0  everything done
  1  a stage failed (the structured log says which)
  3  the run finished but crawl-health alerts were raised
  4  the config file is unusable
  75 another run holds the lock (EX_TEMPFAIL: try again later)
"""

import fcntl
import json
import os
import subprocess
import sys
import time
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from .config import RunConfig

EXIT_OK, EXIT_FAILED, EXIT_ALERTS, EXIT_CONFIG, EXIT_LOCKED = 0, 1, 3, 4, 75


class AlreadyRunning(RuntimeError):
    pass


# A watch pass (`pantau watch`: a few minutes of feeds, analysis, alerts) that holds the lock
# when the morning run starts is waited for, up to this long: the digest is not skipped for it.
WATCH_WAIT = 1800.0
WATCH = "pantau watch"


@contextmanager
def run_lock(path: Path, what: str = "pantau run", wait_for_watch: float = 0.0):
    """An exclusive lock; released by the kernel even when the process is killed. Held by
    another process: AlreadyRunning at once, or, when that process is a watch pass, after
    waiting up to `wait_for_watch` seconds for it to finish."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = open(path, "a+")
    deadline = time.monotonic() + wait_for_watch
    while True:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            break
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip()
            # empty: the holder is just taking or letting go of the lock; look again
            if (holder.endswith(WATCH) or not holder) and time.monotonic() < deadline:
                time.sleep(1.0)
                continue
            handle.close()
            raise AlreadyRunning(f"already running ({holder or 'unknown'}); lock file {path}") from None
    handle.seek(0)
    handle.truncate()
    handle.write(f"pid {os.getpid()} since {datetime.now(timezone.utc).isoformat(timespec='seconds')}; {what}")
    handle.flush()
    try:
        yield
    finally:
        handle.truncate(0)
        fcntl.flock(handle, fcntl.LOCK_UN)
        handle.close()


def log_event(cfg: RunConfig, **fields):
    record = {"at": datetime.now(timezone.utc).isoformat(timespec="seconds"), **fields}
    with open(cfg.log_path, "a", encoding="utf-8") as f:
        f.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")


def _stage(cfg, name, fn, record):
    started = time.monotonic()
    try:
        result = fn()
    except Exception as e:  # noqa: BLE001 - logged with the stage's name, the run reports failure
        record["stages"][name] = {"ok": False, "error": f"{type(e).__name__}: {e}", "seconds": round(time.monotonic() - started, 1)}
        log_event(cfg, event="stage", stage=name, ok=False, error=str(e))
        return None
    record["stages"][name] = {"ok": True, "seconds": round(time.monotonic() - started, 1), **(result or {})}
    log_event(cfg, event="stage", stage=name, ok=True, **(result or {}))
    return result


def crawl_stage(cfg: RunConfig, *extra: str) -> dict:
    exe = Path(sys.executable).with_name("pantau")
    proc = subprocess.run([str(exe), "crawl", "--sources", str(cfg.sources), "--db", str(cfg.db), "--log-level", "WARNING",
                           *extra], capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError((proc.stderr.strip().splitlines() or ["crawl failed"])[-1])
    return {"summary": proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else ""}


def analyze_stage(cfg: RunConfig) -> dict:
    from .analyze import analyze_db

    return analyze_db(cfg.db, progress=False)


def digest_stage(cfg: RunConfig, day) -> dict:
    from .reports.digest import write_digest

    paths = [str(write_digest(cfg.db, day, cfg.digest_dir / f"digest-{day}.{fmt}", fmt=fmt, lang=cfg.lang))
             for fmt in cfg.formats]
    return {"files": paths}


def send_stage(cfg: RunConfig, day) -> dict:
    from .reports import mail
    from .store import open_db
    from .store.runs import already_sent, record_sent

    db = open_db(cfg.db)
    try:
        todo = [r for r in cfg.mail_to if not already_sent(db, day, r)]
        if todo:
            settings = mail.load_settings(None, **_smtp_kwargs(cfg))
            mail.send_digest(cfg.db, day, todo, settings, lang=cfg.lang)
            record_sent(db, day, todo)
    finally:
        db.close()
    return {"sent_to": todo, "already_sent": [r for r in cfg.mail_to if r not in todo]}


def _smtp_kwargs(cfg: RunConfig) -> dict:
    smtp = dict(cfg.smtp)
    if "from" in smtp:
        smtp["sender"] = smtp.pop("from")
    return smtp


def alert_stage(cfg: RunConfig, alerts) -> dict:
    if not alerts or not cfg.operators:
        return {"alerts": len(alerts), "mailed": []}
    from email.message import EmailMessage

    from .reports import mail

    settings = mail.load_settings(None, **_smtp_kwargs(cfg))
    msg = EmailMessage()
    msg["Subject"] = f"Pantau: {len(alerts)} crawl-health alert(s)"
    msg["From"] = settings.sender
    msg["To"] = ", ".join(cfg.operators)
    msg.set_content("\n".join(f"- {a.message}" for a in alerts) + f"\n\nRun `pantau health --db {cfg.db}` for the table.\n")
    mail.send(msg, settings)
    return {"alerts": len(alerts), "mailed": cfg.operators}


def run_once(cfg: RunConfig, day=None) -> tuple[int, str]:
    """One full run; returns (exit code, one-line summary). Raises AlreadyRunning."""
    from . import health
    from .store import open_readonly

    day = day or datetime.now(ZoneInfo(cfg.timezone)).date()
    record = {"event": "run", "day": day.isoformat(), "stages": {}}
    started = time.monotonic()
    with run_lock(cfg.lock_path, wait_for_watch=WATCH_WAIT):
        log_event(cfg, event="start", day=day.isoformat(), config=str(cfg.path))
        ok = _stage(cfg, "crawl", lambda: crawl_stage(cfg), record) is not None
        ok &= _stage(cfg, "analyze", lambda: analyze_stage(cfg), record) is not None
        ok &= _stage(cfg, "digest", lambda: digest_stage(cfg, day), record) is not None
        if cfg.mail_to:
            ok &= _stage(cfg, "send", lambda: send_stage(cfg, day), record) is not None
        alerts = []
        if cfg.db.exists():
            conn = open_readonly(cfg.db)
            alerts = health.check(conn, cfg.thresholds)
            conn.close()
        ok &= _stage(cfg, "alerts", lambda: alert_stage(cfg, alerts), record) is not None
    seconds = time.monotonic() - started
    code = EXIT_FAILED if not ok else EXIT_ALERTS if alerts else EXIT_OK
    failed = [n for n, s in record["stages"].items() if not s["ok"]]
    crawl = record["stages"].get("crawl", {}).get("summary", "")
    analysed = record["stages"].get("analyze", {}).get("analysed", 0)
    summary = (f"pantau run {day}: {'ok' if ok else 'FAILED: ' + ', '.join(failed)} in {seconds:.0f} s; {crawl}; "
               f"{analysed} analysed; {len(alerts)} alert(s)")
    log_event(cfg, **record, exit=code, seconds=round(seconds, 1), alerts=[a.message for a in alerts])
    return code, summary
