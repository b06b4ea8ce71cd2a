"""Benchmarks: quality on the dev gold, throughput per stage, memory, store query latency.

    python -m bench [--gold DIR] [--corpus DIR] [--limit N] [--out FILE]

Every number of one report is measured in the same run on the same machine, so ratios between
stages are meaningful; absolute numbers depend on the machine (CI has 2 cores).
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def quality(gold: Path) -> dict:
    from ingest import read
    from nlp import extract
    from nlp.evaluate import evaluate

    report = evaluate(gold, lambda _n, p: extract(read(p)).to_json_dict())
    rows = report.as_dict()
    return {k: rows[k]["f1"] for k in ("tasks", "bodies+role", "deadlines", "targets+comparator",
                                       "directive.references", "directive.indices", "task.indices")} | {
        "fields_accuracy": round(report.fields_accuracy, 3), "headline": round(report.headline, 3)}


def throughput(files: list[Path]) -> dict:
    """Seconds per stage over ``files``, and characters per second for the whole path."""
    from ingest import read
    from nlp import load_pipeline

    extractor = load_pipeline()
    stages: dict[str, float] = {"ingest": 0.0, "tokenize": 0.0}
    chars = 0
    for path in files:
        t0 = time.perf_counter()
        document = read(path)
        t1 = time.perf_counter()
        doc = extractor.nlp.make_doc(document.text)
        t2 = time.perf_counter()
        stages["ingest"] += t1 - t0
        stages["tokenize"] += t2 - t1
        doc.user_data.update(document=document, config_task_threshold=extractor.config.task_threshold)
        for name, proc in extractor.nlp.pipeline:
            t = time.perf_counter()
            doc = proc(doc)
            stages[name] = stages.get(name, 0.0) + time.perf_counter() - t
        t3 = time.perf_counter()
        extractor.assemble(doc, document)
        stages["assemble"] = stages.get("assemble", 0.0) + time.perf_counter() - t3
        chars += len(document.text)
    total = sum(stages.values())
    return {"files": len(files), "chars": chars, "seconds": round(total, 3),
            "chars_per_second": round(chars / total) if total else None,
            "share": {k: round(v / total, 3) for k, v in stages.items()} if total else {},
            "seconds_per_stage": {k: round(v, 3) for k, v in stages.items()}}


def query_latency(files: list[Path]) -> dict:
    """Median milliseconds of typical store queries on an SQLite store holding ``files``."""
    from sqlmodel import Session

    from store import db, importer, tasks

    with tempfile.TemporaryDirectory() as tmp:
        engine = db.make_engine(f"sqlite:///{tmp}/bench.db")
        db.init_db(engine)
        t0 = time.perf_counter()
        for path in files:
            with db.session_scope(engine) as session:
                importer.ingest_file(session=session, path=path)
        ingest_s = time.perf_counter() - t0
        timings: dict[str, list[float]] = {}
        queries = {
            "list_tasks": lambda s: tasks.list_tasks(session=s, limit=50),
            "overdue": lambda s: tasks.list_tasks(session=s, overdue=True, limit=50),
            "search_folded": lambda s: tasks.list_tasks(session=s, q="thu tuc hanh chinh", limit=50),
        }
        with Session(engine) as session:
            for name, q in queries.items():
                for _ in range(20):
                    t = time.perf_counter()
                    q(session)
                    timings.setdefault(name, []).append((time.perf_counter() - t) * 1000)
        engine.dispose()
    return {"ingest_seconds": round(ingest_s, 2), "files": len(files)} | {
        k: round(statistics.median(v), 2) for k, v in timings.items()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=Path, default=SHARED / "gold" / "dev")
    ap.add_argument("--corpus", type=Path, default=SHARED / "corpus" / "bulk")
    ap.add_argument("--limit", type=int, default=40, help="corpus files for throughput and queries")
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--skip", nargs="*", default=[], choices=["quality", "throughput", "queries"])
    a = ap.parse_args(argv)
    files = sorted(a.corpus.glob("*.txt"))[: a.limit]
    result: dict = {}
    if "quality" not in a.skip:
        result["quality_dev"] = quality(a.gold)
    if "throughput" not in a.skip:
        throughput(files[:2])  # warm-up: model loading is not throughput
        result["throughput"] = throughput(files)
    if "queries" not in a.skip:
        result["queries_ms"] = query_latency(files)
    result["peak_rss_mib"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    text = json.dumps(result, ensure_ascii=False, indent=1)
    print(text)
    if a.out:
        a.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
