"""`pantau_ner_vote`: several trained NER models voting on each entity span.

The shipped `nerp` model is a blank pipeline holding one component of this factory, named "ner".
Each member is a whole trained pipeline (its gazetteer feature and static vectors as it was
trained; members reading the same vectors share one vocab, others keep their own) saved in a
folder of the component's directory, so loading the ensemble is still one `spacy.load`. A span (start, end, type) is kept
when at least `min_votes` members predict exactly it; with three members and two votes, two
kept spans can never overlap. Built by `build` from trained runs (`train.py ship`).
"""

from pathlib import Path

import numpy
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import minibatch

VOCAB_OF = "vocab_of"  # in a member's folder: the member whose vocab (and vectors) it reads


@Language.factory("pantau_ner_vote", default_config={"min_votes": 2})
def make_ner_vote(nlp, name, min_votes):
    return NerVote(name, min_votes)


class NerVote:
    def __init__(self, name, min_votes=2):
        self.name = name
        self.min_votes = min_votes
        self.members: dict[str, Language] = {}

    @property
    def labels(self) -> tuple:
        return tuple(sorted({label for member in self.members.values() for label in member.get_pipe("ner").labels}))

    def pipe(self, docs, batch_size=256):
        for batch in minibatch(docs, size=batch_size):
            # Each member tags its own copy of the tokens (its vocab holds its own vectors).
            per_member = [list(member.pipe([Doc(member.vocab, words=[t.text for t in doc],
                                                spaces=[bool(t.whitespace_) for t in doc]) for doc in batch]))
                          for member in self.members.values()]
            for i, doc in enumerate(batch):
                member_spans = [[(e.start, e.end, e.label_) for e in m[i].ents] for m in per_member]
                doc.ents = [Span(doc, start, end, label=label) for start, end, label in vote(member_spans, self.min_votes)]
                yield doc

    def __call__(self, doc):
        return next(self.pipe([doc]))

    def to_disk(self, path, exclude=tuple()):
        """Each member in its own folder; a member reading the same vectors as one saved before it
        keeps no vocab of its own (4 MB of vectors and 1 MB of strings), only `VOCAB_OF` naming it."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        saved = {}
        for name, member in self.members.items():
            same = next((other for other, vocab in saved.items() if same_vectors(vocab, member.vocab)), None)
            if same:
                member.to_disk(path / name, exclude=["vocab"])
                (path / name / VOCAB_OF).write_text(same + "\n")
            else:
                member.to_disk(path / name)
                saved[name] = member.vocab

    def from_disk(self, path, exclude=tuple()):
        self.members = {}
        for sub in sorted(Path(path).iterdir()):
            if (sub / "config.cfg").exists():
                shared = sub / VOCAB_OF
                vocab = self.members[shared.read_text().strip()].vocab if shared.exists() else None
                self.members[sub.name] = load_member(sub, vocab)
        return self


def vote(member_spans, min_votes=2) -> list[tuple[int, int, str]]:
    """The (start, end, type) spans of one sentence predicted by at least `min_votes` of the
    members (`member_spans`: each member's spans), most votes first (ties: the first member
    naming it), none overlapping a span kept before it."""
    votes, first = {}, {}
    for rank, spans in enumerate(member_spans):
        for span in spans:
            votes[span] = votes.get(span, 0) + 1
            first.setdefault(span, rank)
    kept, taken = [], set()
    for span in sorted((s for s, n in votes.items() if n >= min_votes), key=lambda s: (-votes[s], first[s])):
        if not taken & set(range(span[0], span[1])):
            kept.append(span)
            taken |= set(range(span[0], span[1]))
    return sorted(kept)


def same_vectors(vocab, other) -> bool:
    return (vocab is other or (vocab.vectors.shape == other.vectors.shape and dict(vocab.vectors.key2row) == dict(other.vectors.key2row)
                               and numpy.array_equal(vocab.vectors.data, other.vectors.data)))


def load_member(path, vocab=None) -> Language:
    """A member pipeline without a tokenizer of its own (it is only ever given Docs), its weights
    back in float32 (`build` stores them in float16); with `vocab`, that one instead of its own."""
    from .tagging import create_tokens_given_tokenizer  # noqa: F401  (registers the tokenizer; tagging imports us)

    shared = vocab is not None  # (a Vocab without lexemes is falsy)
    member = spacy.load(path, vocab=vocab if shared else True, exclude=["tokenizer"] + (["vocab"] if shared else []),
                        config={"nlp": {"tokenizer": {"@tokenizers": "pantau.tokens_given.v1"}}})
    return with_weights_as(member, "float32")


def with_weights_as(nlp, dtype) -> Language:
    """`nlp` with every model weight and its static vectors cast to `dtype`. Members are stored in
    float16, which halves their size on disk (and in the wheel); the models compute in float32."""
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        for node in model.walk() if hasattr(model, "walk") else ():
            for param in node.param_names:
                if node.has_param(param):
                    node.set_param(param, node.get_param(param).astype(dtype))
    nlp.vocab.vectors.data = nlp.vocab.vectors.data.astype(dtype)
    return nlp


def build(member_dirs: dict, out, lang="id", min_votes=2) -> Path:
    """Save the ensemble of the trained pipelines `member_dirs` ({name: model dir}, voting order)
    as one spaCy pipeline in `out`, their weights in float16. Member names sort in that order
    (1_…, 2_…): from_disk reads them sorted."""
    from .tagging import create_tokens_given_tokenizer  # noqa: F401

    nlp = spacy.blank(lang, config={"nlp": {"tokenizer": {"@tokenizers": "pantau.tokens_given.v1"}}})  # given Docs only
    vote = nlp.add_pipe("pantau_ner_vote", name="ner", config={"min_votes": min_votes})
    vote.members = {name: with_weights_as(load_member(path), "float16") for name, path in member_dirs.items()}
    if list(vote.members) != sorted(vote.members):
        raise ValueError(f"member names must sort in voting order: {list(vote.members)}")
    nlp.to_disk(out)
    return Path(out)
