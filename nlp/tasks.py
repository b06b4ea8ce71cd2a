"""Which outline units are tasks: a trained linear model over structural and cue features.

``classify_units(text, units)`` scores every candidate unit (leaf items, table rows, sentences)
with a logistic model trained by ``chidao train`` (see :mod:`nlp.training`) and shipped as a small
JSON file in ``nlp/artefacts/tasks/``; headings, intros, body headers, the header and closing
zones and page chrome are never tasks. One of the model's inputs is the probability of the spaCy
text classifier of :mod:`nlp.textcat` (``nlp/artefacts/textcat/``, trained on the unit words; the
linear model was fitted on out-of-fold values of it). Each decision lists the cues that weighed
most and the classifier's score (``textcat=0.87``).
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from nlp.bodies import find_bodies
from nlp.structure import Unit
from nlp.structure_data import PATTERNS_PATH
from nlp.text import fold

if TYPE_CHECKING:
    from nlp.textcat import TextCat

ARTEFACT_DIR = Path(__file__).parent / "artefacts" / "tasks"
MODEL_FILE = "model.json"
CANDIDATE_KINDS = frozenset({"item", "table_row", "sentence"})
TEXTCAT_FEATURE = "textcat"
NARRATIVE_WINDOW = 40  # narrative cues count in a unit's first words (a long task item may look back later on)


@dataclass(frozen=True)
class TaskDecision:
    """The verdict on one unit: ``is_task``, the model ``score`` (0..1) and the deciding cues."""

    is_task: bool
    score: float
    evidence: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Cues:
    start_verb: re.Pattern[str]
    directive: tuple[tuple[str, re.Pattern[str]], ...]
    negative_start: re.Pattern[str]
    narrative: tuple[tuple[str, re.Pattern[str]], ...]
    frame_parent: re.Pattern[str]
    narrative_parent: re.Pattern[str]
    body_head: re.Pattern[str]
    opener: re.Pattern[str]


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    data = yaml.safe_load(PATTERNS_PATH.read_text(encoding="utf-8"))
    c = data["task_cues"]

    def alt(words: list[str]) -> str:
        return "|".join(sorted(words, key=len, reverse=True))

    return _Cues(
        start_verb=re.compile(r"(?:" + alt(c["start_verbs"]) + r")\b"),
        directive=tuple((w, re.compile(r"\b" + w + r"\b")) for w in c["directive"]),
        negative_start=re.compile(r"(?:" + alt(c["negative_start"]) + r")"),
        narrative=tuple((w.replace("\\b", ""), re.compile(w)) for w in c["narrative"]),
        frame_parent=re.compile(r"\b(?:" + alt(c["frame_parent"]) + r")\b"),
        narrative_parent=re.compile(r"\b(?:" + alt(c["narrative_parent"]) + r")\b"),
        body_head=re.compile(r"(?:" + alt(data["body_heads"]) + r")"),
        opener=re.compile(r"(?:" + "|".join(c["clause_openers"]) + r")\b"),
    )


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for e in edges:
        if n <= e:
            return f"<={e}"
    return f">{edges[-1]}"


def unit_features(text: str, units: list[Unit], i: int) -> dict[str, float]:
    """Sparse features of unit ``i`` (structure, position, cue words; no document-specific vocabulary)."""
    u, cues = units[i], _cues()
    raw = unicodedata.normalize("NFC", " ".join(text[u.start:u.end].split()))
    f = fold(raw)
    main = _main_clause(f, cues, raw)
    if main is not None:
        f_all, f = f, main  # the start features below read the main clause
    feats: dict[str, float] = {"bias": 1.0, f"kind={u.kind}": 1.0, f"leaf={u.is_leaf}": 1.0}
    words = f.split()
    if main is not None:
        feats["opener_main"] = 1.0
    elif cues.opener.match(f):
        feats["opener"] = 1.0
        if raw.endswith((";", ",")):
            feats["basis_line"] = 1.0
    feats["marked"] = float(bool(u.marker))
    feats[f"marker={_marker_class(u.marker)}"] = 1.0
    feats[f"words{_bucket(len(raw.split()), (4, 8, 15, 30, 60))}"] = 1.0
    feats[f"end={raw[-1:] if raw[-1:] in '.:;)' else 'other'}"] = 1.0
    feats[f"pos={min(4, int(5 * u.start / max(1, len(text))))}"] = 1.0
    if words:
        feats[f"w0={words[0]}"] = 1.0
        feats[f"w01={' '.join(words[:2])}"] = 1.0
    head = " ".join(words[:3])
    if cues.start_verb.match(f):
        feats["start_verb"] = 1.0
    if cues.negative_start.match(f):
        feats["neg_start"] = 1.0
    if cues.body_head.match(f + " ") and _body_at(raw if main is None else raw[len(f_all) - len(f):], 0):
        feats["start_body"] = 1.0
        rest = f[cues.body_head.match(f + " ").end():]
        if any(rx.search(rest[:120]) for _, rx in cues.directive[:12]):
            feats["body_then_modal"] = 1.0
        label, colon, action = f.partition(":")
        if colon and len(label.split()) <= 12 and cues.start_verb.match(action.strip()):
            feats["body_colon_action"] = 1.0  # "Văn phòng Bộ: Thực hiện tốt công tác tiếp công dân ..."
    if main is not None:
        f = f_all
    for w, rx in cues.directive:
        if rx.search(f):
            feats[f"dir:{w}"] = 1.0
            if rx.search(head):
                feats["dir_at_head"] = 1.0
    n_narr, lead = 0, " ".join(f.split()[:NARRATIVE_WINDOW])
    for w, rx in cues.narrative:
        if rx.search(lead):
            feats[f"narr:{w}"] = 1.0
            n_narr += 1
    feats[f"n_narr{_bucket(n_narr, (0, 1, 2))}"] = 1.0
    if re.search(r"\d+(?:[,\.]\d+)?\s*%", raw):
        feats["percent"] = 1.0
    if re.match(r"^(ngày|ngay)?\s*\d{1,2}[/-]\d{1,2}", f):
        feats["date_start"] = 1.0
    if ":" in raw[:40] and not raw.endswith(":"):
        feats["label_colon"] = 1.0
    if u.cells:
        feats["cells_lead"] = float("lead" in u.cells)
    feats.update(_context_features(text, units, i, cues))
    return feats


def _body_at(raw: str, pos: int) -> bool:
    """A body is named at ``raw[pos:]`` (after at most a title): the folded head words are
    ambiguous ("bổ sung" folds like "Bộ", "số" like "Sở"), the gazetteer is not."""
    if len(raw) - pos < 2:
        return False
    words = raw[pos:pos + 200].split()
    reach = pos + len(" ".join(words[:4]))
    return any(m.start <= reach for m in find_bodies(raw, pos, min(len(raw), pos + 200))[:1])


def _main_clause(f: str, cues: _Cues, raw: str | None = None) -> str | None:
    """The main clause of a folded unit that opens with an adverbial opener ("căn cứ ...,", "bên cạnh
    đó,", "thực hiện Công văn số ...,"): the text after the first comma that the name of a body
    follows ("..., các sở, ngành xây dựng ..."), or after a short opener's comma when an action verb
    follows ("Đồng thời, tổng hợp ..."); never across a ";" (a list of cited documents).
    ``None`` without an opener or such a comma."""
    m = cues.opener.match(f)
    if m is None:
        return None
    stop = f.find(";", 0, 400)
    limit = stop if stop >= 0 else min(len(f), 400)
    pos, first = m.end(), True
    while (pos := f.find(", ", pos, limit)) >= 0:
        rest = f[pos + 2:]
        exact = raw is not None and len(raw) == len(f)
        if _body_at(raw, pos + 2) if exact else cues.body_head.match(rest + " "):  # type: ignore[arg-type]
            return rest
        if first and len(f[:pos].split()) <= 4 and cues.start_verb.match(rest):
            return rest
        pos, first = pos + 2, False
    return None


def _marker_class(marker: str) -> str:
    if not marker:
        return "none"
    if re.fullmatch(r"[IVXLC]+[\.\)]?", marker):
        return "roman"
    if re.fullmatch(r"\d+[\.\)]?", marker):
        return "num"
    if re.fullmatch(r"\d+(\.\d+)+\.?", marker):
        return "numsub"
    if re.fullmatch(r"[a-zđ][\)\.]", marker):
        return "letter"
    if re.fullmatch(r"\((?:\d{1,2}|[a-zđ]|[ivx]{1,4})\)", marker):
        return "paren"
    return "bullet"


def _context_features(text: str, units: list[Unit], i: int, cues: _Cues) -> dict[str, float]:
    feats: dict[str, float] = {}
    u = units[i]
    depth, p = 0, u.parent
    frame = narr = False
    while p is not None and depth < 6:
        pu = units[p]
        pf = fold(" ".join(text[pu.start:pu.end].split()))
        if depth == 0:
            feats[f"pkind={pu.kind}"] = 1.0
            feats["p_colon"] = float(pf.endswith(":"))
        frame = frame or bool(cues.frame_parent.search(pf))
        narr = narr or (pu.kind == "heading" and bool(cues.narrative_parent.search(pf)))
        p, depth = pu.parent, depth + 1
    if u.parent is None:
        feats["pkind=none"] = 1.0
    feats["frame_anc"] = float(frame)
    feats["narr_anc"] = float(narr)
    feats[f"depth={min(depth, 3)}"] = 1.0
    sibs = [j for j in range(max(0, i - 3), min(len(units), i + 4)) if j != i and units[j].parent == u.parent]
    feats["sib_items"] = float(sum(units[j].kind in ("item", "table_row") for j in sibs) > 0)
    feats.update(_sibling_features(text, units, i, cues))
    if i > 0 and units[i - 1].kind == "sentence" and u.kind == "sentence":
        prev = fold(text[units[i - 1].start:units[i - 1].end])
        feats["prev_directive"] = float(any(rx.search(prev) for _, rx in cues.directive[:12]))
    return feats


def _sibling_features(text: str, units: list[Unit], i: int, cues: _Cues) -> dict[str, float]:
    """How many items of the same list (same parent, same marker kind) open with an action verb:
    the items of one list are alike, so an item among imperative siblings is likely one too."""
    u = units[i]
    if not u.marker:
        return {}
    mclass = _marker_class(u.marker)
    near = [j for j in range(max(0, i - 40), min(len(units), i + 41))
            if j != i and units[j].parent == u.parent and units[j].marker
            and _marker_class(units[j].marker) == mclass and units[j].kind in CANDIDATE_KINDS]
    if not near:
        return {"sib_verb=none": 1.0}
    n = sum(bool(cues.start_verb.match(fold(" ".join(text[units[j].start:units[j].start + 80].split()))))
            for j in near)
    frac = n / len(near)
    return {"sib_verb=most" if frac >= 0.5 else "sib_verb=some" if n else "sib_verb=zero": 1.0, "sib_verb_frac": round(frac, 3)}


@dataclass(frozen=True)
class TaskModel:
    """A linear model over named features, read from and written to JSON."""

    weights: dict[str, float]
    threshold: float = 0.5
    meta: dict = field(default_factory=dict)

    def score(self, feats: dict[str, float]) -> tuple[float, list[tuple[str, float]]]:
        contrib = [(k, self.weights.get(k, 0.0) * v) for k, v in feats.items() if k in self.weights]
        z = sum(c for _, c in contrib)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))), contrib

    def save(self, directory: Path) -> Path:
        directory.mkdir(parents=True, exist_ok=True)
        path = directory / MODEL_FILE
        data = {"threshold": self.threshold, "meta": self.meta, "weights": self.weights}
        path.write_text(json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True), encoding="utf-8")
        return path

    @classmethod
    def load(cls, directory: Path = ARTEFACT_DIR) -> TaskModel:
        data = json.loads((Path(directory) / MODEL_FILE).read_text(encoding="utf-8"))
        return cls(weights=data["weights"], threshold=data["threshold"], meta=data.get("meta", {}))


@lru_cache(maxsize=4)
def load_model(directory: str = str(ARTEFACT_DIR)) -> TaskModel:
    """The shipped task model (loaded once from the local artefact directory)."""
    return TaskModel.load(Path(directory))


def textcat_features(prob: float) -> dict[str, float]:
    """The linear model's view of a text-classifier probability: its log-odds, clipped and scaled."""
    p = min(max(prob, 1e-3), 1 - 1e-3)
    return {TEXTCAT_FEATURE: round(math.log(p / (1 - p)) / 4.0, 4)}


def uses_textcat(model: TaskModel) -> bool:
    """Whether ``model`` was fitted with the text-classifier probability as a feature."""
    return TEXTCAT_FEATURE in model.weights


def candidate_units(units: list[Unit]) -> list[int]:
    """Indexes of the units the model decides on: leaf items, table rows and sentences, and items
    that are full statements with sub-items of their own (kind ``item`` although not leaves)."""
    return [i for i, u in enumerate(units) if u.kind in CANDIDATE_KINDS and (u.is_leaf or u.kind == "item")]


def classify_units(text: str, units: list[Unit], *, model: TaskModel | None = None,
                   textcat: TextCat | None = None) -> list[TaskDecision]:
    """Decide for each unit whether it is a task (one decision per unit, same order).

    Args:
        text: the canonical document text.
        units: its outline (:func:`nlp.structure.parse_outline`).
        model: the linear model (default: the shipped artefact).
        textcat: a :class:`nlp.textcat.TextCat` (default: the shipped one, loaded lazily and only
            when ``model`` uses its score).
    """
    model = model or load_model()
    cand = candidate_units(units)
    tc_scores: dict[int, float] = {}
    if uses_textcat(model) and cand:
        if textcat is None:
            from nlp.textcat import load_textcat

            textcat = load_textcat()
        if textcat is not None:
            tc_scores = dict(zip(cand, textcat.score_units(text, [units[i] for i in cand]), strict=True))
    out: list[TaskDecision] = []
    cand_set = set(cand)
    for i, u in enumerate(units):
        if i not in cand_set:
            out.append(TaskDecision(False, 0.0, [f"kind:{u.kind}" if u.kind not in CANDIDATE_KINDS else "has-children"]))
            continue
        feats = unit_features(text, units, i)
        if i in tc_scores:
            feats.update(textcat_features(tc_scores[i]))
        prob, contrib = model.score(feats)
        top = sorted((c for c in contrib if c[0] not in ("bias", TEXTCAT_FEATURE)), key=lambda kv: -abs(kv[1]))[:4]
        evidence = [f"{k}:{v:+.2f}" for k, v in top]
        if i in tc_scores:
            evidence.append(f"textcat={tc_scores[i]:.2f}")
        out.append(TaskDecision(prob >= model.threshold, round(prob, 4), evidence))
    return out
