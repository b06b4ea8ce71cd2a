"""``.pdf`` → Document: the text layer page by page (pdfplumber), OCR for pages without one.

Lines keep their page and bounding box. A new block is forced where the layout shows one: a
vertical gap larger than the usual line spacing, or a line after one that stops well short of
the right margin. Ruled tables become ``cell | cell`` rows; a line whose words sit in columns
far apart (the issuer | motto header of ND 30/2020) is rendered with ``|`` between columns.
"""

from __future__ import annotations

import io
import re
import statistics
import unicodedata
from typing import Any

from ingest._builder import DocumentBuilder
from ingest.document import Document, InputFormat
from ingest.errors import EmptyDocument, EncryptedDocument, NoTextLayer
from ingest.ocr import ocr_pdf_page, tesseract_missing
from ingest.options import ReadOptions

_MIN_TEXT_CHARS = 16  # fewer visible characters than this on a page: treat it as a scan
_PAGE_NUMBER = re.compile(r"[-–—\s]*(?:Trang\s+)?\d{1,3}(?:\s*/\s*\d{1,3})?[-–—\s]*")


def _nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def _is_encryption_error(e: BaseException) -> bool:
    seen: BaseException | None = e
    while seen is not None:
        name = type(seen).__name__.lower()
        if "password" in name or "encrypt" in name:
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _has_text_layer(text: str) -> bool:
    visible = [c for c in text if not c.isspace()]
    if len(visible) < _MIN_TEXT_CHARS:
        return False
    return text.count("(cid:") * 6 < 0.3 * len(visible)  # unmapped glyphs: no usable text


def _split_columns(line: dict[str, Any]) -> str:
    """The line's text, with ``|`` between runs of words that sit far apart."""
    from pdfplumber.utils import extract_text

    chars = [c for c in line.get("chars", []) if c.get("text", "").strip()]
    if len(chars) < 2:
        return line["text"]
    size = statistics.median(c["bottom"] - c["top"] for c in chars)
    runs: list[list[dict[str, Any]]] = [[chars[0]]]
    for prev, c in zip(chars, chars[1:], strict=False):
        if c["x0"] - prev["x1"] > 2.5 * size:
            runs.append([])
        runs[-1].append(c)
    if len(runs) == 1:
        return line["text"]
    return " | ".join(extract_text(r).strip() for r in runs)


def _table_items(page: Any) -> list[tuple[float, Any]]:
    items = []
    for t in page.find_tables():
        if len(t.rows) >= 1 and max(len(r.cells) for r in t.rows) >= 2:
            items.append((t.bbox[1], t))
    return items


def _outside(bboxes: list[tuple[float, float, float, float]]) -> Any:
    def keep(obj: dict[str, Any]) -> bool:
        if "x0" not in obj or "top" not in obj:
            return True
        cx, cy = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
        return not any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in bboxes)

    return keep


def _line_spacing(gaps: list[float], h: float) -> float:
    """The gap between lines inside a paragraph: the smallest gap that occurs at least twice."""
    usable = sorted(g for g in gaps if g > -h / 2)
    if not usable:
        return 0.0
    for i, g in enumerate(usable[:-1]):
        if usable[i + 1] - g <= 1.0:
            return max(g, 0.0)
    return max(usable[0], 0.0)


def _hard_breaks(lines: list[dict[str, Any]], *, continued: bool) -> tuple[list[bool], bool]:
    """For each line, whether the layout says a new block starts there; and whether the last
    line runs to the right margin (so the next page may continue its paragraph).

    ``continued``: the previous page ended with a full-width line.
    """
    if not lines:
        return [], False
    h = statistics.median(ln["bottom"] - ln["top"] for ln in lines) or 1.0
    usual = _line_spacing([b["top"] - a["bottom"] for a, b in zip(lines, lines[1:], strict=False)], h)
    right = max(ln["x1"] for ln in lines)
    width = max(right - min(ln["x0"] for ln in lines), 1.0)

    def short(ln: dict[str, Any]) -> bool:
        return ln["x1"] < right - 0.15 * width

    out = [not continued]
    for prev, cur in zip(lines, lines[1:], strict=False):
        out.append(cur["top"] - prev["bottom"] > usual + 0.4 * h or short(prev))
    return out, not short(lines[-1])


def _drop_page_numbers(lines: list[dict[str, Any]], height: float) -> list[dict[str, Any]]:
    def is_number(ln: dict[str, Any]) -> bool:
        edge = ln["top"] < 0.1 * height or ln["bottom"] > 0.9 * height
        return edge and bool(_PAGE_NUMBER.fullmatch(ln["text"].strip()))

    return [ln for i, ln in enumerate(lines) if not ((i == 0 or i == len(lines) - 1) and is_number(ln))]


def _text_page(b: DocumentBuilder, page: Any, options: ReadOptions, *, continued: bool) -> bool:
    """Append one page's text layer; return whether its last line ran to the right margin."""
    tables = _table_items(page) if options.pdf_tables else []
    source = page.filter(_outside([t.bbox for _, t in tables])) if tables else page
    lines = [ln for ln in source.extract_text_lines(return_chars=True) if ln["text"].strip()]
    lines = _drop_page_numbers(lines, float(page.height))
    table_first = bool(tables and lines and tables[0][0] < lines[0]["top"])
    breaks, full = _hard_breaks(lines, continued=continued and not table_first)
    items: list[tuple[float, int, Any]] = [(ln["top"], 0, (ln, brk)) for ln, brk in zip(lines, breaks, strict=True)]
    items += [(top, 1, t) for top, t in tables]
    last_is_table = False
    for _, what, item in sorted(items, key=lambda x: (x[0], x[1])):
        if what == 0:
            ln, brk = item
            box = (ln["x0"], ln["top"], ln["x1"], ln["bottom"])
            text = _nfc(_split_columns(ln))
            b.line(text, hard=brk, join=not brk and "|" not in text, bbox=box)
            last_is_table = False
        else:
            b.table_start()
            for row, geometry in zip(item.extract(), item.rows, strict=False):
                b.row([_nfc(c or "") for c in row], bbox=tuple(geometry.bbox))
            b.table_end()
            b.blank()
            last_is_table = True
    return full and not last_is_table


def _ocr_page(b: DocumentBuilder, data: bytes, index: int, options: ReadOptions) -> None:
    text = ocr_pdf_page(data, index, lang=options.ocr_lang, dpi=options.ocr_dpi)
    for para in text.split("\n\n"):
        lines = [ln.rstrip() for ln in para.split("\n") if ln.strip()]
        if lines:
            b.line("\n".join(lines), hard=True)


def read_pdf(data: bytes, *, name: str, sha256: str, options: ReadOptions) -> Document:
    """Read a PDF (see the module docstring).

    Raises:
        EncryptedDocument: the PDF needs a password.
        NoTextLayer: no page has text and OCR is off or tesseract (with ``vie``) is missing.
        EmptyDocument: neither the text layer nor OCR found any text.
    """
    import pdfplumber

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception as e:
        if _is_encryption_error(e):
            raise EncryptedDocument(name, "the PDF is password-protected; remove the password and try again") from e
        raise
    meta: dict[str, str] = {}
    b = DocumentBuilder()
    with pdf:
        n = len(pdf.pages)
        scanned = {i for i, page in enumerate(pdf.pages) if not _has_text_layer(page.extract_text() or "")}
        need_ocr = set(range(n)) if options.ocr is True else (scanned if options.ocr is None else set())
        reason = "OCR is turned off" if options.ocr is False else None
        if need_ocr and reason is None:
            reason = tesseract_missing(options.ocr_lang)
        if reason and n and (len(scanned) == n or options.ocr is True):
            what = "OCR was requested" if options.ocr is True else "the PDF has no text layer (a scan)"
            raise NoTextLayer(name, f"{what} and OCR cannot run: {reason}")
        need_ocr = need_ocr if reason is None else set()
        continued = False
        for i, page in enumerate(pdf.pages):
            use_ocr = i in need_ocr
            b.page(width=float(page.width), height=float(page.height), ocr=use_ocr, hard=use_ocr or not continued)
            if use_ocr:
                _ocr_page(b, data, i, options)
            elif i not in scanned:
                continued = _text_page(b, page, options, continued=continued)
                continue
            continued = False
        if need_ocr:
            meta["ocr"] = "tesseract"
            meta["ocr_lang"] = options.ocr_lang
        skipped = [str(i + 1) for i in sorted(scanned - need_ocr)]
        if skipped:
            meta["pages_without_text"] = ",".join(skipped)
        meta["page_count"] = str(n)
    if not "".join(b.parts).strip():
        raise EmptyDocument(name, "the PDF has pages but no text on them")
    meta["normalized"] = "NFC"
    return b.build(InputFormat.PDF, sha256=sha256, name=name, meta=meta)
