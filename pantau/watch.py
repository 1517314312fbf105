"""`pantau watch`: alerts between digests.

Every [watch] every_minutes, one pass under the run lock (the morning `pantau run` and a pass
never crawl at once; a run that finds a pass going waits for it):

  crawl   feeds and sitemaps only (PANTAU_LISTINGS=False), in its own process;
  analyze the new articles (figures, entities, tone, stories …);
  rules   pantau/alert_rules.py; an alert whose key is stored already is not raised again;
  deliver every alert not yet sent on a channel (mail, webhook), unless it is quiet hours:
          then alerts wait, stored, for the first pass after. A failed delivery is recorded
          and tried again on the next pass; a sent one is never sent again.

Passes run in this process (the nlp pipeline loads once); the crawl in a child process, as
a Scrapy reactor cannot be restarted.
"""

import logging
import time
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from .config import RunConfig
from .run import AlreadyRunning, _smtp_kwargs, _stage, crawl_stage, log_event, run_lock

logger = logging.getLogger("pantau.watch")
EXIT_OK, EXIT_FAILED = 0, 1


def in_quiet_hours(cfg: RunConfig, now: datetime) -> bool:
    quiet = cfg.watch.quiet()
    if not quiet:
        return False
    start, end = quiet
    t = now.astimezone(ZoneInfo(cfg.timezone)).time()
    return start <= t < end if start <= end else (t >= start or t < end)


def quiet_ends(cfg: RunConfig, now: datetime) -> str:
    """The next end of quiet hours after `now`, as ISO UTC."""
    _, end = cfg.watch.quiet()
    local = now.astimezone(ZoneInfo(cfg.timezone))
    when = local.replace(hour=end.hour, minute=end.minute, second=0, microsecond=0)
    if when <= local:
        when += timedelta(days=1)
    return when.astimezone(timezone.utc).isoformat(timespec="seconds")


def channels(cfg: RunConfig) -> list[str]:
    return [c for c, on in (("mail", bool(cfg.watch.mail_to)), ("webhook", bool(cfg.watch.webhook()))) if on]


def raise_new(cfg: RunConfig, now: datetime) -> dict:
    from . import alert_rules
    from .store import open_db
    from .store.alerts import raise_alert

    db = open_db(cfg.db)
    try:
        found = alert_rules.evaluate(db, cfg.watch, now, ZoneInfo(cfg.timezone), cfg.lang)
        held = quiet_ends(cfg, now) if in_quiet_hours(cfg, now) else None
        new = [a for a in found if raise_alert(db, a, channels(cfg), held_until=held) is not None]
    finally:
        db.close()
    return {"found": len(found), "new": len(new), "rules": sorted({a["rule"] for a in new})}


def deliver(cfg: RunConfig, now: datetime) -> dict:
    """Send what is not sent yet. Raises when a channel failed (after recording the failure),
    so the pass reports it; the alerts stay for the next pass."""
    from .store import open_db
    from .store.alerts import undelivered

    db = open_db(cfg.db)
    try:
        if in_quiet_hours(cfg, now):
            return {"held": len({a["id"] for c in ("mail", "webhook") for a in undelivered(db, c)}), "sent": {}}
        sent, errors = {}, []
        if cfg.watch.mail_to:
            sent["mail"] = _deliver_mail(db, cfg, errors)
        url = cfg.watch.webhook()
        if url:
            sent["webhook"] = _deliver_webhook(db, cfg, url, errors)
    finally:
        db.close()
    if errors:
        raise RuntimeError("; ".join(errors) + f" (sent {sent}; the rest is tried again on the next pass)")
    return {"held": 0, "sent": sent}


def _deliver_mail(db, cfg, errors) -> int:
    from .reports import mail
    from .store.alerts import mark_failed, mark_sent, undelivered

    pending = undelivered(db, "mail")
    if not pending:
        return 0
    ids = [a["id"] for a in pending]
    try:
        settings = mail.load_settings(None, **_smtp_kwargs(cfg))
        mail.send(mail.compose_alerts(pending, settings.sender, cfg.watch.mail_to, cfg.lang), settings)
    except mail.MailError as e:
        mark_failed(db, ids, "mail", str(e))
        errors.append(str(e))
        return 0
    mark_sent(db, ids, "mail")
    return len(ids)


def _deliver_webhook(db, cfg, url, errors) -> int:
    from .reports.digest import all_labels
    from .store.alerts import mark_failed, mark_sent, undelivered
    from .webhook import WebhookError, payload, post, session

    pending = undelivered(db, "webhook")
    http = session(cfg.watch.webhook_retries, cfg.watch.webhook_backoff)
    label = all_labels()[cfg.lang]["alert"]["open"]
    done = 0
    for alert in pending:
        try:
            tries = post(url, payload(alert, label), http)
        except WebhookError as e:
            mark_failed(db, [alert["id"]], "webhook", str(e), attempts=1 + cfg.watch.webhook_retries)
            errors.append(str(e))
            break  # the receiver is down: the rest waits for the next pass, in order
        mark_sent(db, [alert["id"]], "webhook", attempts=tries)
        done += 1
    return done


def watch_once(cfg: RunConfig, now: datetime | None = None) -> tuple[int, str]:
    """One pass; returns (exit code, one-line summary). Raises AlreadyRunning when a run or
    another pass holds the lock."""
    from .analyze import analyze_db

    record = {"event": "watch", "stages": {}}
    started = time.monotonic()
    with run_lock(cfg.lock_path, what="pantau watch"):
        log_event(cfg, event="watch-start", config=str(cfg.path))
        ok = _stage(cfg, "crawl", lambda: crawl_stage(cfg, "--set", "PANTAU_LISTINGS=False"), record) is not None
        ok &= _stage(cfg, "analyze", lambda: analyze_db(cfg.db, progress=False), record) is not None
        now = now or datetime.now(timezone.utc)
        raised = _stage(cfg, "rules", lambda: raise_new(cfg, now), record)
        delivered = _stage(cfg, "deliver", lambda: deliver(cfg, now), record)
        ok &= raised is not None and delivered is not None
    seconds = time.monotonic() - started
    failed = [n for n, s in record["stages"].items() if not s["ok"]]
    crawl = record["stages"].get("crawl", {}).get("summary", "")
    analysed = record["stages"].get("analyze", {}).get("analysed", 0)
    sent = (delivered or {}).get("sent", {})
    held = (delivered or {}).get("held", 0)
    summary = (f"pantau watch: {'ok' if ok else 'FAILED: ' + ', '.join(failed)} in {seconds:.0f} s; {crawl}; "
               f"{analysed} analysed; {(raised or {}).get('new', 0)} new alert(s)"
               + "".join(f"; {channel} sent {n}" for channel, n in sent.items())
               + (f"; {held} held for quiet hours" if held else ""))
    log_event(cfg, **record, ok=ok, seconds=round(seconds, 1))
    return (EXIT_OK if ok else EXIT_FAILED), summary


def serve_watch(cfg: RunConfig):
    """A pass now, then every [watch] every_minutes until interrupted (APScheduler)."""
    from apscheduler.schedulers.blocking import BlockingScheduler
    from apscheduler.triggers.interval import IntervalTrigger

    def fire():
        try:
            _, summary = watch_once(cfg)
        except AlreadyRunning as e:
            summary = f"pantau watch: pass skipped, {e}"
        except Exception:  # noqa: BLE001 - one broken pass never stops the watch
            logger.exception("pantau watch: the pass failed")
            return
        logger.info("%s", summary)

    scheduler = BlockingScheduler(timezone=cfg.timezone)
    every = timedelta(minutes=cfg.watch.every_minutes)
    scheduler.add_job(fire, IntervalTrigger(seconds=every.total_seconds(), timezone=cfg.timezone),
                      next_run_time=datetime.now(ZoneInfo(cfg.timezone)), max_instances=1, coalesce=True,
                      misfire_grace_time=int(every.total_seconds()))
    logger.info("pantau watch: every %g minutes (%s)%s", cfg.watch.every_minutes, cfg.timezone,
                f"; quiet hours {cfg.watch.quiet_hours}" if cfg.watch.quiet_hours else "")
    scheduler.start()  # blocks until interrupted
