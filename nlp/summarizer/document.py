"""An article as the summariser sees it: its sentences, where they sit, which may be chosen.

Built from the text and its sentence spans (from doc.sents in the pipeline, from
`sentence_spans` in training), so training and the component see the same thing.

Never chosen: the title and the unpunctuated lines before the first body line (section name,
headline), boilerplate lines ("Baca juga", "Editor:"), sentences without a letter, a dateline
alone. A sentence that opens with a dateline is given out without it: its `out_start` skips
"Jakarta (ANTARA) - ", so the summary reads as text and is still a verbatim substring.
"""

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..sentences import dateline_end

HERE = Path(__file__).parent
BOILERPLATE_RE = re.compile(
    "|".join(
        line.strip()
        for line in (HERE / "boilerplate.txt").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ),
    re.IGNORECASE,
)
TERMINAL_RE = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*$|[\"\u201d]$")
MIN_WORDS = 4


@dataclass
class Sentence:
    start: int  # in the text
    end: int
    out_start: int  # where the summary copy starts (after a dateline)
    text: str  # text[out_start:end]
    line: int  # index of its line (paragraph) among the body lines
    in_line: int  # index within its line
    body_index: int = -1  # index among the body sentences; -1 for title and header lines
    selectable: bool = True
    reason: str = ""  # why not selectable


@dataclass
class Document:
    text: str
    title: str
    sentences: list[Sentence] = field(default_factory=list)

    @property
    def body(self) -> list[Sentence]:
        return [s for s in self.sentences if s.body_index >= 0]


def _line_index(text: str, spans) -> list[int]:
    """Line number of each span; blank lines do not count."""
    lines, last_end, line = [], None, -1
    for start, _ in spans:
        if last_end is None or "\n" in text[last_end:start]:
            line += 1
        lines.append(line)
        last_end = start
    return lines


def build(text: str, spans, title_end: int = 0) -> Document:
    """The Document of `text` with sentence `spans`; the title is text[:title_end] when known,
    else the leading unpunctuated lines are header and the longest of them is the title."""
    spans = [_strip(text, s, e) for s, e in spans if text[s:e].strip()]
    lines = _line_index(text, spans)
    sentences = []
    for k, ((start, end), line) in enumerate(zip(spans, lines)):
        in_line = 0 if k == 0 or lines[k - 1] != line else sentences[-1].in_line + 1
        out_start = start + dateline_end(text[start:end]) if in_line == 0 else start
        sentences.append(Sentence(start, end, out_start, text[out_start:end], line, in_line))
    title = _mark_header(text, sentences, title_end)
    body_line0 = next((s.line for s in sentences if s.body_index == -2), None)
    n = 0
    for s in sentences:
        if s.body_index == -1:
            s.selectable, s.reason = False, "title"
            continue
        s.body_index, n = n, n + 1
        s.line -= body_line0
        s.selectable, s.reason = _selectable(s)
    return Document(text, title, sentences)


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while text[start].isspace():
        start += 1
    while text[end - 1].isspace():
        end -= 1
    return start, end


def _mark_header(text, sentences, title_end) -> str:
    """Mark title and header sentences with body_index -1 and the rest -2; return the title."""
    if title_end:
        for s in sentences:
            s.body_index = -1 if s.end <= title_end else -2
        return text[:title_end].strip()
    header_lines = set()
    by_line: dict[int, list[Sentence]] = {}
    for s in sentences:
        by_line.setdefault(s.line, []).append(s)
    for line in sorted(by_line)[:-1]:  # never the last line: an article of one line is all body
        group = by_line[line]
        if len(group) == 1 and not TERMINAL_RE.search(group[0].text):
            header_lines.add(line)
        else:
            break
    for s in sentences:
        s.body_index = -1 if s.line in header_lines else -2
    header = [s.text for s in sentences if s.line in header_lines]
    return max(header, key=lambda t: len(t.split()), default="")


def _selectable(s: Sentence) -> tuple[bool, str]:
    if BOILERPLATE_RE.match(s.text):
        return False, "boilerplate"
    words = re.findall(r"[^\W\d_]+", s.text)
    if len(words) < MIN_WORDS:
        return False, "dateline" if s.out_start > s.start else "short"
    if not TERMINAL_RE.search(s.text):
        return False, "unpunctuated"
    return True, ""
