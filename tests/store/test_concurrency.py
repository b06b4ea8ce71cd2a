"""Two managers at once, and ``alembic upgrade head`` from an empty database, on both engines."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import pytest
from sqlalchemy import inspect
from sqlalchemy import text as sql_text
from sqlmodel import Session, SQLModel, select

from models.tables import ReviewEvent, Task
from store.db import make_engine
from store.errors import Conflict
from store.importer import save_extraction
from store.review import apply_review, history
from tests.conftest import PG_ENV

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def task_id(engine, sample_document, sample_extraction) -> int:
    with Session(engine) as s:
        d = save_extraction(session=s, document=sample_document, extraction=sample_extraction).directive
        s.commit()
        return s.exec(select(Task.id).where(Task.directive_id == d.id, Task.label == "t2")).one()


def test_second_writer_waiting_on_the_first_gets_a_conflict(engine, task_id):
    """B read version 1 and writes while A's change of version 1 is uncommitted: B waits for A's
    lock, then gets Conflict; A's change stands alone in the log."""
    with Session(engine) as s:
        version = s.get(Task, task_id).version
    outcome: dict[str, object] = {}
    a = Session(engine)
    apply_review(session=a, task_id=task_id, action="edit", actor="quản lý A", expected_version=version,
                 changes={"text": "Công an Thành phố chỉ đạo rà soát số nhà (bản của A)"})

    def second() -> None:
        with Session(engine) as b:
            started = time.monotonic()
            try:
                apply_review(session=b, task_id=task_id, action="edit", actor="quản lý B", expected_version=version,
                             changes={"text": "Bản của B"})
                b.commit()
                outcome["result"] = "committed"
            except Conflict as e:
                b.rollback()
                outcome["result"] = e
            outcome["waited"] = time.monotonic() - started

    thread = threading.Thread(target=second)
    thread.start()
    time.sleep(0.4)  # B is now blocked on A's row (PostgreSQL) or write lock (SQLite)
    assert thread.is_alive(), "the second writer did not wait for the first"
    a.commit()
    a.close()
    thread.join(timeout=10)
    assert isinstance(outcome.get("result"), Conflict), outcome
    assert outcome["waited"] >= 0.3
    with Session(engine) as s:
        t = s.get(Task, task_id)
        assert t.human_text == "Công an Thành phố chỉ đạo rà soát số nhà (bản của A)" and t.version == version + 1
        assert [e.actor for e in history(session=s, task_id=task_id)] == ["quản lý A"]
        assert s.exec(select(ReviewEvent).where(ReviewEvent.actor == "quản lý B")).first() is None


def _alembic(url: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "CHIDAO_DB": url}
    return subprocess.run([sys.executable, "-m", "alembic", "-c", "store/alembic.ini", "upgrade", "head"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


def _assert_full_schema(url: str) -> None:
    eng = make_engine(url)
    try:
        tables = set(inspect(eng).get_table_names())
        assert set(SQLModel.metadata.tables) <= tables and "alembic_version" in tables
    finally:
        eng.dispose()


def test_alembic_upgrade_head_from_empty_sqlite(tmp_path):
    url = f"sqlite:///{tmp_path / 'trong' / 'chidao.db'}"
    done = _alembic(url)
    assert done.returncode == 0, done.stderr
    _assert_full_schema(url)


@pytest.mark.postgres
def test_alembic_upgrade_head_from_empty_postgres():
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(f"{PG_ENV} is not set (start a server with `.ci/pg start`)")
    schema = f"a_{uuid.uuid4().hex[:12]}"
    admin = make_engine(base)
    with admin.begin() as conn:
        conn.execute(sql_text(f'CREATE SCHEMA "{schema}"'))
    url = f"{base}{'&' if '?' in base else '?'}options=-csearch_path%3D{schema}"
    try:
        done = _alembic(url)
        assert done.returncode == 0, done.stderr
        _assert_full_schema(url)
    finally:
        with admin.begin() as conn:
            conn.execute(sql_text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()
