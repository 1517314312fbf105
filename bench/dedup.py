"""Near-duplicate quality and speed.

    python bench/dedup.py quality   # precision/recall on IndoSum articles + copies (several seeds and rates)
    python bench/dedup.py steps     # what each step from the old decision to the shipped one buys
    python bench/dedup.py speed     # articles/s and RSS over 50,000 generated articles
    python bench/dedup.py db        # the story stage of `pantau analyze` on a 50,000-article database
    python bench/dedup.py sample    # rewrite tests/data/dedup_sample.jsonl from the sample site

Quality: originals are IndoSum articles (shared/data/summ, CC BY-SA 4.0, tokens joined back into
text; `--data DIR` when the repository is not beside `shared/`). For each seed, some originals get
one copy of each kind in bench/dedup_copies.py (a new dateline and editor line, "Baca juga" lines,
the end cut, an early version half as long published before the full one, a share of the words
replaced by other words, all at once, an update with new paragraphs), and 100 other originals all
end with the same press-release footer. A copy is found when `pantau dedup` puts it in the group
of its original; a predicted `duplicate_of` link is right when both ends belong to one original.
Hard negatives: pairs of different articles on the same topic (nearest neighbour by TF-IDF
cosine >= 0.3), the footer articles pairwise, and IndoSum's own DailySocial.id articles, which all
end with the same self-description. Pairs of originals that are themselves near-duplicates (exact
word 3-gram containment >= 0.8) count as duplicates, not negatives, and are reported.

Speed: 50,000 articles made by splicing paragraphs of different IndoSum articles (not duplicates
of each other), 10% of them copies of a recent one, 500 published a day; streamed through
`dedup_lines` (what `pantau dedup` runs). RSS is sampled every 1,000 articles.
"""

import argparse
import json
import random
import re
import sys
import time
from collections import Counter, defaultdict
from datetime import datetime, timedelta, timezone
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import dedup_copies as copies  # noqa: E402
from bench.machine import machine  # noqa: E402
from pantau.dedup import dedup_lines  # noqa: E402

SUMM = ROOT.parent / "shared" / "data" / "summ"
SAMPLE = ROOT / "tests" / "data" / "dedup_sample.jsonl"


# Text ---------------------------------------------------------------------------------------
def detok(tokens: list[str]) -> str:
    text = " ".join(tokens)
    text = re.sub(r" ([,.;:!?%)\]])", r"\1", text)
    return re.sub(r"([(\[]) ", r"\1", text)


def indosum(limit=None):
    for path in sorted(SUMM.glob("*.jsonl")):
        with path.open(encoding="utf-8") as f:
            for line in f:
                obj = json.loads(line)
                paras = [" ".join(detok(s) for s in p) for p in obj["paragraphs"]]
                paras = [p for p in paras if p.strip()]
                if len(paras) >= 3:
                    yield {"id": obj["id"], "category": obj.get("category"), "paragraphs": paras}
                    if limit is not None:
                        limit -= 1
                        if limit == 0:
                            return


# Quality ------------------------------------------------------------------------------------
def word_set(text: str, k: int = 3) -> set:
    from pantau.nlp.dedup import clean_text

    words = clean_text(text).split()
    return {tuple(words[i : i + k]) for i in range(max(1, len(words) - k + 1))}


def exact_containment(a: str, b: str) -> float:
    x, y = word_set(a), word_set(b)
    return len(x & y) / max(1, min(len(x), len(y)))


def hard_negatives(docs, threshold=0.3):
    """Pairs (i, j) of different documents on the same topic: nearest neighbour by TF-IDF cosine."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.neighbors import NearestNeighbors

    texts = ["\n".join(d["paragraphs"]) for d in docs]
    X = TfidfVectorizer(min_df=2, max_df=0.5, sublinear_tf=True).fit_transform(texts)
    nn = NearestNeighbors(n_neighbors=2, metric="cosine").fit(X)
    dist, idx = nn.kneighbors(X)
    pairs = set()
    for i, (d, j) in enumerate(zip(dist[:, 1], idx[:, 1])):
        if 1 - d >= threshold and i != j:
            pairs.add((min(i, j), max(i, j)))
    return sorted(pairs)


def real_duplicates(docs, negatives):
    """Same-topic pairs of originals that are near-duplicates of each other in fact."""
    return {frozenset((docs[i]["id"], docs[j]["id"])) for i, j in negatives
            if exact_containment("\n".join(docs[i]["paragraphs"]), "\n".join(docs[j]["paragraphs"])) >= 0.8}


def self_described(docs, marker="DailySocial.id adalah portal berita", limit=60):
    """Pairs of IndoSum articles that end with the same outlet self-description."""
    ids = [d["id"] for d in docs if marker in d["paragraphs"][-1]][:limit]
    return [(a, b, "same outlet footer (IndoSum)") for a, b in combinations(ids, 2)]


def groups_of(predicted: dict) -> dict:
    root = {}
    for k, v in predicted.items():  # duplicate_of is always the first article of its group
        root[k] = root.get(v, v) if v is not None else k
    return root


def score(pairs, negatives, real, predicted):
    """Recall per kind of copy, precision over predicted links, negatives linked per kind."""
    truth = {copy_id: original for copy_id, original, _ in pairs}

    def same(a, b):
        a, b = truth.get(a, a), truth.get(b, b)
        return a == b or frozenset((a, b)) in real

    group = groups_of(predicted)
    links = {k: v for k, v in predicted.items() if v is not None}
    correct = sum(same(k, v) for k, v in links.items())
    per_kind = defaultdict(lambda: [0, 0])
    for copy_id, original, kind in pairs:
        per_kind[kind][1] += 1
        per_kind[kind][0] += copy_id in group and group[copy_id] == group.get(original)
    linked = defaultdict(lambda: [0, 0])
    for a, b, kind in negatives:
        if frozenset((a, b)) in real:
            continue
        linked[kind][1] += 1
        linked[kind][0] += a in group and group[a] == group.get(b)
    found = sum(h for h, _ in per_kind.values())
    return {
        "precision": correct / max(1, len(links)), "recall": found / max(1, len(pairs)),
        "links": len(links), "correct": correct, "copies": len(pairs), "found": found,
        "per_kind": {k: tuple(v) for k, v in per_kind.items()},
        "negatives": {k: tuple(v) for k, v in linked.items()}, "real": len(real),
        "wrong": [(k, v) for k, v in links.items() if not same(k, v)],
    }


def run_stream(stream):
    predicted = {}
    lines = (json.dumps(item, ensure_ascii=False) for item in stream)
    dedup_lines(lines, lambda rec: predicted.__setitem__(rec["id"], rec["duplicate_of"]), on_error=print)
    return predicted


def quality(n_originals, seeds, rates, show_wrong=False):
    docs = list(indosum())
    if not docs:
        print(f"no IndoSum data in {SUMM}; quality skipped")
        return None
    negatives = hard_negatives(docs)
    real = real_duplicates(docs, negatives)
    runs = {}
    for rate in rates:
        for seed in seeds:
            stream, pairs, negs = copies.build(docs, negatives, n_originals, seed, rate)
            negs += self_described(docs)
            started = time.perf_counter()
            predicted = run_stream(stream)
            result = score(pairs, negs, real, predicted)
            result["seconds"] = time.perf_counter() - started
            result["articles"] = len(stream)
            runs[(rate, seed)] = result
            if show_wrong:
                for k, v in result["wrong"][:10]:
                    print(f"  wrong link (rate {rate}, seed {seed}): {k} -> {v}")
                for copy_id, original, kind in pairs:
                    g = groups_of(predicted)
                    if g.get(copy_id) != g.get(original):
                        print(f"  missed {kind} (rate {rate}, seed {seed}): {copy_id}")
    print_quality(runs, n_originals, len(docs))
    return runs


def print_quality(runs, n_originals, n_docs):
    keys = list(runs)
    kinds = list(next(iter(runs.values()))["per_kind"])
    print(f"### IndoSum: {n_docs} originals; {n_originals} of them copied once per kind, per seed; "
          f"columns: share of words replaced / seed")
    print("| kind of copy | " + " | ".join(f"{r:.0%} / {s}" for r, s in keys) + " |")
    print("|---|" + "---:|" * len(keys))
    for kind in kinds:
        print(f"| {kind} | " + " | ".join(f"{runs[k]['per_kind'][kind][0]}/{runs[k]['per_kind'][kind][1]}" for k in keys) + " |")
    print("| **recall** | " + " | ".join(f"**{runs[k]['recall']:.3f}**" for k in keys) + " |")
    print("| **precision** | " + " | ".join(f"**{runs[k]['precision']:.3f}** ({runs[k]['correct']}/{runs[k]['links']})"
                                           for k in keys) + " |")
    for kind in next(iter(runs.values()))["negatives"]:
        print(f"| {kind}: pairs linked | " + " | ".join(
            f"{runs[k]['negatives'][kind][0]}/{runs[k]['negatives'][kind][1]}" for k in keys) + " |")
    secs = sum(r["seconds"] for r in runs.values())
    arts = sum(r["articles"] for r in runs.values())
    print(f"\n{arts} articles in {secs:.0f} s; {next(iter(runs.values()))['real']} same-topic pairs of originals "
          "are near-duplicates in fact and count as such")


# What each step buys ---------------------------------------------------------------------------
def _estimated(a, b, settings):
    """The decision before issue 16, on word pairs: MinHash estimates of Jaccard >= 0.5 or of
    the shorter text's containment >= 0.8."""
    import numpy as np

    from pantau.nlp.dedup import Overlap

    if a.n_shingles == 0 or b.n_shingles == 0:
        return None
    j = float(np.count_nonzero(a.values == b.values)) / len(a.values)
    small, large = sorted((a.n_shingles, b.n_shingles))
    c = min(1.0, j * (small + large) / (1 + j) / small)
    ok = j >= 0.5 or (c >= 0.8 and small >= 20 and small >= 0.25 * large)
    return Overlap(j, c, 0.0) if ok else None


def _exact(a, b, settings):
    """Exact Jaccard >= 0.5 or containment of the shorter text's word pairs >= 0.8."""
    from pantau.nlp.dedup import overlap

    o = overlap(a, b, settings)
    small, large = sorted((len(a.pair_set), len(b.pair_set)))
    c = o.jaccard * (small + large) / (1 + o.jaccard) / max(1, small)
    ok = o.jaccard >= 0.5 or (c >= 0.8 and small >= 20 and small >= 0.25 * large)
    return o if ok else None


STEPS = [
    ("word pairs in LSH (64 bands of 2), MinHash estimates decide (J >= 0.5 or containment >= 0.8)", _estimated, {}),
    ("... the exact Jaccard and containment of the candidates' word pairs decide", _exact, {}),
    ("... the covered share of words decides, no holes allowed", None, {"gap": 0}),
    ("... holes of up to 4 words count as covered (shipped)", None, {}),
    ("shipped, every LSH candidate compared (no MinHash estimate >= 0.15 first)", None, {"min_jaccard": 0.0}),
]


def steps(n_originals, seeds, rates):
    """Quality and time of each step from the old decision to the shipped one, on the same sets."""
    import pantau.nlp.dedup as nd
    from pantau import dedup as pd

    docs = list(indosum())
    if not docs:
        print(f"no IndoSum data in {SUMM}; steps skipped")
        return
    negatives = hard_negatives(docs)
    real = real_duplicates(docs, negatives)
    shipped = nd.decide
    sets = {(rate, seed): copies.build(docs, negatives, n_originals, seed, rate) for rate in rates for seed in seeds}
    print(f"### What each step buys: {n_originals} originals copied per kind; seeds {seeds}; rates {rates}")
    print("| step | recall per rate | reworded / early / all at once found | precision | negatives linked | CPU s |")
    print("|---|---|---|---:|---:|---:|")
    for label, decide, knobs in STEPS:
        nd.decide = decide or shipped
        settings = nd.DedupSettings(**knobs)
        per_rate, kinds, links, right, linked, cpu = defaultdict(lambda: [0, 0]), Counter(), 0, 0, 0, 0.0
        for (rate, seed), (stream, pairs, negs) in sets.items():
            predicted = {}
            started = time.process_time()
            pd.dedup_lines((json.dumps(i, ensure_ascii=False) for i in stream),
                           lambda rec: predicted.__setitem__(rec["id"], rec["duplicate_of"]), on_error=print,
                           dedup=settings)
            cpu += time.process_time() - started
            r = score(pairs, negs + self_described(docs), real, predicted)
            per_rate[rate][0] += r["found"]
            per_rate[rate][1] += r["copies"]
            for kind in ("reword", "early", "all"):
                kinds[kind] += r["per_kind"][kind][0]
                kinds[kind + "_n"] += r["per_kind"][kind][1]
            links += r["links"]
            right += r["correct"]
            linked += sum(h for h, _ in r["negatives"].values())
        print(f"| {label} | " + ", ".join(f"{rate:.0%}: {h / n:.3f}" for rate, (h, n) in per_rate.items())
              + f" | {kinds['reword']}/{kinds['reword_n']} / {kinds['early']}/{kinds['early_n']} / "
              f"{kinds['all']}/{kinds['all_n']} | {right / max(1, links):.3f} | {linked} | {cpu:.0f} |", flush=True)
    nd.decide = shipped


# Speed --------------------------------------------------------------------------------------
def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def generated(n, docs, seed=11, per_day=500, rate=0.12):
    rng = random.Random(seed)
    pool = copies.word_pool(docs, rng)
    titles = [d["paragraphs"][0][:70].rsplit(" ", 1)[0] for d in rng.sample(docs, 200)]
    start = datetime(2026, 1, 1, tzinfo=timezone.utc)
    recent = []
    for k in range(n):
        published = start + timedelta(days=k / per_day)
        if recent and rng.random() < 0.1:
            src = rng.choice(recent)
            paras = copies.perturb(rng.choice(copies.KINDS), src, rng, titles, pool, rate, src[1:2])
        else:
            paras = []
            for d in rng.sample(docs, 3):
                i = rng.randrange(len(d["paragraphs"]))
                paras.extend(d["paragraphs"][i : i + 3])
            paras = copies.replace_words(paras, rng, 0.05, pool)
            recent.append(paras)
            if len(recent) > 200:
                recent.pop(0)
        yield json.dumps({"id": k, "text": "\n\n".join(paras), "published": published.isoformat()},
                         ensure_ascii=False)


def speed(n):
    docs = list(indosum())
    samples = {}
    counter = Counter()
    checkpoints = {*range(5_000, n + 1, 5_000), n}  # RSS over time

    def write(rec):
        counter["n"] += 1
        counter["dup"] += rec["duplicate_of"] is not None
        if counter["n"] % 1000 == 0:
            samples[counter["n"]] = rss_mb()

    def timed(lines):  # the CPU time spent making the input, to take out of the figures
        it = iter(lines)
        while True:
            t = time.process_time()
            line = next(it, None)
            counter["gen"] += time.process_time() - t
            if line is None:
                return
            yield line

    base = rss_mb()
    started, cpu = time.perf_counter(), time.process_time()
    dedup_lines(timed(generated(n, docs)), write, on_error=print)
    took, cpu = time.perf_counter() - started, time.process_time() - cpu
    own = cpu - counter["gen"]
    print(f"### speed: {n} articles in {took:.1f} s = {n / took:.0f} articles/s (wall, load included); "
          f"{own:.0f} CPU s in `dedup_lines` = {n / own:.0f} articles per CPU second (making the input took "
          f"{counter['gen']:.0f} CPU s more); {counter['dup']} marked near-duplicate")
    print(f"RSS before: {base:.0f} MB; " + "; ".join(
        f"at {k:,}: {samples[k]:.0f} MB" for k in sorted(checkpoints) if k in samples)
          + f"; peak sampled {max(samples.values()):.0f} MB")
    return {"articles_per_s": n / took, "rss": samples}


# The database stage ----------------------------------------------------------------------------
def db_stage(n, extra=500):
    """`pantau analyze`'s story stage on a database of n articles, then on `extra` more: the
    second run must cost what its new articles cost, not what the database holds."""
    import tempfile

    from pantau.dedup import cluster_db
    from pantau.store import open_db
    from pantau.store.analysis import save_analysis
    from pantau.store.articles import save_article

    docs = list(indosum())
    lines = generated(n + extra, docs)
    with tempfile.TemporaryDirectory() as tmp:
        db = open_db(Path(tmp) / "bench.db")

        def load(count):
            started = time.perf_counter()
            for _ in range(count):
                obj = json.loads(next(lines))
                save_article(db, {"url": f"https://x.example/{obj['id']}", "outlet": f"o{obj['id'] % 7}",
                                  "title": None, "text": obj["text"], "published": obj["published"]})
                save_analysis(db, db.execute("select max(id) from articles").fetchone()[0], {})
            return time.perf_counter() - started

        took_load = load(n)
        started, cpu = time.perf_counter(), time.process_time()
        first = cluster_db(db)
        took_first, cpu_first = time.perf_counter() - started, time.process_time() - cpu
        load(extra)
        started = time.perf_counter()
        second = cluster_db(db)
        took_second = time.perf_counter() - started
        size = (Path(tmp) / "bench.db").stat().st_size / 1e6
        db.close()
    print(f"### database stage: {n} articles stored in {took_load:.0f} s; first run clustered {first['clustered']} "
          f"in {took_first:.1f} s ({first['clustered'] / took_first:.0f} articles/s, "
          f"{first['clustered'] / cpu_first:.0f} per CPU second, {first['duplicates']} duplicates, "
          f"{first['new_stories']} stories); a later run with {second['clustered']} new articles took "
          f"{took_second:.1f} s ({second['clustered'] / took_second:.0f} articles/s, window loaded from the store); "
          f"database {size:.0f} MB; RSS now {rss_mb():.0f} MB")


# Sample for the test --------------------------------------------------------------------------
def write_sample(n_copied=30, n_footer=12, rate=0.12):
    """tests/data/dedup_sample.jsonl: the sample site's articles (the project's own text) with
    copies of every kind in bench/dedup_copies.py; the site's same-story articles and a dozen
    articles ending with one press-release footer are the hard negatives."""
    from tests.site.articles import load_articles

    arts = sorted(load_articles(), key=lambda a: (a.published, a.id))
    docs = [{"id": a.id, "paragraphs": [a.city + " \u2013 " + a.paragraphs[0], *a.paragraphs[1:]], "story": a.story,
             "syndicated": a.syndicated} for a in arts]
    rng = random.Random(3)
    pool = copies.word_pool(docs, rng)
    titles = [a.title for a in arts]
    chosen = rng.sample(range(len(docs)), min(n_copied, len(docs)))
    footered = set(rng.sample([i for i in range(len(docs)) if i not in chosen], n_footer))
    out = []
    for i, d in enumerate(docs):
        paras = copies.with_footer(d["paragraphs"], copies.FOOTERS[0]) if i in footered else d["paragraphs"]
        out.append({"id": d["id"], "text": "\n\n".join(paras), "original": d["syndicated"] or None,
                    "story": d["story"] or None})
    for i in chosen:
        d = docs[i]
        for kind in copies.KINDS:
            extra = docs[rng.randrange(len(docs))]["paragraphs"][1:2]
            text = "\n\n".join(copies.perturb(kind, d["paragraphs"], rng, titles, pool, rate, extra))
            copy = {"id": f"{d['id']}~{kind}", "text": text, "original": d["syndicated"] or d["id"],
                    "story": d["story"] or None}
            if kind == "early":  # published before the full version
                out.insert(next(k for k, o in enumerate(out) if o["id"] == d["id"]), copy)
            else:
                out.append(copy)
    SAMPLE.write_text("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in out), encoding="utf-8")
    print(f"wrote {len(out)} lines to {SAMPLE}")


def main():
    global SUMM
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("what", nargs="*", default=["quality", "speed"],
                        choices=["quality", "steps", "speed", "db", "sample"])
    parser.add_argument("--originals", type=int, default=300, help="IndoSum articles copied once per kind, per seed")
    parser.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3])
    parser.add_argument("--rates", type=float, nargs="+", default=[0.12, 0.16, 0.2],
                        help="shares of words a reworded copy replaces")
    parser.add_argument("--wrong", action="store_true", help="list wrong links and missed copies")
    parser.add_argument("--articles", type=int, default=50_000, help="articles in the speed run")
    parser.add_argument("--data", type=Path, default=SUMM, help="the IndoSum folder (shared/data/summ)")
    args = parser.parse_args()
    SUMM = args.data
    print(f"machine: {machine()}")
    if "sample" in args.what:
        write_sample()
    if "quality" in args.what:
        quality(args.originals, args.seeds, args.rates, args.wrong)
    if "steps" in args.what:
        steps(args.originals, args.seeds, args.rates)
    if "speed" in args.what:
        speed(args.articles)
    if "db" in args.what:
        db_stage(args.articles)


if __name__ == "__main__":
    main()
