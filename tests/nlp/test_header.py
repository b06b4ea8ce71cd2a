"""parse_header on header snippets written from the ND 30/2020 layout and press-report phrasing."""

from __future__ import annotations

import pytest

from nlp.header import parse_header

KE_HOACH = """ỦY BAN NHÂN DÂN
TỈNH BÌNH ĐỊNH
-------
|
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
|
Số: 15/KH-UBND
|
Bình Định, ngày 05 tháng 02
năm 2024
|
KẾ HOẠCH
VỀ VIỆC NÂNG CAO CHỈ SỐ CẢI CÁCH HÀNH CHÍNH
TỈNH BÌNH ĐỊNH NĂM 2024
Thực hiện Quyết định số 42/QĐ-UBND ngày 10/01/2024 của Ủy ban nhân dân tỉnh Bình Định, Ủy ban nhân dân tỉnh ban hành Kế hoạch nâng cao chỉ số cải cách hành chính như sau:
1. Sở Nội vụ chủ trì tham mưu.
|
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn
Hùng
"""

CONG_VAN = """UỶ
BAN NHÂN DÂN
THÀNH PHỐ ĐÀ NẴNG
SỞ TÀI CHÍNH
|
CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
|
Số: 2031 /STC-QLG
V/v triển khai công tác
kiểm tra giá năm 2024
|
Đà Nẵng, ngày 7/3/2024
|
Kính gửi: Các sở, ban, ngành.
Căn cứ Công văn số 118/BTC-QLG ngày 02 tháng 01 năm 2024 của Bộ Tài chính, Sở Tài chính đề nghị các đơn vị thực hiện.
Nơi nhận:
- Như trên;
- Lưu: VT.
GIÁM ĐỐC
Lê Thị Mai
"""

QUYET_DINH = """BỘ NỘI VỤ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 1298/QĐ-BNV
Hà Nội, ngày 30 tháng 12 năm 2023
QUYẾT
ĐỊNH
BAN HÀNH QUY CHẾ LÀM VIỆC CỦA BỘ NỘI VỤ
BỘ TRƯỞNG BỘ NỘI VỤ
Căn cứ Nghị định số 63/2022/NĐ-CP ngày 12 tháng 9 năm 2022 của Chính phủ;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc.
"""

THONG_BAO = """VĂN PHÒNG
CHÍNH PHỦ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 45/TB-VPCP
Hà Nội, ngày 9 tháng 1 năm 2025
THÔNG BÁO
KẾT LUẬN CỦA THỦ TƯỚNG CHÍNH PHỦ TẠI HỘI NGHỊ
TRỰC TUYẾN VỀ CHUYỂN ĐỔI SỐ
Ngày 05 tháng 01 năm 2025, Thủ tướng Chính phủ chủ trì Hội nghị.
Văn phòng Chính phủ thông báo để các cơ quan biết, thực hiện./.
"""


def test_ke_hoach_header_fields_and_spans():
    info = parse_header(KE_HOACH)
    assert info.doc_type == "ke_hoach"
    assert info.number == "15/KH-UBND"
    assert info.issuer == "UBND tỉnh Bình Định"
    assert info.issued_on == "2024-02-05"
    assert info.subject == "nâng cao chỉ số cải cách hành chính tỉnh Bình Định năm 2024"
    assert info.signer == "Trần Văn Hùng"
    s, e = info.spans["number"]
    assert KE_HOACH[s:e] == "15/KH-UBND"
    s, e = info.spans["issued_on"]
    assert KE_HOACH[s:e].startswith("ngày 05 tháng 02")
    s, e = info.spans["subject"]
    assert KE_HOACH[s:e].startswith("NÂNG CAO") and KE_HOACH[s:e].endswith("NĂM 2024")
    assert [r.number for r in info.references] == ["42/QĐ-UBND"]


def test_cong_van_lower_body_vv_subject_and_numeric_date():
    info = parse_header(CONG_VAN)
    assert info.doc_type == "cong_van"
    assert info.number == "2031/STC-QLG"
    assert info.issuer == "Sở Tài chính"
    assert info.issued_on == "2024-03-07"
    assert info.subject == "triển khai công tác kiểm tra giá năm 2024"
    assert info.signer == "Lê Thị Mai"
    assert [(r.number, r.type, r.date) for r in info.references] == [("118/BTC-QLG", "cong_van", "2024-01-02")]


def test_quyet_dinh_wrapped_title_stops_at_authority_line():
    info = parse_header(QUYET_DINH)
    assert info.doc_type == "quyet_dinh"
    assert info.issuer == "Bộ Nội vụ"
    assert info.subject.lower() == "ban hành quy chế làm việc của bộ nội vụ"
    assert info.issued_on == "2023-12-30"
    assert [r.number for r in info.references] == ["63/2022/NĐ-CP"]


def test_thong_bao_government_office_is_one_body():
    info = parse_header(THONG_BAO)
    assert info.doc_type == "thong_bao"
    assert info.issuer == "Văn phòng Chính phủ"
    assert info.issued_on == "2025-01-09"
    assert info.subject.startswith("kết luận của Thủ tướng Chính phủ")


def test_notice_without_header_takes_issuer_from_closing_formula():
    text = THONG_BAO[THONG_BAO.index("THÔNG BÁO"):]
    info = parse_header(text)
    assert info.doc_type == "thong_bao"
    assert info.issuer == "Văn phòng Chính phủ"
    assert info.issued_on is None
    s, e = info.spans["issuer"]
    assert text[s:e] == "Văn phòng Chính phủ"


@pytest.mark.parametrize(("number", "doc_type"), [
    ("05/CT-UBND", "chi_thi"), ("12/TB-UBND", "thong_bao"), ("08/NQ-HĐND", "nghi_quyet"),
    ("1270/BC-UBND", "bao_cao"), ("33/QĐ-UBND", "quyet_dinh"), ("4021/UBND-KT", "cong_van"),
])
def test_doc_type_from_number_when_no_title(number, doc_type):
    text = f"ỦY BAN NHÂN DÂN\nHUYỆN BẢO LÂM\nSố: {number}\nBảo Lâm, ngày 01 tháng 4 năm 2022\nNội dung văn bản.\n"
    info = parse_header(text)
    assert info.doc_type == doc_type
    assert info.issuer == "UBND huyện Bảo Lâm"
    assert info.issued_on == "2022-04-01"


def test_press_report_names_the_directive():
    text = ("Nâng cao chất lượng phục vụ người dân\n\n"
            "Ngày 12/4/2022, Chủ tịch Ủy ban nhân dân huyện Phú Tân ban hành Kế hoạch số 88/KH-UBND "
            "về việc nâng cao chất lượng giải quyết thủ tục hành chính năm 2022. Theo đó, các xã phải "
            "công khai thủ tục.\n")
    info = parse_header(text)
    assert info.doc_type == "ke_hoach"
    assert info.number == "88/KH-UBND"
    assert info.issuer == "UBND huyện Phú Tân"
    assert info.issued_on == "2022-04-12"
    assert info.subject == "nâng cao chất lượng giải quyết thủ tục hành chính năm 2022"
    assert info.references == []


def test_press_report_signer_split_from_place_and_year_from_publication():
    text = ("15/06/2023 - 09:10\n"
            "Ngày 14-6, Chủ tịch UBND tỉnh Bến Tre Trần Ngọc Tam đã ký Quyết định 1150 về việc "
            "kiện toàn Tổ công tác cải cách hành chính.\n")
    info = parse_header(text)
    assert info.doc_type == "quyet_dinh"
    assert info.number == "1150"
    assert info.issuer == "UBND tỉnh Bến Tre"
    assert info.signer == "Trần Ngọc Tam"
    assert info.issued_on == "2023-06-14"


def test_news_without_a_named_directive():
    text = ("Huyện Cái Nước cải thiện chỉ số PCI\n"
            "Thời gian qua, UBND huyện Cái Nước quan tâm chỉ đạo công tác cải cách hành chính. "
            "UBND huyện Cái Nước yêu cầu các phòng, ban rà soát thủ tục.\n"
            "Giấy phép số 12/GP-BTTTT cấp ngày 02/01/2020\n"
            "Điện thoại: 0290 3822062\n")
    info = parse_header(text)
    assert info.doc_type == "news"
    assert info.issuer == "UBND huyện Cái Nước"
    assert info.issued_on is None
    assert info.references == []


def test_subject_stops_where_the_body_begins_without_a_blank_line():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH\nSố: 15/CT-UBND\nAn Bình, ngày 05 tháng 02 năm 2025\nCHỈ THỊ\n"
            "Về việc tăng cường công tác chuyển đổi số\ntrong cơ quan nhà nước năm 2025\n"
            "Thời gian qua, công tác chuyển đổi số trên địa bàn tỉnh đã đạt được nhiều kết quả.\n")
    info = parse_header(text)
    assert info.subject == "tăng cường công tác chuyển đổi số trong cơ quan nhà nước năm 2025"
    s, e = info.spans["subject"]
    assert text[s:e].endswith("năm 2025")
