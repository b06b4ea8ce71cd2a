"""What a review event changed, in words: the difference of its ``before`` and ``after`` snapshots.

Snapshots are those of :func:`store.snapshot.snapshot` (text, status, bodies, deadline, progress ...),
so the full history of a task reads as a list of concrete changes, not just action names.
"""

from __future__ import annotations

from typing import Any

from web.render import STATUS_LABELS

ROLE_WORDS = {"lead": "chủ trì", "support": "phối hợp"}
KIND_WORDS = {"by": "trước ngày", "period": "trong kỳ", "recurring": "định kỳ", "ongoing": "thường xuyên"}
CLIP = 140


def _clip(text: str | None) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= CLIP else text[: CLIP - 1] + "…"


def _date(iso: str | None) -> str:
    if not iso:
        return ""
    y, m, d = (iso.split("-") + ["", "", ""])[:3]
    return f"{d}/{m}/{y}"


def _deadline(d: dict[str, Any] | None) -> str:
    if not d:
        return "không có"
    when = _date(d.get("due_on"))
    kind = KIND_WORDS.get(d.get("kind") or "by", d.get("kind") or "")
    if d.get("kind") == "recurring" and d.get("rule"):
        return f"{kind} ({d['rule']}){' từ ' + when if when else ''}"
    return f"{kind} {when}".strip()


def _bodies(state: dict[str, Any]) -> set[tuple[str, str]]:
    return {(b.get("name") or b.get("name_as_written") or "?", b.get("role") or "lead") for b in state.get("bodies") or []}


def describe(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    """The changes from ``before`` to ``after``, one Vietnamese line each (empty when nothing differs)."""
    out: list[str] = []
    if "split_from" in after:
        out.append(f"tách ra từ nhiệm vụ #{after['split_from']}: «{_clip(after.get('text'))}»")
        return out
    if after.get("undoes"):
        out.append(f"hoàn tác thay đổi #{after['undoes']}")
    if before.get("status") != after.get("status") and after.get("status"):
        old = STATUS_LABELS.get(before.get("status") or "", before.get("status") or "")
        out.append(f"trạng thái: {old} → {STATUS_LABELS.get(after['status'], after['status'])}")
    old_text = before.get("human_text") or before.get("text")
    new_text = after.get("human_text") or after.get("text")
    if before and old_text != new_text:
        out.append(f"nội dung: «{_clip(old_text)}» → «{_clip(new_text)}»")
    elif before and (before.get("start"), before.get("end")) != (after.get("start"), after.get("end")):
        out.append(f"đoạn văn: ký tự {before.get('start')}–{before.get('end')} → {after.get('start')}–{after.get('end')}")
    old_b, new_b = _bodies(before), _bodies(after)
    for name, role in sorted(new_b - old_b):
        out.append(f"thêm {ROLE_WORDS.get(role, role)}: {name}")
    for name, role in sorted(old_b - new_b):
        out.append(f"bỏ {ROLE_WORDS.get(role, role)}: {name}")
    if before and before.get("deadline") != after.get("deadline"):
        old_d, new_d = _deadline(before.get("deadline")), _deadline(after.get("deadline"))
        if old_d != new_d:
            out.append(f"thời hạn: {old_d} → {new_d}")
    if before.get("progress") != after.get("progress") and after.get("progress") is not None and before:
        out.append(f"tiến độ: {before.get('progress') or 0}% → {after['progress']}%")
    if (before.get("result") or "") != (after.get("result") or ""):
        out.append(f"kết quả: «{_clip(after.get('result'))}»")
    if before.get("done_on") != after.get("done_on") and after.get("done_on"):
        out.append(f"ngày hoàn thành: {_date(after['done_on'])}")
    if list(before.get("indices") or []) != list(after.get("indices") or []) and before:
        out.append(f"chỉ số: {', '.join(before.get('indices') or []) or '—'} → {', '.join(after.get('indices') or []) or '—'}")
    for created in after.get("created") or []:
        out.append(f"tách phần sau thành nhiệm vụ #{created}")
    for absorbed in (before.get("absorbed") or {}):
        out.append(f"gộp nhiệm vụ #{absorbed} vào đây")
    return out


def describe_proposal(p: dict[str, Any]) -> list[str]:
    """What a re-extraction proposal would change, one Vietnamese line each."""
    if p["kind"] == "remove":
        return ["trích xuất mới không còn thấy nhiệm vụ này: đề xuất loại"]
    if p["kind"] == "add":
        t = p.get("task") or {}
        span = t.get("span") or ["?", "?"]
        return [f"trích xuất mới thấy một nhiệm vụ mới (ký tự {span[0]}–{span[1]}) chồng lên nhiệm vụ đã duyệt"]
    out = []
    changes = p.get("changes") or {}
    if "span" in changes:
        (a, b), (c, d) = changes["span"]["stored"], changes["span"]["proposed"]
        out.append(f"đoạn văn: ký tự {a}–{b} → {c}–{d}")
    if "bodies" in changes:
        old = {tuple(x) for x in changes["bodies"]["stored"]}
        new = {tuple(x) for x in changes["bodies"]["proposed"]}
        out += [f"thêm {ROLE_WORDS.get(r, r)}: {n}" for n, r in sorted(new - old)]
        out += [f"bỏ {ROLE_WORDS.get(r, r)}: {n}" for n, r in sorted(old - new)]
    if "deadline" in changes:
        out.append(f"thời hạn: {_deadline(changes['deadline']['stored'])} → {_deadline(changes['deadline']['proposed'])}")
    return out
