"""The extraction result: the JSON of shared/gold/FORMAT.md as typed objects.

Spans are ``[start, end)`` offsets into ``Document.text``. Extra keys beyond FORMAT.md
(``explicit``, ``evidence``, ``confidence``, ``page``, ``criteria``, ``quote``) are allowed by
the format and carried for review and provenance.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Span = tuple[int, int]
Role = Literal["lead", "support"]
DeadlineKind = Literal["by", "period", "recurring", "ongoing"]
Comparator = Literal[">=", ">", "=", "<", "<=", "increase", "decrease"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="allow")


class Reference(_Model):
    """A document cited by number: ``1020/UBND-TH``, ``30/2020/NĐ-CP``, ``57-NQ/TW``."""

    number: str
    type: str | None = None  # doc_type code when the text names it: ke_hoach, quyet_dinh, ...
    date: str | None = None  # ISO date when given ("ngày 14 tháng 11 năm 2025")
    span: Span | None = None


class DirectiveInfo(_Model):
    doc_type: str = "other"
    number: str | None = None
    issuer: str | None = None
    signer: str | None = None
    issued_on: str | None = None
    subject: str | None = None
    references: list[Reference] = Field(default_factory=list)
    indices: list[str] = Field(default_factory=list)
    spans: dict[str, Span] = Field(default_factory=dict)  # where each field was read


class BodyRef(_Model):
    name: str
    role: Role = "lead"
    explicit: bool = True
    span: Span | None = None  # the mention in the text, when explicit


class Deadline(_Model):
    date: str | None = None
    kind: DeadlineKind = "by"
    rule: str | None = None
    span: Span | None = None
    inherited: bool = False


class Task(_Model):
    id: str
    span: Span
    bodies: list[BodyRef] = Field(default_factory=list)
    deadline: Deadline | None = None
    indices: list[str] = Field(default_factory=list)
    criteria: list[dict[str, Any]] = Field(default_factory=list)
    confidence: float = 1.0
    evidence: list[str] = Field(default_factory=list)
    unit: str = "item"  # item | table_row | sentence
    page: int | None = None


class Target(_Model):
    task: str | None
    span: Span
    value: float | None
    unit: str
    comparator: Comparator
    metric: str = ""


class Extraction(_Model):
    directive: DirectiveInfo
    tasks: list[Task] = Field(default_factory=list)
    targets: list[Target] = Field(default_factory=list)
    extractor: dict[str, str] = Field(default_factory=dict)  # version and config hash

    def to_json_dict(self) -> dict[str, Any]:
        """The FORMAT.md JSON (lists for spans, ``None`` kept)."""
        return self.model_dump(mode="json")
