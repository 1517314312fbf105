"""Near-duplicates: MinHash signatures of the cleaned body and an LSH index over a moving window.

Pure: text in, signatures and decisions out; no database. `pantau/store/stories.py` keeps the
signatures so `pantau analyze` can rebuild the window on its next run.

What counts as a near-duplicate: a syndicated copy, a re-post with another dateline or extra
"Baca juga" lines, a copy with paragraphs cut, a lightly reworded or updated version. Before
shingling, the text is cleaned: furniture lines (furniture.txt) and the dateline are dropped,
case, punctuation and whitespace normalised. Two articles are near-duplicates when the MinHash
estimate of the Jaccard similarity of their word 3-gram sets reaches JACCARD, or when the smaller
set is CONTAINMENT contained in the larger (a cut or an extended copy).
"""

import re
import unicodedata
import zlib
from collections import deque
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
from datasketch import MinHash, MinHashLSH

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


@dataclass(frozen=True)
class DedupSettings:
    """Near-duplicate thresholds. Each default carries its reason."""

    num_perm: int = 128  # signature length: Jaccard estimates within about ±0.04
    shingle_words: int = 3  # word 3-grams: one reworded word breaks 3 shingles, not 5
    lsh_threshold: float = 0.3  # candidates from LSH; low so cut copies (J ≈ kept share) are found
    jaccard: float = 0.5  # estimated Jaccard at or above this: duplicate
    containment: float = 0.8  # or this share of the smaller text's shingles is in the larger one
    min_ratio: float = 0.25  # containment only counts if the smaller text is this share of the larger
    min_shingles: int = 20  # texts shorter than this are only compared by Jaccard
    window_days: float = 14.0  # compare with articles published at most this long before
    max_items: int = 50_000  # hard cap on the window (~12 KB an article: 600 MB), so memory stays flat without dates


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


def _token_hashes(tokens: list[str]) -> np.ndarray:
    return np.fromiter((zlib.crc32(t.encode("utf-8")) for t in tokens), dtype=np.uint64, count=len(tokens))


def shingle_hashes(cleaned: str, k: int = 3) -> np.ndarray:
    """Stable 32-bit hashes of the distinct word k-grams of a cleaned text."""
    tokens = cleaned.split()
    if not tokens:
        return np.zeros(0, dtype=np.uint32)
    h = _token_hashes(tokens)
    if len(h) < k:
        k = len(h)
    mixed = np.zeros(len(h) - k + 1, dtype=np.uint64)
    for i in range(k):  # polynomial combination of the k token hashes, mod 2**32
        mixed = (mixed * np.uint64(1_000_003) + h[i : len(h) - k + 1 + i]) & np.uint64(0xFFFFFFFF)
    return np.unique(mixed.astype(np.uint32))


@dataclass
class Signature:
    values: np.ndarray  # uint32[num_perm]
    n_shingles: int

    def to_bytes(self) -> bytes:
        return self.values.astype("<u4").tobytes()

    @classmethod
    def from_bytes(cls, blob: bytes, n_shingles: int) -> "Signature":
        return cls(np.frombuffer(blob, dtype="<u4").astype(np.uint32), n_shingles)


def _identity(x):
    return x


@lru_cache(maxsize=4)
def _template(num_perm: int) -> MinHash:
    return MinHash(num_perm=num_perm, seed=SEED, scheme=SCHEME, hashfunc=_identity)


def _minhash(values: np.ndarray, num_perm: int) -> MinHash:
    t = _template(num_perm)
    return MinHash(num_perm=num_perm, seed=SEED, scheme=SCHEME, hashfunc=_identity,
                   hashvalues=values, permutations=t.permutations)


def signature(text: str, settings: DedupSettings = DedupSettings()) -> Signature:
    """MinHash signature of the cleaned text's word shingles."""
    hashes = shingle_hashes(clean_text(text), settings.shingle_words)
    m = MinHash(num_perm=settings.num_perm, seed=SEED, scheme=SCHEME, hashfunc=_identity,
                permutations=_template(settings.num_perm).permutations)
    if len(hashes):
        m.update_batch(hashes.tolist())
    return Signature(m.hashvalues.astype(np.uint32), int(len(hashes)))


def similarity(a: Signature, b: Signature) -> tuple[float, float]:
    """(estimated Jaccard, estimated containment of the smaller set in the larger)."""
    if a.n_shingles == 0 or b.n_shingles == 0:
        return 0.0, 0.0
    j = float(np.count_nonzero(a.values == b.values)) / len(a.values)
    inter = j * (a.n_shingles + b.n_shingles) / (1 + j)
    return j, min(1.0, inter / min(a.n_shingles, b.n_shingles))


def is_duplicate(a: Signature, b: Signature, settings: DedupSettings = DedupSettings()) -> bool:
    j, c = similarity(a, b)
    if j >= settings.jaccard:
        return True
    small, large = sorted((a.n_shingles, b.n_shingles))
    return (c >= settings.containment and small >= settings.min_shingles
            and small >= settings.min_ratio * large)


@dataclass
class Match:
    key: object  # the earliest article of the matched duplicate group
    jaccard: float
    containment: float


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
        self.lsh = MinHashLSH(threshold=s.lsh_threshold, num_perm=s.num_perm)
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
        best = None
        for key in self.lsh.query(_minhash(sig.values, self.settings.num_perm)):
            entry = self.entries[key]
            if exclude is not None and exclude in (key, entry.root):
                continue
            if not is_duplicate(sig, entry.signature, self.settings):
                continue
            root = entry.root if entry.root in self.entries else key
            rank = self.entries[root].order
            if best is None or rank < best[0]:
                j, c = similarity(sig, entry.signature)
                best = (rank, Match(root, j, c))
        return best[1] if best else None

    def add(self, key, sig: Signature, when: float | None = None, root=None):
        """Index `key`; `root` is the original it duplicates (None if it is one)."""
        if key in self.entries:
            self.remove(key)
        self.order += 1
        self.entries[key] = _Entry(sig, key if root is None else root, self.order, when)
        if sig.n_shingles:
            self.lsh.insert(key, _minhash(sig.values, self.settings.num_perm), check_duplication=False)
        self.queue.append(key)
        self._trim()

    def remove(self, key):
        entry = self.entries.pop(key, None)
        if entry is not None and entry.signature.n_shingles:
            self.lsh.remove(key)

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
