"""``chidao indicators [CODE]``: the indices with their commitment counts, or one criterion tree with roll-ups."""

from __future__ import annotations

import json
from datetime import date

import typer


def _db_url(db: str | None) -> str:
    if db:
        return db
    from store.settings import Settings

    return Settings().db


def indicators(
    code: str | None = typer.Argument(None, help="An index or criterion code (PAR, PAR.3, QD766.2 ...)."),
    db: str | None = typer.Option(None, "--db", help="Database URL (default: $CHIDAO_DB, else the user data directory)."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
    today: str | None = typer.Option(None, "--today", help="Reference day for 'overdue' (YYYY-MM-DD)."),
) -> None:
    """Without CODE: the indices with their commitments; with CODE: its criterion tree with roll-ups."""
    from sqlmodel import Session

    from store.db import make_engine
    from store.indicators import load_taxonomy, rollup

    try:
        day = date.fromisoformat(today) if today else None
    except ValueError as e:
        raise typer.BadParameter(f"--today {today!r} is not a date; use YYYY-MM-DD.") from e
    engine = make_engine(_db_url(db))
    try:
        with Session(engine) as session:
            load_taxonomy(session=session)  # the taxonomy rows are data the tree needs; kept in sync
            session.commit()
            if code is None:
                rows = [r for r in rollup(session=session, today=day) if r.parent_code is None]
            else:
                head = code.split(".")[0].upper()
                rows = [r for r in rollup(session=session, index_code=head, today=day)
                        if r.code == code or r.code.startswith(code + ".")]
                if not rows:
                    typer.echo(f"E302 unknown indicator code {code!r}; run `chidao indicators` for the indices.", err=True)
                    raise typer.Exit(code=2)
    finally:
        engine.dispose()
    if as_json:
        typer.echo(json.dumps([r.as_dict() for r in rows], ensure_ascii=False, indent=1))
        return
    typer.echo(f"{'code':<12} {'commitments':>11} {'done':>5} {'overdue':>7}  name")
    base = min(r.depth for r in rows)
    for r in rows:
        indent = "  " * (r.depth - base)
        typer.echo(f"{indent + r.code:<12} {r.commitments:>11} {r.done:>5} {r.overdue:>7}  {r.name[:80]}")


def register(app: typer.Typer) -> None:
    """Add this module's commands to ``app``."""
    app.command("indicators")(indicators)
