"""A figure as the checks see it: its value with the precision it was written to, where it is
(sentence, paragraph, headline), whether it is approximate or only a bound, and the words around
it in its clause."""

import re
import tomllib
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from types import SimpleNamespace

HERE = Path(__file__).parent
WORDS = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:-[^\W\d_]+)*|[±~;]")
NUMERAL = re.compile(r"\d+(?:[.,]\d+)*")
PARAGRAPH_BREAK = re.compile(r"\n\s*")


class Cues(SimpleNamespace):
    """The lists of cues.<lang>.toml, each a tuple of phrases (tuples of lower-case words)."""


@lru_cache(maxsize=None)
def load_cues(lang: str, path: str | None = None) -> Cues:
    data = tomllib.loads(Path(path or HERE / f"cues.{lang}.toml").read_text(encoding="utf-8"))
    return Cues(**{name: tuple(tuple(WORDS.findall(p.lower())) for p in phrases) for name, phrases in data.items()})


def words(text: str) -> list[str]:
    return WORDS.findall(text.lower())


def ends_with(seq: list[str], phrases) -> bool:
    """Does the word list end with one of the phrases?"""
    return any(p and len(p) <= len(seq) and tuple(seq[-len(p):]) == p for p in phrases)


def contains(seq: list[str], phrases) -> bool:
    for p in phrases:
        n = len(p)
        if n and any(tuple(seq[i:i + n]) == p for i in range(len(seq) - n + 1)):
            return True
    return False


@dataclass
class Mention:
    f: dict
    value: Decimal
    delta: Decimal  # how far the true value may be from the written one (rounding)
    about: bool  # "sekitar": rounding allowed
    bound: bool  # "lebih dari", "hampir": a bound, not a value
    sentence: int  # index of its sentence among the sentences with figures
    sentence_start: int
    paragraph: int
    in_title: bool
    before: list[str] = field(default_factory=list)  # words of its clause before it (after any earlier figure)
    after: list[str] = field(default_factory=list)  # a few words after it

    @property
    def text(self) -> str:
        return self.f["text"]

    def same_kind(self, other: "Mention") -> bool:
        return self.f["kind"] == other.f["kind"] and self.f.get("currency") == other.f.get("currency")

    @property
    def metric(self) -> str | None:
        m = self.f.get("metric")
        return " ".join(m.lower().split()) if m else None


def precision(f: dict, lang: str) -> Decimal | None:
    """One unit of the last digit written: "53,9 juta" → 100000, "Rp36.800" → 100, "40 persen" → 10
    (trailing zeros of a whole number may be rounding), "tiga" → 1. None when the text's number
    cannot be read back to the value."""
    value = Decimal(str(f["value"]))
    m = NUMERAL.search(f["text"])
    if not m:  # a number in words ("tiga", "sejuta")
        digits = format(value.normalize(), "f").split(".")[0].lstrip("-")
        return Decimal(10) ** (len(digits) - len(digits.rstrip("0"))) if value == value.to_integral() else None
    num = m.group()
    decimal_mark, group_mark = (",", ".") if lang == "id" else (".", ",")
    whole, _, frac = num.partition(decimal_mark) if decimal_mark in num else (num, "", "")
    whole = whole.replace(group_mark, "")
    if not whole.isdigit() or (frac and not frac.isdigit()):
        return None
    written = Decimal(f"{whole}.{frac}" if frac else whole)
    if written == 0:
        return None
    scale = abs(value) / written
    if scale != scale.to_integral() or scale <= 0:
        return None
    unit = scale / Decimal(10) ** len(frac)
    if not frac and len(whole) >= 3:  # "1.200", "250 ribu": the zeros may be rounding ("10 juta" is 10)
        unit *= Decimal(10) ** (len(whole) - len(whole.rstrip("0")))
    return unit


def mentions(text: str, figures: list[dict], title_end: int, lang: str, cues: Cues) -> list[Mention]:
    """The figures that can take part in a check (single values, not ranges, readable precision),
    in text order."""
    out: list[Mention] = []
    starts: list[int] = []
    for f in figures:
        if f.get("value") is None or f.get("value_max") is not None or not f.get("sentence"):
            continue
        unit = precision(f, lang)
        if unit is None:
            continue
        sentence = f["sentence"]
        s_start = text.find(sentence, max(0, f["start"] - len(sentence)))
        if s_start < 0 or s_start > f["start"]:
            continue
        if s_start not in starts:
            starts.append(s_start)
        before_text = text[s_start:f["start"]]
        prev = [m for m in out if m.sentence_start == s_start]
        if prev:
            before_text = text[prev[-1].f["end"]:f["start"]]
        before = words(before_text)
        for k in range(len(before) - 1, -1, -1):
            if (before[k],) in cues.boundaries:
                before = before[k + 1:]
                break
        after = words(text[f["end"]:f["end"] + 40])[:4]
        approx = bool(f.get("approx"))
        about = approx and ends_with(before[-4:], cues.about)
        out.append(Mention(
            f=f, value=Decimal(str(f["value"])), delta=unit if about else unit / 2, about=about,
            bound=approx and not about, sentence=starts.index(s_start), sentence_start=s_start,
            paragraph=len(PARAGRAPH_BREAK.findall(text, 0, f["start"])),
            in_title=f["start"] < title_end, before=before, after=after,
        ))
    return out
