"""Pipeline configuration: validated, hashed, and stored with every extraction run."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

ARTEFACTS = Path(__file__).parent / "artefacts"

COMPONENTS = (
    "chidao_header",
    "chidao_outline",
    "chidao_tasks",
    "chidao_bodies",
    "chidao_deadlines",
    "chidao_targets",
    "chidao_indicators",
)


class PipelineConfig(BaseModel):
    """What the extractor runs and with which settings. Its hash identifies an extraction run."""

    model_config = ConfigDict(frozen=True)

    components: tuple[str, ...] = Field(default=COMPONENTS, description="spaCy components, in order.")
    task_threshold: float = Field(
        default=0.5, ge=0.0, le=1.0, description="Score from which a unit is reported as a task."
    )
    task_model: Path | None = Field(
        default=None, description="Directory of the task classifier; None = the artefact shipped in nlp/artefacts."
    )
    tokenize: bool = Field(
        default=True, description="Segment words with underthesea into the spaCy Doc (off: one token per chunk)."
    )

    def config_hash(self) -> str:
        """SHA-256 (first 16 hex digits) of the canonical JSON of this configuration."""
        payload = json.dumps(self.model_dump(mode="json"), sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]
