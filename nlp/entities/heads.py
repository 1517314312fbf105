"""Organisations and places the gazetteer does not list, found by their head word (heads.toml):
"Asosiasi Pertekstilan Indonesia (API)", "Kejaksaan Tinggi Sumatera Utara", "Kabupaten Cilacap".

The canonical name is the text as written, without a bracketed abbreviation; the abbreviation
("API") then names the organisation wherever else the article uses it.
"""

import re
import tomllib
from pathlib import Path

from .. import layout, names

HERE = Path(__file__).parent
HEADS = tomllib.loads((HERE / "heads.toml").read_text(encoding="utf-8"))
_PEOPLE = tomllib.loads((HERE.parent / "people.toml").read_text(encoding="utf-8"))
_QUOTES = tomllib.loads((HERE.parent / "quotes.toml").read_text(encoding="utf-8"))
SPEECH_AFTER = frozenset(_QUOTES["after_verbs"] + _QUOTES["english_verbs"])
SPEECH_BEFORE = frozenset(_QUOTES["before_verbs"] + _QUOTES["english_verbs"])
HONORIFICS = frozenset(_PEOPLE["honorifics"])
TITLE_WORDS = frozenset(t for t in _PEOPLE["titles"] if " " not in t)
GIVEN_NAMES = frozenset(_PEOPLE["given_names"].split())
CONNECTORS = frozenset({"dan", "&", "-", "/"})
PLACE_ONLY = frozenset({"Provinsi", "Stasiun", "Masyarakat"})  # "Provinsi Bali" is Bali; "Masyarakat Papua" no body
OBJECT_HEADS = frozenset({"Masyarakat"})  # "Hubungan Masyarakat": also the object of a unit's name
MAX_WORDS = 8


def _index(heads):
    result = {}
    for head in heads:
        words = tuple(head.split())
        result.setdefault(words[0], []).append(words)
    for options in result.values():
        options.sort(key=len, reverse=True)
    return result


ORG_HEADS = _index(HEADS["org_heads"])
DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")  # "A.S.", "M."
ORG_TAILS = frozenset(HEADS["org_tails"])
# "Grup Djarum": Indonesian writes a business group's name after the word, English before it
GROUP_WORDS = frozenset({"Grup", "Group", "grup"})
PLACE_HEADS = _index(HEADS["place_heads"])
UNIT_HEADS = frozenset(HEADS["unit_heads"])
NOT_HEADS = _index(HEADS["not_heads"])


def find(doc, known, allowed, person_starts=frozenset()):
    """New (start, end, label, canonical) token spans. `known` maps token index to the label of a
    gazetteer entity there; `allowed(i)` says whether token i is in the article's own text (and
    not in its title, whose words are all capitalised); a name ends before a token in
    `person_starts`, where a NER starts a person's name ("PT Kereta Api Pariwisata Totok Suryono")."""
    texts = layout.words(doc)
    # words that speak somewhere ("ujar Masrokhan"): a person, so no organisation's name runs
    # into them ("Kepala Dinas Sosial DKI Masrokhan")
    speakers = frozenset(texts[i + 1] for i in range(len(texts) - 1)
                         if texts[i].lower() in SPEECH_AFTER and texts[i + 1].istitle() and texts[i + 1].isalpha())
    # a name's word that opens a sentence and speaks ("Edward menyebut …") is a person too, so "Ketua
    # Dewan Direksi Ortus Holdings Edward Soeryadjaya" ends the board's name before him
    speakers |= {texts[s.start] for s in (doc.sents if doc.has_annotation("SENT_START") else ()) if s.end - s.start > 2 and texts[s.start + 1].lower() in SPEECH_BEFORE
                 and texts[s.start].istitle() and texts[s.start].isalpha() and names.is_name_word(texts[s.start])
                 and not names.is_common(texts[s.start]) and not names.is_place(texts[s.start])}
    places = _heads(doc, PLACE_HEADS, "PLACE", known, allowed, person_starts, speakers)
    known = dict(known)
    for start, end, _, _ in places:
        for i in range(start, end):
            known[i] = "PLACE"
    orgs = _heads(doc, ORG_HEADS, "ORG", known, allowed, person_starts, speakers)
    for start, end, _, _ in orgs:
        for i in range(start, end):
            known[i] = "ORG"
    orgs += _tails(doc, known, allowed)
    for start, end, _, _ in orgs:
        for i in range(start, end):
            known[i] = "ORG"
    orgs += _spelled_out(doc, known, allowed, person_starts)
    return places + orgs + _abbreviations(doc, orgs, known, allowed)


def _spelled_out(doc, known, allowed, person_starts, longest=8):
    """Organisations spelled out before their short form in brackets, the short form being the
    initials of the capitalised words ("Tim Pencari Fakta Gabungan (TPFG)", "Pusat Pelaporan dan
    Analisis Transaksi Keuangan (PPATK)"). Not a person's name ("Susilo Bambang Yudhoyono (SBY)"):
    the words must hold an ordinary word, and none a name's word or the NER's person."""
    in_person = {i for s, e in person_starts.items() for i in range(s, e)} if isinstance(person_starts, dict) else set()
    spans = []
    texts = layout.words(doc)
    opening = [j for j, w in enumerate(texts) if w == "("]  # a comprehension, not a loop over every token's checks
    for j in opening:
        if j < 2 or j + 2 >= len(doc):
            continue
        short = texts[j + 1]
        if texts[j + 2] != ")" or not (2 <= len(short) <= 8 and short.isalpha() and short.isupper()):
            continue
        k, letters = j, []
        while k > 0 and j - k < longest and len(letters) < len(short):
            t = doc[k - 1]
            if t.text[:1].isupper() and t.text.isalpha():
                letters.insert(0, t.text[0].upper())
            elif not (t.lower_ in CONNECTORS or t.lower_ in {"untuk", "dan", "atas"}) or not letters:
                break
            k -= 1
            if t.is_sent_start:
                break
        if "".join(letters) != short or doc[k].lower_ in CONNECTORS:
            continue
        words = [doc[m].text for m in range(k, j) if doc[m].text[:1].isupper()]
        if any(m in known or m in in_person or not allowed(m) for m in range(k, j)) \
                or any(w in GIVEN_NAMES or w in HONORIFICS or names.is_name_word(w) and not names.is_common(w) for w in words) \
                or not any(names.is_common(w) for w in words):
            continue
        spans.append((k, j, "ORG", doc[k:j].text))
    return spans


def _tails(doc, known, allowed, longest=4):
    """Organisations named by their last word ("Gates Foundation", "Humane Society", "Sinar Mas
    Group"): a few capitalised words before a word of ORG_TAILS."""
    spans = []
    taken = 0  # where the last one found ends
    for i, text in enumerate(layout.words(doc)):
        if text not in ORG_TAILS or i in known or not allowed(i):
            continue
        if text in GROUP_WORDS and i + 1 < len(doc) and doc[i + 1].text[:1].isupper() and doc[i + 1].text.isalpha():
            continue  # "CEO Grup Djarum": Indonesian puts the group's name after the word
        start = i
        while start > taken and i - start < longest and start - 1 not in known and allowed(start - 1) \
                and doc[start - 1].text[:1].isupper() and doc[start - 1].text.isalpha() and not doc[start].is_sent_start \
                and doc[start - 1].text not in TITLE_WORDS:
            start -= 1  # but "Ketua Setara Institute Hendardi": the title is no part of the institute's name
        if start < i:
            spans.append((start, i + 1, "ORG", doc[start:i + 1].text))
            taken = i + 1
    return spans


def _capitalised(token, label="ORG"):
    """A word that continues a name; a rank or honorific only in a place ("Jalan Jenderal Sudirman")."""
    text = token.text
    return text[:1].isupper() and any(c.isalpha() for c in text) and (text not in HONORIFICS or label == "PLACE")


def _head_at(texts, i, heads):
    for words in heads.get(texts[i], ()):
        n = len(words)
        if i + n <= len(texts) and all(texts[i + k] == words[k] for k in range(n)):
            return n
    return 0


def _heads(doc, heads, label, known, allowed, person_starts, speakers=frozenset()):
    texts = layout.words(doc)
    spans = []
    i = 0
    while i < len(doc):
        n = _head_at(texts, i, heads) if texts[i] in heads and i not in known and allowed(i) \
            and not _head_at(texts, i, NOT_HEADS) and not _object_of_unit(texts, i) else 0
        if not n:
            i += 1
            continue
        end = _extend(doc, i + n, label, known, person_starts, speakers)
        if end is None or end <= i + n or (doc[i].text in PLACE_ONLY and all(known.get(k) == "PLACE" for k in range(i + n, end))):
            i += n
            continue
        text = doc[i:end].text
        spans.append((i, end, label, text))
        i = end
    return spans


def _initialled_name(doc, j):
    """Tokens j, j+1, j+2 are a given name, a middle initial ("S", "S."; not a Roman numeral as in
    "Kodam V Brawijaya") and a surname that ends the capitalised words: a person's name."""
    if j + 2 >= len(doc):
        return False
    given, initial, surname = doc[j].text, doc[j + 1].text, doc[j + 2].text
    if not (len(initial.rstrip(".")) == 1 and initial[0].isupper() and initial[0] not in "IVX"):
        return False
    if any(not (w[:1].isupper() and w.isalpha() and len(w) > 2) or names.is_common(w) or names.is_place(w)
           for w in (given, surname)):
        return False
    return j + 3 >= len(doc) or not _capitalised(doc[j + 3])


def _object_of_unit(texts, i):
    """"Kepala Bidang Hubungan Masyarakat Polda …": a head that is the object of a unit's noun (a
    capitalised pe-/ke-…-an word before it) continues the unit's name and starts no organisation
    (but "Koordinator Masyarakat Anti Korupsi Indonesia" does)."""
    if texts[i] not in OBJECT_HEADS or i == 0:
        return False
    before = texts[i - 1]
    return before[:1].isupper() and before.isalpha() and before.endswith("an")


def _extend(doc, j, label, known, person_starts=frozenset(), speakers=frozenset()):
    """Where a name that starts before token j ends; None when it runs into a known organisation."""
    start = j
    org_ends = {e.end for e in doc.ents if e.label_ in ("ORG", "ORGANISATION", "IND")} if person_starts else ()
    limit = 3 if label == "PLACE" else MAX_WORDS
    counted_from = start  # a body's name inside the name counts afresh ("Sekretariat Dewan Nasional Kawasan Ekonomi
    # Khusus Kementerian Koordinator Bidang Perekonomian": the secretariat of a council of a ministry)
    while j < len(doc) and j - counted_from < limit:
        t = doc[j]
        if label == "ORG" and j > start and t.text in ORG_HEADS and j - start >= limit // 2:
            counted_from = j
        if t.is_sent_start or "\n" in doc[j - 1].whitespace_ or (j > start and j in person_starts and (
                t.text in GIVEN_NAMES or names.is_name_word(t.text) or j in org_ends or _name_to_the_end(doc, j, person_starts))):
            break  # "PT Kereta Api Pariwisata Totok Suryono" (but "PT Panca Nabati Prakarsa")
        if j == start and label == "ORG" and _name_right_after_head(doc, j, person_starts, known):
            break  # "Wakil Ketua Pansus Masinton Pasaribu": the unit is named by its head word alone
        if j > start and DOTTED_INITIALS.fullmatch(t.text) and j + 1 < len(doc) and doc[j + 1].text[:1].isupper():
            break  # "Panitia Seleksi Nasional A.S. Pudjoharsoyo": initials open a person's name
        if j > start and _initialled_name(doc, j) and known.get(j) is None:
            break  # "Fraksi Hanura Miryam S Haryani": a word, a middle initial and a surname are a person
        if j > start and t.text in speakers or _speaks(doc, j):
            break  # "Kepala Dinas Sosial DKI Masrokhan" … "ujar Masrokhan"; "… Pelabuhan Anwar Fauzi mengatakan"
        if j > start and _given_before_surname(doc, j, person_starts, speakers):
            break  # "Kepala Badan Koordinasi Penanaman Modal Thomas Lembong" … "kata Lembong"
        tag = known.get(j)
        if tag == "ORG":
            return None if label == "ORG" else j
        if tag == "PLACE":
            while j < len(doc) and known.get(j) == "PLACE" and not doc[j].is_sent_start:
                j += 1
            if label == "ORG":
                j = _runs_to_short_form(doc, j, known, limit - (j - start))
            return j  # "Kejaksaan Tinggi Sumatera Utara" ends with its place
        if t.lower_ in CONNECTORS and label == "ORG" and j > start and j + 1 < len(doc) and _capitalised(doc[j + 1]):
            j += 1
            continue
        if not _capitalised(t, label) or (t.text in GIVEN_NAMES and j > start and j + 1 < len(doc) and _capitalised(doc[j + 1])):
            break  # "Universitas X Sri Wahyuningsih" (but "PT Mitra Sandang Lestari")
        j += 1
    return j


def _runs_to_short_form(doc, j, known, room):
    """Where a name that reached a place at token j ends: "PT Jakarta International Container Terminal
    (PT JICT)" goes on past "Jakarta" when capitalised words lead straight to its short form in
    brackets; otherwise it ends at the place."""
    k = j
    while k < len(doc) and k - j < room and _capitalised(doc[k]) and not doc[k].is_sent_start \
            and k not in known and doc[k].text not in GIVEN_NAMES and not names.is_name_word(doc[k].text):
        k += 1
    if k > j and k + 2 < len(doc) and doc[k].text == "(" and doc[k + 1].text[:1].isupper() \
            and (doc[k + 2].text == ")" or k + 3 < len(doc) and doc[k + 3].text == ")"):
        return k
    return j


def _speaks(doc, j, longest=3):
    """Whether a person's name starts at token j and a speech verb follows it ("Ketua Serikat Pekerja
    Pelabuhan Anwar Fauzi mengatakan"): organisations and places speak too, but not under a name."""
    k = j
    while k < len(doc) and k - j < longest and doc[k].text.istitle() and doc[k].text.isalpha() \
            and not doc[k].is_sent_start:
        k += 1
    if k == j or k >= len(doc) or doc[k].lower_ not in SPEECH_BEFORE:
        return False
    words = [doc[m].text for m in range(j, k)]
    if len(words) == 2 and any(names.is_name_word(w) for w in words) \
            and not any(names.is_common(w) or names.is_place(w) for w in words):
        return True  # "Chief Economist Bank Permata Josua Pardede memperkirakan": two words, a name's, then speech
    # a common given name opens it ("Golkar" is in the name lists, but no one is called that first)
    return words[0] in GIVEN_NAMES and not any(names.is_common(w) and not names.is_name_word(w) for w in words)


def _given_before_surname(doc, j, person_starts, speakers):
    """Whether token j is a name word (not an ordinary one) right before the last capitalised word,
    a surname that is a person's start for the NER or speaks alone elsewhere ("kata Lembong"): the
    two are a person's name, not the end of an organisation's."""
    t = doc[j]
    if j + 1 >= len(doc) or not (t.text in GIVEN_NAMES or (names.is_name_word(t.text) and not names.is_common(t.text))):
        return False
    surname = doc[j + 1]
    if not (surname.text.istitle() and surname.text.isalpha()) or surname.is_sent_start or t.whitespace_ != " ":
        return False
    if j + 2 < len(doc) and _capitalised(doc[j + 2]) and doc[j + 2].text.isalpha():
        return False  # "Universitas Gadjah Mada Budi Santoso": the run goes on, the name is not at its end
    return j + 1 in person_starts or surname.text in speakers


def _name_right_after_head(doc, j, person_starts, known):
    """Whether a person's name starts at token j, right after a head word: the NER's name of two
    words or more that ends the capitalised run, or, after a unit named by its head word alone
    ("Pansus", "Satgas", "Disnaker"), two or three capitalised words that end the run; either with
    a name's word in it and no ordinary word or place ("Wakil Ketua Pansus Masinton Pasaribu"; not
    "Yayasan Budi Luhur", "Kodam Bukit Barisan", "Universitas Sam Ratulangi")."""
    if j in person_starts and _name_to_the_end(doc, j, person_starts):
        end = person_starts[j]
    elif doc[j - 1].text in UNIT_HEADS:
        end = j
        while end < len(doc) and end - j < 4 and doc[end].text.istitle() and doc[end].text.isalpha() \
                and not doc[end].is_sent_start and end not in known:
            end += 1
        if not 2 <= end - j <= 3 or (end < len(doc) and doc[end].text[:1].isupper()):
            return False
    else:
        return False
    words = [doc[k].text for k in range(j, end)]
    return any(w in GIVEN_NAMES or names.is_name_word(w) for w in words) and names.is_name_word(words[-1]) \
        and not any(names.is_common(w) or names.is_place(w) or w in HONORIFICS for w in words)


def _name_to_the_end(doc, j, person_starts):
    """Whether the NER's person name at token j has two words or more and is where the capitalised
    words end ("Fraksi Partai Gerindra Sareh Wiyono yang …", not "PT Panca Nabati Prakarsa")."""
    end = person_starts[j] if isinstance(person_starts, dict) else None
    if end is None or end - j < 2:
        return False
    return end >= len(doc) or not _capitalised(doc[end])


def _abbreviations(doc, orgs, known, allowed):
    """"Asosiasi Pertekstilan Indonesia (API)": "API" elsewhere is the same organisation."""
    names = {}
    for start, end, _, canonical in orgs:
        if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
            abbreviation = doc[end + 1].text
            if abbreviation[:1].isupper() and len(abbreviation) <= 12 and abbreviation.isalnum():
                names[abbreviation] = canonical
    if not names:
        return []
    taken = set(known)
    for start, end, _, _ in orgs:
        taken.update(range(start, end))
    return [(i, i + 1, "ORG", names[text]) for i, text in enumerate(layout.words(doc))
            if text in names and i not in taken and allowed(i)]
