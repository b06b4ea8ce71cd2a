"""Review: source on the left, the task table on the right; every change via ``apply_review``."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import BaseModel, Field
from sqlmodel import col, select

from models.tables import Task
from store.errors import InvalidData, StoreError
from web import queries
from web.deps import Reviewer, SessionDep
from web.highlight import highlight as hl
from web.highlight import marks_of
from web.render import render
from web.routes.files import original_of
from web.routes.proposals import proposal_rows
from web.services import error_status, review

router = APIRouter()
ACTIONS = ("accept", "reject", "edit", "add_body", "remove_body", "change_role", "set_deadline", "split", "merge",
           "undo")


@router.get("/review/{directive_id}", include_in_schema=False)
def review_page(request: Request, session: SessionDep, _user: Reviewer, directive_id: int) -> Response:
    """The review screen of one directive."""
    d = queries.directive_detail_or_404(session=session, directive_id=directive_id)
    d["original"] = original_of(request, session, d["source_file_id"])
    return render(request, "review.html", {"d": d, "source": hl(d["text"], marks_of(d), pages=d["pages"]),
                                           "proposals": proposal_rows(session, directive_id)})


@router.get("/api/review/{directive_id}", tags=["review"])
def review_api(request: Request, session: SessionDep, _user: Reviewer, directive_id: int) -> dict[str, Any]:
    """The directive and its tasks as the review screen shows them (JSON)."""
    d = queries.directive_detail_or_404(session=session, directive_id=directive_id)
    d["original"] = original_of(request, session, d["source_file_id"])
    return d


def _edit_steps(task: dict[str, Any], form: dict[str, str]) -> list[tuple[str, dict[str, Any]]]:
    """The store actions an edit form asks for (text, lead, support, deadline), in order."""
    steps: list[tuple[str, dict[str, Any]]] = []
    text = form.get("text", "").strip()
    if text and text != task["text"].strip():
        steps.append(("edit", {"text": text}))
    for role, key in (("lead", "lead"), ("support", "support")):
        if key not in form:
            continue
        wanted = [s.strip() for s in form[key].split(";") if s.strip()]
        current = {b["name"]: b["id"] for b in task[role]}
        for name in wanted:
            if name not in current:
                steps.append(("add_body", {"name": name, "role": role}))
        for name, body_id in current.items():
            if name not in wanted:
                steps.append(("remove_body", {"body_id": body_id, "from_role": role}))
    if "deadline" in form:
        due = form["deadline"].strip() or None
        old = (task["deadline"] or {}).get("date")
        if due != old:
            steps.append(("set_deadline", {"due_on": due, "kind": "by"}))
    return steps


def _steps(action: str, task: Task, form: dict[str, str], session: SessionDep) -> list[tuple[str, dict[str, Any]]]:
    """Turn the form fields of ``action`` into store actions with their ``changes``."""
    if action == "edit":
        return _edit_steps(queries.task_dict(session, task), form)
    if action == "split":
        phrase = form.get("at_text", "").strip()
        if form.get("at", "").strip().isdigit():
            return [("split", {"at": int(form["at"])})]
        pos = task.text.find(phrase) if phrase else -1
        if pos <= 0:
            raise ValueError(f"Không tìm thấy «{phrase}» trong nhiệm vụ (hoặc nằm ngay đầu)." if phrase
                             else "Cần cho biết chỗ tách (những chữ đầu của phần sau).")
        return [("split", {"at": task.start + pos})]
    if action == "merge":
        other = form.get("with", "").strip()
        if not other.isdigit():
            following = session.exec(select(Task).where(
                Task.directive_id == task.directive_id, Task.start > task.start, col(Task.merged_into_id).is_(None),
                col(Task.status).in_(("extracted", "accepted", "in_progress"))).order_by(Task.start)).first()
            if following is None:
                raise ValueError("Không có nhiệm vụ tiếp theo để gộp.")
            other = str(following.id)
        return [("merge", {"task_ids": [int(other)]})]
    return [(action, {})]


def _apply(session: SessionDep, task_id: int, steps: list[tuple[str, dict[str, Any]]], actor: str,
           version: int | None, note: str | None = None) -> tuple[str | None, int]:
    """Apply the steps in one transaction and commit; returns ``(error message or None, HTTP status)``."""
    if not steps:
        return None, 200
    try:
        for i, (action, changes) in enumerate(steps):
            if action not in ACTIONS:
                raise InvalidData(f"thao tác {action!r} không có ở đây")
            review(session=session, task_id=task_id, action=action, actor=actor, changes=changes,
                   expected_version=version if i == 0 else None, note=note)
        session.commit()
    except StoreError as e:
        session.rollback()
        return error_status(e)
    return None, 200


@router.post("/tasks/{task_id}/review", include_in_schema=False)
async def review_submit(request: Request, session: SessionDep, user: Reviewer, task_id: int) -> Response:
    """One review action from the review screen (HTMX: returns the updated row)."""
    task = session.get(Task, task_id)
    if task is None:
        raise HTTPException(status_code=404, detail="Không tìm thấy nhiệm vụ.")
    form = {k: v for k, v in (await request.form()).items() if isinstance(v, str)}
    action = form.get("action", "")
    version = int(form["version"]) if form.get("version", "").isdigit() else None
    try:
        steps = _steps(action, task, form, session)
    except ValueError as e:
        error, status = str(e), 422
    else:
        error, status = _apply(session, task_id, steps, user.name, version, form.get("note") or None)
    htmx = bool(request.headers.get("HX-Request"))
    if htmx and error is None and action in ("split", "merge"):
        return Response(status_code=204, headers={"HX-Refresh": "true"})
    if htmx:
        session.expire_all()
        fresh = session.get(Task, task_id)
        row = queries.task_dict(session, fresh) if fresh else None
        return render(request, "_task_row.html", {"t": row, "error": error})
    if error:
        request.state.web_session.flash.append(error)
    return RedirectResponse(f"/review/{task.directive_id}#row-{task_id}", status_code=303)


class ReviewIn(BaseModel):
    action: str = Field(description="accept | reject | edit | add_body | remove_body | change_role | set_deadline"
                                    " | split | merge | undo (see store.review.apply_review for `changes`)")
    expected_version: int | None = None
    changes: dict[str, Any] = Field(default_factory=dict)
    note: str | None = None


@router.post("/api/tasks/{task_id}/review", tags=["review"])
def review_api_submit(session: SessionDep, user: Reviewer, task_id: int, body: ReviewIn) -> dict[str, Any]:
    """Apply one review action; 409 when ``expected_version`` is stale."""
    if session.get(Task, task_id) is None:
        raise HTTPException(status_code=404, detail="Không tìm thấy nhiệm vụ.")
    error, status = _apply(session, task_id, [(body.action, body.changes)], user.name, body.expected_version,
                           body.note)
    if error:
        raise HTTPException(status_code=status, detail=error)
    session.expire_all()
    return queries.task_dict(session, session.get(Task, task_id))  # type: ignore[arg-type]


def _accept_above(session: SessionDep, directive_id: int, threshold: float, actor: str) -> int:
    n = 0
    tasks = session.exec(select(Task).where(Task.directive_id == directive_id, Task.status == "extracted",
                                            col(Task.merged_into_id).is_(None), Task.confidence >= threshold)).all()
    for t in tasks:
        review(session=session, task_id=t.id or 0, action="accept", actor=actor, changes={},
               expected_version=t.version, note=f"duyệt hàng loạt: độ tin cậy ≥ {threshold}")
        n += 1
    session.commit()
    return n


@router.post("/review/{directive_id}/accept-above", include_in_schema=False)
async def accept_above(request: Request, session: SessionDep, user: Reviewer, directive_id: int) -> Response:
    """Accept every waiting task whose confidence is at least the threshold."""
    form = await request.form()
    try:
        threshold = float(str(form.get("threshold", "0.9")).replace(",", "."))
    except ValueError:
        threshold = 1.1
    n = _accept_above(session, directive_id, threshold, user.name)
    request.state.web_session.flash.append(f"Đã duyệt {n} nhiệm vụ có độ tin cậy ≥ {threshold}.")
    return RedirectResponse(f"/review/{directive_id}", status_code=303)


class ThresholdIn(BaseModel):
    threshold: float = Field(ge=0, le=1)


@router.post("/api/review/{directive_id}/accept-above", tags=["review"])
def accept_above_api(session: SessionDep, user: Reviewer, directive_id: int, body: ThresholdIn) -> dict[str, int]:
    """Accept every waiting task with confidence ≥ ``threshold``; returns how many."""
    return {"accepted": _accept_above(session, directive_id, body.threshold, user.name)}
