"""Re-extraction proposals: listed with their task, applied as review events, never twice."""

from __future__ import annotations

import pytest
from sqlmodel import select

from models.tables import ReviewEvent, Task
from nlp.types import BodyRef
from store.errors import Conflict, InvalidData, InvalidTransition
from store.importer import save_extraction
from store.proposals import apply_proposal, list_proposals
from store.reextract import reextract
from store.review import apply_review
from store.snapshot import body_rows, deadline_row
from tests.conftest import load_extraction

VP = "Văn phòng Ủy ban nhân dân Thành phố"


def newer():
    x = load_extraction("c-009", version="2.0", config_hash="e" * 16)
    for t in x.tasks:
        t.bodies.append(BodyRef(name=VP, role="support", explicit=False))
    x.tasks[0].deadline.date = "2025-12-10"
    x.tasks = x.tasks[:-1]
    return x


@pytest.fixture
def proposed(session, sample_document, sample_extraction):
    d = save_extraction(session=session, document=sample_document, extraction=sample_extraction).directive
    session.commit()
    t = {x.label: x for x in session.exec(select(Task).where(Task.directive_id == d.id)).all()}
    for label, action, changes in (("t1", "accept", {}), ("t9", "accept", {}),
                                   ("t2", "set_deadline", {"due_on": "2026-01-31", "kind": "by"})):
        apply_review(session=session, task_id=t[label].id, action=action, actor="quản lý",
                     expected_version=t[label].version, changes=changes)
    session.commit()
    reextract(session=session, directive_id=d.id, extraction=newer())
    session.commit()
    return d.id, t


def test_proposals_name_their_task_and_what_changes(session, proposed):
    directive_id, t = proposed
    ps = {p["task_uid"]: p for p in list_proposals(session=session, directive_id=directive_id)}
    one = ps[t["t1"].uid]
    assert one["kind"] == "update" and one["task_id"] == t["t1"].id and one["applicable"] and not one["applied"]
    assert one["changes"]["deadline"]["proposed"]["due_on"] == "2025-12-10"
    assert [VP, "support"] in one["changes"]["bodies"]["proposed"]
    assert ps[t["t9"].uid]["kind"] == "remove" and ps[t["t9"].uid]["applicable"]


def test_apply_an_update_through_the_log_once(session, proposed):
    directive_id, t = proposed
    index = next(p["index"] for p in list_proposals(session=session, directive_id=directive_id)
                 if p["task_uid"] == t["t1"].uid)
    events = apply_proposal(session=session, directive_id=directive_id, index=index, actor="trưởng phòng")
    session.commit()
    assert [e.action for e in events] == ["add_body", "set_deadline"]
    assert deadline_row(session, t["t1"].id)["due_on"] == "2025-12-10"
    assert (VP, "support") in {(b["name"], b["role"]) for b in body_rows(session, t["t1"].id)}
    assert all(e.note.startswith(f"áp dụng đề xuất #{index + 1}") and e.actor == "trưởng phòng" for e in events)
    assert list_proposals(session=session, directive_id=directive_id)[index]["applied"]
    with pytest.raises(InvalidTransition, match="already applied"):
        apply_proposal(session=session, directive_id=directive_id, index=index, actor="trưởng phòng")
    session.rollback()
    assert len(session.exec(select(ReviewEvent).where(ReviewEvent.task_id == t["t1"].id)).all()) == 3


def test_apply_remove_rejects_and_stale_version_conflicts(session, proposed):
    directive_id, t = proposed
    ps = list_proposals(session=session, directive_id=directive_id)
    remove = next(p for p in ps if p["task_uid"] == t["t9"].uid)
    with pytest.raises(Conflict):
        apply_proposal(session=session, directive_id=directive_id, index=remove["index"], actor="A", expected_version=1)
    session.rollback()
    apply_proposal(session=session, directive_id=directive_id, index=remove["index"], actor="A")
    session.commit()
    assert session.get(Task, t["t9"].id).status == "rejected"


def test_a_proposed_new_task_is_not_applied(session, sample_document, sample_extraction):
    d = save_extraction(session=session, document=sample_document, extraction=sample_extraction).directive
    session.commit()
    t1 = session.exec(select(Task).where(Task.directive_id == d.id, Task.label == "t1")).one()
    apply_review(session=session, task_id=t1.id, action="split", actor="A", expected_version=1,
                 changes={"at": t1.start + t1.text.index("Thời gian thực hiện")})
    session.commit()
    x = load_extraction("c-009", version="2.0")
    x.tasks[0].span = (t1.start + 300, t1.start + 480)
    reextract(session=session, directive_id=d.id, extraction=x)
    session.commit()
    add = next(p for p in list_proposals(session=session, directive_id=d.id) if p["kind"] == "add")
    assert not add["applicable"]
    with pytest.raises(InvalidData, match="not applied automatically"):
        apply_proposal(session=session, directive_id=d.id, index=add["index"], actor="A")
