"""Layout data for the outline parser: patterns loaded from ``nlp/patterns/structure.yaml``.

Kept apart from :mod:`nlp.structure` so the parser stays small; everything here is loaded once,
lazily, on first use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

import yaml

from nlp.text import fold

PATTERNS_PATH = Path(__file__).parent / "patterns" / "structure.yaml"
P = TypeVar("P")

# Sentence ends: terminal punctuation, optional closing quote/bracket, then space and a capital.
_UPPER = "A-ZĐÀ-ỸÁÂÃÈÉÊÌÍÒÓÔÕÙÚĂĨŨƠƯẠ-Ỹ"


@dataclass(frozen=True)
class LayoutPatterns:
    """Compiled layout patterns (see structure.yaml for what each list means)."""

    markers: tuple[tuple[str, re.Pattern[str]], ...]
    heading_markers: frozenset[str]
    alone_types: frozenset[str]
    closes: dict[str, frozenset[str]]
    header: tuple[re.Pattern[str], ...]
    addressee: tuple[re.Pattern[str], ...]
    closing: tuple[re.Pattern[str], ...]
    reopen: tuple[re.Pattern[str], ...]
    attached: tuple[re.Pattern[str], ...]
    attached_titles: tuple[re.Pattern[str], ...]
    info_annex: tuple[re.Pattern[str], ...]
    chrome: tuple[re.Pattern[str], ...]
    quote_open: tuple[re.Pattern[str], ...]
    quote_lead: tuple[re.Pattern[str], ...]
    body_head: re.Pattern[str]
    body_header_lead: re.Pattern[str]
    action: re.Pattern[str]
    start_verb: re.Pattern[str]
    name_continuations: frozenset[str]
    dangling: frozenset[str]
    dangling_heads: tuple[str, ...]
    abbreviations: frozenset[str]
    columns: tuple[tuple[str, tuple[re.Pattern[str], ...]], ...]

    def marker(self, line: str) -> tuple[str, int] | None:
        """The marker type and the length of the marker (with following spaces) at the start of ``line``."""
        for mtype, rx in self.markers:
            m = rx.match(line)
            if m:
                n = m.end()
                while n < len(line) and line[n] in " \t\xa0":
                    n += 1
                if n < len(line):  # a marker with nothing after it is not an item
                    return mtype, n
        return None

    def marker_alone(self, line: str, bullets: bool = False) -> str | None:
        """The type of a numbering marker that stands alone on its line ("Điều 2.", "II.", "1.1."),
        which a hard wrap separated from its text. A dash or bullet alone is a table-cell mark unless
        ``bullets`` (the caller saw running text on the next line: "-" | "Nghiên cứu, hoàn thiện …")."""
        probe = line.strip() + " "
        for mtype, rx in self.markers:
            if bullets or mtype in self.alone_types:
                m = rx.match(probe)
                if m and not probe[m.end():].strip():
                    return mtype
        return None

    def any_match(self, pats: tuple[re.Pattern[str], ...], text: str) -> bool:
        f = fold(" ".join(text.split()))
        return any(p.search(f) for p in pats)

    def is_body_header(self, text: str) -> bool:
        """True for an item that only names who acts: "1. Sở Nội vụ:", "1.1. Giao Công an Thành phố"."""
        s = " ".join(text.split())
        if not s or len(s.split()) > 45 or s.endswith((".", ";", "!", "?")):
            return False
        f = fold(s).rstrip(":").strip()
        lead = self.body_header_lead.match(f)
        rest = f[lead.end():].lstrip() if lead else f
        if not self.body_head.match(rest + " ") or not _gazetteer_body(s, lead.end() if lead else 0, f):
            return False
        return len(rest.split()) <= 8 or not self.action.search(rest)

    def starts_with_body(self, text: str) -> bool:
        """True when ``text`` opens with the name of a body (after an optional "Giao"/"Đề nghị")."""
        s = " ".join(text.split())
        f = fold(s)
        lead = self.body_header_lead.match(f)
        rest = f[lead.end():].lstrip() if lead else f
        return bool(self.body_head.match(rest + " ")) and _gazetteer_body(s, lead.end() if lead else 0, f)

    def label_role(self, line: str) -> tuple[str | None, int]:
        """The column role of a labelled line ("Cơ quan thực hiện: Sở Tư pháp" → ``lead``) and the
        offset after its colon; ``(None, 0)`` for a line without a short label."""
        label, sep, _ = line.partition(":")
        if not sep or not 0 < len(label.split()) <= 8:
            return None, 0
        return self.column_role(label), len(label) + 1

    def column_role(self, cell_text: str) -> str | None:
        f = " ".join(fold(cell_text).split())
        for role, pats in self.columns:
            if any(p.search(f) for p in pats):
                return role
        return None


def _gazetteer_body(s: str, pos: int, f: str) -> bool:
    """The body gazetteer sees a body at ``s[pos:]`` (after at most a title): the folded head words
    are ambiguous ("trường hợp" folds like "Trường", "bổ sung" like "Bộ"). ``f`` is ``fold(s)``;
    when folding changed the length the offsets are not comparable and the head words decide."""
    from nlp.bodies import find_bodies, lexicon, tokenize

    if len(f) != len(s):
        return True
    while pos < len(s) and s[pos] == " ":
        pos += 1
    toks = tokenize(s, pos, min(len(s), pos + 60))
    k = 0
    while k < len(toks) and (hit := lexicon().titles.match(toks, k)):  # "Giám đốc | các sở"
        k += hit[0]
    reach = toks[k].start if k < len(toks) else pos
    return any(m.start <= reach for m in find_bodies(s, pos, min(len(s), pos + 200))[:1])


def _alts(words: list[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def layout() -> LayoutPatterns:
    """Load and compile ``structure.yaml`` (once)."""
    data = yaml.safe_load(PATTERNS_PATH.read_text(encoding="utf-8"))

    def comp(key: str) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(p) for p in data[key])

    return LayoutPatterns(
        markers=tuple((m["type"], re.compile(r"[ \t\xa0]*(?:" + m["regex"] + ")")) for m in data["markers"]),
        heading_markers=frozenset(data["heading_markers"]),
        alone_types=frozenset(data["alone_markers"]),
        closes={k: frozenset(v) for k, v in data["marker_closes"].items()},
        header=comp("header_lines"),
        addressee=comp("addressee_lines"),
        closing=comp("closing_lines"),
        reopen=comp("reopen_lines"),
        attached=comp("attached_lines"),
        attached_titles=comp("attached_titles"),
        info_annex=comp("info_annex_titles"),
        chrome=comp("chrome_lines"),
        quote_open=comp("quote_open"),
        quote_lead=comp("quote_lead"),
        body_head=re.compile(r"(?:" + _alts(data["body_heads"]) + r")"),
        body_header_lead=re.compile(r"(?:" + _alts(data["body_header_lead"]) + r")\b"),
        action=re.compile(r"\b(?:" + _alts(data["action_verbs"]) + r")"),
        start_verb=re.compile(r"(?:" + _alts(data["task_cues"]["start_verbs"]) + r")\b"),
        name_continuations=frozenset(data["name_continuations"]),
        dangling=frozenset(data["dangling_words"]),
        dangling_heads=tuple(data["dangling_heads"]),
        abbreviations=frozenset(data["abbreviations"]),
        columns=tuple((role, tuple(re.compile(p) for p in pats)) for role, pats in data["table_columns"].items()),
    )


_SENT_END = re.compile(r"(?:[.!?]|\.\.\.|…)[\"”’')\]]*(?=\s+[\"“‘(]?[" + _UPPER + r"0-9])")


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside ``text[start:end]``; never splits on semicolons or after abbreviations."""
    pats = layout()
    spans: list[tuple[int, int]] = []
    cur = start
    seg = text[start:end]
    for m in _SENT_END.finditer(seg):
        stop = start + m.end()
        if seg[m.start()] == ".":
            word = re.search(r"([\w\.]+)\.$", text[cur:start + m.start() + 1])
            if word and (fold(word.group(1)) in pats.abbreviations or len(word.group(1)) == 1):
                continue
        if text[cur:stop].strip():
            spans.append((cur, stop))
        cur = stop
    if text[cur:end].strip():
        spans.append((cur, end))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


_QUOTE_START = re.compile(r"(?m)^[ \t\xa0]*“")
_QUOTE_END = re.compile(r"[”\"][ \t]*[.;,]?(?:/\.)?[ \t]*(?=\n|$)")


def quoted_blocks(text: str) -> list[tuple[int, int]]:
    """Spans of quoted legal text: a block that opens with “ at a line start and closes with ” at a
    line end, over several lines, that is either numbered legal text (“Điều 30. ...”, “2. Sửa đổi
    ...”) or introduced by a line citing a rule ("Tại Điều 1 ... quy định:"). Its items are the
    cited rule's, not the directive's."""
    pats = layout()
    out: list[tuple[int, int]] = []
    pos = 0
    while (m := _QUOTE_START.search(text, pos)) is not None:
        end = _QUOTE_END.search(text, m.end())
        if end is None:
            break
        pos = end.end()
        body = text[m.end():end.start()]
        if "\n" not in body.strip():
            pos = m.end()
            continue
        head = fold(" ".join(body[:80].split()))
        lead = fold(" ".join(text[max(0, m.start() - 200):m.start()].split()))
        if any(p.search(head) for p in pats.quote_open) or any(p.search(lead) for p in pats.quote_lead):
            out.append((m.start(), end.end()))
    return out


def is_caps(s: str) -> bool:
    """Whether ``s`` is written in capitals (a heading such as "I. MỤC ĐÍCH, YÊU CẦU")."""
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 3 and sum(c.isupper() for c in letters) >= 0.85 * len(letters)


_NO_CONTINUATION_TYPES = frozenset({"dieu", "khoan", "muc", "roman"})


def merge_continuations(text: str, paras: list[P], skip: list[tuple[int, int]], pats: LayoutPatterns) -> list[P]:
    """Join to a content item the unmarked paragraphs between it and the next item of the same list.

    A leaf list item is one unit however many paragraphs it has ("1. Các cơ quan ... có trách nhiệm
    ...." / "Hoạt động thăm dò ... phải tuân thủ ...." / "2. ..."). A paragraph after the last item of
    a list (the next marker is of another type) stays running text of the section. ``paras`` are
    the parser's paragraphs (dataclasses with ``start``, ``end``, ``marker``, ``mtype``, ``lines``)."""
    out: list[P] = []
    i = 0
    while i < len(paras):
        q = paras[i]
        out.append(q)
        i += 1
        if not q.mtype or q.mtype in _NO_CONTINUATION_TYPES or not _is_content(text, q):
            continue
        j = i
        while j < len(paras) and not paras[j].mtype and _can_continue(text, paras[j], pats):
            j += 1
        nxt = paras[j] if j < len(paras) else None
        if j == i or nxt is None or nxt.mtype != q.mtype \
                or any(q.end <= a < nxt.start for a, _ in skip):
            continue
        if any(pats.any_match(pats.closing, text[p.start:p.end]) for p in paras[i:j]):
            continue
        out[-1] = replace(q, end=paras[j - 1].end, lines=q.lines + sum(p.lines for p in paras[i:j]))
        i = j
    return out


def _is_content(text: str, p: Any) -> bool:
    raw = text[p.start:p.end].rstrip()
    return raw.endswith((".", ";", "!", "?", "…")) and not is_caps(raw) and len(raw.split()) >= 4


_TOPIC_LABEL = re.compile(r"(?:ve|doi voi)\s[^.;:]{1,60}:")


def _can_continue(text: str, p: Any, pats: LayoutPatterns) -> bool:
    """Whether an unmarked paragraph can be more text of the item before it: not a heading or an
    intro, and not a paragraph of its own actor or topic ("Bộ Xây dựng chỉ đạo ...", "Về kinh phí: ...")."""
    raw = text[p.start:p.end].rstrip()
    if raw.endswith(":") or is_caps(raw) or not raw.endswith((".", ";", "!", "?", "…", ")", "”", "\"")):
        return False
    if pats.label_role(raw[:200])[0] in ("lead", "support", "deadline", "product", "note"):
        return False  # "Đơn vị chủ trì: Sở Tư pháp." is a cell of the block, not more of the item
    head = fold(" ".join(raw[:200].split()))
    return not _TOPIC_LABEL.match(head) and not pats.starts_with_body(raw[:200])
