"""Reading numbers as Indonesian and English news write them. Pure functions, exact `Decimal`s.

- Indonesian: decimal comma, thousands dot ("53,9", "36.800", "1.275.400.000", "36.800,00");
  a dot is a thousands separator only before groups of three digits, so "1.5" reads as 1.5.
- English: decimal dot, thousands comma ("53.9", "16,800", "1,400").
- Scale words: ribu/rb, juta/jt, miliar/milyar/M, triliun/T; thousand, million, billion, trillion.
  "M" is a billion (miliar), never a million.
- Written numbers: "dua puluh lima", "sebelas", "seratus", "sejuta", "setengah"; "twenty-five", "half".
"""

import re
from decimal import Decimal, InvalidOperation

SCALES = {
    # Indonesian
    "ribu": 3, "rb": 3, "juta": 6, "jt": 6, "miliar": 9, "milyar": 9, "m": 9, "triliun": 12, "t": 12,
    # spellings outlets print too ("Rp 64,3 trilun")
    "miliyar": 9, "milliar": 9, "triliyun": 12, "trilyun": 12, "trilliun": 12, "trilun": 12,
    # "Rp 50 ribuan": about fifty thousand (the figure is approximate)
    "ribuan": 3, "jutaan": 6, "miliaran": 9, "milyaran": 9, "triliunan": 12,
    # English
    "thousand": 3, "k": 3, "million": 6, "mn": 6, "mln": 6, "billion": 9, "bn": 9, "b": 9,
    "trillion": 12, "tn": 12,
}

ID_UNITS = {
    "nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
    "delapan": 8, "sembilan": 9,
}
ID_SE = {  # se- = one
    "sepuluh": Decimal(10), "sebelas": Decimal(11), "seratus": Decimal(100), "seribu": Decimal(1000),
    "sejuta": Decimal(10**6), "semiliar": Decimal(10**9), "semilyar": Decimal(10**9), "setriliun": Decimal(10**12),
    "setengah": Decimal("0.5"), "seperempat": Decimal("0.25"),
}
EN_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
EN_SPECIAL = {"half": Decimal("0.5"), "dozen": Decimal(12), "a dozen": Decimal(12)}
_SMALL_MULT = {"puluh": 10, "ratus": 100, "hundred": 100}
_BIG_MULT = {"ribu": 10**3, "juta": 10**6, "miliar": 10**9, "milyar": 10**9, "triliun": 10**12,
             "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}

NUMBER_WORDS = {"id": sorted([*ID_UNITS, *ID_SE, "belas", "puluh", "ratus", "ribu", "juta", "miliar", "milyar", "triliun"],
                             key=len, reverse=True),
                "en": sorted([*EN_UNITS, "half", "hundred", "thousand", "million", "billion", "trillion"],
                             key=len, reverse=True)}

_GROUPED_DOT = re.compile(r"\d{1,3}(?:\.\d{3})+")
_GROUPED_COMMA = re.compile(r"\d{1,3}(?:,\d{3})+")


def canonical(value: Decimal) -> Decimal:
    """The same value written without exponent or trailing zeros: 53900000, 0.17, -8.3."""
    if value == value.to_integral_value():
        return Decimal(int(value))
    text = format(value.normalize(), "f")
    return Decimal(text)


def parse_numeral(text: str, lang: str = "id", money: bool = False) -> Decimal:
    """A numeral written with digits and separators, as the language writes it.

    >>> parse_numeral("53,9"), parse_numeral("36.800,00"), parse_numeral("1.5", "en")
    (Decimal('53.9'), Decimal('36800'), Decimal('1.5'))
    """
    s = text.strip().replace("\u00a0", "").replace(" ", "")
    sign = 1
    if s[:1] in "-\u2212":
        sign, s = -1, s[1:]
    if s.endswith(",-"):
        s = s[:-2]
    if lang == "en":
        if "," in s and "." in s:
            s = s.replace(",", "")
        elif "," in s:
            s = s.replace(",", "") if _GROUPED_COMMA.fullmatch(s) else s.replace(",", ".")
        elif "." in s and money and _GROUPED_DOT.fullmatch(s) and s.count(".") >= 1 and len(s.split(".")[-1]) == 3:
            # "Rp 36.800" on an English page: rupiah have no decimals, so the dot groups thousands
            s = s.replace(".", "")
    else:
        if "," in s and "." in s:
            if s.rfind(",") > s.rfind("."):
                s = s.replace(".", "").replace(",", ".")
            else:  # English-style on an Indonesian page: "1,234.5"
                s = s.replace(",", "")
        elif "," in s:
            s = s.replace(",", ".") if s.count(",") == 1 else s.replace(",", "")
        elif "." in s and _GROUPED_DOT.fullmatch(s):
            s = s.replace(".", "")
    try:
        value = Decimal(s)
    except InvalidOperation:
        raise ValueError(f"not a numeral: {text!r}") from None
    return canonical(value * sign)


def scale_of(word: str | None) -> int:
    """Power of ten for a scale word ("juta" → 6, "M" → 9); 0 for none."""
    if not word:
        return 0
    return SCALES.get(word.lower().rstrip("."), 0)


def parse_words(text: str, lang: str = "id") -> Decimal:
    """A number written in words: "dua puluh lima" → 25, "sejuta" → 1000000, "setengah" → 0.5,
    "twenty-five" → 25. Raises ValueError if the words do not form a number."""
    words = re.split(r"[\s\-]+", text.strip().lower())
    words = [w for w in words if w and w != "and"]
    if not words:
        raise ValueError("no number words")
    total, current, pending, seen = Decimal(0), Decimal(0), Decimal(0), False
    for w in words:
        if lang == "id" and w in ("seribu", "sejuta", "semiliar", "semilyar", "setriliun"):
            total += current + pending + ID_SE[w]
            current = pending = Decimal(0)
        elif lang == "id" and w in ("sepuluh", "sebelas", "seratus"):
            current += pending + ID_SE[w]
            pending = Decimal(0)
        elif (lang == "id" and w in ("setengah", "seperempat")) or (lang == "en" and w in EN_SPECIAL):
            pending += ID_SE[w] if lang == "id" else EN_SPECIAL[w]
        elif lang == "id" and w in ID_UNITS:
            pending += ID_UNITS[w]
        elif lang == "en" and w in EN_UNITS:
            pending += EN_UNITS[w]
        elif w == "belas" and seen:
            current += pending + 10
            pending = Decimal(0)
        elif w in _SMALL_MULT and seen:
            current += (pending or 1) * _SMALL_MULT[w]
            pending = Decimal(0)
        elif w in _BIG_MULT and seen:
            total += (current + pending or 1) * _BIG_MULT[w]
            current = pending = Decimal(0)
        else:
            raise ValueError(f"not a number word: {w!r}")
        seen = True
    return canonical(total + current + pending)


def to_json(value: Decimal | None) -> str | None:
    """Decimal string for JSON: "53900000", "0.17"."""
    return None if value is None else format(canonical(value), "f")
