"""The review log: lifecycle, edits, split/merge, undo, optimistic concurrency, evidence."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import Session, select

from models.tables import ProgressReport, ReviewEvent, Task
from store.errors import Conflict, InvalidData, InvalidTransition
from store.importer import save_extraction
from store.review import apply_review, evidence_path, history, report_progress
from store.snapshot import body_rows, deadline_row


@pytest.fixture
def stored(session, sample_document, sample_extraction):
    d = save_extraction(session=session, document=sample_document, extraction=sample_extraction).directive
    session.commit()
    return session.exec(select(Task).where(Task.directive_id == d.id).order_by(Task.ordinal)).all()


def review(session, task, action, changes=None, actor="trưởng phòng"):
    ev = apply_review(session=session, task_id=task.id, action=action, actor=actor,
                      expected_version=task.version, changes=changes)
    session.commit()
    session.refresh(task)
    return ev


def test_lifecycle_accept_start_done(session, stored):
    t = stored[0]
    review(session, t, "accept")
    review(session, t, "start")
    review(session, t, "progress", {"percent": 40, "result": "Đã chia sẻ dữ liệu cho 50 phường"})
    review(session, t, "done", {"done_on": "2025-12-04"})
    assert (t.status, t.progress, t.done_on.isoformat()) == ("done", 100, "2025-12-04")
    assert [e.action for e in history(session=session, task_id=t.id)] == ["accept", "start", "progress", "done"]
    with pytest.raises(InvalidTransition, match="cannot start"):
        review(session, t, "start")


def test_cannot_start_before_accepting(session, stored):
    with pytest.raises(InvalidTransition, match="extracted"):
        review(session, stored[1], "start")


def test_edits_keep_machine_text_and_log_before_after(session, stored):
    t = stored[0]
    machine = t.text
    ev = review(session, t, "edit", {"text": "Chia sẻ cơ sở dữ liệu đất đai đến các phường, xã, đặc khu"})
    assert t.text == machine and t.human_text.startswith("Chia sẻ") and t.edited
    assert ev.before["human_text"] is None and ev.after["human_text"] == t.human_text
    assert "chia se co so du lieu" in t.folded


def test_body_edits_add_remove_change_role(session, stored):
    t = stored[0]
    review(session, t, "add_body", {"name": "Sở Xây dựng", "role": "support"})
    assert {(b["name"], b["role"]) for b in body_rows(session, t.id)} == {
        ("Sở Nông nghiệp và Môi trường", "lead"), ("Sở Xây dựng", "support")}
    review(session, t, "change_role", {"name": "Sở Xây dựng", "role": "lead"})
    review(session, t, "remove_body", {"name": "Sở Nông nghiệp và Môi trường"})
    assert [(b["name"], b["role"], b["origin"]) for b in body_rows(session, t.id)] == [("Sở Xây dựng", "lead", "human")]
    with pytest.raises(InvalidData, match="role"):
        review(session, t, "add_body", {"name": "Sở Tư pháp", "role": "chủ trì"})


def test_set_deadline_and_undo(session, stored):
    t = stored[0]
    ev = review(session, t, "set_deadline", {"due_on": "2025-12-15", "kind": "by"})
    assert deadline_row(session, t.id)["due_on"] == "2025-12-15"
    review(session, t, "undo", {"event_id": ev.id})
    assert deadline_row(session, t.id)["due_on"] == "2025-12-05"
    assert deadline_row(session, t.id)["origin"] == "machine"
    with pytest.raises(InvalidTransition, match="already undone"):
        review(session, t, "undo", {"event_id": ev.id})
    assert session.get(ReviewEvent, ev.id).after["deadline"]["due_on"] == "2025-12-15"


def test_split_and_undo_split(session, stored):
    t = stored[0]
    cut = t.start + t.text.index("Thời gian thực hiện")
    ev = review(session, t, "split", {"at": cut})
    part = session.get(Task, ev.after["created"][0])
    assert t.end == cut and t.text.endswith("đặc khu. ")
    assert part.text.startswith("Thời gian thực hiện") and part.start == cut
    assert [b["name"] for b in body_rows(session, part.id)] == ["Sở Nông nghiệp và Môi trường"]
    review(session, t, "undo", {"event_id": ev.id})
    session.refresh(part)
    assert t.text.endswith("năm 2025.") and part.merged_into_id == t.id


def test_merge_takes_union_of_span_and_bodies(session, stored):
    a, b = stored[1], stored[2]
    ev = review(session, a, "merge", {"task_ids": [b.id]})
    session.refresh(b)
    assert b.merged_into_id == a.id and a.end == b.end
    assert {x["name"] for x in body_rows(session, a.id)} >= {"Công an Thành phố", "Ủy ban nhân dân các phường, xã, đặc khu"}
    with pytest.raises(InvalidTransition, match="merged"):
        review(session, b, "accept")
    review(session, a, "undo", {"event_id": ev.id})
    session.refresh(b)
    assert b.merged_into_id is None and a.end < b.start


def test_stale_version_raises_conflict_across_two_sessions(engine, stored):
    task_id, version = stored[3].id, stored[3].version
    with Session(engine) as one, Session(engine) as two:
        apply_review(session=one, task_id=task_id, action="accept", actor="quản lý A", expected_version=version)
        one.commit()
        with pytest.raises(Conflict, match="changed by someone else"):
            apply_review(session=two, task_id=task_id, action="reject", actor="quản lý B",
                         expected_version=version)
        two.rollback()
    with Session(engine) as s:
        t = s.get(Task, task_id)
        assert (t.status, t.version) == ("accepted", version + 1)
        assert [e.actor for e in history(session=s, task_id=task_id)] == ["quản lý A"]


def test_report_progress_stores_evidence_by_hash(session, stored, tmp_path):
    t = stored[4]
    review(session, t, "accept")
    report = report_progress(session=session, task_id=t.id, percent=60, note="Đã rà soát 60% số nhà",
                             actor="chuyên viên", evidence_dir=tmp_path / "ev",
                             evidence_files=[("bao-cao.txt", "Báo cáo tiến độ".encode())])
    session.commit()
    record = report.evidence[0]
    assert record["name"] == "bao-cao.txt" and "Báo cáo" not in str(session.get(ProgressReport, report.id).evidence)
    assert evidence_path(tmp_path / "ev", record["sha256"]).read_bytes() == "Báo cáo tiến độ".encode()
    session.refresh(t)
    assert (t.status, t.progress) == ("in_progress", 60)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cuts=st.lists(st.floats(min_value=0.05, max_value=0.95), min_size=1, max_size=3, unique=True))
def test_split_parts_tile_the_span_and_equal_the_source(_sqlite_template, tmp_path_factory, cuts):
    import shutil

    from sqlmodel import Session as S

    from store.db import make_engine
    from tests.conftest import load_document, load_extraction

    path = tmp_path_factory.mktemp("prop") / "p.db"
    shutil.copyfile(_sqlite_template, path)
    eng = make_engine(f"sqlite:///{path}")
    doc = load_document("c-009")
    with S(eng) as s:
        d = save_extraction(session=s, document=doc, extraction=load_extraction("c-009")).directive
        t = s.exec(select(Task).where(Task.directive_id == d.id, Task.label == "t4")).one()
        start, end = t.start, t.end
        at = sorted({start + max(1, int((end - start) * c)) for c in cuts})
        ev = apply_review(session=s, task_id=t.id, action="split", actor="x", expected_version=1, changes={"at": at})
        parts = [t, *(s.get(Task, i) for i in ev.after["created"])]
        assert [(p.start, p.end) for p in parts] == list(zip([start, *at], [*at, end], strict=True))
        assert all(doc.text[p.start:p.end] == p.text for p in parts)
    eng.dispose()


def test_sqlite_writer_waiting_on_a_lock_gets_conflict(tmp_path, _sqlite_template):
    import shutil

    from store.db import make_engine
    from tests.conftest import load_document, load_extraction

    path = tmp_path / "lock.db"
    shutil.copyfile(_sqlite_template, path)
    eng = make_engine(f"sqlite:///{path}", connect_args={"timeout": 0.1})
    with Session(eng) as s:
        save_extraction(session=s, document=load_document("c-009"), extraction=load_extraction("c-009"))
        s.commit()
    with Session(eng) as one, Session(eng) as two:
        apply_review(session=one, task_id=1, action="accept", actor="A", expected_version=1)  # not committed
        with pytest.raises(Conflict, match="right now"):
            apply_review(session=two, task_id=1, action="reject", actor="B", expected_version=1)
        two.rollback()
        one.commit()
    eng.dispose()
