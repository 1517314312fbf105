"""The alert rules `pantau watch` applies after each pass: plain functions of the database, the
[watch] settings and the time, each giving alerts as dicts {"key", "rule", "title", "text",
"url", "detail"}. The key says what an alert is about, so the same finding on the next pass is
not raised again (pantau/store/alerts.py).

- spread: a story naming a watched institution picked up by `min_outlets` outlets within
  `within_hours`;
- negative: an article with a negative tone toward a watched institution in a priority outlet
  (once per story and institution);
- spike: more articles this hour than `spike_factor` × the same hour's mean of past days;
- figure_check: a figure in an article that does not add up (`pantau analyze`'s checks);
- conflict: outlets in one story printing different values for the same figure.

Rules look back `within_hours` only: a first pass over a database with years in it raises
what is recent, not everything ever stored.
"""

from datetime import datetime, timedelta

from .reports import attention
from .reports.digest import all_labels

# Published times a little ahead of the clock (a site's wrong offset) still count as now.
CLOCK_SLACK = timedelta(minutes=15)


def evaluate(db, watch, now: datetime, tz, lang="id") -> list[dict]:
    """Every alert the rules find now (known keys included: storing them decides what is new)."""
    L = all_labels()[lang]["alert"]
    start = attention.utc(now - timedelta(hours=watch.within_hours))
    end = attention.utc(now + CLOCK_SLACK)
    alerts = []
    for s in attention.spreading(db, start, end, watch.min_outlets, watch.within_hours, watch.institutions):
        names = [o["name"] for o in s["outlets"]]
        alerts.append({
            "key": f"spread:story:{s['story_id']}", "rule": "spread", "url": s["url"],
            "title": L["spread_title"].format(title=s["title"]),
            "text": L["spread_text"].format(n=len(names), hours=attention.hours_text(s["hours"], lang), outlets=", ".join(names),
                                            institutions=", ".join(s["institutions"])),
            "detail": s,
        })
    outlets = watch.priority_outlets or None  # none listed: every outlet counts
    for g in attention.negative_stories(attention.negative(db, start, end, outlets, watch.institutions)):
        for target in g["targets"]:
            story = g["story_id"] if g["story_id"] is not None else f"article-{g['articles'][0]['url']}"
            alerts.append({
                "key": f"negative:{story}:{target}", "rule": "negative", "url": g["articles"][0]["url"],
                "title": L["negative_title"].format(target=target, title=g["title"]),
                "text": L["negative_text"].format(outlets=", ".join(a["name"] for a in g["articles"]), title=g["title"],
                                                  score=attention.decimal_text(round(g["score"], 2), lang)),
                "detail": g,
            })
    spike = attention.volume_spike(db, now, tz, watch.spike_factor, watch.spike_min_articles, watch.baseline_days)
    if spike:
        hour = spike["hour"]
        alerts.append({
            "key": f"spike:{hour.strftime('%Y-%m-%dT%H')}", "rule": "spike", "url": None,
            "title": L["spike_title"].format(n=spike["count"], hour=hour.strftime("%H:%M"), tz=hour.strftime("%Z")),
            "text": L["spike_text"].format(n=spike["count"], baseline=f"{spike['baseline']:g}", days=spike["days"]),
            "detail": {**spike, "hour": hour.isoformat()},
        })
    for c in attention.figure_checks(db, start, end):
        alerts.append({
            "key": f"check:{c['url']}:{c['kind']}:{c['stated']}:{c['expected']}", "rule": "figure_check", "url": c["url"],
            "title": L["check_title"].format(outlet=c["name"], title=c["title"]),
            "text": L["history_text" if c["kind"] == "history" else "check_text"].format(sentence=c["sentence"] or "", stated=attention.amount(c["stated"], lang),
                                           expected=attention.amount(c["expected"], lang), kind=L["kinds"].get(c["kind"], c["kind"])),
            "detail": c,
        })
    for c in attention.conflicts(db, start, end):
        sides = [f"{v['text']} ({', '.join(dict.fromkeys(s['name'] for s in v['sources']))})" for v in c["values"]]
        alerts.append({
            "key": f"conflict:{c['key']}", "rule": "conflict", "url": c["values"][0]["sources"][0]["url"],
            "title": L["conflict_title"].format(metric=c["metric"], title=c["title"]),
            "text": L["conflict_text"].format(values=" vs ".join(sides), title=c["title"]),
            "detail": c,
        })
    return alerts

