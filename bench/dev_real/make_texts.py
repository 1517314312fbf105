"""Write the IndoSum part of the real development set as plain-text articles.

    python bench/dev_real/make_texts.py      # needs ../shared/data/summ; rewrites articles/*.txt

IndoSum stores each article as paragraphs -> sentences -> word tokens and has no title. This
script joins the tokens back into running text (detokenize), puts the title restored by hand
from the article's URL (selection.json) on the first line, a blank line, then the paragraphs
separated by blank lines: the shape `pantau annotate FILE` reads. `fixes` in selection.json are
the few hand corrections where the rules below get the spacing wrong. The written files are the
set; this script only shows how they were made (IndoSum is CC BY-SA 4.0, see README.md).
"""

import json
import re
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent


def shared_data() -> Path:
    """../shared/data beside the repository; a git worktree in <dir>/wt/NAME finds <dir>/shared/data."""
    for base in (ROOT.parent, ROOT.parent.parent):
        if (base / "shared" / "data").is_dir():
            return base / "shared" / "data"
    return ROOT.parent / "shared" / "data"


SUMM = shared_data() / "summ"
FILES = ("indosum_dev.01.jsonl", "indosum_extra.jsonl")
WIB = timezone(timedelta(hours=7))

NO_SPACE_BEFORE = {",", ".", "!", "?", ";", ":", "%", ")", "]", "”", "’"}
NO_SPACE_AFTER = {"(", "[", "“", "‘"}
WORDY = re.compile(r"^\w[\w.]*$")


def detokenize_paragraph(tokens: list[str], first: bool = False) -> str:
    """Running text from one paragraph's tokens. ASCII quotes open and close in turn."""
    out: list[str] = []
    glue_next = False
    open_quote = open_single = False
    for i, tok in enumerate(tokens):
        glue = glue_next
        glue_next = False
        if tok == '"':
            if open_quote:
                glue = True
            else:
                glue_next = True
            open_quote = not open_quote
        elif tok == "'":  # 'scare quotes' open and close in turn too
            if open_single:
                glue = True
            else:
                glue_next = True
            open_single = not open_single
        elif tok in NO_SPACE_BEFORE:
            glue = True
        elif tok in NO_SPACE_AFTER:
            glue_next = True
        if tok == "-" and out and i + 1 < len(tokens):
            prev, nxt = out[-1], tokens[i + 1]
            dateline = first and i < 10
            if prev == "-":  # "CNN Indonesia - -" is the dash "--"
                glue = True
            elif not dateline and WORDY.match(prev.lstrip('"“‘(')) and WORDY.match(nxt) and nxt != "-":
                glue = glue_next = True  # "Hari - hari", "3 - 0", "ke - 17"
        if tok == "/" and out and i + 1 < len(tokens) and out[-1][-1:].isdigit() and tokens[i + 1][:1].isdigit():
            glue = glue_next = True  # "( 27 / 3 )" is the date "(27/3)"
        if glue and out:
            out[-1] += tok
        else:
            out.append(tok)
    text = " ".join(out)
    text = re.sub(r"(\d)/ (\d)", r"\1/\2", text)
    return text.strip()


def detokenize(article: dict) -> list[str]:
    paragraphs = []
    for n, paragraph in enumerate(article["paragraphs"]):
        tokens = [t for sentence in paragraph for t in sentence if t.strip()]
        text = detokenize_paragraph(tokens, first=(n == 0))
        if text:
            paragraphs.append(text)
    return paragraphs


def published(article_id: str) -> str:
    """IndoSum ids start with a Unix time (Shortir's), a day or so after publication at most."""
    return datetime.fromtimestamp(int(article_id.split("-")[0]), WIB).date().isoformat()


def load_indosum(ids: set[str]) -> dict:
    found = {}
    for name in FILES:
        with open(SUMM / name, encoding="utf-8") as f:
            for line in f:
                article = json.loads(line)
                if article["id"] in ids:
                    found[article["id"]] = article
    return found


def main():
    if not SUMM.exists():
        sys.exit(f"{SUMM} is absent: the stored articles/*.txt are the set")
    selection = json.loads((HERE / "selection.json").read_text(encoding="utf-8"))
    chosen = [s for s in selection["articles"] if s.get("indosum_id")]
    articles = load_indosum({s["indosum_id"] for s in chosen})
    out_dir = HERE / "articles"
    out_dir.mkdir(exist_ok=True)
    for s in chosen:
        body = "\n\n".join(detokenize(articles[s["indosum_id"]]))
        for old, new in s.get("fixes", []):
            if old not in body:
                sys.exit(f"{s['id']}: fix {old!r} not found")
            body = body.replace(old, new)
        (out_dir / f"{s['id']}.txt").write_text(f"{s['title']}\n\n{body}\n", encoding="utf-8")
    print(f"wrote {len(chosen)} articles to {out_dir}")


if __name__ == "__main__":
    main()
