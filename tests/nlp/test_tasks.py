"""Task decisions on clear cases, the shipped artefact, and a round trip of the trainer."""

from __future__ import annotations

import unicodedata

from nlp.structure import parse_outline
from nlp.tasks import ARTEFACT_DIR, MODEL_FILE, TaskModel, classify_units, load_model
from nlp.training import Example, fit, text_document, weak_label

DOC = """ỦY BAN NHÂN DÂN
TỈNH NGHỆ AN
|
Số: 980/KH-UBND
|
Nghệ An, ngày 18 tháng 11 năm 2025
|
Căn cứ Nghị định số 200/2025/NĐ-CP ngày 09/7/2025 của Chính phủ quy định chi tiết một số điều của Luật Phòng thủ dân sự;
Năm 2024, tổng thu ngân sách của tỉnh đã đạt 104,24% dự toán Trung ương giao, tăng 42% so cùng kỳ.
Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành thực hiện các nội dung sau:
I. TỔ CHỨC THỰC HIỆN
1. Sở Tài chính
- Chủ trì, phối hợp với các cơ quan liên quan tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch, hoàn thành trước ngày 30/6/2026.
- Tổng hợp, báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 hằng năm.
2. Bộ Chỉ huy Quân sự tỉnh có trách nhiệm tham mưu Ủy ban nhân dân tỉnh theo dõi, hướng dẫn, kiểm tra, đôn đốc các sở, ban, ngành triển khai thực hiện Kế hoạch này.
|
Nơi nhận:
- Như trên;
- Lưu: VT, NC.
|
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Đệ
"""


def decide():
    text = unicodedata.normalize("NFC", DOC)
    units = parse_outline(text_document(text))
    return text, units, classify_units(text, units)


def verdict(text, units, decisions, prefix):
    for u, d in zip(units, decisions):
        if text[u.start:u.end].startswith(prefix):
            return u, d
    raise AssertionError(prefix)


def test_artefact_loads_from_local_path():
    assert (ARTEFACT_DIR / MODEL_FILE).is_file()
    assert (ARTEFACT_DIR / MODEL_FILE).stat().st_size < 5_000_000
    model = load_model()
    assert model.weights and 0.0 < model.threshold < 1.0
    assert model.meta.get("gold_pos", 0) > 100


def test_clear_tasks_and_non_tasks():
    text, units, decisions = decide()
    assert len(decisions) == len(units)
    for prefix in ("Chủ trì, phối hợp", "Tổng hợp, báo cáo", "Bộ Chỉ huy Quân sự tỉnh có trách nhiệm"):
        _, d = verdict(text, units, decisions, prefix)
        assert d.is_task, prefix
        assert d.evidence and 0.5 <= d.score <= 1.0
    for prefix in ("Căn cứ Nghị định", "Năm 2024, tổng thu", "TỔ CHỨC THỰC HIỆN", "Sở Tài chính",
                   "Nơi nhận", "Số: 980", "Ủy ban nhân dân tỉnh yêu cầu"):
        u, d = verdict(text, units, decisions, prefix)
        assert not d.is_task, (prefix, u.kind, d)


def test_task_spans_exclude_markers():
    text, units, decisions = decide()
    for u, d in zip(units, decisions):
        if d.is_task:
            assert not text[u.start:u.end].startswith(("- ", "1.", "2."))
            assert text[u.start:u.end] == text[u.start:u.end].strip()


def test_weak_labels_and_fit_round_trip(tmp_path):
    pos = {"kind=item": 1.0, "start_verb": 1.0, "frame_anc": 1.0, "n_narr<=0": 1.0}
    neg = {"kind=sentence": 1.0, "neg_start": 1.0, "n_narr<=1": 1.0}
    assert weak_label(pos) == 1 and weak_label(neg) == 0
    examples = [Example("a", dict(pos, bias=1.0), 1, 1.0), Example("b", dict(neg, bias=1.0), 0, 1.0)] * 5
    model = fit(examples)
    path = model.save(tmp_path)
    again = TaskModel.load(path.parent)
    assert again.score(dict(pos, bias=1.0))[0] > 0.5 > again.score(dict(neg, bias=1.0))[0]


def _features(text: str, prefix: str) -> dict[str, float]:
    from nlp.tasks import unit_features

    text = unicodedata.normalize("NFC", text)
    units = parse_outline(text_document(text))
    for i, u in enumerate(units):
        if text[u.start:u.end].startswith(prefix):
            return unit_features(text, units, i)
    raise AssertionError(prefix)


def test_opener_clause_features_read_the_main_clause():
    text = ("Căn cứ nội dung Kế hoạch và tình hình thực tiễn, các sở, ban, ngành, Ủy ban nhân dân các xã, "
            "phường xây dựng Kế hoạch triển khai thực hiện, hoàn thành trước ngày 30/12/2025.\n")
    feats = _features(text, "Căn cứ nội dung")
    assert feats.get("opener_main") == 1.0 and "neg_start" not in feats
    assert feats.get("start_body") == 1.0 and "w01=can cu" not in feats
    basis = _features("Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính phủ về kiểm soát "
                      "thủ tục hành chính; Nghị định số 92/2017/NĐ-CP ngày 07 tháng 8 năm 2017 của Chính phủ "
                      "sửa đổi, bổ sung một số điều;\n", "Căn cứ Nghị định")
    assert basis.get("basis_line") == 1.0 and "opener_main" not in basis and basis.get("neg_start") == 1.0
    short = _features("Đồng thời, tổng hợp, báo cáo kết quả triển khai thực hiện về Ủy ban nhân dân tỉnh.\n",
                      "Đồng thời")
    assert short.get("opener_main") == 1.0 and short.get("start_verb") == 1.0
    long_opener = _features("Bên cạnh những kết quả đạt được, công tác phối hợp, tham mưu thực hiện chức năng "
                            "quản lý nhà nước về nước dưới đất vẫn còn nhiều bất cập.\n", "Bên cạnh")
    assert "opener_main" not in long_opener and long_opener.get("opener") == 1.0


def test_sibling_items_with_action_verbs():
    text = ("Các đơn vị cấp nước sạch trên địa bàn có trách nhiệm:\n"
            "a) Tiếp tục đầu tư, đẩy nhanh tiến độ mở rộng mạng lưới cấp nước.\n"
            "b) Phối hợp, tạo điều kiện cho các tổ chức, cá nhân đấu nối nước sạch.\n"
            "c) Khoanh vùng các khu vực đã có nguồn nước sạch đảm bảo chất lượng.\n")
    feats = _features(text, "Khoanh vùng")
    assert feats.get("sib_verb=most") == 1.0 and feats["sib_verb_frac"] == 1.0
    assert _features("Năm 2024, tổng thu ngân sách đạt 104% dự toán.\n", "Năm 2024").get("sib_verb=most") is None


def test_narrative_cues_count_in_the_first_words_only():
    head = "Bộ trưởng các Bộ chỉ đạo các cơ quan chức năng tăng cường kiểm tra, xử lý nghiêm vi phạm"
    tail = " ".join(["theo quy định của pháp luật"] * 10) + ", không để tồn tại kéo dài như thời gian qua.\n"
    feats = _features("1. " + head + tail, "Bộ trưởng")
    assert "narr:ton tai" not in feats and feats.get("n_narr<=0") == 1.0
    assert _features("Năm 2024, kết quả đạt được còn hạn chế.\n", "Năm 2024").get("narr:han che") == 1.0


def test_body_label_then_action():
    feats = _features("Bộ giao nhiệm vụ như sau:\n4. Văn phòng Bộ: Thực hiện tốt công tác tiếp công dân, giải quyết "
                      "khiếu nại, tố cáo.\n", "Văn phòng Bộ")
    assert feats.get("body_colon_action") == 1.0
    assert "body_colon_action" not in _features("Sở Tài chính: kết quả giải ngân đạt 85%.\n", "Sở Tài chính")
