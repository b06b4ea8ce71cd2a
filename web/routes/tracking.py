"""Tracking: dashboards per body and per index, the overdue list, a body's page, progress reports."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, File, Form, HTTPException, Request, UploadFile
from fastapi.responses import RedirectResponse, Response

from models.tables import Task
from store.errors import StoreError
from web import queries
from web.deps import Reporter, SessionDep, Viewer
from web.render import render
from web.services import error_status, progress

router = APIRouter()


@router.get("/tracking", include_in_schema=False)
def tracking_page(request: Request, session: SessionDep, _user: Viewer) -> Response:
    """Dashboard: commitments, done and overdue per body and per index."""
    return render(request, "tracking.html", {"dash": queries.dashboard(session=session)})


@router.get("/api/tracking", tags=["tracking"])
def tracking_api(session: SessionDep, _user: Viewer) -> dict[str, Any]:
    """Dashboard numbers (JSON)."""
    return queries.dashboard(session=session)


@router.get("/tracking/overdue", include_in_schema=False)
def overdue_page(request: Request, session: SessionDep, _user: Viewer) -> Response:
    """Open tasks past their deadline."""
    return render(request, "overdue.html", {"tasks": queries.overdue_tasks(session=session)})


@router.get("/api/tracking/overdue", tags=["tracking"])
def overdue_api(session: SessionDep, _user: Viewer) -> list[dict[str, Any]]:
    """Open tasks past their deadline (JSON)."""
    return queries.overdue_tasks(session=session)


def _body(session: SessionDep, body_id: int) -> dict[str, Any]:
    b = queries.body_detail(session=session, body_id=body_id)
    if b is None:
        raise HTTPException(status_code=404, detail="Không có cơ quan này.")
    return b


@router.get("/bodies/{body_id}", include_in_schema=False)
def body_page(request: Request, session: SessionDep, _user: Viewer, body_id: int) -> Response:
    """A body with all its commitments."""
    return render(request, "body.html", {"b": _body(session, body_id)})


@router.get("/api/bodies/{body_id}", tags=["tracking"])
def body_api(session: SessionDep, _user: Viewer, body_id: int) -> dict[str, Any]:
    """A body with all its commitments (JSON)."""
    return _body(session, body_id)


async def _report(request: Request, session: SessionDep, actor: str, task_id: int, percent: int, note: str,
                  files: list[UploadFile]) -> None:
    if session.get(Task, task_id) is None:
        raise HTTPException(status_code=404, detail="Không tìm thấy nhiệm vụ.")
    if not 0 <= percent <= 100:
        raise HTTPException(status_code=422, detail="Tiến độ phải từ 0 đến 100%.")
    evidence = [(f.filename, await f.read()) for f in files if f.filename]
    try:
        progress(session=session, task_id=task_id, percent=percent, note=note, files=evidence, actor=actor,
                 evidence_dir=request.app.state.settings.evidence_dir)
        session.commit()
    except StoreError as e:
        session.rollback()
        message, status = error_status(e)
        raise HTTPException(status_code=status, detail=message) from e


@router.post("/tasks/{task_id}/progress", include_in_schema=False)
async def progress_submit(request: Request, session: SessionDep, user: Reporter, task_id: int,
                          percent: Annotated[int, Form()], note: Annotated[str, Form()] = "",
                          files: Annotated[list[UploadFile] | None, File()] = None) -> Response:
    """Record progress (with evidence files) from the task page."""
    await _report(request, session, user.name, task_id, percent, note, files or [])
    request.state.web_session.flash.append(f"Đã ghi nhận tiến độ {percent}%.")
    return RedirectResponse(f"/tasks/{task_id}#progress", status_code=303)


@router.post("/api/tasks/{task_id}/progress", tags=["tracking"])
async def progress_api(request: Request, session: SessionDep, user: Reporter, task_id: int,
                       percent: Annotated[int, Form()], note: Annotated[str, Form()] = "",
                       files: Annotated[list[UploadFile] | None, File()] = None) -> dict[str, Any]:
    """Record progress (multipart: ``percent``, ``note``, ``files``)."""
    await _report(request, session, user.name, task_id, percent, note, files or [])
    return queries.progress_reports(session=session, task_id=task_id)[0]
