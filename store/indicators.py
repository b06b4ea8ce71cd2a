"""The indicator taxonomy in the database, task–criterion links and roll-ups per criterion.

Every function takes ``session=`` and never commits; the caller owns the transaction.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from models.tables import Criterion, Task, TaskCriterion
from nlp.taxonomy_load import load_taxonomy as read_taxonomy
from store.tasks import schedule

CLOSED = frozenset({"done", "cancelled", "rejected"})


@dataclass(frozen=True)
class CriterionRollup:
    """Commitments linked to one criterion (its own links and those of the nodes below it)."""

    code: str
    index_code: str
    parent_code: str | None
    name: str
    depth: int
    commitments: int
    done: int
    overdue: int

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def load_taxonomy(*, session: Session, directory: str | None = None) -> int:
    """Upsert every index and node of the shipped taxonomy into ``Criterion`` (idempotent).

    Args:
        session: the open session (not committed here).
        directory: another taxonomy folder (tests).

    Returns:
        The number of rows inserted or changed.
    """
    existing = {c.code: c for c in session.exec(select(Criterion)).all()}
    changed = 0
    for ix in read_taxonomy(directory).values():
        rows = [
            {"code": ix.code, "index_code": ix.code, "parent_code": None, "name": ix.name,
                 "version": ", ".join(v.id for v in ix.versions), "source": ix.source, "verified": ix.verified,
                 "aliases": list(ix.aliases)}
        ]
        rows += [
            {"code": n.code, "index_code": ix.code, "parent_code": n.parent, "name": n.name, "version": ", ".join(n.versions),
                 "source": n.source, "verified": n.verified, "aliases": list(n.aliases)}
            for n in ix.nodes
        ]
        for row in rows:
            cur = existing.get(row["code"])
            if cur is None:
                session.add(Criterion(**row))
                changed += 1
            elif any(getattr(cur, k) != v for k, v in row.items()):
                for k, v in row.items():
                    setattr(cur, k, v)
                session.add(cur)
                changed += 1
    session.flush()
    return changed


def link_task_criteria(
    *, session: Session, task_id: int, criteria: Iterable[dict[str, Any]], origin: str = "machine"
) -> list[TaskCriterion]:
    """Record the criteria of a task (``[{"code", "confidence", "evidence"}]`` from ``nlp.indicators``).

    A link that exists is updated, except that a machine run never overwrites a human link.

    Returns:
        The links of the task after the change.
    """
    current = {tc.criterion_code: tc for tc in session.exec(select(TaskCriterion).where(TaskCriterion.task_id == task_id))}
    for c in criteria:
        code = str(c["code"])
        link = current.get(code)
        if link is not None and link.origin == "human" and origin != "human":
            continue
        if link is None:
            link = TaskCriterion(task_id=task_id, criterion_code=code)
            current[code] = link
        link.confidence = float(c.get("confidence", 1.0))
        link.evidence = str(c.get("evidence") or "")
        link.origin = origin
        session.add(link)
    session.flush()
    return sorted(current.values(), key=lambda tc: tc.criterion_code)


def _ancestors(code: str) -> list[str]:
    parts = code.split(".")
    return [".".join(parts[:i]) for i in range(len(parts), 0, -1)]


def rollup(*, session: Session, index_code: str | None = None, today: date | None = None) -> list[CriterionRollup]:
    """Per criterion: the commitments (tasks) linked to it or to a node below it, how many are done,
    how many are overdue (open and past the due date, recurring deadlines rolled forward: :func:`store.tasks.schedule`).

    A task counts for an index when its ``indices`` name it or one of its criteria is linked; rejected
    tasks and tasks merged into others are not commitments.

    Args:
        session: the open session.
        index_code: only this index (``"PAR"``); all when None.
        today: the reference day (default: today).

    Returns:
        One row per criterion of the taxonomy table, in code order (indices first).
    """
    today = today or date.today()
    q = select(Criterion)
    if index_code:
        q = q.where(Criterion.index_code == index_code)
    crits = list(session.exec(q).all())
    known = {c.code for c in crits}
    live = [t for t in session.exec(select(Task).where(col(Task.merged_into_id).is_(None))).all()
            if t.status != "rejected"]
    dues = schedule(session=session, tasks=live, today=today)
    tasks: dict[int, tuple[str, bool]] = {}
    members: dict[str, set[int]] = defaultdict(set)
    for t in live:
        tid = t.id or 0
        tasks[tid] = (t.status, dues[tid].overdue)
        for code in t.indices or []:
            if code in known:
                members[code].add(tid)
    for tid, code in session.exec(select(TaskCriterion.task_id, TaskCriterion.criterion_code)).all():
        if tid not in tasks:
            continue
        for anc in _ancestors(code):
            if anc in known:
                members[anc].add(tid)
    out = []
    for c in crits:
        ids = members.get(c.code, set())
        done = sum(1 for t in ids if tasks[t][0] == "done")
        overdue = sum(1 for t in ids if tasks[t][1])
        out.append(CriterionRollup(code=c.code, index_code=c.index_code, parent_code=c.parent_code, name=c.name,
                                   depth=c.code.count("."), commitments=len(ids), done=done, overdue=overdue))
    order = {code: i for i, code in enumerate(read_taxonomy())}
    out.sort(key=lambda r: (order.get(r.index_code, 99), [(0, int(p), "") if p.isdigit() else (1, 0, p) for p in r.code.split(".")[1:]]))
    return out


def index_summary(*, session: Session, today: date | None = None) -> list[CriterionRollup]:
    """The roll-up of the indices themselves (the roots of the taxonomy)."""
    return [r for r in rollup(session=session, today=today) if r.parent_code is None]
