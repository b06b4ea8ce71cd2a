"""``.docx`` → Document: body paragraphs and tables in order, Word numbering made visible.

Word keeps list numbers out of the text (``w:numPr`` points at a numbering definition). The
reader replays the counters and prefixes each numbered paragraph with the marker Word would
show (``1.``, ``1.1.``, ``a)``, ``-``). Tables become ``cell | cell | cell`` rows, one per line,
with each cell's offsets in ``Document.tables``; vertically merged continuation cells are empty.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

import docx
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from lxml.etree import _Element

from ingest._builder import DocumentBuilder
from ingest.document import BlockKind, Document, InputFormat
from ingest.errors import EmptyDocument
from ingest.options import ReadOptions

_W_P, _W_TBL, _W_SDT = qn("w:p"), qn("w:tbl"), qn("w:sdt")
_VAL = qn("w:val")
_HEADING = re.compile(r"^(?:heading|tiêu đề|title)\s*(\d)?$", re.I)


@dataclass
class _Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1


@dataclass
class Numbering:
    """Word numbering definitions and the running counters of one document."""

    abstract: dict[str, dict[int, _Level]] = field(default_factory=dict)
    nums: dict[str, tuple[str, dict[int, int]]] = field(default_factory=dict)  # numId → (abstractId, overrides)
    counters: dict[str, dict[int, int]] = field(default_factory=dict)
    seen: set[str] = field(default_factory=set)

    @classmethod
    def from_document(cls, document: docx.document.Document) -> Numbering:
        num = cls()
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return num
        for an in root.findall(qn("w:abstractNum")):
            levels: dict[int, _Level] = {}
            for lvl in an.findall(qn("w:lvl")):
                fmt, text, start = _child_val(lvl, "w:numFmt"), _child_val(lvl, "w:lvlText"), _child_val(lvl, "w:start")
                levels[int(lvl.get(qn("w:ilvl"), "0"))] = _Level(
                    fmt or "decimal", text if text is not None else "%1.", int(start) if start and start.isdigit() else 1
                )
            num.abstract[an.get(qn("w:abstractNumId"), "")] = levels
        for n in root.findall(qn("w:num")):
            overrides: dict[int, int] = {}
            for ov in n.findall(qn("w:lvlOverride")):
                so = _child_val(ov, "w:startOverride")
                if so and so.isdigit():
                    overrides[int(ov.get(qn("w:ilvl"), "0"))] = int(so)
            num.nums[n.get(qn("w:numId"), "")] = (_child_val(n, "w:abstractNumId") or "", overrides)
        return num

    def marker(self, num_id: str, ilvl: int) -> str:
        """Advance the counters for a paragraph numbered ``(num_id, ilvl)``; return its visible marker."""
        if num_id not in self.nums:
            return ""
        abstract_id, overrides = self.nums[num_id]
        levels = self.abstract.get(abstract_id, {})
        counters = self.counters.setdefault(abstract_id, {})
        if num_id not in self.seen:
            self.seen.add(num_id)
            for lv, start in overrides.items():
                counters[lv] = start - 1
        level = levels.get(ilvl, _Level())
        counters[ilvl] = counters.get(ilvl, level.start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        if level.fmt == "bullet":
            return _bullet(level.text, ilvl)
        if level.fmt == "none":
            return ""

        def sub(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            lv = levels.get(k, _Level())
            return _format_number(counters.get(k, lv.start), lv.fmt)

        return re.sub(r"%(\d)", sub, level.text).strip()


def _child_val(el: _Element, tag: str) -> str | None:
    c = el.find(qn(tag))
    return None if c is None else c.get(_VAL)


def _bullet(glyph: str, ilvl: int) -> str:
    glyph = glyph.strip()
    if glyph in ("-", "+", "–"):
        return "-" if glyph == "–" else glyph
    return "-" if ilvl == 0 else "+"


def _format_number(n: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        s = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return s.upper() if fmt == "upperLetter" else s
    if fmt in ("lowerRoman", "upperRoman"):
        out, v = "", n
        for value, sym in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                           (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
            while v >= value:
                out, v = out + sym, v - value
        return out.lower() if fmt == "lowerRoman" else out
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


class _Reader:
    def __init__(self, document: docx.document.Document) -> None:
        self.doc = document
        self.numbering = Numbering.from_document(document)
        self.b = DocumentBuilder()
        self.rendered_breaks = document.element.body.find(".//" + qn("w:lastRenderedPageBreak")) is not None
        self.b.page()

    def _style(self, p: _Element) -> tuple[str, _Element | None]:
        sid = _child_val(p.pPr, "w:pStyle") if p.pPr is not None else None
        style = self.doc.styles.element.get_by_id(sid) if sid else self.doc.styles.element.default_for("paragraph")
        return (style.name_val or "") if style is not None else "", style

    def _num(self, p: _Element, style: _Element | None) -> tuple[str, int] | None:
        num_pr = p.pPr.numPr if p.pPr is not None else None
        ilvl = None
        while num_pr is None and style is not None:
            ppr = style.pPr
            num_pr = ppr.numPr if ppr is not None else None
            based = style.basedOn_val
            style = self.doc.styles.element.get_by_id(based) if based and num_pr is None else None
        if num_pr is None or num_pr.numId is None:
            return None
        ilvl = num_pr.ilvl.val if num_pr.ilvl is not None else 0
        num_id = str(num_pr.numId.val)
        return None if num_id == "0" else (num_id, int(ilvl))

    def paragraph_text(self, p: _Element) -> tuple[str, str]:
        """The visible text of a paragraph (numbering marker included) and its style name."""
        para = Paragraph(p, self.doc._body)
        text = para.text
        style_name, style = self._style(p)
        num = self._num(p, style)
        if num is not None and text.strip():
            mark = self.numbering.marker(*num)
            if mark:
                text = f"{mark} {text.lstrip()}"
        return text, style_name

    def paragraph(self, p: _Element) -> None:
        if self._page_break_before(p):
            self.b.page()
        text, style_name = self.paragraph_text(p)
        if not text.strip():
            return
        m = _HEADING.match(style_name.strip())
        kind = level = None
        if m:
            kind = BlockKind.TITLE if style_name.lower().startswith("title") else BlockKind.HEADING
            level = int(m.group(1)) if m.group(1) else None
        self.b.line(text.rstrip(), hard=True, kind=kind, level=level)

    def _page_break_before(self, p: _Element) -> bool:
        if self.b.pos == 0:
            return False
        if self.rendered_breaks:
            return p.find(".//" + qn("w:lastRenderedPageBreak")) is not None
        return any(br.get(qn("w:type")) == "page" for br in p.iter(qn("w:br")))

    def table(self, tbl: _Element) -> None:
        rows = [list(tr.tc_lst) for tr in tbl.tr_lst]
        texts = [[self._cell_text(tc) for tc in row] for row in rows]
        if any(len(t) > 1500 for row in texts for t in row):  # a table that lays out the whole body
            for row in rows:
                for tc in row:
                    for child in tc.iterchildren():
                        self.body_item(child)
            return
        self.b.table_start()
        for tr, row in zip(tbl.tr_lst, texts, strict=True):
            header = tr.trPr is not None and tr.trPr.find(qn("w:tblHeader")) is not None
            self.b.row(row, header=header)
        self.b.table_end()

    def _cell_text(self, tc: _Element) -> str:
        if tc.tcPr is not None and tc.tcPr.vMerge == "continue":
            return ""
        parts = [self.paragraph_text(p)[0] for p in tc.iter(_W_P)]
        return " ".join(" ".join(t.split()) for t in parts if t.strip())

    def body_item(self, el: _Element) -> None:
        if el.tag == _W_P:
            self.paragraph(el)
        elif el.tag == _W_TBL:
            self.table(el)
        elif el.tag == _W_SDT:
            content = el.find(qn("w:sdtContent"))
            for child in _children(content):
                self.body_item(child)


def _children(el: _Element | None) -> Iterator[_Element]:
    return iter(()) if el is None else el.iterchildren()


def read_docx(data: bytes, *, name: str, sha256: str, options: ReadOptions) -> Document:  # noqa: ARG001
    """Read a Word document (see the module docstring).

    Raises:
        EmptyDocument: the body has no text.
        Exception: python-docx errors on a corrupt package (the caller turns them into
            :class:`~ingest.errors.CorruptDocument`).
    """
    document = docx.Document(io.BytesIO(data))
    reader = _Reader(document)
    for child in document.element.body.iterchildren():
        reader.body_item(child)
    if not "".join(reader.b.parts).strip():
        raise EmptyDocument(name, "the Word document has no text in its body")
    props = document.core_properties
    meta = {"title": props.title} if props.title else {}
    return reader.b.build(InputFormat.DOCX, sha256=sha256, name=name, meta=meta)
