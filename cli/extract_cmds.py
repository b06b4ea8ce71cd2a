"""``chidao extract`` and ``chidao evaluate``: extraction without a database."""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

SUPPORTED = (".txt", ".html", ".htm", ".docx", ".pdf")


class OutputFormat(str, Enum):
    json = "json"
    table = "table"


def expand_paths(paths: list[Path]) -> list[Path]:
    """Files as given, and the supported files inside directories (sorted)."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out += sorted(f for f in p.iterdir() if f.is_file() and f.suffix.lower() in SUPPORTED)
        else:
            out.append(p)
    return out


def _task_table(name: str, data: dict) -> Table:
    d = data["directive"]
    title = f"{name}: {d.get('doc_type')} {d.get('number') or ''} — {d.get('issuer') or ''} {d.get('issued_on') or ''}"
    table = Table(title=title, show_lines=True)
    for col in ("id", "task", "lead", "support", "deadline", "targets"):
        table.add_column(col, overflow="fold")
    for t in data["tasks"]:
        bodies = t.get("bodies") or []
        dl = t.get("deadline") or {}
        targets = [f"{g['comparator']} {g['value'] if g['value'] is not None else ''}{g['unit']}"
                   for g in data["targets"] if g.get("task") == t["id"]]
        table.add_row(
            t["id"], " ".join(data["_text"][t["span"][0]:t["span"][1]].split())[:220],
            "; ".join(b["name"] for b in bodies if b["role"] == "lead"),
            "; ".join(b["name"] for b in bodies if b["role"] == "support"),
            " ".join(x for x in (dl.get("date"), dl.get("kind"), dl.get("rule")) if x),
            ", ".join(targets),
        )
    return table


def register(app: typer.Typer) -> None:
    @app.command()
    def extract(
        paths: list[Path] = typer.Argument(..., help="Files or directories (.txt .html .docx .pdf)."),
        output_format: OutputFormat = typer.Option(OutputFormat.json, "--format", help="json or table."),
        out: Path | None = typer.Option(None, "--out", help="Write DIR/<stem>.json for each input."),
    ) -> None:
        """Extract tasks, bodies, deadlines and targets from directive files (no database)."""
        from ingest import read
        from ingest.errors import IngestError
        from nlp import extract as run_extract

        console, err = Console(), Console(stderr=True)
        files, failures = expand_paths(paths), 0
        if out is not None:
            out.mkdir(parents=True, exist_ok=True)
        for path in files:
            try:
                document = read(path)
            except IngestError as e:
                err.print(f"[red]error[/red] {e}", markup=True, highlight=False, soft_wrap=True)
                failures += 1
                continue
            data = run_extract(document).to_json_dict()
            if out is not None:
                (out / f"{path.stem}.json").write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
            if output_format is OutputFormat.table:
                console.print(_task_table(path.name, {**data, "_text": document.text}))
            elif out is None:
                typer.echo(json.dumps(data, ensure_ascii=False, indent=1))
        if out is not None:
            err.print(f"wrote {len(files) - failures} file(s) to {out}", highlight=False)
        if failures:
            raise typer.Exit(1)

    @app.command()
    def evaluate(
        gold_dir: Path = typer.Argument(..., exists=True, file_okay=False, help="Folder of NAME.txt + NAME.json gold."),
        explain: bool = typer.Option(False, "--explain", help="List every miss and extra."),
        pred: Path | None = typer.Option(None, "--pred", help="Score these NAME.json predictions instead of extracting."),
        json_out: Path | None = typer.Option(None, "--json", help="Also write the scores as JSON."),
    ) -> None:
        """Score the extractor (or saved predictions) on gold files, by the rules of FORMAT.md."""
        from nlp.evaluate import evaluate as run_evaluate

        def predict(name: str, text_path: Path) -> dict | None:
            if pred is not None:
                p = pred / f"{name}.json"
                return json.loads(p.read_text(encoding="utf-8")) if p.exists() else None
            from ingest import read
            from nlp import extract as run_extract

            return run_extract(read(text_path)).to_json_dict() if text_path.exists() else None

        report = run_evaluate(gold_dir, predict)
        if explain:
            for line in report.notes:
                typer.echo(line if line.startswith("==") else "    " + line)
        for line in report.lines():
            typer.echo(line)
        if json_out is not None:
            json_out.write_text(json.dumps(report.as_dict(), indent=1), encoding="utf-8")
