"""A spaCy text classifier (TASK / NOT_TASK) over the words of one outline unit.

The pipeline is a blank Vietnamese ``Language`` whose tokenizer is the project's
:class:`nlp.tokenizer.VietnameseTokenizer` (underthesea words aligned to the text) followed by a
``textcat`` component with a bag-of-words model (``spacy.TextCatBOW.v3``, uni- and bigrams of
words). It sees only the unit's words; structure and cue features stay with the linear model of
:mod:`nlp.tasks`, which takes this classifier's probability as one more feature (stacking).

The trained pipeline lives in ``nlp/artefacts/textcat/`` (``Language.to_disk``). The tokenizer is
code, not data: it is never written, and :func:`load_textcat` rebuilds the blank pipeline, sets
the tokenizer, then reads the component weights from the local directory (no network, no
download). Training (:func:`train_textcat`) is deterministic for a given seed.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from nlp.structure import Unit

ARTEFACT_DIR = Path(__file__).parent / "artefacts" / "textcat"
POS, NEG = "TASK", "NOT_TASK"
MAX_CHARS = 600
BOW_CONFIG = {
    "model": {
        "@architectures": "spacy.TextCatBOW.v3",
        "exclusive_classes": True,
        "ngram_size": 2,
        "no_output_layer": False,
        "length": 2**17,
    }
}


def unit_text(text: str, unit: Unit) -> str:
    """What the classifier reads for ``unit``: its words, whitespace squashed, at most MAX_CHARS."""
    return " ".join(text[unit.start:unit.end].split())[:MAX_CHARS]


def blank_pipeline(vocab: Vocab | None = None) -> Language:
    """A blank Vietnamese pipeline with the project's underthesea tokenizer (``doc.text == text``)."""
    import spacy

    from nlp.tokenizer import VietnameseTokenizer

    kwargs = {"vocab": vocab} if vocab is not None else {}
    lang = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}}, **kwargs)
    lang.tokenizer = VietnameseTokenizer(lang.vocab)
    return lang


def build_pipeline(vocab: Vocab | None = None) -> Language:
    """Blank pipeline + an untrained ``textcat`` with the labels TASK and NOT_TASK."""
    lang = blank_pipeline(vocab)
    textcat = lang.add_pipe("textcat", config=BOW_CONFIG)
    textcat.add_label(POS)
    textcat.add_label(NEG)
    return lang


class DocCache:
    """Tokenizes unit texts once (underthesea is the slow part) and hands out the same ``Doc``."""

    def __init__(self, lang: Language | None = None) -> None:
        self.lang = lang or blank_pipeline()
        self._docs: dict[str, Doc] = {}

    @property
    def vocab(self) -> Vocab:
        return self.lang.vocab

    def __call__(self, texts: Sequence[str]) -> list[Doc]:
        for t in texts:
            if t not in self._docs:
                self._docs[t] = self.lang.make_doc(t)
        return [self._docs[t] for t in texts]


@dataclass
class TextCat:
    """A trained TASK/NOT_TASK pipeline; :meth:`scores` gives P(TASK) per text."""

    nlp: Language

    def scores(self, texts: Sequence[str], docs: Sequence[Doc] | None = None) -> list[float]:
        """P(TASK) for each text (``docs``: already tokenized Docs of the same texts, optional)."""
        if not texts:
            return []
        docs = list(docs) if docs is not None else [self.nlp.make_doc(t) for t in texts]
        textcat = self.nlp.get_pipe("textcat")
        scores = textcat.predict(docs)
        col = textcat.labels.index(POS)
        return [round(float(row[col]), 4) for row in textcat.model.ops.to_numpy(scores)]

    def score_units(self, text: str, units: Sequence[Unit]) -> list[float]:
        """P(TASK) for each of ``units`` of ``text``."""
        return self.scores([unit_text(text, u) for u in units])

    def save(self, directory: Path) -> Path:
        """Write the pipeline (config, vocab, textcat weights; no tokenizer) into ``directory``."""
        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        self.nlp.meta.update(name="chidao_task_textcat", description=(
            "TASK/NOT_TASK over outline-unit words; tokenizer: nlp.tokenizer.VietnameseTokenizer (set on load)"))
        self.nlp.to_disk(directory, exclude=["tokenizer"])
        return directory

    @classmethod
    def load(cls, directory: Path = ARTEFACT_DIR) -> TextCat:
        """Read a saved pipeline from a local directory and put the project tokenizer back."""
        lang = build_pipeline()
        lang.from_disk(Path(directory), exclude=["tokenizer"])
        from nlp.tokenizer import VietnameseTokenizer

        lang.tokenizer = VietnameseTokenizer(lang.vocab)
        return cls(lang)


@lru_cache(maxsize=4)
def load_textcat(directory: str = str(ARTEFACT_DIR)) -> TextCat | None:
    """The shipped classifier, loaded once; ``None`` when the directory holds no trained pipeline."""
    path = Path(directory)
    if not (path / "textcat").is_dir():
        return None
    return TextCat.load(path)


def _repeats(weights: Sequence[float]) -> list[int]:
    low = min(weights) if weights else 1.0
    return [max(1, round(w / low)) for w in weights]


def _dedupe(texts: Sequence[str], labels: Sequence[int],
            weights: Sequence[float]) -> tuple[list[str], list[int], list[float]]:
    """One example per distinct (text, label), with the largest weight (boilerplate units recur)."""
    best: dict[tuple[str, int], float] = {}
    for t, y, w in zip(texts, labels, weights, strict=True):
        key = (t, int(y == 1))
        best[key] = max(w, best.get(key, 0.0))
    keys = sorted(best)
    return [k[0] for k in keys], [k[1] for k in keys], [best[k] for k in keys]


def train_textcat(texts: Sequence[str], labels: Sequence[int], weights: Sequence[float] | None = None, *,
                  epochs: int = 6, seed: int = 13, cache: DocCache | None = None) -> TextCat:
    """Train a TASK/NOT_TASK classifier on unit texts.

    Args:
        texts: unit texts (see :func:`unit_text`).
        labels: 1 for a task, 0 otherwise.
        weights: per-example weights; spaCy has no sample weights, so an example of weight ``w``
            is repeated ``round(w / min(weights))`` times (after merging equal (text, label) pairs).
        epochs: passes over the data.
        seed: fixes initialisation and shuffling (same data + seed -> same model).
        cache: tokenized Docs to reuse (its vocab is shared with the new pipeline).

    Returns:
        The trained :class:`TextCat`.
    """
    from spacy.training import Example
    from spacy.util import compounding, fix_random_seed, minibatch

    if not texts or len(set(labels)) < 2:
        raise ValueError("textcat training needs examples of both classes")
    cache = cache or DocCache()
    fix_random_seed(seed)
    lang = build_pipeline(cache.vocab)
    texts, labels, weights = _dedupe(texts, labels, weights or [1.0] * len(texts))
    docs = cache(texts)
    examples = []
    for doc, y, n in zip(docs, labels, _repeats(weights), strict=True):
        cats = {POS: float(y == 1), NEG: float(y != 1)}
        examples += [Example(doc, _reference(doc, cats))] * n
    optimizer = lang.initialize(lambda: examples)
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(examples)
        for batch in minibatch(examples, size=compounding(8.0, 64.0, 1.5)):
            lang.update(batch, sgd=optimizer, drop=0.1)
    return TextCat(lang)


def _reference(doc: Doc, cats: dict[str, float]) -> Doc:
    from spacy.tokens import Doc as _Doc

    ref = _Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc])
    ref.cats = cats
    return ref


def group_folds(groups: Sequence[str], k: int) -> list[int]:
    """A fold number in ``range(k)`` per example; all examples of one group share a fold."""
    names = sorted(set(groups), key=lambda g: hashlib.sha1(g.encode("utf-8")).hexdigest())
    fold_of = {g: n % k for n, g in enumerate(names)}
    return [fold_of[g] for g in groups]


def out_of_fold_scores(texts: Sequence[str], labels: Sequence[int], weights: Sequence[float],
                       folds: Sequence[int], *, epochs: int = 6, seed: int = 13,
                       cache: DocCache | None = None) -> list[float]:
    """P(TASK) of every example from a classifier trained without its fold (for stacking)."""
    cache = cache or DocCache()
    out = [0.5] * len(texts)
    for k in sorted(set(folds)):
        train_idx = [i for i, f in enumerate(folds) if f != k]
        test_idx = [i for i, f in enumerate(folds) if f == k]
        if len({labels[i] for i in train_idx}) < 2:
            continue  # nothing to learn from: the fold keeps the neutral 0.5
        model = train_textcat([texts[i] for i in train_idx], [labels[i] for i in train_idx],
                              [weights[i] for i in train_idx], epochs=epochs, seed=seed, cache=cache)
        held = [texts[i] for i in test_idx]
        for i, s in zip(test_idx, model.scores(held, cache(held)), strict=True):
            out[i] = s
    return out
