"""Near-duplicate quality and speed.

    python bench/dedup.py quality   # precision/recall on IndoSum originals + perturbed copies
    python bench/dedup.py speed     # articles/s and RSS over 50,000 generated articles
    python bench/dedup.py db        # the story stage of `pantau analyze` on a 50,000-article database
    python bench/dedup.py sample    # rewrite tests/data/dedup_sample.jsonl from the sample site

Quality: originals are IndoSum articles (shared/data/summ, CC BY-SA 4.0, tokens joined back into
text). Each chosen original gets perturbed copies (a new dateline, added "Baca juga"/byline
boilerplate, cut paragraphs, light rewording, an updated version, all of these together), placed
later in the stream. Hard negatives are pairs of different IndoSum articles on the same topic
(TF-IDF cosine >= 0.3). A predicted `duplicate_of` is right when it names the copy's original.
Pairs of IndoSum originals that really are near-duplicates (exact 3-gram containment >= 0.8 of
the cleaned texts) are counted as duplicates, not hard negatives, and reported.

Speed: 50,000 articles made by splicing paragraphs of different IndoSum articles (not duplicates
of each other), 10% of them near-duplicate copies of a recent one, 500 published a day; streamed
through `dedup_lines` (what `pantau dedup` runs). RSS is sampled every 1,000 articles.
"""

import argparse
import json
import random
import re
import sys
import time
from collections import Counter, defaultdict
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.machine import machine  # noqa: E402
from pantau.dedup import dedup_lines  # noqa: E402
from pantau.nlp.dedup import clean_text, shingle_hashes  # noqa: E402

SUMM = ROOT.parent / "shared" / "data" / "summ"
SAMPLE = ROOT / "tests" / "data" / "dedup_sample.jsonl"
KINDS = ("dateline", "boilerplate", "cut", "reword", "update", "all")
DATELINES = ["JAKARTA, KOMPAS.com - ", "Liputan6.com, Jakarta - ", "Jakarta (ANTARA) - ", "TEMPO.CO, Jakarta - ",
             "Jakarta, CNN Indonesia -- ", "Bisnis.com, JAKARTA \u2014 ", "KONTAN.CO.ID - JAKARTA. "]
SYNONYMS = {
    "mengatakan": "menyatakan", "menyatakan": "mengatakan", "kata": "ujar", "ujar": "kata", "sudah": "telah",
    "telah": "sudah", "hingga": "sampai", "sampai": "hingga", "agar": "supaya", "supaya": "agar", "dapat": "bisa",
    "bisa": "dapat", "akan": "bakal", "namun": "tetapi", "tetapi": "namun", "karena": "sebab", "saat": "ketika",
    "ketika": "saat", "jumlah": "total", "sebesar": "senilai", "besar": "tinggi", "juga": "pun", "sangat": "amat",
    "masih": "tetap", "banyak": "sejumlah", "para": "", "pun": "juga", "adalah": "merupakan", "merupakan": "adalah",
    "ini": "tersebut", "tersebut": "itu", "itu": "tersebut", "dengan": "bersama", "untuk": "guna", "bagi": "untuk",
}


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


def reword(paragraphs, rng, rate=0.6, drop=0.02):
    out = []
    for p in paragraphs:
        words = []
        for w in p.split(" "):
            key = w.lower()
            if key in SYNONYMS and rng.random() < rate:
                w = SYNONYMS[key]
            elif rng.random() < drop:
                continue
            if w:
                words.append(w)
        out.append(" ".join(words))
    return out


def perturb(kind, paragraphs, rng, other_titles, extra_paragraphs):
    """A copy of `paragraphs` as another outlet or a later version would publish it."""
    p = list(paragraphs)
    if kind in ("dateline", "all"):
        p[0] = rng.choice(DATELINES) + p[0]
    if kind in ("boilerplate", "all"):
        for title in rng.sample(other_titles, 2):
            p.insert(rng.randrange(1, len(p)), f"Baca juga: {title}")
        p.append(f"Editor: {rng.choice(['Galih Pratama', 'Dewi Lestari', 'Ahmad Fauzi'])}")
        p.append("Artikel ini telah tayang di Kompas.com dengan judul yang sama.")
    if kind in ("cut", "all"):
        keep = max(2, round(len(p) * rng.uniform(0.55, 0.8 if kind == "all" else 0.7)))
        p = p[:keep]
    if kind in ("reword", "all"):
        p = reword(p, rng, rate=0.6 if kind == "reword" else 0.3)
    if kind == "update":  # new paragraphs: another article's words shuffled, so no shingles are shared
        for extra in extra_paragraphs:
            words = extra.split()
            rng.shuffle(words)
            p.append("Pembaruan: " + " ".join(words))
        p[0] = re.sub(r"\d+", lambda m: str(int(m.group()) + 1), p[0], count=1)
    return p


# Quality ------------------------------------------------------------------------------------
def exact_containment(a: str, b: str) -> float:
    x, y = set(shingle_hashes(clean_text(a)).tolist()), set(shingle_hashes(clean_text(b)).tolist())
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


def build_set(docs, n_originals, seed=7, titles=None):
    """Stream of {"id", "text"} and gold {copy id: original id}, hard-negative pairs, real dups."""
    rng = random.Random(seed)
    titles = titles or [d["paragraphs"][0][:80] for d in docs]
    negatives = hard_negatives(docs)
    real = set()  # hard-negative candidates that are real near-duplicates of each other
    for i, j in negatives:
        if exact_containment("\n".join(docs[i]["paragraphs"]), "\n".join(docs[j]["paragraphs"])) >= 0.8:
            real.add((docs[i]["id"], docs[j]["id"]))
    chosen = rng.sample(range(len(docs)), min(n_originals, len(docs)))
    order = list(range(len(docs)))
    rng.shuffle(order)
    stream = [{"id": docs[i]["id"], "text": "\n\n".join(docs[i]["paragraphs"])} for i in order]
    position = {docs[i]["id"]: k for k, i in enumerate(order)}
    gold = {}
    inserts = []
    for i in chosen:
        d = docs[i]
        extra = rng.choice(docs)["paragraphs"][1:3]
        for kind in KINDS:
            copy_id = f"{d['id']}~{kind}"
            text = "\n\n".join(perturb(kind, d["paragraphs"], rng, titles, extra))
            at = rng.randint(position[d["id"]] + 1, len(stream))
            inserts.append((at, rng.random(), {"id": copy_id, "text": text}))
            gold[copy_id] = d["id"]
    for at, _, item in sorted(inserts, key=lambda t: (t[0], t[1]), reverse=True):
        stream.insert(at, item)
    neg_pairs = [(docs[i]["id"], docs[j]["id"]) for i, j in negatives if (docs[i]["id"], docs[j]["id"]) not in real]
    return stream, gold, neg_pairs, real


def score(stream, gold, neg_pairs, real, predicted):
    """Precision over predicted links, recall per kind, hard-negative false positives."""
    def group(x):
        return gold.get(x, x)

    same_real = {frozenset(p) for p in real}
    links = {k: v for k, v in predicted.items() if v is not None}
    correct = sum(1 for k, v in links.items() if group(k) == group(v) or frozenset((group(k), group(v))) in same_real)
    per_kind = defaultdict(lambda: [0, 0])
    for copy_id, original in gold.items():
        kind = copy_id.rsplit("~", 1)[1]
        per_kind[kind][1] += 1
        v = links.get(copy_id)
        per_kind[kind][0] += v is not None and group(v) == original
    found = sum(h for h, _ in per_kind.values())
    total = sum(n for _, n in per_kind.values())
    fp_neg = sum(1 for a, b in neg_pairs if links.get(a, a) == links.get(b, b))  # same predicted group
    return {
        "precision": correct / max(1, len(links)), "recall": found / max(1, total),
        "links": len(links), "correct": correct, "copies": total, "found": found,
        "per_kind": {k: (h, n) for k, (h, n) in sorted(per_kind.items())},
        "hard_negatives": len(neg_pairs), "hard_negative_fp": fp_neg, "real_dups_among_originals": len(real),
    }


def run_stream(stream):
    predicted = {}
    lines = (json.dumps(item, ensure_ascii=False) for item in stream)
    dedup_lines(lines, lambda rec: predicted.__setitem__(rec["id"], rec["duplicate_of"]), on_error=print)
    return predicted


def print_quality(result, label):
    print(f"### {label}")
    print("| perturbation | copies | found | recall |")
    print("|---|---:|---:|---:|")
    for kind, (h, n) in result["per_kind"].items():
        print(f"| {kind} | {n} | {h} | {h / max(1, n):.3f} |")
    print(f"| **all copies** | {result['copies']} | {result['found']} | **{result['recall']:.3f}** |")
    print(f"\nprecision {result['precision']:.3f} ({result['correct']}/{result['links']} predicted links right); "
          f"hard negatives (same-topic pairs): {result['hard_negative_fp']} of {result['hard_negatives']} linked; "
          f"{result['real_dups_among_originals']} pairs of originals are real near-duplicates")


def quality(n_originals):
    docs = list(indosum())
    stream, gold, negs, real = build_set(docs, n_originals)
    started = time.perf_counter()
    predicted = run_stream(stream)
    took = time.perf_counter() - started
    result = score(stream, gold, negs, real, predicted)
    print_quality(result, f"IndoSum: {len(docs)} originals, {len(gold)} perturbed copies of {n_originals}, "
                          f"{len(stream)} articles in {took:.1f} s")
    limits(docs)
    return result


def limits(docs, n=600, seed=5):
    """Where detection stops: share of pairs still called duplicates as copies get harder."""
    from pantau.nlp.dedup import is_duplicate, signature

    rng = random.Random(seed)
    docs = docs[:n]
    originals = [signature("\n\n".join(d["paragraphs"])) for d in docs]

    def rate(change):
        return sum(is_duplicate(o, signature("\n\n".join(change(d["paragraphs"])))) for o, d in zip(originals, docs)) / len(docs)

    print("\n| harder copy | still found |\n|---|---:|")
    for keep in (0.5, 0.4, 0.3, 0.2):
        print(f"| first {keep:.0%} of paragraphs kept | {rate(lambda p: p[: max(1, round(len(p) * keep))]):.3f} |")
    for drop in (0.0, 0.05, 0.1):
        print(f"| every listed synonym swapped, {drop:.0%} of words dropped | "
              f"{rate(lambda p: reword(p, rng, rate=1.0, drop=drop)):.3f} |")


# Speed --------------------------------------------------------------------------------------
def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def generated(n, docs, seed=11, per_day=500):
    rng = random.Random(seed)
    start = datetime(2026, 1, 1, tzinfo=timezone.utc)
    recent = []
    for k in range(n):
        published = start + timedelta(days=k / per_day)
        if recent and rng.random() < 0.1:
            src = rng.choice(recent)
            paras = perturb(rng.choice(KINDS), src, rng, ["Judul lain"] * 2, src[:1])
        else:
            paras = []
            for d in rng.sample(docs, 3):
                i = rng.randrange(len(d["paragraphs"]))
                paras.extend(d["paragraphs"][i : i + 3])
            paras = reword(paras, rng, rate=0.3, drop=0.05)
            recent.append(paras)
            if len(recent) > 200:
                recent.pop(0)
        yield json.dumps({"id": k, "text": "\n\n".join(paras), "published": published.isoformat()},
                         ensure_ascii=False)


def speed(n):
    docs = list(indosum())
    samples = {}
    counter = Counter()
    checkpoints = {10_000, 25_000, 50_000, n}

    def write(rec):
        counter["n"] += 1
        counter["dup"] += rec["duplicate_of"] is not None
        if counter["n"] % 1000 == 0:
            samples[counter["n"]] = rss_mb()

    base = rss_mb()
    started, cpu = time.perf_counter(), time.process_time()
    dedup_lines(generated(n, docs), write, on_error=print)
    took, cpu = time.perf_counter() - started, time.process_time() - cpu
    print(f"### speed: {n} articles in {took:.1f} s = {n / took:.0f} articles/s; {cpu:.0f} CPU s = "
          f"{n / cpu:.0f} articles per CPU second, generating the input included "
          f"({counter['dup']} marked near-duplicate)")
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
def write_sample():
    """tests/data/dedup_sample.jsonl: the sample site's on-topic articles (the project's own
    text) with perturbed copies; the story pairs of the site are the hard negatives."""
    from tests.site.articles import load_articles

    arts = sorted(load_articles(), key=lambda a: (a.published, a.id))
    docs = [{"id": a.id, "paragraphs": [a.city + " \u2013 " + a.paragraphs[0], *a.paragraphs[1:]], "story": a.story,
             "syndicated": a.syndicated} for a in arts]
    rng = random.Random(3)
    titles = [a.title for a in arts]
    out = []
    for d in docs:
        out.append({"id": d["id"], "text": "\n\n".join(d["paragraphs"]), "original": d["syndicated"] or None,
                    "story": d["story"] or None})
    for d in rng.sample(docs, min(30, len(docs))):
        extra = rng.choice(docs)["paragraphs"][1:2]
        for kind in KINDS:
            out.append({"id": f"{d['id']}~{kind}", "text": "\n\n".join(perturb(kind, d["paragraphs"], rng, titles, extra)),
                        "original": d["syndicated"] or d["id"], "story": d["story"] or None})
    SAMPLE.write_text("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in out), encoding="utf-8")
    print(f"wrote {len(out)} lines to {SAMPLE}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("what", nargs="*", default=["quality", "speed"], choices=["quality", "speed", "db", "sample"])
    parser.add_argument("--originals", type=int, default=800, help="IndoSum articles that get perturbed copies")
    parser.add_argument("--articles", type=int, default=50_000, help="articles in the speed run")
    args = parser.parse_args()
    print(f"machine: {machine()}")
    if "sample" in args.what:
        write_sample()
    if "quality" in args.what:
        quality(args.originals)
    if "speed" in args.what:
        speed(args.articles)
    if "db" in args.what:
        db_stage(args.articles)


if __name__ == "__main__":
    main()
