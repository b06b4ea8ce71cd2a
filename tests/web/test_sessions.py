"""Sessions live in the database: they survive a restart, expire, and end at logout."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from models.tables import User
from models.tables import WebSession as SessionRow
from store.db import init_db, make_engine
from store.users import create_user
from tests.web.conftest import PASSWORD, Settings, fake_extractor, login
from web.app import create_app
from web.sessions import COOKIE_NAME, SessionStore, token_hash


def _rows(engine: Engine) -> list[SessionRow]:
    with Session(engine) as s:
        return list(s.exec(select(SessionRow)).all())


def _file_engine(tmp_path: Path) -> Engine:
    engine = make_engine(f"sqlite:///{tmp_path / 'db' / 'chidao.db'}")
    init_db(engine)  # the migrations, as `chidao db upgrade` runs them
    with Session(engine) as s:
        create_user(session=s, name="nguyễn.văn.an", role="manager", password=PASSWORD)
        s.commit()
    return engine


def test_a_session_survives_a_restart(tmp_path: Path) -> None:
    engine = _file_engine(tmp_path)
    first = create_app(Settings(tmp_path / "ev"), engine=engine, extractor=fake_extractor)
    c1 = login(TestClient(first, follow_redirects=False), "nguyễn.văn.an")
    token = c1.headers["X-CSRF-Token"]
    cookie = c1.cookies[COOKIE_NAME]
    engine.dispose()

    # a second process: a new engine and app on the same database file
    engine2 = make_engine(f"sqlite:///{tmp_path / 'db' / 'chidao.db'}")
    second = create_app(Settings(tmp_path / "ev"), engine=engine2, extractor=fake_extractor)
    c2 = TestClient(second, follow_redirects=False, cookies={COOKIE_NAME: cookie})
    me = c2.get("/api/me").json()
    assert me["name"] == "nguyễn.văn.an" and me["role"] == "manager" and me["csrf_token"] == token
    assert c2.get("/tracking").status_code == 200
    # the CSRF token of the first process is still the one required on writes
    assert c2.post("/logout", data={"csrf_token": "giả-mạo"}).status_code == 403
    assert c2.post("/logout", data={"csrf_token": token}).status_code == 303
    assert _rows(engine2) == []
    assert TestClient(second, cookies={COOKIE_NAME: cookie}).get("/api/me").json()["name"] is None


def test_rows_are_keyed_by_the_token_hash_not_the_token(app: FastAPI, web_engine: Engine) -> None:
    c = login(TestClient(app, follow_redirects=False), "auditor")
    sid = app.state.signer.loads(c.cookies[COOKIE_NAME])
    (row,) = [r for r in _rows(web_engine) if r.user_id is not None]
    assert row.id == token_hash(sid) and row.id != sid and sid not in row.id
    assert row.expires_at > datetime.now(UTC) + timedelta(hours=7)


def test_no_row_for_static_files_and_redirects(app: FastAPI, web_engine: Engine) -> None:
    c = TestClient(app, follow_redirects=False)
    assert c.get("/static/app.css").status_code == 200
    assert c.get("/").status_code == 303
    assert c.get("/api/tracking").status_code == 401
    assert _rows(web_engine) == [] and COOKIE_NAME not in c.cookies
    assert c.get("/login").status_code == 200  # the form hands out a CSRF token: now it is kept
    assert len(_rows(web_engine)) == 1 and COOKIE_NAME in c.cookies


def test_login_replaces_the_anonymous_session(app: FastAPI, web_engine: Engine) -> None:
    c = TestClient(app, follow_redirects=False)
    anon_token = c.get("/api/me").json()["csrf_token"]
    r = c.post("/login", data={"name": "clerk", "password": PASSWORD, "csrf_token": anon_token})
    assert r.status_code == 303
    rows = _rows(web_engine)
    assert len(rows) == 1 and rows[0].user_id is not None and rows[0].csrf != anon_token


def test_expired_sessions_are_refused_and_purged(web_engine: Engine) -> None:
    store = SessionStore(web_engine, ttl_s=3600)
    with Session(web_engine) as s:
        uid = s.exec(select(User.id).where(User.name == "clerk")).one()
    live, old = store.new(user_id=uid), store.new(user_id=uid)
    assert store.save(live) and store.save(old)
    with Session(web_engine) as s:
        row = s.get(SessionRow, token_hash(old.sid))
        row.expires_at = datetime.now(UTC) - timedelta(seconds=1)
        s.add(row)
        s.commit()
    assert store.get(old.sid) is None
    assert store.get(live.sid) is not None and store.get(live.sid).user_id == uid
    assert store.purge(now=datetime.now(UTC) + timedelta(hours=2)) == 1
    assert store.get(live.sid) is None and _rows(web_engine) == []


def test_unused_anonymous_session_is_not_stored_but_flash_is(web_engine: Engine) -> None:
    store = SessionStore(web_engine)
    quiet = store.new()
    assert store.save(quiet) is False
    noisy = store.new()
    noisy.flash.append("Đã lưu cơ quan Sở Tài chính.")
    assert store.save(noisy) is True
    assert store.get(noisy.sid).flash == ["Đã lưu cơ quan Sở Tài chính."]


def test_flash_message_reaches_the_next_page(client_for, web_engine: Engine) -> None:  # noqa: ANN001
    admin = client_for("admin")
    r = admin.post("/admin/bodies", data={"name": "Sở Khoa học và Công nghệ", "aliases": "", "level": "province"})
    assert r.status_code == 303
    assert any(row.flash == ["Đã lưu cơ quan Sở Khoa học và Công nghệ."] for row in _rows(web_engine))
    page = admin.get("/admin/bodies").text
    assert "Đã lưu cơ quan Sở Khoa học và Công nghệ." in page
    assert "Đã lưu cơ quan" not in admin.get("/admin/bodies").text
    assert all(row.flash == [] for row in _rows(web_engine))


def test_disabling_a_user_ends_their_sessions(client_for, web_engine: Engine) -> None:  # noqa: ANN001
    clerk, admin = client_for("clerk"), client_for("admin")
    assert clerk.get("/api/me").json()["name"] == "clerk"
    with Session(web_engine) as s:
        uid = s.exec(select(User.id).where(User.name == "clerk")).one()
    assert admin.post(f"/admin/users/{uid}", data={"active": "0"}).status_code == 303
    assert clerk.get("/api/me").json()["name"] is None


def test_startup_seeds_registry_and_taxonomy_of_a_new_database(tmp_path: Path) -> None:
    from models.tables import Body, Criterion

    engine = _file_engine(tmp_path)
    app = create_app(Settings(tmp_path / "ev"), engine=engine, extractor=fake_extractor)
    with TestClient(app):  # runs the lifespan
        assert app.state.seeded["bodies"] > 50 and app.state.seeded["criteria"] > 50
    with Session(engine) as s:
        indices = set(s.exec(select(Criterion.index_code)).all())
        assert {"PAR", "SIPAS", "PCI"} <= indices
        assert s.exec(select(Body).where(Body.name == "Bộ Tài chính")).first() is not None
    again = create_app(Settings(tmp_path / "ev"), engine=engine, extractor=fake_extractor)
    with TestClient(again):
        assert again.state.seeded == {}
