"""Task queries: filtered lists, one task, overdue computation and provenance of a target."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import String, cast, func, or_
from sqlmodel import Session, col, select

from models.tables import (
    Body,
    Deadline,
    Directive,
    ProgressReport,
    SourceFile,
    Target,
    Task,
    TaskBody,
    TaskCriterion,
)
from store.errors import NotFound
from store.keys import body_key
from store.search import folded_like

OPEN_STATUSES = ("extracted", "accepted", "in_progress")


@dataclass
class TaskView:
    """A task with what a list shows: its directive number, bodies by role, deadline, due date."""

    task: Task
    directive_number: str | None
    lead: list[str] = field(default_factory=list)
    support: list[str] = field(default_factory=list)
    deadline: Deadline | None = None
    due: date | None = None
    overdue: bool = False


@dataclass(frozen=True)
class TaskPage:
    items: list[TaskView]
    count: int


def _as_dt(d: date) -> datetime:
    return datetime(d.year, d.month, d.day)


def effective_due(deadline: Deadline | None, *, start: date | None, last_report: date | None) -> date | None:
    """The date by which the task is next due.

    ``by``/``period``: the date. ``ongoing``: none. ``recurring``: the RRULE rolls forward —
    a progress report covers the occurrence nearest to it (an early report counts for the coming
    one, a late one for the one just past), and the task is next due at the following occurrence;
    with no report, the first occurrence on or after ``due_on`` (or ``start``).

    Args:
        deadline: the task's deadline row.
        start: when the rule starts when it has no date (the directive's issue date).
        last_report: the date of the latest progress report.
    """
    if deadline is None or deadline.kind == "ongoing":
        return None
    if deadline.kind != "recurring" or not deadline.rule:
        return deadline.due_on
    from dateutil.rrule import rrulestr

    dtstart = deadline.due_on or start
    if dtstart is None:
        return None
    rule = deadline.rule.removeprefix("RRULE:")
    try:
        rr = rrulestr(rule, dtstart=_as_dt(dtstart))
    except (ValueError, TypeError):
        return deadline.due_on
    if last_report is None:
        nxt = rr.after(_as_dt(dtstart), inc=True)
    else:
        at = _as_dt(last_report)
        before, after = rr.before(at, inc=True), rr.after(at, inc=True)
        covered = before if before and (after is None or at - before < after - at) else after
        nxt = rr.after(covered, inc=False) if covered else None
    return nxt.date() if nxt else None


def is_overdue(task: Task, due: date | None, today: date) -> bool:
    """Open (not done, cancelled or rejected) and past its due date."""
    return task.status in OPEN_STATUSES and task.merged_into_id is None and due is not None and due < today


RECURRING_WORDS = {"YEARLY": "hằng năm", "MONTHLY": "hằng tháng", "WEEKLY": "hằng tuần", "DAILY": "hằng ngày"}


def deadline_label(deadline: Deadline | None, due: date | None) -> str:
    """A deadline as a manager reads it: ``dd/mm/yyyy``, "Thường xuyên", or "Hằng tháng (kỳ tới dd/mm/yyyy)"."""
    if deadline is None:
        return ""
    if deadline.kind == "ongoing":
        return "Thường xuyên"
    when = (due or deadline.due_on)
    text = when.strftime("%d/%m/%Y") if when else ""
    if deadline.kind == "recurring":
        rule = deadline.rule or ""
        freq = next((w for k, w in RECURRING_WORDS.items() if f"FREQ={k}" in rule), "định kỳ").capitalize()
        return f"{freq} (kỳ tới {text})" if text else freq
    return text


@dataclass(frozen=True)
class Due:
    """When a task is next due (recurring deadlines rolled forward) and whether it is overdue ``today``."""

    deadline: Deadline | None
    due: date | None
    overdue: bool


def _chunks(ids: list[int], size: int = 900) -> list[list[int]]:
    return [ids[i:i + size] for i in range(0, len(ids), size)] or [[]]


def schedule(*, session: Session, tasks: list[Task], today: date | None = None) -> dict[int, Due]:
    """The :class:`Due` of each task by id, in a few bulk queries (the one overdue rule of every screen).

    Args:
        session: an open session.
        tasks: the tasks.
        today: the reference date (default: today).
    """
    today = today or date.today()
    ids = [t.id for t in tasks if t.id is not None]
    if not ids:
        return {}
    issued = dict(session.exec(select(Directive.id, Directive.issued_on)
                               .where(col(Directive.id).in_({t.directive_id for t in tasks}))).all())
    deadlines: dict[int, Deadline] = {}
    reports: dict[int, datetime] = {}
    for part in _chunks(ids):
        deadlines.update({d.task_id: d for d in session.exec(select(Deadline).where(col(Deadline.task_id).in_(part))).all()})
        reports.update(dict(session.exec(select(ProgressReport.task_id, func.max(ProgressReport.at))
                                         .where(col(ProgressReport.task_id).in_(part))
                                         .group_by(ProgressReport.task_id)).all()))
    out: dict[int, Due] = {}
    for t in tasks:
        dl, last = deadlines.get(t.id), reports.get(t.id)  # type: ignore[arg-type]
        due = effective_due(dl, start=issued.get(t.directive_id), last_report=last.date() if last else None)
        out[t.id] = Due(deadline=dl, due=due, overdue=is_overdue(t, due, today))  # type: ignore[index]
    return out


def _views(session: Session, tasks: list[Task], today: date) -> list[TaskView]:
    ids = [t.id for t in tasks]
    if not ids:
        return []
    numbers = dict(session.exec(select(Directive.id, Directive.number)
                                .where(col(Directive.id).in_({t.directive_id for t in tasks}))).all())
    dues = schedule(session=session, tasks=tasks, today=today)
    links = session.exec(select(TaskBody.task_id, TaskBody.role, Body.name).join(Body, col(Body.id) == TaskBody.body_id)
                         .where(col(TaskBody.task_id).in_(ids)).order_by(col(TaskBody.id))).all()
    by_task: dict[int, list[tuple[str, str]]] = {}
    for task_id, role, name in links:
        by_task.setdefault(task_id, []).append((role, name))
    out = []
    for t in tasks:
        d = dues[t.id]  # type: ignore[index]
        view = TaskView(task=t, directive_number=numbers.get(t.directive_id), deadline=d.deadline, due=d.due,
                        overdue=d.overdue)
        for role, name in by_task.get(t.id, []):  # type: ignore[arg-type]
            (view.lead if role == "lead" else view.support).append(name)
        out.append(view)
    return out


def list_tasks(
    *, session: Session, body: str | None = None, overdue: bool = False, index: str | None = None,
    directive_id: int | None = None, status: str | None = None, today: date | None = None, q: str | None = None,
    limit: int = 50, offset: int = 0, include_merged: bool = False,
) -> TaskPage:
    """Tasks filtered and paged, in directive then document order.

    Args:
        session: an open session.
        body: a body name (accents and "UBND" abbreviations ignored); matches lead or support.
        overdue: only open tasks past their (rolled-forward) due date on ``today``.
        index: an indicator code (``PAR``, ``SIPAS`` ...) of the task, its criteria or its directive.
        directive_id: one directive.
        status: one :class:`models.enums.TaskStatus` value.
        today: the reference date (default: today).
        q: words of the task text, accents ignored.
        limit: page size.
        offset: page start.
        include_merged: also list tasks merged into others.
    """
    today = today or date.today()
    stmt = select(Task)
    if not include_merged:
        stmt = stmt.where(col(Task.merged_into_id).is_(None))
    if directive_id is not None:
        stmt = stmt.where(Task.directive_id == directive_id)
    if status:
        stmt = stmt.where(Task.status == status)
    if q and (cond := folded_like(Task.folded, q)) is not None:
        stmt = stmt.where(cond)
    if body:
        key = body_key(body)
        matching = select(TaskBody.task_id).join(Body, col(Body.id) == TaskBody.body_id).where(
            col(Body.key).contains(key, autoescape=True))
        stmt = stmt.where(col(Task.id).in_(matching))
    if index:
        code = index.strip().upper()
        quoted = f'"{code}"'
        in_criteria = select(TaskCriterion.task_id).where(
            or_(TaskCriterion.criterion_code == code, col(TaskCriterion.criterion_code).startswith(code + ".")))
        in_directive = select(Directive.id).where(cast(Directive.indices, String).contains(quoted))
        stmt = stmt.where(or_(cast(Task.indices, String).contains(quoted), col(Task.id).in_(in_criteria),
                              col(Task.directive_id).in_(in_directive)))
    stmt = stmt.order_by(col(Task.directive_id), col(Task.start), col(Task.id))
    if overdue:
        stmt = stmt.where(col(Task.status).in_(OPEN_STATUSES), col(Task.id).in_(select(Deadline.task_id).where(
            or_(Deadline.kind == "recurring", col(Deadline.due_on) < today))))
        views = [v for v in _views(session, list(session.exec(stmt).all()), today) if v.overdue]
        return TaskPage(items=views[offset:offset + limit], count=len(views))
    count = session.exec(select(func.count()).select_from(stmt.order_by(None).subquery())).one()
    tasks = list(session.exec(stmt.offset(offset).limit(limit)).all())
    return TaskPage(items=_views(session, tasks, today), count=count)


def get_task(*, session: Session, task_id: int | None = None, uid: str | None = None,
             today: date | None = None) -> TaskView:
    """One task by row id or uid, as a :class:`TaskView`; :class:`NotFound` otherwise."""
    task = session.get(Task, task_id) if task_id is not None else (
        session.exec(select(Task).where(Task.uid == (uid or "").upper())).first())
    if task is None:
        raise NotFound(f"task {task_id if task_id is not None else uid} does not exist")
    return _views(session, [task], today or date.today())[0]


@dataclass(frozen=True)
class Provenance:
    """Where a target comes from: target → task → span → page → file → directive."""

    target_id: int
    target_text: str
    target_span: tuple[int, int]
    page_no: int
    task_id: int | None
    task_uid: str | None
    task_span: tuple[int, int] | None
    task_text: str | None
    directive_id: int
    directive_number: str | None
    file_name: str
    file_sha256: str


def provenance(*, session: Session, target_id: int) -> Provenance:
    """The provenance chain of a target, read with ONE query."""
    stmt = (
        select(Target.id, Target.text, Target.start, Target.end, Target.page_no, Task.id, Task.uid, Task.start,
               Task.end, Task.text, Directive.id, Directive.number, SourceFile.name, SourceFile.sha256)
        .select_from(Target)
        .outerjoin(Task, col(Task.id) == Target.task_id)
        .join(Directive, col(Directive.id) == Target.directive_id)
        .join(SourceFile, col(SourceFile.id) == Directive.source_file_id)
        .where(Target.id == target_id)
    )
    row = session.exec(stmt).first()  # type: ignore[call-overload]
    if row is None:
        raise NotFound(f"target {target_id} does not exist")
    (tid, ttext, ts, te, page, task_id, uid, ks, ke, ktext, did, number, fname, sha) = row
    return Provenance(target_id=tid, target_text=ttext, target_span=(ts, te), page_no=page, task_id=task_id,
                      task_uid=uid, task_span=(ks, ke) if task_id is not None else None, task_text=ktext,
                      directive_id=did, directive_number=number, file_name=fname, file_sha256=sha)
