"""House rule: real articles and corpora belong to their owners; tests read them from ../shared/data
at run time and write their own fixtures in their shape. This fails when a tracked file under tests/
shares a run of 8 words with an IndoSum article or summary (../shared/data/summ) or a shared page's
title or body (../shared/data/pages/gold.jsonl). Skips when the shared data is absent."""

import json
import re
import subprocess
from pathlib import Path

import pytest

from bench.dev_real.make_texts import shared_data

ROOT = Path(__file__).resolve().parents[1]
SHARED = shared_data()
RUN = 8  # words: long enough that a shared run is a copy, not a stock phrase
WORD = re.compile(r"\w+")
ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})|\\[nrt\"'\\]")  # as written inside Python and JSON strings
# Names and addresses that are 8 words or more on their own: sharing one is no copy.
STOCK_PHRASES = (
    "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi (PANRB)",
    "di Balai Kota DKI, Jalan Medan Merdeka Selatan, Jakarta Pusat",
    "suku bunga acuan BI 7-Day Reverse Repo Rate",
)


def words(text: str) -> list[str]:
    text = ESCAPE.sub(lambda m: chr(int(m.group(1), 16)) if m.group(1) else " ", text)
    return [w.lower() for w in WORD.findall(text)]


def runs(ws: list[str]):
    for i in range(len(ws) - RUN + 1):
        yield hash(" ".join(ws[i:i + RUN]))


def shared_texts():
    """Every text of the shared corpora the repository must not copy, as lists of words."""
    for path in sorted((SHARED / "summ").glob("*.jsonl")):
        with open(path, encoding="utf-8") as f:
            for line in f:
                article = json.loads(line)
                for part in (article["paragraphs"], [article["summary"]]):
                    yield [w.lower() for paragraph in part for sentence in paragraph for token in sentence
                           for w in WORD.findall(token)]
    pages = SHARED / "pages" / "gold.jsonl"
    if pages.exists():
        for line in pages.read_text(encoding="utf-8").splitlines():
            if line.strip():
                page = json.loads(line)
                yield words(f"{page['title']}\n{page['articleBody']}")


def tracked_test_files() -> list[Path]:
    try:
        out = subprocess.run(["git", "ls-files", "-z", "tests"], cwd=ROOT, capture_output=True, check=True).stdout
        return [ROOT / p for p in out.decode().split("\0") if p]
    except (OSError, subprocess.CalledProcessError):  # not a git checkout: every file under tests/
        return [p for p in (ROOT / "tests").rglob("*") if p.is_file() and "__pycache__" not in p.parts]


def test_no_test_file_copies_shared_text():
    if not (SHARED / "summ").is_dir():
        pytest.skip(f"{SHARED / 'summ'} is absent: nothing to compare the test files with")
    seen = {h for ws in shared_texts() for h in runs(ws)} - {h for p in STOCK_PHRASES for h in runs(words(p))}
    copied = {}
    for path in tracked_test_files():
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, FileNotFoundError):
            continue  # binary files; a file deleted but not yet committed
        ws = words(text)
        hits = [i for i, h in enumerate(runs(ws)) if h in seen]
        if hits:
            copied[str(path.relative_to(ROOT))] = " ".join(ws[hits[0]:hits[0] + RUN + 4])
    assert not copied, ("test files share 8-word runs with the shared real texts; write your own sentences "
                        f"in their shape instead (first run of each): {copied}")
