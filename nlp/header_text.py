"""Helpers of ``nlp.header``: pattern data, body names and their casing, subject casing, signer.

All word lists come from ``nlp/patterns/header.yaml``.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import yaml

from nlp.text import fold, squash, strip_span
from nlp.types import Span

_PATTERNS = Path(__file__).parent / "patterns" / "header.yaml"
_WORD = re.compile(r"\w+(?:[/&.-]\w+)*")
_COUNCILS = ("ủy ban nhân dân", "uỷ ban nhân dân", "ubnd", "hđnd", "hội đồng nhân dân")


@lru_cache(maxsize=1)
def patterns() -> dict[str, Any]:
    """The parsed ``header.yaml``."""
    return yaml.safe_load(_PATTERNS.read_text(encoding="utf-8"))


def _words_re(phrase: str) -> str:
    return r"\s+".join(re.escape(w) for w in phrase.split())


@cache
def phrase_re(key: str) -> re.Pattern[str]:
    """A case-insensitive regex of the phrases listed under ``key``, longest first, wraps allowed."""
    items = sorted(patterns()[key], key=len, reverse=True)
    return re.compile("(?:" + "|".join(_words_re(p) for p in items) + r")(?!\w)", re.IGNORECASE)


def is_upper(s: str) -> bool:
    """True when ``s`` has letters and none of them is lower case."""
    letters = [c for c in s if c.isalpha()]
    return bool(letters) and all(not c.islower() for c in letters)


@cache
def body_head_re(*, upper: bool, councils_only: bool = False) -> re.Pattern[str]:
    """Head nouns of organisation names: in capitals (``upper``) or capitalised in running text."""
    heads = [h for h in patterns()["body_heads"] if not councils_only or h in _COUNCILS]
    alts = []
    for h in sorted(heads, key=len, reverse=True):
        if upper:
            alts.append(_words_re(h.upper()))
        elif h.isascii() and len(h) <= 4 and h not in ("bộ", "sở", "ban", "cục", "hội"):
            alts.append(_words_re(h.upper()))  # UBND, HĐND
        else:
            first, rest = h[0].upper(), h[1:]
            alts.append(re.escape(first) + "(?i:" + _words_re(rest) + ")" if rest else re.escape(first))
    guard = r"(?!\s*(?:nghị|phận|hợp|chống|thảo|luận|,))" if not upper else ""
    return re.compile(r"(?<!\w)(?:" + "|".join(alts) + r")(?!\w)" + guard)


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:].lower()


def _admin_at(tokens: list[str], i: int) -> int:
    """Number of tokens of an administrative unit word starting at ``i`` (0 when none)."""
    blocked = {"xã": {"hội"}, "phường": {"thức"}, "tỉnh": {"ủy", "uỷ"}, "huyện": {"ủy", "uỷ"}}
    for unit in sorted(patterns()["admin_units"], key=len, reverse=True):
        parts = unit.split()
        if [t.lower() for t in tokens[i:i + len(parts)]] == parts:
            nxt = tokens[i + len(parts)].lower() if i + len(parts) < len(tokens) else ""
            if nxt in blocked.get(unit, set()):
                return 0
            return len(parts)
    return 0


def _recase(tokens: list[str]) -> list[str]:
    """Vietnamese casing of an organisation name read in capitals."""
    out: list[str] = []
    i, place, new_part = 0, False, True
    head = body_head_re(upper=True).match(" ".join(tokens))
    if head and tokens[0] not in ("UBND", "HĐND"):
        n = len(head.group(0).split())
        out.append(" ".join([_cap(tokens[0])] + [t.lower() for t in tokens[1:n]]))
        i = n
    while i < len(tokens):
        n = _admin_at(tokens, i)
        if n:
            out.extend(t.lower() for t in tokens[i:i + n])
            i, place = i + n, True
            continue
        t = tokens[i]
        if t in ("UBND", "HĐND") or (t.isupper() and len(t) <= 5 and not t.isalpha()):
            out.append(t)
        elif place:
            out.append("-".join(_cap(p) for p in t.split("-")))
        elif t.lower() in ("và", ",", "-", "–"):
            out.append(t.lower())
            new_part = True
            i += 1
            continue
        else:
            out.append(_cap(t) if new_part else t.lower())
        new_part = t.endswith(",")
        i += 1
    s = " ".join(out)
    for name in patterns()["proper_names"]:
        s = re.sub(r"(?<!\w)" + _words_re(name) + r"(?!\w)", name, s, flags=re.IGNORECASE)
    return s.split(" ")


def normalize_issuer(name: str) -> str:
    """"ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ" → "UBND tỉnh Quảng Trị"; "SỞ Y TẾ" → "Sở Y tế"."""
    s = squash(name).strip(" ,;:.-–")
    for long, short in patterns()["abbreviations"].items():
        s = re.sub(r"(?<!\w)" + _words_re(long) + r"(?!\w)", short, s, flags=re.IGNORECASE)
    if is_upper(s.replace("UBND", "").replace("HĐND", "")) or is_upper(s):
        s = " ".join(_recase(s.split()))
    return s


_SIGNATURE_PREFIX = re.compile(r"(?i)^(?:kt|tl|tm|ttl|q|tuq)\s*\.\s")
_LIST_PREFIX = re.compile(r"^[IVXLC]+\.\s")


def plausible_issuer(name: str | None) -> bool:
    """Whether ``name`` can be the name of an issuing body: a capitalised name of at most 14 words,
    without numbers, slashes, table bars or unbalanced brackets, and not a signature block
    ("KT. BỘ TRƯỞNG ...") or a run of section headings ("I. NHIỆM VỤ CHUNG ...")."""
    if not name:
        return False
    s = name.strip()
    if not s[:1].isupper() or len(s.split()) > 14 or re.search(r"[\d/|;]", s):
        return False
    if s.count("(") != s.count(")") or _SIGNATURE_PREFIX.match(s) or _LIST_PREFIX.match(s):
        return False
    return s.split()[-1].lower() not in ("và", "về", "của", "việc", "biết")


def complete_place(name: str, text: str) -> str:
    """Complete a body ending in a bare unit ("UBND tỉnh") with the place the text names most."""
    tokens = name.split()
    if not tokens:
        return name
    for unit in patterns()["admin_units"]:
        parts = unit.split()
        if [t.lower() for t in tokens[-len(parts):]] == parts:
            pat = re.compile(r"(?<!\w)" + _words_re(unit) + r"((?:\s+(?:-\s+)?\w+){1,4})")
            places: Counter[str] = Counter()
            for m in pat.finditer(text):
                run = []
                for w in m.group(1).split():
                    if not (w == "-" or (w[:1].isupper() and (w[1:].islower() or len(w) == 1))):
                        break
                    run.append(w)
                while run and run[-1] == "-":
                    run.pop()
                if run:
                    places[" ".join(run)] += 1
            if places:
                return f"{name} {places.most_common(1)[0][0]}"
            return name
    return name


def person_split(text: str, start: int, end: int) -> tuple[str | None, str | None, Span | None]:
    """Split "UBND tỉnh An Giang Nguyễn Thanh Bình đã" into the body and the person's name.

    A council head (UBND, HĐND) takes its unit and the capitalised place name after it and stops;
    another head runs to ``end``. Trailing adverbs ("vừa", "đã") are dropped.

    Returns:
        (body text, person name or None, person span or None); body is None where a council head
        has no administrative unit after it.
    """
    toks = [(m.group(0), m.start(), m.end()) for m in re.finditer(r"[^\s,;:()“”\"]+|[,;:]", text[start:end])]
    if not toks:
        return None, None, None
    words = [t[0] for t in toks]
    head = body_head_re(upper=False).match(text, start)
    hw = len(head.group(0).split()) if head else 1
    council = head is not None and fold(head.group(0)) in {fold(c) for c in _COUNCILS}
    stop = len(words)
    if council:
        n = _admin_at(words, hw)
        if not n:
            return None, None, None
        j = hw + n
        while j < len(words) and (words[j][:1].isupper() or words[j] in ("-", "–")):
            j += 1
        stop = j
    else:
        for j in range(hw, len(words)):
            if words[j] in (",", ";", ":"):
                stop = j
                break
    while stop > hw and words[stop - 1].lower() in ("vừa", "đã", "cũng", "mới", "đồng", "thời", "nay"):
        stop -= 1
    person = pspan = None
    surnames = set(patterns()["surnames"])
    place_from = hw + (_admin_at(words, hw) if council else 0)
    for k in range(place_from + 2, stop - 1):
        if words[k] in surnames and all(w[:1].isupper() for w in words[k:stop]) and 2 <= stop - k <= 4:
            if k > 0 and _admin_at(words, k - 1):
                continue
            person = " ".join(words[k:stop])
            pspan = (start + toks[k][1], start + toks[stop - 1][2])
            stop = k
            break
    body = text[start:start + toks[stop - 1][2]] if stop > 0 else None
    return body, person, pspan


def strip_subject_prefix(text: str, start: int, end: int) -> tuple[int, int]:
    """Move ``start`` past "Về việc", "V/v" or "Về" (any case, line wraps allowed)."""
    m = re.compile(r"(?:về\s+việc|v/v|về)\s*:?\s+", re.IGNORECASE).match(text, start, end)
    return strip_span(text, m.end() if m else start, end)


def recase_subject(subject: str, text: str) -> str:
    """The subject on one line; one read in capitals takes each word's usual casing in ``text``."""
    s = squash(subject)
    if not is_upper(s):
        first = s.split(" ", 1)[0]
        return s[:1].lower() + s[1:] if not is_upper(first) and first[1:].islower() else s
    forms: dict[str, Counter[str]] = {}
    for line in text.splitlines():
        if is_upper(line):
            continue
        for m in _WORD.finditer(line):
            forms.setdefault(m.group(0).lower(), Counter())[m.group(0)] += 1
    out = _WORD.sub(lambda m: forms[m.group(0).lower()].most_common(1)[0][0]
                    if m.group(0).lower() in forms else m.group(0).lower(), s)
    first = out.split(" ", 1)[0]
    return out[:1].lower() + out[1:] if first[1:].islower() else out


_NAME_WORD = re.compile(r"^[A-ZĐÀ-Ỹ][a-zà-ỹđ]*$")
_DA_KY = re.compile(r"^[(\[]?\s*(?:đã\s+ký|daky|ký)\s*[)\]]?\.?$", re.IGNORECASE)


def find_signer(text: str) -> tuple[str, Span] | None:
    """The signer's name under the signature block ("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Hoàng Nam")."""
    tail = max(0, len(text) - 3000)
    lines = []
    pos = tail
    for line in text[tail:].split("\n"):
        s, e = strip_span(text, pos, pos + len(line), " \t\r|*")
        lines.append((s, e))
        pos += len(line) + 1
    prefixes = tuple(p for p in patterns()["signature_prefixes"])
    titles = phrase_re("signer_titles")
    start = None
    for k, (s, e) in enumerate(lines):
        line = text[s:e]
        if line.startswith(prefixes) and is_upper(line):
            start = k
    if start is None:
        for k, (s, e) in enumerate(lines):
            if is_upper(text[s:e]) and titles.match(text[s:e]):
                start = k
    if start is None:
        return None
    name: list[str] = []
    first = last = None
    for s, e in lines[start + 1:start + 10]:
        line = text[s:e]
        if s == e or _DA_KY.match(line):
            if name:
                break
            continue
        words = line.split()
        if all(_NAME_WORD.match(w) for w in words) and len(name) + len(words) <= 6:
            name.extend(words)
            first = s if first is None else first
            last = e
            continue
        if name or not is_upper(line):
            break
    if len(name) >= 2 and first is not None and last is not None:
        return " ".join(name), (first, last)
    return None
