"""Figures against what Pantau stored before (issue 15): the part of the figure checks that needs
the database, so it lives here and not in the pure nlp package. `pantau analyze` calls
`add_history_checks` for each article before saving its results.

A figure is compared with earlier figures of the same metric (as the analysis wrote it), kind,
currency and unit about the same institution (figures.institution: an organisation named in its
sentence, else the article's only one), from other articles published before it:

- an order of magnitude: a value eight or more times (or an eighth or less of) every value at
  least two earlier articles agreed on (within a factor of three of each other), same qualifier
  and period ("per bulan"), as of dates at most a quarter apart (or both undated);
- a target below a value already reached: a target for a year under the largest value reached
  in that year, as at least two earlier articles reported it.

Consensus of two articles keeps one earlier misreading from raising alarms. Only a metric of two
or more words is compared ("dana kelolaan", "peserta aktif"; "kasus" or "klaim" alone may count
anything), and only figures whose sentences name no region or part (history.toml; "di" and a
PLACE other than Indonesia): a province's claims are not the nation's. A range or a figure in the headline
is never checked, and an approximate target never counts as below.
"""

import re
import tomllib
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from statistics import median

ORDER_OF_MAGNITUDE = Decimal(8)  # a slipped decimal comma is 10×; a quarter's growth is never this
NEAR_DAYS = 92  # earlier values as of at most a quarter apart are the same quantity
AGREEMENT = Decimal(3)
RECENT = 50  # earlier figures looked at, newest first


def institutions(result: dict) -> list[str | None]:
    """For each figure of an analysis result, the organisation it is about (canonical name):
    the ORG entity named in its sentence nearest before it (else after it), else the article's
    only organisation, else None."""
    orgs = [e for e in result.get("entities") or [] if e.get("label") == "ORG" and e.get("canonical")]
    only = {e["canonical"] for e in orgs}
    fallback = next(iter(only)) if len(only) == 1 else None
    out = []
    for f in result.get("figures") or []:
        sentence = f.get("sentence") or ""
        start = (f.get("start") or 0) - max(0, sentence.find(f.get("text") or ""))
        inside = [e for e in orgs if start <= (e.get("start") or -1) and (e.get("end") or 0) <= start + len(sentence)]
        before = [e for e in inside if e["end"] <= (f.get("start") or 0)]
        pick = (before[-1] if before else inside[0]) if inside else None
        out.append(pick["canonical"] if pick else fallback)
    return out


@lru_cache(maxsize=1)
def _regional() -> re.Pattern:
    words = tomllib.loads(Path(__file__).with_name("history.toml").read_text(encoding="utf-8"))["regional"]
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b", re.I)


def _national(sentence: str | None) -> bool:
    return not _regional().search(sentence or "")


def _places(result: dict, text: str) -> list[tuple[int, int]]:
    """Places a figure is "in" ("di Jawa Barat"), not datelines ("Jakarta –")."""
    return [(e.get("start") or 0, e.get("end") or 0) for e in result.get("entities") or []
            if e.get("label") == "PLACE" and e.get("canonical") not in (None, "Indonesia")
            and text[max(0, (e.get("start") or 0) - 3):e.get("start") or 0].lower() == "di "]


def add_history_checks(db, article_id: int, result: dict) -> dict:
    """Fill in each figure's institution and append the history checks to result["checks"]."""
    figures = result.get("figures") or []
    for f, institution in zip(figures, institutions(result)):
        f["institution"] = institution
    published = _published(db, article_id)
    title_end = len(result.get("title") or "")
    checks = list(result.get("checks") or [])
    places = _places(result, _text(db, article_id, result))
    for f in figures:
        sentence = f.get("sentence") or ""
        s_start = (f.get("start") or 0) - max(0, sentence.find(f.get("text") or ""))
        if any(s_start <= start and end <= s_start + len(sentence) for start, end in places):
            continue  # "di Jawa Barat": a region's figure
        if _checkable(f, title_end):
            checks.extend(_against_history(db, article_id, published, f))
    result["checks"] = checks
    return result


def _text(db, article_id, result) -> str:
    """The text the analysis offsets point into: title, blank line, body (nlp.pipeline)."""
    row = db.execute("select text from articles where id = ?", [article_id]).fetchone()
    title = (result.get("title") or "").strip()
    body = (row[0] if row else "") or ""
    return f"{title}\n\n{body}" if title else body


def _published(db, article_id):
    row = db.execute("select published_utc from articles where id = ?", [article_id]).fetchone()
    return row[0] if row and row[0] else None


def _checkable(f: dict, title_end: int) -> bool:
    return bool(f.get("institution") and len((f.get("metric") or "").split()) >= 2 and _national(f.get("sentence"))
                and f.get("kind") in ("count", "money")
                and f.get("value_max") is None and f.get("qualifier") in ("actual", "target")
                and (f.get("start") or 0) >= title_end and _decimal(f.get("value")))


def _decimal(value) -> Decimal | None:
    try:
        d = Decimal(str(value))
    except (InvalidOperation, TypeError, ValueError):
        return None
    return d if d > 0 else None


def _earlier(db, article_id, published, f) -> list[dict]:
    if published is None:
        return []
    rows = db.execute(
        "select f.value, f.text, f.qualifier, f.as_of, f.sentence, f.approx, f.per, a.id from figures f "
        "join articles a on a.id = f.article_id "
        "where f.metric = ? and f.institution = ? and f.kind = ? and coalesce(f.currency, '') = ? "
        "and coalesce(f.unit, '') = ? and f.value_max is null and a.id != ? and a.status = 'kept' "
        "and a.published_utc < ? order by a.published_utc desc limit ?",
        [f["metric"], f["institution"], f["kind"], f.get("currency") or "", f.get("unit") or "", article_id,
         published, RECENT],
    ).fetchall()
    keys = ("value", "text", "qualifier", "as_of", "sentence", "approx", "per", "article_id")
    out = []
    for row in rows:
        r = dict(zip(keys, row))
        r["value"] = _decimal(r["value"])
        if r["value"] is not None and _national(r["sentence"]):
            out.append(r)
    return out


def _against_history(db, article_id, published, f) -> list[dict]:
    earlier = _earlier(db, article_id, published, f)
    value = _decimal(f["value"])
    found = []
    same = [e for e in earlier if e["qualifier"] == f["qualifier"] and e["per"] == f.get("per")
            and _near(e["as_of"], f.get("as_of"))]
    if len({e["article_id"] for e in same}) >= 2:
        values = [e["value"] for e in same]
        if max(values) <= min(values) * AGREEMENT:
            typical = Decimal(str(median(values)))
            if value >= max(values) * ORDER_OF_MAGNITUDE or value * ORDER_OF_MAGNITUDE <= min(values):
                nearest = min(same, key=lambda e: abs(e["value"] - typical))
                found.append(_check(f, value, typical, nearest))
    if f["qualifier"] == "target" and f.get("as_of"):
        year = f["as_of"][:4]
        reached = [e for e in earlier if e["qualifier"] == "actual" and (e["as_of"] or "")[:4] == year
                   and not e["approx"]]
        if len({e["article_id"] for e in reached}) >= 2:
            top = max(reached, key=lambda e: e["value"])
            agreeing = {e["article_id"] for e in reached if e["value"] == top["value"]}
            if len(agreeing) >= 2 and value < top["value"] and not f.get("approx"):
                found.append(_check(f, value, top["value"], top))
    return found


def _near(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return not a and not b
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days) <= NEAR_DAYS
    except ValueError:
        return False


def _check(f: dict, stated: Decimal, expected: Decimal, against: dict) -> dict:
    return {"kind": "history", "figures": [f["text"], against["text"]], "stated": stated,
            "expected": expected.normalize() if expected != expected.to_integral() else expected.quantize(Decimal(1)),
            "sentence": f.get("sentence"), "metric": f["metric"], "institution": f["institution"],
            "against_article_id": against["article_id"], "against_sentence": against["sentence"]}
