"""Entities, people and quotes against the gold labels of the sample-site articles.

    .venv/bin/python bench/quotes_eval.py            # table and machine line
    .venv/bin/python bench/quotes_eval.py --errors   # also every miss and false hit
    .venv/bin/python bench/quotes_eval.py --speed 300  # cost of the components on IndoSum articles

Articles: tests/site/articles/<id>.txt (header, `---`, paragraphs); gold: bench/dev/articles/<id>.json
with `entities` (text, label, canonical), `people` (name, role, organisation) and `quotes`
(speaker, kind, text = the first 8 or more words of the quote). Only articles with a gold file count.

Scores (micro-averaged over articles):
- entities: the set of (canonical, label) pairs per article;
- people: (name, organisation) per article; names compared without case;
- quotes: a predicted quote matches a gold one (one to one) when speaker and kind agree and at
  least 70% of the gold text's words occur in the predicted text.
Canonical names on both sides go through the gazetteer's aliases first, so "DJSN" and "Dewan
Jaminan Sosial Nasional" are one organisation. Floors are pinned in bench/floors.json ("quotes").
"""

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.machine import machine  # noqa: E402

ARTICLES = ROOT / "tests" / "site" / "articles"
GOLD = ROOT / "bench" / "dev" / "articles"
FLOORS = ROOT / "bench" / "floors.json"
WORD = re.compile(r"\w+(?:[.,-]\w+)*")
TEXT_OVERLAP = 0.7
PARENS = re.compile(r"\([^)]*\)")


def load_article(path: Path) -> dict:
    head, _, body = path.read_text(encoding="utf-8").partition("\n---\n")
    meta = {}
    for line in head.splitlines():
        key, _, value = line.partition(":")
        meta[key.strip()] = value.strip()
    paragraphs = [p.strip() for p in body.split("\n\n") if p.strip()]
    return {"id": meta["id"], "title": meta.get("title", ""), "text": "\n\n".join(paragraphs),
            "published": (meta.get("published") or "")[:10] or None}


def dev_set(articles_dir=ARTICLES, gold_dir=GOLD):
    """(article, gold) pairs for every article with a gold file."""
    pairs = []
    for gold_path in sorted(Path(gold_dir).glob("*.json")):
        article_path = Path(articles_dir) / f"{gold_path.stem}.txt"
        if article_path.exists():
            pairs.append((load_article(article_path), json.loads(gold_path.read_text(encoding="utf-8"))))
    return pairs


class Score:
    def __init__(self):
        self.tp = self.fp = self.fn = 0

    def add(self, tp, fp, fn):
        self.tp += tp
        self.fp += fp
        self.fn += fn

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


def _words(text):
    return [w.lower() for w in WORD.findall(text or "")]


def _name(text):
    """Compared without case and without an abbreviation in brackets: "Badan … (BPBD) DKI"."""
    return " ".join(PARENS.sub(" ", text or "").split()).casefold() or None


def evaluate(pairs=None, errors=None) -> dict:
    """Scores over `pairs` (default: the dev set). `errors`, a list, collects the mismatches."""
    from pantau.nlp.entities import gazetteer as gz
    from pantau.nlp.pipeline import analyze_many

    pairs = dev_set() if pairs is None else pairs
    g = gz.load()

    def canon(name, label=None):
        if not name:
            return None
        return _name(g.canonical_of(name, label) or name)

    scores = {"entities": Score(), "people": Score(), "quotes": Score()}
    by_label = {}
    started = time.perf_counter()
    articles = [a for a, _ in pairs]
    results = [r for _, r in analyze_many(articles)]
    seconds = time.perf_counter() - started
    for (article, gold), result in zip(pairs, results):
        aid = article["id"]
        gold_ents = {(canon(e["canonical"], e["label"]), e["label"]) for e in gold.get("entities", [])}
        pred_ents = {(canon(e["canonical"], e["label"]), e["label"]) for e in result["entities"]}
        _count(scores["entities"], gold_ents, pred_ents, errors, aid, "entity")
        for label in {lab for _, lab in gold_ents | pred_ents}:
            _count(by_label.setdefault(label, Score()), {x for x in gold_ents if x[1] == label},
                   {x for x in pred_ents if x[1] == label}, None, aid, "")
        gold_people = {(_name(p["name"]), canon(p.get("organisation"), "ORG")) for p in gold.get("people", [])}
        pred_people = {(_name(p["name"]), canon(p.get("organisation"), "ORG")) for p in result["people"]}
        _count(scores["people"], gold_people, pred_people, errors, aid, "person")
        _match_quotes(scores["quotes"], gold.get("quotes", []), result["quotes"], errors, aid)
    report = {k: {"precision": round(s.precision, 3), "recall": round(s.recall, 3), "f1": round(s.f1, 3),
                  "tp": s.tp, "fp": s.fp, "fn": s.fn} for k, s in scores.items()}
    report["entity_labels"] = {k: {"precision": round(s.precision, 3), "recall": round(s.recall, 3),
                                   "tp": s.tp, "fp": s.fp, "fn": s.fn} for k, s in sorted(by_label.items())}
    report["articles"] = len(pairs)
    report["articles_per_s"] = round(len(pairs) / seconds, 1) if seconds else None
    return report


def _count(score, gold, pred, errors, aid, what):
    score.add(len(gold & pred), len(pred - gold), len(gold - pred))
    if errors is not None and what:
        errors.extend(f"{aid}: missed {what} {x}" for x in sorted(gold - pred, key=str))
        errors.extend(f"{aid}: extra {what} {x}" for x in sorted(pred - gold, key=str))


def _match_quotes(score, gold, pred, errors, aid):
    unmatched = list(pred)
    for q in gold:
        words = _words(q["text"])
        best = None
        for p in unmatched:
            if _name(p["speaker"]) != _name(q["speaker"]) or p["kind"] != q["kind"]:
                continue
            have = Counter(_words(p["text"]))
            hit = sum(1 for w in words if have[w] > 0)
            if words and hit / len(words) >= TEXT_OVERLAP:
                best = p
                break
        if best is not None:
            unmatched.remove(best)
            score.add(1, 0, 0)
        else:
            score.add(0, 0, 1)
            if errors is not None:
                errors.append(f"{aid}: missed quote {q['kind']} {q['speaker']}: {q['text'][:70]}")
    score.add(0, len(unmatched), 0)
    if errors is not None:
        errors.extend(f"{aid}: extra quote {p['kind']} {p['speaker']}: {p['text'][:70]}" for p in unmatched)


OURS = ("pantau_entities", "pantau_people", "pantau_quotes")
INDOSUM = ROOT.parent / "shared" / "data" / "summ" / "indosum_dev.01.jsonl"
DETOKENIZE = [(re.compile(r" ([,.!?;:%)])"), r"\1"), (re.compile(r"\( "), "(")]


def indosum_texts(n, path=INDOSUM):
    """The first n IndoSum articles as running text: paragraphs of space-joined tokens."""
    texts = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            article = json.loads(line)
            paragraphs = []
            for paragraph in article["paragraphs"]:
                text = " ".join(" ".join(sentence) for sentence in paragraph)
                for pattern, repl in DETOKENIZE:
                    text = pattern.sub(repl, text)
                paragraphs.append(text)
            texts.append("\n\n".join(paragraphs))
            if len(texts) >= n:
                break
    return texts


def speed(n=300, repeat=2) -> dict:
    """Articles per second with and without the entity, people and quote components."""
    from pantau.nlp.pipeline import get_pipeline

    nlp = get_pipeline("id")
    texts = indosum_texts(n)
    words = sum(len(t.split()) for t in texts)

    def rate(disable):
        best = None
        for _ in range(repeat):
            with nlp.select_pipes(disable=disable):
                started = time.perf_counter()
                for _ in nlp.pipe(texts, batch_size=64):
                    pass
                seconds = time.perf_counter() - started
            best = seconds if best is None else min(best, seconds)
        return best

    without = rate(list(OURS))
    with_ours = rate([])
    return {"articles": len(texts), "words_per_article": round(words / len(texts)),
            "without_ours_per_s": round(len(texts) / without, 1), "with_ours_per_s": round(len(texts) / with_ours, 1),
            "ours_ms_per_article": round(1000 * (with_ours - without) / len(texts), 2)}


def table(report) -> str:
    lines = [f"{'':<10} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"]
    for key in ("entities", "people", "quotes"):
        r = report[key]
        lines.append(f"{key:<10} {r['precision']:>6.3f} {r['recall']:>6.3f} {r['f1']:>6.3f} {r['tp']:>5} {r['fp']:>5} {r['fn']:>5}")
    for label, r in report["entity_labels"].items():
        lines.append(f"  {label:<8} {r['precision']:>6.3f} {r['recall']:>6.3f} {'':>6} {r['tp']:>5} {r['fp']:>5} {r['fn']:>5}")
    lines.append(f"{report['articles']} articles, {report['articles_per_s']} articles/s (whole pipeline)")
    return "\n".join(lines)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="print every miss and false hit")
    parser.add_argument("--speed", type=int, metavar="N", help="time the components on N IndoSum articles")
    args = parser.parse_args(argv)
    if args.speed:
        s = speed(args.speed)
        print(f"{s['articles']} IndoSum articles (~{s['words_per_article']} words): "
              f"{s['without_ours_per_s']} articles/s without entities/people/quotes, {s['with_ours_per_s']} with "
              f"({s['ours_ms_per_article']} ms per article for the three components)")
        print(machine())
        return
    errors = [] if args.errors else None
    report = evaluate(errors=errors)
    print(table(report))
    print(machine())
    if errors:
        print("\n".join(errors))


if __name__ == "__main__":
    main()
