"""Assignment tables for the outline: ``|``-flattened tables of the text and ``Document.tables``.

An assignment table (Phụ lục: STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian
hoàn thành | Sản phẩm) becomes one row per task with the cell spans by column role; section
rows ("I | KIỆN TOÀN ...") become headings. Column roles come from the header row's words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.document import Document
from nlp.structure_data import LayoutPatterns

Span = tuple[int, int]
_STT = re.compile(r"^(?:[IVXLC]{1,6}|\d{1,3}(?:\.\d{1,3})*\.?|[a-zđ]\)?)$")
_ROMAN = re.compile(r"^[IVXLC]{1,6}\.?$")
_FILLER = re.compile(r"^[\s\.…_\-]*$")
MAX_GAP_LINES = 20


@dataclass
class RowUnit:
    start: int
    end: int
    kind: str  # table_row | heading
    marker: str
    cells: dict[str, Span] = field(default_factory=dict)


@dataclass
class TableRegion:
    start: int
    end: int
    rows: list[RowUnit]


def _strip(text: str, s: int, e: int) -> Span:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _header_roles(text: str, cells: list[Span], pats: LayoutPatterns) -> list[str | None] | None:
    roles = [pats.column_role(text[s:e]) for s, e in cells]
    if roles and roles[0] is None and _STT.match(text[cells[0][0]:cells[0][1]].strip() or "-"):
        return None
    if ("content" in roles or "lead" in roles) and sum(r is not None for r in roles) >= 2:
        return roles
    return None


def _make_row(text: str, cells: list[Span], roles: list[str | None]) -> RowUnit | None:
    stt = text[cells[0][0]:cells[0][1]].strip() if cells else ""
    filled = [c for c in cells[1:] if c[1] > c[0]]
    if not filled:
        return None
    if len(filled) == 1 and (_ROMAN.match(stt) or len(cells) <= 2):
        s, e = filled[0]
        return RowUnit(s, e, "heading", stt)
    by_role: dict[str, Span] = {}
    for k, c in enumerate(cells):
        role = roles[k] if k < len(roles) else None
        if role and role != "stt" and c[1] > c[0] and role not in by_role:
            by_role[role] = c
    content = by_role.get("content") or (cells[1] if len(cells) > 1 and cells[1][1] > cells[1][0] else None)
    if content is None:
        return None
    by_role["content"] = content
    return RowUnit(content[0], content[1], "table_row", stt, by_role)


def _pipe_cells(text: str, lines: list[Span]) -> list[tuple[Span, int, int]]:
    """Cells between consecutive ``|`` lines: (span, first line index, last line index)."""
    pipes = [i for i, (s, e) in enumerate(lines) if s < e and set(text[s:e]) <= {"|", " "}]
    out = []
    for a, b in zip(pipes, pipes[1:]):
        body = [lines[k] for k in range(a + 1, b) if lines[k][1] > lines[k][0]]
        span = _strip(text, body[0][0], body[-1][1]) if body else (lines[b][0], lines[b][0])
        out.append((span, a, b))
    return out


def find_pipe_tables(text: str, lines: list[Span], pats: LayoutPatterns) -> list[TableRegion]:
    """Assignment tables written as ``|``-separated cells (one cell per run of lines, or one row per line)."""
    return _vertical_tables(text, lines, pats) + _inline_tables(text, lines, pats)


def _vertical_tables(text: str, lines: list[Span], pats: LayoutPatterns) -> list[TableRegion]:
    cells = _pipe_cells(text, lines)
    out: list[TableRegion] = []
    i = 0
    while i < len(cells):
        span = cells[i][0]
        if pats.column_role(text[span[0]:span[1]]) != "stt" and not (
                i + 1 < len(cells) and pats.column_role(text[cells[i + 1][0][0]:cells[i + 1][0][1]]) == "content"
                and span[1] == span[0]):
            i += 1
            continue
        j = i
        while j < len(cells) and cells[j][0][1] > cells[j][0][0] and cells[j][2] - cells[j][1] <= MAX_GAP_LINES:
            j += 1
        header = [c[0] for c in cells[i:j]]
        roles = _header_roles(text, header, pats) if len(header) >= 3 else None
        if roles is None:
            i += 1
            continue
        rows: list[RowUnit] = []
        cur: list[Span] = []
        k = j
        prev_empty = True
        while k < len(cells) and cells[k][2] - cells[k][1] <= MAX_GAP_LINES:
            s, e = cells[k][0]
            val = text[s:e].strip()
            empty = not val or bool(_FILLER.match(val))
            if not empty and prev_empty and _STT.match(val):
                row = _make_row(text, cur, roles) if cur else None
                if row:
                    rows.append(row)
                cur = [(s, e)]
            elif cur:
                cur.append((s, e) if not empty else (s, s))
            prev_empty = empty or not cur
            k += 1
        row = _make_row(text, cur, roles) if cur else None
        if row:
            rows.append(row)
        end = lines[cells[k - 1][2]][1]
        out.append(TableRegion(lines[cells[i][1]][0], end, rows))
        i = k
    return out


def _split_inline(text: str, s: int, e: int) -> list[Span]:
    cells, pos = [], s
    for m in re.finditer(r"\|", text[s:e]):
        cells.append(_strip(text, pos, s + m.start()))
        pos = s + m.end()
    if text[pos:e].strip():
        cells.append(_strip(text, pos, e))
    return cells


def _inline_tables(text: str, lines: list[Span], pats: LayoutPatterns) -> list[TableRegion]:
    out: list[TableRegion] = []
    i = 0
    while i < len(lines):
        s, e = lines[i]
        if text.count("|", s, e) < 2 or set(text[s:e]) <= {"|", " "}:
            i += 1
            continue
        roles = _header_roles(text, _split_inline(text, s, e), pats)
        if roles is None:
            i += 1
            continue
        rows, j, last = [], i + 1, e
        while j < len(lines) and (lines[j][0] == lines[j][1] or "|" in text[lines[j][0]:lines[j][1]]):
            if lines[j][0] < lines[j][1]:
                row = _make_row(text, _split_inline(text, *lines[j]), roles)
                if row:
                    rows.append(row)
                last = lines[j][1]
            j += 1
        out.append(TableRegion(s, last, rows))
        i = j
    return out


def rows_from_doc_tables(doc: Document, pats: LayoutPatterns) -> list[TableRegion]:
    """Assignment tables that the reader found (DOCX/PDF ``Document.tables``)."""
    out: list[TableRegion] = []
    text = doc.text
    for table in doc.tables:
        roles = None
        rows: list[RowUnit] = []
        for r in table.rows:
            cells = [_strip(text, c.start, c.end) for c in r.cells]
            if roles is None:
                roles = _header_roles(text, cells, pats) if len(cells) >= 2 else None
                continue
            row = _make_row(text, cells, roles)
            if row:
                rows.append(row)
        if roles is not None and rows:
            spans = [(c.start, c.end) for r in table.rows for c in r.cells]
            out.append(TableRegion(min(s for s, _ in spans), max(e for _, e in spans), rows))
    return out
