"""Harness: index linking on the gold dev set, and false positives on the unlabeled bulk corpus.

For each gold file it runs ``link_directive`` on the text (with the gold directive info) and
``link_task`` on the gold task spans, writes one prediction JSON per document (gold tasks with the
predicted indices, so only ``task.indices`` and ``directive.indices`` are meaningful), then runs
the reference scorer and prints its ``directive.indices`` and ``task.indices`` rows.

Usage:
    python -m bench.indicators_dev [--gold DIR] [--out DIR] [--bulk DIR] [--bulk-limit N] [--explain]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from nlp.indicators import link_directive, link_task
from nlp.types import DirectiveInfo

SHARED = Path(os.environ.get("CHIDAO_SHARED", Path(__file__).resolve().parents[1].parent / "shared"))


def _first(v: Any) -> Any:
    """A gold directive field may list accepted values: take the first non-null one."""
    if isinstance(v, list):
        return next((x for x in v if x), None)
    return v


def gold_info(d: dict[str, Any]) -> DirectiveInfo:
    """The gold directive header as a ``DirectiveInfo`` (indices left out)."""
    return DirectiveInfo(
        doc_type=_first(d.get("doc_type")) or "other",
        number=_first(d.get("number")),
        issuer=_first(d.get("issuer")),
        issued_on=_first(d.get("issued_on")),
        subject=_first(d.get("subject")),
    )


def predict(text: str, gold: dict[str, Any]) -> dict[str, Any]:
    """Prediction JSON for one document: gold header and spans, predicted indices and criteria."""
    info = gold_info(gold["directive"])
    indices = link_directive(text, info)
    tasks = []
    for t in gold["tasks"]:
        codes, criteria = link_task(text, tuple(t["span"]), directive_indices=indices, issued_on=info.issued_on)
        tasks.append({"id": t["id"], "span": t["span"], "bodies": t.get("bodies") or [],
                      "deadline": t.get("deadline"), "indices": codes, "criteria": criteria})
    directive = info.model_dump(mode="json")
    directive["indices"] = indices
    return {"directive": directive, "tasks": tasks, "targets": gold.get("targets") or []}


def run_dev(gold_dir: Path, out_dir: Path, explain: bool = False) -> dict[str, str]:
    """Write predictions for every gold file, run score.py, return its index rows."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for gp in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gp.read_text(encoding="utf-8"))
        text = gp.with_suffix(".txt").read_text(encoding="utf-8")
        pred = predict(text, gold)
        (out_dir / gp.name).write_text(json.dumps(pred, ensure_ascii=False, indent=1), encoding="utf-8")
        if explain:
            gi = set(gold["directive"].get("indices") or [])
            pi = set(pred["directive"]["indices"])
            mark = "" if gi == pi else "  <-- gold " + str(sorted(gi))
            sys.stdout.write(f"{gp.stem}: {sorted(pi)}{mark}\n")
            for t, p in zip(gold["tasks"], pred["tasks"], strict=True):
                if t.get("optional"):
                    continue
                g, q = set(t.get("indices") or []), set(p["indices"])
                if g != q:
                    s, e = t["span"]
                    sys.stdout.write(f"   gold {sorted(g)} pred {sorted(q)}: {text[s:e][:110]!r}\n")
    res = subprocess.run(
        [sys.executable, str(gold_dir.parent / "score.py"), str(gold_dir), str(out_dir)],
        capture_output=True, text=True, check=True,
    )
    rows = {}
    for line in res.stdout.splitlines():
        name = line.split(" ")[0]
        if name in ("directive.indices", "task.indices"):
            rows[name] = line
    return rows


def run_bulk(bulk_dir: Path, limit: int | None = None) -> tuple[int, Counter[str]]:
    """Link every bulk document (no header info); count the documents given each index."""
    files = sorted(p for p in bulk_dir.rglob("*") if p.suffix in (".txt", ".md"))[:limit]
    hits: Counter[str] = Counter()
    for p in files:
        for code in link_directive(p.read_text(encoding="utf-8", errors="replace")):
            hits[code] += 1
    return len(files), hits


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=SHARED / "gold" / "dev")
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--bulk", type=Path, default=SHARED / "corpus" / "bulk")
    ap.add_argument("--bulk-limit", type=int, default=None)
    ap.add_argument("--no-bulk", action="store_true")
    ap.add_argument("--explain", action="store_true")
    a = ap.parse_args(argv)
    out = a.out or Path(tempfile.mkdtemp(prefix="indicators_dev_"))
    for line in run_dev(a.gold, out, a.explain).values():
        sys.stdout.write(line + "\n")
    if not a.no_bulk and a.bulk.exists():
        n, hits = run_bulk(a.bulk, a.bulk_limit)
        linked = ", ".join(f"{k}={v}" for k, v in sorted(hits.items()))
        sys.stdout.write(f"bulk: {n} documents; documents linked per index: {linked or 'none'}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
