"""Directive queries: list, get, find by file hash or number, the reference chain up and down."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func
from sqlmodel import Session, col, select

from models.tables import Directive, Reference, SourceFile, Task
from store.errors import NotFound
from store.keys import number_key
from store.search import folded_like


@dataclass(frozen=True)
class DirectivePage:
    items: list[Directive]
    count: int
    task_counts: dict[int, int]


def get_directive(*, session: Session, directive_id: int) -> Directive:
    """The directive with this id, or :class:`NotFound`."""
    d = session.get(Directive, directive_id)
    if d is None:
        raise NotFound(f"directive {directive_id} does not exist")
    return d


def find_by_sha256(*, session: Session, sha256: str) -> Directive | None:
    """The directive read from the file with this SHA-256."""
    return session.exec(
        select(Directive).join(SourceFile, col(SourceFile.id) == Directive.source_file_id).where(SourceFile.sha256 == sha256)
    ).first()


def find_by_number(*, session: Session, number: str) -> list[Directive]:
    """Directives with this number, however it is typed (``4085/UBND-DT`` finds ``4085/UBND-ĐT``)."""
    return list(session.exec(select(Directive).where(Directive.number_key == number_key(number))
                             .order_by(col(Directive.id))).all())


def get_by_number(*, session: Session, number: str) -> Directive:
    """The one directive with this number, or :class:`NotFound`."""
    found = find_by_number(session=session, number=number)
    if not found:
        raise NotFound(f"no directive numbered {number!r}; list them with `chidao directives`")
    return found[-1]


def list_directives(
    *, session: Session, q: str | None = None, doc_type: str | None = None, limit: int = 50, offset: int = 0
) -> DirectivePage:
    """Directives, newest first, with their (unmerged) task counts."""
    stmt = select(Directive)
    if q and (cond := folded_like(Directive.folded, q)) is not None:
        stmt = stmt.where(cond)
    if doc_type:
        stmt = stmt.where(Directive.doc_type == doc_type)
    count = session.exec(select(func.count()).select_from(stmt.subquery())).one()
    items = list(session.exec(stmt.order_by(col(Directive.issued_on).desc(), col(Directive.id).desc())
                              .offset(offset).limit(limit)).all())
    ids = [d.id for d in items]
    counts = dict(session.exec(
        select(Task.directive_id, func.count()).where(col(Task.directive_id).in_(ids), col(Task.merged_into_id).is_(None))
        .group_by(Task.directive_id)
    ).all()) if ids else {}
    return DirectivePage(items=items, count=count, task_counts={i: counts.get(i, 0) for i in ids})


def cited_by(*, session: Session, directive_id: int) -> list[Directive]:
    """Directives that cite this one (down the chain: those implementing it)."""
    stmt = (select(Directive).join(Reference, col(Reference.directive_id) == Directive.id)
            .where(Reference.target_id == directive_id).order_by(col(Directive.id)))
    out: dict[int, Directive] = {}
    for d in session.exec(stmt).all():
        out.setdefault(d.id, d)  # type: ignore[arg-type]
    return list(out.values())


def cites(*, session: Session, directive_id: int) -> list[Reference]:
    """What this directive cites (up the chain); ``target_id`` set where the cited one is stored."""
    return list(session.exec(select(Reference).where(Reference.directive_id == directive_id)
                             .order_by(col(Reference.start), col(Reference.id))).all())


def reference_chain(*, session: Session, directive_id: int, direction: str = "up", depth: int = 10) -> list[Directive]:
    """Stored directives reached by following references ``up`` (cited) or ``down`` (citing), breadth first."""
    seen = {directive_id}
    frontier = [directive_id]
    out: list[Directive] = []
    for _ in range(depth):
        nxt: list[int] = []
        for did in frontier:
            if direction == "up":
                targets = [r.target_id for r in cites(session=session, directive_id=did) if r.target_id]
                found = [session.get(Directive, t) for t in targets]
            else:
                found = cited_by(session=session, directive_id=did)
            for d in found:
                if d is not None and d.id not in seen:
                    seen.add(d.id)
                    out.append(d)
                    nxt.append(d.id)
        if not nxt:
            break
        frontier = nxt
    return out
