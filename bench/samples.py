"""The small real samples the quality-floor tests score (bench/floors.json), built at run time from
../shared/data: the corpora belong to their owners, so the repository keeps which articles and
sentences make a sample, never their text.

- `indosum_sample()`: the 40 IndoSum articles listed in tests/data/summ/indosum_sample_ids.txt
  (drawn at random once, left out of the shipped summariser's training), as
  {"id", "text", "summary", "category", "source", "source_url"}, in the order of that list.
- `ner_sample(corpus)`: the first 200 sentences of IndoNLU's `valid_preprocess.txt` for "nerp" or
  "nergrit", as the text of that file (token<TAB>tag lines, a blank line between sentences); for
  "nerp-dev", the first 200 of the tenth of NERP train that training holds out
  (`nlp/ner/corpus.split_off`), in the same format. The shipped `nerp` model trains on NERP valid,
  so its floor is set on that held-out tenth, which no model trains on.

`SHA256` pins each sample to the text its floors were set on; `sha256()` computes it for a test.
Both raise FileNotFoundError when the shared data is absent (see `missing`).
"""

import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.dev_real.make_texts import load_indosum, shared_data  # noqa: E402

SHARED = shared_data()
SUMM = SHARED / "summ"
SUMM_FILES = ("indosum_dev.01.jsonl", "indosum_extra.jsonl")
INDOSUM_IDS = ROOT / "tests" / "data" / "summ" / "indosum_sample_ids.txt"
NER_FILES = {"nerp": SHARED / "ner" / "nerp_ner-prosa" / "valid_preprocess.txt",
             "nergrit": SHARED / "ner" / "nergrit_ner-grit" / "valid_preprocess.txt",
             "nerp-dev": SHARED / "ner" / "nerp_ner-prosa" / "train_preprocess.txt"}
NER_SENTENCES = 200

# What the samples were when their floors were set (the committed copies they replace, 2026-12-04).
SHA256 = {
    "indosum": "47bcdd02b7218273a4395f4709de309b8dd64cb15a9061967a94e54e69e100d3",
    "nerp": "6029490cc11401bf0f791e94b6c735a15c8c1170c64d31933d0a94b5517c4636",
    "nergrit": "fd20a707b7c452d5a90b0d7233e6699165c94cd7fc82cd9cbf575fbb4d5469ee",
    "nerp-dev": "966accb2b60ea0af5235d5bc9a675f15eb01bd251caff68bafc71f2ea77efd6d",
}

def missing(name: str) -> str | None:
    """Why the sample `name` ("indosum", "nerp", "nergrit", "nerp-dev") cannot be built here, or None."""
    paths = [SUMM / f for f in SUMM_FILES] if name == "indosum" else [NER_FILES[name]]
    absent = [str(p) for p in paths if not p.exists()]
    return f"{', '.join(absent)} absent: the {name} sample is built from ../shared/data at run time" if absent else None


def indosum_ids() -> list[str]:
    return [line.strip() for line in INDOSUM_IDS.read_text(encoding="utf-8").splitlines() if line.strip()]


def indosum_sample() -> list[dict]:
    from pantau.nlp.summarizer import indosum

    if reason := missing("indosum"):
        raise FileNotFoundError(reason)
    ids = indosum_ids()
    found = {}
    for record in load_indosum(set(ids), SUMM_FILES).values():
        article = indosum.to_article(record)
        found[article.id] = {
            "id": article.id, "text": article.text,
            "summary": [indosum.detokenize_paragraph([s])[0] for s in record["summary"]],
            "category": article.category, "source": article.source, "source_url": article.source_url}
    lost = [i for i in ids if i not in found]
    if lost:
        raise ValueError(f"{len(lost)} sample articles are not in {SUMM}: {lost[:3]}")
    return [found[i] for i in ids]


def ner_sample(corpus: str) -> str:
    if reason := missing(corpus):
        raise FileNotFoundError(reason)
    if corpus == "nerp-dev":
        from pantau.nlp.ner import conll
        from pantau.nlp.ner.corpus import split_off

        _, held_out = split_off(conll.read(NER_FILES[corpus]))
        return conll.format_sentences(held_out[:NER_SENTENCES])
    lines, sentences = [], 0
    with open(NER_FILES[corpus], encoding="utf-8") as f:
        for line in f:
            if line.strip():
                lines.append(line)
            elif lines and lines[-1].strip():
                sentences += 1
                if sentences == NER_SENTENCES:
                    break
                lines.append(line)
    return "".join(lines)


def sha256(name: str) -> str:
    if name == "indosum":
        text = "\n".join(json.dumps(r, ensure_ascii=False, sort_keys=True) for r in indosum_sample())
    else:
        text = ner_sample(name)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
