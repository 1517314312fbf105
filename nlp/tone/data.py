"""Reading the sentiment sets in ../shared/data/sentiment (see its README) as (text, label) pairs.

Labels are "positive", "neutral", "negative". Only train and valid splits exist there; the
test splits are held out. CNBC headline text belongs to CNBC Indonesia: it is read here for
training and measuring, never written anywhere.
"""

import csv
from pathlib import Path

LABELS = ("negative", "neutral", "positive")
CNBC_LABELS = {"negatif": "negative", "netral": "neutral", "positif": "positive"}
HOASA_LABELS = {"neg": "negative", "neut": "neutral", "pos": "positive", "neg_pos": None}


def smsa(root: Path, split: str) -> list[tuple[str, str]]:
    path = Path(root) / "smsa_doc-sentiment-prosa" / f"{split}_preprocess.tsv"
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            text, _, label = line.rstrip("\n").rpartition("\t")
            if text and label in LABELS:
                rows.append((text, label))
    return rows


def cnbc(root: Path, split: str) -> list[tuple[str, str]]:
    path = Path(root) / "cnbci_stock_news_headlines" / f"{split}.csv"
    with open(path, encoding="utf-8", newline="") as f:
        return [(r["judul"], CNBC_LABELS[r["sentimen"]]) for r in csv.DictReader(f) if r["sentimen"] in CNBC_LABELS]


def nusax(root: Path, split: str) -> list[tuple[str, str]]:
    path = Path(root) / "nusax_senti_indonesian" / f"{split}.csv"
    with open(path, encoding="utf-8", newline="") as f:
        return [(r["text"], r["label"]) for r in csv.DictReader(f) if r["label"] in LABELS]


def aspect_document_label(values) -> str | None:
    """A review's overall tone from its aspect labels: positive or negative when every aspect
    that has a polarity agrees, neutral when none has one, None (left out) when they disagree."""
    polar = {v for v in values if v in ("positive", "negative")}
    if not polar:
        return "neutral"
    return polar.pop() if len(polar) == 1 else None


def aspects(root: Path, name: str, split: str) -> list[tuple[str, str]]:
    """CASA (name "casa") or HoASA ("hoasa") reviews with a document label (aspect_document_label)."""
    folder, column = {"casa": ("casa_absa-prosa", "sentence"), "hoasa": ("hoasa_absa-airy", "review")}[name]
    rows = []
    with open(Path(root) / folder / f"{split}_preprocess.csv", encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            values = [HOASA_LABELS.get(v, v) for k, v in r.items() if k != column]
            label = aspect_document_label(values)
            if label:
                rows.append((r[column], label))
    return rows
