"""User accounts: create, authenticate (argon2 hashes) and list.

Every function takes ``session=`` and never commits; the caller owns the transaction.
"""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlmodel import Session, select

from models.enums import Role
from models.tables import User

_HASHER = PasswordHasher()
MIN_PASSWORD_LENGTH = 8
# A hash verified when the user name is unknown, so both paths take the same time.
_DUMMY_HASH = _HASHER.hash("chidao-timing-equaliser")


class UserError(ValueError):
    """A user cannot be created as asked (duplicate name, unknown role, weak password)."""


def _check_role(role: str) -> str:
    try:
        return Role(role).value
    except ValueError as e:
        allowed = ", ".join(r.value for r in Role)
        raise UserError(f"unknown role {role!r}; expected one of: {allowed}") from e


def create_user(*, session: Session, name: str, role: str, password: str) -> User:
    """Add a user with an argon2 hash of ``password``.

    Args:
        session: an open session; not committed here.
        name: the login name (stripped; must be unique).
        role: one of ``clerk``, ``manager``, ``auditor``, ``admin``.
        password: the clear password, at least ``MIN_PASSWORD_LENGTH`` characters.

    Returns:
        The new ``User`` (flushed, so it has an id).

    Raises:
        UserError: the name is empty or taken, the role is unknown, the password is too short.
    """
    name = name.strip()
    if not name:
        raise UserError("the user name is empty")
    role_value = _check_role(role)
    if len(password) < MIN_PASSWORD_LENGTH:
        raise UserError(f"the password must have at least {MIN_PASSWORD_LENGTH} characters")
    if get_user(session=session, name=name) is not None:
        raise UserError(f"user {name!r} already exists")
    user = User(name=name, role=role_value, password_hash=_HASHER.hash(password))
    session.add(user)
    session.flush()
    return user


def get_user(*, session: Session, name: str) -> User | None:
    """The user called ``name``, or ``None``."""
    return session.exec(select(User).where(User.name == name.strip())).first()


def authenticate(*, session: Session, name: str, password: str) -> User | None:
    """The active user whose password matches, else ``None``.

    Rehashes the stored hash when argon2's parameters have changed (no commit here).
    """
    user = get_user(session=session, name=name)
    stored = user.password_hash if user is not None else _DUMMY_HASH
    try:
        _HASHER.verify(stored, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return None
    if user is None or not user.active:
        return None
    if _HASHER.check_needs_rehash(user.password_hash):
        user.password_hash = _HASHER.hash(password)
        session.add(user)
    return user


def list_users(*, session: Session) -> list[User]:
    """Every user, by name."""
    return list(session.exec(select(User).order_by(User.name)))


def set_active(*, session: Session, user_id: int, active: bool) -> User:
    """Enable or disable a user (disabled users cannot log in).

    Raises:
        UserError: no user has this id.
    """
    user = session.get(User, user_id)
    if user is None:
        raise UserError(f"no user with id {user_id}")
    user.active = active
    session.add(user)
    return user


def set_role(*, session: Session, user_id: int, role: str) -> User:
    """Change a user's role.

    Raises:
        UserError: no user has this id, or the role is unknown.
    """
    user = session.get(User, user_id)
    if user is None:
        raise UserError(f"no user with id {user_id}")
    user.role = _check_role(role)
    session.add(user)
    return user


def set_password(*, session: Session, user_id: int, password: str) -> User:
    """Replace a user's password (argon2 hash).

    Raises:
        UserError: no user has this id, or the password is too short.
    """
    if len(password) < MIN_PASSWORD_LENGTH:
        raise UserError(f"the password must have at least {MIN_PASSWORD_LENGTH} characters")
    user = session.get(User, user_id)
    if user is None:
        raise UserError(f"no user with id {user_id}")
    user.password_hash = _HASHER.hash(password)
    session.add(user)
    return user


def upsert_user(*, session: Session, name: str, role: str, password: str) -> tuple[User, bool]:
    """Create ``name``, or reset it: new password, this role, active again (demo and recovery accounts).

    Returns:
        The user and whether it was created.

    Raises:
        UserError: as :func:`create_user`.
    """
    user = get_user(session=session, name=name)
    if user is None:
        return create_user(session=session, name=name, role=role, password=password), True
    set_password(session=session, user_id=user.id or 0, password=password)
    user.role = _check_role(role)
    user.active = True
    session.add(user)
    session.flush()
    return user, False
