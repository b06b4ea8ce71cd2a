"""Which format a file is: from its name, checked against its first bytes (magic numbers).

The name says what the user meant; the bytes say what the file is. A mismatch that would be
read wrongly (a PDF named ``.docx``, a binary named ``.txt``) is refused; an HTML page saved as
``.txt`` is read as text, which is harmless.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import PurePath

from ingest.document import InputFormat
from ingest.errors import FormatMismatch, UnsupportedFormat

SUFFIXES: dict[str, InputFormat] = {
    ".txt": InputFormat.TXT,
    ".text": InputFormat.TXT,
    ".html": InputFormat.HTML,
    ".htm": InputFormat.HTML,
    ".xhtml": InputFormat.HTML,
    ".docx": InputFormat.DOCX,
    ".pdf": InputFormat.PDF,
}

# Formats people will try, with the fix to suggest.
_HINTS: dict[str, str] = {
    ".doc": "legacy Word .doc is not supported; save it as .docx",
    ".rtf": "RTF is not supported; save it as .docx",
    ".odt": "OpenDocument is not supported; save it as .docx",
    ".xls": "spreadsheets are not supported",
    ".xlsx": "spreadsheets are not supported",
}

_HTML_START = re.compile(rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", re.I | re.S)
_HTML_ANY = re.compile(rb"<(html|body|div|p|table|article)\b[^>]*>", re.I)

# Content kinds found by sniffing (the InputFormat values, plus what chidao refuses).
ZIP, OLE, BINARY = "zip", "ole", "binary"


def sniff(data: bytes) -> str:
    """Guess what ``data`` is from its bytes alone.

    Returns:
        ``"pdf"``, ``"docx"``, ``"html"``, ``"txt"``, or ``"zip"`` (a ZIP that is not a Word
        document), ``"ole"`` (legacy Office / encrypted Office), ``"binary"``.
    """
    head = data[:1024]
    if b"%PDF-" in head:
        return InputFormat.PDF.value
    if data.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                names = set(zf.namelist())
        except (zipfile.BadZipFile, OSError, ValueError):
            # a damaged archive: still a Word file when its local headers name the body part
            return InputFormat.DOCX.value if b"word/document.xml" in data else ZIP
        return InputFormat.DOCX.value if "word/document.xml" in names else ZIP
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return OLE
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return InputFormat.TXT.value  # UTF-16 with BOM; HTML in UTF-16 is read as text
    if b"\x00" in data[:8192]:
        return InputFormat.TXT.value if utf16_without_bom(data) else BINARY
    probe = data[:4096].removeprefix(b"\xef\xbb\xbf")
    if _HTML_START.match(probe) or len(_HTML_ANY.findall(probe)) >= 2:
        return InputFormat.HTML.value
    return InputFormat.TXT.value


def utf16_without_bom(data: bytes) -> str | None:
    """``"utf-16-le"``/``"utf-16-be"`` when the NUL bytes sit in every other byte, like UTF-16 text."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    enc = None
    if odd.count(0) > 0.3 * len(odd) and even.count(0) == 0:
        enc = "utf-16-le"
    elif even.count(0) > 0.3 * len(even) and odd.count(0) == 0:
        enc = "utf-16-be"
    if enc is None:
        return None
    text = sample[: len(sample) // 2 * 2].decode(enc, errors="replace")
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\t\n\r\f") + text.count("\ufffd")
    return enc if controls <= 0.02 * len(text) else None


def format_from_name(name: str | PurePath) -> InputFormat | None:
    """The format a file name's suffix promises, or ``None`` when it has no suffix.

    Raises:
        UnsupportedFormat: the suffix names a format chidao does not read.
    """
    suffix = PurePath(name).suffix.lower()
    if not suffix:
        return None
    if suffix in SUFFIXES:
        return SUFFIXES[suffix]
    hint = _HINTS.get(suffix, "chidao reads .txt, .html, .docx and .pdf")
    raise UnsupportedFormat(name, f"unsupported file type {suffix!r}: {hint}")


def detect_format(
    name: str | PurePath, data: bytes | None = None, *, input_format: InputFormat | str | None = None
) -> InputFormat:
    """Decide how to read a file, from an explicit format, its name and its bytes.

    Args:
        name: the file name or path (only its suffix is used).
        data: the file's bytes; without them only the name is consulted.
        input_format: a format forced by the caller; the bytes must still agree with it.

    Returns:
        The format to read the file as.

    Raises:
        UnsupportedFormat: unknown suffix, or content chidao cannot read.
        FormatMismatch: the content contradicts the name or the forced format.

    Examples:
        >>> detect_format("cv.pdf", b"%PDF-1.7 ...").value
        'pdf'
    """
    expected = InputFormat(input_format) if input_format is not None else format_from_name(name)
    if data is None:
        if expected is None:
            raise UnsupportedFormat(name, "no file extension and no content to detect the format from")
        return expected
    found = sniff(data)
    if found == OLE:
        reason = "is a legacy Office (.doc/.xls) or password-protected Office file; save it as .docx"
        raise (FormatMismatch if expected is not None else UnsupportedFormat)(name, f"content {reason}")
    if found == ZIP:
        raise (FormatMismatch if expected is not None else UnsupportedFormat)(
            name, "content is a ZIP archive but not a Word document (no word/document.xml)"
        )
    if expected is None:
        if found == BINARY:
            raise UnsupportedFormat(name, "binary content of unknown type and no file extension")
        return InputFormat(found)
    if found == expected.value:
        return expected
    if expected is InputFormat.TXT and found == InputFormat.HTML.value:
        return expected  # markup saved as .txt: read it as the text it is
    if expected is InputFormat.HTML and found == InputFormat.TXT.value:
        return expected  # an HTML fragment without <html>/<body>
    what = "binary data" if found == BINARY else f"a {found.upper()} file"
    raise FormatMismatch(name, f"named as {expected.value.upper()} but the content is {what}")
