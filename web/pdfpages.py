"""Page images of stored PDFs, with the audited passage marked on the page (pypdfium2 + Pillow).

The original PDF is kept by hash (:mod:`store.blobs`); a page is rendered on request. Passages are
found on the page through the PDF's own text layer (pdfium's text search), one line at a time,
because the canonical text breaks lines and joins columns differently from the PDF. A scanned page
has no text layer: it is shown without marks. pdfium is not thread-safe: one render at a time.
"""

from __future__ import annotations

import io
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

_LOCK = threading.Lock()
COLORS = {"task": (255, 212, 59, 110), "target": (151, 117, 250, 120)}
OUTLINE = {"task": (232, 89, 12, 255), "target": (112, 72, 232, 255)}
_SEGMENT = re.compile(r"\s*(?:\n|\s\|\s)\s*")


class PageNotFound(LookupError):
    """The PDF has no such page, or it cannot be opened."""


@dataclass(frozen=True)
class Quote:
    """A passage to mark on the page: its text (as in the canonical text) and its kind."""

    text: str
    kind: str = "task"


def segments(text: str, *, min_len: int = 4) -> list[str]:
    """The pieces of ``text`` to search on the page: its lines (and table columns), whitespace squashed."""
    out = []
    for part in _SEGMENT.split(text):
        part = " ".join(part.split())
        if len(part) >= min_len:
            out.append(part)
    return out


def page_count(pdf: Path) -> int:
    """The number of pages of ``pdf`` (0 when it cannot be opened)."""
    import pypdfium2

    with _LOCK:
        try:
            doc = pypdfium2.PdfDocument(str(pdf))
        except pypdfium2.PdfiumError:
            return 0
        try:
            return len(doc)
        finally:
            doc.close()


def _boxes(textpage: object, text: str, start: int) -> tuple[list[tuple[float, float, float, float]], int]:
    """Rectangles (PDF points) of the first match of ``text`` at or after char ``start`` (else anywhere)."""
    for index in (start, 0):
        found = None
        for candidate in (text, text[:60]):
            search = textpage.search(candidate, index=index, match_case=True)  # type: ignore[attr-defined]
            found = search.get_next()
            search.close()
            if found:
                break
        if found:
            first, count = found
            n = textpage.count_rects(first, count)  # type: ignore[attr-defined]
            return [textpage.get_rect(i) for i in range(n)], first + count  # type: ignore[attr-defined]
    return [], start


def render_page(pdf: Path, page_no: int, *, quotes: Sequence[Quote] = (), scale: float = 1.6) -> bytes:
    """Page ``page_no`` (1-based) of ``pdf`` as PNG bytes, each quote's lines boxed in its colour.

    Raises:
        PageNotFound: no such page, or not a readable PDF.
    """
    import pypdfium2
    from PIL import Image, ImageDraw

    with _LOCK:
        try:
            doc = pypdfium2.PdfDocument(str(pdf))
        except pypdfium2.PdfiumError as e:
            raise PageNotFound(f"{pdf.name}: not a readable PDF") from e
        try:
            if not 1 <= page_no <= len(doc):
                raise PageNotFound(f"{pdf.name} has {len(doc)} pages, not {page_no}")
            page = doc[page_no - 1]
            height = page.get_height()
            image = page.render(scale=scale).to_pil().convert("RGBA")
            textpage = page.get_textpage()
            marks: list[tuple[str, tuple[float, float, float, float]]] = []
            for quote in quotes:
                pos = 0
                for seg in segments(quote.text):
                    boxes, pos = _boxes(textpage, seg, pos)
                    marks += [(quote.kind, b) for b in boxes]
            textpage.close()
            page.close()
        finally:
            doc.close()
    overlay = Image.new("RGBA", image.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    for kind, (left, bottom, right, top) in marks:
        box = (left * scale - 1, (height - top) * scale - 1, right * scale + 1, (height - bottom) * scale + 1)
        draw.rectangle(box, fill=COLORS.get(kind, COLORS["task"]), outline=OUTLINE.get(kind, OUTLINE["task"]))
    out = io.BytesIO()
    Image.alpha_composite(image, overlay).convert("RGB").save(out, "PNG", optimize=True)
    return out.getvalue()
