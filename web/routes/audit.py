"""Audit: from a task or target to its directive and passage, the reference chain, the change history."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import FileResponse, RedirectResponse, Response
from sqlmodel import col, select

from models.tables import ReviewEvent, SourceFile, Target, Task
from store.review import evidence_path
from web import queries
from web.deps import Auditor, SessionDep, Viewer
from web.highlight import Mark, highlight
from web.permissions import Cap, allowed
from web.render import render
from web.routes.files import original_info

router = APIRouter()
CONTEXT = 400  # characters of source shown around a passage


def _task_view(request: Request, session: SessionDep, task_id: int, role: str) -> dict[str, Any]:
    task = session.get(Task, task_id)
    if task is None:
        raise HTTPException(status_code=404, detail="Không tìm thấy nhiệm vụ.")
    t = queries.task_dict(session, task)
    d = queries.directive_detail(session=session, directive_id=task.directive_id)
    assert d is not None
    a, b = max(0, task.start - CONTEXT), min(len(d["text"]), task.end + CONTEXT)
    view = {"task": t, "directive": {k: d[k] for k in ("id", "number", "doc_type", "issuer", "issued_on", "subject",
                                                        "references", "cited_by", "file")},
            "passage": {"start": a, "end": b, "page": task.page_no}, "history": None,
            "progress": queries.progress_reports(session=session, task_id=task_id)}
    if allowed(role, Cap.AUDIT):
        view["history"] = queries.task_history(session=session, task_id=task_id)
    source = session.get(SourceFile, d["source_file_id"])
    view["original"] = original_info(request, source) if source else None
    if view["original"] and task.page_no in view["original"]["page_images"]:
        view["passage"]["image"] = f"{view['original']['page_images'][task.page_no]}?task={task.id}"
    view["_text"] = d["text"]
    return view


@router.get("/tasks/{task_id}", include_in_schema=False)
def task_page(request: Request, session: SessionDep, user: Viewer, task_id: int) -> Response:
    """A task: its passage highlighted with page number, directive, references, history, progress."""
    v = _task_view(request, session, task_id, user.role)
    t, p = v["task"], v["passage"]
    marks = [Mark(t["span"][0] - p["start"], t["span"][1] - p["start"], "task", f"task-{t['id']}")]
    for bd in t["lead"] + t["support"]:
        if bd.get("span"):
            marks.append(Mark(bd["span"][0] - p["start"], bd["span"][1] - p["start"], "body", f"b-{bd['id']}"))
    if t["deadline"] and t["deadline"].get("span"):
        s = t["deadline"]["span"]
        marks.append(Mark(s[0] - p["start"], s[1] - p["start"], "deadline", "deadline"))
    for g in t["targets"]:
        marks.append(Mark(g["span"][0] - p["start"], g["span"][1] - p["start"], "target", f"target-{g['id']}"))
    passage = highlight(v["_text"][p["start"]:p["end"]], marks)
    return render(request, "task.html", {"v": v, "t": t, "passage": passage})


@router.get("/api/tasks/{task_id}", tags=["audit"])
def task_api(request: Request, session: SessionDep, user: Viewer, task_id: int) -> dict[str, Any]:
    """A task with its directive, passage offsets, progress and (for auditors) its history."""
    v = _task_view(request, session, task_id, user.role)
    text = v.pop("_text")
    v["passage"]["text"] = text[v["passage"]["start"]:v["passage"]["end"]]
    return v


def _target(session: SessionDep, target_id: int) -> Target:
    g = session.get(Target, target_id)
    if g is None:
        raise HTTPException(status_code=404, detail="Không tìm thấy chỉ tiêu.")
    return g


@router.get("/targets/{target_id}", include_in_schema=False)
def target_page(session: SessionDep, _user: Viewer, target_id: int) -> Response:
    """A target leads to its task's page (or its directive's text) at the highlighted passage."""
    g = _target(session, target_id)
    if g.task_id is not None:
        return RedirectResponse(f"/tasks/{g.task_id}#target-{g.id}", status_code=303)
    return RedirectResponse(f"/directives/{g.directive_id}#target-{g.id}", status_code=303)


@router.get("/api/targets/{target_id}", tags=["audit"])
def target_api(session: SessionDep, _user: Viewer, target_id: int) -> dict[str, Any]:
    """A target with its directive, task, span, page and quoted text."""
    g = _target(session, target_id)
    return {"id": g.id, "task_id": g.task_id, "directive_id": g.directive_id, "span": [g.start, g.end],
            "page": g.page_no, "text": g.text, "value": g.value, "unit": g.unit, "comparator": g.comparator,
            "metric": g.metric}


def _log(session: SessionDep, limit: int) -> list[dict[str, Any]]:
    rows = session.exec(select(ReviewEvent).order_by(col(ReviewEvent.id).desc()).limit(limit))
    return [queries.event_dict(e) for e in rows]


@router.get("/audit", include_in_schema=False)
def audit_page(request: Request, session: SessionDep, _user: Auditor, limit: int = 200) -> Response:
    """The log of every human change, newest first."""
    return render(request, "audit.html", {"events": _log(session, min(limit, 2000))})


@router.get("/api/audit", tags=["audit"])
def audit_api(session: SessionDep, _user: Auditor, limit: int = 200) -> list[dict[str, Any]]:
    """The log of every human change, newest first (JSON)."""
    return _log(session, min(limit, 2000))


@router.get("/evidence/{name}", tags=["audit"])
def evidence_file(request: Request, _user: Auditor, name: str) -> Response:
    """An evidence file by its SHA-256 (as stored with the progress report)."""
    if not re.fullmatch(r"[0-9a-f]{64}", name):
        raise HTTPException(status_code=404, detail="Không có tệp minh chứng này.")
    path = evidence_path(Path(request.app.state.settings.evidence_dir), name)
    if not path.is_file():
        raise HTTPException(status_code=404, detail="Không có tệp minh chứng này.")
    return FileResponse(path, media_type="application/octet-stream", filename=name)
