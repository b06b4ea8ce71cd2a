"""Documents cited by number: ``1020/UBND-TH``, ``30/2020/NĐ-CP``, ``57-NQ/TW``, ``Quyết định 1020``.

A reference is typed from the type name written before it ("Kế hoạch số ...", "tại Công văn số
...") or, failing that, from the type abbreviation of its ký hiệu (ND 30/2020 Phụ lục III, in
``nlp/patterns/doc_types.yaml``), and dated from a "ngày ..." that follows it. The directive's own
number (the "Số:" of its header, or ``own_number``) is not a reference, nor is a licence number in a
web page's footer, nor a document that the directive says is to be replaced ("thay thế ...").
"""

from __future__ import annotations

import datetime as _dt
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from nlp.text import fold
from nlp.types import Reference

_PATTERNS = Path(__file__).parent / "patterns"

# 1020/UBND-TH, 30/2020/NĐ-CP, 9807/TTr-SNV, 15972/SXD-QLN& TTBĐS, 92/2009/TT- BTC, 1020 /UBND-TH, 11554/VPCP-V.I
_SLASH_FORM = (
    r"\d{1,5}(?: ?/ ?(?:19|20)\d\d)? ?/ ?[A-ZĐ][A-Za-zĐđ0-9]*"
    r"(?:(?: ?- ?|&| ?& ?|\.(?=[A-ZĐ]))[A-ZĐ][A-Za-zĐđ0-9]*)*"  # also VPCP-V.I
)
# 57-NQ/TW, 134-KH/TU, 81-TB/TW, 02-CT/BCS
_HYPHEN_FORM = r"\d{1,5}-[A-ZĐ][A-Za-zĐ]*/[A-ZĐ][A-Za-zĐ0-9]*(?:-[A-ZĐ][A-Za-zĐ0-9]*)*"
NUMBER_RE = re.compile(rf"(?<![\w/.-])(?:{_HYPHEN_FORM}|{_SLASH_FORM})(?![\w/])")

_DATE_AFTER = re.compile(
    r"\s*,?\s*(?:được\s+)?(?:ban\s+hành\s+)?ngày\s+(\d{1,2})"
    r"(?:\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})|\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4}))",
    re.IGNORECASE,
)
_OWN_RE = re.compile(r"(?:^|[\s|])Số\s*:\s*", re.MULTILINE)
_HEADER_REACH = 1500  # the header's "Số:" lies near the top of the first page
_LOOKBACK = 80
_YEARS = range(1945, 2101)
_UNIT_AFTER = re.compile(r"\s*(?:tháng|năm|ngày|giờ|%|người|lượt|triệu|tỷ|nghìn)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def doc_types() -> list[dict[str, Any]]:
    """The document types of ``doc_types.yaml``, each with ``names``, ``abbr``, ``code``, ``directive``."""
    data = yaml.safe_load((_PATTERNS / "doc_types.yaml").read_text(encoding="utf-8"))
    out = []
    for t in data["types"]:
        out.append({"names": list(t["name"]), "abbr": list(t.get("abbr") or []),
                    "code": t["code"], "directive": t.get("directive", "other")})
    return out


def type_name_pattern() -> str:
    """A regex alternation of every type name, longest first, words joined by ``\\s+``."""
    names = sorted({n for t in doc_types() for n in t["names"]}, key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, n.split())) for n in names)


@lru_cache(maxsize=1)
def _name_to_type() -> dict[str, dict[str, Any]]:
    return {" ".join(fold(n).split()): t for t in doc_types() for n in t["names"]}


@lru_cache(maxsize=1)
def _abbr_to_type() -> dict[str, dict[str, Any]]:
    return {fold(a): t for t in doc_types() for a in t["abbr"]}


def type_by_name(name: str) -> dict[str, Any] | None:
    """The type entry for a written type name ("Kế  hoạch", "CHỈ THỊ"), or ``None``."""
    return _name_to_type().get(" ".join(fold(name).split()))


def type_by_number(number: str) -> dict[str, Any] | None:
    """The type entry read from a ký hiệu: ``7391/KH-UBND`` → Kế hoạch, ``57-NQ/TW`` → Nghị quyết.

    A number ``N/ISSUER-UNIT`` whose first group is no type abbreviation is a công văn.
    """
    n = re.sub(r"\s+", "", number)
    m = re.match(r"\d+-([^/]+)/", n)
    if m:
        return _abbr_to_type().get(fold(m.group(1)))
    groups = [g for g in n.split("/")[1:] if not g.isdigit()]
    if not groups:
        return None
    first = groups[0].split("-")[0]
    hit = _abbr_to_type().get(fold(first))
    if hit:
        return hit
    if "-" in groups[0]:
        return _name_to_type().get("cong van")
    return None


def norm_number(number: str) -> str:
    """The comparison key of a number: spaces removed, upper case."""
    return re.sub(r"\s+", "", number).upper()


def iso_date(day: str | int, month: str | int, year: str | int) -> str | None:
    """ISO date from day, month and year, or ``None`` where they make no date."""
    try:
        return _dt.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def _date_after(text: str, end: int) -> str | None:
    m = _DATE_AFTER.match(text, end, min(len(text), end + 60))
    if not m:
        return None
    if m.group(2):
        return iso_date(m.group(1), m.group(2), m.group(3))
    return iso_date(m.group(1), m.group(4), m.group(5))


def _clause_before(text: str, start: int) -> str:
    """The text before ``start`` back to the last sentence or clause boundary (at most 80 chars)."""
    lo = max(0, start - _LOOKBACK)
    window = text[lo:start]
    cut = max(window.rfind(". "), window.rfind(".\n"), window.rfind(";"), window.rfind(":"))
    return window[cut + 1:] if cut >= 0 else window


@lru_cache(maxsize=1)
def _before_type_re() -> re.Pattern[str]:
    return re.compile(rf"(?:{type_name_pattern()})\s*(?:số|số:|Số)?\s*:?\s*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _number_only_re() -> re.Pattern[str]:
    return re.compile(rf"\b({type_name_pattern()})\s+(số\s+)?(\d{{1,5}})\b(?![ ]?[/-]|[\d.,]\d)",
                      re.IGNORECASE)


def _type_before(text: str, start: int) -> dict[str, Any] | None:
    m = _before_type_re().search(text, max(0, start - 40), start)
    if not m:
        return None
    name = re.sub(r"\s*(?:số|Số)?\s*:?\s*$", "", m.group(0), flags=re.IGNORECASE)
    return type_by_name(name)


def _own_spans(text: str) -> list[tuple[int, int]]:
    """Spans of numbers written after the header's "Số:" (the directive's own number)."""
    out = []
    for m in _OWN_RE.finditer(text, 0, _HEADER_REACH):
        n = NUMBER_RE.match(text, m.end())
        if n:
            out.append((n.start(), n.end()))
    return out


def _excluded(text: str, start: int, kind: dict[str, Any] | None) -> bool:
    if kind is not None and kind["code"] == "giay_phep":
        return True
    clause = fold(_clause_before(text, start))
    return "thay the" in clause or "giay phep" in clause


def find_references(text: str, *, own_number: str | None = None) -> list[Reference]:
    """Every document cited by number in ``text``, in order of first mention, without duplicates.

    Args:
        text: the document text (offsets of the returned spans index into it).
        own_number: the directive's own number, excluded (its "Số:" line is excluded anyway).

    Returns:
        One ``Reference`` per distinct number (spaces removed), typed and dated where the text says.
    """
    own_keys = {norm_number(own_number)} if own_number else set()
    own_digits = {k.split("/")[0] for k in own_keys}
    skip = set(_own_spans(text))
    found: dict[str, Reference] = {}
    for m in NUMBER_RE.finditer(text):
        start, end = m.start(), m.end()
        raw = m.group(0).rstrip(".&- ")
        end = start + len(raw)
        if (start, m.end()) in skip or (start, end) in skip:
            continue
        number = re.sub(r"\s+", "", raw)
        key = norm_number(number)
        if key in own_keys:
            continue
        kind = _type_before(text, start) or type_by_number(number)
        if _excluded(text, start, kind):
            continue
        ref = Reference(number=number, type=kind["code"] if kind else None,
                        date=_date_after(text, end), span=(start, end))
        old = found.get(key)
        if old is None:
            found[key] = ref
        elif number != number.upper() and old.number == old.number.upper():
            found[key] = ref.model_copy(update={"span": old.span, "date": old.date or ref.date})
        elif old.date is None and ref.date:
            old.date = ref.date
    for m in _number_only_re().finditer(text):
        num = m.group(3)
        has_so = bool(m.group(2))
        if not has_so and (len(num) < 3 or int(num) in _YEARS or _UNIT_AFTER.match(text, m.end())):
            continue
        if num in own_digits or num in own_keys or any(re.split(r"[/-]", k)[0] == num for k in found):
            continue
        kind = type_by_name(m.group(1))
        if kind is None or _excluded(text, m.start(), kind):
            continue
        found.setdefault(num, Reference(number=num, type=kind["code"],
                                        date=_date_after(text, m.end()), span=(m.start(3), m.end())))
    return sorted(found.values(), key=lambda r: r.span[0] if r.span else 0)
