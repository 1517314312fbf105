"""Training data for the NER models, built from the shared IndoNLU and IndoSum files.

Writes to build/ner/ (not committed): DocBins per model, the case map, and static vectors.
Only `make models` reads the shared data; nothing here runs at annotation time.
"""

import json
import os
import subprocess
import sys
import zlib
from pathlib import Path

import spacy

from . import casing, conll, corpus, extra
from .augment import title_case
from .corpus import doc_bin, split_off

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("PANTAU_SHARED", ROOT.parent / "shared")) / "data"
BUILD = ROOT / "build" / "ner"
EXTRA = SHARED / "ner-extra"

SOURCES = {
    "nerp": SHARED / "ner" / "nerp_ner-prosa",
    "nergrit": SHARED / "ner" / "nergrit_ner-grit",
}
# Entity types of NERP that are proper nouns and so get a capital when casing is restored.
NERP_NAME_TYPES = {"PPL", "PLC", "IND"}
# NERP's rarest types (924 and 475 spans in train against 2,758 to 4,355), and the only ones no
# extra corpus has: macro F1 weighs each as much as PPL.
NERP_RARE_TYPES = {"EVT", "FNB"}


def read_split(dataset, split):
    return conll.read(SOURCES[dataset] / f"{split}_preprocess.txt")


def to_id(sentences, dataset):
    return [(tokens, conll.map_tags(tags, conll.TO_ID[dataset])) for tokens, tags in sentences]


def lower(sentences):
    return [([t.lower() for t in tokens], tags) for tokens, tags in sentences]


def title(sentences):
    """Sentences in headline Title Case."""
    return [([title_case(t, i == 0) for i, t in enumerate(tokens)], tags) for tokens, tags in sentences]


def restore_case(sentences, cmap):
    """NERP sentences (own tags) with case restored."""
    return [(casing.truecase(tokens, tags, cmap, NERP_NAME_TYPES), tags) for tokens, tags in sentences]


def unsure_names(sentences, restored):
    """NERP sentences (own tags) where an O word that case restoring capitalised mid-sentence
    (KPK, Golkar, Kementerian: bodies NERP leaves untagged but NERGrit calls ORGANISATION) is
    marked missing ("-") instead of O, so the two data sets do not contradict each other."""
    out = []
    for (tokens, tags), (cased, _) in zip(sentences, restored):
        new = [corpus.MISSING if tag == "O" and i > 0 and tok != low and tokens[i - 1] not in casing.SENTENCE_ENDS
               else tag for i, (low, tok, tag) in enumerate(zip(tokens, cased, tags))]
        out.append((cased, new))
    return out


def rare_repeated(sentences, times=2, rare=NERP_RARE_TYPES):
    """`sentences`, then each sentence holding a span of a `rare` type again, `times` in all."""
    again = [(tokens, tags) for tokens, tags in sentences if any(t[2:] in rare for t in tags)]
    return sentences + again * (times - 1)


def build_case_map():
    summ = sorted((SHARED / "summ").glob("*.jsonl"))
    cased = list(casing.indosum_sentences(summ)) + [t for t, _ in read_split("nergrit", "train")]
    return casing.case_map(cased)


def extra_sentences():
    """{corpus: sentences} of the four extra corpora in PERSON/ORG/PLACE, without any sentence
    that overlaps a NERP or NERGrit valid split (so the valid scores stay unseen)."""
    valid = [read_split("nerp", "valid"), read_split("nergrit", "valid")]
    return {name: extra.without(extra.read(EXTRA, name), *valid) for name in extra.FILES}


def extra_for_nerp(corpora):
    """The extra corpora as NERP training data: lowercased like NERP, PERSON -> PPL and
    PLACE -> PLC, ORG left unannotated (NERP's IND is companies, brands and clubs, while these
    corpora also call government bodies ORG). idner-news-2k and NER-UGM are left out: they
    come from NERP's news pool, so a sentence of theirs not in NERP train may be from an
    article of NERP's test split."""
    kept = [s for name, sents in corpora.items() if name not in extra.NERP_POOL for s in sents]
    return lower(extra.to_scheme(kept, {"PERSON": "PPL", "PLACE": "PLC", "ORG": "-"}))


def extra_for_nergrit(corpora):
    """All four extra corpora in NERGrit's labels (none overlaps a NERGrit split)."""
    every = [s for sents in corpora.values() for s in sents]
    return extra.to_scheme(every, {"PERSON": "PERSON", "PLACE": "PLACE", "ORG": "ORGANISATION"})


def datasets(cmap):
    """{name: sentences} of every corpus the runs in train.MODELS use. Valid splits are only
    used for scoring; checkpoints are picked on a tenth held out of train."""
    nerp_train, nerp_dev = split_off(read_split("nerp", "train"))
    grit_train, grit_dev = split_off(read_split("nergrit", "train"))
    nerp_valid, grit_valid = read_split("nerp", "valid"), read_split("nergrit", "valid")
    corpora = extra_sentences()
    every_extra = [s for sents in corpora.values() for s in sents]
    # The final nerp members: NERP valid joins train, as the hidden test split allows. Its sentences
    # that overlap the held-out tenth (7, extra.py's rule) stay out, so checkpoints are still chosen
    # and ensembles still compared on unseen sentences; the extra corpora keep their rule against
    # valid, so no valid sentence is trained on twice.
    nerp_train_valid = nerp_train + extra.without(nerp_valid, nerp_dev)
    return {
        "nerp-train+valid": nerp_train_valid,
        "nerp-train-extra+valid": nerp_train_valid + extra_for_nerp(corpora),
        "nerp-train-rare2+valid": rare_repeated(nerp_train_valid),
        "nerp-train-extra": nerp_train + extra_for_nerp(corpora),
        # NERP train with its EVT and FNB sentences twice (the second stage after nerp-train-extra)
        "nerp-train-rare2": rare_repeated(nerp_train),
        "nerp-train-rare3": rare_repeated(nerp_train, times=3),
        "nergrit-train-extra": grit_train + extra_for_nergrit(corpora),
        # NERGrit three times, so its own guidelines outweigh the extra corpora (7,000 sentences)
        "nergrit-train-extra-grit3": grit_train * 3 + extra_for_nergrit(corpora),
        "id-train-extra": to_id(grit_train, "nergrit") + to_id(restore_case(nerp_train, cmap), "nerp") + every_extra,
        "nerp-train": nerp_train, "nerp-dev": nerp_dev, "nerp-valid": nerp_valid,
        "nergrit-train": grit_train, "nergrit-dev": grit_dev, "nergrit-valid": grit_valid,
        # production scheme: NERGrit as it is, NERP lowercased as shipped or with case restored
        "id-train-concat": to_id(grit_train, "nergrit") + to_id(nerp_train, "nerp"),
        "id-train-truecase": to_id(grit_train, "nergrit") + to_id(restore_case(nerp_train, cmap), "nerp"),
        "id-train-truecase-partial": to_id(grit_train, "nergrit")
        + to_id(unsure_names(nerp_train, restore_case(nerp_train, cmap)), "nerp"),
        # the same with NERGrit twice, so ORG is learnt from the data set that tags bodies as ORG
        "id-train-partial-grit2": to_id(grit_train, "nergrit") * 2
        + to_id(unsure_names(nerp_train, restore_case(nerp_train, cmap)), "nerp"),
        "id-dev": to_id(grit_dev, "nergrit") + to_id(restore_case(nerp_dev, cmap), "nerp"),
        # scoring the production model on each valid split, as cased and lowercased text
        "id-valid-nergrit": to_id(grit_valid, "nergrit"),
        "id-valid-nergrit-lower": lower(to_id(grit_valid, "nergrit")),
        "id-valid-nergrit-title": title(to_id(grit_valid, "nergrit")),
        "id-valid-nerp": to_id(nerp_valid, "nerp"),
        "id-valid-nerp-truecase": to_id(restore_case(nerp_valid, cmap), "nerp"),
    }


def write_corpora(build=BUILD):
    (build / "corpus").mkdir(parents=True, exist_ok=True)
    cmap = build_case_map()
    casing.save(cmap, build / "casemap.json")
    vocab = spacy.blank("id").vocab
    for name, sentences in datasets(cmap).items():
        conll.write(build / "corpus" / f"{name}.txt", sentences)
        doc_bin(vocab, sentences).to_disk(build / "corpus" / f"{name}.spacy")
        print(f"{name}: {len(sentences)} sentences")


def _stable_hash(word):
    return zlib.crc32(word.encode("utf-8"))


def first_vector_text():
    """Token lists of the first vectors (`vectors`, 1.07 M tokens): IndoSum and the NER train splits."""
    yield from casing.indosum_sentences(sorted((SHARED / "summ").glob("*.jsonl")))
    for dataset in SOURCES:
        yield from (tokens for tokens, _ in read_split(dataset, "train"))


def vector_text():
    """Token lists of `vectors2` (1.97 M tokens): IndoSum, the NER train splits, the extra corpora
    (never a valid split's sentence, nor a NERP-pool sentence outside NERP train), kumparan's
    raw news and IndoNLI's premises and hypotheses."""
    yield from casing.indosum_sentences(sorted((SHARED / "summ").glob("*.jsonl")))
    nerp_train = read_split("nerp", "train")
    for dataset in SOURCES:
        yield from (tokens for tokens, _ in read_split(dataset, "train"))
    for name, sents in extra_sentences().items():
        if name in extra.NERP_POOL:
            sents = extra.only_in(sents, nerp_train)
        yield from (tokens for tokens, _ in sents)
    yield from raw_news_sentences()


def raw_news_sentences():
    """Token lists of kumparan's raw news, then of IndoNLI's premises and hypotheses (each text once)."""
    yield from (tokens for tokens, _ in conll.read(EXTRA / "rawtext-kumparan-nlp-id" / "dataset_postag.txt"))
    tokenizer = spacy.blank("id").tokenizer
    seen = set()
    for path in sorted((EXTRA / "rawtext-indonli").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            pair = json.loads(line)
            for text in (pair["premise"], pair["hypothesis"]):
                if text not in seen:
                    seen.add(text)
                    yield [t.text for t in tokenizer(text)]


# Each set of static vectors (build/ner/<name>/) and the text it is trained on.
VECTOR_TEXTS = {"vectors": first_vector_text, "vectors2": vector_text}


def train_vectors(name="vectors", build=BUILD, dims=100, rows=20000, min_count=3):
    """Skip-gram word vectors over lowercased text (VECTOR_TEXTS[name]), as a spaCy vectors
    directory keyed on LOWER, pruned to `rows` distinct vectors, in build/ner/<name>/spacy."""
    from gensim.models import Word2Vec  # the [train] extra

    def words(tokens):  # the word2vec text format cannot hold a word with a space in it
        return [t.lower() for t in tokens if t and not any(c.isspace() for c in t)]

    text = [words(s) for s in VECTOR_TEXTS[name]()]
    model = Word2Vec(text, vector_size=dims, window=5, min_count=min_count, sg=1, negative=5, epochs=5,
                     workers=1, seed=0, hashfxn=_stable_hash)
    (build / name).mkdir(parents=True, exist_ok=True)
    w2v = build / name / "word2vec.txt"
    model.wv.save_word2vec_format(str(w2v))
    out = build / name / "spacy"
    subprocess.run([sys.executable, "-m", "spacy", "init", "vectors", "id", str(w2v), str(out),
                    "--prune", str(rows), "--attr", "LOWER", "--name", "pantau_id_w2v"], check=True)
    info = {"tokens": sum(map(len, text)), "words": len(model.wv), "dims": dims, "rows": rows}
    (build / name / "info.json").write_text(json.dumps(info))
    print(f"{name}: {info}")
    return out


def write_raw_text(build=BUILD):
    """IndoSum and the NER train sentences as JSON lines of {"text": ...}, for `spacy pretrain`;
    NERP's lowercased sentences are kept as they are, so the pretrained layer sees both cases."""
    sentences = list(casing.indosum_sentences(sorted((SHARED / "summ").glob("*.jsonl"))))
    for dataset in SOURCES:
        sentences += [tokens for tokens, _ in read_split(dataset, "train")]
    path = build / "raw_text.jsonl"
    with open(path, "w", encoding="utf-8") as f:
        for tokens in sentences:
            f.write(json.dumps({"text": " ".join(tokens)}, ensure_ascii=False) + "\n")
    print(f"raw text: {len(sentences)} sentences")
    return path


def pretrain_sentences():
    """Token lists of raw Indonesian text for pretraining a tok2vec (`train.py pretrain RUN`):
    IndoSum, kumparan's raw news and IndoNLI's premises and hypotheses (each text once), without
    any sentence that overlaps NERGrit (train, its held-out tenth, valid) or NERP valid by the
    extra corpora's rule (extra.Overlap), so no sentence a model is chosen or scored on is seen."""
    raw = list(casing.indosum_sentences(sorted((SHARED / "summ").glob("*.jsonl"))))
    raw += raw_news_sentences()
    overlaps = extra.Overlap(read_split("nergrit", "train"), read_split("nergrit", "valid"), read_split("nerp", "valid"))
    return [tokens for tokens in raw if not overlaps(tokens)], len(raw)


def write_pretrain_text(build=BUILD):
    """`pretrain_sentences` as JSON lines of {"text": ...} in build/ner/pretrain_text.jsonl."""
    kept, total = pretrain_sentences()
    path = build / "pretrain_text.jsonl"
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        for tokens in kept:
            f.write(json.dumps({"text": " ".join(tokens)}, ensure_ascii=False) + "\n")
    print(f"pretrain text: {len(kept)} sentences ({total - len(kept)} overlapping NERGrit or NERP valid dropped), "
          f"{sum(map(len, kept))} tokens")
    return path


GAZETTEER = EXTRA / "gazetteer-dbpedia-alfina" / "mdee_gazetteer"
GAZETTEER_FILES = {"PERSON": "person.txt", "PLACE": "place.txt", "ORG": "organization.txt"}


def _region_names(path):
    """Kemendagri provinces, regencies, cities and districts (not villages: their names collide
    with common words), with and without their "Kabupaten"/"Kota" prefix."""
    import re

    for code, name in re.findall(r"\('([0-9.]+)','([^']+)'\)", path.read_text(encoding="utf-8")):
        if code.count(".") <= 2:
            yield name
            bare = re.sub(r"^(Kabupaten|Kota Administrasi|Kota|Kab\.)\s+", "", name)
            if bare != name:
                yield bare


def gazetteer_names(build=BUILD):
    """{PERSON|PLACE|ORG: [lowercased names, words joined by spaces]} for `pantau_gazetteer_tags`:
    the MDEE DBpedia lists (Latin-1; names with lost characters dropped, "(band)" and ", Genuk,
    Semarang" qualifiers cut) and Kemendagri regions as places. A one-word name that cased news
    text (IndoSum, kumparan) writes in lower case more often than capitalised is dropped
    ("Harapan", "Bisa"), and so is a longer name made only of such words."""
    import re
    from collections import Counter

    lowered, capital = Counter(), Counter()
    news = list(casing.indosum_sentences(sorted((SHARED / "summ").glob("*.jsonl"))))
    news += [tokens for tokens, _ in conll.read(EXTRA / "rawtext-kumparan-nlp-id" / "dataset_postag.txt")]
    for tokens in news:
        for tok in tokens[1:]:
            (lowered if tok.islower() else capital)[tok.lower()] += 1

    def common(word):
        return lowered[word] > capital[word]

    tokenizer = spacy.blank("id").tokenizer
    raw = {kind: (GAZETTEER / name).read_text(encoding="latin-1").splitlines() for kind, name in GAZETTEER_FILES.items()}
    raw["PLACE"] += list(_region_names(EXTRA / "gazetteer-wilayah-kemendagri" / "wilayah.sql"))
    out = {}
    for kind, names in raw.items():
        kept = set()
        for name in names:
            name = re.sub(r"\s*\([^)]*\)", "", name).split(",")[0].strip()
            if not name or "?" in name or "\ufffd" in name:
                continue
            words = [t.lower_ for t in tokenizer(name)]
            if any(not common(w) for w in words if any(c.isalpha() for c in w)):
                kept.add(" ".join(words))
        out[kind] = sorted(kept)
    from .gazetteer_tags import _write

    build.mkdir(parents=True, exist_ok=True)
    _write(build / "gazetteer.json.gz", out)
    print("gazetteer: " + ", ".join(f"{k} {len(v)}" for k, v in out.items()))
    return out
