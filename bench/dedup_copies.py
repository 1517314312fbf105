"""Copies of IndoSum articles the way outlets publish them, for bench/dedup.py.

Each kind mimics what issue 16 lists: a copy shortened at the end, one with "Baca juga" lines
inserted, one whose dateline and editor line changed, an early version half as long published
before the full one, one with a share of its words replaced by other words, and all of these at
once, and
an update with new paragraphs at the end and its first number changed. Hard negatives: different articles on the same topic, and many different articles that end
with the same press-release footer.

Word replacement draws the new word from the corpus's running text (so stop words replace stop
words about as often as the corpus has them): the hardest kind of rewording for word shingles, as
each replaced word breaks every k-gram that covers it.
"""

import random
import re

from pantau.nlp.dedup import DATELINE_RE

KINDS = ("dateline", "baca", "cut", "early", "reword", "all", "update")
DATELINES = ["JAKARTA, KOMPAS.com - ", "Liputan6.com, Jakarta - ", "Jakarta (ANTARA) - ", "TEMPO.CO, Jakarta - ",
             "Jakarta, CNN Indonesia -- ", "Bisnis.com, JAKARTA \u2014 ", "KONTAN.CO.ID - JAKARTA. ",
             "Suara.com - ", "Bandung (ANTARA) - ", "SURABAYA, KOMPAS.com - "]
EDITORS = ["Editor: Galih Pratama", "Editor: Dewi Lestari", "Penulis: Ahmad Fauzi", "Redaktur: Rina Marlina",
           "Pewarta: Yoga Saputra", "(ant/ded)", "(rk/wk)", "Editor : Bambang Priyo"]
# Press-release footers in our own words (the way issuers end every release they send).
FOOTERS = [
    "Tentang Perusahaan\n\nPT Sentosa Digital Nusantara adalah perusahaan teknologi finansial yang berdiri "
    "sejak 2015 dan berkantor pusat di Jakarta. Perusahaan melayani lebih dari 12 juta pengguna di 34 provinsi "
    "melalui layanan pembayaran, tabungan dan pinjaman produktif bagi usaha mikro, kecil dan menengah. "
    "Perusahaan terdaftar dan diawasi oleh Otoritas Jasa Keuangan serta Bank Indonesia. Untuk informasi lebih "
    "lanjut, kunjungi situs resmi perusahaan atau hubungi tim komunikasi korporat melalui surel yang tersedia.",
    "Sekilas tentang Yayasan Cahaya Pekerja\n\nYayasan Cahaya Pekerja merupakan lembaga nirlaba yang "
    "mendampingi pekerja informal agar terlindungi jaminan sosial. Sejak didirikan, yayasan telah "
    "mendampingi ratusan ribu pekerja bukan penerima upah di berbagai daerah, bekerja sama dengan pemerintah "
    "daerah, serikat pekerja dan dunia usaha.",
]


def sentences(paragraph: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?\"])\s+(?=[A-Z\"])", paragraph) if s]


def replace_words(paragraphs, rng, rate, pool):
    """Each word replaced, with probability `rate`, by a word drawn from `pool` (running text)."""
    out = []
    for p in paragraphs:
        words = p.split(" ")
        for i, w in enumerate(words):
            if re.search(r"\w", w) and rng.random() < rate:
                words[i] = rng.choice(pool)
        out.append(" ".join(words))
    return out


def first_half(paragraphs, rng, share=(0.4, 0.6)):
    """An early version: the opening sentences, about `share` of the words."""
    flat = [(i, s) for i, p in enumerate(paragraphs) for s in sentences(p)]
    total = sum(len(s.split()) for _, s in flat)
    goal = total * rng.uniform(*share)
    kept, n = [], 0
    for i, s in flat:
        if n >= goal and kept:
            break
        kept.append((i, s))
        n += len(s.split())
    out: dict[int, list[str]] = {}
    for i, s in kept:
        out.setdefault(i, []).append(s)
    return [" ".join(v) for v in out.values()]


def new_dateline(paragraphs, rng):
    p = list(paragraphs)
    p[0] = rng.choice(DATELINES) + DATELINE_RE.sub("", p[0], count=1)
    if re.fullmatch(r"\(.{1,20}\)|(Editor|Penulis|Redaktur|Pewarta)\s*:.*", p[-1].strip()):
        p[-1] = rng.choice(EDITORS)
    else:
        p.append(rng.choice(EDITORS))
    return p


def add_baca_juga(paragraphs, rng, titles):
    p = list(paragraphs)
    for title in rng.sample(titles, rng.randint(1, 3)):
        p.insert(rng.randrange(1, len(p) + 1), rng.choice(["Baca juga: ", "BACA JUGA : ", "Baca Juga: "]) + title)
    return p


def shorten(paragraphs, rng, share=(0.55, 0.8)):
    keep = max(1, round(len(paragraphs) * rng.uniform(*share)))
    return paragraphs[:keep]


def update(paragraphs, rng, extra):
    """A later version: the first number moved on, new paragraphs at the end (the words of
    `extra` shuffled, so they share no word pairs with any article)."""
    p = list(paragraphs)
    p[0] = re.sub(r"\d+", lambda m: str(int(m.group()) + 1), p[0], count=1)
    for e in extra:
        words = e.split()
        rng.shuffle(words)
        p.append("Pembaruan: " + " ".join(words))
    return p


def perturb(kind, paragraphs, rng, titles, pool, rate, extra=()):
    if kind == "dateline":
        return new_dateline(paragraphs, rng)
    if kind == "baca":
        return add_baca_juga(paragraphs, rng, titles)
    if kind == "cut":
        return shorten(paragraphs, rng)
    if kind == "early":
        return first_half(paragraphs, rng)
    if kind == "reword":
        return replace_words(paragraphs, rng, rate, pool)
    if kind == "all":
        p = shorten(paragraphs, rng, (0.7, 0.9))
        p = replace_words(p, rng, rate, pool)
        return add_baca_juga(new_dateline(p, rng), rng, titles)
    if kind == "update":
        return update(paragraphs, rng, extra)
    raise ValueError(kind)


def word_pool(docs, rng, size=200_000):
    words = [w for d in docs for p in d["paragraphs"] for w in p.split(" ") if re.search(r"\w", w)]
    return rng.sample(words, min(size, len(words)))


def with_footer(paragraphs, footer):
    return [*paragraphs, *footer.split("\n\n")]


def build(docs, negatives, n_originals, seed, rate, n_footer=100):
    """A stream of {"id", "text"} and its truth.

    Returns (stream, pairs, negative pairs): pairs are (copy id, original id, kind) that must be
    linked; negative pairs must not be. `docs` are the IndoSum articles, `negatives` index pairs of
    same-topic articles. Copies come later in the stream than their original, except an early
    version, which comes before it.
    """
    rng = random.Random(seed)
    pool = word_pool(docs, rng)
    titles = [d["paragraphs"][0][:70].rsplit(" ", 1)[0] for d in rng.sample(docs, 200)]
    ids = list(range(len(docs)))
    rng.shuffle(ids)
    chosen, footered = ids[:n_originals], ids[n_originals : n_originals + n_footer]
    footer = FOOTERS[seed % len(FOOTERS)]
    order = list(range(len(docs)))
    rng.shuffle(order)
    text = {i: "\n\n".join(with_footer(docs[i]["paragraphs"], footer) if i in set(footered) else docs[i]["paragraphs"])
            for i in order}
    stream = [{"id": docs[i]["id"], "text": text[i]} for i in order]
    position = {docs[i]["id"]: k for k, i in enumerate(order)}
    pairs, inserts = [], []
    for i in chosen:
        d = docs[i]
        for kind in KINDS:
            copy_id = f"{d['id']}~{kind}"
            extra = docs[rng.randrange(len(docs))]["paragraphs"][1:3]
            body = "\n\n".join(perturb(kind, d["paragraphs"], rng, titles, pool, rate, extra))
            at = position[d["id"]]
            at = rng.randint(max(0, at - 300), at) if kind == "early" else rng.randint(at + 1, min(len(stream), at + 300))
            inserts.append((at, rng.random(), {"id": copy_id, "text": body}))
            pairs.append((copy_id, d["id"], kind))
    for at, _, item in sorted(inserts, key=lambda t: (t[0], t[1]), reverse=True):
        stream.insert(at, item)
    negative_pairs = [(docs[i]["id"], docs[j]["id"], "same topic") for i, j in negatives]
    fids = [docs[i]["id"] for i in footered]
    negative_pairs += [(a, b, "shared footer") for k, a in enumerate(fids) for b in fids[k + 1 :]]
    return stream, pairs, negative_pairs
