"""The questions a digest asks the database. Every query is bounded by the digest's period and
served by an index (articles: status + published_utc; figures/entities/quotes: article_id)."""

import json
import tomllib
from collections import Counter, defaultdict
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo

WIB = ZoneInfo("Asia/Jakarta")
UTC_FMT = "%Y-%m-%dT%H:%M:%SZ"
KEPT_IN_PERIOD = "a.status = 'kept' and a.published_utc >= :start and a.published_utc < :end"
MENTION_LABELS = ("ORG", "PROGRAM", "APP", "CAMPAIGN", "SEGMENT")


def utc_bounds(first: date, last: date) -> dict:
    """UTC instants bounding local (WIB) days first..last inclusive, as published_utc compares."""
    start = datetime.combine(first, time.min, WIB).astimezone(timezone.utc)
    end = datetime.combine(last + timedelta(days=1), time.min, WIB).astimezone(timezone.utc)
    return {"start": start.strftime(UTC_FMT), "end": end.strftime(UTC_FMT)}


def has_table(db, name) -> bool:
    return db.execute("select 1 from sqlite_master where type = 'table' and name = ?", [name]).fetchone() is not None


def headline(db, first: date, last: date) -> dict:
    bounds = utc_bounds(first, last)
    total = db.execute(f"select count(*) from articles a where {KEPT_IN_PERIOD}", bounds).fetchone()[0]
    before = utc_bounds(first - timedelta(days=7), first - timedelta(days=1))
    week = db.execute(f"select count(*) from articles a where {KEPT_IN_PERIOD}", before).fetchone()[0]
    by_outlet = db.execute(
        f"select coalesce(o.name, a.outlet, '?'), count(*) from articles a left join outlets o on o.id = a.outlet "
        f"where {KEPT_IN_PERIOD} group by 1 order by 2 desc, 1", bounds,
    ).fetchall()
    by_topic = []
    if has_table(db, "entities"):
        by_topic = db.execute(
            f"select e.canonical, count(distinct a.id) from articles a join entities e on e.article_id = a.id "
            f"where {KEPT_IN_PERIOD} and e.label = 'PROGRAM' and e.canonical is not null "
            f"group by 1 order by 2 desc, 1 limit 8", bounds,
        ).fetchall()
    return {"total": total, "avg7": round(week / 7, 1), "by_outlet": by_outlet, "by_topic": by_topic}


def period_articles(db, first: date, last: date) -> list[dict]:
    """The period's kept articles with their story (an article without a story is its own)."""
    bounds = utc_bounds(first, last)
    join = "left join story_articles sa on sa.article_id = a.id" if has_table(db, "story_articles") else ""
    story = "sa.story_id" if join else "null"
    rows = db.execute(
        f"select a.id, a.title, a.canonical_url, a.published, a.outlet, coalesce(o.name, a.outlet), {story} "
        f"from articles a left join outlets o on o.id = a.outlet {join} "
        f"where {KEPT_IN_PERIOD} order by a.published_utc", bounds,
    ).fetchall()
    keys = ("id", "title", "url", "published", "outlet", "outlet_name", "story_id")
    return [dict(zip(keys, r)) for r in rows]


def stories(db, articles: list[dict]) -> list[dict]:
    """One entry per story, most outlets first."""
    groups = defaultdict(list)
    for a in articles:
        groups[a["story_id"] if a["story_id"] is not None else -a["id"]].append(a)
    titles = {}
    if has_table(db, "stories") and groups:
        ids = [k for k in groups if k > 0]
        for sid, title, first in _in(db, "select id, title, first_published from stories where id in ({})", ids):
            titles[sid] = (title, first)
    result = []
    for key, items in groups.items():
        items.sort(key=lambda a: a["published"] or "")
        outlets = list(dict.fromkeys(a["outlet_name"] for a in items))
        title, first = titles.get(key, (None, None))
        result.append({
            "key": key, "title": title or items[0]["title"], "articles": items, "outlets": outlets,
            "first_seen": first or items[0]["published"], "lead_id": items[0]["id"],
        })
    result.sort(key=lambda s: (-len(s["outlets"]), -len(s["articles"]), s["first_seen"] or ""))
    return result


def summaries(db, article_ids: list[int]) -> dict[int, list[str]]:
    found = {}
    if has_table(db, "summaries"):
        for aid, sentences in _in(db, "select article_id, sentences from summaries where article_id in ({})", article_ids):
            found[aid] = json.loads(sentences)
    missing = [a for a in article_ids if a not in found]
    for aid, text in _in(db, "select id, text from articles where id in ({})", missing):
        found[aid] = [first_paragraph(text)]
    return found


def first_paragraph(text: str, limit=320) -> str:
    para = (text or "").strip().split("\n\n", 1)[0].strip()
    return para if len(para) <= limit else para[:limit].rsplit(" ", 1)[0] + "…"


def _in(db, sql, ids):
    ids = list(ids)
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        yield from db.execute(sql.format(",".join("?" * len(chunk))), chunk)


def _decimal(value):
    try:
        return Decimal(value).normalize()
    except (InvalidOperation, TypeError):
        return value


def figures(db, first: date, last: date, story_of: dict[int, int], limit=20,
            conflicts: dict | None = None) -> tuple[list[dict], int]:
    """Key figures: each value once per story (a headline and its body, or several outlets, print
    it several times), with the outlets that printed it, marked when their story has a figure
    conflict about it (pantau.store.stories decides what a conflict is: same metric and as-of
    date, different values, across articles). A figure whose metric the analysis could not name,
    and durations and ages, are left out; figures about the watched institutions and programmes (key_figures.toml) come
    first. `conflicts` caches story conflicts for the digest's other sections."""
    if not has_table(db, "figures"):
        return [], 0
    rows = db.execute(
        "select f.text, f.value, f.value_max, f.kind, f.currency, f.unit, f.per, f.approx, f.qualifier, f.metric, "
        "f.as_of, f.sentence, f.start, length(coalesce(a.title, '')), a.id, coalesce(o.name, a.outlet), a.canonical_url "
        "from articles a join figures f on f.article_id = a.id left join outlets o on o.id = a.outlet "
        f"where {KEPT_IN_PERIOD} order by a.published_utc, a.id, f.start",
        utc_bounds(first, last),
    ).fetchall()
    keys = ("text", "value", "value_max", "kind", "currency", "unit", "per", "approx", "qualifier", "metric", "as_of",
            "sentence", "start", "title_len", "article_id", "outlet", "url")
    mentions = [dict(zip(keys, r)) for r in rows]
    disputed = _disputed(db, {story_of[m["article_id"]] for m in mentions if story_of.get(m["article_id"], -1) > 0},
                         conflicts)
    about = _about_watched(db, {m["article_id"] for m in mentions})
    by_value: dict[tuple, list[dict]] = {}
    leave_out = key_figure_settings()["leave_out_units"]
    mentions = [m for m in mentions if not (m["kind"] == "other" and (m["unit"] or "").lower() in leave_out)]
    for m in mentions:
        m["in_title"] = (m["start"] or 0) < m["title_len"]
        m["watched"] = about(m)
        story = story_of.get(m["article_id"], -m["article_id"])
        by_value.setdefault((story, m["kind"], m["currency"], _decimal(m["value"]), _decimal(m["value_max"])), []).append(m)
    merged: dict[tuple, dict] = {}
    for group in map(_key_figure, by_value.values()):
        if group is None:
            continue
        # the same figure in stories the clustering kept apart: still one line
        same = (group["kind"], group["currency"], _decimal(group["value"]), _decimal(group["value_max"]),
                " ".join(group["metric"].lower().split()), group["as_of"], group["qualifier"])
        if same in merged:
            kept = merged[same]
            for src in group["sources"]:
                if src["article_id"] not in {s["article_id"] for s in kept["sources"]}:
                    kept["sources"].append(src)
            kept["watched"] = max(kept["watched"], group["watched"])
        else:
            merged[same] = group
    for g in merged.values():
        g["conflict"] = any((src["article_id"], _decimal(g["value"]), m_as_of) in disputed
                            for src in g["sources"] for m_as_of in src["as_of"])
    ordered = sorted(merged.values(), key=_figure_rank)
    for g in ordered:
        g["outlets"] = list(dict.fromkeys(src["outlet"] for src in g["sources"]))
    return ordered[:limit], max(0, len(ordered) - limit)


def _key_figure(mentions: list[dict]) -> dict | None:
    """One line for the mentions of one value in one story: shown as the body prints it (the
    headline's Title Case is not how a reader quotes a figure), with the metric most mentions
    give, and every article that printed it. None when no mention names what is measured."""
    named = [m for m in mentions if m["metric"]]
    if not named:
        return None
    metric = Counter(" ".join(m["metric"].split()) for m in named).most_common(1)[0][0]
    best = min(named, key=lambda m: (" ".join(m["metric"].split()) != metric, m["in_title"], m["qualifier"] is None,
                                     m["as_of"] is None))
    sources: dict[int, dict] = {}
    for m in mentions:
        src = sources.setdefault(m["article_id"], {"article_id": m["article_id"], "outlet": m["outlet"], "url": m["url"],
                                                   "as_of": set()})
        src["as_of"].add(m["as_of"])
    return {"text": best["text"], "value": best["value"], "value_max": best["value_max"], "metric": best["metric"],
            "as_of": best["as_of"], "qualifier": best["qualifier"], "kind": best["kind"], "currency": best["currency"],
            "approx": bool(best["approx"]), "sentence": best["sentence"], "sources": list(sources.values()),
            "watched": max(m["watched"] for m in mentions), "conflict": False}


def _about_watched(db, article_ids):
    """A function telling how closely a figure mention is about a watched institution or
    programme: 2 when its sentence names one, 1 when its article's title does, else 0."""
    watched = key_figure_settings()
    spans: dict[int, list[tuple[int, int]]] = defaultdict(list)
    if has_table(db, "entities") and article_ids:
        for aid, start, end, label, canonical in _in(
                db, "select article_id, start, end, label, canonical from entities where article_id in ({})", article_ids):
            if label in watched["labels"] or canonical in watched["institutions"]:
                spans[aid].append((start or 0, end or 0))

    def about(m) -> int:
        found = spans.get(m["article_id"], ())
        sentence = m["sentence"] or ""
        offset = max(0, sentence.find(m["text"] or ""))
        s_start = (m["start"] or 0) - offset
        s_end = s_start + len(sentence)
        if any(s_start <= start and end <= s_end for start, end in found):
            return 2
        return 1 if any(end <= m["title_len"] for _, end in found) else 0

    return about


@lru_cache(maxsize=1)
def key_figure_settings() -> dict:
    data = tomllib.loads((Path(__file__).with_name("key_figures.toml")).read_text(encoding="utf-8"))
    return {"institutions": set(data["institutions"]), "labels": set(data["labels"]),
            "leave_out_units": set(data.get("leave_out_units", []))}


def story_conflicts(db, story_ids, cache: dict | None = None) -> dict[int, list[dict]]:
    """{story id: its figure conflicts (pantau.store.stories.figure_conflicts)}. Stories of one
    article are skipped (an article never disagrees with itself); `cache` keeps what was found
    for the other sections of the same digest."""
    cache = {} if cache is None else cache
    todo = [sid for sid in story_ids if sid not in cache]
    if todo and has_table(db, "stories"):
        from pantau.store.stories import figure_conflicts

        several = {sid for (sid,) in _in(db, "select id from stories where id in ({}) and n_articles > 1", todo)}
        for sid in todo:
            cache[sid] = figure_conflicts(db, sid) if sid in several else []
    return {sid: cache.get(sid, []) for sid in story_ids}


def _disputed(db, story_ids, cache: dict | None = None) -> set[tuple]:
    """(article id, value, as-of) of every figure involved in a conflict in these stories."""
    if not story_ids or not has_table(db, "story_articles"):
        return set()
    found = set()
    for sid, found_conflicts in story_conflicts(db, story_ids, cache).items():
        for conflict in found_conflicts:
            for v in conflict["values"]:
                for src in v["sources"]:
                    found.add((src["article_id"], _decimal(v["value"]), conflict["as_of"]))
    return found


KIND_RANK = {"money": 0, "count": 1, "percent": 2, "other": 3}
QUALIFIER_RANK = {"target": 0, "actual": 0, "change": 1, "minimum": 1}


def _figure_rank(g):
    """What a reader wants first: disagreements, then figures about the watched institutions and
    programmes, then figures several outlets printed, then targets and realisations, money and
    counts before percentages, big before small. A count under ten ("tiga laporan", "2 anak") is
    detail, not a key figure: it comes last."""
    value = _decimal(g["value"]) if "value" in g else None
    magnitude = -float(value) if isinstance(value, Decimal) else 0.0
    detail = g["kind"] == "count" and isinstance(value, Decimal) and value < 10
    return (not g["conflict"], detail, -g.get("watched", 0), -len(g["sources"]), QUALIFIER_RANK.get(g["qualifier"], 2),
            KIND_RANK.get(g["kind"], 3), magnitude, g["metric"])


def spokespeople(db, first: date, last: date, limit=10) -> tuple[list[dict], int]:
    if not has_table(db, "quotes"):
        return [], 0
    bounds = utc_bounds(first, last)
    roles = defaultdict(Counter)
    for name, role, org in db.execute(
        f"select p.name, p.role, p.organisation from articles a join people p on p.article_id = a.id where {KEPT_IN_PERIOD}",
        bounds,
    ):
        roles[name][(role, org)] += 1
    speakers: dict[str, dict] = {}
    for speaker, text, kind, aid, outlet, url in db.execute(
        "select q.speaker, q.text, q.kind, a.id, coalesce(o.name, a.outlet), a.canonical_url "
        "from articles a join quotes q on q.article_id = a.id left join outlets o on o.id = a.outlet "
        f"where {KEPT_IN_PERIOD} and q.speaker is not null and q.speaker != '' order by a.published_utc", bounds,
    ):
        s = speakers.setdefault(speaker, {"name": speaker, "quotes": [], "articles": set(), "count": 0})
        s["count"] += 1
        s["articles"].add(aid)
        s["quotes"].append({"text": text, "kind": kind, "outlet": outlet, "url": url})
    result = []
    for s in speakers.values():
        (role, org), _ = roles[s["name"]].most_common(1)[0] if roles[s["name"]] else ((None, None), 0)
        # direct quotes first, then the longest indirect ones; at most two, from different articles
        picked, seen_urls = [], set()
        for q in sorted(s["quotes"], key=lambda q: (q["kind"] != "direct", -len(q["text"] or ""))):
            if q["url"] not in seen_urls and q["text"]:
                picked.append(q)
                seen_urls.add(q["url"])
            if len(picked) == 2:
                break
        result.append({"name": s["name"], "role": role, "organisation": org, "count": s["count"],
                       "n_articles": len(s["articles"]), "quotes": picked})
    result.sort(key=lambda s: (-s["n_articles"], -s["count"], s["name"]))
    return result[:limit], max(0, len(result) - limit)


def mentions(db, first: date, last: date, limit=15) -> list[tuple]:
    if not has_table(db, "entities"):
        return []
    marks = ",".join("?" * len(MENTION_LABELS))
    bounds = utc_bounds(first, last)
    return db.execute(
        f"select e.canonical, e.label, count(distinct a.id) from articles a join entities e on e.article_id = a.id "
        f"where a.status = 'kept' and a.published_utc >= ? and a.published_utc < ? and e.label in ({marks}) "
        f"and e.canonical is not null group by 1, 2 order by 3 desc, 1 limit ?",
        [bounds["start"], bounds["end"], *MENTION_LABELS, limit],
    ).fetchall()


def volume(db, last: date, days=30) -> list[tuple[date, int]]:
    first = last - timedelta(days=days - 1)
    counts = dict(db.execute(
        f"select date(a.published_utc, '+7 hours'), count(*) from articles a where {KEPT_IN_PERIOD} group by 1",
        utc_bounds(first, last),
    ).fetchall())
    return [(d, counts.get(d.isoformat(), 0)) for d in (first + timedelta(days=i) for i in range(days))]
