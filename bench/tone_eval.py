"""Tone quality: the shipped classifier on the SmSA and CNBC valid splits, the targeted method
on our news set (bench/dev/tone.jsonl), and baselines trained and scored in the same run.

    .venv/bin/python bench/tone_eval.py            # everything (baselines take a few minutes)
    .venv/bin/python bench/tone_eval.py --news     # the news set only (no shared data needed)

Macro F1 × 100 (sklearn, average="macro"). The valid splits come from ../shared/data/sentiment
(skipped when absent); the test splits are held out and scored elsewhere through `pantau tone`.
"SmSA valid at test mix" reweights SmSA valid to the class mix its test split is documented to
have (neutral 17.6 %, README of the data), a check that the figure does not rest on neutral
being rare.
"""

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.machine import machine  # noqa: E402

SENTIMENT = ROOT.parent / "shared" / "data" / "sentiment"
NEWS_SET = ROOT / "bench" / "dev" / "tone.jsonl"
REAL_SET = ROOT / "bench" / "dev" / "tone_real.jsonl"
INDOSUM = ROOT.parent / "shared" / "data" / "summ"
TEST_NEUTRAL_SHARE = 0.176


def macro_f1(gold, predicted, weights=None) -> float:
    from sklearn.metrics import f1_score

    return round(100 * f1_score(gold, predicted, average="macro", sample_weight=weights), 2)


def per_class(gold, predicted) -> dict:
    from sklearn.metrics import f1_score

    labels = ["negative", "neutral", "positive"]
    return dict(zip(labels, (round(100 * float(f), 1) for f in f1_score(gold, predicted, average=None, labels=labels))))


def test_mix_weights(gold) -> list[float]:
    counts = Counter(gold)
    n = len(gold)
    neutral = counts["neutral"] / n
    return [TEST_NEUTRAL_SHARE / neutral if g == "neutral" else (1 - TEST_NEUTRAL_SHARE) / (1 - neutral) for g in gold]


def read_news(path: Path = NEWS_SET, split: str | None = None) -> list[dict]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if split is None or r["split"] == split]


def read_real(split: str, path: Path = REAL_SET, indosum: Path = INDOSUM) -> list[dict]:
    """The real-text set: labels in bench/dev/tone_real.jsonl, each sentence read from IndoSum
    (../shared/data/summ) at run time, detokenised; [] when IndoSum is absent."""
    from pantau.nlp.summarizer.indosum import detokenize_paragraph

    files = sorted(indosum.glob("indosum_*.jsonl")) if indosum.is_dir() else []
    if not files:
        return []
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = [r for r in rows if r["split"] == split]
    wanted = {r["article"] for r in rows}
    articles = {}
    for f in files:
        with f.open(encoding="utf-8") as lines:
            for line in lines:
                a = json.loads(line)
                if a["id"] in wanted:
                    articles[a["id"]] = a
    for r in rows:
        text, _ = detokenize_paragraph([articles[r["article"]]["paragraphs"][r["paragraph"]][r["sentence"]]])
        r["text"] = text
    return rows


QUOTE_SET = ROOT / "bench" / "dev_real" / "quote_tone.jsonl"


def quote_scores(path: Path = QUOTE_SET) -> dict | None:
    """The tone `pantau annotate` gives each quote (the classifier on the quote's text) against
    hand labels of the tone of what is said, on the gold quotes of the real articles
    (bench/dev_real/gold: offsets into the texts read from ../shared/data at run time; None when
    those are absent)."""
    from bench import real_eval
    from pantau.nlp import tone

    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    pairs, _ = real_eval.real_set()
    golds = {article["id"]: gold for article, gold in pairs}
    if any(r["article"] not in golds for r in rows):
        return None
    quotes = [golds[r["article"]]["quotes"][r["quote"]]["text"] for r in rows]
    predicted = [t for t, _ in tone.classify(quotes)]
    gold = [r["tone"] for r in rows]
    return {"n": len(rows), "macro_f1": macro_f1(gold, predicted), "per_class": per_class(gold, predicted),
            "majority": macro_f1(gold, [Counter(gold).most_common(1)[0][0]] * len(gold))}


def news_scores(rows: list[dict]) -> dict:
    """The targeted method on the news set, and what it is compared with."""
    from pantau.nlp import tone

    gold = [r["tone"] for r in rows]
    targeted = tone.toward([(r["text"], r["target"]) for r in rows])
    whole = tone.classify([r["text"] for r in rows])
    out = {
        "n": len(rows),
        "targeted": macro_f1(gold, [t for t, _ in targeted]),
        "targeted_accuracy": round(100 * sum(g == t for g, (t, _) in zip(gold, targeted)) / len(rows), 1),
        "targeted_per_class": per_class(gold, [t for t, _ in targeted]),
        "whole_text": macro_f1(gold, [t for t, _ in whole]),
        "majority": macro_f1(gold, [Counter(gold).most_common(1)[0][0]] * len(gold)),
        "errors": [(r["id"], r["target"], r["tone"], t, s) for r, (t, s) in zip(rows, targeted) if t != r["tone"]],
    }
    return out


def valid_scores(root: Path = SENTIMENT) -> dict:
    """The shipped classifier on SmSA and CNBC valid, as `pantau tone` scores plain text."""
    from pantau.nlp import tone
    from pantau.nlp.tone import data

    out = {}
    for name, rows in (("smsa", data.smsa(root, "valid")), ("cnbc", data.cnbc(root, "valid"))):
        gold = [label for _, label in rows]
        started = time.perf_counter()
        predicted = [t for t, _ in tone.classify([text for text, _ in rows])]
        seconds = time.perf_counter() - started
        out[name] = {"macro_f1": macro_f1(gold, predicted), "per_class": per_class(gold, predicted),
                     "n": len(rows), "texts_per_s": round(len(rows) / seconds)}
        if name == "smsa":
            out[name]["at_test_mix"] = macro_f1(gold, predicted, test_mix_weights(gold))
    return out


def baselines(root: Path = SENTIMENT, news: list[dict] | None = None) -> dict:
    """TF-IDF (word unigrams, sklearn defaults) + logistic regression, trained on SmSA train
    alone and on SmSA + CNBC train; and the majority class of each valid split."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    from pantau.nlp.tone import data

    smsa_train, cnbc_train = data.smsa(root, "train"), data.cnbc(root, "train")
    valid = {"smsa": data.smsa(root, "valid"), "cnbc": data.cnbc(root, "valid")}
    out = {}
    for name, train in (("tfidf_lr_smsa", smsa_train), ("tfidf_lr_smsa_cnbc", smsa_train + cnbc_train)):
        vectorizer = TfidfVectorizer()
        X = vectorizer.fit_transform([t for t, _ in train])
        clf = LogisticRegression(max_iter=2000).fit(X, [label for _, label in train])
        scores = {}
        for split, rows in valid.items():
            predicted = clf.predict(vectorizer.transform([t for t, _ in rows]))
            scores[split] = macro_f1([label for _, label in rows], list(predicted))
        if news:
            predicted = clf.predict(vectorizer.transform([r["text"] for r in news]))
            scores["news"] = macro_f1([r["tone"] for r in news], list(predicted))
        out[name] = scores
    out["majority"] = {split: macro_f1([label for _, label in rows], [Counter(label for _, label in rows).most_common(1)[0][0]] * len(rows))
                       for split, rows in valid.items()}
    return out


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--news", action="store_true", help="only the news set")
    parser.add_argument("--errors", action="store_true", help="list the news set's misses")
    args = parser.parse_args(argv)
    print(f"# Tone · {machine()}")
    result = {}
    for split in ("dev", "test", "test2", "real_dev", "real_test"):
        rows = read_real(split) if split.startswith("real") else read_news(split=split)
        if not rows:
            continue
        s = result[f"news_{split}"] = news_scores(rows)
        print(f"news set ({split}, {s['n']} sentences): targeted macro F1 {s['targeted']} (accuracy {s['targeted_accuracy']}, "
              f"per class {s['targeted_per_class']}); whole-sentence classifier {s['whole_text']}; majority {s['majority']}")
        if args.errors:
            for e in s["errors"]:
                print("   miss", *e)
    q = result["quotes"] = quote_scores()
    if q is None:
        print(f"quotes of the real articles skipped: their texts are read from {INDOSUM} and "
              f"../shared/data/pages at run time, and some are absent")
    else:
        print(f"quotes of the real articles ({q['n']}, tone of what is said): macro F1 {q['macro_f1']} "
              f"(per class {q['per_class']}); majority {q['majority']}")
    if args.news:
        return result
    if not (SENTIMENT / "smsa_doc-sentiment-prosa").is_dir():
        print(f"no {SENTIMENT}: valid splits and baselines skipped")
        return result
    v = result["valid"] = valid_scores()
    print(f"SmSA valid: macro F1 {v['smsa']['macro_f1']} (at the test mix {v['smsa']['at_test_mix']}; per class {v['smsa']['per_class']}); "
          f"{v['smsa']['texts_per_s']} texts/s")
    print(f"CNBC valid: macro F1 {v['cnbc']['macro_f1']} (per class {v['cnbc']['per_class']}); {v['cnbc']['texts_per_s']} texts/s")
    b = result["baselines"] = baselines(news=read_news(split="dev"))
    for name, scores in b.items():
        print(f"baseline {name}: " + ", ".join(f"{k} {v}" for k, v in scores.items()))
    return result


if __name__ == "__main__":
    main()
