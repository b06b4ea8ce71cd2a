"""A task's reviewable state as a JSON dict (text, status, bodies, deadline) and its restoration.

Review events store a snapshot before and after each change, so that undo is a compensating
event that restores a ``before`` snapshot, and re-extraction can tell what a human touched.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlmodel import Session, select

from models.tables import Body, Deadline, Task, TaskBody
from store.keys import search_fold

TASK_FIELDS = ("start", "end", "text", "human_text", "edited", "status", "progress", "result",
               "merged_into_id", "indices")


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def body_rows(session: Session, task_id: int) -> list[dict[str, Any]]:
    """The task's body links as dicts, ordered by role then name."""
    rows = session.exec(
        select(TaskBody, Body).join(Body, Body.id == TaskBody.body_id).where(TaskBody.task_id == task_id)
    ).all()
    out = [{"body_id": lk.body_id, "name": b.name, "role": lk.role, "explicit": lk.explicit,
            "name_as_written": lk.name_as_written, "start": lk.start, "end": lk.end, "origin": lk.origin}
           for lk, b in rows]
    return sorted(out, key=lambda r: (r["role"] != "lead", r["name"], r["body_id"]))


def deadline_row(session: Session, task_id: int) -> dict[str, Any] | None:
    """The task's deadline as a dict, or ``None``."""
    d = session.exec(select(Deadline).where(Deadline.task_id == task_id)).first()
    if d is None:
        return None
    return {"due_on": _iso(d.due_on), "kind": d.kind, "rule": d.rule, "start": d.start, "end": d.end,
            "inherited": d.inherited, "origin": d.origin}


def snapshot(session: Session, task: Task) -> dict[str, Any]:
    """The reviewable state of ``task``."""
    state: dict[str, Any] = {f: getattr(task, f) for f in TASK_FIELDS}
    state["indices"] = list(task.indices or [])
    state["done_on"] = _iso(task.done_on)
    state["bodies"] = body_rows(session, task.id)
    state["deadline"] = deadline_row(session, task.id)
    return state


def restore(session: Session, task: Task, state: dict[str, Any]) -> None:
    """Put ``task`` (fields, body links, deadline) back to ``state``."""
    for f in TASK_FIELDS:
        if f in state:
            setattr(task, f, state[f])
    task.done_on = date.fromisoformat(state["done_on"]) if state.get("done_on") else None
    task.folded = search_fold(task.human_text or task.text)
    session.add(task)
    for link in session.exec(select(TaskBody).where(TaskBody.task_id == task.id)).all():
        session.delete(link)
    old = session.exec(select(Deadline).where(Deadline.task_id == task.id)).first()
    if old is not None:
        session.delete(old)
    session.flush()
    for b in state.get("bodies", []):
        session.add(TaskBody(task_id=task.id, body_id=b["body_id"], role=b["role"], explicit=b["explicit"],
                             name_as_written=b["name_as_written"], start=b["start"], end=b["end"],
                             origin=b["origin"]))
    d = state.get("deadline")
    if d is not None:
        session.add(Deadline(task_id=task.id, due_on=date.fromisoformat(d["due_on"]) if d["due_on"] else None,
                             kind=d["kind"], rule=d["rule"], start=d["start"], end=d["end"],
                             inherited=d["inherited"], origin=d["origin"]))
    session.flush()
    session.expire(task, ["body_links", "deadline"])


def human_touched(session: Session, task: Task) -> bool:
    """Whether a person accepted, rejected, edited or tracked the task (re-extraction keeps it)."""
    if task.origin != "machine" or task.edited or task.status != "extracted" or task.merged_into_id:
        return True
    if session.exec(select(TaskBody.id).where(TaskBody.task_id == task.id, TaskBody.origin != "machine")).first():
        return True
    return session.exec(select(Deadline.id).where(Deadline.task_id == task.id,
                                                  Deadline.origin != "machine")).first() is not None
