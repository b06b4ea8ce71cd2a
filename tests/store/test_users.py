"""User accounts: argon2 hashes, authentication, roles."""

from __future__ import annotations

import pytest
from sqlalchemy.pool import StaticPool
from sqlmodel import Session, SQLModel, create_engine

import models  # noqa: F401
from store.users import UserError, authenticate, create_user, list_users, set_active, set_role


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
