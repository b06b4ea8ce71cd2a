"""find_references on number forms that Vietnamese directives cite."""

from __future__ import annotations

import pytest

from nlp.references import find_references, type_by_number


@pytest.mark.parametrize(("sentence", "number", "kind", "date"), [
    ("Thực hiện Kế hoạch số 7391/KH-UBND ngày 19/8/2020 của UBND tỉnh;", "7391/KH-UBND", "ke_hoach", "2020-08-19"),
    ("Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ;", "30/2020/NĐ-CP", "nghi_dinh", "2020-03-05"),
    ("Quán triệt Nghị quyết số 57-NQ/TW của Bộ Chính trị.", "57-NQ/TW", "nghi_quyet", None),
    ("Theo Công văn số 171/CV-BCĐ ngày 3/7/2023 của Ban Chỉ đạo.", "171/CV-BCĐ", "cong_van", "2023-07-03"),
    ("Xét đề nghị tại Công văn số 15972/SXD-QLN& TTBĐS ngày 14 tháng 11 năm 2025.", "15972/SXD-QLN&TTBĐS", "cong_van", "2025-11-14"),
    ("theo Kế hoạch liên tịch 515/KH-BCA-BNN&MT của hai bộ", "515/KH-BCA-BNN&MT", "ke_hoach", None),
    ("phù hợp Thông tư số 08/2024/TT-BXD của Bộ Xây dựng.", "08/2024/TT-BXD", "thong_tu", None),
    ("Chủ tịch UBND tỉnh ký Quyết định 1020 về việc kiện toàn.", "1020", "quyet_dinh", None),
    ("theo Tờ trình số 9807/TTr-SNV ngày 25/11/2025;", "9807/TTr-SNV", "to_trinh", "2025-11-25"),
    ("tại Văn bản số 7593/VPCP-CN ngày 20/8/2025,", "7593/VPCP-CN", "cong_van", "2025-08-20"),
])
def test_number_forms_type_and_date(sentence, number, kind, date):
    refs = find_references(sentence)
    assert [(r.number, r.type, r.date) for r in refs] == [(number, kind, date)]
    s, e = refs[0].span
    assert sentence[s:e].replace(" ", "") == number


def test_own_number_header_and_licence_are_excluded():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: 733/UBND-TH\nAn Giang, ngày 02 tháng 8 năm 2021\n"
            "Thực hiện Chỉ thị số 31-CT/TU ngày 06/6/2023 và Kế hoạch số 134-KH/TU của Tỉnh ủy.\n"
            "Trường hợp cần thiết, thay thế Quyết định số 118/2008/QĐ-TTg ngày 27/8/2008.\n"
            "Giấy phép số 55/GP-TTĐT cấp ngày 18/3/2011\n")
    refs = find_references(text)
    assert [r.number for r in refs] == ["31-CT/TU", "134-KH/TU"]
    assert find_references("ban hành Công văn số 3025 ngày 13/5/2022", own_number="3025") == []


def test_duplicates_keep_first_span_and_mixed_case_form():
    text = ("KẾ HOẠCH THỰC HIỆN QUYẾT ĐỊNH SỐ 1899/QĐ-TTG\n"
            "Thực hiện Quyết định số 1899/QĐ-TTg ngày 04/9/2025 của Thủ tướng Chính phủ.")
    refs = find_references(text)
    assert len(refs) == 1
    assert refs[0].number == "1899/QĐ-TTg" and refs[0].date == "2025-09-04"
    assert refs[0].span[0] == text.index("1899")


def test_numbers_that_are_not_documents():
    text = "Phấn đấu đến năm 2025 đạt 98%; Kế hoạch 6 tháng đầu năm; ngày 30/6/2021; 24/7 trực tuyến."
    assert find_references(text) == []


@pytest.mark.parametrize(("number", "code"), [
    ("7391/KH-UBND", "ke_hoach"), ("06/CT-UBND", "chi_thi"), ("623/TB-VPCP", "thong_bao"),
    ("4085/UBND-ĐT", "cong_van"), ("81-TB/TW", "thong_bao"), ("66/2025/NQ-CP", "nghi_quyet"),
])
def test_type_by_number(number, code):
    assert type_by_number(number)["code"] == code


def test_a_symbol_with_a_dotted_unit_code_is_read_whole():
    text = "Thực hiện Công văn số 11554/VPCP-V.I ngày 28/11/2025 của Văn phòng Chính phủ."
    assert [r.number for r in find_references(text)] == ["11554/VPCP-V.I"]
