"""Small text helpers shared by the nlp components: folding for matching, whitespace-aware slicing."""

from __future__ import annotations

import re
import unicodedata

_WS = re.compile(r"\s+")


def fold(s: str) -> str:
    """Lower-case, strip Vietnamese diacritics and map đ→d: "Ủy ban" → "uy ban".

    The result has the same length as the NFC input only for precomposed text; use it for
    matching keys, never for offsets.
    """
    s = unicodedata.normalize("NFD", s.lower())
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", s.replace("đ", "d"))


def squash(s: str) -> str:
    """Collapse every run of whitespace (line wraps included) into one space and strip."""
    return _WS.sub(" ", s).strip()


def strip_span(text: str, start: int, end: int, chars: str = " \t\r\n\xa0") -> tuple[int, int]:
    """Shrink ``[start, end)`` so that it neither starts nor ends with ``chars``."""
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end
