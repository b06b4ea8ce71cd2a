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
from store.search import folded_like
from store.tasks import Due, deadline_label, schedule
from web.history import describe

COMMITTED = ("accepted", "in_progress", "done")  # reviewed: machine proposals are not commitments yet


def _d(value: date | None) -> str | None:
    return value.isoformat() if value else None


def directive_rows(*, session: Session, q: str = "", limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
    """Directives, newest first, with task counts; ``q`` filters number/subject/issuer ignoring accents."""
    stmt = select(Directive).order_by(col(Directive.id).desc())
    if q and (cond := folded_like(Directive.folded, q)) is not None:
        stmt = stmt.where(cond)
    rows = list(session.exec(stmt))
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


def task_dict(session: Session, task: Task, due: Due | None = None) -> dict[str, Any]:
    """A task with its bodies, deadline, targets and criteria, as plain data.

    ``due`` (from :func:`store.tasks.schedule`, computed here when not given) says when the task is
    next due, recurring deadlines rolled forward, and whether it is overdue today.
    """
    if due is None:
        due = schedule(session=session, tasks=[task])[task.id]  # type: ignore[index]
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
    return {"id": task.id, "uid": task.uid, "directive_id": task.directive_id, "label": task.label,
            "text": task.human_text or task.text, "machine_text": task.text, "span": [task.start, task.end],
            "page": task.page_no, "confidence": round(task.confidence, 3), "status": task.status,
            "version": task.version, "progress": task.progress, "edited": task.edited, "origin": task.origin,
            "indices": list(task.indices), "criteria": criteria, "result": task.result,
            "lead": [b for b in bodies if b["role"] == "lead"], "support": [b for b in bodies if b["role"] != "lead"],
            "deadline": None if dl is None else {"date": _d(dl.due_on), "kind": dl.kind, "rule": dl.rule,
                                                  "span": [dl.start, dl.end] if dl.start is not None else None,
                                                  "inherited": dl.inherited, "label": deadline_label(dl, due.due)},
            "due": _d(due.due), "targets": targets, "overdue": due.overdue}


def directive_detail(*, session: Session, directive_id: int) -> dict[str, Any] | None:
    """A directive with its source text, pages and tasks; ``None`` when unknown."""
    d = session.get(Directive, directive_id)
    if d is None:
        return None
    sf = session.get(SourceFile, d.source_file_id)
    rows = list(session.exec(
        select(Task).where(Task.directive_id == d.id, col(Task.merged_into_id).is_(None)).order_by(Task.start, Task.id)))
    dues = schedule(session=session, tasks=rows)
    tasks = [task_dict(session, t, dues[t.id or 0]) for t in rows]
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
    return {"id": d.id, "source_file_id": d.source_file_id, "number": d.number, "doc_type": d.doc_type,
            "issuer": d.issuer, "signer": d.signer,
            "issued_on": _d(d.issued_on), "subject": d.subject, "indices": list(d.indices),
            "file": {"name": sf.name if sf else "", "format": sf.format if sf else "", "sha256": sf.sha256 if sf else ""},
            "text": sf.text if sf else "", "pages": sf.pages if sf else [], "tasks": tasks, "loose_targets": loose,
            "references": refs, "cited_by": cited_by}


def event_dict(e: ReviewEvent) -> dict[str, Any]:
    """A review event as plain data, with ``changes``: what it changed, in words."""
    return {"id": e.id, "at": e.at.isoformat(timespec="seconds"), "actor": e.actor, "action": e.action,
            "entity": e.entity, "entity_id": e.entity_id, "task_id": e.task_id, "note": e.note,
            "before": e.before, "after": e.after, "changes": describe(e.before or {}, e.after or {})}


def task_history(*, session: Session, task_id: int) -> list[dict[str, Any]]:
    """Every human change of a task, oldest first."""
    stmt = select(ReviewEvent).where(ReviewEvent.task_id == task_id).order_by(col(ReviewEvent.at), col(ReviewEvent.id))
    return [event_dict(e) for e in session.exec(stmt)]


def progress_reports(*, session: Session, task_id: int) -> list[dict[str, Any]]:
    """Progress reports of a task, newest first; evidence as ``{sha, name}``."""
    out = []
    for p in session.exec(select(ProgressReport).where(ProgressReport.task_id == task_id).order_by(col(ProgressReport.at).desc())):
        ev = [{"sha": x.get("sha256", ""), "name": x.get("name", "")} if isinstance(x, dict) else {"sha": str(x), "name": str(x)}
              for x in p.evidence]
        out.append({"at": p.at.isoformat(timespec="seconds"), "percent": p.percent, "note": p.note, "actor": p.actor,
                    "evidence": ev})
    return out


def _live_tasks(session: Session) -> list[Task]:
    stmt = select(Task).where(col(Task.status).in_(COMMITTED), col(Task.merged_into_id).is_(None))
    return list(session.exec(stmt))


def _task_indices(session: Session, tasks: list[Task]) -> dict[int, set[str]]:
    """The indices each task serves: its own ``indices`` and the indices of its criteria."""
    out: dict[int, set[str]] = {t.id or 0: set(t.indices or []) for t in tasks}
    for tid, code in session.exec(select(TaskCriterion.task_id, TaskCriterion.criterion_code)):
        if tid in out:
            out[tid].add(code.split(".", 1)[0])
    return out


def dashboard(*, session: Session, today: date | None = None) -> dict[str, Any]:
    """Commitments (accepted tasks), done and overdue per lead body and per index; ``to_review`` waits.

    Overdue is :func:`store.tasks.schedule`'s rule (recurring deadlines roll forward), the same as
    the overdue list, the CLI and the index pages.
    """
    today = today or date.today()
    rows = _live_tasks(session)
    dues = schedule(session=session, tasks=rows, today=today)
    leads: dict[int, list[int]] = defaultdict(list)
    for link in session.exec(select(TaskBody).where(TaskBody.role == "lead")):
        leads[link.task_id].append(link.body_id)
    names = {b.id: b.name for b in session.exec(select(Body))}
    index_names = {c.code: c.name for c in session.exec(select(Criterion).where(col(Criterion.parent_code).is_(None)))}
    serves = _task_indices(session, rows)
    per_body: dict[int, dict[str, Any]] = {}
    per_index: dict[str, dict[str, Any]] = {}
    for task in rows:
        od, done = dues[task.id or 0].overdue, task.status == "done"
        for bid in leads.get(task.id or 0, []):
            r = per_body.setdefault(bid, {"id": bid, "name": names.get(bid, "?"), "total": 0, "done": 0, "overdue": 0})
            r["total"] += 1
            r["done"] += done
            r["overdue"] += od
        for ix in sorted(serves.get(task.id or 0, ())):
            r = per_index.setdefault(ix, {"code": ix, "name": index_names.get(ix, ""), "total": 0, "done": 0,
                                          "overdue": 0})
            r["total"] += 1
            r["done"] += done
            r["overdue"] += od
    bodies = sorted(per_body.values(), key=lambda r: (-r["total"], r["name"]))
    indices = sorted(per_index.values(), key=lambda r: r["code"])
    waiting = len(session.exec(select(Task.id).where(Task.status == "extracted", col(Task.merged_into_id).is_(None))).all())
    return {"today": today.isoformat(), "total": len(rows), "to_review": waiting,
            "done": sum(t.status == "done" for t in rows), "overdue": sum(d.overdue for d in dues.values()),
            "bodies": bodies, "indices": indices}


def overdue_tasks(*, session: Session, today: date | None = None) -> list[dict[str, Any]]:
    """Open tasks past their (rolled-forward) due date, most overdue first."""
    today = today or date.today()
    rows = _live_tasks(session)
    dues = schedule(session=session, tasks=rows, today=today)
    late = sorted((t for t in rows if dues[t.id or 0].overdue), key=lambda t: (dues[t.id or 0].due, t.id))
    out = []
    for t in late:
        due = dues[t.id or 0]
        item = task_dict(session, t, due)
        item["days_late"] = (today - due.due).days  # type: ignore[operator]
        item["directive_number"] = session.get(Directive, t.directive_id).number  # type: ignore[union-attr]
        out.append(item)
    return out


def body_detail(*, session: Session, body_id: int) -> dict[str, Any] | None:
    """A body with every task it leads or supports, across directives."""
    body = session.get(Body, body_id)
    if body is None:
        return None
    pairs = []
    for link in session.exec(select(TaskBody).where(TaskBody.body_id == body_id).order_by(col(TaskBody.task_id))):
        t = session.get(Task, link.task_id)
        if t is not None and t.status not in ("rejected", "cancelled") and t.merged_into_id is None:
            pairs.append((t, link.role))
    dues = schedule(session=session, tasks=[t for t, _ in pairs])
    tasks = [task_dict(session, t, dues[t.id or 0]) | {"role": role} for t, role in pairs]
    for item in tasks:
        item["directive_number"] = session.get(Directive, item["directive_id"]).number  # type: ignore[union-attr]
    summary = {"total": len(tasks), "done": sum(x["status"] == "done" for x in tasks),
               "overdue": sum(x["overdue"] for x in tasks), "to_review": sum(x["status"] == "extracted" for x in tasks)}
    return {"id": body.id, "name": body.name, "aliases": list(body.aliases), "level": body.level,
            "proposed": body.proposed, "summary": summary, "tasks": tasks}


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
