"""The entities/people/quotes benchmark stays above the floors pinned in bench/floors.json."""

import json
from pathlib import Path

import pytest

from bench import quotes_eval

FLOORS = json.loads((Path(__file__).parent.parent / "bench" / "floors.json").read_text(encoding="utf-8"))["quotes"]


@pytest.fixture(scope="module")
def report():
    return quotes_eval.evaluate()


def test_dev_set_is_large_enough(report):
    assert report["articles"] >= FLOORS["min_articles"]


@pytest.mark.parametrize("part", ["entities", "people", "quotes"])
@pytest.mark.parametrize("measure", ["precision", "recall"])
def test_score_above_floor(report, part, measure):
    assert report[part][measure] >= FLOORS[part][measure], quotes_eval.table(report)


def test_table_lists_every_part(report):
    table = quotes_eval.table(report)
    assert all(part in table for part in ("entities", "people", "quotes", "PROGRAM", "articles/s"))
