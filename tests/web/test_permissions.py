"""Every route for every role: allowed, or 403 (logged in) / login redirect or 401 (anonymous).

The route list comes from the app itself, so a new route without a permission check fails here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from web.app import all_routes
from web.permissions import ROLE_CAPS, Cap

# Routes open to everybody (login itself, the API description, static files).
PUBLIC = {
    ("GET", "/"), ("GET", "/login"), ("POST", "/login"), ("POST", "/logout"), ("POST", "/api/login"),
    ("GET", "/api/me"), ("GET", "/openapi.json"), ("GET", "/docs"),
}
ROLES = (None, "clerk", "manager", "auditor", "admin")


def required_cap(route: Any) -> Cap | None:
    """The capability of the ``require(...)`` dependency of a route (``None`` when it has none)."""
    stack = list(route.dependant.dependencies)
    while stack:
        dep = stack.pop()
        name = getattr(dep.call, "__name__", "")
        if name.startswith("require_"):
            return Cap(name.removeprefix("require_"))
        stack.extend(dep.dependencies)
    return None


def endpoints(app: FastAPI) -> list[tuple[str, str, Cap | None]]:
    out = []
    for route in all_routes(app):
        if not hasattr(route, "methods") or route.methods is None:
            continue
        for method in sorted(route.methods - {"HEAD"}):
            cap = required_cap(route) if hasattr(route, "dependant") else None
            out.append((method, route.path, cap))
    return out


def concrete(path: str) -> str:
    path = path.replace("{name}", "0" * 64)
    return re.sub(r"\{[a-z_]+\}", "1", path)


def test_every_route_is_public_or_guarded(app: FastAPI) -> None:
    routes = endpoints(app)
    assert len(routes) > 40
    unguarded = {(m, p) for m, p, cap in routes if cap is None}
    assert unguarded == PUBLIC


@pytest.mark.parametrize("role", ROLES)
def test_role_matrix(role: str | None, client_for: Callable[[str | None], TestClient], loaded: dict[str, Any],
                     app: FastAPI) -> None:
    client = client_for(role)
    if role is None:  # anonymous clients still need a CSRF token to reach the permission check
        client.headers["X-CSRF-Token"] = client.get("/api/me").json()["csrf_token"]
    caps = ROLE_CAPS.get(role or "", frozenset())
    checked = 0
    for method, path, cap in endpoints(app):
        if cap is None:
            continue
        url = concrete(path)
        r = client.request(method, url, data={} if method == "POST" else None)
        where = f"{role} {method} {url} -> {r.status_code}"
        if role is None:
            if path.startswith("/api/"):
                assert r.status_code == 401, where
            else:
                assert r.status_code == 303 and r.headers["location"].startswith("/login"), where
        elif cap in caps:
            assert r.status_code not in (401, 403), where
            assert not r.headers.get("location", "").startswith("/login"), where
        else:
            assert r.status_code == 403, where
        checked += 1
    assert checked > 35


def test_nav_shows_only_allowed_menus(client_for: Callable[[str | None], TestClient]) -> None:
    clerk = client_for("clerk").get("/directives").text
    assert 'href="/upload"' in clerk and 'href="/audit"' not in clerk and 'href="/admin/users"' not in clerk
    auditor = client_for("auditor").get("/directives").text
    assert 'href="/audit"' in auditor and 'href="/upload"' not in auditor
    admin = client_for("admin").get("/directives").text
    assert 'href="/admin/users"' in admin


def test_write_without_csrf_token_is_refused(client_for: Callable[[str | None], TestClient], loaded: dict[str, Any]) -> None:
    manager = client_for("manager")
    del manager.headers["X-CSRF-Token"]
    r = manager.post("/tasks/1/review", data={"action": "accept"})
    assert r.status_code == 403
    r = manager.post("/api/tasks/1/review", json={"action": "accept"})
    assert r.status_code == 403
    manager.headers["X-CSRF-Token"] = "forged-token-0000"
    assert manager.post("/api/tasks/1/review", json={"action": "accept"}).status_code == 403
    # the form field works as well as the header
    token = manager.get("/api/me").json()["csrf_token"]
    del manager.headers["X-CSRF-Token"]
    r = manager.post("/tasks/1/review", data={"action": "accept", "csrf_token": token})
    assert r.status_code == 303


# HTML pages whose JSON twin is not "/api" + the path (the upload form posts; its twin is a POST).
TWIN_ELSEWHERE = {"/upload": "/api/upload"}


def test_every_page_has_a_json_twin_with_the_same_permission(app: FastAPI) -> None:
    routes = {(m, p): cap for m, p, cap in endpoints(app)}
    pages = [(p, cap) for (m, p), cap in routes.items()
             if m == "GET" and cap is not None and not p.startswith(("/api/", "/files/", "/evidence/"))]
    assert len(pages) >= 15
    for path, cap in pages:
        twin = TWIN_ELSEWHERE.get(path, "/api" + path)
        method = "POST" if twin == "/api/upload" else "GET"
        assert (method, twin) in routes, f"{path} has no JSON twin {twin}"
        if method == "GET":
            assert routes[(method, twin)] == cap, f"{path} and {twin} are guarded differently"
