"""Who may do what: one capability table shared by every page and API route."""

from __future__ import annotations

from enum import StrEnum

from models.enums import Role


class Cap(StrEnum):
    """A capability a route requires."""

    VIEW = "view"  # directives, tasks, dashboards
    UPLOAD = "upload"
    REVIEW = "review"  # accept / edit / reject / split / merge, assign bodies
    PROGRESS = "progress"  # report progress with evidence
    AUDIT = "audit"  # the history of human changes, evidence files
    ADMIN = "admin"  # users, body registry, taxonomy


ROLE_CAPS: dict[str, frozenset[Cap]] = {
    Role.CLERK.value: frozenset({Cap.VIEW, Cap.UPLOAD}),
    Role.MANAGER.value: frozenset({Cap.VIEW, Cap.UPLOAD, Cap.REVIEW, Cap.PROGRESS, Cap.AUDIT}),
    Role.AUDITOR.value: frozenset({Cap.VIEW, Cap.AUDIT}),
    Role.ADMIN.value: frozenset({Cap.VIEW, Cap.AUDIT, Cap.ADMIN}),
}

ROLE_LABELS = {"clerk": "Văn thư", "manager": "Lãnh đạo / quản lý", "auditor": "Kiểm tra", "admin": "Quản trị"}


def allowed(role: str | None, cap: Cap) -> bool:
    """Whether ``role`` holds ``cap`` (unknown roles hold nothing)."""
    return role is not None and cap in ROLE_CAPS.get(role, frozenset())
