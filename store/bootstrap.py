"""Reference data a new database needs before the first directive: the body registry and the taxonomy."""

from __future__ import annotations

from sqlmodel import Session, col, select

from models.tables import Body, Criterion


def ensure_reference_data(*, session: Session) -> dict[str, int]:
    """Load the body registry and the indicator taxonomy where the database has none (no commit).

    Returns:
        How many registry entries / taxonomy rows were loaded (``{}`` when both were there).
    """
    from store.bodies import seed_registry
    from store.indicators import load_taxonomy

    done: dict[str, int] = {}
    if session.exec(select(Body.id).where(col(Body.proposed).is_(False)).limit(1)).first() is None:
        done["bodies"] = seed_registry(session=session)
    if session.exec(select(Criterion.id).limit(1)).first() is None:
        done["criteria"] = load_taxonomy(session=session)
    return done
