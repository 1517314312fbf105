"""Putting case back into NERP's lowercased sentences, so the production model is not case-blind.

A case map records, for each lowercased word, its most frequent spelling in cased text (IndoSum
and NERGrit), counting only words that do not open a sentence. `truecase` applies it, gives
entity words that the map leaves in lower case a capital (names are proper nouns), and
capitalises the first word.
"""

import json
from collections import Counter, defaultdict
from pathlib import Path

SENTENCE_ENDS = {".", "!", "?"}


def case_map(sentences, min_count=2) -> dict[str, str]:
    """{lowercased word: its most frequent non-initial spelling} from cased token lists, for
    words whose usual spelling is not all lower case."""
    forms = defaultdict(Counter)
    for tokens in sentences:
        for tok in tokens[1:]:
            if tok.isalpha() or any(c.isalpha() for c in tok):
                forms[tok.lower()][tok] += 1
    out = {}
    for low, counts in forms.items():
        form, n = counts.most_common(1)[0]
        if n >= min_count and form != low:
            out[low] = form
    return out


def truecase(tokens, tags, cmap, entity_types) -> list[str]:
    """`tokens` with case restored; words tagged with one of `entity_types` get at least a capital."""
    out = []
    for i, (tok, tag) in enumerate(zip(tokens, tags)):
        word = cmap.get(tok, tok) if tok.islower() else tok
        opens = i == 0 or tokens[i - 1] in SENTENCE_ENDS
        if word.islower() and (tag.partition("-")[2] in entity_types or opens):
            word = word[:1].upper() + word[1:]
        out.append(word)
    return out


def indosum_sentences(paths):
    """Token lists of every sentence in IndoSum JSON-lines files."""
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                for paragraph in json.loads(line)["paragraphs"]:
                    yield from paragraph


def save(cmap, path) -> None:
    Path(path).write_text(json.dumps(cmap, ensure_ascii=False, sort_keys=True, indent=0), encoding="utf-8")
