"""`pantau serve`: browse the database with Datasette, read-only, with facets and canned queries."""

import json
import os
import sys
import tempfile
from pathlib import Path

CANNED = {
    "todays_stories": {
        "title": "Stories of a day",
        "description": "One row per story with articles published on :day (YYYY-MM-DD, WIB; empty = today).",
        "sql": """select s.id as story, s.title, count(*) as articles,
  count(distinct a.outlet) as outlets, group_concat(distinct coalesce(o.name, a.outlet)) as outlet_names,
  min(a.published) as first_seen
from articles a
  join story_articles sa on sa.article_id = a.id
  join stories s on s.id = sa.story_id
  left join outlets o on o.id = a.outlet
where a.status = 'kept'
  and date(a.published_utc, '+7 hours') = coalesce(nullif(:day, ''), date('now', '+7 hours'))
group by s.id
order by outlets desc, articles desc""",
    },
    "figures_for_metric": {
        "title": "Figures for a metric over time",
        "description": "Every figure whose metric contains :metric (e.g. peserta aktif, klaim JHT), oldest first.",
        "sql": """select a.published, coalesce(o.name, a.outlet) as outlet, f.text, f.value, f.kind, f.unit, f.qualifier,
  f.as_of, f.metric, a.title, a.canonical_url
from figures f
  join articles a on a.id = f.article_id
  left join outlets o on o.id = a.outlet
where a.status = 'kept' and f.metric like '%' || :metric || '%'
order by a.published_utc""",
    },
    "quotes_by_person": {
        "title": "Quotes by a person",
        "description": "What :speaker (any part of the name) said, newest first.",
        "sql": """select a.published, q.speaker, q.kind, q.text, coalesce(o.name, a.outlet) as outlet, a.title, a.canonical_url
from quotes q
  join articles a on a.id = q.article_id
  left join outlets o on o.id = a.outlet
where q.speaker like '%' || :speaker || '%'
order by a.published_utc desc""",
    },
    "alerts_sent": {
        "title": "Alerts and where they went",
        "description": "What pantau watch raised since :since (YYYY-MM-DD, UTC; empty = everything), newest first, "
                       "with each channel's delivery: sent (and when), pending, or failed (and why).",
        "sql": """select a.id, a.raised_at, a.rule, a.title, a.text, a.url, a.held_until,
  group_concat(d.channel || ': ' || d.status || coalesce(' ' || d.sent_at, '')
    || case when d.status != 'sent' and d.last_error is not null then ' (' || d.last_error || ')' else '' end, '; ') as deliveries
from alerts a
  left join alert_deliveries d on d.alert_id = a.id
where a.raised_at >= coalesce(nullif(:since, ''), '0')
group by a.id
order by a.id desc""",
    },
}


def metadata(db_path: Path) -> dict:
    return {
        "title": "Pantau",
        "description": "News about social security: articles, figures, people, quotes, stories and alerts.",
        "databases": {
            Path(db_path).stem: {
                "tables": {
                    "articles": {"facets": ["outlet", "status", "lang", {"date": "published_utc"}],
                                 "sort_desc": "published_utc", "fts_table": "articles_fts", "fts_pk": "id"},
                    "entities": {"facets": ["label", "canonical"]},
                    "figures": {"facets": ["kind", "qualifier", "metric"]},
                    "quotes": {"facets": ["speaker", "kind", "tone"]},
                    "article_tone": {"facets": ["target", "tone"]},
                    "people": {"facets": ["organisation", "role"]},
                    "health": {"facets": ["outlet"], "sort_desc": "run_id"},
                    "fetch_errors": {"facets": ["outlet", "kind", "status"], "sort_desc": "id"},
                    "alerts": {"facets": ["rule"], "sort_desc": "id"},
                    "alert_deliveries": {"facets": ["channel", "status"]},
                },
                "queries": CANNED,
            }
        },
    }


def serve(db_path, host="127.0.0.1", port=8001):
    """Replace this process with Datasette (signals and Ctrl-C then go straight to it)."""
    db_path = Path(db_path)
    if not db_path.exists():
        raise FileNotFoundError(f"database not found: {db_path}")
    meta = Path(tempfile.mkdtemp(prefix="pantau-serve-")) / "metadata.json"
    meta.write_text(json.dumps(metadata(db_path), ensure_ascii=False, indent=2), encoding="utf-8")
    exe = str(Path(sys.executable).with_name("datasette"))
    args = [exe, "serve", str(db_path), "--metadata", str(meta), "--host", host, "--port", str(port),
            "--setting", "sql_time_limit_ms", "3000", "--setting", "default_page_size", "50"]
    sys.stdout.flush()
    os.execv(exe, args)
