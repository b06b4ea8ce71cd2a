"""The outline of a directive: headings, list items, table rows and sentences as offset units.

``parse_outline(doc)`` reads ``doc.text`` line by line: it joins hard-wrapped lines into logical
paragraphs, reads list markers (``I.``, ``1.``, ``1.1.``, ``a)``, ``-``, ``+``, ``Điều 1.`` ...),
nests them by the order in which marker types first appear, splits the ``|``-flattened tables of
the corpus (and ``doc.tables``) into rows with column roles, and splits running text into
sentences. The header zone (quốc hiệu, số, date, V/v, Kính gửi) and the closing zone (Nơi nhận,
signature) are kept as units of their own kinds so that they produce no tasks, and so are quoted
legal text (kind ``quote``, a tax office citing a decree's articles) and an annex
that only lists or describes administrative procedures (kind ``annex``: the TTHC list and internal
process of a "Quyết định công bố thủ tục hành chính" states no task).
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field

from ingest.document import Document
from nlp.structure_blocks import attribute_blocks, is_attribute_line, labelled_blocks
from nlp.structure_data import LayoutPatterns, layout, merge_continuations, quoted_blocks, split_sentences
from nlp.structure_data import is_caps as _is_caps
from nlp.tables_outline import TableRegion, find_pipe_tables, rows_from_doc_tables
from nlp.text import fold

Span = tuple[int, int]
KINDS = ("heading", "item", "table_row", "sentence", "intro", "body_header", "chrome", "header", "closing", "annex",
         "quote", "attribute")


@dataclass(frozen=True)
class Unit:
    """One outline unit; ``[start, end)`` is its text without the list marker.

    Attributes:
        start, end: offsets into ``Document.text``.
        kind: one of ``KINDS``.
        marker: the list marker as written ("1.1.", "a)", "-"), "" when none.
        level: nesting depth from the marker hierarchy (0 for top-level running text).
        parent: index of the enclosing heading/item/intro/body_header unit, or None.
        is_leaf: True when no unit names this one as parent.
        cells: for table rows, the spans of the cells by role (content, lead, support, deadline, product).
    """

    start: int
    end: int
    kind: str
    marker: str = ""
    level: int = 0
    parent: int | None = None
    is_leaf: bool = True
    cells: dict[str, Span] | None = None


@dataclass
class _Para:
    start: int
    end: int
    marker: str = ""
    mtype: str | None = None
    lines: int = 1
    loose: bool = False  # its marker stood alone on the line before: join wraps as in running text


@dataclass
class _Build:
    units: list[dict] = field(default_factory=list)
    stack: list[tuple[str, int]] = field(default_factory=list)  # (marker type or kind tag, unit index)
    type_order: list[str] = field(default_factory=list)


def _lines(text: str) -> list[Span]:
    out, pos = [], 0
    for raw in text.split("\n"):
        e = pos + len(raw)
        s, ee = pos, e
        while s < ee and text[s] in " \t\r\xa0\ufeff":
            s += 1
        while ee > s and text[ee - 1] in " \t\r\xa0":
            ee -= 1
        out.append((s, ee))
        pos = e + 1
    return out


def _width(text: str, lines: list[Span]) -> tuple[float, bool]:
    """The wrap width of a hard-wrapped text and whether it is hard-wrapped at all."""
    lens = [e - s for s, e in lines if e - s > 1 and not _is_pipe(text, s, e)]
    wrapped = sum(n > 160 for n in lens) <= 0.05 * len(lens)
    lens = sorted(n for n in lens if n <= 160)
    if not lens:
        return 80.0, wrapped
    return float(lens[int(0.9 * (len(lens) - 1))]), wrapped


def _is_pipe(text: str, s: int, e: int) -> bool:
    return s < e and set(text[s:e]) <= {"|", " "}


def _paragraphs(text: str, lines: list[Span], skip: list[Span], pats: LayoutPatterns) -> list[_Para]:
    """Join hard-wrapped lines into logical paragraphs (blank and ``|`` lines separate them)."""
    width, wrapped = _width(text, lines)
    short = 0.72 * width
    paras: list[_Para] = []
    cur: _Para | None = None

    def close() -> None:
        nonlocal cur
        if cur is not None:
            paras.append(cur)
            cur = None

    pending: tuple[str, str] | None = None  # a marker alone on its line ("Điều 2.") waits for its text
    for i, (s, e) in enumerate(lines):
        if s >= e or _is_pipe(text, s, e) or any(a <= s < b for a, b in skip):
            close()
            if s < e:
                pending = None
            continue
        line = text[s:e]
        mk = pats.marker(line)
        if mk and mk[0] == "dash" and cur is not None and _dash_wrap(text, cur, line, mk[1], short):
            mk = None  # "giai đoạn 2026" | "- 2030 phấn đấu …", "kinh tế" | "- xã hội": wrapped at a dash, not an item
        if mk is None and (alone := pats.marker_alone(line, bullets=_runs_on(text, lines, i + 1))):
            close()
            pending = (alone, line.strip())
            continue
        if pending is not None:
            close()
            cur = _Para(s, e, marker=pending[1], mtype=pending[0], loose=True) if mk is None else None
            pending = None
            if cur is not None:
                continue
        if cur is not None and mk is None and (
                _continues(text, cur, s, e, short, pats) if wrapped else text[s].islower()):
            cur.end, cur.lines = e, cur.lines + 1
            continue
        close()
        cur = _Para(s, e)
        if mk:
            cur.mtype, cur.marker = mk[0], line[: mk[1]].strip()
            cur.start = s + mk[1]
    close()
    return paras


def _dash_wrap(text: str, cur: _Para, line: str, after: int, short: float) -> bool:
    """Whether ``line`` (a dash at its start) goes on with ``cur`` across a wrap at a dash: a range
    ("2026" | "- 2030") or a compound ("kinh tế" | "- xã hội") after a full line that ends no clause."""
    prev_start = text.rfind("\n", 0, cur.end) + 1
    prev = text[prev_start:cur.end].rstrip()
    nxt = line[after:].lstrip()[:1]
    if prev[-1:].isdigit() and nxt.isdigit():
        return True
    return nxt.islower() and len(prev) >= short and prev[-1:].isalpha()


def _runs_on(text: str, lines: list[Span], i: int) -> bool:
    """Whether line ``i`` is running text (not blank, not a ``|`` row): a lone dash before it marks an item."""
    if i >= len(lines):
        return False
    s, e = lines[i]
    return s < e and not _is_pipe(text, s, e) and text[s].isalpha()


def _continues(text: str, cur: _Para, s: int, e: int, short: float, pats: LayoutPatterns) -> bool:
    """Whether line ``[s, e)`` continues paragraph ``cur`` across a hard wrap."""
    prev_start = text.rfind("\n", 0, cur.end) + 1
    prev = text[prev_start:cur.end].strip()
    first = text[s]
    if first.islower() or first in ",;)%":
        return True
    if first in "-–" and _dash_wrap(text, cur, text[s:e], 1, short):
        return True  # "giai đoạn 2026" | "- 2030": a range wrapped at its dash
    if _is_caps(prev) and first.isupper() and not _is_caps(text[s:e]) and len(prev.split()) > 2:
        return False  # "TÌNH HÌNH THỰC HIỆN … 2016-2020" | "Căn cứ kế hoạch …": a heading ends where sentence case starts
    if len(prev) >= short and not prev.endswith(":"):
        return True
    if prev.endswith((".", ":", ";", "!", "?", "./.")):
        return False
    if first.isdigit():
        return True  # "... Chương trình giai đoạn" | "2026-2030: ...": no marker, so a wrapped number
    if cur.mtype is not None and not cur.loose and _is_caps(prev) and _is_caps(text[s:e]):
        return True  # a heading in capitals wrapped mid-phrase ("III. NHIỆM" | "VỤ VÀ GIẢI PHÁP")
    if prev.endswith(",") and not _is_caps(text[s:e]):
        return True  # a list of names wrapped after its comma ("1. Chủ tịch UBND các tỉnh: Đắk Lắk,")
    if prev.count("(") > prev.count(")") or prev.split()[-1].lower() in pats.dangling:
        return True
    if any(prev == h or prev.endswith(" " + h) for h in pats.dangling_heads):
        return True  # "1. Ban" | "Quản lý các khu công nghiệp": the head's name is on the next line
    if cur.lines > 1:
        return False
    if cur.mtype is None or cur.loose:
        return True
    last = prev.split()[-1]
    if last[:1].isupper() and not _is_caps(prev) and not pats.start_verb.match(fold(text[s:e])):
        return True  # "1. Về Dự án Nhà máy điện Nhơn" | "Trạch 3 và Nhơn Trạch 4": a name goes on
    word = fold(text[s:e].split()[0]).strip(",.;:")
    return word in pats.name_continuations


def _zone_of(text: str, p: _Para, pats: LayoutPatterns, state: dict) -> str | None:
    """Header/closing/chrome zone of a paragraph, updating ``state`` (seen body, in closing)."""
    raw = text[p.start:p.end]
    full = raw if not p.marker else p.marker + " " + raw
    if state["closing"]:
        if pats.any_match(pats.reopen, raw):
            state["closing"] = False
            state["annex"] = pats.any_match(pats.info_annex, text[p.start:p.start + 400])
            return "annex" if state["annex"] else None
        if pats.any_match(pats.attached, raw) and state.get("title") is not None:
            state["closing"] = False  # the title above it was the attached document's: it stays closing
            state["annex"] = pats.any_match(pats.info_annex, text[state["title"]:p.start])
            return "annex" if state["annex"] else "closing"
        if state.get("titled") and (p.marker or not _is_caps(raw)):
            state["closing"] = state["titled"] = False  # the text under "KẾ HOẠCH" | "<its name>"
            return None
        if not p.marker and pats.any_match(pats.attached_titles, raw):
            state["titled"] = True
        state["title"] = p.start if _is_caps(raw) and not p.marker else (
            state.get("title") if _is_caps(text[state.get("title") or 0:p.start].replace("\n", " ")) else None)
        return "closing"
    if state.get("annex") and not pats.any_match(pats.closing, full):
        if not p.marker and pats.any_match(pats.reopen, raw) \
                and not pats.any_match(pats.info_annex, text[p.start:p.start + 400]):
            state["annex"] = False  # an annex of tasks after one of procedures
            return None
        return "annex"
    if pats.any_match(pats.closing, full):
        state["closing"] = True
        return "closing"
    if pats.any_match(pats.chrome, full) or pats.any_match(pats.chrome, raw):
        return "chrome"
    if not state["body"]:
        if pats.any_match(pats.addressee, full):  # "Kính gửi:", a telegram's "THỦ TƯỚNG CHÍNH PHỦ điện:"
            state["kinh_gui"] = True
            return "header"
        if pats.any_match(pats.header, full) or state.get("kinh_gui") and p.mtype in _LIST_TYPES:
            return "header"
        if _is_caps(raw) and not p.marker:
            return "header"
        state["body"] = True
    return None


_LIST_TYPES = ("dash", "bullet", "plus", "star")
_LINE_SENTENCE_END = re.compile(r"[.;]\s*\n\s*(?=[A-ZĐÀ-Ỹ])")


def _split_addressee(text: str, p: _Para) -> list[_Para]:
    """An addressee item ("- Sở Xây dựng các tỉnh: ... Lâm Đồng.") that a hard-wrap join ran into
    the first body sentence on the next line is cut where that line ends."""
    m = _LINE_SENTENCE_END.search(text, p.start, p.end)
    if m is None:
        return [p]
    cut = m.start() + 1
    return [_Para(p.start, cut, p.marker, p.mtype), _Para(m.end(), p.end)]


def _header_like(text: str, u: dict, pats: LayoutPatterns) -> bool:
    t = text[u["start"]:u["end"]].rstrip()
    return (t.endswith(":") or pats.is_body_header(t) or fold(t).startswith("ve ")
            or (len(t.split()) <= 20 and not t.endswith((".", ";", "!", "?"))))


def _add(b: _Build, start: int, end: int, kind: str, **kw) -> int:
    b.units.append({"start": start, "end": end, "kind": kind, "marker": kw.get("marker", ""),
                    "level": kw.get("level", 0), "parent": kw.get("parent"), "cells": kw.get("cells")})
    return len(b.units) - 1


def _push_marked(text: str, b: _Build, p: _Para, pats: LayoutPatterns) -> None:
    mtype = p.mtype or ""
    if mtype not in b.type_order:
        b.type_order.append(mtype)
    if any(t == mtype for t, _ in b.stack):
        while b.stack:
            t, _ = b.stack.pop()
            if t == mtype:
                break
    minor = pats.closes.get(mtype, ())
    while b.stack and b.stack[-1][0] in minor:  # "IV." never nests under a "-" item (ND 30/2020 order)
        b.stack.pop()
    parent = b.stack[-1][1] if b.stack else None
    raw = text[p.start:p.end]
    if mtype in pats.heading_markers or (_is_caps(raw) and len(raw.split()) <= 25):
        kind = "heading"
    elif raw.rstrip().endswith(":"):
        kind = "intro"
    elif pats.is_body_header(raw):
        kind = "body_header"
    else:
        kind = "item"
    level = b.type_order.index(mtype) + 1
    idx = _add(b, p.start, p.end, kind, marker=p.marker, level=level, parent=parent)
    b.units[idx]["header_like"] = kind != "item" or _header_like(text, b.units[idx], pats)
    b.stack.append((mtype, idx))


def _children(b: _Build, idx: int) -> bool:
    return any(u["parent"] == idx and u.get("marked") is not False for u in b.units)


def _push_plain(text: str, b: _Build, p: _Para, pats: LayoutPatterns) -> None:
    """An unmarked paragraph: a whole unit under a marked header, else sentences."""
    last = b.units[-1] if b.units else None
    if last is not None and (last["marker"] and last["kind"] == "item" or last.get("attr")) \
            and is_attribute_line(text, p.start, p.end, pats):
        while b.stack and b.stack[-1][1] != last["parent"]:  # "- Rà soát ..." | "Đơn vị chủ trì: Sở X"
            b.stack.pop()
        idx = _add(b, p.start, p.end, "item", level=last["level"], parent=last["parent"])
        b.units[idx]["attr"] = True
        return
    while b.stack:
        top = b.units[b.stack[-1][1]]
        if top["marker"] and top.get("header_like") and (top["kind"] in ("heading", "body_header") or not any(
                u["parent"] == b.stack[-1][1] and u["marker"] for u in b.units)):
            break  # a section title keeps its section open after its list ends
        if not top["marker"] and top["kind"] in ("intro", "heading"):
            break
        b.stack.pop()
    parent = b.stack[-1][1] if b.stack else None
    level = b.units[parent]["level"] + 1 if parent is not None else 0
    raw = text[p.start:p.end]
    if parent is not None and b.units[parent]["marker"] and b.units[parent]["kind"] != "heading":
        kind = "intro" if raw.rstrip().endswith(":") else "item"
        idx = _add(b, p.start, p.end, kind, level=level, parent=parent)
        if kind == "intro":  # "d) Các hoạt động chính" | "Căn cứ ..., các cơ quan ... thực hiện các hoạt động sau:" | "- ..."
            b.stack.append(("plain-intro", idx))
        return
    if _is_caps(raw) and len(raw.split()) <= 25:
        idx = _add(b, p.start, p.end, "heading", level=level, parent=parent)
        b.stack = [("caps", idx)]
        return
    if not raw.rstrip().endswith((".", ":", ";", "!", "?", "…", ")", "\"", "”")) and len(raw.split()) <= 30:
        _add(b, p.start, p.end, "heading", level=level, parent=parent)
        return
    sents = split_sentences(text, p.start, p.end)
    for k, (s, e) in enumerate(sents):
        is_intro = k == len(sents) - 1 and text[s:e].rstrip().endswith(":")
        idx = _add(b, s, e, "intro" if is_intro else "sentence", level=level, parent=parent)
        if is_intro:
            b.stack.append(("plain-intro", idx))


def parse_outline(doc: Document) -> list[Unit]:
    """Split ``doc`` into outline units in text order (see the module docstring)."""
    text, pats = doc.text, layout()
    lines = _lines(text)
    tables: list[TableRegion] = find_pipe_tables(text, lines, pats) + rows_from_doc_tables(doc, pats)
    skip = [(t.start, t.end) for t in tables]
    paras = merge_continuations(text, _paragraphs(text, lines, skip, pats), skip, pats)
    b, state = _Build(), {"body": False, "closing": False}
    quotes = quoted_blocks(text)
    events: list[tuple[int, object]] = [(p.start, p) for p in paras] + [(t.start, t) for t in tables]
    events.sort(key=lambda ev: ev[0])
    for _, ev in _expand_addressees(text, events, state):
        if isinstance(ev, TableRegion):
            if state.get("annex") and not state["closing"]:
                for row in ev.rows:
                    _add(b, row.start, row.end, "annex", marker=row.marker)
            else:
                _emit_table(b, ev)
            state["body"] = True
            continue
        p = ev
        if any(a <= p.start < z for a, z in quotes):  # cited legal text: under the citing line, no task
            _add(b, p.start, p.end, "quote", marker=p.marker, parent=b.stack[-1][1] if b.stack else None)
            continue
        zone = _zone_of(text, p, pats, state)
        if zone:
            _add(b, p.start, p.end, zone, marker=p.marker, level=0, parent=None)
            if zone == "closing":
                b.stack = []
            continue
        if p.mtype:
            _push_marked(text, b, p, pats)
        else:
            _push_plain(text, b, p, pats)
    return _finish(b, text, pats)


def _expand_addressees(text: str, events: list[tuple[int, object]], state: dict):
    """The events in order, an addressee item of the header zone cut before a joined body sentence."""
    for pos, ev in events:
        if isinstance(ev, _Para) and state.get("kinh_gui") and not state["body"] and ev.mtype in _LIST_TYPES:
            for part in _split_addressee(text, ev):
                yield part.start, part
        else:
            yield pos, ev


def _emit_table(b: _Build, t: TableRegion) -> None:
    parent = b.stack[-1][1] if b.stack else None
    base = b.units[parent]["level"] + 1 if parent is not None else 1
    section = parent
    for row in t.rows:
        if row.kind == "heading":
            section = _add(b, row.start, row.end, "heading", marker=row.marker, level=base, parent=parent)
        else:
            _add(b, row.start, row.end, "table_row", marker=row.marker, level=base + 1,
                 parent=section, cells=dict(row.cells))


def _finish(b: _Build, text: str, pats: LayoutPatterns) -> list[Unit]:
    labelled = labelled_blocks(b.units, text, pats)
    attributes = labelled | attribute_blocks(b.units, text, pats, skip=labelled)
    parents = {u["parent"] for i, u in enumerate(b.units) if u["parent"] is not None and i not in attributes}
    out = []
    for i, u in enumerate(b.units):
        kind = "attribute" if i in attributes else u["kind"]
        leaf = i not in parents
        if kind == "body_header" and leaf:
            kind = "item"  # a body line with nothing under it is content after all
        elif kind == "item" and not leaf:
            t = text[u["start"]:u["end"]].rstrip()
            if t.endswith((".", ";", "!", "?")) and u["marker"]:
                pass  # a full statement with sub-items under it ("(1) Bộ Y tế chỉ đạo ... theo quy định." / "- ...")
            elif t.endswith((".", ":", ";", "!", "?")):
                kind = "intro"
            else:
                kind = "body_header" if pats.starts_with_body(t) else "heading"
        out.append(Unit(u["start"], u["end"], kind, u["marker"], u["level"], u["parent"], leaf, u["cells"]))
    return out


def median_line_width(text: str) -> float:
    """Median length of non-empty lines (a diagnostic for hard-wrapped texts)."""
    lens = [e - s for s, e in _lines(text) if e > s]
    return float(statistics.median(lens)) if lens else 0.0
