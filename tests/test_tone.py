"""Tone (issue 15, part 1): `pantau tone`, tone toward a target, annotate and analyze."""

import json
import sqlite3
from pathlib import Path

import numpy as np
import pytest

from pantau.nlp import tone
from pantau.nlp.tone import target as tgt
from pantau.tone import tone_lines
from tests.conftest import ROOT, pantau

FLOORS = json.loads((ROOT / "bench" / "floors.json").read_text())["tone"]
SENTIMENT = ROOT.parent / "shared" / "data" / "sentiment"
MODEL_DIR = ROOT / "nlp" / "models" / "tone"

HOSPITAL = ("BPJS Kesehatan menjatuhkan sanksi kepada Rumah Sakit Sentosa karena menolak merawat "
            "pasien peserta JKN dengan alasan kamar penuh.")
ARTICLE = """RS Sentosa Tolak Pasien JKN, BPJS Kesehatan Jatuhkan Sanksi

BPJS Kesehatan menjatuhkan sanksi kepada Rumah Sakit Sentosa di Bekasi karena menolak merawat pasien peserta Jaminan Kesehatan Nasional (JKN).

Kepala Humas BPJS Kesehatan Dewi Lestari mengatakan, rumah sakit itu sudah dua kali ditegur sebelum sanksi dijatuhkan.

“Rumah sakit mitra wajib melayani peserta JKN tanpa diskriminasi,” kata Dewi di Jakarta, Senin (7/12/2026).

Komisi IX DPR mengapresiasi ketegasan BPJS Kesehatan dalam menindak rumah sakit yang curang."""


def run_tone(tmp_path, lines):
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    proc = pantau("tone", path, "--jsonl")
    return [json.loads(line) for line in proc.stdout.splitlines()], proc.stderr


def test_cli_contract_order_keys_and_bad_lines(tmp_path):
    lines = [
        json.dumps({"id": "a", "text": "pelayanan nya sangat buruk , saya kecewa sekali ."}),
        "this is not json",
        json.dumps({"id": 2, "text": "makanan nya enak , harga nya murah , tempat nya nyaman ."}),
        json.dumps({"id": "c"}),
        json.dumps(["id", "text"]),
        json.dumps({"id": "d", "text": HOSPITAL, "target": "rumah sakit"}),
        json.dumps({"id": "e", "text": "Apa kabar?", "target": 5}),
        "",
        json.dumps({"id": "f", "text": HOSPITAL, "target": "BPJS Kesehatan"}),
    ]
    out, err = run_tone(tmp_path, lines)
    assert [o["id"] for o in out] == ["a", 2, "d", "f"]
    assert all(set(o) == {"id", "tone", "score"} for o in out)
    assert all(o["tone"] in ("positive", "neutral", "negative") and -1 <= o["score"] <= 1 for o in out)
    assert [o["tone"] for o in out] == ["negative", "positive", "negative", "neutral"]
    for number in (2, 4, 5, 7):
        assert f"line {number}:" in err
    assert "line 1:" not in err and "line 8:" not in err


def test_cli_reads_stdin():
    import subprocess

    from tests.conftest import BIN

    proc = subprocess.run([str(BIN / "pantau"), "tone", "-", "--jsonl"], input=json.dumps({"id": 1, "text": "bagus sekali !"}),
                          capture_output=True, text=True, timeout=120, check=True)
    assert json.loads(proc.stdout)["id"] == 1


@pytest.mark.parametrize("text,expected", [
    ("pelayanan nya lambat dan petugas nya tidak ramah . kecewa .", "negative"),
    ("kamar nya bersih , sarapan nya enak , pasti menginap di sini lagi .", "positive"),
    ("BPJS Kesehatan Raih Penghargaan Layanan Publik Terbaik", "positive"),
    ("Ribuan Pekerja Kehilangan Pekerjaan, Klaim JKP Melonjak", "negative"),
    ("BPJS Ketenagakerjaan Gelar Rapat Kerja di Jakarta", "neutral"),
])
def test_tone_of_plain_text(text, expected):
    assert tone.classify([text])[0][0] == expected


@pytest.mark.parametrize("text,target,expected", [
    # issue 15: penalising a hospital is negative for the hospital, not for BPJS Kesehatan
    (HOSPITAL, "BPJS Kesehatan", "neutral"),
    (HOSPITAL, "Rumah Sakit Sentosa", "negative"),
    ("Rumah Sakit Sentosa dijatuhi sanksi oleh BPJS Kesehatan.", "BPJS Kesehatan", "neutral"),
    ("Rumah Sakit Sentosa dijatuhi sanksi oleh BPJS Kesehatan.", "Rumah Sakit Sentosa", "negative"),
    ("Komisi IX DPR mengecam BPJS Ketenagakerjaan karena klaim JHT lambat dicairkan.", "BPJS Ketenagakerjaan", "negative"),
    ("Komisi IX DPR mengecam BPJS Ketenagakerjaan karena klaim JHT lambat dicairkan.", "Komisi IX DPR", "neutral"),
    ("Ombudsman mengapresiasi Kemnaker yang cepat menindaklanjuti aduan pekerja.", "Kementerian Ketenagakerjaan", "positive"),
    ("Perusahaan itu menunggak iuran BPJS Ketenagakerjaan selama setahun.", "BPJS Ketenagakerjaan", "neutral"),
    ("Perusahaan itu menunggak iuran BPJS Ketenagakerjaan selama setahun.", "perusahaan", "negative"),
    ("Meski dikritik DPR, BPJS Kesehatan tetap menaikkan tarif kapitasi.", "BPJS Kesehatan", "negative"),
    ("BPJS Kesehatan tak lagi menunggak pembayaran klaim kepada rumah sakit.", "BPJS Kesehatan", "positive"),
    ("Taspen gagal membayar pensiun tepat waktu.", "Taspen", "negative"),
    ("Menaker memuji perusahaan yang membayar THR lebih awal.", "Kementerian Ketenagakerjaan", "neutral"),
    # the agent of a passive sanction is not the one sanctioned
    ("Rumah sakit yang terbukti melakukan kecurangan akan dikenai sanksi oleh BPJS Kesehatan.", "BPJS Kesehatan", "neutral"),
    ("Rumah sakit yang terbukti melakukan kecurangan akan dikenai sanksi oleh BPJS Kesehatan.", "rumah sakit", "negative"),
    ("BPJS Kesehatan menghentikan kerja sama dengan RS Harapan Bunda setelah ditemukan klaim fiktif.", "RS Harapan Bunda", "negative"),
    # a hospital's name is no praise ("Sehat"); an investigator names its suspect; a unit's name is no crime
    ("BPJS Kesehatan Putus Kerja Sama dengan RSUD Sumber Sehat karena Klaim Fiktif", "BPJS Kesehatan", "neutral"),
    ("KPK menetapkan Bupati Sabu sebagai tersangka kasus suap proyek jalan.", "KPK", "neutral"),
    ("Penyidik Direktorat Tindak Pidana Korupsi Bareskrim Polri memeriksa tiga saksi.", "Polri", "neutral"),
    # what is said of its people is said of the institution; a sentence without a cue judges nobody
    ("Dua pejabat Kementerian Kesehatan divonis bersalah dalam kasus korupsi alat kesehatan.", "Kementerian Kesehatan", "negative"),
    ("Juru bicara KPK menyampaikan keterangan itu di Gedung Merah Putih, Jakarta, Senin malam.", "KPK", "neutral"),
])
def test_tone_toward_target(text, target, expected):
    assert tone.toward([(text, target)])[0][0] == expected


def test_target_not_named_is_neutral_zero():
    assert tone.toward([("Harga cabai naik tajam di pasar.", "BPJS Kesehatan")]) == [("neutral", 0.0)]


def test_bpjs_inside_another_name_is_not_a_mention():
    text = "BPJS Ketenagakerjaan dikecam serikat buruh."
    assert tgt.mentions(text, "BPJS Kesehatan") == []
    assert tgt.mentions(text, "BPJS Ketenagakerjaan") == [(0, 20)]
    assert tgt.mentions("Kinerja BPJamsostek membaik.", "BPJS Ketenagakerjaan") == [(8, 19)]


def test_headline_and_lead_weigh_more():
    body = ("Kantor cabang BPJS Ketenagakerjaan di Bekasi pindah ke gedung baru.\n\n"
            "Di gedung lama, BPJS Ketenagakerjaan menerima tamu dari pemerintah kota.")
    negative_headline = "BPJS Ketenagakerjaan Dikecam Buruh\n\n" + body
    assert tone.toward([(negative_headline, "BPJS Ketenagakerjaan")])[0][0] == "negative"
    assert tone.toward([(body, "BPJS Ketenagakerjaan")])[0][0] == "neutral"


def test_annotate_gains_tone(tmp_path):
    path = tmp_path / "artikel.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = json.loads(pantau("annotate", path, "--published", "2026-12-07", "--json").stdout)
    by_target = {t["target"]: t for t in result["tone"]}
    assert set(by_target) == {"BPJS Kesehatan"}  # Komisi IX DPR and the hospital are not watched
    assert by_target["BPJS Kesehatan"]["tone"] != "negative"
    assert all(set(t) == {"target", "tone", "score"} for t in result["tone"])
    assert result["quotes"] and all(q["tone"] in ("positive", "neutral", "negative") for q in result["quotes"])


def test_analyze_stores_tone(tmp_path):
    db = tmp_path / "pantau.db"
    articles = tmp_path / "articles.jsonl"
    title, _, text = ARTICLE.partition("\n\n")
    other = {"url": "https://contoh.id/2", "title": "Harga Cabai Naik di Pasar Induk", "published": "2026-12-07T08:00:00+07:00",
             "text": "Harga cabai rawit naik menjadi Rp80.000 per kilogram di pasar induk, kata pedagang."}
    articles.write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in (
        {"url": "https://contoh.id/1", "title": title, "published": "2026-12-07T09:00:00+07:00", "text": text}, other)) + "\n",
        encoding="utf-8")
    pantau("ingest", articles, "--db", db)
    pantau("analyze", "--db", db, "--no-progress")
    conn = sqlite3.connect(db)
    rows = conn.execute("select a.url, t.target, t.tone, t.score from article_tone t join articles a on a.id = t.article_id").fetchall()
    assert ("https://contoh.id/1", "BPJS Kesehatan") in {(r[0], r[1]) for r in rows}
    assert not [r for r in rows if r[0] == "https://contoh.id/2"]
    assert all(r[2] in ("positive", "neutral", "negative") and -1 <= r[3] <= 1 for r in rows)
    quotes = conn.execute("select tone, tone_score from quotes").fetchall()
    assert quotes and all(q[0] in ("positive", "neutral", "negative") and q[1] is not None for q in quotes)


def test_tone_lines_batches_keep_order():
    lines = [json.dumps({"id": i, "text": t}) for i, t in enumerate(["bagus", "jelek", "biasa saja"] * 5)]
    assert [r["id"] for r in tone_lines(lines, batch_size=4)] == list(range(15))


def test_shipped_model_holds_numbers_only():
    """CNBC headline text must never ship: the model is hashed features and weights, no words."""
    weights = np.load(MODEL_DIR / "model.npz", allow_pickle=False)
    assert all(weights[k].dtype.kind in "fiu" for k in weights.files)
    meta = json.loads((MODEL_DIR / "model.json").read_text())
    assert "cnbc" in meta["trained_on"]
    assert sum(p.stat().st_size for p in MODEL_DIR.iterdir()) < 8_000_000


def test_news_set_floor():
    """The targeted method on our own news set (bench/dev/tone.jsonl)."""
    from bench.tone_eval import news_scores, read_news

    for split in ("dev", "test", "test2"):
        assert news_scores(read_news(split=split))["targeted"] >= FLOORS[f"news_{split}_macro_f1"], split


@pytest.mark.skipif(not list((ROOT.parent / "shared" / "data" / "summ").glob("indosum_*.jsonl")), reason="no IndoSum")
def test_real_set_floor():
    """The targeted method on real news sentences (bench/dev/tone_real.jsonl, read from IndoSum):
    mostly neutral coverage, where a method that sees tone everywhere fails."""
    from bench.tone_eval import news_scores, read_real

    for split in ("real_dev", "real_test"):
        rows = read_real(split)
        assert len(rows) >= 130 and all(tgt.mentions(r["text"], r["target"]) for r in rows), split
        assert news_scores(rows)["targeted"] >= FLOORS[f"news_{split}_macro_f1"], split


@pytest.mark.skipif(not (SENTIMENT / "smsa_doc-sentiment-prosa").is_dir(), reason="no ../shared/data/sentiment")
def test_valid_split_floors():
    from bench.tone_eval import valid_scores

    scores = valid_scores(SENTIMENT)
    assert scores["smsa"]["macro_f1"] >= FLOORS["smsa_valid_macro_f1"]
    assert scores["cnbc"]["macro_f1"] >= FLOORS["cnbc_valid_macro_f1"]


def test_news_set_is_well_formed():
    rows = [json.loads(line) for line in (ROOT / "bench" / "dev" / "tone.jsonl").read_text().splitlines()]
    assert len({r["id"] for r in rows}) == len(rows)
    assert sum(r["split"] == "dev" for r in rows) >= 150
    for r in rows:
        assert r["tone"] in ("positive", "neutral", "negative")
        assert tgt.mentions(r["text"], r["target"]), r["id"]
        if r["source"].startswith("site:"):
            assert r["text"] in (ROOT / "tests" / "site" / "articles" / f"{r['source'][5:]}.txt").read_text()
