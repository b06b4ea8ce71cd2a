"""Vietnamese numbers: digits in Vietnamese notation, number words, Roman numerals.

Vietnamese official writing uses a decimal comma and a thousands dot ("1.000,5", "98,5%"),
spells small numbers out in brackets ("15 (mười lăm) ngày") and numbers quarters and
sections in Roman numerals ("quý III"). Everything here works on plain strings and keeps no
state; :func:`fold_same_length` gives a matching key with the same offsets as its input.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = [
    "fold_same_length",
    "parse_number",
    "format_number",
    "words_to_int",
    "int_to_words",
    "roman_to_int",
    "int_to_roman",
    "NUMBER_RE",
]

# A number in either notation: "1.000.000", "2,4", "46,96", "1.000,5", "8.5" (English decimal).
NUMBER_RE = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[,.]\d+)?"

_DIGITS = {
    "khong": 0, "mot": 1, "hai": 2, "ba": 3, "bon": 4, "tu": 4,
    "nam": 5, "lam": 5, "nham": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9,
}
_SCALES = {"nghin": 1000, "ngan": 1000, "trieu": 1_000_000, "ty": 1_000_000_000}
_WORDS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]
_ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


_FOLD_TABLE: dict[int, str] = {}


def _fold_char(ch: str) -> str:
    low = ch.lower()
    low = low[0] if low else ch
    base = unicodedata.normalize("NFD", low)[0]
    if unicodedata.category(base) == "Mn":  # a lone combining mark
        base = " "
    return "d" if base == "đ" else base


def fold_same_length(s: str) -> str:
    """Lower-case and strip diacritics character by character, keeping every offset.

    "Trước ngày 30/6" → "truoc ngay 30/6"; each output character stands for the input character
    at the same index, so regex matches on the result are spans of the input. A translation
    table filled on first sight of each character keeps this linear and fast on long documents.
    """
    table = _FOLD_TABLE
    for ch in set(s):
        if ord(ch) not in table:
            table[ord(ch)] = _fold_char(ch)
    return s.translate(table)


def parse_number(s: str) -> float | None:
    """Parse a number written in Vietnamese (or plain English) notation.

    Args:
        s: "1.000", "2,4", "46,96", "1.000.000,5", "8.5", "100".

    Returns:
        The value, or ``None`` when ``s`` is not a number.

    A dot followed by exactly three digits is a thousands separator ("1.000" = 1000); any
    other dot is a decimal point ("8.5"). A comma is a decimal comma unless it groups
    thousands more than once ("1,000,000").
    """
    s = s.strip().replace("\xa0", "").replace(" ", "")
    if not s or not re.fullmatch(r"[\d.,]+", s) or not s[0].isdigit() or not s[-1].isdigit():
        return None
    if re.fullmatch(r"\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?", s):  # English thousands
        return float(s.replace(",", ""))
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    if re.fullmatch(r"\d+(?:,\d+)?", s):
        return float(s.replace(",", "."))
    if re.fullmatch(r"\d+\.\d+", s):
        return float(s)
    return None


def format_number(x: float, *, decimals: int | None = None, group: bool = True) -> str:
    """Write ``x`` in Vietnamese notation: ``1234.5`` → ``"1.234,5"``."""
    if decimals is None:
        text = repr(float(x))
        decimals = 0 if float(x).is_integer() else len(text.split(".")[1])
    neg = x < 0
    whole, _, frac = f"{abs(x):.{decimals}f}".partition(".")
    if group:
        whole = f"{int(whole):,}".replace(",", ".")
    out = whole + ("," + frac if frac else "")
    return "-" + out if neg else out


def _below_thousand(words: list[str]) -> int | None:
    """Value of a number word group below 1000 ("ba trăm linh năm" → 305)."""
    total, cur, seen = 0, None, False
    i = 0
    while i < len(words):
        w = words[i]
        if w == "tram":
            total += (cur if cur is not None else 1) * 100
            cur = None
        elif w in ("linh", "le"):
            pass
        elif w == "muoi":
            total += (cur if cur is not None else 1) * 10
            cur = None
        elif w in _DIGITS:
            if cur is not None:
                return None
            cur = _DIGITS[w]
        else:
            return None
        seen = True
        i += 1
    if not seen:
        return None
    return total + (cur or 0)


def words_to_int(s: str) -> int | None:
    """Parse a number spelled out in Vietnamese: "mười lăm" → 15, "hai mươi mốt" → 21.

    Returns ``None`` when ``s`` is not a spelled-out number.
    """
    words = fold_same_length(s).replace("-", " ").split()
    if not words:
        return None
    # "mười" (10) and "mươi" (×10) fold to the same key; a leading one means ten.
    total, group = 0, []
    for w in words:
        if w in _SCALES:
            val = _below_thousand(group) if group else 1
            if val is None:
                return None
            total += val * _SCALES[w]
            group = []
        else:
            group.append(w)
    if group:
        val = _below_thousand(group)
        if val is None:
            return None
        total += val
    return total


def int_to_words(n: int) -> str:
    """Spell ``0 <= n < 1000`` in Vietnamese: 15 → "mười lăm", 21 → "hai mươi mốt"."""
    if not 0 <= n < 1000:
        raise ValueError("int_to_words handles 0..999")
    if n < 10:
        return _WORDS[n]
    parts: list[str] = []
    h, rest = divmod(n, 100)
    if h:
        parts += [_WORDS[h], "trăm"]
        if 0 < rest < 10:
            parts += ["linh", _WORDS[rest]]
            return " ".join(parts)
        if rest == 0:
            return " ".join(parts)
    t, u = divmod(rest, 10)
    if t == 1:
        parts.append("mười")
    else:
        parts += [_WORDS[t], "mươi"]
    if u == 5:
        parts.append("lăm")
    elif u == 1 and t > 1:
        parts.append("mốt")
    elif u:
        parts.append(_WORDS[u])
    return " ".join(parts)


def roman_to_int(s: str) -> int | None:
    """"IV" → 4; ``None`` for anything that is not a well-formed Roman numeral."""
    s = s.strip().upper()
    if not s or not re.fullmatch(r"M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})", s):
        return None
    total, i = 0, 0
    for value, sym in _ROMAN:
        while s.startswith(sym, i):
            total += value
            i += len(sym)
    return total


def int_to_roman(n: int) -> str:
    """4 → "IV" (1 <= n < 4000)."""
    if not 0 < n < 4000:
        raise ValueError("int_to_roman handles 1..3999")
    out = []
    for value, sym in _ROMAN:
        while n >= value:
            out.append(sym)
            n -= value
    return "".join(out)


def to_int(token: str) -> int | None:
    """A small integer written as digits, Roman numeral or words ("07", "III", "mười")."""
    token = token.strip()
    if token.isdigit():
        return int(token)
    return roman_to_int(token) if re.fullmatch(r"[IVXivx]+", token) else words_to_int(token)
