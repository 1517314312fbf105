"""What `pantau watch` raised and where it went (tables alerts and alert_deliveries).

An alert is raised once per key; each channel's delivery row goes pending → sent, or → failed
(with the error, tried again on the next pass) → sent. A sent row is never sent again.
"""

import json

from .articles import utcnow
from .transactions import writing

CHANNELS = ("mail", "webhook")


def raise_alert(db, alert: dict, channels, held_until: str | None = None) -> int | None:
    """Store a new alert with a pending delivery per channel; None when its key is known."""
    with writing(db):
        if db.execute("select 1 from alerts where key = ?", [alert["key"]]).fetchone():
            return None
        alert_id = db["alerts"].insert({
            "key": alert["key"], "rule": alert["rule"], "raised_at": utcnow(), "held_until": held_until,
            "title": alert["title"], "text": alert["text"], "url": alert.get("url"),
            "detail": json.dumps(alert.get("detail") or {}, ensure_ascii=False, default=str),
        }).last_pk
        db["alert_deliveries"].insert_all({"alert_id": alert_id, "channel": c, "status": "pending", "attempts": 0}
                                          for c in channels)
    return alert_id


def undelivered(db, channel: str) -> list[dict]:
    """Alerts not yet sent on `channel` (pending or failed), oldest first."""
    rows = db.execute(
        "select a.id, a.key, a.rule, a.raised_at, a.title, a.text, a.url, a.detail, d.attempts "
        "from alert_deliveries d join alerts a on a.id = d.alert_id "
        "where d.channel = ? and d.status != 'sent' order by a.id", [channel],
    ).fetchall()
    keys = ("id", "key", "rule", "raised_at", "title", "text", "url", "detail", "attempts")
    return [{**dict(zip(keys, r)), "detail": json.loads(r[7] or "{}")} for r in rows]


def mark_sent(db, alert_ids, channel: str, attempts: int = 1):
    now = utcnow()
    with writing(db):
        db.conn.executemany(
            "update alert_deliveries set status = 'sent', sent_at = ?, last_try_at = ?, last_error = null, "
            "attempts = attempts + ? where alert_id = ? and channel = ? and status != 'sent'",
            [(now, now, attempts, aid, channel) for aid in alert_ids],
        )


def mark_failed(db, alert_ids, channel: str, error: str, attempts: int = 1):
    now = utcnow()
    with writing(db):
        db.conn.executemany(
            "update alert_deliveries set status = 'failed', last_error = ?, last_try_at = ?, "
            "attempts = attempts + ? where alert_id = ? and channel = ? and status != 'sent'",
            [(error[:500], now, attempts, aid, channel) for aid in alert_ids],
        )


def list_alerts(db, since: str | None = None) -> list[dict]:
    """Alerts raised at or after `since` (ISO UTC), newest first, each with its deliveries
    {channel: {"status", "attempts", "sent_at", "last_error", "last_try_at"}}."""
    if "alerts" not in db.table_names():
        return []
    sql = "select id, key, rule, raised_at, held_until, title, text, url, detail from alerts"
    params = []
    if since:
        sql += " where raised_at >= ?"
        params.append(since)
    keys = ("id", "key", "rule", "raised_at", "held_until", "title", "text", "url", "detail")
    alerts = [dict(zip(keys, r)) for r in db.execute(sql + " order by id desc", params)]
    by_id = {a["id"]: {**a, "detail": json.loads(a["detail"] or "{}"), "deliveries": {}} for a in alerts}
    if by_id:
        ids = list(by_id)
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            for aid, channel, status, attempts, sent_at, error, tried in db.execute(
                "select alert_id, channel, status, attempts, sent_at, last_error, last_try_at from alert_deliveries "
                f"where alert_id in ({','.join('?' * len(chunk))})", chunk,
            ):
                by_id[aid]["deliveries"][channel] = {"status": status, "attempts": attempts, "sent_at": sent_at,
                                                     "last_error": error, "last_try_at": tried}
    return list(by_id.values())
