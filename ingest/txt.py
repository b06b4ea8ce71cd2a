"""``.txt`` → Document: the decoded text exactly as read, with logical blocks as offsets."""

from __future__ import annotations

from ingest._builder import DocumentBuilder
from ingest.decode import decode_text
from ingest.document import Document, InputFormat
from ingest.errors import EmptyDocument
from ingest.options import ReadOptions


def read_txt(data: bytes, *, name: str, sha256: str, options: ReadOptions) -> Document:  # noqa: ARG001
    """Decode a text file (see :func:`ingest.decode.decode_text`) and find its blocks.

    The text is not normalised (only Windows-1258 text is NFC-composed, and ``meta`` says so);
    a form feed starts a new page.

    Raises:
        BinaryContent: the bytes are not text.
        EmptyDocument: the file holds only whitespace.
    """
    text, meta = decode_text(data, name)
    if not text.strip():
        raise EmptyDocument(name, "the file contains only whitespace")
    return DocumentBuilder.from_text(text).build(InputFormat.TXT, sha256=sha256, name=name, meta=meta)
