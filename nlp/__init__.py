"""Document → Extraction. Public façade: ``extract``, ``load_pipeline``, ``PipelineConfig``, the types."""

from nlp.config import PipelineConfig
from nlp.pipeline import Extractor, extract, load_pipeline
from nlp.types import BodyRef, Deadline, DirectiveInfo, Extraction, Reference, Target, Task

__all__ = [
    "BodyRef", "Deadline", "DirectiveInfo", "Extraction", "Extractor", "PipelineConfig", "Reference",
    "Target", "Task", "extract", "load_pipeline",
]
