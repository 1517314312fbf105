"""Tone toward a target: what an article (or a sentence) says about one institution.

Only the sentences that name the target count. Each is scored twice:
- by the cues of criticism and praise that judge the target itself (cues.py: "Komisi IX mengecam
  BPJS Kesehatan" is bad for BPJS Kesehatan; "BPJS Kesehatan menjatuhkan sanksi kepada rumah
  sakit" is not — it is bad for the hospital);
- by the tone classifier (model.py) on the whole sentence, which does not know whom the sentence
  is about: it tips a sentence whose cues judge the target, counts weakly when they judge someone
  else, and alone (no cue) never makes a sentence positive or negative — on real news it saw tone
  in sentences that judge nobody (bench/RESULTS.md, Tone: real text).
The headline counts twice, the lead (first body paragraph) one and a half times, other
sentences once; the article's score is the weighted mean, its tone positive or negative when
the score passes THRESHOLD.

Names of a target: every alias the gazetteer gives its canonical name (nlp/entities), plus the
`also` names of watched.toml (a minister stands for the ministry); a target the gazetteer does
not know is matched as written, in any case.
"""

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..entities import gazetteer as gz
from ..layout import split as split_paragraphs
from ..sentences import sentence_spans
from . import cues

WATCHED_PATH = Path(__file__).with_name("watched.toml")


@dataclass(frozen=True)
class Weights:
    """How a sentence's score is made (chosen on the news development set, bench/tone_eval.py)."""
    cue: float = 0.8  # cues that judge the target
    model_with_cue: float = 0.3  # the classifier, when cues judge the target
    model_alone: float = 0.2  # the classifier, when no cue is in the sentence: at most the threshold
    model_others: float = 0.2  # the classifier, when the sentence's cues judge someone else
    headline: float = 2.0
    lead: float = 1.5
    threshold: float = 0.2  # |score| above this is positive or negative


WEIGHTS = Weights()


@lru_cache(maxsize=2)
def watched(path: str | None = None) -> dict[str, tuple[str, ...]]:
    """Watched institutions: canonical name -> extra names (watched.toml)."""
    data = tomllib.loads(Path(path or WATCHED_PATH).read_text(encoding="utf-8"))
    return {entry["canonical"]: tuple(entry.get("also", [])) for entry in data["institution"]}


@lru_cache(maxsize=1)
def _gazetteer():
    return gz.load()


@lru_cache(maxsize=256)
def names_of(target: str) -> tuple[str, ...]:
    """Every name the target goes by: the gazetteer's aliases of its canonical name (the target
    may itself be an alias), the watched.toml extras, and the target as written."""
    gazetteer = _gazetteer()
    canonical = gazetteer.canonical_of(target) or target
    names = {target, canonical, *watched().get(canonical, ())}
    for alias, indexes in gazetteer.aliases.items():
        if any(gazetteer.entries[i].canonical == canonical for i in indexes):
            names.add(alias)
    return tuple(sorted(names, key=len, reverse=True))


@lru_cache(maxsize=256)
def _patterns(target: str) -> tuple[re.Pattern, ...]:
    """Gazetteer aliases match as the gazetteer matches them (acronyms as written); other names
    in any case."""
    aliases = _gazetteer().aliases
    out = []
    for name in names_of(target):
        flags = 0 if name in aliases and not gz.case_insensitive(name) else re.IGNORECASE
        out.append(re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", flags))
    return tuple(out)


def mentions(text: str, target: str) -> list[tuple[int, int]]:
    """Character spans where the text names the target (longest names first, no overlaps). A
    name inside a longer organisation name is not a mention: the "BPJS" of "BPJS
    Ketenagakerjaan" does not name BPJS Kesehatan."""
    spans = []
    for pattern in _patterns(target):
        for m in pattern.finditer(text):
            if not any(s < m.end() and m.start() < e for s, e in spans):
                spans.append((m.start(), m.end()))
    longer = [o for o in organisations(text) if o not in spans]
    return sorted(sp for sp in spans if not any(o[0] <= sp[0] and sp[1] <= o[1] and o[1] - o[0] > sp[1] - sp[0] for o in longer))


@lru_cache(maxsize=1)
def _org_pattern() -> re.Pattern:
    """Every organisation alias of the gazetteer, as written (acronyms) or in any case."""
    gazetteer = _gazetteer()
    orgs = [a for a, idx in gazetteer.aliases.items() if any(gazetteer.entries[i].label == "ORG" for i in idx)]
    # longest first: an alternation takes the first alternative that matches
    parts = [re.escape(a) if gz.case_insensitive(a) else rf"(?-i:{re.escape(a)})"
             for a in sorted(orgs, key=len, reverse=True)]
    return re.compile(rf"(?<!\w)(?:{'|'.join(parts)})(?!\w)", re.IGNORECASE)


def organisations(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _org_pattern().finditer(text)]


def sentence_score(polarity: float, text: str, target_spans, other_spans=(), weights: Weights = WEIGHTS) -> float:
    """The score of one sentence toward the target, from the classifier's polarity
    (P(positive) − P(negative)) and the cues that judge the target."""
    cue_score, mine, others = cues.toward(text, target_spans, other_spans)
    if mine:
        score = weights.cue * cue_score + weights.model_with_cue * polarity
    elif others:
        score = weights.model_others * polarity
    else:
        score = weights.model_alone * polarity
    return max(-1.0, min(1.0, score))


def label(score: float, weights: Weights = WEIGHTS) -> str:
    if score > weights.threshold:
        return "positive"
    if score < -weights.threshold:
        return "negative"
    return "neutral"


@dataclass
class Sentence:
    start: int
    end: int
    weight: float


def weighted_sentences(text: str, title_end: int = 0, weights: Weights = WEIGHTS) -> list[Sentence]:
    """The sentences of the title and the body (skipped lines left out), each with its weight:
    headline, lead paragraph, the rest."""
    out = []
    lead_seen = False
    for para in split_paragraphs(text, title_end):
        if para.kind == "skip":
            continue
        if para.kind == "title":
            weight = weights.headline
        elif not lead_seen:
            weight, lead_seen = weights.lead, True
        else:
            weight = 1.0
        for s, e in sentence_spans(para.text):
            out.append(Sentence(para.start + s, para.start + e, weight))
    return out


def combine(scored: list[tuple[float, float]], weights: Weights = WEIGHTS) -> tuple[str, float]:
    """(tone, score) from (score, weight) of the sentences that name the target."""
    if not scored:
        return "neutral", 0.0
    total = sum(w for _, w in scored)
    score = sum(s * w for s, w in scored) / total
    return label(score, weights), round(score, 4)


def plan(text: str, target: str, title_end: int = 0, spans=None, others=None, weights: Weights = WEIGHTS):
    """The sentences to classify for `target`: (sentence text, the target's mentions in it, the
    other parties' spans in it, weight). `spans` and `others`: the target's mentions and the
    other organisations and people, when the caller knows them (the pipeline does)."""
    spans = mentions(text, target) if spans is None else spans
    others = organisations(text) if others is None else others
    others = [o for o in others if not any(s < o[1] and o[0] < e for s, e in spans)]
    out = []
    for sent in weighted_sentences(text, title_end, weights):
        mine = [(s - sent.start, e - sent.start) for s, e in spans if sent.start <= s and e <= sent.end]
        if mine:
            theirs = [(s - sent.start, e - sent.start) for s, e in others if sent.start <= s and e <= sent.end]
            out.append((text[sent.start:sent.end], mine, theirs, sent.weight))
    return out
