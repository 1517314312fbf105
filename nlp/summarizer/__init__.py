"""Extractive summaries: a supervised sentence scorer trained on IndoSum, shipped as model.json."""
