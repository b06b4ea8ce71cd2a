"""DocumentBuilder: the only code that assembles a text and assigns offsets into it.

Readers append lines, table rows and page breaks; :meth:`DocumentBuilder.build` joins them,
finds logical blocks with :mod:`ingest.segment` and returns a validated :class:`Document`.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from ingest.document import Block, BlockKind, Cell, Document, InputFormat, Page, Table, TableRow
from ingest.segment import BlockSpec, assign_levels, segment

Bbox = tuple[float, float, float, float]
CELL_SEP = " | "


@dataclass
class _PageMark:
    page_no: int
    start: int
    width: float | None
    height: float | None
    ocr: bool


@dataclass
class DocumentBuilder:
    """Accumulates text and layout; every offset it hands out is final.

    Examples:
        >>> b = DocumentBuilder()
        >>> b.line("1. Giao Sở Y tế chủ trì.", hard=True)
        (0, 24)
        >>> b.build(InputFormat.TXT, sha256="0" * 64).blocks[0].kind.value
        'list_item'
    """

    parts: list[str] = field(default_factory=list)
    pos: int = 0
    hard: set[int] = field(default_factory=set)
    joins: set[int] = field(default_factory=set)
    hints: dict[int, tuple[BlockKind, int | None]] = field(default_factory=dict)
    bboxes: list[tuple[int, int, Bbox]] = field(default_factory=list)
    pages: list[_PageMark] = field(default_factory=list)
    tables: list[list[TableRow]] = field(default_factory=list)
    table_pages: list[int] = field(default_factory=list)
    _in_table: bool = False
    _starts: list[int] = field(default_factory=list)

    @classmethod
    def from_text(cls, text: str) -> DocumentBuilder:
        """A builder over a finished text (a ``.txt`` file): form feeds start new pages."""
        b = cls(parts=[text], pos=len(text))
        starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\f" and i + 1 < len(text)]
        b.pages = [_PageMark(n + 1, s, None, None, False) for n, s in enumerate(starts)]
        b.hard.update(starts)
        return b

    def _append(self, s: str) -> None:
        self.parts.append(s)
        self.pos += len(s)

    def page(
        self, *, width: float | None = None, height: float | None = None, ocr: bool = False, hard: bool = True
    ) -> int:
        """Start a new page at the current offset; returns its 1-based number.

        ``hard=False`` lets a paragraph run on from the previous page (a PDF whose last line
        reached the margin).
        """
        if self.pos and not self.parts[-1].endswith("\n"):
            self._append("\n")
        self.pages.append(_PageMark(len(self.pages) + 1, self.pos, width, height, ocr))
        if hard:
            self.hard.add(self.pos)
        return len(self.pages)

    @property
    def page_no(self) -> int:
        return self.pages[-1].page_no if self.pages else 1

    def line(
        self,
        text: str,
        *,
        hard: bool = False,
        join: bool = False,
        kind: BlockKind | None = None,
        level: int | None = None,
        bbox: Bbox | None = None,
    ) -> tuple[int, int]:
        """Append one line (a newline is added) and return its ``[start, end)``.

        Args:
            text: the line; inner newlines are allowed (soft line breaks).
            hard: a new block must start here (a DOCX/HTML paragraph, a PDF paragraph gap).
            join: the layout shows this line wraps the one above (see :func:`segment`).
            kind: the block kind the source states (a Word heading style, an ``<h2>``).
            level: the heading level the source states.
            bbox: where the line sits on its page (PDF points).
        """
        start = self.pos
        self._append(text)
        end = self.pos
        self._append("\n")
        if hard:
            self.hard.add(start)
        elif join:
            self.joins.add(start)
        if kind is not None:
            self.hints[start] = (kind, level)
        if bbox is not None:
            self.bboxes.append((start, end, bbox))
        return start, end

    def blank(self) -> None:
        """End the current block with an empty line (never two in a row)."""
        if self.pos and not "".join(self.parts[-2:]).endswith("\n\n"):
            self._append("\n")

    def table_start(self) -> None:
        self.tables.append([])
        self.table_pages.append(self.page_no)
        self._in_table = True

    def table_end(self) -> None:
        if self._in_table and not self.tables[-1]:
            self.tables.pop()
            self.table_pages.pop()
        self._in_table = False

    def row(self, cells: list[str], *, header: bool = False, bbox: Bbox | None = None) -> list[Cell]:
        """Append a table row rendered as ``cell | cell | cell`` on one line.

        Newlines inside a cell become spaces so that a row stays one line. A row whose cells
        are all empty is dropped. Call :meth:`table_start` first.
        """
        flat = [" ".join(c.split()) for c in cells]
        if not any(flat):
            return []
        start = self.pos
        out: list[Cell] = []
        for i, c in enumerate(flat):
            if i:
                self._append(CELL_SEP)
            out.append(Cell(start=self.pos, end=self.pos + len(c)))
            self._append(c)
        self.hard.add(start)
        self.hints[start] = (BlockKind.TABLE_ROW, None)
        if bbox is not None:
            self.bboxes.append((start, self.pos, bbox))
        self._append("\n")
        if self._in_table:
            self.tables[-1].append(TableRow(cells=out, header=header))
        return out

    def build(
        self, input_format: InputFormat, *, sha256: str, name: str = "", meta: dict[str, str] | None = None
    ) -> Document:
        """Join the text, find blocks and return the Document."""
        text = "".join(self.parts)
        marks = self.pages or [_PageMark(1, 0, None, None, False)]
        pages = [
            Page(page_no=m.page_no, start=m.start, end=(marks[i + 1].start if i + 1 < len(marks) else len(text)),
                 width=m.width, height=m.height, ocr=m.ocr)
            for i, m in enumerate(marks)
        ]
        specs = assign_levels([self._hinted(s) for s in segment(text, hard_starts=self.hard, joins=self.joins)])
        blocks = [
            Block(index=i, kind=s.kind, start=s.start, end=s.end, page_no=_page_at(pages, s.start),
                  level=self._level(s), bbox=self._bbox(s.start, s.end))
            for i, s in enumerate(specs)
        ]
        tables = [Table(index=i, rows=rows, page_no=self.table_pages[i]) for i, rows in enumerate(self.tables) if rows]
        return Document(text=text, format=input_format, sha256=sha256, name=name, pages=pages, blocks=blocks,
                        tables=tables, meta=dict(meta or {}))

    def _hinted(self, spec: BlockSpec) -> BlockSpec:
        hint = self.hints.get(spec.start)
        if hint is None or hint[0] == spec.kind:
            return spec
        kind = hint[0]
        if kind is BlockKind.PARAGRAPH and spec.kind is not BlockKind.PARAGRAPH:
            return spec  # text evidence (a marker, capitals) beats a plain "Normal" style
        return BlockSpec(kind, spec.start, spec.end, spec.style if kind is not BlockKind.TABLE_ROW else None)

    def _level(self, spec: BlockSpec) -> int | None:
        hint = self.hints.get(spec.start)
        if hint is not None and hint[1] is not None and spec.kind in (BlockKind.HEADING, BlockKind.TITLE):
            return hint[1]
        return spec.level

    def _bbox_starts(self) -> list[int]:
        if len(self._starts) != len(self.bboxes):
            self._starts = [s for s, _, _ in self.bboxes]
        return self._starts

    def _bbox(self, start: int, end: int) -> Bbox | None:
        i = max(bisect_right(self._bbox_starts(), start) - 1, 0)
        boxes = []
        for s, e, b in self.bboxes[i:]:
            if s >= end:
                break
            if e > start:
                boxes.append(b)
        if not boxes:
            return None
        return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def _page_at(pages: list[Page], offset: int) -> int:
    for p in pages:
        if p.start <= offset < p.end:
            return p.page_no
    return pages[-1].page_no
