"""The sample site's articles: plain-text files with a small header (see articles/*.txt)."""

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

ARTICLES_DIR = Path(__file__).with_name("articles")
WIB = ZoneInfo("Asia/Jakarta")


@dataclass
class Article:
    id: str
    outlet: str
    title: str
    published: datetime
    paragraphs: list[str]
    section: str = "Nasional"
    topic: str = "on"
    author: str = ""
    editor: str = ""
    story: str = ""
    syndicated: str = ""
    city: str = "Jakarta"
    updated: datetime | None = None
    revision: "Article | None" = None  # the updated version, served once the site publishes it
    slug: str = field(init=False)

    def __post_init__(self):
        # "warta-03-klaim-jht-naik" -> "klaim-jht-naik"
        parts = self.id.split("-", 2)
        self.slug = parts[2] if len(parts) == 3 else self.id


def parse_article(path: Path) -> Article:
    head, _, body = path.read_text(encoding="utf-8").partition("\n---\n")
    meta = {}
    for line in head.splitlines():
        key, _, value = line.partition(":")
        meta[key.strip()] = value.strip()
    paragraphs = [p.strip() for p in body.split("\n\n") if p.strip()]
    parse = lambda s: datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=WIB)  # noqa: E731
    return Article(
        id=meta["id"], outlet=meta["outlet"], title=meta["title"], published=parse(meta["published"]),
        paragraphs=paragraphs, section=meta.get("section") or "Nasional", topic=meta.get("topic", "on"),
        author=meta.get("author", ""), editor=meta.get("editor", ""), story=meta.get("story", ""),
        syndicated=meta.get("syndicated", ""), city=meta.get("city") or "Jakarta",
        updated=parse(meta["updated"]) if meta.get("updated") else None,
    )


def load_articles(directory: Path = ARTICLES_DIR) -> list[Article]:
    """All articles, newest first; a `<id>.v2.txt` file becomes the article's later revision."""
    articles, revisions = {}, {}
    for path in sorted(directory.glob("*.txt")):
        article = parse_article(path)
        (revisions if path.name.endswith(".v2.txt") else articles)[article.id] = article
    for aid, rev in revisions.items():
        articles[aid].revision = rev
    return sorted(articles.values(), key=lambda a: (a.published, a.id), reverse=True)
