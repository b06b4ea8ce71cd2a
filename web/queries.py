"""Read queries the pages need (kept web-side until the store offers them)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from models.tables import (
    Body,
    Criterion,
    Deadline,
    Directive,
    ProgressReport,
    Reference,
    ReviewEvent,
    SourceFile,
    Target,
    Task,
    TaskBody,
    TaskCriterion,
)
from nlp.text import fold

CLOSED = ("done", "cancelled", "rejected")
COMMITTED = ("accepted", "in_progress", "done")  # reviewed: machine proposals are not commitments yet


def _d(value: date | None) -> str | None:
    return value.isoformat() if value else None


def directive_rows(*, session: Session, q: str = "", limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
    """Directives, newest first, with task counts; ``q`` filters number/subject/issuer ignoring accents."""
    stmt = select(Directive).order_by(col(Directive.id).desc())
    rows = list(session.exec(stmt))
    if q:
        fq = fold(q).lower()
        rows = [d for d in rows if fq in fold(" ".join(filter(None, [d.number, d.subject, d.issuer]))).lower()]
    counts: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for did, status, n in session.exec(select(Task.directive_id, Task.status, func.count())
                                       .where(col(Task.merged_into_id).is_(None)).group_by(Task.directive_id, Task.status)):
        counts[did][status] = n
    out = []
    for d in rows[offset: offset + limit]:
        c = counts.get(d.id or 0, {})
        out.append({"id": d.id, "number": d.number, "doc_type": d.doc_type, "issuer": d.issuer,
                    "issued_on": _d(d.issued_on), "subject": d.subject, "tasks": sum(c.values()),
                    "to_review": c.get("extracted", 0), "done": c.get("done", 0)})
    return out


def task_dict(session: Session, task: Task) -> dict[str, Any]:
    """A task with its bodies, deadline, targets and criteria, as plain data."""
    bodies = []
    for link in session.exec(select(TaskBody).where(TaskBody.task_id == task.id)):
        body = session.get(Body, link.body_id)
        bodies.append({"id": link.body_id, "name": body.name if body else link.name_as_written, "role": link.role,
                       "explicit": link.explicit, "span": [link.start, link.end] if link.start is not None else None})
    dl = session.exec(select(Deadline).where(Deadline.task_id == task.id)).first()
    targets = [{"id": g.id, "text": g.text, "value": g.value, "unit": g.unit, "comparator": g.comparator,
                "metric": g.metric, "span": [g.start, g.end], "page": g.page_no}
               for g in session.exec(select(Target).where(Target.task_id == task.id))]
    criteria = [c.criterion_code for c in session.exec(select(TaskCriterion).where(TaskCriterion.task_id == task.id))]
    overdue = bool(dl and dl.due_on and dl.due_on < date.today() and task.status not in CLOSED)
    return {"id": task.id, "uid": task.uid, "directive_id": task.directive_id, "label": task.label,
            "text": task.human_text or task.text, "machine_text": task.text, "span": [task.start, task.end],
            "page": task.page_no, "confidence": round(task.confidence, 3), "status": task.status,
            "version": task.version, "progress": task.progress, "edited": task.edited, "origin": task.origin,
            "indices": list(task.indices), "criteria": criteria, "result": task.result,
            "lead": [b for b in bodies if b["role"] == "lead"], "support": [b for b in bodies if b["role"] != "lead"],
            "deadline": None if dl is None else {"date": _d(dl.due_on), "kind": dl.kind, "rule": dl.rule,
                                                  "span": [dl.start, dl.end] if dl.start is not None else None,
                                                  "inherited": dl.inherited},
            "targets": targets, "overdue": overdue}


def directive_detail(*, session: Session, directive_id: int) -> dict[str, Any] | None:
    """A directive with its source text, pages and tasks; ``None`` when unknown."""
    d = session.get(Directive, directive_id)
    if d is None:
        return None
    sf = session.get(SourceFile, d.source_file_id)
    tasks = [task_dict(session, t) for t in session.exec(
        select(Task).where(Task.directive_id == d.id, col(Task.merged_into_id).is_(None)).order_by(Task.start, Task.id))]
    loose = [{"id": g.id, "text": g.text, "value": g.value, "unit": g.unit, "span": [g.start, g.end]}
             for g in session.exec(select(Target).where(Target.directive_id == d.id, col(Target.task_id).is_(None)))]
    refs = []
    for r in session.exec(select(Reference).where(Reference.directive_id == d.id)):
        target = r.target_id
        if target is None:
            hit = session.exec(select(Directive).where(Directive.number_key == r.number_key, Directive.id != d.id)).first()
            target = hit.id if hit else None
        refs.append({"number": r.number, "span": [r.start, r.end] if r.start is not None else None, "directive_id": target})
    cited_by = [{"id": x.id, "number": x.number} for x in session.exec(
        select(Directive).join(Reference, col(Reference.directive_id) == col(Directive.id)).where(
            Reference.number_key == (d.number_key or "\0")))]
    return {"id": d.id, "number": d.number, "doc_type": d.doc_type, "issuer": d.issuer, "signer": d.signer,
            "issued_on": _d(d.issued_on), "subject": d.subject, "indices": list(d.indices),
            "file": {"name": sf.name if sf else "", "format": sf.format if sf else "", "sha256": sf.sha256 if sf else ""},
            "text": sf.text if sf else "", "pages": sf.pages if sf else [], "tasks": tasks, "loose_targets": loose,
            "references": refs, "cited_by": cited_by}


def task_history(*, session: Session, task_id: int) -> list[dict[str, Any]]:
    """Every human change of a task, oldest first, with progress reports."""
    events = [{"at": e.at.isoformat(timespec="seconds"), "actor": e.actor, "action": e.action, "before": e.before,
               "after": e.after, "note": e.note}
              for e in session.exec(select(ReviewEvent).where(ReviewEvent.task_id == task_id).order_by(ReviewEvent.at, ReviewEvent.id))]
    return events


def progress_reports(*, session: Session, task_id: int) -> list[dict[str, Any]]:
    """Progress reports of a task, newest first; evidence as ``{sha, name}``."""
    out = []
    for p in session.exec(select(ProgressReport).where(ProgressReport.task_id == task_id).order_by(col(ProgressReport.at).desc())):
        ev = [{"sha": x.get("sha256", ""), "name": x.get("name", "")} if isinstance(x, dict) else {"sha": str(x), "name": str(x)}
              for x in p.evidence]
        out.append({"at": p.at.isoformat(timespec="seconds"), "percent": p.percent, "note": p.note, "actor": p.actor,
                    "evidence": ev})
    return out


def _live_tasks(session: Session) -> list[tuple[Task, Deadline | None]]:
    stmt = select(Task, Deadline).join(Deadline, col(Deadline.task_id) == col(Task.id), isouter=True).where(
        col(Task.status).in_(COMMITTED), col(Task.merged_into_id).is_(None))
    return list(session.exec(stmt))


def _is_overdue(task: Task, dl: Deadline | None, today: date) -> bool:
    return bool(dl and dl.due_on and dl.due_on < today and task.status not in CLOSED)


def dashboard(*, session: Session, today: date | None = None) -> dict[str, Any]:
    """Commitments (accepted tasks), done and overdue per lead body and per index; ``to_review`` waits."""
    today = today or date.today()
    rows = _live_tasks(session)
    leads: dict[int, list[int]] = defaultdict(list)
    for link in session.exec(select(TaskBody).where(TaskBody.role == "lead")):
        leads[link.task_id].append(link.body_id)
    names = {b.id: b.name for b in session.exec(select(Body))}
    per_body: dict[int, dict[str, Any]] = {}
    per_index: dict[str, dict[str, Any]] = {}
    for task, dl in rows:
        od, done = _is_overdue(task, dl, today), task.status == "done"
        for bid in leads.get(task.id or 0, []):
            r = per_body.setdefault(bid, {"id": bid, "name": names.get(bid, "?"), "total": 0, "done": 0, "overdue": 0})
            r["total"] += 1
            r["done"] += done
            r["overdue"] += od
        for ix in task.indices or []:
            r = per_index.setdefault(ix, {"code": ix, "total": 0, "done": 0, "overdue": 0})
            r["total"] += 1
            r["done"] += done
            r["overdue"] += od
    bodies = sorted(per_body.values(), key=lambda r: (-r["total"], r["name"]))
    indices = sorted(per_index.values(), key=lambda r: r["code"])
    total = len(rows)
    waiting = len(session.exec(select(Task.id).where(Task.status == "extracted", col(Task.merged_into_id).is_(None))).all())
    return {"today": today.isoformat(), "total": total, "to_review": waiting, "done": sum(t.status == "done" for t, _ in rows),
            "overdue": sum(_is_overdue(t, dl, today) for t, dl in rows), "bodies": bodies, "indices": indices}


def overdue_tasks(*, session: Session, today: date | None = None) -> list[dict[str, Any]]:
    """Open tasks whose deadline has passed, most overdue first."""
    today = today or date.today()
    rows = [(t, dl) for t, dl in _live_tasks(session) if _is_overdue(t, dl, today)]
    rows.sort(key=lambda r: r[1].due_on)  # type: ignore[union-attr]
    out = []
    for t, dl in rows:
        item = task_dict(session, t)
        item["days_late"] = (today - dl.due_on).days  # type: ignore[union-attr,operator]
        out.append(item)
    return out


def body_detail(*, session: Session, body_id: int) -> dict[str, Any] | None:
    """A body with every task it leads or supports."""
    body = session.get(Body, body_id)
    if body is None:
        return None
    tasks = []
    for link in session.exec(select(TaskBody).where(TaskBody.body_id == body_id)):
        t = session.get(Task, link.task_id)
        if t is not None and t.status not in ("rejected", "cancelled") and t.merged_into_id is None:
            tasks.append(task_dict(session, t) | {"role": link.role})
    return {"id": body.id, "name": body.name, "aliases": list(body.aliases), "level": body.level,
            "proposed": body.proposed, "tasks": tasks}


def bodies(*, session: Session) -> list[dict[str, Any]]:
    """The body registry with the number of tasks linked to each body."""
    counts = dict(session.exec(select(TaskBody.body_id, func.count()).group_by(TaskBody.body_id)).all())
    return [{"id": b.id, "name": b.name, "key": b.key, "aliases": list(b.aliases), "level": b.level,
             "proposed": b.proposed, "tasks": counts.get(b.id, 0)}
            for b in session.exec(select(Body).order_by(Body.name))]


def criteria(*, session: Session) -> list[dict[str, Any]]:
    """The indicator taxonomy as stored."""
    return [{"code": c.code, "index": c.index_code, "parent": c.parent_code, "name": c.name, "version": c.version,
             "verified": c.verified} for c in session.exec(select(Criterion).order_by(Criterion.index_code, Criterion.code))]


def directive_detail_or_404(*, session: Session, directive_id: int) -> dict[str, Any]:
    """``directive_detail``, or an HTTP 404 when there is no such directive."""
    from fastapi import HTTPException

    d = directive_detail(session=session, directive_id=directive_id)
    if d is None:
        raise HTTPException(status_code=404, detail=f"Không có văn bản {directive_id}.")
    return d
