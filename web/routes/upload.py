"""Upload: several files at once; each is read, extracted and saved in its own transaction."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, Request, UploadFile
from fastapi.responses import Response

from web.deps import SessionDep, Uploader, get_extractor
from web.render import render
from web.services import UploadResult, import_file

router = APIRouter()
ExtractorDep = Annotated[Any, Depends(get_extractor)]


async def _import_all(request: Request, session: SessionDep, files: list[UploadFile], extractor: Any,
                      actor: str) -> list[UploadResult]:
    limit = int(getattr(request.app.state.settings, "max_upload_mb", 50)) * 1024 * 1024
    originals = getattr(request.app.state.settings, "files_dir", None)
    results = []
    for f in files:
        name = (f.filename or "tệp").replace("\\", "/").rsplit("/", 1)[-1]
        data = await f.read(limit + 1)
        if len(data) > limit:
            results.append(UploadResult(name=name, ok=False, message=f"Tệp lớn hơn {limit // 1048576} MB."))
            continue
        res = import_file(session=session, data=data, name=name, extractor=extractor, actor=actor,
                          originals_dir=originals)
        if res.ok:
            session.commit()
        else:
            session.rollback()
        results.append(res)
    return results


@router.get("/upload", include_in_schema=False)
def upload_form(request: Request, _user: Uploader) -> Response:
    """The upload page (drag and drop, progress per file)."""
    return render(request, "upload.html", {"results": []})


@router.post("/upload", include_in_schema=False)
async def upload_submit(request: Request, session: SessionDep, user: Uploader, extractor: ExtractorDep,
                        files: Annotated[list[UploadFile], File()]) -> Response:
    """Import the files sent by the form (without JavaScript) and show the result of each."""
    results = await _import_all(request, session, files, extractor, user.name)
    return render(request, "upload.html", {"results": results})


@router.post("/api/upload", tags=["upload"])
async def upload_api(request: Request, session: SessionDep, user: Uploader, extractor: ExtractorDep,
                     files: Annotated[list[UploadFile], File()]) -> list[dict[str, Any]]:
    """Import files; one result per file: ``tasks`` found, ``duplicate`` or an error ``message``."""
    return [asdict(r) for r in await _import_all(request, session, files, extractor, user.name)]
