"""Administration: users, the body registry, the indicator taxonomy."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import BaseModel

from store.bodies import add_body, confirm_body
from store.users import UserError, create_user, list_users, set_active, set_role
from web import queries
from web.deps import Admin, SessionDep
from web.render import render

router = APIRouter()


def _users(session: SessionDep) -> list[dict[str, Any]]:
    return [{"id": u.id, "name": u.name, "role": u.role, "active": u.active,
             "created_at": u.created_at.isoformat(timespec="seconds")} for u in list_users(session=session)]


@router.get("/admin/users", include_in_schema=False)
def users_page(request: Request, session: SessionDep, _user: Admin) -> Response:
    """User accounts."""
    return render(request, "admin_users.html", {"users": _users(session), "error": None})


@router.get("/api/admin/users", tags=["admin"])
def users_api(session: SessionDep, _user: Admin) -> list[dict[str, Any]]:
    """User accounts (JSON; never the hashes)."""
    return _users(session)


@router.post("/admin/users", include_in_schema=False)
def users_create(request: Request, session: SessionDep, _user: Admin, name: Annotated[str, Form()], role: Annotated[str, Form()],
                 password: Annotated[str, Form()]) -> Response:
    """Create a user."""
    try:
        create_user(session=session, name=name, role=role, password=password)
        session.commit()
    except UserError as e:
        session.rollback()
        return render(request, "admin_users.html", {"users": _users(session), "error": str(e)}, status_code=422)
    request.state.web_session.flash.append(f"Đã tạo tài khoản {name}.")
    return RedirectResponse("/admin/users", status_code=303)


class UserIn(BaseModel):
    name: str
    role: str
    password: str


@router.post("/api/admin/users", tags=["admin"], status_code=201)
def users_create_api(session: SessionDep, _user: Admin, body: UserIn) -> dict[str, Any]:
    """Create a user."""
    try:
        u = create_user(session=session, name=body.name, role=body.role, password=body.password)
        session.commit()
    except UserError as e:
        session.rollback()
        raise HTTPException(status_code=422, detail=str(e)) from e
    return {"id": u.id, "name": u.name, "role": u.role, "active": u.active}


@router.post("/admin/users/{user_id}", include_in_schema=False)
def users_update(request: Request, session: SessionDep, admin: Admin, user_id: int, role: Annotated[str, Form()] = "",
                 active: Annotated[str, Form()] = "") -> Response:
    """Change a user's role or enable/disable the account (their sessions are closed)."""
    try:
        if user_id == admin.id and (active == "0" or (role and role != admin.role)):
            raise UserError("Không thể tự khóa hoặc đổi vai trò của chính mình.")
        if role:
            set_role(session=session, user_id=user_id, role=role)
        if active in ("0", "1"):
            set_active(session=session, user_id=user_id, active=active == "1")
        session.commit()
    except UserError as e:
        session.rollback()
        request.state.web_session.flash.append(str(e))
    else:
        request.app.state.sessions.drop_user(user_id)
    return RedirectResponse("/admin/users", status_code=303)


@router.get("/admin/bodies", include_in_schema=False)
def bodies_page(request: Request, session: SessionDep, _user: Admin) -> Response:
    """The body registry (proposed bodies can be confirmed)."""
    return render(request, "admin_bodies.html", {"bodies": queries.bodies(session=session)})


@router.get("/api/admin/bodies", tags=["admin"])
def bodies_api(session: SessionDep, _user: Admin) -> list[dict[str, Any]]:
    """The body registry (JSON)."""
    return queries.bodies(session=session)


@router.post("/admin/bodies", include_in_schema=False)
def bodies_add(request: Request, session: SessionDep, _user: Admin, name: Annotated[str, Form()], aliases: Annotated[str, Form()] = "",
               level: Annotated[str, Form()] = "") -> Response:
    """Add a confirmed body, or add aliases to an existing one."""
    if name.strip():
        add_body(session=session, name=name.strip(), aliases=[a.strip() for a in aliases.split(";") if a.strip()],
                 level=level or None)
        session.commit()
        request.state.web_session.flash.append(f"Đã lưu cơ quan {name.strip()}.")
    return RedirectResponse("/admin/bodies", status_code=303)


@router.post("/admin/bodies/{body_id}/confirm", include_in_schema=False)
def bodies_confirm(session: SessionDep, _user: Admin, body_id: int) -> Response:
    """Confirm a body proposed by the extractor."""
    try:
        confirm_body(session=session, body_id=body_id)
    except Exception as e:  # noqa: BLE001 - NotFound from the store
        raise HTTPException(status_code=404, detail="Không có cơ quan này.") from e
    session.commit()
    return RedirectResponse("/admin/bodies", status_code=303)


@router.get("/admin/taxonomy", include_in_schema=False)
def taxonomy_page(request: Request, session: SessionDep, _user: Admin) -> Response:
    """The indicator taxonomy (indices and criteria)."""
    return render(request, "admin_taxonomy.html", {"criteria": queries.criteria(session=session)})


@router.get("/api/admin/taxonomy", tags=["admin"])
def taxonomy_api(session: SessionDep, _user: Admin) -> list[dict[str, Any]]:
    """The indicator taxonomy (JSON)."""
    return queries.criteria(session=session)


def _node(session: SessionDep, code: str) -> dict[str, Any]:
    from web.indices import criterion_detail

    node = criterion_detail(session=session, code=code)
    if node is None:
        raise HTTPException(status_code=404, detail="Không có tiêu chí này.")
    return node


@router.get("/admin/taxonomy/{code}", include_in_schema=False)
def taxonomy_node_page(request: Request, session: SessionDep, _user: Admin, code: str) -> Response:
    """One node of the taxonomy (read-only): path, names, source, children, linked tasks."""
    return render(request, "admin_criterion.html", {"c": _node(session, code)})


@router.get("/api/admin/taxonomy/{code}", tags=["admin"])
def taxonomy_node_api(session: SessionDep, _user: Admin, code: str) -> dict[str, Any]:
    """One node of the taxonomy (JSON)."""
    return _node(session, code)
