"""Build the word lists of nlp/names from the data sets in ../shared/data.

    python -m pantau.nlp.names.build [--data ../shared/data]

What a capitalised word is, is mostly a question of how the language uses it elsewhere:
"Pernyataan", "Kakak", "Perikanan" or "Sebelumnya" are ordinary words that happen to be
capitalised (at a sentence start, in a headline, in a ministry's name); "Budi", "Sutopo" or
"Pudjiastuti" are names. Two lists answer it:

- `common.txt`: words written in lower case again and again in running news text and seldom or
  never part of a person's name. A capitalised common word does not start or extend a name.
- `names.txt`: words seen in person names (PERSON spans of the labelled NER corpora, names of
  people in Indonesian DBpedia) and not common words. Evidence that a lone capitalised word
  ("Wiranto", "Kusno") is a person.
- `places.txt`: words of the names of Indonesia's provinces, regencies and cities (Kemendagri
  codes, MIT) and of countries that are neither ordinary words nor name words ("Lamongan",
  "Turki"): a place before a name is not part of it ("Persela Lamongan Dwi Kuswanto").
- `known.txt`: full names of people in Indonesian DBpedia that contain a common word ("Bunga Citra
  Lestari", "Teguh Karya"): such a word still belongs to the name.
- `orgs.txt`: names of organisations in Indonesian DBpedia (football clubs above all: "Wigan
  Athletic", "Sheffield Wednesday", "Nottingham Forest"), their legal or club suffix left out ("F.C.",
  "A.F.C.", "S.C."), that are no person's name there: written alone in an article they name the club
  or the firm, not a person.

Sources (each folder's README in ../shared/data has the licence): IndoSum (CC BY-SA 4.0) and the
kumparan corpus (MIT) for how words are written; NERGrit, idner-news-2k (MIT), IndoLEM NER-UI and
NER-UGM (CC BY 4.0) for person names; Indonesian DBpedia person names as gathered by Alfina et al.
(ialfina/ner-dataset-modified-dee, "may be used for free"; the names come from Wikipedia, CC
BY-SA). The lists are derived data under CC BY-SA 4.0. Deterministic: the same data gives the
same files.
"""

import argparse
import json
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
PERSON_TAGS = frozenset({"B-PERSON", "I-PERSON", "B-PER", "I-PER", "PERSON"})
# a capitalised word right after these is not telling: a sentence or a quotation starts there
OPENERS = frozenset({".", '"', "“", "(", ":", "-", "!", "?", "'", "‘", "–", "—"})
MIN_LOWER = 3  # a common word is written in lower case at least this often ...
LOWER_PER_NAME = 20  # ... and this many times more often than it is seen in a person's name
MIN_NAME = 2
MIN_PLACE_IN_NAME = 3  # a region's name seen this often in people's names ("Bima") is not listed as a place


def conll_sentences(path, sep):
    """Lists of (token, tag) from a file of `token<sep>…<sep>tag` lines, blank line between sentences."""
    sentence = []
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            parts = line.rstrip("\n").split(sep)
            if not parts[0].strip():
                if sentence:
                    yield sentence
                sentence = []
                continue
            sentence.append((parts[0], parts[-1].strip() if len(parts) > 1 else "O"))
    if sentence:
        yield sentence


class Counts:
    def __init__(self):
        self.lower = Counter()  # written in lower case
        self.in_name = Counter()  # seen inside a person's name

    def casing(self, tokens):
        for i, token in enumerate(tokens):
            if token.isalpha() and token.islower():
                self.lower[token] += 1

    def names(self, sentence):
        for token, tag in sentence:
            if tag in PERSON_TAGS and token.isalpha():
                self.in_name[token.lower()] += 1


def count(data: Path) -> tuple[Counts, list[str]]:
    c = Counts()
    for name in ("indosum_dev.01.jsonl", "indosum_extra.jsonl"):
        with open(data / "summ" / name, encoding="utf-8") as f:
            for line in f:
                for paragraph in json.loads(line)["paragraphs"]:
                    for sentence in paragraph:
                        c.casing(sentence)
    extra = data / "ner-extra"
    for sentence in conll_sentences(extra / "rawtext-kumparan-nlp-id" / "dataset_postag.txt", "\t"):
        c.casing([t for t, _ in sentence])
    for path, sep in ((data / "ner" / "nergrit_ner-grit" / "train_preprocess.txt", "\t"),
                      (extra / "idner-news-2k" / "train.txt", " "), (extra / "idner-news-2k" / "dev.txt", " "),
                      (extra / "indolem-nerui" / "nergithub.txt", "\t"), (extra / "indolem-nerugm" / "nerugm.txt", "\t")):
        for sentence in conll_sentences(path, sep):
            c.casing([t for t, _ in sentence])
            c.names(sentence)
    people = []
    with open(extra / "gazetteer-dbpedia-alfina" / "original-dbpedia" / "person.txt", encoding="latin-1") as f:
        for line in f:
            parts = line.split()
            if parts and all(p[:1].isupper() and p.replace("-", "").replace(".", "").isalpha() and p.isascii()
                             for p in parts):
                people.append(" ".join(parts))
                for p in parts:
                    if p.isalpha():
                        c.in_name[p.lower()] += 1
    return c, people


# Countries and a few big foreign cities, as Indonesian news writes them (never a person's name).
COUNTRIES = """Afganistan Afghanistan Afrika Albania Aljazair Amerika Angola Arab Argentina Armenia Australia Austria
Azerbaijan Bahrain Bangladesh Belanda Belgia Bolivia Bosnia Brasil Brazil Brunei Bulgaria Kamboja Kanada Cile Chile
China Tiongkok Cina Kolombia Kongo Kroasia Kuba Siprus Ceko Denmark Denmark Ekuador Mesir Estonia Ethiopia Etiopia Fiji
Filipina Finlandia Prancis Perancis Jerman Ghana Yunani Guatemala Haiti Honduras Hongaria Hungaria Islandia India Iran
Irak Irlandia Israel Italia Jamaika Jepang Yordania Kazakhstan Kenya Korea Kuwait Laos Latvia Lebanon Libanon Libya
Lithuania Luksemburg Madagaskar Malaysia Maladewa Mali Malta Meksiko Mongolia Maroko Mozambik Myanmar Namibia Nepal
Nikaragua Niger Nigeria Norwegia Oman Pakistan Palestina Panama Paraguay Peru Polandia Portugal Qatar Rumania Rusia
Rwanda Saudi Senegal Serbia Singapura Slovakia Slovenia Somalia Spanyol Sri Lanka Sudan Swedia Swiss Suriah Syria
Taiwan Tajikistan Tanzania Thailand Tunisia Turki Turkmenistan Uganda Ukraina Inggris Britania Uruguay Uzbekistan
Venezuela Vietnam Yaman Zambia Zimbabwe Selandia Skotlandia Wales Timor Leste Papua Nugini Eropa Asia Amerika Afrika
Moskow Beijing Tokyo Seoul Washington London Paris Berlin Roma Madrid Lisabon Manila Bangkok Hanoi Canberra Sydney
Melbourne Teheran Riyadh Kairo Istanbul Ankara Dubai Doha Kuala Lumpur Pyongyang Hong Kong Shanghai Mumbai Delhi
Islamabad Kabul Baghdad Damaskus Yerusalem Jenewa Wina Brussel Amsterdam Moskwa Marawi Mindanao Davao""".split()


def places(data: Path) -> list[str]:
    """Words of the names of Indonesia's provinces and regencies/cities (Kepmendagri codes, MIT)
    and of countries, that are neither ordinary words nor seen in names."""
    sql = (data / "ner-extra" / "gazetteer-wilayah-kemendagri" / "wilayah.sql").read_text(encoding="utf-8")
    result = set(COUNTRIES)
    for code, name in re.findall(r"\('(\d\d(?:\.\d\d)?)','([^']*)'\)", sql):
        for prefix in ("Kabupaten ", "Kota ", "Kab. "):
            if name.startswith(prefix):
                name = name[len(prefix):]
        result.update(w for w in name.split() if w[:1].isupper())
        if len(name.split()) == 2:
            result.add(name.replace(" ", "").title())  # "Bandar Lampung" is also written "Bandarlampung"
    return sorted(result)


# A club's or a firm's suffix after its name in DBpedia ("Wigan Athletic F.C.", "Santos FC"): left out,
# as the news writes the name without it.
ORG_SUFFIX = re.compile(r"\s+(?:A\.?F\.?C\.?|F\.?C\.?|S\.?C\.?|C\.?F\.?|S\.?p\.?A\.?|B\.?C\.?|F\.?K\.?|S\.?K\.?"
                        r"|Tbk\.?|Inc\.?|Ltd\.?)(?:\s.*)?$")


def organisations(data: Path) -> list[str]:
    """Organisation names of Indonesian DBpedia (both lists of Alfina et al.), suffix left out, whose
    words are all capitalised ASCII words, and that neither person list holds ("Ajax" and "Maia" are
    also people there)."""
    base = data / "ner-extra" / "gazetteer-dbpedia-alfina"
    people = set()
    for name in ("original-dbpedia/person.txt", "mdee_gazetteer/person.txt"):
        with open(base / name, encoding="latin-1") as f:
            people.update(" ".join(line.split()) for line in f)
    result = set()
    for name in ("original-dbpedia/organization.txt", "mdee_gazetteer/organization.txt"):
        with open(base / name, encoding="latin-1") as f:
            for line in f:
                org = ORG_SUFFIX.sub("", " ".join(line.split()))
                parts = org.split()
                if parts and org not in people and all(
                        p[:1].isupper() and p.replace("-", "").isalpha() and p.isascii() for p in parts):
                    result.add(org)
    return sorted(result)


def lists(c: Counts, people: list[str]):
    common = {w for w, n in c.lower.items() if n >= MIN_LOWER and c.in_name[w] * LOWER_PER_NAME < n}
    names = {w for w, n in c.in_name.items() if n >= MIN_NAME and w not in common}
    known = sorted({p for p in people if len(p.split()) >= 2 and any(w.lower() in common for w in p.split())})
    return sorted(common), sorted(names), known


HEADER = ("# {what}\n# Built by `python -m pantau.nlp.names.build` from ../shared/data (see nlp/names/build.py for\n"
          "# the sources and their licences). Derived data, CC BY-SA 4.0. One entry per line.\n")


def write(out: Path, common, names, known, place_words=(), orgs=()):
    (out / "common.txt").write_text(HEADER.format(what="Ordinary words: written in lower case in news text, seldom part of a person's name.")
                                    + "\n".join(common) + "\n", encoding="utf-8")
    (out / "names.txt").write_text(HEADER.format(what="Words seen in people's names (lower case).")
                                   + "\n".join(names) + "\n", encoding="utf-8")
    (out / "places.txt").write_text(HEADER.format(what="Words of place names: provinces, regencies and cities of Indonesia, countries.")
                                    + "\n".join(place_words) + "\n", encoding="utf-8")
    (out / "known.txt").write_text(HEADER.format(what="Full names of people that contain an ordinary word.")
                                   + "\n".join(known) + "\n", encoding="utf-8")
    (out / "orgs.txt").write_text(HEADER.format(what="Names of organisations (clubs, firms, bodies) that are no person's name.")
                                  + "\n".join(orgs) + "\n", encoding="utf-8")


def shared_data() -> str:
    """../shared/data beside the checkout; from a git worktree in <dir>/wt/NAME, <dir>/shared/data."""
    for base in (Path("..") / "shared" / "data", Path("../..") / "shared" / "data"):
        if base.is_dir():
            return str(base)
    return "../shared/data"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=shared_data(), help="the shared data folder")
    parser.add_argument("--out", default=str(HERE), help="where the lists go")
    args = parser.parse_args(argv)
    counts, people = count(Path(args.data))
    common, names, known = lists(counts, people)
    common_set = set(common)
    place_words = [w for w in places(Path(args.data)) if w in COUNTRIES
                   or (w.lower() not in common_set and counts.in_name[w.lower()] < MIN_PLACE_IN_NAME)]
    orgs = organisations(Path(args.data))
    write(Path(args.out), common, names, known, place_words, orgs)
    print(f"{len(common)} common words, {len(names)} name words, {len(known)} known names, {len(orgs)} organisations -> {args.out}")


if __name__ == "__main__":
    main()
