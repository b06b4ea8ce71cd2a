"""Tests for nlp.roles: lead / support / not responsible, and inheritance."""

from __future__ import annotations

import pytest

from nlp.roles import assign_bodies, preceding_context


def _roles(text: str, **kw) -> list[tuple[str, str, bool]]:
    refs = assign_bodies(text, (0, len(text)), **kw)
    return [(r.name, r.role, r.explicit) for r in refs]


ROLE_CASES = [
    ("Giao Sở Xây dựng chủ trì, phối hợp với Sở Tài chính và Công an tỉnh rà soát.",
     [("Sở Xây dựng", "lead"), ("Sở Tài chính", "support"), ("Công an tỉnh", "support")]),
    ("Sở Y tế chủ trì, phối hợp với các cơ quan, đơn vị có liên quan tổ chức kiểm tra.",
     [("Sở Y tế", "lead"), ("các cơ quan, đơn vị có liên quan", "support")]),
    ("Đề nghị Ủy ban nhân dân tỉnh Cà Mau chủ trì, phối hợp với Bộ Xây dựng làm rõ.",
     [("Ủy ban nhân dân tỉnh Cà Mau", "lead"), ("Bộ Xây dựng", "support")]),
    ("Yêu cầu Giám đốc các sở, ban, ngành; Chủ tịch UBND các xã, phường triển khai thực hiện.",
     [("các sở, ban, ngành", "lead"), ("UBND các xã, phường", "lead")]),
    ("Sở Nội vụ có trách nhiệm tham mưu UBND tỉnh theo dõi, đôn đốc các sở, ban, ngành.",
     [("Sở Nội vụ", "lead")]),
    ("Sở Tài chính tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí.", [("Sở Tài chính", "lead")]),
    ("Các địa phương tổng hợp, báo cáo Sở Nông nghiệp và Môi trường trước ngày 15/12.",
     [("Các địa phương", "lead")]),
    ("Trên cơ sở kết quả khảo sát, Sở Xây dựng chủ trì, phối hợp Trung tâm Chuyển đổi số tỉnh xây dựng phương án.",
     [("Sở Xây dựng", "lead"), ("Trung tâm Chuyển đổi số tỉnh", "support")]),
    ("Thực hiện theo Kế hoạch số 12/KH-UBND của Ủy ban nhân dân tỉnh.", []),
    ("UBND tỉnh giao Ban Quản lý Khu kinh tế tỉnh chủ trì thực hiện.", [("Ban Quản lý Khu kinh tế tỉnh", "lead")]),
    ("Chủ tịch UBND huyện Krông Pắc yêu cầu các đơn vị, địa phương tập trung thực hiện.",
     [("các đơn vị, địa phương", "lead")]),
    ("Sở Tài chính và Ủy ban nhân dân các xã, phường bố trí ngân sách.",
     [("Sở Tài chính", "lead"), ("Ủy ban nhân dân các xã, phường", "lead")]),
    # A body that the lead directs ("chỉ đạo X") is at most optional in the gold: not listed.
    ("Bộ Công an chỉ đạo Công an các tỉnh tăng cường tuần tra.", [("Bộ Công an", "lead")]),
    # ... nor are the bodies of the directed clause.
    ("Bộ Xây dựng chỉ đạo Ban Quản lý dự án, các đơn vị liên quan phối hợp với Bộ Công an hoàn thiện hồ sơ.",
     [("Bộ Xây dựng", "lead")]),
    # The issuer reporting its own instruction: the directed body leads.
    ("UBND huyện Bảo Lâm vừa chỉ đạo Phòng Nội vụ huyện rà soát biên chế.", [("Phòng Nội vụ huyện", "lead")]),
    # A subject that cooperates with and guides others still leads its own task.
    ("Bộ Tư pháp tiếp tục chủ động phối hợp, hướng dẫn Bộ Nội vụ, các địa phương thực hiện.", [("Bộ Tư pháp", "lead")]),
    # A list marker left in the span does not hide the subject.
    ("(2) Ủy ban nhân dân tỉnh Quảng Ngãi theo chức năng, nhiệm vụ, chỉ đạo rà soát.",
     [("Ủy ban nhân dân tỉnh Quảng Ngãi", "lead")]),
    ("b) Sở Nội vụ chủ trì tổng hợp.", [("Sở Nội vụ", "lead")]),
    # "trách nhiệm của X" names the owner only as a heading, not inside a clause.
    ("Trách nhiệm của Sở Tư pháp: theo dõi thi hành pháp luật.", [("Sở Tư pháp", "lead")]),
    ("Nâng cao trách nhiệm của người đứng đầu các cơ quan, đơn vị trong cải cách hành chính.", []),
    # An assignment verb of the task itself ("hướng dẫn, yêu cầu X") only directs X ...
    ("Kiểm tra chất lượng; nếu không đạt, hướng dẫn, yêu cầu các cơ sở khắc phục ngay.", []),
    # ... while the giver of the sentence assigns, even through its document.
    ("Ngày 12/5, UBND tỉnh ban hành Công văn số 15/UBND-KT đề nghị các sở, ngành rà soát.",
     [("các sở, ngành", "lead")]),
    ("Tăng cường phối hợp với Sở Tư pháp, cùng với Thanh tra tỉnh kiểm tra.",
     [("Sở Tư pháp", "support"), ("Thanh tra tỉnh", "support")]),
    ("Hướng dẫn Ủy ban nhân dân cấp xã xử lý vi phạm.", []),
    ("Kiểm tra việc thực hiện của các cơ quan, đơn vị trên địa bàn.", []),
]


@pytest.mark.parametrize(("text", "expected"), ROLE_CASES)
def test_roles_from_cues(text: str, expected: list[tuple[str, str]]) -> None:
    got = [(n, r) for n, r, _ in _roles(text)]
    assert got == expected


def test_explicit_refs_carry_their_span() -> None:
    text = "Giao Sở Xây dựng chủ trì thực hiện."
    (ref,) = assign_bodies(text, (0, len(text)))
    assert ref.explicit and text[ref.span[0]:ref.span[1]] == "Sở Xây dựng"


def test_inherits_from_body_header() -> None:
    text = "2. Sở Nông nghiệp và Môi trường:\n- Theo dõi, đôn đốc kết quả triển khai thực hiện."
    item = text.index("Theo dõi")
    header = (3, text.index(":"))
    refs = assign_bodies(text, (item, len(text)), ancestors=[header], issuer="UBND tỉnh Quảng Trị")
    assert [(r.name, r.role, r.explicit) for r in refs] == [("Sở Nông nghiệp và Môi trường", "lead", False)]


def test_inherits_from_intro_line_with_yeu_cau() -> None:
    text = ("Ủy ban nhân dân tỉnh yêu cầu Thủ trưởng các cơ quan chuyên môn thuộc UBND tỉnh thực hiện "
            "các nội dung sau:\n1. Rà soát thủ tục hành chính.")
    intro = (0, text.index("\n"))
    item = text.index("Rà soát")
    refs = assign_bodies(text, (item, len(text)), ancestors=[intro])
    assert [(r.name, r.explicit) for r in refs] == [("các cơ quan chuyên môn thuộc UBND tỉnh", False)]


def test_giver_header_is_skipped_for_the_next_ancestor() -> None:
    text = "Ủy ban nhân dân tỉnh yêu cầu:\n1. Công an tỉnh:\n- Tăng cường tuần tra."
    a1 = (0, text.index("\n"))
    a2 = (text.index("Công an"), text.index(":\n-"))
    item = text.index("Tăng")
    refs = assign_bodies(text, (item, len(text)), ancestors=[a2, a1])
    assert [r.name for r in refs] == ["Công an tỉnh"]


def test_directed_body_does_not_override_inherited_owner() -> None:
    text = "1.2. Giao Công an tỉnh\nChỉ đạo Công an các xã phối hợp rà soát dữ liệu."
    item = text.index("Chỉ đạo")
    got = [(r.name, r.explicit) for r in assign_bodies(text, (item, len(text)))]
    assert got == [("Công an tỉnh", False)]


def test_explicit_subject_overrides_inherited_owner() -> None:
    text = "2. Sở Tài chính:\n- Sở Tư pháp thẩm định dự thảo."
    item = text.index("Sở Tư pháp")
    refs = assign_bodies(text, (item, len(text)), ancestors=[(3, 15)])
    assert [(r.name, r.explicit) for r in refs] == [("Sở Tư pháp", True)]


def test_explicit_support_kept_with_inherited_lead() -> None:
    text = "3. Sở Tài chính\n- Chủ trì, phối hợp với các cơ quan, đơn vị có liên quan tham mưu bố trí kinh phí."
    item = text.index("Chủ trì")
    refs = assign_bodies(text, (item, len(text)), ancestors=[(3, 15)])
    assert [(r.name, r.role, r.explicit) for r in refs] == [
        ("Sở Tài chính", "lead", False), ("các cơ quan, đơn vị có liên quan", "support", True)]


def test_table_cells_give_roles() -> None:
    text = "Ban hành quy chế phối hợp|Sở Xây dựng|Cơ quan, địa phương liên quan|2025"
    task = (0, text.index("|"))
    lead = (task[1] + 1, text.index("|", task[1] + 1))
    sup = (lead[1] + 1, text.rindex("|"))
    refs = assign_bodies(text, task, cells={"lead": lead, "support": sup, "deadline": (0, 0)})
    assert [(r.name, r.role) for r in refs] == [("Sở Xây dựng", "lead"), ("Cơ quan, địa phương liên quan", "support")]


def test_issuer_owns_news_sentence_without_owner() -> None:
    text = "Công khai số điện thoại đường dây nóng trên Trang thông tin điện tử."
    refs = assign_bodies(text, (0, len(text)), issuer="UBND huyện Đầm Dơi")
    assert [(r.name, r.explicit) for r in refs] == [("UBND huyện Đầm Dơi", False)]


def test_bare_unit_subject_resolves_to_issuer() -> None:
    text = "Huyện tập trung chỉ đạo thực hiện đầy đủ quy định về phí, lệ phí."
    refs = assign_bodies(text, (0, len(text)), issuer="UBND huyện Đầm Dơi")
    assert [(r.name, r.explicit) for r in refs] == [("UBND huyện Đầm Dơi", True)]


def test_previous_sentence_of_paragraph_is_inherited() -> None:
    text = ("Thủ trưởng các cơ quan, đơn vị phải nêu cao trách nhiệm người đứng đầu. "
            "Trong đó, kịp thời rà soát các tiêu chí chưa đạt điểm.")
    second = text.index("Trong đó")
    assert preceding_context(text, second) == [(0, second)]
    refs = assign_bodies(text, (second, len(text)), issuer="UBND tỉnh Bến Tre")
    assert [(r.name, r.explicit) for r in refs] == [("các cơ quan, đơn vị", False)]


def test_uy_tone_variants_give_same_body_once() -> None:
    text = "Giao Uỷ ban nhân dân tỉnh và Ủy ban nhân dân tỉnh thực hiện."
    assert len(assign_bodies(text, (0, len(text)))) == 1


def test_bare_cu_the_line_inherits_from_the_sentence_before() -> None:
    text = ("Sở Y tế đề nghị UBND các xã, phường; các cơ sở khám bệnh trực thuộc thực hiện nghiêm túc. Cụ thể:\n"
            "- Rà soát danh sách người bệnh.")
    intro = (text.index("Cụ thể"), text.index("\n"))
    item = text.index("Rà soát")
    refs = assign_bodies(text, (item, len(text)), ancestors=[intro])
    assert [(r.name, r.explicit) for r in refs] == [("UBND các xã, phường", False),
                                                    ("các cơ sở khám bệnh trực thuộc", False)]


def test_ancestor_cut_at_a_line_wrap_is_read_to_its_clause_end() -> None:
    text = ("1. Các đồng chí Bộ trưởng,\nThủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ tập trung:\n"
            "a) Rà soát các nhiệm vụ được giao.")
    header = (3, text.index("\n"))  # the outline kept only the first line
    item = text.index("Rà soát")
    refs = assign_bodies(text, (item, len(text)), ancestors=[header])
    assert [r.name for r in refs] == ["các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ"]


def test_issuer_launching_the_plan_does_not_own_its_items() -> None:
    text = "UBND tỉnh phát động đợt thi đua với các nội dung sau:\n1. Đẩy mạnh cải cách hành chính."
    intro = (0, text.index("\n"))
    item = text.index("Đẩy mạnh")
    refs = assign_bodies(text, (item, len(text)), ancestors=[intro], issuer="UBND tỉnh Gia Lai")
    assert refs == []


def test_body_that_is_reported_to_through_a_shared_head_is_not_responsible() -> None:
    text = "Ủy ban nhân dân các tỉnh gửi báo cáo về Văn phòng Chính phủ và các Bộ: Tài chính, Xây dựng."
    assert [(n, r) for n, r, _ in _roles(text)] == [("Ủy ban nhân dân các tỉnh", "lead")]


def test_intro_of_the_speaker_giving_instructions_is_not_inherited() -> None:
    text = "Để nâng cao Chỉ số cải cách hành chính, Chủ tịch UBND tỉnh chỉ đạo:\n- Tăng cường kiểm tra công vụ."
    intro = (0, text.index("\n"))
    item = text.index("Tăng cường")
    assert assign_bodies(text, (item, len(text)), ancestors=[intro]) == []


@pytest.mark.parametrize(("header", "name"), [
    ("2. Sở Giáo dục và Đào tạo Hải Phòng\n", "Sở Giáo dục và Đào tạo Hải Phòng"),
    ("3. Các trường học trên địa bàn tỉnh\n", "Các trường học trên địa bàn tỉnh"),
    ("4. Các doanh nghiệp khai thác khoáng sản trên địa bàn tỉnh có trách nhiệm:\n",
     "Các doanh nghiệp khai thác khoáng sản trên địa bàn tỉnh"),
    ("5. Sở Tài chính (cơ quan thường trực):\n", "Sở Tài chính"),
])
def test_a_body_header_names_its_body_to_the_end_of_the_line(header: str, name: str) -> None:
    item = "- Rà soát, báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh."
    text = header + item
    refs = assign_bodies(text, (len(header) + 2, len(text)), ancestors=[(3, len(header) - 1)],
                         headers=[(3, len(header) - 1)])
    assert [(r.name, r.role, r.explicit) for r in refs] == [(name, "lead", False)]


def test_a_header_that_goes_on_with_a_clause_keeps_the_mention_alone() -> None:
    header = "1. Sở Nội vụ phối hợp với Sở Tài chính\n"
    text = header + "- Tổng hợp nhu cầu biên chế năm 2026."
    refs = assign_bodies(text, (len(header) + 2, len(text)), ancestors=[(3, len(header) - 1)],
                         headers=[(3, len(header) - 1)])
    assert [r.name for r in refs if r.role == "lead"] == ["Sở Nội vụ"]


def test_assignment_verb_after_a_subordinate_opener_is_the_issuers() -> None:
    text = ("Trong quá trình tổ chức thực hiện, nếu có khó khăn, vướng mắc vượt thẩm quyền, đề nghị các cơ "
            "quan, đơn vị kịp thời phản ánh về Sở Tài chính để tổng hợp.")
    assert _roles(text) == [("các cơ quan, đơn vị", "lead", True)]


def test_assignment_verb_in_a_list_of_task_verbs_only_directs() -> None:
    text = ("Nếu chất lượng nước không đạt tiêu chuẩn, phải hướng dẫn, yêu cầu các đơn vị khắc phục kịp thời.")
    assert [r for r in _roles(text) if r[1] == "lead"] == []


def test_a_line_that_only_names_who_acts_keeps_its_lower_case_description() -> None:
    header = "5. Các chủ đầu tư xây dựng và kinh doanh hạ tầng khu công nghiệp\n"
    text = header + "- Tạo điều kiện về mặt bằng cho doanh nghiệp viễn thông lắp đặt thiết bị."
    span = (3, len(header) - 1)
    refs = assign_bodies(text, (len(header) + 2, len(text)), ancestors=[span], headers={span: "body_header"})
    assert [(r.name, r.explicit) for r in refs] == [
        ("Các chủ đầu tư xây dựng và kinh doanh hạ tầng khu công nghiệp", False)]
    refs = assign_bodies(text, (len(header) + 2, len(text)), ancestors=[span], headers={span: "heading"})
    assert [r.name for r in refs] == ["Các chủ đầu tư"]


def test_a_group_header_narrows_the_owner_of_its_items() -> None:
    text = ("9. Các cơ sở sản xuất, kinh doanh trên địa bàn:\n"
            "9.1. Đối với các cơ sở sản xuất có lưu lượng khí thải lớn (theo danh sách gửi kèm):\n"
            "- Vận hành thường xuyên hệ thống xử lý khí thải.")
    header = (text.index("Đối với"), text.index("\n- "))
    item = text.index("Vận hành")
    refs = assign_bodies(text, (item, len(text)), ancestors=[header, (3, text.index("\n"))])
    assert [(r.name, r.explicit) for r in refs] == [("các cơ sở sản xuất có lưu lượng khí thải lớn", False)]


def test_an_item_opened_by_a_group_names_its_lead() -> None:
    text = "Đối với các xã còn diện tích đất lúa: cần tập trung chỉ đạo, tuyên truyền không đốt rơm rạ."
    assert _roles(text) == [("các xã còn diện tích đất lúa", "lead", True)]



@pytest.mark.parametrize(("subject", "host"), [
    ("kết luận của Phó Thủ tướng Chính phủ tại buổi làm việc với lãnh đạo tỉnh Sơn La", "Ủy ban nhân dân tỉnh Sơn La"),
    ("kết luận tại buổi làm việc với thành phố Đà Nẵng về tình hình sắp xếp bộ máy", "Ủy ban nhân dân thành phố Đà Nẵng"),
    ("kết luận của Thủ tướng tại buổi làm việc với Thường trực Tỉnh ủy Thanh Hóa", None),
    ("kết luận tại cuộc họp về Chương trình mục tiêu quốc gia", None),
])
def test_the_province_a_conclusion_is_addressed_to(subject: str, host: str | None) -> None:
    from nlp.roles import host_locality

    assert host_locality(subject) == host


def test_an_intro_keeps_the_restrictive_clause_of_its_collective_addressee() -> None:
    intro = ("Sở Nội vụ đề nghị các doanh nghiệp có hoạt động cho thuê lại lao động trên địa bàn Thành phố tự "
             "kiểm tra, đánh giá việc thực hiện quy định pháp luật, nội dung cụ thể như sau:\n")
    text = intro + "1. Niêm yết công khai giấy phép tại trụ sở chính."
    refs = assign_bodies(text, (len(intro) + 3, len(text)), ancestors=[(0, len(intro) - 1)])
    assert [r.name for r in refs] == ["các doanh nghiệp có hoạt động cho thuê lại lao động trên địa bàn Thành phố"]


def test_the_speaker_who_concludes_owns_nothing() -> None:
    intro = ("Sau khi nghe báo cáo của tỉnh và ý kiến của các Bộ, Phó Thủ tướng Chính phủ Bùi Thanh Sơn "
             "đã kết luận như sau:\n")
    text = intro + "1. Rà soát kế hoạch đầu tư công trung hạn giai đoạn 2026 - 2030."
    refs = assign_bodies(text, (len(intro) + 3, len(text)), ancestors=[(0, len(intro) - 1)])
    assert [r.name for r in refs if r.role == "lead"] == []


def test_a_courteous_request_is_the_writers_not_a_task_of_its_own() -> None:
    text = ("Bộ Tài chính trân trọng đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chỉ đạo "
            "các đơn vị đăng ký tham dự hội nghị.")
    assert _roles(text) == [("Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", "lead", True)]


def test_a_bracketed_abbreviation_after_the_writer_keeps_it_the_writer() -> None:
    text = ("Bộ Văn hóa, Thể thao và Du lịch (VHTTDL) đề nghị các cơ sở đào tạo trực thuộc Bộ (sau đây gọi là "
            "cơ sở đào tạo) nghiêm túc thực hiện một số nhiệm vụ năm học 2025 - 2026 như sau:")
    assert _roles(text) == [("các cơ sở đào tạo trực thuộc Bộ", "lead", True)]


def test_an_item_inherits_the_partners_its_intro_names_beside_the_header_body() -> None:
    head = "1. Sở Công Thương\n"
    intro = "Chủ trì, phối hợp với các sở, ban, ngành, UBND các xã, phường thực hiện các nội dung sau:\n"
    item = "- Tổ chức chương trình tập huấn kiến thức về xuất khẩu cho doanh nghiệp."
    text = head + intro + item
    refs = assign_bodies(text, (len(head + intro) + 2, len(text)),
                         ancestors=[(len(head), len(head + intro) - 1), (3, len(head) - 1)],
                         headers={(3, len(head) - 1): "body_header"})
    assert [(r.name, r.role, r.explicit) for r in refs] == [
        ("Sở Công Thương", "lead", False), ("các sở, ban, ngành", "support", False),
        ("UBND các xã, phường", "support", False)]
