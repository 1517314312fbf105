"""Pantau on real news text (bench/dev_real, labelled by hand) stays above the floors in
bench/floors.json ("real"), and the gold stays consistent with the texts it labels. The texts are
read from ../shared/data at run time (never stored here): without it these tests skip."""

import json
import re
from decimal import Decimal
from pathlib import Path

import pytest

from bench import real_eval

FLOORS = json.loads((Path(__file__).parent.parent / "bench" / "floors.json").read_text(encoding="utf-8"))["real"]
GOLD = real_eval.REAL / "gold"


NO_SUMM = f"{real_eval.SUMM} is absent: the IndoSum articles of bench/dev_real are built from it at run time"


@pytest.fixture(scope="module")
def real():
    if not real_eval.make_texts.available():
        pytest.skip(NO_SUMM)
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
    assert not [i for i in skipped if i.startswith("page-")], f"page text changed since it was labelled: {skipped}"


def test_every_indosum_article_is_scored(real):
    """The texts built from ../shared/data/summ are the ones the gold offsets were made on."""
    _, skipped = real
    assert not [i for i in skipped if not i.startswith("page-")], real_eval.skipped_message(skipped)


def test_errors_name_what_went_wrong(real):
    report, _ = real
    errors = [e for a in report["per_article"] for e in a["errors"]]
    kinds = {e.split(":")[0].split(" (")[0] for e in errors}
    assert kinds <= {"person extra", "person duplicate", "person missed", "person short name", "role wrong",
                     "quote missed", "quote extra", "speaker wrong", "kind wrong", "figure missed", "figure extra"}
    assert "real" in real_eval.table({"real": report})


def test_no_article_text_is_stored():
    """The articles belong to their outlets: bench/dev_real keeps the labels, never the texts."""
    stored = sorted(str(p.relative_to(real_eval.REAL)) for p in real_eval.REAL.rglob("*.txt"))
    assert not stored, f"article texts in bench/dev_real (they are built at run time; delete them): {stored[:5]}"


@pytest.fixture(scope="module")
def indosum_texts():
    if not real_eval.make_texts.available():
        pytest.skip(NO_SUMM)
    return real_eval.make_texts.article_texts()


@pytest.mark.parametrize("path", sorted(GOLD.glob("*.json")), ids=lambda p: p.stem)
def test_gold_stores_no_article_text(path):
    """Quotes are offsets into the text read at run time, never a copy of it (house rule)."""
    gold = json.loads(path.read_text(encoding="utf-8"))
    assert "text_sha256" in gold and all("text" not in q and q["start"] < q["end"] for q in gold["quotes"]), \
        f"{path.name}: quote text stored; run `python bench/dev_real/make_texts.py offsets {path}`"
    if gold["id"].startswith("page-"):
        assert all("text" not in f for f in gold["figures"])
    speakers = {p["name"] for p in gold["people"]} | {s["name"] for s in gold["speakers"]}
    for q in gold["quotes"]:
        assert q["kind"] in ("direct", "indirect")
        assert q["speaker"] is None or q["speaker"] in speakers, q
    for f in gold["figures"]:
        assert f["kind"] in ("money", "percent", "count", "other")
        assert (f["currency"] is not None) == (f["kind"] == "money"), f
        Decimal(f["value"])


@pytest.mark.parametrize("entry", [s for s in real_eval.make_texts.selection() if s.get("indosum_id")], ids=lambda s: s["id"])
def test_indosum_gold_matches_its_text(entry, indosum_texts):
    """Every labelled quote, figure and name is in the IndoSum article it labels, built at run time."""
    gold = json.loads((GOLD / f"{entry['id']}.json").read_text(encoding="utf-8"))
    title, body = indosum_texts[entry["id"]]
    assert gold["text_sha256"] == real_eval.make_texts.text_sha256(title, body), "the built text is not the labelled one"
    for p in gold["people"]:
        for name in (p["name"], *p["aliases"]):
            assert name in f"{title}\n{body}", name
    for q in gold["quotes"]:
        quote = body[q["start"]:q["end"]]
        assert quote == quote.strip() and len(quote.split()) >= 2, quote
    for f in gold["figures"]:
        where = title if f["where"] == "title" else body
        assert re.search(r"(?<![\w/])" + re.escape(f["text"]) + r"(?!\w)", where), f["text"]


def test_a_role_s_organisation_matches_through_the_short_form_the_article_defines():
    scorer = real_eval.Scorer()
    text = ("Badan Pengawas Pangan Daerah (BPPD) menyita 40 produk. Kepala BPPD Rina Wati mengatakan hal itu. "
            "Ketua Umum DPP Partai Maju Sejahtera (PMS) Budi Santoso hadir.")
    gold = [{"name": "Rina Wati", "role": "Kepala", "organisation": "BPPD"},
            {"name": "Budi Santoso", "role": "Ketua Umum", "organisation": "DPP PMS"},
            {"name": "Andi Wijaya", "role": "Kepala", "organisation": "BPPD"}]
    pred = [{"name": "Rina Wati", "role": "Kepala", "organisation": "Badan Pengawas Pangan Daerah"},
            {"name": "Budi Santoso", "role": "Ketua Umum", "organisation": "DPP Partai Maju Sejahtera"},
            {"name": "Andi Wijaya", "role": "Kepala", "organisation": "Pangan Daerah"}]
    assert scorer.people(gold, pred, [], text)[4] == [True, True, False]
    assert scorer.people(gold, pred, [])[4] == [False, False, False]  # without the text: as written only


def test_a_short_gold_quote_pairs_with_its_own_quote_not_a_longer_one_holding_its_words():
    """'"Tim sudah siap"' and '"Tim dari pusat sampai daerah sudah siap, tidak ada yang mundur"' are
    both found: each pairs with its own gold quote, whichever order the gold lists them in."""
    scorer = real_eval.Scorer()
    gold = {"quotes": [{"speaker": "Budi", "kind": "direct", "text": "Tim sudah siap"},
                       {"speaker": "Budi", "kind": "direct",
                        "text": "Tim dari pusat sampai daerah sudah siap, tidak ada yang mundur"}]}
    pred = {"quotes": [{"speaker": "Budi", "kind": "direct", "text": "Tim sudah siap"},
                       {"speaker": "Budi", "kind": "direct",
                        "text": "Tim dari pusat sampai daerah sudah siap, tidak ada yang mundur"}]}
    found, extra, speakers, _ = scorer.quotes(gold, pred, [])
    assert [ok for _, ok in found] == [True, True] and extra == 0 and speakers == [True, True]
