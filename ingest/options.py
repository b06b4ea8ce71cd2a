"""Options for reading files, and the per-file result of a batch read."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from ingest.document import Document, InputFormat


class ReadOptions(BaseModel):
    """How to read a file.

    Attributes:
        max_bytes: refuse files larger than this (default 50 MiB).
        ocr: ``None`` (auto) runs OCR on PDF pages without a text layer when tesseract is
            installed; ``True`` OCRs every PDF page; ``False`` never runs OCR.
        ocr_lang: tesseract language(s), e.g. ``"vie"`` or ``"vie+eng"``.
        ocr_dpi: resolution at which scanned pages are rendered for OCR.
        pdf_tables: detect ruled tables in PDFs and render them as ``|`` rows.
    """

    model_config = ConfigDict(frozen=True)

    max_bytes: int = Field(default=50 * 1024 * 1024, gt=0, description="largest file accepted, in bytes")
    ocr: bool | None = Field(default=None, description="None = auto, True = always, False = never")
    ocr_lang: str = Field(default="vie", min_length=1, description="tesseract language code(s)")
    ocr_dpi: int = Field(default=300, ge=72, le=600, description="render resolution for OCR")
    pdf_tables: bool = Field(default=True, description="detect ruled tables in PDFs")


class ReadStatus(str, Enum):
    SUCCESS = "success"
    FAILURE = "failure"


class ReadResult(BaseModel):
    """The outcome of reading one file in a batch: a document, or the error that stopped it."""

    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)

    path: Path
    status: ReadStatus
    document: Document | None = None
    error: str | None = None
    error_code: str | None = None

    @property
    def ok(self) -> bool:
        return self.status is ReadStatus.SUCCESS


__all__ = ["InputFormat", "ReadOptions", "ReadResult", "ReadStatus"]
