"""The document model: one canonical text with pages, blocks and tables as offsets into it.

Every structure here points into ``Document.text`` by ``[start, end)`` character offsets
(Python ``str`` indices). For a ``.txt`` file the text is the decoded file exactly as read;
for other formats it is the text the reader assembled, and every offset the program emits
refers to it.
"""

from __future__ import annotations

from enum import Enum

from pydantic import BaseModel, ConfigDict, Field, model_validator


class InputFormat(str, Enum):
    TXT = "txt"
    HTML = "html"
    DOCX = "docx"
    PDF = "pdf"


class BlockKind(str, Enum):
    TITLE = "title"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    TABLE_ROW = "table_row"
    LINE = "line"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True)


class Page(_Frozen):
    """One page (1-based) and the text range it covers."""

    page_no: int
    start: int
    end: int
    width: float | None = None
    height: float | None = None
    ocr: bool = False


class Block(_Frozen):
    """A logical block: a paragraph joined across hard line wraps, a list item, a table row ..."""

    index: int
    kind: BlockKind
    start: int
    end: int
    page_no: int = 1
    level: int | None = None
    bbox: tuple[float, float, float, float] | None = None


class Cell(_Frozen):
    start: int
    end: int


class TableRow(_Frozen):
    cells: list[Cell]
    header: bool = False


class Table(_Frozen):
    index: int
    rows: list[TableRow]
    page_no: int = 1


class Document(_Frozen):
    """A read file: the canonical text and its layout.

    Attributes:
        text: the canonical text every offset points into.
        format: the input format that was read.
        sha256: hex SHA-256 of the file's bytes (the identity used for idempotent ingest).
        name: the file name as given (no directories).
        pages: pages in order; a text file is one page.
        blocks: logical blocks in text order.
        tables: tables, whose cells are offsets into ``text``.
        meta: reader notes (encoding, OCR use, title of an HTML page, ...).
    """

    text: str
    format: InputFormat
    sha256: str
    name: str = ""
    pages: list[Page] = Field(default_factory=list)
    blocks: list[Block] = Field(default_factory=list)
    tables: list[Table] = Field(default_factory=list)
    meta: dict[str, str] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _offsets_inside_text(self) -> Document:
        n = len(self.text)
        spans = [(p.start, p.end) for p in self.pages] + [(b.start, b.end) for b in self.blocks]
        spans += [(c.start, c.end) for t in self.tables for r in t.rows for c in r.cells]
        for s, e in spans:
            if not 0 <= s <= e <= n:
                raise ValueError(f"offset [{s}, {e}) outside the text of length {n}")
        return self

    def page_of(self, offset: int) -> int:
        """The 1-based page holding ``offset`` (1 when the document has no pages)."""
        for p in self.pages:
            if p.start <= offset < p.end:
                return p.page_no
        return self.pages[-1].page_no if self.pages else 1
