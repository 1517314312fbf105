"""The word lists in lexicon.<lang>.toml, loaded once and compiled into the regexes the finder uses."""

import re
import tomllib
from functools import lru_cache
from pathlib import Path

from ..asof import MONTHS, SHORT_MONTHS
from ..numbers import NUMBER_WORDS

HERE = Path(__file__).parent
WORD_RE = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:['’\-][^\W\d_]+)*|[%$€¥£±~]|[^\w\s]")


def alt(words, flags="") -> str:
    """A regex alternation of literal phrases, longest first; spaces match any whitespace."""
    parts = [re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True)]
    body = "|".join(parts)
    return f"(?{flags}:{body})" if flags else f"(?:{body})"


def phrases(words, by: int = -1) -> dict:
    """{last word (or first, by=0): [phrase tuples, longest first]} for matching phrases over
    lists of lower-cased words."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for w in words:
        key = tuple(WORD_RE.findall(w.lower()))
        if key:
            index.setdefault(key[by], []).append(key)
    for key in index:
        index[key].sort(key=len, reverse=True)
    return index


class Lexicon:
    def __init__(self, lang: str, data: dict):
        self.lang = lang
        self.data = data
        num = data["numbers"]
        cur = data["currency"]
        pct = data["percent"]
        units = data["units"]
        self.currency_prefix = cur["prefix"]
        self.currency_suffix = {k.lower(): v for k, v in cur["suffix"].items()}
        self.money_if_large = {k.lower(): v for k, v in cur.get("money_if_large", {}).items()}
        self.points = {k.lower(): v for k, v in pct["points"].items()}
        self.measure = {w.lower() for w in units["measure"]}
        self.durations = {w.lower() for w in units["durations"]}
        self.compounds = [tuple(c.lower().split()) for c in sorted(units["compounds"], key=len, reverse=True)]
        self.things = {w.lower() for w in units.get("things", [])}
        self.periods = {k.lower(): v for k, v in units["periods"].items()}
        self.per_recipient = {w.lower() for w in units["per_recipient"]}
        self.prefix_units = units["prefix_units"]
        self.prefix_skip = {w.lower() for w in units.get("prefix_skip", [])}
        self.index_words = {w.lower() for w in units.get("index_words", [])}
        self.versus = {w.lower() for w in units.get("versus", [])}
        self.measure_after = {k.lower(): {w.lower() for w in v} for k, v in units.get("measure_after", {}).items()}
        self.label_before = {w.lower().rstrip(".") for w in data["labels"]["before"]}
        self.rank_after = {w.lower() for w in data["labels"].get("rank_after", [])}
        self.name_after = frozenset(data["labels"].get("name_after", []))
        self.label_unless_measure = {w.lower() for w in data["labels"].get("unless_measure", [])}
        self.rank_before = {w.lower() for w in data["labels"].get("rank_before", [])}
        self.place_nouns = {w.lower() for w in data["labels"].get("place_nouns", [])}
        cues = data["cues"]
        self.cue_index = {}
        for name in ("approx", "minimum", "target", "actual", "change", "change_nouns", "new_value", "old_value",
                     "comparators", "setting", "reporting", "approx_after", "actual_after", "target_after"):
            self.cue_index[name] = phrases(cues[name])
            self.cue_index[name + ">"] = phrases(cues[name], by=0)
        self.cues = {name: {w.lower() for w in cues[name]} for name in cues}
        self.boundaries = {w.lower() for w in data["clauses"]["boundaries"]}
        self.score_re = re.compile(rf"(?i:\b{alt(data['scores']['words'])}\b)")
        rally = data["scores"].get("rally_words", [])
        self.rally_re = re.compile(rf"(?i:\b{alt(rally)}\b)") if rally else re.compile(r"(?!)")
        self.date_blocked = {w.lower() for w in data["dates"]["blocked"]}
        self.blocked_index = phrases(data["dates"]["blocked"])
        self.date_binding = {w.lower() for w in data["dates"]["binding"]}
        metric = data["metric"]
        self.metric_skip = {w.lower() for w in metric["skip"]}
        self.metric_generic = {w.lower() for w in metric["generic"]}
        self.metric_drop_first = {w.lower() for w in metric["drop_first"]}
        self.metric_not_head = {w.lower() for w in metric.get("not_head", [])}
        self.metric_tally = {w.lower() for w in metric.get("tally", [])}
        self.metric_not_alone = {w.lower() for w in metric.get("not_alone", [])} | self.metric_generic
        self.degree = {w.lower() for w in metric.get("degree", [])}
        self.adverb_lead = {w.lower() for w in metric.get("adverb_lead", [])}
        self.carry = [tuple(WORD_RE.findall(c.lower())) for c in metric["carry"]]
        self.stop = {w.lower() for w in metric["stop"]}
        text = data["text"]
        self.skip_paragraph = tuple(w.lower() for w in text["skip_paragraph"])
        self.skip_short = tuple(w.lower() for w in text.get("skip_short", []))
        self.stop_line = tuple(w.lower() for w in text["stop_line"])
        self.stop_grace = int(text.get("stop_grace", 3))

        number = r"\d+(?:[.,]\d+)*"
        cur_alt = alt(self.currency_prefix)
        self.approx_scales = {w.lower() for w in num.get("approx_scales", [])}
        self.one_idioms = {w.lower() for w in num.get("one_idioms", [])}
        scales = alt([*num["scales"], *self.approx_scales], "i")
        money_scales = alt(num["money_scales"])
        pct_alt = "|".join(re.escape(w) if not w[0].isalpha() else alt([w], "i") + r"\b" for w in pct["words"])
        words = NUMBER_WORDS[lang]
        word_alt = alt(words, "i")
        # Three regexes, not one alternation: Python tries every branch at every position, and the
        # numeric one only needs trying where a digit run starts (digits_re), from just before it.
        self.number_re = re.compile(
            rf"(?P<neg>\b(?i:minus|negatif)\s+|[-\u2212](?=\d))?"
            rf"(?:(?P<cur>{cur_alt})\s?(?:\.(?=\d))?)?"  # "Rp .36 ribu": a stray dot
            rf"(?P<num>{number})(?P<dash>,-{{1,2}}(?!\d)|,—)?"
            rf"(?:\s?\(\s*(?P<paren>{word_alt}(?:[\s-]+{word_alt})*)\s*\))?"
            rf"(?:\s?(?P<scale>{scales}\b|(?(cur){money_scales}\b|(?!))))?"
            rf"(?:\s?(?P<pct>{pct_alt}))?"
        )
        self.digits_re = re.compile(r"\d[\d.,]*")
        self.number_prefix_re = re.compile(
            rf"(?:(?:\b(?i:minus|negatif)\s+|[-\u2212])?(?:{cur_alt})\s?\.?|\b(?i:minus|negatif)\s+|[-\u2212])$")
        self.words_re = re.compile(
            rf"(?P<words>\b{word_alt}(?:[\s-]+{word_alt})*(?:\b|(?=nya\b)))(?:\s(?P<wpct>{pct_alt}))?")
        self.seunit_re = re.compile(r"(?P<seunit>\b(?i:se)(?P<seperiod>bulan|tahun|hari|minggu|pekan|jam)\b)")
        range_words = r"hingga|sampai(?:\s+dengan)?|s\.d\.?|s/d|sd" if lang == "id" else r"to|through"
        self.range_re = re.compile(
            rf"(?P<sep>\s*[-–—]\s*|\s+(?i:{range_words})\s+|\s+(?P<and>(?i:dan|and))\s+|\s+(?P<or>(?i:atau|or))\s+)"
            rf"(?:(?P<cur>{cur_alt})\s?)?"
            rf"(?P<num>{number})(?:,-{{1,2}}(?!\d))?"
            rf"(?:\s?(?P<scale>{scales}\b|(?(cur){money_scales}\b|(?!))))?"
            rf"(?:\s?(?P<pct>{pct_alt}))?"
        )
        self.between_re = re.compile(r"(?i:\b(?:antara|between|berkisar\s+antara|kisaran))\s*$")
        self.suffix_re = re.compile(rf"\s?(?P<suffix>{alt([*cur['suffix'], *self.money_if_large], 'i')})\b")
        self.points_re = re.compile(rf"\s?(?P<points>{alt(pct['points'], 'i')})\b")
        self.wpoints_re = re.compile(rf"\s(?P<points>{alt([p for p in pct['points'] if ' ' in p or len(p) > 3], 'i')})\b")
        months = [*MONTHS[lang]]
        full = [m.capitalize() for m in months] + [m.upper() for m in months]
        short = list(SHORT_MONTHS[lang])
        self.month_after_re = re.compile(rf"\s+(?:{alt(full)}|{alt(short)}\.?)\b")
        self.month_before_re = re.compile(rf"(?:{alt(full)}|{alt(short)})\.?\s+$")
        # a month in lower case is a date only with its year after it ("hingga 26 maret 2017")
        self.month_year_re = re.compile(rf"\s+{alt(months, 'i')}\s+(?:19|20)\d\d\b")
        # Indonesian month names are no other words: in lower case too they date a day ("pada 14 juni,")
        self.month_lower_re = re.compile(rf"\s+{alt(months)}\b") if lang == "id" else None
        money_cues = data.get("currency", {}).get("price_words", [])
        self.money_cue_re = re.compile(
            rf"\b{alt(money_cues, 'i')}\s+(?:(?i:sekitar|hingga|mencapai|lebih\s+dari|kurang\s+dari|hampir)\s+)?$"
        ) if money_cues else None
        events = num.get("event_words", [])
        self.event_re = re.compile(
            rf"\b{alt(events, 'i')}\s+(?P<q>[\"\u201c\u2018']?)(?P<date>\d{{3,4}})[\"\u201d\u2019']?(?![\d.,]\d)"
        ) if events else None
        idioms = num.get("idioms", [])
        self.idiom_re = re.compile(rf"\b{alt(idioms, 'i')}\b") if idioms else None
        self.time_re = re.compile(
            r"(?i:\b(?:pukul|jam|pkl\.?)\s*)\d{1,2}[.:]\d{2}(?:\s*(?:[-–—]|hingga|sampai|s\.d\.?|to)\s*\d{1,2}[.:]\d{2})?"
            r"|\b\d{1,2}[.:]\d{2}(?:\s*(?:[-–—]|hingga|sampai|s\.d\.?|to)\s*\d{1,2}[.:]\d{2})?\s*(?:WIB|WITA|WIT|wib|waktu setempat|a\.m\.|p\.m\.|am\b|pm\b)"
            r"|\b\d{1,2}:\d{2}\b"
        )
        self.phone_re = re.compile(r"(?<![\d.,])(?:\+62[\s-]?|\(0\d{2,3}\)\s?|\b0)\d{1,4}(?:[\s.-]?\d{2,5}){1,3}\b")
        # where a URL or domain is: expanded to the surrounding non-space run (see finder.blocked_spans)
        self.url_anchor_re = re.compile(r"https?://|www\.|(?<=\w)\.(?:com|id|net|org|co|io|go|ac|or)\b")
        self.list_re = re.compile(r"\s*[.)]\s+[A-Z\"“]")
        self.per_re = re.compile(
            rf"[^,;\d]{{0,40}}?(?:\bper\s+|/\s?|\bsetiap\s+|\btiap\s+|\ba\s+|\beach\s+|\bper\s+\w+\s+per\s+)"
            rf"(?P<per>{alt(self.periods, 'i')})\b"
        )


@lru_cache(maxsize=None)
def load(lang: str, path: str | None = None) -> Lexicon:
    file = Path(path) if path else HERE / f"lexicon.{lang}.toml"
    with open(file, "rb") as f:
        return Lexicon(lang, tomllib.load(f))
