"""Engine, schema migration and the unit of work.

No module-level engine: callers make one with :func:`make_engine` and pass it around.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Engine, make_url
from sqlmodel import Session, create_engine

STORE_DIR = Path(__file__).resolve().parent


def make_engine(url: str, *, echo: bool = False, **kwargs: object) -> Engine:
    """Create an engine for ``url``.

    SQLite: the parent directory of the file is created, foreign keys are enforced and the
    journal is WAL (file databases). PostgreSQL: ``postgresql://`` is read as ``+psycopg``.

    Args:
        url: ``sqlite:///path``, ``sqlite://`` (memory) or ``postgresql+psycopg://...``.
        echo: log SQL.
        **kwargs: passed to ``create_engine`` (``connect_args``, ``poolclass`` ...).

    Returns:
        The engine.
    """
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://"):]
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        db = parsed.database
        if db and db != ":memory:" and not db.startswith("file:"):
            Path(db).expanduser().parent.mkdir(parents=True, exist_ok=True)
        connect_args = dict(kwargs.pop("connect_args", None) or {})  # type: ignore[call-overload]
        connect_args.setdefault("check_same_thread", False)
        connect_args.setdefault("timeout", 5.0)  # seconds a writer waits for another's lock
        engine = create_engine(url, echo=echo, connect_args=connect_args, **kwargs)
        file_db = bool(db) and db != ":memory:"

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):  # noqa: ANN001
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            if file_db:
                cur.execute("PRAGMA journal_mode=WAL")
            cur.close()

        return engine
    return create_engine(url, echo=echo, pool_pre_ping=True, **kwargs)


def alembic_config(engine: Engine | None = None):  # noqa: ANN201 - alembic type is optional here
    """The Alembic configuration of ``store/alembic.ini`` with the script location resolved."""
    from alembic.config import Config

    cfg = Config(str(STORE_DIR / "alembic.ini"))
    cfg.set_main_option("script_location", str(STORE_DIR / "migrations"))
    if engine is not None:
        cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%"))
    return cfg


def init_db(engine: Engine, *, revision: str = "head") -> None:
    """Bring the schema to ``revision`` (``alembic upgrade head``); migrations are the schema source."""
    from alembic import command

    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def current_revision(engine: Engine) -> str | None:
    """The Alembic revision the database is at (``None`` when never migrated)."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """One transaction: commit when the block succeeds, roll back when it raises.

    Examples:
        >>> with session_scope(engine) as session:  # doctest: +SKIP
        ...     save_extraction(session=session, document=doc, extraction=ex)
    """
    session = Session(engine, expire_on_commit=False)
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
