"""SQL tables (SQLModel). Importing this package registers every table on ``SQLModel.metadata``."""

from models.enums import BodyRole, DeadlineKind, Origin, ReviewAction, Role, TaskStatus
from models.tables import (
    Body,
    Criterion,
    Deadline,
    Directive,
    ExtractionRun,
    ProgressReport,
    Reference,
    ReviewEvent,
    SourceFile,
    Target,
    Task,
    TaskBody,
    TaskCriterion,
    User,
)

__all__ = [
    "Body", "BodyRole", "Criterion", "Deadline", "DeadlineKind", "Directive", "ExtractionRun",
    "Origin", "ProgressReport", "Reference", "ReviewAction", "ReviewEvent", "Role", "SourceFile",
    "Target", "Task", "TaskBody", "TaskCriterion", "TaskStatus", "User",
]
