"""Every SQL table of chidao, in one module (SQLModel, ``table=True``).

No ``from __future__ import annotations`` here: SQLModel needs runtime annotations;
forward references are quoted.

Machine output (rows written by an extraction run) and human changes are kept apart:
``ReviewEvent`` is an append-only log, and a task's current view is its machine values
with the events applied (``Task.status``/``Task.version`` and ``human_*`` fields record it).
"""

from datetime import date, datetime, timezone
from typing import Optional

from sqlalchemy import JSON, Column, Text, UniqueConstraint
from sqlmodel import Field, Relationship, SQLModel


def utcnow() -> datetime:
    """Now, timezone-aware in UTC (SQLModel's datetime columns refuse naive values)."""
    return datetime.now(timezone.utc)


class SourceFile(SQLModel, table=True):
    """A file as received. Identity is the SHA-256 of its bytes."""

    id: Optional[int] = Field(default=None, primary_key=True)
    sha256: str = Field(index=True, unique=True, max_length=64)
    name: str
    format: str = Field(max_length=8)
    size: int = 0
    text: str = Field(sa_column=Column(Text, nullable=False))
    pages: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    blocks: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    tables: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    meta: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    received_at: datetime = Field(default_factory=utcnow)
    received_by: Optional[str] = None

    directive: Optional["Directive"] = Relationship(back_populates="source_file")


class ExtractionRun(SQLModel, table=True):
    """One run of the extractor over one source file."""

    id: Optional[int] = Field(default=None, primary_key=True)
    source_file_id: int = Field(foreign_key="sourcefile.id", index=True)
    extractor_version: str
    config_hash: str = Field(max_length=64)
    started_at: datetime = Field(default_factory=utcnow)
    output: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    proposals: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))


class Directive(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    source_file_id: int = Field(foreign_key="sourcefile.id", unique=True)
    run_id: Optional[int] = Field(default=None, foreign_key="extractionrun.id")
    doc_type: str = "other"
    number: Optional[str] = Field(default=None, index=True)
    number_key: Optional[str] = Field(default=None, index=True)  # number upper-cased, spaces removed
    issuer: Optional[str] = None
    signer: Optional[str] = None
    issued_on: Optional[date] = None
    subject: Optional[str] = Field(default=None, sa_column=Column(Text))
    indices: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    folded: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    created_at: datetime = Field(default_factory=utcnow)

    source_file: Optional[SourceFile] = Relationship(back_populates="directive")
    tasks: list["Task"] = Relationship(back_populates="directive")
    references: list["Reference"] = Relationship(
        back_populates="directive", sa_relationship_kwargs={"foreign_keys": "Reference.directive_id"}
    )


class Reference(SQLModel, table=True):
    """A document the directive cites; ``target_id`` is filled once the cited one is stored."""

    id: Optional[int] = Field(default=None, primary_key=True)
    directive_id: int = Field(foreign_key="directive.id", index=True)
    number: str
    number_key: str = Field(index=True)
    doc_type: Optional[str] = None
    cited_date: Optional[date] = None
    start: Optional[int] = None
    end: Optional[int] = None
    target_id: Optional[int] = Field(default=None, foreign_key="directive.id")

    directive: Optional[Directive] = Relationship(
        back_populates="references", sa_relationship_kwargs={"foreign_keys": "Reference.directive_id"}
    )


class Body(SQLModel, table=True):
    """The body registry: canonical bodies with aliases, hierarchy and validity in time."""

    id: Optional[int] = Field(default=None, primary_key=True)
    name: str
    key: str = Field(index=True, unique=True)  # folded name used for matching
    aliases: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    parent_id: Optional[int] = Field(default=None, foreign_key="body.id")
    level: Optional[str] = None  # central | province | district | commune | collective
    valid_from: Optional[date] = None
    valid_to: Optional[date] = None
    proposed: bool = False  # seen in a directive, not yet confirmed by an admin

    task_links: list["TaskBody"] = Relationship(back_populates="body")


class Task(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    uid: str = Field(index=True, unique=True, max_length=32)  # stable id shown in exports
    directive_id: int = Field(foreign_key="directive.id", index=True)
    run_id: Optional[int] = Field(default=None, foreign_key="extractionrun.id")
    ordinal: int = 0
    label: str = ""  # the id in the extraction ("t4")
    start: int
    end: int
    page_no: int = 1
    text: str = Field(sa_column=Column(Text, nullable=False))  # source text[start:end]
    confidence: float = 1.0
    evidence: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    indices: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    origin: str = "machine"  # machine | human
    status: str = Field(default="extracted", index=True)  # TaskStatus
    progress: int = 0
    done_on: Optional[date] = None
    human_text: Optional[str] = Field(default=None, sa_column=Column(Text))  # edited content
    edited: bool = False
    version: int = Field(default=1)
    folded: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    result: Optional[str] = Field(default=None, sa_column=Column(Text))  # "Kết quả" reported back
    merged_into_id: Optional[int] = Field(default=None, foreign_key="task.id")
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)

    directive: Optional[Directive] = Relationship(back_populates="tasks")
    body_links: list["TaskBody"] = Relationship(back_populates="task")
    deadline: Optional["Deadline"] = Relationship(back_populates="task")
    targets: list["Target"] = Relationship(back_populates="task")


class TaskBody(SQLModel, table=True):
    """Task ↔ body, carrying the role (lead = "chủ trì", support = "phối hợp")."""

    __table_args__ = (UniqueConstraint("task_id", "body_id", "role"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    task_id: int = Field(foreign_key="task.id", index=True)
    body_id: int = Field(foreign_key="body.id", index=True)
    role: str = "lead"
    explicit: bool = True
    name_as_written: str = ""
    start: Optional[int] = None
    end: Optional[int] = None
    origin: str = "machine"

    task: Optional[Task] = Relationship(back_populates="body_links")
    body: Optional[Body] = Relationship(back_populates="task_links")


class Deadline(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    task_id: int = Field(foreign_key="task.id", unique=True)
    due_on: Optional[date] = None
    kind: str = "by"  # by | period | recurring | ongoing
    rule: Optional[str] = None  # iCalendar RRULE for recurring deadlines
    start: Optional[int] = None
    end: Optional[int] = None
    inherited: bool = False
    origin: str = "machine"

    task: Optional[Task] = Relationship(back_populates="deadline")


class Target(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    task_id: Optional[int] = Field(default=None, foreign_key="task.id", index=True)
    directive_id: int = Field(foreign_key="directive.id", index=True)
    value: Optional[float] = None
    unit: str = ""
    comparator: str = "="
    metric: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    start: int
    end: int
    page_no: int = 1
    text: str = Field(sa_column=Column(Text, nullable=False))
    origin: str = "machine"

    task: Optional[Task] = Relationship(back_populates="targets")


class ReviewEvent(SQLModel, table=True):
    """Append-only log of human changes. Rows are never updated or deleted."""

    id: Optional[int] = Field(default=None, primary_key=True)
    entity: str  # task | target | deadline | task_body | directive
    entity_id: int = Field(index=True)
    task_id: Optional[int] = Field(default=None, index=True)
    action: str  # ReviewAction
    before: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    after: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    actor: str = "system"
    note: Optional[str] = Field(default=None, sa_column=Column(Text))
    at: datetime = Field(default_factory=utcnow, index=True)


class Criterion(SQLModel, table=True):
    """A node of an indicator taxonomy (PAR, SIPAS, PCI, DDCI, PAPI, DTI, QD766)."""

    id: Optional[int] = Field(default=None, primary_key=True)
    code: str = Field(index=True, unique=True)
    index_code: str = Field(index=True)
    parent_code: Optional[str] = None
    name: str
    version: Optional[str] = None
    source: str = ""
    verified: bool = True
    aliases: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))


class TaskCriterion(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("task_id", "criterion_code"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    task_id: int = Field(foreign_key="task.id", index=True)
    criterion_code: str = Field(index=True)
    confidence: float = 1.0
    evidence: str = ""
    origin: str = "machine"


class ProgressReport(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    task_id: int = Field(foreign_key="task.id", index=True)
    percent: int = 0
    note: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    evidence: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))  # content hashes
    actor: str = "system"
    at: datetime = Field(default_factory=utcnow)


class User(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(index=True, unique=True)
    role: str  # clerk | manager | auditor | admin
    password_hash: str
    active: bool = True
    created_at: datetime = Field(default_factory=utcnow)


class WebSession(SQLModel, table=True):
    """A browser session of the web application (survives a restart; see ``web.sessions``).

    ``id`` is the SHA-256 of the random token the cookie carries, so a copy of this table
    does not let anyone log in. Anonymous sessions (before login) have no ``user_id``.
    """

    id: str = Field(primary_key=True, max_length=64)
    user_id: Optional[int] = Field(default=None, foreign_key="user.id", index=True)
    csrf: str = Field(max_length=64)
    flash: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    created_at: datetime = Field(default_factory=utcnow)
    last_seen: datetime = Field(default_factory=utcnow)
    expires_at: datetime = Field(default_factory=utcnow, index=True)
