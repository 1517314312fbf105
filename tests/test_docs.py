"""Docs cannot drift: every command is in the README, and every command's --help has an example."""

import re
import tomllib

import pytest

from pantau.cli import main
from tests.conftest import ROOT, pantau

README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(main.commands))
def test_every_command_is_documented(name):
    assert re.search(rf"`pantau {name}\b", README), f"pantau {name} is missing from README.md"
    assert "Example" in (main.commands[name].help or ""), f"pantau {name} --help has no example"


def test_version_comes_from_pyproject():
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert pantau("--version").stdout.strip() == f"pantau, version {version}"
