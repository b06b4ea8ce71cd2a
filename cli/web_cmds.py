"""``chidao serve`` (the web application) and ``chidao users add|list|demo`` (accounts)."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

import typer

users_app = typer.Typer(help="Tài khoản người dùng (user accounts).", no_args_is_help=True)


def _settings(db: str | None):  # noqa: ANN202 - store.settings.Settings, imported lazily
    from store.settings import Settings

    return Settings(db=db) if db else Settings()


def _engine(db: str | None):  # noqa: ANN202
    from store.db import init_db, make_engine

    settings = _settings(db)
    engine = make_engine(settings.db)
    init_db(engine)
    return settings, engine


# The demo accounts made by ``chidao users demo``: one per role.
DEMO_ACCOUNTS = (("thu-ky", "clerk"), ("quan-ly", "manager"), ("kiem-toan", "auditor"), ("quan-tri", "admin"))


def _secret_file(db_url: str) -> Path:
    """Where the generated secret key is kept: beside a SQLite file, else in the user data directory."""
    from sqlalchemy.engine import make_url

    from store.settings import data_dir

    url = make_url(db_url)
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        return Path(url.database).expanduser().resolve().parent / "chidao.secret"
    return data_dir() / "secret_key"


def stable_secret(settings):  # noqa: ANN001, ANN201 - store.settings.Settings in and out
    """``settings`` with a secret key that outlives the process, so logins survive a restart.

    ``CHIDAO_SECRET_KEY`` wins; without it a random key is generated once and kept (mode 0600)
    in ``chidao.secret`` beside the SQLite database (or in the user data directory).
    """
    if os.environ.get("CHIDAO_SECRET_KEY"):
        return settings
    path = _secret_file(settings.db)
    if path.exists():
        key = path.read_text(encoding="utf-8").strip()
    else:
        key = ""
    if len(key) < 16:
        key = secrets.token_hex(32)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(key + "\n")
    return settings.model_copy(update={"secret_key": key})


def serve(
    host: str = typer.Option("127.0.0.1", help="Address to listen on."),
    port: int = typer.Option(8000, help="Port to listen on."),
    db: str | None = typer.Option(None, help="Database URL (default: CHIDAO_DB or the user data directory)."),
) -> None:
    """Start the web application and print its URL."""
    import uvicorn

    from web.app import create_app

    settings, engine = _engine(db)
    app = create_app(stable_secret(settings), engine=engine)
    shown = f"[{host}]" if ":" in host else host
    typer.echo(f"chidao: http://{shown}:{port}/  (Ctrl+C để dừng)")
    uvicorn.run(app, host=host, port=port, log_level="warning")


@users_app.command("add")
def users_add(
    name: str = typer.Argument(..., help="Login name."),
    role: str = typer.Option(..., "--role", help="clerk | manager | auditor | admin"),
    password: str | None = typer.Option(None, "--password", help="Asked for when not given."),
    db: str | None = typer.Option(None, help="Database URL."),
) -> None:
    """Create a user (the password is asked for, hidden, when not given)."""
    from store.db import session_scope
    from store.users import UserError, create_user

    if password is None:
        password = typer.prompt("Mật khẩu", hide_input=True, confirmation_prompt=True)
    _settings_obj, engine = _engine(db)
    try:
        with session_scope(engine) as session:
            user = create_user(session=session, name=name, role=role, password=password)
            typer.echo(f"Đã tạo người dùng {user.name} ({user.role}).")
    except UserError as e:
        typer.echo(f"Lỗi: {e}", err=True)
        raise typer.Exit(code=2) from e


@users_app.command("list")
def users_list(db: str | None = typer.Option(None, help="Database URL.")) -> None:
    """List users with their role and whether they are active."""
    from store.db import session_scope
    from store.users import list_users

    _settings_obj, engine = _engine(db)
    with session_scope(engine) as session:
        for u in list_users(session=session):
            typer.echo(f"{u.name}\t{u.role}\t{'active' if u.active else 'disabled'}")


@users_app.command("demo")
def users_demo(
    host: str = typer.Option("127.0.0.1", help="Host shown in the login address."),
    port: int = typer.Option(8000, help="Port shown in the login address."),
    db: str | None = typer.Option(None, help="Database URL."),
) -> None:
    """Create or reset the four demo accounts (one per role) with one new password, printed once."""
    from store.db import session_scope
    from store.users import upsert_user

    password = secrets.token_urlsafe(12)
    _settings_obj, engine = _engine(db)
    with session_scope(engine) as session:
        made = [upsert_user(session=session, name=name, role=role, password=password) for name, role in DEMO_ACCOUNTS]
        ids = [u.id for u, _created in made]
    _end_sessions(engine, ids)
    shown = f"[{host}]" if ":" in host else host
    typer.echo("Tài khoản thử (demo accounts) — mật khẩu chung, chỉ hiện một lần:")
    for (user, created), (_n, role) in zip(made, DEMO_ACCOUNTS, strict=True):
        typer.echo(f"  {user.name:<10} {role:<8} {'tạo mới' if created else 'đặt lại'}")
    typer.echo(f"Mật khẩu / password: {password}")
    typer.echo(f"Đăng nhập tại http://{shown}:{port}/login")


def _end_sessions(engine, user_ids: list[int | None]) -> None:  # noqa: ANN001
    """Log the reset accounts out everywhere (their old password no longer holds)."""
    from web.sessions import SessionStore

    store = SessionStore(engine)
    for uid in user_ids:
        if uid is not None:
            store.drop_user(uid)


def register(app: typer.Typer) -> None:
    """Add ``serve`` and the ``users`` group to ``app``."""
    app.command("serve")(serve)
    app.add_typer(users_app, name="users")
