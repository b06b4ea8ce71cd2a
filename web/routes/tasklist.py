"""The task list: every task, filtered by words (accents ignored), body, index, status, overdue."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from store.tasks import Due, list_tasks
from web import queries
from web.deps import SessionDep, Viewer
from web.render import STATUS_LABELS, render

router = APIRouter()
PAGE = 100


def _search(session: SessionDep, *, q: str, body: str, index: str, status: str, overdue: bool,
            page: int) -> dict[str, Any]:
    status = status if status in STATUS_LABELS else ""
    page = max(page, 1)
    result = list_tasks(session=session, q=q or None, body=body or None, index=index or None, status=status or None,
                        overdue=overdue, limit=PAGE, offset=(page - 1) * PAGE)
    items = []
    for v in result.items:
        item = queries.task_dict(session, v.task, Due(deadline=v.deadline, due=v.due, overdue=v.overdue))
        item["directive_number"] = v.directive_number
        items.append(item)
    return {"filters": {"q": q, "body": body, "index": index, "status": status, "overdue": overdue},
            "count": result.count, "page": page, "pages": max(1, -(-result.count // PAGE)), "items": items}


@router.get("/tasks", include_in_schema=False)
def tasks_page(request: Request, session: SessionDep, _user: Viewer, q: str = "", body: str = "", index: str = "",
               status: str = "", overdue: bool = False, page: int = 1) -> Response:
    """Search tasks: "thu tuc hanh chinh" finds "thủ tục hành chính"."""
    data = _search(session, q=q, body=body, index=index, status=status, overdue=overdue, page=page)
    return render(request, "tasks.html", {"r": data, "statuses": STATUS_LABELS})


@router.get("/api/tasks", tags=["tracking"])
def tasks_api(session: SessionDep, _user: Viewer, q: str = "", body: str = "", index: str = "", status: str = "",
              overdue: bool = False, page: int = 1) -> dict[str, Any]:
    """Search tasks (JSON): ``q`` words of the text, ``body`` lead or support, ``index`` PAR/SIPAS/..., ``status``."""
    return _search(session, q=q, body=body, index=index, status=status, overdue=overdue, page=page)
