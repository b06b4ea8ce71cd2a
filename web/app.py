"""The FastAPI application: ``create_app(settings)`` builds it (no module-level app or engine)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from sqlalchemy.engine import Engine
from starlette.concurrency import run_in_threadpool

from web.deps import Forbidden, LoginRequired
from web.render import make_templates, render
from web.sessions import COOKIE_NAME, CookieSigner, LoginThrottle, SessionStore

STATIC = Path(__file__).resolve().parent / "static"


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/")


async def _with_session(request: Request, call_next: Callable[[Request], Any]) -> Response:
    """Load the browser session named by the cookie (or start one), run the request, store the session."""
    store: SessionStore = request.app.state.sessions
    signer: CookieSigner = request.app.state.signer
    sid = signer.loads(request.cookies.get(COOKIE_NAME))
    ws = await run_in_threadpool(store.get, sid) if sid else None
    request.state.web_session = ws or store.new()
    response: Response = await call_next(request)
    current = request.state.web_session  # login/logout replace it
    await run_in_threadpool(store.save, current)
    if current.stored and current.sid != sid:
        response.set_cookie(COOKIE_NAME, signer.dumps(current.sid), httponly=True, samesite="lax",
                            secure=request.url.scheme == "https", path="/")
    elif sid and not current.stored:  # the cookie names a session that is gone (logout, expiry)
        response.delete_cookie(COOKIE_NAME, path="/")
    return response


def create_app(settings: Any, *, engine: Engine | None = None,
               extractor: Callable[[bytes, str], Any] | None = None) -> FastAPI:
    """Build the web application.

    Args:
        settings: a ``store.settings.Settings`` (``db``, ``secret_key``, ``evidence_dir``, ``files_dir``,
            ``max_upload_mb``).
        engine: an engine to use instead of one made from ``settings.db`` (tests pass an in-memory one).
        extractor: ``(data, name) -> (Document, Extraction)`` for uploads; default ``ingest`` + ``nlp``.

    Returns:
        The FastAPI app; OpenAPI at ``/openapi.json``, Swagger UI (vendored, offline) at ``/docs``.
    """
    from web.routes import (
        admin,
        audit,
        auth,
        directives,
        docs,
        files,
        indices,
        proposals,
        review,
        tasklist,
        tracking,
        upload,
    )
    from web.services import default_extractor, seed_reference_data

    if engine is None:
        from store.db import make_engine

        engine = make_engine(settings.db)

    @asynccontextmanager
    async def _lifespan(application: FastAPI) -> AsyncIterator[None]:
        # a new database gets the body registry and the indicator taxonomy it needs
        application.state.seeded = await run_in_threadpool(seed_reference_data, application.state.engine)
        yield

    app = FastAPI(title="chidao", description="Theo dõi nhiệm vụ từ văn bản chỉ đạo", version="0.1",
                  lifespan=_lifespan, docs_url=None, redoc_url=None)
    app.state.settings = settings
    app.state.engine = engine
    app.state.extractor = extractor or default_extractor
    app.state.sessions = SessionStore(engine)
    app.state.throttle = LoginThrottle()
    app.state.signer = CookieSigner(settings.secret_key)
    app.state.templates = make_templates()
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")

    @app.middleware("http")
    async def _web_session(request: Request, call_next: Callable[[Request], Any]) -> Response:
        if request.url.path.startswith("/static/"):
            response: Response = await call_next(request)
        else:
            response = await _with_session(request, call_next)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        response.headers.setdefault(  # pages with their own policy (/docs) keep it
            "Content-Security-Policy",
            "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
            "object-src 'none'; frame-ancestors 'none'")
        return response

    @app.exception_handler(LoginRequired)
    async def _login_required(request: Request, _exc: LoginRequired) -> Response:
        if _is_api(request):
            return JSONResponse({"detail": "Chưa đăng nhập."}, status_code=401)
        if request.headers.get("HX-Request"):
            return Response(status_code=401, headers={"HX-Redirect": "/login"})
        return RedirectResponse(f"/login?next={quote(request.url.path)}", status_code=303)

    @app.exception_handler(Forbidden)
    async def _forbidden(request: Request, exc: Forbidden) -> Response:
        if _is_api(request):
            return JSONResponse({"detail": exc.message}, status_code=403)
        return render(request, "error.html", {"title": "Không có quyền", "message": exc.message}, status_code=403)

    for module in (auth, docs, directives, upload, review, proposals, tasklist, tracking, indices, audit, files,
                   admin):
        app.include_router(module.router)
    return app


def all_routes(app: FastAPI) -> list[Any]:
    """Every endpoint route of ``app``, looking inside included routers (FastAPI ≥ 0.160 nests them).

    The routers here are included without prefixes, so each route's ``path`` is its full path.
    """
    out: list[Any] = []
    stack = list(app.routes)
    while stack:
        route = stack.pop(0)
        inner = getattr(route, "original_router", None)
        if inner is not None:
            stack[:0] = list(inner.routes)
        else:
            out.append(route)
    return out
