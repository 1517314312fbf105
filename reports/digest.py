"""The daily digest: a function of the database and a date, rendered as HTML, Markdown or text.

Everything from the web (titles, quotes, names, URLs) is untrusted: HTML is autoescaped, Markdown
is escaped by a filter, only http(s) links are ever emitted.
"""

import base64
import re
import tomllib
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo

from jinja2 import Environment, PackageLoader, select_autoescape

from pantau.store import open_readonly

from . import attention, charts, queries

WIB = ZoneInfo("Asia/Jakarta")
FORMATS = ("html", "md", "txt")
BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
         "November", "Desember"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]


def safe_url(url: str | None) -> str | None:
    """Only http(s) links reach a digest; javascript: and data: URLs from the web do not."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None


MD_SPECIAL = re.compile(r"([\\`*_\[\]#|~])")
MD_LINE_START = re.compile(r"^([-+=>]|\d+\.)")


def md_escape(text) -> str:
    """Markdown renderers pass raw HTML through, so angle brackets become entities too; with
    brackets escaped no link or image can form from web text."""
    text = " ".join(("" if text is None else str(text)).split())
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return MD_LINE_START.sub(r"\\\1", MD_SPECIAL.sub(r"\\\1", text))


def plain(text) -> str:
    return " ".join(("" if text is None else str(text)).split())


@lru_cache(maxsize=1)
def all_labels() -> dict:
    return tomllib.loads((Path(__file__).with_name("labels.toml")).read_text(encoding="utf-8"))


def long_date(d: date, lang: str) -> str:
    months = BULAN if lang == "id" else MONTHS_EN
    return f"{d.day} {months[d.month - 1]} {d.year}"


def date_filter(value, lang="id") -> str:
    """An ISO date as readers write it: "31 Oktober 2026"."""
    if not value:
        return ""
    try:
        return long_date(date.fromisoformat(str(value)[:10]), lang)
    except ValueError:
        return str(value)


def local_time(published: str | None) -> str:
    if not published:
        return ""
    return datetime.fromisoformat(published).astimezone(WIB).strftime("%d/%m %H:%M WIB")


def _env(autoescape: bool) -> Environment:
    env = Environment(
        loader=PackageLoader("pantau.reports", "templates"),
        autoescape=select_autoescape(["html"], default_for_string=True, default=True) if autoescape else False,
        trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
    )
    env.filters.update(md=md_escape, plain=plain, safe_url=safe_url, wib=local_time, longdate=date_filter,
                       amount=attention.amount, hours=attention.hours_text)
    return env


HTML_ENV, TEXT_ENV = _env(True), _env(False)


def build_context(db, day: date, days: int = 1, lang: str = "id", charts_enabled=True) -> dict:
    first = day - timedelta(days=days - 1)
    bounds = queries.utc_bounds(first, day)
    labels = all_labels()[lang]
    head = queries.headline(db, first, day)
    articles = queries.period_articles(db, first, day)
    story_list = queries.stories(db, articles)
    top = story_list[:10]
    sums = queries.summaries(db, [s["lead_id"] for s in top])
    for s in top:
        s["summary"] = sums.get(s["lead_id"], [])
    story_of = {a["id"]: (a["story_id"] if a["story_id"] is not None else -a["id"]) for a in articles}
    conflicts = {}  # figure conflicts per story, found once for key figures and Perlu perhatian
    figs, figs_more = queries.figures(db, first, day, story_of, conflicts=conflicts)
    speakers, speakers_more = queries.spokespeople(db, first, day)
    mentioned = queries.mentions(db, first, day)
    volume = queries.volume(db, day)
    images = {}
    if charts_enabled and any(n for _, n in volume):
        images["volume"] = charts.volume_png(volume, highlight={first + timedelta(days=i) for i in range(days)})
    if charts_enabled and mentioned:
        images["entities"] = charts.entities_png([(name, n) for name, _, n in mentioned])
    period = labels["period_one"].format(day=long_date(day, lang)) if days == 1 else labels["period_many"].format(
        first=long_date(first, lang), last=long_date(day, lang))
    summary_line = (labels["today_vs_avg"] if days == 1 else labels["period_vs_avg"]).format(
        n=head["total"], avg=f"{head['avg7']:g}".replace(".", "," if lang == "id" else "."), days=days)
    return {
        "lang": lang, "L": labels, "day": day, "first": first, "days": days, "period": period,
        "headline": head, "summary_line": summary_line, "stories": top, "stories_more": max(0, len(story_list) - len(top)),
        "n_stories": len(story_list), "figures": figs, "figures_more": figs_more,
        "conflicts": [f for f in figs if f["conflict"]], "speakers": speakers, "speakers_more": speakers_more,
        "mentions": mentioned, "images": images, "alerts": _alerts(db, day),
        "attention": attention.for_digest(db, bounds["start"], bounds["end"], conflicts_cache=conflicts),
        "subject": labels["subject"].format(day=long_date(day, lang)),
    }


def _alerts(db, day):
    try:
        from pantau.health import alerts_for_digest
    except ImportError:
        return []
    return alerts_for_digest(db, day)


def render(context: dict, fmt: str = "html", images: str = "data") -> str:
    """`images`: "data" embeds charts as data URIs (saved files), "cid" refers to mail parts."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "html":
        if images == "cid":
            srcs = {name: f"cid:{name}@pantau" for name in context["images"]}
        else:
            srcs = {name: "data:image/png;base64," + base64.b64encode(png).decode("ascii")
                    for name, png in context["images"].items()}
        return HTML_ENV.get_template("digest.html").render(**context, image_src=srcs)
    return TEXT_ENV.get_template(f"digest.{fmt}").render(**context)


def digest_text(db_path, day: date, fmt="html", lang="id", days=1) -> str:
    db = open_readonly(db_path)
    try:
        return render(build_context(db, day, days, lang, charts_enabled=fmt == "html"), fmt)
    finally:
        db.close()


def write_digest(db_path, day: date, out, fmt="html", lang="id", days=1) -> Path:
    text = digest_text(db_path, day, fmt=fmt, lang=lang, days=days)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    return out
