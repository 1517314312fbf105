"""False alarms of the figure checks (issue 15, part 2) on real news text.

    .venv/bin/python bench/checks_eval.py                 # both sets, counts and every check raised
    .venv/bin/python bench/checks_eval.py --set indosum --limit 500

A check says an article's figures do not add up. Real news rarely gets its arithmetic wrong, so
on real text almost every check is a false alarm; each one is printed with its sentence to be
read. Two sets, read at run time from ../shared/data (skipped when absent):
- `indosum`: the 2,463 IndoSum articles (../shared/data/summ, CC BY-SA 4.0), detokenized as the
  summarizer reads them; no title (the URL slug is not the headline).
- `kumparan`: the 32,780 kumparan news sentences of ../shared/data/ner-extra/rawtext-kumparan-nlp-id
  (MIT), joined back into text in runs of CHUNK consecutive sentences. The sentences come from
  unrelated articles, so a run mixes stories: harsher than real articles, where the figures near a
  gap or a total belong to the same story.
Only what the checks read runs: sentences, figures and checks (no NER, people, quotes, tone or
summary), loaded once and batched with nlp.pipe. Prints the machine it ran on.
"""

import argparse
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.machine import machine  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
KUMPARAN = DATA / "ner-extra" / "rawtext-kumparan-nlp-id" / "dataset_postag.txt"
CHUNK = 10
NEEDED = ("pantau_sentences", "pantau_figures", "pantau_checks")


def indosum_set(limit=None) -> list[dict]:
    from pantau.nlp.summarizer import indosum

    paths = [p for p in indosum.default_paths(DATA / "summ") if p.exists()]
    articles = indosum.load(paths)[:limit] if paths else []
    return [{"id": a.id, "title": None, "text": a.text, "published": None, "lang": "id"} for a in articles]


def _join(tokens: list[str]) -> str:
    text = " ".join(tokens)
    text = re.sub(r" ([,.!?;:%)\]”’])", r"\1", text)
    return re.sub(r"([(\[“‘]) ", r"\1", text)


def kumparan_set(limit=None) -> list[dict]:
    if not KUMPARAN.exists():
        return []
    sentences, tokens = [], []
    for line in KUMPARAN.read_text(encoding="utf-8").splitlines() + [""]:
        if line.strip():
            tokens.append(line.split("\t", 1)[0])
        elif tokens:
            sentences.append(_join(tokens))
            tokens = []
    runs = [" ".join(sentences[i:i + CHUNK]) for i in range(0, len(sentences), CHUNK)][:limit]
    return [{"id": f"kumparan-{i * CHUNK}", "title": None, "text": t, "published": None, "lang": "id",
             "sentences": min(CHUNK, len(sentences) - i * CHUNK)} for i, t in enumerate(runs)]


def run(articles: list[dict], batch_size=64) -> dict:
    from pantau.nlp.pipeline import doc_result, get_pipeline, make_doc

    nlp = get_pipeline("id")
    off = [name for name in nlp.pipe_names if name not in NEEDED]
    n_figures, raised = 0, []
    started = time.perf_counter()
    with nlp.select_pipes(disable=off):
        docs = (make_doc(nlp, a["title"], a["text"], a["published"]) for a in articles)
        for article, doc in zip(articles, nlp.pipe(docs, batch_size=batch_size)):
            result = doc_result(doc)
            n_figures += len(result["figures"])
            raised.extend((article["id"], c) for c in result["checks"])
    return {"articles": len(articles), "figures": n_figures, "checks": raised,
            "seconds": round(time.perf_counter() - started, 1)}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--set", choices=("indosum", "kumparan", "both"), default="both")
    ap.add_argument("--limit", type=int, default=None, help="Only the first N articles (runs) of each set.")
    args = ap.parse_args(argv)
    print(machine())
    sets = {"indosum": indosum_set, "kumparan": kumparan_set}
    for name, load in sets.items():
        if args.set not in (name, "both"):
            continue
        articles = load(args.limit)
        if not articles:
            print(f"{name}: not found under {DATA}; skipped")
            continue
        report = run(articles)
        unit = f"{sum(a.get('sentences', 0) for a in articles)} sentences in " if name == "kumparan" else ""
        print(f"{name}: {unit}{report['articles']} texts, {report['figures']} figures, "
              f"{len(report['checks'])} checks raised ({report['seconds']} s)")
        for aid, c in report["checks"]:
            print(f"  {aid}: {c['kind']} stated {c['stated']} expected {c['expected']} {c['figures']}\n"
                  f"    {c['sentence']}")


if __name__ == "__main__":
    main()
