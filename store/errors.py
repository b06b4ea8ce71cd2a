"""Errors of the store (no HTTP knowledge; ``web/errors.py`` maps them to 404/409/422).

Hierarchy::

    StoreError
    ├── NotFound           a row asked for by id / number / uid does not exist
    ├── Conflict           optimistic concurrency: the row changed since the caller read it
    ├── InvalidTransition  a lifecycle step not allowed from the current status
    └── InvalidData        an extraction or a change that cannot be stored as given
"""

from __future__ import annotations


class StoreError(Exception):
    """Base of every store error."""


class NotFound(StoreError):
    """A row does not exist."""


class Conflict(StoreError):
    """The row was changed by someone else since it was read (stale ``expected_version``)."""


class InvalidTransition(StoreError):
    """A lifecycle step that the task's current status does not allow."""


class InvalidData(StoreError, ValueError):
    """Input that cannot be stored: spans outside the text, unknown roles, bad dates."""
