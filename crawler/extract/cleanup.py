"""Indonesian fixes on top of trafilatura: "Baca juga" lines, sidebars, bylines and sign-offs.

The rules are data (boilerplate.toml) so an outlet's quirk is a line there, not a code change.
"""

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

RULES_FILE = Path(__file__).with_name("boilerplate.toml")
NAME_LINE_RE = re.compile(r"^[A-Z][\w'.-]+(?: [A-Z][\w'.-]+){0,3}$")


@dataclass
class Cleaned:
    paragraphs: list[str]
    fields: dict = field(default_factory=dict)


@lru_cache(maxsize=1)
def rules():
    data = tomllib.loads(RULES_FILE.read_text(encoding="utf-8"))
    flags = re.IGNORECASE
    return {
        "drop": [re.compile(p, flags) for p in data["drop_lines"]],
        "end": [re.compile(p, flags) for p in data["end_markers"]],
        "fields": {k: re.compile(p, flags) for k, p in data["fields"].items()},
        "signoff": re.compile(data["signoff"]["pattern"], flags),
    }


def clean_paragraphs(lines: list[str]) -> Cleaned:
    """Drop furniture lines, stop at sidebars, lift editor/author lines into fields."""
    r = rules()
    kept: list[str] = []
    found: dict = {}
    after_byline = False
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if any(p.match(line) for p in r["end"]) and kept:
            break
        byline = False
        for part in re.split(r"\s+\|\s+", line):  # "Reporter: A | Editor: B"
            for name, pattern in r["fields"].items():
                m = pattern.match(part)
                if m:
                    found.setdefault(name, m.group("value").strip())
                    byline = True
        if byline:
            # A byline at the bottom closes the article (the seed's layout); one at the top does not.
            after_byline = len(kept) >= 2
            continue
        if any(p.match(line) for p in r["drop"]):
            continue
        if after_byline:
            # After an "Editor:" line only an unlabelled writer's name may follow (the seed's layout).
            if "author" not in found and NAME_LINE_RE.match(line):
                found["author"] = line
            continue
        kept.append(line)
    if kept:
        kept[-1] = r["signoff"].sub("", kept[-1]).strip()
        if not kept[-1]:
            kept.pop()
    return Cleaned(kept, found)
