"""``chidao serve`` (the web application) and ``chidao users add|list`` (accounts)."""

from __future__ import annotations

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


def serve(
    host: str = typer.Option("127.0.0.1", help="Address to listen on."),
    port: int = typer.Option(8000, help="Port to listen on."),
    db: str | None = typer.Option(None, help="Database URL (default: CHIDAO_DB or the user data directory)."),
) -> None:
    """Start the web application and print its URL."""
    import uvicorn

    from web.app import create_app

    settings, engine = _engine(db)
    app = create_app(settings, engine=engine)
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


def register(app: typer.Typer) -> None:
    """Add ``serve`` and the ``users`` group to ``app``."""
    app.command("serve")(serve)
    app.add_typer(users_app, name="users")
