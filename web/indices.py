"""Read side of the index pages: one index's criterion tree with roll-ups and the tasks serving it,
and one taxonomy node for the administrators. Pure queries over the store (no commits)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from models.tables import Criterion, Task, TaskCriterion
from store.indicators import index_summary, rollup
from store.tasks import schedule
from web.queries import task_dict


def _criterion(c: Criterion) -> dict[str, Any]:
    return {"code": c.code, "index": c.index_code, "parent": c.parent_code, "name": c.name, "version": c.version,
            "source": c.source, "verified": c.verified, "aliases": list(c.aliases)}


def get_index(*, session: Session, code: str) -> Criterion | None:
    """The root node of index ``code`` (case-insensitive), or ``None``."""
    row = session.exec(select(Criterion).where(Criterion.code == code.strip().upper(),
                                               col(Criterion.parent_code).is_(None))).first()
    return row


def indices(*, session: Session, today: date | None = None) -> list[dict[str, Any]]:
    """Every index with its commitments, done and overdue (the roots of the taxonomy)."""
    return [r.as_dict() for r in index_summary(session=session, today=today)]


def index_detail(*, session: Session, code: str, today: date | None = None) -> dict[str, Any] | None:
    """Index ``code``: its criterion tree (each node with commitments / done / overdue) and the tasks serving it.

    A task serves the index when its ``indices`` name it or one of its criteria belongs to it; for
    each task the criteria of this index it is linked to are listed. Rejected tasks are left out,
    as in :func:`store.indicators.rollup`.

    Returns:
        ``{"index", "summary", "criteria", "tasks"}``, or ``None`` when no such index exists.
    """
    root = get_index(session=session, code=code)
    if root is None:
        return None
    rows = [r.as_dict() for r in rollup(session=session, index_code=root.code, today=today)]
    summary = next((r for r in rows if r["code"] == root.code), None)
    codes = {r["code"] for r in rows}
    linked: dict[int, list[str]] = defaultdict(list)
    for tid, ccode in session.exec(select(TaskCriterion.task_id, TaskCriterion.criterion_code)):
        if ccode in codes or ccode.split(".", 1)[0] == root.code:
            linked[tid].append(ccode)
    serving = [t for t in session.exec(select(Task).where(Task.status != "rejected", col(Task.merged_into_id).is_(None))
                                       .order_by(col(Task.directive_id), col(Task.ordinal)))
               if root.code in (t.indices or []) or t.id in linked]
    dues = schedule(session=session, tasks=serving, today=today)
    tasks = []
    for task in serving:
        item = task_dict(session, task, dues[task.id or 0])
        item["index_criteria"] = sorted(linked.get(task.id or 0, []))
        tasks.append(item)
    return {"index": _criterion(root), "summary": summary,
            "criteria": [r for r in rows if r["code"] != root.code], "tasks": tasks}


def criterion_detail(*, session: Session, code: str) -> dict[str, Any] | None:
    """One taxonomy node: its fields, its path from the index root, its children and how many tasks link it."""
    node = session.exec(select(Criterion).where(Criterion.code == code.strip())).first()
    if node is None:
        return None
    by_code = {c.code: c for c in session.exec(select(Criterion).where(Criterion.index_code == node.index_code))}
    path, cur = [], node.parent_code
    while cur and cur in by_code and len(path) < 20:
        path.insert(0, {"code": cur, "name": by_code[cur].name})
        cur = by_code[cur].parent_code
    children = sorted((_criterion(c) for c in by_code.values() if c.parent_code == node.code), key=lambda c: c["code"])
    links = session.exec(select(TaskCriterion.task_id).where(TaskCriterion.criterion_code == node.code)).all()
    return _criterion(node) | {"path": path, "children": children, "linked_tasks": len(set(links))}
