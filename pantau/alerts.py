"""`pantau alerts`: what `pantau watch` raised and where it went, as a table or JSON."""

import re
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from .store.alerts import CHANNELS, list_alerts

WIB = ZoneInfo("Asia/Jakarta")
AGO_RE = re.compile(r"^\s*(\d+)\s*([mhd])\s*$")
UNITS = {"m": "minutes", "h": "hours", "d": "days"}


def parse_since(value: str, now: datetime | None = None) -> str:
    """"30m", "24h", "7d" (ago), a date (00:00 WIB) or a date and time (WIB unless it has an
    offset) → ISO UTC, as alerts.raised_at is stored."""
    now = now or datetime.now(timezone.utc)
    m = AGO_RE.match(value)
    if m:
        n, unit = int(m[1]), m[2]
        when = now - timedelta(**{UNITS[unit]: n})
    else:
        try:
            when = datetime.fromisoformat(value.strip())
        except ValueError:
            raise ValueError(f"--since: expected 30m, 24h, 7d, YYYY-MM-DD or YYYY-MM-DDTHH:MM, not {value!r}") from None
        if when.tzinfo is None:
            when = when.replace(tzinfo=WIB)
    return when.astimezone(timezone.utc).isoformat(timespec="seconds")


def status(delivery: dict | None, held_until: str | None, now: datetime) -> str:
    """One word or two for a table cell: sent 09:16, held to 06:00, pending, failed ×3, - (not a channel)."""
    if delivery is None:
        return "-"
    if delivery["status"] == "sent":
        return "sent " + local(delivery["sent_at"], "%H:%M")
    if delivery["status"] == "failed":
        return f"failed ×{delivery['attempts']}"
    if held_until and datetime.fromisoformat(held_until) > now:
        return "held to " + local(held_until, "%H:%M")
    return "pending"


def local(iso: str | None, fmt="%d/%m %H:%M") -> str:
    return datetime.fromisoformat(iso).astimezone(WIB).strftime(fmt) if iso else ""


def table(db, since: str | None, now: datetime | None = None) -> list[str]:
    """Lines of the table, newest first; a failed delivery's error on a line below its alert."""
    now = now or datetime.now(timezone.utc)
    alerts = list_alerts(db, since)
    lines = [f"{'id':>5}  {'raised (WIB)':<12}  {'rule':<12}  {'mail':<14}  {'webhook':<14}  title"]
    for a in alerts:
        cells = [status(a["deliveries"].get(c), a["held_until"], now) for c in CHANNELS]
        lines.append(f"{a['id']:>5}  {local(a['raised_at']):<12}  {a['rule']:<12}  {cells[0]:<14}  {cells[1]:<14}  {a['title']}")
        for c in CHANNELS:
            d = a["deliveries"].get(c)
            if d and d["status"] != "sent" and d["last_error"]:
                lines.append(f"{'':>5}  ! {c}: {d['last_error']}")
    if not alerts:
        lines.append("no alerts" + (f" since {local(since)} WIB" if since else ""))
    return lines


def as_json(db, since: str | None) -> list[dict]:
    return [{k: a[k] for k in ("id", "key", "rule", "raised_at", "held_until", "title", "text", "url", "deliveries", "detail")}
            for a in list_alerts(db, since)]
