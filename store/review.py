"""Human review and tracking: the task lifecycle and the append-only review log.

Lifecycle::

    extracted ─► accepted ─► in_progress ─► done(date)
        │  ▲         │             │
        ▼  │         ▼             ▼
      rejected    cancelled     cancelled

:func:`apply_review` mutates a task and appends a :class:`ReviewEvent` (snapshots before and
after) in the caller's transaction. ``expected_version`` is checked and bumped by one atomic
``UPDATE ... WHERE version = ?``, so of two managers editing the same version one gets
:class:`Conflict` instead of silently losing an update.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import update
from sqlalchemy.exc import OperationalError
from sqlmodel import Session, col, select

from models.tables import Deadline, ProgressReport, ReviewEvent, SourceFile, Task, TaskBody, utcnow
from store.blobs import blob_path, put_blob
from store.bodies import get_or_propose
from store.errors import Conflict, InvalidData, InvalidTransition, NotFound
from store.importer import new_uid
from store.keys import search_fold
from store.snapshot import restore, snapshot

OPEN = ("extracted", "accepted", "in_progress")
TRANSITIONS: dict[str, tuple[tuple[str, ...], str | None]] = {
    # action: (statuses it may start from, status it leads to; None = unchanged)
    "accept": (("extracted", "rejected"), "accepted"),
    "reject": (("extracted", "accepted"), "rejected"),
    "start": (("accepted",), "in_progress"),
    "progress": (("accepted", "in_progress"), "in_progress"),
    "done": (("accepted", "in_progress"), "done"),
    "cancel": (("accepted", "in_progress"), "cancelled"),
    "edit": (OPEN, None),
    "add_body": (OPEN, None),
    "remove_body": (OPEN, None),
    "change_role": (OPEN, None),
    "set_deadline": (OPEN, None),
    "split": (OPEN, None),
    "merge": (OPEN, None),
    "undo": (("extracted", "accepted", "rejected", "in_progress", "done", "cancelled"), None),
}


def get_task_row(session: Session, task_id: int) -> Task:
    task = session.get(Task, task_id)
    if task is None:
        raise NotFound(f"task {task_id} does not exist")
    return task


def _claim(session: Session, task: Task, expected_version: int) -> None:
    """Bump the version iff it is still ``expected_version`` (one atomic statement)."""
    try:
        res = session.execute(
            update(Task).where(col(Task.id) == task.id, col(Task.version) == expected_version)
            .values(version=expected_version + 1).execution_options(synchronize_session=False)
        )
    except OperationalError as e:  # SQLite: another writer holds the lock past the timeout
        if "locked" not in str(e).lower():
            raise
        raise Conflict(f"task {task.uid} is being changed by someone else right now; try again") from e
    if res.rowcount != 1:
        session.refresh(task)
        raise Conflict(
            f"task {task.uid} was changed by someone else (it is at version {task.version}, "
            f"you edited version {expected_version}); reload it and apply your change again"
        )
    session.refresh(task)


def _source_text(session: Session, task: Task) -> str:
    from models.tables import Directive

    directive = session.get(Directive, task.directive_id)
    return session.get(SourceFile, directive.source_file_id).text  # type: ignore[union-attr]


def _body_link(session: Session, task: Task, changes: dict[str, Any]) -> TaskBody:
    stmt = select(TaskBody).where(TaskBody.task_id == task.id)
    if changes.get("body_id") is not None:
        stmt = stmt.where(TaskBody.body_id == int(changes["body_id"]))
    elif changes.get("name"):
        body = get_or_propose(session=session, name=changes["name"])
        stmt = stmt.where(TaskBody.body_id == body.id)
    else:
        raise InvalidData("name the body by 'body_id' or 'name'")
    if changes.get("from_role"):
        stmt = stmt.where(TaskBody.role == changes["from_role"])
    link = session.exec(stmt).first()
    if link is None:
        raise NotFound(f"task {task.uid} has no body {changes.get('name') or changes.get('body_id')!r}")
    return link


def _role(value: Any) -> str:
    if value not in ("lead", "support"):
        raise InvalidData(f"role {value!r}; expected 'lead' (chủ trì) or 'support' (phối hợp)")
    return str(value)


def _span(text: str, start: Any, end: Any) -> tuple[int, int]:
    s, e = int(start), int(end)
    if not 0 <= s < e <= len(text):
        raise InvalidData(f"span [{s}, {e}) is not inside the text of length {len(text)}")
    return s, e


def _edit(session: Session, task: Task, changes: dict[str, Any]) -> None:
    if "start" in changes or "end" in changes:
        source = _source_text(session, task)
        task.start, task.end = _span(source, changes.get("start", task.start), changes.get("end", task.end))
        task.text = source[task.start:task.end]
    if "text" in changes:
        new = (changes["text"] or "").strip()
        task.human_text = new if new and new != task.text else None
    if "indices" in changes:
        task.indices = list(changes["indices"])
    if "result" in changes:
        task.result = changes["result"]


def _set_deadline(session: Session, task: Task, changes: dict[str, Any]) -> None:
    old = session.exec(select(Deadline).where(Deadline.task_id == task.id)).first()
    if old is not None:
        session.delete(old)
        session.flush()
    due, kind = changes.get("due_on"), changes.get("kind", "by")
    if kind not in ("by", "period", "recurring", "ongoing"):
        raise InvalidData(f"deadline kind {kind!r}; expected by, period, recurring or ongoing")
    if due is None and kind in ("by", "period") and not changes.get("rule"):
        return  # the deadline is removed
    due_on = date.fromisoformat(due) if isinstance(due, str) else due
    session.add(Deadline(task_id=task.id, due_on=due_on, kind=kind, rule=changes.get("rule"), origin="human"))


def _split(session: Session, task: Task, changes: dict[str, Any], actor: str) -> list[int]:
    cuts = changes.get("at")
    cuts = sorted({int(c) for c in (cuts if isinstance(cuts, list) else [cuts])})
    if not cuts or not all(task.start < c < task.end for c in cuts):
        raise InvalidData(f"split points {cuts} must lie strictly inside [{task.start}, {task.end})")
    source = _source_text(session, task)
    bounds = [task.start, *cuts, task.end]
    state = snapshot(session, task)
    created: list[int] = []
    for s, e in zip(bounds[1:-1], bounds[2:], strict=True):
        part = Task(uid=new_uid(session, task.uid, s, e), directive_id=task.directive_id, run_id=task.run_id,
                    ordinal=task.ordinal, label=task.label, start=s, end=e, page_no=task.page_no,
                    text=source[s:e], origin="human", status=task.status, edited=True,
                    indices=list(task.indices or []), folded=search_fold(source[s:e]))
        session.add(part)
        session.flush()
        restore(session, part, {**state, "start": s, "end": e, "text": source[s:e], "human_text": None,
                                "edited": True, "merged_into_id": None})
        session.add(ReviewEvent(entity="task", entity_id=part.id, task_id=part.id, action="split", actor=actor,
                                before={}, after={**snapshot(session, part), "split_from": task.id}))
        created.append(part.id)
    task.end = cuts[0]
    task.text = source[task.start:task.end]
    task.human_text = None
    return created


def _merge(session: Session, task: Task, changes: dict[str, Any]) -> dict[str, Any]:
    ids = [int(i) for i in changes.get("task_ids", []) if int(i) != task.id]
    if not ids:
        raise InvalidData("merge needs 'task_ids': the tasks to merge into this one")
    absorbed: dict[str, Any] = {}
    source = _source_text(session, task)
    mine = {(b["body_id"], b["role"]) for b in snapshot(session, task)["bodies"]}
    for other_id in ids:
        other = get_task_row(session, other_id)
        if other.directive_id != task.directive_id or other.merged_into_id or other.status not in OPEN:
            raise InvalidData(f"task {other.uid} cannot be merged into {task.uid} (other directive or closed)")
        absorbed[str(other.id)] = snapshot(session, other)
        for b in absorbed[str(other.id)]["bodies"]:
            if (b["body_id"], b["role"]) not in mine:
                mine.add((b["body_id"], b["role"]))
                session.add(TaskBody(task_id=task.id, body_id=b["body_id"], role=b["role"],
                                     explicit=b["explicit"], name_as_written=b["name_as_written"], origin="human"))
        task.start, task.end = min(task.start, other.start), max(task.end, other.end)
        other.merged_into_id = task.id
        other.version += 1
        session.add(other)
    task.text = source[task.start:task.end]
    return absorbed


def _undo(session: Session, task: Task, changes: dict[str, Any]) -> dict[str, Any]:
    event = session.get(ReviewEvent, int(changes.get("event_id", 0)))
    if event is None or event.task_id != task.id or event.action == "undo":
        raise InvalidData(f"event {changes.get('event_id')} is not an undoable change of task {task.uid}")
    undos = session.exec(select(ReviewEvent).where(ReviewEvent.action == "undo", ReviewEvent.task_id == task.id)).all()
    if any(u.after.get("undoes") == event.id for u in undos):
        raise InvalidTransition(f"event {event.id} was already undone")
    if not event.before:
        raise InvalidTransition(f"event {event.id} created task {task.uid}; undo the split of its origin instead")
    restore(session, task, event.before)
    for created in event.after.get("created", []):
        part = get_task_row(session, created)
        part.merged_into_id, part.status = task.id, "cancelled"
        part.version += 1
        session.add(part)
    for other_id, state in event.before.get("absorbed", {}).items():
        other = get_task_row(session, int(other_id))
        restore(session, other, state)
        other.version += 1
    return {"undoes": event.id}


def apply_review(
    *, session: Session, task_id: int, action: str, actor: str, expected_version: int,
    changes: dict[str, Any] | None = None, note: str | None = None,
) -> ReviewEvent:
    """Apply one human change to a task and log it (no commit: the caller owns the transaction).

    Args:
        session: the caller's transaction.
        task_id: the task's row id.
        action: one of :data:`TRANSITIONS` (``accept``, ``reject``, ``edit``, ``add_body``,
            ``remove_body``, ``change_role``, ``set_deadline``, ``split``, ``merge``, ``start``,
            ``progress``, ``done``, ``cancel``, ``undo``).
        actor: who made the change.
        expected_version: the ``Task.version`` the actor saw.
        changes: the action's arguments, e.g. ``{"text": ...}``, ``{"name": "Sở Nội vụ", "role": "lead"}``,
            ``{"due_on": "2025-12-31", "kind": "by"}``, ``{"at": 1500}``, ``{"task_ids": [4]}``,
            ``{"percent": 50, "result": ...}``, ``{"done_on": "2025-12-01"}``, ``{"event_id": 7}``.
        note: a free comment kept on the event.

    Returns:
        The appended event.

    Raises:
        NotFound: no such task (or body link).
        Conflict: ``expected_version`` is stale.
        InvalidTransition: the action is not allowed from the task's status.
        InvalidData: malformed ``changes``.
    """
    changes = dict(changes or {})
    if action not in TRANSITIONS:
        raise InvalidData(f"unknown review action {action!r}; expected one of {', '.join(TRANSITIONS)}")
    task = get_task_row(session, task_id)
    allowed, to_status = TRANSITIONS[action]
    if task.merged_into_id and action != "undo":
        raise InvalidTransition(f"task {task.uid} was merged into task {task.merged_into_id}")
    if task.status not in allowed:
        raise InvalidTransition(f"cannot {action} task {task.uid}: it is {task.status} (allowed from {', '.join(allowed)})")
    _claim(session, task, expected_version)
    before = snapshot(session, task)
    extra: dict[str, Any] = {}
    if action == "edit":
        _edit(session, task, changes)
    elif action == "add_body":
        body = get_or_propose(session=session, name=str(changes.get("name", "")))
        session.add(TaskBody(task_id=task.id, body_id=body.id, role=_role(changes.get("role", "lead")),
                             name_as_written=body.name, origin="human"))
    elif action == "remove_body":
        session.delete(_body_link(session, task, changes))
    elif action == "change_role":
        link = _body_link(session, task, changes)
        link.role, link.origin = _role(changes.get("role")), "human"
        session.add(link)
    elif action == "set_deadline":
        _set_deadline(session, task, changes)
    elif action == "split":
        extra["created"] = _split(session, task, changes, actor)
    elif action == "merge":
        before["absorbed"] = _merge(session, task, changes)
    elif action == "undo":
        extra.update(_undo(session, task, changes))
        note = note or f"undo of event {extra['undoes']}"
    elif action in ("progress", "done"):
        if "percent" in changes:
            percent = int(changes["percent"])
            if not 0 <= percent <= 100:
                raise InvalidData(f"progress {percent}% is not between 0 and 100")
            task.progress = percent
        if "result" in changes:
            task.result = changes["result"]
        if action == "done":
            task.progress = 100
            done_on = changes.get("done_on")
            task.done_on = date.fromisoformat(done_on) if isinstance(done_on, str) else (done_on or date.today())
    if to_status is not None:
        task.status = to_status
    if action not in ("accept", "reject", "start", "progress", "done", "cancel", "undo"):
        task.edited = True
    task.folded = search_fold(task.human_text or task.text)
    task.updated_at = utcnow()
    session.add(task)
    session.flush()
    session.expire(task, ["body_links", "deadline"])
    after = {**snapshot(session, task), **extra}
    event = ReviewEvent(entity="task", entity_id=task.id, task_id=task.id, action=action, before=before,
                        after=after, actor=actor, note=note)
    session.add(event)
    session.flush()
    return event


def history(*, session: Session, task_id: int) -> list[ReviewEvent]:
    """The review events of a task, oldest first."""
    return list(session.exec(select(ReviewEvent).where(ReviewEvent.task_id == task_id)
                             .order_by(col(ReviewEvent.at), col(ReviewEvent.id))).all())


def store_evidence(evidence_dir: Path, item: Path | tuple[str, bytes]) -> dict[str, Any]:
    """Copy one evidence file under ``evidence_dir/ab/<sha256>`` (content-addressed); returns its record."""
    name, data = (item.name, item.read_bytes()) if isinstance(item, Path) else item
    return put_blob(Path(evidence_dir), name, data)


def evidence_path(evidence_dir: Path, sha256: str) -> Path:
    """Where the evidence file with content hash ``sha256`` is stored."""
    return blob_path(Path(evidence_dir), sha256)


def report_progress(
    *, session: Session, task_id: int, percent: int, note: str = "", actor: str, evidence_dir: Path,
    evidence_files: Iterable[Path | tuple[str, bytes]] = (), expected_version: int | None = None,
) -> ProgressReport:
    """Record progress on a task: a ``progress`` review event plus a report with evidence by hash.

    Evidence files are stored under ``evidence_dir`` by SHA-256, never in the row.
    """
    task = get_task_row(session, task_id)
    version = task.version if expected_version is None else expected_version
    apply_review(session=session, task_id=task_id, action="progress", actor=actor, expected_version=version,
                 changes={"percent": percent}, note=note or None)
    records = [store_evidence(Path(evidence_dir), f) for f in evidence_files]
    report = ProgressReport(task_id=task_id, percent=percent, note=note, evidence=records, actor=actor)
    session.add(report)
    session.flush()
    return report


__all__ = ["TRANSITIONS", "apply_review", "evidence_path", "history", "report_progress", "store_evidence"]
