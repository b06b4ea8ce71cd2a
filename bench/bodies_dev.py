"""Dev harness for bodies and roles: run ``nlp.roles.assign_bodies`` on the GOLD task spans.

It isolates the bodies part from the task finder: for each gold file it takes the gold task
spans, finds their ancestors (from ``nlp.structure.parse_outline`` when it parses the file,
else from the preceding header / intro lines), the table cells of table rows, and the gold
issuer; it writes prediction JSONs with the gold spans and the predicted bodies, and runs the
reference scorer. Its ``bodies+role`` row is the number of this part.

usage: python -m bench.bodies_dev [--gold DIR] [--out DIR] [--explain]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

from nlp.roles import assign_bodies

GOLD = Path(os.environ.get("CHIDAO_SHARED", Path(__file__).resolve().parents[2] / "shared")) / "gold" / "dev"
_MARKER = re.compile(r"^\s*(?:[IVXLC]+\.|\d+(?:\.\d+)*\.?|[a-zđ]\)|[-+•])\s", re.M)
_ROMAN = re.compile(r"^\s*[IVXLC]+\.\s")


def _outline(text: str, name: str):
    """Units of ``nlp.structure.parse_outline`` for a text file, or None when unavailable."""
    try:
        from ingest.document import Document, InputFormat, Page
        from nlp.structure import parse_outline

        doc = Document(text=text, format=InputFormat("txt"), sha256=hashlib.sha256(text.encode()).hexdigest(),
                       name=name, pages=[Page(page_no=1, start=0, end=len(text))], blocks=[], tables=[], meta={})
        return parse_outline(doc)
    except Exception as exc:  # the outline is another engineer's work in progress
        print(f"  (outline unavailable for {name}: {exc!r}; using header lines)", file=sys.stderr)
        return None


def _iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans: a new one at each list marker or blank line."""
    cuts = sorted({0, len(text), *(m.start() for m in _MARKER.finditer(text)),
                   *(m.end() for m in re.finditer(r"\n\s*\n", text))})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        seg = text[a:b]
        if seg.strip():
            s = a + len(seg) - len(seg.lstrip())
            out.append((s, a + len(seg.rstrip())))
    return out


def _heuristic_ancestors(text: str, span: tuple[int, int], tasks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Header/intro paragraphs before ``span`` (nearest first), up to the enclosing roman heading."""
    out = []
    for a, b in reversed([p for p in _paragraphs(text) if p[1] <= span[0]]):
        if any(min(b, t[1]) > max(a, t[0]) for t in tasks):
            continue
        seg = text[a:b]
        if seg.rstrip().endswith(":") or (_MARKER.match(seg) and len(seg) < 150):
            m = _MARKER.match(seg)
            out.append((a + (m.end() if m else 0), b))
        if _ROMAN.match(seg) or len(out) >= 6:
            break
    return out


def _pipe_cells(text: str, end: int) -> dict[str, tuple[int, int]] | None:
    """For a task in a ``|``-flattened table row: the next two cells as lead and support."""
    rest = text[end:end + 600]
    if not rest.startswith("\n|\n"):
        return None
    parts, pos = [], end + 3
    for chunk in rest[3:].split("\n|\n")[:2]:
        parts.append((pos, pos + len(chunk)))
        pos += len(chunk) + 3
    return {"lead": parts[0], "support": parts[1]} if len(parts) == 2 else None


def predict(gold: dict, text: str, name: str) -> dict:
    """The prediction JSON for one gold file: gold spans, predicted bodies."""
    issuer = gold["directive"].get("issuer")
    issuer = issuer[0] if isinstance(issuer, list) else issuer
    units = _outline(text, name)
    spans = [tuple(t["span"]) for t in gold["tasks"]]
    tasks = []
    for t in gold["tasks"]:
        span = tuple(t["span"])
        ancestors, cells = None, None
        if units:
            best = max(range(len(units)), key=lambda k: _iou(span, (units[k].start, units[k].end)))
            if _iou(span, (units[best].start, units[best].end)) >= 0.5:
                u, ancestors, cells = units[best], [], units[best].cells
                while u.parent is not None:
                    u = units[u.parent]
                    ancestors.append((u.start, u.end))
        if ancestors is None:
            cells = _pipe_cells(text, span[1])
            ancestors = [] if cells else _heuristic_ancestors(text, span, spans)
        refs = assign_bodies(text, span, ancestors=ancestors, issuer=issuer, cells=cells)
        tasks.append({"id": t["id"], "span": list(span), "bodies": [r.model_dump(mode="json") for r in refs]})
    return {"directive": {}, "tasks": tasks, "targets": []}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--out", type=Path, default=Path("/tmp/bodies_dev_pred"))
    ap.add_argument("--explain", action="store_true")
    a = ap.parse_args(argv)
    a.out.mkdir(parents=True, exist_ok=True)
    for gp in sorted(a.gold.glob("*.json")):
        gold = json.loads(gp.read_text(encoding="utf-8"))
        text = gp.with_suffix(".txt").read_text(encoding="utf-8")
        pred = predict(gold, text, gp.with_suffix(".txt").name)
        (a.out / gp.name).write_text(json.dumps(pred, ensure_ascii=False, indent=1), encoding="utf-8")
    cmd = [sys.executable, str(a.gold.parent / "score.py"), str(a.gold), str(a.out)]
    if not (a.gold.parent / "score.py").exists():
        cmd[1] = str(GOLD.parent / "score.py")
    if a.explain:
        cmd.append("--explain")
    res = subprocess.run(cmd, capture_output=True, text=True, check=False)
    out = res.stdout + res.stderr
    keep = ("==", "   ", "bodies")
    print("\n".join(line for line in out.splitlines() if line.startswith(keep) and "DEADLINE" not in line
                    and "target" not in line and "FIELD" not in line))
    return 0


if __name__ == "__main__":
    sys.exit(main())
