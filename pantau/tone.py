"""`pantau tone`: tone of texts given as JSON lines.

Input lines are {"id", "text", optional "target"}; output is {"id", "tone", "score"} per good
line, in input order. Without a target the tone is the text's own (the shipped classifier);
with one, the tone toward the target (nlp/tone/target.py). A bad line is reported through
`on_error` with its line number and skipped; the others go on. Lines are scored in batches, so
a large file streams with bounded memory.
"""

import json
from collections.abc import Callable, Iterable, Iterator
from itertools import islice

from .nlp import tone

BATCH = 256


class BadLine(ValueError):
    pass


def parse_line(line: str) -> dict:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as e:
        raise BadLine(f"not JSON ({e.msg} at column {e.colno})") from None
    if not isinstance(record, dict):
        raise BadLine(f"expected a JSON object, got {type(record).__name__}")
    if "id" not in record or record["id"] is None or isinstance(record["id"], (dict, list, bool)):
        raise BadLine('missing "id" (a string or a number)')
    if not isinstance(record.get("text"), str):
        raise BadLine('missing "text" (a string)')
    target = record.get("target")
    if target is not None and (not isinstance(target, str) or not target.strip()):
        raise BadLine('"target" must be a non-empty string')
    return record


def good_records(lines: Iterable[str], on_error: Callable[[str], None]) -> Iterator[dict]:
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            yield parse_line(line)
        except BadLine as e:
            on_error(f"line {number}: {e}")


def score_batch(records: list[dict], model) -> list[dict]:
    plain = [r for r in records if r.get("target") is None]
    targeted = [r for r in records if r.get("target") is not None]
    results = {}
    for r, (tone_, score) in zip(plain, tone.classify([r["text"] for r in plain], model)):
        results[id(r)] = (tone_, score)
    for r, (tone_, score) in zip(targeted, tone.toward([(r["text"], r["target"].strip()) for r in targeted], model)):
        results[id(r)] = (tone_, score)
    return [{"id": r["id"], "tone": results[id(r)][0], "score": results[id(r)][1]} for r in records]


def tone_lines(lines: Iterable[str], on_error: Callable[[str], None] = lambda msg: None,
               batch_size: int = BATCH) -> Iterator[dict]:
    """Yield {"id", "tone", "score"} for each good input line, in order."""
    model = tone.load_model()
    records = good_records(lines, on_error)
    while batch := list(islice(records, batch_size)):
        yield from score_batch(batch, model)
