"""The body registry: canonical names, aliases, hierarchy, validity in time.

Bodies named by an extraction are matched by :func:`store.keys.body_key` against each body's
key and its aliases' keys; an unknown name is added with ``proposed=True`` until an admin
confirms it. The registry is seeded from ``nlp/patterns/registry_seed.yaml`` when that file exists.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import yaml
from sqlmodel import Session, col, select

from models.tables import Body
from store.errors import InvalidData, NotFound
from store.keys import body_key, search_fold

SEED_PATH = Path(__file__).resolve().parent.parent / "nlp" / "patterns" / "registry_seed.yaml"
_CACHE = "chidao_body_keys"


def _key_map(session: Session) -> dict[str, int]:
    cache = session.info.get(_CACHE)
    if cache is None:
        cache = {}
        for body in session.exec(select(Body)).all():
            for alias in body.aliases or []:
                cache.setdefault(body_key(alias), body.id)
            cache[body.key] = body.id
        session.info[_CACHE] = cache
    return cache


def find_body(*, session: Session, name: str) -> Body | None:
    """The registered body whose key or an alias key equals the key of ``name``."""
    key = body_key(name)
    body_id = _key_map(session).get(key)
    if body_id is None:
        return None
    body = session.get(Body, body_id)
    if body is None:  # the cache outlived a rolled-back transaction: rebuild it
        session.info.pop(_CACHE, None)
        body_id = _key_map(session).get(key)
        body = session.get(Body, body_id) if body_id is not None else None
    return body


def get_or_propose(*, session: Session, name: str) -> Body:
    """The registered body for ``name``, adding it as ``proposed`` when unknown."""
    found = find_body(session=session, name=name)
    if found is not None:
        return found
    key = body_key(name)
    if not key:
        raise InvalidData(f"body name {name!r} has no letters; expected an agency name such as 'Sở Nội vụ'")
    body = Body(name=name.strip(), key=key, proposed=True)
    session.add(body)
    session.flush()
    _key_map(session)[key] = body.id
    return body


def add_body(
    *,
    session: Session,
    name: str,
    aliases: list[str] | None = None,
    parent: str | None = None,
    level: str | None = None,
    valid_from: date | None = None,
    valid_to: date | None = None,
) -> Body:
    """Add or update a confirmed body (aliases merged, ``proposed`` cleared)."""
    body = find_body(session=session, name=name)
    if body is None:
        body = Body(name=name.strip(), key=body_key(name))
        session.add(body)
    merged = list(dict.fromkeys([*(body.aliases or []), *(aliases or [])]))
    body.aliases = merged
    body.proposed = False
    body.level = level or body.level
    body.valid_from = valid_from or body.valid_from
    body.valid_to = valid_to or body.valid_to
    if parent:
        body.parent_id = get_or_propose(session=session, name=parent).id
    session.flush()
    cache = _key_map(session)
    cache[body.key] = body.id
    for alias in merged:
        cache.setdefault(body_key(alias), body.id)
    return body


def _date(v: Any) -> date | None:
    if v is None or isinstance(v, date):
        return v
    return date.fromisoformat(str(v))


SECTION_LEVELS = {"central": "central", "provincial_departments": "province", "district_bodies": "district",
                  "commune_bodies": "commune", "bodies": None}


def _province_entries(data: dict[str, Any]) -> list[dict[str, Any]]:
    """People's Committees of the provincial units (``provinces:``), ended on ``merge_date`` when merged."""
    merge = _date(data.get("merge_date"))
    out = []
    for p in data.get("provinces") or []:
        word = "Thành phố" if p.get("kind") == "thanh_pho" else "tỉnh"
        entry: dict[str, Any] = {"name": f"Ủy ban nhân dân {word} {p['name']}", "level": "province",
                                 "aliases": [f"UBND {word} {p['name']}"]}
        if p.get("merged_into") and merge is not None:
            entry["valid_to"] = merge.fromordinal(merge.toordinal() - 1)
        out.append(entry)
    return out


def seed_entries(data: Any) -> list[dict[str, Any]]:
    """Registry entries of a seed document: a list, ``{bodies: [...]}`` or the sectioned layout of
    ``nlp/patterns/registry_seed.yaml`` (``central``, ``provincial_departments``, ``district_bodies``,
    ``commune_bodies``, ``provinces``)."""
    if isinstance(data, list):
        data = {"bodies": data}
    entries: list[dict[str, Any]] = []
    for section, level in SECTION_LEVELS.items():
        for item in data.get(section) or []:
            entry = {"name": item} if isinstance(item, str) else dict(item)
            if level and not entry.get("level"):
                entry["level"] = level
            entries.append(entry)
    return entries + _province_entries(data)


def seed_registry(*, session: Session, path: Path | None = None) -> int:
    """Load the seed file into the registry (confirmed bodies); returns how many entries were read.

    Each entry: ``name`` and optionally ``aliases``, ``parent``, ``level``, ``valid_from``, ``valid_to``.
    A missing file seeds nothing; seeding twice changes nothing.
    """
    path = path or SEED_PATH
    if not path.exists():
        return 0
    with path.open(encoding="utf-8") as fh:
        entries = seed_entries(yaml.safe_load(fh) or [])
    for entry in entries:
        add_body(
            session=session,
            name=entry["name"],
            aliases=[str(a) for a in entry.get("aliases") or []],
            parent=entry.get("parent"),
            level=entry.get("level"),
            valid_from=_date(entry.get("valid_from")),
            valid_to=_date(entry.get("valid_to")),
        )
    return len(entries)


def list_bodies(
    *, session: Session, q: str | None = None, proposed: bool | None = None, on: date | None = None
) -> list[Body]:
    """Bodies by name; ``q`` matches the folded key, ``on`` keeps those valid on that date."""
    stmt = select(Body).order_by(col(Body.name))
    if q:
        stmt = stmt.where(col(Body.key).contains(body_key(q) or search_fold(q), autoescape=True))
    if proposed is not None:
        stmt = stmt.where(Body.proposed == proposed)
    if on is not None:
        stmt = stmt.where((col(Body.valid_from).is_(None)) | (col(Body.valid_from) <= on))
        stmt = stmt.where((col(Body.valid_to).is_(None)) | (col(Body.valid_to) >= on))
    return list(session.exec(stmt).all())


def confirm_body(*, session: Session, body_id: int) -> Body:
    """Mark a proposed body as confirmed."""
    body = session.get(Body, body_id)
    if body is None:
        raise NotFound(f"body {body_id} does not exist")
    body.proposed = False
    session.add(body)
    return body
