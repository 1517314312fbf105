"""The daily digest: the day's kept articles per outlet, rendered with Jinja2 (autoescaped)."""

from collections import defaultdict
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from jinja2 import Environment, PackageLoader, select_autoescape

from pantau.store import open_readonly

WIB = ZoneInfo("Asia/Jakarta")
env = Environment(
    loader=PackageLoader("pantau.reports", "templates"),
    autoescape=select_autoescape(["html", "xml"], default_for_string=True, default=True),
    trim_blocks=True,
    lstrip_blocks=True,
)


def safe_url(url: str | None) -> str | None:
    """Only http(s) links reach a digest; javascript: and data: URLs from the web do not."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None


def day_bounds(day: date, tz=WIB) -> tuple[str, str]:
    """The UTC bounds of a local calendar day, in the form articles.published_utc uses."""
    start = datetime.combine(day, time.min, tz).astimezone(timezone.utc)
    end = start + timedelta(days=1)
    fmt = "%Y-%m-%dT%H:%M:%SZ"
    return start.strftime(fmt), end.strftime(fmt)


def first_paragraph(text: str, limit=400) -> str:
    para = (text or "").strip().split("\n\n", 1)[0].strip()
    return para if len(para) <= limit else para[:limit].rsplit(" ", 1)[0] + "…"


def digest_context(db, day: date) -> dict:
    start, end = day_bounds(day)
    rows = db.execute(
        """
        select a.title, a.canonical_url, a.published, a.text, a.outlet, coalesce(o.name, a.outlet) as outlet_name
        from articles a left join outlets o on o.id = a.outlet
        where a.status = 'kept' and a.published_utc >= ? and a.published_utc < ?
        order by outlet_name, a.published_utc
        """,
        [start, end],
    ).fetchall()
    outlets = defaultdict(list)
    for title, url, published, text, _, outlet_name in rows:
        local = datetime.fromisoformat(published).astimezone(WIB)
        outlets[outlet_name].append({
            "title": title, "url": safe_url(url), "time": local.strftime("%H:%M WIB"),
            "lead": first_paragraph(text),
        })
    return {"day": day, "outlets": dict(outlets), "total": len(rows)}


def render_digest(context: dict) -> str:
    return env.get_template("digest.html").render(**context)


def write_digest(db_path, day: date, out) -> Path:
    db = open_readonly(db_path)
    try:
        html = render_digest(digest_context(db, day))
    finally:
        db.close()
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(html, encoding="utf-8")
    return out
