"""Digests: read the database, render for people who read."""
