"""The gazetteer as data: canonical names, labels and aliases read from TOML files.

The shipped files (gazetteer.toml, places.toml beside this module) come first; files named in
the PANTAU_GAZETTEER environment variable (separated by ":") are merged after them, so users
add institutions, programmes or places without code. See gazetteer.toml for the format.
"""

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).parent
SHIPPED = (HERE / "gazetteer.toml", HERE / "places.toml")
ENV_VAR = "PANTAU_GAZETTEER"
LABELS = ("ORG", "PROGRAM", "APP", "CAMPAIGN", "SEGMENT", "PLACE", "PERSON")


class GazetteerError(ValueError):
    pass


@dataclass
class Entry:
    label: str
    canonical: str
    default: bool = False
    cues: frozenset = frozenset()


@dataclass
class Gazetteer:
    entries: list = field(default_factory=list)
    aliases: dict = field(default_factory=dict)  # alias text -> list of entry indexes
    never: set = field(default_factory=set)  # words that are never entities (UMKM, ART)
    part_of: dict = field(default_factory=dict)  # canonical name of a unit -> its organisation

    def add(self, label, canonical, aliases=(), default=False, cues=(), part_of=None):
        if label not in LABELS:
            raise GazetteerError(f"unknown label {label!r}; use one of {', '.join(LABELS)}")
        if not isinstance(canonical, str) or not canonical.strip():
            raise GazetteerError(f"a {label} entry needs a canonical name")
        entry = Entry(label, canonical.strip(), bool(default), frozenset(c.lower() for c in cues))
        index = self._find(entry) if not default and not cues else None
        if index is None:
            self.entries.append(entry)
            index = len(self.entries) - 1
        if part_of:
            self.part_of[entry.canonical] = part_of
        for alias in (canonical, *aliases):
            alias = " ".join(str(alias).split())
            for form in {alias, *comma_forms(alias)}:
                if form and index not in self.aliases.setdefault(form, []):
                    self.aliases[form].append(index)

    def _find(self, entry):
        for i, e in enumerate(self.entries):
            if e.label == entry.label and e.canonical == entry.canonical and not e.default and not e.cues:
                return i
        return None

    def is_ambiguous(self, alias) -> bool:
        return len({self.entries[i].canonical for i in self.aliases.get(alias, ())}) > 1

    def canonical_of(self, text: str, label: str | None = None) -> str | None:
        """The canonical name an unambiguous alias points to (any case), else None."""
        for alias in (text, *(a for a in self.aliases if a.lower() == text.lower())):
            hits = {self.entries[i].canonical for i in self.aliases.get(alias, ())
                    if label is None or self.entries[i].label == label}
            if len(hits) == 1:
                return hits.pop()
        return None


def comma_forms(alias: str) -> set:
    """The ways outlets punctuate a name with a list in it: "Badan Meteorologi, Klimatologi, dan
    Geofisika" is also written without the comma before "dan", or without any comma."""
    if ", " not in alias:
        return set()
    return {alias.replace(", dan ", " dan ").replace(", and ", " and "), alias.replace(",", "")}


def case_insensitive(alias: str) -> bool:
    """Multi-word names with lowercase letters match in any case; acronyms only as written."""
    return " " in alias and any(c.islower() for c in alias)


def load(paths=None) -> Gazetteer:
    """Read the shipped files and the user's (PANTAU_GAZETTEER), in that order."""
    if paths is None:
        paths = [*SHIPPED, *user_paths()]
    gazetteer = Gazetteer()
    for path in paths:
        read_into(gazetteer, Path(path))
    return gazetteer


def user_paths():
    value = os.environ.get(ENV_VAR, "")
    return [Path(p) for p in value.split(os.pathsep) if p.strip()]


def read_into(gazetteer: Gazetteer, path: Path):
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise GazetteerError(f"gazetteer file not found: {path} (check {ENV_VAR})") from None
    except tomllib.TOMLDecodeError as e:
        raise GazetteerError(f"{path}: {e}") from None
    gazetteer.never.update(data.pop("never", []))
    for label, entries in data.items():
        if not isinstance(entries, list):
            raise GazetteerError(f"{path}: [{label}] must be an array of tables: write [[{label}]]")
        for entry in entries:
            try:
                gazetteer.add(label, entry.get("canonical"), entry.get("aliases", []),
                              entry.get("default", False), entry.get("cues", []), entry.get("part_of"))
            except GazetteerError as e:
                raise GazetteerError(f"{path}: {e}") from None
