"""Errors raised while reading files.

IngestError
 ├── UnsupportedFormat   the file is not a format chidao reads (or its content contradicts its name)
 └── DocumentLoadError   the file is of a known format but cannot be read (missing, empty,
                         binary, encrypted, corrupt, too large)

Messages carry a code (E1xx), the file and the reason, on one line.
"""

from __future__ import annotations


class IngestError(Exception):
    code = "E100"

    def __init__(self, path: object, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"[{self.code}] {self.path}: {reason}")


class UnsupportedFormat(IngestError):
    code = "E101"


class DocumentLoadError(IngestError):
    code = "E102"
