"""ingest: file → :class:`Document` (one canonical text; pages, blocks and tables as offsets).

Public verbs:
    read(path)              read one file (.txt, .html, .docx, .pdf — scans via tesseract OCR)
    read_bytes(data, name=) read an upload held in memory
    read_many(paths)        read a batch; yields one :class:`ReadResult` per file, never aborts
    detect_format(name, data)

Bad input raises an :class:`IngestError` subclass with a one-line, coded message.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from ingest.detect import detect_format, format_from_name
from ingest.document import Block, BlockKind, Cell, Document, InputFormat, Page, Table, TableRow
from ingest.errors import (
    BinaryContent,
    CorruptDocument,
    DocumentLoadError,
    EmptyDocument,
    EncryptedDocument,
    FileMissing,
    FileTooLarge,
    FormatMismatch,
    IngestError,
    NoTextLayer,
    UnsupportedFormat,
)
from ingest.options import ReadOptions, ReadResult, ReadStatus

__all__ = [
    "BinaryContent",
    "Block",
    "BlockKind",
    "Cell",
    "CorruptDocument",
    "Document",
    "DocumentLoadError",
    "EmptyDocument",
    "EncryptedDocument",
    "FileMissing",
    "FileTooLarge",
    "FormatMismatch",
    "IngestError",
    "InputFormat",
    "NoTextLayer",
    "Page",
    "ReadOptions",
    "ReadResult",
    "ReadStatus",
    "Table",
    "TableRow",
    "UnsupportedFormat",
    "detect_format",
    "read",
    "read_bytes",
    "read_many",
]

Reader = Callable[..., Document]


def _reader(fmt: InputFormat) -> Reader:
    # Imported on demand: nothing heavy (pdfplumber, python-docx, bs4) at package import.
    if fmt is InputFormat.TXT:
        from ingest.txt import read_txt

        return read_txt
    if fmt is InputFormat.HTML:
        from ingest.html import read_html

        return read_html
    if fmt is InputFormat.DOCX:
        from ingest.docx import read_docx

        return read_docx
    from ingest.pdf import read_pdf

    return read_pdf


def _one_line(e: BaseException) -> str:
    msg = " ".join(str(e).split()) or "no details"
    return f"{type(e).__name__}: {msg}"[:300]


def _read_data(
    data: bytes, *, label: str, name: str, input_format: InputFormat | str | None, options: ReadOptions
) -> Document:
    if not data:
        raise EmptyDocument(label, "the file is empty (0 bytes)")
    if len(data) > options.max_bytes:
        raise FileTooLarge(label, f"the file has {len(data)} bytes, more than the limit of {options.max_bytes}")
    try:
        fmt = detect_format(name, data, input_format=input_format)
    except IngestError as e:
        raise type(e)(label, e.reason) from e
    sha256 = hashlib.sha256(data).hexdigest()
    try:
        return _reader(fmt)(data, name=name, sha256=sha256, options=options)
    except IngestError as e:
        if e.path == label:
            raise
        raise type(e)(label, e.reason) from e
    except Exception as e:  # a parser choking on a damaged file is bad input, not a crash
        raise CorruptDocument(label, f"cannot parse the {fmt.value.upper()} file ({_one_line(e)})") from e


def read(
    path: str | Path, *, input_format: InputFormat | str | None = None, options: ReadOptions | None = None
) -> Document:
    """Read one file into a :class:`Document`.

    Args:
        path: the file to read.
        input_format: read as this format instead of the one the suffix names (the content
            must still agree).
        options: limits and OCR settings; defaults to ``ReadOptions()``.

    Returns:
        The document: canonical text, pages, logical blocks, tables, SHA-256 of the bytes.

    Raises:
        FileMissing: no such file, or a directory.
        UnsupportedFormat: the suffix or the content is not a format chidao reads.
        DocumentLoadError: empty, too large, binary, encrypted, corrupt, or a scan without OCR.

    Examples:
        >>> doc = read("tests/data/files/chi_thi.txt")  # doctest: +SKIP
        >>> doc.text[doc.blocks[0].start:doc.blocks[0].end]  # doctest: +SKIP
    """
    options = options or ReadOptions()
    p = Path(path)
    if not p.exists():
        raise FileMissing(p, "no such file")
    if p.is_dir():
        raise FileMissing(p, "is a directory, not a file")
    if input_format is None:
        format_from_name(p)  # refuse an unsupported suffix before reading the bytes
    size = p.stat().st_size
    if size > options.max_bytes:
        raise FileTooLarge(p, f"the file has {size} bytes, more than the limit of {options.max_bytes}")
    try:
        data = p.read_bytes()
    except OSError as e:
        raise DocumentLoadError(p, f"cannot open the file ({_one_line(e)})") from e
    return _read_data(data, label=str(p), name=p.name, input_format=input_format, options=options)


def read_bytes(
    data: bytes, *, name: str, input_format: InputFormat | str | None = None, options: ReadOptions | None = None
) -> Document:
    """Read a file held in memory (a web upload); ``name`` supplies the suffix and ``Document.name``.

    Raises:
        IngestError: as :func:`read`, except :class:`FileMissing`.
    """
    options = options or ReadOptions()
    name = Path(name).name or "upload"
    return _read_data(data, label=name, name=name, input_format=input_format, options=options)


def read_many(
    paths: Iterable[str | Path], *, input_format: InputFormat | str | None = None, options: ReadOptions | None = None
) -> Iterator[ReadResult]:
    """Read files one after another; a bad file yields a failure result and the batch goes on.

    Yields:
        One :class:`ReadResult` per path, in order: ``status=SUCCESS`` with the document, or
        ``status=FAILURE`` with the one-line error message and its code.
    """
    options = options or ReadOptions()
    for path in paths:
        p = Path(path)
        try:
            doc = read(p, input_format=input_format, options=options)
        except IngestError as e:
            yield ReadResult(path=p, status=ReadStatus.FAILURE, error=str(e), error_code=e.code)
        except Exception as e:  # noqa: BLE001 - a bug on one file must not lose the batch
            yield ReadResult(path=p, status=ReadStatus.FAILURE, error=f"[E100] {p}: {_one_line(e)}", error_code="E100")
        else:
            yield ReadResult(path=p, status=ReadStatus.SUCCESS, document=doc)
