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


# Finer codes. Each is a subclass of the two above, so ``except DocumentLoadError`` still
# catches them; the code tells a user (and the web layer) what to fix.


class FormatMismatch(UnsupportedFormat):
    """The content contradicts the name (a PDF named ``.docx``, a binary named ``.txt``)."""

    code = "E103"


class FileMissing(DocumentLoadError):
    """No such file, or the path is a directory."""

    code = "E104"


class EmptyDocument(DocumentLoadError):
    """The file has no bytes, or no text once read."""

    code = "E105"


class FileTooLarge(DocumentLoadError):
    """The file is larger than ``ReadOptions.max_bytes``."""

    code = "E106"


class BinaryContent(DocumentLoadError):
    """A text file whose bytes are not text in any supported encoding."""

    code = "E107"


class EncryptedDocument(DocumentLoadError):
    """A password-protected PDF or DOCX."""

    code = "E108"


class CorruptDocument(DocumentLoadError):
    """A PDF or DOCX whose structure cannot be parsed."""

    code = "E109"


class NoTextLayer(DocumentLoadError):
    """A scanned PDF without a text layer, and OCR is off or not installed."""

    code = "E110"
