"""`pantau summarize`: extractive summaries of articles given as JSON lines.

Input lines are {"id", "text"} (optional "title"); paragraphs are separated by blank lines and a
first unpunctuated line is taken as the title. Output is {"id", "summary": [sentence, ...]} per
good line, in input order; each sentence is copied verbatim from the text. A bad line is
reported through `on_error` with its line number and skipped; the others go on.
"""

import json
from collections.abc import Callable, Iterable, Iterator

from .nlp.pipeline import get_pipeline, make_doc

COMPONENTS = ("pantau_sentences", "pantau_summary")


class BadLine(ValueError):
    pass


def parse_line(line: str) -> dict:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as e:
        raise BadLine(f"not JSON ({e.msg} at column {e.colno})") from None
    if not isinstance(record, dict):
        raise BadLine(f"expected a JSON object, got {type(record).__name__}")
    if "id" not in record or record["id"] is None or isinstance(record["id"], (dict, list)):
        raise BadLine('missing "id" (a string or a number)')
    if not isinstance(record.get("text"), str):
        raise BadLine('missing "text" (a string)')
    if record.get("title") is not None and not isinstance(record["title"], str):
        raise BadLine('"title" must be a string')
    return record


def good_records(lines: Iterable[str], on_error: Callable[[str], None]) -> Iterator[dict]:
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            yield parse_line(line)
        except BadLine as e:
            on_error(f"line {number}: {e}")


def summarize_lines(lines: Iterable[str], n: int = 3, *, lang: str = "id", batch_size: int = 64,
                    on_error: Callable[[str], None] = lambda msg: None) -> Iterator[dict]:
    """Yield {"id", "summary"} for each good input line, in order (batched with nlp.pipe)."""
    nlp = get_pipeline(lang)
    disable = [name for name in nlp.pipe_names if name not in COMPONENTS]
    docs = ((make_doc(nlp, r.get("title"), r["text"]), r["id"]) for r in good_records(lines, on_error))
    for doc, record_id in nlp.pipe(docs, as_tuples=True, batch_size=batch_size, disable=disable,
                                   component_cfg={"pantau_summary": {"n_sentences": n}}):
        yield {"id": record_id, "summary": doc._.summary}
