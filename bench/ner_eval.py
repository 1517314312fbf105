"""NER quality and cost: CoNLL span F1 (macro over types, as IndoNLU reports, and micro) of the
shipped models, beside the IndoNLU baselines, and the pipeline's throughput with and without NER.

    .venv/bin/python bench/ner_eval.py [--articles 300]

Full valid splits are read from ../shared/data/ner when present (developer machines), and the
samples tests/test_ner.py checks against the floors in bench/floors.json (the first 200 sentences
of each valid split and of NERP's held-out tenth, bench/samples.py).
"""

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import samples as floor_samples  # noqa: E402
from bench.machine import machine  # noqa: E402
from pantau.nlp.ner import conll  # noqa: E402
from pantau.nlp.ner.evaluate import BASELINES  # noqa: E402
from pantau.nlp.ner.prepare import SHARED, SOURCES  # noqa: E402
from pantau.nlp.ner.scoring import score  # noqa: E402
from pantau.nlp.ner.tagging import MODELS_DIR, load, tag_tokens  # noqa: E402

FLOORS = json.loads((ROOT / "bench" / "floors.json").read_text())["ner"]


def evaluate(model, sentences, mapping=None, lower=False):
    gold = [conll.map_tags(tags, mapping) if mapping else tags for _, tags in sentences]
    tokens = [[t.lower() for t in toks] if lower else toks for toks, _ in sentences]
    return score(gold, tag_tokens(load(model), tokens))


def cases(files):
    """(model, data label, sentences, mapping, lower) for each score row."""
    for data, sentences in files.items():
        dataset = data.split()[0].split("-")[0]  # "nerp-dev sample" is NERP's
        yield dataset, data, sentences, None, False
        yield "id", data, sentences, conll.TO_ID[dataset], False
        if data.startswith("nergrit"):
            yield "id", data + " lowercased", sentences, conll.TO_ID["nergrit"], True


def table(title, files, floors=False):
    print(f"\n## {title}\n")
    print("| model | data | macro F1 | micro F1 | per-type F1 | fastText | mBERT |" + (" floor |" if floors else ""))
    print("|---|---|---|---|---|---|---|" + ("---|" if floors else ""))
    for model, data, sentences, mapping, lower in cases(files):
        s = evaluate(model, sentences, mapping, lower)
        base = BASELINES.get(f"{data.split()[0]}-valid", {}) if model != "id" else {}
        types = ", ".join(f"{k} {v['f'] * 100:.1f}" for k, v in s["per_type"].items())
        row = (f"| {model} | {data} | {s['macro_f1'] * 100:.1f} | {s['micro_f1'] * 100:.1f} | {types} "
               f"| {base.get('fastText', '')} | {base.get('mBERT', '')} |")
        if floors and not lower:
            floor = FLOORS.get(f"{model}:{data.split()[0]}", {})
            row += f" {floor.get('macro_f1', '')} |"
        print(row)


def articles(limit):
    """Joined-paragraph IndoSum articles when the shared data is there, else the sample site's."""
    summ = sorted((SHARED / "summ").glob("*.jsonl"))
    texts = []
    for path in summ:
        with open(path, encoding="utf-8") as f:
            for line in f:
                paragraphs = json.loads(line)["paragraphs"]
                texts.append("\n\n".join(" ".join(" ".join(s) for s in p) for p in paragraphs))
    if not texts:
        texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests/site/articles").glob("*.txt"))]
    return (texts * (limit // len(texts) + 1))[:limit]


def throughput(limit):
    from pantau.nlp.pipeline import get_pipeline

    nlp = get_pipeline("id")
    texts = articles(limit)
    print(f"\n## Throughput: pipeline {nlp.pipe_names} over {len(texts)} articles "
          f"({sum(len(t) for t in texts) / len(texts):.0f} characters each on average), one process\n")
    for label, disabled in (("without pantau_ner", ["pantau_ner"]), ("with pantau_ner", [])):
        with nlp.select_pipes(disable=disabled):
            started = time.perf_counter()
            n_ents = sum(len(doc.ents) for doc in nlp.pipe(texts, batch_size=32))
            seconds = time.perf_counter() - started
        print(f"- {label}: {len(texts) / seconds:.1f} articles/s ({seconds:.1f} s, {n_ents} entities)")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300, help="articles for the throughput run")
    args = parser.parse_args()
    print(f"# NER evaluation\n\n{machine()}")
    print("\nBaselines: IndoNLU paper, macro F1 on the test split (Wilie et al. 2020); ours on valid.")
    for name in ("nerp", "nergrit", "id"):
        size = sum(f.stat().st_size for f in (MODELS_DIR / name).rglob("*") if f.is_file())
        run = json.loads((MODELS_DIR / name / "meta.json").read_text()).get("pantau", {})
        print(f"- model `{name}`: {size / 2**20:.1f} MB, from run {run.get('run')}, trained in {run.get('train_seconds')} s")
    full = {f"{d} valid": conll.read(SOURCES[d] / "valid_preprocess.txt") for d in SOURCES
            if (SOURCES[d] / "valid_preprocess.txt").exists()}
    if full:
        table("Full valid splits (never seen in training, except NERP valid by `nerp` since 2026-12-04)", full)
    else:
        print("\n(shared data not found: full valid splits skipped)")
    if not any(floor_samples.missing(d) for d in ("nerp", "nergrit", "nerp-dev")):
        samples = {f"{d} sample": list(conll.parse(floor_samples.ner_sample(d).splitlines(keepends=True)))
                   for d in ("nerp", "nergrit", "nerp-dev")}
        table("Samples (first 200 valid sentences, and of NERP's held-out tenth; tests/test_ner.py floors)",
              samples, floors=True)
    throughput(args.articles)


if __name__ == "__main__":
    main()
