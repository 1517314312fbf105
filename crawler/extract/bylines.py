"""Authors and editors as Indonesian outlets print them.

Bylines come labelled ("Penulis: A", "Reporter: A | Editor: B", "Rep: A/ Red: B", "Pewarta: A",
"Oleh A", "Laporan Wartawan Tribunnews.com, A", "Kontributor Manado, A", a credit box with
"A Penulis / B Editor"), or unlabelled beside the outlet or the date ("A - detikNews",
"A - 13 Oktober 2016 23:11 WIB", "A, Jurnalis"), or only in JSON-LD and meta tags. What a label
names is trusted first; then the name beside the outlet or date; then JSON-LD/meta authors that
are people. Never the outlet, a news agency or "Redaksi"; editors are kept apart.
"""

import re
from dataclasses import dataclass, field

from .dates import find_printed_date

AUTHOR_LABELS = r"penulis|reporter|pewarta|wartawan|jurnalis|rep|oleh|kontributor|koresponden|writer|author|by|ditulis oleh"
EDITOR_LABELS = r"editor|redaktur|red|penyunting|penyelaras|editing"
# A label starts the text or follows a separator; "Pilihan Editor:" (a related-links box) does not count.
_LABELS = rf"laporan\s+(?:wartawan|reporter|koresponden|kontributor)|{EDITOR_LABELS}|{AUTHOR_LABELS}"
LABEL_RE = re.compile(
    rf"(?:(?:^|(?<=[|/;,•·\n])|(?<=\s[-–]\s))\s*(?P<label>{_LABELS})\b\s*(?P<colon>[:.]?)"
    rf"|(?<!pilihan\s)(?<=\s)(?P<label2>{_LABELS})\s*(?P<colon2>:))\s*",
    re.I,
)
# A credit box that names the role after the person: "A Penulis B Editor", "A (Reporter)".
_ROLES = r"Penulis|Reporter|Editor|Kontributor|Pewarta|Redaktur|Jurnalis"
_NAME_WORD = rf"(?!(?:{_ROLES})\b)(?:[A-Z][\w'.-]*|bin|binti|van|de|al)"
POSTFIX_ROLE_RE = re.compile(
    rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,5}})\s*[,(–-]?\s*(?P<role>{_ROLES})\b\)?\s*[,|/•·]?\s*"
)
ROLE_WORDS = re.compile(
    r"\b(jurnalis|wartawan|kontributor|koresponden|reporter|penulis|editor|redaktur|tim|staf|staff)\b\.?", re.I)
NOT_PEOPLE = {
    "redaksi", "tim redaksi", "admin", "administrator", "developer", "antara", "reuters", "afp", "ap", "xinhua",
    "bernama", "kyodo", "anadolu", "humas", "rilis", "siaran pers", "kontributor", "wartawan", "jurnalis",
    "penulis", "editor", "reporter", "tim", "newsroom", "desk", "staff", "web", "web team", "okezone",
}
# Words no person's name holds: photo credits, desks and outlets ("Foto: Dok. Humas", "Tim Redaksi").
# ... nor a section of the site ("Nasional - Kompas.com" in a breadcrumb is no byline).
NOT_NAME_WORDS = {"foto", "dok", "dokumentasi", "istimewa", "ilustrasi", "redaksi", "humas", "admin", "berita",
                  "news", "media", "pers", "rilis", "sumber", "copyright", "online", "desk", "newsroom",
                  "nasional", "regional", "internasional", "ekonomi", "bisnis", "olahraga", "bola", "hiburan",
                  "teknologi", "tekno", "otomotif", "kesehatan", "health", "money", "finance", "politik", "hukum",
                  "metro", "megapolitan", "daerah", "dunia", "lifestyle", "travel", "sport", "home", "beranda",
                  "indeks", "terkini", "terpopuler", "video", "opini", "kolom", "edukasi", "pendidikan"}
PARTICLES = {"bin", "binti", "van", "de", "der", "al", "el", "da", "di", "dos", "von", "la", "le"}
DEGREE_RE = re.compile(r"^(?:[A-Za-z]{1,3}\.\s?){1,3}[A-Za-z]{0,4}\.?$")
NOT_NAME_RE = re.compile(r"\d|\b(senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|wib|wita|wit|pukul)\b", re.I)
NAME_SPLIT_RE = re.compile(r"\s*(?:,|;|&|/|\bdan\b|\band\b)\s*")
MAX_SNIPPET = 300
_MONTHS = (r"januari|january|jan|februari|february|feb|maret|march|mar|april|apr|mei|may|juni|june|jun|juli|july|jul|"
           r"agustus|august|agu|agt|aug|september|sept|sep|oktober|october|okt|oct|november|nopember|nov|desember|"
           r"december|des|dec")
_WEEKDAYS = r"senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
# Where the names after a label end: a separator, "pada"/"on", a weekday, a month with its day, a digit
# ("Oleh : A, B Sabtu, 1 Oktober 2016", "By A and B May 17, 2022", "by A on 10 August 2021").
NAMES_END_RE = re.compile(
    rf"\s[-–—]\s|\s{{2,}}|\||•|·|\s+(?:pada|on)\b\s*:?\s|\s+\d|\s+(?=(?:{_WEEKDAYS})\b)|\s+(?=(?:{_MONTHS})\.?\s+\d)", re.I)
# A news agency after the name ("By A Associated Press", "A (Reuters)"): the agency is not the person.
AGENCY_TAIL_RE = re.compile(r"\s+(?:the\s+)?(?:associated press|reuters|afp|antara|bloomberg|xinhua|bernama|kyodo|"
                            r"anadolu)\s*$", re.I)
# Tempo's byline under the text, in capitals: "SUTRISNO WIJAYA | MAGHFIRA RAHMAN", "DEWI RAHAYU | ANTARA".
SIGNATURE_PART_RE = re.compile(r"^[A-Z][A-Z'.-]*(?: [A-Z][A-Z'.-]*){0,4}$")


DAY_START_RE = re.compile(rf"[\s,]+(?=(?:{_WEEKDAYS})\b,?\s+\d)", re.I)


@dataclass
class Byline:
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)


def is_person(name: str, site_keys: set[str]) -> bool:
    words = name.split()
    if not 1 <= len(words) <= 6 or len(name) > 60 or len(name) < 3:
        return False
    low = name.lower().strip(" .")
    if low in NOT_PEOPLE or "http" in low or "@" in low or re.search(r"\d|\.com|\.co\b|\.id\b", low):
        return False
    if ":" in name or any(w.strip(".,()").lower() in NOT_NAME_WORDS for w in words):
        return False
    squashed = re.sub(r"[^0-9a-z]", "", low)
    if squashed in site_keys or any(k in squashed for k in site_keys if len(k) >= 4):  # "CNN", "BBC" too
        return False
    if NOT_NAME_RE.search(name):  # a date or a time, not a person ("Juli" and "April" are names too)
        return False
    for w in words:
        if w.lower() in PARTICLES:
            continue
        if not (w[0].isupper() or w[0] in "'‘(\"") or not re.search(r"[A-Za-z]", w):
            return False
    return True


def clean_name(raw: str) -> str:
    name = re.sub(r"\s+", " ", raw).strip(" \t:-–—|/,.;•·()")
    name = re.sub(r"^(?:oleh|by)\s+", "", name, flags=re.I)
    name = AGENCY_TAIL_RE.sub("", name)
    return name.strip(" \t:-–—|/,.;•·")


def signature_names(line: str) -> list[str] | None:
    """The people of a byline printed in capitals under the text, or None when the line is not one."""
    if len(line) > 100 or line != line.upper() or not re.search(r"[A-Z]{2}", line):
        return None
    parts = [p.strip() for p in re.split(r"\s*[|,/]\s*", line) if p.strip()]
    if not parts or not all(SIGNATURE_PART_RE.match(p) for p in parts):
        return None
    names = [n for n in (p.title() for p in parts) if n.lower() not in NOT_PEOPLE and is_person(n, set())]
    return names if any(len(n.split()) >= 2 for n in names) else None  # "TAMAT" alone is no byline


def split_names(value: str, site_keys: set[str]) -> list[str]:
    names = []
    for part in NAME_SPLIT_RE.split(value):
        if DEGREE_RE.match(part.strip()):  # "Prof. Dr. Ahmad, M.Si": the degree is not a second name
            continue
        if ROLE_WORDS.search(part):  # "Kontributor Semarang", "Jurnalis", "Tim Redaksi": not a name
            continue
        part = clean_name(part)
        if part and is_person(part, site_keys):
            names.append(part)
    return names


# Any label or role word at all: most snippets have none, and the full patterns cost more.
# The lookahead for their first letters is what re then tries at each place instead of every
# word (the same matches, twice as fast).
_QUICK_WORDS = f"laporan|{EDITOR_LABELS}|{AUTHOR_LABELS}|jurnalis"
QUICK_RE = re.compile(rf"(?=[{''.join(sorted({w[0] for w in _QUICK_WORDS.split('|')}))}])\b(?:{_QUICK_WORDS})\b", re.I)


# A date line before an unlabelled "Oleh A" / "By A" ("Rabu, 16 Oktober 2019 14:52 WIB Oleh A").
DATE_BEFORE_OLEH_RE = re.compile(r"^(?P<date>.{6,60}?(?:\b(?:WIB|WITA|WIT|GMT)|\d{1,2}[:.]\d{2}|\b(?:19|20)\d{2}))[\s,|•·-]+"
                                 r"(?=(?:oleh|by)\s)", re.I)


def labelled(snippet: str, site_keys: set[str], byline: Byline) -> bool:
    """Names after author/editor labels in one snippet, added to `byline`. True when a label was read."""
    if not QUICK_RE.search(snippet):
        return False
    dated = DATE_BEFORE_OLEH_RE.match(snippet)
    if dated and find_printed_date(dated["date"]) is not None:
        snippet = snippet[dated.end():]
    matches = list(LABEL_RE.finditer(snippet))
    found = False
    for i, m in enumerate(matches):
        label = re.sub(r"\s+", " ", (m.group("label") or m.group("label2")).lower())
        colon = m.group("colon") or m.group("colon2")
        if label in ("rep", "red") and not colon:
            continue  # "Rep"/"Red" only with a colon ("Rep: A/ Red: B")
        if label in ("oleh", "by") and not colon and m.start() > 0:
            continue  # "Oleh A" opens a byline; "... oleh A" inside a sentence does not
        end = matches[i + 1].start() if i + 1 < len(matches) else len(snippet)
        value = snippet[m.end():end]
        if label.startswith("laporan") or label in ("kontributor", "koresponden"):
            # "Laporan Wartawan Tribunnews.com, A" / "Kontributor Manado, A": the name is after the comma
            if "," in value:
                value = value.split(",", 1)[1]
            elif not colon or label.startswith("laporan"):
                continue  # "Kontributor: A" names A; "Kontributor Manado" alone names no one
        value = NAMES_END_RE.split(re.sub(r"\([^()]*\)", " ", value).strip())[0]
        names = split_names(value, site_keys)
        if not names:
            continue
        found = True
        target = byline.editors if re.fullmatch(EDITOR_LABELS, label) else byline.authors
        for n in names:
            if n not in target:
                target.append(n)
    if not found:
        found = postfix_roles(snippet.strip(), site_keys, byline)
    return found


def postfix_roles(snippet: str, site_keys: set[str], byline: Byline) -> bool:
    """"A Penulis B Editor": only when such pairs make up the whole snippet."""
    pairs, at = [], 0
    for m in POSTFIX_ROLE_RE.finditer(snippet):
        if m.start() != at:
            return False
        pairs.append((m.group("name"), m.group("role").lower()))
        at = m.end()
    if not pairs or at != len(snippet):
        return False
    found = False
    for name, role in pairs:
        if role == "jurnalis":
            role = "penulis"
        target = byline.editors if role in ("editor", "redaktur") else byline.authors
        for n in split_names(name, site_keys):
            found = True
            if n not in target:
                target.append(n)
    return found


def beside_outlet_or_date(snippet: str, site_keys: set[str], classed: bool = False) -> list[str]:
    """"A - detikNews", "A, B - detikNews", "A - 13 Oktober 2016 23:11 wib", "A, Jurnalis · Rabu …";
    when the snippet is an element named as a byline (`classed`), also "A (Tribunjogja.com)" and
    "A Rabu, 16 Oktober 2019 - 14:52 WIB" (elsewhere a place or a section stands there as often
    as a person: "Jakarta (ANTARA)", "Jawa Barat Senin, …")."""
    snippet = snippet.strip()
    parts = [p for p in re.split(r"\s+[-–—|•·]\s+|\s*\|\s*", snippet) if p.strip()]
    bracketed = re.fullmatch(r"(.+?)\s*\(([^()]{2,40})\)", snippet) if classed else None
    if bracketed:  # "A (Outlet)"
        parts = [bracketed[1], bracketed[2]]
    day = DAY_START_RE.search(snippet) if classed else None
    if day and day.start() > 0 and (len(parts) < 2 or day.start() < len(parts[0])):
        parts = [snippet[: day.start()], snippet[day.start():]]  # a name, then the weekday and the date
    if len(parts) < 2:
        return []
    pieces = [p for p in NAME_SPLIT_RE.split(parts[0]) if p.strip() and not ROLE_WORDS.search(p)]
    names = split_names(parts[0], site_keys)
    if len(names) != len(pieces):  # every piece must be a person: "Judul Berita, Kata Menteri - Outlet" is not
        return []
    rest = " ".join(parts[1:])
    if len(rest) > 60:  # "Jakarta - Seorang wanita …" is a dateline and a paragraph, not a byline
        return []
    rest_key = re.sub(r"[^0-9a-z]", "", rest.lower())
    names_outlet = any(k in rest_key for k in site_keys if len(k) >= 4)
    if names and (names_outlet or find_printed_date(rest) is not None):
        return names
    return []


def find_byline(near, snippets_class: list[str], body_edges: list[str],
                meta_people: list[str], meta_editors: list[str], site_keys: set[str],
                signed: list[str] = ()) -> Byline:
    """Authors and editors from what the page shows, then from JSON-LD/meta. `near()` gives the
    short texts around the headline (read only when the byline is not found elsewhere); `signed`
    are the names printed in capitals under the text, trusted as a label is."""
    byline = Byline()
    for snippet in dict.fromkeys([*snippets_class, *body_edges]):
        if len(snippet) <= MAX_SNIPPET:
            labelled(snippet, site_keys, byline)
            if byline.authors and byline.editors:
                break
    snippets_near = []
    if not byline.authors:
        snippets_near = near()
        for snippet in snippets_near:
            labelled(snippet, site_keys, byline)
    for name in meta_editors:
        for n in split_names(name, site_keys):
            if n not in byline.editors:
                byline.editors.append(n)
    if not byline.authors:
        byline.authors = [n for n in signed if is_person(n, site_keys)]
    if byline.authors:  # a label (or the signature under the text) said who wrote it
        return byline
    editors = {e.casefold() for e in byline.editors}

    def people(names):
        return [n for n in names if n.casefold() not in editors]

    if not byline.authors:
        classed = set(snippets_class)
        for snippet in [*snippets_class, *snippets_near]:
            names = people(beside_outlet_or_date(snippet, site_keys, snippet in classed)) \
                if len(snippet) <= MAX_SNIPPET else []
            if names:
                byline.authors = names
                break
    if not byline.authors:
        for value in meta_people:
            names = people(split_names(value, site_keys))
            if names:
                byline.authors = names
                break
    if not byline.authors:
        for snippet in snippets_class:
            stripped = ROLE_WORDS.sub(" ", snippet)
            names = people(split_names(stripped, site_keys)) if len(snippet) <= 80 else []
            if names:
                byline.authors = names
                break
    return byline
