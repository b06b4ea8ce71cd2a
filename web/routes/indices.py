"""A page per index (PAR, SIPAS, PCI ...): its criterion tree with commitments / done / overdue,
and the tasks serving it. Every page has its JSON twin under ``/api/``."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response

from web import indices as q
from web.deps import SessionDep, Viewer
from web.render import render

router = APIRouter()


@router.get("/indices", include_in_schema=False)
def indices_page(request: Request, session: SessionDep, _user: Viewer) -> Response:
    """Every index of the taxonomy with its roll-up."""
    return render(request, "indices.html", {"rows": q.indices(session=session)})


@router.get("/api/indices", tags=["tracking"])
def indices_api(session: SessionDep, _user: Viewer) -> list[dict[str, Any]]:
    """Every index with commitments, done and overdue (JSON)."""
    return q.indices(session=session)


def _index(session: SessionDep, code: str) -> dict[str, Any]:
    data = q.index_detail(session=session, code=code)
    if data is None:
        raise HTTPException(status_code=404, detail=f"Không có bộ chỉ số «{code}».")
    return data


@router.get("/indices/{code}", include_in_schema=False)
def index_page(request: Request, session: SessionDep, _user: Viewer, code: str) -> Response:
    """One index: the criterion tree with roll-ups, and the tasks serving it."""
    return render(request, "index.html", {"ix": _index(session, code)})


@router.get("/api/indices/{code}", tags=["tracking"])
def index_api(session: SessionDep, _user: Viewer, code: str) -> dict[str, Any]:
    """One index: ``index``, ``summary``, ``criteria`` (tree rows with ``depth``) and ``tasks`` (JSON)."""
    return _index(session, code)
