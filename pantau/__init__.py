"""Pantau: monitor what the Indonesian press writes about social security."""

__version__ = "0.1.0"
