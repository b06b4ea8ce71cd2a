"""Train the task classifier of :mod:`nlp.tasks` from gold files and weakly labelled corpus texts.

Gold units (``shared/gold/dev``): an outline unit is positive when it overlaps a non-optional
gold task with IoU >= 0.5, skipped when it matches an optional one, negative otherwise. Corpus
units (``shared/corpus``) get labels from a few labelling functions over the same cue features
(imperative opening under a directive frame -> task; narrative, dates, "Căn cứ" -> not); units on
which they abstain or disagree are left out, and weak labels weigh less than gold ones.
The model is a logistic regression; it is exported as a JSON table of feature weights.

Stacking: a spaCy text classifier (:mod:`nlp.textcat`) is trained on the same units' words.
Its probability is one more feature of the regression; for the regression's own training rows it
is the out-of-fold value (folds group whole documents), so the regression weighs it as it will be
on unseen text. ``train`` writes both artefacts.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, replace
from pathlib import Path

from ingest.document import Document
from nlp.structure import Unit, parse_outline
from nlp.tasks import ARTEFACT_DIR, TaskModel, candidate_units, textcat_features, unit_features
from nlp.textcat import ARTEFACT_DIR as TEXTCAT_DIR
from nlp.textcat import DocCache, TextCat, group_folds, out_of_fold_scores, train_textcat, unit_text

WEAK_WEIGHT = 0.3
STACK_FOLDS = 5
SHARED = Path(os.environ.get("CHIDAO_SHARED", Path(__file__).resolve().parents[2] / "shared"))


@dataclass
class Example:
    doc: str
    feats: dict[str, float]
    label: int
    weight: float
    text: str = ""


def text_document(text: str, name: str = "") -> Document:
    """A ``Document`` for a plain text (what ``ingest`` builds for ``.txt``)."""
    return Document(text=text, format="txt", sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(), name=name)


def _iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def candidates(units: list[Unit]) -> list[int]:
    return candidate_units(units)


def gold_examples(gold_dir: Path) -> list[Example]:
    """Labelled units of every ``NAME.txt`` + ``NAME.json`` pair in ``gold_dir``."""
    out: list[Example] = []
    for jpath in sorted(gold_dir.glob("*.json")):
        text = jpath.with_suffix(".txt").read_text(encoding="utf-8")
        gold = json.loads(jpath.read_text(encoding="utf-8"))["tasks"]
        units = parse_outline(text_document(text, jpath.stem))
        for i in candidates(units):
            span = (units[i].start, units[i].end)
            best = max(gold, key=lambda g: _iou(span, tuple(g["span"])), default=None)
            if best is not None and _iou(span, tuple(best["span"])) >= 0.5:
                if best.get("optional"):
                    continue
                label = 1
            else:
                label = 0
            out.append(Example(jpath.stem, unit_features(text, units, i), label, 1.0, unit_text(text, units[i])))
    return out


def weak_label(feats: dict[str, float]) -> int | None:
    """Labelling functions over cue features: 1, 0 or None (abstain / conflict)."""
    item_like = feats.get("kind=item", 0) or feats.get("kind=table_row", 0)
    opens = feats.get("start_verb", 0) or feats.get("body_then_modal", 0) or feats.get("dir_at_head", 0)
    narrative = feats.get("n_narr>2", 0) or feats.get("n_narr<=2", 0)
    votes = set()
    if opens and not feats.get("neg_start") and not narrative:
        if item_like and (feats.get("frame_anc") or feats.get("p_colon")):
            votes.add(1)
        if feats.get("kind=sentence") and feats.get("body_then_modal"):
            votes.add(1)
    if feats.get("neg_start") or feats.get("date_start") or feats.get("narr_anc") or feats.get("basis_line"):
        votes.add(0)
    if narrative and not feats.get("dir_at_head"):
        votes.add(0)
    if not any(k.startswith("dir:") for k in feats) and not feats.get("start_verb"):
        votes.add(0)
    return votes.pop() if len(votes) == 1 else None


def _squash_key(text: str) -> str:
    return "".join(text.split())[:400]


def weak_examples(corpus_dirs: list[Path], exclude_texts: list[str], limit: int = 250) -> list[Example]:
    """Weakly labelled units of corpus texts (texts equal to a gold text are left out)."""
    excluded = {_squash_key(t) for t in exclude_texts}
    out: list[Example] = []
    files = [p for d in corpus_dirs if d.is_dir() for p in sorted(d.glob("*.txt"))][:limit]
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace")
        if _squash_key(text) in excluded or len(text) > 60000:
            continue
        units = parse_outline(text_document(text, path.name))
        for i in candidates(units):
            feats = unit_features(text, units, i)
            label = weak_label(feats)
            if label is not None:
                out.append(Example(f"corpus:{path.name}", feats, label, WEAK_WEIGHT, unit_text(text, units[i])))
    return out


def fit(examples: list[Example], *, c: float = 0.5, threshold: float = 0.5, meta: dict | None = None) -> TaskModel:
    """Fit the logistic regression and return it as a :class:`TaskModel`."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform([e.feats for e in examples])
    y = [e.label for e in examples]
    clf = LogisticRegression(C=c, max_iter=2000, class_weight="balanced", fit_intercept=False)
    clf.fit(x, y, sample_weight=[e.weight for e in examples])
    weights = {name: round(float(w), 5) for name, w in zip(vec.get_feature_names_out(), clf.coef_[0], strict=True)
               if abs(w) >= 1e-4}
    return TaskModel(weights=weights, threshold=threshold, meta=meta or {})


def fit_textcat(examples: list[Example], *, cache: DocCache | None = None) -> TextCat:
    """The text classifier trained on the unit words of ``examples`` (weights as repeats)."""
    return train_textcat([e.text for e in examples], [e.label for e in examples],
                         [e.weight for e in examples], cache=cache)


def oof_textcat(examples: list[Example], folds: list[int], *, cache: DocCache | None = None) -> list[float]:
    """Out-of-fold text-classifier probabilities of ``examples`` (``folds``: one fold id each)."""
    return out_of_fold_scores([e.text for e in examples], [e.label for e in examples],
                              [e.weight for e in examples], folds, cache=cache)


def with_textcat(examples: list[Example], scores: list[float]) -> list[Example]:
    """Copies of ``examples`` whose features include the text-classifier score."""
    return [replace(e, feats={**e.feats, **textcat_features(s)}) for e, s in zip(examples, scores, strict=True)]


PROJECT_GOLD = tuple(Path(__file__).resolve().parents[1] / "bench" / name for name in ("gold2", "gold3", "gold4", "gold5", "gold6", "gold7", "gold8"))


def default_gold_dirs() -> list[Path]:
    """The shared dev gold and the project's own annotated sets (``bench/gold2`` … ``gold8``), where present."""
    return [d for d in (SHARED / "gold" / "dev", *PROJECT_GOLD) if d.is_dir()]


def train(out_dir: Path = ARTEFACT_DIR, *, gold_dirs: list[Path] | None = None,
          corpus_dirs: list[Path] | None = None, weak_limit: int = 250,
          textcat_dir: Path | None = None) -> tuple[Path, dict]:
    """Train on all gold units plus weak corpus labels; write ``model.json`` and the textcat.

    ``model.json`` goes into ``out_dir``; the spaCy pipeline into ``textcat_dir`` (default: the
    shipped ``nlp/artefacts/textcat`` when ``out_dir`` is the shipped directory, else
    ``out_dir/textcat``).
    """
    gold_dirs = gold_dirs or default_gold_dirs()
    corpus_dirs = corpus_dirs if corpus_dirs is not None else [SHARED / "corpus" / "directives",
                                                               SHARED / "corpus" / "bulk"]
    if textcat_dir is None:
        textcat_dir = TEXTCAT_DIR if Path(out_dir).resolve() == ARTEFACT_DIR.resolve() else Path(out_dir) / "textcat"
    gold = [e for d in gold_dirs for e in gold_examples(d)]
    texts = [p.read_text(encoding="utf-8") for d in gold_dirs for p in d.glob("*.txt")]
    weak = weak_examples(corpus_dirs, texts, limit=weak_limit)
    examples = gold + weak
    cache = DocCache()
    folds = group_folds([e.doc for e in examples], min(STACK_FOLDS, len({e.doc for e in examples})))
    oof = oof_textcat(examples, folds, cache=cache)
    meta = {"gold_dirs": [d.name for d in gold_dirs], "gold_units": len(gold), "gold_pos": sum(e.label for e in gold), "weak_units": len(weak),
            "weak_pos": sum(e.label for e in weak), "weak_weight": WEAK_WEIGHT,
            "textcat": {"stack_folds": max(folds) + 1, "dir": Path(textcat_dir).name}}
    model = fit(with_textcat(examples, oof), meta=meta)
    fit_textcat(examples, cache=cache).save(Path(textcat_dir))
    return model.save(Path(out_dir)), meta
