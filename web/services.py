"""Write paths of the web app: upload → read → extract → save; review; progress with evidence.

Each prefers the store's own function (``store.importer``, ``store.review``) and falls back to
``web.fallback_store`` while that is not available.
"""

from __future__ import annotations

import hashlib
import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlmodel import Session, select

from models.tables import SourceFile
from web import fallback_store


def _store_fn(module: str, name: str) -> Callable[..., Any] | None:
    try:
        mod = importlib.import_module(module)
    except ImportError:
        return None
    fn = getattr(mod, name, None)
    return fn if callable(fn) else None


def conflict_types() -> tuple[type[BaseException], ...]:
    """The exception types that mean "changed by someone else"."""
    types: list[type[BaseException]] = [fallback_store.FallbackConflict]
    try:
        from store.errors import Conflict

        types.append(Conflict)
    except ImportError:
        pass
    return tuple(types)


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


def import_file(*, session: Session, data: bytes, name: str, extractor: Callable[[bytes, str], Any],
                actor: str) -> UploadResult:
    """Import one file in the caller's transaction; a known sha256 is reported as a duplicate.

    Errors from reading or extraction become an ``UploadResult(ok=False)`` with the message.
    """
    sha = hashlib.sha256(data).hexdigest()
    known = session.exec(select(SourceFile).where(SourceFile.sha256 == sha)).first()
    if known is not None and known.directive is not None:
        d = known.directive
        label = d.number or known.name
        return UploadResult(name=name, ok=True, duplicate=True, directive_id=d.id, tasks=len(d.tasks),
                            message=f"đã nhập trước đó: {label}")
    if not data:
        return UploadResult(name=name, ok=False, message="Tệp rỗng.")
    try:
        document, extraction = extractor(data, name)
    except Exception as e:  # noqa: BLE001 - any reader/extractor failure is reported per file
        return UploadResult(name=name, ok=False, message=f"Không đọc được tệp: {e}")
    save = _store_fn("store.importer", "save_extraction") or fallback_store.save_extraction
    with session.begin_nested():
        directive = save(session=session, document=document, extraction=extraction)
    sf = session.get(SourceFile, directive.source_file_id)
    if sf is not None and not sf.received_by:
        sf.received_by = actor
        session.add(sf)
    n = len(directive.tasks)
    return UploadResult(name=name, ok=True, directive_id=directive.id, tasks=n, message=f"{n} nhiệm vụ")


def review(*, session: Session, task_id: int, action: str, actor: str, changes: dict[str, Any] | None,
           expected_version: int | None) -> Any:
    """Apply one review action through ``store.review.apply_review`` (or the fallback)."""
    fn = _store_fn("store.review", "apply_review") or fallback_store.apply_review
    return fn(session=session, task_id=task_id, action=action, actor=actor, changes=changes or {},
              expected_version=expected_version)


def save_evidence(evidence_dir: Path, data: bytes, name: str) -> str:
    """Store an evidence file under its SHA-256 (keeping the suffix) and return ``sha256:name``."""
    sha = hashlib.sha256(data).hexdigest()
    evidence_dir.mkdir(parents=True, exist_ok=True)
    suffix = Path(name).suffix.lower()[:10] if Path(name).suffix.isascii() else ""
    path = evidence_dir / f"{sha}{suffix}"
    if not path.exists():
        path.write_bytes(data)
    return f"{sha}:{Path(name).name}"


def progress(*, session: Session, task_id: int, percent: int, note: str, evidence: list[str], actor: str) -> Any:
    """Record progress through ``store.review.report_progress`` (or the fallback)."""
    fn = _store_fn("store.review", "report_progress") or fallback_store.report_progress
    return fn(session=session, task_id=task_id, percent=percent, note=note, evidence=evidence, actor=actor)
