"""Saving extractions: idempotent by SHA-256, spans equal the stored text, atomic per file."""

from __future__ import annotations

import pytest
from sqlalchemy import func
from sqlmodel import Session, select

from models.tables import (
    Body,
    Deadline,
    Directive,
    ExtractionRun,
    Reference,
    SourceFile,
    Target,
    Task,
    TaskBody,
)
from store.db import session_scope
from store.errors import InvalidData
from store.importer import expand_paths, ingest_file, save_extraction
from tests.conftest import load_document, load_extraction

TABLES = (SourceFile, ExtractionRun, Directive, Reference, Task, TaskBody, Body, Deadline, Target)


def counts(session: Session) -> dict[str, int]:
    return {t.__name__: session.exec(select(func.count()).select_from(t)).one() for t in TABLES}


def test_save_writes_every_part(session, sample_document, sample_extraction):
    result = save_extraction(session=session, document=sample_document, extraction=sample_extraction)
    session.commit()
    d = result.directive
    assert result.created
    assert d.number == "4085/UBND-ĐT" and d.number_key == "4085/UBND-DT"
    assert str(d.issued_on) == "2025-11-25"
    tasks = session.exec(select(Task).where(Task.directive_id == d.id).order_by(Task.ordinal)).all()
    assert [t.label for t in tasks] == [t.id for t in sample_extraction.tasks]
    assert tasks[0].text.startswith("Khẩn trương chia sẻ toàn")
    assert session.get(Deadline, tasks[0].deadline.id).due_on.isoformat() == "2025-12-05"
    lead = [lk.body.name for lk in tasks[0].body_links if lk.role == "lead"]
    assert lead == ["Sở Nông nghiệp và Môi trường"]
    assert all(b.proposed for b in session.exec(select(Body)).all())
    refs = session.exec(select(Reference.number).where(Reference.directive_id == d.id)).all()
    assert "94/KH-UBND" in refs


def test_every_stored_span_equals_the_source_text(session):
    for name in ("c-009", "c-010", "c-003"):
        save_extraction(session=session, document=load_document(name), extraction=load_extraction(name))
    session.commit()
    texts = {sf.id: sf.text for sf in session.exec(select(SourceFile)).all()}
    by_directive = {d.id: texts[d.source_file_id] for d in session.exec(select(Directive)).all()}
    tasks = session.exec(select(Task)).all()
    targets = session.exec(select(Target)).all()
    assert len(tasks) == 9 + 8 + 19 and len(targets) == 1
    for row in [*tasks, *targets]:
        assert by_directive[row.directive_id][row.start:row.end] == row.text
    assert targets[0].text == "100% việc cập nhật lý lịch cán bộ, công chức, viên chức"
    assert targets[0].task_id is not None


def test_second_ingest_of_the_same_file_adds_nothing(session, sample_document, sample_extraction):
    first = save_extraction(session=session, document=sample_document, extraction=sample_extraction)
    session.commit()
    before = counts(session)
    again = save_extraction(session=session, document=sample_document, extraction=sample_extraction)
    session.commit()
    assert not again.created and again.directive.id == first.directive.id
    assert counts(session) == before


def test_same_body_in_two_directives_is_one_registry_entry(session):
    save_extraction(session=session, document=load_document("c-009"), extraction=load_extraction("c-009"))
    save_extraction(session=session, document=load_document("c-003"), extraction=load_extraction("c-003"))
    session.commit()
    rows = session.exec(select(Body).where(Body.name == "Sở Nông nghiệp và Môi trường")).all()
    assert len(rows) == 1
    assert len(session.exec(select(TaskBody).where(TaskBody.body_id == rows[0].id)).all()) >= 2


def test_references_resolve_both_ways(session):
    # c-003 (06/CT-UBND) cites 03/CT-UBND; a later directive with that number fills the link,
    # and a directive citing 06/CT-UBND stored after it links at once.
    save_extraction(session=session, document=load_document("c-003"), extraction=load_extraction("c-003"))
    cited = load_extraction("c-009")
    cited.directive.number = "03/CT-UBND"
    cited.directive.references.append(type(cited.directive.references[0])(number="06/CT-UBND"))
    later = save_extraction(session=session, document=load_document("c-009"), extraction=cited).directive
    session.commit()
    first = session.exec(select(Directive).where(Directive.number == "06/CT-UBND")).one()
    to_later = session.exec(select(Reference).where(Reference.directive_id == first.id,
                                                    Reference.number == "03/CT-UBND")).one()
    assert to_later.target_id == later.id
    back = session.exec(select(Reference).where(Reference.directive_id == later.id,
                                                Reference.number == "06/CT-UBND")).one()
    assert back.target_id == first.id
    from store.directives import cited_by, reference_chain

    assert [d.id for d in reference_chain(session=session, directive_id=first.id, direction="up")] == [later.id]
    assert [d.id for d in reference_chain(session=session, directive_id=later.id, direction="down")] == [first.id]
    assert [d.id for d in cited_by(session=session, directive_id=later.id)] == [first.id]


def test_span_outside_text_is_refused_before_writing(engine, sample_document, sample_extraction):
    sample_extraction.tasks[-1].span = (4000, 9000)
    with pytest.raises(InvalidData, match="outside the text"), session_scope(engine) as s:
        save_extraction(session=s, document=sample_document, extraction=sample_extraction)
    with Session(engine) as s:
        assert set(counts(s).values()) == {0}


def test_failure_mid_file_leaves_no_half_written_rows(engine, sample_document, sample_extraction):
    sample_extraction.tasks[5].bodies[0].role = "chủ trì"  # refused while writing task 6
    with pytest.raises(InvalidData, match="role"), session_scope(engine) as s:
        save_extraction(session=s, document=sample_document, extraction=sample_extraction)
    with Session(engine) as s:
        assert set(counts(s).values()) == {0}


def test_ingest_file_reads_extracts_and_skips_known_files(engine, tmp_path):
    path = tmp_path / "c-010.txt"
    path.write_text(load_document("c-010").text, encoding="utf-8")
    calls = []

    def fake_extract(doc):
        calls.append(doc.name)
        return load_extraction("c-010")

    doc = load_document("c-010")
    with session_scope(engine) as s:
        r1 = ingest_file(session=s, path=path, extract=fake_extract, document=doc)
    with session_scope(engine) as s:
        r2 = ingest_file(session=s, path=path, extract=fake_extract, document=doc)
    assert r1.created and not r2.created and calls == ["c-010.txt"]


def test_expand_paths_keeps_supported_files(tmp_path):
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "b.docx").write_bytes(b"x")
    (tmp_path / "c.png").write_bytes(b"x")
    assert [p.name for p in expand_paths([tmp_path])] == ["a.txt", "b.docx"]
