"""Scoring of extractions against gold files, by the rules of shared/gold/FORMAT.md.

``evaluate(gold_dir, predictions)`` returns a :class:`Report` with precision/recall/F1 per
measure (tasks, bodies, bodies+role, deadlines, targets, targets+comparator, task indices,
directive fields, references, indices) and the headline: the mean F1 of tasks, bodies+role,
deadlines and targets+comparator, micro-averaged over all documents.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nlp.text import fold

TITLES = ("thủ trưởng", "phó chủ tịch", "chủ tịch", "giám đốc", "người đứng đầu",
          "lãnh đạo", "trưởng ban", "trưởng phòng", "chánh văn phòng")
EXPAND = {"ubnd": "uy ban nhan dan", "hdnd": "hoi dong nhan dan", "tp": "thanh pho",
          "mttq": "mat tran to quoc", "vp": "van phong", "tw": "trung uong",
          "chqs": "chi huy quan su", "bchqs": "bo chi huy quan su"}
UNIT_WORDS = {"tinh", "huyen", "xa", "thanh", "thi", "quan", "phuong", "cac"}
MEASURES = ("tasks", "bodies", "bodies+role", "bodies.explicit", "bodies.inherited", "deadlines",
            "targets", "targets+comparator", "task.indices", "directive.doc_type",
            "directive.number", "directive.issuer", "directive.issued_on", "directive.subject",
            "directive.references", "directive.indices")
FIELDS = ("doc_type", "number", "issuer", "issued_on", "subject")
HEADLINE = ("tasks", "bodies+role", "deadlines", "targets+comparator")


@dataclass
class Count:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int = 0, fp: int = 0, fn: int = 0) -> None:
        self.tp, self.fp, self.fn = self.tp + tp, self.fp + fp, self.fn + fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        d = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / d if d else 1.0


@dataclass
class Report:
    counts: dict[str, Count] = field(default_factory=lambda: {m: Count() for m in MEASURES})
    notes: list[str] = field(default_factory=list)
    docs: int = 0

    @property
    def fields_accuracy(self) -> float:
        keys = ["directive." + f for f in FIELDS]
        total = sum(self.counts[k].tp + self.counts[k].fn for k in keys)
        return sum(self.counts[k].tp for k in keys) / max(1, total)

    @property
    def headline(self) -> float:
        return sum(self.counts[k].f1 for k in HEADLINE) / len(HEADLINE)

    def as_dict(self) -> dict[str, Any]:
        rows: dict[str, Any] = {
            k: {"p": round(c.precision, 3), "r": round(c.recall, 3), "f1": round(c.f1, 3),
                "tp": c.tp, "fp": c.fp, "fn": c.fn}
            for k, c in self.counts.items()
        }
        rows["_headline"] = self.headline
        rows["_fields_acc"] = self.fields_accuracy
        return rows

    def lines(self) -> list[str]:
        """The report as printed by the reference scorer, row for row."""
        out = [f"{k:24s} P={c.precision:.3f} R={c.recall:.3f} F1={c.f1:.3f}  (tp={c.tp} fp={c.fp} fn={c.fn})"
               for k, c in self.counts.items()]
        c = self.counts
        out.append(f"docs={self.docs} tasks_f1={c['tasks'].f1:.3f} bodies_f1={c['bodies+role'].f1:.3f} "
                   f"deadlines_f1={c['deadlines'].f1:.3f} targets_f1={c['targets+comparator'].f1:.3f} "
                   f"fields_acc={self.fields_accuracy:.3f} headline={self.headline:.3f}")
        return out


def body_tokens(name: str | None) -> list[str]:
    """Folded tokens of a body name: titles dropped, abbreviations expanded, "UBND" before a unit dropped."""
    s = unicodedata.normalize("NFC", (name or "").strip().lower())
    stripped = True
    while stripped:
        stripped = False
        for title in TITLES:
            if s.startswith(title + " "):
                s, stripped = s[len(title) + 1:], True
    toks = " ".join(EXPAND.get(t, t) for t in re.sub(r"[^\w\s]", " ", fold(s)).split()).split()
    if toks[:4] == ["uy", "ban", "nhan", "dan"] and len(toks) > 4 and toks[4] in UNIT_WORDS:
        toks = toks[4:]
    return toks


def token_f1(a: list[str], b: list[str]) -> float:
    common = sum((Counter(a) & Counter(b)).values()) if a and b else 0
    if not common:
        return 0.0
    p, r = common / len(a), common / len(b)
    return 2 * p * r / (p + r)


def same_body(a: str | None, b: str | None) -> bool:
    x, y = body_tokens(a), body_tokens(b)
    return x == y or token_f1(x, y) >= 0.8


def _iou(a: list[int], b: list[int]) -> float:
    union = max(a[1], b[1]) - min(a[0], b[0])
    return max(0, min(a[1], b[1]) - max(a[0], b[0])) / union if union else 0.0


def _one_to_one(pairs: Iterable[tuple[float, int, int]]) -> list[tuple[int, int]]:
    """Greedy one-to-one matching, best score first (ties broken by index, as the reference does)."""
    left: set[int] = set()
    right: set[int] = set()
    out = []
    for _, i, j in sorted(pairs, reverse=True):
        if i not in left and j not in right:
            left.add(i)
            right.add(j)
            out.append((i, j))
    return out


def _match_bodies(gold: list[dict], pred: list[dict], with_role: bool) -> tuple[int, int, int]:
    ordered = [b for b in gold if not b.get("optional")] + [b for b in gold if b.get("optional")]
    n_req = sum(1 for b in gold if not b.get("optional"))
    pairs = [
        (token_f1(body_tokens(g["name"]), body_tokens(p.get("name", ""))), i, j)
        for i, g in enumerate(ordered) for j, p in enumerate(pred)
        if same_body(g["name"], p.get("name", ""))
        and (not with_role or g.get("role", "lead") == p.get("role", "lead"))
    ]
    matched = _one_to_one(pairs)
    tp = sum(1 for i, _ in matched if i < n_req)
    return tp, len(pred) - len(matched), n_req - tp


def _deadline_ok(gold: dict, pred: dict | None) -> bool:
    if pred is None:
        return False
    kind = gold.get("kind")
    if kind == "ongoing":
        return pred.get("kind") == "ongoing"
    if kind == "recurring":
        return pred.get("kind") == "recurring" and gold.get("date") in (None, pred.get("date"))
    return gold.get("date") == pred.get("date")


def _unit(u: str | None) -> str:
    u = fold((u or "").strip())
    return "%" if u in ("%", "phan tram", "percent") else u


def _number_key(n: str | None) -> str | None:
    return re.sub(r"\s+", "", n).upper() if n else n


def _field_ok(name: str, gold: Any, pred: Any) -> bool:
    for g in gold if isinstance(gold, list) else [gold]:
        if g is None or pred is None:
            if g is None and pred in (None, ""):
                return True
        elif (name == "number" and _number_key(g) == _number_key(pred)) \
                or (name == "issuer" and same_body(g, pred)) \
                or (name == "subject" and token_f1(fold(g).split(), fold(pred).split()) >= 0.7) \
                or (name in ("doc_type", "issued_on") and g == pred):
            return True
    return False


def score_document(gold: Mapping[str, Any], pred: Mapping[str, Any], report: Report, text: str = "") -> None:
    """Add one document's counts (and, in ``report.notes``, its misses and extras) to ``report``."""
    C, note = report.counts, report.notes.append
    gtasks, ptasks = gold["tasks"], pred.get("tasks") or []
    pairs = [(v, i, j) for i, g in enumerate(gtasks) for j, p in enumerate(ptasks)
             if p.get("span") and len(p["span"]) == 2 and (v := _iou(g["span"], p["span"])) >= 0.5]
    g2p = dict(_one_to_one(pairs))
    for i, g in enumerate(gtasks):
        if g.get("optional"):
            continue
        req_bodies = [b for b in g["bodies"] if not b.get("optional")]
        gd = g.get("deadline")
        if i not in g2p:
            C["tasks"].add(fn=1)
            C["bodies"].add(fn=len(req_bodies))
            C["bodies+role"].add(fn=len(req_bodies))
            C["deadlines"].add(fn=1 if gd and not gd.get("optional") else 0)
            note(f"MISSED task {g.get('quote', '')[:90]!r}")
            continue
        p = ptasks[g2p[i]]
        pbodies = p.get("bodies") or []
        C["tasks"].add(tp=1)
        tp, fp, fn = _match_bodies(g["bodies"], pbodies, False)
        C["bodies"].add(tp, fp, fn)
        if fp or fn:
            note(f"BODIES {g.get('quote', '')[:60]!r} gold: {[b['name'] for b in req_bodies]} "
                 f"pred: {[b.get('name') for b in pbodies]}")
        C["bodies+role"].add(*_match_bodies(g["bodies"], pbodies, True))
        for b in req_bodies:
            hit = any(same_body(b["name"], x.get("name", "")) for x in pbodies)
            key = "bodies.inherited" if b.get("explicit") is False else "bodies.explicit"
            C[key].add(tp=int(hit), fn=int(not hit))
        pd = p.get("deadline")
        if gd and gd.get("optional"):
            pass
        elif gd:
            ok = _deadline_ok(gd, pd)
            C["deadlines"].add(tp=int(ok), fn=int(not ok), fp=int(not ok and pd is not None))
            if not ok:
                note(f"DEADLINE {g.get('quote', '')[:60]!r} gold={gd.get('date')} pred={pd and pd.get('date')}")
        elif pd:
            C["deadlines"].add(fp=1)
            note(f"DEADLINE not in gold {g.get('quote', '')[:60]!r} pred={pd.get('date')}")
        gi, pi = set(g.get("indices") or []), set(p.get("indices") or [])
        C["task.indices"].add(len(gi & pi), len(pi - gi), len(gi - pi))
    matched_preds = set(g2p.values())
    for j, p in enumerate(ptasks):
        if j not in matched_preds:
            C["tasks"].add(fp=1)
            C["bodies"].add(fp=len(p.get("bodies") or []))
            C["bodies+role"].add(fp=len(p.get("bodies") or []))
            C["deadlines"].add(fp=1 if p.get("deadline") else 0)
            s, e = (p.get("span") or [0, 0])[:2]
            note(f"EXTRA task {text[s:e][:90]!r}")
    _score_targets(gold.get("targets") or [], pred.get("targets") or [], report, text)
    gdir, pdir = gold["directive"], pred.get("directive") or {}
    for name in FIELDS:
        ok = _field_ok(name, gdir.get(name), pdir.get(name))
        C["directive." + name].add(tp=int(ok), fn=int(not ok))
        if not ok:
            note(f"FIELD {name} gold={gdir.get(name)!r} pred={pdir.get(name)!r}")
    gref = {_number_key(r) for r in gdir.get("references") or []}
    pref = {_number_key(r if isinstance(r, str) else (r or {}).get("number")) for r in pdir.get("references") or []}
    pref.discard(None)
    C["directive.references"].add(len(gref & pref), len(pref - gref), len(gref - pref))
    gi, pi = set(gdir.get("indices") or []), set(pdir.get("indices") or [])
    C["directive.indices"].add(len(gi & pi), len(pi - gi), len(gi - pi))


def _score_targets(gold: list[dict], pred: list[dict], report: Report, text: str) -> None:
    pairs = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            sp = p.get("span")
            if not sp or min(g["span"][1], sp[1]) - max(g["span"][0], sp[0]) <= 0:
                continue
            gv, pv = g.get("value"), p.get("value")
            if _unit(g.get("unit")) != _unit(p.get("unit")) or (gv is None) != (pv is None):
                continue
            if gv is not None and abs(float(gv) - float(pv)) > 1e-6:
                continue
            pairs.append((_iou(g["span"], sp), i, j))
    matched = _one_to_one(pairs)
    required = {i for i, g in enumerate(gold) if not g.get("optional")}
    tp = sum(1 for i, _ in matched if i in required)
    absorbed = len(matched) - tp
    report.counts["targets"].add(tp, len(pred) - tp - absorbed, len(required) - tp)
    tpc = sum(1 for i, j in matched if i in required and gold[i].get("comparator") == pred[j].get("comparator"))
    report.counts["targets+comparator"].add(tpc, len(pred) - tpc - absorbed, len(required) - tpc)
    hit_g, hit_p = {i for i, _ in matched}, {j for _, j in matched}
    for i in sorted(required - hit_g):
        report.notes.append(f"MISSED target {gold[i].get('quote', '')[:80]!r} {gold[i].get('value')} {gold[i].get('unit')}")
    for j, p in enumerate(pred):
        if j not in hit_p:
            s, e = (p.get("span") or [0, 0])[:2]
            report.notes.append(f"EXTRA target {text[s:e][:80]!r} {p.get('value')} {p.get('unit')}")


def evaluate(gold_dir: Path, predict: Callable[[str, Path], Mapping[str, Any] | None]) -> Report:
    """Score every ``NAME.json`` of ``gold_dir``; ``predict(name, text_path)`` gives the prediction."""
    report = Report()
    for gold_path in sorted(Path(gold_dir).glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text_path = gold_path.with_suffix(".txt")
        text = text_path.read_text(encoding="utf-8") if text_path.exists() else ""
        report.notes.append(f"== {gold_path.stem}")
        score_document(gold, predict(gold_path.stem, text_path) or {}, report, text)
        report.docs += 1
    return report
