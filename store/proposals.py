"""Proposals of a re-extraction, shown to a reviewer and applied (or not) through the review log.

:func:`store.reextract.reextract` never changes a task a person touched; it stores what the new
extractor would change as proposals on the run (``ExtractionRun.proposals``, machine output, never
edited). Applying one here is a human change like any other: ``update`` becomes ``set_deadline`` /
``add_body`` / ``remove_body`` / ``edit`` (span) events, ``remove`` becomes ``reject``. Each event's
note names the proposal, which is how a proposal is known to be applied (the log stays append-only).
A proposed new task (``add``) is shown for the reviewer to split or edit by hand; it is not applied.
"""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, col, select

from models.tables import Directive, ExtractionRun, ReviewEvent, Task
from store.errors import InvalidData, InvalidTransition, NotFound
from store.review import TRANSITIONS, apply_review
from store.snapshot import body_rows, deadline_row


def proposal_note(run_id: int, index: int) -> str:
    """The note put on every event that applies proposal ``index`` of run ``run_id``."""
    return f"áp dụng đề xuất #{index + 1} của lượt trích xuất {run_id}"


def _run(session: Session, directive_id: int) -> ExtractionRun | None:
    directive = session.get(Directive, directive_id)
    if directive is None:
        raise NotFound(f"directive {directive_id} does not exist")
    return session.get(ExtractionRun, directive.run_id) if directive.run_id else None


def list_proposals(*, session: Session, directive_id: int) -> list[dict[str, Any]]:
    """The proposals of the directive's latest extraction run, each with its task and state.

    Returns:
        ``[{"index", "run_id", "extractor_version", "kind", "task_id", "task_uid", "changes" | "task",
        "applied", "applicable"}]``; ``applicable`` is false for ``add`` and for tasks now closed.
    """
    run = _run(session, directive_id)
    if run is None or not run.proposals:
        return []
    notes = set(session.exec(select(ReviewEvent.note).where(col(ReviewEvent.note).startswith("áp dụng đề xuất #"))).all())
    out = []
    for i, p in enumerate(run.proposals):
        task = session.exec(select(Task).where(Task.uid == p["task_uid"])).first() if p.get("task_uid") else None
        applied = proposal_note(run.id or 0, i) in notes
        usable = task is not None and task.merged_into_id is None and task.status in ("extracted", "accepted", "in_progress")
        if p["kind"] == "remove":
            usable = task is not None and task.status in TRANSITIONS["reject"][0]
        out.append({**p, "index": i, "run_id": run.id, "extractor_version": run.extractor_version,
                    "task_id": task.id if task else None, "applied": applied,
                    "applicable": bool(usable) and not applied and p["kind"] != "add"})
    return out


def _update_steps(session: Session, task: Task, changes: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    steps: list[tuple[str, dict[str, Any]]] = []
    if "span" in changes:
        start, end = changes["span"]["proposed"]
        steps.append(("edit", {"start": start, "end": end}))
    if "bodies" in changes:
        wanted = {(name, role) for name, role in changes["bodies"]["proposed"]}
        current = {(b["name_as_written"] or b["name"], b["role"]): b for b in body_rows(session, task.id or 0)}
        for name, role in sorted(wanted - set(current)):
            steps.append(("add_body", {"name": name, "role": role}))
        for key in sorted(set(current) - wanted):
            steps.append(("remove_body", {"body_id": current[key]["body_id"], "from_role": key[1]}))
    if "deadline" in changes:
        new = changes["deadline"]["proposed"]
        old = deadline_row(session, task.id or 0)
        if new is None:
            if old is not None:
                steps.append(("set_deadline", {"due_on": None, "kind": "by"}))
        else:
            steps.append(("set_deadline", {"due_on": new.get("due_on"), "kind": new.get("kind") or "by",
                                           "rule": new.get("rule")}))
    return steps


def apply_proposal(*, session: Session, directive_id: int, index: int, actor: str,
                   expected_version: int | None = None) -> list[ReviewEvent]:
    """Apply proposal ``index`` of the directive's latest run to its task, as logged review events.

    Args:
        session: the caller's transaction (not committed here).
        directive_id: the directive.
        index: the proposal's position in :func:`list_proposals`.
        actor: who applies it.
        expected_version: the task version the reviewer saw (default: the current one).

    Raises:
        NotFound: no such directive or proposal, or its task is gone.
        InvalidTransition: already applied, or the task's status does not allow it.
        InvalidData: a proposed new task (``add``), which is not applied automatically.
        Conflict: ``expected_version`` is stale.
    """
    proposals = list_proposals(session=session, directive_id=directive_id)
    if not 0 <= index < len(proposals):
        raise NotFound(f"directive {directive_id} has no proposal #{index + 1}")
    p = proposals[index]
    if p["applied"]:
        raise InvalidTransition(f"proposal #{index + 1} was already applied")
    if p["kind"] == "add":
        raise InvalidData("a proposed new task is not applied automatically; split or edit the overlapping task")
    if p["task_id"] is None:
        raise NotFound(f"the task {p.get('task_uid')} of proposal #{index + 1} no longer exists")
    task = session.get(Task, p["task_id"])
    assert task is not None
    if not p["applicable"]:
        raise InvalidTransition(f"task {task.uid} is {task.status}; proposal #{index + 1} no longer applies")
    steps = [("reject", {})] if p["kind"] == "remove" else _update_steps(session, task, p.get("changes", {}))
    if not steps:
        raise InvalidTransition(f"task {task.uid} already matches proposal #{index + 1}")
    note = proposal_note(p["run_id"], index)
    events = []
    version = task.version if expected_version is None else expected_version
    for action, changes in steps:
        events.append(apply_review(session=session, task_id=task.id or 0, action=action, actor=actor,
                                   expected_version=version, changes=changes, note=note))
        session.refresh(task)
        version = task.version
    return events


__all__ = ["apply_proposal", "list_proposals", "proposal_note"]
