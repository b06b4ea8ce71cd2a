"""Validate hand-annotated gold files (``NAME.txt`` + ``NAME.json``) in a folder.

Checks every ``NAME.json`` in GOLD_DIR against its text and the conventions of
``shared/gold/FORMAT.md`` / ``GUIDELINE.md``:

* the text file exists and its sha256 matches (when recorded);
* task, target and deadline quotes equal the text they point at;
* spans lie inside the text, task spans do not overlap, ids are unique;
* roles, deadline kinds, comparators and doc types take valid values;
* dates are ISO (``YYYY-MM-DD``), RRULEs start with ``FREQ=``;
* each target names an existing task and lies inside it (warning otherwise);
* a deadline quote (whitespace-insensitive) is found in the text, and inside
  its task span (warning when it lies elsewhere, e.g. in a table's deadline
  cell or an inherited header).

Usage::

    python -m bench.annotate_check bench/gold2        # or
    python bench/annotate_check.py bench/gold2 [--strict]

Exit status 1 when any error is found (``--strict``: also on warnings).
"""

from __future__ import annotations

import argparse
import datetime as _dt
import hashlib
import json
import re
import sys
from pathlib import Path

DOC_TYPES = {"cong_van", "ke_hoach", "chi_thi", "quyet_dinh", "thong_bao",
             "nghi_quyet", "bao_cao", "news", "other"}
ROLES = {"lead", "support"}
KINDS = {"by", "period", "recurring", "ongoing"}
COMPARATORS = {">=", ">", "=", "<", "<=", "increase", "decrease"}
INDICES = {"PAR", "SIPAS", "PCI", "DDCI", "PAPI", "DTI", "QD766"}
DIRECTIVE_KEYS = ("doc_type", "number", "issuer", "signer", "issued_on",
                  "subject", "references", "indices")
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _values(field: object) -> list:
    """Return the accepted values of a directive field (a gold field may be a list)."""
    return field if isinstance(field, list) else [field]


def _iso_ok(value: object) -> bool:
    """Tell whether ``value`` is None or a valid ISO calendar date string."""
    if value is None:
        return True
    if not isinstance(value, str) or not _ISO.match(value):
        return False
    try:
        _dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _squash(s: str) -> str:
    """Collapse whitespace runs (deadline quotes may be written on one line)."""
    return " ".join(s.split())


def _span_ok(span: object, n: int) -> bool:
    """Tell whether ``span`` is ``[start, end)`` with ``0 <= start < end <= n``."""
    return (isinstance(span, list) and len(span) == 2
            and all(isinstance(x, int) for x in span) and 0 <= span[0] < span[1] <= n)


def check_directive(d: dict, err: list[str]) -> None:
    """Validate the ``directive`` object."""
    for key in DIRECTIVE_KEYS:
        if key not in d:
            err.append(f"directive: missing key {key!r}")
    for v in _values(d.get("doc_type")):
        if v not in DOC_TYPES:
            err.append(f"directive: bad doc_type {v!r}")
    for v in _values(d.get("issued_on")):
        if not _iso_ok(v):
            err.append(f"directive: bad issued_on {v!r}")
    for key in ("references", "indices"):
        if not isinstance(d.get(key, []), list):
            err.append(f"directive: {key} must be a list")
    for code in d.get("indices", []) or []:
        if code not in INDICES:
            err.append(f"directive: unknown index {code!r}")


def check_task(t: dict, text: str, err: list[str], warn: list[str]) -> None:
    """Validate one task: span/quote, bodies, deadline, indices."""
    tid = t.get("id")
    span = t.get("span")
    if not _span_ok(span, len(text)):
        err.append(f"{tid}: bad span {span!r}")
        return
    s, e = span
    if t.get("quote") != text[s:e]:
        err.append(f"{tid}: quote != text[{s}:{e}]")
    if text[s:e] != text[s:e].strip():
        warn.append(f"{tid}: span has leading/trailing whitespace")
    if re.match(r"^(?:[-+•*]|\d+(?:\.\d+)*[.)]|[a-zđ]\))\s", text[s:e]):
        warn.append(f"{tid}: span starts with a list marker")
    if not isinstance(t.get("optional"), bool):
        err.append(f"{tid}: optional must be a bool")
    for b in t.get("bodies", []):
        if not b.get("name"):
            err.append(f"{tid}: body without a name")
        if b.get("role") not in ROLES:
            err.append(f"{tid}: bad role {b.get('role')!r} for {b.get('name')!r}")
        for key in ("explicit", "optional"):
            if not isinstance(b.get(key), bool):
                err.append(f"{tid}: body {b.get('name')!r}: {key} must be a bool")
    names = [(b.get("name"), b.get("role")) for b in t.get("bodies", [])]
    if len(names) != len(set(names)):
        warn.append(f"{tid}: duplicate body")
    dl = t.get("deadline")
    if dl is not None:
        check_deadline(tid, dl, text, s, e, err, warn)
    for code in t.get("indices", []) or []:
        if code not in INDICES:
            err.append(f"{tid}: unknown index {code!r}")


def check_deadline(tid: str, dl: dict, text: str, s: int, e: int,
                   err: list[str], warn: list[str]) -> None:
    """Validate a task's deadline object."""
    kind = dl.get("kind")
    if kind not in KINDS:
        err.append(f"{tid}: bad deadline kind {kind!r}")
    if not _iso_ok(dl.get("date")):
        err.append(f"{tid}: bad deadline date {dl.get('date')!r}")
    if kind == "ongoing" and dl.get("date") is not None:
        err.append(f"{tid}: ongoing deadline with a date")
    if kind in ("by", "period") and dl.get("date") is None and not dl.get("optional"):
        warn.append(f"{tid}: {kind} deadline without a date")
    rule = dl.get("rule")
    if kind == "recurring":
        if not (isinstance(rule, str) and rule.startswith("FREQ=")):
            err.append(f"{tid}: recurring deadline needs an RRULE, got {rule!r}")
    elif rule is not None:
        err.append(f"{tid}: rule on a {kind} deadline")
    quote = dl.get("quote")
    if not quote:
        err.append(f"{tid}: deadline without a quote")
    elif _squash(quote) not in _squash(text):
        err.append(f"{tid}: deadline quote not in text: {quote!r}")
    elif _squash(quote) not in _squash(text[s:e]):
        warn.append(f"{tid}: deadline quote outside the task span: {quote!r}")
    if not isinstance(dl.get("optional"), bool):
        err.append(f"{tid}: deadline optional must be a bool")


def check_target(g: dict, text: str, spans: dict, err: list[str], warn: list[str]) -> None:
    """Validate one target against its task."""
    tid = g.get("task")
    span = g.get("span")
    if tid not in spans:
        err.append(f"target: unknown task {tid!r}")
    if not _span_ok(span, len(text)):
        err.append(f"target of {tid}: bad span {span!r}")
        return
    s, e = span
    if g.get("quote") != text[s:e]:
        err.append(f"target of {tid}: quote != text[{s}:{e}]")
    if tid in spans and not (spans[tid][0] <= s and e <= spans[tid][1]):
        warn.append(f"target of {tid}: span {span} outside the task span")
    if g.get("comparator") not in COMPARATORS:
        err.append(f"target of {tid}: bad comparator {g.get('comparator')!r}")
    value = g.get("value")
    if value is not None and not isinstance(value, (int, float)):
        err.append(f"target of {tid}: value must be a number or null")
    if value is None and g.get("comparator") not in ("increase", "decrease", "="):
        warn.append(f"target of {tid}: null value with comparator {g.get('comparator')!r}")
    if not g.get("metric"):
        err.append(f"target of {tid}: missing metric")


def check_file(path: Path) -> tuple[list[str], list[str]]:
    """Validate one gold JSON file.

    Args:
        path: the ``NAME.json`` file; its text is ``text_file`` beside it.

    Returns:
        (errors, warnings) as human-readable lines.
    """
    err: list[str] = []
    warn: list[str] = []
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return [f"cannot read JSON: {exc}"], []
    txt = path.with_name(gold.get("text_file") or path.stem + ".txt")
    if not txt.exists():
        return [f"missing text file {txt.name}"], []
    raw = txt.read_bytes()
    text = raw.decode("utf-8")
    if gold.get("sha256") and hashlib.sha256(raw).hexdigest() != gold["sha256"]:
        err.append("sha256 of the text does not match")
    check_directive(gold.get("directive", {}), err)
    tasks = gold.get("tasks", [])
    ids = [t.get("id") for t in tasks]
    if len(ids) != len(set(ids)):
        err.append("task ids are not unique")
    for t in tasks:
        check_task(t, text, err, warn)
    ordered = sorted((tuple(t["span"]), t.get("id")) for t in tasks if _span_ok(t.get("span"), len(text)))
    for (a, ida), (b, idb) in zip(ordered, ordered[1:]):
        if b[0] < a[1]:
            err.append(f"task spans overlap: {ida} {list(a)} and {idb} {list(b)}")
    spans = {t.get("id"): t.get("span") for t in tasks}
    for g in gold.get("targets", []):
        check_target(g, text, spans, err, warn)
    return err, warn


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: validate every JSON file in a gold folder."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold_dir", type=Path)
    ap.add_argument("--strict", action="store_true", help="fail on warnings too")
    ap.add_argument("--quiet", action="store_true", help="print only problems")
    args = ap.parse_args(argv)
    files = sorted(args.gold_dir.glob("*.json"))
    if not files:
        print(f"no JSON files in {args.gold_dir}", file=sys.stderr)
        return 1
    bad = 0
    for path in files:
        err, warn = check_file(path)
        if err or (warn and not args.quiet) or not args.quiet:
            status = "ERROR" if err else ("warn" if warn else "ok")
            print(f"{path.name}: {status}")
        for line in err:
            print(f"  error: {line}")
        for line in warn:
            print(f"  warn:  {line}")
        bad += bool(err) or (args.strict and bool(warn))
    print(f"{len(files)} files, {bad} failing")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
