"""User accounts: argon2 hashes, authentication, roles."""

from __future__ import annotations

import pytest
from sqlalchemy.pool import StaticPool
from sqlmodel import Session, SQLModel, create_engine

import models  # noqa: F401
from store.users import (
    UserError,
    authenticate,
    create_user,
    list_users,
    set_active,
    set_password,
    set_role,
    upsert_user,
)


@pytest.fixture
def db() -> Session:
    engine = create_engine("sqlite://", connect_args={"check_same_thread": False}, poolclass=StaticPool)
    SQLModel.metadata.create_all(engine)
    with Session(engine) as s:
        yield s


def test_password_is_hashed_with_argon2_and_checked(db: Session) -> None:
    u = create_user(session=db, name="lê.thị.hoa", role="manager", password="Mật khẩu rất dài")
    assert u.password_hash.startswith("$argon2") and "Mật khẩu" not in u.password_hash
    assert authenticate(session=db, name="lê.thị.hoa", password="Mật khẩu rất dài") is u
    assert authenticate(session=db, name="lê.thị.hoa", password="mật khẩu rất dài") is None
    assert authenticate(session=db, name="không.có", password="Mật khẩu rất dài") is None


def test_disabled_users_cannot_log_in(db: Session) -> None:
    u = create_user(session=db, name="an", role="clerk", password="mật-khẩu-8")
    set_active(session=db, user_id=u.id, active=False)
    assert authenticate(session=db, name="an", password="mật-khẩu-8") is None


@pytest.mark.parametrize(("name", "role", "password"), [
    ("", "clerk", "mật-khẩu-8"), ("bình", "giám đốc", "mật-khẩu-8"), ("bình", "clerk", "ngắn"),
])
def test_invalid_users_are_refused(db: Session, name: str, role: str, password: str) -> None:
    with pytest.raises(UserError):
        create_user(session=db, name=name, role=role, password=password)


def test_duplicate_names_roles_and_listing(db: Session) -> None:
    create_user(session=db, name="bình", role="auditor", password="mật-khẩu-8")
    with pytest.raises(UserError, match="already exists"):
        create_user(session=db, name=" bình ", role="clerk", password="mật-khẩu-8")
    u = create_user(session=db, name="an", role="clerk", password="mật-khẩu-8")
    set_role(session=db, user_id=u.id, role="manager")
    assert [(x.name, x.role) for x in list_users(session=db)] == [("an", "manager"), ("bình", "auditor")]
    with pytest.raises(UserError):
        set_role(session=db, user_id=u.id, role="root")


def test_upsert_user_creates_then_resets_password_role_and_activity(db: Session) -> None:
    u, created = upsert_user(session=db, name="thu-ky", role="clerk", password="mật-khẩu-cũ-1")
    assert created and u.role == "clerk"
    set_active(session=db, user_id=u.id, active=False)
    set_role(session=db, user_id=u.id, role="auditor")
    again, created = upsert_user(session=db, name="thu-ky", role="clerk", password="mật-khẩu-mới-2")
    assert not created and again.id == u.id and again.role == "clerk" and again.active
    assert authenticate(session=db, name="thu-ky", password="mật-khẩu-cũ-1") is None
    assert authenticate(session=db, name="thu-ky", password="mật-khẩu-mới-2") is again
    assert len(list_users(session=db)) == 1


def test_set_password_refuses_short_passwords_and_unknown_ids(db: Session) -> None:
    u = create_user(session=db, name="quản.trị", role="admin", password="mật-khẩu-dài")
    with pytest.raises(UserError):
        set_password(session=db, user_id=u.id, password="ngắn")
    with pytest.raises(UserError):
        set_password(session=db, user_id=9999, password="mật-khẩu-dài-khác")
    set_password(session=db, user_id=u.id, password="Đổi-mật-khẩu-2025")
    assert authenticate(session=db, name="quản.trị", password="Đổi-mật-khẩu-2025") is u
