"""Targets: the phrase table, property-based numbers, offsets and spans."""

from __future__ import annotations

import csv
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nlp.numbers import format_number
from nlp.targets import find_targets

_TABLE = Path(__file__).parent / "data" / "target_phrases.tsv"


def _rows() -> list[dict[str, str]]:
    with _TABLE.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    for r in rows:
        r["phrase"] = unicodedata.normalize("NFC", r["phrase"])
    return rows


ROWS = _rows()


def test_table_size() -> None:
    assert len(ROWS) >= 70
    assert {"none", ">=", ">", "<", "<=", "=", "increase"} <= {r["comparator"] for r in ROWS}


@pytest.mark.parametrize("row", ROWS, ids=[r["phrase"][:40] for r in ROWS])
def test_phrase_table(row: dict[str, str]) -> None:
    found = find_targets(row["phrase"], 0, len(row["phrase"]))
    if row["comparator"] == "none":
        assert found == [], found
        return
    assert found, "no target found"
    t = found[0]
    assert t.unit == row["unit"]
    assert t.value == (float(row["value"]) if row["value"] else None)
    assert t.comparator == row["comparator"]
    assert 0 <= t.start < t.end <= len(row["phrase"])


def test_span_and_metric_keep_offsets() -> None:
    text = ("Trong đó, có 98% trở lên số hồ sơ TTHC thuộc cấp huyện được giải quyết đúng hạn; "
            "từ 60% số TTHC được công khai trực tuyến.")
    a, b = find_targets(text, 0, len(text))
    assert text[a.start:a.start + 3] == "98%" and text[b.start:b.start + 3] == "60%"
    assert "số hồ sơ TTHC" in a.metric and a.end <= text.index(";")
    assert (a.comparator, b.comparator) == (">=", ">=")


def test_metric_before_the_number() -> None:
    text = "Phấn đấu Chỉ số SIPAS của tỉnh đạt trên 80%."
    (t,) = find_targets(text, 0, len(text))
    assert t.metric == "Chỉ số SIPAS của tỉnh" and text[t.start:t.end] == "80%"


def test_search_window_is_respected() -> None:
    text = "Năm 2024 đạt 85,2%. Phấn đấu năm 2025 đạt tối thiểu 90% hồ sơ trực tuyến."
    start = text.index("Phấn đấu")
    found = find_targets(text, start, len(text))
    assert [(t.value, t.comparator) for t in found] == [(90.0, ">=")]


_CUES = [("tối thiểu", ">="), ("ít nhất", ">="), ("trên", ">"), ("dưới", "<"), ("tối đa", "<="),
         ("không quá", "<="), ("đạt", "="), ("giảm", ">="), ("tăng", ">="), ("từ", ">=")]


@settings(max_examples=200, deadline=None)
@given(value=st.decimals(min_value="0.01", max_value="100000", places=2), cue=st.sampled_from(_CUES),
       group=st.booleans(), percent=st.booleans())
def test_vietnamese_numbers_round_trip(value, cue, group: bool, percent: bool) -> None:
    x = float(value)
    written = format_number(x, group=group)
    unit = "%" if percent else " điểm"
    text = f"Phấn đấu chỉ số hài lòng {cue[0]} {written}{unit} trong năm tới."
    found = find_targets(text, 0, len(text))
    assert found and abs(found[0].value - x) < 1e-9
    expected = "=" if percent and x == 100 and cue[0] in ("giảm", "tăng") else cue[1]  # "100% ..." is "="
    assert found[0].comparator == expected
    assert found[0].unit == ("%" if percent else "điểm")


def test_change_amount_is_a_floor() -> None:
    text = "Cắt giảm 30% thời gian giải quyết thủ tục hành chính, 30% chi phí tuân thủ so với năm trước."
    found = find_targets(text, 0, len(text))
    assert [(t.value, t.comparator) for t in found] == [(30.0, ">="), (30.0, ">=")]


def test_repeated_count_refers_back_to_known_things() -> None:
    text = ("Kết quả kiểm tra tại 03 trường học cho thấy còn chậm. Phấn đấu hoàn thành 03 trường "
            "trước năm học mới; phấn đấu xây mới 05 trường đạt chuẩn.")
    start = text.index("Phấn đấu")
    found = find_targets(text, start, len(text))
    assert [(t.value, t.unit) for t in found] == [(5.0, "trường")]


def test_count_after_an_action_verb_is_not_a_target() -> None:
    text = "Bộ Xây dựng chỉ đạo hoàn thành 02 công trình dự án và bàn giao 04 căn nhà tạm."
    assert find_targets(text, 0, len(text)) == []


def test_hundred_percent_in_a_second_conjunct_is_exact() -> None:
    text = "Trên 80% số trạm y tế xã trên địa bàn tỉnh và 100% cơ sở cai nghiện công lập đủ điều kiện."
    found = find_targets(text, 0, len(text))
    assert [(t.value, t.comparator) for t in found] == [(80.0, ">"), (100.0, "=")]


def test_a_count_of_sub_indices_in_a_top_group_is_not_the_provinces_rank() -> None:
    text = "Trong đó, phấn đấu đạt 4/10 chỉ số thành phần nằm trong top 10: gia nhập thị trường, tiếp cận đất đai."
    assert [t.unit for t in find_targets(text)] == []
    assert [t.unit for t in find_targets("Phấn đấu Chỉ số PCI của tỉnh nằm trong top 10 cả nước.")] == ["rank"]


def test_targets_under_an_aim_heading_are_commitments() -> None:
    from nlp.targets import aim_targets

    item = "100% cơ quan chuyên môn bố trí công chức làm công tác pháp chế."
    assert aim_targets(item) == []
    assert [t.value for t in aim_targets(item, context=("2. Mục tiêu cụ thể",))] == [100.0]


def test_thresholds_of_a_tax_rule_are_not_targets() -> None:
    text = ("Bộ Tài chính đề nghị nâng mức doanh thu không chịu thuế của hộ kinh doanh từ 200 triệu đồng/năm "
            "lên 500 triệu đồng/năm.")
    assert find_targets(text) == []
    assert [t.value for t in find_targets("Phấn đấu thu ngân sách đạt 5.000 tỷ đồng trong năm 2026.")] == [5000.0]


@pytest.mark.parametrize("text", [
    "chọn không quá 01 trường hợp đảm bảo đủ điều kiện tiêu chuẩn theo quy định",
    "bảo đảm liên kết thuận lợi với 02 điểm di tích trong vùng",
    "nâng hạng thẻ nhân lực công nghệ cao theo quy định",
    "xe ô tô có nguyên giá từ 01 tỷ đồng trở lên/01 đơn vị tài sản",
    "trang bị cao hơn từ trên 15% đến không quá 30% so với mức giá quy định tại Phụ lục II",
    "Khu vực đường Vành đai 2, gồm 14 phường: 09 phường thuộc khu vực nội thành",
    "tăng số lượng cấp phó tại các phòng chuyên môn từ 2 lên 3 phó trưởng phòng",
    "Hiện nay, số lượng trạm đã lắp đặt là 120 trạm.",
    "trong đó có 02 chỉ tiêu chưa đạt mục tiêu đề ra: tăng trưởng GRDP 09 tháng đầu năm đạt 6,26%",
])
def test_rules_and_nouns_that_look_like_targets(text: str) -> None:
    assert find_targets(text) == []


def test_an_aim_quoted_as_background_is_no_commitment() -> None:
    from nlp.targets import aim_targets

    praise = ("Đánh giá cao nỗ lực của Chủ đầu tư, góp phần bảo đảm an ninh năng lượng trong bối cảnh đất nước "
              "đặt mục tiêu tăng trưởng trên 8% năm 2025.")
    assert aim_targets(praise) == []
    goal = "Để đạt được mục tiêu tăng trưởng kinh tế 8% trong năm 2025, tỉnh cần tập trung thực hiện:"
    assert [t.value for t in aim_targets(goal)] == [8.0]


def test_an_aim_after_a_past_clause_is_still_a_commitment() -> None:
    text = ("Phát triển hạ tầng số tại các khu công nghiệp đã đi vào hoạt động, góp phần tăng trưởng kinh tế số, "
            "mục tiêu tỷ lệ phủ sóng mạng 5G tại các KCN đến năm 2030 đạt 100%.")
    assert [(t.value, t.unit) for t in find_targets(text)] == [(100.0, "%")]
