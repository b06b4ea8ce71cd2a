"""Dev harness for deadlines and targets: run them on the gold task spans and score.

usage: python -m bench.deadlines_dev [--gold DIR] [--out DIR] [--explain] [--outline] [--bulk DIR]

For every gold file the harness keeps the gold task spans, finds each task's deadline with
:func:`nlp.deadlines.task_deadline` (ancestors: the nearest preceding intro lines that end with
":"; table cells: the cells after the task cell in the "|"-separated text) and the targets in
each task span with :func:`nlp.targets.find_targets` (``--outline``: ancestors and cells from
``nlp.structure.parse_outline`` instead), writes prediction JSONs and runs the
reference scorer. ``--bulk`` instead runs both finders over a folder of raw documents and
prints counts, crashes and a sample of the mentions, to look for false positives.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

from nlp.deadlines import find_deadlines, task_deadline
from nlp.targets import find_targets

GOLD = Path(os.environ.get("CHIDAO_SHARED", Path(__file__).resolve().parents[2] / "shared")) / "gold" / "dev"
_MARKER = re.compile(r"^\s*(?:[IVXLC]+\.|\d+(?:\.\d+)*\.?|[a-zđ]\)|[-+•*])\s+")


def _issued(g: dict) -> date | None:
    v = g["directive"].get("issued_on")
    v = next((x for x in v if x), None) if isinstance(v, list) else v
    return date.fromisoformat(v) if v else None


def _ancestors(text: str, start: int, task_spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Intro lines above a task ("... thực hiện các nội dung sau:", "1. Sở Nội vụ:"), outermost first."""
    out: list[tuple[int, int]] = []
    pos = text.rfind("\n", 0, start)
    seen = 0
    while pos > 0 and seen < 60:
        prev = text.rfind("\n", 0, pos)
        line_start, line = prev + 1, text[prev + 1:pos]
        seen += 1
        inside = any(s <= line_start < e for s, e in task_spans)
        if line.rstrip().endswith(":") and not inside:
            m = _MARKER.match(line)
            out.append((line_start + (m.end() if m else 0), pos))
            if len(out) == 2:
                break
        pos = prev
    return list(reversed(out))


def _cells(text: str, end: int) -> dict[str, tuple[int, int]] | None:
    """The deadline cell of a "|"-separated table row whose task cell ends at ``end``."""
    if "\n|\n" not in text[end:end + 4]:
        return None
    pos = end
    for _ in range(4):
        nxt = text.find("\n|\n", pos + 1)
        if nxt < 0:
            return None
        s = text.find("\n|\n", pos) + 3 if text.startswith("\n|\n", pos) else pos
        s, e = s, nxt
        cell = text[s:e].strip()
        if cell and find_deadlines(text, s, e, cell=True):
            hits = find_deadlines(text, s, e, cell=True)
            covered = sum(h.end - h.start for h in hits)
            if covered >= 0.5 * len(cell):
                return {"deadline": (s, e)}
        pos = nxt
    return None


def _outline_context(path: Path, text: str):
    """A function span → (ancestors, cells) from ``nlp.structure.parse_outline`` (best IoU unit)."""
    from ingest import read
    from nlp.structure import parse_outline

    doc = read(path)
    assert doc.text == text, "ingest changed the text"
    units = parse_outline(doc)

    def context(span: tuple[int, int]):
        def iou(u) -> float:
            inter = max(0, min(u.end, span[1]) - max(u.start, span[0]))
            return inter / (max(u.end, span[1]) - min(u.start, span[0]))
        best = max(range(len(units)), key=lambda i: iou(units[i]), default=None)
        if best is None or iou(units[best]) < 0.5:
            return [], None
        chain, p = [], units[best].parent
        while p is not None:
            chain.append((units[p].start, units[p].end))
            p = units[p].parent
        return list(reversed(chain)), units[best].cells
    return context


def predict(gold: dict, text: str, context=None) -> dict:
    """A prediction JSON with the gold task spans and our deadlines and targets."""
    issued = _issued(gold)
    spans = [tuple(t["span"]) for t in gold["tasks"]]
    tasks, targets = [], []
    for t in gold["tasks"]:
        s, e = t["span"]
        if context is not None:
            ancestors, cells = context((s, e))
        else:
            ancestors, cells = _ancestors(text, s, spans), _cells(text, e)
        d = task_deadline(text, (s, e), ancestors=ancestors, issued_on=issued, cells=cells)
        tasks.append({"id": t["id"], "span": [s, e], "bodies": [],
                      "deadline": d.model_dump(mode="json") if d else None})
        for m in find_targets(text, s, e):
            targets.append({"task": t["id"], "span": [m.start, m.end], "value": m.value, "unit": m.unit,
                            "comparator": m.comparator, "metric": m.metric})
    return {"directive": {}, "tasks": tasks, "targets": targets}


def run_dev(gold_dir: Path, out: Path, explain: bool, outline: bool = False) -> None:
    out.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    for gp in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gp.read_text(encoding="utf-8"))
        text = gp.with_suffix(".txt").read_text(encoding="utf-8")
        context = None
        if outline:
            try:
                context = _outline_context(gp.with_suffix(".txt"), text)
            except Exception as exc:  # noqa: BLE001 - another engineer's module; fall back
                print(f"{gp.stem}: outline unavailable ({exc!r}); using the line heuristics")
        pred = predict(gold, text, context)
        (out / gp.name).write_text(json.dumps(pred, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"predicted {len(list(gold_dir.glob('*.json')))} files in {time.perf_counter() - t0:.2f}s")
    scorer = gold_dir.parent / "score.py"
    scorer = scorer if scorer.exists() else GOLD.parent / "score.py"
    cmd = [sys.executable, str(scorer), str(gold_dir), str(out)] + (["--explain"] if explain else [])
    res = subprocess.run(cmd, capture_output=True, text=True, check=False)
    for line in res.stdout.splitlines():
        if explain and line.startswith(("    DEADLINE", "    MISSED target", "    EXTRA target", "    TARGET", "==")):
            print(line)
        if line.startswith(("deadlines", "targets")):
            print(line)


def run_bulk(folder: Path, sample: int) -> None:
    files = sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix in (".txt", ".md"))
    n_dl = n_tg = crashes = 0
    examples: list[str] = []
    t0 = time.perf_counter()
    for p in files:
        text = p.read_text(encoding="utf-8", errors="replace")
        try:
            dls = find_deadlines(text, 0, len(text), issued_on=None)
            tgs = find_targets(text, 0, len(text))
        except Exception as exc:  # noqa: BLE001 - a crash report is the point here
            crashes += 1
            print("CRASH", p.name, repr(exc))
            continue
        n_dl += len(dls)
        n_tg += len(tgs)
        examples += [f"DL {p.name}: {text[d.start:d.end]!r} -> {d.date} {d.kind} {d.score}" for d in dls if d.score >= 0.45]
        examples += [f"TG {p.name}: {text[m.start:m.end][:70]!r} -> {m.value} {m.unit} {m.comparator}" for m in tgs]
    print(f"{len(files)} files, {n_dl} deadline mentions, {n_tg} targets, {crashes} crashes, "
          f"{time.perf_counter() - t0:.1f}s")
    for line in random.Random(0).sample(examples, min(sample, len(examples))):
        print(" ", line.replace("\n", " "))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--out", type=Path, default=Path("/tmp/deadlines_dev_pred"))
    ap.add_argument("--explain", action="store_true")
    ap.add_argument("--bulk", type=Path)
    ap.add_argument("--outline", action="store_true", help="ancestors and cells from nlp.structure.parse_outline")
    ap.add_argument("--sample", type=int, default=40)
    a = ap.parse_args()
    if a.bulk:
        run_bulk(a.bulk, a.sample)
    else:
        run_dev(a.gold, a.out, a.explain, a.outline)


if __name__ == "__main__":
    main()
