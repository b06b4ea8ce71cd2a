"""The store commands through Typer's CliRunner, on SQLite (and PostgreSQL when configured)."""

from __future__ import annotations

import json
import shutil

import pytest
import typer
from typer.testing import CliRunner

from cli import store_cmds
from tests.conftest import STORE_DATA, load_extraction

runner = CliRunner()


@pytest.fixture
def app(monkeypatch):
    def fake_extract(document):
        return load_extraction(document.name.removesuffix(".txt"))

    monkeypatch.setattr(store_cmds, "get_extractor", lambda: fake_extract)
    application = typer.Typer()
    store_cmds.register(application)
    return application


@pytest.fixture
def inbox(tmp_path):
    folder = tmp_path / "van-ban"
    folder.mkdir()
    for name in ("c-009", "c-010", "c-003"):
        shutil.copyfile(STORE_DATA / f"{name}.txt", folder / f"{name}.txt")
    return folder


def run(app, *args):
    return runner.invoke(app, [str(a) for a in args])


def test_ingest_directory_then_again_adds_nothing(app, inbox, db_url):
    first = run(app, "ingest", inbox, "--db", db_url)
    assert first.exit_code == 0, first.output
    assert "3 added, 0 already stored, 0 failed" in first.output
    again = run(app, "ingest", inbox / "c-009.txt", "--db", db_url)
    assert again.exit_code == 0 and "0 added, 1 already stored" in again.output


def test_bad_file_is_reported_and_others_still_ingested(app, inbox, db_url):
    (inbox / "hong.pdf").write_bytes(b"%PDF-1.4 not really a pdf")
    result = run(app, "ingest", inbox, "--db", db_url)
    assert result.exit_code == 1
    assert "hong.pdf" in result.output and "3 added, 0 already stored, 1 failed" in result.output
    listed = json.loads(run(app, "directives", "--json", "--db", db_url).output)
    assert listed["count"] == 3


def test_tasks_filters_and_json(app, inbox, db_url):
    run(app, "ingest", inbox, "--db", db_url)
    out = run(app, "tasks", "--directive", "4085/UBND-DT", "--json", "--db", db_url)
    data = json.loads(out.output)
    assert data["count"] == 9 and data["items"][0]["lead"] == ["Sở Nông nghiệp và Môi trường"]
    out = run(app, "tasks", "--body", "so noi vu", "--search", "bảo mật", "--json", "--db", db_url)
    assert json.loads(out.output)["count"] == 0
    out = run(app, "tasks", "--overdue", "--today", "2025-12-07", "--json", "--db", db_url)
    due = {i["due"] for i in json.loads(out.output)["items"]}
    assert due and all(d < "2025-12-07" for d in due)
    table = run(app, "tasks", "--search", "ma buu chinh", "--db", db_url)
    assert table.exit_code == 0 and "1 tasks" in table.output
    missing = run(app, "tasks", "--directive", "999/XX", "--db", db_url)
    assert missing.exit_code == 1 and "999/XX" in missing.output


def test_export_progress_import_and_trace(app, inbox, db_url, tmp_path):
    run(app, "ingest", inbox, "--db", db_url)
    sheet = tmp_path / "phu-luc.xlsx"
    out = run(app, "export", "--directive", "4240/UBND-VX", "--out", sheet, "--db", db_url)
    assert out.exit_code == 0 and "8 tasks written" in out.output
    back = run(app, "progress", "import", sheet, "--db", db_url)
    assert back.exit_code == 0 and "0 updated, 8 unchanged" in back.output
    csv_out = run(app, "export", "--format", "csv", "--body", "Sở Nội vụ", "--out", tmp_path / "a.csv", "--db", db_url)
    assert "3 tasks written" in csv_out.output
    trace = run(app, "trace", "1", "--json", "--db", db_url)
    assert json.loads(trace.output)["directive_number"] == "4240/UBND-VX"
    assert run(app, "trace", "42", "--db", db_url).exit_code == 1


def test_db_upgrade_from_empty(app, tmp_path):
    url = f"sqlite:///{tmp_path / 'moi' / 'chidao.db'}"
    from alembic.script import ScriptDirectory

    from store.db import alembic_config

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    result = run(app, "db", "upgrade", "--db", url)
    assert result.exit_code == 0 and f"revision {head}" in result.output


def test_reextract_skips_same_extractor_and_keeps_reviews(app, inbox, db_url, monkeypatch):
    run(app, "ingest", inbox / "c-009.txt", "--db", db_url)
    same = run(app, "reextract", "--db", db_url)
    assert same.exit_code == 0 and "extractor unchanged, skipped" in same.output

    def newer(document):
        x = load_extraction(document.name.removesuffix(".txt"), version="2.0")
        x.tasks = x.tasks[:-1]
        return x

    monkeypatch.setattr(store_cmds, "get_extractor", lambda: newer)
    out = run(app, "reextract", "--directive", "4085/UBND-ĐT", "--db", db_url)
    assert out.exit_code == 0, out.output
    assert "8 updated, 0 added, 1 removed, 0 kept" in out.output


def test_ingest_keeps_the_original_by_hash(app, inbox, db_url):
    import hashlib
    import os
    from pathlib import Path

    run(app, "ingest", inbox / "c-010.txt", "--db", db_url)
    data = (inbox / "c-010.txt").read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    assert (Path(os.environ["CHIDAO_FILES_DIR"]) / sha[:2] / sha).read_bytes() == data


def test_export_then_progress_import_of_a_reviewed_sheet_changes_nothing(app, inbox, db_url, tmp_path):
    """After accept / start with progress / done / cancel / reject / an edit, the sheet read back is a no-op."""
    from sqlmodel import Session, func, select

    from models.tables import ReviewEvent, Task
    from store.db import make_engine
    from store.review import apply_review

    run(app, "ingest", inbox / "c-009.txt", "--db", db_url)
    engine = make_engine(db_url)
    with Session(engine) as s:
        tasks = {t.label: t for t in s.exec(select(Task)).all()}

        def act(label, action, **changes):
            t = tasks[label]
            s.refresh(t)
            apply_review(session=s, task_id=t.id, action=action, actor="quản lý", expected_version=t.version,
                         changes=changes)
            s.commit()

        act("t1", "accept")
        act("t1", "progress", percent=35, result="Đã chia sẻ dữ liệu cho 40 phường  ")
        act("t2", "accept")
        act("t2", "done", done_on="2025-12-01")
        act("t3", "accept")
        act("t3", "cancel")
        act("t4", "reject")
        act("t5", "edit", text="Theo dõi, đôn đốc việc cập nhật số nhà trên hệ thống")
        events = s.exec(select(func.count()).select_from(ReviewEvent)).one()
        before = {t.uid: (t.status, t.progress, t.result, t.human_text, t.version) for t in s.exec(select(Task)).all()}
    for fmt in ("xlsx", "csv"):
        sheet = tmp_path / f"phu-luc.{fmt}"
        out = run(app, "export", "--format", fmt, "--directive", "4085/UBND-ĐT", "--out", sheet, "--db", db_url)
        assert out.exit_code == 0 and "8 tasks written" in out.output, out.output  # the rejected one is left out
        back = run(app, "progress", "import", sheet, "--db", db_url)
        assert back.exit_code == 0 and "0 updated, 8 unchanged" in back.output, back.output
        assert "text changed" not in back.output
    with Session(engine) as s:
        assert s.exec(select(func.count()).select_from(ReviewEvent)).one() == events
        assert {t.uid: (t.status, t.progress, t.result, t.human_text, t.version) for t in s.exec(select(Task)).all()} == before
    engine.dispose()
