"""`pantau ingest`: JSON lines in, idempotent by URL, bad lines reported and skipped."""

import json
import sqlite3

from tests.conftest import pantau


def test_ingest_is_idempotent_and_skips_bad_lines(tmp_path):
    good = {"url": "https://warta.example/2026/11/05/a/", "title": "Klaim JHT naik", "published": "2026-11-05T09:15:00+07:00",
            "text": "BPJS Ketenagakerjaan mencatat klaim JHT naik.", "outlet": "warta", "author": "Rina"}
    second = {"url": "https://kabar.example/b", "title": "Iuran BPU", "published": "2026-11-06", "text": "Iuran BPU Rp16.800."}
    lines = [json.dumps(good), "{not json", json.dumps({"url": "ftp://x", "title": "t", "text": "x"}),
             json.dumps({"title": "no url", "text": "x"}), "", json.dumps(second)]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "p.db"
    first = pantau("ingest", path, "--db", db)
    assert "ingested 2 articles (2 new, 0 updated, 0 unchanged); 3 bad lines skipped" in first.stdout
    assert "line 2: not valid JSON" in first.stderr
    assert "line 3: url 'ftp://x' is not an http(s) URL" in first.stderr
    assert "line 4: missing or empty url" in first.stderr

    again = pantau("ingest", path, "--db", db)
    assert "(0 new, 0 updated, 2 unchanged)" in again.stdout
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from articles").fetchone()[0] == 2
        published = conn.execute("select published from articles where url = ?", [second["url"]]).fetchone()[0]
    assert published == "2026-11-06T00:00:00+07:00"

    good["text"] += " Nilainya Rp41,3 triliun."
    path.write_text(json.dumps(good) + "\n", encoding="utf-8")
    changed = pantau("ingest", path, "--db", db)
    assert "(0 new, 1 updated, 0 unchanged)" in changed.stdout
    with sqlite3.connect(db) as conn:
        assert conn.execute("select revision, text from articles where url = ?", [good["url"]]).fetchone() == (2, good["text"])
