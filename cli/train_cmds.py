"""``chidao train``: retrain the task classifier from the gold and corpus data and write its artefact."""

from __future__ import annotations

from pathlib import Path

import typer


def register(app: typer.Typer) -> None:
    """Add this module's commands to ``app``."""

    @app.command("train")
    def train_cmd(
        out: Path = typer.Option(None, "--out", help="Directory for model.json (default: nlp/artefacts/tasks)."),
        gold: Path = typer.Option(None, "--gold", help="Gold directory with NAME.txt + NAME.json."),
        corpus: list[Path] = typer.Option(None, "--corpus", help="Unlabelled corpus directories (weak labels)."),
        weak_limit: int = typer.Option(250, "--weak-limit", help="At most this many corpus texts."),
    ) -> None:
        """Retrain the task model (gold units + weakly labelled corpus units) and write the artefact."""
        from nlp.tasks import ARTEFACT_DIR
        from nlp.training import train

        path, meta = train(out or ARTEFACT_DIR, gold_dir=gold, corpus_dirs=corpus or None, weak_limit=weak_limit)
        typer.echo(f"wrote {path}")
        for key, value in meta.items():
            typer.echo(f"  {key}: {value}")
