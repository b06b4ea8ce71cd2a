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
    role, after = pats.label_role(text[u["start"]:u["end"]])
    return role, u["start"] + after


def is_attribute_line(text: str, start: int, end: int, pats: LayoutPatterns) -> bool:
    """A labelled line of a task block: "Đơn vị chủ trì thực hiện: Sở Tư pháp", "Thời gian thực hiện: ..."."""
    role, _ = _label(text, {"start": start, "end": end}, pats)
    return role in ATTRIBUTE_ROLES


def _value(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    return (start, end) if end > start else None


def labelled_blocks(units: list[dict], text: str, pats: LayoutPatterns) -> set[int]:
    """Blocks of labelled siblings: task items (unlabelled "- ..." items, or an "a) Nhiệm vụ: ..."
    line, or the items under "a) Nhiệm vụ:") followed by a run of attribute lines ("b) Cơ quan thực
    hiện:", "Đơn vị chủ trì: X", "Thời gian thực hiện: ..."): the run is the cells of those tasks.
    Returns the units that are cells."""
    kids = _children(units)
    found: set[int] = set()
    for children in kids.values():
        pending: list[int] = []
        run: list[int] = []
        for k in children:
            role, after = _label(text, units[k], pats)
            if role in ATTRIBUTE_ROLES:
                run.append(k)
                continue
            if run:
                found |= _flush(units, text, pats, kids, pending, run)
                pending, run = [], []
            if role == "content":
                items = [j for j in kids.get(k, []) if j not in kids]
                value = _value(text, after, units[k]["end"])
                if items:  # "a) Nhiệm vụ:" + "- Triển khai ..." items: each is a task
                    pending += items
                elif value:  # "a) Nhiệm vụ: Tham mưu ...": the text after the label is the task
                    units[k]["start"], units[k]["kind"] = value[0], "item"
                    pending.append(k)
            elif role is None and units[k]["kind"] == "item" and k not in kids:
                pending.append(k)
            else:
                pending = []
        if run:
            found |= _flush(units, text, pats, kids, pending, run)
    return found


def _flush(units: list[dict], text: str, pats: LayoutPatterns, kids: dict[int, list[int]],
           pending: list[int], run: list[int]) -> set[int]:
    """Give the cells of an attribute run to the pending tasks; the run's units, when it applied."""
    cells: dict[str, Span] = {}
    block: set[int] = set()
    for k in run:
        role, after = _label(text, units[k], pats)
        sub = kids.get(k, [])
        block |= {k, *sub}
        for j in sub:  # "b) Cơ quan thực hiện:" + "- Đơn vị chủ trì: Sở Khoa học và Công nghệ."
            r2, after2 = _label(text, units[j], pats)
            if r2 in _CELL_ROLES and (v := _value(text, after2, units[j]["end"])):
                cells.setdefault(r2, v)
        inline = _value(text, after, units[k]["end"])
        if role in _CELL_ROLES and inline:
            cells.setdefault(role, inline)
        elif role in _CELL_ROLES and sub and not cells.get(role) and role != "lead":
            cells[role] = (units[sub[0]]["start"], units[sub[-1]]["end"])
    if not pending or not cells.keys() & _CELL_ROLES:
        return set()
    for j in pending:
        if not units[j]["cells"]:
            units[j]["cells"] = dict(cells)
    return block


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
