"""OCR for scanned PDF pages: render with pypdfium2, read with tesseract (``vie``).

Needs the ``tesseract`` binary and its Vietnamese data (Debian/Ubuntu: ``apt-get install
tesseract-ocr tesseract-ocr-vie``). Nothing is downloaded at run time.
"""

from __future__ import annotations

import shutil
import unicodedata
from functools import lru_cache

INSTALL_HINT = "install tesseract with Vietnamese data (apt-get install tesseract-ocr tesseract-ocr-vie)"


@lru_cache(maxsize=8)
def _languages(binary: str) -> frozenset[str]:  # noqa: ARG001 - the binary path is the cache key
    import pytesseract

    try:
        return frozenset(pytesseract.get_languages(config=""))
    except Exception:  # noqa: BLE001 - a broken tesseract install reads as "not available"
        return frozenset()


def tesseract_missing(lang: str) -> str | None:
    """Why OCR in ``lang`` cannot run here, or ``None`` when it can."""
    binary = shutil.which("tesseract")
    if binary is None:
        return f"the tesseract program is not installed; {INSTALL_HINT}"
    missing = [x for x in lang.split("+") if x not in _languages(binary)]
    if missing:
        return f"tesseract has no language data for {', '.join(missing)}; {INSTALL_HINT}"
    return None


def ocr_pdf_page(data: bytes, index: int, *, lang: str = "vie", dpi: int = 300) -> str:
    """The text tesseract reads on page ``index`` (0-based) of the PDF ``data``, NFC-composed.

    Paragraphs are separated by blank lines, as tesseract writes them.
    """
    import pypdfium2
    import pytesseract

    pdf = pypdfium2.PdfDocument(data)
    try:
        page = pdf[index]
        try:
            image = page.render(scale=dpi / 72).to_pil()
        finally:
            page.close()
    finally:
        pdf.close()
    text = pytesseract.image_to_string(image, lang=lang, config="--psm 3")
    return unicodedata.normalize("NFC", text.replace("\f", ""))
