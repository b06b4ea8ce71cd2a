"""Build a gold JSON from a compact annotation spec (start/end snippets → character offsets).

usage: python -m bench.spec_build bench/gold3/specs/g-007.py [more specs ...]

A spec (``bench/gold*/specs*/NAME.py``) is plain Python data: ``SOURCE``, ``DOC`` (the directive
fields), ``START`` (a snippet or offset where the body begins) and ``T``, one dict per task with
``s``/``e`` (start and end snippets), ``opt``, ``b`` (bodies: name, role, explicit[, optional]),
``d`` (deadline: date, kind, rule, quote[, optional[, anchor]]), ``g`` (targets: snippet, value,
unit, comparator, metric[, optional[, "after"]]: "after" when it stands in a later cell of the row) and ``i`` (index codes). Snippets are found in document order
and whitespace-insensitively, so hard line wraps do not matter. The JSON goes beside ``NAME.txt`` in
the spec folder's parent, with ``quote = text[start:end]`` for every span (FORMAT.md).
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import re
import sys
from pathlib import Path


def _rx(snip: str) -> re.Pattern[str]:
    return re.compile(r"\s+".join(re.escape(p) for p in snip.split()))


def _find(text: str, snip: str, pos: int = 0, end: int | None = None) -> re.Match[str]:
    m = _rx(snip).search(text, pos, len(text) if end is None else end)
    if not m:
        raise SystemExit(f"NOT FOUND after {pos}: {snip!r}")
    return m


def build(name: str, spec: dict, gold: Path) -> dict:
    """The gold JSON of ``gold/NAME.txt`` described by ``spec`` (also written to ``gold/NAME.json``)."""
    text = (gold / f"{name}.txt").read_text(encoding="utf-8")
    tasks, targets = [], []
    cur = spec.get("START", 0)
    if isinstance(cur, str):
        cur = _find(text, cur).start()
    for i, t in enumerate(spec["T"], 1):
        s = _find(text, t["s"], cur).start()
        e = _find(text, t["e"], s).end() if t.get("e") else _find(text, t["s"], s).end()
        cur = e
        bodies = [{"name": b[0], "role": b[1], "explicit": b[2], "optional": b[3] if len(b) > 3 else False}
                  for b in t.get("b", [])]
        dl = None
        if t.get("d"):
            d = t["d"]
            dl = {"date": d[0], "kind": d[1], "rule": d[2], "quote": d[3], "optional": d[4] if len(d) > 4 else False}
            if _rx(d[3]).search(text, s, e):
                m = _find(text, d[3], s, e)
            elif len(d) > 5:
                m = _find(text, d[3], _find(text, d[5]).start())
            else:
                m = _find(text, d[3], s)
            dl["quote"] = m.group(0)
        tasks.append({"id": f"t{i}", "span": [s, e], "quote": text[s:e], "optional": t.get("opt", False),
                          "bodies": bodies, "deadline": dl, "indices": t.get("i", [])})
        for g in t.get("g", []):  # a 7th element: the target lies after the task, in a later cell
            m = _find(text, g[0], e) if len(g) > 6 and g[6] == "after" else _find(text, g[0], s, e)
            targets.append({"task": f"t{i}", "span": [m.start(), m.end()], "quote": m.group(0), "value": g[1], "unit": g[2],
                                "comparator": g[3], "metric": g[4], "optional": g[5] if len(g) > 5 else False})
    out = {"id": name, "text_file": f"{name}.txt", "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
               "source": spec["SOURCE"], "directive": spec["DOC"], "tasks": tasks, "targets": targets}
    (gold / f"{name}.json").write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return out


def _summary(out: dict) -> str:
    tasks = out["tasks"]
    lines = [f"{out['id']}: tasks={len(tasks)} (opt {sum(t['optional'] for t in tasks)}) "
             f"bodies={sum(len(t['bodies']) for t in tasks)} deadlines={sum(1 for t in tasks if t['deadline'])} "
             f"targets={len(out['targets'])}"]
    for t in tasks:
        q = t["quote"].replace("\n", " ")
        opt = "OPT " if t["optional"] else ""
        lines.append(f"  {t['id']} {t['span']} {opt}{q[:60]!r}...{q[-30:]!r} D={t['deadline'] and t['deadline']['quote']!r}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    for arg in argv if argv is not None else sys.argv[1:]:
        path = Path(arg)
        loader = importlib.util.spec_from_file_location("spec", path)
        module = importlib.util.module_from_spec(loader)  # type: ignore[arg-type]
        loader.loader.exec_module(module)  # type: ignore[union-attr]
        print(_summary(build(path.stem, module.__dict__, path.resolve().parent.parent)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
