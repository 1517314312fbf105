"""Indonesian fixes on top of trafilatura: "Baca juga" lines, sidebars, bylines and sign-offs.

The rules are data (boilerplate.toml) so an outlet's quirk is a line there, not a code change.
"""

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .bylines import beside_outlet_or_date, signature_names
from .dates import PRINTED_DATE_RES

RULES_FILE = Path(__file__).with_name("boilerplate.toml")
# What may stand beside a date on a date line ("Senin , 09 Maret 2015, 17:00 WIB",
# "Diperbarui: Kamis, 15/01/2026 01:30 WIB", "… 09:20 WIB | 1.274 Views"): day names, labels, the
# outlet's name, a view count, separators.
DATE_LINE_WORDS_RE = re.compile(
    r"\b(senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|diterbitkan|dipublikasikan|diperbarui|diupdate|"
    r"update[d]?|published|pukul|wib|wita|wit|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|\b\d[\d.,]*\s*(views?|kali dibaca|dibaca|x dibaca|pembaca)\b|[\w.]+\.(com|co|id)\b|[|,:•·()\-–—/\s]", re.I)
NAME_LINE_RE = re.compile(r"^[A-Z][\w'.-]+(?: [A-Z][\w'.-]+){0,3}$")
# A dateline left on a line of its own ("Jakarta -", "JAKARTA, KOMPAS.com -", "Liputan6.com,
# Jakarta -", "Metrotvnews.com, Jakarta:"): it opens the first paragraph, as readers see it.
DATELINE_PLACE_RE = re.compile(r"^[A-Z][\w.'’]*(?:[ ,]+[A-Za-z][\w.'’()]*){0,4}$")
DASH_START_RE = re.compile(r"^(?:-{1,2}|–|—)\s")
LONE_DATELINE_RE = re.compile(r"^[A-Z][\w.'’]*(?:[ ,]+[A-Za-z][\w.'’]*){0,4}\s*(?:[-–—]|:)$")
# A byline closes the article only below this much text: one among the title, the date and the
# other credits at the top ("Translator: A", "Editor: B", then the article) closes nothing.
BODY_ABOVE_CLOSING_BYLINE = 400


@dataclass
class Cleaned:
    paragraphs: list[str]
    fields: dict = field(default_factory=dict)


@lru_cache(maxsize=1)
def rules():
    data = tomllib.loads(RULES_FILE.read_text(encoding="utf-8"))
    flags = re.IGNORECASE
    return {
        # one alternation each: a line is tried once, not once per pattern
        "drop": re.compile("|".join(f"(?:{p})" for p in data["drop_lines"]), flags),
        "end": re.compile("|".join(f"(?:{p})" for p in data["end_markers"]), flags),
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
        if kept and r["end"].match(line):
            break
        byline = False
        for part in re.split(r"\s+\|\s+", line) if "|" in line else (line,):  # "Reporter: A | Editor: B"
            for name, pattern in r["fields"].items():
                m = pattern.match(part)
                if m:
                    found.setdefault(name, m.group("value").strip())
                    byline = True
        if byline:
            # A byline at the bottom closes the article (the seed's layout); one at the top does not.
            after_byline = len(kept) >= 2 and sum(map(len, kept)) >= BODY_ABOVE_CLOSING_BYLINE
            continue
        if r["drop"].match(line) or is_date_line(line) or is_byline_line(line):
            continue
        if after_byline:
            # After an "Editor:" line only an unlabelled writer's name may follow (the seed's layout).
            if "author" not in found and NAME_LINE_RE.match(line):
                found["author"] = line
            continue
        kept.append(line)
    kept = join_datelines(kept)
    while kept:
        kept[-1] = r["signoff"].sub("", kept[-1]).strip()
        signed = signature_names(kept[-1]) if len(kept) > 1 else None
        if signed is not None:  # "SUTRISNO WIJAYA | MAGHFIRA RAHMAN": Tempo's byline under the text
            found.setdefault("signed", signed)
            kept[-1] = ""
        if kept[-1]:
            break
        kept.pop()
    return Cleaned(kept, found)


def is_byline_line(line: str) -> bool:
    """A name beside the date, left in the text ("Ade Hapsari • 18 Maret 2024 09:30")."""
    return len(line) <= 120 and bool(beside_outlet_or_date(line, set()))


def is_date_line(line: str) -> bool:
    """A line that only says when (the date widget trafilatura sometimes keeps)."""
    if len(line) > 90:
        return False
    for pattern in PRINTED_DATE_RES:
        m = pattern.search(line)
        if m:
            rest = line[: m.start()] + line[m.end():]
            return not DATE_LINE_WORDS_RE.sub("", rest).strip()
    return False


def join_datelines(lines: list[str]) -> list[str]:
    """A dateline on its own line joins the paragraph after it ("Jakarta -" + "Pemerintah …",
    or "Jakarta" + "- Pemerintah …" when the place was in bold)."""
    out = []
    i = 0
    while i < len(lines):
        line = lines[i]
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if i < 3 and nxt and len(line) <= 60 and (
            LONE_DATELINE_RE.match(line) or (DATELINE_PLACE_RE.match(line) and DASH_START_RE.match(nxt))
        ):
            out.append(f"{line} {lines[i + 1]}")
            i += 2
            continue
        out.append(line)
        i += 1
    return out
