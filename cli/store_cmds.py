"""Store commands: ingest, tasks, directives, export, progress import, db upgrade, trace.

Each command is a thin shell over a ``store`` function; ``--db`` defaults to ``CHIDAO_DB``.
"""

from __future__ import annotations

import getpass
import json
from collections.abc import Callable
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.table import Table

DB_HELP = "Database URL (sqlite:///file.db or postgresql+psycopg://...); default: $CHIDAO_DB or the user data dir."
console = Console()
err = Console(stderr=True)


class ExportFormat(str, Enum):
    xlsx = "xlsx"
    csv = "csv"


def get_extractor() -> Callable[[Any], Any]:
    """The extractor used by ``chidao ingest`` (``nlp.extract``, imported on first use)."""
    from nlp import extract

    return extract


def _actor() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "cli"


def open_engine(db: str | None):  # noqa: ANN201
    """An engine for ``--db`` (or the settings), migrating a database that was never initialised."""
    from store.db import current_revision, init_db, make_engine
    from store.settings import Settings

    url = db or Settings().db
    engine = make_engine(url)
    if current_revision(engine) is None:
        init_db(engine)
    _seed(engine)
    return engine


def _seed(engine) -> None:  # noqa: ANN001
    from store.bootstrap import ensure_reference_data
    from store.db import session_scope

    with session_scope(engine) as session:
        ensure_reference_data(session=session)


def _files_dir() -> Path:
    """Where originals are kept (``CHIDAO_FILES_DIR``, default in the user data directory)."""
    from store.settings import Settings

    return Settings().files_dir


def _directive_id(session, number: str | None) -> int | None:  # noqa: ANN001
    """The id of the directive numbered ``number`` (None for None); a clear error when there is none."""
    from store.directives import get_by_number
    from store.errors import NotFound

    try:
        return get_by_number(session=session, number=number).id if number else None
    except NotFound as e:
        _fail(str(e))
        raise  # unreachable: _fail exits


def _fail(message: str) -> None:
    err.print(f"[red]error:[/red] {message}", highlight=False)
    raise typer.Exit(1)


def ingest_cmd(
    paths: list[Path] = typer.Argument(..., help="Files or directories (pdf, docx, html, txt)."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Read, extract and store files; one transaction per file, a bad file does not stop the batch."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from store.db import session_scope
    from store.importer import expand_paths, ingest_file

    files = list(expand_paths(paths))
    if not files:
        _fail("no supported files (pdf, docx, html, txt) in " + ", ".join(map(str, paths)))
    engine = open_engine(db)
    extract = get_extractor()
    originals = _files_dir()
    failures = added = known = 0
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), console=err,
                  disable=len(files) < 2, transient=True) as progress:
        bar = progress.add_task("ingest", total=len(files))
        for path in files:
            progress.update(bar, description=path.name[:40])
            try:
                with session_scope(engine) as session:
                    result = ingest_file(session=session, path=path, actor=_actor(), extract=extract,
                                         originals_dir=originals)
                    number, n_tasks = result.directive.number, len(result.directive.tasks)
            except Exception as e:  # noqa: BLE001 - one bad file must not stop the batch
                failures += 1
                reason = str(e).splitlines()[0] if str(e) else type(e).__name__
                progress.console.print(f"[red]✗[/red] {path}: {type(e).__name__}: {reason}", highlight=False)
            else:
                added += result.created
                known += not result.created
                state = "added" if result.created else "already stored"
                progress.console.print(f"[green]✓[/green] {path}: {number or '(no number)'}, {n_tasks} tasks, {state}",
                                       highlight=False)
            progress.advance(bar)
    console.print(f"{added} added, {known} already stored, {failures} failed")
    if failures:
        raise typer.Exit(1)


def _task_json(view: Any) -> dict[str, Any]:
    t, d = view.task, view.deadline
    return {"id": t.id, "uid": t.uid, "directive": view.directive_number, "text": " ".join((t.human_text or t.text).split()),
            "lead": view.lead, "support": view.support, "status": t.status, "progress": t.progress,
            "deadline": {"due_on": d.due_on.isoformat() if d.due_on else None, "kind": d.kind, "rule": d.rule} if d else None,
            "due": view.due.isoformat() if view.due else None, "overdue": view.overdue, "span": [t.start, t.end],
            "page": t.page_no, "version": t.version}


def tasks_cmd(
    body: str | None = typer.Option(None, "--body", help="Lead or support body (accents ignored)."),
    overdue: bool = typer.Option(False, "--overdue", help="Only open tasks past their due date."),
    index: str | None = typer.Option(None, "--index", help="Indicator code: PAR, SIPAS, PCI, ..."),
    directive: str | None = typer.Option(None, "--directive", help="Directive number, e.g. 4085/UBND-ĐT."),
    search: str | None = typer.Option(None, "--search", help="Words of the task text (accents ignored)."),
    status: str | None = typer.Option(None, "--status", help="extracted, accepted, in_progress, done, ..."),
    today: str | None = typer.Option(None, "--today", help="Reference date for --overdue (YYYY-MM-DD)."),
    limit: int = typer.Option(200, "--limit", min=1),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """List tasks."""
    from store.db import session_scope
    from store.tasks import list_tasks

    with session_scope(open_engine(db)) as session:
        directive_id = _directive_id(session, directive)
        page = list_tasks(session=session, body=body, overdue=overdue, index=index, directive_id=directive_id,
                          status=status, q=search, today=date.fromisoformat(today) if today else None, limit=limit)
        if as_json:
            typer.echo(json.dumps({"count": page.count, "items": [_task_json(v) for v in page.items]},
                                  ensure_ascii=False, indent=2))
            return
        table = Table(title=f"{page.count} tasks", show_lines=True)
        for name in ("Mã", "Văn bản", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Hạn", "Tình trạng"):
            table.add_column(name, overflow="fold")
        for v in page.items:
            t = v.task
            due = (v.due.strftime("%d/%m/%Y") if v.due else (v.deadline.kind if v.deadline else ""))
            table.add_row(t.uid, v.directive_number or "", " ".join((t.human_text or t.text).split())[:200],
                          "; ".join(v.lead), "; ".join(v.support), f"[red]{due}[/red]" if v.overdue else due, t.status)
        console.print(table)


def directives_cmd(
    search: str | None = typer.Option(None, "--search", help="Words of the number, issuer or subject."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """List stored directives."""
    from store.db import session_scope
    from store.directives import list_directives

    with session_scope(open_engine(db)) as session:
        page = list_directives(session=session, q=search, limit=10_000)
        items = [{"id": d.id, "number": d.number, "doc_type": d.doc_type, "issuer": d.issuer,
                  "issued_on": d.issued_on.isoformat() if d.issued_on else None, "subject": d.subject,
                  "tasks": page.task_counts[d.id]} for d in page.items]
    if as_json:
        typer.echo(json.dumps({"count": page.count, "items": items}, ensure_ascii=False, indent=2))
        return
    table = Table(title=f"{page.count} directives")
    for name in ("id", "Số", "Loại", "Cơ quan ban hành", "Ngày", "Trích yếu", "Nhiệm vụ"):
        table.add_column(name, overflow="fold")
    for d in items:
        table.add_row(str(d["id"]), d["number"] or "", d["doc_type"], d["issuer"] or "", d["issued_on"] or "",
                      (d["subject"] or "")[:120], str(d["tasks"]))
    console.print(table)


def export_cmd(
    out: Path = typer.Option(..., "--out", help="The file to write (.xlsx or .csv)."),
    fmt: ExportFormat | None = typer.Option(None, "--format", help="xlsx or csv (default: from --out)."),
    directive: str | None = typer.Option(None, "--directive", help="Only this directive number."),
    body: str | None = typer.Option(None, "--body", help="Only tasks of this body."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Write the tracking sheet "Phụ lục theo dõi nhiệm vụ"."""
    from store.db import session_scope
    from store.export import export_tasks

    with session_scope(open_engine(db)) as session:
        directive_id = _directive_id(session, directive)
        n = export_tasks(session=session, out=out, kind=fmt.value if fmt else None, directive_id=directive_id, body=body)
    console.print(f"{n} tasks written to {out}")


def progress_import_cmd(
    path: Path = typer.Argument(..., exists=True, dir_okay=False, help="A tracking sheet returned with progress."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Read Tình trạng / Tiến độ / Kết quả back by Mã nhiệm vụ (changed task texts are reported, not applied)."""
    from store.db import session_scope
    from store.export import progress_import

    try:
        with session_scope(open_engine(db)) as session:
            report = progress_import(session=session, path=path, actor=_actor())
    except ValueError as e:
        _fail(str(e))
    console.print(f"{len(report.updated)} updated, {len(report.unchanged)} unchanged")
    for uid in report.text_changed:
        console.print(f"[yellow]text changed in the sheet, not applied:[/yellow] {uid}")
    for uid in report.unknown:
        console.print(f"[yellow]unknown task id:[/yellow] {uid}")
    for line in report.errors:
        err.print(f"[red]✗[/red] {line}", highlight=False)
    if report.errors:
        raise typer.Exit(1)


def db_upgrade_cmd(
    revision: str = typer.Argument("head", help="Target revision."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Apply the schema migrations (alembic upgrade)."""
    from store.db import current_revision, init_db, make_engine
    from store.settings import Settings

    engine = make_engine(db or Settings().db)
    init_db(engine, revision=revision)
    if revision == "head":
        _seed(engine)
    console.print(f"database at revision {current_revision(engine)}")


def trace_cmd(
    target_id: int = typer.Argument(..., help="A target's id."),
    as_json: bool = typer.Option(False, "--json"),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Show where a target comes from: task, span, page, file and directive."""
    from dataclasses import asdict

    from store.db import session_scope
    from store.errors import NotFound
    from store.tasks import provenance

    with session_scope(open_engine(db)) as session:
        try:
            p = provenance(session=session, target_id=target_id)
        except NotFound as e:
            _fail(str(e))
    if as_json:
        typer.echo(json.dumps(asdict(p), ensure_ascii=False, indent=2))
        return
    console.print(f"target {p.target_id}: «{' '.join(p.target_text.split())}» [{p.target_span[0]}, {p.target_span[1]})",
                  highlight=False)
    if p.task_uid:
        console.print(f"  task {p.task_uid} [{p.task_span[0]}, {p.task_span[1]}): "  # type: ignore[index]
                      f"{' '.join((p.task_text or '').split())[:160]}", highlight=False)
    console.print(f"  page {p.page_no} of {p.file_name} (sha256 {p.file_sha256})", highlight=False)
    console.print(f"  directive {p.directive_number or '(no number)'} (id {p.directive_id})", highlight=False)


def reextract_cmd(
    directive: str | None = typer.Option(None, "--directive", help="Only this directive number (default: all)."),
    force: bool = typer.Option(False, "--force", help="Also when the extractor version and config are unchanged."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Run the current extractor again over stored files; human-reviewed tasks are kept, changes proposed."""
    from sqlmodel import select

    from models.tables import Directive, ExtractionRun, SourceFile
    from store.db import session_scope
    from store.directives import get_by_number
    from store.errors import NotFound
    from store.reextract import document_of, reextract

    engine = open_engine(db)
    with session_scope(engine) as session:
        try:
            ids = [get_by_number(session=session, number=directive).id] if directive else list(
                session.exec(select(Directive.id).order_by(Directive.id)).all())
        except NotFound as e:
            _fail(str(e))
    extract = get_extractor()
    failures = 0
    for directive_id in ids:
        try:
            with session_scope(engine) as session:
                d = session.get(Directive, directive_id)
                doc = document_of(session.get(SourceFile, d.source_file_id))
                extraction = extract(doc)
                last = session.get(ExtractionRun, d.run_id) if d.run_id else None
                same = last is not None and (last.extractor_version, last.config_hash) == (
                    extraction.extractor.get("version", "unknown"), extraction.extractor.get("config_hash", "")[:64])
                if same and not force:
                    console.print(f"= {doc.name}: extractor unchanged, skipped", highlight=False)
                    continue
                r = reextract(session=session, directive_id=directive_id, extraction=extraction)
                console.print(f"✓ {doc.name}: {len(r.updated)} updated, {len(r.added)} added, {len(r.removed)} removed, "
                              f"{len(r.kept)} kept (reviewed), {len(r.proposals)} proposals", highlight=False)
        except Exception as e:  # noqa: BLE001 - one bad directive must not stop the others
            failures += 1
            err.print(f"[red]✗[/red] directive {directive_id}: {type(e).__name__}: {e}", highlight=False)
    if failures:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Add the store commands to ``app``."""
    app.command("ingest")(ingest_cmd)
    app.command("tasks")(tasks_cmd)
    app.command("directives")(directives_cmd)
    app.command("export")(export_cmd)
    app.command("trace")(trace_cmd)
    app.command("reextract")(reextract_cmd)
    progress = typer.Typer(help="Progress reports.", no_args_is_help=True)
    progress.command("import")(progress_import_cmd)
    app.add_typer(progress, name="progress")
    dbapp = typer.Typer(help="Database schema.", no_args_is_help=True)
    dbapp.command("upgrade")(db_upgrade_cmd)
    app.add_typer(dbapp, name="db")
