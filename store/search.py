"""Diacritic-insensitive search: a ``LIKE`` on the folded ``folded`` columns (both engines).

``"uy ban"``, ``"Ủy ban"`` and ``"UY BAN"`` all find "Ủy ban nhân dân".
"""

from __future__ import annotations

from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import Session, col, select

from models.tables import Directive, Task
from store.keys import search_fold


def folded_terms(q: str) -> list[str]:
    """The folded words of a query (each must occur)."""
    return search_fold(q).split()


def folded_like(column: object, q: str) -> ColumnElement[bool] | None:
    """A condition requiring every folded word of ``q`` in ``column`` (``None`` for an empty query)."""
    terms = folded_terms(q)
    if not terms:
        return None
    cond = None
    for term in terms:
        part = col(column).contains(term, autoescape=True)  # type: ignore[arg-type]
        cond = part if cond is None else cond & part
    return cond


def search_directives(*, session: Session, q: str, limit: int = 50) -> list[Directive]:
    """Directives whose number, issuer or subject contains every word of ``q`` (accents ignored)."""
    cond = folded_like(Directive.folded, q)
    if cond is None:
        return []
    stmt = select(Directive).where(cond).order_by(col(Directive.issued_on).desc(), col(Directive.id).desc())
    return list(session.exec(stmt.limit(limit)).all())


def search_tasks(*, session: Session, q: str, limit: int = 50) -> list[Task]:
    """Tasks whose text contains every word of ``q`` (accents ignored)."""
    cond = folded_like(Task.folded, q)
    if cond is None:
        return []
    stmt = select(Task).where(cond, col(Task.merged_into_id).is_(None)).order_by(col(Task.id))
    return list(session.exec(stmt.limit(limit)).all())
