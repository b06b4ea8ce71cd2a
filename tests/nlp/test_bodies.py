"""Tests for nlp.bodies: a table of Vietnamese phrases and the bodies they name."""

from __future__ import annotations

import unicodedata

import pytest

from nlp.bodies import canonical_key, find_bodies, level_of

# (text, expected body names in order)
CASES = [
    ("Sở Xây dựng chủ trì thực hiện", ["Sở Xây dựng"]),
    ("Giao Sở Tư pháp hướng dẫn", ["Sở Tư pháp"]),
    ("Sở Nông nghiệp và Môi trường tham mưu", ["Sở Nông nghiệp và Môi trường"]),
    ("Sở Khoa học và Công nghệ có trách nhiệm", ["Sở Khoa học và Công nghệ"]),
    ("Sở Văn hóa, Thể thao và Du lịch tổ chức", ["Sở Văn hóa, Thể thao và Du lịch"]),
    ("Sở Lao động - Thương binh và Xã hội báo cáo", ["Sở Lao động - Thương binh và Xã hội"]),
    ("Sở Tài chính và Sở Y tế bố trí kinh phí", ["Sở Tài chính", "Sở Y tế"]),
    ("Sở Tài chính, Sở Nội vụ, Sở Công Thương", ["Sở Tài chính", "Sở Nội vụ", "Sở Công Thương"]),
    ("Sở TN&MT, Sở KH&ĐT, Sở LĐ-TB&XH", ["Sở TN&MT", "Sở KH&ĐT", "Sở LĐ-TB&XH"]),
    ("Sở Nội vụ tỉnh Bình Phước chủ trì", ["Sở Nội vụ tỉnh Bình Phước"]),
    ("Bộ Tài chính khẩn trương hoàn thiện", ["Bộ Tài chính"]),
    ("Bộ Giáo dục và Đào tạo chủ trì", ["Bộ Giáo dục và Đào tạo"]),
    ("Bộ Quốc phòng, Bộ Công an huy động lực lượng", ["Bộ Quốc phòng", "Bộ Công an"]),
    ("Bộ trưởng Bộ Y tế chỉ đạo", ["Bộ Y tế"]),
    ("Ủy ban nhân dân tỉnh Hà Tĩnh chỉ đạo", ["Ủy ban nhân dân tỉnh Hà Tĩnh"]),
    ("Uỷ ban nhân dân tỉnh Hà Tĩnh chỉ đạo", ["Uỷ ban nhân dân tỉnh Hà Tĩnh"]),
    ("UBND huyện Phú Lộc triển khai", ["UBND huyện Phú Lộc"]),
    ("UBND các huyện, thị xã, thành phố thực hiện", ["UBND các huyện, thị xã, thành phố"]),
    ("UBND các xã, phường, thị trấn rà soát", ["UBND các xã, phường, thị trấn"]),
    ("Ủy ban nhân dân các xã, phường và đặc khu", ["Ủy ban nhân dân các xã, phường và đặc khu"]),
    ("Ủy ban nhân dân cấp xã tổ chức", ["Ủy ban nhân dân cấp xã"]),
    ("Ủy ban\nnhân dân thành phố\nthực hiện", ["Ủy ban nhân dân thành phố"]),
    ("HĐND tỉnh giám sát", ["HĐND tỉnh"]),
    ("Chủ tịch UBND các xã, thị trấn chịu trách nhiệm", ["UBND các xã, thị trấn"]),
    ("Thủ trưởng các sở, ban, ngành thực hiện", ["các sở, ban, ngành"]),
    ("Giám đốc các sở, ban, ngành; Chủ tịch UBND các huyện", ["các sở, ban, ngành", "UBND các huyện"]),
    ("Người đứng đầu các cơ quan, đơn vị phải", ["các cơ quan, đơn vị"]),
    ("các cơ quan, đơn vị có liên quan phối hợp", ["các cơ quan, đơn vị có liên quan"]),
    ("các đơn vị có liên quan", ["các đơn vị có liên quan"]),
    ("các cơ quan chuyên môn thuộc UBND tỉnh", ["các cơ quan chuyên môn thuộc UBND tỉnh"]),
    ("cơ quan, địa phương liên quan", ["cơ quan, địa phương liên quan"]),
    ("Các sở, ban, ngành, tổ chức chính trị - xã hội, UBND các xã",
     ["Các sở, ban, ngành", "tổ chức chính trị - xã hội", "UBND các xã"]),
    ("các Bộ, ngành, các địa phương chủ động", ["các Bộ, ngành", "các địa phương"]),
    ("Phòng Nội vụ huyện, Phòng Tài chính – Kế hoạch huyện và Văn phòng HĐND và UBND huyện tham mưu",
     ["Phòng Nội vụ huyện", "Phòng Tài chính – Kế hoạch huyện", "Văn phòng HĐND và UBND huyện"]),
    ("Văn phòng UBND tỉnh theo dõi", ["Văn phòng UBND tỉnh"]),
    ("Văn phòng Ủy ban nhân dân tỉnh tổng hợp", ["Văn phòng Ủy ban nhân dân tỉnh"]),
    ("Văn phòng Đăng ký đất đai cấp giấy", ["Văn phòng Đăng ký đất đai"]),
    ("Công an tỉnh chỉ đạo", ["Công an tỉnh"]),
    ("Công an các xã, phường phối hợp", ["Công an các xã, phường"]),
    ("Bộ Chỉ huy Quân sự tỉnh tham mưu", ["Bộ Chỉ huy Quân sự tỉnh"]),
    ("Bộ CHQS tỉnh có trách nhiệm", ["Bộ CHQS tỉnh"]),
    ("Ban Chỉ huy Quân sự huyện phối hợp", ["Ban Chỉ huy Quân sự huyện"]),
    ("Trung tâm Phục vụ hành chính công tỉnh tiếp nhận", ["Trung tâm Phục vụ hành chính công tỉnh"]),
    ("Trung tâm Y tế huyện báo cáo", ["Trung tâm Y tế huyện"]),
    ("Ban Chỉ đạo 389 tỉnh kiểm tra", ["Ban Chỉ đạo 389 tỉnh"]),
    ("Ban Dân tộc tỉnh hướng dẫn", ["Ban Dân tộc tỉnh"]),
    ("Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội",
     ["Ủy ban MTTQ Việt Nam tỉnh", "các tổ chức chính trị - xã hội"]),
    ("Bảo hiểm xã hội tỉnh, Kho bạc Nhà nước tỉnh, Cục Thuế tỉnh",
     ["Bảo hiểm xã hội tỉnh", "Kho bạc Nhà nước tỉnh", "Cục Thuế tỉnh"]),
    ("Đài Phát thanh và Truyền hình tỉnh tuyên truyền", ["Đài Phát thanh và Truyền hình tỉnh"]),
    ("Liên đoàn Lao động tỉnh, Tỉnh đoàn vận động", ["Liên đoàn Lao động tỉnh", "Tỉnh đoàn"]),
    ("Chi cục Kiểm lâm tỉnh kiểm tra", ["Chi cục Kiểm lâm tỉnh"]),
    ("Ban Quản lý Khu kinh tế tỉnh hướng dẫn", ["Ban Quản lý Khu kinh tế tỉnh"]),
    ("các xã, thị trấn cần rút kinh nghiệm", ["các xã, thị trấn"]),
    ("huyện Tân Phú tập trung tuyên truyền", ["huyện Tân Phú"]),
    ("Bộ phận Tiếp nhận và Trả kết quả cấp huyện", ["Bộ phận Tiếp nhận và Trả kết quả cấp huyện"]),
    ("Văn phòng Ban Chỉ huy phối hợp", ["Văn phòng Ban Chỉ huy"]),
    ("Ban Chỉ huy Phòng thủ dân sự cấp tỉnh, cấp xã", ["Ban Chỉ huy Phòng thủ dân sự cấp tỉnh, cấp xã"]),
    # Not bodies: verbs and nouns that look like heads.
    ("Ban hành quy chế phối hợp", []),
    ("Trường hợp có khó khăn, vướng mắc", []),
    ("Báo cáo kết quả trước ngày 15/12", []),
    ("Kế hoạch số 94/KH-UBND ngày 19/9/2025", []),
    ("Phòng, chống thiên tai", []),
    ("Hội nghị trực tuyến toàn quốc", []),
    ("cơ quan hành chính nhà nước", ["cơ quan hành chính nhà nước"]),
    ("nâng cao năng lực của đơn vị", []),
    ("các tiêu chí của Bộ Chỉ số cải cách hành chính", []),
    # Unknown names follow the grammar of a name: head, capitalised word, lower-case words up to a cue.
    ("Cục Quản lý thị trường chủ trì kiểm tra", ["Cục Quản lý thị trường"]),
    ("Cục Bảo vệ thực vật: Chủ trì, phối hợp", ["Cục Bảo vệ thực vật"]),
    ("Vụ Hợp tác quốc tế phối hợp", ["Vụ Hợp tác quốc tế"]),
    ("Vụ Khoa học, Công nghệ và Môi trường: Chủ trì", ["Vụ Khoa học, Công nghệ và Môi trường"]),
    ("Ban Quản lý các khu công nghiệp Bắc Ninh hướng dẫn", ["Ban Quản lý các khu công nghiệp Bắc Ninh"]),
    ("Viện Nghiên cứu các vấn đề Biển Đông đề xuất", ["Viện Nghiên cứu các vấn đề Biển Đông"]),
    ("Ban Chỉ đạo 138 tỉnh kiểm tra", ["Ban Chỉ đạo 138 tỉnh"]),
    ("Trưởng Ban Chỉ đạo 138 tỉnh chỉ đạo", ["Ban Chỉ đạo 138 tỉnh"]),
    ("Văn phòng Thường trực Ban Chỉ đạo 138 tỉnh tổng hợp", ["Văn phòng Thường trực Ban Chỉ đạo 138 tỉnh"]),
    ("Giao Ban Dân vận Tỉnh ủy chủ trì", ["Ban Dân vận Tỉnh ủy"]),
    ("Ủy ban Dân tộc hướng dẫn", ["Ủy ban Dân tộc"]),
    ("Thông tấn xã Việt Nam đưa tin", ["Thông tấn xã Việt Nam"]),
    ("Ban Quản lý dự án chuẩn bị mặt bằng", ["Ban Quản lý dự án"]),
    ("Hội đồng thẩm định Nhà nước thẩm định Báo cáo nghiên cứu", ["Hội đồng thẩm định Nhà nước thẩm định"]),
    # Tone marks are kept: "Bản" is not the head "Ban", "giáo" is not the cue "giao".
    ("Cục Bản đồ quân đội phối hợp", ["Cục Bản đồ quân đội"]),
    # Collective heads extend through their restrictive modifier.
    ("các đơn vị thoát nước trên địa bàn tỉnh thực hiện", ["các đơn vị thoát nước trên địa bàn tỉnh"]),
    ("Các lực lượng chức năng tăng cường tuần tra", ["Các lực lượng chức năng"]),
    ("các doanh nghiệp vận tải phối hợp", ["các doanh nghiệp vận tải"]),
    ("các cơ quan tham mưu, giúp việc thuộc Sở Nội vụ", ["các cơ quan tham mưu, giúp việc thuộc Sở Nội vụ"]),
    ("các đơn vị thuộc phạm vi quản lý", ["các đơn vị thuộc phạm vi quản lý"]),
    ("các sở, ban, ngành tỉnh phối hợp", ["các sở, ban, ngành tỉnh"]),
    ("các cơ quan quản lý nhà nước, tổ chức, cá nhân có liên quan",
     ["các cơ quan quản lý nhà nước", "tổ chức, cá nhân có liên quan"]),
    ("Khen thưởng cho tập thể, cá nhân có thành tích", []),
    ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chỉ đạo",
     ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]),
    ("Ủy ban nhân dân các tỉnh: Sơn La, Điện Biên và Lai Châu khẩn trương",
     ["Ủy ban nhân dân các tỉnh: Sơn La, Điện Biên và Lai Châu"]),
    # A name in capitals ends where the capitals end, or at a title.
    ("CỤC QUẢN LÝ ĐẤT ĐAI\nCăn cứ Luật Đất đai", ["CỤC QUẢN LÝ ĐẤT ĐAI"]),
    ("ỦY BAN NHÂN DÂN TỈNH BẮC NINH CHỦ TỊCH", ["ỦY BAN NHÂN DÂN TỈNH BẮC NINH"]),
    ("Sở Y tế, Chủ tịch UBND các xã", ["Sở Y tế", "UBND các xã"]),
    # Party committees and their standing bodies are whole names without a locality.
    ("Đề nghị Thường trực Tỉnh ủy lãnh đạo, chỉ đạo", ["Thường trực Tỉnh ủy"]),
    ("Ban Thường vụ Huyện ủy quán triệt", ["Ban Thường vụ Huyện ủy"]),
    ("Thường trực HĐND tỉnh giám sát", ["Thường trực HĐND tỉnh"]),
    ("Tỉnh ủy chỉ đạo các cấp ủy", ["Tỉnh ủy", "các cấp ủy"]),
    # An office whose holder is named: the capitalised name only.
    ("Giao Phó Thủ tướng Chính phủ Trần Hồng Hà chỉ đạo các Bộ", ["Phó Thủ tướng Chính phủ Trần Hồng Hà", "các Bộ"]),
    ("báo cáo Phó Thủ tướng Chính phủ Bùi Thanh Sơn kết quả thực hiện", ["Phó Thủ tướng Chính phủ Bùi Thanh Sơn"]),
    # A bare generic head right after a role verb; "lực lượng" takes the name of its body.
    ("Phối hợp chính quyền địa phương, các đoàn thể giám sát việc cấp phát",
     ["chính quyền địa phương", "các đoàn thể"]),
    ("đề nghị tổ chức thực hiện nghiêm túc", []),
    ("Giao lực lượng Công an cấp xã, phường làm nòng cốt", ["lực lượng Công an cấp xã, phường"]),
    # Party committees in lower case, coordinated, are the committees of that kind: one body.
    ("Bí thư tỉnh ủy, thành ủy; Chủ tịch UBND các tỉnh chỉ đạo", ["tỉnh ủy, thành ủy", "UBND các tỉnh"]),
    ("Tỉnh ủy, Thành ủy chỉ đạo", ["Tỉnh ủy", "Thành ủy"]),
    # "tại <place>" after a plural committee, up to the clause's verb.
    ("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố tại khu vực dự báo xảy ra mưa, lũ tập trung lãnh đạo",
     ["Ủy ban nhân dân các tỉnh, thành phố tại khu vực dự báo xảy ra mưa, lũ"]),
    ("UBND các xã tại Hội nghị", ["UBND các xã"]),
    # A generic head keeps a genitive that names its parent body; "ban" of "Ủy ban" is no generic.
    ("Phối hợp với các đơn vị của Bộ Nông nghiệp và Môi trường tăng cường kiểm tra",
     ["các đơn vị của Bộ Nông nghiệp và Môi trường"]),
    ("báo cáo các đơn vị của tỉnh", ["các đơn vị"]),
    ("các cơ quan Chính phủ và các Ủy ban của Quốc hội", ["các cơ quan Chính phủ"]),
    # "bản" is a village only before its name.
    ("Giao Cục Xuất bản, In và Phát hành chủ trì", ["Cục Xuất bản, In và Phát hành"]),
    ("UBND bản Nà Ngựu thực hiện", ["UBND bản Nà Ngựu"]),
    # A range of places stays with a plural committee; a range of years does not.
    ("Ủy ban nhân dân các tỉnh, thành phố từ Hà Tĩnh đến Khánh Hòa chủ động",
     ["Ủy ban nhân dân các tỉnh, thành phố từ Hà Tĩnh đến Khánh Hòa"]),
    ("UBND các tỉnh từ năm 2025 đến nay", ["UBND các tỉnh"]),
    ("Chủ đầu tư phối hợp chặt chẽ với các đơn vị", ["Chủ đầu tư", "các đơn vị"]),
    # A restrictive modifier of up to four words stays with its generic head; a verb ends it.
    ("Các cơ quan đăng ký đầu tư là đầu mối tiếp nhận hồ sơ", ["Các cơ quan đăng ký đầu tư"]),
    ("các Bộ, cơ quan đổi mới phương thức chỉ đạo", ["các Bộ, cơ quan"]),
    # Party bodies and offices named after a known field, and the regional offices of 2025.
    ("Đề nghị Văn phòng Tỉnh ủy và các Ban Xây dựng Đảng và Ủy ban Kiểm tra Tỉnh ủy tăng cường",
     ["Văn phòng Tỉnh ủy", "các Ban Xây dựng Đảng", "Ủy ban Kiểm tra Tỉnh ủy"]),
    ("Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh, Kho bạc Nhà nước khu vực XI, Ngân hàng Nhà nước khu vực 8",
     ["Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh", "Kho bạc Nhà nước khu vực XI", "Ngân hàng Nhà nước khu vực 8"]),
    ("Ban Tổ chức Tỉnh ủy chủ trì, Vụ Tổ chức cán bộ tham mưu", ["Ban Tổ chức Tỉnh ủy", "Vụ Tổ chức cán bộ"]),
    # A bare generic head that is the subject of a clause; a label or a verb is not.
    ("Cấp ủy đảng phải lãnh đạo, chính quyền phải vào cuộc", ["Cấp ủy đảng", "chính quyền"]),
    ("Cơ quan thực hiện: Sở Tư pháp", ["Sở Tư pháp"]),
    ("Rà soát hồ sơ, tổ chức thực hiện theo quy định", []),
    # "các Sở" alone is a body; before a colon it shares its head.
    ("Giám đốc các Sở chịu trách nhiệm", ["các Sở"]),
    # Heads whose name is a lower-case description.
    ("phối hợp với Ban Quản lý các khu công nghệ cao và khu công nghiệp, Sở Xây dựng",
     ["Ban Quản lý các khu công nghệ cao và khu công nghiệp", "Sở Xây dựng"]),
    ("Ban quản lý rừng phòng hộ tổ chức tuần tra", ["Ban quản lý rừng phòng hộ"]),
    ("Ban Chỉ đạo phòng, chống tham nhũng tỉnh chỉ đạo", ["Ban Chỉ đạo phòng, chống tham nhũng tỉnh"]),
    ("Trung tâm này có trách nhiệm", []),
    # State groups, alone, in a list, and sharing their head after a colon.
    ("giao Tập đoàn Điện lực Việt Nam chủ trì", ["Tập đoàn Điện lực Việt Nam"]),
    ("các Tập đoàn, Tổng công ty nhà nước thực hiện", ["các Tập đoàn, Tổng công ty nhà nước"]),
]

# Names that are not a span of the text: a head shared by a list, titles dropped inside a list.
SHARED_CASES = [
    ("Bộ trưởng các Bộ: Tài chính, Xây dựng chỉ đạo", ["Bộ Tài chính", "Bộ Xây dựng"]),
    ("gửi các Bộ: Nội vụ, Tư pháp và Ngoại giao", ["Bộ Nội vụ", "Bộ Tư pháp", "Bộ Ngoại giao"]),
    ("Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ chỉ đạo",
     ["các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ"]),
    ("Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ, Chủ tịch UBND các tỉnh",
     ["các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ", "UBND các tỉnh"]),
    ("các Tập đoàn: Dầu khí Việt Nam, Công nghiệp - Viễn thông Quân đội tổ chức",
     ["Tập đoàn Dầu khí Việt Nam", "Tập đoàn Công nghiệp - Viễn thông Quân đội"]),
    ("các Bộ: Tài chính, Xây dựng, Nông nghiệp và Môi trường phối hợp",
     ["Bộ Tài chính", "Bộ Xây dựng", "Bộ Nông nghiệp và Môi trường"]),
]


@pytest.mark.parametrize(("text", "expected"), SHARED_CASES)
def test_shared_heads_and_inner_titles(text: str, expected: list[str]) -> None:
    assert [m.name for m in find_bodies(text)] == expected


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_find_bodies_table(text: str, expected: list[str]) -> None:
    mentions = find_bodies(text, 0, len(text))
    assert [m.name for m in mentions] == expected
    for m in mentions:
        assert " ".join(text[m.start:m.end].split()) == m.name


def test_table_is_large_enough() -> None:
    assert len(CASES) >= 60


def test_offsets_inside_a_larger_text() -> None:
    text = "I. NHIỆM VỤ\n1. Giao Sở Xây dựng chủ trì, phối hợp với Công an tỉnh."
    start = text.index("Giao")
    mentions = find_bodies(text, start, len(text))
    assert [text[m.start:m.end] for m in mentions] == ["Sở Xây dựng", "Công an tỉnh"]


def test_decomposed_unicode_is_matched_with_original_offsets() -> None:
    text = unicodedata.normalize("NFD", "Giao Ủy ban nhân dân tỉnh thực hiện")
    (m,) = find_bodies(text)
    assert text[m.start:m.end] == unicodedata.normalize("NFD", "Ủy ban nhân dân tỉnh")


def test_hard_wrap_inside_mention_is_collapsed_in_name() -> None:
    text = "Sở Nông\nnghiệp và Môi trường chủ trì"
    (m,) = find_bodies(text)
    assert m.name == "Sở Nông nghiệp và Môi trường"
    assert text[m.start:m.end] == "Sở Nông\nnghiệp và Môi trường"


def test_collective_and_level_flags() -> None:
    a, b = find_bodies("UBND các xã, phường và Sở Y tế")
    assert a.collective and a.level == "collective"
    assert not b.collective and b.level == "province"


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Chủ tịch UBND tỉnh An Giang", "uy ban nhan dan tinh an giang"),
        ("Uỷ ban nhân dân tỉnh An Giang", "uy ban nhan dan tinh an giang"),
        ("Sở TN&MT", "so tai nguyen va moi truong"),
        ("Thủ trưởng các sở, ban, ngành", "cac so ban nganh"),
        ("Bộ CHQS tỉnh", "bo chi huy quan su tinh"),
    ],
)
def test_canonical_key(name: str, key: str) -> None:
    assert canonical_key(name) == key


@pytest.mark.parametrize(
    ("name", "level"),
    [
        ("Bộ Tài chính", "central"),
        ("Sở Nội vụ tỉnh Lào Cai", "province"),
        ("UBND huyện Châu Thành", "district"),
        ("Công an xã Tân Lập", "commune"),
        ("các cơ quan, đơn vị", "collective"),
        ("Bảo hiểm xã hội tỉnh", "province"),
    ],
)
def test_level_of(name: str, level: str) -> None:
    assert level_of(name) == level


def test_a_proper_name_goes_on_through_lower_case_words() -> None:
    text = "Ban quản lý Khu Kinh tế Phú Yên, Ban quản lý Khu Nông nghiệp ứng dụng Công nghệ cao Phú Yên phối hợp"
    assert [m.name for m in find_bodies(text)] == [
        "Ban quản lý Khu Kinh tế Phú Yên", "Ban quản lý Khu Nông nghiệp ứng dụng Công nghệ cao Phú Yên"]


def test_a_heading_in_capitals_is_no_body() -> None:
    assert find_bodies("II. NHIỆM VỤ CỤ THỂ") == []
    assert find_bodies("CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC") == []
    assert [m.name for m in find_bodies("Vụ Pháp chế tham mưu")] == ["Vụ Pháp chế"]
