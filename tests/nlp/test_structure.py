"""Outline parsing on real directive snippets: hard wraps, nested markers, | tables, press sentences."""

from __future__ import annotations

import unicodedata

import pytest

from nlp.structure import parse_outline
from nlp.training import text_document

CHI_THI = """ỦY BAN NHÂN DÂN

TỈNH QUẢNG TRỊ
-------
|
Số: 06/CT-UBND
|
Quảng Trị, ngày
25 tháng 11 năm 2025
|

CHỈ THỊ

Để nâng cao hiệu quả công tác xử lý chồng lấn, lấn chiếm rừng và đất lâm nghiệp
trên địa bàn tỉnh, Ủy ban nhân dân tỉnh yêu cầu:

1. Ủy ban nhân dân các xã,
phường, đặc khu:

- Thực hiện đầy đủ trách nhiệm
quản lý nhà nước về lâm nghiệp của chính quyền địa phương cấp xã theo quy định
tại Điều 102 Luật Lâm nghiệp. Tăng cường tuyên truyền sâu rộng
Luật Lâm nghiệp, Luật Đất đai và các văn bản hướng dẫn thi hành.

- Xây dựng, phê duyệt kế hoạch,
phương án xử lý cụ thể, phù hợp với tình hình thực tế của từng địa phương.

2. Sở Tài chính

Cân đối, tham mưu Ủy ban nhân
dân tỉnh bố trí kinh phí để hỗ trợ công tác rà soát, lập hồ sơ, xử lý các vụ vi
phạm về phá rừng.

|
Nơi nhận:
- Như trên;
- Lưu: VT.
|
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Hoàng Nam
"""

NEWS = """Hồ sơ quá hạn giải quyết phải xin lỗi
Cập nhật lúc 08:48, Thứ Năm, 12/07/2018 (GMT+7)
Theo đó, trước 1 ngày hết hạn, cơ quan thẩm quyền phải gửi văn bản xin lỗi đến tổ chức, cá nhân qua Bộ phận một cửa của TP. Đà Lạt. Đồng thời khi trình lãnh đạo UBND huyện giải quyết hồ sơ phải kèm theo văn bản xin lỗi này; tỷ lệ đạt 98,5% trước ngày 30/6/2021.
MẠC KHẢI
"""

TABLE = """PHỤ LỤC
DANH MỤC NHIỆM VỤ
|
TT
|
Nội dung thực
hiện
|
Cơ quan chủ trì
|
Cơ quan phối hợp
|
Thời gian hoàn
thành
|
|
I
|
KIỆN TOÀN CƠ CHẾ CHỈ ĐẠO
|
|
1
|
Tổ chức lại Ban Chỉ huy Phòng thủ dân sự cấp tỉnh,
cấp xã
|
Bộ CHQS tỉnh
|
Văn phòng Ban Chỉ
huy
|
Trước ngày
30/11/2025
|
|
2
|
Diễn tập phòng thủ dân sự các cấp
|
Ban Chỉ huy Phòng thủ dân sự tỉnh
|
Cơ quan liên quan
|
Thường xuyên
|
"""


def outline(text: str):
    text = unicodedata.normalize("NFC", text)
    return text, parse_outline(text_document(text))


def find(text, units, prefix):
    hits = [u for u in units if text[u.start:u.end].startswith(prefix)]
    assert hits, prefix
    return hits[0]


def test_header_and_closing_zones():
    text, units = outline(CHI_THI)
    assert find(text, units, "Số: 06").kind == "header"
    assert find(text, units, "Quảng Trị, ngày").kind == "header"
    assert find(text, units, "Nơi nhận").kind == "closing"
    assert find(text, units, "KT. CHỦ TỊCH").kind == "closing"


def test_wrapped_items_join_and_exclude_marker():
    text, units = outline(CHI_THI)
    item = find(text, units, "Thực hiện đầy đủ")
    assert item.kind == "item" and item.marker == "-" and item.is_leaf
    assert text[item.start:item.end].endswith("hướng dẫn thi hành.")  # multi-sentence leaf is one unit
    assert text[item.start - 2:item.start] == "- "


def test_body_header_and_parent_chain():
    text, units = outline(CHI_THI)
    head = find(text, units, "Ủy ban nhân dân các xã,")
    assert head.kind in ("intro", "body_header") and not head.is_leaf
    item = find(text, units, "Xây dựng, phê duyệt")
    assert units[item.parent] == head
    intro = units[head.parent]
    assert text[intro.start:intro.end].endswith("yêu cầu:")
    sotc = find(text, units, "Sở Tài chính")
    assert sotc.kind == "body_header"
    para = find(text, units, "Cân đối, tham mưu")
    assert units[para.parent] == sotc and para.kind == "item"
    assert text[para.start:para.end].endswith("phá rừng.")


def test_offsets_are_exact_and_ordered():
    for raw in (CHI_THI, NEWS, TABLE):
        text, units = outline(raw)
        for u in units:
            assert 0 <= u.start < u.end <= len(text)
            assert text[u.start:u.end] == text[u.start:u.end].strip()
            if u.parent is not None:
                assert units[u.parent].start <= u.start


def test_press_report_sentences_keep_abbreviations_and_numbers():
    text, units = outline(NEWS)
    sents = [text[u.start:u.end] for u in units if u.kind == "sentence"]
    assert sents[0].startswith("Theo đó") and sents[0].endswith("TP. Đà Lạt.")
    assert sents[1].endswith("trước ngày 30/6/2021.")  # no split on ';', '98,5%', '30/6/2021'
    assert find(text, units, "Cập nhật lúc").kind == "chrome"
    assert find(text, units, "Hồ sơ quá hạn").kind == "heading"


@pytest.mark.parametrize("col", ["content", "lead", "support", "deadline"])
def test_pipe_table_rows_have_cells(col):
    text, units = outline(TABLE)
    rows = [u for u in units if u.kind == "table_row"]
    assert len(rows) == 2
    first = rows[0]
    assert text[first.start:first.end].startswith("Tổ chức lại Ban Chỉ huy")
    assert col in first.cells
    s, e = first.cells["lead"]
    assert text[s:e] == "Bộ CHQS tỉnh"
    section = units[first.parent]
    assert section.kind == "heading" and text[section.start:section.end] == "KIỆN TOÀN CƠ CHẾ CHỈ ĐẠO"
    s, e = rows[1].cells["deadline"]
    assert text[s:e] == "Thường xuyên"


def test_nested_numbering_levels():
    raw = """Chủ tịch Ủy ban nhân dân Thành phố có ý kiến chỉ đạo như sau:
1. Về việc rà soát, làm sạch dữ liệu số nhà đã cấp
1.1. Giao Sở Nông nghiệp
và Môi trường
Khẩn trương chia sẻ toàn bộ cơ sở dữ liệu đất đai đã được cập nhật đến Ủy ban nhân dân các phường, xã để rà soát, đối chiếu dữ liệu số nhà và đến Sở Xây dựng để theo dõi.
1.2. Giao Sở Xây dựng
- Theo dõi, đôn đốc Ủy ban nhân dân các phường, xã thực hiện cập nhật thông tin số nhà.
2. Về công tác triển khai ứng dụng phần mềm thống nhất
a) Sở Xây dựng chủ trì khảo sát, đánh giá hiện trạng sử dụng phần mềm.
"""
    text, units = outline(raw)
    one = find(text, units, "Về việc rà soát")
    oneone = find(text, units, "Giao Sở Nông nghiệp")
    assert units[oneone.parent] == one and oneone.kind == "body_header"
    assert text[oneone.start:oneone.end].endswith("Môi trường")
    task = find(text, units, "Khẩn trương chia sẻ")
    assert units[task.parent] == oneone
    dash = find(text, units, "Theo dõi, đôn đốc")
    assert text[units[dash.parent].start:].startswith("Giao Sở Xây dựng")
    a = find(text, units, "Sở Xây dựng chủ trì")
    assert a.marker == "a)" and units[a.parent] == find(text, units, "Về công tác")


CONTINUATION = """Ủy ban nhân dân thành phố yêu cầu các sở, ban, ngành tập trung thực hiện các nhiệm vụ sau:

1.
Các cơ quan quản lý nhà nước, tổ chức, cá nhân liên
quan có trách nhiệm tổ chức, thực hiện hiệu quả và chấp hành nghiêm quy định của
Luật Tài nguyên nước.

Hoạt động thăm dò, khai thác, sử
dụng tài nguyên nước dưới đất phải tuân thủ đúng quy định của pháp luật.

2.
Kết hợp hoặc luân phiên khai thác nước mặt với khai
thác nước dưới đất, nước mưa.

3. Các địa phương phát động phong trào hỗ trợ Nhân dân sửa chữa nhà ở.

Về kinh phí: Các địa phương chủ động bố trí các nguồn lực của địa phương.

4. Sở Tài chính tham mưu bố trí kinh phí thực hiện.

Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị báo cáo về Sở Nông nghiệp và Môi trường.
"""


def test_unmarked_paragraph_continues_its_list_item():
    text, units = outline(CONTINUATION)
    first = find(text, units, "Các cơ quan quản lý")
    assert text[first.start:first.end].endswith("quy định của pháp luật.")
    assert first.kind == "item" and first.marker == "1."
    assert not [u for u in units if text[u.start:u.end].startswith("Hoạt động thăm dò")]


def test_topic_paragraph_and_trailing_text_stay_units_of_their_own():
    text, units = outline(CONTINUATION)
    third = find(text, units, "Các địa phương phát động")
    assert text[third.start:third.end].endswith("sửa chữa nhà ở.")
    assert find(text, units, "Về kinh phí").marker == ""
    last = find(text, units, "Trong quá trình thực hiện")  # after the last item: running text
    assert last.kind == "sentence" and last.marker == ""
    fourth = find(text, units, "Sở Tài chính tham mưu")
    assert text[fourth.start:fourth.end].endswith("kinh phí thực hiện.")


def test_comma_wrapped_name_list_joins_and_menu_chrome_is_short():
    text, units = outline("Thủ tướng Chính phủ yêu cầu:\n"
                          "1. Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk,\n"
                          "Khánh Hòa, Gia Lai và Lâm Đồng chỉ đạo cơ quan chức năng khẩn trương rà soát, thống kê.\n"
                          "- Giới thiệu điển hình tiên tiến\n"
                          "trong Đợt thi đua để tuyên truyền trên các phương tiện thông tin đại chúng.\n")
    item = find(text, units, "Chủ tịch Ủy ban")
    assert text[item.start:item.end].endswith("rà soát, thống kê.")
    assert find(text, units, "Giới thiệu điển hình").kind == "item"


def test_parenthesised_number_item_with_sub_items_is_a_statement():
    text, units = outline("Thủ tướng Chính phủ yêu cầu một số nội dung trọng tâm như sau:\n"
                          "(1) Bộ Y tế chỉ đạo Ban Quản lý dự án khẩn trương hoàn thiện hồ sơ thiết kế "
                          "theo đúng hướng dẫn của Bộ Công an.\n"
                          "- Chỉ đạo 02 bệnh viện chuẩn bị sẵn sàng các phương án về nhân lực.\n"
                          "- Chủ trì, phối hợp với Bộ Tài chính hoàn thiện hồ sơ trình cấp có thẩm quyền.\n"
                          "(2) Bộ Công an tiếp tục chủ động phối hợp, hướng dẫn Bộ Y tế.\n")
    first = find(text, units, "Bộ Y tế chỉ đạo")
    assert first.marker == "(1)" and first.kind == "item" and not first.is_leaf
    sub = find(text, units, "Chỉ đạo 02 bệnh viện")
    assert units[sub.parent] == first
    assert find(text, units, "Bộ Công an tiếp tục").marker == "(2)"


def test_a_body_head_cut_from_its_name_by_a_wrap_joins_the_next_line():
    text, units = outline("V. TỔ CHỨC THỰC HIỆN\n"
                          "1. Ban\n"
                          "Quản lý các khu công nghiệp tỉnh\n\n"
                          "- Chủ trì rà soát hiện trạng hạ tầng viễn thông tại các khu công nghiệp.\n\n"
                          "2. Sở\n"
                          "Khoa học và Công nghệ\n\n"
                          "- Hướng dẫn các doanh nghiệp viễn thông lắp đặt trạm phát sóng.\n")
    header = find(text, units, "Ban")
    assert header.kind == "body_header"
    assert " ".join(text[header.start:header.end].split()) == "Ban Quản lý các khu công nghiệp tỉnh"
    second = find(text, units, "Sở")
    assert " ".join(text[second.start:second.end].split()) == "Sở Khoa học và Công nghệ"
    assert units[find(text, units, "Hướng dẫn các doanh nghiệp").parent] == second


def test_a_line_that_starts_with_a_number_continues_the_wrapped_item():
    text, units = outline("Phó Thủ tướng kết luận như sau:\n"
                          "(3) Về nguồn lực thực hiện Chương trình giai đoạn\n"
                          "2026-2030: Thống nhất với đề xuất của Bộ Tài chính về việc chuyển nguồn kinh phí.\n"
                          "(4) Về tổ chức thực hiện: giao Bộ Tài chính chủ trì.\n")
    item = find(text, units, "Về nguồn lực")
    assert text[item.start:item.end].endswith("chuyển nguồn kinh phí.")


def test_labelled_sibling_lines_are_the_cells_of_their_task():
    text, units = outline("II. NHIỆM VỤ\n"
                          "1. Về dữ liệu\n"
                          "a) Nhiệm vụ: Rà soát, chuẩn hóa cơ sở dữ liệu đất đai của tỉnh.\n"
                          "b) Cơ quan thực hiện:\n"
                          "- Đơn vị chủ trì: Sở Nông nghiệp và Môi trường.\n"
                          "- Đơn vị phối hợp: UBND các xã, phường.\n"
                          "c) Thời gian thực hiện: Hoàn thành trong năm 2026.\n"
                          "2. Về nền tảng số\n"
                          "a) Nhiệm vụ:\n"
                          "- Triển khai nền tảng số dùng chung.\n"
                          "- Kết nối dữ liệu với hệ thống của Bộ.\n"
                          "b) Cơ quan thực hiện: Sở Khoa học và Công nghệ.\n"
                          "c) Thời gian thực hiện: Thường xuyên.\n")
    task = find(text, units, "Rà soát, chuẩn hóa")
    assert task.kind == "item" and text[task.start:task.end].startswith("Rà soát")
    cell = task.cells["lead"]
    assert text[cell[0]:cell[1]].strip(" .") == "Sở Nông nghiệp và Môi trường"
    assert "UBND các xã" in text[slice(*task.cells["support"])]
    assert "năm 2026" in text[slice(*task.cells["deadline"])]
    assert find(text, units, "Cơ quan thực hiện:").kind == "attribute"
    for prefix in ("Triển khai nền tảng", "Kết nối dữ liệu"):
        item = find(text, units, prefix)
        assert "Sở Khoa học" in text[slice(*item.cells["lead"])]


def test_unmarked_attribute_lines_after_items_are_their_cells():
    text, units = outline("III. NHIỆM VỤ, GIẢI PHÁP\n"
                          "1. Rà soát, kiện toàn đội ngũ công chức\n\n"
                          "- Thường xuyên rà soát, kiện toàn đội ngũ công chức làm công tác pháp chế.\n\n"
                          "- Bố trí đủ biên chế cho các phòng chuyên môn.\n\n"
                          "Đơn vị chủ trì thực hiện: Các Sở, ngành, UBND cấp xã.\n\n"
                          "Đơn vị phối hợp: Sở Nội vụ.\n\n"
                          "Thời gian thực hiện: Thường xuyên.\n\n"
                          "2. Tăng cường tuyên truyền\n\n"
                          "- Tuyên truyền các nghị quyết về công tác xây dựng pháp luật.\n")
    heading = find(text, units, "Rà soát, kiện toàn")
    for prefix in ("Thường xuyên rà soát", "Bố trí đủ biên chế"):
        item = find(text, units, prefix)
        assert units[item.parent] == heading
        assert "Các Sở, ngành" in text[slice(*item.cells["lead"])]
        assert "Sở Nội vụ" in text[slice(*item.cells["support"])]
    assert find(text, units, "Đơn vị phối hợp").kind == "attribute"
    last = find(text, units, "Tuyên truyền các nghị quyết")
    assert text[units[last.parent].start:].startswith("Tăng cường") and not last.cells


def test_a_case_paragraph_after_an_item_continues_it():
    text, units = outline("1. Các cơ quan đăng ký đầu tư:\n"
                          "a) Tiếp nhận hồ sơ, lấy ý kiến thẩm định theo quy định.\n\n"
                          "Trường hợp các cơ quan phối hợp có ý kiến khác nhau, cơ quan chủ trì tổ chức họp thẩm định.\n\n"
                          "b) Trả kết quả thủ tục đầu tư đúng hạn.\n")
    first = find(text, units, "Tiếp nhận hồ sơ")
    assert text[first.start:first.end].endswith("tổ chức họp thẩm định.")
    assert units[find(text, units, "Trả kết quả").parent] == units[first.parent]


def test_parenthesised_roman_markers_and_a_name_wrapped_after_a_marker_line():
    text, units = outline("1. Về Dự án Nhà máy điện Nhơn\n"
                          "Trạch 3 và Nhơn Trạch 4\n"
                          "b) Để làm tốt các nhiệm vụ sắp tới, đề nghị:\n"
                          "(i) Tập đoàn Điện lực Việt Nam báo cáo Thủ tướng Chính phủ về thời gian khánh thành.\n"
                          "(ii) Chủ đầu tư phối hợp với các đơn vị liên quan hoàn thành nghiệm thu.\n"
                          "(iii) Ủy ban nhân dân tỉnh Đồng Nai hoàn thành bàn giao mặt bằng.\n")
    heading = find(text, units, "Về Dự án")
    assert " ".join(text[heading.start:heading.end].split()).endswith("Nhơn Trạch 4")
    intro = find(text, units, "Để làm tốt")
    for marker, prefix in (("(i)", "Tập đoàn"), ("(ii)", "Chủ đầu tư"), ("(iii)", "Ủy ban")):
        item = find(text, units, prefix)
        assert item.marker == marker and units[item.parent] == intro


def test_a_dash_alone_on_its_line_marks_the_item_below_it():
    text, units = outline("II. NHIỆM VỤ CỤ THỂ\n\n"
                          "1. Tập trung hoàn thiện thể chế, cơ chế tự chủ đại học\n\n"
                          "- Tiếp tục rà soát, sửa đổi các văn bản quy phạm pháp luật.\n\n"
                          "-\nNghiên cứu, hoàn thiện các quy định về tăng quyền tự chủ.\n\n"
                          "| - |\n")
    item = find(text, units, "Nghiên cứu, hoàn thiện")
    assert item.marker == "-" and units[item.parent] == find(text, units, "Tập trung")


def test_a_year_range_wrapped_at_its_dash_and_a_capitals_heading_before_a_sentence():
    text, units = outline("3. Bố trí đủ công chức làm công tác pháp chế.\n"
                          "4. Trong giai đoạn 2026\n"
                          "- 2030 phấn đấu có ít nhất 10% đội ngũ cán bộ được thu hút từ nguồn sinh viên.\n"
                          "I. ĐÁNH GIÁ\n"
                          "TÌNH HÌNH THỰC HIỆN KẾ HOẠCH ĐẦU TƯ CÔNG TRUNG HẠN GIAI ĐOẠN 2016-2020\n"
                          "Căn cứ kế hoạch phát triển kinh tế - xã hội của tỉnh, các sở đánh giá tình hình thực hiện.\n")
    item = find(text, units, "Trong giai đoạn")
    assert " ".join(text[item.start:item.end].split()).endswith("nguồn sinh viên.")
    heading = find(text, units, "ĐÁNH GIÁ")
    assert text[heading.start:heading.end].endswith("2016-2020")
    assert find(text, units, "Căn cứ kế hoạch").start > heading.end


def test_a_document_attached_after_the_signature_is_body_text_again():
    text, units = outline("Điều 3. Giám đốc Sở Nội vụ có trách nhiệm hướng dẫn thực hiện Quyết định này.\n\n"
                          "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n"
                          "QUY ĐỊNH\n\nTIÊU CHÍ ĐÁNH GIÁ, XẾP LOẠI CÔNG TÁC DÂN VẬN\n\n"
                          "(Kèm theo Quyết định số 2579/QĐ-UBND ngày 21 tháng 11 năm 2025 của Ủy ban nhân dân "
                          "thành phố Cần Thơ)\n\n"
                          "Điều 10. Trách nhiệm thực hiện\n\n"
                          "a) Sở Nội vụ chủ trì triển khai, hướng dẫn thực hiện Quy định này.\n")
    assert find(text, units, "QUY ĐỊNH").kind == "closing"
    assert find(text, units, "Sở Nội vụ chủ trì").kind == "item"


def test_an_unmarked_intro_under_a_lettered_heading_opens_the_list_below_it():
    text, units = outline("d) Các hoạt động chính\n\n"
                          "Căn cứ tình hình thực tế,\ncác cơ quan, đơn vị, địa phương phối hợp thực hiện các hoạt động sau:\n\n"
                          "- Lồng ghép tổ chức Lễ phát động.\n\n- Tăng cường truyền thông về chủ đề.\n\n"
                          "đ) Kinh phí thực hiện\n")
    intro = find(text, units, "Căn cứ tình hình")
    assert units[find(text, units, "Tăng cường").parent] == intro
    assert find(text, units, "Kinh phí").parent is None


def test_a_plan_attached_under_its_title_alone_and_a_compound_wrapped_at_its_dash():
    text, units = outline("Điều 3. Chánh Văn phòng UBND tỉnh chịu trách nhiệm thi hành Quyết định này./.\n\n"
                          "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n\nTM. UỶ BAN NHÂN DÂN\nKT. CHỦ TỊCH\n"
                          "Nguyễn Thành Công\n\nKẾ HOẠCH\n\nXUẤT KHẨU SẢN PHẨM HÀNG HÓA GIAI ĐOẠN 2026 - 2030\n\n"
                          "I. MỤC TIÊU\n\n"
                          "1. Duy trì tốc độ tăng trưởng xuất khẩu ổn định, góp phần thúc đẩy phát triển kinh tế\n"
                          "- xã hội của tỉnh theo hướng tăng trưởng xanh, phát triển nhanh, bền vững.\n")
    assert find(text, units, "KẾ HOẠCH").kind == "closing"
    item = find(text, units, "Duy trì tốc độ")
    assert item.kind == "item" and text[item.start:item.end].endswith("bền vững.")
