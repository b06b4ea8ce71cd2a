"""Task blocks of a plan written with labelled lines instead of a table.

Plans (kế hoạch) often give each task as a small block of labelled lines, the columns of an
assignment table written out:

* attribute children: "2. Rà soát văn bản" + "- Cơ quan thực hiện: Sở Tư pháp" + "- Thời gian thực
  hiện: Quý IV năm 2025" (the numbered item is the task, its lines are its cells);
* labelled siblings: "a) Nhiệm vụ: ..." (or "a) Nhiệm vụ:" + "- ..." items) + "b) Cơ quan thực hiện:"
  (+ "- Đơn vị chủ trì: X", "- Đơn vị phối hợp: Y") + "c) Thời gian thực hiện: Hoàn thành trong năm
  2025" (the Nhiệm vụ text, or each of its items, is a task; the other siblings are its cells).

The functions work on the outline builder's unit dicts (``start``, ``end``, ``kind``, ``marker``,
``parent``, ``cells``) and return the units that became cells (kind ``attribute``).
"""

from __future__ import annotations

from nlp.structure_data import LayoutPatterns
from nlp.types import Span

ATTRIBUTE_ROLES = frozenset({"lead", "support", "deadline", "product", "note"})
_CELL_ROLES = frozenset({"lead", "support", "deadline"})


def _children(units: list[dict]) -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for i, u in enumerate(units):
        if u["parent"] is not None:
            kids.setdefault(u["parent"], []).append(i)
    return kids


def _label(text: str, u: dict, pats: LayoutPatterns) -> tuple[str | None, int]:
    """The column role of a labelled line ("Cơ quan thực hiện: ...") and the offset after its colon."""
    label, sep, _ = text[u["start"]:u["end"]].partition(":")
    if not sep or not 0 < len(label.split()) <= 6:
        return None, u["start"]
    return pats.column_role(label), u["start"] + len(label) + 1


def _value(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    return (start, end) if end > start else None


def labelled_blocks(units: list[dict], text: str, pats: LayoutPatterns) -> set[int]:
    """Blocks of labelled siblings ("a) Nhiệm vụ:", "b) Cơ quan thực hiện:", "c) Thời gian thực hiện:"):
    their tasks get the other siblings as cells. Returns the units that are cells."""
    kids = _children(units)
    found: set[int] = set()
    for children in kids.values():
        roles = {k: _label(text, units[k], pats) for k in children}
        content = [k for k in children if roles[k][0] == "content"]
        attrs = [k for k in children if roles[k][0] in ATTRIBUTE_ROLES]
        if len(content) != 1 or not attrs or len(content) + len(attrs) != len(children):
            continue
        cells: dict[str, Span] = {}
        block: set[int] = set()
        for k in attrs:
            role, after = roles[k]
            sub = kids.get(k, [])
            block |= {k, *sub}
            for j in sub:  # "- Đơn vị chủ trì: Sở Khoa học và Công nghệ."
                r2, after2 = _label(text, units[j], pats)
                if r2 in _CELL_ROLES and (v := _value(text, after2, units[j]["end"])):
                    cells.setdefault(r2, v)
            inline = _value(text, after, units[k]["end"])
            if role in _CELL_ROLES and inline:
                cells.setdefault(role, inline)
            elif role in _CELL_ROLES and sub and not cells.get(role) and role != "lead":
                cells[role] = (units[sub[0]]["start"], units[sub[-1]]["end"])
        if not cells.keys() & _CELL_ROLES:
            continue
        t = content[0]
        items = [j for j in kids.get(t, []) if j not in kids]
        if items:  # "a) Nhiệm vụ:" + "- Triển khai ..." items: each is a task
            for j in items:
                units[j]["cells"] = dict(cells)
        else:  # "a) Nhiệm vụ: Tham mưu UBND Thành phố ...": the text after the label is the task
            start = _value(text, roles[t][1], units[t]["end"])
            if start is None:
                continue
            units[t]["start"], units[t]["cells"], units[t]["kind"] = start[0], dict(cells), "item"
        found |= block
    return found


def attribute_blocks(units: list[dict], text: str, pats: LayoutPatterns, skip: set[int]) -> set[int]:
    """Task blocks whose sub-items are only attribute lines ("- Cơ quan thực hiện: Sở Tư pháp",
    "- Cơ quan phối hợp: ...", "- Thời gian thực hiện: Quý IV năm 2025"): the block is one task with
    those lines as its cells, like a row of an assignment table. Returns the attribute units."""
    kids = _children(units)
    found: set[int] = set()
    for p, children in kids.items():
        pu = units[p]
        if p in skip or not pu["marker"] or pu["kind"] in ("body_header", "heading", "table_row") or pu["cells"]:
            continue
        cells: dict[str, Span] = {}
        for k in children:
            ku = units[k]
            role, after = _label(text, ku, pats)
            if role not in ATTRIBUTE_ROLES or any(j in kids for j in kids.get(k, [])):
                break
            end = max([ku["end"]] + [units[j]["end"] for j in kids.get(k, [])])
            cells[role] = (after, end)
        else:
            if cells.keys() & _CELL_ROLES:
                pu["cells"], pu["kind"] = cells, "item"
                for k in children:
                    found |= {k, *kids.get(k, [])}
    return found
