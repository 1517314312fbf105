"""Score the figure finder against the labelled development sets.

    python bench/figures_eval.py                 # table of scores
    python bench/figures_eval.py --errors        # also every miss, false figure and wrong field

Two sets:
- bench/dev/figures.jsonl: one sentence per line with its gold figures (see bench/dev/README.md).
  A predicted figure matches a gold one in the same sentence when value and kind agree.
- bench/dev/articles/*.json: gold figures for sample-site articles, whose text is read from
  tests/site/articles/<name>.txt (articles without a text file are skipped). Matching is per
  article, on distinct (value, kind): the writers differ on listing repeated mentions.

Reported: precision, recall and F1 of (value, kind); on matched figures, the accuracy of
qualifier, as_of, metric (lenient: the two phrases share a content word), and of unit, per,
approx and value_max. bench/floors.json pins the floors; tests/test_figures.py fails below them.
"""

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "bench" / "dev" / "figures.jsonl"
ARTICLES = ROOT / "bench" / "dev" / "articles"
TEXTS = ROOT / "tests" / "site" / "articles"
FLOORS = ROOT / "bench" / "floors.json"
FIELDS = ("qualifier", "as_of", "metric", "unit", "per", "approx", "value_max")
METRIC_STOP = {
    "yang", "dan", "di", "ke", "dari", "untuk", "dengan", "dalam", "pada", "per", "atau", "oleh", "bagi", "terhadap",
    "the", "of", "in", "for", "to", "and", "a", "an", "on", "by", "its",
}


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    fields: dict = field(default_factory=lambda: {f: [0, 0] for f in FIELDS})
    metric_f1: list = field(default_factory=list)
    errors: list = field(default_factory=list)

    def add(self, other: "Score"):
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        for f, (ok, n) in other.fields.items():
            self.fields[f][0] += ok
            self.fields[f][1] += n
        self.metric_f1 += other.metric_f1
        self.errors += other.errors

    @property
    def precision(self):
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self):
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self):
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def accuracy(self, name):
        ok, n = self.fields[name]
        return ok / n if n else 1.0

    def summary(self) -> dict:
        out = {"value_kind_precision": self.precision, "value_kind_recall": self.recall, "value_kind_f1": self.f1,
               "gold": self.tp + self.fn, "predicted": self.tp + self.fp}
        for name in FIELDS:
            out[f"{name}_accuracy"] = self.accuracy(name)
        out["metric_token_f1"] = sum(self.metric_f1) / len(self.metric_f1) if self.metric_f1 else 1.0
        return {k: round(v, 4) if isinstance(v, float) else v for k, v in out.items()}


def _dec(value) -> Decimal | None:
    if value is None or value == "":
        return None
    return Decimal(str(value)).normalize()


def _content(phrase) -> set:
    return {w for w in re.findall(r"\w+", (phrase or "").lower()) if w not in METRIC_STOP}


def metric_match(gold, pred) -> bool:
    """Lenient: the phrases share a content word ("peserta aktif" ~ "kepesertaan aktif")."""
    return bool(_content(gold) & _content(pred))


def metric_token_f1(gold, pred) -> float:
    g, p = _content(gold), _content(pred)
    if not g and not p:
        return 1.0
    common = len(g & p)
    if not common:
        return 0.0
    prec, rec = common / len(p), common / len(g)
    return 2 * prec * rec / (prec + rec)


def distinct(figures: list[dict]) -> list[dict]:
    """The first mention of each (value, kind): article gold lists repeats differently per writer."""
    seen, out = set(), []
    for f in figures:
        key = (_dec(f["value"]), f["kind"])
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


def score_figures(gold: list[dict], pred: list[dict], where: str) -> Score:
    """Match predicted to gold figures by (value, kind), in order, each used once."""
    score = Score()
    unused = list(pred)
    for g in gold:
        key = (_dec(g["value"]), g["kind"])
        match = next((p for p in unused if (_dec(p["value"]), p["kind"]) == key), None)
        if match is None:
            score.fn += 1
            score.errors.append((where, "missed", g["text"], f"{g['value']} {g['kind']}"))
            continue
        unused.remove(match)
        score.tp += 1
        for name in FIELDS:
            gv, pv = g.get(name), match.get(name)
            if name == "metric":
                ok = metric_match(gv, pv)
                score.metric_f1.append(metric_token_f1(gv, pv))
            elif name == "value_max":
                ok = _dec(gv) == _dec(pv)
            elif name == "unit":
                ok = (gv or "").lower() == (pv or "").lower()
            else:
                ok = gv == pv
            score.fields[name][0] += ok
            score.fields[name][1] += 1
            if not ok:
                score.errors.append((where, f"{name}", g["text"], f"gold={gv!r} got={pv!r}"))
    for p in unused:
        score.fp += 1
        score.errors.append((where, "false", p["text"], f"{p['value']} {p['kind']}"))
    return score


def load_dev(path=DEV) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def read_article_text(path: Path) -> tuple[str, str]:
    """Title and body of a sample-site article file (a `key: value` header, `---`, paragraphs)."""
    header, _, body = path.read_text(encoding="utf-8").partition("\n---\n")
    title = ""
    for line in header.splitlines():
        key, _, value = line.partition(":")
        if key.strip() == "title":
            title = value.strip()
    return title, body.strip()


def evaluate_sentences(records: list[dict], batch_size: int = 64) -> Score:
    from pantau.nlp.pipeline import analyze_many

    articles = [{"title": None, "text": r["sentence"], "published": r.get("published"), "lang": r.get("lang", "id"),
                 "id": r["id"]} for r in records]
    gold = {r["id"]: r for r in records}
    total = Score()
    for article, result in analyze_many(articles, batch_size=batch_size):
        total.add(score_figures(gold[article["id"]]["figures"], result["figures"], article["id"]))
    return total


def evaluate_articles(gold_dir=ARTICLES, texts_dir=TEXTS) -> tuple[Score, int, int]:
    from pantau.nlp.pipeline import annotate

    total, used, skipped = Score(), 0, 0
    for path in sorted(Path(gold_dir).glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text_path = Path(texts_dir) / f"{path.stem}.txt"
        if not text_path.exists():
            skipped += 1
            continue
        title, body = read_article_text(text_path)
        result = annotate(title, body, gold.get("published"), gold.get("lang", "id"))
        total.add(score_figures(distinct(gold["figures"]), distinct(result["figures"]), path.stem))
        used += 1
    return total, used, skipped


def evaluate(dev=DEV, articles=ARTICLES, texts=TEXTS) -> dict:
    """Scores as plain dicts: {"sentences": {...}, "articles": {...}}."""
    records = load_dev(dev)
    sentences = evaluate_sentences(records)
    result = {"sentences": {"n": len(records), **sentences.summary()}}
    if Path(articles).exists():
        art, used, skipped = evaluate_articles(articles, texts)
        result["articles"] = {"n": used, "skipped": skipped, **art.summary()}
    return result


def table(result: dict) -> str:
    rows = [("", *result.keys())]
    keys = [k for k in next(iter(result.values())) if k not in ("n", "skipped")]
    rows.append(("items", *(f"{v['n']}" + (f" (+{v['skipped']} no text)" if v.get("skipped") else "") for v in result.values())))
    for k in keys:
        rows.append((k, *(f"{v.get(k, ''):.3f}" if isinstance(v.get(k), float) else str(v.get(k, "")) for v in result.values())))
    width = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(r, width)) for r in rows)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dev", default=DEV)
    parser.add_argument("--articles", default=ARTICLES, help="folder of gold article JSON files")
    parser.add_argument("--texts", default=TEXTS, help="folder of the articles' .txt files")
    parser.add_argument("--errors", action="store_true", help="list every error")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    records = load_dev(args.dev)
    sentences = evaluate_sentences(records)
    result = {"sentences": {"n": len(records), **sentences.summary()}}
    errors = list(sentences.errors)
    if Path(args.articles).exists():
        art, used, skipped = evaluate_articles(args.articles, args.texts)
        result["articles"] = {"n": used, "skipped": skipped, **art.summary()}
        errors += art.errors
    print(table(result))
    if args.errors:
        for where, what, text, detail in errors:
            print(f"{where:>40}  {what:<10} {text!r:<32} {detail}")
    return result


if __name__ == "__main__":
    main()
