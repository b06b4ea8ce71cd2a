"""Minimal write paths used only while ``store.importer`` / ``store.review`` are not available.

``web.services`` prefers the store's functions; these keep the web app usable (and testable)
on its own. They follow the same rules: keyword arguments, ``session=``, no commit.
"""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Any

from sqlmodel import Session, select

from models.tables import (
    Body,
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
    utcnow,
)
from nlp.text import fold, squash


class FallbackConflict(Exception):
    """The task changed since it was read."""


def _key(name: str) -> str:
    return squash(fold(name))


def _iso(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _body(session: Session, name: str) -> Body:
    key = _key(name)
    body = session.exec(select(Body).where(Body.key == key)).first()
    if body is None:
        body = Body(name=name, key=key, proposed=True)
        session.add(body)
        session.flush()
    return body


def save_extraction(*, session: Session, document: Any, extraction: Any) -> Directive:
    """Store a document and its extraction (idempotent by sha256)."""
    found = session.exec(select(SourceFile).where(SourceFile.sha256 == document.sha256)).first()
    if found is not None and found.directive is not None:
        return found.directive
    sf = SourceFile(sha256=document.sha256, name=document.name, format=str(getattr(document.format, "value", document.format)),
                    size=len(document.text), text=document.text,
                    pages=[p.model_dump() for p in document.pages], blocks=[b.model_dump(mode="json") for b in document.blocks],
                    meta=dict(document.meta))
    session.add(sf)
    session.flush()
    info = extraction.directive
    d = Directive(source_file_id=sf.id, doc_type=info.doc_type, number=info.number,
                  number_key=(info.number or "").upper().replace(" ", "") or None, issuer=info.issuer,
                  signer=info.signer, issued_on=_iso(info.issued_on), subject=info.subject,
                  indices=list(info.indices), folded=_key(info.subject or ""))
    session.add(d)
    session.flush()
    for ref in info.references:
        number = ref if isinstance(ref, str) else ref.number
        session.add(Reference(directive_id=d.id, number=number, number_key=number.upper().replace(" ", ""),
                              start=None if isinstance(ref, str) or ref.span is None else ref.span[0],
                              end=None if isinstance(ref, str) or ref.span is None else ref.span[1]))
    by_label: dict[str, Task] = {}
    for i, t in enumerate(extraction.tasks):
        s, e = t.span
        uid = hashlib.sha256(f"{document.sha256}:{s}:{e}".encode()).hexdigest()[:12].upper()
        task = Task(uid=uid, directive_id=d.id, ordinal=i, label=t.id, start=s, end=e,
                    page_no=document.page_of(s), text=document.text[s:e], confidence=t.confidence,
                    evidence=list(t.evidence), indices=list(t.indices), folded=_key(document.text[s:e]))
        session.add(task)
        session.flush()
        by_label[t.id] = task
        seen: set[tuple[int, str]] = set()
        for b in t.bodies:
            body = _body(session, b.name)
            if (body.id, b.role) in seen:
                continue
            seen.add((body.id, b.role))
            session.add(TaskBody(task_id=task.id, body_id=body.id, role=b.role, explicit=b.explicit,
                                 name_as_written=b.name, start=b.span[0] if b.span else None,
                                 end=b.span[1] if b.span else None))
        if t.deadline is not None:
            dl = t.deadline
            session.add(Deadline(task_id=task.id, due_on=_iso(dl.date), kind=dl.kind, rule=dl.rule,
                                 start=dl.span[0] if dl.span else None, end=dl.span[1] if dl.span else None,
                                 inherited=dl.inherited))
        for c in t.criteria:
            code = c.get("code") if isinstance(c, dict) else None
            if code:
                session.add(TaskCriterion(task_id=task.id, criterion_code=code, confidence=float(c.get("confidence", 1.0))))
    for g in extraction.targets:
        s, e = g.span
        task = by_label.get(g.task or "")
        session.add(Target(task_id=task.id if task else None, directive_id=d.id, value=g.value, unit=g.unit,
                           comparator=g.comparator, metric=g.metric, start=s, end=e,
                           page_no=document.page_of(s), text=document.text[s:e]))
    session.flush()
    return d


def _snapshot(task: Task) -> dict[str, Any]:
    return {"status": task.status, "text": task.human_text or task.text, "progress": task.progress,
            "version": task.version}


STATUS_OF = {"accept": "accepted", "reject": "rejected", "start": "in_progress", "done": "done",
             "cancel": "cancelled"}


def apply_review(*, session: Session, task_id: int, action: str, actor: str, changes: dict[str, Any] | None = None,
                 expected_version: int | None = None) -> ReviewEvent:
    """Change a task as a reviewer asked and append a ``ReviewEvent``."""
    task = session.get(Task, task_id)
    if task is None:
        raise LookupError(f"no task {task_id}")
    if expected_version is not None and task.version != expected_version:
        raise FallbackConflict(f"task {task.uid} is at version {task.version}, not {expected_version}")
    changes = dict(changes or {})
    before = _snapshot(task)
    if action in STATUS_OF:
        task.status = STATUS_OF[action]
        if action == "done":
            task.progress, task.done_on = 100, date.today()
    if action == "edit" and changes.get("text"):
        task.human_text, task.edited = str(changes["text"]), True
    if action == "edit" and "deadline" in changes:
        dl = session.exec(select(Deadline).where(Deadline.task_id == task.id)).first()
        due = _iso(changes.get("deadline"))
        if dl is None:
            session.add(Deadline(task_id=task.id, due_on=due, origin="human"))
        else:
            dl.due_on, dl.origin = due, "human"
            session.add(dl)
    if action == "edit" and changes.get("lead"):
        body = _body(session, str(changes["lead"]))
        for link in session.exec(select(TaskBody).where(TaskBody.task_id == task.id, TaskBody.role == "lead")):
            session.delete(link)
        session.flush()
        session.add(TaskBody(task_id=task.id, body_id=body.id, role="lead", name_as_written=body.name, origin="human"))
    if action == "split":
        at = int(changes["at"])
        if not task.start < at < task.end:
            raise ValueError("split point outside the task")
        twin = Task(uid=task.uid[:10] + "S" + str(task.version % 10), directive_id=task.directive_id, ordinal=task.ordinal,
                    label=task.label + "b", start=at, end=task.end, page_no=task.page_no,
                    text=task.text[at - task.start:], origin="human", confidence=task.confidence,
                    folded=_key(task.text[at - task.start:]))
        task.end, task.text = at, task.text[: at - task.start]
        session.add(twin)
    if action == "merge":
        other = session.get(Task, int(changes["with"]))
        if other is None or other.directive_id != task.directive_id:
            raise ValueError("merge needs a task of the same directive")
        src = task.directive.source_file.text
        task.start, task.end = min(task.start, other.start), max(task.end, other.end)
        task.text = src[task.start:task.end]
        other.status = "rejected"
        other.version += 1
        session.add(other)
    task.version += 1
    task.updated_at = utcnow()
    session.add(task)
    event = ReviewEvent(entity="task", entity_id=task.id, task_id=task.id, action=action, before=before,
                        after=_snapshot(task) | {"changes": changes}, actor=actor, note=changes.get("note"))
    session.add(event)
    session.flush()
    return event


def report_progress(*, session: Session, task_id: int, percent: int, note: str, evidence: list[str],
                    actor: str) -> ProgressReport:
    """Record a progress report and move the task's status accordingly."""
    task = session.get(Task, task_id)
    if task is None:
        raise LookupError(f"no task {task_id}")
    percent = max(0, min(100, int(percent)))
    report = ProgressReport(task_id=task.id, percent=percent, note=note, evidence=evidence, actor=actor)
    session.add(report)
    apply_review(session=session, task_id=task.id, action="done" if percent >= 100 else "progress", actor=actor,
                 changes={"percent": percent, "note": note})
    task.progress = percent
    if percent < 100 and task.status in ("accepted", "extracted"):
        task.status = "in_progress"
    session.add(task)
    session.flush()
    return report
