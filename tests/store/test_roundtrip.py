"""Re-extraction keeps human work; export → import round trips; the whole cycle loses no edit."""

from __future__ import annotations

import csv

import pytest
from sqlmodel import select

from models.tables import ExtractionRun, ReviewEvent, Task
from nlp.types import BodyRef
from store.export import COLUMNS, export_tasks, progress_import, read_sheet
from store.importer import save_extraction
from store.reextract import match_spans, reextract
from store.review import apply_review
from store.snapshot import body_rows, deadline_row
from tests.conftest import load_extraction


def by_label(session, directive_id):
    return {t.label: t for t in session.exec(select(Task).where(Task.directive_id == directive_id)).all()}


def act(session, task, action, changes=None):
    apply_review(session=session, task_id=task.id, action=action, actor="chuyên viên Sở Nội vụ",
                 expected_version=task.version, changes=changes)
    session.commit()
    session.refresh(task)


def newer(name="c-009"):
    """A changed extractor: every task's support body added, t1's deadline moved, t9 dropped."""
    x = load_extraction(name, version="2.0", config_hash="f" * 16)
    for t in x.tasks:
        t.bodies.append(BodyRef(name="Văn phòng Ủy ban nhân dân Thành phố", role="support", explicit=False))
    x.tasks[0].deadline.date = "2025-12-10"
    x.tasks = x.tasks[:-1]
    return x


def test_match_spans_one_to_one_best_first():
    assert match_spans([(0, 10), (10, 20)], [(1, 10), (0, 12), (30, 40)]) == {0: 0}
    assert match_spans([(0, 10), (12, 20)], [(0, 11), (12, 21)]) == {0: 0, 1: 1}


def test_reextract_updates_untouched_and_keeps_human_tasks(session, sample_document, sample_extraction):
    d = save_extraction(session=session, document=sample_document, extraction=sample_extraction).directive
    session.commit()
    tasks = by_label(session, d.id)
    act(session, tasks["t1"], "accept")
    act(session, tasks["t2"], "set_deadline", {"due_on": "2025-12-31", "kind": "by"})
    uid3 = tasks["t3"].uid
    result = reextract(session=session, directive_id=d.id, extraction=newer())
    session.commit()
    after = by_label(session, d.id)
    assert {after["t1"].uid, after["t2"].uid} == set(result.kept)
    assert deadline_row(session, after["t1"].id)["due_on"] == "2025-12-05"  # accepted: kept
    assert deadline_row(session, after["t2"].id)["due_on"] == "2025-12-31"  # human deadline kept
    assert after["t3"].uid == uid3 and after["t3"].run_id == result.run.id
    assert "Văn phòng Ủy ban nhân dân Thành phố" in {b["name"] for b in body_rows(session, after["t3"].id)}
    assert "t9" not in after and len(result.removed) == 1
    run = session.get(ExtractionRun, result.run.id)
    assert run.extractor_version == "2.0"
    kinds = {(p["kind"], p["task_uid"]) for p in run.proposals}
    assert ("update", after["t1"].uid) in kinds and ("update", after["t2"].uid) in kinds
    change = next(p for p in run.proposals if p["task_uid"] == after["t1"].uid)["changes"]
    assert change["deadline"]["proposed"]["due_on"] == "2025-12-10"


def test_reextract_removed_human_task_is_proposed_not_deleted(session, sample_document, sample_extraction):
    d = save_extraction(session=session, document=sample_document, extraction=sample_extraction).directive
    session.commit()
    t9 = by_label(session, d.id)["t9"]
    act(session, t9, "reject")
    result = reextract(session=session, directive_id=d.id, extraction=newer())
    session.commit()
    assert session.get(Task, t9.id).status == "rejected"
    assert {"kind": "remove", "task_uid": t9.uid} in result.proposals


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_export_then_import_changes_nothing(session, sample_document, sample_extraction, tmp_path, kind):
    d = save_extraction(session=session, document=sample_document, extraction=sample_extraction).directive
    session.commit()
    act(session, by_label(session, d.id)["t1"], "accept")
    out = tmp_path / f"theo-doi.{kind}"
    assert export_tasks(session=session, out=out, directive_id=d.id) == 9
    rows = read_sheet(out)
    assert rows[0]["Nội dung nhiệm vụ"].startswith("Khẩn trương chia sẻ toàn bộ cơ sở dữ liệu")
    assert rows[0]["Cơ quan chủ trì"] == "Sở Nông nghiệp và Môi trường" and rows[0]["Thời hạn"] == "05/12/2025"
    assert rows[0]["Tình trạng"] == "Chưa thực hiện" and rows[0]["Văn bản nguồn"] == "4085/UBND-ĐT ngày 25/11/2025"
    events = len(session.exec(select(ReviewEvent)).all())
    report = progress_import(session=session, path=out, actor="văn thư")
    session.commit()
    assert report.updated == [] and report.errors == [] and len(report.unchanged) == 9
    assert len(session.exec(select(ReviewEvent)).all()) == events
    if kind == "csv":
        assert out.read_bytes().startswith(b"\xef\xbb\xbf")
        with out.open(encoding="utf-8-sig") as fh:
            assert tuple(next(csv.reader(fh))) == COLUMNS


def write_csv(path, rows):
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS)
        w.writeheader()
        w.writerows(rows)


def test_full_cycle_loses_no_human_edit(session, sample_document, sample_extraction, tmp_path):
    d = save_extraction(session=session, document=sample_document, extraction=sample_extraction).directive
    session.commit()
    t = by_label(session, d.id)
    act(session, t["t1"], "accept")
    act(session, t["t1"], "edit", {"text": "Chia sẻ cơ sở dữ liệu đất đai và bản đồ địa chính có số nhà"})
    act(session, t["t2"], "add_body", {"name": "Sở Xây dựng", "role": "support"})
    act(session, t["t3"], "reject")
    reextract(session=session, directive_id=d.id, extraction=newer())
    session.commit()
    out = tmp_path / "tra-ve.csv"
    export_tasks(session=session, out=out, directive_id=d.id)
    rows = read_sheet(out)
    for row in rows:
        if row["Mã nhiệm vụ"] == t["t1"].uid:
            row.update({"Tình trạng": "Đang thực hiện", "Tiến độ (%)": "50", "Kết quả": "Đã chia sẻ cho 40 phường"})
        if row["Mã nhiệm vụ"] == t["t2"].uid:
            row["Nội dung nhiệm vụ"] = "Nội dung bị sửa trong Excel"
    write_csv(out, rows)
    report = progress_import(session=session, path=out, actor="văn thư")
    session.commit()
    assert report.updated == [t["t1"].uid] and report.text_changed == [t["t2"].uid]
    t1, t2, t3 = (session.get(Task, t[k].id) for k in ("t1", "t2", "t3"))
    assert t1.human_text == "Chia sẻ cơ sở dữ liệu đất đai và bản đồ địa chính có số nhà"
    assert (t1.status, t1.progress, t1.result) == ("in_progress", 50, "Đã chia sẻ cho 40 phường")
    assert not t2.human_text and ("Sở Xây dựng", "support") in {(b["name"], b["role"]) for b in body_rows(session, t2.id)}
    assert t3.status == "rejected"
    assert [e.action for e in session.exec(select(ReviewEvent).where(ReviewEvent.task_id == t1.id)
                                           .order_by(ReviewEvent.id)).all()] == ["accept", "edit", "start", "progress"]


def test_new_task_overlapping_a_split_task_is_proposed(session, sample_document, sample_extraction):
    d = save_extraction(session=session, document=sample_document, extraction=sample_extraction).directive
    session.commit()
    t1 = by_label(session, d.id)["t1"]
    act(session, t1, "split", {"at": t1.start + t1.text.index("Thời gian thực hiện")})
    x = load_extraction("c-009", version="2.0")
    x.tasks[0].span = (t1.start + 300, t1.start + 480)  # overlaps both halves, matches neither
    before = len(session.exec(select(Task)).all())
    result = reextract(session=session, directive_id=d.id, extraction=x)
    session.commit()
    assert any(p["kind"] == "add" for p in result.proposals)
    assert len(session.exec(select(Task)).all()) == before


def test_document_of_rebuilds_the_stored_document(session, sample_document, sample_extraction):
    from models.tables import SourceFile
    from store.reextract import document_of

    save_extraction(session=session, document=sample_document, extraction=sample_extraction)
    session.commit()
    assert document_of(session.exec(select(SourceFile)).one()) == sample_document


def test_refused_row_changes_nothing_and_others_apply(session, sample_document, sample_extraction, tmp_path):
    d = save_extraction(session=session, document=sample_document, extraction=sample_extraction).directive
    session.commit()
    t = by_label(session, d.id)
    act(session, t["t2"], "accept")
    out = tmp_path / "phu-luc.csv"
    export_tasks(session=session, out=out, directive_id=d.id)
    rows = read_sheet(out)
    for row in rows:
        if row["Mã nhiệm vụ"] == t["t1"].uid:
            row.update({"Tình trạng": "hoan thanh", "Kết quả": "Đã hoàn thành ngày 04/12/2025"})
        if row["Mã nhiệm vụ"] == t["t2"].uid:  # back to "Chờ duyệt" is refused, the result too
            row.update({"Tình trạng": "Chờ duyệt", "Kết quả": "Đã hướng dẫn các phường"})
        if row["Mã nhiệm vụ"] == t["t4"].uid:
            row["Tình trạng"] = "Đang làm dở"
    write_csv(out, rows)
    report = progress_import(session=session, path=out, actor="văn thư")
    session.commit()
    assert report.updated == [t["t1"].uid] and len(report.errors) == 2
    t1, t2 = session.get(Task, t["t1"].id), session.get(Task, t["t2"].id)
    assert (t1.status, t1.progress, t1.result) == ("done", 100, "Đã hoàn thành ngày 04/12/2025")
    assert (t2.status, t2.result) == ("accepted", None)
