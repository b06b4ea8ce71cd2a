"""Taxonomy rows, task–criterion links and roll-ups per criterion (in-memory SQLite)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy.pool import StaticPool
from sqlmodel import Session, SQLModel, create_engine, select

import models  # noqa: F401  (every table on the metadata)
from models.tables import Criterion, Deadline, Directive, SourceFile, Task, TaskCriterion
from store.indicators import index_summary, link_task_criteria, load_taxonomy, rollup


@pytest.fixture
def mem() -> Iterator[Session]:
    engine = create_engine("sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False})
    SQLModel.metadata.create_all(engine)
    with Session(engine) as s:
        yield s
    engine.dispose()


def _directive(s: Session) -> Directive:
    sf = SourceFile(sha256="a" * 64, name="seed-004.txt", format="txt", text="Kế hoạch số 7391/KH-UBND")
    s.add(sf)
    s.flush()
    d = Directive(source_file_id=sf.id, doc_type="ke_hoach", number="7391/KH-UBND", indices=["PAR", "SIPAS"])
    s.add(d)
    s.flush()
    return d


def _task(s: Session, d: Directive, n: int, text: str, *, status: str = "extracted", due: date | None = None,
          indices: list[str] | None = None) -> Task:
    t = Task(uid=f"T{n:04d}", directive_id=d.id, ordinal=n, label=f"t{n}", start=0, end=len(text), text=text,
             status=status, indices=indices or [])
    s.add(t)
    s.flush()
    if due is not None:
        s.add(Deadline(task_id=t.id, due_on=due, kind="by"))
        s.flush()
    return t


def test_load_taxonomy_is_idempotent(mem: Session):
    first = load_taxonomy(session=mem)
    assert first > 100
    assert load_taxonomy(session=mem) == 0
    codes = set(mem.exec(select(Criterion.code)).all())
    assert {"PAR", "SIPAS", "PCI", "DDCI", "PAPI", "DTI", "QD766", "PAR.3", "QD766.2.1"} <= codes
    par3 = mem.exec(select(Criterion).where(Criterion.code == "PAR.3")).one()
    assert par3.index_code == "PAR" and par3.parent_code == "PAR"
    assert par3.name == "Cải cách thủ tục hành chính"
    assert par3.source and "876/QĐ-BNV" in par3.version


def test_load_taxonomy_repairs_a_changed_row(mem: Session):
    load_taxonomy(session=mem)
    row = mem.exec(select(Criterion).where(Criterion.code == "SIPAS")).one()
    row.name = "sai"
    mem.add(row)
    mem.flush()
    assert load_taxonomy(session=mem) == 1
    assert mem.exec(select(Criterion).where(Criterion.code == "SIPAS")).one().name.startswith("Chỉ số hài lòng")


def test_link_task_criteria_upserts_and_keeps_human_links(mem: Session):
    d = _directive(mem)
    t = _task(mem, d, 1, "Giải quyết hồ sơ đúng hạn, trước hạn; gửi thư xin lỗi khi trễ hạn.")
    link_task_criteria(session=mem, task_id=t.id, criteria=[{"code": "QD766.2", "confidence": 0.8, "evidence": "đúng hạn"}],
                       origin="human")
    links = link_task_criteria(session=mem, task_id=t.id, origin="machine", criteria=[
        {"code": "QD766.2", "confidence": 0.5, "evidence": "trễ hạn"},
        {"code": "PAR.3", "confidence": 0.7, "evidence": "thư xin lỗi"},
    ])
    by = {tc.criterion_code: tc for tc in links}
    assert set(by) == {"QD766.2", "PAR.3"}
    assert by["QD766.2"].origin == "human" and by["QD766.2"].evidence == "đúng hạn"
    assert by["PAR.3"].origin == "machine" and by["PAR.3"].confidence == pytest.approx(0.7)
    assert len(mem.exec(select(TaskCriterion)).all()) == 2


def test_rollup_counts_commitments_done_and_overdue(mem: Session):
    load_taxonomy(session=mem)
    d = _directive(mem)
    today = date(2021, 7, 1)
    t1 = _task(mem, d, 1, "Rút ngắn thời gian giải quyết hồ sơ.", due=date(2021, 6, 30), indices=["PAR"])
    t2 = _task(mem, d, 2, "Gửi thư xin lỗi khi hồ sơ trễ hạn.", status="done", due=date(2021, 6, 1), indices=["PAR"])
    t3 = _task(mem, d, 3, "Nâng cấp Bộ phận Một cửa.", status="cancelled", due=date(2021, 5, 1), indices=["PAR"])
    t4 = _task(mem, d, 4, "Tuyên truyền về Chỉ số hài lòng.", due=date(2021, 12, 31), indices=["SIPAS"])
    t5 = _task(mem, d, 5, "Nhiệm vụ bị loại.", status="rejected", due=date(2021, 1, 1), indices=["PAR"])
    for t in (t1, t2, t3, t5):
        link_task_criteria(session=mem, task_id=t.id, criteria=[{"code": "PAR.3.c", "confidence": 0.6, "evidence": "x"}])
    link_task_criteria(session=mem, task_id=t4.id, criteria=[{"code": "SIPAS.5", "confidence": 0.6, "evidence": "y"}])
    rows = {r.code: r for r in rollup(session=mem, today=today)}
    assert (rows["PAR.3.c"].commitments, rows["PAR.3.c"].done, rows["PAR.3.c"].overdue) == (3, 1, 1)
    assert (rows["PAR.3"].commitments, rows["PAR"].commitments) == (3, 3)  # rolled up to the ancestors
    assert (rows["SIPAS"].commitments, rows["SIPAS"].overdue) == (1, 0)
    assert rows["PCI"].commitments == 0
    only_par = rollup(session=mem, index_code="PAR", today=today)
    assert {r.index_code for r in only_par} == {"PAR"}
    assert only_par[0].code == "PAR"
    summary = index_summary(session=mem, today=today)
    assert [r.code for r in summary] == ["PAR", "SIPAS", "PCI", "DDCI", "PAPI", "DTI", "QD766"]


def test_task_counted_for_an_index_by_its_indices_alone(mem: Session):
    load_taxonomy(session=mem)
    d = _directive(mem)
    _task(mem, d, 1, "Đẩy mạnh chuyển đổi số.", indices=["DTI"], due=date(2020, 1, 1))
    rows = {r.code: r for r in rollup(session=mem, index_code="DTI", today=date(2021, 1, 1))}
    assert (rows["DTI"].commitments, rows["DTI"].overdue) == (1, 1)
    assert rows["DTI.1"].commitments == 0


def test_index_coverage_notebook_runs_headless():
    import nbformat
    from nbclient import NotebookClient

    from tests.paths import ROOT

    path = ROOT / "notebooks" / "02_index_coverage.ipynb"
    nb = nbformat.read(path, as_version=4)
    assert all(not c.get("outputs") for c in nb.cells if c.cell_type == "code"), "strip the notebook outputs"
    NotebookClient(nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(ROOT)}}).execute()
    last = [c for c in nb.cells if c.cell_type == "code"][-1]
    assert not any(o.get("output_type") == "error" for o in last.outputs)
