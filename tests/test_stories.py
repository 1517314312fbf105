"""Stories and figure conflicts (issue 6): terms, incremental clustering, the analyze stage, the
sample site's labelled stories."""

import itertools
import json
import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from pantau.analyze import analyze_db
from pantau.nlp.stories import ArticleIn, Clusterer, StorySettings, TermStats, article_terms, vectorize
from pantau.store import open_db
from pantau.store.analysis import save_analysis
from pantau.store.articles import save_article
from pantau.store.stories import figure_conflicts, stories_with_conflicts, story_articles, story_of
from tests.site.articles import load_articles

T0 = datetime(2026, 11, 3, 10, 0, tzinfo=timezone(timedelta(hours=7)))
PESERTA = [
    ("BPJamsostek Catat 45,2 Juta Peserta Aktif, Target 58 Juta Masih Jauh",
     "BPJS Ketenagakerjaan mencatat jumlah peserta aktif mencapai 45,2 juta peserta hingga 31 Oktober 2026. "
     "Capaian itu masih terpaut jauh dari target 58 juta peserta aktif. Direktur Utama Anggoro Wicaksono "
     "mengatakan pertumbuhan terbesar datang dari segmen Bukan Penerima Upah yang berjumlah 9,8 juta peserta."),
    ("Peserta Aktif BPJS Ketenagakerjaan Capai 45,7 Juta, Target 58 Juta Kian Berat",
     "Jumlah peserta aktif BPJS Ketenagakerjaan tercatat 45,7 juta orang hingga 31 Oktober 2026, masih jauh dari "
     "target 58 juta peserta aktif. Menurut Anggoro Wicaksono, peserta Bukan Penerima Upah aktif tercatat 9,8 juta "
     "orang dan menjadi penopang pertumbuhan kepesertaan tahun ini."),
]
CABAI = ("Harga Cabai Rawit Melonjak Jelang Akhir Tahun",
         "Harga cabai rawit di Pasar Induk Kramat Jati naik tajam menjelang akhir tahun. Pedagang menyebut pasokan "
         "dari sentra produksi di Jawa Barat berkurang karena hujan deras, sehingga harga eceran mencapai Rp90.000 "
         "per kilogram.")


def test_terms_keep_amounts_dates_entities_and_figures():
    a = ArticleIn(1, "Klaim Rp41 triliun, naik 8,4 persen hingga 31 Oktober 2026.", "Klaim JHT",
                  entities=["BPJS Ketenagakerjaan"],
                  figures=[{"metric": "klaim_jht", "as_of": "2026-10-31", "value": "41000000000000"}])
    terms = article_terms(a)
    for t in ("#rp41 triliun", "#8,4 persen", "@31 oktober", "e:bpjs ketenagakerjaan",
              "n:41000000000000", "klaim", "klaim jht"):
        assert t in terms, t
    assert "2026" not in terms and "hingga" not in terms  # bare years and stop words are not terms


def test_vectors_are_unit_length_and_favour_rare_terms():
    stats = TermStats(1 << 12)
    docs = [article_terms(ArticleIn(i, f"peserta aktif bertambah {w}")) for i, w in enumerate(["nelayan", "petani", "pedagang"])]
    for d in docs:
        stats.observe(stats.buckets_of(d))
    v = vectorize(docs[0], stats, keep=10)
    assert abs(sum(w * w for w in v.values()) - 1) < 1e-9
    assert v["nelayan"] > v["peserta"]


def articles(*pairs, start=T0, step=timedelta(hours=3)):
    return [ArticleIn(i, text, title, start + i * step) for i, (title, text) in enumerate(pairs)]


def test_same_event_joins_one_story_and_other_news_stays_apart():
    out = [p.decision for p in Clusterer().process(articles(*PESERTA, CABAI))]
    assert [d.story for d in out] == [0, 0, 2]
    assert [d.new_story for d in out] == [True, False, True]
    assert all(d.duplicate_of is None for d in out)


def test_a_near_duplicate_joins_its_originals_story():
    copy = (PESERTA[0][0], "Liputan6.com, Jakarta - " + PESERTA[0][1] + "\n\nBaca juga: Harga Cabai Naik")
    out = [p.decision for p in Clusterer().process(articles(PESERTA[0], CABAI, copy))]
    assert (out[2].duplicate_of, out[2].story) == (0, 0)


def test_a_story_closes_after_its_window():
    c = Clusterer(stories=StorySettings(window_days=7))
    first = c.process(articles(PESERTA[0]))[0].decision
    late = c.process([ArticleIn(9, PESERTA[1][1], PESERTA[1][0], T0 + timedelta(days=10))])[0].decision
    assert first.story == 0 and late.story == 9 and late.new_story


def test_open_stories_are_capped():
    c = Clusterer(stories=StorySettings(max_stories=5))
    words = CABAI[1].split() + PESERTA[0][1].split()
    c.process([ArticleIn(i, " ".join(words[3 * i : 3 * i + 3]), None) for i in range(20)])
    assert 4 <= len(c.stories) <= 5 and 19 in c.stories.stories  # the stalest closed first


EQUAL_VOTES = """
from pantau.nlp.stories import Story, StoryIndex, StorySettings
index = StoryIndex(StorySettings(candidates=3))
for i in range(12):  # twelve stories under the same two terms: equal votes for all of them
    story = Story(f"story-{i}", "", None, None)
    story.centroid = {"iuran": 1.0, "naik": 1.0, **{f"kata{i}-{k}": 1.0 for k in range(i)}}
    index.open(story)
print(index.best({"iuran": 1.0, "naik": 1.0})[0])
"""


def test_the_same_articles_make_the_same_stories_in_every_run():
    """Python salts string hashes per process: which of many equally voted stories become the
    candidates must not follow the order of a set of ids, or a rerun files articles elsewhere."""
    runs = {subprocess.run([sys.executable, "-c", EQUAL_VOTES], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout for seed in range(4)}
    assert runs == {"story-0\n"}  # the oldest of the tied stories, the closest of all


# The analyze stage ----------------------------------------------------------------------------
def save(db, n, title, text, published, outlet="warta"):
    save_article(db, {"url": f"https://{outlet}.example/{n}", "outlet": outlet, "title": title, "text": text,
                      "published": published.isoformat()})
    return db.execute("select id from articles where url = ?", [f"https://{outlet}.example/{n}"]).fetchone()[0]


def test_analyze_clusters_incrementally(tmp_path):
    path = tmp_path / "p.db"
    db = open_db(path)
    a = save(db, 1, *PESERTA[0], T0)
    c = save(db, 2, *CABAI, T0 + timedelta(hours=1), outlet="ekonomi")
    db.close()
    counts = {}
    analyze_db(path, progress=False, stories=counts)
    assert (counts["clustered"], counts["new_stories"]) == (2, 2)
    db = open_db(path)
    b = save(db, 3, *PESERTA[1], T0 + timedelta(hours=5), outlet="kabar")
    d = save(db, 4, PESERTA[0][0], "JAKARTA, KOMPAS.com - " + PESERTA[0][1], T0 + timedelta(hours=6), outlet="ekonomi")
    db.close()
    analyze_db(path, progress=False, stories=counts)  # second run: only the new articles, against the stored window
    assert (counts["clustered"], counts["duplicates"], counts["new_stories"]) == (2, 1, 0)
    db = open_db(path)
    assert story_of(db, b) == story_of(db, d) == story_of(db, a) == a and story_of(db, c) == c
    row = db.execute("select title, n_articles, outlets from stories where id = ?", [a]).fetchone()
    assert row == (PESERTA[0][0], 3, json.dumps(["warta", "kabar", "ekonomi"]))
    assert [x["duplicate_of"] for x in story_articles(db, a)] == [None, None, a]
    assert db.execute("select jaccard from duplicates where article_id = ?", [d]).fetchone()[0] > 0.8
    # An updated article is clustered again: it keeps its story and does not match its old self.
    save_article(db, {"url": "https://warta.example/1", "outlet": "warta", "title": PESERTA[0][0],
                      "text": PESERTA[0][1] + " Pembaruan: angka per 2 November.", "published": T0.isoformat()})
    db.close()
    analyze_db(path, progress=False, stories=counts)
    assert counts["clustered"] == 1
    db = open_db(path)
    assert story_of(db, a) == a
    assert db.execute("select count(*) from duplicates where article_id = ?", [a]).fetchone()[0] == 0


def figure(metric, as_of, value, **kw):
    return {"metric": metric, "as_of": as_of, "value": value, "text": kw.pop("text", value), "kind": "count",
            "unit": "participants", "sentence": kw.pop("sentence", ""), **kw}


def test_figure_conflicts_name_both_sources(tmp_path):
    path = tmp_path / "p.db"
    db = open_db(path)
    a = save(db, 1, *PESERTA[0], T0)
    b = save(db, 2, *PESERTA[1], T0 + timedelta(hours=4), outlet="ekonomi")
    save_analysis(db, a, {"figures": [
        figure("active_participants", "2026-10-31", "45200000", text="45,2 juta", qualifier="realisasi"),
        figure("active_participants", "2026", "58000000", qualifier="target"),
        figure("bpu_participants", "2026-10-31", "9800000"),
        figure("new_participants_needed", "2026-10-31", "12800000", approx=True),
    ]})
    save_analysis(db, b, {"figures": [
        figure("active_participants", "2026-10-31", "45700000.0", text="45,7 juta", qualifier="realisasi"),
        figure("active_participants", "2026", "58000000", qualifier="target"),
        figure("bpu_participants", "2026-10-31", "9800000.00"),  # same value written differently
        figure("new_participants_needed", "2026-10-31", "12000000", approx=True),  # approximate: no conflict
    ]})
    db.close()
    analyze_db(path, progress=False)
    db = open_db(path)
    assert story_of(db, a) == story_of(db, b) == a
    conflicts = figure_conflicts(db, a)
    assert len(conflicts) == 1
    c = conflicts[0]
    assert (c["metric"], c["as_of"], c["qualifier"]) == ("active_participants", "2026-10-31", "realisasi")
    assert [(v["value"], [s["outlet"] for s in v["sources"]]) for v in c["values"]] == [
        ("45200000", ["warta"]), ("45700000.0", ["ekonomi"])]
    assert c["values"][0]["sources"][0]["text"] == "45,2 juta"
    assert stories_with_conflicts(db) == [a]


def test_an_article_with_two_values_for_one_metric_is_not_a_side(tmp_path):
    """A total and a segment both labelled "peserta" in one article are that article's muddle,
    not a conflict with an outlet that printed only the total."""
    path = tmp_path / "p.db"
    db = open_db(path)
    a = save(db, 1, *PESERTA[0], T0)
    b = save(db, 2, *PESERTA[1], T0 + timedelta(hours=4), outlet="kabar")
    save_analysis(db, a, {"figures": [figure("peserta", "2026-10-31", "45200000"), figure("peserta", "2026-10-31", "9800000")]})
    save_analysis(db, b, {"figures": [figure("peserta", "2026-10-31", "45200000")]})
    db.close()
    analyze_db(path, progress=False)
    db = open_db(path)
    assert story_of(db, a) == story_of(db, b) and figure_conflicts(db, a) == []


# The sample site ------------------------------------------------------------------------------
DATELINE = {"warta": "{city} \u2013 ", "kabar": "{city}, KabarPekerja.id - ", "ekonomi": "{city}, EkonomiNusa.com - "}


@pytest.fixture(scope="module")
def site_db(tmp_path_factory):
    """Every sample-site article stored as the crawler would see it (dateline in the lead,
    "Baca juga" lines left in), then `pantau analyze`."""
    path = tmp_path_factory.mktemp("site") / "site.db"
    db = open_db(path)
    site = sorted(load_articles(), key=lambda a: (a.published, a.id))
    ids = {}
    for a in site:
        paras = list(a.paragraphs)
        paras[0] = DATELINE[a.outlet].format(city=a.city.upper() if a.outlet == "ekonomi" else a.city) + paras[0]
        url = f"https://{a.outlet}.example/{a.slug}"
        save_article(db, {"url": url, "outlet": a.outlet, "title": a.title, "published": a.published.isoformat(),
                          "text": "\n\n".join(paras)})
        ids[a.id] = db.execute("select id from articles where url = ?", [url]).fetchone()[0]
    db.close()
    analyze_db(path, progress=False)
    db = open_db(path)
    yield db, site, ids
    db.close()


def test_sample_site_syndicated_copies_collapse_into_one_story(site_db):
    db, site, ids = site_db
    copies = [a for a in site if a.syndicated]
    assert copies, "the sample site has a syndicated pair"
    for copy in copies:
        source = next(a for a in site if a.id == copy.syndicated)
        dup = db.execute("select duplicate_of from duplicates where article_id = ?", [ids[copy.id]]).fetchone()
        assert dup == (ids[source.id],)
        sid = story_of(db, ids[copy.id])
        assert sid == story_of(db, ids[source.id])
        outlets = json.loads(db.execute("select outlets from stories where id = ?", [sid]).fetchone()[0])
        assert {copy.outlet, source.outlet} <= set(outlets)


def test_sample_site_stories_match_their_labels(site_db):
    """Articles with the same `story:` key cluster together; different stories stay apart.
    Purity: share of each predicted story from its majority label; completeness: share of each
    label in its biggest predicted story (unlabelled articles are their own label)."""
    db, site, ids = site_db
    gold = {a.id: a.story or a.syndicated or a.id for a in site}
    for a in site:  # a syndicated copy belongs wherever its source does
        if a.syndicated:
            gold[a.id] = gold[a.syndicated]
    pred = {a.id: story_of(db, ids[a.id]) for a in site}
    by_pred, by_gold = {}, {}
    for aid in gold:
        by_pred.setdefault(pred[aid], []).append(gold[aid])
        by_gold.setdefault(gold[aid], []).append(pred[aid])
    n = len(gold)
    purity = sum(max(map(members.count, members)) for members in by_pred.values()) / n
    completeness = sum(max(map(members.count, members)) for members in by_gold.values()) / n
    pairs = [(x, y) for x, y in itertools.combinations(gold, 2)]
    together = [(x, y) for x, y in pairs if gold[x] == gold[y]]
    merged_wrongly = [(x, y) for x, y in pairs if gold[x] != gold[y] and pred[x] == pred[y]]
    split = [(x, y) for x, y in together if pred[x] != pred[y]]
    print(f"sample site: {n} articles, {len(by_gold)} labelled stories, {len(by_pred)} predicted; "
          f"purity {purity:.3f}, completeness {completeness:.3f}; same-story pairs {len(together)}, "
          f"split {len(split)}, wrongly merged pairs {len(merged_wrongly)}")
    assert not merged_wrongly, merged_wrongly
    assert not split, split


def test_sample_site_raises_no_false_figure_conflicts(site_db):
    """With the figures the pipeline finds, the only story that may show a conflict is the one
    that has one (kepesertaan-oktober); the gold-label test below checks it is found."""
    db, site, ids = site_db
    assert set(stories_with_conflicts(db)) <= {story_of(db, ids["warta-02-peserta-aktif-45-juta"])}


GOLD = Path(__file__).resolve().parents[1] / "bench" / "dev" / "articles"


@pytest.fixture(scope="module")
def site_gold_db(tmp_path_factory):
    """The sample site with the gold figures and entities of bench/dev/articles stored as if the
    figures and entities components had found them: stories use them, conflicts come from them."""
    path = tmp_path_factory.mktemp("gold") / "site.db"
    db = open_db(path)
    site = sorted(load_articles(), key=lambda a: (a.published, a.id))
    ids = {}
    for a in site:
        paras = list(a.paragraphs)
        paras[0] = DATELINE[a.outlet].format(city=a.city) + paras[0]
        url = f"https://{a.outlet}.example/{a.slug}"
        save_article(db, {"url": url, "outlet": a.outlet, "title": a.title, "published": a.published.isoformat(),
                          "text": "\n\n".join(paras)})
        ids[a.id] = db.execute("select id from articles where url = ?", [url]).fetchone()[0]
        gold = GOLD / f"{a.id}.json"
        result = json.loads(gold.read_text(encoding="utf-8")) if gold.exists() else {}
        save_analysis(db, ids[a.id], {"figures": result.get("figures", []), "entities": result.get("entities", [])})
    db.close()
    counts = {}
    assert analyze_db(path, progress=False, stories=counts)["analysed"] == 0  # only the story stage runs
    assert counts["clustered"] == len(site)
    db = open_db(path)
    yield db, site, ids
    db.close()


def test_sample_site_stories_hold_with_gold_entities_and_figures(site_gold_db):
    db, site, ids = site_gold_db
    gold = {a.id: a.story or a.syndicated or a.id for a in site}
    pred = {a.id: story_of(db, ids[a.id]) for a in site}
    wrong = [(x, y) for x, y in itertools.combinations(gold, 2) if (gold[x] == gold[y]) != (pred[x] == pred[y])]
    assert not wrong


def test_sample_site_flags_the_participant_count_conflict(site_gold_db):
    """kepesertaan-oktober: WartaKerja and KabarPekerja print 45,2 juta active participants at
    31 October, EkonomiNusa 45,7 juta. That is the only conflict on the site."""
    db, site, ids = site_gold_db
    by_id = {a.id: a for a in site}
    story = story_of(db, ids["warta-02-peserta-aktif-45-juta"])
    conflicts = figure_conflicts(db, story)
    assert len(conflicts) == 1
    c = conflicts[0]
    assert (c["as_of"], c["qualifier"]) == ("2026-10-31", "actual")
    sides = {v["value"]: sorted(by_id[next(k for k, i in ids.items() if i == s["article_id"])].outlet for s in v["sources"])
             for v in c["values"]}
    assert sides == {"45200000": ["kabar", "warta"], "45700000": ["ekonomi"]}
    assert stories_with_conflicts(db) == [story]
