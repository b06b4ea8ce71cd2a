"""Template rendering with the context every page needs (user, CSRF token, allowed menus)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from web.permissions import ROLE_LABELS, Cap, allowed

TEMPLATES = Path(__file__).resolve().parent / "templates"

STATUS_LABELS = {"extracted": "Chờ duyệt", "accepted": "Đã duyệt", "rejected": "Loại bỏ",
                 "in_progress": "Đang thực hiện", "done": "Hoàn thành", "cancelled": "Đã hủy"}
ACTION_LABELS = {"accept": "duyệt", "reject": "loại", "edit": "sửa nội dung", "add_body": "thêm cơ quan",
                 "remove_body": "bỏ cơ quan", "change_role": "đổi vai trò", "set_deadline": "đặt thời hạn",
                 "split": "tách", "merge": "gộp", "start": "bắt đầu", "progress": "báo cáo tiến độ",
                 "done": "hoàn thành", "cancel": "hủy", "undo": "hoàn tác"}
LEVELS = {"central": "Trung ương", "province": "Tỉnh", "district": "Huyện", "commune": "Xã", "collective": "Nhóm"}
DOC_TYPES = {"cong_van": "Công văn", "ke_hoach": "Kế hoạch", "chi_thi": "Chỉ thị", "quyet_dinh": "Quyết định",
             "thong_bao": "Thông báo", "nghi_quyet": "Nghị quyết", "bao_cao": "Báo cáo", "news": "Tin bài",
             "other": "Văn bản"}


def _when(iso: str | None) -> str:
    """``2025-11-28T09:05:00+00:00`` → ``28/11/2025 09:05``."""
    if not iso:
        return ""
    day, _, time = iso.partition("T")
    y, m, d = (day.split("-") + ["", "", ""])[:3]
    return f"{d}/{m}/{y} {time[:5]}".strip()


def make_templates() -> Jinja2Templates:
    """The Jinja2 environment (autoescape on) with the label filters."""
    t = Jinja2Templates(directory=str(TEMPLATES))
    t.env.filters["status_label"] = lambda s: STATUS_LABELS.get(s, s)
    t.env.filters["doc_type_label"] = lambda s: DOC_TYPES.get(s or "other", s)
    t.env.filters["role_label"] = lambda s: ROLE_LABELS.get(s, s)
    t.env.filters["pct"] = lambda a, b: 0 if not b else round(100 * a / b)
    t.env.filters["when"] = _when
    t.env.filters["action_label"] = lambda a: ACTION_LABELS.get(a, a)
    t.env.filters["level_label"] = lambda v: LEVELS.get(v, v) if v else "—"
    return t


def render(request: Request, name: str, ctx: dict[str, Any], *, status_code: int = 200) -> HTMLResponse:
    """Render template ``name`` with ``ctx`` plus ``user``, ``csrf`` and ``can(cap)``."""
    user = getattr(request.state, "user", None)
    ws = getattr(request.state, "web_session", None)
    base = {"request": request, "user": user, "csrf": ws.csrf if ws else "",
            "can": lambda cap: user is not None and allowed(user.role, Cap(cap)),
            "flash": ws.flash[:] if ws else []}
    if ws:
        ws.flash.clear()
    return request.app.state.templates.TemplateResponse(request, name, base | ctx, status_code=status_code)
