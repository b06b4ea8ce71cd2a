"""The API description page (Swagger UI), served from the vendored copy under ``/static/swagger-ui``.

FastAPI's own ``/docs`` and ``/redoc`` load scripts from a CDN; the app disables them and serves
this page instead, which works offline. Swagger UI is started by one inline script: it runs under
a Content-Security-Policy that allows it by a per-response nonce, and nothing from other origins.
"""

from __future__ import annotations

import re
import secrets

from fastapi import APIRouter, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse

router = APIRouter()

ASSETS = "/static/swagger-ui"
_SCRIPT = re.compile(r"<script(?=[\s>])(?![^>]*\bsrc=)")


def docs_csp(nonce: str) -> str:
    """The Content-Security-Policy of the docs page: own origin only, plus the nonce of its inline script."""
    return ("default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            f"script-src 'self' 'nonce-{nonce}'; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; "
            "base-uri 'self'; form-action 'self'")


@router.get("/docs", include_in_schema=False)
def swagger_docs(request: Request) -> HTMLResponse:
    """The interactive API description (Swagger UI, no CDN)."""
    page = get_swagger_ui_html(
        openapi_url=request.app.openapi_url or "/openapi.json",
        title=f"{request.app.title} · API",
        swagger_js_url=f"{ASSETS}/swagger-ui-bundle.js",
        swagger_css_url=f"{ASSETS}/swagger-ui.css",
        swagger_favicon_url=f"{ASSETS}/favicon-32x32.png",
        swagger_ui_parameters={"validatorUrl": None, "persistAuthorization": False},
    )
    nonce = secrets.token_urlsafe(16)
    html = _SCRIPT.sub(f'<script nonce="{nonce}"', bytes(page.body).decode("utf-8"))
    return HTMLResponse(html, headers={"Content-Security-Policy": docs_csp(nonce), "Cache-Control": "no-store"})
