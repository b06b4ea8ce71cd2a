"""Bytes → text for text-like files (``.txt`` and the bytes of ``.html``).

Order: a byte-order mark (UTF-8, UTF-16), strict UTF-8, legacy Vietnamese Windows-1258
(which writes tone marks as combining characters, so only that text is NFC-normalised),
and charset-normalizer as the last resort. The result is refused as binary when it is full of
control characters. Nothing else is touched: NBSP, "Uỷ"/"Ủy" and line breaks stay as they are.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import PurePath

from ingest.detect import utf16_without_bom
from ingest.errors import BinaryContent

_VI_LETTERS = frozenset("ăâđơưĂÂĐƠƯ")
_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def _control_ratio(text: str) -> float:
    if not text:
        return 0.0
    bad = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in _ALLOWED_CONTROLS)
    bad += text.count("\ufffd")
    return bad / len(text)


def _looks_cp1258(text: str) -> bool:
    """Vietnamese written in Windows-1258: its own letters, and tone marks after letters."""
    letters = sum(1 for c in text if c.isalpha())
    if letters == 0:
        return False
    marks = sum(1 for i, c in enumerate(text) if c in _TONE_MARKS and i and text[i - 1].isalpha())
    stray = sum(1 for i, c in enumerate(text) if c in _TONE_MARKS and (i == 0 or not text[i - 1].isalpha()))
    vi = marks + sum(1 for c in text if c in _VI_LETTERS)
    return vi / letters >= 0.02 and stray <= max(2, marks // 20)


def _check(text: str, name: str | PurePath, encoding: str) -> str:
    if "\x00" in text or _control_ratio(text) > 0.005:
        raise BinaryContent(name, f"the bytes are not text (read as {encoding} they are mostly control characters)")
    return text


def decode_text(data: bytes, name: str | PurePath, *, declared: str | None = None) -> tuple[str, dict[str, str]]:
    """Decode the bytes of a text file.

    Args:
        data: the raw bytes.
        name: the file name, for error messages.
        declared: an encoding the container declares (an HTML ``<meta charset>``), tried right
            after the byte-order marks.

    Returns:
        The text and reader notes: ``encoding`` always; ``bom`` when a byte-order mark was
        dropped; ``normalized="NFC"`` for Windows-1258 text.

    Raises:
        BinaryContent: the bytes are not text in any encoding tried.
    """
    meta: dict[str, str] = {}
    if data.startswith(codecs.BOM_UTF8):
        try:
            return _check(data[3:].decode("utf-8"), name, "utf-8"), {"encoding": "utf-8", "bom": "utf-8"}
        except UnicodeDecodeError:
            data = data[3:]  # a BOM on bytes that are not UTF-8: let the sniffing below decide
    for bom, enc in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(enc)
            except UnicodeDecodeError as e:
                raise BinaryContent(name, f"starts with a UTF-16 byte-order mark but is not UTF-16 ({e.reason})") from e
            return _check(text, name, enc), {"encoding": enc, "bom": enc}
    if (enc16 := utf16_without_bom(data)) is not None:
        try:
            return _check(data.decode(enc16), name, enc16), {"encoding": enc16}
        except UnicodeDecodeError:
            pass
    if declared:
        text = _decode_declared(data, declared)
        if text is not None:
            return _check(text, name, declared), _meta_for(declared)
    try:
        return _check(data.decode("utf-8"), name, "utf-8"), {"encoding": "utf-8"}
    except UnicodeDecodeError:
        pass
    try:
        legacy = data.decode("cp1258")
    except UnicodeDecodeError:
        legacy = None
    if legacy is not None and _looks_cp1258(legacy):
        return _check(unicodedata.normalize("NFC", legacy), name, "windows-1258"), _meta_for("windows-1258")
    return _fallback(data, name, meta)


def _meta_for(encoding: str) -> dict[str, str]:
    enc = codecs.lookup(encoding).name
    if enc == "cp1258":
        return {"encoding": "windows-1258", "normalized": "NFC"}
    return {"encoding": enc}


def _decode_declared(data: bytes, declared: str) -> str | None:
    try:
        text = data.decode(declared)
    except (LookupError, UnicodeDecodeError):
        return None
    if codecs.lookup(declared).name == "cp1258":
        text = unicodedata.normalize("NFC", text)
    return text


def _fallback(data: bytes, name: str | PurePath, meta: dict[str, str]) -> tuple[str, dict[str, str]]:
    from charset_normalizer import from_bytes  # only for files that are neither UTF-8 nor Windows-1258

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise BinaryContent(name, "the bytes are not text in UTF-8, UTF-16, Windows-1258 or any detected encoding")
    text = str(best)
    meta.update({"encoding": best.encoding, "detected": "charset-normalizer"})
    return _check(text, name, best.encoding), meta


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first 4 KB, when Python knows it."""
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    name = m.group(1).decode("ascii", "replace")
    try:
        codecs.lookup(name)
    except LookupError:
        return None
    return name
