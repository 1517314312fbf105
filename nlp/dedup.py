"""Near-duplicates in two stages: MinHash LSH over word pairs proposes candidates among recent
articles, and an exact comparison of the two texts' words decides.

Pure: text in, signatures and decisions out; no database. `pantau/store/stories.py` keeps each
signature (the MinHash values and the hashed words) so `pantau analyze` can rebuild its window.

What counts as a near-duplicate: a syndicated copy, a re-post with another dateline and editor
line or extra "Baca juga" lines, a copy with its end cut, an early version half as long, an
updated version with paragraphs added, a copy with a word in eight replaced. Before comparing,
the text is cleaned: furniture lines (furniture.txt) and the dateline are dropped, case,
punctuation and whitespace normalised.

Why word pairs and covered words rather than word 3- or 5-gram Jaccard: a replaced word breaks
every k-gram that covers it, so with 12 % of words replaced only 0.88^5 = 53 % of 5-grams and
68 % of 3-grams survive (Jaccard 0.36 and 0.52), but 77 % of word pairs (Jaccard 0.63). LSH on
pairs with bands of two rows finds pairs with Jaccard 0.3 99.8 % of the time. The decision then
asks which words of each text lie in a word pair the other text also has, and counts a run of at
most `gap` uncovered words between covered ones as covered: a replaced word leaves such a short
hole, while text the other article does not have (another story's lead, an added paragraph, a
shared press-release footer's surroundings) leaves long runs. Two texts are near-duplicates when
both are mostly covered (a reworded copy), or when the shorter one is almost wholly covered and
is not tiny beside the longer (a cut copy, an early version, an update).
"""

import re
import unicodedata
import zlib
from collections import deque
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

import numpy as np
from datasketch import MinHash

FURNITURE_FILE = Path(__file__).with_name("furniture.txt")
SCHEME = "affine32"  # datasketch's 32-bit permutations: signatures are uint32, 4 bytes a value
SEED = 1

# "Jakarta –", "JAKARTA, KOMPAS.com -", "Liputan6.com, Jakarta -", "Jakarta (ANTARA) -",
# "KONTAN.CO.ID - JAKARTA.", "Jakarta, CNN Indonesia --": up to five capitalised words, an
# optional (AGENCY), then a dash.
_WORD = r"[A-Z][\w.]*"
DATELINE_RE = re.compile(
    rf"^\s*{_WORD}(?:\s*,?\s+{_WORD}){{0,4}}\s*(?:\([^)\n]{{1,30}}\))?\s*(?:-\s?-?|\u2013|\u2014)\s+"
    rf"(?:[A-Z]{{3,}}\.\s+)?"
)
TOKEN_RE = re.compile(r"[^\W_]+")
SHINGLE_WORDS = 2  # word pairs: with 12 % of words replaced 77 % of them survive (3-grams: 68 %)


@dataclass(frozen=True)
class DedupSettings:
    """Near-duplicate thresholds. Each default carries its reason (measured in bench/dedup.py)."""

    num_perm: int = 128  # signature length
    lsh_bands: int = 64  # 64 bands of 2 rows: a pair with Jaccard 0.3 is a candidate with p 0.998,
    lsh_rows: int = 2  # an unrelated one (Jaccard 0.01) with p 0.006
    min_jaccard: float = 0.15  # LSH candidates whose MinHash estimate is below this are not compared
    # (a copy's word pairs have Jaccard >= 0.3: 20 % of words replaced and the end cut, or half left)
    gap: int = 4  # uncovered runs of at most this many words between covered ones are replaced words
    cover_both: float = 0.8  # both texts covered this much: a copy (12 % replaced: >= 0.89, 20 %: >= 0.8)
    cover: float = 0.9  # or the shorter text covered this much (a cut copy, an early version) ...
    min_ratio: float = 0.25  # ... when it is at least this share of the longer one
    min_words: int = 20  # texts shorter than this are only duplicates when their word pairs are the same
    window_days: float = 14.0  # compare with articles published at most this long before
    max_items: int = 50_000  # hard cap on the window (~14 KB an article), so memory stays flat without dates


@lru_cache(maxsize=1)
def furniture_re() -> re.Pattern:
    """One pattern matching any line listed in furniture.txt."""
    lines = FURNITURE_FILE.read_text(encoding="utf-8").splitlines()
    patterns = [p.strip() for p in lines if p.strip() and not p.startswith("#")]
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


def body_lines(text: str) -> list[str]:
    """Stripped non-empty lines of `text` that are not furniture."""
    furniture = furniture_re()
    lines = (line.strip() for line in unicodedata.normalize("NFKC", text or "").splitlines())
    return [line for line in lines if line and not furniture.match(line)]


def clean_text(text: str) -> str:
    """The body as a reader would compare it: no furniture lines, no dateline, lower case,
    punctuation and whitespace collapsed to single spaces."""
    kept = body_lines(text)
    for i in range(min(2, len(kept))):  # the dateline opens the lead; the first line may be a title
        kept[i] = DATELINE_RE.sub("", kept[i], count=1)
    return " ".join(TOKEN_RE.findall(" ".join(kept).lower()))


def word_hashes(cleaned: str) -> np.ndarray:
    """The words of a cleaned text, in order, as stable 16-bit hashes (2 bytes a word to keep;
    two different word pairs collide with probability 2**-32)."""
    tokens = cleaned.split()
    h = np.fromiter((zlib.crc32(t.encode("utf-8")) for t in tokens), dtype=np.uint32, count=len(tokens))
    return ((h ^ (h >> 16)) & 0xFFFF).astype(np.uint16)


def shingle_hashes(words: np.ndarray, k: int = 2) -> np.ndarray:
    """The k-grams of `words` (from word_hashes) in text order, as 32-bit hashes (a word pair
    exactly: first word in the high half)."""
    n = len(words) - k + 1
    if len(words) == 0:
        return np.zeros(0, dtype=np.uint32)
    if n < 1:
        k, n = len(words), 1
    w = words.astype(np.uint32)
    mixed = w[:n].copy()
    for i in range(1, k):  # polynomial combination, wrapping mod 2**32: for k = 2, (w0 << 16) | w1
        mixed *= np.uint32(65536)
        mixed += w[i : i + n]
    return mixed


@dataclass
class Signature:
    values: np.ndarray  # uint32[num_perm]: MinHash of the distinct word pairs, for LSH
    n_shingles: int  # distinct word pairs
    words: np.ndarray  # uint16: the cleaned text's words, hashed, in order, for the exact check

    def to_bytes(self) -> bytes:
        return self.values.astype("<u4").tobytes()

    def words_bytes(self) -> bytes:
        return self.words.astype("<u2").tobytes()

    @classmethod
    def from_bytes(cls, blob: bytes, n_shingles: int, words: bytes) -> "Signature":
        return cls(np.frombuffer(blob, dtype="<u4").astype(np.uint32), n_shingles,
                   np.frombuffer(words, dtype="<u2").astype(np.uint16))

    @property
    def pairs(self) -> np.ndarray:
        """Word pairs in text order (computed again for each comparison: cheaper than keeping them)."""
        return shingle_hashes(self.words, SHINGLE_WORDS)

    @cached_property
    def pair_set(self) -> np.ndarray:
        """The distinct word pairs, sorted (kept: 4 bytes a pair). Sort and drop repeats: for a few
        hundred values that is several times faster than np.unique."""
        pairs = np.sort(self.pairs)
        return pairs[np.concatenate(([True], pairs[1:] != pairs[:-1]))] if len(pairs) else pairs


def _identity(x):
    return x


@lru_cache(maxsize=4)
def _permutations(num_perm: int) -> np.ndarray:
    """datasketch's affine permutations (a, b) for this seed: uint32[2, num_perm]."""
    return MinHash(num_perm=num_perm, seed=SEED, scheme=SCHEME, hashfunc=_identity).permutations


def minhash_values(pairs: np.ndarray, num_perm: int) -> np.ndarray:
    """The MinHash of distinct 32-bit values, as datasketch's MinHash(scheme="affine32",
    hashfunc=identity).update_batch computes it (tests/test_dedup.py checks), without its Python
    loop over the values: the MurmurHash3 finaliser, then a * h + b mod 2**32, minimum per
    permutation."""
    values = np.full(num_perm, 0xFFFFFFFF, dtype=np.uint32)
    if len(pairs) == 0:
        return values
    h = pairs.astype(np.uint32)
    h ^= h >> np.uint32(16)
    h *= np.uint32(0x85EBCA6B)
    h ^= h >> np.uint32(13)
    h *= np.uint32(0xC2B2AE35)
    h ^= h >> np.uint32(16)
    a, b = _permutations(num_perm)
    return np.minimum(values, (h[:, None] * a + b).min(axis=0))


def signature(text: str, settings: DedupSettings = DedupSettings()) -> Signature:
    """The cleaned text's hashed words and the MinHash signature of their word pairs."""
    sig = Signature(np.zeros(0, dtype=np.uint32), 0, word_hashes(clean_text(text)))
    sig.values, sig.n_shingles = minhash_values(sig.pair_set, settings.num_perm), len(sig.pair_set)
    return sig


def covered(words: np.ndarray, shared: np.ndarray, k: int, gap: int) -> int:
    """How many of `words` lie in a k-gram the other text has (`shared`: one flag per k-gram),
    counting runs of at most `gap` uncovered words (between covered ones, or at either end) as
    covered."""
    cov = np.zeros(len(words), dtype=bool)
    for i in range(min(k, len(words))):
        cov[i : i + len(shared)] |= shared
    idx = np.flatnonzero(cov)
    if len(idx) == 0:
        return 0
    holes = np.diff(idx) - 1
    n = len(idx) + int(holes[holes <= gap].sum())
    head, tail = int(idx[0]), len(words) - 1 - int(idx[-1])
    return n + (head if head <= gap else 0) + (tail if tail <= gap else 0)


@dataclass
class Overlap:
    jaccard: float  # of the two sets of word pairs
    shorter: float  # share of the shorter text's words covered by the longer one
    longer: float  # share of the longer text's words covered by the shorter one


def _member(x: np.ndarray, sorted_set: np.ndarray) -> np.ndarray:
    """For each value of x, whether it is in sorted_set (non-empty, sorted, distinct)."""
    i = np.searchsorted(sorted_set, x)
    np.minimum(i, len(sorted_set) - 1, out=i)
    return sorted_set[i] == x


def overlap(a: Signature, b: Signature, settings: DedupSettings = DedupSettings()) -> Overlap:
    """The exact comparison of two signed texts."""
    if len(a.words) > len(b.words):
        a, b = b, a
    if len(a.pair_set) == 0 or len(b.pair_set) == 0:
        return Overlap(0.0, 0.0, 0.0)
    inter = int(np.count_nonzero(_member(a.pair_set, b.pair_set)))
    if inter == 0:
        return Overlap(0.0, 0.0, 0.0)
    jaccard = inter / (len(a.pair_set) + len(b.pair_set) - inter)
    k, gap = SHINGLE_WORDS, settings.gap
    return Overlap(jaccard, covered(a.words, _member(a.pairs, b.pair_set), k, gap) / len(a.words),
                   covered(b.words, _member(b.pairs, a.pair_set), k, gap) / len(b.words))


def decide(a: Signature, b: Signature, settings: DedupSettings = DedupSettings()) -> Overlap | None:
    """The overlap of two texts if they are near-duplicates, else None."""
    short, long = sorted((len(a.words), len(b.words)))
    if short == 0:
        return None
    o = overlap(a, b, settings)
    if short < settings.min_words:
        return o if o.jaccard == 1.0 else None
    if o.shorter >= settings.cover_both and o.longer >= settings.cover_both:
        return o
    if o.shorter >= settings.cover and short >= settings.min_ratio * long:
        return o
    return None


def is_duplicate(a: Signature, b: Signature, settings: DedupSettings = DedupSettings()) -> bool:
    return decide(a, b, settings) is not None


class BandIndex:
    """LSH over MinHash signatures: `bands` bands of `rows` values each, and two signatures that
    agree on every value of one band are candidates (what datasketch's MinHashLSH does). One dict
    per band from the band's bytes to the key that has them, or a list of the keys when several
    do: almost every band value is one article's own. MinHashLSH's byte swapping and
    storage layer took a seventh of `pantau dedup`'s time (py-spy, bench/RESULTS.md)."""

    def __init__(self, bands: int, rows: int):
        self.width = 4 * rows  # bytes of one band (uint32 values)
        self.tables: list[dict] = [{} for _ in range(bands)]

    def _bands(self, values: np.ndarray) -> list[bytes]:
        blob, w = values.tobytes(), self.width
        return [blob[i : i + w] for i in range(0, len(self.tables) * w, w)]

    def insert(self, key, values: np.ndarray):
        for table, band in zip(self.tables, self._bands(values)):
            keys = table.get(band)
            if keys is None:
                table[band] = key
            elif type(keys) is list:
                keys.append(key)
            else:
                table[band] = [keys, key]

    def remove(self, key, values: np.ndarray):
        for table, band in zip(self.tables, self._bands(values)):
            keys = table.get(band)
            if type(keys) is list:
                if key in keys:
                    keys.remove(key)
                    if len(keys) == 1:
                        table[band] = keys[0]
            elif keys is not None and keys == key:
                del table[band]

    def query(self, values: np.ndarray) -> set:
        found: set = set()
        for table, band in zip(self.tables, self._bands(values)):
            keys = table.get(band)
            if type(keys) is list:
                found.update(keys)
            elif keys is not None:
                found.add(keys)
        return found


@dataclass
class Match:
    key: object  # the earliest article of the matched duplicate group
    jaccard: float  # exact Jaccard similarity of the word pairs, to the matched article
    shorter: float  # share of the shorter text's words the other covers


@dataclass
class _Entry:
    signature: Signature
    root: object
    order: int
    when: float | None


@dataclass
class DuplicateIndex:
    """Signatures of recent articles in a MinHash LSH index; finds an article's near-duplicates.

    Keys enter in the order articles are seen; `duplicate_of` is the first-seen article of the
    matched group, so copies of copies all point at one original. Entries older than the window
    (by `when`, seconds) or beyond `max_items` are evicted, so memory stays flat.
    """

    settings: DedupSettings = field(default_factory=DedupSettings)

    def __post_init__(self):
        s = self.settings
        assert s.lsh_bands * s.lsh_rows <= s.num_perm
        self.lsh = BandIndex(s.lsh_bands, s.lsh_rows)
        self.entries: dict[object, _Entry] = {}
        self.queue: deque = deque()
        self.order = 0

    def __len__(self):
        return len(self.entries)

    def __contains__(self, key):
        return key in self.entries

    def find(self, sig: Signature, exclude=None) -> Match | None:
        """The earliest-seen group among this signature's near-duplicates in the window, or None.
        Matches in the group of `exclude` (an article seen again after a change) do not count."""
        if sig.n_shingles == 0 or not self.entries:
            return None
        keys = [k for k in self.lsh.query(sig.values)
                if exclude is None or exclude not in (k, self.entries[k].root)]
        if not keys:
            return None
        # MinHash estimates of all candidates at once; only the likely ones are compared exactly.
        values = np.stack([self.entries[k].signature.values for k in keys])
        likely = np.count_nonzero(values == sig.values, axis=1) >= self.settings.min_jaccard * len(sig.values)
        best = None
        for key in (k for k, ok in zip(keys, likely) if ok):
            entry = self.entries[key]
            root = entry.root if entry.root in self.entries else key
            rank = self.entries[root].order
            if best is not None and rank >= best[0]:
                continue  # an earlier group already matched: no need to compare
            o = decide(sig, entry.signature, self.settings)
            if o is not None:
                best = (rank, Match(root, o.jaccard, o.shorter))
        return best[1] if best else None

    def add(self, key, sig: Signature, when: float | None = None, root=None):
        """Index `key`; `root` is the original it duplicates (None if it is one)."""
        if key in self.entries:
            self.remove(key)
        self.order += 1
        self.entries[key] = _Entry(sig, key if root is None else root, self.order, when)
        if sig.n_shingles:
            self.lsh.insert(key, sig.values)
        self.queue.append(key)
        self._trim()

    def remove(self, key):
        entry = self.entries.pop(key, None)
        if entry is not None and entry.signature.n_shingles:
            self.lsh.remove(key, entry.signature.values)

    def evict(self, now: float | None):
        """Forget articles published more than the window before `now` (seconds)."""
        if now is None:
            return
        horizon = now - self.settings.window_days * 86400
        while self.queue:
            entry = self.entries.get(self.queue[0])
            if entry is not None and (entry.when is None or entry.when >= horizon):
                break
            key = self.queue.popleft()
            if entry is not None:
                self.remove(key)

    def _trim(self):
        while len(self.entries) > self.settings.max_items and self.queue:
            self.remove(self.queue.popleft())
        if len(self.queue) > 2 * max(len(self.entries), 1024):  # drop keys removed out of order
            self.queue = deque(k for k in self.queue if k in self.entries)
