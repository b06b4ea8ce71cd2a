"""The original files received: download, and PDF page images with a task's passage marked."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import FileResponse, Response
from sqlmodel import select
from starlette.concurrency import run_in_threadpool

from models.tables import SourceFile, Target, Task
from store.blobs import blob_path, has_blob
from store.errors import InvalidData
from web.deps import SessionDep, Viewer
from web.pdfpages import PageNotFound, Quote, render_page

router = APIRouter()
NOT_KEPT = "Không có tệp gốc này."


def files_dir(request: Request) -> Path | None:
    """Where the app keeps originals (``settings.files_dir``), or ``None``."""
    value = getattr(request.app.state.settings, "files_dir", None)
    return Path(value) if value else None


def original_info(request: Request, sf: SourceFile) -> dict[str, Any]:
    """A stored file as the pages and the API show it: name, format, hash, pages, original kept, image URLs."""
    kept = has_blob(files_dir(request), sf.sha256)
    pages = [int(p.get("page_no", i + 1)) for i, p in enumerate(sf.pages or [])] or [1]
    pdf = kept and sf.format == "pdf"
    return {"name": sf.name, "format": sf.format, "sha256": sf.sha256, "size": sf.size, "original": kept,
            "download": f"/files/{sf.sha256}" if kept else None,
            "page_images": {n: f"/files/{sf.sha256}/pages/{n}.png" for n in pages} if pdf else {}}


def original_of(request: Request, session: SessionDep, source_file_id: int) -> dict[str, Any] | None:
    """:func:`original_info` of the stored file with this id (``None`` when there is none)."""
    sf = session.get(SourceFile, source_file_id)
    return original_info(request, sf) if sf else None


def _source(session: SessionDep, sha: str) -> SourceFile:
    sf = session.exec(select(SourceFile).where(SourceFile.sha256 == sha)).first()
    if sf is None:
        raise HTTPException(status_code=404, detail=NOT_KEPT)
    return sf


def _blob(request: Request, sha: str) -> Path:
    directory = files_dir(request)
    try:
        path = blob_path(directory, sha) if directory else None
    except InvalidData:
        path = None
    if path is None or not path.is_file():
        raise HTTPException(status_code=404, detail=NOT_KEPT)
    return path


@router.get("/files/{sha}", tags=["audit"])
def original_file(request: Request, session: SessionDep, _user: Viewer, sha: str) -> Response:
    """The original file as received (always a download, never shown inline)."""
    sf = _source(session, sha)
    return FileResponse(_blob(request, sha), media_type="application/octet-stream", filename=sf.name,
                        content_disposition_type="attachment")


@router.get("/api/files/{sha}", tags=["audit"])
def original_api(request: Request, session: SessionDep, _user: Viewer, sha: str) -> dict[str, Any]:
    """What is stored of a file: name, format, pages, whether the original is kept, page image URLs."""
    return original_info(request, _source(session, sha))


def _quotes(session: SessionDep, sf: SourceFile, task_id: int | None) -> list[Quote]:
    if task_id is None:
        return []
    task = session.get(Task, task_id)
    if task is None:
        return []
    from models.tables import Directive

    directive = session.get(Directive, task.directive_id)
    if directive is None or directive.source_file_id != sf.id:
        return []
    quotes = [Quote(sf.text[task.start:task.end], "task")]
    quotes += [Quote(g.text, "target") for g in session.exec(select(Target).where(Target.task_id == task.id))]
    return quotes


@router.get("/files/{sha}/pages/{page_no}.png", tags=["audit"])
async def page_image(request: Request, session: SessionDep, _user: Viewer, sha: str, page_no: int,
                     task: int | None = None) -> Response:
    """Page ``page_no`` of a stored PDF as PNG; with ``?task=ID`` that task's passage and targets are marked."""
    sf = _source(session, sha)
    if sf.format != "pdf":
        raise HTTPException(status_code=404, detail="Tệp này không phải PDF.")
    path = _blob(request, sha)
    quotes = _quotes(session, sf, task)
    try:
        png = await run_in_threadpool(render_page, path, page_no, quotes=quotes)
    except PageNotFound as e:
        raise HTTPException(status_code=404, detail=f"Không có trang {page_no}.") from e
    return Response(png, media_type="image/png", headers={"Cache-Control": "private, max-age=3600"})
