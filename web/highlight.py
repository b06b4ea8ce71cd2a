"""Source text as escaped HTML with every extracted span marked by kind.

The text is always escaped: an uploaded HTML file is shown as text and never runs.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import Any

from markupsafe import Markup

KINDS = ("task", "body", "deadline", "target", "reference")


@dataclass(frozen=True)
class Mark:
    """One span to highlight: ``[start, end)`` of ``kind``; ``ref`` names it in anchors (``task-12``)."""

    start: int
    end: int
    kind: str
    ref: str


def marks_of(detail: dict[str, Any]) -> list[Mark]:
    """The marks of a directive detail (``web.queries.directive_detail``)."""
    out: list[Mark] = []
    for t in detail["tasks"]:
        out.append(Mark(t["span"][0], t["span"][1], "task", f"task-{t['id']}"))
        for b in t["lead"] + t["support"]:
            if b.get("span"):
                out.append(Mark(b["span"][0], b["span"][1], "body", f"body-{t['id']}-{b['id']}"))
        dl = t.get("deadline")
        if dl and dl.get("span"):
            out.append(Mark(dl["span"][0], dl["span"][1], "deadline", f"deadline-{t['id']}"))
        for g in t["targets"]:
            out.append(Mark(g["span"][0], g["span"][1], "target", f"target-{g['id']}"))
    for g in detail.get("loose_targets", []):
        out.append(Mark(g["span"][0], g["span"][1], "target", f"target-{g['id']}"))
    for i, r in enumerate(detail.get("references", [])):
        if r.get("span"):
            out.append(Mark(r["span"][0], r["span"][1], "reference", f"ref-{i}"))
    return out


def highlight(text: str, marks: list[Mark], *, pages: list[dict[str, Any]] | None = None) -> Markup:
    """Escaped ``text`` with ``<span class="hl k-…">`` around marked parts and page markers.

    Overlapping marks are cut at every boundary; each piece carries the classes of all marks
    covering it, and an empty anchor ``id=ref`` opens each mark.

    Args:
        text: the canonical source text.
        marks: spans into ``text``; those outside it are ignored.
        pages: ``[{"page_no", "start", "end"}]``; a marker is put where each page after the first begins.

    Returns:
        Safe HTML.
    """
    n = len(text)
    marks = [m for m in marks if 0 <= m.start < m.end <= n and m.kind in KINDS]
    opens: dict[int, list[Mark]] = {}
    bounds = {0, n}
    for m in marks:
        bounds.update((m.start, m.end))
        opens.setdefault(m.start, []).append(m)
    page_at: dict[int, int] = {}
    for p in pages or []:
        if p.get("page_no", 1) > 1 and 0 <= p.get("start", -1) < n:
            page_at[p["start"]] = p["page_no"]
            bounds.add(p["start"])
    cuts = sorted(bounds)
    parts: list[str] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        if a in page_at:
            parts.append(f'<span class="page-no" id="page-{page_at[a]}">— Trang {page_at[a]} —</span>')
        for m in opens.get(a, []):
            parts.append(f'<a class="anchor" id="{escape(m.ref)}"></a>')
        active = sorted({m.kind for m in marks if m.start <= a and b <= m.end}, key=KINDS.index)
        piece = escape(text[a:b])
        if active:
            cls = " ".join(f"k-{k}" for k in active)
            parts.append(f'<span class="hl {cls}">{piece}</span>')
        else:
            parts.append(piece)
    return Markup("".join(parts))
