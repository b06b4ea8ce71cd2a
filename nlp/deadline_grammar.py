"""Time expressions of deadlines: the grammar that finds them and the calendar that resolves them.

Regular expressions over a same-length folded copy of the text (offsets are kept exactly) find full
dates in every written form, months, quarters, half-years, years, periods, relative limits,
recurrences and "thường xuyên"; :func:`resolve` turns one match into the last day it allows (or the
first occurrence of a recurrence), its kind and an iCalendar RRULE. Cue words live in
``nlp/patterns/deadlines.yaml``. :mod:`nlp.deadlines` reads each expression in its context.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

from nlp.numbers import fold_same_length, to_int

__all__ = ["BASE_SCORE", "alt", "cues", "expressions", "fold", "resolve"]

_PATTERNS = Path(__file__).parent / "patterns" / "deadlines.yaml"
_DASH = r"\s*[-–—]\s*"
_YEAR = r"((?:19|20)\d{2})"
_NUM_WORD = r"\d{1,3}|[a-z]+(?: [a-z]+){0,2}"
_QUARTER_ENDS = {1: 3, 2: 6, 3: 9, 4: 12}


fold = _fold = fold_same_length


@lru_cache(maxsize=1)
def cues() -> dict[str, Any]:
    import yaml  # local: keep import time light

    raw = yaml.safe_load(_PATTERNS.read_text(encoding="utf-8"))
    out: dict[str, Any] = {}
    for key, val in raw.items():
        if isinstance(val, list):
            out[key] = sorted({_fold(v) for v in val}, key=len, reverse=True)
        else:
            out[key] = {_fold(k): v for k, v in val.items()}
    return out


def alt(words: Sequence[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def expressions() -> list[tuple[str, re.Pattern[str]]]:
    c = cues()
    rec_prefix, units = alt(c["recurring_prefixes"]), alt(c["recurring_units"])
    wd = alt(c["weekdays"])
    rel_units, anchors = alt(c["relative_units"]), alt(c["relative_anchor"])
    day = r"(\d{1,2})"
    sep = r"\s*([/.\-])\s*"
    specs = [
        ("rec_daymonth", rf"(?:ngay\s+)?{day}\s*(?:[/\-]|\s+thang)\s*(\d{{1,2}})\s+(?:{rec_prefix})\s+nam\b"),
        ("rec_year_date", rf"(?:{rec_prefix})\s+nam\s*[,(:]?\s*(?:(?:truoc|cham\s+nhat|vao)\s+)?(?:ngay\s+)?{day}"
                          rf"\s*(?:[/\-]|\s+thang)\s*(\d{{1,2}})(?!\s*[/\-.]\s*\d|\d|\s+nam\s+\d)"),
        ("rec_day", rf"ngay\s+{day}\s+(?:cua\s+)?(?:{rec_prefix})\s+thang\b"),
        ("rec_month", rf"thang\s+(\d{{1,2}})\s+(?:{rec_prefix})\s+nam\b"),
        ("rec_weekday", rf"({wd})\s+(?:{rec_prefix})\s+tuan\b"),
        ("rec_interval", r"dinh\s+ky\s+(\d{1,2})\s+(thang|tuan|ngay)\b"),
        ("rec_times", r"(\d{1,2})\s+lan\s*/\s*(ngay|tuan|thang|quy|nam)\b"),
        ("rec_unit", rf"(?:{rec_prefix})\s+({units})\b(?!\s+(?:lam viec|dau|cuoi|tiep))"),
        ("relative", rf"(?:{alt(c['relative_lead'])})\s+({_NUM_WORD})\s*(?:\([^)]{{0,30}}\)\s*)?"
                     rf"({rel_units})\b(?!\s+(?:dau|cuoi|nam|toi|sau|truoc))(?:\s*,?\s*({anchors})(?:\s+(ky|ban\s+hanh))?)?"),
        ("full", rf"(?:ngay\s+)?{day}{sep}(\d{{1,2}})\2\s*{_YEAR}\b"),
        ("words", rf"ngay\s+{day}\s+thang\s+(\d{{1,2}})(?:\s*(?:nam|/|-)\s*{_YEAR})?\b"),
        ("range", rf"(?:giai\s+doan|thoi\s+ky)\s+(?:tu\s+(?:nam\s+)?)?{_YEAR}(?:{_DASH}|\s+den\s+(?:nam\s+)?){_YEAR}\b"),
        ("quarter", rf"quy\s+(iv|i{{1,3}}|[1-4])\b(?:\s*(?:/|-|nam)\s*{_YEAR})?"),
        ("half", rf"(6|sau|9|chin|3|ba)\s+thang\s+(dau|cuoi)\s+nam(?:\s+{_YEAR})?"),
        ("half", rf"nua\s+(dau|cuoi)\s+nam(?:\s+{_YEAR})?"),
        ("month", rf"thang\s+(\d{{1,2}}|xii|xi|x|ix|viii|vii|vi|v|iv|iii|ii|i)\b(?:\s*(?:/|-|nam)\s*{_YEAR})?"),
        ("daymonth", rf"(?:ngay\s+)?(?<![\d/.]){day}\s*/\s*(\d{{1,2}})(?![\d/]|\.\d)"),
        ("year_end", rf"cuoi\s+nam(?:\s+{_YEAR})?"),
        ("year", rf"nam\s+{_YEAR}\b"),
        ("ongoing", rf"\b({alt(c['ongoing_words'])})\b"),
        ("rec_report", rf"dinh\s+ky\s+(?:{alt(c['report_verbs'])})\b"),
    ]
    return [(name, re.compile(rf"(?<![\w/]){pat}")) for name, pat in specs]


def _last_day(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _next_on_or_after(issued: date | None, month: int, day: int | None) -> date | None:
    """The first (month, day) on or after ``issued``; day ``None`` means the month's end."""
    if issued is None:
        return None
    for y in (issued.year, issued.year + 1):
        try:
            d = _last_day(y, month) if day is None else date(y, month, day)
        except ValueError:
            return None
        if d >= issued:
            return d
    return None


def _add_workdays(d: date, n: int) -> date:
    while n > 0:
        d += timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d


def _first_rrule(rule: str, issued: date | None) -> date | None:
    """First occurrence of ``rule`` strictly after ``issued`` (``None`` without an anchor)."""
    if issued is None:
        return None
    from dateutil.rrule import rrulestr

    start = datetime(issued.year, issued.month, issued.day)
    nxt = rrulestr(rule, dtstart=start).after(start, inc=False)
    return nxt.date() if nxt else None


_REC_BASE = {
    "DAILY": "FREQ=DAILY",
    "WEEKLY": "FREQ=WEEKLY",
    "MONTHLY": "FREQ=MONTHLY;BYMONTHDAY=-1",
    "QUARTERLY": "FREQ=MONTHLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1",
    "YEARLY": "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31",
}
_REC_RULE = {"QUARTERLY": "FREQ=MONTHLY;INTERVAL=3", "MONTHLY": "FREQ=MONTHLY",
             "YEARLY": "FREQ=YEARLY", "WEEKLY": "FREQ=WEEKLY", "DAILY": "FREQ=DAILY"}


def resolve(name: str, m: re.Match[str], issued: date | None) -> tuple[date | None, str, str | None] | None:
    """(date, kind, rule) for one expression match, or ``None`` when it is not a valid date."""
    g = m.groups()
    year = issued.year if issued else None
    try:
        if name in ("rec_daymonth", "rec_year_date"):  # "30/11 hằng năm", "Định kỳ hằng năm (trước ngày 30 tháng 11)"
            rule = f"FREQ=YEARLY;BYMONTH={int(g[1])};BYMONTHDAY={int(g[0])}"
            return _next_on_or_after(issued, int(g[1]), int(g[0])), "recurring", rule
        if name == "rec_day":
            rule = f"FREQ=MONTHLY;BYMONTHDAY={int(g[0])}"
            return _first_rrule(rule, issued), "recurring", rule
        if name == "rec_month":
            mo = int(g[0])
            rule = f"FREQ=YEARLY;BYMONTH={mo};BYMONTHDAY={calendar.monthrange(2001, mo)[1]}"
            return _next_on_or_after(issued, mo, None), "recurring", rule
        if name == "rec_weekday":
            byday = cues()["weekdays"][re.sub(r"\s+", " ", g[0])]
            rule = f"FREQ=WEEKLY;BYDAY={byday}"
            return _first_rrule(rule, issued), "recurring", rule
        if name == "rec_interval":
            freq = {"thang": "MONTHLY", "tuan": "WEEKLY", "ngay": "DAILY"}[g[1]]
            rule = f"FREQ={freq};INTERVAL={int(g[0])}"
            return None, "recurring", rule
        if name == "rec_times":  # "báo cáo 02 lần/ngày": as often as that unit comes round
            freq = {"ngay": "DAILY", "tuan": "WEEKLY", "thang": "MONTHLY", "quy": "QUARTERLY", "nam": "YEARLY"}[g[1]]
            return _first_rrule(_REC_BASE[freq], issued), "recurring", _REC_RULE[freq]
        if name == "rec_unit":
            freq = cues()["recurring_units"][re.sub(r"\s+", " ", g[0])]
            return _first_rrule(_REC_BASE[freq], issued), "recurring", _REC_RULE[freq]
        if name == "relative":
            n = to_int(g[0])
            unit = cues()["relative_units"][re.sub(r"\s+", " ", g[1])]
            anchored_elsewhere = g[2] is not None and g[3] is None and g[2] in ("ke tu ngay", "ke tu khi", "sau khi")
            if n is None or not 0 < n <= 365 or issued is None or anchored_elsewhere:
                return None
            if unit == "workday":
                return _add_workdays(issued, n), "by", None
            days = {"day": n, "week": 7 * n, "month": 30 * n}[unit]
            return issued + timedelta(days=days), "by", None
        if name == "full":
            return date(int(g[3]), int(g[2]), int(g[0])), "by", None
        if name == "words":
            d, mo = int(g[0]), int(g[1])
            return (date(int(g[2]), mo, d) if g[2] else _next_on_or_after(issued, mo, d)), "by", None
        if name == "daymonth":
            return _next_on_or_after(issued, int(g[1]), int(g[0])), "by", None
        if name == "range":
            return (date(int(g[1]), 12, 31), "period", None) if int(g[1]) > int(g[0]) else None
        if name == "quarter":
            q = to_int(g[0])
            y = int(g[1]) if g[1] else year
            return (_last_day(y, _QUARTER_ENDS[q]) if y and q in _QUARTER_ENDS else None), "period", None
        if name == "half":
            n = to_int(g[0]) if len(g) == 3 else 6
            first = (g[1] if len(g) == 3 else g[0]) == "dau"
            y = int(g[-1]) if g[-1] else year
            mo = n if first else 12
            return (_last_day(y, mo) if y and n in (3, 6, 9) else None), "period", None
        if name == "month":
            mo = to_int(g[0])
            if mo is None or not 1 <= mo <= 12:
                return None
            return (_last_day(int(g[1]), mo) if g[1] else _next_on_or_after(issued, mo, None)), "by", None
        if name == "year_end":
            y = int(g[0]) if g[0] else year
            return (date(y, 12, 31) if y else None), "period", None
        if name == "year":
            return date(int(g[0]), 12, 31), "period", None
        if name == "ongoing":
            return None, "ongoing", None
        if name == "rec_report":
            return None, "recurring", None
    except (ValueError, KeyError, TypeError):
        return None
    return None


BASE_SCORE = {"rec_daymonth": 0.85, "rec_year_date": 0.85, "rec_day": 0.85, "rec_month": 0.8, "rec_weekday": 0.8, "rec_times": 0.75,
               "rec_interval": 0.6, "rec_unit": 0.55, "relative": 0.85, "full": 0.45, "words": 0.45,
               "daymonth": 0.3, "range": 0.35, "quarter": 0.4, "half": 0.5, "month": 0.3,
               "year_end": 0.6, "year": 0.25, "ongoing": 0.5, "rec_report": 0.5}
