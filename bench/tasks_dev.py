"""Dev harness for the task half: outline + task classifier on the gold dev texts, scored by score.py.

usage: python -m bench.tasks_dev [--gold DIR] [--out DIR] [--lodo [--no-textcat | --mix A,B]] [--explain]

Writes one prediction JSON per gold file (``{"directive": {}, "tasks": [...], "targets": []}``)
and prints the ``tasks`` row of the reference scorer. ``--lodo`` retrains the model once per
document without that document's gold (weak corpus labels kept) and scores those predictions,
so the number says how the model does on texts it has not seen.

Under ``--lodo`` the spaCy text classifier is retrained per fold too: fold ``d`` holds gold
document ``d`` and a share of the corpus documents; the classifier of fold ``d`` scores document
``d``, and its out-of-fold scores of every training row feed the regression (stacking, as
``chidao train`` does). ``--no-textcat`` is the regression alone; ``--mix A,B`` also scores, from
the same fold classifiers, the plain regression's probability averaged with the classifier's
(weight ``A``, ``B`` on the classifier) and the plain regression.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from nlp.structure import parse_outline
from nlp.tasks import TaskDecision, TaskModel, classify_units, load_model
from nlp.textcat import DocCache, TextCat, group_folds, load_textcat, train_textcat
from nlp.training import SHARED, Example, fit, gold_examples, text_document, weak_examples, with_textcat


def predict(text: str, name: str, model: TaskModel, textcat: TextCat | None = None, mix: float = 0.0) -> dict:
    """The prediction JSON of one text (tasks only; bodies left to the pipeline)."""
    units = parse_outline(text_document(text, name))
    decisions = classify_units(text, units, model=model, textcat=textcat)
    if mix and textcat is not None:
        decisions = _mixed(text, units, decisions, textcat, mix, model.threshold)
    tasks = []
    for u, d in zip(units, decisions, strict=True):
        if d.is_task:
            tasks.append({"id": f"t{len(tasks) + 1}", "span": [u.start, u.end], "bodies": [],
                          "confidence": d.score, "evidence": d.evidence, "unit": u.kind})
    return {"directive": {}, "tasks": tasks, "targets": []}


def _mixed(text: str, units: list, decisions: list[TaskDecision], textcat: TextCat, mix: float,
           threshold: float) -> list[TaskDecision]:
    idx = [i for i, d in enumerate(decisions) if d.score > 0.0]
    tc = dict(zip(idx, textcat.score_units(text, [units[i] for i in idx]), strict=True))
    out = []
    for i, d in enumerate(decisions):
        if i not in tc:
            out.append(d)
            continue
        p = (1 - mix) * d.score + mix * tc[i]
        out.append(TaskDecision(p >= threshold, round(p, 4), [*d.evidence, f"textcat={tc[i]:.2f}"]))
    return out


def lodo_textcat(gold: list[Example], weak: list[Example], names: list[str]) -> tuple[list[float], dict[str, TextCat]]:
    """Per-fold classifiers (fold d = gold document d + a share of corpus documents) and OOF scores."""
    fold_of = {n: k for k, n in enumerate(names)}
    weak_folds = group_folds([e.doc for e in weak], len(names))
    examples = gold + weak
    folds = [fold_of[e.doc] for e in gold] + weak_folds
    cache = DocCache()
    scores = [0.5] * len(examples)
    models: dict[str, TextCat] = {}
    for n, k in fold_of.items():
        train_idx = [i for i, f in enumerate(folds) if f != k]
        held = [i for i, f in enumerate(folds) if f == k]
        tc = train_textcat([examples[i].text for i in train_idx], [examples[i].label for i in train_idx],
                           [examples[i].weight for i in train_idx], cache=cache)
        for i, sc in zip(held, tc.scores([examples[i].text for i in held], cache([examples[i].text for i in held])), strict=True):
            scores[i] = sc
        models[n] = tc
    return scores, models


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
    ap.add_argument("--no-textcat", action="store_true", help="LODO of the regression alone")
    ap.add_argument("--mix", default="", help="LODO: also average with the textcat, e.g. 0.2,0.35")
    ap.add_argument("--explain", action="store_true")
    ap.add_argument("--model", type=Path, default=None,
                    help="directory of a model.json (+ textcat/) trained by `chidao train --out` (default: shipped)")
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    names = sorted(p.stem for p in args.gold.glob("*.json"))
    if not args.lodo:
        model = load_model(str(args.model)) if args.model else load_model()
        textcat = load_textcat(str(args.model / "textcat")) if args.model else None
        for n in names:
            text = (args.gold / f"{n}.txt").read_text(encoding="utf-8")
            pred = predict(text, n, model, textcat)
            (args.out / f"{n}.json").write_text(json.dumps(pred, ensure_ascii=False), encoding="utf-8")
        _report("dev", args.gold, args.out, args.explain)
        return 0
    gold = gold_examples(args.gold)
    texts = [(args.gold / f"{n}.txt").read_text(encoding="utf-8") for n in names]
    weak = weak_examples([SHARED / "corpus" / "directives", SHARED / "corpus" / "bulk"], texts)
    rows = gold + weak
    runs: list[tuple[str, list[Example], dict, float]] = []
    plain: dict = dict.fromkeys(names)
    if args.no_textcat:
        runs.append(("LODO", rows, plain, 0.0))
    else:
        scores, fitted = lodo_textcat(gold, weak, names)
        runs.append(("LODO", with_textcat(rows, scores), fitted, 0.0))
        runs += [(f"LODO mix={m}", rows, fitted, float(m)) for m in args.mix.split(",") if m]
        if args.mix:
            runs.append(("LODO no-textcat", rows, plain, 0.0))
    for label, train_rows, tcs, mix in runs:
        out = args.out / label.replace(" ", "_").replace("=", "")
        out.mkdir(parents=True, exist_ok=True)
        for n, text in zip(names, texts, strict=True):
            pred = predict(text, n, fit([e for e in train_rows if e.doc != n]), tcs[n], mix)
            (out / f"{n}.json").write_text(json.dumps(pred, ensure_ascii=False), encoding="utf-8")
        _report(label, args.gold, out, args.explain)
    return 0


def _report(label: str, gold: Path, out: Path, explain: bool) -> None:
    report = run_scorer(gold, out, explain)
    row = report.get("tasks") or report.get("micro", {}).get("tasks") or report
    print(f"{label} tasks:", json.dumps(row), flush=True)


if __name__ == "__main__":
    raise SystemExit(main())
