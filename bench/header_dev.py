"""Dev harness for the directive header and references.

usage: python -m bench.header_dev [--gold DIR] [--out DIR] [--explain] [--bulk N] [--show]

Runs ``parse_header`` on every gold ``.txt``, writes ``{"directive": ..., "tasks": [], "targets": []}``
JSONs, scores them with ``score.py`` (directive.* rows and references F1) and, with ``--bulk N``,
measures doc_type, issuer, number and issued_on on N files of ``corpus/bulk`` against its MANIFEST.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import os
import random
import re
import sys
import tempfile
from pathlib import Path

from nlp.header import parse_header

SHARED = Path(os.environ.get("CHIDAO_SHARED", Path(__file__).resolve().parents[2] / "shared"))
# MANIFEST type names → doc_type codes of GUIDELINE.md.
_MANIFEST_TYPES = {"Quyết định": "quyet_dinh", "Công văn": "cong_van", "Kế hoạch": "ke_hoach",
                   "Nghị quyết": "nghi_quyet", "Thông báo": "thong_bao", "Chỉ thị": "chi_thi",
                   "Báo cáo": "bao_cao", "Công điện": "other"}


def _scorer(gold: Path):  # noqa: ANN202
    spec = importlib.util.spec_from_file_location("gold_score", gold.parent / "score.py")
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod


def run_dev(gold: Path, out: Path, explain: bool, show: bool) -> None:
    """Write predictions for every gold text and print score.py's directive rows."""
    out.mkdir(parents=True, exist_ok=True)
    for txt in sorted(gold.glob("*.txt")):
        text = txt.read_text(encoding="utf-8")
        info = parse_header(text)
        d = info.model_dump(mode="json")
        d["references"] = [r["number"] for r in d["references"]]
        (out / f"{txt.stem}.json").write_text(json.dumps({"directive": d, "tasks": [], "targets": []},
                                                         ensure_ascii=False, indent=1), encoding="utf-8")
        if show:
            print(txt.stem, {k: d[k] for k in ("doc_type", "number", "issuer", "signer", "issued_on", "subject")})
        for field, (s, e) in info.spans.items():
            assert 0 <= s <= e <= len(text), (txt.name, field)
    import subprocess

    args = [sys.executable, str(gold.parent / "score.py"), str(gold), str(out)] + (["--explain"] if explain else [])
    res = subprocess.run(args, capture_output=True, text=True, check=True)
    for line in res.stdout.splitlines():
        if line.startswith("directive.") or line.startswith("docs=") or (explain and "FIELD" in line) or line.startswith("=="):
            print(line)


def run_bulk(n: int, seed: int = 7, show_errors: int = 15) -> None:
    """Accuracy of doc_type, issuer (as score.py compares bodies), number and issued_on on bulk files."""
    sc = _scorer(SHARED / "gold" / "dev")
    bulk = SHARED / "corpus" / "bulk"
    rows = list(csv.DictReader((bulk / "MANIFEST.tsv").open(encoding="utf-8"), delimiter="\t"))
    random.Random(seed).shuffle(rows)
    rows = rows[:n]
    hits = {"doc_type": 0, "issuer": 0, "issuer_lenient": 0, "number": 0, "issued_on": 0}
    errors = []
    for r in rows:
        text = (bulk / r["file"]).read_text(encoding="utf-8")
        info = parse_header(text)
        want_type = _MANIFEST_TYPES.get(r["doc_type"], "other")
        ok = {"doc_type": info.doc_type == want_type,
              "issuer": bool(info.issuer) and sc.same_body(r["issuer"], info.issuer),
              "number": sc.norm_number(r["number"] or "") == sc.norm_number(info.number or ""),
              "issued_on": (r["issued_on"] or None) == info.issued_on}
        bare = re.sub(r"\s*\(.*?\)", "", r["issuer"])
        ok["issuer_lenient"] = ok["issuer"] or (bool(info.issuer) and sc.same_body(bare, info.issuer))
        for k, v in ok.items():
            hits[k] += v
            if not v and len(errors) < show_errors * 5:
                got = {"doc_type": info.doc_type, "issuer": info.issuer, "issuer_lenient": info.issuer,
                       "number": info.number, "issued_on": info.issued_on}[k]
                want = {"doc_type": want_type, "issuer": r["issuer"], "issuer_lenient": bare,
                        "number": r["number"], "issued_on": r["issued_on"]}[k]
                errors.append(f"{r['file']} {k}: want {want!r} got {got!r}")
    for k, v in hits.items():
        print(f"bulk.{k:16s} acc={v / max(1, len(rows)):.3f} ({v}/{len(rows)})")
    for e in errors[: show_errors * 3]:
        print("  ", e)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", type=Path, default=SHARED / "gold" / "dev")
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--explain", action="store_true")
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--bulk", type=int, default=0)
    a = ap.parse_args()
    out = a.out or Path(tempfile.mkdtemp(prefix="header_dev_"))
    run_dev(a.gold, out, a.explain, a.show)
    if a.bulk:
        run_bulk(a.bulk)


if __name__ == "__main__":
    main()
