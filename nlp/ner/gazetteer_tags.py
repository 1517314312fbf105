"""`pantau_gazetteer_tags`: known names as a feature for the NER model.

Marks each token that lies inside a name from the training gazetteer (DBpedia persons, places
and organisations, Kemendagri regions; built by `prepare.gazetteer_names`) with the kinds of
name it is in and whether it opens it, e.g. "B-PERSON" or "I-PLACE|B-ORG", in `token.tag_`. The
model's tok2vec embeds TAG like the word's shape or suffix, so it learns how far to trust a
list (these are noisy: villages named like common words, people known by one name), and a name
missing from the lists is still found from context.

Lookup is by lowercased words, the longest name per kind from each token, so lowercased NERP
text matches too. A dict of word tuples rather than spaCy's PhraseMatcher: the lists hold about
200,000 names, and building a PhraseMatcher from them costs seconds each time a model loads.
"""

import gzip
import json
from pathlib import Path

from spacy.language import Language
from spacy.training import Example
from spacy.util import registry

FILE = "names.json.gz"


@Language.factory("pantau_gazetteer_tags", default_config={"max_words": 6})
def make_gazetteer_tags(nlp, name, max_words):
    return GazetteerTags(name, max_words)


class GazetteerTags:
    def __init__(self, name, max_words=6):
        self.name = name
        self.max_words = max_words
        self.names = {}  # lowercased words joined by spaces -> kinds of name

    def set_names(self, by_kind):
        """`by_kind`: {kind: [name as lowercased words joined by spaces]}."""
        names = {}
        for kind in sorted(by_kind):
            for phrase in by_kind[kind]:
                if phrase.count(" ") < self.max_words:
                    names[phrase] = names.get(phrase, ()) + (kind,)
        self.names = names

    def initialize(self, get_examples=None, *, nlp=None, path=None):
        if path is None:
            raise ValueError("pantau_gazetteer_tags needs [initialize.components.<name>] path = the names file")
        self.set_names(_read(Path(path)))

    def tags(self, words) -> list[str]:
        """The tag of each of `words` (lowercased, none holding a space): its kinds of name, ""
        when in none."""
        marks = [set() for _ in words]
        covered = {}  # kind -> index up to which the kind's current name reaches
        for i in range(len(words)):
            longest = {}
            for n in range(min(self.max_words, len(words) - i), 0, -1):
                for kind in self.names.get(" ".join(words[i:i + n]), ()):
                    longest.setdefault(kind, n)
            for kind, n in longest.items():
                if covered.get(kind, 0) <= i:  # greedy: a name does not start inside another of its kind
                    covered[kind] = i + n
                    marks[i].add(f"B-{kind}")
                    for j in range(i + 1, i + n):
                        marks[j].add(f"I-{kind}")
        return ["|".join(sorted(m)) for m in marks]

    def __call__(self, doc):
        for token, tag in zip(doc, self.tags([t.lower_ for t in doc])):
            if tag:
                token.tag_ = tag
        return doc

    def pipe(self, docs, batch_size=None):
        for doc in docs:
            yield self(doc)

    def _data(self):
        by_kind = {}
        for phrase, kinds in self.names.items():
            for kind in kinds:
                by_kind.setdefault(kind, []).append(phrase)
        return {kind: sorted(phrases) for kind, phrases in sorted(by_kind.items())}

    def to_disk(self, path, exclude=()):
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        _write(path / FILE, self._data())

    def from_disk(self, path, exclude=()):
        self.set_names(_read(Path(path) / FILE))
        return self


@registry.readers("pantau.gazetteer_tagged_text.v1")
def gazetteer_tagged_text(path, names, min_length=5, max_length=500, max_words=6):
    """Raw text for `spacy pretrain` with the gazetteer's tags set, as the pipe sets them before
    the tok2vec in training: `spacy pretrain` only tokenizes its corpus (no pipe runs), so with
    spaCy's JsonlCorpus the TAG rows of a tok2vec that embeds TAG would stay untrained.
    `path`: JSON lines of {"text": ...}; `names`: the names file; sentences of fewer than
    `min_length` or more than `max_length` tokens are skipped, as JsonlCorpus does."""
    tagger = GazetteerTags("gazetteer", max_words)
    tagger.set_names(_read(Path(names)))

    def read(nlp):
        with open(path, encoding="utf-8") as f:
            for line in f:
                doc = nlp.make_doc(json.loads(line)["text"])
                if min_length <= len(doc) and (not max_length or len(doc) <= max_length):
                    doc = tagger(doc)
                    yield Example(doc, doc)

    return read


def _write(path, by_kind):
    # mtime=0: the same names give a byte-identical file, so a retrained model diffs cleanly
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as f:
        f.write(json.dumps(by_kind, ensure_ascii=False, sort_keys=True).encode("utf-8"))


def _read(path):
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return json.load(f)
