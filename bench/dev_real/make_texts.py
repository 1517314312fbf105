"""The texts of the IndoSum part of the real development set, built at run time from
../shared/data/summ: the articles belong to their outlets, so the repository stores no copy.

    python bench/dev_real/make_texts.py write /tmp/dev_real    # the texts as files, to read or label (outside the repo)
    python bench/dev_real/make_texts.py offsets bench/dev_real/gold/ID.json ...   # quote `text` -> `start`/`end`

IndoSum stores each article as paragraphs -> sentences -> word tokens and has no title.
`article_texts()` joins the tokens back into running text (detokenize), applies the hand `fixes`
of selection.json (the few places where the rules below get the spacing wrong) and pairs the body
with the title restored by hand from the article's URL (selection.json). `pantau annotate FILE`
reads the same article from `text_file(title, body)`: title, a blank line, the paragraphs
separated by blank lines.

Gold quotes are `start`/`end` character offsets into that body, as for the shared pages;
`offsets` turns a gold file labelled with quote `text` into that form (README.md, "Adding
articles"). IndoSum is CC BY-SA 4.0, see README.md.
"""

import argparse
import hashlib
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


_ID = re.compile(r'"id": "([^"]*)"')


def load_indosum(wanted: set[str], files) -> dict:
    """IndoSum articles by id, for the ids in `wanted`, from the named files of ../shared/data/summ:
    each file read once, and only the wanted lines parsed (keys are sorted, so the first "id" of a
    line is the article's)."""
    found = {}
    for name in files:
        with open(SUMM / name, encoding="utf-8") as f:
            for line in f:
                match = _ID.search(line)
                if match and match.group(1) not in wanted:
                    continue
                article = json.loads(line)
                if article["id"] in wanted:
                    found[article["id"]] = article
    return found


def selection() -> list[dict]:
    return json.loads((HERE / "selection.json").read_text(encoding="utf-8"))["articles"]


def available() -> bool:
    return SUMM.is_dir()


def article_texts(ids=None) -> dict[str, tuple[str, str]]:
    """(title, body) of the IndoSum articles of selection.json (those in `ids` when given), by
    article id. Needs ../shared/data/summ (FileNotFoundError when absent, see `available`)."""
    chosen = [s for s in selection() if s.get("indosum_id") and (ids is None or s["id"] in ids)]
    if not chosen:
        return {}
    if not available():
        raise FileNotFoundError(f"{SUMM} is absent: the IndoSum articles of bench/dev_real are built from it")
    articles = load_indosum({s["indosum_id"] for s in chosen}, sorted({s["indosum_file"] for s in chosen}))
    texts = {}
    for s in chosen:
        body = "\n\n".join(detokenize(articles[s["indosum_id"]]))
        for old, new in s.get("fixes", []):
            if old not in body:
                raise ValueError(f"{s['id']}: fix {old!r} not found")
            body = body.replace(old, new)
        texts[s["id"]] = (s["title"].strip(), body.strip())
    return texts


def text_file(title: str, body: str) -> str:
    """The article as a file `pantau annotate` reads: the title on the first line, a blank line, the body."""
    return f"{title}\n\n{body}\n"


def text_sha256(title: str, body: str) -> str:
    """What a gold file's `text_sha256` holds: offsets only make sense on this exact text."""
    return hashlib.sha256(f"{title}\n\n{body}".encode()).hexdigest()


def quotes_to_offsets(gold: dict, title: str, body: str) -> dict:
    """`gold` with each quote's `text` replaced by `start`/`end` offsets into `body` (the slice
    equals the text exactly), and `text_sha256` of the text they point into. A text found more
    than once is taken at its first occurrence from the previous quote's start on (quotes are
    labelled in reading order), else its first occurrence. Quotes that already have offsets are
    kept. Figures keep their short surface `text` (a fact such as "Rp 64 juta")."""
    quotes, at = [], 0
    for q in gold["quotes"]:
        if "text" not in q:
            if body[q["start"]:q["end"]] == "":
                raise ValueError(f"{gold['id']}: quote offsets {q['start']}:{q['end']} are empty")
            quotes.append(q)
            at = q["start"]
            continue
        start = body.find(q["text"], at)
        if start < 0:
            start = body.find(q["text"])
        if start < 0:
            raise ValueError(f"{gold['id']}: quote not in the text: {q['text'][:80]!r}")
        end = start + len(q["text"])
        assert body[start:end] == q["text"]
        quotes.append({k: v for k, v in q.items() if k != "text"} | {"start": start, "end": end})
        at = start
    out = {k: v for k, v in gold.items() if k != "text_sha256"}
    out["text_sha256"] = text_sha256(title, body)
    out["quotes"] = quotes
    return out


def convert_gold_files(paths) -> None:
    """Rewrite gold files in place with quote offsets (same JSON layout as the other gold files)."""
    golds = {Path(p): json.loads(Path(p).read_text(encoding="utf-8")) for p in paths}
    texts = article_texts({g["id"] for g in golds.values()})
    for path, gold in golds.items():
        if gold["id"] not in texts:
            sys.exit(f"{path}: {gold['id']!r} is not an IndoSum article of selection.json")
        new = quotes_to_offsets(gold, *texts[gold["id"]])
        path.write_text(json.dumps(new, ensure_ascii=False, indent=1), encoding="utf-8")  # the layout of the other gold files
        moved = sum("text" in q for q in gold["quotes"])
        print(f"{path}: {moved} quote texts -> offsets, {len(new['quotes'])} quotes")


def write_texts(out_dir: Path) -> None:
    out_dir = Path(out_dir).resolve()
    if out_dir == ROOT or ROOT in out_dir.parents:
        sys.exit(f"{out_dir} is inside the repository: the article texts are never stored in it")
    out_dir.mkdir(parents=True, exist_ok=True)
    texts = article_texts()
    for article_id, (title, body) in texts.items():
        (out_dir / f"{article_id}.txt").write_text(text_file(title, body), encoding="utf-8")
    print(f"wrote {len(texts)} articles to {out_dir}")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("write", help="write the texts as files outside the repository").add_argument("out_dir", type=Path)
    commands.add_parser("offsets", help="turn gold quote `text` into `start`/`end`, in place").add_argument(
        "gold", nargs="+", type=Path)
    args = parser.parse_args(argv)
    if not available():
        sys.exit(f"{SUMM} is absent: the IndoSum texts of bench/dev_real are built from it at run time")
    if args.command == "write":
        write_texts(args.out_dir)
    else:
        convert_gold_files(args.gold)


if __name__ == "__main__":
    main()
