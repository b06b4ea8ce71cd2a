"""Login, logout and the start page."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import BaseModel

from store.users import authenticate
from web.deps import Forbidden, SessionDep, UserDep, WebSessionDep, check_csrf
from web.permissions import ROLE_CAPS
from web.render import render

router = APIRouter()


def _safe_next(value: str | None) -> str:
    if value and value.startswith("/") and not value.startswith("//") and "\\" not in value:
        return value
    return "/directives"


TOO_MANY = "Đăng nhập sai quá nhiều lần. Hãy thử lại sau một phút."


def _check(request: Request, session: SessionDep, name: str, password: str) -> tuple[Any, str | None]:
    """The user, or ``None`` with the message to show (wrong password, or too many failures)."""
    throttle = request.app.state.throttle
    if throttle.blocked(name):
        return None, TOO_MANY
    user = authenticate(session=session, name=name, password=password)
    if user is None:
        throttle.failed(name)
        return None, "Sai tên đăng nhập hoặc mật khẩu."
    throttle.succeeded(name)
    return user, None


def _login(request: Request, user_id: int) -> None:
    """Replace the anonymous session by a fresh one (no session fixation)."""
    store = request.app.state.sessions
    store.drop(request.state.web_session.sid)
    request.state.web_session = store.new(user_id=user_id)


@router.get("/", include_in_schema=False)
def home(user: UserDep) -> Response:
    """Start page: the directive list, or the login form."""
    return RedirectResponse("/directives" if user else "/login", status_code=303)


@router.get("/login", include_in_schema=False)
def login_form(request: Request, next: str | None = None) -> Response:
    """The login form."""
    return render(request, "login.html", {"next": _safe_next(next), "error": None})


@router.post("/login", include_in_schema=False)
async def login(request: Request, session: SessionDep, ws: WebSessionDep, name: Annotated[str, Form()],
                password: Annotated[str, Form()], next: Annotated[str, Form()] = "/directives") -> Response:
    """Check the password and open a session."""
    try:
        await check_csrf(request, ws)
    except Forbidden as e:
        return render(request, "login.html", {"next": _safe_next(next), "error": e.message}, status_code=403)
    user, error = _check(request, session, name, password)
    if user is None:
        return render(request, "login.html", {"next": _safe_next(next), "error": error},
                      status_code=429 if error == TOO_MANY else 401)
    session.commit()
    _login(request, user.id or 0)
    return RedirectResponse(_safe_next(next), status_code=303)


@router.post("/logout", include_in_schema=False)
async def logout(request: Request, ws: WebSessionDep) -> Response:
    """Close the session."""
    await check_csrf(request, ws)
    request.app.state.sessions.drop(ws.sid)
    request.state.web_session = request.app.state.sessions.new()
    return RedirectResponse("/login", status_code=303)


class LoginIn(BaseModel):
    name: str
    password: str


@router.post("/api/login", tags=["auth"])
def api_login(request: Request, body: LoginIn, session: SessionDep) -> dict[str, Any]:
    """Open a session (cookie) and return the CSRF token to send as ``X-CSRF-Token`` on writes."""
    user, error = _check(request, session, body.name, body.password)
    if user is None:
        raise HTTPException(status_code=429 if error == TOO_MANY else 401, detail=error)
    session.commit()
    _login(request, user.id or 0)
    return {"name": user.name, "role": user.role, "csrf_token": request.state.web_session.csrf}


@router.get("/api/me", tags=["auth"])
def api_me(user: UserDep, ws: WebSessionDep) -> dict[str, Any]:
    """Who is logged in, what the role allows, and the session's CSRF token."""
    if user is None:
        return {"name": None, "role": None, "capabilities": [], "csrf_token": ws.csrf}
    caps = sorted(c.value for c in ROLE_CAPS.get(user.role, frozenset()))
    return {"name": user.name, "role": user.role, "capabilities": caps, "csrf_token": ws.csrf}
