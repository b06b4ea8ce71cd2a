"""The spaCy text classifier of task units: shipped artefact, tokenizer, ranking, retraining."""

from __future__ import annotations

import json
import socket
import unicodedata

import pytest

from nlp.structure import parse_outline
from nlp.tasks import TEXTCAT_FEATURE, classify_units, load_model
from nlp.textcat import ARTEFACT_DIR, TextCat, group_folds, load_textcat, train_textcat
from nlp.tokenizer import VietnameseTokenizer
from nlp.training import text_document, train


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


TASKS = [nfc(s) for s in (
    "Chủ trì, phối hợp với các cơ quan liên quan tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch.",
    "Tổng hợp, báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 hằng năm.",
    "Hướng dẫn, kiểm tra, đôn đốc các đơn vị triển khai thực hiện nghiêm các nội dung của Chỉ thị này.",
    "Tăng cường công tác tuyên truyền, phổ biến pháp luật về phòng cháy, chữa cháy đến người dân.",
    "Rà soát, sửa đổi, bổ sung các văn bản quy phạm pháp luật thuộc thẩm quyền, hoàn thành trong quý III.",
    "Chỉ đạo các cơ sở y tế chuẩn bị đầy đủ thuốc, vật tư, trang thiết bị phục vụ công tác phòng, chống dịch.",
)]
NON_TASKS = [nfc(s) for s in (
    "Căn cứ Nghị định số 200/2025/NĐ-CP ngày 09/7/2025 của Chính phủ quy định chi tiết một số điều của Luật.",
    "Năm 2024, tổng thu ngân sách của tỉnh đã đạt 104,24% dự toán Trung ương giao, tăng 42% so cùng kỳ.",
    "Trong thời gian qua, công tác cải cách hành chính đã đạt được nhiều kết quả tích cực.",
    "Tuy nhiên, việc giải ngân vốn đầu tư công ở một số đơn vị còn chậm, chưa đạt yêu cầu đề ra.",
    "Kết quả, toàn tỉnh đã có 95% hồ sơ được giải quyết đúng hạn, tỷ lệ hài lòng đạt 92%.",
    "Nguyên nhân chủ yếu là do nhận thức của một bộ phận cán bộ chưa đầy đủ.",
)]


@pytest.fixture(scope="module")
def shipped() -> TextCat:
    tc = load_textcat()
    assert tc is not None, "nlp/artefacts/textcat is missing: run `chidao train`"
    return tc


def test_artefact_is_local_small_and_loads_without_network(monkeypatch):
    files = [p for p in ARTEFACT_DIR.rglob("*") if p.is_file()]
    assert (ARTEFACT_DIR / "config.cfg").is_file() and (ARTEFACT_DIR / "textcat" / "model").is_file()
    assert sum(p.stat().st_size for p in files) < 5_000_000

    def no_network(*args, **kwargs):
        raise AssertionError("network access while loading the textcat")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    load_textcat.cache_clear()
    tc = load_textcat(str(ARTEFACT_DIR))
    assert tc is not None
    assert tc.nlp.pipe_names == ["textcat"]
    assert set(tc.nlp.get_pipe("textcat").labels) == {"TASK", "NOT_TASK"}


def test_tokenizer_is_the_projects_and_keeps_the_text(shipped):
    assert isinstance(shipped.nlp.tokenizer, VietnameseTokenizer)
    text = nfc("Ủy ban nhân dân tỉnh  giao Sở Tài chính\nchủ trì thực hiện.")
    doc = shipped.nlp.make_doc(text)
    assert doc.text == text
    assert any(" " in t.text for t in doc)  # underthesea joins syllables into words ("Ủy ban", "chủ trì")


def test_clear_tasks_rank_above_clear_non_tasks(shipped):
    pos, neg = shipped.scores(TASKS), shipped.scores(NON_TASKS)
    assert all(0.0 <= s <= 1.0 for s in pos + neg)
    assert min(pos) > max(neg), (pos, neg)
    assert sum(pos) / len(pos) > 0.5 > sum(neg) / len(neg)


def test_classify_units_reports_the_textcat_score():
    text = nfc("Ủy ban nhân dân tỉnh yêu cầu các sở, ngành thực hiện các nội dung sau:\n"
               "1. Sở Y tế chủ trì, phối hợp với các đơn vị liên quan tổ chức tiêm chủng cho trẻ em.\n"
               "2. Sở Tài chính bố trí kinh phí thực hiện, hoàn thành trước ngày 30/6/2026.\n")
    units = parse_outline(text_document(text))
    decisions = classify_units(text, units)
    scored = [d for u, d in zip(units, decisions, strict=True) if u.kind in ("item", "sentence", "table_row") and u.is_leaf]
    assert scored
    if TEXTCAT_FEATURE in load_model().weights:
        assert all(any(e.startswith("textcat=") for e in d.evidence) for d in scored)


def test_retraining_on_a_tiny_dataset_is_deterministic_and_round_trips(tmp_path):
    texts, labels = TASKS + NON_TASKS, [1] * len(TASKS) + [0] * len(NON_TASKS)
    first = train_textcat(texts, labels, epochs=12, seed=3)
    second = train_textcat(texts, labels, epochs=12, seed=3)
    assert first.scores(texts) == second.scores(texts)
    scores = first.scores(texts)
    assert min(scores[: len(TASKS)]) > max(scores[len(TASKS):])
    first.save(tmp_path / "tc")
    again = TextCat.load(tmp_path / "tc")
    assert isinstance(again.nlp.tokenizer, VietnameseTokenizer)
    assert again.scores(texts) == scores
    with pytest.raises(ValueError):
        train_textcat(TASKS, [1] * len(TASKS))


def test_group_folds_keep_documents_together():
    groups = ["a", "a", "b", "c", "c", "d", "e"]
    folds = group_folds(groups, 3)
    assert folds[0] == folds[1] and folds[3] == folds[4]
    assert set(folds) <= {0, 1, 2} and len(set(folds)) == 3
    assert group_folds(groups, 3) == folds


def _gold_pair(directory, name: str, intro: str, items: list[str], narrative: list[str]) -> None:
    text = nfc("\n".join([*narrative, intro, *[f"{n}. {s}" for n, s in enumerate(items, 1)]]) + "\n")
    tasks = [{"id": f"t{n}", "span": [text.index(s), text.index(s) + len(s)], "bodies": []}
             for n, s in enumerate(items, 1)]
    (directory / f"{name}.txt").write_text(text, encoding="utf-8")
    (directory / f"{name}.json").write_text(json.dumps({"directive": {}, "tasks": tasks, "targets": []},
                                                       ensure_ascii=False), encoding="utf-8")


def test_train_writes_both_artefacts_into_a_tmp_dir(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    intro = nfc("Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị thực hiện các nội dung sau:")
    _gold_pair(gold, "a", intro, TASKS[:3], NON_TASKS[:3])
    _gold_pair(gold, "b", intro, TASKS[3:], NON_TASKS[3:])
    path, meta = train(tmp_path / "out", gold_dirs=[gold], corpus_dirs=[])
    assert path == tmp_path / "out" / "model.json" and path.is_file()
    assert (tmp_path / "out" / "textcat" / "textcat" / "model").is_file()
    assert meta["gold_pos"] == len(TASKS) and meta["textcat"]["stack_folds"] == 2
    assert TEXTCAT_FEATURE in json.loads(path.read_text(encoding="utf-8"))["weights"]
    tc = TextCat.load(tmp_path / "out" / "textcat")
    assert len(tc.scores(TASKS)) == len(TASKS)
