"""The IndoNLU token-per-line format and the label schemes of the NER data sets.

A file holds sentences separated by blank lines; each line is `token<TAB>tag` (the tag may be
missing). Tags are BIO: `B-TYPE`, `I-TYPE` or `O`.
"""

from pathlib import Path

# Entity types of each scheme, in the order reports print them.
SCHEMES = {
    "nerp": ("PPL", "PLC", "IND", "EVT", "FNB"),
    "nergrit": ("PERSON", "PLACE", "ORGANISATION"),
    "id": ("PERSON", "ORG", "PLACE"),
}

# How each data set's types become the production `id` types; a type not listed is dropped.
TO_ID = {
    "nerp": {"PPL": "PERSON", "IND": "ORG", "PLC": "PLACE"},
    "nergrit": {"PERSON": "PERSON", "ORGANISATION": "ORG", "PLACE": "PLACE"},
}


def parse(lines):
    """Yield (tokens, tags) per sentence; tags is None for a sentence whose lines have no tag."""
    tokens, tags = [], []
    for raw in lines:
        line = raw.rstrip("\r\n")
        if not line.strip():
            if tokens:
                yield tokens, (tags if all(t is not None for t in tags) else None)
            tokens, tags = [], []
            continue
        token, _, tag = line.partition("\t")
        tokens.append(token)
        tags.append(tag.strip() or None)
    if tokens:
        yield tokens, (tags if all(t is not None for t in tags) else None)


def read(path) -> list[tuple[list[str], list[str] | None]]:
    with open(path, encoding="utf-8") as f:
        return list(parse(f))


def format_sentences(sentences) -> str:
    """The text of a file holding (tokens, tags) sentences; like the IndoNLU files, every
    sentence, the last one too, ends with a blank line."""
    return "".join("".join(f"{tok}\t{tag}\n" for tok, tag in zip(tokens, tags)) + "\n" for tokens, tags in sentences)


def write(path, sentences) -> None:
    Path(path).write_text(format_sentences(sentences), encoding="utf-8")


def map_tags(tags, mapping) -> list[str]:
    """Rename entity types by `mapping`; a type missing from it becomes O ("-", unknown, stays)."""
    out = []
    for tag in tags:
        if tag == "-":
            out.append(tag)
            continue
        prefix, _, label = tag.partition("-")
        out.append(f"{prefix}-{mapping[label]}" if label in mapping else "O")
    return out
