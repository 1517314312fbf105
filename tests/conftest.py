import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.site.server import SampleSite

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def pantau(*args, check=True, timeout=300, cwd=None, env=None):
    """Run the installed `pantau` command as a user would; returns the CompletedProcess."""
    proc = subprocess.run(
        [str(BIN / "pantau"), *map(str, args)], capture_output=True, text=True, timeout=timeout,
        cwd=cwd or ROOT, env={**os.environ, **(env or {})},
    )
    if check and proc.returncode != 0:
        raise AssertionError(f"pantau {' '.join(map(str, args))} exited {proc.returncode}\n{proc.stdout}\n{proc.stderr}")
    return proc


def crawl(site, db, tmp_path, name="sources.toml", **toml_options):
    sources = tmp_path / name
    sources.write_text(site.sources_toml(**toml_options), encoding="utf-8")
    return pantau("crawl", "--sources", sources, "--db", db, "--log-level", "WARNING")


@pytest.fixture
def site():
    with SampleSite() as s:
        yield s


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    """The whole sample site crawled once (plus a dead outlet); read-only for the tests using it."""
    tmp = tmp_path_factory.mktemp("crawled")
    with SampleSite() as s:
        proc = crawl(s, tmp / "pantau.db", tmp)
        yield s, tmp / "pantau.db", proc
