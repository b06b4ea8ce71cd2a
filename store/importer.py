"""Saving an extraction: the only mapping ``nlp.types`` → tables.

:func:`save_extraction` is idempotent by the file's SHA-256; :func:`ingest_file` reads, extracts
and saves one file (the caller's transaction, one per file). Re-extraction is in
:mod:`store.reextract`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlmodel import Session, col, select

from ingest.document import Document
from models.tables import (
    Deadline,
    Directive,
    ExtractionRun,
    Reference,
    SourceFile,
    Target,
    Task,
    TaskBody,
)
from nlp import types as nt
from store.blobs import has_blob, put_blob
from store.bodies import get_or_propose
from store.errors import InvalidData
from store.indicators import link_task_criteria
from store.keys import number_key, search_fold, task_uid

SUPPORTED_SUFFIXES = (".pdf", ".docx", ".html", ".htm", ".txt")
Extractor = Callable[[Document], nt.Extraction]


@dataclass(frozen=True)
class SaveResult:
    """What :func:`save_extraction` did: the directive, and whether it was new."""

    directive: Directive
    created: bool


def iso_date(value: str | date | None) -> date | None:
    """An ISO date string as a ``date``; ``None`` for missing or malformed values."""
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def check_spans(text: str, extraction: nt.Extraction) -> None:
    """Raise :class:`InvalidData` when a span of ``extraction`` is not inside ``text``."""
    n = len(text)
    spans: list[tuple[str, tuple[int, int] | None]] = []
    for t in extraction.tasks:
        spans.append((f"task {t.id}", t.span))
        spans += [(f"body {b.name!r} of task {t.id}", b.span) for b in t.bodies]
        spans.append((f"deadline of task {t.id}", t.deadline.span if t.deadline else None))
    spans += [(f"target {i}", tg.span) for i, tg in enumerate(extraction.targets)]
    spans += [(f"reference {r.number}", r.span) for r in extraction.directive.references]
    for what, span in spans:
        if span is not None and not 0 <= span[0] <= span[1] <= n:
            raise InvalidData(f"{what}: span {list(span)} is outside the text of length {n}")
    labels = [t.id for t in extraction.tasks]
    if len(set(labels)) != len(labels):
        raise InvalidData(f"task ids repeat in the extraction: {labels}")


def directive_fields(info: nt.DirectiveInfo) -> dict[str, object]:
    """Directive column values from the extraction header."""
    subject = info.subject
    folded = search_fold(" ".join(x for x in (info.number, info.issuer, subject) if x))
    return {
        "doc_type": info.doc_type or "other",
        "number": info.number,
        "number_key": number_key(info.number) if info.number else None,
        "issuer": info.issuer,
        "signer": info.signer,
        "issued_on": iso_date(info.issued_on),
        "subject": subject,
        "indices": list(info.indices),
        "folded": folded,
    }


def new_uid(session: Session, sha256: str, start: int, end: int) -> str:
    """A task uid not yet used (collisions get a salt)."""
    salt = 0
    while True:
        uid = task_uid(sha256, start, end, salt)
        if session.exec(select(Task.id).where(Task.uid == uid)).first() is None:
            return uid
        salt += 1


def write_task_parts(*, session: Session, task: Task, source: nt.Task) -> None:
    """(Re)write the machine bodies, criteria and deadline of ``task`` from ``source`` (human rows are kept)."""
    links = session.exec(select(TaskBody).where(TaskBody.task_id == task.id)).all()
    for link in links:
        if link.origin == "machine":
            session.delete(link)
    session.flush()
    session.expire(task, ["body_links"])
    seen: set[tuple[int, str]] = {(lk.body_id, lk.role) for lk in links if lk.origin != "machine"}
    for ref in source.bodies:
        if ref.role not in ("lead", "support"):
            raise InvalidData(f"task {source.id}: role {ref.role!r}; expected 'lead' or 'support'")
        body = get_or_propose(session=session, name=ref.name)
        if (body.id, ref.role) in seen:
            continue
        seen.add((body.id, ref.role))
        s, e = ref.span if ref.span else (None, None)
        session.add(TaskBody(task_id=task.id, body_id=body.id, role=ref.role, explicit=ref.explicit,
                             name_as_written=ref.name, start=s, end=e))
    link_task_criteria(session=session, task_id=task.id, criteria=source.criteria)
    old = session.exec(select(Deadline).where(Deadline.task_id == task.id)).first()
    if old is not None and old.origin != "machine":
        return
    if old is not None:
        session.delete(old)
        session.flush()
    if source.deadline is not None:
        d = source.deadline
        s, e = d.span if d.span else (None, None)
        session.add(Deadline(task_id=task.id, due_on=iso_date(d.date), kind=d.kind, rule=d.rule,
                             start=s, end=e, inherited=d.inherited))


def add_targets(
    *, session: Session, directive_id: int, extraction: nt.Extraction, document_text: str,
    task_ids: dict[str, int], page_of: Callable[[int], int], only_tasks: set[str] | None = None,
) -> None:
    """Add the extraction's targets; ``only_tasks`` limits them to those task labels (and ``None``)."""
    for tg in extraction.targets:
        if only_tasks is not None and tg.task is not None and tg.task not in only_tasks:
            continue
        s, e = tg.span
        session.add(Target(
            task_id=task_ids.get(tg.task) if tg.task else None, directive_id=directive_id, value=tg.value,
            unit=tg.unit, comparator=tg.comparator, metric=tg.metric, start=s, end=e,
            page_no=page_of(s), text=document_text[s:e],
        ))


def new_task(*, session: Session, directive: Directive, sha256: str, source: nt.Task, text: str,
             run_id: int | None, ordinal: int, page_of: Callable[[int], int]) -> Task:
    """Insert a machine task for ``source`` with its bodies and deadline."""
    s, e = source.span
    task = Task(
        uid=new_uid(session, sha256, s, e), directive_id=directive.id, run_id=run_id, ordinal=ordinal,
        label=source.id, start=s, end=e, page_no=source.page or page_of(s), text=text[s:e],
        confidence=source.confidence, evidence=list(source.evidence), indices=list(source.indices),
        folded=search_fold(text[s:e]),
    )
    session.add(task)
    session.flush()
    write_task_parts(session=session, task=task, source=source)
    return task


def link_references(*, session: Session, directive: Directive, info: nt.DirectiveInfo) -> None:
    """Store the cited numbers and resolve them both ways (earlier and later directives)."""
    for ref in info.references:
        key = number_key(ref.number)
        target = session.exec(
            select(Directive.id).where(Directive.number_key == key, Directive.id != directive.id)
        ).first()
        s, e = ref.span if ref.span else (None, None)
        session.add(Reference(directive_id=directive.id, number=ref.number, number_key=key,
                              doc_type=ref.type, cited_date=iso_date(ref.date), start=s, end=e,
                              target_id=target))
    if directive.number_key:
        dangling = session.exec(select(Reference).where(
            Reference.number_key == directive.number_key, col(Reference.target_id).is_(None),
            Reference.directive_id != directive.id,
        )).all()
        for ref_row in dangling:
            ref_row.target_id = directive.id
            session.add(ref_row)


def new_run(*, session: Session, source_file_id: int, extraction: nt.Extraction) -> ExtractionRun:
    """Record one extractor run (version and config hash from ``extraction.extractor``)."""
    run = ExtractionRun(
        source_file_id=source_file_id,
        extractor_version=extraction.extractor.get("version", "unknown"),
        config_hash=extraction.extractor.get("config_hash", "")[:64],
        output=extraction.to_json_dict(),
    )
    session.add(run)
    session.flush()
    return run


def save_extraction(
    *, session: Session, document: Document, extraction: nt.Extraction, actor: str | None = None,
    size: int | None = None,
) -> SaveResult:
    """Store a document and its extraction; a file already stored (same SHA-256) adds nothing.

    Args:
        session: the caller's transaction (not committed here).
        document: the read file (its text, pages and blocks are stored).
        extraction: the extractor's output for ``document``.
        actor: who received the file.
        size: the file's size in bytes, when known.

    Returns:
        The directive and ``created`` (``False`` when the file was already stored).

    Raises:
        InvalidData: a span outside the text, an unknown role.
    """
    existing = session.exec(select(SourceFile).where(SourceFile.sha256 == document.sha256)).first()
    if existing is not None:
        directive = session.exec(select(Directive).where(Directive.source_file_id == existing.id)).one()
        return SaveResult(directive=directive, created=False)
    text = document.text
    check_spans(text, extraction)
    source = SourceFile(
        sha256=document.sha256, name=document.name, format=document.format.value,
        size=size if size is not None else len(text.encode("utf-8")), text=text,
        pages=[p.model_dump(mode="json") for p in document.pages],
        blocks=[b.model_dump(mode="json") for b in document.blocks],
        tables=[t.model_dump(mode="json") for t in document.tables],
        meta=dict(document.meta), received_by=actor,
    )
    session.add(source)
    session.flush()
    run = new_run(session=session, source_file_id=source.id, extraction=extraction)
    directive = Directive(source_file_id=source.id, run_id=run.id, **directive_fields(extraction.directive))
    session.add(directive)
    session.flush()
    link_references(session=session, directive=directive, info=extraction.directive)
    ids: dict[str, int] = {}
    for ordinal, t in enumerate(extraction.tasks):
        task = new_task(session=session, directive=directive, sha256=document.sha256, source=t, text=text,
                        run_id=run.id, ordinal=ordinal, page_of=document.page_of)
        ids[t.id] = task.id
    add_targets(session=session, directive_id=directive.id, extraction=extraction, document_text=text,
                task_ids=ids, page_of=document.page_of)
    session.flush()
    return SaveResult(directive=directive, created=True)


def expand_paths(paths: Iterable[Path]) -> Iterator[Path]:
    """Files to ingest: directories expand (recursively, sorted) to files with a supported suffix."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES)
        else:
            yield path


def ingest_file(
    *, session: Session, path: Path, actor: str | None = None, extract: Extractor | None = None,
    document: Document | None = None, originals_dir: Path | None = None,
) -> SaveResult:
    """Read, extract and save one file in the caller's transaction.

    Args:
        session: one transaction per file (``store.db.session_scope``).
        path: the file (pdf, docx, html, txt).
        actor: who ingested it.
        extract: the extractor; defaults to ``nlp.extract`` (imported on first use).
        document: an already read document for ``path`` (web uploads), else ``ingest.read(path)``.
        originals_dir: keep the file's bytes there by SHA-256 (:mod:`store.blobs`; the web app shows
            PDF pages from it); also for a file already stored whose original is missing.

    Raises:
        ingest.errors.IngestError: the file cannot be read.
        InvalidData: the extraction cannot be stored.
    """
    if document is None:
        from ingest import read

        document = read(path)
    if originals_dir is not None and path.is_file() and not has_blob(originals_dir, document.sha256):
        put_blob(originals_dir, path.name, path.read_bytes())
    found = session.exec(select(SourceFile.id).where(SourceFile.sha256 == document.sha256)).first()
    if found is not None:  # skip the (slow) extractor for a file already stored
        directive = session.exec(select(Directive).where(Directive.source_file_id == found)).one()
        return SaveResult(directive=directive, created=False)
    if extract is None:
        from nlp import extract as nlp_extract

        extract = nlp_extract
    extraction = extract(document)
    size = path.stat().st_size if path.exists() else None
    return save_extraction(session=session, document=document, extraction=extraction, actor=actor, size=size)
