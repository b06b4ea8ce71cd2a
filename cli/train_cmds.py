"""``chidao train``: retrain the task classifiers from the gold and corpus data and write their artefacts."""

from __future__ import annotations

from pathlib import Path

import typer


def register(app: typer.Typer) -> None:
    """Add this module's commands to ``app``."""

    @app.command("train")
    def train_cmd(
        out: Path = typer.Option(None, "--out", help="Directory for model.json (default: nlp/artefacts/tasks)."),
        textcat_out: Path = typer.Option(
            None, "--textcat-out",
            help="Directory for the spaCy text classifier (default: nlp/artefacts/textcat, or OUT/textcat with --out)."),
        gold: list[Path] = typer.Option(
            None, "--gold", help="Gold directories with NAME.txt + NAME.json (repeatable; default: the shared dev "
                                 "gold and bench/gold2 … gold8)."),
        corpus: list[Path] = typer.Option(None, "--corpus", help="Unlabelled corpus directories (weak labels)."),
        weak_limit: int = typer.Option(250, "--weak-limit", help="At most this many corpus texts."),
    ) -> None:
        """Retrain the text classifier and the task model (gold + weakly labelled corpus units); write both."""
        from nlp.tasks import ARTEFACT_DIR
        from nlp.training import train

        path, meta = train(out or ARTEFACT_DIR, gold_dirs=gold or None, corpus_dirs=corpus or None, weak_limit=weak_limit,
                           textcat_dir=textcat_out)
        typer.echo(f"wrote {path}")
        for key, value in meta.items():
            typer.echo(f"  {key}: {value}")
