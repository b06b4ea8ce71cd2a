"""FastAPI dependencies: settings, database session, the current user and permission checks.

Tests replace any of these through ``app.dependency_overrides``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Annotated, Any

from fastapi import Depends, Request
from sqlmodel import Session

from models.tables import User
from web.permissions import Cap, allowed
from web.sessions import CSRF_FIELD, CSRF_HEADER, WebSession, csrf_ok

UNSAFE = {"POST", "PUT", "PATCH", "DELETE"}


class LoginRequired(Exception):
    """No user is logged in (HTML: redirect to the login page; API: 401)."""


class Forbidden(Exception):
    """The user's role lacks the capability, or the CSRF token is missing (403)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def get_settings(request: Request) -> Any:
    """The settings object given to ``create_app``."""
    return request.app.state.settings


def get_db(request: Request) -> Iterator[Session]:
    """A session on the app's engine; write routes commit explicitly, anything else is rolled back."""
    with Session(request.app.state.engine, expire_on_commit=False) as session:
        yield session


def get_web_session(request: Request) -> WebSession:
    """The browser session loaded (or created) by the session middleware."""
    return request.state.web_session


def get_extractor(request: Request) -> Callable[[bytes, str], Any]:
    """The function ``(data, name) -> (Document, Extraction)`` used for uploads."""
    return request.app.state.extractor


SessionDep = Annotated[Session, Depends(get_db)]
SettingsDep = Annotated[Any, Depends(get_settings)]
WebSessionDep = Annotated[WebSession, Depends(get_web_session)]


def current_user(request: Request, session: SessionDep, ws: WebSessionDep) -> User | None:
    """The logged-in, active user, or ``None``."""
    if ws.user_id is None:
        return None
    user = session.get(User, ws.user_id)
    if user is None or not user.active:
        return None
    request.state.user = user
    return user


UserDep = Annotated[User | None, Depends(current_user)]


async def check_csrf(request: Request, ws: WebSession) -> None:
    """Refuse an unsafe request whose CSRF token (form field or header) is not the session's."""
    if request.method not in UNSAFE:
        return
    token = request.headers.get(CSRF_HEADER)
    if not token:
        ctype = request.headers.get("content-type", "")
        if ctype.startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
            form = await request.form()
            value = form.get(CSRF_FIELD)
            token = value if isinstance(value, str) else None
    if not csrf_ok(ws, token):
        raise Forbidden("Phiên làm việc không hợp lệ (thiếu mã CSRF). Hãy tải lại trang và thử lại.")


def require(cap: Cap) -> Callable[..., Any]:
    """A dependency that needs a logged-in user holding ``cap`` (and a CSRF token on writes).

    Returns:
        A dependency returning the ``User``.
    """

    async def _dep(request: Request, ws: WebSessionDep, user: UserDep) -> User:
        if user is None:
            raise LoginRequired()
        if not allowed(user.role, cap):
            raise Forbidden(f"Vai trò «{user.role}» không có quyền này ({cap.value}).")
        await check_csrf(request, ws)
        return user

    _dep.__name__ = f"require_{cap.value}"
    return _dep


Viewer = Annotated[User, Depends(require(Cap.VIEW))]
Uploader = Annotated[User, Depends(require(Cap.UPLOAD))]
Reviewer = Annotated[User, Depends(require(Cap.REVIEW))]
Reporter = Annotated[User, Depends(require(Cap.PROGRESS))]
Auditor = Annotated[User, Depends(require(Cap.AUDIT))]
Admin = Annotated[User, Depends(require(Cap.ADMIN))]
