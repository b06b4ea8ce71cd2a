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
