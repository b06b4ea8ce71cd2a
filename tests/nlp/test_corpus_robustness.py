"""The extractor on a fixed sample of unlabeled corpus documents: no crash, consistent output.

The sample spreads over the document types of ``shared/corpus`` (decisions with annex tables,
công văn, plans, resolutions, telegrams, conclusion notices, directives, press reports), short
and long, with and without a header block, and includes the longest text of the corpus.
"""

from __future__ import annotations

import json
from datetime import date

import pytest

from tests.paths import SHARED, require_shared

CORPUS = SHARED / "corpus"

SAMPLE = [
    # bulk/: Quyết định (the longest text of the corpus last)
    "bulk/0193.txt", "bulk/0160.txt", "bulk/0191.txt", "bulk/0250.txt", "bulk/0259.txt", "bulk/0377.txt",
    # Công văn (0027 has no header block)
    "bulk/0050.txt", "bulk/0101.txt", "bulk/0029.txt", "bulk/0083.txt", "bulk/0027.txt",
    # Kế hoạch, Nghị quyết, Công điện, Thông báo (0390 has no place/date line), Chỉ thị
    "bulk/0110.txt", "bulk/0123.txt", "bulk/0127.txt", "bulk/0140.txt", "bulk/0146.txt",
    "bulk/0017.txt", "bulk/0005.txt", "bulk/0008.txt", "bulk/0379.txt", "bulk/0390.txt", "bulk/0381.txt",
    "bulk/0003.txt",
    # directives/: press reports and official texts of 2015–2026
    "directives/089.txt", "directives/086.txt", "directives/087.txt",
    "directives/078.txt", "directives/052.txt", "directives/024.txt", "directives/017.txt",
]

TELEGRAM = """CÔNG ĐIỆN
VỀ VIỆC TẬP TRUNG
ỨNG PHÓ VÀ KỊP THỜI KHẮC PHỤC HẬU QUẢ MƯA LŨ
BỘ XÂY DỰNG điện:
- Các Cục: Đường bộ Việt Nam, Đường sắt Việt Nam, Hàng
hải và Đường thủy Việt Nam;
- Sở Xây dựng các tỉnh, thành phố: Gia Lai, Đắk Lắk, Khánh Hòa, Lâm Đồng.
Triển khai chỉ đạo của Thủ tướng Chính phủ tại Công điện số 225/CĐ-TTg, Bộ Xây dựng yêu cầu các cơ quan, đơn
vị:
1. Quán triệt, tổ chức thực hiện nghiêm chỉ đạo của Thủ tướng Chính phủ.
2. Cục Đường bộ Việt Nam
- Chỉ đạo các Khu Quản lý đường bộ phối hợp với các Sở Xây dựng liên quan tổ chức trực, phân luồng từ xa.
- Khẩn trương thành lập các Tổ công tác đến hiện trường hỗ trợ địa phương.
3. Các Sở Xây dựng nêu trên
- Chủ động phối hợp với các đơn vị quản lý đường bộ khu vực khắc phục sự cố do mưa, lũ gây ra.
"""

DECISION = """QUYẾT ĐỊNH:
Điều 1.
Công bố kèm theo Quyết định này Danh mục thủ tục hành chính được bổ sung trong lĩnh vực Địa chất và khoáng sản.
Điều 2.
Quyết định này có hiệu lực thi hành kể từ ngày ký. Giao
Sở Nông nghiệp và Môi trường chủ trì, phối hợp Trung tâm Phục vụ hành chính công tỉnh tổ chức thực hiện
công khai Danh mục thủ tục hành chính.
Nơi nhận:
- Như Điều 3;
- Lưu: VT.
|
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Minh Luân
|

DANH MỤC THỦ TỤC HÀNH CHÍNH ĐƯỢC BỔ SUNG TRONG LĨNH VỰC
ĐỊA CHẤT VÀ KHOÁNG SẢN
I. CÁCH THỨC THỰC HIỆN
- Tổ chức, cá nhân gửi hồ sơ đến Sở Nông nghiệp và Môi trường thông qua Trung tâm Phục vụ hành chính công tỉnh.
II. QUY TRÌNH GIẢI QUYẾT
+ Bước 1: Chuyên viên trực tại Trung tâm Phục vụ hành chính công tỉnh hướng dẫn, tiếp nhận hồ sơ.
"""


def _outline(text: str):
    from nlp.structure import parse_outline
    from nlp.training import text_document

    return parse_outline(text_document(text))


def _unit(units, text: str, prefix: str):
    return next(u for u in units if text[u.start:u.end].startswith(prefix))


def test_telegram_addressees_are_header_and_sections_own_their_dash_items() -> None:
    units = _outline(TELEGRAM)
    assert _unit(units, TELEGRAM, "Các Cục: Đường bộ").kind == "header"
    assert _unit(units, TELEGRAM, "Sở Xây dựng các tỉnh").kind == "header"
    intro = _unit(units, TELEGRAM, "Triển khai chỉ đạo")
    assert intro.kind == "intro"
    section = units.index(_unit(units, TELEGRAM, "Cục Đường bộ Việt Nam"))
    assert units[section].kind == "body_header"
    assert _unit(units, TELEGRAM, "Chỉ đạo các Khu").parent == section
    assert _unit(units, TELEGRAM, "Khẩn trương thành lập").parent == section
    assert _unit(units, TELEGRAM, "Chủ động phối hợp").parent == section + 3


def test_telegram_section_body_is_inherited_by_its_items() -> None:
    from nlp.components import ancestors
    from nlp.roles import assign_bodies

    units = _outline(TELEGRAM)
    i = units.index(_unit(units, TELEGRAM, "Khẩn trương thành lập"))
    span = (units[i].start, units[i].end)
    bodies = assign_bodies(TELEGRAM, span, ancestors=ancestors(units, i), issuer="Bộ Xây dựng")
    assert [(b.name, b.role, b.explicit) for b in bodies] == [("Cục Đường bộ Việt Nam", "lead", False)]


def test_article_marker_alone_on_its_line_joins_its_text() -> None:
    units = _outline(DECISION)
    art2 = next(u for u in units if u.marker == "Điều 2.")
    assert DECISION[art2.start:art2.end].startswith("Quyết định này có hiệu lực")
    assert DECISION[art2.start:art2.end].endswith("công khai Danh mục thủ tục hành chính.")
    assert not any(DECISION[u.start:u.end].strip() in ("Điều 1.", "Điều 2.") for u in units)


def test_procedure_annex_gives_no_candidate_units() -> None:
    units = _outline(DECISION)
    annex_start = DECISION.index("DANH MỤC THỦ TỤC")
    after = [u for u in units if u.start >= annex_start]
    assert after and all(u.kind == "annex" for u in after)


PLAN = """Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
- Nâng cao hiệu quả công tác phòng thủ dân sự trên địa bàn tỉnh.
II. NỘI DUNG
1. Kiện toàn và hoàn thiện cơ chế chỉ đạo, điều hành phòng thủ dân sự.
- Rà soát, điều chỉnh kế hoạch phòng thủ dân sự các cấp.
2. Diễn tập phòng thủ dân sự trên địa bàn tỉnh.
III. TỔ CHỨC THỰC HIỆN
1. Các sở, ban, ngành, Ủy ban nhân dân các xã, phường chịu trách nhiệm thực hiện Kế hoạch này.
"""

CLOSING_REQUEST = "Đề nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện."
NOTICE_END = ("Văn phòng Chính phủ thông báo để Ủy ban nhân dân tỉnh Sơn La và các Bộ, cơ quan liên quan "
              "biết, thực hiện./.")


def test_roman_heading_closes_open_dash_items() -> None:
    units = _outline(PLAN)
    third = _unit(units, PLAN, "TỔ CHỨC THỰC HIỆN")
    second = _unit(units, PLAN, "NỘI DUNG")
    assert third.marker == "III." and third.parent == second.parent
    assert _unit(units, PLAN, "Diễn tập").parent == units.index(second)


def test_owner_clause_gives_bodies_to_tasks_without_lead() -> None:
    from nlp.components import ancestors
    from nlp.roles import assign_bodies, is_owner_clause

    units = _outline(PLAN)
    owners = [(u.start, u.end) for u in units if is_owner_clause(PLAN, u.start, u.end)]
    assert [PLAN[a:b][:12] for a, b in owners] == ["Các sở, ban,"]
    i = units.index(_unit(units, PLAN, "Diễn tập"))
    bodies = assign_bodies(PLAN, (units[i].start, units[i].end), ancestors=ancestors(units, i),
                           issuer="UBND tỉnh Nghệ An", owners=owners)
    assert [(b.name, b.explicit) for b in bodies] == [("Các sở, ban, ngành", False),
                                                       ("Ủy ban nhân dân các xã, phường", False)]
    assert is_owner_clause(CLOSING_REQUEST, 0, len(CLOSING_REQUEST))
    closing = ("Ủy ban nhân dân Thành phố yêu cầu các Sở, ban, ngành Thành phố, UBND phường, xã nghiêm túc triển "
               "khai thực hiện; định kỳ trước ngày 30 tháng 11 hàng năm báo cáo kết quả thực hiện.")
    assert is_owner_clause(closing, 0, len(closing))
    # a conclusion notice's closing formula names who is informed, not who owns each conclusion
    assert not is_owner_clause(NOTICE_END, 0, len(NOTICE_END))
    assert not is_owner_clause(PLAN, 0, PLAN.index("\n"))


TASK_BLOCK = """II. NỘI DUNG KẾ HOẠCH
1.
Trên cơ sở tài liệu do Trung ương biên soạn, các cơ
quan, đơn vị tổ chức tuyên truyền, phổ biến, giáo dục pháp luật về nội dung Luật.

- Cơ quan thực hiện: Sở Khoa
học và Công nghệ; Sở Tư pháp.

- Cơ quan phối hợp: Các sở,
ngành; Ủy ban nhân dân các xã, phường.

- Thời gian thực hiện: Quý
IV năm 2025 và các năm tiếp theo.

2.
Rà soát văn bản quy phạm pháp luật có liên quan đến Luật.
"""


def test_task_block_with_attribute_lines_is_one_task_with_cells() -> None:
    units = _outline(TASK_BLOCK)
    block = _unit(units, TASK_BLOCK, "Trên cơ sở tài liệu")
    assert block.kind == "item" and block.is_leaf and block.marker == "1."
    assert set(block.cells) == {"lead", "support", "deadline"}
    s, e = block.cells["lead"]
    assert " ".join(TASK_BLOCK[s:e].split()) == "Sở Khoa học và Công nghệ; Sở Tư pháp."
    s, e = block.cells["deadline"]
    assert " ".join(TASK_BLOCK[s:e].split()) == "Quý IV năm 2025 và các năm tiếp theo."
    assert _unit(units, TASK_BLOCK, "Cơ quan phối hợp").kind == "attribute"


KINDS = {"by", "period", "recurring", "ongoing"}
COMPARATORS = {">=", ">", "=", "<", "<=", "increase", "decrease"}


def _inside(span: list[int] | tuple[int, int], n: int) -> bool:
    s, e = span
    return 0 <= s < e <= n


@pytest.fixture(scope="module")
def extractor():
    require_shared()
    if not (CORPUS / "bulk").is_dir():
        pytest.skip(f"corpus not found at {CORPUS}")
    from nlp import load_pipeline

    return load_pipeline()


@pytest.mark.slow
@pytest.mark.parametrize("name", SAMPLE)
def test_corpus_document_extracts_consistently(extractor, name: str) -> None:
    from ingest import read

    document = read(CORPUS / name)
    text, n = document.text, len(document.text)
    data = extractor(document).to_json_dict()
    json.loads(json.dumps(data, ensure_ascii=False))  # serialisable, and round-trips

    info = data["directive"]
    for key, span in info["spans"].items():
        assert _inside(span, n), (key, span)
    for ref in info["references"]:
        assert ref["number"].strip()
        assert ref["span"] is None or _inside(ref["span"], n), ref
    if info["issued_on"]:
        date.fromisoformat(info["issued_on"])

    tasks = data["tasks"]
    assert len({t["id"] for t in tasks}) == len(tasks)
    spans = sorted(tuple(t["span"]) for t in tasks)
    for s, e in spans:
        assert _inside((s, e), n), (s, e)
        assert text[s:e].strip(), "empty task"
    for (_, e1), (s2, _) in zip(spans, spans[1:], strict=False):
        assert e1 <= s2, f"overlapping tasks ending {e1} and starting {s2}"
    for t in tasks:
        for b in t["bodies"]:
            assert b["name"].strip(), t
            assert b["role"] in ("lead", "support")
            if b.get("span"):
                assert _inside(b["span"], n), b
        d = t["deadline"]
        if d is not None:
            assert d["kind"] in KINDS
            if d["date"] is not None:
                date.fromisoformat(d["date"])
            if d.get("span"):
                assert _inside(d["span"], n), d
        assert 0.0 <= t["confidence"] <= 1.0

    by_id = {t["id"]: t for t in tasks}
    for g in data["targets"]:
        assert g["comparator"] in COMPARATORS
        assert _inside(g["span"], n), g
        if g["task"] is None:  # a commitment outside any task unit (an aim of a plan)
            continue
        assert g["task"] in by_id, g
        ts, te = by_id[g["task"]]["span"]
        s, e = g["span"]
        assert ts <= s < e <= te, (g, (ts, te))


@pytest.mark.parametrize(("name", "ok"), [
    ("UBND tỉnh Quảng Trị", True),
    ("Cục Hải quan", True),
    ("Văn phòng HĐND và UBND huyện", True),
    ("83/2014/nđ-cp); 103/2021/tt-btc)", False),
    ("KT. bộ trưởng thứ trưởng phụ lục hệ biểu thu thập thông tin", False),
    ("I. nhiệm vụ chung II. nhiệm vụ cụ thể", False),
    ("Cục Thuế (trước đây là Tổng cục Thuế", False),
    ("Công ty Luật Anh Sĩ biết và", False),
])
def test_header_rejects_implausible_issuer_text(name: str, ok: bool) -> None:
    from nlp.header_text import plausible_issuer

    assert plausible_issuer(name) is ok
