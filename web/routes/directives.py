"""The directive list and a directive's page (tasks and highlighted source text)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from web import queries
from web.deps import SessionDep, Viewer
from web.highlight import highlight as hl
from web.highlight import marks_of
from web.render import render
from web.routes.files import original_of

router = APIRouter()


@router.get("/directives", include_in_schema=False)
def directives_page(request: Request, session: SessionDep, _user: Viewer, q: str = "") -> Response:
    """Directive list."""
    return render(request, "directives.html", {"rows": queries.directive_rows(session=session, q=q), "q": q})


@router.get("/api/directives", tags=["directives"])
def directives_api(session: SessionDep, _user: Viewer, q: str = "", limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
    """Directive list (JSON)."""
    return queries.directive_rows(session=session, q=q, limit=min(limit, 500), offset=offset)


@router.get("/directives/{directive_id}", include_in_schema=False)
def directive_page(request: Request, session: SessionDep, _user: Viewer, directive_id: int) -> Response:
    """A directive: header, tasks, and the source text with highlighted spans."""
    d = queries.directive_detail_or_404(session=session, directive_id=directive_id)
    d["original"] = original_of(request, session, d["source_file_id"])
    return render(request, "directive.html", {"d": d, "source": hl(d["text"], marks_of(d), pages=d["pages"])})


@router.get("/api/directives/{directive_id}", tags=["directives"])
def directive_api(request: Request, session: SessionDep, _user: Viewer, directive_id: int) -> dict[str, Any]:
    """A directive with its text, tasks, bodies, deadlines, targets and references (JSON)."""
    d = queries.directive_detail_or_404(session=session, directive_id=directive_id)
    d["original"] = original_of(request, session, d["source_file_id"])
    return d
