"""Matching keys computed by the store: document numbers, body names, search folding, task uids."""

from __future__ import annotations

import hashlib
import importlib
import re
from collections.abc import Callable

from nlp.text import fold, squash

_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)
_EXPANSIONS = ((r"\bubnd\b", "uy ban nhan dan"), (r"\bhdnd\b", "hoi dong nhan dan"))


def number_key(number: str) -> str:
    """The key that matches a document number however it is typed.

    Folded (``NĐ`` = ``ND``), upper-cased, whitespace removed: ``"30/2020/NĐ - CP"`` →
    ``"30/2020/ND-CP"``.
    """
    return re.sub(r"\s+", "", fold(number)).upper()


def _local_body_key(name: str) -> str:
    key = _PUNCT.sub(" ", fold(squash(name)))
    for pattern, repl in _EXPANSIONS:
        key = re.sub(pattern, repl, key)
    return squash(key)


def _nlp_canonical_key() -> Callable[[str], str] | None:
    try:
        module = importlib.import_module("nlp.bodies")
    except ImportError:
        return None
    fn = getattr(module, "canonical_key", None)
    return fn if callable(fn) else None


def body_key(name: str) -> str:
    """The registry key of a body name: ``nlp.bodies.canonical_key`` when it exists, else a local fold.

    The local fold lower-cases, strips diacritics and punctuation and expands ``UBND``/``HĐND``:
    ``"UBND tỉnh Đắk Lắk"`` → ``"uy ban nhan dan tinh dak lak"``.
    """
    fn = _nlp_canonical_key()
    if fn is not None:
        try:
            key = fn(name)
        except (OSError, LookupError, ValueError):  # nlp's lexicon data not available: fold locally
            key = ""
        if key:
            return key
    return _local_body_key(name)


def search_fold(text: str) -> str:
    """The folded form stored in ``folded`` columns and used for diacritic-insensitive search."""
    return squash(fold(text))


def task_uid(sha256: str, start: int, end: int, salt: int = 0) -> str:
    """A stable 12-hex-digit task id from the file hash and the span (``salt`` breaks collisions)."""
    raw = f"{sha256}:{start}:{end}" + (f":{salt}" if salt else "")
    return hashlib.sha256(raw.encode("ascii")).hexdigest()[:12].upper()
