"""`pantau_checks`: figures inside one article that do not add up.

Fills `doc._.checks` with one dict per disagreement, in text order:

    kind ("arithmetic" | "share" | "change"), figures (the figure texts involved), stated (the
    value the article gives, a number: 13900000), expected (what the other figures make it, a
    number), sentence (the sentence that states it)

- arithmetic: a gap against the target and the value reached ("artinya masih harus menjangkau
  sekitar 13,9 juta" after 53,9 and 40,9 juta), a total against the parts listed with it;
- share: the rest ("sisanya 30 persen") against 100 minus the other shares, shares a whole
  "terdiri atas" against 100;
- change: "naik 12 persen" against the old and new values it names.

Runs after `pantau_figures` and reads only its figures and the text: pure, like the rest of nlp.
A check needs written evidence that the figures are meant to add up (word lists in
cues.<lang>.toml) and a disagreement beyond the rounding the figures were written with (see
rules.py); consistent figures give nothing. Checks against what was stored before (history)
need the database and live in pantau/history.py.
"""

from spacy.language import Language

from ..extensions import doc_text

from .mention import load_cues, mentions
from .rules import changes, differences, shares, sums

CHECK_KEYS = ("kind", "figures", "stated", "expected", "sentence")


@Language.factory("pantau_checks", default_config={"cues": None})
def make_checks(nlp: Language, name: str, cues: str | None):
    """cues: path to a TOML word list (default: cues.<lang>.toml beside this module)."""
    return CheckFinder(nlp.lang, cues)


class CheckFinder:
    def __init__(self, lang: str, cues: str | None = None):
        self.lang = lang if lang in ("id", "en") else "id"
        self.cues = load_cues(self.lang, cues)

    def __call__(self, doc):
        text = doc_text(doc)
        doc._.checks = self.checks(text, doc._.figures or [], doc._.title_end)
        return doc

    def checks(self, text: str, figures: list[dict], title_end: int = 0) -> list[dict]:
        ms = mentions(text, figures, title_end, self.lang, self.cues)
        if len(ms) < 2:
            return []
        found = [*differences(ms, self.cues), *sums(ms, self.cues), *shares(ms, self.cues), *changes(ms, self.cues)]
        seen, out = set(), []
        for c in sorted(found, key=lambda c: text.find(c["sentence"])):
            key = (c["kind"], tuple(c["figures"]), c["stated"], c["sentence"])
            if key not in seen:
                seen.add(key)
                out.append(c)
        return out


def find_checks(text: str, figures: list[dict], title_end: int = 0, lang: str = "id") -> list[dict]:
    """The checks of one article's figures (as `pantau_figures` gives them) without spaCy."""
    return CheckFinder(lang).checks(text, figures, title_end)
