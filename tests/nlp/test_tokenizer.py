"""The underthesea-based spaCy tokenizer reproduces the text exactly."""

from __future__ import annotations

import pytest
import spacy

from nlp.tokenizer import VietnameseTokenizer, segment

# fmt: off
TEXTS = [
    "Giao Sở Xây dựng chủ trì, phối hợp với Trung tâm Chuyển đổi số Thành phố.",
    "Ủy ban nhân dân\ntỉnh đạt 98,5% trở lên số hồ sơ được giải quyết đúng hạn.",
    "Uỷ ban nhân dân các xã, phường, thị trấn  thực hiện trước ngày 30/6/2021.",
    "Số: 4085/UBND-ĐT\n|\nKính gửi:\n- Công an Thành phố;",
    "Chỉ số\u00a0SIPAS của tỉnh đạt trên 80%",
    "",
    "   \n\t ",
    "1.1. Giao Sở Nông nghiệp\nvà Môi trường",
    "a) Rà soát; b) xây dựng kế hoạch…",
    "TP.HCM, ngày 05 tháng 02 năm 2023 — “Hội nghị” (lần 2)",
]
# fmt: on


@pytest.fixture(scope="module")
def nlp():
    lang = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    lang.tokenizer = VietnameseTokenizer(lang.vocab)
    return lang


@pytest.mark.parametrize("text", TEXTS)
def test_doc_text_is_the_input(nlp, text):
    assert nlp(text).text == text


@pytest.mark.parametrize("text", TEXTS)
def test_segments_are_exact_substrings(text):
    spans = segment(text)
    assert all(not text[s:e].isspace() and text[s:e] for s, e in spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))


def test_multi_syllable_words_stay_together(nlp):
    words = [t.text for t in nlp("Giao Sở Xây dựng chủ trì thực hiện.")]
    assert "chủ trì" in words and "Xây dựng" in words


def test_a_word_broken_by_a_line_wrap_keeps_the_line_break(nlp):
    doc = nlp("công tác\nchuyển đổi số")
    assert doc.text == "công tác\nchuyển đổi số"
    assert any("\n" in t.text or t.is_space for t in doc)


@pytest.mark.parametrize("text", TEXTS)
def test_segments_cover_every_visible_character_once(text):
    spans = segment(text)
    assert "".join("".join(text[s:e].split()) for s, e in spans) == "".join(text.split())
