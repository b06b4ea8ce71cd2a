"""Re-extraction proposals on the review screen: listed, and applied through the review log."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import BaseModel

from models.tables import Directive, Task
from store.errors import StoreError
from store.proposals import apply_proposal, list_proposals
from web import queries
from web.deps import Reviewer, SessionDep
from web.history import describe_proposal
from web.services import error_status

router = APIRouter()


def proposal_rows(session: SessionDep, directive_id: int) -> list[dict[str, Any]]:
    """The directive's proposals with what each would change, in words."""
    return [p | {"summary": describe_proposal(p)} for p in list_proposals(session=session, directive_id=directive_id)]


def _directive(session: SessionDep, directive_id: int) -> None:
    if session.get(Directive, directive_id) is None:
        raise HTTPException(status_code=404, detail=f"Không có văn bản {directive_id}.")


def _apply(session: SessionDep, directive_id: int, index: int, actor: str, version: int | None) -> tuple[str | None, int, int]:
    try:
        events = apply_proposal(session=session, directive_id=directive_id, index=index, actor=actor,
                                expected_version=version)
        session.commit()
    except StoreError as e:
        session.rollback()
        message, status = error_status(e)
        return message, status, 0
    return None, 200, len(events)


@router.get("/api/review/{directive_id}/proposals", tags=["review"])
def proposals_api(session: SessionDep, _user: Reviewer, directive_id: int) -> list[dict[str, Any]]:
    """What the latest re-extraction would change in reviewed tasks (never applied by itself)."""
    _directive(session, directive_id)
    return proposal_rows(session, directive_id)


@router.post("/review/{directive_id}/proposals/{index}/apply", include_in_schema=False)
async def proposal_apply(request: Request, session: SessionDep, user: Reviewer, directive_id: int,
                         index: int) -> Response:
    """Apply one proposal from the review screen."""
    _directive(session, directive_id)
    form = await request.form()
    raw = str(form.get("version", ""))
    error, _status, n = _apply(session, directive_id, index, user.name, int(raw) if raw.isdigit() else None)
    request.state.web_session.flash.append(error or f"Đã áp dụng đề xuất #{index + 1} ({n} thay đổi).")
    return RedirectResponse(f"/review/{directive_id}#proposals", status_code=303)


class ApplyIn(BaseModel):
    expected_version: int | None = None


@router.post("/api/review/{directive_id}/proposals/{index}/apply", tags=["review"])
def proposal_apply_api(session: SessionDep, user: Reviewer, directive_id: int, index: int,
                       body: ApplyIn) -> dict[str, Any]:
    """Apply one proposal; 409 when ``expected_version`` is stale, 422 when it no longer applies."""
    _directive(session, directive_id)
    error, status, n = _apply(session, directive_id, index, user.name, body.expected_version)
    if error:
        raise HTTPException(status_code=status, detail=error)
    p = list_proposals(session=session, directive_id=directive_id)[index]
    task = session.get(Task, p["task_id"]) if p["task_id"] else None
    return {"events": n, "proposal": p, "task": queries.task_dict(session, task) if task else None}
