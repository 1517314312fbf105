"""`pantau_figures`: every figure in an article, with what it measures.

Fills `doc._.figures` with one dict per figure, in text order:

    text, value (Decimal), value_max (Decimal or None; ranges), kind (money|percent|count|other),
    currency (ISO code), unit, per, approx, qualifier (target|actual|minimum|change|None),
    metric, as_of (ISO date, period end), sentence, start, end (character offsets in doc.text)

Runs after `pantau_sentences`. Word lists live in lexicon.<lang>.toml beside this module; the
finder (finder.py) locates numbers and rejects look-alikes, the reader (context.py) reads the
words around each one. Article-level rules live here:

- boilerplate paragraphs ("Baca juga: …") hold no figures, and the article ends at a byline or
  sidebar line ("Editor:", "Recent Posts") after its first few paragraphs;
- the headline is text: a figure in it and again in the body is two mentions, each filled in
  with what the other says (the headline's unit, the body's metric, qualifier and as-of date);
  a headline number that only Title Case makes doubtful ("Temukan 173 Item Obat") is kept
  when the body has the same value;
- a sentence opening with "Artinya," or "Dengan demikian," continues the previous one: its figures
  take that sentence's as-of date; "jumlahnya" takes the previous figure's metric.
"""

import re
from bisect import bisect_right

from spacy.attrs import IDX, SENT_START
from spacy.language import Language

from ..extensions import doc_text

from .context import Reader, Sentence
from .finder import Finder, Region
from .lexicon import load

PUBLIC_KEYS = ("text", "value", "value_max", "kind", "currency", "unit", "per", "approx", "qualifier", "metric",
               "as_of", "sentence", "start", "end")
SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[A-Z\"“(])|\n\s*")


@Language.factory(
    "pantau_figures",
    default_config={"lexicon": None},
)
def make_figures(nlp: Language, name: str, lexicon: str | None):
    """lexicon: path to a TOML word list (default: lexicon.<lang>.toml beside this module)."""
    return FigureFinder(nlp.lang, lexicon=lexicon)


class FigureFinder:
    def __init__(self, lang: str, lexicon: str | None = None):
        self.lang = lang if lang in ("id", "en") else "id"
        self.lex = load(self.lang, lexicon)
        self.finder = Finder(self.lex)
        self.reader = Reader(self.lex)

    def __call__(self, doc):
        text = doc_text(doc)
        doc._.figures = self.figures(text, doc._.title_end, doc._.published, lambda: _sentences(doc, len(text)))
        return doc

    def figures(self, text: str, title_end: int = 0, published=None, sentences=None) -> list[dict]:
        """Figures in `text`; `sentences` gives (start, end) character spans (or a function that
        does, called only when there is a figure); without it sentences are split by regex."""
        region = Region(text, self.lex, title_end)
        cands = self.finder.find(text, region, _headline_zone(text, title_end))
        if not cands:
            return []
        if callable(sentences):
            sentences = sentences()
        sentences = sentences or _regex_sentences(text)
        starts = [s for s, _ in sentences]
        groups: dict[int, list] = {}
        for c in cands:
            k = max(0, bisect_right(starts, c.start) - 1)
            groups.setdefault(k, []).append(c)
        figures, last_by_sentence = [], {}
        headline_end = _headline_zone(text, title_end)
        for k in sorted(groups):
            start, end = sentences[k]
            sent = Sentence(text, start, end, self.lang, in_title=start < headline_end)
            found = self.reader.read(sent, groups[k], published)
            sentence_text = text[start:end].strip()
            carry = self._carries(sent)
            previous = last_by_sentence.get(k - 1)
            for c, f in zip(groups[k], found):
                f["_needs_twin"] = c.extra.get("needs_twin", False)
                f["_sentence"] = k
                f["sentence"] = sentence_text
                f["text"] = text[f["start"]:f["end"]]
                if carry and previous is not None and f["as_of"] is None and f["_date"] is None:
                    f["as_of"] = previous["as_of"]
                if f.get("_anaphor") and figures and figures[-1]["metric"] != "usia":
                    f["metric"] = figures[-1]["metric"]  # (not someone's age for the points after it)
                if f["kind"] == "count" and f["unit"] is None and c.scaled and not c.written:
                    same = next((b for b in reversed(figures) if b["kind"] == "money" and b["value"] == f["value"]
                                 and b["value_max"] == f["value_max"]), None)
                    if same is not None:  # "uang Rp 700 juta ... Ada 700 juta itu": the amount said again
                        f["kind"], f["currency"] = "money", same["currency"]
                    elif self.lex.money_cue_re is not None and self.lex.money_cue_re.search(text, max(0, f["start"] - 40), f["start"]):
                        money = next((b for b in reversed(figures) if b["kind"] == "money"), None)
                        if money is not None and k - money["_sentence"] <= 2:
                            f["kind"], f["currency"] = "money", money["currency"]  # "50 juta pound … seharga 47,5 juta."
                figures.append(f)
            if found:
                last_by_sentence[k] = found[-1]
        figures = self._pair_headline(headline_end, figures)
        return [{key: f[key] for key in PUBLIC_KEYS} for f in figures]

    def _carries(self, sent: Sentence) -> bool:
        lows = sent.lows
        return any(tuple(lows[:len(p)]) == p for p in self.lex.carry)

    def _pair_headline(self, zone: int, figures: list[dict]) -> list[dict]:
        """A headline figure and its body twin (same value) tell each other what they lack; a
        doubtful headline number without a twin is dropped."""
        if not zone:
            return figures
        body = [f for f in figures if f["start"] >= zone]
        kept = []
        for f in figures:
            if f["start"] >= zone:
                kept.append(f)
                continue
            key = (f["value"], f["value_max"], f["kind"], f["currency"])
            twin = next((b for b in body if (b["value"], b["value_max"], b["kind"], b["currency"]) == key), None)
            if twin is None:
                if not f["_needs_twin"] or any(
                        f["value_max"] is None and f["value"] in (b["value"], b["value_max"])
                        and (b["kind"], b["currency"]) == (f["kind"], f["currency"]) for b in body):
                    kept.append(f)  # ("Incar 130 Kursi" beside "antara 120 sampai 130 kursi": an end of a range)
                continue
            if twin["metric"]:
                f["metric"] = twin["metric"]  # Title Case hides a headline's noun phrases
            for field in ("unit", "per", "qualifier", "as_of", "metric"):
                if twin[field] is None and f[field] is not None:
                    twin[field] = f[field]
                elif f[field] is None and twin[field] is not None:
                    f[field] = twin[field]
            kept.append(f)
        return kept


def _headline_zone(text: str, title_end: int) -> int:
    """End of the headline: the title plus up to two following one-line paragraphs that read like
    a headline (no closing punctuation), as when a section label ("Nasional") took the title line."""
    if title_end <= 0:
        return 0
    end = pos = title_end
    for _ in range(2):
        while pos < len(text) and text[pos] in "\n\r \t":
            pos += 1
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        line = text[pos:line_end].strip()
        if not line or len(line) > 200 or line[-1] in ".!?\"”’)":
            break
        end = pos = line_end
    return end


def _sentences(doc, length: int) -> list[tuple[int, int]] | None:
    """Sentence spans from the tokens' sentence starts, read as one array (doc.sents and
    has_annotation walk the tokens in Python)."""
    if not len(doc):
        return None
    array = doc.to_array([SENT_START, IDX])
    starts = [int(i) for i in array[array[:, 0] == 1, 1]]
    if not starts:
        return None
    if starts[0] != 0:
        starts.insert(0, 0)
    return list(zip(starts, starts[1:] + [length]))


def _regex_sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in SENTENCE_END.finditer(text):
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans or [(0, len(text))]
