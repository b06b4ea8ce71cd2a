"""Dev harness for the task half: outline + task classifier on the gold dev texts, scored by score.py.

usage: python -m bench.tasks_dev [--gold DIR] [--out DIR] [--lodo] [--explain]

Writes one prediction JSON per gold file (``{"directive": {}, "tasks": [...], "targets": []}``)
and prints the ``tasks`` row of the reference scorer. ``--lodo`` retrains the model once per
document without that document's gold (weak corpus labels kept) and scores those predictions,
so the number says how the model does on texts it has not seen.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from nlp.structure import parse_outline
from nlp.tasks import TaskModel, classify_units, load_model
from nlp.training import SHARED, Example, fit, gold_examples, text_document, weak_examples


def predict(text: str, name: str, model: TaskModel) -> dict:
    """The prediction JSON of one text (tasks only; bodies left to the pipeline)."""
    units = parse_outline(text_document(text, name))
    decisions = classify_units(text, units, model=model)
    tasks = []
    for u, d in zip(units, decisions):
        if d.is_task:
            tasks.append({"id": f"t{len(tasks) + 1}", "span": [u.start, u.end], "bodies": [],
                          "confidence": d.score, "evidence": d.evidence, "unit": u.kind})
    return {"directive": {}, "tasks": tasks, "targets": []}


def run_scorer(gold: Path, pred: Path, explain: bool) -> dict:
    score_py = gold.parent / "score.py"
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as tmp:
        out = Path(tmp.name)
    cmd = [sys.executable, str(score_py), str(gold), str(pred), "--json", str(out)]
    if explain:
        cmd.append("--explain")
    res = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if explain:
        print(res.stdout)
    return json.loads(out.read_text(encoding="utf-8"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=SHARED / "gold" / "dev")
    ap.add_argument("--out", type=Path, default=Path(tempfile.mkdtemp(prefix="tasks_dev_")))
    ap.add_argument("--lodo", action="store_true", help="leave-one-document-out retraining")
    ap.add_argument("--explain", action="store_true")
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    names = sorted(p.stem for p in args.gold.glob("*.json"))
    if args.lodo:
        gold = gold_examples(args.gold)
        texts = [(args.gold / f"{n}.txt").read_text(encoding="utf-8") for n in names]
        weak = weak_examples([SHARED / "corpus" / "directives", SHARED / "corpus" / "bulk"], texts)
        for n, text in zip(names, texts):
            train: list[Example] = [e for e in gold if e.doc != n] + weak
            pred = predict(text, n, fit(train))
            (args.out / f"{n}.json").write_text(json.dumps(pred, ensure_ascii=False), encoding="utf-8")
    else:
        model = load_model()
        for n in names:
            text = (args.gold / f"{n}.txt").read_text(encoding="utf-8")
            pred = predict(text, n, model)
            (args.out / f"{n}.json").write_text(json.dumps(pred, ensure_ascii=False), encoding="utf-8")
    report = run_scorer(args.gold, args.out, args.explain)
    row = report.get("tasks") or report.get("micro", {}).get("tasks") or report
    print(("LODO " if args.lodo else "dev ") + "tasks:", json.dumps(row))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
