"""Pantau: monitor what the Indonesian press writes about social security."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("pantau")  # pyproject.toml is the one place the version is written
except PackageNotFoundError:  # imported from a checkout that was never installed
    __version__ = "0+unknown"
