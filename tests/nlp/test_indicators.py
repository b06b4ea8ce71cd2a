"""Linking directives and tasks to indices and criteria (real directive wording, NFC)."""

from __future__ import annotations

import unicodedata

import pytest

from nlp.indicators import find_mentions, link_directive, link_task
from nlp.types import DirectiveInfo


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def _span(text: str, part: str) -> tuple[int, int]:
    i = text.index(part)
    return i, i + len(part)


# fmt: off
DIRECTIVES = [
    ("Kế hoạch nâng cao Chỉ số cải cách hành chính và Chỉ số hài lòng về sự phục vụ của cơ quan hành chính "
     "nhà nước năm 2020.\nCác cơ quan, đơn vị rà soát các nhiệm vụ được giao.", ["PAR", "SIPAS"]),
    ("UBND tỉnh ban hành kế hoạch cải thiện chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) năm 2019.\n"
     "Các cơ quan nhà nước phải đẩy mạnh công tác tuyên truyền.", ["PAPI"]),
    ("Kế hoạch nâng cao Chỉ số chuyển đổi số (DTI) của tỉnh năm 2026.\nCác sở triển khai nền tảng số.", ["DTI"]),
    ("Về việc tăng cường xử lý chồng lấn, lấn chiếm rừng và đất lâm nghiệp.\nSở Nông nghiệp và Môi trường "
     "chủ trì kiểm tra, xử lý vi phạm.", []),
    # a body named after an area is not a mention of the index
    ("Về việc rà soát dữ liệu số nhà.\nTrung tâm Chuyển đổi số Thành phố phối hợp với Sở Xây dựng "
     "cập nhật dữ liệu. Trung tâm Chuyển đổi số Thành phố báo cáo kết quả.", []),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), DIRECTIVES)
def test_link_directive(text, expected):
    assert link_directive(nfc(text), DirectiveInfo()) == expected


def test_passing_mention_deep_in_a_long_text_is_not_a_target():
    filler = "Sở Tài chính chủ trì rà soát kế hoạch đầu tư công trung hạn, báo cáo UBND tỉnh. " * 40
    text = nfc("Về việc khắc phục hậu quả mưa lũ.\n" + filler + "Đẩy mạnh cải cách hành chính.\n" + filler)
    assert link_directive(text, DirectiveInfo(subject="khắc phục hậu quả mưa lũ")) == []


def test_index_named_once_beside_the_focus_index_is_a_target():
    text = nfc("Sẽ tổ chức Hội nghị công bố báo cáo Chỉ số DDCI tỉnh Kon Tum.\nSở Kế hoạch và Đầu tư xây dựng kế hoạch "
               "triển khai đánh giá Bộ chỉ số DDCI năm 2024, lồng ghép với Hội nghị đánh giá Chỉ số PCI.")
    assert link_directive(text, DirectiveInfo()) == ["PCI", "DDCI"]


def test_subject_weighs_more_than_the_body():
    text = nfc("Các sở, ngành thực hiện nghiêm các nội dung sau.\nChỉ số PAPI của tỉnh cần được cải thiện.")
    assert link_directive(text, DirectiveInfo(subject="cải thiện Chỉ số PAPI năm 2025")) == ["PAPI"]


def test_task_names_an_index_outside_the_directive_targets():
    text = nfc("Tiếp tục cải thiện môi trường đầu tư kinh doanh, đẩy mạnh cải cách hành chính; tập trung ứng dụng "
               "chuyển đổi số, xây dựng chính quyền số.")
    codes, _ = link_task(text, (0, len(text)), directive_indices=[], issued_on="2025-11-15")
    assert set(codes) >= {"PAR", "PCI", "DTI"}


def test_generic_task_of_an_index_directive_serves_its_indices():
    text = nfc("Phân công trách nhiệm cụ thể cho tập thể, cá nhân có liên quan nghiên cứu, tham mưu thực hiện "
               "các giải pháp khắc phục, cải thiện trong năm 2021.")
    codes, criteria = link_task(text, (0, len(text)), directive_indices=["PAR", "SIPAS"], issued_on="2021-09-20")
    assert codes == ["PAR", "SIPAS"]
    assert criteria == []


def test_generic_task_of_a_plain_directive_has_no_index():
    text = nfc("Giao Bộ Tài chính khẩn trương hoàn thiện báo cáo sơ kết, báo cáo cấp có thẩm quyền.")
    assert link_task(text, (0, len(text)), directive_indices=[], issued_on=None) == ([], [])


def test_task_cue_of_one_target_index_keeps_only_that_index():
    text = nfc("Thủ trưởng các cơ quan phải phát huy trách nhiệm người đứng đầu trong công tác cải cách hành chính.")
    codes, _ = link_task(text, (0, len(text)), directive_indices=["PAR", "SIPAS"], issued_on="2021-09-20")
    assert codes == ["PAR"]


def test_shared_cue_goes_to_the_targeted_index():
    text = nfc("Phải xem CCHC gắn với việc cải thiện môi trường đầu tư, kinh doanh là nhiệm vụ trọng tâm.")
    codes, _ = link_task(text, (0, len(text)), directive_indices=["DDCI", "PAR", "SIPAS"], issued_on="2021-03-31")
    assert codes == ["PAR", "DDCI"]


def test_task_span_limits_the_evidence():
    text = nfc("Đẩy mạnh chuyển đổi số. Rà soát quy hoạch theo thẩm quyền.")
    codes, _ = link_task(text, _span(text, "Rà soát quy hoạch theo thẩm quyền."), directive_indices=[], issued_on=None)
    assert codes == []


def test_criteria_carry_code_confidence_and_evidence_from_the_text():
    text = nfc("Có 98% trở lên số hồ sơ TTHC được giải quyết đúng hạn, trước hạn; khi trễ hạn phải gửi thư xin lỗi "
               "đến tổ chức, cá nhân; tăng tỷ lệ thanh toán trực tuyến.")
    codes, criteria = link_task(text, (0, len(text)), directive_indices=["PAR", "QD766"], issued_on="2023-05-02")
    assert "QD766" in codes and "PAR" in codes
    by_code = {c["code"]: c for c in criteria}
    assert any(c.startswith("QD766.2") for c in by_code)
    assert any(c.startswith("QD766.4") for c in by_code)
    for c in criteria:
        assert 0 < c["confidence"] <= 1
        assert c["evidence"] and c["evidence"] in text


def test_criteria_follow_the_version_in_force():
    text = nfc("Triển khai Trung tâm giám sát, điều hành đô thị thông minh của tỉnh.")
    _, old = link_task(text, (0, len(text)), directive_indices=["DTI"], issued_on="2023-01-10")
    _, new = link_task(text, (0, len(text)), directive_indices=["DTI"], issued_on="2025-06-01")
    assert any(c["code"].startswith("DTI.9") for c in old)  # 922/QĐ-BTTTT has Đô thị thông minh
    assert not any(c["code"].startswith("DTI.9") for c in new)  # 405/QĐ-BKHCN does not


def test_matching_ignores_case_diacritics_and_punctuation():
    text = "Nang cao chi so cai cach hanh chinh (PAR INDEX) cua tinh; ky luat ky cuong hanh chinh."
    kinds = {(m.index, m.kind) for m in find_mentions(text)}
    assert ("PAR", "alias") in kinds and ("PAR", "strong") in kinds


def test_mentions_point_into_the_original_text():
    text = nfc("Ủy ban nhân dân tỉnh yêu cầu nâng cao Chỉ số hài lòng của người dân.")
    for m in find_mentions(text):
        assert m.end > m.start
        assert text[m.start:m.end].strip() == text[m.start:m.end]
    alias = next(m for m in find_mentions(text) if m.kind == "alias" and m.index == "SIPAS")
    assert text[alias.start:alias.end].lower().startswith("chỉ số hài lòng")
