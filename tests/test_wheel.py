"""The wheel is the product: built from the sdist, installed with `pipx install` into a fresh
virtualenv outside the source tree, and used from there as a user would — crawl the sample site
with the default watchlist, analyse, write digests, and every text command on small inputs.

The rest of the suite runs from the editable checkout and cannot see a data file missing from the
wheel; this test can, and names the file. One install per run (module-scoped), about 1.5 minutes
with a warm pip cache."""

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tarfile
import tomllib
import urllib.request
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.site.server import SampleSite

# Source folder -> where it lands in site-packages (pyproject.toml [tool.setuptools] package-dir).
PACKAGE_DIRS = {"pantau": "pantau", "crawler": "pantau/crawler", "nlp": "pantau/nlp", "reports": "pantau/reports"}
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
DIGEST_DAY, DIGEST_DAYS = "2026-11-20", 7

pytestmark = pytest.mark.timeout(1200)  # the first test carries the build and the install


def project_files() -> list[str]:
    """What a clean clone holds (plus new files not yet committed), as paths relative to ROOT."""
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                            cwd=ROOT, capture_output=True, text=True, check=True).stdout.split("\0")
    return sorted(f for f in listed if f and (ROOT / f).is_file())


def installed_name(path: str) -> str:
    top, _, rest = path.partition("/")
    return f"{PACKAGE_DIRS[top]}/{rest}"


def missing(expected, present) -> list[str]:
    present = set(present)
    return sorted(f for f in expected if f not in present)


def run(args, cwd, env, timeout=600, check=True, binary=False):
    proc = subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=not binary, timeout=timeout)
    if check and proc.returncode != 0:
        raise AssertionError(f"{' '.join(map(str, args))} exited {proc.returncode}\n{proc.stdout}\n{proc.stderr}")
    return proc


@pytest.fixture(scope="module")
def release(tmp_path_factory):
    """sdist and wheel built from a copy of the tree, and `pipx install .` of the unpacked sdist."""
    tmp = tmp_path_factory.mktemp("release")
    files = project_files()
    src = tmp / "src"
    for f in files:
        (src / f).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / f, src / f)
    # The user's environment, minus anything that would let Python find the checkout.
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME"}}
    env |= {"PIPX_HOME": str(tmp / "pipx"), "PIPX_BIN_DIR": str(tmp / "bin"), "PIPX_MAN_DIR": str(tmp / "man"),
            "PATH": f"{tmp / 'bin'}{os.pathsep}{env.get('PATH', '')}"}
    # sdist, then the wheel from the unpacked sdist (build's default): proves the sdist is enough.
    run([sys.executable, "-m", "build", "--no-isolation", "--outdir", tmp / "dist", src], cwd=tmp, env=env)
    (sdist,) = (tmp / "dist").glob("pantau-*.tar.gz")
    (wheel,) = (tmp / "dist").glob("pantau-*.whl")
    with tarfile.open(sdist) as tar:
        tar.extractall(tmp / "unpacked", filter="data")
    (unpacked,) = (tmp / "unpacked").iterdir()
    run([sys.executable, "-m", "pipx", "install", "."], cwd=unpacked, env=env, timeout=900)
    work = tmp / "work"  # every command runs here: nothing of the checkout on sys.path
    work.mkdir()
    return {"files": files, "sdist": sdist, "wheel": wheel, "env": env, "work": work,
            "pantau": tmp / "bin" / "pantau", "python": tmp / "pipx" / "venvs" / "pantau" / "bin" / "python"}


def package_files(files):
    return [f for f in files if f.partition("/")[0] in PACKAGE_DIRS]


def test_sdist_holds_everything_the_wheel_is_built_from(release):
    with tarfile.open(release["sdist"]) as tar:
        names = {n.partition("/")[2] for n in tar.getnames()}
    needed = package_files(release["files"]) + ["pyproject.toml", "README.md"]
    assert not missing(needed, names), f"missing from the sdist: {missing(needed, names)}"


def test_wheel_holds_every_file_of_every_package_folder(release):
    """Code, word lists, patterns, templates, models, READMEs: a new file that does not ship fails here."""
    names = zipfile.ZipFile(release["wheel"]).namelist()
    expected = [installed_name(f) for f in package_files(release["files"])]
    assert not missing(expected, names), f"missing from the wheel: {missing(expected, names)}"
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]


def test_pipx_install_has_every_file_and_runs_from_its_own_virtualenv(release):
    where = run([release["python"], "-c", "import pantau, sys; print(pantau.__file__)"],
                cwd=release["work"], env=release["env"]).stdout.strip()
    site = Path(where).parent.parent
    assert site.is_relative_to(release["python"].parent.parent), f"pantau imported from {where}"
    installed = [p.relative_to(site).as_posix() for p in (site / "pantau").rglob("*") if p.is_file()]
    expected = [installed_name(f) for f in package_files(release["files"])]
    assert not missing(expected, installed), f"missing from the install: {missing(expected, installed)}"
    proc = run([release["pantau"], "--version"], cwd=release["work"], env=release["env"])
    assert proc.stdout.strip() == f"pantau, version {VERSION}"


def test_crawl_analyze_digest_export_from_the_install(release):
    pantau, work, env = release["pantau"], release["work"], release["env"]
    with SampleSite() as site:
        sources = work / "sources.toml"
        sources.write_text(site.sources_toml(dead_outlet=False), encoding="utf-8")
        assert "[watchlist]" not in sources.read_text(encoding="utf-8")  # the default watchlist ships
        run([pantau, "crawl", "--sources", sources, "--db", "pantau.db", "--log-level", "WARNING"], cwd=work, env=env)
        page_url = site.url(site.articles[0])
        page_title = site.articles[0].title
        (work / "page.html").write_bytes(urllib.request.urlopen(page_url, timeout=30).read())
    on_topic = [a for a in site.articles if a.topic == "on"]
    with sqlite3.connect(work / "pantau.db") as db:
        status = dict(db.execute("select status, count(*) from articles group by status"))
    assert status == {"kept": len(on_topic), "skipped": len(site.articles) - len(on_topic)}

    run([pantau, "analyze", "--db", "pantau.db", "--no-progress"], cwd=work, env=env)
    with sqlite3.connect(work / "pantau.db") as db:
        assert db.execute("select count(*) from articles where status = 'kept' and analysed_at is null").fetchone()[0] == 0
        assert db.execute("select count(*) from figures").fetchone()[0] > 0
        assert db.execute("select count(*) from quotes").fetchone()[0] > 0
        assert db.execute("select count(*) from stories").fetchone()[0] > 0

    in_period = [a.title for a in on_topic if "2026-11-14" <= a.published.date().isoformat() <= DIGEST_DAY]
    assert in_period
    texts = {}
    for fmt in ("html", "md", "txt"):
        out = work / f"digest.{fmt}"
        run([pantau, "digest", "--db", "pantau.db", "--date", DIGEST_DAY, "--days", DIGEST_DAYS, "--format", fmt,
             "--out", out], cwd=work, env=env)
        texts[fmt] = out.read_text(encoding="utf-8")
        assert "berita utama" in texts[fmt].lower(), fmt  # labels.toml read
        assert any(title in texts[fmt] for title in in_period), f"no story of the period in the {fmt} digest"
    assert "data:image/png;base64," in texts["html"]  # charts rendered
    piped = run([pantau, "digest", "--db", "pantau.db", "--date", DIGEST_DAY, "--days", DIGEST_DAYS, "--format", "txt",
                 "--out", "-"], cwd=work, env=env)
    assert piped.stdout == texts["txt"]
    exported = run([pantau, "export", "--db", "pantau.db", "--out", "-"], cwd=work, env=env).stdout.splitlines()
    assert len(exported) == len(on_topic) and all(json.loads(line)["text"] for line in exported)
    backup = run([pantau, "backup", "--db", "pantau.db", "--out", "-"], cwd=work, env=env, binary=True).stdout
    assert backup.startswith(b"SQLite format 3\0")

    extracted = json.loads(run([pantau, "extract", "page.html", "--url", page_url, "--json"], cwd=work, env=env).stdout)
    assert extracted["title"] == page_title and len(extracted["text"]) > 200


def test_text_commands_from_the_install(release):
    pantau, work, env = release["pantau"], release["work"], release["env"]
    seed = (ROOT / "tests" / "data" / "seed.txt").read_text(encoding="utf-8")
    (work / "seed.txt").write_text(seed, encoding="utf-8")

    annotated = json.loads(run([pantau, "annotate", "seed.txt", "--published", "2024-03-05", "--json"], cwd=work, env=env).stdout)
    assert "53900000" in [f["value"] for f in annotated["figures"]]
    assert annotated["quotes"] and annotated["people"] and annotated["summary"]
    assert "BPJS Ketenagakerjaan" in {e.get("canonical") for e in annotated["entities"]}  # the gazetteer ships

    tagged = run([pantau, "ner-tag", "--scheme", "nergrit", ROOT / "tests" / "data" / "ner" / "untagged.txt"],
                 cwd=work, env=env).stdout
    tags = dict(line.split("\t") for line in tagged.splitlines() if line)
    assert (tags["Joko"], tags["Widodo"], tags["Surabaya"]) == ("B-PERSON", "I-PERSON", "B-PLACE")

    body = seed.split("Jakarta \u2013 ", 1)[1]
    (work / "articles.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in [
        {"id": "asli", "text": "Jakarta \u2013 " + body},
        {"id": "salinan", "text": "JAKARTA, KOMPAS.com - " + body},
        {"id": "lain", "text": "Harga cabai rawit di Pasar Induk Kramat Jati naik tajam menjelang akhir tahun karena "
                               "pasokan dari Jawa Barat berkurang. Pedagang menyebut harga eceran mencapai Rp90.000 "
                               "per kilogram, naik hampir dua kali lipat dibandingkan bulan lalu."},
    ]), encoding="utf-8")
    deduped = [json.loads(line) for line in run([pantau, "dedup", "articles.jsonl", "--jsonl"], cwd=work, env=env).stdout.splitlines()]
    assert [(d["id"], d["duplicate_of"]) for d in deduped] == [("asli", None), ("salinan", "asli"), ("lain", None)]

    summaries = [json.loads(line) for line in
                 run([pantau, "summarize", "articles.jsonl", "--sentences", "2", "--jsonl"], cwd=work, env=env).stdout.splitlines()]
    assert [s["id"] for s in summaries] == ["asli", "salinan", "lain"]
    assert len(summaries[0]["summary"]) == 2 and all(sentence in body for sentence in summaries[0]["summary"])

    (work / "tone.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in [
        {"id": "ulasan", "text": "pelayanan nya lambat sekali , petugas nya tidak ramah . kecewa ."},
        {"id": "kritik", "text": "Komisi IX DPR mengecam BPJS Kesehatan karena antrean pasien mengular.", "target": "BPJS Kesehatan"},
    ]), encoding="utf-8")  # the tone model (nlp/models/tone) and its cues (nlp/tone/cues.toml) ship
    toned = [json.loads(line) for line in run([pantau, "tone", "tone.jsonl", "--jsonl"], cwd=work, env=env).stdout.splitlines()]
    assert [(t["id"], t["tone"]) for t in toned] == [("ulasan", "negative"), ("kritik", "negative")]
