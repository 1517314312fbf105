"""Extraction quality on real Indonesian article pages: Pantau beside trafilatura alone and
newspaper4k, in the same run, on ../shared/data/pages (gold: title, local date, author, body).

    python bench/extract_real.py [--pages DIR] [--markdown]

Scores (as issue 13 defines them):
- title: exact match after whitespace normalisation;
- date: the same local calendar day as the page shows (the date part of what each tool returns:
  a tool that converts to UTC and lands on another day is wrong, as a reader would see it);
- author: the same person(s), in any order, case-insensitive;
- body: token F1 (precision and recall over word tokens, as a bag), as the Zyte
  article-extraction benchmark computes it.

newspaper4k is a benchmark-only extra (`pip install '.[bench]'`); without it its column is
left out. The pages are the outlets' copyright and stay in ../shared/data: nothing is copied.
"""

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter, defaultdict
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# ../shared beside the repository; a git worktree one level deeper finds the same folder.
DEFAULT_PAGES = next(
    (p for p in (ROOT.parent / "shared" / "data" / "pages", ROOT.parent.parent / "shared" / "data" / "pages")
     if p.is_dir()),
    ROOT.parent / "shared" / "data" / "pages",
)
TOKEN_RE = re.compile(r"\w+", re.UNICODE)
FIELDS = ("title", "date", "author", "body_f1")


def norm_space(text: str | None) -> str:
    return " ".join((text or "").split())


def tokens(text: str | None) -> list[str]:
    return TOKEN_RE.findall((text or "").lower())


def token_prf(predicted: str | None, gold: str) -> tuple[float, float, float]:
    pred, ref = Counter(tokens(predicted)), Counter(tokens(gold))
    common = sum((pred & ref).values())
    if not common:
        return 0.0, 0.0, 0.0
    p, r = common / sum(pred.values()), common / sum(ref.values())
    return p, r, 2 * p * r / (p + r)


def people(value) -> set[str]:
    """A byline as a set of names: "A, B", "A dan B", "A & B", a list, or None."""
    if not value:
        return set()
    if isinstance(value, (list, tuple)):
        value = ", ".join(str(v) for v in value)
    parts = re.split(r"\s*(?:,|;|&|\band\b|\bdan\b)\s*", str(value))
    return {norm_space(p).lower() for p in parts if norm_space(p)}


def day_of(value) -> date | None:
    """The calendar day a tool's date says, as written (no conversion to another zone)."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", str(value))
    return date(int(m[1]), int(m[2]), int(m[3])) if m else None


def score(result: dict, gold: dict) -> dict:
    _, _, f1 = token_prf(result.get("text"), gold["articleBody"])
    return {
        "title": float(norm_space(result.get("title")) == norm_space(gold["title"])),
        "date": float(day_of(result.get("published")) == date.fromisoformat(gold["published"])),
        "author": float(people(result.get("author")) == people(gold.get("author"))),
        "body_f1": f1,
    }


# --- the tools ----------------------------------------------------------------------------------
def run_pantau(html: bytes, url: str | None) -> dict:
    from pantau.crawler.extract import extract_article

    return extract_article(html, url)


def run_trafilatura(html: bytes, url: str | None) -> dict:
    import trafilatura

    doc = trafilatura.bare_extraction(html.decode("utf-8", "replace"), url=url, with_metadata=True)
    if doc is None:
        return {}
    doc = doc.as_dict() if hasattr(doc, "as_dict") else doc
    return {"title": doc.get("title"), "published": doc.get("date"), "author": doc.get("author"),
            "text": doc.get("text")}


def run_newspaper(html: bytes, url: str | None) -> dict:
    import newspaper

    article = newspaper.Article(url or "http://example.invalid/")
    article.download(input_html=html.decode("utf-8", "replace"))
    article.parse()
    return {"title": article.title, "published": article.publish_date, "author": article.authors,
            "text": article.text}


def tools() -> dict:
    found = {"pantau": run_pantau, "trafilatura": run_trafilatura}
    try:
        import newspaper  # noqa: F401
        found["newspaper4k"] = run_newspaper
    except ImportError:
        print("newspaper4k not installed (pip install '.[bench]'): its column is left out", file=sys.stderr)
    return found


def load_gold(pages_dir: Path) -> list[dict]:
    with open(pages_dir / "gold.jsonl", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def page_bytes(pages_dir: Path, page_id: str) -> bytes:
    """A page's bytes: `html/ID.html.gz` (the real pages, stored as saved) or `html/ID.html`
    (the fixture pages in tests/data/holdout, written by hand in real templates' shapes)."""
    gz = pages_dir / "html" / f"{page_id}.html.gz"
    if gz.exists():
        return gzip.decompress(gz.read_bytes())
    return (pages_dir / "html" / f"{page_id}.html").read_bytes()


def evaluate(pages_dir: Path = DEFAULT_PAGES, which: dict | None = None) -> dict:
    """{"pages": n, "tools": {tool: {"total": {field: mean}, "outlets": {outlet: {...}}, "ms": ..}},
    "rows": [(id, outlet, tool, scores, result)]}."""
    which = which or tools()
    gold = load_gold(pages_dir)
    per = {t: defaultdict(list) for t in which}
    rows, elapsed = [], Counter()
    first = page_bytes(pages_dir, gold[0]["id"]) if gold else b""
    for fn in which.values():  # imports and caches load outside the timing
        try:
            fn(first, gold[0].get("url"))
        except Exception:  # noqa: BLE001, S110 - scored below
            pass
    for g in gold:
        html = page_bytes(pages_dir, g["id"])
        for name, fn in which.items():
            started = time.perf_counter()
            try:
                result = fn(html, g.get("url"))
            except Exception as e:  # noqa: BLE001 - a tool that fails on a page scores 0 there
                result = {"error": f"{type(e).__name__}: {e}"}
            elapsed[name] += time.perf_counter() - started
            s = score(result, g)
            per[name][g["outlet"]].append(s)
            rows.append((g["id"], g["outlet"], name, s, result))
    out = {"pages": len(gold), "tools": {}, "rows": rows}
    for name, outlets in per.items():
        every = [s for ss in outlets.values() for s in ss]
        out["tools"][name] = {
            "total": _mean(every),
            "outlets": {o: _mean(ss) for o, ss in sorted(outlets.items())},
            "ms": 1000 * elapsed[name] / max(len(every), 1),
        }
    return out


def _mean(scores: list[dict]) -> dict:
    return {f: sum(s[f] for s in scores) / len(scores) for f in FIELDS}


def table(result: dict) -> str:
    lines = ["| outlet | tool | title | date | author | body F1 |", "|---|---|---:|---:|---:|---:|"]
    names = list(result["tools"])
    outlets = sorted({o for t in result["tools"].values() for o in t["outlets"]})
    for o in outlets:
        for n in names:
            s = result["tools"][n]["outlets"][o]
            lines.append(f"| {o} | {n} | {s['title']:.0%} | {s['date']:.0%} | {s['author']:.0%} | {s['body_f1']:.3f} |")
    for n in names:
        s = result["tools"][n]["total"]
        lines.append(f"| **all {result['pages']}** | **{n}** | {s['title']:.0%} | {s['date']:.0%} | "
                     f"{s['author']:.0%} | {s['body_f1']:.3f} |")
    return "\n".join(lines)


def main():
    from bench.machine import machine

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=Path, default=DEFAULT_PAGES)
    parser.add_argument("--verbose", action="store_true", help="print every miss")
    args = parser.parse_args()
    if not (args.pages / "gold.jsonl").exists():
        print(f"no pages at {args.pages}: nothing to measure")
        return
    result = evaluate(args.pages)
    print(f"# Article pages: {result['pages']} ({args.pages})")
    print(f"# {machine()}")
    print()
    print(table(result))
    print()
    for n, t in result["tools"].items():
        print(f"{n}: {t['ms']:.1f} ms/page")
    if args.verbose:
        gold = {g["id"]: g for g in load_gold(args.pages)}
        for pid, outlet, name, s, r in result["rows"]:
            g = gold[pid]
            for f, key, gkey in (("title", "title", "title"), ("date", "published", "published"),
                                 ("author", "author", "author")):
                if s[f] < 1:
                    print(f"MISS {pid} {outlet} {name} {f}: {r.get(key)!r} (gold {g[gkey]!r})")
            if name == "pantau" and s["body_f1"] < 0.99:
                p, rc, f1 = token_prf(r.get("text"), g["articleBody"])
                print(f"BODY {pid} {outlet} {name}: P {p:.3f} R {rc:.3f} F1 {f1:.3f}")


if __name__ == "__main__":
    main()
