"""Logical blocks from hard-wrapped lines, as offsets only (the text is never rewritten).

Official texts arrive wrapped mid-sentence. A line continues the block above it unless
something says a new block starts there:

* a blank line, or a position the reader marked as a hard start (a DOCX paragraph, a PDF
  paragraph gap);
* a list marker: ``I.``, ``1.``, ``1.1.``, ``a)``, ``-``, ``+``, ``(1)``, ``Điều 1.``;
* a heading: ``Chương II``, ``Phần I``, or an all-capitals line (and the line after one);
* a ``|`` line (a flattened table row), or a rule of dashes;
* a layout label from ND 30/2020: ``Số:``, ``V/v``, ``Kính gửi:``, ``Nơi nhận:``, a place-and-date
  line, a signature prefix (``TM.``, ``KT.``);
* the line above ends a sentence (``.;:!?``) and this one starts with a capital.

List items get a ``level`` from the order in which marker styles nest in the document.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ingest.document import BlockKind

# fmt: off
_MARKERS: list[tuple[str, re.Pattern[str]]] = [
    ("part", re.compile(r"(?:Phần|PHẦN|Chương|CHƯƠNG|Mục|MỤC)\s+(?:[IVXLC]+|\d{1,3}|[A-Z])\b")),
    ("article", re.compile(r"(?:Điều|ĐIỀU)\s+\d{1,3}[a-z]?\s*[.:]")),
    ("roman", re.compile(r"[IVXL]{1,6}\s*[.)]\s*(?=\S)")),
    ("arabic", re.compile(r"\d{1,2}(?:\.\d{1,2})+\.?(?=\s)\s*|\d{1,2}\s*[.)/]\s*(?=\D)")),
    ("paren_num", re.compile(r"\(\d{1,2}\)\s*(?=\S)")),
    ("alpha", re.compile(r"[a-zđ]\s*[).]\s+(?=\S)|[A-ZĐ]\)\s*(?=\S)|[A-ZĐ]\.\s+(?=[A-ZĐ]{2})")),
    ("paren_alpha", re.compile(r"\([a-zđ]\)\s*(?=\S)")),
    ("dash", re.compile(r"[-–—](?=\s*[^\W\d_]|\s+\S)\s*")),
    ("plus", re.compile(r"\+(?=\s*[^\W\d_]|\s+\S)\s*")),
    ("bullet", re.compile(r"[•·▪●○◦■□➢✓*](?=\s*\S)\s*")),
]
# How major a marker style is (smaller = higher in the outline); used when a style is new.
_RANK = {"part": 0, "article": 1, "roman": 1, "paren_num": 5, "alpha": 6, "paren_alpha": 6,
         "dash": 7, "bullet": 7, "plus": 8}
_RULE = re.compile(r"[-_=*.·–—…~]{3,}")
_LABEL = re.compile(
    r"(?:[A-ZĐ][^\s:|]{0,12}(?:\s+[^\s:|]{1,12}){0,2}\s*:(?!\d)"   # "Số:", "Kính gửi:", "Nơi nhận:"
    r"|V/v\b"                                                       # công văn summary
    r"|(?:TM|KT|TL|TUQ|Q|PHÓ|CHỦ)\.?\s+[A-ZĐ]"                     # signature prefixes
    r"|[A-ZĐ][^\W\d_]*(?:\s+[A-ZĐ][^\W\d_]*){0,4},\s+ngày\s+\d)"  # "Hà Nội, ngày 05 tháng 02 ..."
)
_ABBREV_END = re.compile(r"(?:\b[A-ZĐ][a-zđ]?|\b[A-ZĐ]{2}|v\.v|\bTp|\bTS|\bThS|\bPGS|\bGS|\bNĐ)\.$")
_SENTENCE_END = re.compile(r"[.;:!?…][\"'”’»)\]]*$")
# fmt: on


@dataclass(frozen=True)
class BlockSpec:
    """A block found in the text: ``[start, end)`` without surrounding whitespace."""

    kind: BlockKind
    start: int
    end: int
    style: str | None = None  # the marker style of a list item or numbered heading
    level: int | None = None


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    text: str  # stripped
    style: str | None
    caps: bool
    pipe: bool
    rule: bool


def marker(line: str) -> tuple[str, int] | None:
    """The list-marker style at the start of ``line`` and the marker's length, or ``None``.

    Examples:
        >>> marker("1.2. Giao Sở Xây dựng")
        ('arabic2', 5)
        >>> marker("a) Rà soát") [0]
        'alpha'
    """
    for style, rx in _MARKERS:
        m = rx.match(line)
        if m:
            if style == "arabic":
                depth = len(re.findall(r"\d+", m.group(0)))
                return f"arabic{depth}", m.end()
            return style, m.end()
    return None


def _rank(style: str) -> int:
    if style.startswith("arabic"):
        return 1 + int(style[6:])
    return _RANK.get(style, 9)


def is_caps(s: str) -> bool:
    """True when ``s`` has at least two letters and none of them is lower-case."""
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 2 and not any(c.islower() for c in letters)


def _is_space(c: str) -> bool:
    return c.isspace() or c == "\ufeff"


def _lines(text: str, start: int, end: int) -> Iterable[_Line]:
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        s, e = pos, stop
        while s < e and _is_space(text[s]):
            s += 1
        while e > s and _is_space(text[e - 1]):
            e -= 1
        if s < e:
            body = text[s:e]
            m = marker(body)
            rest = body[m[1]:] if m else body
            yield _Line(s, e, body, m[0] if m else None, is_caps(rest), "|" in body, bool(_RULE.fullmatch(body)))
        pos = stop + 1


def _starts_upper(s: str) -> bool:
    for c in s:
        if c.isalpha():
            return c.isupper()
        if c.isdigit():
            return False
    return False


def _wrapped_dash(prev: _Line, line: _Line) -> bool:
    """``chính trị`` / ``- xã hội``: a hyphen wrapped to the line start, not a bullet."""
    m = marker(line.text)
    rest = line.text[m[1]:] if m else line.text
    return bool(rest[:1].islower()) and not _SENTENCE_END.search(prev.text)


def _continues(prev: _Line, line: _Line, gap: bool, joined: bool = False) -> bool:
    """Whether ``line`` continues the block whose last line is ``prev``.

    ``joined``: the page layout shows a wrap (no gap, the line above runs to the margin), which
    overrules the sentence-end and layout-label rules.
    """
    if gap or line.pipe or line.rule or prev.pipe or prev.rule:
        return False
    if line.style in ("dash", "plus") and _wrapped_dash(prev, line):
        return True
    if line.style:
        return False
    if line.caps and not prev.caps and len(line.text.split()) <= 3 and _SENTENCE_END.search(line.text):
        return not _SENTENCE_END.search(prev.text)  # "... Quốc hội khóa" / "XV." is a wrap, not a heading
    if line.caps != prev.caps:
        return False
    if joined:
        return True
    if _LABEL.match(line.text):
        return False
    if _SENTENCE_END.search(prev.text) and _starts_upper(line.text) and not _ABBREV_END.search(prev.text):
        return False
    return True


def _kind(first: _Line) -> BlockKind:
    if first.rule or (first.pipe and not first.text.strip("| \t")):
        return BlockKind.LINE
    if first.pipe:
        return BlockKind.TABLE_ROW
    if first.style == "part" or (first.style and first.caps):
        return BlockKind.HEADING
    if first.style:
        return BlockKind.LIST_ITEM
    if first.caps:
        return BlockKind.HEADING
    return BlockKind.PARAGRAPH


def segment(
    text: str, start: int = 0, end: int | None = None, *, hard_starts: Iterable[int] = (), joins: Iterable[int] = ()
) -> list[BlockSpec]:
    """Split ``text[start:end]`` into logical blocks.

    Args:
        text: the whole canonical text.
        start: where to begin.
        end: where to stop (default: the end of the text).
        hard_starts: offsets at which the reader knows a new block begins (the start of a
            line, or blank space before it).
        joins: line starts at which the reader's layout shows a wrapped line (a PDF line under
            a full-width one); there only markers, headings and table rows start a block.

    Returns:
        Blocks in text order, without levels (see :func:`assign_levels`).
    """
    end = len(text) if end is None else end
    hard = sorted(set(hard_starts))
    joined = set(joins)
    specs: list[BlockSpec] = []
    first: _Line | None = None
    prev: _Line | None = None
    block_start = 0
    hi = 0

    def flush() -> None:
        if first is not None and prev is not None:
            specs.append(BlockSpec(_kind(first), block_start, prev.end, first.style))

    for line in _lines(text, start, end):
        gap = prev is None or "\n" in text[prev.end:line.start].replace("\n", "", 1)
        while hi < len(hard) and hard[hi] <= line.start:
            if prev is None or hard[hi] > prev.end:
                gap = True
            hi += 1
        if prev is not None and _continues(prev, line, gap, line.start in joined):
            prev = line
            continue
        flush()
        first, prev, block_start = line, line, line.start
    flush()
    return specs


def assign_levels(specs: list[BlockSpec]) -> list[BlockSpec]:
    """Give each numbered block the depth at which its marker style nests in this document.

    The first style seen is level 1; a new style nests under the current one unless it is a
    more major kind of marker (``1.`` after ``-``), and a style seen before returns to its level.
    """
    stack: list[str] = []
    out: list[BlockSpec] = []
    for spec in specs:
        style = spec.style
        if style is None:
            out.append(spec)
            continue
        if style == "part":
            stack = [style]
        elif style in stack:
            del stack[stack.index(style) + 1:]
        else:
            while stack and _rank(stack[-1]) >= _rank(style):
                stack.pop()
            stack.append(style)
        out.append(BlockSpec(spec.kind, spec.start, spec.end, style, len(stack)))
    return out
