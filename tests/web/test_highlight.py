"""The highlighted source: escaped always, overlapping spans cut cleanly, page markers."""

from __future__ import annotations

from web.highlight import Mark, highlight

# fmt: off
TEXT = "1. Giao Sở Nội vụ chủ trì, hoàn thành trước ngày 31/12/2025; tỷ lệ hài lòng đạt trên 80%."
# fmt: on


def _span(needle: str) -> tuple[int, int]:
    s = TEXT.index(needle)
    return s, s + len(needle)


def test_nested_spans_carry_every_kind() -> None:
    task = (3, len(TEXT))
    body, deadline, target = _span("Sở Nội vụ"), _span("trước ngày 31/12/2025"), _span("đạt trên 80%")
    html = str(highlight(TEXT, [Mark(*task, "task", "task-1"), Mark(*body, "body", "body-1"),
                                Mark(*deadline, "deadline", "deadline-1"), Mark(*target, "target", "target-1")]))
    assert html.startswith("1. ")
    assert '<span class="hl k-task k-body">Sở Nội vụ</span>' in html
    assert '<span class="hl k-task k-deadline">trước ngày 31/12/2025</span>' in html
    assert '<a class="anchor" id="target-1"></a><span class="hl k-task k-target">đạt trên 80%</span>' in html
    plain = html
    for tag in ('<span class="hl k-task k-body">', '<span class="hl k-task k-deadline">',
                '<span class="hl k-task k-target">', '<span class="hl k-task">', "</span>"):
        plain = plain.replace(tag, "")
    for ref in ("task-1", "body-1", "deadline-1", "target-1"):
        plain = plain.replace(f'<a class="anchor" id="{ref}"></a>', "")
    assert plain == TEXT


def test_source_markup_is_escaped() -> None:
    text = "<script>alert('Sở')</script> & <b>Chỉ thị</b>"
    html = str(highlight(text, [Mark(0, 8, "task", 'x" onmouseover="1')]))
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;script&gt;" in html and "&amp;" in html
    assert 'onmouseover="1"' not in html


def test_page_markers_and_bad_spans() -> None:
    text = "Trang một.\nTrang hai có nhiệm vụ."
    pages = [{"page_no": 1, "start": 0, "end": 11}, {"page_no": 2, "start": 11, "end": len(text)}]
    html = str(highlight(text, [Mark(5, 999, "task", "t"), Mark(3, 3, "task", "e"), Mark(0, 4, "bogus", "b")],
                         pages=pages))
    assert '<span class="page-no" id="page-2">— Trang 2 —</span>Trang hai' in html
    assert "hl" not in html
