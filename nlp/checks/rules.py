"""The checks. Each looks for written evidence that figures are meant to add up (a gap word, a
total with its parts, "sisanya", a change with its old and new value) and reports only a
disagreement larger than the rounding the figures were written with.

Tolerance: a figure may be off by half a unit of its last digit ("53,9 juta": 50 ribu), a whole
unit when it is approximate ("sekitar 13,9 juta": 100 ribu); a result may be off by the sum of
its figures' tolerances. A bound ("lebih dari 12 juta", "hampir 14 juta") states no value and is
never checked.
"""

from decimal import Decimal

from .mention import Cues, Mention, contains, ends_with, words

HUNDRED = Decimal(100)
NEAR = 700  # characters: how far before a figure its operands may be (about two sentences)


def check(kind: str, figures: list[Mention], stated: Decimal, expected: Decimal, at: Mention) -> dict:
    return {"kind": kind, "figures": [m.text for m in figures], "stated": number(stated),
            "expected": number(expected), "sentence": at.f["sentence"]}


def number(value: Decimal) -> int | float:
    """A JSON number, as issue 15 writes `"stated": 13900000`: whole values stay exact integers,
    the others (shares, changes: one decimal at most) are floats that print as written."""
    value = value.normalize()
    return int(value) if value == value.to_integral() else float(value)


def off(stated: Decimal, expected: Decimal, tolerance: Decimal) -> bool:
    return abs(stated - expected) > tolerance


def _usable(m: Mention) -> bool:
    return not m.bound and not m.in_title and m.f.get("kind") in ("count", "money", "percent")


# -- differences: "target 53,9 juta ... tercapai 40,9 juta ... masih harus menjangkau 13,9 juta" --

def differences(ms: list[Mention], cues: Cues) -> list[dict]:
    """A gap (a figure after "masih harus", "kekurangan", "sisa", "... lagi") against the target
    and the reached value of the same metric before it: stated gap, expected target − reached."""
    found = []
    for k, s in enumerate(ms):
        if not _usable(s) or s.f["kind"] == "percent" or s.f.get("qualifier") in ("target", "change", "minimum"):
            continue
        gap = ends_with(s.before[-6:], cues.gap_before) or contains(s.before[-6:], cues.gap_before) or \
            contains(s.after[:3], cues.gap_after)
        if not gap:
            continue
        earlier = [m for m in ms[:k] if _usable(m) and m.same_kind(s) and s.f["start"] - m.f["end"] <= NEAR
                   and s.paragraph - m.paragraph <= 1]
        pair = _target_and_reached(earlier)
        if pair is None:
            continue
        target, reached = pair
        expected = target.value - reached.value
        if expected <= 0 or not (expected / 2 <= s.value <= expected * 2) or s.value >= target.value:
            continue  # not this gap: some other quantity
        if off(s.value, expected, s.delta + target.delta + reached.delta):
            found.append(check("arithmetic", [target, reached, s], s.value, expected, s))
    return found


def _target_and_reached(earlier: list[Mention]) -> tuple[Mention, Mention] | None:
    """The nearest target and reached (actual) value of one metric, the target the larger."""
    for t in reversed(earlier):
        if t.f.get("qualifier") != "target":
            continue
        for r in reversed(earlier):
            if r is t or r.f.get("qualifier") != "actual" or r.value >= t.value:
                continue
            same_metric = t.metric and t.metric == r.metric
            same_unit = t.f.get("unit") and t.f.get("unit") == r.f.get("unit")
            if same_metric or same_unit:
                return t, r
    return None


# -- sums: "total Rp10 triliun, terdiri atas Rp6 triliun ... dan Rp3 triliun ..." ---------------

def sums(ms: list[Mention], cues: Cues) -> list[dict]:
    """A total and the parts listed with it in one sentence ("X terdiri atas A dan B", "A dan B,
    dengan total X"): stated total, expected sum of the parts. A list that may be incomplete
    ("antara lain", "termasuk", "masing-masing") is not summed."""
    found = []
    for k, total in enumerate(ms):
        if not _usable(total) or total.f["kind"] == "percent" or total.f.get("qualifier") == "change":
            continue
        same = [m for m in ms if m.sentence_start == total.sentence_start and m is not total]
        if any(contains(m.before, cues.partial) or contains(m.after[:2], cues.partial) for m in [total, *same]):
            continue
        parts = None
        first_after = next((m for m in same if m.f["start"] > total.f["end"]), None)
        if first_after is not None and contains(first_after.before, cues.parts_after):
            parts = [m for m in same if m.f["start"] > total.f["end"]]
            if parts and not _closes(parts[-1], text_after=_rest_of_sentence(parts[-1]), cues=cues):
                continue  # "… 16 booth UPT, kemudian juga booth Kementerian …": more parts without figures
        elif ends_with(total.before[-4:], cues.total_before) or contains(total.before[-3:], cues.total_before):
            parts = [m for m in same if m.f["end"] < total.f["start"]]
            if parts and not _closes(parts[-1], text_after="", cues=cues):
                continue
        if parts:
            parts = [p for p in parts if p.value != total.value]  # the total said again ("21 bus, ... jadi total 21")
        if not parts or len(parts) < 2 or not all(_usable(p) and p.same_kind(total) and _same_unit(p, total) for p in parts):
            continue
        if any(p.f.get("qualifier") == "change" for p in parts):
            continue
        expected = sum((p.value for p in parts), Decimal(0))
        if not (total.value / 2 <= expected <= total.value * 2):
            continue
        if off(total.value, expected, total.delta + sum((p.delta for p in parts), Decimal(0))):
            found.append(check("arithmetic", [*parts, total] if parts[0].f["start"] < total.f["start"] else [total, *parts],
                               total.value, expected, total))
    return found


def _rest_of_sentence(m: Mention) -> str:
    sentence = m.f["sentence"]
    return sentence[m.f["end"] - m.sentence_start:]


def _closes(last: Mention, text_after: str, cues: Cues) -> bool:
    """A closed list: its last item comes after "dan"/"serta", and nothing is listed after it."""
    if not contains(last.before, cues.list_end):
        return False
    rest = words(text_after)
    return not any(w in (",", ";") for w in text_after) and not contains(rest, cues.list_end)


GENERIC_UNITS = {"orang", "jiwa", "unit", "buah", "ekor", "people", "persons", "units"}


def _same_unit(a: Mention, b: Mention) -> bool:
    """Counts of the same thing: "42.819 buku" is no sum of "26.155 judul" and "5.060 buku";
    a classifier ("35.050 orang pejalan kaki") counts whatever the total counts."""
    ua, ub = (a.f.get("unit") or "").lower(), (b.f.get("unit") or "").lower()
    return a.f["kind"] != "count" or ua == ub or not ua or not ub or ua in GENERIC_UNITS or ub in GENERIC_UNITS


# -- shares: "45 persen …, 30 persen …, sisanya 30 persen" --------------------------------------

def shares(ms: list[Mention], cues: Cues) -> list[dict]:
    """Percentages that split one whole: the rest ("sisanya 30 persen") against 100 minus the
    shares before it in its sentence; shares listed as what a whole "terdiri atas" against 100."""
    found = []
    for k, s in enumerate(ms):
        if not _share(s):
            continue
        same = [m for m in ms if m.sentence_start == s.sentence_start and m is not s]
        if any(contains(m.before, cues.partial) for m in [s, *same]):
            continue
        if ends_with(s.before[-3:], cues.rest_before):
            others = [m for m in same if m.f["end"] < s.f["start"]]
            if not others or not all(_share(m) for m in others):
                continue
            expected = HUNDRED - sum((m.value for m in others), Decimal(0))
            if expected <= 0:
                continue
            if off(s.value, expected, s.delta + sum((m.delta for m in others), Decimal(0))):
                found.append(check("share", [*others, s], s.value, expected, s))
        elif contains(s.before, cues.parts_after) and not any(
                m.f["end"] < s.f["start"] and contains(m.before, cues.parts_after) for m in same):
            listed = [s, *[m for m in same if m.f["start"] > s.f["end"]]]
            if len(listed) < 2 or not all(_share(m) for m in listed):
                continue
            if not _closes(listed[-1], _rest_of_sentence(listed[-1]), cues):
                continue
            total = sum((m.value for m in listed), Decimal(0))
            if not (85 <= total <= 115):
                continue  # far from a whole: not a split of one
            if off(total, HUNDRED, sum((m.delta for m in listed), Decimal(0))):
                found.append(check("share", listed, total, HUNDRED, s))
    return found


def _share(m: Mention) -> bool:
    return _usable(m) and m.f["kind"] == "percent" and m.f.get("qualifier") not in ("change", "target") and m.value > 0


# -- changes: "naik 12 persen dari 10 juta menjadi 11,5 juta" --------------------------------------

def changes(ms: list[Mention], cues: Cues) -> list[dict]:
    """A change against the old and new values it names in its sentence: a percentage against
    (new − old) / old, percentage points or an amount against new − old."""
    found = []
    for c in ms:
        if c.bound or c.in_title or c.f.get("qualifier") != "change" or contains(c.after[:2], cues.multiplier):
            continue
        same = [m for m in ms if m.sentence_start == c.sentence_start and m is not c and not m.bound]
        old = next((m for m in same if ends_with(m.before[-3:], cues.old_value)), None)
        new = next((m for m in same if ends_with(m.before[-2:], cues.new_value) and m is not old), None)
        if old is None or new is None or not old.same_kind(new) or old.value == 0:
            continue
        if (old.f.get("unit") or new.f.get("unit")) and old.f.get("unit") != new.f.get("unit"):
            continue
        falling = contains(c.before, cues.fall)
        if falling != (new.value < old.value):
            continue  # "naik" while the values fell: the values are not the ones it relates
        verdict = _change(c, old, new, -1 if falling else 1)
        if verdict is not None:
            stated, expected = verdict
            found.append(check("change", [c, old, new], stated, expected, c))
    return found


def _change(c: Mention, old: Mention, new: Mention, sign: int) -> tuple[Decimal, Decimal] | None:
    """(stated, expected) when the change disagrees with its values, else None. Every value may
    be anywhere within its rounding; (new − old) / old grows with new and falls with old, so the
    extremes are at the corners."""
    stated = c.value.copy_abs()
    signed = stated * sign
    lo_new, hi_new = new.value - new.delta, new.value + new.delta
    lo_old, hi_old = old.value - old.delta, old.value + old.delta
    lo_points, hi_points = lo_new - hi_old, hi_new - lo_old
    points = new.value - old.value
    if c.f["kind"] == "percent":
        if lo_old <= 0:
            return None
        low, high = lo_points / hi_old * HUNDRED, hi_points / lo_old * HUNDRED
        if old.f["kind"] == "percent" and lo_points - c.delta <= signed <= hi_points + c.delta:
            return None  # "naik 2 persen dari 10 persen menjadi 12 persen": points are meant too
        if low - c.delta <= signed <= high + c.delta:
            return None
        relative = abs(points) / old.value * HUNDRED
        if not (relative / 3 <= stated <= relative * 3):
            return None  # too far off to be about these values
        return stated, relative.quantize(Decimal("0.1"))
    points_unit = c.f["kind"] == "other" and (c.f.get("unit") or "") in ("persen poin", "percentage point")
    if points_unit and old.f["kind"] != "percent" or not points_unit and not c.same_kind(old):
        return None
    if lo_points - c.delta <= signed <= hi_points + c.delta:
        return None
    expected = abs(points)
    if not (expected / 3 <= stated <= expected * 3):
        return None
    return stated, expected
