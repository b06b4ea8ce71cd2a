"""Settings from the environment, engines, the unit of work."""

from __future__ import annotations

import pytest
from pydantic import ValidationError
from sqlalchemy import text
from sqlmodel import select

from models.tables import SourceFile
from store.db import make_engine, session_scope
from store.settings import Settings


def test_settings_default_db_is_under_the_user_data_dir(monkeypatch, tmp_path):
    for name in ("CHIDAO_DB", "CHIDAO_EVIDENCE_DIR", "CHIDAO_FILES_DIR"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    s = Settings()
    assert s.db == f"sqlite:///{tmp_path / 'chidao' / 'chidao.db'}"
    assert s.evidence_dir == tmp_path / "chidao" / "evidence"
    assert s.files_dir == tmp_path / "chidao" / "files"


def test_settings_read_the_environment(monkeypatch):
    monkeypatch.setenv("CHIDAO_DB", "postgresql://chidao@127.0.0.1:5432/chidao")
    monkeypatch.setenv("CHIDAO_SECRET_KEY", "khoa-bi-mat-rat-dai-0123456789")
    s = Settings()
    assert s.db == "postgresql+psycopg://chidao@127.0.0.1:5432/chidao"
    assert s.secret_key == "khoa-bi-mat-rat-dai-0123456789"


def test_settings_refuse_unknown_engines(monkeypatch):
    monkeypatch.setenv("CHIDAO_DB", "mysql://root@localhost/chidao")
    with pytest.raises(ValidationError, match="CHIDAO_DB"):
        Settings()


def test_sqlite_file_engine_makes_its_directory_and_uses_wal(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'du-lieu' / 'chidao.db'}")
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    assert (tmp_path / "du-lieu").is_dir()
    engine.dispose()


def test_session_scope_commits_or_rolls_back(engine):
    with session_scope(engine) as s:
        s.add(SourceFile(sha256="b" * 64, name="cong-van.txt", format="txt", text="Kính gửi: Sở Nội vụ"))
    with pytest.raises(RuntimeError), session_scope(engine) as s:
        s.add(SourceFile(sha256="c" * 64, name="loi.txt", format="txt", text="Lỗi giữa chừng"))
        s.flush()
        raise RuntimeError("hỏng")
    with session_scope(engine) as s:
        assert s.exec(select(SourceFile.name)).all() == ["cong-van.txt"]
