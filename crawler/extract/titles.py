"""The headline as the page displays it, without the outlet's name around it.

`<title>` and og:title carry the site name as a suffix or a prefix ("… - Kompas.com Regional",
"… | Republika Online", "KapanLagi.com: …", "… : Okezone News", "… - Halaman all"); the `<h1>`
usually shows the headline alone. So the displayed headline is the h1 (or a title-classed
heading) that agrees with the page's metadata titles; when no heading agrees, the metadata title
with the site-name segments cut off. A segment is a site name when it names the site: og:site_name,
the JSON-LD publisher, the outlet's name in the sources file, the page's domain, a domain-like word
("merdeka.com"), or an affix already cut from another page of the same site. The headline's own
":", "?", "!" and " - " stay: only whole segments that name the site are cut.
"""

import re
from collections import defaultdict
from urllib.parse import urlsplit

# " - ", " | ", " – ", " — ", " · ", " » ", " : ", and "|" without spaces.
SEPARATOR_RE = re.compile(r"\s+[-–—·•»:|]\s+|\s*\|\s*|\s*::\s*")
PREFIX_COLON_RE = re.compile(r"^([^:]{2,40}):\s+(.+)$")  # "KapanLagi.com: …"
PAGE_SEGMENT_RE = re.compile(r"^(halaman|hal\.?|page)\s*(\d+|all|semua)$", re.I)
# Kompas' "show all pages" title: "Judul Halaman all - Kompas.com", with no separator before it.
PAGE_SUFFIX_RE = re.compile(r"\s+(halaman|page)\s+(all|semua|\d+)$", re.I)
DOMAIN_WORD_RE = re.compile(r"\b[\w-]+\.(com|co\.id|co|id|net|tv|news|org|or\.id)\b", re.I)
SUFFIXES = {"com", "co", "id", "net", "org", "or", "go", "ac", "tv", "news", "web", "my", "info", "www"}
GENERIC = {"berita", "news", "online", "terkini", "hari", "ini", "indonesia", "terbaru", "portal", "situs", "com"}
MAX_SITE_WORDS = 6
# Affixes cut from a site's pages (host → affixes), so a page whose headline element is missing
# loses the same affix even when nothing on it names the site. Per process; bounded.
LEARNED: dict[str, set[str]] = defaultdict(set)
MAX_LEARNED_HOSTS = 2000


def key(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.lower())


def domain_label(url: str | None) -> str | None:
    """"money.kompas.com" → "kompas", "www.republika.co.id" → "republika"."""
    host = urlsplit(url).hostname if url and "//" in url else None
    if not host:
        return None
    labels = [lab for lab in host.lower().split(".") if lab and lab not in SUFFIXES]
    return labels[-1] if labels else None


def site_keys(names) -> set[str]:
    """Normalised names of the site: "KOMPAS.com" → {"kompascom", "kompas"}."""
    keys = set()
    for name in names:
        if not name:
            continue
        words = [w for w in re.split(r"[\s.]+", name.lower()) if w]
        full = key(name)
        if len(full) >= 3:
            keys.add(full)
        core = key("".join(w for w in words if w not in SUFFIXES and w not in GENERIC))
        if len(core) >= 3:
            keys.add(core)
    return keys


def is_site_segment(segment: str, keys: set[str], learned=(), strict=False) -> bool:
    """Whether a segment of <title> names the site. `strict` (a "Name: …" prefix, which is also
    how quotes open headlines) wants the segment to start with the site's name."""
    seg = segment.strip()
    if not seg:
        return True
    if PAGE_SEGMENT_RE.match(seg) or seg in learned:
        return True
    words = seg.split()
    if len(words) > MAX_SITE_WORDS:
        return False
    k = key(seg)
    if not k:
        return False
    for site in keys:
        if k.startswith(site) or (site.startswith(k) and len(k) >= 4):
            return True
        # "Nasional Tempo.co", "Berita Harian Kompas": the site's name with section or generic words
        if not strict and site in k and len(words) <= 4 and all(key(w) in GENERIC or site in key(w) or w[:1].isupper() for w in words):
            return True
    return bool(DOMAIN_WORD_RE.search(seg)) and len(words) <= 4


def strip_site(title: str, keys: set[str], learned=()) -> tuple[str, list[str]]:
    """(the title without site-name segments at either end, the segments cut)."""
    title = " ".join(title.split())
    cut: list[str] = []
    for _ in range(4):
        parts = SEPARATOR_RE.split(title)
        seps = SEPARATOR_RE.findall(title)
        if len(parts) > 1 and is_site_segment(parts[-1], keys, learned):
            cut.append(seps[-1] + parts[-1])
            title = title[: len(title) - len(seps[-1]) - len(parts[-1])].strip()
            continue
        if len(parts) > 1 and is_site_segment(parts[0], keys, learned):
            cut.append(parts[0] + seps[0])
            title = title[len(parts[0]) + len(seps[0]):].strip()
            continue
        m = PAGE_SUFFIX_RE.search(title)
        if m:
            cut.append(m.group(0))
            title = title[: m.start()].strip()
            continue
        m = PREFIX_COLON_RE.match(title)
        if m and is_site_segment(m.group(1), keys, learned, strict=True):
            cut.append(m.group(1) + ": ")
            title = m.group(2).strip()
            continue
        break
    return title, cut


def words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def similar(a: str, b: str) -> float:
    wa, wb = words(a), words(b)
    return len(wa & wb) / len(wa | wb) if wa and wb else 0.0


def displayed_title(headings: list[str], metas: list[str], site_names: list[str], url: str | None,
                    h1s=()) -> str | None:
    """The headline: a heading that agrees with a metadata title, else the page's only long h1
    (an SEO title in <title> that differs from it), else the first metadata title without its
    site name, else the first heading."""
    host = urlsplit(url).hostname if url and "//" in url else None
    keys = site_keys([*site_names, domain_label(url)])
    learned = LEARNED.get(host, set()) if host else set()
    stripped = []
    for raw in metas:
        if raw and raw.strip():
            clean, cut = strip_site(raw, keys, learned)
            if clean:
                stripped.append((clean, raw, cut))
    headings = [" ".join(h.split()) for h in headings if h and h.strip()]
    raws = [raw for _, raw, _ in stripped]
    for clean, _, _ in stripped:
        for h in headings:
            if h.casefold() == clean.casefold():
                _learn(host, raws, h)
                return h
    for clean, _, _ in stripped:
        for h in headings:
            if len(h.split()) >= 3 and similar(h, clean) >= 0.6:
                _learn(host, raws, h)
                return h
    long_h1s = [" ".join(h.split()) for h in h1s if len(h.split()) >= 4]
    if len(long_h1s) == 1 and not is_site_segment(long_h1s[0], keys):
        return long_h1s[0]
    if stripped:
        return stripped[0][0]
    long_headings = [h for h in headings if len(h.split()) >= 3]
    return long_headings[0] if long_headings else (headings[0] if headings else None)


EDGE_SEPARATOR_RE = re.compile(r"^(\s+[-–—·•»:|]\s+|\s*\|\s*|:\s+)|(\s+[-–—·•»:|]\s+|\s*\|\s*|:\s+)$")


def _learn(host, raws, headline):
    """Remember the segments around the headline in <title>/og:title (a prefix or a suffix
    separated from it), so the site's pages without a matching heading lose them too."""
    if not host or (host not in LEARNED and len(LEARNED) >= MAX_LEARNED_HOSTS):
        return
    h = headline.casefold()
    for raw in raws:
        raw = " ".join(raw.split())
        low = raw.casefold()
        if low.startswith(h) and len(raw) > len(h):
            rest = raw[len(h):]
        elif low.endswith(h) and len(raw) > len(h):
            rest = raw[: len(raw) - len(h)]
        else:
            continue
        if not EDGE_SEPARATOR_RE.search(rest):
            continue
        for part in SEPARATOR_RE.split(rest.strip(" -–—·•»:|")):
            part = part.strip()
            if part and len(part.split()) <= MAX_SITE_WORDS and len(LEARNED[host]) < 20:
                LEARNED[host].add(part)
