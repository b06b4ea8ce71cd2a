"""Enumerations stored as strings in the tables."""

from __future__ import annotations

from enum import Enum


class BodyRole(str, Enum):
    LEAD = "lead"  # "chủ trì": must do the task
    SUPPORT = "support"  # "phối hợp": cooperates


class TaskStatus(str, Enum):
    EXTRACTED = "extracted"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


class DeadlineKind(str, Enum):
    BY = "by"
    PERIOD = "period"
    RECURRING = "recurring"
    ONGOING = "ongoing"


class Origin(str, Enum):
    MACHINE = "machine"
    HUMAN = "human"


class Role(str, Enum):
    CLERK = "clerk"
    MANAGER = "manager"
    AUDITOR = "auditor"
    ADMIN = "admin"


class ReviewAction(str, Enum):
    ACCEPT = "accept"
    REJECT = "reject"
    EDIT = "edit"
    ADD_BODY = "add_body"
    REMOVE_BODY = "remove_body"
    CHANGE_ROLE = "change_role"
    SET_DEADLINE = "set_deadline"
    SPLIT = "split"
    MERGE = "merge"
    START = "start"
    PROGRESS = "progress"
    DONE = "done"
    CANCEL = "cancel"
    UNDO = "undo"
