"""Near-duplicates (issue 6): cleaning, signatures, the windowed LSH index and `pantau dedup`."""

import json
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest
from click.testing import CliRunner

from pantau.cli import main
from pantau.dedup import dedup_lines
from pantau.nlp.dedup import (DedupSettings, DuplicateIndex, Signature, clean_text, is_duplicate,
                              shingle_hashes, signature, similarity)

ROOT = Path(__file__).resolve().parents[1]
SEED = (ROOT / "tests" / "data" / "seed.txt").read_text(encoding="utf-8")
SAMPLE = ROOT / "tests" / "data" / "dedup_sample.jsonl"
FLOORS = json.loads((ROOT / "bench" / "floors.json").read_text(encoding="utf-8"))["dedup"]
BODY = SEED.split("Jakarta \u2013 ", 1)[1].split("\nEditor", 1)[0]
OTHER = ("Harga cabai rawit di Pasar Induk Kramat Jati naik tajam menjelang akhir tahun. Pedagang menyebut "
         "pasokan dari sentra produksi di Jawa Barat berkurang karena hujan deras sejak awal bulan, sehingga "
         "harga eceran kini mencapai Rp90.000 per kilogram, naik hampir dua kali lipat dibandingkan bulan lalu.")


@pytest.mark.parametrize("dateline", [
    "Jakarta \u2013 ", "JAKARTA, KOMPAS.com - ", "Liputan6.com, Jakarta - ", "Jakarta (ANTARA) - ",
    "KONTAN.CO.ID - JAKARTA. ", "Jakarta, CNN Indonesia -- ", "Bisnis.com, JAKARTA \u2014 ", "Suara.com - ",
])
def test_clean_text_drops_the_dateline(dateline):
    assert clean_text(dateline + "BPJS Ketenagakerjaan menargetkan 53,9 juta peserta.") == \
        "bpjs ketenagakerjaan menargetkan 53 9 juta peserta"


def test_clean_text_keeps_a_lead_that_only_looks_like_one():
    assert clean_text("BPJS Ketenagakerjaan mencatat - untuk pertama kalinya - laba").startswith("bpjs ketenagakerjaan mencatat")


@pytest.mark.parametrize("line", [
    "Baca juga : BPJS Ketenagakerjaan Menuju 70 Juta Peserta", "BACA JUGA: Gandeng JULO", "Editor: Galih Pratama",
    "Artikel ini telah tayang di Kompas.com dengan judul X", "Simak juga video berikut", "(*)",
])
def test_clean_text_drops_furniture_lines(line):
    assert clean_text(f"Paragraf pertama.\n\n{line}\n\nParagraf kedua.") == "paragraf pertama paragraf kedua"


def test_shingles_are_stable_and_distinct():
    a = shingle_hashes("satu dua tiga empat satu dua tiga")
    assert a.tolist() == sorted(set(a.tolist())) and len(a) == 4  # "satu dua tiga" counted once
    assert shingle_hashes("satu dua").tolist() == shingle_hashes("satu dua").tolist()
    assert len(shingle_hashes("")) == 0


def test_signature_round_trips_through_bytes():
    sig = signature(BODY)
    back = Signature.from_bytes(sig.to_bytes(), sig.n_shingles)
    assert (back.values == sig.values).all() and similarity(sig, back)[0] == 1.0


def copy_with_furniture(body):
    paras = body.split("\n\n")
    paras.insert(2, "Baca juga: Sesuatu yang Lain Sama Sekali")
    return "Liputan6.com, Jakarta - " + "\n\n".join(paras) + "\n\nEditor: Dewi Lestari"


@pytest.mark.parametrize("kind,make", [
    ("syndicated with another dateline and boilerplate", copy_with_furniture),
    ("last paragraphs cut", lambda b: "\n\n".join(b.split("\n\n")[:7])),
    ("updated with a paragraph more", lambda b: b + "\n\nPembaruan: hingga akhir Maret jumlah peserta aktif naik lagi."),
    ("lightly reworded", lambda b: b.replace("mengatakan", "menyatakan").replace("telah", "sudah").replace("hingga", "sampai")),
])
def test_copies_are_near_duplicates(kind, make):
    assert is_duplicate(signature(BODY), signature(make(BODY))), kind


def test_different_articles_are_not():
    assert not is_duplicate(signature(BODY), signature(OTHER))
    assert not is_duplicate(signature(""), signature(""))


def test_index_points_copies_of_copies_at_the_first_seen():
    index = DuplicateIndex()
    index.add("a", signature(BODY))
    first = index.find(signature(copy_with_furniture(BODY)))
    assert first.key == "a" and first.jaccard > 0.8
    index.add("b", signature(copy_with_furniture(BODY)), root=first.key)
    index.add("c", signature(OTHER))
    again = index.find(signature(BODY + "\n\nSatu paragraf tambahan di akhir berita ini."))
    assert again.key == "a"
    assert index.find(signature("Sebuah berita yang sama sekali berbeda tentang sepak bola dan timnas.")) is None


def test_index_forgets_articles_older_than_the_window():
    index = DuplicateIndex(DedupSettings(window_days=14))
    t0 = datetime(2026, 11, 1, tzinfo=timezone.utc).timestamp()
    index.add("old", signature(BODY), when=t0)
    index.evict(t0 + 13 * 86400)
    assert index.find(signature(BODY)).key == "old"
    index.evict(t0 + 15 * 86400)
    assert len(index) == 0 and index.find(signature(BODY)) is None


def test_index_size_is_capped_without_dates():
    index = DuplicateIndex(DedupSettings(max_items=50))
    for i in range(200):
        index.add(i, signature(f"{OTHER} nomor {i} " * 3))
    assert len(index) == 50


# pantau dedup --------------------------------------------------------------------------------
def lines_of(*records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


ARTICLES = [
    {"id": "a1", "text": "Jakarta \u2013 " + BODY, "title": "BPJS Ketenagakerjaan Bidik 53,9 Juta Peserta",
     "published": "2024-03-05T09:00:00+07:00"},
    {"id": 2, "text": OTHER, "published": "2024-03-05"},
    {"id": "a3", "text": copy_with_furniture(BODY), "title": "Bidik 53,9 Juta Peserta Aktif",
     "published": "2024-03-05T15:00:00+07:00"},
]


def test_cli_contract_in_input_order():
    result = CliRunner().invoke(main, ["dedup", "-", "--jsonl"], input=lines_of(*ARTICLES))
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert out == [
        {"id": "a1", "duplicate_of": None, "story": "a1"},
        {"id": 2, "duplicate_of": None, "story": 2},
        {"id": "a3", "duplicate_of": "a1", "story": "a1"},
    ]


def test_cli_reports_bad_lines_with_their_number_and_goes_on():
    text = lines_of(ARTICLES[0]) + "{not json\n" + lines_of(
        {"id": "x"}, {"id": True, "text": "t"}, {"id": "y", "text": "t", "published": "kemarin"}, ARTICLES[0], ARTICLES[2])
    result = CliRunner().invoke(main, ["dedup", "-", "--jsonl"], input=text)
    assert result.exit_code == 0
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["a1", "a3"]
    errors = result.stderr.splitlines()
    assert [e.split(":")[0] for e in errors] == ["line 2", "line 3", "line 4", "line 5", "line 6"]
    assert "not valid JSON" in errors[0] and "missing or empty text" in errors[1] and "id" in errors[2]
    assert "ISO 8601" in errors[3] and "already given" in errors[4]


def test_cli_runs_as_a_program(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(lines_of(*ARTICLES), encoding="utf-8")
    exe = Path(sys.executable).with_name("pantau")
    done = subprocess.run([str(exe), "dedup", str(path), "--jsonl"], capture_output=True, text=True, check=True)
    assert [json.loads(line)["duplicate_of"] for line in done.stdout.splitlines()] == [None, None, "a1"]


def test_dedup_streams_in_blocks():
    """More lines than one block: state carries over between blocks."""
    records = [{"id": i, "text": f"{OTHER} Catatan nomor {i} {'x' * (i % 7)}"} for i in range(600)]
    records.append({"id": "copy", "text": copy_with_furniture(BODY)})
    records.insert(3, {"id": "orig", "text": BODY})
    out = []
    counts = dedup_lines(iter(lines_of(*records).splitlines()), out.append)
    assert counts["articles"] == 602 and out[-1] == {"id": "copy", "duplicate_of": "orig", "story": "orig"}


# Quality floor on the committed sample ----------------------------------------------------------
def test_precision_and_recall_on_the_sample_stay_above_the_floors():
    """tests/data/dedup_sample.jsonl: the sample site's articles (hard negatives: different articles
    on the same story) plus perturbed copies (bench/dedup.py sample). Floors in bench/floors.json."""
    rows = [json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines()]
    out = {}
    dedup_lines((json.dumps({"id": r["id"], "text": r["text"]}) for r in rows),
                lambda rec: out.__setitem__(rec["id"], rec["duplicate_of"]))
    gold = {r["id"]: r["original"] or r["id"] for r in rows}
    links = {k: v for k, v in out.items() if v is not None}
    right = sum(gold[k] == gold[v] for k, v in links.items())
    should = [r["id"] for r in rows if r["original"]]
    found = sum(gold[out[k]] == gold[k] for k in should if out[k] is not None)
    precision, recall = right / len(links), found / len(should)
    print(f"dedup sample: precision {precision:.3f} ({right}/{len(links)}), recall {recall:.3f} ({found}/{len(should)})")
    assert precision >= FLOORS["precision"] and recall >= FLOORS["recall"]
