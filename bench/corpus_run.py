"""Robustness and speed of the extractor on the whole unlabeled corpus.

    python -m bench.corpus_run [--sets directives bulk] [--limit N] [--only NAME...]
                               [--timeout S] [--out FILE] [--show NAME]

Runs ``extract(read(path))`` over every ``*.txt`` of ``shared/corpus/directives`` and
``shared/corpus/bulk`` and records, per document: crash (with traceback), seconds, characters
per second, task/body/deadline/target counts and the header fields. The bulk manifest gives the
doc_type, issuer, number and issue date of every bulk text, so header agreement is measured too.
Writes one JSON report (``--out``, default ``var/corpus_run.json``) and prints a short table.
``--show NAME`` prints one document's tasks beside their text, for spot checks.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import signal
import statistics
import sys
import time
import traceback
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
SETS = ("directives", "bulk")

# Manifest doc_type (as written) -> DirectiveInfo.doc_type; telegrams are "other" in GUIDELINE.md.
MANIFEST_TYPES = {"Quyết định": "quyet_dinh", "Công văn": "cong_van", "Kế hoạch": "ke_hoach",
                  "Nghị quyết": "nghi_quyet", "Công điện": "other", "Thông báo": "thong_bao",
                  "Chỉ thị": "chi_thi"}


class DocTimeout(Exception):
    """One document took longer than ``--timeout`` seconds."""


def _alarm(_signum: int, _frame: Any) -> None:
    raise DocTimeout


def load_manifest(folder: Path) -> dict[str, dict[str, str]]:
    """Rows of ``MANIFEST.tsv`` (bulk) or ``INDEX.tsv`` (directives) by file name."""
    for name in ("MANIFEST.tsv", "INDEX.tsv"):
        path = folder / name
        if path.is_file():
            with path.open(encoding="utf-8", newline="") as fh:
                return {row["file"]: row for row in csv.DictReader(fh, delimiter="\t")}
    return {}


def _norm(value: str | None) -> str:
    from nlp.text import fold

    return " ".join(fold(value or "").replace(" ", " ").split())


def _header_agreement(info: dict[str, Any], row: dict[str, str]) -> dict[str, bool]:
    """Which header fields agree with the manifest row (fields the row leaves empty are skipped)."""
    out: dict[str, bool] = {}
    if row.get("doc_type") in MANIFEST_TYPES:
        out["doc_type"] = info.get("doc_type") == MANIFEST_TYPES[row["doc_type"]]
    if row.get("number"):
        out["number"] = _norm(info.get("number")).replace(" ", "") == _norm(row["number"]).replace(" ", "")
    if row.get("issued_on"):
        out["issued_on"] = info.get("issued_on") == row["issued_on"]
    if row.get("issuer"):  # the manifest adds the parent body in brackets: "Cục Thuế (Bộ Tài chính)"
        out["issuer"] = _norm(info.get("issuer")) == _norm(re.sub(r"\s*\(.*\)\s*$", "", row["issuer"]))
    return out


def run_one(path: Path, timeout: float) -> dict[str, Any]:
    """Extract one file; the record of its timing, counts, header and crash (if any)."""
    from ingest import read
    from nlp import extract

    rec: dict[str, Any] = {"file": path.name, "set": path.parent.name}
    t0 = time.perf_counter()
    signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        document = read(path)
        rec["chars"] = len(document.text)
        data = extract(document).to_json_dict()
        json.dumps(data, ensure_ascii=False)
    except DocTimeout:
        rec["crash"] = f"timeout after {timeout:g} s"
        return rec | {"seconds": round(time.perf_counter() - t0, 3)}
    except Exception:  # noqa: BLE001 — every crash is recorded, none stops the run
        rec["crash"] = traceback.format_exc(limit=12)
        return rec | {"seconds": round(time.perf_counter() - t0, 3)}
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    seconds = time.perf_counter() - t0
    tasks = data["tasks"]
    info = {k: data["directive"].get(k) for k in ("doc_type", "number", "issuer", "signer", "issued_on", "subject")}
    return rec | {
        "seconds": round(seconds, 3), "chars_per_second": round(rec["chars"] / seconds) if seconds else None,
        "tasks": len(tasks), "tasks_no_body": sum(1 for t in tasks if not t["bodies"]),
        "tasks_deadline": sum(1 for t in tasks if t.get("deadline")),
        "units": Counter(t.get("unit", "item") for t in tasks), "targets": len(data["targets"]),
        "directive": info,
    }


def summarise(records: list[dict[str, Any]], manifests: dict[str, dict[str, dict[str, str]]]) -> dict[str, Any]:
    """Crash count, time distribution and per-document statistics over ``records``."""
    ok = [r for r in records if "crash" not in r]
    secs = sorted(r["seconds"] for r in ok)
    tasks = sum(r["tasks"] for r in ok)

    def q(p: float) -> float:
        return round(secs[min(len(secs) - 1, int(p * len(secs)))], 3) if secs else 0.0

    out: dict[str, Any] = {
        "documents": len(records), "crashes": len(records) - len(ok),
        "crashed": [r["file"] if r["set"] != "directives" else f"directives/{r['file']}"
                    for r in records if "crash" in r],
        "seconds_total": round(sum(secs), 2),
        "seconds_per_doc": {"p50": q(0.5), "p90": q(0.9), "p99": q(0.99), "max": secs[-1] if secs else 0.0,
                            "mean": round(statistics.fmean(secs), 3) if secs else 0.0},
        "chars_per_second": round(sum(r["chars"] for r in ok) / sum(secs)) if secs else None,
        "tasks_per_doc": {"mean": round(tasks / len(ok), 2) if ok else 0.0,
                          "median": statistics.median(r["tasks"] for r in ok) if ok else 0,
                          "max": max((r["tasks"] for r in ok), default=0),
                          "zero": sum(1 for r in ok if r["tasks"] == 0)},
        "share_tasks_no_body": round(sum(r["tasks_no_body"] for r in ok) / tasks, 3) if tasks else None,
        "share_tasks_deadline": round(sum(r["tasks_deadline"] for r in ok) / tasks, 3) if tasks else None,
        "targets_per_doc": round(sum(r["targets"] for r in ok) / len(ok), 2) if ok else 0.0,
        "filled": {k: round(sum(1 for r in ok if r["directive"].get(k) not in (None, "", "other")) / len(ok), 3)
                   for k in ("doc_type", "number", "issuer", "issued_on", "subject")} if ok else {},
    }
    agree: dict[str, list[bool]] = {}
    for r in ok:
        row = manifests.get(r["set"], {}).get(r["file"])
        if row and r["set"] == "bulk":
            r["manifest"] = _header_agreement(r["directive"], row)
            for k, v in r["manifest"].items():
                agree.setdefault(k, []).append(v)
    out["header_vs_manifest"] = {k: round(sum(v) / len(v), 3) for k, v in agree.items()}
    return out


def print_table(summary: dict[str, Any], records: list[dict[str, Any]]) -> None:
    s = summary
    print(f"documents {s['documents']}  crashes {s['crashes']}  total {s['seconds_total']} s  "
          f"{s['chars_per_second']} chars/s")
    print("seconds/doc  " + "  ".join(f"{k}={v}" for k, v in s["seconds_per_doc"].items()))
    print("tasks/doc    " + "  ".join(f"{k}={v}" for k, v in s["tasks_per_doc"].items()))
    print(f"no body {s['share_tasks_no_body']}  with deadline {s['share_tasks_deadline']}  "
          f"targets/doc {s['targets_per_doc']}")
    print("filled       " + "  ".join(f"{k}={v}" for k, v in s["filled"].items()))
    print("vs manifest  " + "  ".join(f"{k}={v}" for k, v in s["header_vs_manifest"].items()))
    slow = sorted((r for r in records if "crash" not in r), key=lambda r: -r["seconds"])[:5]
    print("slowest      " + "  ".join(f"{r['file']}({r['chars']}c,{r['seconds']}s)" for r in slow))
    for r in records:
        if "crash" in r:
            print(f"CRASH {r['set']}/{r['file']}: {r['crash'].strip().splitlines()[-1]}")


def show(path: Path, width: int = 160) -> None:
    """Print the header and each task of one document with its bodies, deadline and targets."""
    from ingest import read
    from nlp import extract

    document = read(path)
    text, data = document.text, extract(document).to_json_dict()
    print(json.dumps({k: v for k, v in data["directive"].items() if k != "spans"}, ensure_ascii=False)[:600])
    for t in data["tasks"]:
        s, e = t["span"]
        snippet = " ".join(text[s:e].split())
        print(f"\n[{t['id']} {t['unit']} {t['confidence']:.2f}] {snippet[:width]}{'…' if len(snippet) > width else ''}")
        bodies = "; ".join(f"{b['name']}({b['role'][0]}{'' if b.get('explicit', True) else ',inh'})" for b in t["bodies"])
        dl = t.get("deadline")
        print(f"    bodies: {bodies or '-'}   deadline: {dl and (dl['kind'], dl['date'], dl.get('rule'))}")
    for g in data["targets"]:
        print(f"  target {g['task']}: {g['comparator']} {g['value']} {g['unit']} — {text[g['span'][0]:g['span'][1]][:80]}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.corpus_run", description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--sets", nargs="*", default=list(SETS), choices=SETS)
    ap.add_argument("--limit", type=int, default=0, help="first N files of each set (0 = all)")
    ap.add_argument("--only", nargs="*", default=[], help="file names to run (e.g. 0377.txt)")
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds before a document counts as hung")
    ap.add_argument("--out", type=Path, default=ROOT / "var" / "corpus_run.json")
    ap.add_argument("--show", type=Path, default=None, help="print one document's extraction and stop")
    a = ap.parse_args(argv)
    if a.show:
        show(a.show if a.show.is_file() else a.corpus / a.show)
        return 0
    from nlp import load_pipeline

    load_pipeline()  # model loading is not per-document time
    files: list[Path] = []
    for name in a.sets:
        found = sorted((a.corpus / name).glob("*.txt"))
        found = [f for f in found if not a.only or f.name in a.only]
        files += found[: a.limit] if a.limit else found
    manifests = {name: load_manifest(a.corpus / name) for name in a.sets}
    records = []
    for path in files:
        records.append(r := run_one(path, a.timeout))
        status = "CRASH" if "crash" in r else f"{r['tasks']} tasks"
        print(f"{len(records)}/{len(files)} {r['set']}/{r['file']} {r.get('chars', 0)}c {r['seconds']}s {status}",
              file=sys.stderr, flush=True)
    summary = summarise(records, manifests)
    a.out.parent.mkdir(parents=True, exist_ok=True)
    a.out.write_text(json.dumps({"summary": summary, "documents": records}, ensure_ascii=False, indent=1,
                                default=dict), encoding="utf-8")
    print_table(summary, records)
    print(f"report: {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
