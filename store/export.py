"""The tracking sheet "Phụ lục theo dõi nhiệm vụ" (xlsx or csv) and reading progress back from it.

Columns: STT, Nội dung nhiệm vụ, Cơ quan chủ trì, Cơ quan phối hợp, Thời hạn, Tình trạng,
Tiến độ (%), Kết quả, Văn bản nguồn, Mã nhiệm vụ. CSV is UTF-8 with a BOM so Excel reads it.
:func:`progress_import` applies Tình trạng / Tiến độ / Kết quả by Mã nhiệm vụ through the review
log; a changed task text is reported, never applied. Exporting then importing the same file
changes nothing.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlmodel import Session

from models.tables import ProgressReport
from nlp.text import fold, squash
from store.errors import StoreError
from store.review import TRANSITIONS, apply_review
from store.tasks import TaskView, deadline_label, get_task, list_tasks

TITLE = "PHỤ LỤC THEO DÕI NHIỆM VỤ"
COLUMNS = ("STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn", "Tình trạng",
           "Tiến độ (%)", "Kết quả", "Văn bản nguồn", "Mã nhiệm vụ")
# fmt: off
STATUS_LABELS = {
    "extracted": "Chờ duyệt", "accepted": "Chưa thực hiện", "rejected": "Không phải nhiệm vụ",
    "in_progress": "Đang thực hiện", "done": "Hoàn thành", "cancelled": "Hủy bỏ",
}
STATUS_ACTIONS = {"accepted": "accept", "rejected": "reject", "in_progress": "start", "done": "done",
                  "cancelled": "cancel"}
# fmt: on


def status_of(label: str) -> str | None:
    """A status from its label (accents and case ignored) or its code."""
    key = fold(squash(label or ""))
    for code, text in STATUS_LABELS.items():
        if key in (fold(text), code, code.replace("_", " ")):
            return code
    return None


def deadline_text(view: TaskView) -> str:
    """The "Thời hạn" cell: dd/mm/yyyy, "Thường xuyên", or "Hằng năm (kỳ tới dd/mm/yyyy)"."""
    return deadline_label(view.deadline, view.due)


def source_text(view: TaskView, issued: date | None) -> str:
    number = view.directive_number or "(không số)"
    return f"{number} ngày {issued.strftime('%d/%m/%Y')}" if issued else number


def rows(*, session: Session, directive_id: int | None = None, body: str | None = None,
         include_rejected: bool = False) -> list[list[Any]]:
    """The sheet rows (without the header) for the selected tasks."""
    from models.tables import Directive

    page = list_tasks(session=session, directive_id=directive_id, body=body, limit=1_000_000)
    out: list[list[Any]] = []
    issued: dict[int, date | None] = {}
    for view in page.items:
        t = view.task
        if t.status == "rejected" and not include_rejected:
            continue
        if t.directive_id not in issued:
            issued[t.directive_id] = session.get(Directive, t.directive_id).issued_on  # type: ignore[union-attr]
        out.append([len(out) + 1, squash(t.human_text or t.text), "; ".join(view.lead), "; ".join(view.support),
                    deadline_text(view), STATUS_LABELS.get(t.status, t.status), t.progress, t.result or "",
                    source_text(view, issued[t.directive_id]), t.uid])
    return out


def export_tasks(*, session: Session, out: Path, kind: str | None = None, directive_id: int | None = None,
                 body: str | None = None) -> int:
    """Write the tracking sheet to ``out`` (``kind`` xlsx or csv; default from the suffix); returns the row count."""
    kind = (kind or out.suffix.lstrip(".") or "xlsx").lower()
    data = rows(session=session, directive_id=directive_id, body=body)
    out.parent.mkdir(parents=True, exist_ok=True)
    if kind == "csv":
        with out.open("w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(COLUMNS)
            writer.writerows(data)
        return len(data)
    if kind != "xlsx":
        raise ValueError(f"export format {kind!r}; expected xlsx or csv")
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Theo dõi nhiệm vụ"
    ws.append([TITLE])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(COLUMNS))
    ws["A1"].font = Font(bold=True, size=13)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append(list(COLUMNS))
    for cell in ws[2]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for row in data:
        ws.append(row)
    for letter, width in zip("ABCDEFGHIJ", (6, 70, 28, 28, 16, 16, 10, 40, 24, 16), strict=True):
        ws.column_dimensions[letter].width = width
    for row in ws.iter_rows(min_row=3):
        for cell in row:
            cell.alignment = Alignment(vertical="top", wrap_text=True)
    ws.freeze_panes = "A3"
    wb.save(out)
    return len(data)


def read_sheet(path: Path) -> list[dict[str, Any]]:
    """Rows of an exported sheet as dicts keyed by column name (the header row is found by its names)."""
    if path.suffix.lower() == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as fh:
            table = [list(r) for r in csv.reader(fh)]
    else:
        from openpyxl import load_workbook

        wb = load_workbook(path, read_only=True, data_only=True)
        table = [list(r) for r in wb.active.iter_rows(values_only=True)]
        wb.close()
    wanted = {fold(c) for c in COLUMNS}
    for i, row in enumerate(table):
        names = [fold(squash(str(c))) if c is not None else "" for c in row]
        if fold("Mã nhiệm vụ") in names and len(wanted & set(names)) >= 3:
            header = {n: j for j, n in enumerate(names) if n}
            return [{c: (r[header[fold(c)]] if fold(c) in header and header[fold(c)] < len(r) else None)
                     for c in COLUMNS} for r in table[i + 1:] if any(v not in (None, "") for v in r)]
    raise ValueError(f"{path.name}: no header row with a 'Mã nhiệm vụ' column")


@dataclass
class ImportReport:
    """What :func:`progress_import` did, by task uid."""

    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    text_changed: list[str] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def _percent(value: Any) -> int | None:
    if value in (None, ""):
        return None
    return int(round(float(str(value).replace("%", "").replace(",", ".").strip())))


def _plan(task: Any, row: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """The review steps that bring ``task`` to the row's status, progress and result; checked whole
    before anything is applied, so a refused row changes nothing."""
    label = row["Tình trạng"]
    status = status_of(str(label)) if label not in (None, "") else task.status
    if status is None:
        raise ValueError(f"unknown status {label!r}; expected one of {', '.join(STATUS_LABELS.values())}")
    steps: list[tuple[str, dict[str, Any]]] = []
    if status != task.status:
        if task.status == "extracted" and status in ("in_progress", "done", "cancelled"):
            steps.append(("accept", {}))
        if status not in STATUS_ACTIONS:
            raise ValueError(f"a task cannot be set back to {STATUS_LABELS.get(status, status)} from a sheet")
        steps.append((STATUS_ACTIONS[status], {}))
    progress: dict[str, Any] = {}
    percent = _percent(row["Tiến độ (%)"])
    if percent is not None and percent != task.progress and status != "done":
        progress["percent"] = percent
    result = str(row["Kết quả"]).strip() if row["Kết quả"] not in (None, "") else None
    if result is not None and result != (task.result or "").strip():
        progress["result"] = result
    if progress:
        if status in ("accepted", "in_progress"):
            steps.append(("progress", progress))
        elif status == "done" and steps and steps[-1][0] == "done":
            steps[-1] = ("done", {"result": progress["result"]} if "result" in progress else {})
        elif status == "extracted" and set(progress) == {"result"}:
            steps.append(("edit", progress))
        else:
            raise ValueError(f"the task is {STATUS_LABELS.get(status, status)}; progress and result are not changed")
    current = task.status
    for action, _ in steps:
        allowed, to = TRANSITIONS[action]
        if current not in allowed:
            raise ValueError(f"cannot go from {STATUS_LABELS.get(current, current)} to {STATUS_LABELS.get(status, status)}")
        current = to or current
    return steps


def progress_import(*, session: Session, path: Path, actor: str) -> ImportReport:
    """Apply Tình trạng / Tiến độ (%) / Kết quả from a returned sheet, through the review log.

    Returns:
        A report: updated / unchanged tasks, tasks whose text was changed in the sheet (reported,
        not applied), unknown ids and per-row errors (the other rows are still applied).
    """
    report = ImportReport()
    for n, row in enumerate(read_sheet(path), start=1):
        uid = str(row["Mã nhiệm vụ"] or "").strip().upper()
        if not uid:
            continue
        try:
            view = get_task(session=session, uid=uid)
        except StoreError:
            report.unknown.append(uid)
            continue
        task = view.task
        if squash(str(row["Nội dung nhiệm vụ"] or "")) not in ("", squash(task.human_text or task.text)):
            report.text_changed.append(uid)
        try:
            steps = _plan(task, row)
            for action, changes in steps:
                apply_review(session=session, task_id=task.id, action=action, actor=actor,
                             expected_version=task.version, changes=changes, note=f"{path.name} row {n}")
            if any(action in ("progress", "done") for action, _ in steps):  # a report: recurring deadlines roll on
                session.add(ProgressReport(task_id=task.id, percent=task.progress, actor=actor,
                                           note=f"{path.name} dòng {n}" + (f": {task.result}" if task.result else "")))
                session.flush()
        except (StoreError, ValueError) as e:
            report.errors.append(f"row {n} ({uid}): {e}")
            continue
        changed = bool(steps)
        (report.updated if changed else report.unchanged).append(uid)
    return report
