"""People, roles, quotes, speakers and figures on real news text, beside the sample set.

    .venv/bin/python bench/real_eval.py                    # both sets side by side, one line per article
    .venv/bin/python bench/real_eval.py --errors           # also every error, article by article
    .venv/bin/python bench/real_eval.py --set real --article cnn-sukhoi-menhan --errors
    .venv/bin/python bench/real_eval.py --markdown         # the table as a section for bench/RESULTS.md

Two sets, scored by the same code:
- `real`: bench/dev_real (README there): the IndoSum articles of selection.json (200 on 2026-12-04) built from ../shared/data/summ and
  the 4 pages of ../shared/data/pages, both read at run time (skipped when absent or changed; the
  repository stores the labels, never the text); labelled by hand.
- `sample`: bench/dev/articles gold with the sample-site texts in tests/site/articles.
Every article goes through the pipeline `pantau annotate` runs (title, blank line, body), loaded
once and batched with nlp.pipe.

Scores, micro-averaged over articles:
- people: a predicted person matches a gold one by its full name, or else by one of the gold
  aliases (each gold person once); a second entry for someone already matched is a false positive
  ("duplicate"). `full names` counts matches by the full name alone.
- roles: of gold people with a role, how many were found with that role (case and punctuation
  ignored) and, when the gold has an organisation, that organisation (gazetteer aliases applied,
  and the short forms the article defines in brackets: "Kepala BPOM" is "Kepala" of "Badan Pengawas
  Obat dan Makanan" when the article writes "Badan Pengawas Obat dan Makanan (BPOM)").
- quotes: a predicted quote matches a gold one (one to one) when it holds at least 70% of the gold
  text's words, whatever speaker or kind it has; recall per gold kind as well.
- speakers: on matched quotes, the predicted speaker is the gold person's full name, or the gold
  institution (any of its listed names, through the gazetteer), or null for an unnamed speaker.
- figure checks (issue 15): neither set's articles has a figure that does not add up, so every
  check `pantau annotate` raises on them is a false alarm; they are counted and listed.
- figures: (value, kind, and currency for money). Real set: every mention counts (a figure in the
  title and in the body is two); the title's figures are also counted apart. Sample set: distinct
  (value, kind) per article, as bench/figures_eval.py does, because its writers list repeats
  differently.
Floors are pinned in bench/floors.json ("real"); tests/test_bench_real.py fails below them.
"""

import argparse
import json
import re
import sys
import time
from collections import Counter
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import quotes_eval  # noqa: E402
from bench.dev_real import make_texts  # noqa: E402
from bench.machine import machine  # noqa: E402

REAL = ROOT / "bench" / "dev_real"
FLOORS = ROOT / "bench" / "floors.json"
TEXT_OVERLAP = quotes_eval.TEXT_OVERLAP
PAGES = make_texts.shared_data() / "pages" / "gold.jsonl"
SUMM = make_texts.SUMM


# ---------------------------------------------------------------- loading


def real_set(pages_path: Path = PAGES, with_pages: bool = True) -> tuple[list, list[str]]:
    """(article, gold) pairs of bench/dev_real and the ids skipped (text absent or changed). The
    texts are read at run time: IndoSum articles built from ../shared/data/summ, pages from
    ../shared/data/pages; the gold's offsets are filled in with the text they point to."""
    selection = make_texts.selection()
    pages = {}
    if with_pages and Path(pages_path).exists():
        with open(pages_path, encoding="utf-8") as f:
            pages = {p["id"]: p for p in map(json.loads, f)}
    indosum = make_texts.article_texts() if make_texts.available() else {}
    pairs, skipped = [], []
    for entry in selection:
        gold = json.loads((REAL / "gold" / f"{entry['id']}.json").read_text(encoding="utf-8"))
        if entry.get("page_id"):
            page = pages.get(entry["page_id"])
            title, body = (page["title"], page["articleBody"]) if page else (None, None)
        else:
            title, body = indosum.get(entry["id"], (None, None))
        if title is None or make_texts.text_sha256(title, body) != gold.get("text_sha256"):
            skipped.append(entry["id"])
            continue
        gold = _texts_from_offsets(gold, title, body)
        article = {"id": entry["id"], "title": title, "text": body, "published": gold.get("published"), "lang": "id"}
        pairs.append((article, gold))
    return pairs, skipped


def _texts_from_offsets(gold: dict, title: str, body: str) -> dict:
    """Gold stores offsets, never the article's text: fill quotes (and the pages' figures) in from
    the text read at run time. IndoSum figures keep their short surface form (a fact)."""
    gold = dict(gold)
    gold["quotes"] = [{**q, "text": body[q["start"]:q["end"]]} for q in gold["quotes"]]
    gold["figures"] = [{**f, "text": (title if f["where"] == "title" else body)[f["start"]:f["end"]]} if "start" in f else f
                       for f in gold["figures"]]
    return gold


def sample_set() -> list:
    pairs = []
    for article, gold in quotes_eval.dev_set():
        pairs.append(({**article, "lang": "id"}, gold))
    return pairs


# ---------------------------------------------------------------- scoring


class Counts:
    """tp/fp/fn with precision and recall."""

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

    def as_dict(self):
        return {"precision": round(self.precision, 3), "recall": round(self.recall, 3),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


class Ratio:
    def __init__(self):
        self.right = self.of = 0

    def add(self, ok: bool):
        self.right += bool(ok)
        self.of += 1

    @property
    def value(self):
        return self.right / self.of if self.of else 1.0

    def as_dict(self):
        return {"accuracy": round(self.value, 3), "right": self.right, "of": self.of}


SHORT_FORM = re.compile(r"\(([A-Z][A-Za-z0-9&-]{1,11})\)")  # "(BPOM)", "(PTFI)", "(AP3I)", "(Peradi)"


def norm(text) -> str:
    """Names and roles compared without case, punctuation or bracketed abbreviations."""
    text = quotes_eval.PARENS.sub(" ", text or "")
    return " ".join(re.sub(r"[^\w\s]", " ", text).split()).casefold()


class Scorer:
    def __init__(self):
        from pantau.nlp.entities import gazetteer

        self.gazetteer = gazetteer.load()

    def org(self, name):
        if not name:
            return None
        return norm(self.gazetteer.canonical_of(name, "ORG") or name)

    def org_forms(self, name, defined) -> set:
        """The names of one body: as written and through the gazetteer, and with each short form the
        article itself defines ("Badan Pengawas Obat dan Makanan (BPOM)") written out or shortened."""
        forms = {self.org(name)}
        words = (name or "").split()
        for short, longs in defined.items():
            for long in longs:
                if short in words:
                    forms.add(self.org(" ".join(long if w == short else w for w in words)))
                if f" {long} " in f" {name} ":
                    forms.add(self.org(f" {name} ".replace(f" {long} ", f" {short} ").strip()))
        return forms

    @staticmethod
    def short_forms(text) -> dict:
        """Short forms an article defines in brackets after a body's name: {"BPOM": ["Badan Pengawas Obat
        dan Makanan"]}: the runs of two words or more before the bracket that start with the short
        form's first letter, and each with the capitalised word before it ("PT Bank Tabungan Negara Tbk
        (BTN)", "Yayasan Sutrisno Bachir Foundation (SBF)")."""
        defined = {}
        for m in SHORT_FORM.finditer(text or ""):
            short = m.group(1)
            before = re.split(r"[.,;:!?\n\"“”]", text[max(0, m.start() - 150):m.start()])[-1].split()
            for k in range(len(before) - 1):
                if before[k][:1] == short[0]:
                    defined.setdefault(short, []).append(" ".join(before[k:]))
                    if k > 0 and before[k - 1][:1].isupper():
                        defined[short].append(" ".join(before[k - 1:]))
        return defined

    # people and roles
    def people(self, gold, pred, errors, text=""):
        names = [norm(p.get("name")) for p in pred]
        used, matched, by_full = set(), {}, set()
        for forms_of in (lambda g: {norm(g["name"])}, lambda g: {norm(a) for a in g.get("aliases") or []}):
            for gi, g in enumerate(gold):
                if gi in matched:
                    continue
                forms = forms_of(g)
                pi = next((i for i, n in enumerate(names) if i not in used and n in forms), None)
                if pi is not None:
                    matched[gi] = pi
                    used.add(pi)
                    if names[pi] == norm(g["name"]):
                        by_full.add(gi)
        known = {}
        for g in gold:
            for form in [g["name"], *(g.get("aliases") or [])]:
                known.setdefault(norm(form), g["name"])
        for pi, p in enumerate(pred):
            if pi in used:
                continue
            if names[pi] in known:
                errors.append(f"person duplicate: {p.get('name')!r} (again {known[names[pi]]!r})")
            else:
                errors.append(f"person extra: {p.get('name')!r}")
        for gi, g in enumerate(gold):
            if gi not in matched:
                errors.append(f"person missed: {g['name']!r}")
            elif gi not in by_full:
                errors.append(f"person short name: {pred[matched[gi]].get('name')!r} for {g['name']!r}")
        roles = []
        defined = self.short_forms(text)
        for gi, g in enumerate(gold):
            if not g.get("role"):
                continue
            p = pred[matched[gi]] if gi in matched else None
            ok = (p is not None and norm(p.get("role")) == norm(g["role"])
                  and (not g.get("organisation") or p.get("organisation") is not None
                       and bool(self.org_forms(p["organisation"], defined) & self.org_forms(g["organisation"], defined))))
            roles.append(ok)
            if p is not None and not ok:
                errors.append(f"role wrong: {g['name']!r} gold {g['role']!r} / {g.get('organisation')!r}, "
                              f"got {p.get('role')!r} / {p.get('organisation')!r}")
        return len(matched), len(pred) - len(matched), len(gold) - len(matched), len(by_full), roles

    # quotes and speakers
    def speaker_ok(self, gold_quote, pred_speaker, institutions) -> bool:
        want = gold_quote.get("speaker")
        if want is None:
            return not pred_speaker
        if not pred_speaker:
            return False
        if want in institutions:
            forms = {self.org(f) for f in institutions[want]}
            return self.org(pred_speaker) in forms or norm(pred_speaker) in {norm(f) for f in institutions[want]}
        return norm(pred_speaker) == norm(want)

    def quotes(self, gold, pred, errors):
        institutions = {s["name"]: [s["name"], *(s.get("aliases") or [])] for s in gold.get("speakers", [])}
        unused = list(range(len(pred["quotes"])))
        words = [Counter(quotes_eval._words(q.get("text"))) for q in pred["quotes"]]
        found, speakers, kinds = [], [], []
        for g in gold.get("quotes", []):
            want = quotes_eval._words(g["text"])
            wanted = Counter(want)
            best, best_share = None, (TEXT_OVERLAP, -1.0)
            for pi in unused:
                share = sum(1 for w in want if words[pi][w] > 0) / len(want) if want else 0.0
                # among predicted quotes holding as much of the gold text, the one with the fewest
                # words beyond it: a short gold quote ("KPU sudah siap") is not paired with a longer
                # quote that happens to contain its words while its own quote is there too
                size = sum(words[pi].values())
                own = sum(1 for w, n in words[pi].items() for _ in range(n) if wanted[w] > 0) / size if size else 0.0
                if (share, own) >= best_share:
                    best, best_share = pi, (share, own)
            found.append((g["kind"], best is not None))
            if best is None:
                errors.append(f"quote missed ({g['kind']}, {g.get('speaker')}): {g['text'][:90]!r}")
                continue
            unused.remove(best)
            p = pred["quotes"][best]
            ok = self.speaker_ok(g, p.get("speaker"), institutions)
            speakers.append(ok)
            kinds.append(p.get("kind") == g["kind"])
            if not ok:
                errors.append(f"speaker wrong: {p.get('speaker')!r} for {g.get('speaker')!r}"
                              f"{' (' + g['speaker_note'] + ')' if g.get('speaker_note') else ''}: {g['text'][:60]!r}")
            if p.get("kind") != g["kind"]:
                errors.append(f"kind wrong: {p.get('kind')} for {g['kind']}: {g['text'][:60]!r}")
        for pi in unused:
            q = pred["quotes"][pi]
            errors.append(f"quote extra ({q.get('kind')}, {q.get('speaker')}): {(q.get('text') or '')[:90]!r}")
        return found, len(unused), speakers, kinds

    # figures
    @staticmethod
    def figure_key(f):
        try:
            value = Decimal(str(f.get("value"))).normalize()
        except ArithmeticError:
            value = f.get("value")
        return value, f.get("kind"), f.get("currency") if f.get("kind") == "money" else None

    def figures(self, gold, pred, title_end, mentions, errors):
        if mentions:
            g = Counter(self.figure_key(f) for f in gold)
            p = Counter(self.figure_key(f) for f in pred)
        else:
            g = Counter({self.figure_key(f): 1 for f in gold})
            p = Counter({self.figure_key(f): 1 for f in pred})
        tp = sum((g & p).values())
        for key, n in (g - p).items():
            text = next(f["text"] for f in gold if self.figure_key(f) == key)
            errors.append(f"figure missed: {text!r} = {_show(key)}" + (f" (x{n})" if n > 1 else ""))
        for key, n in (p - g).items():
            text = next(f.get("text") for f in pred if self.figure_key(f) == key)
            errors.append(f"figure extra: {text!r} = {_show(key)}" + (f" (x{n})" if n > 1 else ""))
        title_gold = Counter(self.figure_key(f) for f in gold if f.get("where") == "title")
        title_pred = Counter(self.figure_key(f) for f in pred if (f.get("start") or 0) < title_end)
        title_found = sum((title_gold & title_pred).values())
        return tp, sum(p.values()) - tp, sum(g.values()) - tp, title_found, sum(title_gold.values())


def _show(key):
    value, kind, currency = key
    value = format(value, "f") if isinstance(value, Decimal) else value
    return f"{value} {kind}" + (f" {currency}" if currency else "")


def evaluate(pairs, mentions=True, batch_size=32) -> dict:
    """Scores of `pairs` ((article, gold) tuples) and the errors of each article."""
    from pantau.nlp.pipeline import analyze_many, get_pipeline

    get_pipeline("id")  # loaded before the clock starts
    scorer = Scorer()
    people, quotes, figures = Counts(), Counts(), Counts()
    roles, speakers, kinds, full_names, title_figs = Ratio(), Ratio(), Ratio(), Ratio(), Ratio()
    by_kind = {"direct": Ratio(), "indirect": Ratio()}
    articles = []
    n_checks = 0
    started = time.perf_counter()
    results = [r for _, r in analyze_many([a for a, _ in pairs], batch_size=batch_size)]
    seconds = time.perf_counter() - started
    for (article, gold), result in zip(pairs, results):
        errors = []
        tp, fp, fn, full, role_oks = scorer.people(gold.get("people", []), result["people"], errors,
                                                   f"{article.get('title') or ''}\n\n{article.get('text') or ''}")
        people.add(tp, fp, fn)
        full_names.right += full
        full_names.of += tp
        for ok in role_oks:
            roles.add(ok)
        found, extra, speaker_oks, kind_oks = scorer.quotes(gold, result, errors)
        quotes.add(sum(ok for _, ok in found), extra, sum(not ok for _, ok in found))
        for kind, ok in found:
            by_kind.setdefault(kind, Ratio()).add(ok)
        for ok in speaker_oks:
            speakers.add(ok)
        for ok in kind_oks:
            kinds.add(ok)
        ftp, ffp, ffn, t_found, t_of = scorer.figures(gold.get("figures", []), result["figures"],
                                                      len(article.get("title") or ""), mentions, errors)
        figures.add(ftp, ffp, ffn)
        for c in result.get("checks") or []:  # neither set is labelled with any: each is a false alarm until read
            n_checks += 1
            errors.append(f"figure check raised ({c['kind']}): stated {c['stated']} expected {c['expected']} "
                          f"in {c['sentence'][:90]!r}")
        title_figs.right += t_found
        title_figs.of += t_of
        articles.append({"id": article["id"], "people": (tp, fp, fn),
                         "quotes": (sum(ok for _, ok in found), len(found), extra),
                         "speakers": (sum(speaker_oks), len(speaker_oks)), "figures": (ftp, ffp, ffn), "errors": errors})
    return {
        "articles": len(pairs),
        "people": people.as_dict(),
        "full_names": full_names.as_dict(),
        "roles": roles.as_dict(),
        "quotes": quotes.as_dict(),
        "quote_recall_by_kind": {k: v.as_dict() for k, v in by_kind.items()},
        "speakers": speakers.as_dict(),
        "quote_kinds": kinds.as_dict(),
        "figures": figures.as_dict(),
        "title_figures": title_figs.as_dict(),
        "figure_checks": n_checks,
        "articles_per_s": round(len(pairs) / seconds, 1) if seconds else None,
        "per_article": articles,
    }


def measures(report) -> dict:
    """The scores bench/floors.json pins ("real"), by their floor names."""
    return {"people_precision": report["people"]["precision"], "people_recall": report["people"]["recall"],
            "roles_right": report["roles"]["accuracy"], "quote_precision": report["quotes"]["precision"],
            "quote_recall": report["quotes"]["recall"], "speaker_accuracy": report["speakers"]["accuracy"],
            "figures_precision": report["figures"]["precision"], "figures_recall": report["figures"]["recall"]}


# ---------------------------------------------------------------- output

ROWS = [
    ("people precision", lambda r: r["people"]["precision"], lambda r: f"{r['people']['tp']}/{r['people']['tp'] + r['people']['fp']}"),
    ("people recall", lambda r: r["people"]["recall"], lambda r: f"{r['people']['tp']}/{r['people']['tp'] + r['people']['fn']}"),
    ("  found by full name", lambda r: r["full_names"]["accuracy"], lambda r: f"{r['full_names']['right']}/{r['full_names']['of']}"),
    ("roles right", lambda r: r["roles"]["accuracy"], lambda r: f"{r['roles']['right']}/{r['roles']['of']}"),
    ("quote precision", lambda r: r["quotes"]["precision"], lambda r: f"{r['quotes']['tp']}/{r['quotes']['tp'] + r['quotes']['fp']}"),
    ("quote recall", lambda r: r["quotes"]["recall"], lambda r: f"{r['quotes']['tp']}/{r['quotes']['tp'] + r['quotes']['fn']}"),
    ("  direct", lambda r: r["quote_recall_by_kind"]["direct"]["accuracy"],
     lambda r: f"{r['quote_recall_by_kind']['direct']['right']}/{r['quote_recall_by_kind']['direct']['of']}"),
    ("  indirect", lambda r: r["quote_recall_by_kind"]["indirect"]["accuracy"],
     lambda r: f"{r['quote_recall_by_kind']['indirect']['right']}/{r['quote_recall_by_kind']['indirect']['of']}"),
    ("speaker accuracy", lambda r: r["speakers"]["accuracy"], lambda r: f"{r['speakers']['right']}/{r['speakers']['of']}"),
    ("quote kind accuracy", lambda r: r["quote_kinds"]["accuracy"], lambda r: f"{r['quote_kinds']['right']}/{r['quote_kinds']['of']}"),
    ("figures precision", lambda r: r["figures"]["precision"], lambda r: f"{r['figures']['tp']}/{r['figures']['tp'] + r['figures']['fp']}"),
    ("figures recall", lambda r: r["figures"]["recall"], lambda r: f"{r['figures']['tp']}/{r['figures']['tp'] + r['figures']['fn']}"),
    ("  title figures found", lambda r: r["title_figures"]["accuracy"], lambda r: f"{r['title_figures']['right']}/{r['title_figures']['of']}"),
    ("figure checks raised", lambda r: r["figure_checks"], lambda r: "false alarms"),
]


def _num(value) -> str:
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def table(reports: dict, markdown=False) -> str:
    names = list(reports)
    if markdown:
        lines = ["| measure | " + " | ".join(names) + " |", "|---|" + "---:|" * len(names)]
        for label, value, count in ROWS:
            lines.append(f"| {label.strip()} | " + " | ".join(f"{_num(value(reports[n]))} ({count(reports[n])})" for n in names) + " |")
        lines.append("| articles | " + " | ".join(str(reports[n]["articles"]) for n in names) + " |")
        return "\n".join(lines)
    lines = [f"{'':<24}" + "".join(f"{n:>22}" for n in names)]
    for label, value, count in ROWS:
        lines.append(f"{label:<24}" + "".join(f"{_num(value(reports[n])):>8} {count(reports[n]):>13}" for n in names))
    lines.append(f"{'articles':<24}" + "".join(f"{reports[n]['articles']:>22}" for n in names))
    lines.append(f"{'articles/s (pipeline)':<24}" + "".join(f"{reports[n]['articles_per_s']!s:>22}" for n in names))
    return "\n".join(lines)


def per_article(report, errors=False) -> str:
    lines = [f"{'article':<36} {'people tp/fp/fn':>16} {'quotes found/gold +extra':>25} {'speakers':>9} {'figures tp/fp/fn':>17}"]
    for a in report["per_article"]:
        q_found, q_gold, q_extra = a["quotes"]
        lines.append(f"{a['id']:<36} {'/'.join(map(str, a['people'])):>16} {f'{q_found}/{q_gold} +{q_extra}':>25} "
                     f"{'/'.join(map(str, a['speakers'])):>9} {'/'.join(map(str, a['figures'])):>17}")
        if errors:
            lines.extend(f"    {e}" for e in a["errors"])
    return "\n".join(lines)


def skipped_message(skipped: list[str]) -> str:
    """Why real articles were left out: their text is read from ../shared/data at run time."""
    pages = [i for i in skipped if i.startswith("page-")]
    indosum = [i for i in skipped if not i.startswith("page-")]
    lines = []
    if indosum:
        if not make_texts.available():
            lines.append(f"skipped the {len(indosum)} IndoSum articles of bench/dev_real: {SUMM} is absent "
                         f"(their texts are built from it at run time, never stored here)")
        else:
            lines.append(f"skipped (IndoSum text changed since labelling, or gold not converted to offsets "
                         f"with make_texts.py): {', '.join(indosum)}")
    if pages:
        lines.append(f"skipped (../shared/data/pages absent or changed): {', '.join(pages)}")
    return "\n".join(lines)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=["both", "real", "sample"], default="both")
    parser.add_argument("--article", action="append", help="only these article ids (repeatable)")
    parser.add_argument("--errors", action="store_true", help="list every error under its article")
    parser.add_argument("--markdown", action="store_true", help="print the table as a section for bench/RESULTS.md")
    args = parser.parse_args(argv)
    reports, skipped = {}, []
    if args.set in ("both", "real"):
        pairs, skipped = real_set()
        if args.article:
            pairs = [p for p in pairs if p[0]["id"] in args.article]
        reports["real"] = evaluate(pairs, mentions=True)
    if args.set in ("both", "sample"):
        pairs = sample_set()
        if args.article:
            pairs = [p for p in pairs if p[0]["id"] in args.article]
        reports["sample"] = evaluate(pairs, mentions=False)
    if args.markdown:
        print(f"## People, roles, quotes, speakers and figures on real text (`real_eval.py`), {time.strftime('%Y-%m-%d')}\n")
        print(f"```\n# {machine()}\n```\n")
        print(table(reports, markdown=True))
        return reports
    for name, report in reports.items():
        print(f"== {name}")
        print(per_article(report, errors=args.errors))
        print()
    print(table(reports))
    if skipped:
        print(skipped_message(skipped))
    print(machine())
    return reports


if __name__ == "__main__":
    main()
