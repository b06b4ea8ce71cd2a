"""The Typer application. Each ``cli/*_cmds.py`` module adds its commands through ``register(app)``."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

import typer

from cli import extract_cmds, indicator_cmds, store_cmds, train_cmds, web_cmds

app = typer.Typer(
    name="chidao",
    help="Turn Vietnamese directives into trackable commitments.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def chidao_version() -> str:
    try:
        return version("chidao")
    except PackageNotFoundError:  # running from a checkout that is not installed
        return "0+unknown"


def _version_callback(value: bool) -> None:
    if value:
        typer.echo(f"chidao {chidao_version()}")
        raise typer.Exit()


@app.callback()
def main(
    show_version: bool = typer.Option(
        False, "--version", callback=_version_callback, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    """chidao: read directives, extract tasks, bodies, deadlines and targets, track them."""


for _module in (extract_cmds, store_cmds, web_cmds, indicator_cmds, train_cmds):
    _module.register(app)
