"""``chidao users add|list`` and ``chidao serve`` (uvicorn replaced by a recorder)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import Session
from typer.testing import CliRunner

from cli.main import app
from store.db import make_engine
from store.users import authenticate
from web.app import all_routes


@pytest.fixture
def db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'web.db'}"


def test_users_add_with_password_then_authenticates(db: str) -> None:
    r = CliRunner().invoke(app, ["users", "add", "nguyễn.văn.an", "--role", "manager", "--password", "mật-khẩu-dài-1", "--db", db])
    assert r.exit_code == 0, r.output
    assert "nguyễn.văn.an" in r.output
    with Session(make_engine(db)) as s:
        assert authenticate(session=s, name="nguyễn.văn.an", password="mật-khẩu-dài-1") is not None
        assert authenticate(session=s, name="nguyễn.văn.an", password="sai-mật-khẩu") is None


def test_users_add_prompts_for_password(db: str) -> None:
    r = CliRunner().invoke(app, ["users", "add", "van.thu", "--role", "clerk", "--db", db],
                           input="mật-khẩu-dài-2\nmật-khẩu-dài-2\n")
    assert r.exit_code == 0, r.output
    listed = CliRunner().invoke(app, ["users", "list", "--db", db])
    assert "van.thu\tclerk\tactive" in listed.output


def test_users_add_rejects_unknown_role_and_duplicates(db: str) -> None:
    bad = CliRunner().invoke(app, ["users", "add", "x", "--role", "giám đốc", "--password", "mật-khẩu-dài", "--db", db])
    assert bad.exit_code == 2
    ok = CliRunner().invoke(app, ["users", "add", "x", "--role", "admin", "--password", "mật-khẩu-dài", "--db", db])
    assert ok.exit_code == 0
    dup = CliRunner().invoke(app, ["users", "add", "x", "--role", "admin", "--password", "mật-khẩu-dài", "--db", db])
    assert dup.exit_code == 2


def test_serve_prints_url_and_runs_app(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn

    seen: dict[str, object] = {}

    def fake_run(application: object, **kwargs: object) -> None:
        seen["app"], seen["kwargs"] = application, kwargs

    monkeypatch.setattr(uvicorn, "run", fake_run)
    monkeypatch.setenv("CHIDAO_SECRET_KEY", "s" * 32)
    r = CliRunner().invoke(app, ["serve", "--port", "8765", "--db", db])
    assert r.exit_code == 0, r.output
    assert "http://127.0.0.1:8765/" in r.output
    assert seen["kwargs"] == {"host": "127.0.0.1", "port": 8765, "log_level": "warning"}
    assert any(getattr(route, "path", "") == "/directives" for route in all_routes(seen["app"]))  # type: ignore[arg-type]


def _demo_password(output: str) -> str:
    line = next(x for x in output.splitlines() if x.startswith("Mật khẩu / password:"))
    return line.rsplit(" ", 1)[1]


def test_users_demo_creates_four_roles_then_resets_them(db: str) -> None:
    from store.users import set_active

    first = CliRunner().invoke(app, ["users", "demo", "--db", db, "--port", "8001"])
    assert first.exit_code == 0, first.output
    assert "http://127.0.0.1:8001/login" in first.output
    pw1 = _demo_password(first.output)
    assert len(pw1) >= 12 and first.output.count(pw1) == 1  # printed once
    listed = CliRunner().invoke(app, ["users", "list", "--db", db]).output
    for line in ("thu-ky\tclerk\tactive", "quan-ly\tmanager\tactive", "kiem-toan\tauditor\tactive",
                 "quan-tri\tadmin\tactive"):
        assert line in listed
    with Session(make_engine(db)) as s:
        user = authenticate(session=s, name="kiem-toan", password=pw1)
        assert user is not None
        set_active(session=s, user_id=user.id, active=False)
        s.commit()
    second = CliRunner().invoke(app, ["users", "demo", "--db", db])
    assert second.exit_code == 0 and "đặt lại" in second.output
    pw2 = _demo_password(second.output)
    assert pw2 != pw1
    with Session(make_engine(db)) as s:
        assert authenticate(session=s, name="kiem-toan", password=pw1) is None
        assert authenticate(session=s, name="kiem-toan", password=pw2) is not None  # active again
        assert authenticate(session=s, name="quan-tri", password=pw2).role == "admin"


def test_serve_keeps_one_secret_key_across_restarts(db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn

    apps: list[object] = []
    monkeypatch.setattr(uvicorn, "run", lambda application, **_kw: apps.append(application))
    monkeypatch.delenv("CHIDAO_SECRET_KEY", raising=False)
    for _ in range(2):
        assert CliRunner().invoke(app, ["serve", "--db", db]).exit_code == 0
    secret = tmp_path / "chidao.secret"
    assert secret.exists() and secret.stat().st_mode & 0o077 == 0
    token = apps[0].state.signer.dumps("phiên-đăng-nhập")  # type: ignore[attr-defined]
    assert apps[1].state.signer.loads(token) == "phiên-đăng-nhập"  # type: ignore[attr-defined]
    monkeypatch.setenv("CHIDAO_SECRET_KEY", "k" * 32)
    assert CliRunner().invoke(app, ["serve", "--db", db]).exit_code == 0
    assert apps[2].state.signer.loads(token) is None  # type: ignore[attr-defined]
