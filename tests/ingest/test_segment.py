"""Logical blocks over hard-wrapped directive text: offsets only, kinds and list levels."""

from __future__ import annotations

import pytest

from ingest.document import BlockKind
from ingest.segment import assign_levels, is_caps, marker, segment


def _blocks(text: str) -> list[tuple[str, str]]:
    return [(s.kind.value, text[s.start:s.end]) for s in segment(text)]


# fmt: off
MARKERS = [
    ("I. MỤC ĐÍCH, YÊU CẦU", "roman"),
    ("1. Mục đích", "arabic1"),
    ("1.2. Giao Công an Thành phố", "arabic2"),
    ("2.1.3 Rà soát dữ liệu", "arabic3"),
    ("a) Bảo đảm 100% cơ quan", "alpha"),
    ("- Sở Xây dựng;", "dash"),
    ("-Phối hợp thực hiện", "dash"),
    ("+ Tổ chức tập huấn", "plus"),
    ("(1) Công an tỉnh", "paren_num"),
    ("Điều 2. Tổ chức thực hiện", "article"),
    ("Chương II", "part"),
    ("• Kiểm tra, giám sát", "bullet"),
]
NOT_MARKERS = [
    "2025. Kết quả đạt được",          # a year, not an item number
    "30/6/2025 các đơn vị báo cáo",    # a date
    "5.000 người tham gia",            # a thousands separator
    "V/v rà soát và chuẩn hóa",        # the công văn summary, not roman V
    "-5% so với cùng kỳ",              # a negative number
    "Thành phố Hồ Chí Minh",
]
# fmt: on


@pytest.mark.parametrize(("line", "style"), MARKERS)
def test_marker_styles(line, style):
    found = marker(line)
    assert found is not None and found[0] == style


@pytest.mark.parametrize("line", NOT_MARKERS)
def test_not_a_marker(line):
    assert marker(line) is None


def test_wrapped_lines_join_into_one_paragraph():
    text = ("Xét báo cáo, đề xuất của\nSở Xây dựng tại Công văn số 15972/SXD-QLN ngày 14 tháng 11 năm 2025\n"
            "về rà soát và chuẩn hóa dữ liệu số nhà;\nChủ tịch Ủy ban nhân dân\nThành phố có ý kiến chỉ đạo như sau:\n")
    assert _blocks(text) == [
        ("paragraph", "Xét báo cáo, đề xuất của\nSở Xây dựng tại Công văn số 15972/SXD-QLN ngày 14 tháng 11 năm 2025\n"
                      "về rà soát và chuẩn hóa dữ liệu số nhà;"),
        ("paragraph", "Chủ tịch Ủy ban nhân dân\nThành phố có ý kiến chỉ đạo như sau:"),
    ]


def test_list_items_start_blocks_and_continue_across_wraps():
    text = ("1. Về việc rà soát,\nlàm sạch dữ liệu số nhà đã cấp\n1.1. Giao Sở Nông nghiệp\nvà Môi trường\n"
            "- Phối hợp thực hiện\ncông tác rà soát dữ liệu số nhà.\n- Trên cơ sở dữ liệu đất\nđai và bản đồ địa chính.\n")
    kinds = _blocks(text)
    assert [k for k, _ in kinds] == ["list_item"] * 4
    assert kinds[1][1] == "1.1. Giao Sở Nông nghiệp\nvà Môi trường"


def test_table_rows_rules_and_headings_are_their_own_blocks():
    text = ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 109/KH-UBND | Tiền Giang, ngày 04 tháng 5 năm 2021 |\n"
            "KẾ HOẠCH\nKhảo sát sự hài lòng của người dân\n---------------\n|\nKính gửi:\n- Sở Y tế;\n")
    assert [k for k, _ in _blocks(text)] == ["table_row", "table_row", "heading", "paragraph", "line", "line",
                                             "paragraph", "list_item"]


def test_blank_line_and_sentence_end_split_paragraphs():
    text = "Đề nghị các đơn vị thực hiện.\nThời gian hoàn thành trước ngày 31/12/2025.\n\nTrân trọng\nkính chào"
    assert [t for _, t in _blocks(text)] == ["Đề nghị các đơn vị thực hiện.", "Thời gian hoàn thành trước ngày 31/12/2025.",
                                             "Trân trọng\nkính chào"]


def test_abbreviation_at_line_end_does_not_split():
    text = "Giao Ủy ban nhân dân TP.\nHồ Chí Minh chủ trì thực hiện.\n"
    assert len(segment(text)) == 1


def test_layout_labels_start_blocks():
    text = "Số: 4085/UBND-ĐT\nV/v rà soát và\nchuẩn hóa dữ liệu số nhà\nHà Nội, ngày 05 tháng 02 năm 2023\n"
    assert [t for _, t in _blocks(text)] == ["Số: 4085/UBND-ĐT", "V/v rà soát và\nchuẩn hóa dữ liệu số nhà",
                                             "Hà Nội, ngày 05 tháng 02 năm 2023"]


def test_offsets_never_rewrite_the_text():
    text = "  1. Giao\u00a0Sở Y tế\r\nchủ trì.  \r\n\r\n\ufeffa) Phối hợp.\r\n"
    for s in segment(text):
        piece = text[s.start:s.end]
        assert piece == piece.strip() and piece
    assert [text[s.start:s.end] for s in segment(text)] == ["1. Giao\u00a0Sở Y tế\r\nchủ trì.", "a) Phối hợp."]


def test_hard_starts_split_where_the_reader_says():
    text = "Đoạn thứ nhất không có dấu chấm\nĐoạn thứ hai\n"
    assert len(segment(text)) == 1
    assert len(segment(text, hard_starts=[text.index("Đoạn thứ hai")])) == 2


def test_levels_follow_the_nesting_of_marker_styles():
    text = ("Kính gửi:\n- Sở Y tế;\nI. MỤC TIÊU\n1. Mục tiêu chung\n1.1. Giao Sở Y tế\n- Rà soát.\n+ Báo cáo.\n"
            "a) Tổ chức.\n2. Mục tiêu cụ thể\nII. NHIỆM VỤ\n")
    specs = assign_levels(segment(text))
    got = [(text[s.start:s.end].split()[0], s.level) for s in specs if s.style]
    assert got == [("-", 1), ("I.", 1), ("1.", 2), ("1.1.", 3), ("-", 4), ("+", 5), ("a)", 4), ("2.", 2), ("II.", 1)]
    assert specs[2].kind is BlockKind.HEADING


def test_caps():
    assert is_caps("ỦY BAN NHÂN DÂN") and is_caps("KẾ HOẠCH")
    assert not is_caps("Ủy ban nhân dân") and not is_caps("1.")


def test_short_capitals_ending_a_sentence_continue_the_line_above():
    text = "trình Quốc hội thông qua tại Kỳ họp thứ 10, Quốc hội khóa\nXV.\n\nKẾ HOẠCH\n"
    assert [t for _, t in _blocks(text)] == ["trình Quốc hội thông qua tại Kỳ họp thứ 10, Quốc hội khóa\nXV.", "KẾ HOẠCH"]


def test_hyphen_wrapped_to_line_start_is_not_a_bullet():
    text = "các sở, ban, ngành, tổ chức chính trị\n- xã hội xây dựng kế hoạch.\n- Sở Y tế chủ trì.\n"
    assert [t for _, t in _blocks(text)] == ["các sở, ban, ngành, tổ chức chính trị\n- xã hội xây dựng kế hoạch.",
                                             "- Sở Y tế chủ trì."]
