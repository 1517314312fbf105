"""What the language says about a capitalised word: an ordinary word or part of a person's name.

The lists are built from data sets by `python -m pantau.nlp.names.build` (sources, licences and
thresholds there) and read once:

- `COMMON`: ordinary words ("pernyataan", "kakak", "perikanan", "sebelumnya", "twitter"), lower case;
- `NAME_WORDS`: words seen in people's names and not ordinary words ("budi", "sutopo", "wiranto");
- `PLACES`: words of the names of Indonesian regions and of countries ("Lamongan", "Turki");
- `KNOWN`: full names that contain an ordinary word ("Bunga Citra Lestari"), as word tuples;
- `ORGS`: names of organisations that are no person's name ("Wigan Athletic", "Burnley"), as word tuples.
"""

from pathlib import Path

HERE = Path(__file__).parent


def _read(name):
    lines = (HERE / name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


COMMON = frozenset(_read("common.txt"))
NAME_WORDS = frozenset(_read("names.txt"))
PLACES = frozenset(_read("places.txt"))
KNOWN = frozenset(tuple(name.split()) for name in _read("known.txt"))
KNOWN_FIRST = frozenset(name[0] for name in KNOWN)
ORGS = frozenset(tuple(name.split()) for name in _read("orgs.txt"))


def is_common(word: str) -> bool:
    """An ordinary word, whatever its case ("Pernyataan", "Kakak")."""
    return word.lower() in COMMON


def is_place(word: str) -> bool:
    """A word of a region's or country's name ("Lamongan", "Turki")."""
    return word in PLACES


def is_name_word(word: str) -> bool:
    return word.lower() in NAME_WORDS


def is_org(words) -> bool:
    """A whole organisation's name, given as its words ("Sheffield", "Wednesday")."""
    return tuple(words) in ORGS
