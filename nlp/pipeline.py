"""Document → Extraction: the spaCy pipeline over the canonical text, assembled into FORMAT.md JSON."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Any

from nlp.config import PipelineConfig
from nlp.types import DirectiveInfo, Extraction, Target, Task

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from ingest.document import Document


def extractor_version() -> str:
    try:
        return version("chidao")
    except PackageNotFoundError:
        return "0+unknown"


class Extractor:
    """A loaded pipeline. Build once (``load_pipeline``), call on many documents."""

    def __init__(self, config: PipelineConfig | None = None) -> None:
        self.config = config or PipelineConfig()
        self.nlp = self._build()

    def _build(self) -> Language:
        import spacy

        import nlp.components  # noqa: F401  (registers the components)
        from nlp.tokenizer import VietnameseTokenizer

        lang = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
        if self.config.tokenize:
            lang.tokenizer = VietnameseTokenizer(lang.vocab)
        else:
            lang.tokenizer = _WhitespaceTokenizer(lang.vocab)
        for name in self.config.components:
            lang.add_pipe(name)
        return lang

    def doc(self, document: Document) -> Doc:
        """Run the pipeline; the Doc's text is exactly ``document.text``."""
        doc = self.nlp.make_doc(document.text)
        doc.user_data.update(document=document, config_task_threshold=self.config.task_threshold)
        for _, proc in self.nlp.pipeline:
            doc = proc(doc)
        return doc

    def __call__(self, document: Document) -> Extraction:
        return self.assemble(self.doc(document), document)

    def assemble(self, doc: Doc, document: Document) -> Extraction:
        info: DirectiveInfo = doc.user_data.get("directive") or DirectiveInfo()
        units, decisions = doc.user_data.get("units", []), doc.user_data.get("decisions", [])
        tasks: list[Task] = []
        targets: list[Target] = []
        for n, (i, slot) in enumerate(sorted(doc.user_data.get("tasks", {}).items()), start=1):
            unit, decision = units[i], decisions[i]
            task = Task(
                id=f"t{n}", span=(unit.start, unit.end), bodies=slot.get("bodies", []),
                deadline=slot.get("deadline"), indices=slot.get("indices", []),
                criteria=slot.get("criteria", []), confidence=round(float(decision.score), 4),
                evidence=list(decision.evidence), unit=_unit_kind(unit.kind),
                page=document.page_of(unit.start),
            )
            tasks.append(task)
            targets += [_target(t, task.id) for t in slot.get("targets", [])]
        targets += [_target(t, None) for t in doc.user_data.get("loose_targets", [])]
        targets.sort(key=lambda t: t.span)
        return Extraction(directive=info, tasks=tasks, targets=targets,
                          extractor={"version": extractor_version(), "config_hash": self.config.config_hash()})


def _unit_kind(kind: str) -> str:
    return {"table_row": "table_row", "sentence": "sentence"}.get(kind, "item")


def _target(m: Any, task_id: str | None) -> Target:
    return Target(task=task_id, span=(m.start, m.end), value=m.value, unit=m.unit,
                  comparator=m.comparator, metric=m.metric)


class _WhitespaceTokenizer:
    """Fallback tokenizer (``tokenize=False``): whitespace-delimited chunks; the text is kept exactly."""

    def __init__(self, vocab: Any) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        import re

        from spacy.tokens import Doc
        from spacy.util import get_words_and_spaces

        words, spaces = get_words_and_spaces(re.findall(r"\S+", text), text)
        return Doc(self.vocab, words=words, spaces=spaces)


_PIPELINES: dict[PipelineConfig, Extractor] = {}


def load_pipeline(config: PipelineConfig | None = None) -> Extractor:
    """The extractor for ``config``, built on first use and reused afterwards."""
    config = config or PipelineConfig()
    if config not in _PIPELINES:
        _PIPELINES[config] = Extractor(config)
    return _PIPELINES[config]


def extract(document: Document, *, config: PipelineConfig | None = None) -> Extraction:
    """Extract the directive header, tasks, bodies, deadlines, targets and indices of ``document``."""
    return load_pipeline(config)(document)
