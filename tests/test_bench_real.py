"""Pantau on real news text (bench/dev_real, labelled by hand) stays above the floors in
bench/floors.json ("real"), and the gold stays consistent with the texts it labels."""

import json
import re
from decimal import Decimal
from pathlib import Path

import pytest

from bench import real_eval

FLOORS = json.loads((Path(__file__).parent.parent / "bench" / "floors.json").read_text(encoding="utf-8"))["real"]
GOLD = real_eval.REAL / "gold"


@pytest.fixture(scope="module")
def real():
    pairs, skipped = real_eval.real_set()
    return real_eval.evaluate(pairs), skipped


def test_the_real_set_is_large_enough(real):
    report, _ = real
    assert report["articles"] >= FLOORS["min_articles"]


@pytest.mark.parametrize("measure", [k for k in FLOORS if not k.startswith("_") and k != "min_articles"])
def test_score_above_floor(real, measure):
    report, _ = real
    assert real_eval.measures(report)[measure] >= FLOORS[measure], real_eval.table({"real": report})


def test_the_shared_pages_are_scored_when_present(real):
    _, skipped = real
    if not real_eval.PAGES.exists():
        pytest.skip("../shared/data/pages is absent: the 4 pages are not scored")
    assert not skipped, f"page text changed since it was labelled: {skipped}"


def test_errors_name_what_went_wrong(real):
    report, _ = real
    errors = [e for a in report["per_article"] for e in a["errors"]]
    kinds = {e.split(":")[0].split(" (")[0] for e in errors}
    assert kinds <= {"person extra", "person duplicate", "person missed", "person short name", "role wrong",
                     "quote missed", "quote extra", "speaker wrong", "kind wrong", "figure missed", "figure extra"}
    assert "real" in real_eval.table({"real": report})


@pytest.mark.parametrize("path", sorted(GOLD.glob("*.json")), ids=lambda p: p.stem)
def test_gold_matches_its_text(path):
    """Every labelled quote, figure and name is in the article it labels (IndoSum part, stored here)."""
    gold = json.loads(path.read_text(encoding="utf-8"))
    speakers = {p["name"] for p in gold["people"]} | {s["name"] for s in gold["speakers"]}
    for q in gold["quotes"]:
        assert q["kind"] in ("direct", "indirect")
        assert q["speaker"] is None or q["speaker"] in speakers, q
    for f in gold["figures"]:
        assert f["kind"] in ("money", "percent", "count", "other")
        assert (f["currency"] is not None) == (f["kind"] == "money"), f
        Decimal(f["value"])
    if "text_sha256" in gold:  # a shared page: offsets only, no text stored
        assert all("text" not in x for x in gold["quotes"] + gold["figures"])
        return
    title, body = real_eval.read_article_file(real_eval.REAL / "articles" / f"{gold['id']}.txt")
    for p in gold["people"]:
        for name in (p["name"], *p["aliases"]):
            assert name in f"{title}\n{body}", name
    for q in gold["quotes"]:
        assert q["text"] in body, q["text"]
    for f in gold["figures"]:
        where = title if f["where"] == "title" else body
        assert re.search(r"(?<![\w/])" + re.escape(f["text"]) + r"(?!\w)", where), f["text"]
