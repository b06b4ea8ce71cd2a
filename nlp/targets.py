"""Targets: measurable results a directive commits to ("98% trở lên số hồ sơ ...", "trên 80%").

Numbers are read in Vietnamese notation (:mod:`nlp.numbers`) directly from the text, never from
tokens, so offsets stay exact ("98%" is one match here although underthesea splits it). Each
number with a unit is read with the cue nearest before it ("từ", "tối thiểu", "trên", "không
quá", "đạt", "tăng", "giảm") and after it ("trở lên"); numbers that label something ("mức độ
3"), date parts, document numbers, budgets and past results are dropped. Qualitative rank
targets ("tăng vị thứ xếp hạng", "xếp trong nhóm ...") have value ``None`` and unit ``rank``.
Cue words live in ``nlp/patterns/targets.yaml``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from nlp.numbers import NUMBER_RE, fold_same_length, parse_number

__all__ = ["TargetMention", "find_targets"]

_PATTERNS = Path(__file__).parent / "patterns" / "targets.yaml"
_BOUNDARY = re.compile(r";|\.(?=\s|$)|\||\n\s*[-+•]|\n\s*[a-zđ]\)|\n\s*\d+\.")


@dataclass(frozen=True)
class TargetMention:
    """One target: span ``[start, end)``, value (``None`` for a qualitative rank), unit, comparator."""

    start: int
    end: int
    value: float | None
    unit: str
    comparator: str
    metric: str = ""

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end


_LOWER_TABLE: dict[int, str] = {}


def _fold(s: str) -> str:
    """The matching key: lower case with diacritics kept ("đã" ≠ "đa", "là" ≠ "La"), same length."""
    s = unicodedata.normalize("NFC", s)
    for ch in set(s):
        if ord(ch) not in _LOWER_TABLE:
            _LOWER_TABLE[ord(ch)] = (ch.lower() or ch)[0]
    return s.translate(_LOWER_TABLE)


def _words(items: Sequence[str]) -> list[str]:
    return sorted({_fold(x) for x in items}, key=len, reverse=True)


@lru_cache(maxsize=1)
def _cues() -> dict[str, Any]:
    import yaml  # local: keep import time light

    raw = yaml.safe_load(_PATTERNS.read_text(encoding="utf-8"))
    out: dict[str, Any] = {k: _words(v) for k, v in raw.items() if isinstance(v, list) and k != "rank"}
    out["units_raw"] = {_fold(u): u for u in raw["units"]}
    out["unit_breakers"] = {_fold(u): _words(ws) for u, ws in raw["unit_breakers"].items()}
    for side in ("before", "after"):
        out[side] = [(w, comp) for comp, ws in raw[side].items() for w in _words(ws)]
        out[side].sort(key=lambda x: len(x[0]), reverse=True)
    out["rank"] = [(re.compile(r["pattern"]), r["comparator"]) for r in raw["rank"]]
    return out


def _alt(words: Sequence[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


@lru_cache(maxsize=1)
def _number_rx() -> re.Pattern[str]:
    units = _alt(_cues()["units"])
    num = rf"(?:{NUMBER_RE})"
    return re.compile(
        rf"(?<![\w/.,\-])({num})(?:\s*(?:[-–]|đến)\s*({num}))?\s*(%|phần\s+trăm|(?:{units})(?!\w))")


def _has(s: str, words: Sequence[str]) -> bool:
    return any(re.search(r"(?<!\w)" + _alt([w]) + r"(?!\w)", s) for w in words)


def _since_aim(before: str) -> str:
    """The words after the last aim word ("mục tiêu", "phấn đấu"): "đã đi vào hoạt động, ..., mục
    tiêu tỷ lệ ... đạt 100%" states an aim; the "đã" before it tells of something else."""
    cut = 0
    for w in _cues()["aim"]:
        for m in re.finditer(rf"(?<!\w){re.escape(w)}(?!\w)(?!\s+(?:đề ra|đặt ra|được giao|đã))", before):
            cut = max(cut, m.end())  # "chưa đạt mục tiêu đề ra: …" names a missed aim, not a new one
    return before[cut:]


def _clause_start(f: str, pos: int, lo: int) -> int:
    cut = lo
    for m in _BOUNDARY.finditer(f, lo, pos):
        cut = m.end()
    return cut


def _clause_end(f: str, pos: int, hi: int) -> int:
    m = _BOUNDARY.search(f, pos, hi)
    return m.start() if m else hi


def _comparator(before: str, after: str) -> str | None:
    """The comparator from the cues nearest the number; ``None`` when there is none."""
    c = _cues()
    after = re.sub(r"\s+", " ", after).lstrip()
    for w, comp in c["after"]:
        if after.startswith(w) and (len(after) == len(w) or not after[len(w)].isalnum()):
            return comp
    before = re.sub(r"\s+", " ", before)
    best: tuple[int, int, str] | None = None
    for w, comp in c["before"]:
        for m in re.finditer(rf"(?<!\w){re.escape(w)}(?!\w)", before):
            if comp == "increase" and w == "tăng" and _has(before[m.end():m.end() + 8], c["not_increase_after"]):
                continue
            if w in c["adjacent_only"] and len(before.rstrip()) - m.end() > 12:
                continue  # "trên địa bàn ... 95%": a preposition, not a comparator
            key = (m.end(), len(w))
            if best is None or key > best[:2]:
                best = (m.end(), len(w), comp)
    if best is None or len(before) - best[0] > 60:
        return None
    return best[2]


def _numeric_comparator(comp: str | None, value: float, unit: str, before: str, after: str) -> str:
    """The comparator of a number target.

    A stated change ("cắt giảm 50% thời gian", "tăng 10%") commits to at least that change, so it is
    ``>=``; "100% ..." is ``=`` unless a cue right at it ("tối thiểu", "trên", "trở lên") says otherwise.
    """
    if comp is None:
        comp = "="
    if comp in ("increase", "decrease"):
        comp = ">="
    if unit == "%" and value == 100 and comp != "=":
        near = _comparator(" ".join(before.split()[-3:]), after)  # only a cue right at the number counts
        comp = near if near in (">=", ">", "<", "<=") else "="
    return comp


def _count_governed(f: str, before: str, s: int, num_start: int, e: int) -> bool:
    """Whether a count of things ("02 công trình") is a quantity to reach, not the things themselves.

    It is when a quantity cue stands right before it ("tối thiểu", "trên", "đạt", "tăng thêm") or an
    aim word at most three words before it ("phấn đấu thu hút 2.000 doanh nghiệp"); and not when the
    same count of the same things was already named earlier in the document ("tại 02 công trình ...
    hoàn thành 02 công trình"): a repeated count refers back to known things.
    """
    c = _cues()
    words = re.sub(r"\s+", " ", before).strip().split(" ")
    near = " ".join(words[-4:])
    quantity = _comparator(" ".join(words[-3:]), f[e:e + 20]) in (">=", ">", "<", "<=")
    cue = any(" ".join(words[-len(w.split()):]) == w for w in c["count_cues"])
    if not (quantity or cue or _has(near, c["count_aims"])):
        return False
    same = r"\s+".join(re.escape(w) for w in f[num_start:e].split())
    return re.search(rf"(?<![\w/.,]){same}(?!\w)", f[:s]) is None


def _metric(text: str, f: str, s: int, e: int, lo: int, hi: int) -> tuple[int, int, str]:
    """Span end and metric phrase for a number at ``[s, e)``: the phrase after it, else before."""
    end = _clause_end(f, e, hi)
    nxt = _number_rx().search(f, e, end)
    if nxt:  # stop before the next number's own cue ("... và từ 15%")
        cue = re.search(r"(?:,|\bvà\b|\bhoặc\b)[^,]{0,25}$", f[e:nxt.start()])
        end = e + cue.start() if cue else nxt.start()
    after = text[e:min(end, e + 200)]
    after_f = re.sub(r"\s+", " ", _fold(after)).strip()
    for w, _ in _cues()["after"]:
        if after_f.startswith(w):
            after_f = after_f[len(w):].strip()
    if len(after_f) >= 3 and not after_f.startswith(("(", ")")):
        stop = re.search(r"[,(]", after)
        metric = after[: stop.start()] if stop and stop.start() > 10 else after
        return min(end, e + 200), end, " ".join(metric.split()).strip(" ,")
    cs = _clause_start(f, s, lo)
    head = text[cs:s]
    m = re.search(r"(?i)(?:phấn đấu|bảo đảm|đảm bảo|mục tiêu|nhằm)\s+", head)
    head = head[m.end():] if m else head
    head = " ".join(head.split()).strip(" ,(")
    cues = [w for w, _ in _cues()["before"]]
    changed = True
    while changed and head:  # drop the comparator words: "Chỉ số SIPAS đạt trên" → "Chỉ số SIPAS"
        changed = False
        hf = _fold(head)
        for w in cues:
            if hf.endswith(" " + w) or hf == w:
                head, changed = head[: len(head) - len(w)].rstrip(" ,"), True
                break
    return e, e, head


def _ranks(text: str, lo: int, hi: int, taken: list[tuple[int, int]]) -> list[TargetMention]:
    c = _cues()
    f = fold_same_length(text[:hi])  # the rank patterns are written accent-free
    out = []
    heads = _alt([fold_same_length(h) for h in c["index_heads"]])
    for rx, comp in c["rank"]:
        for m in rx.finditer(f, lo, hi):
            if any(m.start() < te and ts < m.end() for ts, te in taken):
                continue
            cs = _clause_start(f, m.start(), lo)
            head = re.search(rf"\b(?:{heads})\b", f[cs:m.start()])
            start = cs + head.start() if head else m.start()
            if head is None and comp == "=" and not _has(f[cs:m.end()], ["chi so", "xep hang", "diem"]):
                continue
            end = _clause_end(f, m.end(), hi)
            end = min(end, m.end() + 120)
            if _has(_fold(text[cs:m.start()]), c["past"]):
                continue
            if re.search(r"\d+(?:/\d+)?\s+chi so(?: thanh phan)?\s+(?:(?:nam|thuoc|xep|dung)\s+)?(?:trong\s+)?$",
                         f[max(cs, m.start() - 50):m.start()]):
                continue  # "3/10 chỉ số thành phần nằm trong top 5": a count of sub-indices, not the rank
            metric = " ".join(text[start:m.start()].split()) or " ".join(text[m.start():end].split())
            out.append(TargetMention(start, end, None, "rank", comp, metric))
            taken.append((start, end))
    return out


def aim_targets(text: str, start: int = 0, end: int | None = None, *,
                context: tuple[str, ...] = ()) -> list[TargetMention]:
    """Targets of a passage that is not a task: only those whose own sentence names an aim, or all
    of them when a heading above it does ("2. Mục tiêu cụ thể" | "- 100% hồ sơ ...", ``context``:
    the texts of the passage's ancestors in the outline).

    "Mục tiêu: ... phấn đấu đạt 95%" states a commitment; "năm 2024 chỉ đạt 41,97%" in the same
    paragraph does not. The sentence runs from the last full stop or semicolon before the number.
    """
    out = []
    under_aim = any(_has(_fold(c), _cues()["aim"]) for c in context)
    for t in find_targets(text, start, end):
        head = text[start:t.start]
        cut = max(head.rfind(". "), head.rfind(".\n"), head.rfind(";"))
        sentence = _fold(head[cut + 1:] + text[t.start:t.end])
        if _has(_fold(head), _cues()["aim_blockers"]):  # praise governs the whole passage, ";" and all
            continue  # "Đánh giá cao ... trong bối cảnh đất nước đặt mục tiêu tăng trưởng trên 8%"
        if under_aim or _has(sentence, _cues()["aim"]):
            out.append(t)
    return out


def find_targets(text: str, start: int = 0, end: int | None = None) -> list[TargetMention]:
    """Every target in ``text[start:end]``.

    Args:
        text: the document text.
        start, end: the span to search (usually one task).

    Returns:
        Targets sorted by position; ``value`` is a float in the unit's scale (``None`` for ranks),
        ``unit`` is ``"%"``, a unit word as written ("điểm", "tỷ đồng") or ``"rank"``.
    """
    end = len(text) if end is None else end
    c = _cues()
    f = _fold(text[:end])
    if len(f) != end:  # decomposed input: fall back to the accent-free key, which keeps offsets
        f = fold_same_length(text[:end])
    out: list[TargetMention] = []
    taken: list[tuple[int, int]] = []
    for m in _number_rx().finditer(f, start, end):
        s, e = m.start(), m.end()
        value = parse_number(text[m.start(1):m.end(1)])
        if value is None:
            continue
        unit_f = re.sub(r"\s+", " ", m.group(3))
        unit = "%" if unit_f in ("%", "phần trăm") else " ".join(c["units_raw"].get(unit_f, text[m.start(3):e]).split())
        cs = _clause_start(f, s, start)
        before = f[cs:s]
        prev_word = re.sub(r"\s+", " ", before).rstrip()
        if any(prev_word.endswith(" " + w) or prev_word == w for w in c["label_words"]):
            continue
        if unit != "%" and f[m.start(1) - 1:m.start(1)] in ("/", "."):
            continue
        if _has(_since_aim(before), c["past"]) or _has(before[-40:], c["descriptive"]) \
                or _has(before, c["definition"]):
            continue
        if unit_f in c["rank_units"] and _comparator(" ".join(before.split()[-4:]), "") in ("increase", ">=", ">"):
            pass  # "tăng ít nhất 01 bậc": a change of rank by a number of places
        elif unit_f in c["rank_units"] or re.search(r"năm\s+\d{4}\s+(?:đã\s+)?đạt\s+(?:được\s+)?$", before) \
                and not _has(before, c["goal"]):
            continue  # ranks are read below; "năm 2024 đạt 85,2%" is a past result
        if re.match(r"\s*tháng\s+(?:đầu|cuối)", f[m.end(1):e + 12]):
            continue  # "6 tháng đầu năm" is a period
        comp = _comparator(before, f[e:e + 20])
        after = re.sub(r"\s+", " ", f[e:e + 40])
        if _has(after, c["past_after"]) and not _has(before, c["goal"]):
            continue
        if comp is None and (not before.strip(" ([*-+\n") or f[s - 1:s] == "(") and not re.match(
                r"\s*(?:trở lên)?\s*[^\W\d]{2,}\s+[^\W\d]", f[e:e + 30]):
            continue  # a bare figure (a table cell, "(87,73%)") that measures nothing named after it
        if unit != "%":
            if _has(f[e:e + 12], c["unit_breakers"].get(unit_f, ())):
                continue  # "01 trường hợp", "24 tháng tuổi", "02 điểm di tích": the unit word starts another noun
            if unit_f in c["score_units"] and not _has(before, c["score_context"]):
                continue
            if not _has(re.sub(r"\bkhông phải\b", " ", before + f[e:e + 12]), c["commitment"]):
                continue  # "không phải nộp thuế" is no obligation
            if unit_f in c["count_units"] and not _count_governed(f, before, s, m.start(1), e):
                continue
            if unit_f in c["time_units"] and (_has(before[-40:], c["duration_cues"])
                                              or comp not in ("<=", "<", "decrease")):
                continue
            if unit_f in c["money_units"] and (_has(before, c["budget_words"]) and comp is None
                                               or _has(before, c["descriptive"])):
                continue  # a budget line, or a threshold of a rule ("nâng mức doanh thu chịu thuế ... lên")
        comp = _numeric_comparator(comp, value, unit, before, f[e:e + 20])
        span_end, _, metric = _metric(text, f, s, e, start, end)
        out.append(TargetMention(s, max(e, span_end), value, unit, comp, metric))
        taken.append((s, max(e, span_end)))
    out += _stated_counts(text, f, start, end, taken)
    out += _ranks(text, start, end, taken)
    return sorted(out, key=lambda t: (t.start, t.end))


def _stated_counts(text: str, f: str, lo: int, hi: int, taken: list[tuple[int, int]]) -> list[TargetMention]:
    """Planned quantities whose unit repeats the noun they count: "số lượng mẫu quan trắc 240 mẫu/năm",
    "Lắp đặt mới trạm 3G/4G: 58 trạm". The repeated noun makes any count word a unit; a list of what a
    decision contains ("gồm: 14 phường") or a past figure is not a commitment."""
    c = _cues()
    out = []
    rx = re.compile(rf"(?<![\w/.,\-])({NUMBER_RE})\s+([^\W\d_]+)(?=[\s/.,;:)]|$)")
    for m in rx.finditer(f, lo, hi):
        s, e, unit = m.start(), m.end(), m.group(2)
        if any(s < te and ts < e for ts, te in taken) or unit in c["units_raw"] or unit in c["time_units"]:
            continue
        cs = _clause_start(f, s, lo)
        before = f[cs:s]
        label = re.search(r"(?:^|[\s(])số lượng\s+(.{0,60})$", before)
        if label is None:
            colon = re.search(r"([^,;:()]{0,60}):\s*$", before)
            label = colon if colon and not _has(colon.group(1), ["gồm", "trong đó", "cụ thể", "bao gồm"]) else None
        if label is None or re.search(r"(?<![\w/])\d+(?![\w/])", label.group(1)) or not re.search(rf"(?<!\w){re.escape(unit)}(?!\w)", label.group(1)):
            continue
        if _has(_since_aim(before), c["past"]) or text[s:e] != text[s:e].strip():
            continue
        value = parse_number(text[m.start(1):m.end(1)])
        if value is None:
            continue
        end = e + len(re.match(r"(?:/[^\W\d_]+)?", f[e:hi]).group(0))  # "mẫu/năm"
        metric = " ".join(text[cs + label.start(1):cs + label.end(1)].split()).strip(" +-•")
        out.append(TargetMention(s, end, value, text[m.start(2):end], "=", metric))
        taken.append((s, end))
    return out
