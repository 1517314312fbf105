"""What needs attention: the questions behind the digest's "Perlu perhatian" section and the
alert rules of `pantau watch` (pantau/alert_rules.py). Read-only.

Both ask the same things over different windows (the digest: its days; a watch pass: the last
few hours): stories spreading across outlets, negative coverage of the watched institutions,
figures that do not add up, outlets disagreeing on a figure. A table a later analysis adds is
used when it is there, so a database that predates it still gets the rest.

Times are publication times (published_utc, UTC "…Z"): an article without a date is not news of
the moment it was fetched, as in the rest of the digest.
"""

import json
import tomllib
from collections import defaultdict
from datetime import datetime, timedelta, timezone
from decimal import Decimal, InvalidOperation
from importlib.resources import files

from .queries import _in, has_table, story_conflicts


def watched_institutions() -> list[str]:
    """The institutions whose coverage Pantau watches unless a run config's [watch]
    institutions says otherwise: those tone is measured toward (nlp/tone/watched.toml,
    gazetteer canonical names). Read as data, without loading the tone model."""
    text = files("pantau.nlp").joinpath("tone", "watched.toml").read_text(encoding="utf-8")
    return [entry["canonical"] for entry in tomllib.loads(text)["institution"]]

# A story "spreads" when this many outlets pick it up within this many hours.
SPREAD_OUTLETS = 3
SPREAD_HOURS = 6
UTC_FMT = "%Y-%m-%dT%H:%M:%SZ"
AT = "a.published_utc"
SCALES = {"id": ((12, "triliun"), (9, "miliar"), (6, "juta")),
          "en": ((12, "trillion"), (9, "billion"), (6, "million"))}


def amount(value, lang="id") -> str:
    """13900000 → "13,9 juta" (en: "13.9 million"); what is not a number is shown as it is."""
    try:
        d = Decimal(str(value))
    except (InvalidOperation, TypeError, ValueError):
        return str(value)
    for power, word in SCALES[lang]:
        if abs(d) >= Decimal(10) ** power:
            return decimal_text(d.scaleb(-power).quantize(Decimal("0.01")), lang) + " " + word
    return decimal_text(d, lang)


def decimal_text(d, lang: str) -> str:
    """Thousands grouped as written: 1.500,5 (id), 1,500.5 (en)."""
    text = f"{Decimal(str(d)).normalize():,f}"
    return text.translate(str.maketrans(",.", ".,")) if lang == "id" else text


def hours_text(hours: float, lang="id") -> str:
    """3.84 → "3,8" (en "3.8"); under six minutes is "0,1"."""
    text = f"{max(hours, 0.1):.1f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if lang == "id" else text


def utc(dt: datetime) -> str:
    return dt.astimezone(timezone.utc).strftime(UTC_FMT)


def parse(value: str) -> datetime:
    dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return dt if dt.tzinfo else dt.replace(tzinfo=timezone.utc)


def outlet_names(db) -> dict[str, str]:
    return {oid: name for oid, name in db.execute("select id, coalesce(name, id) from outlets")}


def story_titles(db, ids) -> dict[int, str]:
    if not has_table(db, "stories"):
        return {}
    return dict(_in(db, "select id, title from stories where id in ({})", ids))


def mentioned(db, article_ids, institutions) -> dict[int, list[str]]:
    """{article id: the watched institutions it names} (entities linked to canonical names)."""
    wanted = set(institutions)
    found = defaultdict(list)
    if not wanted or not has_table(db, "entities"):
        return found
    for aid, canonical in _in(db, "select distinct article_id, canonical from entities where article_id in ({}) "
                                  "and label = 'ORG' and canonical is not null", article_ids):
        if canonical in wanted and canonical not in found[aid]:
            found[aid].append(canonical)
    return found


# Spreading stories ----------------------------------------------------------------------------
def spreading(db, start: str, end: str, min_outlets=SPREAD_OUTLETS, within_hours=SPREAD_HOURS,
              institutions=None) -> list[dict]:
    """Stories with articles in [start, end) that `min_outlets` outlets picked up within
    `within_hours` of the story's first article in the window; fastest first. With
    `institutions`, only stories naming one of them.

    [{"story_id", "title", "url", "first_at", "hours" (to the min_outlets-th outlet),
      "outlets": [{"outlet", "name", "title", "url", "at"}] (first article per outlet, in order),
      "institutions"}]
    """
    if not has_table(db, "story_articles"):
        return []
    rows = db.execute(
        f"select sa.story_id, a.id, a.outlet, a.title, a.canonical_url, {AT} as at from articles a "
        f"join story_articles sa on sa.article_id = a.id "
        f"where a.status = 'kept' and {AT} >= ? and {AT} < ? order by at, a.id", [start, end],
    ).fetchall()
    by_story = defaultdict(list)
    for sid, aid, outlet, title, url, at in rows:
        by_story[sid].append({"id": aid, "outlet": outlet, "title": title, "url": url, "at": at})
    names = outlet_names(db) if by_story else {}
    candidates = {}
    for sid, articles in by_story.items():
        first = {}
        for a in articles:
            first.setdefault(a["outlet"], a)
        if len(first) < min_outlets:
            continue
        firsts = list(first.values())
        hours = (parse(firsts[min_outlets - 1]["at"]) - parse(firsts[0]["at"])).total_seconds() / 3600
        if hours <= within_hours:
            candidates[sid] = (hours, firsts, articles)
    named = mentioned(db, [a["id"] for _, _, arts in candidates.values() for a in arts], institutions or ())
    titles = story_titles(db, candidates)
    out = []
    for sid, (hours, firsts, articles) in candidates.items():
        inst = list(dict.fromkeys(i for a in articles for i in named.get(a["id"], [])))
        if institutions and not inst:
            continue
        out.append({
            "story_id": sid, "title": titles.get(sid) or firsts[0]["title"], "url": firsts[0]["url"],
            "first_at": firsts[0]["at"], "hours": round(hours, 1), "institutions": inst,
            "outlets": [{"outlet": a["outlet"], "name": names.get(a["outlet"], a["outlet"]), "title": a["title"],
                         "url": a["url"], "at": a["at"]} for a in firsts],
        })
    out.sort(key=lambda s: (s["hours"], -len(s["outlets"]), s["first_at"]))
    return out


# Figure conflicts across outlets ---------------------------------------------------------------
def conflicts(db, start: str, end: str, cache: dict | None = None) -> list[dict]:
    """Figure conflicts (pantau.store.stories.figure_conflicts) in stories with articles in
    [start, end), each with its story and, per value, the outlets' sentences and links.

    [{"story_id", "title", "metric", "as_of", "key", "values": [{"value", "text", "sources":
      [{"article_id", "outlet", "name", "title", "url", "sentence"}]}]}]
    """
    if not has_table(db, "story_articles") or not has_table(db, "figures"):
        return []
    story_ids = [sid for (sid,) in db.execute(
        f"select distinct sa.story_id from articles a join story_articles sa on sa.article_id = a.id "
        f"where a.status = 'kept' and {AT} >= ? and {AT} < ?", [start, end])]
    names = outlet_names(db) if story_ids else {}
    titles = story_titles(db, story_ids)
    out = []
    for sid, found in story_conflicts(db, story_ids, cache).items():
        for c in found:
            values = []
            for v in c["values"]:
                sources = [{**src, "name": names.get(src["outlet"], src["outlet"])} for src in v["sources"]]
                values.append({"value": v["value"], "text": sources[0]["text"], "sources": sources})
            key = "|".join([str(sid), " ".join(c["metric"].lower().split()), c["as_of"] or "",
                            c["qualifier"] or "", c["unit"] or ""])
            out.append({"story_id": sid, "title": titles.get(sid) or values[0]["sources"][0]["title"],
                        "metric": c["metric"], "as_of": c["as_of"], "key": key, "values": values})
    return out


# Tone toward the watched institutions ----------------------------------------------------------
def negative(db, start: str, end: str, outlets=None, institutions=None) -> list[dict]:
    """Articles in [start, end) whose tone toward a watched institution is negative, most
    negative first (table article_tone, written by `pantau analyze` when the tone stage runs).

    [{"article_id", "story_id", "title", "url", "outlet", "name", "at", "target", "score"}]
    """
    if not has_table(db, "article_tone"):
        return []
    story = "sa.story_id" if has_table(db, "story_articles") else "null"
    join = "left join story_articles sa on sa.article_id = a.id" if story != "null" else ""
    sql = (f"select a.id, {story}, a.title, a.canonical_url, a.outlet, coalesce(o.name, a.outlet), {AT} as at, "
           f"t.target, t.score from article_tone t join articles a on a.id = t.article_id "
           f"left join outlets o on o.id = a.outlet {join} "
           f"where a.status = 'kept' and t.tone = 'negative' and {AT} >= ? and {AT} < ?")
    params = [start, end]
    for column, values in (("a.outlet", outlets), ("t.target", institutions)):
        if values is not None:
            sql += f" and {column} in ({','.join('?' * len(values))})"
            params += list(values)
    keys = ("article_id", "story_id", "title", "url", "outlet", "name", "at", "target", "score")
    rows = [dict(zip(keys, r)) for r in db.execute(sql + " order by t.score, at", params)]
    return rows


def negative_stories(rows: list[dict]) -> list[dict]:
    """negative()'s articles grouped by story: [{"story_id", "title", "targets", "score" (the
    lowest), "articles": [{"name", "url", "title"}]}], most negative first."""
    groups: dict = {}
    for r in rows:
        key = r["story_id"] if r["story_id"] is not None else -r["article_id"]
        g = groups.setdefault(key, {"story_id": r["story_id"], "title": r["title"], "targets": [], "score": r["score"],
                                    "articles": [], "_seen": set()})
        if r["target"] not in g["targets"]:
            g["targets"].append(r["target"])
        g["score"] = min(g["score"], r["score"])
        if r["article_id"] not in g["_seen"]:
            g["_seen"].add(r["article_id"])
            g["articles"].append({"name": r["name"], "url": r["url"], "title": r["title"]})
    out = [{k: v for k, v in g.items() if k != "_seen"} for g in groups.values()]
    out.sort(key=lambda g: (g["score"], -len(g["articles"])))
    return out


# Figure checks inside one article ---------------------------------------------------------------
def figure_checks(db, start: str, end: str) -> list[dict]:
    """Figure checks (arithmetic, share, change, history) of articles in [start, end), as
    `pantau analyze` stored them in figure_checks.

    [{"id", "article_id", "kind", "figures", "stated", "expected", "sentence", "title", "url", "outlet", "name", "at",
      "against": {"sentence", "url", "name", "published"} (history checks: the earlier article) or None}]
    """
    if not has_table(db, "figure_checks"):
        return []
    history = "against_article_id" in {c.name for c in db["figure_checks"].columns}
    rows = db.execute(
        f"select c.*, a.title as article_title, a.canonical_url as article_url, a.outlet as article_outlet, "
        f"coalesce(o.name, a.outlet) as outlet_name, {AT} as article_at"
        + (", b.canonical_url as against_url, coalesce(bo.name, b.outlet) as against_name, b.published as against_published"
           if history else "")
        + " from figure_checks c join articles a on a.id = c.article_id left join outlets o on o.id = a.outlet "
        + ("left join articles b on b.id = c.against_article_id left join outlets bo on bo.id = b.outlet " if history else "")
        + f"where a.status = 'kept' and {AT} >= ? and {AT} < ? order by article_at, c.article_id", [start, end],
    )
    columns = [d[0] for d in rows.description]
    out = []
    for row in rows.fetchall():
        r = dict(zip(columns, row))
        figures = r.get("figures")
        try:
            figures = json.loads(figures) if isinstance(figures, str) else figures
        except ValueError:
            figures = [figures]
        out.append({"id": r.get("id"), "article_id": r["article_id"], "kind": r.get("kind"), "figures": figures or [],
                    "stated": r.get("stated"), "expected": r.get("expected"), "sentence": r.get("sentence"),
                    "title": r["article_title"], "url": r["article_url"], "outlet": r["article_outlet"],
                    "name": r["outlet_name"], "at": r["article_at"],
                    "against": {"sentence": r.get("against_sentence"), "url": r.get("against_url"),
                                "name": r.get("against_name"), "published": r.get("against_published")}
                    if r.get("against_article_id") else None})
    return out


# Volume against the same hour's baseline -----------------------------------------------------
def volume_spike(db, now: datetime, tz, factor: float, min_articles: int, baseline_days: int) -> dict | None:
    """Kept articles published in the current local hour so far, against the mean of the same
    hour on the previous `baseline_days` days (only days since the first stored article count,
    and at least three of them are needed). A spike when the count is at least `min_articles`
    and at least `factor` times the mean.

    {"hour": local start of the hour, "count", "baseline" (mean), "days"} or None.
    """
    local = now.astimezone(tz)
    hour = local.replace(minute=0, second=0, microsecond=0)
    count = db.execute(
        "select count(*) from articles where status = 'kept' and published_utc >= ? and published_utc < ?",
        [utc(hour), utc(now)],
    ).fetchone()[0]
    if count < min_articles:
        return None
    oldest = db.execute("select min(published_utc) from articles where status = 'kept'").fetchone()[0]
    if not oldest:
        return None
    counts = []
    for d in range(1, baseline_days + 1):
        start = hour - timedelta(days=d)
        if utc(start) < oldest[:13] + ":00:00Z":  # before the first stored hour: no baseline
            break
        counts.append(db.execute(
            "select count(*) from articles where status = 'kept' and published_utc >= ? and published_utc < ?",
            [utc(start), utc(start + timedelta(hours=1))],
        ).fetchone()[0])
    if len(counts) < 3:
        return None
    mean = sum(counts) / len(counts)
    if count >= factor * mean:
        return {"hour": hour, "count": count, "baseline": round(mean, 1), "days": len(counts)}
    return None


# The digest's section ----------------------------------------------------------------------
def for_digest(db, start: str, end: str, limit=5, conflicts_cache: dict | None = None) -> dict:
    """What the digest's "Perlu perhatian" section shows for [start, end): negative stories
    about the watched institutions, figure checks, figure conflicts across outlets, and the
    stories that spread fastest. "any" is False on a quiet day: then there is no section."""
    section = {
        "negative": negative_stories(negative(db, start, end))[:limit],
        "checks": figure_checks(db, start, end)[: 2 * limit],
        "conflicts": conflicts(db, start, end, conflicts_cache)[:limit],
        "spreading": spreading(db, start, end)[:3],
    }
    section["any"] = any(section.values())
    return section
