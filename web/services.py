"""Write paths of the web app, over the store: upload → read → extract → save; review; progress."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from models.tables import Directive, ReviewEvent, SourceFile, Task
from store.blobs import has_blob, put_blob
from store.errors import Conflict, InvalidData, InvalidTransition, NotFound, StoreError
from store.importer import save_extraction
from store.review import apply_review, report_progress

Extractor = Callable[[bytes, str], Any]


def default_extractor(data: bytes, name: str) -> tuple[Any, Any]:
    """Read the bytes with ``ingest`` and run ``nlp.extract`` (imported lazily: heavy)."""
    import ingest
    import nlp

    document = ingest.read_bytes(data, name=name)
    return document, nlp.extract(document)


@dataclass
class UploadResult:
    """What happened to one uploaded file (also the JSON of ``/api/upload``)."""

    name: str
    ok: bool
    duplicate: bool = False
    directive_id: int | None = None
    tasks: int = 0
    message: str = ""


def _count_tasks(session: Session, directive_id: int) -> int:
    return len(session.exec(select(Task.id).where(Task.directive_id == directive_id,
                                                  col(Task.merged_into_id).is_(None))).all())


def import_file(*, session: Session, data: bytes, name: str, extractor: Extractor, actor: str,
                originals_dir: Path | None = None) -> UploadResult:
    """Import one file in the caller's transaction; a known SHA-256 is reported as a duplicate.

    Reading, extraction and storage errors become ``UploadResult(ok=False)`` with the message. The
    bytes of a stored file are kept under ``originals_dir`` by hash (the page images of PDFs).
    """
    if not data:
        return UploadResult(name=name, ok=False, message="Tệp rỗng.")
    sha = hashlib.sha256(data).hexdigest()
    known = session.exec(select(SourceFile).where(SourceFile.sha256 == sha)).first()
    if known is not None:
        d = session.exec(select(Directive).where(Directive.source_file_id == known.id)).first()
        if d is not None:
            _keep(originals_dir, name, data)
            return UploadResult(name=name, ok=True, duplicate=True, directive_id=d.id,
                                tasks=_count_tasks(session, d.id or 0),
                                message=f"đã nhập trước đó: {d.number or known.name}")
    try:
        document, extraction = extractor(data, name)
    except Exception as e:  # noqa: BLE001 - any reader/extractor failure is reported per file
        return UploadResult(name=name, ok=False, message=f"Không đọc được tệp: {e}")
    try:
        result = save_extraction(session=session, document=document, extraction=extraction, actor=actor,
                                 size=len(data))
    except StoreError as e:
        return UploadResult(name=name, ok=False, message=f"Không lưu được kết quả trích xuất: {e}")
    d = result.directive
    n = _count_tasks(session, d.id or 0)
    _keep(originals_dir, name, data)
    if not result.created:
        return UploadResult(name=name, ok=True, duplicate=True, directive_id=d.id, tasks=n,
                            message=f"đã nhập trước đó: {d.number or name}")
    return UploadResult(name=name, ok=True, directive_id=d.id, tasks=n, message=f"{n} nhiệm vụ")


def _keep(originals_dir: Path | None, name: str, data: bytes) -> None:
    sha = hashlib.sha256(data).hexdigest()
    if originals_dir is not None and not has_blob(Path(originals_dir), sha):
        put_blob(Path(originals_dir), name, data)


def error_status(exc: BaseException) -> tuple[str, int]:
    """A reviewer-facing Vietnamese message and HTTP status for a store error."""
    if isinstance(exc, Conflict):
        return ("Nhiệm vụ vừa được người khác thay đổi. Đã tải lại phiên bản mới nhất — hãy xem lại rồi thao tác lại.",
                409)
    if isinstance(exc, NotFound):
        return f"Không tìm thấy: {exc}", 404
    if isinstance(exc, InvalidTransition):
        return f"Thao tác không hợp lệ với trạng thái hiện tại: {exc}", 422
    if isinstance(exc, InvalidData):
        return f"Dữ liệu không hợp lệ: {exc}", 422
    return str(exc), 422


def last_undoable(session: Session, task_id: int) -> int | None:
    """The id of the latest change of a task that can still be undone."""
    events = session.exec(select(ReviewEvent).where(ReviewEvent.task_id == task_id)
                          .order_by(col(ReviewEvent.id).desc())).all()
    undone = {e.after.get("undoes") for e in events if e.action == "undo"}
    for e in events:
        if e.action != "undo" and e.id not in undone and e.before:
            return e.id
    return None


def review(*, session: Session, task_id: int, action: str, actor: str, changes: dict[str, Any] | None,
           expected_version: int | None, note: str | None = None) -> ReviewEvent:
    """Apply one review action through ``store.review.apply_review`` (``undo`` without an event: the last one)."""
    changes = dict(changes or {})
    if expected_version is None:
        task = session.get(Task, task_id)
        if task is None:
            raise NotFound(f"task {task_id}")
        expected_version = task.version
    if action == "undo" and "event_id" not in changes:
        event_id = last_undoable(session, task_id)
        if event_id is None:
            raise InvalidTransition("không còn thay đổi nào để hoàn tác")
        changes["event_id"] = event_id
    return apply_review(session=session, task_id=task_id, action=action, actor=actor,
                        expected_version=expected_version, changes=changes, note=note)


def progress(*, session: Session, task_id: int, percent: int, note: str, files: list[tuple[str, bytes]],
             actor: str, evidence_dir: Path) -> Any:
    """Record progress with evidence; 100% also marks the task done."""
    report = report_progress(session=session, task_id=task_id, percent=percent, note=note, actor=actor,
                             evidence_dir=Path(evidence_dir), evidence_files=files)
    if percent >= 100:
        task = session.get(Task, task_id)
        apply_review(session=session, task_id=task_id, action="done", actor=actor,
                     expected_version=task.version if task else 0, changes={}, note=note or None)
    return report


def seed_reference_data(engine: Any) -> dict[str, int]:
    """Fill the body registry and the indicator taxonomy of a database that has none (app startup)."""
    from store.bootstrap import ensure_reference_data

    with Session(engine) as session:
        done = ensure_reference_data(session=session)
        session.commit()
    return done
