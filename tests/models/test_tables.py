"""The schema: migrations build exactly the tables of ``models``, from empty, on both engines."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect
from sqlmodel import SQLModel, select

import models
from models.tables import Directive, SourceFile, Task
from store.db import current_revision, init_db, make_engine


def test_every_table_is_registered():
    names = set(SQLModel.metadata.tables)
    assert {"sourcefile", "extractionrun", "directive", "reference", "body", "task", "taskbody", "deadline",
            "target", "reviewevent", "criterion", "taskcriterion", "progressreport", "user", "websession"} <= names
    assert set(models.__all__) >= {"Task", "ReviewEvent", "TaskStatus"}


def test_upgrade_head_from_empty(engine):
    assert current_revision(engine) is not None
    tables = set(inspect(engine).get_table_names())
    assert set(SQLModel.metadata.tables) <= tables and "alembic_version" in tables


def test_migrations_match_the_models(engine):
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": False}), SQLModel.metadata)
    assert diff == [], "models/tables.py changed without a migration: " + repr(diff)[:500]


def test_upgrade_is_idempotent(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'a' / 'b.db'}")
    init_db(engine)
    init_db(engine)
    from alembic.script import ScriptDirectory

    from store.db import alembic_config

    assert current_revision(engine) == ScriptDirectory.from_config(alembic_config()).get_current_head()


def test_sqlite_enforces_foreign_keys(session):
    from sqlalchemy.exc import IntegrityError

    session.add(Directive(source_file_id=12345))
    with pytest.raises(IntegrityError):
        session.flush()
    session.rollback()


def test_vietnamese_text_round_trips(session):
    text = "Ủy ban nhân dân Thành phố Hồ Chí Minh giao Sở Nông nghiệp và Môi trường"
    session.add(SourceFile(sha256="a" * 64, name="cv.txt", format="txt", text=text))
    session.commit()
    assert session.exec(select(SourceFile.text)).one() == text
    assert session.exec(select(Task)).all() == []
