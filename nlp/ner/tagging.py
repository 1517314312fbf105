"""Running a shipped NER model over given tokens, and `pantau ner-tag`.

Docs are built from the tokens as they are (no re-tokenising), so output lines match input lines.
"""

from functools import lru_cache
from pathlib import Path

import spacy
from spacy.tokenizer import Tokenizer
from spacy.util import registry
from thinc.api import use_ops
from threadpoolctl import threadpool_limits

from . import conll, ensemble, gazetteer_tags  # noqa: F401  (register the factories a model may use)
from .corpus import to_doc

MODELS_DIR = Path(__file__).resolve().parent.parent / "models"
# `ner-tag --scheme X` uses the model trained only on data set X.
SCHEME_MODELS = {"nerp": "nerp", "nergrit": "nergrit"}


def model_path(name) -> Path:
    """nlp/models/<name> for a shipped model's name, else `name` taken as a directory."""
    shipped = MODELS_DIR / str(name)
    return shipped if shipped.is_dir() else Path(name)


@registry.tokenizers("pantau.tokens_given.v1")
def create_tokens_given_tokenizer():
    """A tokenizer without rules, for models that are only ever given Docs made from tokens.

    spaCy's Indonesian defaults add ~48,000 special cases to a tokenizer, which took two thirds
    of the analysis pipeline's load time (bench/RESULTS.md, 2026-12-03 session 3)."""
    return lambda nlp: Tokenizer(nlp.vocab)


@lru_cache(maxsize=None)
def load(name):
    """A shipped model by name ("nerp", "nergrit", "id") or a model directory; loaded once.

    The model gets no tokenizer of its own: every caller builds its Docs from tokens. Its layers
    multiply matrices with numpy's BLAS instead of spaCy's default, blis, which has no fast kernel
    for every CPU: on the AMD EPYC Pantau is benchmarked on, blis ran the tok2vec at half the
    speed, with the same predictions (bench/RESULTS.md, 2026-12-04 session 7). That BLAS runs one
    thread: a pool of them spun on the cores the other analysis worker needed, and saved nothing
    alone."""
    path = model_path(name)
    if not (path / "config.cfg").exists():
        raise FileNotFoundError(f"no NER model at {path}; run `make models` to train it")
    threadpool_limits(1, user_api="blas")
    with use_ops("numpy", use_blis=False):
        return spacy.load(path, exclude=["tokenizer"], config={"nlp": {"tokenizer": {"@tokenizers": "pantau.tokens_given.v1"}}})


def doc_tags(doc) -> list[str]:
    """BIO tags of a Doc's entities."""
    return [f"{t.ent_iob_}-{t.ent_type_}" if t.ent_iob_ in ("B", "I") else "O" for t in doc]


def tag_tokens(nlp, token_lists, batch_size=256) -> list[list[str]]:
    """Predicted BIO tags for each list of tokens."""
    docs = (to_doc(nlp.vocab, tokens) for tokens in token_lists)
    return [doc_tags(doc) for doc in nlp.pipe(docs, batch_size=batch_size)]


def ner_tag(lines, scheme) -> str:
    """IndoNLU-format text (tag column optional) tagged by the model of `scheme`; the same
    tokens and sentences come out, one `token<TAB>tag` per line."""
    if scheme not in SCHEME_MODELS:
        raise ValueError(f"unknown scheme {scheme!r}; choose from {', '.join(SCHEME_MODELS)}")
    tokens = [toks for toks, _ in conll.parse(lines)]
    tags = tag_tokens(load(SCHEME_MODELS[scheme]), tokens)
    text = conll.format_sentences(zip(tokens, tags))
    return text
