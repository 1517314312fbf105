"""Stories: articles about the same event, grouped across outlets and days, one article at a time.

Pure: no database. An article becomes a weighted term vector (content words and word pairs from
title and body, amounts such as "45,2 juta", dates such as "31 oktober", and, when the entities and
figures components found them, canonical entities and exact figure values). Term weights are
TF-IDF with document frequencies counted as articles arrive, in a fixed-size hashed table so memory
does not grow with the vocabulary.

Each story keeps a centroid (the sum of its articles' vectors, trimmed to its strongest terms).
A new article is compared with the stories active in the last `window_days`, found through an
inverted index on the centroids' top terms; it joins the best one whose cosine, divided by
1 + days since the story's latest article / `decay_days`, reaches `threshold`,
or starts a new story. A near-duplicate joins the story of its original. Nothing already assigned
moves, so no run re-clusters the database. A story's id is the id of the article that started it.
"""

import math
import re
import zlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from decimal import Decimal, InvalidOperation
from functools import lru_cache
import heapq
from itertools import chain, islice
from operator import itemgetter, mul

import numpy as np
from spacy.lang.id.stop_words import STOP_WORDS

from .dedup import DedupSettings, DuplicateIndex, Signature, body_lines, clean_text, signature

BULAN = ("januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september",
         "oktober", "november", "desember")
SCALES = r"persen|%|ribu|juta|miliar|milyar|triliun"
AMOUNT_RE = re.compile(rf"(?<![\w.,])((?:rp\.?\s?|us\$\s?)?\d+(?:[.,]\d+)*)\s*({SCALES})?\b", re.IGNORECASE)
DATE_RE = re.compile(rf"\b(\d{{1,2}})\s+({'|'.join(BULAN)})\b", re.IGNORECASE)
WORD_RE = re.compile(r"\b[^\W\d_][^\W\d_-]*(?:-[^\W\d_]+)*\b")
# Words every article here uses: reporting verbs and news furniture the stop list lacks.
EXTRA_STOP = frozenset("""
kata ujar ucap tutur jelas terang tegas ungkap beber papar imbuh tambah sebut pungkas tandas lanjut
katanya ujarnya ucapnya tuturnya jelasnya terangnya tegasnya ungkapnya bebernya paparnya imbuhnya
tambahnya sebutnya pungkasnya tandasnya menurutnya mengatakan menjelaskan menegaskan mengungkapkan
menambahkan menyampaikan menuturkan senin selasa rabu kamis jumat sabtu minggu wib com
""".split())


@dataclass(frozen=True)
class StorySettings:
    """Story clustering knobs. Each default carries its reason."""

    # Tuned on the sample site's 56 articles (tests/site/articles, `story:` headers). Same-story
    # pairs score >= 0.21 on text alone and >= 0.24 with the entities and figures the pipeline
    # finds; different-story pairs <= 0.15 on text alone, <= 0.18 with them.
    threshold: float = 0.2  # decayed cosine to a story's centroid at or above this joins the story
    decay_days: float = 7.0  # cosine is divided by 1 + (days since the story's latest article) / this
    window_days: float = 7.0  # a story stays open this long after its latest article
    max_stories: int = 10_000  # hard cap on open stories (~400 MB), so memory stays flat without dates
    article_terms: int = 300  # strongest terms kept per article vector
    centroid_terms: int = 200  # strongest terms kept per story centroid (a story with its index entries: ~40 KB)
    index_terms: int = 60  # centroid terms in the inverted index (candidate retrieval)
    query_terms: int = 60  # article terms used to look up candidate stories
    candidates: int = 10  # candidate stories scored exactly
    word_pairs: bool = True  # adjacent content-word pairs ("peserta aktif", "anggoro wicaksono")
    amount_weight: float = 4.0  # an amount ("45,2 juta", "rp41 triliun") or a date ("31 oktober")
    title_weight: float = 2.0  # a title word counts as this many body words
    entity_weight: float = 2.0  # a canonical entity counts as this many words
    figure_weight: float = 3.0  # a figure's exact value (from the figures component), likewise
    df_buckets: int = 1 << 20  # hashed document-frequency table (4 MiB)


@dataclass
class ArticleIn:
    """What clustering needs from one article."""

    id: object
    text: str
    title: str | None = None
    published: datetime | None = None
    entities: list[str] = field(default_factory=list)  # canonical names
    figures: list[dict] = field(default_factory=list)  # each with "value" (exact decimal string), "approx"
    story: object = None  # set when a changed article was clustered before: it stays in that story


@dataclass
class Decision:
    id: object
    duplicate_of: object | None
    story: object
    score: float  # decayed cosine to the story it joined; 1.0 when it opened one or kept its story
    new_story: bool
    jaccard: float | None = None  # Jaccard similarity of the word pairs to the original, for duplicates


@lru_cache(maxsize=1)
def stop_words() -> frozenset:
    return frozenset(STOP_WORDS) | EXTRA_STOP


def _body(text: str) -> str:
    return "\n".join(body_lines(text))


def _words(text: str) -> list[str]:
    stop = stop_words()
    return [w for w in WORD_RE.findall(text.lower()) if w not in stop and len(w) > 2]


def article_terms(a: ArticleIn, settings: StorySettings = StorySettings()) -> Counter:
    """Raw term counts: words, adjacent word pairs, amounts, dates, entities, figures."""
    terms: Counter = Counter()
    for text, weight in ((_body(a.text), 1.0), (a.title or "", settings.title_weight)):
        words = _words(text)
        pairs = map(" ".join, zip(words, words[1:])) if settings.word_pairs else ()
        if weight == 1:  # Counter.update counts in C; the counts are the same whole numbers
            terms.update(words)
            terms.update(pairs)
        else:
            for term in chain(words, pairs):
                terms[term] += weight
        for number, scale in AMOUNT_RE.findall(text):
            number = re.sub(r"\s", "", number.lower()).replace("rp.", "rp")
            if scale or number.startswith(("rp", "us$")) or ("," in number):
                terms[f"#{number} {scale.lower()}".rstrip()] += weight * settings.amount_weight
        for day, month in DATE_RE.findall(text):
            terms[f"@{int(day)} {month.lower()}"] += weight * settings.amount_weight
    for name in a.entities:
        if name:
            terms["e:" + name.lower()] += settings.entity_weight
    for f in a.figures:
        # Outlets name one metric in many words, so the value, not the metric, is what matches.
        if f.get("value") is not None and not f.get("approx"):
            terms["n:" + _plain_number(f["value"])] += settings.figure_weight
    return terms


def _plain_number(value) -> str:
    try:
        return format(Decimal(str(value)).normalize(), "f")
    except InvalidOperation:
        return str(value)


class TermStats:
    """Document frequencies in a hashed table: fixed memory, stable across runs."""

    def __init__(self, buckets: int = 1 << 20, df: np.ndarray | None = None, n_docs: int = 0):
        self.buckets = buckets
        self.df = df if df is not None else np.zeros(buckets, dtype=np.int32)
        self.n_docs = n_docs

    def buckets_of(self, terms) -> np.ndarray:
        crc32 = zlib.crc32
        return np.array([crc32(t.encode("utf-8")) for t in terms], dtype=np.int64) % self.buckets

    def observe(self, buckets: np.ndarray):
        """Count one document whose terms fall in `buckets` (from buckets_of)."""
        self.df[np.unique(buckets)] += 1
        self.n_docs += 1

    def idf(self, buckets: np.ndarray) -> np.ndarray:
        return np.log((1 + self.n_docs) / (1 + self.df[buckets])) + 1.0

    def to_bytes(self) -> bytes:
        return zlib.compress(self.df.astype("<i4").tobytes(), 1)

    @classmethod
    def from_bytes(cls, blob: bytes, n_docs: int) -> "TermStats":
        df = np.frombuffer(zlib.decompress(blob), dtype="<i4").astype(np.int32)
        return cls(len(df), df, n_docs)


def vectorize(terms: Counter, stats: TermStats, keep: int, buckets: np.ndarray | None = None) -> dict[str, float]:
    """Sublinear TF-IDF, the `keep` strongest terms, L2-normalised."""
    if not terms:
        return {}
    names = list(terms)
    if buckets is None:
        buckets = stats.buckets_of(names)
    tf = np.fromiter(terms.values(), dtype=np.float64, count=len(names))
    w = np.where(tf >= 1, 1.0 + np.log(np.maximum(tf, 1.0)), tf) * stats.idf(buckets)
    top = np.argsort(-w, kind="stable")[:keep]
    norm = float(np.sqrt(np.sum(w[top] ** 2))) or 1.0
    return dict(zip(map(names.__getitem__, top.tolist()), (w[top] / norm).tolist()))


@dataclass
class Story:
    id: object
    title: str
    first: float | None  # published, seconds since the epoch
    last: float | None
    size: int = 0
    centroid: dict[str, float] = field(default_factory=dict)  # sum of member vectors, trimmed
    indexed: tuple = ()
    norm: float = 0.0  # of the centroid; kept up to date by StoryIndex
    ranked: bool = False  # the centroid's terms are in order, strongest first (it was just trimmed)
    opened: int = 0  # the order stories were opened in: ties are broken by it, not by hash order
    _arrays: tuple | None = field(default=None, repr=False, compare=False)

    def renorm(self):
        """Called after every change of the centroid."""
        w = self.centroid.values()
        self.norm = math.sqrt(sum(map(mul, w, w))) or 1.0
        self._arrays = None

    def arrays(self) -> tuple[np.ndarray, np.ndarray]:
        """The centroid as arrays: each term's hash (Python's, 64 bits: two of a few hundred terms
        collide with odds of 1 in 10**14) and its weight; made again only after a change."""
        if self._arrays is None:
            n = len(self.centroid)
            self._arrays = (np.fromiter(map(hash, self.centroid), dtype=np.int64, count=n),
                            np.fromiter(self.centroid.values(), dtype=np.float64, count=n))
        return self._arrays


def cosine(vec: dict[str, float], story: Story) -> float:
    c = story.centroid
    return sum(vec[t] * c[t] for t in vec.keys() & c.keys()) / story.norm


def cosines(vec: dict[str, float], stories: list[Story]) -> list[float]:
    """cosine(vec, story) for each story, in one pass over their centroids' arrays instead of a
    dict intersection per story (a tenth of `pantau dedup`'s time went to those)."""
    if not stories or not vec:
        return [0.0] * len(stories)
    terms = np.fromiter(map(hash, vec), dtype=np.int64, count=len(vec))
    order = np.argsort(terms)
    terms, weights = terms[order], np.fromiter(vec.values(), dtype=np.float64, count=len(vec))[order]
    parts = [st.arrays() for st in stories]
    ids = np.concatenate([p[0] for p in parts])
    cw = np.concatenate([p[1] for p in parts])
    owner = np.repeat(np.arange(len(stories)), [len(p[0]) for p in parts])
    at = np.minimum(np.searchsorted(terms, ids), len(terms) - 1)
    shared = terms[at] == ids
    dots = np.bincount(owner[shared], weights=cw[shared] * weights[at[shared]], minlength=len(stories))
    return (dots / np.array([st.norm for st in stories])).tolist()


class StoryIndex:
    """Open stories, their centroids and an inverted index from top terms to stories."""

    def __init__(self, settings: StorySettings = StorySettings()):
        self.settings = settings
        self.stories: dict[object, Story] = {}
        # term -> the one story indexed under it, or a set of them: most terms (word pairs above
        # all) belong to one story, and a set for each took time and 200 bytes.
        self.postings: dict[str, object] = {}
        self._evicted_at = float("-inf")
        # (latest article, n, story id) each time a story's latest article changes: eviction pops
        # the stale ones instead of scanning every open story (entries outdated by a later
        # article are skipped; they leave the heap within the window, so it stays bounded).
        self._by_last: list = []
        self._pushed = 0
        self._opened = 0

    def __len__(self):
        return len(self.stories)

    def best(self, vec: dict[str, float], when: float | None = None) -> tuple[object, float]:
        """The open story closest to `vec` and its time-decayed cosine, or (None, 0.0)."""
        s = self.settings
        votes: Counter = Counter()
        for term, w in islice(vec.items(), s.query_terms):  # vectorize orders terms strongest first
            ids = self.postings.get(term)
            if type(ids) is set:
                for sid in ids:
                    votes[sid] += w
            elif ids is not None:
                votes[ids] += w
        best_id, best_score = None, 0.0
        # Equal votes are common (stories indexed under the same terms); which of them become
        # candidates must not depend on the order a set of string ids iterates in, which changes
        # with PYTHONHASHSEED from one run to the next.
        stories = self.stories
        top = heapq.nlargest(s.candidates, votes.items(), key=lambda kv: (kv[1], -stories[kv[0]].opened))
        candidates = [stories[sid] for sid, _ in top]
        for story, score in zip(candidates, cosines(vec, candidates)):
            sid = story.id
            if when is not None and story.last is not None:
                score /= 1 + abs(when - story.last) / 86400 / s.decay_days
            if score > best_score:
                best_id, best_score = sid, score
        return best_id, best_score

    def open(self, story: Story):
        self._opened += 1
        story.opened = self._opened
        self.stories[story.id] = story
        self._push(story)
        story.renorm()
        self._reindex(story)
        if len(self.stories) > self.settings.max_stories:  # close the stalest tenth in one go
            stalest = sorted(self.stories.values(), key=lambda st: st.last if st.last is not None else float("-inf"))
            for st in stalest[: len(self.stories) - self.settings.max_stories * 9 // 10]:
                self.close(st.id)

    def join(self, story_id, vec: dict[str, float] | None, when: float | None):
        story = self.stories[story_id]
        story.size += 1
        if when is not None:
            story.first = when if story.first is None else min(story.first, when)
            if story.last is None or when > story.last:
                story.last = when
                self._push(story)
        if vec:
            c = story.centroid
            for t, w in vec.items():
                c[t] = c.get(t, 0.0) + w
            # Strongest first, ties in the order terms came (a stable sort: reverse keeps it).
            story.ranked = len(c) > self.settings.centroid_terms
            if story.ranked:
                story.centroid = dict(sorted(c.items(), key=itemgetter(1), reverse=True)[: self.settings.centroid_terms])
            story.renorm()
            self._reindex(story)

    def close(self, story_id):
        story = self.stories.pop(story_id, None)
        if story is None:
            return
        self._unindex(story_id, story.indexed)
        story.indexed = ()  # so that opening it again indexes it again

    def evict(self, now: float | None):
        """Close stories whose latest article is older than the window before `now`."""
        if now is None or now < self._evicted_at + 3600:
            return
        self._evicted_at = now
        horizon = now - self.settings.window_days * 86400
        heap = self._by_last
        while heap and heap[0][0] < horizon:
            last, _, sid = heapq.heappop(heap)
            story = self.stories.get(sid)
            if story is not None and story.last == last:
                self.close(sid)

    def _push(self, story: Story):
        if story.last is not None:
            self._pushed += 1
            heapq.heappush(self._by_last, (story.last, self._pushed, story.id))

    def _reindex(self, story: Story):
        n = self.settings.index_terms
        if story.ranked:
            top = tuple(islice(story.centroid, n))
        else:  # as sorted(..., reverse=True)[:n], ties in order
            top = tuple(t for t, _ in heapq.nlargest(n, story.centroid.items(), key=itemgetter(1)))
        was, now = set(story.indexed), set(top)
        self._unindex(story.id, was - now)
        postings, sid = self.postings, story.id
        for t in now - was:
            ids = postings.get(t)
            if ids is None:
                postings[t] = sid
            elif type(ids) is set:
                ids.add(sid)
            elif ids != sid:
                postings[t] = {ids, sid}
        story.indexed = top

    def _unindex(self, sid, terms):
        postings = self.postings
        for t in terms:
            ids = postings.get(t)
            if type(ids) is set:
                ids.discard(sid)
                if not ids:
                    del postings[t]
            elif ids is not None and ids == sid:
                del postings[t]


def timestamp(when: datetime | None) -> float | None:
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return when.timestamp()


def story_title(a: ArticleIn) -> str:
    if a.title and a.title.strip():
        return a.title.strip()
    first = clean_text(a.text.split("\n", 1)[0]) if a.text else ""
    return first[:120]


@dataclass
class Processed:
    """A decision plus what the store keeps to resume: the signature and the article's vector."""

    decision: Decision
    signature: Signature
    vector: dict[str, float]
    when: float | None
    story: "Story | None"  # the story object as it stood after this article (None if not open)


class Clusterer:
    """Near-duplicates and stories for articles arriving in order, with bounded memory.

    `process(block)` first counts the block's terms (so the first articles of a fresh database
    already get useful IDF), then decides each article in order.
    """

    def __init__(self, dedup: DedupSettings = DedupSettings(), stories: StorySettings = StorySettings(),
                 stats: TermStats | None = None):
        self.dedup_settings = dedup
        self.story_settings = stories
        self.duplicates = DuplicateIndex(dedup)
        self.stories = StoryIndex(stories)
        self.stats = stats or TermStats(stories.df_buckets)
        self.story_of: dict[object, object] = {}  # article in the duplicate window -> its story

    # Restoring state from the store ------------------------------------------------------------
    def restore_article(self, article_id, sig: Signature, when: float | None, root, story_id):
        self.duplicates.add(article_id, sig, when, root=root)
        self.story_of[article_id] = story_id

    def restore_story(self, story: Story):
        self.stories.open(story)

    # Deciding ----------------------------------------------------------------------------------
    def process(self, block: list[ArticleIn]) -> list[Processed]:
        counted = [article_terms(a, self.story_settings) for a in block]
        buckets = [self.stats.buckets_of(terms) for terms in counted]
        for b in buckets:
            self.stats.observe(b)
        return [self._decide(a, terms, b) for a, terms, b in zip(block, counted, buckets)]

    def _decide(self, a: ArticleIn, terms: Counter, buckets: np.ndarray) -> Processed:
        when = timestamp(a.published)
        self.duplicates.remove(a.id)  # a changed article must not match its old self
        self.duplicates.evict(when)
        self.stories.evict(when)
        sig = signature(a.text, self.dedup_settings)
        vec = vectorize(terms, self.stats, self.story_settings.article_terms, buckets)
        match = self.duplicates.find(sig, exclude=a.id if a.story is not None else None)
        story_id = self.story_of.get(match.key) if match else None
        original = match.key if match else None
        jaccard = round(match.jaccard, 3) if match else None
        if a.story is not None:
            story_id = a.story
            decision = Decision(a.id, original, story_id, 1.0, False, jaccard)
        elif match and story_id in self.stories.stories:
            self.stories.join(story_id, None, when)
            decision = Decision(a.id, original, story_id, round(cosine(vec, self.stories.stories[story_id]), 3),
                                False, jaccard)
        else:
            story_id, score = self.stories.best(vec, when)
            if story_id is not None and score >= self.story_settings.threshold:
                self.stories.join(story_id, vec, when)
                decision = Decision(a.id, original, story_id, round(score, 3), False, jaccard)
            else:
                story_id = a.id
                self.stories.open(Story(a.id, story_title(a), when, when))
                self.stories.join(a.id, vec, when)
                decision = Decision(a.id, original, a.id, 1.0, True, jaccard)
        self.duplicates.add(a.id, sig, when, root=match.key if match else None)
        self.story_of[a.id] = story_id
        self._forget_evicted()
        return Processed(decision, sig, vec, when, self.stories.stories.get(story_id))

    def _forget_evicted(self):
        if len(self.story_of) > 2 * max(len(self.duplicates), 1024):
            self.story_of = {k: v for k, v in self.story_of.items() if k in self.duplicates}
