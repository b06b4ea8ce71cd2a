"""Queries: task filters, diacritic-insensitive search, overdue (recurring rolls forward), provenance."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import event
from sqlmodel import select

from models.tables import Deadline, Directive, ProgressReport, Target, Task
from store.directives import find_by_number, find_by_sha256, list_directives, reference_chain
from store.errors import NotFound
from store.importer import save_extraction
from store.review import apply_review
from store.search import search_directives, search_tasks
from store.tasks import effective_due, get_task, list_tasks, provenance
from tests.conftest import load_document, load_extraction


@pytest.fixture
def three(session):
    for name in ("c-009", "c-010", "c-003"):
        save_extraction(session=session, document=load_document(name), extraction=load_extraction(name))
    session.commit()
    return {d.number: d for d in session.exec(select(Directive)).all()}


# fmt: off
SEARCHES = [
    ("ma buu chinh", "4085/UBND-ĐT"),
    ("MÃ BƯU CHÍNH", "4085/UBND-ĐT"),
    ("ly lich can bo", "4240/UBND-VX"),
    ("lấn chiếm rừng", "06/CT-UBND"),
]
# fmt: on


@pytest.mark.parametrize(("q", "number"), SEARCHES)
def test_search_ignores_diacritics_and_case(session, three, q, number):
    tasks = search_tasks(session=session, q=q)
    assert tasks and {three[number].id} == {t.directive_id for t in tasks}


def test_search_directives_by_subject_without_accents(session, three):
    assert [d.number for d in search_directives(session=session, q="chuan hoa du lieu so nha")] == ["4085/UBND-ĐT"]
    assert search_directives(session=session, q="   ") == []


def test_list_tasks_filters_by_body_directive_and_text(session, three):
    page = list_tasks(session=session, body="Sở Nông nghiệp và Môi trường")
    assert {v.directive_number for v in page.items} == {"4085/UBND-ĐT", "06/CT-UBND"}
    assert all("Sở Nông nghiệp và Môi trường" in v.lead + v.support for v in page.items)
    page = list_tasks(session=session, body="so noi vu", directive_id=three["4240/UBND-VX"].id)
    assert page.count == 3
    page = list_tasks(session=session, q="bảo mật", limit=1)
    assert page.count == 1 and page.items[0].task.text.startswith("Chịu trách nhiệm về thực hiện\nbảo mật")


def test_list_tasks_pages(session, three):
    first = list_tasks(session=session, limit=5)
    second = list_tasks(session=session, limit=5, offset=5)
    assert first.count == second.count == 36
    assert not {v.task.id for v in first.items} & {v.task.id for v in second.items}


def test_index_filter(session, three):
    t = session.exec(select(Task).where(Task.directive_id == three["06/CT-UBND"].id)).first()
    t.indices = ["PAR"]
    session.add(t)
    session.commit()
    assert [v.task.id for v in list_tasks(session=session, index="par").items] == [t.id]


def test_overdue_by_date(session, three):
    on = date(2025, 12, 6)
    uids = {v.task.label for v in list_tasks(session=session, overdue=True, today=on).items
            if v.directive_number == "4085/UBND-ĐT"}
    assert uids == {"t1"}  # due 2025-12-05
    t1 = get_task(session=session, uid=list_tasks(session=session, overdue=True, today=on).items[0].task.uid)
    apply_review(session=session, task_id=t1.task.id, action="accept", actor="a", expected_version=t1.task.version)
    apply_review(session=session, task_id=t1.task.id, action="done", actor="a", expected_version=t1.task.version)
    session.commit()
    assert t1.task.id not in {v.task.id for v in list_tasks(session=session, overdue=True, today=on).items}


def test_recurring_deadline_rolls_forward(session, three):
    task = session.exec(select(Task).join(Deadline).where(Deadline.kind == "recurring")).one()
    view = get_task(session=session, task_id=task.id, today=date(2025, 12, 26))
    assert view.due == date(2025, 12, 25) and view.overdue
    late = datetime(2025, 12, 27, 9, 0, tzinfo=UTC)  # a late report counts for 25/12/2025
    session.add(ProgressReport(task_id=task.id, percent=100, note="Báo cáo năm 2025", at=late))
    session.commit()
    view = get_task(session=session, task_id=task.id, today=date(2025, 12, 26))
    assert view.due == date(2026, 12, 25) and not view.overdue
    assert get_task(session=session, task_id=task.id, today=date(2026, 12, 27)).overdue
    assert task.id in {v.task.id for v in list_tasks(session=session, overdue=True, today=date(2026, 12, 27)).items}


# fmt: off
DUE = [
    ("by", date(2025, 12, 5), None, None, date(2025, 12, 5)),
    ("ongoing", None, None, None, None),
    ("recurring", None, "FREQ=MONTHLY;BYMONTHDAY=20", None, date(2025, 12, 20)),
    ("recurring", None, "FREQ=MONTHLY;BYMONTHDAY=20", date(2025, 12, 18), date(2026, 1, 20)),
    ("recurring", None, "FREQ=MONTHLY;BYMONTHDAY=20", date(2025, 12, 23), date(2026, 1, 20)),
    ("recurring", None, "FREQ=YEARLY", None, date(2025, 11, 25)),
]
# fmt: on


@pytest.mark.parametrize(("kind", "due_on", "rule", "report", "expected"), DUE)
def test_effective_due(kind, due_on, rule, report, expected):
    d = Deadline(task_id=1, kind=kind, due_on=due_on, rule=rule)
    assert effective_due(d, start=date(2025, 11, 25), last_report=report) == expected


def test_provenance_in_one_query(session, engine, three):
    target = session.exec(select(Target)).one()
    statements = []
    listener = lambda *a: statements.append(a[2])  # noqa: E731
    event.listen(engine, "before_cursor_execute", listener)
    try:
        p = provenance(session=session, target_id=target.id)
    finally:
        event.remove(engine, "before_cursor_execute", listener)
    assert len(statements) == 1
    assert p.directive_number == "4240/UBND-VX" and p.task_uid and p.file_name == "c-010.txt"
    assert p.target_text.startswith("100%") and p.page_no == 1 and len(p.file_sha256) == 64
    with pytest.raises(NotFound):
        provenance(session=session, target_id=999)


def test_directive_lookups(session, three):
    d = three["4085/UBND-ĐT"]
    assert find_by_number(session=session, number="4085/ubnd-dt")[0].id == d.id
    sha = load_document("c-009").sha256
    assert find_by_sha256(session=session, sha256=sha).id == d.id
    page = list_directives(session=session)
    assert page.count == 3 and page.task_counts[d.id] == 9
    assert list_directives(session=session, q="lam nghiep").items[0].number == "06/CT-UBND"
    assert reference_chain(session=session, directive_id=d.id) == []
