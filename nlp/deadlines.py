"""Deadlines: the time limits of a task, normalised to the last day they allow.

Time expressions (full dates in every written form, months, quarters, half-years, years, periods,
relative limits, recurrences, "thường xuyên") are found by :mod:`nlp.deadline_grammar` over a
same-length folded copy of the text (offsets are kept exactly); each is then read together with
the cue before it ("trước ngày", "chậm nhất", "hoàn thành trong", "định kỳ hằng") and rejected
when it names a cited document, the period inspected, a past event or the issue date. Cue words
live in ``nlp/patterns/deadlines.yaml``.

Public API: :func:`find_deadlines` (every time-limit mention in a span) and
:func:`task_deadline` (the deadline that governs one task, own or inherited).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from nlp.deadline_grammar import BASE_SCORE as _BASE_SCORE
from nlp.deadline_grammar import alt as _alt
from nlp.deadline_grammar import cues as _cues
from nlp.deadline_grammar import expressions as _regexes
from nlp.deadline_grammar import fold as _fold
from nlp.deadline_grammar import resolve as _resolve
from nlp.types import Deadline, Span

__all__ = ["DeadlineMention", "find_deadlines", "task_deadline", "parse_deadline_phrase"]

_PERIODIC_OPENING = re.compile(r"\W*(dinh\s+ky)\s+(?!hang|moi|\d|sau|6|hai|ba)\w")
_MIN_OWN = 0.45  # a task takes a mention of its own from this score up (bare "ngày 30/6/2021")
_MIN_INHERITED = 0.7  # an ancestor line passes only cued limits down ("trước ngày ...", "trong quý")


@dataclass(frozen=True)
class DeadlineMention:
    """One time-limit mention: ``[start, end)`` in the text, ISO ``date`` (last day allowed)."""

    start: int
    end: int
    date: str | None
    kind: str  # by | period | recurring | ongoing
    rule: str | None
    score: float
    cue: str = ""

    @property
    def span(self) -> Span:
        return self.start, self.end

    def to_deadline(self, *, inherited: bool = False) -> Deadline:
        """The :class:`nlp.types.Deadline` for this mention."""
        return Deadline(date=self.date, kind=self.kind, rule=self.rule,  # type: ignore[arg-type]
                        span=(self.start, self.end), inherited=inherited)


_ONWARD = re.compile(r"\s*(?:va|,)\s*(?:cac|nhung)\s+nam\s+(?:tiep\s+theo|sau|ke\s+tiep)\b")
_TIME_OF_DAY = r"(?:\s*\d{1,2}\s*(?:gio|h)(?:\s*\d{1,2}(?:\s*phut)?)?(?:\s+(?:sang|chieu|toi))?)"


def _cue_before(f: str, pos: int, lo: int, words: Sequence[str]) -> str:
    """The longest cue from ``words`` that ends right before ``pos`` (after spaces, ':', 'là', and a
    time of day: "trước 17 giờ ngày 27/11")."""
    head = f[max(lo, pos - 60):pos].rstrip(" \t\r\n:,")
    head = re.sub(rf"(?<!\w){_TIME_OF_DAY}$", "", head).rstrip(" \t\r\n:,")
    head = re.sub(r"\s+", " ", head)
    for w in words:  # longest first
        if head.endswith(w) and (len(head) == len(w) or not head[-len(w) - 1].isalnum()):
            return w
    return ""


def _cue_start(f: str, pos: int, lo: int, cue: str) -> int:
    """Where ``cue`` (ending right before ``pos``) begins, whitespace runs allowed."""
    if not cue:
        return pos
    rx = re.escape(cue).replace(r"\ ", r"\s+") + rf"[\s:,]*{_TIME_OF_DAY}?[\s:,]*$"
    m = re.search(rx, f[max(lo, pos - 80):pos])
    return max(lo, pos - 80) + m.start() if m else pos


def _clause_before(f: str, pos: int, lo: int) -> str:
    head = f[lo:pos]
    cut = max(head.rfind(";"), head.rfind(". "), head.rfind(".\n"), head.rfind("\n-"))
    return re.sub(r"\s+", " ", head[cut + 1:])


def _has_word(s: str, words: Sequence[str]) -> bool:
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", s) for w in words)


def _passive_before(clause: str, cue: str) -> bool:
    """Whether a passive participle ("được giao", "đã được xử lý") stands right before the cue.

    A modal before it ("phải được thực hiện trong năm") keeps the period a limit of the task.
    """
    words = clause.rstrip(" :,").split()
    if cue:
        words = words[:len(words) - len(cue.split())]
    tail = words[-3:]
    markers = _cues()["passive_markers"]
    hits = [i for i, w in enumerate(tail) if w in markers]
    if not hits:
        return False
    i = len(words) - len(tail) + hits[0]
    return not (i > 0 and words[i - 1] in ("phai", "can", "se"))


def _judge(name: str, f: str, m: re.Match[str], lo: int, hi: int, dt: date | None,
           issued: date | None, cell: bool) -> tuple[float, str] | None:
    """Score a resolved expression from its context, or ``None`` to reject it."""
    c = _cues()
    s = m.start()
    if not cell and re.search(rf"(?<!\w)(?:{_alt(c['deadline_labels'])})\s*:\s*$", f[max(lo, s - 40):s]):
        cell = True  # "- Thời gian thực hiện: Quý IV/2025": a labelled deadline line reads like a deadline cell
    clause = _clause_before(f, s, lo)
    cue = _cue_before(f, s, lo, c["by_cues"] + c["period_cues"])
    score = _BASE_SCORE[name]
    tail = re.sub(r"\s+", " ", f[m.end():min(hi, m.end() + 30)])
    if name == "rec_unit" and not cell and _has_word(" ".join(clause.split()[-5:]), c["recurring_blockers"]) \
            and not _has_word(clause, ["dinh ky"]):
        return None  # "dự toán ngân sách hằng năm": the frequency of something else
    if name == "ongoing":
        words = clause.split()
        prev = words[-1] if words else ""
        if prev == "chi" or _has_word(" ".join(words[-2:]), c["ongoing_nouns"]):
            return None  # "chi thường xuyên" (recurrent spending) is a noun, not a manner
        if cell or not words or prev in ("xuyen", "tuc"):
            return (0.9 if cell else 0.5), m.group(0)
        if any(" ".join(words[-len(w.split()):]) == w for w in c["ongoing_modals"]):
            return 0.5, m.group(0)  # "các lực lượng phải liên tục ra quân"
        if any(w in c["ongoing_blockers"] for w in words[-3:]) or _has_word(clause[-12:], ["doi voi"]):
            return None
        if len(words) <= 8 and (len(words) <= 2 or _has_word(" ".join(words[:3]), c["directive_verbs"])):
            return 0.5, m.group(0)
        if re.match(rf"\s*,?\s*(?:{_alt(c['ongoing_verbs'])})\b", f[m.end():m.end() + 25]):
            return 0.5, m.group(0)  # "... phối hợp với các sở thường xuyên rà soát ..."
        return None
    firm = cue.startswith("truoc") or _has_word(cue, c["strong_cues"])
    if issued is not None and dt is not None and name not in ("rec_interval",):
        if dt < issued or (dt == issued and name in ("full", "words") and not firm):
            return None  # a same-day limit needs its cue ("trước 17 giờ ngày 27/11" in a công điện)
    cited_words = _alt(c["cited_doc_words"] + c["cited_markers"])
    cited = re.search(rf"(?:[\w.\-]*\d[\w.\-]*/[\w.\-/]+|\b(?:{cited_words}))\s*,?\s*(?:ngay\s*)?$",
                      clause.rstrip())
    if name in ("full", "words", "daymonth") and cue in ("ngay", ""):
        if cited or re.match(r"\s*,?\s*cua\b", tail):
            return None  # "Kế hoạch ... ngày 22/7/2025", "... ngày 15/11/2025 của Thủ tướng": a citation
        if _has_word(clause[-40:], c["event_words"]):
            return None  # "tại cuộc họp ngày 20/11/2025": the date of an event
    if cue in ("tu", "tu ngay") or clause.rstrip().endswith(("tu", "tu ngay", "ke tu ngay")):
        return None
    if name in ("full", "words") and not clause.strip() and tail.startswith(","):
        return None  # "Ngày 31/3/2021, ..." opens a narrative sentence
    line = f[max(lo, f.rfind("\n", 0, s) + 1):s]
    if name in ("full", "words") and not cue and re.fullmatch(r"[^\W\d][\w .]{0,40},\s*", line):
        return None  # "An Giang, ngày 22 tháng 11 năm 2025": the place and date of issue
    strong = _has_word(clause[-50:], c["strong_cues"]) or _has_word(cue, c["strong_cues"])
    if name in ("full", "words", "daymonth", "month", "quarter", "half", "year", "range", "year_end"):
        window = clause[-45:]
        inspected = _has_word(window, c["inspect_words"]) or (
            _has_word(window, c["result_words"]) and not _has_word(clause[-90:], c["report_verbs"]))
        if inspected and not strong and not cue.startswith("truoc"):
            return None
    if name in ("month", "quarter", "half", "year", "range", "year_end") and not strong and _passive_before(clause, cue):
        return None  # "các nhiệm vụ được giao trong năm 2025": the period describes the thing
    if name == "year":
        if _has_word(tail[:12], c["past_words"] + ["dat duoc", "da dat"]) and not cue:
            return None
        doc_title = re.search(rf"\b(?:{_alt(c['cited_doc_words'])})\b[^,;]{{0,60}}$", clause)
        if not cue and doc_title and not cell:
            return None
    if name in ("year", "range") and cue and not cell and not strong:
        title = re.search(rf"\b(?:{_alt(c['title_words'])})\b[^;:]{{0,100}}$", clause)
        if title and not _has_word(clause[title.end():], c["goal_words"] + c["strong_cues"]):
            return None  # "Chiến lược ... đến năm 2030": the horizon in a programme's title
    if name == "daymonth" and not cue and not m.group(0).startswith("ngay") and not cell:
        return None
    if name == "month" and not cue and not cell:
        return None
    if cue:
        if _has_word(cue, c["strong_cues"]) or cue.startswith("truoc"):
            score = max(score, 0.95)
        elif cue in ("trong", "den", "den het", "trong thang", "trong quy", "trong nam", "vao", "xong trong",
                     "ngay trong", "tu nay den", "tu nay den het", "giai doan", "trong giai doan", "cuoi",
                     "het", "den nam", "den cuoi", "trong ngay", "den ngay", "den het ngay"):
            score = max(score, 0.75)
        else:
            score = max(score, 0.5)
    elif name == "year":
        # a bare year qualifies the noun before it ("mục tiêu phát triển kinh tế - xã hội năm 2025");
        # it is a period only when it opens the sentence ("Năm 2026, cắt giảm ...")
        if not clause.strip() and tail.startswith(",") and not _has_word(tail[:30], c["past_words"] + ["co", "dat"]):
            score = 0.5
        elif _has_word(clause[-60:], c["aim_verbs"]):
            score = 0.5  # "Phấn đấu Chỉ số PAR của tỉnh năm 2020 tăng vị thứ": the year of the aim
    elif strong:
        score = max(score, 0.7)
    if cell:
        score = max(score, 0.8)
    return score, cue


def find_deadlines(text: str, start: int = 0, end: int | None = None, *,
                   issued_on: date | str | None = None, cell: bool = False) -> list[DeadlineMention]:
    """Every time-limit mention in ``text[start:end]``.

    Args:
        text: the document text.
        start, end: the span to search (offsets into ``text``).
        issued_on: the directive's issue date; resolves day-month dates without a year,
            relative limits and the first occurrence of recurrences, and rejects past dates.
        cell: the span is a table cell of deadlines ("2025", "Thường xuyên"), where bare
            years and months are limits.

    Returns:
        Mentions sorted by position, each with span, ISO date, kind, rule and a score in (0, 1].
    """
    end = len(text) if end is None else end
    if isinstance(issued_on, str):
        issued_on = date.fromisoformat(issued_on[:10])
    f = _fold(text[:end])
    taken: list[tuple[int, int]] = []
    out: list[DeadlineMention] = []
    for name, rx in _regexes():
        for m in rx.finditer(f, start, end):
            s, e = m.start(), m.end()
            if any(s < te and ts < e for ts, te in taken):
                continue
            res = _resolve(name, m, issued_on)
            if res is None:
                continue
            dt, kind, rule = res
            judged = _judge(name, f, m, start, end, dt, issued_on, cell)
            taken.append((s, e))  # a rejected expression still hides its parts
            if judged is None:
                continue
            score, cue = judged
            cs = _cue_start(f, s, start, cue)
            more = _ONWARD.match(f, e, end) if name == "year" else None
            if more:  # "năm 2025 và các năm tiếp theo": every year from now on
                e, dt, kind = more.end(), None, "ongoing"
            out.append(DeadlineMention(cs, e, dt.isoformat() if dt else None, kind, rule, round(score, 3), cue))
    if cell and f[start:end].strip().isdigit() and len(f[start:end].strip()) == 4:
        y = int(f[start:end].strip())
        if 1990 < y < 2100 and not (issued_on and y < issued_on.year):
            s = start + len(f[start:end]) - len(f[start:end].lstrip())
            out.append(DeadlineMention(s, s + 4, date(y, 12, 31).isoformat(), "period", None, 0.8, ""))
    return _merge_yearly(f, sorted(out, key=lambda d: (d.start, d.end)))


def _merge_yearly(f: str, found: list[DeadlineMention]) -> list[DeadlineMention]:
    """A bare "hằng năm" and a day and month without a year in the same sentence ("định kỳ hàng năm
    báo cáo ... chậm nhất ngày 17 tháng 12") make one yearly limit on that day."""
    out = list(found)
    for y in found:
        if y.kind != "recurring" or y.rule != "FREQ=YEARLY":
            continue
        for d in found:
            lo, hi = min(y.start, d.start), max(y.end, d.end)
            if d.kind != "by" or not d.date or re.search(r"\d{4}", f[d.start:d.end]) or \
                    re.search(r"[.;]\s", f[lo:hi]) or hi - lo > 160 or d not in out or y not in out:
                continue
            day = date.fromisoformat(d.date)
            rule = f"FREQ=YEARLY;BYMONTH={day.month};BYMONTHDAY={day.day}"
            out = [m for m in out if m is not y and m is not d]
            out.append(DeadlineMention(lo, hi, d.date, "recurring", rule, max(y.score, d.score), d.cue))
            break
    return sorted(out, key=lambda m: (m.start, m.end))


def parse_deadline_phrase(phrase: str, *, issued_on: date | str | None = None) -> DeadlineMention | None:
    """The mention a task would take from a short phrase (same threshold as a task's own), or ``None``."""
    found = find_deadlines(phrase, 0, len(phrase), issued_on=issued_on)
    return _choose(found, min_score=_MIN_OWN)


def _choose(mentions: Sequence[DeadlineMention], min_score: float = 0.0) -> DeadlineMention | None:
    """The mention that governs: highest score tier, then the latest date."""
    good = [m for m in mentions if m.score >= min_score]
    if not good:
        return None
    top = max(m.score for m in good)
    tier = [m for m in good if m.score >= top - 0.1]
    return max(tier, key=lambda m: (m.kind != "ongoing", m.date or "", m.score))


def _drop_followups(text: str, mentions: list[DeadlineMention], lo: int) -> list[DeadlineMention]:
    """Drop limits of a follow-up step when the task states its own limit earlier.

    "Các Báo cáo trên gửi Bộ Tư pháp trước ngày 05/12. Trên cơ sở đó, Bộ Tư pháp tổng hợp, báo cáo
    Thủ tướng trước ngày 10/12": the second sentence is the next step of another body, so the task's
    limit is the first one. Limits in one sentence ("...; nhà bị sập hoàn thành trước ngày ...") stay.
    """
    openers = _cues()["followup_openers"]
    out: list[DeadlineMention] = []
    for m in mentions:
        head = _fold(text[lo:m.start])
        cut = max(head.rfind(". "), head.rfind(".\n"))
        sentence = re.sub(r"\s+", " ", head[cut + 1:]).strip() if cut >= 0 else ""
        earlier = any(o.score >= _MIN_OWN and o.start < lo + cut for o in out) if cut >= 0 else False
        if earlier and any(sentence.startswith(w) for w in openers):
            continue
        out.append(m)
    return out


def _governs_items(text: str, m: DeadlineMention, a_start: int, a_end: int) -> bool:
    """Whether a limit in an ancestor line applies to the items below it.

    A firm limit ("trước ngày", "chậm nhất", "hoàn thành") does; a period ("trong năm 2025")
    only in a short lead-in, near its end, not inside an aim ("đạt mục tiêu ... trong năm") and
    not in a topic heading ("Về kiến nghị ...:").
    """
    c = _cues()
    f = _fold(text[:a_end])
    before = _clause_before(f, m.start, a_start)
    if _has_word(before, c["aim_verbs"]):
        return False  # "phấn đấu hoàn thành xây dựng trước ngày 30/11": the limit of the aim, not of the items
    if _has_word(re.sub(r"\s+", " ", f[m.end:a_end]), c["frame_verbs"]):
        return False  # "Để ... hoàn thành trước ngày 30/11 ..., yêu cầu X ...:": the limit sits in the preamble
    if m.score >= 0.9:
        return True
    if a_end - a_start > 400 or a_end - m.end > 150:
        return False
    if re.match(r"\s*ve\s", _fold(text[a_start:a_start + 4])):
        return False  # "Về kiến nghị ... trong giai đoạn 2026-2030:" names a topic, not a limit
    if a_end - a_start <= 80 and not f[m.end:a_end].strip(" :.\n"):
        return True  # a heading that ends with its limit ("2. Mục tiêu cụ thể đến năm 2035"): its goals share it
    return not _has_word(before, c["goal_words"])


def task_deadline(text: str, span: Span, *, ancestors: Sequence[Span] = (),
                  issued_on: date | str | None = None,
                  cells: dict[str, Span] | None = None) -> Deadline | None:
    """The deadline of one task: its own, else its table row's deadline cell, else an ancestor's.

    Args:
        text: the document text.
        span: the task's span.
        ancestors: spans of the header items / intro lines above the task, in any order (they
            are taken nearest first, by position); the nearest one stating a limit that governs
            its items gives it (``inherited=True``).
        issued_on: the directive's issue date.
        cells: the table row's cells by role; ``cells["deadline"]`` is read as a deadline cell.

    Returns:
        A :class:`nlp.types.Deadline`, or ``None`` when no limit applies.
    """
    own = _choose(_drop_followups(text, find_deadlines(text, span[0], span[1], issued_on=issued_on), span[0]),
                  min_score=_MIN_OWN)
    if own is not None:
        return own.to_deadline()
    bare = _PERIODIC_OPENING.match(_fold(text[span[0]:min(span[1], span[0] + 40)]))
    if bare:  # "Định kỳ thu thập thông tin ...": periodic, the period unsaid
        return Deadline(date=None, kind="recurring", rule=None, span=(span[0] + bare.start(1), span[0] + bare.end(1)))
    if cells and cells.get("deadline"):
        cs, ce = cells["deadline"]
        hit = _choose(find_deadlines(text, cs, ce, issued_on=issued_on, cell=True), min_score=_MIN_OWN)
        if hit is not None:
            return hit.to_deadline(inherited=True)
    for a_start, a_end in sorted(ancestors, key=lambda a: a[0], reverse=True):  # nearest first
        found = [m for m in find_deadlines(text, a_start, a_end, issued_on=issued_on)
                 if m.kind != "ongoing" and _governs_items(text, m, a_start, a_end)]
        phase = [m for m in found if not _fold(text[a_start:m.start]).strip(" \n") and
                 not _fold(text[m.end:a_end]).strip(" \n:.;")]
        if phase:  # a heading that is only a phase of the plan ("1. Giai đoạn 2025 - 2030"): its items' limit
            return phase[0].to_deadline(inherited=True)
        hit = _choose(found, min_score=_MIN_INHERITED)
        if hit is not None:
            return hit.to_deadline(inherited=True)
    return None
